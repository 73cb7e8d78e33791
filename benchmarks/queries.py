"""Query, lookup and evaluation timings on a synthetic national corpus.

The corpus is built with the model: FORCES forces × YEARS plan years ×
30 objectives × 3 measures × 6 observations, plus FORCES × 27 judgements a
year. It is measured at two sizes (half and all of the years) to show how the
cost grows. Figures only; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any

import policeplan as pp
from policeplan.query import Query

FORCES = [f"Force {n:02d}" for n in range(1, 43)] + ["MPS"]
CODES = [
    f"{area}{letter}"
    for area, letters in zip(
        range(1, 8), ["ABCD", "ABC", "ABCDEF", "AB", "ABC", "ABCDEF", "ABC"], strict=True
    )
    for letter in letters
]
GRADES = list(pp.Grade)
DIRECTIONS = list(pp.DirectionOfTravel)
SOURCE = pp.Source(title="Synthetic", publisher="policeplan benchmarks", date=date(2005, 1, 1))


def _measure(year: pp.FinancialYear, seed: int) -> pp.Measure:
    # Six years of figures ending with the target's year, so that every target gets a verdict.
    observations = []
    for back in range(6):
        period = pp.FinancialYear(year.start_year - 5 + back).period()
        value = pp.Quantity(1000 + (seed * 37 + back * 173) % 500, pp.Unit.COUNT)
        observations.append(
            pp.Observation(period=period, figure=pp.Figure(text=str(value), value=value))
        )
    target = pp.ChangeTarget(
        text="To reduce offences by 5% on the previous year",
        direction=pp.Direction.REDUCE,
        amount=pp.Quantity(5, pp.Unit.PERCENT_CHANGE),
        baseline=year.previous().period(),
        year=year,
    )
    return pp.Measure(
        text=f"Measure {seed}",
        polarity=pp.Polarity.LOWER_IS_BETTER,
        targets=(target,),
        performance=(pp.Series(label="Offences", observations=observations),),
    )


def plan(force: str, year: pp.FinancialYear) -> pp.PolicingPlan:
    objectives = [
        pp.Objective(
            number=n,
            title=f"Objective {n}",
            measures=[_measure(year, n * 3 + m) for m in range(3)],
        )
        for n in range(1, 31)
    ]
    priorities = [
        pp.Priority(
            group=pp.PriorityGroup.LONDONERS,
            letter=letter,
            title=f"Priority {letter}",
            objectives=objectives[i::4],
        )
        for i, letter in enumerate("ABCD")
    ]
    return pp.PolicingPlan(
        source=SOURCE,
        authority=f"{force} Authority",
        force=force,
        period=year,
        title=f"{force} plan {year}",
        priorities=priorities,
    )


def baseline(year: pp.FinancialYear) -> pp.BaselineAssessment:
    frameworks = [
        pp.Framework(code=code, name=f"Framework {code}", domain=int(code[0])) for code in CODES
    ]
    judgements = [
        pp.Judgement(
            force=force,
            framework=code,
            grade=GRADES[(f + c + year.start_year) % 4],
            direction=DIRECTIONS[(f * c) % 3],
        )
        for f, force in enumerate(FORCES)
        for c, code in enumerate(CODES)
    ]
    return pp.BaselineAssessment(
        source=SOURCE, force="MPS", year=year, frameworks=frameworks, judgements=judgements
    )


def timed(action: Callable[[], Any], repeat: int) -> float:
    """Best wall time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def run(years: int) -> dict[str, float]:
    first = 2003
    fys = [pp.FinancialYear(first + n) for n in range(years)]
    started = time.perf_counter()
    tracemalloc.start()
    plans = [plan(force, fy) for fy in fys for force in FORCES]
    baselines = [baseline(fy) for fy in fys]
    memory = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    built = time.perf_counter() - started
    judgements = Query(j for b in baselines for j in b.judgements)
    targets = Query(t for p in plans for t in p.targets)
    last = baselines[-1]

    def build_indexes() -> None:
        for document in baselines:
            document._cache.clear()
            document.judgement("MPS", "5C")
        for document in plans:
            document._cache.clear()
            document.objective(7)

    figures = {
        "objects built (s)": built,
        "peak memory building (MB)": memory / 1e6,
        "judgements": float(len(judgements)),
        "targets": float(len(targets)),
        "build indexes, all documents (ms)": timed(build_indexes, 3) * 1e3,
        "keyed judgement lookup (µs)": timed(lambda: last.judgement("Force 07", "5C"), 2000) * 1e6,
        "keyed objective lookup (µs)": timed(lambda: plans[-1].objective(17), 2000) * 1e6,
        "where over all judgements (ms)": timed(
            lambda: judgements.where(framework="5C", grade=pp.Grade.EXCELLENT), 5
        )
        * 1e3,
        "group_by framework (ms)": timed(lambda: judgements.group_by("framework"), 5) * 1e3,
        "count_by grade (ms)": timed(lambda: judgements.count_by("grade"), 5) * 1e3,
    }
    pairs = [
        (target, measure.performance[0].observations)
        for document in plans
        for measure in document.measures
        for target in measure.targets
    ]

    def one_at_a_time() -> list[pp.Attainment]:
        return [pp.evaluate(target, observations) for target, observations in pairs]

    verdicts = pp.Query(one_at_a_time()).count_by("status")
    figures["evaluate every target (ms)"] = timed(one_at_a_time, 3) * 1e3
    figures["  per target (µs)"] = figures["evaluate every target (ms)"] * 1e3 / len(pairs)
    figures["  targets met"] = float(verdicts.get(pp.AttainmentStatus.MET, 0))
    figures["  targets not met"] = float(verdicts.get(pp.AttainmentStatus.NOT_MET, 0))
    # With the collector paused: the gap to the figure above is the garbage collector's,
    # scanning the corpus as the verdicts accumulate, not the evaluation's.
    gc.disable()
    figures["evaluate every target, gc paused (ms)"] = timed(one_at_a_time, 3) * 1e3
    gc.enable()
    figures["evaluate_all of every target (ms)"] = timed(lambda: pp.evaluate_all(pairs), 3) * 1e3
    first = pairs[0][0]
    figures["  one explanation, written (µs)"] = (
        timed(lambda: pp.evaluate(first, pairs[0][1]).explanation, 2000) * 1e6
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10, help="plan years at full size")
    args = parser.parse_args()
    sizes = [max(1, args.years // 2), args.years]
    results = []
    for years in sizes:
        gc.collect()
        results.append(run(years))
    print(f"{'measure':<44}" + "".join(f"{f'{y} years':>14}" for y in sizes))
    for key in results[0]:
        print(f"{key:<44}" + "".join(f"{r.get(key, float('nan')):>14,.2f}" for r in results))


if __name__ == "__main__":
    main()

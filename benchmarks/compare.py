"""policeplan side by side with pydantic v2 and msgspec models of the same baseline document.

    python benchmarks/compare.py [--repeats N] [--quick]

The pydantic and msgspec models are the mirrors in ``mirror_pydantic.py`` and
``mirror_msgspec.py``: the same fields, types, ranges, patterns and cross-field
checks as `policeplan.BaselineAssessment` (``test_mirrors.py`` holds them to it).
Paths timed:

* load: JSON text → validated objects, with msgspec parsing policeplan's JSON (the
  ``[fast]`` extra) and without it (``json.loads`` alone for reference);
* dump: objects → JSON text (``pp.to_dict`` and ``json.dumps`` of its output beside it),
  with msgspec writing policeplan's JSON (the ``[fast]`` extra) and without it;
* import: a fresh interpreter importing each library, against one importing nothing;
* evaluate: ``pp.evaluate`` called for every target of the synthetic corpus of
  ``queries.py``, and ``pp.evaluate_all`` given them all at once (policeplan only).

Load and dump run on the shipped baseline (one document) and on a large corpus:
copies of it in one JSON array, read as a tuple of documents, to show whether the
cost per document stays flat. Each round times every library once, in an order
reversed from one round to the next; ratios are the median over rounds of
policeplan's time ÷ the other's in the same round. The garbage collector is left as
each library leaves it (policeplan pauses it while it reads). Figures only; nothing
here passes or fails.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import mirror_msgspec
import mirror_pydantic
import msgspec
import pydantic
import pydantic_core
import queries

import policeplan as pp
from policeplan import _fastjson

MB = 1e6
DATASET = "hmic-baseline-2005"


@dataclass
class Case:
    """One library's way of doing one thing, and its timings, one per round."""

    library: str
    action: Callable[[], Any]
    compared: bool = True
    """Whether it is policeplan's counterpart (a ratio is given) or a reference."""
    seconds: list[float] = field(default_factory=list)


def paired(cases: Sequence[Case], rounds: int) -> None:
    """Time each case once a round, the order reversed every other round, after a warm-up."""
    for case in cases:
        case.action()
    for number in range(rounds):
        for case in cases if number % 2 == 0 else reversed(cases):
            gc.collect()
            started = time.perf_counter()
            result = case.action()
            case.seconds.append(time.perf_counter() - started)
            del result


@dataclass
class Row:
    label: str
    library: str
    seconds: list[float]
    ratio: float | None
    megabytes: float
    items: int


def ratio(policeplan: Case, other: Case) -> float:
    """The median over rounds of policeplan's time ÷ the other's in the same round."""
    return statistics.median(
        mine / theirs for mine, theirs in zip(policeplan.seconds, other.seconds, strict=True)
    )


def rows(cases: Sequence[Case], label: str, megabytes: float, items: int) -> list[Row]:
    """The table rows of one paired run; the first case is policeplan's.

    The rows keep the timings only, not the cases, whose actions hold the objects
    they write: a large heap left alive would slow what is timed after it.
    """
    mine = cases[0]
    return [
        Row(
            label if index == 0 else "",
            case.library,
            case.seconds,
            ratio(mine, case) if index and case.compared else None,
            megabytes,
            items,
        )
        for index, case in enumerate(cases)
    ]


HEADER = (
    f"  {'corpus':<16}{'library':<42}{'median ms':>10}{'min – max ms':>19}"
    f"{'ms/doc':>9}{'ms/MB':>8}{'pp ÷ this':>11}"
)


def print_rows(title: str, table: list[Row], notes: Sequence[str] = ()) -> None:
    print(f"\n{title}")
    print(HEADER)
    for row in table:
        seconds = row.seconds
        median = statistics.median(seconds) * 1e3
        spread = f"{min(seconds) * 1e3:.1f} – {max(seconds) * 1e3:.1f}"
        per_doc = f"{median / row.items:.2f}" if row.items else ""
        per_mb = f"{median / row.megabytes:.2f}" if row.megabytes else ""
        shown = f"{row.ratio:.2f}" if row.ratio is not None else ""
        print(
            f"  {row.label:<16}{row.library:<42}{median:>10.1f}{spread:>19}"
            f"{per_doc:>9}{per_mb:>8}{shown:>11}"
        )
    for note in notes:
        print(f"  {note}")
    sys.stdout.flush()


# -- load and dump ------------------------------------------------------------------------


def load_cases(text: str, copies: int) -> list[Case]:
    return with_standard(_load_cases(text, copies))


def _load_cases(text: str, copies: int) -> list[Case]:
    if copies == 1:
        return [
            Case("policeplan  pp.from_json", lambda: pp.from_json(pp.BaselineAssessment, text)),
            Case(
                "pydantic    model_validate_json",
                lambda: mirror_pydantic.Document.model_validate_json(text),
            ),
            Case(
                "msgspec     json.decode",
                lambda: msgspec.json.decode(text, type=mirror_msgspec.Document),
            ),
            Case("json.loads  (reference)", lambda: json.loads(text), compared=False),
        ]
    many_pp = tuple[pp.BaselineAssessment, ...]
    many_pydantic = pydantic.TypeAdapter(tuple[mirror_pydantic.Document, ...])
    many_msgspec = tuple[mirror_msgspec.Document, ...]
    return [
        Case("policeplan  pp.from_json", lambda: pp.from_json(many_pp, text)),
        Case("pydantic    TypeAdapter.validate_json", lambda: many_pydantic.validate_json(text)),
        Case("msgspec     json.decode", lambda: msgspec.json.decode(text, type=many_msgspec)),
        Case("json.loads  (reference)", lambda: json.loads(text), compared=False),
    ]


def dump_cases(text: str, copies: int) -> tuple[list[Case], dict[str, int]]:
    """The dump cases, on objects read from ``text``; and how many bytes each writes."""
    if copies == 1:
        mine: Any = pp.from_json(pp.BaselineAssessment, text)
        theirs: Any = mirror_pydantic.Document.model_validate_json(text)
        dump_pydantic: Callable[[], Any] = theirs.model_dump_json
        pydantic_name = "pydantic    model_dump_json"
        decoded: Any = msgspec.json.decode(text, type=mirror_msgspec.Document)
    else:
        mine = pp.from_json(tuple[pp.BaselineAssessment, ...], text)
        adapter = pydantic.TypeAdapter(tuple[mirror_pydantic.Document, ...])
        theirs = adapter.validate_json(text)
        dump_pydantic = lambda: adapter.dump_json(theirs)  # noqa: E731
        pydantic_name = "pydantic    TypeAdapter.dump_json"
        decoded = msgspec.json.decode(text, type=tuple[mirror_msgspec.Document, ...])
    native = pp.to_dict(mine)
    cases = with_standard(
        [
            Case("policeplan  pp.to_json", lambda: pp.to_json(mine)),
            Case(pydantic_name, dump_pydantic),
            Case("msgspec     Encoder.encode", lambda: mirror_msgspec.ENCODER.encode(decoded)),
            Case(
                "policeplan  pp.to_dict",
                lambda: pp.to_dict(mine),
                compared=False,
            ),
            Case(
                "json.dumps  of to_dict's output",
                lambda: json.dumps(native, ensure_ascii=False, default=str),
                compared=False,
            ),
        ]
    )
    written = {
        "policeplan": len(pp.to_json(mine).encode()),
        "pydantic": len(dump_pydantic()),
        "msgspec": len(mirror_msgspec.ENCODER.encode(decoded)),
    }
    return cases, written


def standard(call: Callable[[], Any]) -> Callable[[], Any]:
    """``call`` with policeplan's JSON read and written by the standard library alone."""

    def run() -> Any:
        _fastjson.ENABLED = False
        try:
            return call()
        finally:
            _fastjson.ENABLED = True

    return run


STANDARD = "policeplan  without msgspec (no [fast] extra)"


def with_standard(cases: list[Case]) -> list[Case]:
    """The cases with policeplan's own, by the standard library alone, second."""
    mine, *others = cases
    return [mine, Case(STANDARD, standard(mine.action)), *others]


def standard_note(cases: Sequence[Case]) -> str:
    """policeplan without msgspec ÷ pydantic, from the same rounds."""
    return f"without msgspec ÷ pydantic: {ratio(cases[1], cases[2]):.2f}"


def corpus(text: str, copies: int) -> str:
    return text if copies == 1 else "[" + ",".join([text] * copies) + "]"


# -- import -------------------------------------------------------------------------------

IMPORTS = [
    ("policeplan  import policeplan", "import policeplan", True),
    ("pydantic    from pydantic import BaseModel", "from pydantic import BaseModel", True),
    ("msgspec     import msgspec", "import msgspec", True),
    ("python      -c pass (start-up alone)", "pass", False),
]


def import_cases() -> list[Case]:
    def fresh(code: str) -> Callable[[], None]:
        def run() -> None:
            subprocess.run([sys.executable, "-c", code], check=True, cwd="/")

        return run

    return [Case(label, fresh(code), compared) for label, code, compared in IMPORTS]


# -- evaluate -----------------------------------------------------------------------------


def evaluation_pairs(years: int) -> list[tuple[Any, Any]]:
    """Every (target, observations) of ``queries.py``'s synthetic plans, as it pairs them."""
    plans = [
        queries.plan(force, pp.FinancialYear(2003 + n))
        for n in range(years)
        for force in queries.FORCES
    ]
    return [
        (target, measure.performance[0].observations)
        for document in plans
        for measure in document.measures
        for target in measure.targets
    ]


# -- main ---------------------------------------------------------------------------------


def versions() -> str:
    return (
        f"policeplan {pp.__version__}, pydantic {pydantic.VERSION} "
        f"(pydantic-core {pydantic_core.__version__}), msgspec {msgspec.__version__}; "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--repeats",
        type=int,
        help="rounds on one document (default 11, or 5 with --quick); a third as many on "
        "the large corpus (at least 3), and at least 15 for import",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="5 rounds, a large corpus of 10 copies rather than 30, one plan year of targets "
        "rather than 3",
    )
    args = parser.parse_args()
    repeats = max(1, args.repeats if args.repeats is not None else (5 if args.quick else 11))
    copies = 10 if args.quick else 30
    large_rounds = max(3, repeats // 3)
    import_rounds = max(15, repeats)
    years = 1 if args.quick else 3

    text = resources.files("policeplan").joinpath("data", f"{DATASET}.json").read_text("utf-8")
    single_mb = len(text.encode()) / MB
    print(versions())
    print(
        f"{DATASET}.json: {single_mb:.2f} MB; large corpus: {copies} copies in one JSON "
        f"array, {copies * single_mb:.1f} MB"
    )
    print(
        f"rounds: {repeats} for one document, {large_rounds} for {copies}, {import_rounds} "
        "for import; the order of the libraries reversed every round"
    )
    print(
        "median ms, min – max over rounds; ms/MB of the JSON read (dump: of the JSON the "
        "objects were read from); pp ÷ this: median of the per-round ratios"
    )

    sizes = [(1, repeats, "baseline ×1"), (copies, large_rounds, f"baseline ×{copies}")]
    table: list[Row] = []
    notes = []
    for count, rounds, label in sizes:
        source = corpus(text, count)
        cases = load_cases(source, count)
        paired(cases, rounds)
        table += rows(cases, label, count * single_mb, count)
        notes.append(f"{label}: {standard_note(cases)}")
        del cases, source
    print_rows("load: JSON text → validated objects", table, notes)

    table = []
    notes = []
    written_by_size = []
    for count, rounds, label in sizes:
        cases, written = dump_cases(corpus(text, count), count)
        paired(cases, rounds)
        table += rows(cases, label, count * single_mb, count)
        notes.append(f"{label}: {standard_note(cases)}")
        written_by_size.append(written)
        del cases
        gc.collect()
    print_rows("dump: objects → JSON text", table, notes)
    print(
        "  written for one document: "
        + ", ".join(f"{name} {size / MB:.2f} MB" for name, size in written_by_size[0].items())
        + "\n  (pydantic and msgspec write every field, policeplan leaves out defaults; "
        "json.dumps here writes as text a Decimal no float keeps)"
    )

    cases = import_cases()
    paired(cases, import_rounds)
    print_rows("import: a fresh interpreter, whole process", rows(cases, "", 0, 0))

    pairs = evaluation_pairs(years)

    def one_at_a_time() -> list[pp.Attainment]:
        return [pp.evaluate(target, observations) for target, observations in pairs]

    cases = [
        Case("pp.evaluate, a call a target", one_at_a_time),
        Case("pp.evaluate_all(pairs)", lambda: pp.evaluate_all(pairs)),
    ]
    paired(cases, repeats)
    print(
        f"\nevaluate: every target of queries.py's synthetic corpus ({len(queries.FORCES)} "
        f"forces × {years} plan year{'s' if years > 1 else ''}, {len(pairs):,} targets), "
        "policeplan only; µs per target"
    )
    print("  after a full collection, as above:")
    for case in cases:
        print_per_target(case, len(pairs))
    print(f"    evaluate_all ÷ a call a target: {ratio(cases[1], cases[0]):.2f}")
    print(
        "  steady: each round's verdicts replace the last round's, the collector left to "
        f"itself ({2 * ((repeats + 1) // 2)} rounds a case in two blocks, one case at a time):"
    )
    for case in steady(cases, repeats):
        print_per_target(case, len(pairs), mean=True)


def steady(cases: Sequence[Case], rounds: int) -> list[Case]:
    """Time each case's rounds back to back, keeping each result until the next replaces it.

    Cases take turns in blocks, so that the garbage one case leaves behind never sets off
    a collection in another's rounds.
    """
    timed = [Case(case.library, case.action) for case in cases]
    blocks = [timed, list(reversed(timed))]
    for block in blocks:
        for case in block:
            gc.collect()
            result = None
            for _ in range((rounds + 1) // 2):
                started = time.perf_counter()
                result = case.action()
                case.seconds.append(time.perf_counter() - started)
            del result
    return timed


def print_per_target(case: Case, targets: int, *, mean: bool = False) -> None:
    per_target = [seconds * 1e6 / targets for seconds in case.seconds]
    average = f", mean {statistics.mean(per_target):.2f}" if mean else ""
    print(
        f"    {case.library:<30} median {statistics.median(per_target):.2f}{average}, "
        f"min – max {min(per_target):.2f} – {max(per_target):.2f}"
    )


if __name__ == "__main__":
    main()

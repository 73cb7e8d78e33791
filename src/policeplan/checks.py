"""Consistency checks: contradictions that no single class validator can see.

A validator refuses a value that cannot be right on its own (a rank beyond
"out of"); a check reads a whole document and reports figures that disagree
with each other (parts that do not add up, a repeated indicator printed two
ways, a change that is not the difference of its values). The sources
contradict themselves, so :func:`check` reports rather than refuses: each
finding is an :class:`~policeplan.errors.Issue` with a stable code and the
serialized path of the offending value, the path syntax of
:class:`~policeplan.source.KnownIssue`.

```pycon
>>> import policeplan as pp
>>> from policeplan.checks import check
>>> [issue.path for issue in check(pp.datasets.load("mps-plan-2003-04"))]
['priorities[6].objectives[3].measures[0].targets[3].deadlines[2]']

```
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from . import _lookup
from .assessment import IndicatorResult, Rank
from .baseline import BaselineAssessment
from .errors import Issue
from .figures import Figure, Observation
from .improvement import AFIStatus, ImprovementPlan, StatusCount
from .inspection import Inspection
from .plan import LineItem, PolicingPlan
from .quantities import Quantity, Unit
from .targets import MilestoneTarget, Target

__all__ = ["CODES", "check"]

CODES = (
    "total-mismatch",
    "distribution-total",
    "rank-beyond-out-of",
    "inconsistent-repeat",
    "percent-over-100",
    "deadline-outside-year",
    "objective-without-measures",
    "measure-without-targets",
    "change-contradicts-values",
)
"""Every code :func:`check` reports; codes are stable across releases."""

Document = PolicingPlan | BaselineAssessment | Inspection | ImprovementPlan
Rule = Callable[[Any], Iterator[Issue]]

_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d*))?")
_RANK_TEXT = re.compile(r"(\d+)\s*=?\s*(?:st|nd|rd|th)?\s+out\s+of\s+(\d+)", re.I)
# Rates that count detections may exceed 100%: a detection can clear an earlier
# year's offence. Only a share of a whole is bounded.
_RATE_WORDS = ("detected", "detection", "clear-up", "sanction")


def _half_unit(figure: Figure[Any]) -> Decimal:
    """Half a unit in the last printed place: how far rounding can have moved the figure."""
    decimals = _DECIMALS.findall(figure.text)  # the digits after the point of each number
    places = len(decimals[-1]) if decimals else 0
    return Decimal(5).scaleb(-places - 1)


def _amount(figure: Figure[Quantity] | None) -> Decimal | None:
    return figure.value.value if figure is not None and figure.value is not None else None


# -- total-mismatch ----------------------------------------------------------------------


def _status_sum(
    counts: tuple[StatusCount, ...], total: int | None, path: str, what: str
) -> Iterator[Issue]:
    """Counts by status against their total: equal when every status is stated, never above."""
    if total is None or not counts:
        return
    stated = sum(count.count for count in counts)
    complete = {count.status for count in counts} == set(AFIStatus)
    if stated > total or (complete and stated != total):
        parts = " + ".join(str(count.count) for count in counts)
        yield Issue(
            path,
            "total-mismatch",
            f"{what}: the status counts {parts} = {stated} do not add up to the stated {total}",
        )


def _improvement_totals(plan: ImprovementPlan) -> Iterator[Issue]:
    yield from _status_sum(plan.status_counts, plan.total_afis, "status_counts", "all AFIs")
    for index, framework in enumerate(plan.frameworks):
        yield from _status_sum(
            framework.status_counts,
            framework.afi_count,
            f"frameworks[{index}].status_counts",
            framework.framework,
        )


def _line_groups(items: tuple[LineItem, ...]) -> Iterator[tuple[int, list[int]]]:
    """Each total line with the lines it sums.

    A total follows the items since the previous total of its section; a total
    with no items of its own sums the open totals of its section (all open
    totals when it has none), as "Total cash releasing savings" sums its
    subtotal and "Total Efficiency Savings" sums the sections' totals.
    """
    pending: list[int] = []
    open_totals: list[int] = []
    for index, item in enumerate(items):
        if not item.total:
            pending.append(index)
            continue
        if pending:
            yield index, pending
        else:
            parts = [
                i for i in open_totals if item.section is None or items[i].section == item.section
            ]
            if parts:
                yield index, parts
            open_totals = [i for i in open_totals if i not in parts]
        open_totals.append(index)
        pending = []


def _line_item_sum(
    items: tuple[LineItem, ...], total: int, parts: list[int], column: str, path: str
) -> Iterator[Issue]:
    figures: list[Figure[Quantity] | None] = [getattr(items[i], column) for i in (*parts, total)]
    amounts = [_amount(figure) for figure in figures]
    if any(amount is None for amount in amounts):
        return
    *part_amounts, stated = (amount for amount in amounts if amount is not None)
    # Each printed figure may be rounded by half its last place; counts are exact.
    exact = all(
        f is not None and f.value is not None and f.value.unit is Unit.COUNT and "." not in f.text
        for f in figures
    )
    slack = Decimal(0) if exact else sum(_half_unit(f) for f in figures if f is not None)
    if abs(sum(part_amounts) - stated) > slack:
        yield Issue(
            f"{path}[{total}].{column}",
            "total-mismatch",
            f"{items[total].label!r} is {stated}, but its lines "
            f"({', '.join(str(p) for p in parts)}) add up to {sum(part_amounts)}",
        )


def _plan_totals(plan: PolicingPlan) -> Iterator[Issue]:
    for path in ("efficiency_savings", "deployment"):
        items: tuple[LineItem, ...] = getattr(plan, path)
        for total, parts in _line_groups(items):
            for column in ("amount", "share"):
                yield from _line_item_sum(items, total, parts, column, path)


# -- distribution-total ------------------------------------------------------------------


def _distribution_totals(inspection: Inspection) -> Iterator[Issue]:
    forces = inspection.forces
    national = len(forces) > 1
    for index, distribution in enumerate(inspection.distributions):
        expected = distribution.forces_assessed
        if expected is None and national:
            expected = len(forces)
        if expected is not None and distribution.total != expected:
            yield Issue(
                f"distributions[{index}]",
                "distribution-total",
                f"the grades of {distribution.framework!r} add up to {distribution.total} "
                f"forces, not {expected}",
            )


# -- rank-beyond-out-of ------------------------------------------------------------------


def _rank_cells(path: str, result: IndicatorResult) -> Iterator[tuple[str, Figure[Rank]]]:
    for column in ("msf_rank", "national_rank"):
        figure: Figure[Rank] | None = getattr(result, column)
        if figure is not None:
            yield f"{path}.{column}", figure


def _ranks_beyond(results: tuple[IndicatorResult, ...]) -> Iterator[Issue]:
    """Rank cells kept as text because no valid rank could be read from them."""
    for index, result in enumerate(results):
        for path, figure in _rank_cells(f"indicator_results[{index}]", result):
            match = _RANK_TEXT.search(figure.text)
            if figure.value is None and match and int(match[1]) > int(match[2]):
                yield Issue(
                    path,
                    "rank-beyond-out-of",
                    f"rank {figure.text!r} puts the force beyond the {match[2]} it is ranked in",
                )


# -- inconsistent-repeat -----------------------------------------------------------------


def _cells(result: IndicatorResult) -> Iterator[tuple[str, str, Figure[Any] | None]]:
    """The comparable cells of a row (values matched by period) and their paths."""
    for position, observation in enumerate(result.values):
        period = observation.period
        yield f"{period.start}/{period.end}", f"values[{position}].figure", observation.figure
    for column in ("change", "msf_average", "msf_rank", "national_average", "national_rank"):
        yield column, column, getattr(result, column)


def _printed(figure: Figure[Any] | None) -> str | None:
    """What a cell shows: the printed figure without spacing, or why it is empty."""
    if figure is None:
        return None
    if figure.missing is not None:
        return figure.missing.value
    return "".join(figure.text.split())


def _repeat_groups(results: tuple[IndicatorResult, ...]) -> Iterator[list[int]]:
    """Rows of one indicator printed in several tables.

    The same name (ignoring case and spacing) and the same code where there is
    one. Within one table a name repeats only for different indicators ("Difference
    in % of applicants appointed" follows each pair of shares it compares).
    """
    groups: dict[tuple[str, str, str | None], list[int]] = {}
    for index, result in enumerate(results):
        key = (_lookup.force_key(result.force), _lookup.normalise(result.indicator), result.code)
        groups.setdefault(key, []).append(index)
    for members in groups.values():
        if len({results[i].table for i in members}) == len(members) > 1:
            yield members


def _repeats(results: tuple[IndicatorResult, ...]) -> Iterator[Issue]:
    """Cells of a repeated indicator that differ from its other printings.

    The odd one out is reported where most printings agree; where they split
    evenly neither can be preferred, so every printing of the cell is reported.
    """
    for group in _repeat_groups(results):
        cells: dict[str, dict[int, tuple[str, str | None]]] = {}
        for index in group:
            for cell, path, figure in _cells(results[index]):
                cells.setdefault(cell, {})[index] = (path, _printed(figure))
        for printings in cells.values():
            shown = [text for _, text in printings.values()]
            tally = Counter(shown).most_common()
            if len(printings) < 2 or len(tally) < 2:
                continue
            majority = tally[0][0] if tally[0][1] > tally[1][1] else None
            for index, (path, text) in printings.items():
                if majority is not None and text == majority:
                    continue
                others = sorted({str(t) for t in shown} - {str(text)})
                yield Issue(
                    f"indicator_results[{index}].{path}",
                    "inconsistent-repeat",
                    f"{results[index].indicator!r} prints {text} in table "
                    f"{results[index].table} but {' / '.join(others)} elsewhere",
                )


# -- percent-over-100 --------------------------------------------------------------------


def _is_share(name: str) -> bool:
    lowered = name.casefold()
    return not any(word in lowered for word in _RATE_WORDS)


def _over_100(name: str, path: str, quantity: Quantity | None) -> Iterator[Issue]:
    if quantity is None or quantity.unit is not Unit.PERCENT:
        return
    if quantity.value > 100 and _is_share(name):
        yield Issue(path, "percent-over-100", f"{name!r}: a share of {quantity} exceeds 100%")


def _observations_over_100(
    name: str, path: str, observations: tuple[Observation, ...]
) -> Iterator[Issue]:
    for index, observation in enumerate(observations):
        yield from _over_100(name, f"{path}[{index}].figure", observation.value)


def _results_over_100(results: tuple[IndicatorResult, ...]) -> Iterator[Issue]:
    for index, result in enumerate(results):
        path = f"indicator_results[{index}]"
        yield from _observations_over_100(result.indicator, f"{path}.values", result.values)
        for column in ("msf_average", "national_average"):
            average: Figure[Quantity] | None = getattr(result, column)
            quantity = average.value if average is not None else None
            yield from _over_100(result.indicator, f"{path}.{column}", quantity)


def _plan_over_100(plan: PolicingPlan) -> Iterator[Issue]:
    for index, row in enumerate(plan.indicators):
        yield from _observations_over_100(
            row.indicator, f"indicators[{index}].observations", row.observations
        )
    for path, measure in _measures(plan):
        for series_index, series in enumerate(measure.performance):
            yield from _observations_over_100(
                f"{measure.text} ({series.label})",
                f"{path}.performance[{series_index}].observations",
                series.observations,
            )


def _progress_over_100(plan: ImprovementPlan) -> Iterator[Issue]:
    for index, figure in enumerate(plan.progress):
        for column in ("actual", "target", "benchmark"):
            yield from _over_100(
                figure.metric, f"progress[{index}].{column}", getattr(figure, column)
            )


# -- plan structure and deadlines --------------------------------------------------------


def _objectives(plan: PolicingPlan) -> Iterator[tuple[str, Any]]:
    for p, priority in enumerate(plan.priorities):
        for o, objective in enumerate(priority.objectives):
            yield f"priorities[{p}].objectives[{o}]", objective


def _measures(plan: PolicingPlan) -> Iterator[tuple[str, Any]]:
    for path, objective in _objectives(plan):
        for m, measure in enumerate(objective.measures):
            yield f"{path}.measures[{m}]", measure


def _objectives_without_measures(plan: PolicingPlan) -> Iterator[Issue]:
    for path, objective in _objectives(plan):
        if not objective.measures:
            yield Issue(
                f"{path}.measures",
                "objective-without-measures",
                f"objective {objective.number} has no measure to judge it by",
            )


def _measures_without_targets(plan: PolicingPlan) -> Iterator[Issue]:
    for path, measure in _measures(plan):
        if not measure.targets:
            yield Issue(
                f"{path}.targets",
                "measure-without-targets",
                f"the measure {measure.text!r} has no target",
            )


def _deadlines(target: Target) -> Iterator[tuple[str, Any]]:
    if isinstance(target, MilestoneTarget):
        for index, deadline in enumerate(target.deadlines):
            yield f"deadlines[{index}]", deadline
    elif target.deadline is not None:
        yield "deadline", target.deadline


def _deadlines_outside_year(plan: PolicingPlan) -> Iterator[Issue]:
    for path, measure in _measures(plan):
        for t, target in enumerate(measure.targets):
            for step, deadline in _deadlines(target):
                if deadline.date not in plan.period:
                    yield Issue(
                        f"{path}.targets[{t}].{step}",
                        "deadline-outside-year",
                        f"the deadline {deadline.text!r} ({deadline.date}) lies outside the "
                        f"plan year {plan.period}",
                    )


# -- change-contradicts-values -----------------------------------------------------------


def _bounds(figure: Figure[Quantity], value: Decimal) -> tuple[Decimal, Decimal]:
    """The range a printed figure can have been rounded from."""
    half = _half_unit(figure)
    return value - half, value + half


def _point_change_off(before: Decimal, after: Decimal, change: Figure[Quantity]) -> bool:
    # 0.05 absorbs the rounding of figures printed to one decimal; a change
    # printed coarser ("3 Pts" for 2.6) is allowed its own rounding on top.
    printed = _amount(change)
    tolerance = max(Decimal("0.05"), _half_unit(change))
    return printed is not None and abs((after - before) - printed) > tolerance


def _relative_change_off(
    before: tuple[Decimal, Decimal], after: tuple[Decimal, Decimal], change: Figure[Quantity]
) -> bool:
    # Rates are printed rounded ("0.87" to "0.86" is anything from -2.3% to 0%),
    # so the printed change need only fall within what the rounding allows.
    printed = _amount(change)
    if printed is None or before[0] <= 0:
        return False
    lowest = (after[0] / before[1] - 1) * 100
    highest = (after[1] / before[0] - 1) * 100
    low, high = _bounds(change, printed)
    return high < lowest or low > highest


_POINT_UNITS = frozenset({Unit.PERCENT, Unit.PERCENTAGE_POINTS})


def _change_off(
    before: Figure[Quantity], after: Figure[Quantity], change: Figure[Quantity]
) -> bool:
    if before.value is None or after.value is None or change.value is None:
        return False
    if before.value.unit is not after.value.unit:
        return False
    first, last = before.value.value, after.value.value
    if change.value.unit is Unit.PERCENTAGE_POINTS and before.value.unit in _POINT_UNITS:
        return _point_change_off(first, last, change)
    if change.value.unit is Unit.PERCENT_CHANGE:
        return _relative_change_off(_bounds(before, first), _bounds(after, last), change)
    return False


def _changes(results: tuple[IndicatorResult, ...]) -> Iterator[Issue]:
    """Changes against the earlier and later value; garbled rows are contradictions too."""
    for index, result in enumerate(results):
        values = sorted(result.values, key=lambda observation: observation.period.start)
        if result.change is None or len(values) != 2:
            continue
        before, after = (observation.figure for observation in values)
        if _change_off(before, after, result.change):
            yield Issue(
                f"indicator_results[{index}].change",
                "change-contradicts-values",
                f"{result.indicator!r}: the change is printed {result.change.text!r}, but the "
                f"values go from {before.text} to {after.text}",
            )


# -- composition -------------------------------------------------------------------------


ResultRule = Callable[[tuple[IndicatorResult, ...]], Iterator[Issue]]


def _on_results(rule: ResultRule) -> Rule:
    """A rule over indicator results as a rule over the document holding them."""

    def run(document: BaselineAssessment | Inspection) -> Iterator[Issue]:
        return rule(document.indicator_results)

    return run


_RESULT_RULES = [_on_results(r) for r in (_ranks_beyond, _repeats, _results_over_100, _changes)]

_RULES: dict[type[Any], list[Rule]] = {
    PolicingPlan: [
        _plan_totals,
        _plan_over_100,
        _deadlines_outside_year,
        _objectives_without_measures,
        _measures_without_targets,
    ],
    BaselineAssessment: _RESULT_RULES,
    Inspection: [_distribution_totals, *_RESULT_RULES],
    ImprovementPlan: [_improvement_totals, _progress_over_100],
}


def check(document: Document) -> tuple[Issue, ...]:
    """Every contradiction between the figures of a document, as issues.

    The document is not changed and nothing is raised for a well-formed one;
    an object that is not a document is a :class:`TypeError`.

    ```pycon
    >>> import policeplan as pp
    >>> impr = pp.datasets.load("mpa-improvement-plan-2007")
    >>> [(issue.code, issue.path) for issue in check(impr)]
    [('total-mismatch', 'status_counts')]
    >>> check(pp.datasets.load("mps-plan-2003-04"))[0].code
    'deadline-outside-year'

    ```
    """
    rules = next((r for cls, r in _RULES.items() if isinstance(document, cls)), None)
    if rules is None:
        raise TypeError(
            f"check() reads a PolicingPlan, BaselineAssessment, Inspection or ImprovementPlan, "
            f"not {type(document).__name__}"
        )
    return tuple(issue for rule in rules for issue in rule(document))

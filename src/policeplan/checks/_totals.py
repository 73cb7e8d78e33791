"""Parts against their totals: ``total-mismatch`` and ``distribution-total``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..errors import Issue
from ..figures import Figure
from ..improvement import AFIStatus, ImprovementPlan, StatusCount
from ..inspection import Inspection
from ..plan import LineItem, PolicingPlan
from ..quantities import Quantity, Unit
from ._figures import amount, half_unit

# -- total-mismatch ----------------------------------------------------------------------


def _status_sum(
    counts: Iterable[StatusCount], total: int | None, path: str, what: str
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


def improvement_totals(plan: ImprovementPlan) -> Iterator[Issue]:
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
    amounts = [amount(figure) for figure in figures]
    if any(each is None for each in amounts):
        return
    *part_amounts, stated = (each for each in amounts if each is not None)
    # Each printed figure may be rounded by half its last place; counts are exact.
    exact = all(
        f is not None and f.value is not None and f.value.unit is Unit.COUNT and "." not in f.text
        for f in figures
    )
    slack = Decimal(0) if exact else sum(half_unit(f) for f in figures if f is not None)
    if abs(sum(part_amounts) - stated) > slack:
        yield Issue(
            f"{path}[{total}].{column}",
            "total-mismatch",
            f"{items[total].label!r} is {stated}, but its lines "
            f"({' + '.join(_line_words(items[p], column) for p in parts)}) "
            f"add up to {sum(part_amounts)}",
        )


def _line_words(item: LineItem, column: str) -> str:
    """A summed line as its label and printed figure: 'Sector policing' 50.0%."""
    figure = getattr(item, column)
    return f"{item.label!r} {figure.text}"


def plan_totals(plan: PolicingPlan) -> Iterator[Issue]:
    for path in ("efficiency_savings", "deployment"):
        items: tuple[LineItem, ...] = getattr(plan, path)
        for total, parts in _line_groups(items):
            for column in ("amount", "share"):
                yield from _line_item_sum(items, total, parts, column, path)


# -- distribution-total ------------------------------------------------------------------


def distribution_totals(inspection: Inspection) -> Iterator[Issue]:
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

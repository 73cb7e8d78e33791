"""Changes against the values they compare: ``change-contradicts-values``.

One reading serves both tables that print a change: an indicator result's
change column against its two values, and a plan measure's change series
("% change on previous year") against the series of values beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..assessment import IndicatorResult
from ..errors import Issue
from ..figures import Figure, Observation
from ..plan import Measure, PolicingPlan
from ..quantities import Quantity, Unit
from ..query import Query
from ._figures import amount, bounds, half_unit
from ._plan import measures

_CHANGE_UNITS = frozenset({Unit.PERCENT_CHANGE, Unit.PERCENTAGE_POINTS})
_POINT_UNITS = frozenset({Unit.PERCENT, Unit.PERCENTAGE_POINTS})


def _point_change_off(before: Decimal, after: Decimal, change: Figure[Quantity]) -> bool:
    # 0.05 absorbs the rounding of figures printed to one decimal; a change
    # printed coarser ("3 Pts" for 2.6) is allowed its own rounding on top.
    printed = amount(change)
    tolerance = max(Decimal("0.05"), half_unit(change))
    return printed is not None and abs((after - before) - printed) > tolerance


def _relative_change_off(
    before: tuple[Decimal, Decimal], after: tuple[Decimal, Decimal], change: Figure[Quantity]
) -> bool:
    # Rates are printed rounded ("0.87" to "0.86" is anything from -2.3% to 0%),
    # so the printed change need only fall within what the rounding allows.
    printed = amount(change)
    if printed is None or before[0] <= 0:
        return False
    lowest = (after[0] / before[1] - 1) * 100
    highest = (after[1] / before[0] - 1) * 100
    low, high = bounds(change, printed)
    return high < lowest or low > highest


def _comparable(values: Unit, change: Unit) -> bool:
    """Whether a change in ``change`` units can be read off values in ``values`` units."""
    if change is Unit.PERCENTAGE_POINTS:
        return values in _POINT_UNITS
    return change is Unit.PERCENT_CHANGE


def _change_off(
    before: Figure[Quantity], after: Figure[Quantity], change: Figure[Quantity]
) -> bool:
    """Whether a printed change lies beyond what the rounding of its two values allows."""
    if before.value is None or after.value is None or change.value is None:
        return False
    unit = before.value.unit
    if unit is not after.value.unit or not _comparable(unit, change.value.unit):
        return False
    first, last = before.value.value, after.value.value
    if change.value.unit is Unit.PERCENTAGE_POINTS:
        return _point_change_off(first, last, change)
    return _relative_change_off(bounds(before, first), bounds(after, last), change)


def result_changes(results: Query[IndicatorResult]) -> Iterator[Issue]:
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


# -- performance tables ------------------------------------------------------------------


def _unit(figure: Figure[Quantity]) -> Unit | None:
    return figure.value.unit if figure.value is not None else None


def _whole_year(observation: Observation) -> int | None:
    """The start year of the financial year an observation covers whole, else ``None``."""
    year = observation.period.whole_financial_year
    return None if year is None or observation.year_to_date else year.start_year


def _yearly_values(observations: Iterable[Observation]) -> dict[int, Observation]:
    """Legible whole-year values by start year; a year printed twice is left out as ambiguous."""
    found: dict[int, list[Observation]] = {}
    for observation in observations:
        year = _whole_year(observation)
        if year is not None and observation.value is not None and not observation.figure.garbled:
            found.setdefault(year, []).append(observation)
    return {year: printed[0] for year, printed in found.items() if len(printed) == 1}


def _values_of(
    measure: Measure, change_series: int, year: int, change: Unit
) -> tuple[str, Observation, Observation] | None:
    """The one other series printing the values for ``year`` and the year before, if one."""
    found = []
    for index, series in enumerate(measure.performance):
        if index == change_series:
            continue
        values = _yearly_values(series.observations)
        before, after = values.get(year - 1), values.get(year)
        if before is None or after is None:
            continue
        unit = _unit(before.figure)
        if unit is None or unit is not _unit(after.figure) or unit in _CHANGE_UNITS:
            continue
        if _comparable(unit, change):
            found.append((series.label, before, after))
    return found[0] if len(found) == 1 else None


def series_changes(plan: PolicingPlan) -> Iterator[Issue]:
    """Whole-year changes in a measure's performance table against its series of values.

    A year-to-date change compares with the same months a year earlier, which
    the table does not print, so it is not read; nor is a change where no other
    series, or more than one, prints the values for both years.
    """
    for path, measure in measures(plan):
        for s, series in enumerate(measure.performance):
            for o, observation in enumerate(series.observations):
                year, unit = _whole_year(observation), _unit(observation.figure)
                if year is None or unit is None or unit not in _CHANGE_UNITS:
                    continue
                values = _values_of(measure, s, year, unit)
                if values is None:
                    continue
                label, before, after = values
                if _change_off(before.figure, after.figure, observation.figure):
                    yield Issue(
                        f"{path}.performance[{s}].observations[{o}].figure",
                        "change-contradicts-values",
                        f"{measure.text!r}: the change in {observation.period} is printed "
                        f"{observation.figure.text!r}, but {label!r} goes from "
                        f"{before.figure.text} in {before.period} to {after.figure.text}",
                    )

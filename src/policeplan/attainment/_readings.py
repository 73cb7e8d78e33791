"""Which observation answers a target, how it may be compared, and how it reads."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ..figures import Observation
from ..periods import FinancialYear, Period
from ..quantities import Quantity, Unit

YEAR_DAYS = 365
"""A part-year count is stated pro rata to this many days."""

# Tuples, not sets: membership by identity spares hashing an enum in Python.
PERCENTAGES = (Unit.PERCENT, Unit.PERCENT_CHANGE, Unit.PERCENTAGE_POINTS)


class Reading(NamedTuple):
    """An actual figure, where it comes from, and how it may be compared."""

    quantity: Quantity
    where: str
    partial: bool = False
    days: int = YEAR_DAYS
    # A progress figure's metric says what the number is ("reduction for burglary").
    named: bool = False

    @classmethod
    def of(cls, observation: Observation, quantity: Quantity) -> Reading:
        period = observation.period
        return cls(quantity, f"in {period}", period.year_to_date, period.days)

    @property
    def pro_rata(self) -> bool:
        # A part-year count grows with the days it covers; shares, rates and averages
        # are compared as printed.
        return self.partial and self.quantity.unit is Unit.COUNT

    @property
    def comparable(self) -> Decimal:
        value = self.quantity.value
        return value * YEAR_DAYS / self.days if self.pro_rata else value

    def __str__(self) -> str:
        shown = str(self.quantity) if self.named else show(self.quantity)
        text = f"{shown} {self.where}"
        if self.pro_rata:
            whole = self.quantity.with_value(round_to(self.comparable, 0))
            return f"{text} (year to date, {self.days} days; {whole} pro rata to {YEAR_DAYS} days)"
        if self.partial and self.quantity.unit is Unit.RATE:
            return f"{text} (year to date; a part-year rate, compared as printed)"
        return f"{text} (year to date)" if self.partial else text


def pick(
    observations: tuple[Observation, ...],
    year: FinancialYear | None,
    *,
    full_year: bool = False,
    after: date | None = None,
) -> Observation | None:
    """The latest observation within ``year``, preferring one with a value.

    Among equals the longer period wins; ``after`` keeps periods starting later.
    """
    first, last = (year.start, year.end) if year else (date.min, date.max)
    best, best_key = None, None
    for observation in observations:
        period = observation.period
        if period.start < first or period.end > last:
            continue
        if (full_year and period.year_to_date) or (after and period.start <= after):
            continue
        key = (observation.figure.value is not None, period.end, period.end - period.start)
        if best_key is None or key > best_key:
            best, best_key = observation, key
    return best


def baseline_of(observations: tuple[Observation, ...], baseline: Period) -> Observation | None:
    """The fullest whole-period observation inside ``baseline``, preferring one with a value."""
    best, best_key = None, None
    for observation in observations:
        period = observation.period
        if period.year_to_date or period.start < baseline.start or period.end > baseline.end:
            continue
        key = (observation.figure.value is not None, period.end - period.start, period.end)
        if best_key is None or key > best_key:
            best, best_key = observation, key
    return best


def clash(actual: Quantity, required: Quantity) -> str | None:
    """Why two quantities cannot be compared, or ``None`` when they can."""
    if (
        actual.unit is required.unit
        and actual.per == required.per
        and actual.base == required.base
        and actual.scale == required.scale
    ):
        return None
    return f"units differ: {unit_name(actual)} against {unit_name(required)}"


def unit_name(quantity: Quantity) -> str:
    if quantity.unit is Unit.RATE:
        return f"a rate per {quantity.per:,} {quantity.base}"
    scale = f" ({quantity.scale})" if quantity.scale else ""
    return f"{quantity.unit.value}{scale}"


def show(quantity: Quantity) -> str:
    if quantity.unit is Unit.PERCENT_CHANGE:
        return f"a change of {'+' if quantity.value >= 0 else ''}{quantity}"
    return str(quantity)


_QUANTA = {places: Decimal(1).scaleb(-places) for places in range(4)}
"""The quantum of each number of places a verdict rounds to, made once."""


def round_to(value: Decimal, places: int) -> Decimal:
    quantum = _QUANTA.get(places)
    return value.quantize(Decimal(1).scaleb(-places) if quantum is None else quantum)


def round_margin(value: Decimal, places: int) -> Decimal:
    """A margin to ``places`` places, or to its first digit when that would make it zero:
    a shortfall of 0.04 pp is "0.04 pp short", never "exactly on the mark"."""
    rounded = round_to(value, places)
    if rounded or not value:
        return rounded
    return value.quantize(Decimal(1).scaleb(value.adjusted()))

"""The rules, one per kind of target: which observation answers it, and what it requires.

Each rule picks the observation that answers the target, works out the figure
required and hands both to ``verdict``; whatever cannot be
compared is not assessable, with the reason.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from ..figures import Observation
from ..periods import FinancialYear
from ..quantities import Polarity, Quantity, Unit
from ..targets import (
    ChangeTarget,
    Comparator,
    Direction,
    DirectionTarget,
    FromToTarget,
    LevelTarget,
    MilestoneTarget,
    Target,
)
from ._readings import PERCENTAGES, Reading, baseline_of, clash, pick, unit_name
from ._result import Attainment, Comparison
from ._verdict import absent, not_assessable, verdict
from ._words import HIGHER, LOWER, NEUTRAL, Words, change_on_words, on_words

_RELATIVE = (Unit.PERCENT, Unit.PERCENT_CHANGE)
_POLARITY = {Comparator.AT_LEAST: HIGHER, Comparator.AT_MOST: LOWER, Comparator.EXACTLY: NEUTRAL}


def polarity_of(target: Target) -> Polarity:
    """Which way is better, as the target says: its comparator, direction or move."""
    if isinstance(target, LevelTarget | ChangeTarget):
        return _POLARITY[target.comparator]
    if isinstance(target, DirectionTarget):
        return LOWER if target.direction is Direction.REDUCE else HIGHER
    if isinstance(target, FromToTarget) and target.end.value != target.start.value:
        return HIGHER if target.end.value > target.start.value else LOWER
    return NEUTRAL


def year_of(target: LevelTarget | FromToTarget) -> FinancialYear | None:
    """The year a level is for: the target's own, or the one its deadline falls in."""
    if target.year or target.deadline is None:
        return target.year
    return FinancialYear.containing(target.deadline.date)


def milestone(target: MilestoneTarget, as_of: date | None) -> Attainment:
    deadline = target.deadline
    if deadline and as_of and as_of <= deadline.date:
        return not_assessable(target, "milestone not yet due", f"due {deadline}, as of {as_of}")
    # Figures never show that something was delivered, so a milestone is never met here.
    return not_assessable(target, "no evidence of delivery")


def level(
    target: Target,
    observations: tuple[Observation, ...],
    better: Polarity,
    required: Quantity,
    year: FinancialYear | None,
    requirement: Words,
    baseline: Quantity | None = None,
) -> Attainment:
    seen = pick(observations, year)
    actual = seen.figure.value if seen else None
    if seen is None or actual is None:
        return absent(target, seen, f"no {year} observation" if year else "no observation")
    unlike = clash(actual, required)
    if unlike:
        return not_assessable(target, unlike, compared=Comparison(actual=actual))
    return verdict(target, Reading.of(seen, actual), required, better, requirement, baseline)


def change(
    target: ChangeTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment:
    period = target.baseline
    if period is None:
        return not_assessable(target, "the target names no baseline period")
    label = period.label or str(period)
    seen = pick(observations, target.year, after=None if target.year else period.end)
    actual = seen.figure.value if seen else None
    if seen is None or actual is None:
        return absent(target, seen, f"no {target.year or 'later'} observation")
    amount = target.amount
    signed = -amount.value if target.direction is Direction.REDUCE else amount.value
    if actual.unit is Unit.PERCENT_CHANGE:
        return stated_change(target, seen, actual, signed, better, label)
    start = baseline_of(observations, period)
    base = start.figure.value if start else None
    if start is None or base is None:
        return absent(target, start, f"no {label} baseline observation")
    unlike = clash(actual, base)
    if amount.unit is Unit.PERCENTAGE_POINTS and base.unit not in PERCENTAGES:
        unlike = f"a change in percentage points needs percentages, not {unit_name(base)}"
    elif amount.unit not in PERCENTAGES:
        unlike = unlike or clash(amount, base)
    if unlike:
        return not_assessable(target, unlike, compared=Comparison(actual=actual, baseline=base))
    relative = amount.unit in _RELATIVE
    value = base.value * (1 + signed / 100) if relative else base.value + signed
    if value < 0 and not base.unit.signed:
        return not_assessable(target, f"the change would take {base} below zero")
    required = base.with_value(value)
    requirement = partial(change_on_words, target, better, label, base, required)
    per_cent_of = abs(base.value) if relative and base.value else None
    reading = Reading.of(seen, actual)
    return verdict(target, reading, required, better, requirement, base, per_cent_of)


def stated_change(
    target: ChangeTarget,
    seen: Observation,
    actual: Quantity,
    signed: Decimal,
    better: Polarity,
    label: str,
) -> Attainment:
    # A figure such as "-17.6%" already states the change on the previous year; it
    # answers a per cent target only when that previous year is the target's baseline.
    if target.amount.unit not in _RELATIVE:
        reason = f"units differ: a per cent change against {unit_name(target.amount)}"
        return not_assessable(target, reason, compared=Comparison(actual=actual))
    year = seen.period.financial_year
    baseline = target.baseline
    if year is None or baseline is None or baseline.whole_financial_year != year.previous():
        reason = f"the {seen.period} change is not on {target.baseline}"
        return not_assessable(target, reason, compared=Comparison(actual=actual))
    required = Quantity(signed, Unit.PERCENT_CHANGE)
    return verdict(
        target,
        Reading.of(seen, actual),
        required,
        better,
        partial(change_on_words, target, better, label),
    )


def direction(
    target: DirectionTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment:
    seen = pick(observations, target.year)
    actual = seen.figure.value if seen else None
    if seen is None or actual is None:
        return absent(
            target, seen, f"no {target.year} observation" if target.year else "no observation"
        )
    noun = {HIGHER: "an increase", LOWER: "a reduction", NEUTRAL: "no change"}[better]
    reading = Reading.of(seen, actual)
    if actual.unit is Unit.PERCENT_CHANGE:
        zero = Quantity(0, Unit.PERCENT_CHANGE)
        return verdict(target, reading, zero, better, partial(on_words, noun), strict=True)
    year = target.year or seen.period.financial_year
    if year is None:
        return not_assessable(target, f"{seen.period} spans two financial years")
    before = pick(observations, year.previous(), full_year=True)
    earlier = before.figure.value if before else None
    if before is None or earlier is None:
        return absent(target, before, f"no full-year {year.previous()} observation")
    unlike = clash(actual, earlier)
    if unlike:
        return not_assessable(target, unlike, compared=Comparison(actual=actual))
    return verdict(
        target,
        reading,
        earlier,
        better,
        partial(on_words, noun, before.period, earlier),
        earlier,
        strict=True,
    )

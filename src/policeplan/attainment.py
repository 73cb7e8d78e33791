"""Whether a target was met, judged from the observations of its measure.

:func:`evaluate` returns an :class:`Attainment`: the verdict, the figures it
compared, the margin and one line a person can read. It claims no more than
the figures support: a part-year figure is on or off track but never settles
a target, a milestone is never met from figures, and whatever cannot be
compared is ``NOT_ASSESSABLE`` with the reason.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from . import _validate as v
from .figures import Observation
from .improvement import ProgressFigure
from .periods import FinancialYear, Period
from .quantities import Polarity, Quantity, Unit
from .targets import (
    ChangeTarget,
    Comparator,
    Direction,
    DirectionTarget,
    FromToTarget,
    LevelTarget,
    MilestoneTarget,
    Target,
)

__all__ = [
    "Attainment",
    "AttainmentStatus",
    "Comparison",
    "Margin",
    "evaluate",
    "evaluate_progress",
]

YEAR_DAYS = 365
"""A part-year count is stated pro rata to this many days."""

_TARGET_KINDS = (LevelTarget, ChangeTarget, DirectionTarget, MilestoneTarget, FromToTarget)
_PERCENTAGES = frozenset({Unit.PERCENT, Unit.PERCENT_CHANGE, Unit.PERCENTAGE_POINTS})
_HIGHER, _LOWER, _NEUTRAL = (
    Polarity.HIGHER_IS_BETTER,
    Polarity.LOWER_IS_BETTER,
    Polarity.NEUTRAL,
)
_BOUND = {_HIGHER: "at least", _LOWER: "at most", _NEUTRAL: "exactly"}


class AttainmentStatus(enum.Enum):
    """The verdict on a target; the track verdicts come from part-year figures.

    >>> AttainmentStatus.ON_TRACK.value
    'on-track'
    """

    MET = "met"
    NOT_MET = "not-met"
    ON_TRACK = "on-track"
    OFF_TRACK = "off-track"
    NOT_ASSESSABLE = "not-assessable"


_VERB = {
    AttainmentStatus.MET: "meets",
    AttainmentStatus.NOT_MET: "does not meet",
    AttainmentStatus.ON_TRACK: "is on track for",
    AttainmentStatus.OFF_TRACK: "is off track for",
}


@attrs.frozen(kw_only=True)
class Comparison:
    """The figures a verdict compared: ``actual`` against ``required``, from ``baseline``.

    ``required`` is in the unit of ``actual``; for a change it is the baseline
    moved by the change (a 10% reduction on 52,651 requires at most 47,385.9).

    >>> Comparison(actual=Quantity(58, Unit.COUNT), required=Quantity(44, Unit.COUNT)).baseline
    """

    actual: Quantity | None = None
    required: Quantity | None = None
    baseline: Quantity | None = None


@attrs.frozen
class Margin:
    """How far past (positive) or short of (negative) the requirement.

    Its own class because a :class:`~policeplan.Quantity` of most units cannot
    be negative. The unit is the target's, except that a difference of two
    percentages is in percentage points.

    >>> margin = Margin(Decimal("-6.4"), Unit.PERCENTAGE_POINTS)
    >>> str(margin), str(margin.size)
    ('-6.4 pp', '6.4 pp')
    """

    value: Decimal = attrs.field(converter=v.to_decimal)
    unit: Unit
    per: int | None = attrs.field(default=None, kw_only=True)
    base: str | None = attrs.field(default=None, kw_only=True)
    scale: str | None = attrs.field(default=None, kw_only=True)

    @property
    def size(self) -> Quantity:
        """The margin without its sign, as a quantity."""
        return Quantity(abs(self.value), self.unit, per=self.per, base=self.base, scale=self.scale)

    @property
    def size_text(self) -> str:
        # "1:1.7" would read as a ratio, not as 1.7 on the x of "1:x".
        return f"{abs(self.value):,}" if self.unit is Unit.RATIO else str(self.size)

    def __str__(self) -> str:
        sign = "+" if self.value > 0 else "-" if self.value < 0 else ""
        return f"{sign}{self.size_text}"


@attrs.frozen(kw_only=True)
class Attainment:
    """A verdict on a target, what it compared, and why.

    ``target`` is ``None`` only for a progress figure that states no target.

    >>> from policeplan import Figure
    >>> target = LevelTarget(text="80%", value=Quantity(80, Unit.PERCENT),
    ...                      year=FinancialYear(2002))
    >>> seen = Observation(period=FinancialYear(2002).period(),
    ...                    figure=Figure(text="73.6%", value=Quantity("73.6", Unit.PERCENT)))
    >>> result = evaluate(target, [seen])
    >>> result.status.value, str(result.margin)
    ('not-met', '-6.4 pp')
    >>> result.explanation
    '73.6% in 2002/03 does not meet the 2002/03 target of at least 80% (6.4 pp short)'
    """

    status: AttainmentStatus
    target: Target | None
    compared: Comparison = attrs.Factory(Comparison)
    margin: Margin | None = None
    explanation: str
    reason: str | None = None

    @property
    def assessed(self) -> bool:
        return self.status is not AttainmentStatus.NOT_ASSESSABLE


@attrs.frozen
class _Reading:
    """An actual figure, where it comes from, and how it may be compared."""

    quantity: Quantity
    where: str
    partial: bool = False
    days: int = YEAR_DAYS
    # A progress figure's metric says what the number is ("reduction for burglary").
    named: bool = False

    @classmethod
    def of(cls, observation: Observation, quantity: Quantity) -> _Reading:
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
        shown = str(self.quantity) if self.named else _show(self.quantity)
        text = f"{shown} {self.where}"
        if self.pro_rata:
            whole = attrs.evolve(self.quantity, value=_round(self.comparable, 0))
            return f"{text} (year to date, {self.days} days; {whole} pro rata to {YEAR_DAYS} days)"
        if self.partial and self.quantity.unit is Unit.RATE:
            return f"{text} (year to date; a part-year rate, compared as printed)"
        return f"{text} (year to date)" if self.partial else text


def evaluate(
    target: Target,
    observations: Iterable[Observation],
    *,
    as_of: date | None = None,
    polarity: Polarity | None = None,
) -> Attainment:
    """Judge ``target`` against ``observations`` of its measure.

    The polarity comes from the target unless given. ``as_of`` ignores figures
    for periods ending later and tells whether a milestone is due. Raises
    :class:`TypeError` only when ``target`` is not a target.

    >>> from policeplan import Figure
    >>> target = ChangeTarget(text="10% reduction", direction=Direction.REDUCE,
    ...                       amount=Quantity(10, Unit.PERCENT_CHANGE),
    ...                       baseline=FinancialYear(2002).period(), year=FinancialYear(2003))
    >>> so_far = Observation(
    ...     period=Period(start=date(2003, 4, 1), end=date(2003, 12, 31),
    ...                   label="Apr – Dec 2003", year_to_date=True),
    ...     figure=Figure(text="34,377", value=Quantity(34377, Unit.COUNT)))
    >>> evaluate(target, [so_far]).reason
    'no 2002/03 baseline observation'
    >>> full_year = Observation(period=FinancialYear(2002).period(),
    ...                         figure=Figure(text="52,651", value=Quantity(52651, Unit.COUNT)))
    >>> result = evaluate(target, [full_year, so_far])
    >>> result.status.value, str(result.compared.required), str(result.margin)
    ('on-track', '47,385.9', '+3.3 pp')
    >>> print(result.explanation)  # doctest: +NORMALIZE_WHITESPACE
    34,377 in Apr – Dec 2003 (year to date, 275 days; 45,628 pro rata to 365 days)
    is on track for a 10% reduction on 2002/03's 52,651, at most 47,385.9 (3.3 pp ahead)
    """
    if not isinstance(target, _TARGET_KINDS):
        raise TypeError(f"expected a target, got {type(target).__name__}")
    known = tuple(o for o in observations if as_of is None or o.period.end <= as_of)
    better = polarity or _polarity_of(target)
    if isinstance(target, MilestoneTarget):
        return _milestone(target, as_of)
    if isinstance(target, ChangeTarget):
        return _change(target, known, better)
    if isinstance(target, DirectionTarget):
        return _direction(target, known, better)
    year = target.year or (
        FinancialYear.containing(target.deadline.date) if target.deadline else None
    )
    if isinstance(target, FromToTarget):
        requirement = f"the move from {target.start} to {_BOUND[better]} {target.end}"
        if target.deadline:
            requirement += f" {_by(target.deadline.text)}"
        return _level(target, known, better, target.end, year, requirement, target.start)
    for_year = f" {year}" if year else ""
    requirement = f"the{for_year} target of {_BOUND[better]} {target.value}"
    return _level(target, known, better, target.value, year, requirement)


def evaluate_progress(figure: ProgressFigure) -> Attainment:
    """Judge a progress figure as a level target: at least its stated target.

    Reductions and detection rates are stated so that more is better.

    >>> figure = ProgressFigure(metric="MPS reduction for burglary", text="8.1% against 6.3%",
    ...                         actual=Quantity("8.1", Unit.PERCENT_CHANGE),
    ...                         target=Quantity("6.3", Unit.PERCENT_CHANGE))
    >>> result = evaluate_progress(figure)
    >>> result.status.value, str(result.margin)
    ('met', '+1.8 pp')
    """
    if figure.target is None:
        return _not_assessable(None, "no target stated", f'"{figure.text}" states no target')
    target = LevelTarget(text=figure.text, value=figure.target)
    if figure.actual is None:
        return _not_assessable(target, "no actual figure stated")
    clash = _clash(figure.actual, figure.target)
    if clash:
        return _not_assessable(target, clash)
    where = f"at {figure.as_of.day} {figure.as_of:%B %Y}" if figure.as_of else "as reported"
    reading = _Reading(figure.actual, where, named=True)
    result = _verdict(
        target, reading, figure.target, _HIGHER, f"the target of at least {figure.target}"
    )
    return attrs.evolve(result, explanation=f"{figure.metric}: {result.explanation}")


def _polarity_of(target: Target) -> Polarity:
    if isinstance(target, LevelTarget):
        return {Comparator.AT_LEAST: _HIGHER, Comparator.AT_MOST: _LOWER}.get(
            target.comparator, _NEUTRAL
        )
    if isinstance(target, ChangeTarget | DirectionTarget):
        return _LOWER if target.direction is Direction.REDUCE else _HIGHER
    if isinstance(target, FromToTarget) and target.end.value != target.start.value:
        return _HIGHER if target.end.value > target.start.value else _LOWER
    return _NEUTRAL


def _milestone(target: MilestoneTarget, as_of: date | None) -> Attainment:
    deadline = target.deadline
    if deadline and as_of and as_of <= deadline.date:
        return _not_assessable(target, "milestone not yet due", f"due {deadline}, as of {as_of}")
    # Figures never show that something was delivered, so a milestone is never met here.
    return _not_assessable(target, "no evidence of delivery")


def _level(
    target: Target,
    observations: tuple[Observation, ...],
    better: Polarity,
    required: Quantity,
    year: FinancialYear | None,
    requirement: str,
    baseline: Quantity | None = None,
) -> Attainment:
    seen = _pick(observations, year)
    if seen is None or seen.value is None:
        return _absent(target, seen, f"no {year} observation" if year else "no observation")
    clash = _clash(seen.value, required)
    if clash:
        return _not_assessable(target, clash, compared=Comparison(actual=seen.value))
    return _verdict(target, _Reading.of(seen, seen.value), required, better, requirement, baseline)


def _change(
    target: ChangeTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment:
    if target.baseline is None:
        return _not_assessable(target, "the target names no baseline period")
    label = target.baseline.label or str(target.baseline)
    after = None if target.year else target.baseline.end
    seen = _pick(observations, target.year, after=after)
    if seen is None or seen.value is None:
        return _absent(target, seen, f"no {target.year or 'later'} observation")
    amount, actual = target.amount, seen.value
    signed = -amount.value if target.direction is Direction.REDUCE else amount.value
    phrase = _change_phrase(target, better)
    if actual.unit is Unit.PERCENT_CHANGE:
        return _stated_change(target, seen, actual, signed, better, f"{phrase} on {label}")
    start = _baseline(observations, target.baseline)
    if start is None or start.value is None:
        return _absent(target, start, f"no {label} baseline observation")
    base = start.value
    clash = _clash(actual, base)
    if amount.unit is Unit.PERCENTAGE_POINTS and base.unit not in _PERCENTAGES:
        clash = f"a change in percentage points needs percentages, not {_unit_name(base)}"
    elif amount.unit not in _PERCENTAGES:
        clash = clash or _clash(amount, base)
    if clash:
        return _not_assessable(target, clash, compared=Comparison(actual=actual, baseline=base))
    relative = amount.unit in (Unit.PERCENT, Unit.PERCENT_CHANGE)
    required_value = base.value * (1 + signed / 100) if relative else base.value + signed
    if required_value < 0 and not base.unit.signed:
        return _not_assessable(target, f"the change would take {base} below zero")
    required = attrs.evolve(base, value=required_value)
    requirement = f"{phrase} on {label}'s {base}, {_BOUND[better]} {required}"
    per_cent_of = abs(base.value) if relative and base.value else None
    reading = _Reading.of(seen, actual)
    return _verdict(target, reading, required, better, requirement, base, per_cent_of)


def _stated_change(
    target: ChangeTarget,
    seen: Observation,
    actual: Quantity,
    signed: Decimal,
    better: Polarity,
    requirement: str,
) -> Attainment:
    # A figure such as "-17.6%" already states the change on the previous year; it
    # answers a per cent target only when that previous year is the target's baseline.
    if target.amount.unit not in (Unit.PERCENT, Unit.PERCENT_CHANGE):
        reason = f"units differ: a per cent change against {_unit_name(target.amount)}"
        return _not_assessable(target, reason, compared=Comparison(actual=actual))
    year = seen.period.financial_year
    baseline = target.baseline
    if year is None or baseline is None or not _same_span(year.previous().period(), baseline):
        reason = f"the {seen.period} change is not on {target.baseline}"
        return _not_assessable(target, reason, compared=Comparison(actual=actual))
    required = Quantity(signed, Unit.PERCENT_CHANGE)
    return _verdict(target, _Reading.of(seen, actual), required, better, requirement)


def _direction(
    target: DirectionTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment:
    seen = _pick(observations, target.year)
    if seen is None or seen.value is None:
        return _absent(
            target, seen, f"no {target.year} observation" if target.year else "no observation"
        )
    noun = {_HIGHER: "an increase", _LOWER: "a reduction", _NEUTRAL: "no change"}[better]
    reading = _Reading.of(seen, seen.value)
    if seen.value.unit is Unit.PERCENT_CHANGE:
        zero = Quantity(0, Unit.PERCENT_CHANGE)
        return _verdict(target, reading, zero, better, f"{noun} on the year before", strict=True)
    year = target.year or seen.period.financial_year
    if year is None:
        return _not_assessable(target, f"{seen.period} spans two financial years")
    before = _pick(observations, year.previous(), full_year=True)
    if before is None or before.value is None:
        return _absent(target, before, f"no full-year {year.previous()} observation")
    clash = _clash(seen.value, before.value)
    if clash:
        return _not_assessable(target, clash, compared=Comparison(actual=seen.value))
    requirement = f"{noun} on {before.period}'s {before.value}"
    return _verdict(target, reading, before.value, better, requirement, before.value, strict=True)


def _verdict(
    target: Target,
    reading: _Reading,
    required: Quantity,
    better: Polarity,
    requirement: str,
    baseline: Quantity | None = None,
    per_cent_of: Decimal | None = None,
    *,
    strict: bool = False,
) -> Attainment:
    difference = reading.comparable - required.value
    if better is _NEUTRAL:
        score, success = -abs(difference), difference == 0
    else:
        score = difference if better is _HIGHER else -difference
        success = score > 0 if strict else score >= 0
    if reading.partial:
        status = AttainmentStatus.ON_TRACK if success else AttainmentStatus.OFF_TRACK
    else:
        status = AttainmentStatus.MET if success else AttainmentStatus.NOT_MET
    margin = _margin(score, reading, per_cent_of)
    explanation = f"{reading} {_VERB[status]} {requirement} ({_margin_words(margin, better)})"
    compared = Comparison(actual=reading.quantity, required=required, baseline=baseline)
    return Attainment(
        status=status, target=target, compared=compared, margin=margin, explanation=explanation
    )


def _margin(score: Decimal, reading: _Reading, per_cent_of: Decimal | None) -> Margin:
    actual = reading.quantity
    if per_cent_of is not None:
        # The gap between the change achieved and the change required, in points.
        return Margin(_round(score * 100 / per_cent_of, 1), Unit.PERCENTAGE_POINTS)
    if actual.unit in _PERCENTAGES:
        return Margin(score, Unit.PERCENTAGE_POINTS)
    value = _round(score, 0) if reading.pro_rata else score
    return Margin(value, actual.unit, per=actual.per, base=actual.base, scale=actual.scale)


def _margin_words(margin: Margin, better: Polarity) -> str:
    if margin.value == 0:
        return "exactly on the mark"
    if margin.value > 0:
        return f"{margin.size_text} ahead"
    return f"{margin.size_text} {'away' if better is _NEUTRAL else 'short'}"


def _not_assessable(
    target: Target | None,
    reason: str,
    detail: str | None = None,
    *,
    compared: Comparison | None = None,
) -> Attainment:
    subject = f'"{target.text}"' if target else "this figure"
    explanation = f"cannot judge {subject}: {reason}" + (f" ({detail})" if detail else "")
    return Attainment(
        status=AttainmentStatus.NOT_ASSESSABLE,
        target=target,
        compared=compared or Comparison(),
        explanation=explanation,
        reason=reason,
    )


def _absent(target: Target, seen: Observation | None, nothing: str) -> Attainment:
    """No observation at all, or one whose figure is missing (the reason is the source's mark)."""
    if seen is None or seen.figure.missing is None:
        return _not_assessable(target, nothing)
    detail = f'the {seen.period} figure is "{seen.figure.text}"'
    return _not_assessable(target, seen.figure.missing.value, detail)


def _pick(
    observations: tuple[Observation, ...],
    year: FinancialYear | None,
    *,
    full_year: bool = False,
    after: date | None = None,
) -> Observation | None:
    """The latest observation for ``year``, preferring one with a value."""
    candidates = [
        o
        for o in observations
        if (year is None or o.period.financial_year == year)
        and not (full_year and o.year_to_date)
        and (after is None or o.period.start > after)
    ]
    return max(
        candidates, key=lambda o: (o.value is not None, o.period.end, o.period.days), default=None
    )


def _baseline(observations: tuple[Observation, ...], baseline: Period) -> Observation | None:
    candidates = [
        o
        for o in observations
        if not o.year_to_date and baseline.start <= o.period.start and o.period.end <= baseline.end
    ]
    return max(
        candidates, key=lambda o: (o.value is not None, o.period.days, o.period.end), default=None
    )


def _same_span(one: Period, other: Period) -> bool:
    return (one.start, one.end) == (other.start, other.end)


def _clash(actual: Quantity, required: Quantity) -> str | None:
    if (actual.unit, actual.per, actual.base, actual.scale) == (
        required.unit,
        required.per,
        required.base,
        required.scale,
    ):
        return None
    return f"units differ: {_unit_name(actual)} against {_unit_name(required)}"


def _unit_name(quantity: Quantity) -> str:
    if quantity.unit is Unit.RATE:
        return f"a rate per {quantity.per:,} {quantity.base}"
    scale = f" ({quantity.scale})" if quantity.scale else ""
    return f"{quantity.unit.value}{scale}"


def _change_phrase(target: ChangeTarget, better: Polarity) -> str:
    reduce = target.direction is Direction.REDUCE
    if better is (_LOWER if reduce else _HIGHER):
        also = f" ({target.equivalent_amount})" if target.equivalent_amount else ""
        return f"a {target.amount}{also} {'reduction' if reduce else 'increase'}"
    # The direction says one thing and the polarity another ("0% growth" as a cap).
    signed = -target.amount.value if reduce else target.amount.value
    size = attrs.evolve(target.amount, value=abs(signed))
    return f"a change of {_BOUND[better]} {'-' if signed < 0 else '+'}{size}"


def _by(deadline: str) -> str:
    return deadline if deadline.lower().startswith("by ") else f"by {deadline}"


def _show(quantity: Quantity) -> str:
    if quantity.unit is Unit.PERCENT_CHANGE:
        return f"a change of {'+' if quantity.value >= 0 else ''}{quantity}"
    return str(quantity)


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places))

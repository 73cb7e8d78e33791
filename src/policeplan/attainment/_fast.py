"""The verdicts that compare figures, computed without the rules' overheads.

The rules in ``_rules`` read well but spend most of a verdict on objects: a
`Reading`, a `Quantity` rebuilt through its validators, a `Margin` and a
`Comparison` through their converters, and a writer for each part of the
words. Judging a whole corpus wants less, so each function here follows its
rule step by step with plain Decimals and dates, and builds only what the
result holds: the `Attainment`, its `Comparison` and `Margin`, the required
`Quantity` when one is computed, and one `_Words` that writes the explanation
with the rules' own word functions when it is read.

The objects are built without running validators and converters again: every
value is either taken from a validated model object or computed as the rule
computes it and checked as its validator would check it. Each function returns
``None`` where the rule's verdict is not a comparison (nothing to compare,
units that differ, a target without a baseline) or where the rule would raise;
`evaluate` then asks the rule itself, which says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple, cast

from .._codegen import plain_slots
from ..figures import Observation
from ..periods import FinancialYear
from ..quantities import Polarity, Quantity, Unit
from ..targets import ChangeTarget, Direction, DirectionTarget, FromToTarget, LevelTarget, Target
from ._readings import PERCENTAGES as _PERCENTAGES
from ._readings import YEAR_DAYS, Reading
from ._readings import round_margin as _round_margin
from ._result import Attainment, AttainmentStatus, Comparison, Margin
from ._rules import year_of
from ._words import HIGHER, LOWER, NEUTRAL, change_on_words, level_words, move_words, on_words
from ._words import verdict_words as _verdict_words

__all__ = ["change", "direction", "from_to", "level"]

Verdict = Callable[[Any, tuple[Observation, ...], Polarity], "Attainment | None"]
"""A fast rule: the verdict, or ``None`` to leave the target to the rule it follows."""

_COUNT, _PERCENT, _PERCENT_CHANGE = Unit.COUNT, Unit.PERCENT, Unit.PERCENT_CHANGE
_POINTS = Unit.PERCENTAGE_POINTS
_REDUCE = Direction.REDUCE
_MET, _NOT_MET = AttainmentStatus.MET, AttainmentStatus.NOT_MET
_ON_TRACK, _OFF_TRACK = AttainmentStatus.ON_TRACK, AttainmentStatus.OFF_TRACK
_EARLIEST, _LATEST, _NO_TIME = date.min, date.max, timedelta(0)
# The rules' int operands as Decimals, which spares converting them in each operation:
# Decimal arithmetic converts an int exactly, so the results are the same.
_ZERO, _ONE, _HUNDRED, _YEAR_DAYS = Decimal(0), Decimal(1), Decimal(100), Decimal(YEAR_DAYS)
_NOUN = {HIGHER: "an increase", LOWER: "a reduction", NEUTRAL: "no change"}

# -- building results ------------------------------------------------------------------------


def _setters(cls: type, *names: str) -> tuple[Callable[[object, object], None], ...]:
    return tuple(cls.__dict__[name].__set__ for name in names)


if all(map(plain_slots, (Quantity, Margin, Comparison, Attainment))):
    _new = object.__new__
    _Q_VALUE, _Q_UNIT, _Q_PER, _Q_BASE, _Q_SCALE = _setters(
        Quantity, "value", "unit", "per", "base", "scale"
    )
    _M_VALUE, _M_UNIT, _M_PER, _M_BASE, _M_SCALE = _setters(
        Margin, "value", "unit", "per", "base", "scale"
    )
    _C_ACTUAL, _C_REQUIRED, _C_BASELINE = _setters(Comparison, "actual", "required", "baseline")
    _A_STATUS, _A_TARGET, _A_COMPARED, _A_MARGIN, _A_REASON, _A_WORDS = _setters(
        Attainment, "status", "target", "compared", "margin", "reason", "_words"
    )

    def _quantity(
        value: Decimal, unit: Unit, per: int | None, base: str | None, scale: str | None
    ) -> Quantity:
        made: Quantity = _new(Quantity)
        _Q_VALUE(made, value)
        _Q_UNIT(made, unit)
        _Q_PER(made, per)
        _Q_BASE(made, base)
        _Q_SCALE(made, scale)
        return made

    def _margin(
        value: Decimal, unit: Unit, per: int | None, base: str | None, scale: str | None
    ) -> Margin:
        made: Margin = _new(Margin)
        _M_VALUE(made, value)
        _M_UNIT(made, unit)
        _M_PER(made, per)
        _M_BASE(made, base)
        _M_SCALE(made, scale)
        return made

    def _comparison(actual: Quantity, required: Quantity, baseline: Quantity | None) -> Comparison:
        made: Comparison = _new(Comparison)
        _C_ACTUAL(made, actual)
        _C_REQUIRED(made, required)
        _C_BASELINE(made, baseline)
        return made

    def _attainment(
        status: AttainmentStatus,
        target: Target,
        compared: Comparison,
        margin: Margin,
        words: Callable[[], str],
    ) -> Attainment:
        made: Attainment = _new(Attainment)
        _A_STATUS(made, status)
        _A_TARGET(made, target)
        _A_COMPARED(made, compared)
        _A_MARGIN(made, margin)
        _A_REASON(made, None)
        _A_WORDS(made, words)
        return made

else:  # pragma: no cover - an attrs that lays out or checks fields otherwise: build as usual

    def _quantity(
        value: Decimal, unit: Unit, per: int | None, base: str | None, scale: str | None
    ) -> Quantity:
        return Quantity(value, unit, per=per, base=base, scale=scale)

    def _margin(
        value: Decimal, unit: Unit, per: int | None, base: str | None, scale: str | None
    ) -> Margin:
        return Margin(value, unit, per=per, base=base, scale=scale)

    def _comparison(actual: Quantity, required: Quantity, baseline: Quantity | None) -> Comparison:
        return Comparison(actual=actual, required=required, baseline=baseline)

    def _attainment(
        status: AttainmentStatus,
        target: Target,
        compared: Comparison,
        margin: Margin,
        words: Callable[[], str],
    ) -> Attainment:
        return Attainment(
            status=status, target=target, compared=compared, margin=margin, explanation=words
        )


_ZERO_CHANGE = Quantity(0, Unit.PERCENT_CHANGE)
"""What a stated change must pass for a direction target; one object serves every verdict."""


class _Words(NamedTuple):
    """An explanation, written when read, in the words the rules would have bound.

    One object in place of the rules' `Reading` and two `functools.partial`
    writers: it keeps the verdict's parts and how to word its requirement.
    Made with ``tuple.__new__``, which spares the generated ``__new__``.
    """

    requirement: Callable[[_Words], str]
    target: Any
    better: Polarity
    seen: Observation
    compared: Comparison
    margin: Margin
    status: AttainmentStatus
    before: Observation | None

    def __call__(self) -> str:
        actual = self.compared.actual
        assert actual is not None  # every verdict compares an actual figure
        reading = Reading.of(self.seen, actual)
        requirement = partial(self.requirement, self)
        return _verdict_words(reading, self.status, requirement, self.margin, self.better)


# Typed as what it makes, a writer: mypy does not see the ``__call__`` of a named tuple.
_words = cast("Callable[[type[_Words], tuple[Any, ...]], Callable[[], str]]", tuple.__new__)


# The requirement as each rule words it (``_rules``: the ``partial`` handed to ``verdict``).


def _level_words(words: _Words) -> str:
    return level_words(words.target, year_of(words.target), words.better)


def _move_words(words: _Words) -> str:
    return move_words(words.target, words.better)


def _label(target: ChangeTarget) -> str:
    period = target.baseline
    assert period is not None  # a change without a baseline is not compared
    return period.label or str(period)


def _change_on_words(words: _Words) -> str:
    target, compared = words.target, words.compared
    label = _label(target)
    return change_on_words(target, words.better, label, compared.baseline, compared.required)


def _stated_change_words(words: _Words) -> str:
    return change_on_words(words.target, words.better, _label(words.target))


def _on_words(words: _Words) -> str:
    return on_words(_NOUN[words.better])


def _on_earlier_words(words: _Words) -> str:
    before = words.before
    assert before is not None  # set by the only rule that words it so
    return on_words(_NOUN[words.better], before.period, words.compared.baseline)


# -- choosing observations (``_readings.pick`` and ``baseline_of``) ---------------------------

_BOUNDS: dict[int, tuple[date, date]] = {}


def _bounds(year: FinancialYear) -> tuple[date, date]:
    """The first and last day of ``year``, made once per year rather than once per verdict."""
    if type(year) is not FinancialYear:
        return year.start, year.end
    bounds = _BOUNDS.get(year.start_year)
    if bounds is None:
        bounds = _BOUNDS[year.start_year] = (year.start, year.end)
    return bounds


def _latest(
    observations: tuple[Observation, ...], first: date, last: date, full_year: bool = False
) -> Observation | None:
    """`pick` without ``after``: its key ``(has a value, end, length)`` a part at a time.

    At equal ends the longer period is the one that starts earlier.
    """
    best = None
    best_has = False
    best_start = best_end = _EARLIEST
    for observation in observations:
        period = observation.period
        start = period.start
        end = period.end
        if start < first or end > last:
            continue
        if full_year and period.year_to_date:
            continue
        has = observation.figure.value is not None
        if (
            best is None
            or (has and not best_has)
            or (has is best_has and (end > best_end or (end == best_end and start < best_start)))
        ):
            best, best_has, best_start, best_end = observation, has, start, end
    return best


def _latest_and_fullest(
    observations: tuple[Observation, ...],
    first: date,
    last: date,
    after: date | None,
    base_first: date,
    base_last: date,
) -> tuple[Observation | None, Observation | None]:
    """`pick` and `baseline_of`, a change target's two choices, in one pass.

    Each key is compared a part at a time: ``(has a value, end, length)`` for
    the latest observation, ``(has a value, length, end)`` for the baseline's.
    """
    seen = base = None
    seen_has = base_has = False
    seen_start = seen_end = base_end = _EARLIEST
    base_length = _NO_TIME
    for observation in observations:
        period = observation.period
        start = period.start
        end = period.end
        if not (start < first or end > last or (after and start <= after)):
            has = observation.figure.value is not None
            if (
                seen is None
                or (has and not seen_has)
                or (
                    has is seen_has
                    and (end > seen_end or (end == seen_end and start < seen_start))
                )
            ):
                seen, seen_has, seen_start, seen_end = observation, has, start, end
        if not (period.year_to_date or start < base_first or end > base_last):
            has = observation.figure.value is not None
            length = end - start
            if (
                base is None
                or (has and not base_has)
                or (
                    has is base_has
                    and (length > base_length or (length == base_length and end > base_end))
                )
            ):
                base, base_has, base_length, base_end = observation, has, length, end
    return seen, base


def _alike(actual: Quantity, required: Quantity) -> bool:
    """Whether `clash` finds nothing: the same unit, rate base and scale."""
    return (
        actual.unit is required.unit
        and actual.per == required.per
        and actual.base == required.base
        and actual.scale == required.scale
    )


# -- the verdict (``_verdict.verdict`` and ``margin_of``) -------------------------------------


def _judge(
    target: Target,
    seen: Observation,
    actual: Quantity,
    required: Quantity,
    better: Polarity,
    baseline: Quantity | None,
    per_cent_of: Decimal | None,
    strict: bool,
    requirement: Callable[[_Words], str],
    before: Observation | None = None,
) -> Attainment | None:
    period = seen.period
    part_year = period.year_to_date
    unit = actual.unit
    value = actual.value
    if part_year is False:
        pro_rata = False
    elif part_year is True:
        pro_rata = unit is _COUNT
        if pro_rata:
            value = value * _YEAR_DAYS / ((period.end - period.start).days + 1)
    else:
        return None  # not a bool: the rule's table of statuses has no entry for it
    difference = value - required.value
    if better is NEUTRAL:
        score, success = -abs(difference), difference == _ZERO
    else:
        score = difference if better is HIGHER else -difference
        success = score > _ZERO if strict else score >= _ZERO
    if part_year:  # noqa: SIM108 - two lines read better than a nested conditional
        status = _ON_TRACK if success else _OFF_TRACK
    else:
        status = _MET if success else _NOT_MET
    if per_cent_of is not None:
        size = _round_margin(score * _HUNDRED / per_cent_of, 1)
        margin = _margin(size, _POINTS, None, None, None)
    elif unit is _PERCENT or unit is _PERCENT_CHANGE or unit is _POINTS:
        size = score
        margin = _margin(size, _POINTS, None, None, None)
    else:
        size = _round_margin(score, 0) if pro_rata else score
        margin = _margin(size, unit, actual.per, actual.base, actual.scale)
    if not size.is_finite():
        return None  # the rule's `Margin` refuses it
    compared = _comparison(actual, required, baseline)
    words = _words(_Words, (requirement, target, better, seen, compared, margin, status, before))
    return _attainment(status, target, compared, margin, words)


# -- the rules ----------------------------------------------------------------------------------


def _level(
    target: LevelTarget | FromToTarget,
    observations: tuple[Observation, ...],
    better: Polarity,
    required: Quantity,
    year: FinancialYear | None,
    requirement: Callable[[_Words], str],
    baseline: Quantity | None,
) -> Attainment | None:
    first, last = _bounds(year) if year else (_EARLIEST, _LATEST)
    seen = _latest(observations, first, last)
    if seen is None:
        return None
    actual = seen.figure.value
    if actual is None or not _alike(actual, required):
        return None
    return _judge(target, seen, actual, required, better, baseline, None, False, requirement)


def level(
    target: LevelTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment | None:
    """`_rules.level` for a level target."""
    return _level(target, observations, better, target.value, year_of(target), _level_words, None)


def from_to(
    target: FromToTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment | None:
    """`_rules.level` for a move from one level to another."""
    year = year_of(target)
    return _level(target, observations, better, target.end, year, _move_words, target.start)


def change(
    target: ChangeTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment | None:
    """`_rules.change`, and `_rules.stated_change` for a figure that states the change."""
    period = target.baseline
    if period is None:
        return None
    year = target.year
    if year:
        first, last = _bounds(year)
        after = None
    else:
        first, last, after = _EARLIEST, _LATEST, period.end
    seen, start = _latest_and_fullest(observations, first, last, after, period.start, period.end)
    if seen is None:
        return None
    actual = seen.figure.value
    if actual is None:
        return None
    amount = target.amount
    signed = -amount.value if target.direction is _REDUCE else amount.value
    unit = actual.unit
    if unit is _PERCENT_CHANGE:
        return _stated_change(target, seen, actual, signed, better)
    if start is None:
        return None
    base = start.figure.value
    if base is None:
        return None
    per, of, scale = base.per, base.base, base.scale
    if unit is not base.unit or actual.per != per or actual.base != of or actual.scale != scale:
        return None  # `_alike(actual, base)`, written out on the busiest path
    by = amount.unit
    if by is _POINTS:
        if unit not in _PERCENTAGES:
            return None
    elif by is not _PERCENT and by is not _PERCENT_CHANGE and not _alike(amount, base):
        return None
    relative = by is _PERCENT or by is _PERCENT_CHANGE
    was = base.value
    value = was * (_ONE + signed / _HUNDRED) if relative else was + signed
    if (value < _ZERO and not unit.signed) or not value.is_finite():
        return None
    required = _quantity(value, unit, per, of, scale)
    per_cent_of = abs(was) if relative and was else None
    words = _change_on_words
    return _judge(target, seen, actual, required, better, base, per_cent_of, False, words)


def _stated_change(
    target: ChangeTarget, seen: Observation, actual: Quantity, signed: Decimal, better: Polarity
) -> Attainment | None:
    by = target.amount.unit
    if by is not _PERCENT and by is not _PERCENT_CHANGE:
        return None
    year = seen.period.financial_year
    baseline = target.baseline
    if year is None or baseline is None or baseline.whole_financial_year != year.previous():
        return None
    required = _quantity(signed, _PERCENT_CHANGE, None, None, None)
    return _judge(target, seen, actual, required, better, None, None, False, _stated_change_words)


def direction(
    target: DirectionTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment | None:
    """`_rules.direction`: a stated change past zero, or a move past the year before."""
    if better is not HIGHER and better is not LOWER and better is not NEUTRAL:
        return None  # the rule finds no noun for it
    year = target.year
    first, last = _bounds(year) if year else (_EARLIEST, _LATEST)
    seen = _latest(observations, first, last)
    if seen is None:
        return None
    actual = seen.figure.value
    if actual is None:
        return None
    if actual.unit is _PERCENT_CHANGE:
        return _judge(target, seen, actual, _ZERO_CHANGE, better, None, None, True, _on_words)
    year = year or seen.period.financial_year
    if year is None:
        return None
    first, last = _bounds(year.previous())
    before = _latest(observations, first, last, full_year=True)
    if before is None:
        return None
    earlier = before.figure.value
    if earlier is None or not _alike(actual, earlier):
        return None
    return _judge(
        target, seen, actual, earlier, better, earlier, None, True, _on_earlier_words, before
    )

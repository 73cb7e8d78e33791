"""The rules: each kind of target against the observations of its measure.

Each rule picks the observation that answers the target, works out the
figure required and hands both to :func:`_verdict`. Words are written only
when an explanation is read: a verdict keeps a writer (a module function and
its arguments, bound with :func:`functools.partial`) rather than the text, so
judging thousands of targets costs figures, not formatting, and leaves few
objects behind for the garbage collector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from functools import partial

from ..figures import Observation
from ..improvement import ProgressFigure
from ..periods import FinancialYear, Period
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
from ._readings import (
    PERCENTAGES,
    Reading,
    baseline_of,
    clash,
    pick,
    round_to,
    same_span,
    unit_name,
)
from ._result import NOTHING_COMPARED, Attainment, AttainmentStatus, Comparison, Margin

__all__ = ["evaluate", "evaluate_progress"]

Words = Callable[[], str]

_TARGET_KINDS = (LevelTarget, ChangeTarget, DirectionTarget, MilestoneTarget, FromToTarget)
_HIGHER, _LOWER, _NEUTRAL = (
    Polarity.HIGHER_IS_BETTER,
    Polarity.LOWER_IS_BETTER,
    Polarity.NEUTRAL,
)
_POLARITY = {
    Comparator.AT_LEAST: _HIGHER,
    Comparator.AT_MOST: _LOWER,
    Comparator.EXACTLY: _NEUTRAL,
}
_BOUND = {_HIGHER: "at least", _LOWER: "at most", _NEUTRAL: "exactly"}
_RELATIVE = (Unit.PERCENT, Unit.PERCENT_CHANGE)
_STATUS = {
    # (part-year figure, success) → status
    (False, True): AttainmentStatus.MET,
    (False, False): AttainmentStatus.NOT_MET,
    (True, True): AttainmentStatus.ON_TRACK,
    (True, False): AttainmentStatus.OFF_TRACK,
}
_VERB = {
    AttainmentStatus.MET: "meets",
    AttainmentStatus.NOT_MET: "does not meet",
    AttainmentStatus.ON_TRACK: "is on track for",
    AttainmentStatus.OFF_TRACK: "is off track for",
}


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

    >>> from policeplan import Figure, FinancialYear, Period
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
    if as_of is None:
        known = observations if isinstance(observations, tuple) else tuple(observations)
    else:
        known = tuple(o for o in observations if o.period.end <= as_of)
    better = polarity or _polarity_of(target)
    if isinstance(target, ChangeTarget):
        return _change(target, known, better)
    if isinstance(target, LevelTarget):
        year = _year_of(target)
        words = partial(_level_words, target, year, better)
        return _level(target, known, better, target.value, year, words)
    if isinstance(target, MilestoneTarget):
        return _milestone(target, as_of)
    if isinstance(target, DirectionTarget):
        return _direction(target, known, better)
    words = partial(_move_words, target, better)
    return _level(target, known, better, target.end, _year_of(target), words, target.start)


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
    required = figure.target
    target = LevelTarget(text=figure.text, value=required)
    if figure.actual is None:
        return _not_assessable(target, "no actual figure stated")
    unlike = clash(figure.actual, required)
    if unlike:
        return _not_assessable(target, unlike)
    where = f"at {figure.as_of.day} {figure.as_of:%B %Y}" if figure.as_of else "as reported"
    reading = Reading(figure.actual, where, named=True)
    result = _verdict(target, reading, required, _HIGHER, partial(_at_least, required))
    return Attainment(
        status=result.status,
        target=target,
        compared=result.compared,
        margin=result.margin,
        explanation=partial(_progress_words, figure.metric, result),
    )


def _polarity_of(target: Target) -> Polarity:
    if isinstance(target, LevelTarget | ChangeTarget):
        return _POLARITY[target.comparator]
    if isinstance(target, DirectionTarget):
        return _LOWER if target.direction is Direction.REDUCE else _HIGHER
    if isinstance(target, FromToTarget) and target.end.value != target.start.value:
        return _HIGHER if target.end.value > target.start.value else _LOWER
    return _NEUTRAL


def _year_of(target: LevelTarget | FromToTarget) -> FinancialYear | None:
    if target.year or target.deadline is None:
        return target.year
    return FinancialYear.containing(target.deadline.date)


# -- the rules, one per kind -----------------------------------------------------------


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
    requirement: Words,
    baseline: Quantity | None = None,
) -> Attainment:
    seen = pick(observations, year)
    actual = seen.figure.value if seen else None
    if seen is None or actual is None:
        return _absent(target, seen, f"no {year} observation" if year else "no observation")
    unlike = clash(actual, required)
    if unlike:
        return _not_assessable(target, unlike, compared=Comparison(actual=actual))
    return _verdict(target, Reading.of(seen, actual), required, better, requirement, baseline)


def _change(
    target: ChangeTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment:
    period = target.baseline
    if period is None:
        return _not_assessable(target, "the target names no baseline period")
    label = period.label or str(period)
    seen = pick(observations, target.year, after=None if target.year else period.end)
    actual = seen.figure.value if seen else None
    if seen is None or actual is None:
        return _absent(target, seen, f"no {target.year or 'later'} observation")
    amount = target.amount
    signed = -amount.value if target.direction is Direction.REDUCE else amount.value
    if actual.unit is Unit.PERCENT_CHANGE:
        return _stated_change(target, seen, actual, signed, better, label)
    start = baseline_of(observations, period)
    base = start.figure.value if start else None
    if start is None or base is None:
        return _absent(target, start, f"no {label} baseline observation")
    unlike = clash(actual, base)
    if amount.unit is Unit.PERCENTAGE_POINTS and base.unit not in PERCENTAGES:
        unlike = f"a change in percentage points needs percentages, not {unit_name(base)}"
    elif amount.unit not in PERCENTAGES:
        unlike = unlike or clash(amount, base)
    if unlike:
        return _not_assessable(target, unlike, compared=Comparison(actual=actual, baseline=base))
    relative = amount.unit in _RELATIVE
    value = base.value * (1 + signed / 100) if relative else base.value + signed
    if value < 0 and not base.unit.signed:
        return _not_assessable(target, f"the change would take {base} below zero")
    required = Quantity(value, base.unit, per=base.per, base=base.base, scale=base.scale)
    requirement = partial(_change_on_words, target, better, label, base, required)
    per_cent_of = abs(base.value) if relative and base.value else None
    reading = Reading.of(seen, actual)
    return _verdict(target, reading, required, better, requirement, base, per_cent_of)


def _stated_change(
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
        return _not_assessable(target, reason, compared=Comparison(actual=actual))
    year = seen.period.financial_year
    baseline = target.baseline
    if year is None or baseline is None or not same_span(year.previous().period(), baseline):
        reason = f"the {seen.period} change is not on {target.baseline}"
        return _not_assessable(target, reason, compared=Comparison(actual=actual))
    required = Quantity(signed, Unit.PERCENT_CHANGE)
    return _verdict(
        target,
        Reading.of(seen, actual),
        required,
        better,
        partial(_change_on_words, target, better, label),
    )


def _direction(
    target: DirectionTarget, observations: tuple[Observation, ...], better: Polarity
) -> Attainment:
    seen = pick(observations, target.year)
    actual = seen.figure.value if seen else None
    if seen is None or actual is None:
        return _absent(
            target, seen, f"no {target.year} observation" if target.year else "no observation"
        )
    noun = {_HIGHER: "an increase", _LOWER: "a reduction", _NEUTRAL: "no change"}[better]
    reading = Reading.of(seen, actual)
    if actual.unit is Unit.PERCENT_CHANGE:
        zero = Quantity(0, Unit.PERCENT_CHANGE)
        return _verdict(target, reading, zero, better, partial(_on_words, noun), strict=True)
    year = target.year or seen.period.financial_year
    if year is None:
        return _not_assessable(target, f"{seen.period} spans two financial years")
    before = pick(observations, year.previous(), full_year=True)
    earlier = before.figure.value if before else None
    if before is None or earlier is None:
        return _absent(target, before, f"no full-year {year.previous()} observation")
    unlike = clash(actual, earlier)
    if unlike:
        return _not_assessable(target, unlike, compared=Comparison(actual=actual))
    return _verdict(
        target,
        reading,
        earlier,
        better,
        partial(_on_words, noun, before.period, earlier),
        earlier,
        strict=True,
    )


# -- the verdict -----------------------------------------------------------------------


def _verdict(
    target: Target,
    reading: Reading,
    required: Quantity,
    better: Polarity,
    requirement: Words,
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
    status = _STATUS[reading.partial, success]
    margin = _margin(score, reading, per_cent_of)

    return Attainment(
        status=status,
        target=target,
        compared=Comparison(actual=reading.quantity, required=required, baseline=baseline),
        margin=margin,
        explanation=partial(_verdict_words, reading, status, requirement, margin, better),
    )


def _margin(score: Decimal, reading: Reading, per_cent_of: Decimal | None) -> Margin:
    actual = reading.quantity
    if per_cent_of is not None:
        # The gap between the change achieved and the change required, in points.
        return Margin(round_to(score * 100 / per_cent_of, 1), Unit.PERCENTAGE_POINTS)
    if actual.unit in PERCENTAGES:
        return Margin(score, Unit.PERCENTAGE_POINTS)
    value = round_to(score, 0) if reading.pro_rata else score
    return Margin(value, actual.unit, per=actual.per, base=actual.base, scale=actual.scale)


def _not_assessable(
    target: Target | None,
    reason: str,
    detail: str | None = None,
    *,
    compared: Comparison = NOTHING_COMPARED,
) -> Attainment:
    subject = f'"{target.text}"' if target else "this figure"
    return Attainment(
        status=AttainmentStatus.NOT_ASSESSABLE,
        target=target,
        compared=compared,
        explanation=f"cannot judge {subject}: {reason}" + (f" ({detail})" if detail else ""),
        reason=reason,
    )


def _absent(target: Target, seen: Observation | None, nothing: str) -> Attainment:
    """No observation at all, or one whose figure is missing (the reason is the source's mark)."""
    if seen is None or seen.figure.missing is None:
        return _not_assessable(target, nothing)
    detail = f'the {seen.period} figure is "{seen.figure.text}"'
    return _not_assessable(target, seen.figure.missing.value, detail)


# -- words: each writes one part of an explanation, when it is read ---------------------


def _verdict_words(
    reading: Reading,
    status: AttainmentStatus,
    requirement: Words,
    margin: Margin,
    better: Polarity,
) -> str:
    return f"{reading} {_VERB[status]} {requirement()} ({_margin_words(margin, better)})"


def _progress_words(metric: str, result: Attainment) -> str:
    return f"{metric}: {result.explanation}"


def _at_least(required: Quantity) -> str:
    return f"the target of at least {required}"


def _level_words(target: LevelTarget, year: FinancialYear | None, better: Polarity) -> str:
    return f"the{f' {year}' if year else ''} target of {_BOUND[better]} {target.value}"


def _move_words(target: FromToTarget, better: Polarity) -> str:
    move = f"the move from {target.start} to {_BOUND[better]} {target.end}"
    if target.deadline is None:
        return move
    deadline = target.deadline.text
    return f"{move} {deadline if deadline.lower().startswith('by ') else f'by {deadline}'}"


def _on_words(noun: str, period: Period | None = None, earlier: Quantity | None = None) -> str:
    if period is None:
        return f"{noun} on the year before"
    return f"{noun} on {period}'s {earlier}"


def _change_on_words(
    target: ChangeTarget,
    better: Polarity,
    label: str,
    base: Quantity | None = None,
    required: Quantity | None = None,
) -> str:
    phrase = f"{_change_words(target, better)} on {label}"
    return f"{phrase}'s {base}, {_BOUND[better]} {required}" if base else phrase


def _change_words(target: ChangeTarget, better: Polarity) -> str:
    reduce = target.direction is Direction.REDUCE
    if better is (_LOWER if reduce else _HIGHER):
        also = f" ({target.equivalent_amount})" if target.equivalent_amount else ""
        return f"a {target.amount}{also} {'reduction' if reduce else 'increase'}"
    # The direction says one thing and the polarity another ("0% growth" as a cap).
    amount = target.amount
    signed = -amount.value if reduce else amount.value
    size = Quantity(abs(signed), amount.unit, per=amount.per, base=amount.base, scale=amount.scale)
    return f"a change of {_BOUND[better]} {'-' if signed < 0 else '+'}{size}"


def _margin_words(margin: Margin, better: Polarity) -> str:
    if margin.value == 0:
        return "exactly on the mark"
    if margin.value > 0:
        return f"{margin.size_text} ahead"
    return f"{margin.size_text} {'away' if better is _NEUTRAL else 'short'}"

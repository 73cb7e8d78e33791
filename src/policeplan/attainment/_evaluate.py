"""The entry points: `evaluate` for a target, `evaluate_progress` for a figure.

`evaluate` takes the fast path of ``_fast`` for every verdict that compares
figures, and the rules of ``_rules`` for the rest; `_by_rules` is the rules
alone, the reference the fast path is tested against. `evaluate_all` is
`evaluate` for many targets at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import Any

from .._collector import paused
from ..errors import shown
from ..figures import Observation
from ..improvement import ProgressFigure
from ..plan import Series
from ..quantities import Polarity
from ..query import Query
from ..targets import (
    ChangeTarget,
    Comparator,
    DirectionTarget,
    FromToTarget,
    LevelTarget,
    MilestoneTarget,
    Target,
)
from . import _fast
from ._readings import Reading, clash
from ._result import Attainment, AttainmentStatus
from ._rules import change, direction, level, milestone, polarity_of, year_of
from ._verdict import not_assessable, verdict
from ._words import HIGHER, LOWER, at_least, level_words, move_words, progress_words

__all__ = ["evaluate", "evaluate_all", "evaluate_progress"]

_TARGET_KINDS = (LevelTarget, ChangeTarget, DirectionTarget, MilestoneTarget, FromToTarget)
_FAST: dict[type, _fast.Verdict] = {
    ChangeTarget: _fast.change,
    LevelTarget: _fast.level,
    DirectionTarget: _fast.direction,
    FromToTarget: _fast.from_to,
}
"""The fast rule for each kind of target, by exact class; ``None`` from one defers to `_rule`."""
# Module constants: reading a member off its enum class costs a descriptor call on Python 3.11.
_AT_LEAST, _AT_MOST = Comparator.AT_LEAST, Comparator.AT_MOST
_NOT_ASSESSABLE = AttainmentStatus.NOT_ASSESSABLE


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
    `TypeError`, naming the argument, when one is not what it says: a target,
    `Observation` objects, a `date` (not a datetime), a `Polarity`.

    Examples:
        >>> from policeplan import Direction, Figure, FinancialYear, Period, Quantity, Unit
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
        ...     figure=Figure(text="52,651", value=Quantity(52651, Unit.COUNT)))
        >>> result = evaluate(target, [full_year, so_far])
        >>> result.status.value, str(result.compared.required), str(result.margin)
        ('on-track', '47,385.9', '+3.3 pp')
        >>> print(result.explanation)  # doctest: +NORMALIZE_WHITESPACE
        34,377 in Apr – Dec 2003 (year to date, 275 days; 45,628 pro rata to 365 days)
        is on track for a 10% reduction on 2002/03's 52,651, at most 47,385.9 (3.3 pp ahead)
    """
    if (as_of is not None and type(as_of) is not date) or (
        polarity is not None and type(polarity) is not Polarity
    ):
        _check_arguments(target, observations, as_of, polarity)
    read: Any = observations  # as a tuple, once read, so that a bad item can be named
    try:
        kind = type(target)
        fast = _FAST.get(kind)
        if type(read) is tuple:
            known = read
        elif type(read) is Query:
            known = read._items  # a series' own tuple: immutable, so no copy is needed
        else:
            known = read = tuple(read)
        if fast is None:  # a milestone, a subclass of a target, or no target at all
            result = _by_rules(target, read, as_of=as_of, polarity=polarity)
        else:
            if as_of is not None:
                known = tuple(o for o in known if o.period.end <= as_of)
            if polarity is not None:
                better = polarity
            elif kind is ChangeTarget or kind is LevelTarget:
                # `polarity_of`, with the comparator told apart by identity, not hashed.
                comparator = target.comparator  # type: ignore[union-attr]
                if comparator is _AT_LEAST:
                    better = HIGHER
                elif comparator is _AT_MOST:
                    better = LOWER
                else:
                    better = polarity_of(target)
            else:
                better = polarity_of(target)
            made = fast(target, known, better)
            result = _rule(target, known, better, as_of) if made is None else made
    except (AttributeError, TypeError):
        _check_arguments(target, observations, as_of, polarity, read)
        raise
    if result.status is _NOT_ASSESSABLE:  # perhaps without reading a figure: look at them
        _check_arguments(target, observations, as_of, polarity, read)
    return result


def evaluate_all(
    pairs: Iterable[tuple[Target, Iterable[Observation]]],
    *,
    as_of: date | None = None,
    polarity: Polarity | None = None,
) -> list[Attainment]:
    """Judge many targets: `evaluate` for each ``(target, observations)`` pair, in order.

    The verdicts are those `evaluate` gives one at a time, with ``as_of`` and
    ``polarity`` applied to every pair. The garbage collector is paused while
    they are built, since verdicts hold no cycles: in a session that holds a
    large corpus and judges it again and again, the verdicts piling up would
    otherwise set off collections that go through the whole corpus. A pair
    that cannot be judged (not a pair, its target not a target, its
    observations not observations) raises the error `evaluate` would,
    prefixed with its place: ``"pair 3: expected a target, got str"``.

    Examples:
        >>> from policeplan import Direction, Figure, FinancialYear, Quantity, Unit
        >>> def seen(year: int, count: int) -> Observation:
        ...     figure = Figure(text=f"{count:,}", value=Quantity(count, Unit.COUNT))
        ...     return Observation(period=FinancialYear(year).period(), figure=figure)
        >>> def fewer(per_cent: int) -> ChangeTarget:
        ...     return ChangeTarget(text=f"{per_cent}% reduction", direction=Direction.REDUCE,
        ...                         amount=Quantity(per_cent, Unit.PERCENT_CHANGE),
        ...                         baseline=FinancialYear(2002).period(),
        ...                         year=FinancialYear(2003))
        >>> burglary = [seen(2002, 1000), seen(2003, 920)]
        >>> results = evaluate_all([(fewer(5), burglary), (fewer(10), burglary)])
        >>> [(r.status.value, str(r.margin)) for r in results]
        [('met', '+3.0 pp'), ('not-met', '-2.0 pp')]
        >>> evaluate_all([(fewer(5), burglary), ("fewer", burglary)])
        Traceback (most recent call last):
        ...
        TypeError: pair 1: expected a target, got str
    """
    results: list[Attainment] = []
    add = results.append
    index = 0
    with paused():
        try:
            if as_of is None and polarity is None:
                for pair in pairs:
                    target, observations = pair
                    add(evaluate(target, observations))
                    index += 1
            else:
                for pair in pairs:
                    target, observations = pair
                    add(evaluate(target, observations, as_of=as_of, polarity=polarity))
                    index += 1
        except TypeError as error:
            raise TypeError(f"pair {index}: {error}") from error
        except ValueError as error:
            raise ValueError(f"pair {index}: {error}") from error
        except AttributeError as error:
            raise AttributeError(f"pair {index}: {error}") from error
    return results


def _check_arguments(
    target: object, observations: object, as_of: object, polarity: object, read: object = ()
) -> None:
    """Raise `TypeError` naming the first argument of `evaluate` it does not take;
    ``read`` is the observations as a tuple, if they were read into one."""
    if not isinstance(target, _TARGET_KINDS):
        raise TypeError(f"expected a target, got {type(target).__name__}")
    if as_of is not None and type(as_of) is not date:
        hint = " (give its .date())" if isinstance(as_of, date) else ""
        raise TypeError(f"as_of must be a date, got {shown(as_of)}{hint}")
    if polarity is not None and type(polarity) is not Polarity:
        raise TypeError(
            f"polarity must be a Polarity, such as Polarity.LOWER_IS_BETTER, got {shown(polarity)}"
        )
    if isinstance(observations, Observation):
        raise TypeError("observations must be a collection, got one Observation: give [it]")
    if isinstance(observations, Series):
        raise TypeError(
            "observations must be Observation objects, got a Series: give its .observations"
        )
    if not isinstance(observations, Iterable) or isinstance(observations, str | bytes):
        raise TypeError(f"observations must be Observation objects, got {shown(observations)}")
    for index, item in enumerate(read if isinstance(read, tuple | Query) else ()):
        if not isinstance(item, Observation):
            hint = ": give its .observations" if isinstance(item, Series) else ""
            raise TypeError(f"observations[{index}] is {shown(item)}, not an Observation{hint}")


def _by_rules(
    target: Target,
    observations: Iterable[Observation],
    *,
    as_of: date | None = None,
    polarity: Polarity | None = None,
) -> Attainment:
    """`evaluate` by the rules alone, as it was before the fast path: the reference it matches."""
    if not isinstance(target, _TARGET_KINDS):
        raise TypeError(f"expected a target, got {type(target).__name__}")
    if as_of is None:
        known = observations if isinstance(observations, tuple) else tuple(observations)
    else:
        known = tuple(o for o in observations if o.period.end <= as_of)
    return _rule(target, known, polarity or polarity_of(target), as_of)


def _rule(
    target: Target, known: tuple[Observation, ...], better: Polarity, as_of: date | None
) -> Attainment:
    """The verdict of the rule for the kind of ``target``, with the reason when there is none."""
    if isinstance(target, ChangeTarget):
        return change(target, known, better)
    if isinstance(target, LevelTarget):
        year = year_of(target)
        words = partial(level_words, target, year, better)
        return level(target, known, better, target.value, year, words)
    if isinstance(target, MilestoneTarget):
        return milestone(target, as_of)
    if isinstance(target, DirectionTarget):
        return direction(target, known, better)
    words = partial(move_words, target, better)
    return level(target, known, better, target.end, year_of(target), words, target.start)


def evaluate_progress(figure: ProgressFigure) -> Attainment:
    """Judge a progress figure as a level target: at least its stated target.

    Reductions and detection rates are stated so that more is better.

    Examples:
        >>> from policeplan import Quantity, Unit
        >>> figure = ProgressFigure(metric="MPS reduction for burglary", text="8.1% against 6.3%",
        ...                         actual=Quantity("8.1", Unit.PERCENT_CHANGE),
        ...                         target=Quantity("6.3", Unit.PERCENT_CHANGE))
        >>> result = evaluate_progress(figure)
        >>> result.status.value, str(result.margin)
        ('met', '+1.8 pp')
    """
    if not isinstance(figure, ProgressFigure):
        raise TypeError(f"expected a ProgressFigure, got {shown(figure)}")
    if figure.target is None:
        return not_assessable(None, "no target stated", f'"{figure.text}" states no target')
    required = figure.target
    target = LevelTarget(text=figure.text, value=required)
    if figure.actual is None:
        return not_assessable(target, "no actual figure stated")
    unlike = clash(figure.actual, required)
    if unlike:
        return not_assessable(target, unlike)
    where = f"at {figure.as_of.day} {figure.as_of:%B %Y}" if figure.as_of else "as reported"
    reading = Reading(figure.actual, where, named=True)
    result = verdict(target, reading, required, HIGHER, partial(at_least, required))
    return Attainment(
        status=result.status,
        target=target,
        compared=result.compared,
        margin=result.margin,
        explanation=partial(progress_words, figure.metric, result),
    )

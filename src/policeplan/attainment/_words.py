"""The words of a verdict: each writer puts one part of an explanation into words.

A verdict keeps a writer (one of these functions with its arguments, bound with
`functools.partial`) rather than the text, so that judging thousands of
targets costs figures, not formatting, and leaves few objects behind for the
garbage collector. The text is written when ``explanation`` is read.
"""

from __future__ import annotations

from collections.abc import Callable

from ..periods import FinancialYear, Period
from ..quantities import Polarity, Quantity
from ..targets import ChangeTarget, Direction, FromToTarget, LevelTarget
from ._readings import Reading
from ._result import Attainment, AttainmentStatus, Margin

Words = Callable[[], str]
"""A writer: called with nothing, it returns its part of an explanation."""

HIGHER, LOWER, NEUTRAL = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.NEUTRAL
BOUND = {HIGHER: "at least", LOWER: "at most", NEUTRAL: "exactly"}
_VERB = {
    AttainmentStatus.MET: "meets",
    AttainmentStatus.NOT_MET: "does not meet",
    AttainmentStatus.ON_TRACK: "is on track for",
    AttainmentStatus.OFF_TRACK: "is off track for",
}


def verdict_words(
    reading: Reading,
    status: AttainmentStatus,
    requirement: Words,
    margin: Margin,
    better: Polarity,
) -> str:
    return f"{reading} {_VERB[status]} {requirement()} ({margin_words(margin, better)})"


def progress_words(metric: str, result: Attainment) -> str:
    return f"{metric}: {result.explanation}"


def at_least(required: Quantity) -> str:
    return f"the target of at least {required}"


def level_words(target: LevelTarget, year: FinancialYear | None, better: Polarity) -> str:
    return f"the{f' {year}' if year else ''} target of {BOUND[better]} {target.value}"


def move_words(target: FromToTarget, better: Polarity) -> str:
    move = f"the move from {target.start} to {BOUND[better]} {target.end}"
    if target.deadline is None:
        return move
    deadline = target.deadline.text
    return f"{move} {deadline if deadline.lower().startswith('by ') else f'by {deadline}'}"


def on_words(noun: str, period: Period | None = None, earlier: Quantity | None = None) -> str:
    if period is None:
        return f"{noun} on the year before"
    return f"{noun} on {period}'s {earlier}"


def change_on_words(
    target: ChangeTarget,
    better: Polarity,
    label: str,
    base: Quantity | None = None,
    required: Quantity | None = None,
) -> str:
    phrase = f"{change_words(target, better)} on {label}"
    return f"{phrase}'s {base}, {BOUND[better]} {required}" if base else phrase


def change_words(target: ChangeTarget, better: Polarity) -> str:
    reduce = target.direction is Direction.REDUCE
    if better is (LOWER if reduce else HIGHER):
        also = f" ({target.equivalent_amount})" if target.equivalent_amount else ""
        return f"a {target.amount}{also} {'reduction' if reduce else 'increase'}"
    # The direction says one thing and the polarity another ("0% growth" as a cap).
    amount = target.amount
    signed = -amount.value if reduce else amount.value
    size = amount.with_value(abs(signed))
    return f"a change of {BOUND[better]} {'-' if signed < 0 else '+'}{size}"


def margin_words(margin: Margin, better: Polarity) -> str:
    if margin.value == 0:
        return "exactly on the mark"
    if margin.value > 0:
        return f"{margin.size_text} ahead"
    return f"{margin.size_text} {'away' if better is NEUTRAL else 'short'}"

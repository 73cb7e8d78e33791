"""The verdict: an actual reading against the figure required, and the margin between."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from ..figures import Observation
from ..quantities import Polarity, Quantity, Unit
from ..targets import Target
from ._readings import PERCENTAGES, Reading, round_margin
from ._result import NOTHING_COMPARED, Attainment, AttainmentStatus, Comparison, Margin
from ._words import HIGHER, NEUTRAL, Words, verdict_words

_STATUS = {
    # (part-year figure, success) → status
    (False, True): AttainmentStatus.MET,
    (False, False): AttainmentStatus.NOT_MET,
    (True, True): AttainmentStatus.ON_TRACK,
    (True, False): AttainmentStatus.OFF_TRACK,
}


def verdict(
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
    """Compare ``reading`` with ``required`` the way ``better`` points.

    The score is how far the reading is past the requirement in the good
    direction; ``strict`` asks for a move past it, not a tie (a direction
    target wants change). ``per_cent_of`` states the margin in points of the
    baseline it names.
    """
    difference = reading.comparable - required.value
    if better is NEUTRAL:
        score, success = -abs(difference), difference == 0
    else:
        score = difference if better is HIGHER else -difference
        success = score > 0 if strict else score >= 0
    status = _STATUS[reading.partial, success]
    margin = margin_of(score, reading, per_cent_of)
    return Attainment(
        status=status,
        target=target,
        compared=Comparison(actual=reading.quantity, required=required, baseline=baseline),
        margin=margin,
        explanation=partial(verdict_words, reading, status, requirement, margin, better),
    )


def margin_of(score: Decimal, reading: Reading, per_cent_of: Decimal | None) -> Margin:
    actual = reading.quantity
    if per_cent_of is not None:
        # The gap between the change achieved and the change required, in points.
        return Margin(round_margin(score * 100 / per_cent_of, 1), Unit.PERCENTAGE_POINTS)
    if actual.unit in PERCENTAGES:
        return Margin(score, Unit.PERCENTAGE_POINTS)
    value = round_margin(score, 0) if reading.pro_rata else score
    return Margin(value, actual.unit, per=actual.per, base=actual.base, scale=actual.scale)


def not_assessable(
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


def absent(target: Target, seen: Observation | None, nothing: str) -> Attainment:
    """No observation at all, or one whose figure is missing (the reason is the source's mark)."""
    if seen is None or seen.figure.missing is None:
        return not_assessable(target, nothing)
    detail = f'the {seen.period} figure is "{seen.figure.text}"'
    return not_assessable(target, seen.figure.missing.value, detail)

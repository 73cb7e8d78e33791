"""A force's position among its peers: ranks, the gap to the MSF average, significance.

The 2008 HMIC report (Appendix 3) judges a difference from the most similar
forces' (MSF) average significant at about 2 percentage points for forces'
own user-satisfaction surveys and about 4 for British Crime Survey measures.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from . import _validate as v
from .assessment import IndicatorResult, Rank, Significance
from .figures import Figure
from .quantities import Polarity, Quantity, Unit

__all__ = ["SIGNIFICANCE_THRESHOLDS", "PeerPosition", "Survey", "classify", "position"]


class Survey(enum.Enum):
    """Where a satisfaction or confidence figure comes from."""

    USER_SATISFACTION = "user-satisfaction"
    BRITISH_CRIME_SURVEY = "british-crime-survey"


SIGNIFICANCE_THRESHOLDS = {
    Survey.USER_SATISFACTION: Decimal(2),
    Survey.BRITISH_CRIME_SURVEY: Decimal(4),
}
"""Percentage points from which a difference counts as significant."""


def classify(
    difference: Decimal | Quantity, *, survey: Survey, polarity: Polarity
) -> Significance:
    """Classify a difference from the MSF average, in percentage points.

    A difference at least the survey's threshold is significant; whether it
    is better or worse depends on the measure's polarity.

    Examples:
        >>> import policeplan as pp
        >>> classify(Decimal("-3.4"), survey=Survey.USER_SATISFACTION,
        ...          polarity=pp.Polarity.HIGHER_IS_BETTER).value
        'significantly-worse'
        >>> classify(Decimal("2.3"), survey=Survey.BRITISH_CRIME_SURVEY,
        ...          polarity=pp.Polarity.HIGHER_IS_BETTER).value
        'not-significantly-different'
    """
    if isinstance(difference, Quantity):
        if difference.unit is not Unit.PERCENTAGE_POINTS:
            raise ValueError(
                f"a difference from the MSF average is in percentage points, not "
                f"{difference.unit.value}"
            )
        difference = difference.value
    if abs(difference) < SIGNIFICANCE_THRESHOLDS[survey]:
        return Significance.NOT_SIGNIFICANTLY_DIFFERENT
    if polarity is Polarity.NEUTRAL:
        raise ValueError(
            "a significant difference is better or worse only for a measure with a polarity"
        )
    higher = difference > 0
    better = higher if polarity is Polarity.HIGHER_IS_BETTER else not higher
    return Significance.SIGNIFICANTLY_BETTER if better else Significance.SIGNIFICANTLY_WORSE


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class PeerPosition:
    """Where a force stands on one indicator.

    ``msf_difference`` is the stated difference where the source gives one,
    else the force's latest value less the MSF average, marked ``derived``.
    """

    indicator: str
    force: str
    msf_rank: Rank | None
    national_rank: Rank | None
    msf_difference: Quantity | None
    derived: bool
    significance: Significance | None


def _value(figure: Figure[Quantity] | None) -> Quantity | None:
    return None if figure is None else figure.value


def _difference(result: IndicatorResult) -> tuple[Quantity | None, bool]:
    stated = _value(result.msf_difference)
    if stated is not None:
        return stated, False
    latest = next((o.value for o in reversed(result.values) if o.value is not None), None)
    average = _value(result.msf_average)
    if latest is None or average is None or latest.unit is not Unit.PERCENT:
        return None, False
    if average.unit is not Unit.PERCENT:
        return None, False
    return Quantity(latest.value - average.value, Unit.PERCENTAGE_POINTS), True


def position(result: IndicatorResult, *, survey: Survey | None = None) -> PeerPosition:
    """A force's ranks, its gap to the MSF average and, given the survey, its significance.

    Examples:
        >>> import policeplan as pp
        >>> insp08 = pp.datasets.load("hmic-inspection-2008")
        >>> spi_1e = insp08.indicator_results.where(code="SPI 1e").one()
        >>> position(spi_1e, survey=Survey.USER_SATISFACTION).significance.value
        'significantly-worse'
    """
    difference, derived = _difference(result)
    significance = None
    if survey is not None and difference is not None and result.polarity is not Polarity.NEUTRAL:
        significance = classify(difference, survey=survey, polarity=result.polarity)
    return PeerPosition(
        indicator=result.indicator,
        force=result.force,
        msf_rank=None if result.msf_rank is None else result.msf_rank.value,
        national_rank=None if result.national_rank is None else result.national_rank.value,
        msf_difference=difference,
        derived=derived,
        significance=significance,
    )

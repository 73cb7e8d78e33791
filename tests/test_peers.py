"""Peer comparison: ranks, MSF gaps and the 2008 report's significance rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

import policeplan as pp
from policeplan.peers import Survey, classify, position

insp08: pp.Inspection = pp.datasets.load("hmic-inspection-2008")
base: pp.BaselineAssessment = pp.datasets.load("hmic-baseline-2005")

# seed 002 L412-414 and L688-690; significance stated at L436, L440, L444, L694/L734.
STATED = {
    "SPI 2a": Survey.BRITISH_CRIME_SURVEY,
    "KDI": Survey.BRITISH_CRIME_SURVEY,
    "SPI 10b": Survey.BRITISH_CRIME_SURVEY,
    "SPI 1e": Survey.USER_SATISFACTION,
}


@pytest.mark.parametrize(("code", "survey"), STATED.items())
def test_rule_reproduces_the_significance_the_2008_report_states(
    code: str, survey: Survey
) -> None:
    result = insp08.indicator_results.where(code=code).one()
    assert result.significance is not None
    assert position(result, survey=survey).significance is result.significance


@pytest.mark.parametrize(
    ("difference", "survey", "polarity", "expected"),
    [
        (
            "1.9",
            Survey.USER_SATISFACTION,
            pp.Polarity.HIGHER_IS_BETTER,
            pp.Significance.NOT_SIGNIFICANTLY_DIFFERENT,
        ),
        (
            "2.0",
            Survey.USER_SATISFACTION,
            pp.Polarity.HIGHER_IS_BETTER,
            pp.Significance.SIGNIFICANTLY_BETTER,
        ),
        (
            "-2.5",
            Survey.USER_SATISFACTION,
            pp.Polarity.HIGHER_IS_BETTER,
            pp.Significance.SIGNIFICANTLY_WORSE,
        ),
        (
            "3.9",
            Survey.BRITISH_CRIME_SURVEY,
            pp.Polarity.HIGHER_IS_BETTER,
            pp.Significance.NOT_SIGNIFICANTLY_DIFFERENT,
        ),
        (
            "4.5",
            Survey.BRITISH_CRIME_SURVEY,
            pp.Polarity.LOWER_IS_BETTER,
            pp.Significance.SIGNIFICANTLY_WORSE,
        ),
        (
            "-4.5",
            Survey.BRITISH_CRIME_SURVEY,
            pp.Polarity.LOWER_IS_BETTER,
            pp.Significance.SIGNIFICANTLY_BETTER,
        ),
    ],
)
def test_thresholds_and_polarity(
    difference: str, survey: Survey, polarity: pp.Polarity, expected: pp.Significance
) -> None:
    assert classify(Decimal(difference), survey=survey, polarity=polarity) is expected


def test_a_neutral_measure_has_no_better_or_worse() -> None:
    with pytest.raises(ValueError, match="polarity"):
        classify(Decimal(5), survey=Survey.USER_SATISFACTION, polarity=pp.Polarity.NEUTRAL)
    with pytest.raises(ValueError, match="percentage points"):
        classify(
            pp.Quantity(5, pp.Unit.PERCENT),
            survey=Survey.USER_SATISFACTION,
            polarity=pp.Polarity.HIGHER_IS_BETTER,
        )


def test_baseline_positions_derive_the_msf_gap_and_keep_tied_ranks() -> None:
    # seed 000 L1511: SPI 3a 30.7% against an MSF average of 40.8%, 5 out of 5, 34 out of 37
    spi_3a = base.indicator_results.filter(lambda r: r.code == "SPI 3a").first()
    where = position(spi_3a)
    assert where.msf_difference == pp.Quantity(Decimal("-10.1"), pp.Unit.PERCENTAGE_POINTS)
    assert where.derived
    assert where.msf_rank == pp.Rank(position=5, out_of=5)
    assert where.national_rank == pp.Rank(position=34, out_of=37)
    assert where.significance is None  # no survey given, so no judgement
    tied = base.indicator_results.filter(
        lambda r: r.national_rank is not None and r.national_rank.text == "9= out of 43"
    ).first()  # seed 000 L1603
    assert position(tied).national_rank == pp.Rank(position=9, out_of=43, tied=True)


def test_a_stated_difference_is_not_derived() -> None:
    spi_2a = insp08.indicator_results.where(code="SPI 2a").one()
    where = position(spi_2a, survey=Survey.BRITISH_CRIME_SURVEY)
    assert where.msf_difference == pp.Quantity(Decimal("2.3"), pp.Unit.PERCENTAGE_POINTS)
    assert not where.derived

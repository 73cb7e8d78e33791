"""Hand-written fixtures from real seed content load, read correctly and round-trip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import policeplan as pp

FIXTURES = Path(__file__).parent / "fixtures"


def test_objective_2_street_crime_loads_from_hand_written_json() -> None:
    # seed 001 L238 (Table 1), L427-440 (Annex B page of objective 2)
    objective = pp.from_json(pp.Objective, (FIXTURES / "objective-2.json").read_text("utf-8"))
    measure = objective.measures[0]
    (target,) = measure.targets
    assert isinstance(target, pp.ChangeTarget)
    assert target.direction is pp.Direction.REDUCE
    assert target.amount.value == 10
    assert target.baseline is not None
    assert target.baseline.financial_year == pp.FinancialYear(2002)
    offences, change = measure.performance
    latest = offences.observations[-1]
    assert latest.year_to_date
    assert latest.period.end == date(2002, 12, 31)
    assert latest.value == pp.Quantity(43377, pp.Unit.COUNT)
    assert offences.observations[0].value is None  # "607" is a truncated print
    assert change.observations[-1].figure.value == pp.Quantity(
        Decimal("-17.6"), pp.Unit.PERCENT_CHANGE
    )
    assert pp.from_json(pp.Objective, pp.to_json(objective)) == objective


def test_fixture_agrees_with_the_embedded_dataset() -> None:
    fixture = pp.from_json(pp.Objective, (FIXTURES / "objective-2.json").read_text("utf-8"))
    shipped = pp.datasets.load("mps-plan-2003-04").objective(2)
    assert shipped.title == fixture.title
    assert shipped.measures[0].targets[0].text == fixture.measures[0].targets[0].text
    assert shipped.mps_lead == fixture.mps_lead

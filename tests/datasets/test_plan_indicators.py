"""Annexes D, E, I and J of the MPS Policing and Performance Plan 2003/04 (seed 001).

Line numbers cite ``seeds/001_453e2379307f0bd1.txt`` ("seed 001 L839").
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

import policeplan as pp

D = Decimal


@pytest.fixture(scope="module")
def plan() -> pp.PolicingPlan:
    return pp.datasets.load("mps-plan-2003-04")


@pytest.fixture(scope="module")
def rows(plan: pp.PolicingPlan) -> tuple[pp.IndicatorRow, ...]:
    return plan.indicators


def _row(rows: tuple[pp.IndicatorRow, ...], index: int, starts: str) -> pp.IndicatorRow:
    row = rows[index]
    assert row.indicator.startswith(starts), row.indicator
    return row


# --- Annex D structure ------------------------------------------------------------------------

SECTIONS = {  # seed 001 L838-944: section heading → number of indicator rows under it
    "Counter-Terrorism": 1,
    "Investigating crime": 2,
    "Violent Crime": 7,
    "Burglary": 4,
    "Autocrime": 4,
    "Firearms": 1,
    "Youth Offending": 5,
    "Stop-search": 2,
    "Drugs": 2,
    "Vulnerable groups": 9,
    "Emergency Response": 1,
    "Helping the Public": 2,
    "Road traffic": 1,
    "Human Resources": 10,
    "Perceptions of Crime and Safety": 8,
    "Customer Satisfaction": 7,
}


def test_annex_d_row_count(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L837-944: 66 rows (BVPI 121 as three sub-rows; the garbled copy at L899 dropped)
    assert len(rows) == 66


def test_annex_d_rows_per_section_in_order(rows: tuple[pp.IndicatorRow, ...]) -> None:
    assert Counter(row.section for row in rows) == SECTIONS
    order = list(dict.fromkeys(row.section for row in rows))
    assert order == list(SECTIONS)


def test_annex_d_every_row_has_two_observations_and_two_targets(
    rows: tuple[pp.IndicatorRow, ...],
) -> None:
    for row in rows:
        assert [str(o.period.financial_year) for o in row.observations] == ["2001/02", "2002/03"]
        assert [t.year for t in row.targets] == [pp.FinancialYear(2002), pp.FinancialYear(2003)]


def test_annex_d_reference_counts(rows: tuple[pp.IndicatorRow, ...]) -> None:
    refs = Counter(row.reference for row in rows)
    assert refs["PP"] == 24  # seed 001 L839-939
    assert refs["BVPI 23"] == 5  # seed 001 L940-944
    assert refs[None] == 2  # seed 001 L876, L900: no reference printed


# --- Annex D figures ------------------------------------------------------------------------


def test_terrorist_scenes(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L839
    row = _row(rows, 0, "Percentage of Terrorist scenes")
    assert row.section == "Counter-Terrorism"
    assert row.observations[1].value == pp.Quantity("73.6", pp.Unit.PERCENT)
    assert row.observations[1].period.label == "Apr - Dec 02"  # header L837
    target = row.targets[1].target
    assert isinstance(target, pp.LevelTarget)
    assert target.value == pp.Quantity(90, pp.Unit.PERCENT)


def test_justice_gap_target(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L841
    row = _row(rows, 1, "Working with the CPS")
    assert row.reference == "BVPI 136a"
    assert row.observations[0].figure.text == "awaits"
    assert row.observations[0].figure.missing is pp.MissingReason.NOT_GIVEN
    target = row.targets[1].target
    assert isinstance(target, pp.ChangeTarget)
    assert target.direction is pp.Direction.INCREASE
    assert target.amount == pp.Quantity(6183, pp.Unit.COUNT)
    assert target.baseline == pp.FinancialYear(2001).period()


def test_stranger_violence_covers_april_to_september(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L845: "*9.0" with the comment "*Apr- Sept 2002"
    obs = _row(rows, 4, "Violent offences committed by a stranger").observations[1]
    assert obs.figure.text == "*9.0"
    assert obs.value == pp.Quantity("9.0", pp.Unit.RATE, per=1000, base="population")
    assert (obs.period.start, obs.period.end) == (date(2002, 4, 1), date(2002, 9, 30))


def test_street_crime_changes(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L848
    row = _row(rows, 7, "The number of recorded street crimes")
    assert row.observations[0].value == pp.Quantity("38.3", pp.Unit.PERCENT_CHANGE)
    assert row.observations[1].value == pp.Quantity("-17.6", pp.Unit.PERCENT_CHANGE)
    target = row.targets[1].target
    assert isinstance(target, pp.ChangeTarget)
    assert (target.direction, target.amount.value) == (pp.Direction.REDUCE, D(10))
    assert row.polarity is pp.Polarity.LOWER_IS_BETTER


def test_street_crime_rate_target_joins_wrapped_line(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L849 + L851
    row = _row(rows, 8, "Street crimes per 1,000 population")
    assert row.targets[0].text == "0% growth (I.e. 9.4 per 1,000 population)"
    assert row.observations[0].value == pp.Quantity(
        "9.8", pp.Unit.RATE, per=1000, base="population"
    )


def test_domestic_burglary_rate(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L857: "-3% (17.4)"
    row = _row(rows, 12, "Domestic burglaries per 1,000 households")
    assert row.section == "Burglary"
    assert row.observations[1].figure.text == "-3% (17.4)"
    assert row.observations[1].value == pp.Quantity(
        "17.4", pp.Unit.RATE, per=1000, base="households"
    )
    assert row.observations[1].period.label == "Apr-Dec 02"  # header L852


def test_autocrime_rate(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L862
    row = _row(rows, 16, "Autocrimes per 1,000 population")
    assert row.section == "Autocrime"
    assert row.reference == "BVPI 128"
    assert row.observations[0].value.value == D("34.3")  # type: ignore[union-attr]
    assert row.targets[1].text == "7% reduction i.e 32.0 per 1,000"


def test_firearms(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L866-868
    row = _row(rows, 18, "The number of gun related violent crimes")
    assert row.section == "Firearms"
    assert row.targets[0].text == "10% growth (310 offences per month)"
    assert row.observations[1].value == pp.Quantity("8.8", pp.Unit.PERCENT_CHANGE)
    assert row.comments is None


def test_officers_in_schools(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L873
    row = _row(rows, 20, "The number of police officers in schools")
    assert row.section == "Youth Offending"
    assert row.observations[1].value == pp.Quantity(58, pp.Unit.COUNT)
    target = row.targets[0].target
    assert isinstance(target, pp.LevelTarget)
    assert target.value == pp.Quantity(44, pp.Unit.COUNT)
    assert row.comments == "Initiative commenced 2002/03"


def test_pyo_charge_to_sentence(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L876: no reference; baseline is the last quarter of 2001/02, latest July - Sep 02
    row = _row(rows, 23, "The average time for PYO charge to sentence")
    assert row.reference is None
    first, latest = row.observations
    assert first.value == pp.Quantity(83, pp.Unit.DAYS)
    assert first.period.label == "last qtr fy01- 02"
    assert (latest.period.start, latest.period.end) == (date(2002, 7, 1), date(2002, 9, 30))
    assert latest.value == pp.Quantity(84, pp.Unit.DAYS)


def test_stop_search_minority_ethnic(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L880
    row = _row(rows, 25, "No. and % of stop/searches of minority ethnic")
    assert row.section == "Stop-search"
    assert [o.value.value for o in row.observations] == [D("63.0"), D("44.1")]  # type: ignore[union-attr]


def test_drug_referrals_are_counts(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L882
    row = _row(rows, 26, "Percentage of adults arrested referred")
    assert row.section == "Drugs"
    assert row.observations[0].value == pp.Quantity(4739, pp.Unit.COUNT)
    assert row.comments == "BVPI deleted from suite"


def test_racially_aggravated_detections(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L886-887 (garbled row)
    row = _row(rows, 28, "Percentage of recorded racially- aggravated")
    assert row.section == "Vulnerable groups"
    assert row.reference == "BVPI 141"
    assert [o.figure.text for o in row.observations] == ["22.6%", "22.0%"]


def test_racist_crime_satisfaction_gap(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L891-893
    row = _row(rows, 30, "The difference in level of satisfaction in the service received")
    assert row.indicator.endswith("victims of racist crime and victims of all crime")
    assert row.observations[1].value == pp.Quantity("9.0", pp.Unit.PERCENTAGE_POINTS)
    assert row.targets[0].text == "No difference"
    assert row.targets[1].text == "70% satisfaction target set"


def test_rape_judicial_disposals(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L898
    row = _row(rows, 35, "The Judicial Disposal rate for rape offences")
    assert row.observations[1].value == pp.Quantity("22.9", pp.Unit.PERCENT)
    assert row.targets[1].text == "25% JDs"


def test_emergency_response(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L902
    row = _row(rows, 37, "Percentage of responses to incidents requiring immediate")
    assert row.section == "Emergency Response"
    assert row.observations[0].value == pp.Quantity("72.2", pp.Unit.PERCENT)
    assert row.targets[1].missing is pp.MissingReason.NOT_APPLICABLE


def test_999_answer_time(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L905: reference printed without its number
    row = _row(rows, 39, "Percentage of 999 calls answered")
    assert row.section == "Helping the Public"
    assert row.reference == "BVPI"
    assert row.observations[1].value == pp.Quantity("79.7", pp.Unit.PERCENT)


def test_road_collisions(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L908
    row = _row(rows, 40, "Number of road traffic collisions")
    assert row.section == "Road traffic"
    assert row.observations[0].figure.text == "0.75"
    target = row.targets[1].target
    assert isinstance(target, pp.DirectionTarget)
    assert target.direction is pp.Direction.REDUCE


def test_civilian_sickness_multi_group_target(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L913
    row = _row(rows, 42, "Average number of days lost through sickness for civilian")
    entry = row.targets[1]
    assert entry.text == (
        "10 days per year civil staff 10 days per year PCSOs 18.5 days per year traffic wardens"
    )
    assert isinstance(entry.target, pp.LevelTarget)
    assert entry.target.value == pp.Quantity(10, pp.Unit.DAYS)
    assert entry.target.comparator is pp.Comparator.AT_MOST


def test_traffic_warden_sickness(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L915
    row = _row(rows, 44, "Average number of days sickness for traffic wardens")
    assert row.observations[1].figure.text == "20.5*"
    assert row.observations[1].note == "*Annualised figure"
    assert row.targets[1].target.value == pp.Quantity("18.5", pp.Unit.DAYS)  # type: ignore[union-attr]


def test_recruitment(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L919-921
    row = _row(rows, 47, "The number of police officers recruited compared to the target")
    assert row.observations[1].value == pp.Quantity(2329, pp.Unit.COUNT)
    assert row.targets[1].text == "awaits"
    assert row.targets[1].missing is pp.MissingReason.NOT_GIVEN


def test_minority_ethnic_ratio(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L924
    row = _row(rows, 50, "Percentage of minority ethnic police officers")
    assert row.observations[0].value == pp.Quantity("5.2", pp.Unit.RATIO)
    target = row.targets[1].target
    assert isinstance(target, pp.LevelTarget)
    assert target.value == pp.Quantity("3.8", pp.Unit.RATIO)
    assert target.comparator is pp.Comparator.AT_MOST


def test_fear_of_crime_sub_rows(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L927-930
    row = _row(rows, 53, "Fear of Crime : High levels of worry about car crime")
    assert row.section == "Perceptions of Crime and Safety"
    assert row.reference == "BVPI 121"
    assert row.observations[1].figure.text == "*19.8%"
    assert row.observations[1].value == pp.Quantity("19.8", pp.Unit.PERCENT)


def test_feeling_safe_during_day(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L935
    row = _row(rows, 58, "% of residents who feel 'fairly or very safe' during the day")
    assert row.observations[0].figure.missing is pp.MissingReason.NOT_GIVEN
    assert row.observations[1].value == pp.Quantity(90, pp.Unit.PERCENT)
    assert row.section == "Perceptions of Crime and Safety"


def test_foot_patrols(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L938
    row = _row(rows, 59, "To increase satisfaction with foot patrols")
    assert row.section == "Customer Satisfaction"
    assert row.comments == "MPS Public Attitude Survey"
    assert [t.text for t in row.targets] == ["20%", "20%"]


def test_road_collision_victims_last_row(rows: tuple[pp.IndicatorRow, ...]) -> None:
    # seed 001 L944
    row = _row(rows, 65, "Percentage of victims of road traffic collisions satisfied")
    assert row.observations[0].value == pp.Quantity("90.9", pp.Unit.PERCENT)
    assert row.targets[0].target.value == pp.Quantity(90, pp.Unit.PERCENT)  # type: ignore[union-attr]
    assert row.polarity is pp.Polarity.HIGHER_IS_BETTER


# --- Annex I: efficiency savings ------------------------------------------------------------


def _m(text: str) -> pp.Quantity:
    return pp.Quantity(text, pp.Unit.GBP, scale="million")


def test_efficiency_structure(plan: pp.PolicingPlan) -> None:
    # seed 001 L1275-1293: 15 lines; L1285, L1286, L1290 and L1291 are (sub)totals
    items = plan.efficiency_savings
    assert len(items) == 15
    assert sum(item.total for item in items) == 4
    sections = Counter(item.section for item in items)
    assert sections == {
        "Cash Releasing Efficiency Savings": 9,
        "Non Cash Releasing Efficiency Savings": 3,
        None: 3,
    }


@pytest.mark.parametrize(
    ("label", "amount", "section"),
    [
        ("Supplies and Services", "8.30", "Cash Releasing Efficiency Savings"),  # seed 001 L1280
        ("Police Overtime reduction", "2.50", "Cash Releasing Efficiency Savings"),  # L1284
        (
            "Civilianisation of existing police posts under C3i",  # seed 001 L1288
            "14.00",
            "Non Cash Releasing Efficiency Savings",
        ),
        ("Government's 2% savings target", "40.70", None),  # seed 001 L1292
        ("Surplus over savings target", "2.10", None),  # seed 001 L1293
    ],
)
def test_efficiency_lines(plan: pp.PolicingPlan, label: str, amount: str, section: str) -> None:
    (item,) = (item for item in plan.efficiency_savings if item.label == label)
    assert item.amount.value == _m(amount)
    assert item.amount.text == amount
    assert item.section == section


def test_efficiency_totals_add_up(plan: pp.PolicingPlan) -> None:
    # seed 001 L1278-1293
    by_label = {item.label: item.amount.value.value for item in plan.efficiency_savings}  # type: ignore[union-attr]
    cash = [
        i.amount.value.value  # type: ignore[union-attr]
        for i in plan.efficiency_savings
        if i.section == "Cash Releasing Efficiency Savings" and not i.total
    ]
    non_cash = [
        i.amount.value.value  # type: ignore[union-attr]
        for i in plan.efficiency_savings
        if i.section == "Non Cash Releasing Efficiency Savings" and not i.total
    ]
    assert len(cash) == 7
    assert sum(cash) == by_label["Total cash releasing savings"] == D("20.80")
    assert by_label["Savings identified as part of the budget build"] == D("20.80")  # L1285
    assert sum(non_cash) == by_label["Total non cash releasing savings"] == D("22.00")
    total = by_label["Total Efficiency Savings"]
    assert (
        by_label["Total cash releasing savings"] + by_label["Total non cash releasing savings"]
        == total
    )
    assert total == D("42.80")
    assert (
        total - by_label["Government's 2% savings target"]
        == by_label["Surplus over savings target"]
    )


# --- Annex J: planned deployment --------------------------------------------------------------


def test_deployment(plan: pp.PolicingPlan) -> None:
    # seed 001 L1317-1319
    items = plan.deployment
    assert [i.label for i in items] == [
        "Operational",
        "Operational support",
        "Organisational support",
        "Total",
    ]
    assert [i.total for i in items] == [False, False, False, True]
    assert items[1].amount.value == pp.Quantity(2549, pp.Unit.COUNT)  # L1318
    assert items[2].share.text == "(3.4%)"  # type: ignore[union-attr]  # L1319
    assert items[2].share.value == pp.Quantity("3.4", pp.Unit.PERCENT)  # type: ignore[union-attr]


def test_deployment_adds_up(plan: pp.PolicingPlan) -> None:
    # seed 001 L1318: 26,292 + 2,549 + 1,015 = 29,856; L1319: 88.1 + 8.5 + 3.4 = 100
    parts = [i for i in plan.deployment if not i.total]
    (total,) = (i for i in plan.deployment if i.total)
    assert sum(i.amount.value.value for i in parts) == total.amount.value.value == 29856  # type: ignore[union-attr]
    assert sum(i.share.value.value for i in parts) == total.share.value.value == 100  # type: ignore[union-attr]


# --- Annex E: review programme ------------------------------------------------------------------


def test_reviews(plan: pp.PolicingPlan) -> None:
    # seed 001 L990-997: five reviews; Year 3 has no support services review
    reviews = plan.reviews
    assert len(reviews) == 5
    assert [(r.year_label, r.category) for r in reviews] == [
        ("Year 2", "service delivery"),
        ("Year 2", "support services"),
        ("Year 3", "service delivery"),
        ("Year 4", "service delivery"),
        ("Year 4", "support services"),
    ]


def test_review_details(plan: pp.PolicingPlan) -> None:
    reviews = plan.reviews
    # seed 001 L992-993
    assert reviews[1].title == "Training (national review)"
    assert reviews[1].year == pp.FinancialYear(2001)
    # seed 001 L994-995
    assert reviews[2].title == "Managing demand"
    assert reviews[2].period_text == "June 2002 – March 2003"
    # seed 001 L996-997
    assert reviews[4].title == "Staff deployment"
    assert reviews[4].period_text == "Sept 2003 – February 2004"
    assert reviews[4].year == pp.FinancialYear(2003)


# --- Known issues and round trip ---------------------------------------------------------------


def _resolve(data: Any, path: str) -> Any:
    for part in path.replace("]", "").replace("[", ".").split("."):
        data = data[int(part)] if part.isdigit() else data[part]
    return data


def test_known_issue_paths_resolve(plan: pp.PolicingPlan) -> None:
    data = pp.to_dict(plan)
    scope = ("indicators", "efficiency_savings", "reviews", "deployment")
    mine = [k for k in plan.known_issues if k.path.startswith(scope)]
    assert len(mine) >= 40
    for issue in mine:
        _resolve(data, issue.path)


def test_known_annex_conflicts(plan: pp.PolicingPlan) -> None:
    conflicts = {(k.path, k.line) for k in plan.known_issues if k.code == "annex-conflict"}
    # seed 001 L839 vs L557 (terrorist scenes), L866 vs L504 (firearms), L940 vs L718 (999 calls)
    assert ("indicators[0].observations[0].figure", 839) in conflicts
    assert ("indicators[18].observations[1].figure", 866) in conflicts
    assert ("indicators[61].observations[1].figure", 940) in conflicts


def test_missing_notes_recorded(plan: pp.PolicingPlan) -> None:
    # seed 001 L845-880: "see note 1." / "See note 2" on 8 rows, the notes are not printed
    lines = {
        k.line
        for k in plan.known_issues
        if k.code == "missing-footnote" and k.path.endswith(".comments")
    }
    assert {845, 846, 847, 848, 849, 862, 879, 880} <= lines


def test_round_trip(plan: pp.PolicingPlan) -> None:
    assert pp.from_json(type(plan), pp.to_json(plan)) == plan


@pytest.mark.parametrize(
    ("index", "line", "text", "amount"),
    [
        (7, 848, "0% growth", 0),
        (8, 849, "0% growth (I.e. 9.4 per 1,000 population)", 0),
        (15, 861, "0% growth", 0),
        (16, 862, "0% growth (ie. 33.6 autocrimes per 1,000 population)", 0),
        (18, 866, "10% growth (310 offences per month)", 10),
    ],
)
def test_growth_in_crime_is_a_cap(
    rows: tuple[pp.IndicatorRow, ...], index: int, line: int, text: str, amount: int
) -> None:
    # seed 001 L848, L849, L861, L862, L866: the 2002/03 target column of crime rows
    entry = rows[index].targets[0]
    assert (entry.year, entry.text) == (pp.FinancialYear(2002), text), line
    target = entry.target
    assert isinstance(target, pp.ChangeTarget)
    assert target.amount == pp.Quantity(amount, pp.Unit.PERCENT_CHANGE)
    assert target.direction is pp.Direction.INCREASE
    assert target.comparator is pp.Comparator.AT_MOST
    assert target.capped
    assert rows[index].polarity is pp.Polarity.LOWER_IS_BETTER


def test_only_the_growth_targets_are_caps(plan: pp.PolicingPlan) -> None:
    # Every other change target of the plan is met the way its direction points.
    caps = [
        entry.text
        for row in plan.indicators
        for entry in row.targets
        if isinstance(entry.target, pp.ChangeTarget) and entry.target.capped
    ]
    assert len(caps) == 5
    assert all("growth" in text for text in caps)
    for target in plan.targets:
        if isinstance(target, pp.ChangeTarget):
            assert not target.capped, target.text

"""Priorities, objectives, measures and targets of the MPS Policing and Performance Plan 2003/04.

Line numbers cite seed 001, ``seeds/001_453e2379307f0bd1.txt`` ("seed 001 L241"): Table 1
(L232-298) and Annex B (L405-831).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

import policeplan as pp

D = Decimal


@pytest.fixture(scope="module")
def plan() -> pp.PolicingPlan:
    return pp.datasets.load("mps-plan-2003-04")


def values(series: pp.Series) -> list[Decimal | None]:
    return [o.value.value if o.value else None for o in series.observations]


# --- identity -------------------------------------------------------------------------------


def test_identity(plan: pp.PolicingPlan) -> None:
    assert plan.draft == "DRAFT 1:4"  # seed 001 L1
    assert str(plan.period) == "2003/04"  # seed 001 L117
    assert plan.authority == "Metropolitan Police Authority"  # seed 001 L109
    # seed 001 L1-3: no date is printed, only "DRAFT 1:4" and the plan year; none is inferred
    assert plan.source.date is None
    assert plan.vision == "To make London the safest major city in the world."  # seed 001 L68
    assert plan.mission[1:] == (  # seed 001 L60-62
        "Make places safer;",
        "Cut crime and the fear of crime;",
        "Uphold the law.",
    )
    assert len(plan.values) == 4  # seed 001 L74-77
    assert plan.national_priorities[3] == "Increasing the number of offences brought to justice"
    assert len(plan.national_priorities) == 4  # seed 001 L170-173
    assert plan.strategic_goals[1] == "Securing the capital against terrorism"  # seed 001 L188
    assert len(plan.strategic_goals) == 5  # seed 001 L187-191


# --- structure ------------------------------------------------------------------------------


def test_priorities(plan: pp.PolicingPlan) -> None:
    # seed 001 L199 "eight priorities"; groups and letters from the Annex B headers
    keys = [(p.group, p.letter, len(p.objectives)) for p in plan.priorities]
    londoners, excellence = pp.PriorityGroup.LONDONERS, pp.PriorityGroup.EXCELLENCE
    assert keys == [
        (londoners, "A", 8),
        (londoners, "B", 2),
        (londoners, "C", 4),
        (londoners, "D", 2),
        (excellence, "A", 2),
        (excellence, "B", 2),
        (excellence, "C", 6),
        (excellence, "D", 1),
    ]
    # seed 001 L209 vs the Annex B header cut off after "VULNERABLE" (L564)
    victims = plan.priority(londoners, "C")
    assert victims.title == "To improve the quality of service to vulnerable victim groups"
    assert victims.title_variants == ("TO IMPROVE THE QUALITY OF SERVICE TO VULNERABLE",)
    assert plan.priority(excellence, "D").objectives[0].number == 27  # seed 001 L823-824


def test_objective_totals(plan: pp.PolicingPlan) -> None:
    objectives = plan.objectives
    assert [o.number for o in objectives] == list(range(1, 28))
    measures = [m for o in objectives for m in o.measures]
    targets = [t for o in objectives for t in o.targets]
    assert len(measures) == 46
    assert len(targets) == 52
    assert [len(o.measures) for o in objectives] == [
        2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 2, 2, 3, 9, 1, 1, 2, 2, 1, 1, 1, 1, 2, 1,
    ]  # fmt: skip
    kinds = Counter(type(t).__name__ for t in targets)
    assert kinds == {
        "LevelTarget": 27,
        "MilestoneTarget": 13,
        "ChangeTarget": 8,
        "DirectionTarget": 2,
        "FromToTarget": 2,
    }
    assert all(t.year == pp.FinancialYear(2003) for t in targets)


def test_performance_tables(plan: pp.PolicingPlan) -> None:
    # Objectives with a numeric current-performance table in Annex B.
    with_tables = {
        o.number
        for o in plan.objectives
        for m in o.measures
        for s in m.performance
        if s.observations
    }
    assert with_tables == {2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 17, 20, 25}


def test_placeholder_pages(plan: pp.PolicingPlan) -> None:
    # seed 001 L419, L644, L655, L787: "Dummy template see covering paper"
    for number in (1, 15, 16, 24):
        objective = plan.objective(number)
        assert objective.mps_lead is None
        assert objective.business_group_leads == ()
        assert objective.measures  # from Table 1
    placeholders = [i for i in plan.known_issues if i.code == "placeholder-page"]
    assert sorted(i.line for i in placeholders) == [419, 644, 655, 787]


# --- figure-level facts ---------------------------------------------------------------------


def test_street_crime_target(plan: pp.PolicingPlan) -> None:
    # seed 001 L238
    (target,) = plan.objective(2).targets
    assert isinstance(target, pp.ChangeTarget)
    assert target.text == "To reduce street crime in 2003/04 to 10% below the level in 2002/03"
    assert target.direction is pp.Direction.REDUCE
    assert target.amount == pp.Quantity(10, pp.Unit.PERCENT_CHANGE)
    assert target.baseline == pp.FinancialYear(2002).period()


def test_street_crime_garbled_cells(plan: pp.PolicingPlan) -> None:
    # seed 001 L431-432: "607" and "6998" lost digits; "8.0%" lost its sign
    offences, change = plan.objective(2).measures[0].performance
    assert [o.figure.text for o in offences.observations] == ["607", "6998", "43377"]
    assert offences.observations[0].figure.missing is pp.MissingReason.ILLEGIBLE
    assert values(offences) == [None, None, D(43377)]
    assert values(change) == [None, D("38.3"), D("-17.6")]
    assert change.observations[2].value.unit is pp.Unit.PERCENT_CHANGE


def test_burglary_series(plan: pp.PolicingPlan) -> None:
    # seed 001 L447-449
    offences, change = plan.objective(3).measures[0].performance
    assert values(offences) == [D(112376), D(116027), D(86153)]
    assert values(change) == [None, D("3.2"), D("0.1")]
    ytd = offences.observations[2].period
    assert ytd.year_to_date
    assert (ytd.start, ytd.end, ytd.label) == (
        date(2002, 4, 1),
        date(2002, 12, 31),
        "Apr – Dec 2002",
    )


def test_autocrime(plan: pp.PolicingPlan) -> None:
    # seed 001 L240, L462
    (target,) = plan.objective(4).targets
    assert target.amount.value == 7
    offences, change = plan.objective(4).measures[0].performance
    assert values(offences)[2] == D(184538)
    assert [o.figure.text for o in offences.observations[:2]] == ["3,492", "245,6"]
    assert values(change) == [None, D("3.0"), D("-0.2")]


def test_homicide(plan: pp.PolicingPlan) -> None:
    # seed 001 L241, L475, L483
    measure = plan.objective(5).measures[0]
    homicides, cleared = measure.performance
    assert values(homicides) == [D(189), D(202), D(139)]
    assert values(cleared) == [D("89.9"), D("72.8"), D("79.1")]
    assert measure.targets[0].value == pp.Quantity(83, pp.Unit.PERCENT)
    assert measure.definition.startswith("Homicide comprises murder, manslaughter and infanticide")


def test_firearms(plan: pp.PolicingPlan) -> None:
    # seed 001 L503-504, L515; indicator annex L866 disagrees
    measure = plan.objective(7).measures[0]
    offences, change = measure.performance
    assert offences.observations[0].figure.text == "'90"
    assert values(offences)[1:] == [D(3744), D(2951)]
    assert values(change)[1:] == [D("34.2"), D("9.3")]
    assert "firearm (including air weapons)" in measure.definition
    conflicts = {i.line for i in plan.known_issues if i.code == "annex-conflict"}
    assert 504 in conflicts


def test_road_casualties_ytd_to_october(plan: pp.PolicingPlan) -> None:
    # seed 001 L522-523: this table's year to date is Apr – Oct 2002
    (casualties,) = plan.objective(8).measures[0].performance
    assert values(casualties) == [D(5568), D(5428), D(2992)]
    ytd = casualties.observations[2].period
    assert (ytd.label, ytd.end, ytd.year_to_date) == ("Apr – Oct 2002", date(2002, 10, 31), True)
    assert (
        "Death occurring 30 or more days after accident"
        in plan.objective(8).measures[0].definition
    )


def test_intelligence_reports(plan: pp.PolicingPlan) -> None:
    # seed 001 L245, L542-544
    (target,) = plan.objective(9).targets
    assert isinstance(target, pp.DirectionTarget)
    assert target.direction is pp.Direction.INCREASE
    (reports,) = plan.objective(9).measures[0].performance
    assert values(reports) == [D(5305)]
    assert reports.note == "* Data was not collected prior to April 2002"


def test_terrorist_scenes(plan: pp.PolicingPlan) -> None:
    # seed 001 L248, L556-557
    objective = plan.objective(10)
    assert objective.targets[0].value.value == 90
    incidents, managed = objective.measures[0].performance
    assert values(incidents) == [D(228)]
    assert values(managed) == [D("94.7"), D("94.3"), D("90.8")]
    assert objective.business_group_leads == (
        "Deputy Assistant Commissioner National Co-ordinator Anti Terrorist Branch",
    )


def test_rape(plan: pp.PolicingPlan) -> None:
    # seed 001 L249, L568
    offences, rate = plan.objective(11).measures[0].performance
    assert values(offences) == [D(2189), D(2498), D(2153)]
    assert values(rate) == [D("18.6"), D("22.5"), D("22.9")]
    assert offences.observations[2].period.label == "Apr-Dec 2002"
    assert plan.objective(11).targets[0].text == "To achieve 25% judicial disposal rate"


def test_domestic_violence(plan: pp.PolicingPlan) -> None:
    # seed 001 L250-251, L582
    objective = plan.objective(12)
    first, second = objective.targets
    assert (first.label, first.value.value) == ("1)", 17)
    assert isinstance(second, pp.MilestoneTarget)
    assert second.deadline.date == date(2004, 3, 31)
    offences, rate = objective.measures[0].performance
    assert values(offences) == [D(57981), D(56253), None]
    assert rate.observations[2].figure.missing is pp.MissingReason.ILLEGIBLE
    assert objective.mps_lead == "Deputy Commissioner"  # seed 001 L585


def test_hate_crime(plan: pp.PolicingPlan) -> None:
    # seed 001 L603-608: "15,6⇥610" and "17.0⇥0%" rejoined
    racist, satisfied, homophobic = plan.objective(13).measures
    offences, rate = racist.performance
    assert values(offences) == [D(16981), D(15610), D(10609)]
    assert values(rate) == [D("16.8"), D("17.0"), D("18.1")]
    assert values(satisfied.performance[0]) == [D("73.0"), D("69.7"), D("66.9")]
    assert values(homophobic.performance[0]) == [D(1344), D(1239), D(852)]
    assert values(homophobic.performance[1]) == [D("11.2"), D("15.3"), D("18.7")]
    assert [t.value.value for t in plan.objective(13).targets] == [18, 70, 17]


def test_offences_brought_to_justice(plan: pp.PolicingPlan) -> None:
    # seed 001 L259
    increase, sites = plan.objective(15).targets
    assert increase.text == "An increase of 5% (6,183) for 2003/04 compared with 2001/02"
    assert increase.equivalent_amount == pp.Quantity(6183, pp.Unit.COUNT)
    assert increase.baseline == pp.FinancialYear(2001).period()
    assert sites.value == pp.Quantity(20, pp.Unit.COUNT)
    assert sites.deadline.date == date(2004, 3, 31)


def test_diversity_targets_paired_by_position(plan: pp.PolicingPlan) -> None:
    # seed 001 L264-273; L265 labels the second target "3) 6.6%"
    measures = plan.objective(17).measures
    assert [m.targets[0].value.value for m in measures] == [
        15, D("6.6"), 25, 25, 21, 25, 18, 29, 26,
    ]  # fmt: skip
    second = measures[1]
    assert second.label == "2)"
    assert second.targets[0].label == "3)"
    assert second.text == "Minority ethnic officers as a percentage of total police strength"
    assert values(second.performance[0]) == [D("4.1"), D("4.8"), D("5.3")]  # seed 001 L665
    issue = next(i for i in plan.known_issues if i.code == "label-mismatch" and i.line == 265)
    assert issue.path.endswith("measures[1].targets[0].label")


def test_reassurance_and_accessibility(plan: pp.PolicingPlan) -> None:
    # seed 001 L274, L275
    (pilots,) = plan.objective(18).targets
    assert pilots.deadline.date == date(2004, 3, 31)
    (action_plan,) = plan.objective(19).targets
    assert action_plan.deadline.date == date(2003, 10, 31)
    assert action_plan.deadline.precision is pp.Precision.MONTH
    assert plan.objective(19).business_group_leads == ("Commander Patrol & C3i",)  # L702


def test_999_calls(plan: pp.PolicingPlan) -> None:
    # seed 001 L714-718
    time_taken, police_action = plan.objective(20).measures
    base, frequency, share = time_taken.performance
    assert values(base) == [D(1431)]
    assert frequency.observations[0].figure.text == ",170"
    assert values(share) == [D("81.8")]
    assert values(police_action.performance[1]) == [D(3626), D(2469), D(1302)]
    assert values(police_action.performance[2]) == [D(79), D(81), D(79)]
    assert plan.objective(20).business_group_leads == (
        "Communications Programme Group Director",
        "Commander Patrol & C3i",
    )


def test_workforce(plan: pp.PolicingPlan) -> None:
    # seed 001 L277, L730
    police, pcsos = plan.objective(21).targets
    assert police.value == pp.Quantity(29856, pp.Unit.COUNT)
    assert pcsos.value == pp.Quantity(1506, pp.Unit.COUNT)
    assert police.deadline.date == date(2004, 3, 31)
    assert plan.objective(21).title_variants == (
        "To develop a professional and effective workforce with the appropriate numbers and "
        "skills to deliver the operational priorities of the MPS.",
    )


def test_growth_and_devolution_dates(plan: pp.PolicingPlan) -> None:
    # seed 001 L278, L281, L283-284
    strategy, programme = plan.objective(22).targets
    assert (strategy.label, strategy.deadline.date) == (None, date(2003, 5, 31))
    assert (programme.label, programme.deadline.date) == ("2)", date(2003, 7, 31))
    in_depth, broad = plan.objective(23).targets
    assert in_depth.effective_from == broad.effective_from == date(2003, 4, 1)
    assert in_depth.deadlines == ()


def test_resources_targets(plan: pp.PolicingPlan) -> None:
    # seed 001 L285-289
    income, publish, database, c3i, vehicles = plan.objective(24).targets
    assert income.start == pp.Quantity("1.2", pp.Unit.GBP, scale="million")
    assert income.end == pp.Quantity(2, pp.Unit.GBP, scale="million")
    assert publish.deadline.date == date(2003, 4, 30)
    assert database.deadline.date == date(2003, 6, 30)
    assert [d.date for d in c3i.deadlines] == [
        date(2004, 2, 28),
        date(2004, 3, 31),
        date(2004, 4, 30),
    ]
    assert (vehicles.start.value, vehicles.end.value) == (1868, 1961)
    assert vehicles.text == "Increase the number of MPS vehicles from 1, 868 to 1,961 by 31/3/04"


def test_complaints(plan: pp.PolicingPlan) -> None:
    # seed 001 L290, L800-802, L804
    objective = plan.objective(25)
    complaints, officers, rate = objective.measures[0].performance
    assert values(complaints) == [D(5830), D(4934), D(3196)]
    assert values(officers) == [D(25716), D(26099), D(27382)]
    assert values(rate) == [D("226.7"), D("189.4"), D("116.7")]
    assert rate.observations[0].value.per == 1000
    assert objective.targets[0].amount.value == 5
    assert objective.mps_lead == "1 ' '"  # seed 001 L804, kept as printed
    assert objective.business_group_leads == ("Director of Professional Standards",)


def test_communication_and_nim(plan: pp.PolicingPlan) -> None:
    # seed 001 L291-292, L295, L828
    action_plan, reinspection = plan.objective(26).targets
    assert action_plan.deadline.date == date(2003, 5, 31)
    assert reinspection.deadline.date == date(2003, 9, 30)
    nim = plan.objective(27)
    assert nim.title.startswith("To implement the National intelligence Model")
    assert nim.targets[0].value.value == 100
    assert nim.targets[0].deadline is None
    assert nim.mps_lead == "Assistant Commissioner Specialist Crime"


def test_garbled_annex_b_cells_are_kept_as_printed(plan: pp.PolicingPlan) -> None:
    # seed 001 L435: the key activities cell of objective 2, interleaved by the conversion
    (key,) = plan.objective(2).key_activities
    assert key.startswith(
        "To increase the use of dedicated mobile video idecapability Provide additional early "
        "support to victims and wing use of dedicated witness vehicles"
    )
    assert key.endswith("Co-Tasking Group and witi tnesses through")  # tabs as spaces
    issue = next(i for i in plan.known_issues if i.line == 435)
    assert issue.code == "garbled-cell"
    assert issue.path == "priorities[0].objectives[1].key_activities[0]"
    assert "kept verbatim as printed" in issue.explanation
    # seed 001 L507-509: one cell over three lines, joined with a space
    (firearms,) = plan.objective(7).key_activities
    assert firearms.endswith("such as gundealers and problematic licensed premises.")
    # seed 001 L611-616: garbled and clean cells in printed order
    assert plan.objective(13).key_activities[2] == (
        "Revised minimul m standards for the inve stigatio on of hate crime"
    )
    # seed 001 L464, L524, L670: business group leads kept as printed
    assert plan.objective(4).business_group_leads == ("Operations Commander Operations",)
    assert plan.objective(8).business_group_leads == ("ssioner lead Transport",)
    assert plan.objective(17).business_group_leads == ("'Services Human Resources",)


def test_garbled_cell_issues_point_at_kept_text(plan: pp.PolicingPlan) -> None:
    # seed 001 L435-831: 40 garbled Annex B cells and 4 garbled leads, each kept as printed
    data = pp.to_dict(plan)
    garbled = [i for i in plan.known_issues if i.code == "garbled-cell"]
    kept = [i for i in garbled if "kept verbatim as printed" in i.explanation]
    assert len(kept) == 44
    for issue in kept:
        node = data
        for step in issue.path.replace("]", "").replace("[", ".").split("."):
            node = node[int(step)] if step.isdigit() else node[step]
        assert isinstance(node, str), issue.path
        assert node.strip(), issue.path
    assert not [i.line for i in garbled if "left out" in i.explanation]


def test_visible_presence(plan: pp.PolicingPlan) -> None:
    # seed 001 L236-237
    (increase,), (satisfaction,) = (m.targets for m in plan.objective(1).measures)
    assert increase.amount.value == 4
    assert increase.deadline.date == date(2004, 3, 31)
    assert increase.baseline.label == "March 2003"
    assert satisfaction.value == pp.Quantity(20, pp.Unit.PERCENT)


def test_known_issues_point_into_the_document(plan: pp.PolicingPlan) -> None:
    data = pp.to_dict(plan)
    for issue in plan.known_issues:
        if not issue.path.startswith("priorities"):
            continue
        node = data
        for step in issue.path.replace("]", "").replace("[", ".").split("."):
            node = node[int(step)] if step.isdigit() else node[step]


def test_round_trip(plan: pp.PolicingPlan) -> None:
    assert pp.from_json(type(plan), pp.to_json(plan)) == plan

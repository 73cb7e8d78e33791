"""Figures stated outside the target tables of seed 001, and the header of seed 004.

The MPA's membership, Annex A (consultation), the comparison with other
metropolitan forces, Annex G (HMIC inspections), Annex H (financial
resources) and Annex M (race equality) of the MPS Policing and Performance
Plan 2003/04; the author, summary and recommendation of MPA report 11 of
16 January 2007. Line numbers cite ``seeds/001_453e2379307f0bd1.txt`` and
``seeds/004_36490097feb4706c.txt``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

import policeplan as pp

D = Decimal
NEW_TABLES = (
    "authority_members",
    "consultation",
    "force_comparisons",
    "hmic_inspections",
    "financial_resources",
    "race_equality",
)


@pytest.fixture(scope="module")
def plan() -> pp.PolicingPlan:
    return pp.datasets.load("mps-plan-2003-04")


@pytest.fixture(scope="module")
def impr() -> pp.ImprovementPlan:
    return pp.datasets.load("mpa-improvement-plan-2007")


def _value(figure: pp.Figure[pp.Quantity]) -> Decimal:
    assert figure.value is not None, figure
    return figure.value.value


def _resolve(data: Any, path: str) -> Any:
    for part in path.replace("]", "").replace("[", ".").split("."):
        data = data[int(part)] if part.isdigit() else data[part]
    return data


# --- the plan's source ---------------------------------------------------------------------


def test_the_plan_states_no_publication_date(plan: pp.PolicingPlan) -> None:
    # seed 001 L1: "DRAFT 1:4"; L3: "POLICING AND PERFORMANCE PLAN 2003/04"; no date is printed
    assert plan.source.date is None
    assert plan.source.published is None
    assert "date" not in pp.to_dict(plan)["source"]
    assert plan.draft == "DRAFT 1:4"
    assert plan.period == pp.FinancialYear(2003)


def test_an_undated_source_reads_back_and_older_dated_ones_still_read() -> None:
    undated = pp.from_dict(pp.Source, {"title": "t", "publisher": "p"})
    assert undated.date is None
    dated = pp.from_dict(pp.Source, {"title": "t", "publisher": "p", "date": "2003-03-01"})
    assert dated.date == date(2003, 3, 1)


# --- tables --------------------------------------------------------------------------------


def test_tables_has_the_new_collections(plan: pp.PolicingPlan) -> None:
    tables = pp.tables(plan)
    for name in NEW_TABLES:
        assert name in tables
        assert len(tables[name]) == len(getattr(plan, name))


def test_collection_sizes(plan: pp.PolicingPlan) -> None:
    sizes = {name: len(getattr(plan, name)) for name in NEW_TABLES}
    assert sizes == {
        "authority_members": 4,
        "consultation": 22,
        "force_comparisons": 3,
        "hmic_inspections": 24,
        "financial_resources": 24,
        "race_equality": 16,
    }


# --- the MPA ---------------------------------------------------------------------------------


def test_authority_members(plan: pp.PolicingPlan) -> None:
    # seed 001 L109: "The MPA consists of twenty-three members: twelve drawn from the Greater
    # London Assembly plus seven independent members and four magistrate members."
    members = [(m.label, m.amount.text, _value(m.amount), m.total) for m in plan.authority_members]
    assert members == [
        ("members", "twenty-three", 23, True),
        ("drawn from the Greater London Assembly", "twelve", 12, False),
        ("independent members", "seven", 7, False),
        ("magistrate members", "four", 4, False),
    ]
    assert all(m.amount.value.unit is pp.Unit.COUNT for m in plan.authority_members)  # type: ignore[union-attr]


# --- Annex A: consultation -------------------------------------------------------------------


def _consulted(plan: pp.PolicingPlan, topic: str) -> pp.ConsultationResult:
    (found,) = (r for r in plan.consultation if r.topic == topic)
    return found


def test_consultation_counts(plan: pp.PolicingPlan) -> None:
    counts = {
        r.figure.text: _value(r.figure)
        for r in plan.consultation
        if r.figure.value is not None and r.figure.value.unit is pp.Unit.COUNT
    }
    assert counts == {
        "32": 32,  # seed 001 L372: "The 32 Strategies were analysed"
        "twenty-nine": 29,  # seed 001 L372: "under twenty-nine main, fairly broad headings"
        "thirty-one": 31,  # seed 001 L372: "in each of the thirty-one boroughs' plans"
        "582": 582,  # seed 001 L374: "to which 582 people responded"
        "428": 428,  # seed 001 L374: "on the internal website to which 428"
        "298": 298,  # seed 001 L376: "a response by 298 individuals and groups"
        "150": 150,  # seed 001 L399: "a seminar for 150 senior MPS staff"
    }


def test_questionnaire_responses(plan: pp.PolicingPlan) -> None:
    websites = _consulted(
        plan, "people responding to the questionnaire on the MPA and MPS websites"
    )
    # seed 001 L374: "A questionnaire was posted onto the MPA and MPS websites to which 582 people
    # responded."
    assert _value(websites.figure) == 582
    assert websites.text.startswith("A questionnaire was posted onto the MPA and MPS websites")
    staff = next(r for r in plan.consultation if r.figure.text == "428")
    # seed 001 L374 and L376: "... to which 428" / "police staff and staff associations responded."
    assert staff.text.endswith("to which 428 police staff and staff associations responded.")
    groups = next(r for r in plan.consultation if r.figure.text == "298")
    # seed 001 L376: "This generated a response by 298 individuals and groups."
    assert groups.text.endswith("This generated a response by 298 individuals and groups.")
    assert {r.section for r in (websites, staff, groups)} == {
        "Methods and results of consultation"
    }


SHARES = [  # (topic, percent, section)
    ("reducing violent crime", "75", "Crime focused objectives"),  # seed 001 L380: "(75%)"
    ("targeting prolific young offenders", "52", "Crime focused objectives"),  # L381: "(52% and"
    ("reducing drug-related crime", "51", "Crime focused objectives"),  # L381: "51% respectively"
    (  # seed 001 L382: "a third of respondents (33%) ... reducing graffiti, vandalism"
        "reducing graffiti, vandalism and other nuisance to the community",
        "33",
        "Crime focused objectives",
    ),
    ("protecting children", "41", "Victim focused objectives"),  # seed 001 L386: "(41%)"
    ("improving care for victims of crime", "31", "Victim focused objectives"),  # L387: "(31%)"
    ("better investigation of rape", "17", "Victim focused objectives"),  # L388: "(17%)"
    ("better investigation of racist crime", "15", "Victim focused objectives"),  # L389: "(15%)"
    ("better investigation of domestic violence", "13", "Victim focused objectives"),  # L389
    ("better investigation of homophobic crime", "7", "Victim focused objectives"),  # L389: "(7%)"
    (  # seed 001 L393: "almost four in ten respondents (36%) ... involving communities"
        "involving communities, parents and organisations in addressing crime",
        "36",
        "Objectives based on our values",
    ),
    ("treating everyone fairly", "21", "Objectives based on our values"),  # seed 001 L394: "(21%)"
    (  # seed 001 L394: "tackling dis-proportionality in service delivery (20%)"
        "tackling dis-proportionality in service delivery",
        "20",
        "Objectives based on our values",
    ),
    (  # seed 001 L395: "improving access to information and front of counter services ... (15%"
        "improving access to information and front of counter services",
        "15",
        "Objectives based on our values",
    ),
    (  # seed 001 L395: "recruiting more officers from ethnic minority groups (15% and 13%"
        "recruiting more officers from ethnic minority groups",
        "13",
        "Objectives based on our values",
    ),
]


@pytest.mark.parametrize(("topic", "percent", "section"), SHARES, ids=[s[0] for s in SHARES])
def test_consultation_shares(
    plan: pp.PolicingPlan, topic: str, percent: str, section: str
) -> None:
    result = _consulted(plan, topic)
    assert result.figure.text == f"{percent}%"
    assert result.figure.value == pp.Quantity(percent, pp.Unit.PERCENT)
    assert result.section == section
    assert topic in result.text


def test_consultation_shares_are_every_percentage_printed(plan: pp.PolicingPlan) -> None:
    # seed 001 L380-395: fifteen percentages, in order
    shares = [r.figure.text for r in plan.consultation if r.figure.text.endswith("%")]
    assert shares == [f"{percent}%" for _, percent, _ in SHARES]


def test_consultation_text_is_verbatim(plan: pp.PolicingPlan) -> None:
    violent = _consulted(plan, "reducing violent crime")
    # seed 001 L380
    assert violent.text == (
        "three quarters of respondents (75%) feel that efforts should be made in reducing "
        "violent crime:"
    )


def test_consultation_borough_count_conflict_is_recorded(plan: pp.PolicingPlan) -> None:
    # seed 001 L372: "The 32 Strategies were analysed" but "each of the thirty-one boroughs' plans"
    (issue,) = (k for k in plan.known_issues if k.line == 372)
    assert issue.code == "text-table-conflict"
    assert _resolve(pp.to_dict(plan), issue.path)["text"] == "thirty-one"


# --- comparison with other metropolitan forces -----------------------------------------------


def test_force_comparisons(plan: pp.PolicingPlan) -> None:
    graphs = plan.force_comparisons
    # seed 001 L961, L968, L974: the graph titles name the indicator
    assert [g.reference for g in graphs] == ["BVPI 128", "BVPI 126", "BVPI 127"]
    # seed 001 L963: "Vehicle Crime per 1,000 population in 2001/02"
    assert graphs[0].chart_title == "Vehicle Crime per 1,000 population in 2001/02"
    # seed 001 L970: "Burglary in a dwelling per 1,000 households in 2001/02"
    assert graphs[1].chart_title == "Burglary in a dwelling per 1,000 households in 2001/02"
    # seed 001 L976: "Robbery per 1,000 population in 2001/02"
    assert graphs[2].chart_title == "Robbery per 1,000 population in 2001/02"
    assert {g.year for g in graphs} == {pp.FinancialYear(2001)}
    assert graphs[1].title == (  # seed 001 L968
        "UK Metropolitan Police Force performance comparison for the number of burglaries per "
        "1,000 households (BVPI 126)"
    )


def test_compared_forces_as_named(plan: pp.PolicingPlan) -> None:
    # seed 001 L948: "the five other UK Metropolitan forces (Greater Manchester Police, West
    # Midlands, West Yorkshire, Merseyside, Northumbria and South Yorkshire)"
    forces = (
        "Greater Manchester Police",
        "West Midlands",
        "West Yorkshire",
        "Merseyside",
        "Northumbria",
        "South Yorkshire",
    )
    assert all(g.forces == forces for g in plan.force_comparisons)


def test_comparison_issues_are_recorded(plan: pp.PolicingPlan) -> None:
    recorded = {(k.code, k.path, k.line) for k in plan.known_issues}
    # seed 001 L948: "five" other forces, six named
    assert ("text-table-conflict", "force_comparisons", 948) in recorded
    # seed 001 L961-976: the graphs' figures are lost
    assert ("missing-table", "force_comparisons", 961) in recorded


# --- Annex G: HMIC inspections ---------------------------------------------------------------


def _inspection(plan: pp.PolicingPlan, title: str) -> pp.InspectionActivity:
    (found,) = (i for i in plan.hmic_inspections if i.title == title)
    return found


def test_mps_inspection_2002(plan: pp.PolicingPlan) -> None:
    mps = _inspection(plan, "HMIC Inspection of the MPS 2002")
    # seed 001 L1108: "between 2 and 13 September 2002. This report, lists seven
    # recommendations, of which two are repeated from previous."
    assert mps.when == "between 2 and 13 September 2002"
    assert mps.recommendations == 7
    assert mps.repeated_recommendations == 2


def test_thematic_recommendation_counts(plan: pp.PolicingPlan) -> None:
    diversity = _inspection(plan, "Diversity Matters")
    # seed 001 L1123-1124: "was published in March 2003." / "Each of the 49 recommendations"
    assert (diversity.when, diversity.recommendations) == ("published in March 2003", 49)
    listing = _inspection(
        plan,
        "Joint Thematic Review of the Listing and Management of Criminal Cases. Phase 1: "
        "The Magistrates' Courts",
    )
    # seed 001 L1144: "published in October 2002 ... 35 recommendations and 14 further
    # suggestions ... Recommendations 31 and 32 are specifically addressed to the police service."
    assert listing.when == "published in October 2002"
    assert (listing.recommendations, listing.suggestions) == (35, 14)
    assert listing.police_recommendations is None  # numbered, not counted, in the source
    assert "Recommendations 31 and 32" in (listing.text or "")
    children = _inspection(
        plan, "Joint Chief Inspectors' Report on Arrangements to Safeguard Children"
    )
    # seed 001 L1145: "only 1 out of the 30 recommendations is specifically listed for the police"
    assert (children.recommendations, children.police_recommendations) == (30, 1)


def test_inspections_without_counts_have_none(plan: pp.PolicingPlan) -> None:
    # seed 001 L1116: PNC "completed in April 2002"; L1117: "published in June 2002";
    # L1120-1121: Special Branch "published in" / "January 2003"; L1135: "published in April 2002"
    dates = {
        "Police National Computer (PNC) Data Quality & Timeliness": "completed in April 2002",
        "Under the Microscope: refocused": "published in June 2002",
        "Special Branch": "published in January 2003",
        "Joint Inspection of the Investigation and Prosecution of Cases involving allegations "
        "of Rape": "published in April 2002",
    }
    for title, when in dates.items():
        inspection = _inspection(plan, title)
        assert inspection.when == when
        assert inspection.recommendations is None


def test_borough_inspections(plan: pp.PolicingPlan) -> None:
    boroughs = [i for i in plan.hmic_inspections if i.section == "Borough Inspections"]
    # seed 001 L1102: published "in Greenwich and Tower Hamlets"; L1104: "Ealing, Havering and
    # Southwark and are still in draft format"
    assert [b.title for b in boroughs] == [
        "Greenwich",
        "Tower Hamlets",
        "Ealing",
        "Havering",
        "Southwark",
    ]
    assert [b.when for b in boroughs] == ["During 2002/03"] * 2 + [None] * 3
    assert all("still in draft format" in (b.text or "") for b in boroughs[2:])


def test_planned_inspections(plan: pp.PolicingPlan) -> None:
    going_local = _inspection(plan, "Going Local")
    # seed 001 L1149: "a further 7 borough command units for inspection ... during 2003/04"
    assert (going_local.units_covered, going_local.when) == (7, "during 2003/04")
    street_crime = _inspection(plan, "Street Crime Initiative")
    # seed 001 L1150: "reporting on its findings in April 2003. Six Criminal Justice Areas"
    assert street_crime.units_covered == 6
    assert street_crime.when == "reporting on its findings in April 2003"
    planned = [
        i.title for i in plan.hmic_inspections if i.section == "2003/04 Inspection Activity"
    ]
    # seed 001 L1151-1152
    assert planned[2:] == [
        "Child Protection",
        "Prison Service Advisers",
        "Arson",
        "Homicide in Northern Ireland",
        "Domestic Violence",
        "Civilianisation",
        "Gun Crime",
        "Officer Recruitment and Retention",
    ]


# --- Annex H: financial resources ------------------------------------------------------------


def _line(plan: pp.PolicingPlan, section: str, label: str) -> pp.LineItem:
    (found,) = (
        item
        for item in plan.financial_resources
        if item.section is not None and item.section.startswith(section) and item.label == label
    )
    return found


def _millions(item: pp.LineItem) -> Decimal:
    assert item.amount.value is not None
    assert item.amount.value.unit is pp.Unit.GBP
    assert item.amount.value.scale == "million"
    return item.amount.value.value


def test_net_expenditure(plan: pp.PolicingPlan) -> None:
    # seed 001 L1179-1181: "Chart 1: 2002/03 Funding" / "Net expenditure = £2,127.6m"
    chart_1 = _line(plan, "Chart 1: 2002/03 Funding", "Net expenditure")
    assert (chart_1.amount.text, _millions(chart_1)) == ("£2,127.6m", D("2127.6"))
    # seed 001 L1188: "Chart 2: 2003/04 Funding Net expenditure = £2,411.7m"
    chart_2 = _line(plan, "Chart 2: 2003/04 Funding", "Net expenditure")
    assert _millions(chart_2) == D("2411.7")
    # seed 001 L1200: "Chart 4: Planned Expenditure 2003/04 Net expenditure = £2,411.7m"
    chart_4 = _line(plan, "Chart 4: Planned Expenditure 2003/04", "Net expenditure")
    assert _millions(chart_4) == D("2411.7")
    # seed 001 L1176: chart 3 is listed but has no caption or figure
    assert not [i for i in plan.financial_resources if (i.section or "").startswith("Chart 3")]


def test_capital_programme(plan: pp.PolicingPlan) -> None:
    section = "Summary of capital programme by business group"  # seed 001 L1213
    lines = [
        (i.label, i.amount.text, _millions(i), i.total)
        for i in plan.financial_resources
        if i.section == section
    ]
    assert lines == [
        ("Directorate of Property Services", "26.1", D("26.1"), False),  # seed 001 L1214
        ("Directorate of Information", "25.4", D("25.4"), False),  # seed 001 L1215
        ("Directorate of Transport Services", "15.9", D("15.9"), False),  # seed 001 L1216
        ("Miscellaneous Projects", "0.3", D("0.3"), False),  # seed 001 L1217
        ("Total", "67.7", D("67.7"), True),  # seed 001 L1218
    ]


C3I = "Command, Control, Communications and Information (C3i)"  # seed 001 L1227


@pytest.mark.parametrize(
    ("label", "printed"),
    [
        # seed 001 L1229: "presently estimated at £156.1m"
        ("Capital expenditure on implementation of the C3i Project", "£156.1m"),
        # seed 001 L1229: "in 2003/04 approximately £73.6m will be spent"
        ("Capital expenditure in 2003/04", "£73.6m"),
        # seed 001 L1231: "a specific grant from the Home Office of £136.6m"
        ("Home Office specific grant", "£136.6m"),
        # seed 001 L1231: "an MPS contribution of £11.7m from the capital programme and reserves"
        ("MPS contribution from the capital programme and reserves", "£11.7m"),
        # seed 001 L1231: "a set sum of £125m"
        ("Home Office set sum", "£125m"),
        # seed 001 L1231: "a £11.6m contingency payable for accommodation work overspends"
        ("Home Office contingency payable for accommodation work overspends", "£11.6m"),
        # seed 001 L1231: "the MPS will need to fund a further £5.81m"
        ("Further MPS funding to match fund the contingency", "£5.81m"),
        # seed 001 L1233: "includes £2m for 'target hardening'"
        ("Target hardening", "£2m"),
        # seed 001 L1233: "£0.5m will be funded from a Home Office grant"
        ("Home Office grant for counter terrorism initiatives", "£0.5m"),
        # seed 001 L1233: "a further £1.5m from general funding"
        ("MPS contribution from general funding", "£1.5m"),
    ],
)
def test_c3i(plan: pp.PolicingPlan, label: str, printed: str) -> None:
    item = _line(plan, C3I, label)
    assert item.amount.text == printed
    assert _millions(item) == D(printed.strip("£m"))
    assert printed in (item.text or "")


def test_airwave(plan: pp.PolicingPlan) -> None:
    airwave = {i.label: i for i in plan.financial_resources if i.section == "Airwave Project"}
    amounts = {label: _millions(item) for label, item in airwave.items()}
    # seed 001 L1237: "estimated at £42.6m. It is anticipated that £37.9m will be spent in
    # 2003/04. The project is funded by a Home Office specific grant of £40.7m. Unfunded capital
    # costs therefore amount to £1.9m"
    assert amounts == {
        "Capital expenditure on the implementation of the Airwave Project": D("42.6"),
        "Capital expenditure in 2003/04": D("37.9"),
        "Home Office specific grant": D("40.7"),
        "Unfunded capital costs": D("1.9"),
    }
    assert airwave["Unfunded capital costs"].text == (
        "Unfunded capital costs therefore amount to £1.9m, and work continues to identify "
        "resources to close this funding gap."
    )


def test_pfi(plan: pp.PolicingPlan) -> None:
    schemes = _line(
        plan, "Private Finance Initiative (PFI) Schemes", "Schemes advanced to contract stage"
    )
    # seed 001 L1241: "Two such schemes have now advanced to contract stage"
    assert (schemes.amount.text, schemes.amount.value) == ("Two", pp.Quantity(2, pp.Unit.COUNT))
    stations = _line(plan, "South East London", "Major police stations")
    # seed 001 L1249: "This scheme will provide three major police stations in South East London"
    assert (stations.amount.text, stations.amount.value) == (
        "three",
        pp.Quantity(3, pp.Unit.COUNT),
    )


def test_financial_sections_in_order(plan: pp.PolicingPlan) -> None:
    sections = list(dict.fromkeys(i.section for i in plan.financial_resources))
    assert sections == [
        "Chart 1: 2002/03 Funding",  # seed 001 L1179
        "Chart 2: 2003/04 Funding",  # seed 001 L1188
        "Chart 4: Planned Expenditure 2003/04",  # seed 001 L1200
        "Summary of capital programme by business group",  # seed 001 L1213
        C3I,  # seed 001 L1227
        "Airwave Project",  # seed 001 L1235
        "Private Finance Initiative (PFI) Schemes",  # seed 001 L1239
        "South East London",  # seed 001 L1247
    ]


# --- Annex M: race equality ------------------------------------------------------------------


def test_race_equality_duties(plan: pp.PolicingPlan) -> None:
    duties = list(dict.fromkeys(r.duty for r in plan.race_equality))
    # seed 001 L1379-1398: the first column
    assert duties == [
        "Identifying policies relevant to the General Duty",
        "Assessing and consulting on the likely impact of proposed policies",
        "Arrangements for monitoring policies for adverse impact",
        "Arrangements for publishing the assessment, consultation and monitoring",
        "Public access to information and services",
        "Employment",
        "Complaints",
        "Communication Strategy",
    ]
    # seed 001 L1378: "MPS Progress 31/5/02 to 31/3/03"
    period = pp.Period(start=date(2002, 5, 31), end=date(2003, 3, 31), label="31/5/02 to 31/3/03")
    assert {r.period for r in plan.race_equality} == {period}


def test_race_equality_employment_items(plan: pp.PolicingPlan) -> None:
    items = [(r.item, r.progress) for r in plan.race_equality if r.item is not None]
    # seed 001 L1385; L1387 ("leaving" / "7. Data collected"); L1388-1391 ("8. Data collected")
    assert items == [
        ("Staff in post", "Data collected"),
        ("Employment (recruits)", "Data collected"),
        ("Applicant for jobs (internal)", "Data collected"),
        ("Applicants for promotion", "Data collected"),
        ("Applicants for training", "Being progressed"),
        (
            "Performance appraisal",
            "Police – data collected, Support Staff – change in process of appraisal from "
            "April '03, data to be collected",
        ),
        ("Disciplinary and grievance procedures", "Data collected"),
        (
            "Dismissals and reasons for leaving",
            "Data collected, MPS Retention Unit reviewing exit survey process to ensure greater "
            "return rates.",
        ),
    ]


def test_race_equality_figures_in_progress(plan: pp.PolicingPlan) -> None:
    rows = {r.duty: r for r in plan.race_equality if r.item is None}
    # seed 001 L1384: "self-assessment using 20 categories"; L1392-1393: quarterly analysis
    assert "using 20 categories" in rows["Employment"].progress
    assert rows["Employment"].progress.endswith(
        "Collected data analysed for disproportionality on a quarterly basis."
    )
    # seed 001 L1396-1397: "No complaints received during" / "this period."
    assert rows["Complaints"].progress.endswith("No complaints received during this period.")
    # seed 001 L1405: the document breaks off
    assert rows["Communication Strategy"].progress.endswith("and briefed as to")


def test_race_equality_issues_are_recorded(plan: pp.PolicingPlan) -> None:
    recorded = {(k.code, k.line): k.path for k in plan.known_issues}
    assert recorded[("garbled-cell", 1385)] == "race_equality[6]"  # seed 001 L1385
    assert recorded[("truncated-list", 1405)] == "race_equality[15].progress"  # seed 001 L1405


def test_new_known_issue_paths_resolve(plan: pp.PolicingPlan) -> None:
    data = pp.to_dict(plan)
    mine = [k for k in plan.known_issues if k.path.startswith(NEW_TABLES)]
    assert len(mine) == 8
    for issue in mine:
        _resolve(data, issue.path)


# --- seed 004: the report header -------------------------------------------------------------


def test_improvement_plan_header(impr: pp.ImprovementPlan) -> None:
    # seed 004 L8: "By: Director of Strategy Modernisation and Planning Directorate on behalf of
    # the Commissioner"
    assert impr.author == (
        "Director of Strategy Modernisation and Planning Directorate on behalf of the Commissioner"
    )
    # seed 004 L13: "That Members note the content of the report."
    assert impr.recommendation == "That Members note the content of the report."


def test_improvement_plan_summary(impr: pp.ImprovementPlan) -> None:
    # seed 004 L10-11, under "Summary" (L9)
    assert impr.summary == (
        "This report outlines the how the MPS is responding to the areas for improvement "
        "identified in the PPAF and Baseline Assessment 2005-06 particularly those areas that "
        "have been identified as “Fair”.",
        "It also includes an update on progress being made to improve PNC performance. Details "
        "of progress against timetable are included.",
    )
    (typo,) = (k for k in impr.known_issues if k.path == "summary[0]")
    assert (typo.code, typo.line) == ("typo", 10)  # seed 004 L10: "outlines the how"

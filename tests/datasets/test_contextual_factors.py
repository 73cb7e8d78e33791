"""The figures of the 2007 inspection's contextual factors, against seed 003.

Each inspected area opens with "National contextual factors" and the force's
"Contextual factors" (the PVP overview's is headed "Contextual factors
overview"); ``Inspection.contextual_factors`` holds every figure they state,
each with its ``section``: the area as the report's summary tables name it,
then the heading as printed. Line numbers (``L…``) are 1-based lines of seed
003 (``hmic-inspection-2007``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

import policeplan as pp

DATASET = "hmic-inspection-2007"
U = pp.Unit

NP_NATIONAL = "Neighbourhood Policing: National contextual factors"  # L409
NP_FORCE = "Neighbourhood Policing: Contextual factors"  # L433
PM_NATIONAL = "Performance management: National contextual factors"  # L1310
PM_FORCE = "Performance management: Contextual factors"  # L1326
PVP_NATIONAL = "Protecting vulnerable people: National contextual factors"  # L1852
PVP_FORCE = "Protecting vulnerable people: Contextual factors overview"  # L1878
CA_NATIONAL = "Child abuse: National contextual factors"  # L2166
CA_FORCE = "Child abuse: Contextual factors"  # L2188
DV_NATIONAL = "Domestic violence: National contextual factors"  # L2434
DV_FORCE = "Domestic violence: Contextual factors"  # L2465
PP_NATIONAL = "Public protection: National contextual factors"  # L2683
PP_FORCE = "Public protection: Contextual factors"  # L2740
MP_NATIONAL = "Missing persons: National contextual factors"  # L2931
MP_FORCE = "Missing persons: Contextual factors"  # L2945

ENHANCED = "wards with an enhanced level of Safer Neighbourhoods coverage"
FOCUSED = "Safer Neighbourhoods teams focused on particular community-based problems"
REQUIRED = "PCSOs required to be in place, of which the MPS has its proportionate share"
POPULATION = "population the MPS is responsible for protecting"
DV_SDR = "domestic violence sanction detection rate"
ARRESTS = (
    "people arrested for domestic violence incidents where there was a power of arrest "
    "(statutory performance indicator)"
)
MP_CASES = "missing persons cases investigated per year"

Row = tuple[str, str, str, str, pp.Unit, str | None]
"""section, measure, the figure as printed, its value, its unit, its qualifier"""

FIGURES: list[Row] = [
    # --- Neighbourhood Policing: the national passage (L411-431) states dates only
    # seed 003 L446-447: "Each of the 32 / boroughs has a SN senior management team (SMT) lead"
    (NP_FORCE, "boroughs, each with a Safer Neighbourhoods senior management team lead",
     "32", "32", U.COUNT, None),
    # seed 003 L448: "The MPS now has coverage in each of the 624 wards"
    (NP_FORCE, "wards", "624", "624", U.COUNT, None),
    # seed 003 L448-449: "has / introduced an enhanced level of coverage in 87 wards"
    (NP_FORCE, ENHANCED, "87", "87", U.COUNT, None),
    # seed 003 L449-450: "87 wards with a population in excess of 14,000 / people"
    (NP_FORCE, "population of each ward with an enhanced level of Safer Neighbourhoods coverage",
     "14,000", "14000", U.COUNT, "in excess of"),
    # seed 003 L450: "the MPS has staffed 21 Safer Transport teams"
    (NP_FORCE, "Safer Transport teams", "21", "21", U.COUNT, None),
    # seed 003 L450-451: "has established six / SN teams to focus on particular community-
    # based problems"
    (NP_FORCE, FOCUSED, "six", "6", U.COUNT, None),
    # seed 003 L451-454: "Two pilots are also under way / [GRADE EXCELLENT] / to trial 24/7
    # SN teams."
    (NP_FORCE, "pilot schemes trialling 24/7 Safer Neighbourhoods teams", "Two", "2", U.COUNT,
     None),
    # seed 003 L473: "The MPS has appointed 4,562 PCSOs"
    (NP_FORCE, "PCSOs appointed", "4,562", "4562", U.COUNT, None),
    # seed 003 L473-474: "its proportionate share of the 16,000 / PCSOs required to be in place
    # by the end of April 2007"
    (NP_FORCE, REQUIRED, "16,000", "16000", U.COUNT, None),
    # --- Performance management: the national passage (L1312-1324) states no figure
    # seed 003 L1328: "The MPS is a £3 billion per annum organisation"
    (PM_FORCE, "annual budget", "£3 billion", "3", U.GBP, None),
    # seed 003 L1328: "with a workforce of over 50,000"
    (PM_FORCE, "workforce", "50,000", "50000", U.COUNT, "over"),
    # seed 003 L1328-1329: "responsibility for the protection of a population of some 7 million"
    (PM_FORCE, POPULATION, "7 million", "7", U.COUNT, "some"),
    # seed 003 L1336-1337: "the seven / corporate strategy priorities"
    (PM_FORCE, "corporate strategy priorities", "seven", "7", U.COUNT, None),
    # seed 003 L1350-1351: "During the period April 2006 to / March 2007, overall crime in
    # London fell to an eight-year low with 62,000 fewer victims of"
    (PM_FORCE, "reduction in the number of victims of crime", "62,000", "62000", U.COUNT, None),
    # seed 003 L1354: "a fifth successive year of increases in the detection rate to 21% –
    # double the level / of five years ago"
    (PM_FORCE, "detection rate", "21%", "21", U.PERCENT, None),
    (PM_FORCE, "detection rate as a multiple of its level five years before", "double", "2",
     U.RATIO, None),
    # seed 003 L1361-1362: "draws together the seven priorities in the / Policing London
    # strategy 2006–09"
    (PM_FORCE, "priorities in the Policing London strategy 2006–09", "seven", "7", U.COUNT,
     None),
    # --- Protecting vulnerable people
    # seed 003 L1855: "It replaced two existing frameworks"
    (PVP_NATIONAL, "frameworks the Protecting Vulnerable People framework replaced", "two", "2",
     U.COUNT, None),
    # seed 003 L1858-1859: "a single framework / was introduced with four components" (the
    # "four areas" of L1861 are the same four)
    (PVP_NATIONAL, "components of the Protecting Vulnerable People framework", "four", "4",
     U.COUNT, None),
    # seed 003 L1893: "across all four / elements of the business area"
    (PVP_FORCE, "elements of the Protecting Vulnerable People business area", "four", "4",
     U.COUNT, None),
    # seed 003 L1899-1900: "... over the course of 2006/07:" — then the list L1902-1911
    # seed 003 L1902: "• 7,295 child abuse offences;"
    (PVP_FORCE, "child abuse offences", "7,295", "7295", U.COUNT, None),
    # seed 003 L1903: "• 91 sudden unexplained death of infant (SUDI) investigations;"
    (PVP_FORCE, "sudden unexplained death of infant (SUDI) investigations", "91", "91",
     U.COUNT, None),
    # seed 003 L1904: "• 101,199 DV incidents;"
    (PVP_FORCE, "domestic violence incidents", "101,199", "101199", U.COUNT, None),
    # seed 003 L1905: "• 54,746 DV offences;"
    (PVP_FORCE, "domestic violence offences", "54,746", "54746", U.COUNT, None),
    # seed 003 L1906: "• 11,166 racist incidents;"
    (PVP_FORCE, "racist incidents", "11,166", "11166", U.COUNT, None),
    # seed 003 L1907: "• 9,976 racist offences;"
    (PVP_FORCE, "racist offences", "9,976", "9976", U.COUNT, None),
    # seed 003 L1908: "• 1,394 homophobic incidents;"
    (PVP_FORCE, "homophobic incidents", "1,394", "1394", U.COUNT, None),
    # seed 003 L1909: "• 1,184 homophobic offences;"
    (PVP_FORCE, "homophobic offences", "1,184", "1184", U.COUNT, None),
    # seed 003 L1910: "• 5,312 registered sex offenders; and"
    (PVP_FORCE, "registered sex offenders", "5,312", "5312", U.COUNT, None),
    # seed 003 L1911: "• 26,000 missing persons, of whom over 16,000 are under 18 years of age."
    (PVP_FORCE, "missing persons", "26,000", "26000", U.COUNT, None),
    (PVP_FORCE, "missing persons under 18 years of age", "16,000", "16000", U.COUNT, "over"),
    # seed 003 L1914-1915: "having achieved a 39.3% domestic violence sanction / detection rate
    # in 2006/07, which is a 20.2% rise compared with three years previously"
    (PVP_FORCE, DV_SDR, "39.3%", "39.3", U.PERCENT, None),
    (PVP_FORCE, "rise in the domestic violence sanction detection rate compared with three "
     "years previously", "20.2%", "20.2", U.PERCENT_CHANGE, None),
    # seed 003 L1915-1916: "a / homophobic crime sanction detection rate of 34.6%, which is a
    # 17.7% increase over the / same period"
    (PVP_FORCE, "homophobic crime sanction detection rate", "34.6%", "34.6", U.PERCENT, None),
    (PVP_FORCE, "increase in the homophobic crime sanction detection rate over the same "
     "three-year period", "17.7%", "17.7", U.PERCENT_CHANGE, None),
    # seed 003 L1917-1918: "and a 22% child abuse sanction detection rate which is a 6% rise
    # over the / same period."
    (PVP_FORCE, "child abuse sanction detection rate", "22%", "22", U.PERCENT, None),
    (PVP_FORCE, "rise in the child abuse sanction detection rate over the same three-year "
     "period", "6%", "6", U.PERCENT_CHANGE, None),
    # seed 003 L1920-1922: "45.8% people were arrested for DV incidents, / where there was a
    # power of arrest ... which / is an improvement of 9.98% from the previous year"
    (PVP_FORCE, ARRESTS, "45.8%", "45.8", U.PERCENT, None),
    (PVP_FORCE, "improvement from the previous year in people arrested for domestic violence "
     "incidents where there was a power of arrest", "9.98%", "9.98", U.PERCENT_CHANGE, None),
    # --- Child abuse: the national passage (L2168-2184) states no figure
    # seed 003 L2191: "SCD5 comprises 19 child abuse investigation / teams (CAITs)"
    (CA_FORCE, "child abuse investigation teams (CAITs)", "19", "19", U.COUNT, None),
    # seed 003 L2192-2193: "dealing with / around 10,000 allegations per annum"
    (CA_FORCE, "allegations the child abuse investigation teams deal with per annum", "10,000",
     "10000", U.COUNT, "around"),
    # seed 003 L2193-2194: "in the / form of two major incident teams"
    (CA_FORCE, "major incident teams of SCD5", "two", "2", U.COUNT, None),
    # --- Domestic violence: the national passage (L2436-2461) states an age only
    # seed 003 L2474: "Project Umbra comprises six strategic strands of activity"
    (DV_FORCE, "strategic strands of activity of Project Umbra", "six", "6", U.COUNT, None),
    # --- Public protection: the force's passage (L2742-2754) states no figure
    # seed 003 L2695: "Under MAPPA, there are three categories of offender"
    (PP_NATIONAL, "MAPPA categories of offender considered to pose a risk of serious harm",
     "three", "3", U.COUNT, None),
    # seed 003 L2711-2712: "risk management involves the use of strategies by various /
    # agencies to reduce the risk, at three levels"
    (PP_NATIONAL, "levels of MAPPA risk management", "three", "3", U.COUNT, None),
    # seed 003 L2723-2724: "The guidance outlines four considerations that are / key to the
    # delivery of effective public protection."
    (PP_NATIONAL, "considerations of the MAPPA guidance key to effective public protection",
     "four", "4", U.COUNT, None),
    # --- Missing persons: the national passage (L2933-2941) says "thousands" only
    # seed 003 L2947: "The MPS investigates over 26,000 missing persons cases every year and
    # 16,000 of those / cases relate to children"
    (MP_FORCE, MP_CASES, "26,000", "26000", U.COUNT, "over"),
    (MP_FORCE, "missing persons cases per year relating to children", "16,000", "16000",
     U.COUNT, None),
    # seed 003 L2952: "there are currently 1,314 persons outstanding"
    (MP_FORCE, "missing persons outstanding in London", "1,314", "1314", U.COUNT, None),
]  # fmt: skip

COUNTS = {
    NP_NATIONAL: 0,
    NP_FORCE: 9,
    PM_NATIONAL: 0,
    PM_FORCE: 8,
    PVP_NATIONAL: 2,
    PVP_FORCE: 20,
    CA_NATIONAL: 0,
    CA_FORCE: 3,
    DV_NATIONAL: 0,
    DV_FORCE: 1,
    PP_NATIONAL: 3,
    PP_FORCE: 0,
    MP_NATIONAL: 0,
    MP_FORCE: 3,
}


@pytest.fixture(scope="module")
def insp07() -> pp.Inspection:
    document = pp.datasets.load(DATASET)
    assert isinstance(document, pp.Inspection)
    return document


def value(f: pp.ProfileFigure) -> pp.Quantity:
    assert f.value is not None
    return f.value


def figure(insp07: pp.Inspection, section: str, measure: str) -> pp.ProfileFigure:
    (found,) = [
        f for f in insp07.contextual_factors if (f.section, f.measure) == (section, measure)
    ]
    return found


def test_every_figure(insp07: pp.Inspection) -> None:
    found = [
        (f.section, f.measure, f.figure.text, str(value(f).value), value(f).unit, f.qualifier)
        for f in insp07.contextual_factors
    ]
    assert found == FIGURES


def test_figures_per_section(insp07: pp.Inspection) -> None:
    counted = Counter(f.section for f in insp07.contextual_factors)
    assert {section: counted[section] for section in COUNTS} == COUNTS
    assert set(counted) <= set(COUNTS)
    assert sum(COUNTS.values()) == len(insp07.contextual_factors) == 49


def test_figures_stand_in_their_text(insp07: pp.Inspection) -> None:
    for f in insp07.contextual_factors:
        assert f.figure.text in f.text, f
        assert f.figure.missing is None
        assert f.target is None


def test_printed_digits_are_kept(insp07: pp.Inspection) -> None:
    # seed 003 L1914: "having achieved a 39.3% domestic violence sanction"
    dv = value(figure(insp07, PVP_FORCE, DV_SDR))
    assert dv.value.as_tuple() == pp.Quantity("39.3", U.PERCENT).value.as_tuple()
    assert str(dv) == "39.3%"
    # seed 003 L1922: "is an improvement of 9.98% from the previous year"
    assert [
        str(value(f).value) for f in insp07.contextual_factors if f.figure.text == "9.98%"
    ] == ["9.98"]
    # seed 003 L1328: "The MPS is a £3 billion per annum organisation"
    budget = value(figure(insp07, PM_FORCE, "annual budget"))
    assert (budget.unit, budget.scale) == (U.GBP, "billion")
    assert str(budget) == "£3 billion"
    # seed 003 L1329: "a population of some 7 million"
    assert value(figure(insp07, PM_FORCE, POPULATION)).scale == "million"


def test_the_text_is_read_across_page_furniture(insp07: pp.Inspection) -> None:
    # seed 003 L451-454: "Two pilots are also under way" / "GRADE EXCELLENT" / " to trial 24/7"
    pilots = figure(insp07, NP_FORCE, "pilot schemes trialling 24/7 Safer Neighbourhoods teams")
    assert pilots.text == "Two pilots are also under way to trial 24/7 SN teams."
    # seed 003 L1351-1354: "... 62,000 fewer victims of" / "GRADE GOOD" / " crime and a fifth"
    victims = figure(insp07, PM_FORCE, "reduction in the number of victims of crime")
    assert victims.text.endswith("62,000 fewer victims of crime")


def test_stated_periods(insp07: pp.Inspection) -> None:
    year = pp.FinancialYear(2006).period()
    periods = {(f.section, f.measure): f.period for f in insp07.contextual_factors if f.period}
    # seed 003 L1899-1900: the workload list is "over the course of 2006/07"; L1914-1915: the
    # domestic violence rate is "in 2006/07"
    workload = [f for f in insp07.contextual_factors if "MetStats" in (f.note or "")]
    assert len(workload) == 11
    assert all(f.period == year for f in workload)
    assert periods[(PVP_FORCE, DV_SDR)] == year
    # seed 003 L1350-1351: "During the period April 2006 to / March 2007"
    april = pp.Period(
        start=date(2006, 4, 1), end=date(2007, 3, 31), label="April 2006 to March 2007"
    )
    for measure in (
        "reduction in the number of victims of crime",
        "detection rate",
        "detection rate as a multiple of its level five years before",
    ):
        assert periods.pop((PM_FORCE, measure)) == april
    # seed 003 L473-474: "required to be in place by the end of April 2007"
    end_of_april = periods.pop((NP_FORCE, REQUIRED))
    assert end_of_april is not None
    assert (end_of_april.start, end_of_april.end) == (date(2007, 4, 30), date(2007, 4, 30))
    # the rest state no period: the rates of L1916-1917 are "over the same period" only
    assert {key for key, period in periods.items() if period != year} == set()
    assert (PVP_FORCE, "homophobic crime sanction detection rate") not in periods
    assert (PVP_FORCE, ARRESTS) not in periods
    assert (MP_FORCE, MP_CASES) not in periods


def test_notes(insp07: pp.Inspection) -> None:
    by_measure = {f.measure: f.note for f in insp07.contextual_factors if f.section == PVP_FORCE}
    # seed 003 L1951: footnote 3, "Source: MetStats and SCD data."
    assert "MetStats and SCD data" in (by_measure["domestic violence offences"] or "")
    # seed 003 L1915-1922: each change of a rate is printed with "%" but not said to be relative
    changes = [f for f in insp07.contextual_factors if value(f).unit is U.PERCENT_CHANGE]
    assert len(changes) == 4
    assert all("percentage points" in (f.note or "") for f in changes)
    # seed 003 L1354-1355: "double the level of five years ago", as the ratio 1:2
    double = figure(
        insp07, PM_FORCE, "detection rate as a multiple of its level five years before"
    )
    assert double.note is not None
    assert "1:2" in double.note


def test_known_issues(insp07: pp.Inspection) -> None:
    mine = {
        (k.code, k.path, k.line)
        for k in insp07.known_issues
        if k.path.startswith("contextual_factors[")
    }
    index = {(f.section, f.measure): i for i, f in enumerate(insp07.contextual_factors)}
    assert mine == {
        # seed 003 L451: "community- based problems"
        ("typo", f"contextual_factors[{index[(NP_FORCE, FOCUSED)]}].text", 451),
        # seed 003 L1329 "a population of some 7 million" against L217-218 "an estimated
        # resident population of over 7.5 million"
        ("inconsistent-repeat", f"contextual_factors[{index[(PM_FORCE, POPULATION)]}].figure",
         1329),
        # seed 003 L1920: "45.8% people were arrested"
        ("missing-word", f"contextual_factors[{index[(PVP_FORCE, ARRESTS)]}].text", 1920),
        # seed 003 L2194 "two major incident teams" against L2210 "two major investigation teams"
        ("label-mismatch",
         f"contextual_factors[{index[(CA_FORCE, 'major incident teams of SCD5')]}].text", 2194),
        # seed 003 L2947 "over 26,000 ... and 16,000 of those" against L1911 "26,000 missing
        # persons, of whom over 16,000"
        ("inconsistent-repeat", f"contextual_factors[{index[(MP_FORCE, MP_CASES)]}].qualifier",
         2947),
    }  # fmt: skip


def test_the_tables_hold_the_contextual_factors(insp07: pp.Inspection) -> None:
    tables = pp.tables(insp07)
    assert "contextual_factors" in tables
    table = tables["contextual_factors"]
    assert len(table) == 49
    row = next(r for r in table.rows if r["measure"] == "domestic violence offences")
    # seed 003 L1905: "• 54,746 DV offences;"
    assert float(row["figure"]) == 54746
    assert (row["figure.unit"], row["section"]) == ("count", PVP_FORCE)
    rate = next(r for r in table.rows if r["measure"] == DV_SDR)
    # seed 003 L1914: "having achieved a 39.3% domestic violence sanction"
    assert (float(rate["figure"]), rate["figure.unit"]) == (39.3, "percent")


def test_round_trip(insp07: pp.Inspection) -> None:
    assert pp.from_json(type(insp07), pp.to_json(insp07)) == insp07

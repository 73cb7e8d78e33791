"""The HMIC inspection report on the MPS, October 2007 (seed 003_245b28309204f96a.txt).

Line numbers ("L385") are 1-based lines of seed 003.
"""

from __future__ import annotations

import pytest

import policeplan as pp

DATASET = "hmic-inspection-2007"
PVP = "Protecting vulnerable people"
S, WIP, AFI = (
    pp.FindingKind.STRENGTH,
    pp.FindingKind.WORK_IN_PROGRESS,
    pp.FindingKind.AREA_FOR_IMPROVEMENT,
)


@pytest.fixture(scope="module")
def insp() -> pp.Inspection:
    document = pp.datasets.load(DATASET)
    assert isinstance(document, pp.Inspection)
    return document


def findings(insp: pp.Inspection, area: str, kind: pp.FindingKind) -> list[str]:
    return [f.text for f in insp.findings if f.framework == area and f.kind is kind]


# --- structure -------------------------------------------------------------------


def test_round_trip(insp: pp.Inspection) -> None:
    assert pp.from_json(type(insp), pp.to_json(insp)) == insp


def test_source_and_period(insp: pp.Inspection) -> None:
    # seed 003 L807-809: the running footer gives title and month
    assert insp.source.title == "Metropolitan Police – HMIC Inspection Report"
    assert insp.source.published == "October 2007"
    assert insp.source.isbn is None
    assert insp.force == "MPS"
    # seed 003 L113: "the assessment period April 2006 to July 2007"
    assert str(insp.period) == "April 2006 to July 2007"
    assert (insp.period.start.isoformat(), insp.period.end.isoformat()) == (
        "2006-04-01",
        "2007-07-31",
    )


def test_areas(insp: pp.Inspection) -> None:
    # seed 003 L359-399: the summary tables name the areas
    assert [f.name for f in insp.frameworks] == [
        "Neighbourhood Policing",
        "Performance management",
        PVP,
        "Child abuse",
        "Domestic violence",
        "Public protection",
        "Missing persons",
    ]
    parts = [f.name for f in insp.frameworks if f.parent == PVP]
    assert parts == ["Child abuse", "Domestic violence", "Public protection", "Missing persons"]
    assert insp.framework("PVP").graded is False  # seed 003 L391: heading only, no grade
    # seed 003 L2426: section heading spelling
    assert insp.framework("Protecting Vulnerable People – Domestic Violence").name == (
        "Domestic violence"
    )


def test_counts(insp: pp.Inspection) -> None:
    assert len(insp.judgements) == 6  # seed 003 L385-399
    assert len(insp.distributions) == 6  # seed 003 L365-379
    assert [r.number for r in insp.recommendations] == list(range(1, 17))  # L3292-3400
    assert len(insp.developing_practice) == 10  # L1071-3286
    assert len(insp.glossary) == 98  # L3404-3670
    assert len(insp.findings) == 191


def test_every_distribution_sums_to_43(insp: pp.Inspection) -> None:
    # seed 003 L365-379 (and the section tables L407, L1308, L2164, L2432, L2681, L2929)
    assert [d.total for d in insp.distributions] == [43] * 6


def test_pvp_has_no_judgement(insp: pp.Inspection) -> None:
    # seed 003 L391: "Protecting vulnerable people Grade" is a heading; only its parts are graded
    with pytest.raises(pp.NotFoundError):
        insp.judgement("MPS", PVP)


@pytest.mark.parametrize(
    ("area", "kind", "count"),
    [
        pytest.param("Neighbourhood Policing", S, 37, id="NP strengths L486-922"),
        pytest.param("Neighbourhood Policing", WIP, 4, id="NP wip L924-970"),
        pytest.param("Neighbourhood Policing", AFI, 9, id="NP afi L972-1069"),
        pytest.param("Performance management", S, 14, id="PM strengths L1371-1495"),
        pytest.param("Performance management", WIP, 5, id="PM wip L1497-1542"),
        pytest.param("Performance management", AFI, 10, id="PM afi L1544-1654"),
        pytest.param(PVP, S, 6, id="PVP strengths L1960-1996"),
        pytest.param(PVP, WIP, 7, id="PVP wip L1998-2039"),
        pytest.param(PVP, AFI, 8, id="PVP afi L2041-2157"),
        pytest.param("Child abuse", S, 23, id="CA strengths L2202-2341"),
        pytest.param("Child abuse", WIP, 3, id="CA wip L2343-2368"),
        pytest.param("Child abuse", AFI, 3, id="CA afi L2370-2425"),
        pytest.param("Domestic violence", S, 14, id="DV strengths L2485-2565"),
        pytest.param("Domestic violence", WIP, 2, id="DV wip L2567-2593"),
        pytest.param("Domestic violence", AFI, 7, id="DV afi L2595-2670"),
        pytest.param("Public protection", S, 12, id="PP strengths L2756-2823"),
        pytest.param("Public protection", WIP, 5, id="PP wip L2825-2868"),
        pytest.param("Public protection", AFI, 5, id="PP afi L2870-2922"),
        pytest.param("Missing persons", S, 11, id="MP strengths L2963-3009"),
        pytest.param("Missing persons", WIP, 1, id="MP wip L3011-3019"),
        pytest.param("Missing persons", AFI, 5, id="MP afi L3021-3087"),
    ],
)
def test_findings_per_kind_per_area(
    insp: pp.Inspection, area: str, kind: pp.FindingKind, count: int
) -> None:
    assert len(findings(insp, area, kind)) == count


def test_no_page_furniture_in_findings(insp: pp.Inspection) -> None:
    for finding in insp.findings:
        assert "HMIC Inspection Report" not in finding.text
        assert "GRADE" not in finding.text
        assert "RECOMMENDATION" not in finding.text
        assert not finding.text.startswith("•")


# --- grades and distributions ----------------------------------------------------


@pytest.mark.parametrize(
    ("area", "grade", "text"),
    [
        pytest.param("Neighbourhood Policing", pp.Grade.EXCELLENT, "Excellent", id="L385 L453"),
        pytest.param("Performance management", pp.Grade.GOOD, "Good", id="L389 L1353"),
        pytest.param("Child abuse", pp.Grade.GOOD, "Good", id="L393 L2209"),
        pytest.param("Domestic violence", pp.Grade.FAIR, "Fair", id="L395 L2477"),
        pytest.param("Public protection", pp.Grade.FAIR, "Fair", id="L397 L2728"),
        pytest.param("Missing persons", pp.Grade.FAIR, "Fair", id="L399 L2974"),
    ],
)
def test_mps_grades(insp: pp.Inspection, area: str, grade: pp.Grade, text: str) -> None:
    judgement = insp.judgement("MPS", area)
    assert judgement.grade == grade
    assert judgement.grade_text == text


@pytest.mark.parametrize(
    ("area", "counts"),
    [
        pytest.param("Neighbourhood Policing", (6, 14, 21, 2), id="L365 L407"),
        pytest.param("Performance management", (6, 29, 8, 0), id="L369 L1308"),
        pytest.param("Child abuse", (3, 17, 21, 2), id="L373 L2164"),
        pytest.param("Domestic violence", (1, 13, 27, 2), id="L375 L2432"),
        pytest.param("Public protection", (2, 16, 23, 2), id="L377 L2681"),
        pytest.param("Missing persons", (1, 21, 21, 0), id="L379 L2929"),
    ],
)
def test_distributions(insp: pp.Inspection, area: str, counts: tuple[int, ...]) -> None:
    dist = insp.distribution(area)
    assert tuple(dist[g] for g in pp.Grade) == counts


def test_domestic_violence_fair_count(insp: pp.Inspection) -> None:
    # seed 003 L375: "Domestic violence 1 13 27 2"
    assert insp.distribution("DV")[pp.Grade.FAIR] == 27
    assert insp.distribution("Domestic violence").better_than(pp.Grade.FAIR) == 14


# --- findings --------------------------------------------------------------------


def test_np_strength_joined_across_lines(insp: pp.Inspection) -> None:
    # seed 003 L510-511
    assert any(
        "delivered 630 sergeants, 1,329 constables and 4,562 PCSOs, a total of 6,521 police "
        "personnel" in text
        for text in findings(insp, "Neighbourhood Policing", S)
    )


def test_np_strength_across_blank_line(insp: pp.Inspection) -> None:
    # seed 003 L794-801: a blank line after "across London." does not end the finding
    (text,) = [
        t
        for t in findings(insp, "Neighbourhood Policing", S)
        if t.startswith("The impact of the MPS SN programme")
    ]
    assert text.endswith("Performance indicators around secondary benefits are emerging.")


def test_np_last_strength(insp: pp.Inspection) -> None:
    # seed 003 L920-922
    assert findings(insp, "Neighbourhood Policing", S)[-1].endswith(
        "as against the MPS average of 11% and 20% respectively."
    )


def test_np_work_in_progress_joined_across_footnote(insp: pp.Inspection) -> None:
    # seed 003 L930-934: footnote 2 (L933) stands between "problem" and "solving within NIM"
    first = findings(insp, "Neighbourhood Policing", WIP)[0]
    assert "hindering the co-ordination of problem solving within NIM. Key to progress" in first


def test_child_abuse_strength_joined_across_grade_line(insp: pp.Inspection) -> None:
    # seed 003 L2207-2211: the "GRADE GOOD" sidebar (L2209) splits the sentence
    assert findings(insp, "Child abuse", S)[0].endswith(
        "who shares responsibility for managing 19 CAITs and two major investigation teams "
        "working from 16 offices across the MPS."
    )


def test_missing_persons_improvement_joined_across_footer(insp: pp.Inspection) -> None:
    # seed 003 L3029-3039: page footer "Page 60" between the two halves
    assert (
        "risk assessments and compliance with minimum standards; this is not exploited"
        in (findings(insp, "Missing persons", AFI)[0])
    )


def test_domestic_violence_caseloads(insp: pp.Inspection) -> None:
    # seed 003 L2596-2598
    assert findings(insp, "Domestic violence", AFI)[0].startswith(
        "Workloads within CSUs across BOCUs are high (ranging from an average of 10 to 15 "
        "cases on some BOCUs to 15 to 25 on busier BOCUs)"
    )


def test_public_protection_last_finding(insp: pp.Inspection) -> None:
    # seed 003 L2914: mental-health victims 66% against 27% (2001–04)
    assert (
        "at 66% as opposed to 27% over a four-year sample period (2001–04)"
        in (findings(insp, "Public protection", AFI)[-1])
    )


# --- recommendations -------------------------------------------------------------


def rec(insp: pp.Inspection, number: int) -> pp.Recommendation:
    (found,) = [r for r in insp.recommendations if r.number == number]
    return found


@pytest.mark.parametrize(
    ("number", "area"),
    [
        pytest.param(4, "Neighbourhood Policing", id="L3290 L3306"),
        pytest.param(7, "Performance management", id="L3310 L3326"),
        pytest.param(11, PVP, id="L3331 L3358"),
        pytest.param(12, "Child abuse", id="L3363 L3365"),
        pytest.param(13, "Domestic violence", id="L3372 L3374"),
        pytest.param(14, "Public protection", id="L3381 L3383"),
        pytest.param(16, "Missing persons", id="L3389 L3396"),
    ],
)
def test_recommendation_areas(insp: pp.Inspection, number: int, area: str) -> None:
    assert rec(insp, number).area == area


def test_recommendation_13(insp: pp.Inspection) -> None:
    # seed 003 L2614-2618
    r = rec(insp, 13)
    assert r.text == (
        "That the force develops a corporate resourcing template for community safety units "
        "that provides guidance for basic operational command units as to the minimum "
        "requirements for staffing such functions in a manner that is commensurate with demand "
        "and efficiency, creating resilience, capacity and capability and thereby improving "
        "service to victims as well as ensuring that staff have manageable workloads."
    )
    assert r.list_text is None


def test_recommendation_1_wording_variant(insp: pp.Inspection) -> None:
    r = rec(insp, 1)
    assert "allocation of Safer Neighbourhood policing resources" in r.text  # seed 003 L985
    assert r.list_text is not None
    assert "allocation of Safer Neighbourhoods policing resources" in r.list_text  # L3294


def test_recommendation_8_wording_variant(insp: pp.Inspection) -> None:
    r = rec(insp, 8)
    # seed 003 L2072 (body) against L3336 (list)
    assert "priority level of protecting vulnerable people (PVP)/public protection" in r.text
    assert r.list_text is not None
    assert "protecting vulnerable victims (PVP)/public protection" in r.list_text


def test_recommendation_7_and_5(insp: pp.Inspection) -> None:
    # seed 003 L1608: the only one not opening "That the force"
    assert rec(insp, 7).text.startswith("To review the quality assurance function in the force")
    # seed 003 L1577: ends with the publication's title
    assert rec(insp, 5).text.endswith("the Home Office publication ‘Managing Police Performance’.")


def test_wording_variants_recorded(insp: pp.Inspection) -> None:
    # seed 003 L3294, L3298, L3322, L3336, L3346, L3359
    variants = [
        k for k in insp.known_issues if k.code == "wording-variant" and "list_text" in k.path
    ]
    assert [k.line for k in variants] == [3294, 3298, 3322, 3336, 3346, 3359]
    numbered = [r.number for r in insp.recommendations if r.list_text is not None]
    assert numbered == [1, 2, 6, 8, 9, 11]


# --- developing practice ---------------------------------------------------------


def test_developing_practice_titles_and_areas(insp: pp.Inspection) -> None:
    practice = insp.developing_practice
    areas = [p.area for p in practice]
    assert areas == ["Neighbourhood Policing"] * 3 + ["Performance management"] * 3 + [PVP] * 4
    assert practice[3].title == "Operation Delphinus"  # seed 003 L1659
    # seed 003 L3139-3140: a title over two lines
    assert practice[7].title == (
        "Territorial policing crime, violent crime directorate high risk interventions and "
        "proactive targeting"
    )
    # seed 003 L3228: the stray ")" stays, and is recorded
    assert practice[9].title == "The MPS child abuse investigation command) training programmes"
    assert any(
        k.line == 3228 and k.path == "developing_practice[9].title" for k in insp.known_issues
    )


@pytest.mark.parametrize(
    ("index", "contacts"),
    [
        pytest.param(
            0,
            ("Dr Alistair McBeath – 020 7161 2634", "DCI Dave Reed – 020 7161 2680"),
            id="L1124-1125",
        ),
        pytest.param(
            1,
            (
                "Inspector Chris Hemstead, Central SN Unit – 020 71612686, "
                "chris.hemstead@met.police.uk",
            ),
            id="L1210-1211",
        ),
        pytest.param(
            3,
            (
                "Paul Malyon, SO Department, Continuous Improvement Unit – 020 7230 2348",
                "Alistair Glen, TP Performance Unit – 020 7321 9041",
            ),
            id="L1705-1706",
        ),
        pytest.param(
            4,
            ("Chief Inspector Rob Harper, Head of Performance Improvement Team – 020 7321 7241",),
            id="L1770-1771",
        ),
        pytest.param(9, ("D/Superintendent Caroline Bates, CAIC",), id="L3286"),
    ],
)
def test_developing_practice_contacts(
    insp: pp.Inspection, index: int, contacts: tuple[str, ...]
) -> None:
    assert insp.developing_practice[index].contacts == contacts


def test_developing_practice_fields(insp: pp.Inspection) -> None:
    practice = insp.developing_practice
    # seed 003 L1679-1680
    assert (
        "seven strands of activity into BOCU business: policing plan; ownership; community; "
        "partnership; intelligence; briefing; response." in (practice[3].solution or "")
    )
    # seed 003 L1168-1169
    assert "- February 2006: all 32 BOCUs in scheme = 105 projects a week." in (
        (practice[1].outcomes or "").split("\n")
    )
    # seed 003 L3213
    assert "some 15–20% of current JBOC activity." in (practice[8].solution or "")
    # seed 003 L3235-3236
    assert (
        "currently 22% for the year to date, compared with 19% in 2005/06 and 14% in 2004/05"
        in (practice[9].problem or "")
    )
    # seed 003 L1077-1079: a one-paragraph problem
    assert practice[0].problem == (
        "The progress of Neighbourhood Policing required the development of a robust "
        "performance management framework that would clearly identify the expected outcomes "
        "of the SN programme and that could link these outcomes to activity by neighbourhood "
        "teams."
    )


# --- glossary --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "expansion"),
    [
        pytest.param("AC (TP)", "assistant commissioner (territorial policing)", id="L3408"),
        pytest.param("BOCU", "basic operational command unit", id="L3432"),
        pytest.param("GLA", "Greater London Assembly", id="L3497"),
        pytest.param("SM&PD", "strategy modernisation and performance directorate", id="L3638"),
        pytest.param("SMART", "specific, measurable, achievable, realistic, timely", id="L3640"),
        pytest.param("ViSOR", "Violent and Sex Offenders Register", id="L3670"),
    ],
)
def test_glossary(insp: pp.Inspection, term: str, expansion: str) -> None:
    assert {g.term: g.expansion for g in insp.glossary}[term] == expansion


def test_glossary_conflicts_recorded(insp: pp.Inspection) -> None:
    # seed 003 L257 "Greater London Authority (GLA)" against the glossary's "Assembly" (L3497)
    glossary_issues = [k for k in insp.known_issues if k.path.startswith("glossary[")]
    assert sorted(k.line for k in glossary_issues if k.line is not None) == [257, 1333, 1882]

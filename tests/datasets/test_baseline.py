"""HMIC Baseline Assessment, Metropolitan Police Service, October 2005 (seed 000).

Line numbers cite ``seeds/000_8971e4e9a7c1f0c8.txt``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

import policeplan as pp

DATASET_ID = "hmic-baseline-2005"
G = pp.Grade
D = pp.DirectionOfTravel
STRENGTH = pp.FindingKind.STRENGTH
AFI = pp.FindingKind.AREA_FOR_IMPROVEMENT


@pytest.fixture(scope="module")
def base() -> pp.BaselineAssessment:
    doc = pp.datasets.load(DATASET_ID)
    assert isinstance(doc, pp.BaselineAssessment)
    return doc


# --- structure ----------------------------------------------------------------------------


def test_round_trip(base: pp.BaselineAssessment) -> None:
    assert pp.from_json(type(base), pp.to_json(base)) == base


def test_source(base: pp.BaselineAssessment) -> None:
    # seed 000 L3, L7, L9, L14
    assert base.source.title == "Baseline Assessment Metropolitan Police Service"
    assert base.source.publisher == "Her Majesty's Inspectorate of Constabulary"
    assert base.source.date == date(2005, 10, 1)
    assert base.source.published == "October 2005"
    assert base.source.isbn == "1-84473-700-4"
    # seed 000 L77 (2004/05), L1510 (comparison column 2003/04), L114 (MSF group)
    assert base.force == "MPS"
    assert str(base.year) == "2004/05"
    assert str(base.comparison_year) == "2003/04"
    assert base.msf_group == (
        "West Midlands",
        "Greater Manchester",
        "Merseyside",
        "West Yorkshire",
    )


def test_domains(base: pp.BaselineAssessment) -> None:
    # seed 000 L122-140 (areas 1-7 with PPAF codes), L97 (Local Policing)
    assert [(d.number, d.name, d.ppaf_code) for d in base.domains] == [
        (1, "Citizen Focus", "A"),
        (2, "Reducing Crime", "1"),
        (3, "Investigating Crime", "2"),
        (4, "Promoting Safety", "3"),
        (5, "Providing Assistance", "4"),
        (6, "Resource Use", "B"),
        (7, "Leadership and Direction", None),
        (None, "Local Policing", None),
    ]


def test_frameworks(base: pp.BaselineAssessment) -> None:
    # seed 000 L121-141: 27 frameworks, 1A-7C
    codes = [fw.code for fw in base.frameworks]
    assert len(codes) == 27
    assert codes[0] == "1A"
    assert codes[-1] == "7C"
    assert Counter(fw.domain for fw in base.frameworks) == {
        1: 4,
        2: 3,
        3: 6,
        4: 2,
        5: 3,
        6: 6,
        7: 3,
    }
    # seed 000 L138, L139, L134: canonical names carry the table's abbreviations
    assert base.framework("6A").name == "Human Resource (HR) Management"
    assert base.framework("6F").name == "National Intelligence Model (NIM)"
    assert base.framework("4B").name == (
        "Reducing Anti-Social Behaviour (ASB) and Promoting Public Safety"
    )


def test_areas_covered(base: pp.BaselineAssessment) -> None:
    # seed 000 L123 (bulleted), L132 and L141 (bullets lost; split by phrase)
    assert base.framework("1A").areas_covered == (
        "Equality of service delivery",
        "Community cohesion",
        "Engaging with minority groups",
    )
    assert base.framework("3B").areas_covered[2] == "Asset recovery (Proceeds of Crime Act (POCA))"
    assert base.framework("4A").areas_covered[3] == "Extended police family"
    assert len(base.framework("7B").areas_covered) == 7
    assert (
        base.framework("7B").areas_covered[-1] == "Management of reputation/ public expectations"
    )


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Human Resources Management", "6A"),  # seed 000 L1931 (matrix)
        ("Human Resource Management", "6A"),  # seed 000 L200 (summary)
        ("National Intelligence Model", "6F"),  # seed 000 L205
        ("Reducing Anti-Social Behaviour and Promoting Public Safety", "4B"),  # seed 000 L194
        ("Investigating Hate Crime and Crime Against Vulnerable Victims", "3C"),  # seed 000 L1638
        ("Major Crime Investigation", "3A"),  # seed 000 L89
        ("Criminal Justice", "3F"),  # seed 000 L93
        ("Neighbourhood Policing", "1B"),  # seed 000 L97
    ],
)
def test_aliases(base: pp.BaselineAssessment, alias: str, code: str) -> None:
    assert alias in base.framework(code).aliases
    assert base.framework(alias).code == code


def test_judgement_totals(base: pp.BaselineAssessment) -> None:
    # seed 000 L1912 + L1941: 22 + 21 forces; 27 rows each
    assert len(base.forces) == 43
    assert base.forces[0] == "Avon and Somerset"
    assert base.forces[-1] == "Wiltshire"
    assert "MPS" in base.forces
    assert len(base.judgements) == 43 * 27 == 1161
    # seed 000 L1916, L1945: Professional Standards is NG for every force
    assert all(j.grade is None for j in base.judgements if j.framework == "1D")
    assert sum(j.grade is None for j in base.judgements) == 43


# --- national matrices --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("force", "code", "grade"),
    [
        ("Kent", "5A", G.EXCELLENT),  # seed 000 L1928
        ("Lancashire", "1B", G.EXCELLENT),  # seed 000 L1914
        ("Cambridgeshire", "1C", G.POOR),  # seed 000 L1915
        ("Greater Manchester", "3A", G.EXCELLENT),  # seed 000 L1920
        ("Avon and Somerset", "5C", G.EXCELLENT),  # seed 000 L1930
        ("Humberside", "6B", G.POOR),  # seed 000 L1932
        ("Leicestershire", "6D", G.EXCELLENT),  # seed 000 L1934
        ("Wiltshire", "2B", G.EXCELLENT),  # seed 000 L1947
        ("Surrey", "1B", G.EXCELLENT),  # seed 000 L1943
        ("West Midlands", "1C", G.EXCELLENT),  # seed 000 L1944
        ("Merseyside", "4A", G.EXCELLENT),  # seed 000 L1954
        ("Northamptonshire", "4A", G.POOR),  # seed 000 L1954
        ("South Wales", "6E", G.POOR),  # seed 000 L1964
        ("Nottinghamshire", "7B", G.POOR),  # seed 000 L1967
        ("Lincolnshire", "3B", G.POOR),  # seed 000 L1950
    ],
)
def test_matrix_grades(
    base: pp.BaselineAssessment, force: str, code: str, grade: pp.Grade
) -> None:
    judgement = base.judgement(force, code)
    assert judgement.grade is grade
    assert judgement.grade_text == grade.value.capitalize()


@pytest.mark.parametrize(
    ("force", "code", "direction", "text"),
    [
        ("Cheshire", "1C", D.DETERIORATED, "D"),  # seed 000 L1975
        ("City of London", "5A", D.DETERIORATED, "D"),  # seed 000 L1988
        ("Greater Manchester", "3E", D.DETERIORATED, "D"),  # seed 000 L1984
        ("Devon and Cornwall", "7B", D.DETERIORATED, "D"),  # seed 000 L1998
        ("Kent", "5A", D.IMPROVED, "I"),  # seed 000 L1988
        ("Suffolk", "7C", D.DETERIORATED, "D"),  # seed 000 L2028
        ("Surrey", "3C", D.DETERIORATED, "D"),  # seed 000 L2011
        ("Nottinghamshire", "6D", D.DETERIORATED, "D"),  # seed 000 L2022
        ("Northumbria", "5C", D.DETERIORATED, "D"),  # seed 000 L2019
        ("Merseyside", "2B", D.DETERIORATED, "D"),  # seed 000 L2007
        ("Sussex", "6A", D.DETERIORATED, "D"),  # seed 000 L2020
        ("Wiltshire", "6F", D.IMPROVED, "I"),  # seed 000 L2025
        ("Kent", "1A", None, "NG"),  # seed 000 L1973
        ("West Yorkshire", "7A", None, "NG"),  # seed 000 L2026
    ],
)
def test_matrix_directions(
    base: pp.BaselineAssessment,
    force: str,
    code: str,
    direction: pp.DirectionOfTravel | None,
    text: str,
) -> None:
    judgement = base.judgement(force, code)
    assert judgement.direction is direction
    assert judgement.direction_text == text


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # counted by hand from seed 000 L1918 (12 F, 8 G, 2 P) + L1947 (4 E, 9 F, 6 G, 2 P)
        ("2B", {G.EXCELLENT: 4, G.GOOD: 14, G.FAIR: 21, G.POOR: 4}),
        # seed 000 L1928 (2 E, 11 F, 7 G, 2 P) + L1957 (1 E, 9 F, 10 G, 1 P)
        ("5A", {G.EXCELLENT: 3, G.GOOD: 17, G.FAIR: 20, G.POOR: 3}),
        # seed 000 L1933 (1 E, 9 F, 12 G) + L1962 (11 F, 10 G)
        ("6C", {G.EXCELLENT: 1, G.GOOD: 22, G.FAIR: 20}),
    ],
)
def test_grade_distribution(
    base: pp.BaselineAssessment, code: str, expected: dict[pp.Grade, int]
) -> None:
    counts = Counter(j.grade for j in base.judgements if j.framework == code)
    assert counts == expected


def test_direction_distribution(base: pp.BaselineAssessment) -> None:
    # seed 000 L1992 (19 I, 3 S) + L2021 (21 I): Training and Development
    counts = Counter(j.direction for j in base.judgements if j.framework == "6B")
    assert counts == {D.IMPROVED: 40, D.STABLE: 3}


# --- MPS ----------------------------------------------------------------------------------


def test_mps_summary_tally(base: pp.BaselineAssessment) -> None:
    # seed 000 L175-209
    mps = [j for j in base.judgements if j.force == "MPS"]
    assert Counter(j.grade for j in mps) == {
        G.EXCELLENT: 3,
        G.GOOD: 11,
        G.FAIR: 10,
        G.POOR: 2,
        None: 1,
    }
    assert Counter(j.direction for j in mps) == {D.IMPROVED: 20, D.STABLE: 1, None: 6}


@pytest.mark.parametrize(
    ("code", "grade", "direction", "direction_text"),
    [
        ("1A", G.FAIR, None, "NG"),  # seed 000 L177, L2002
        ("1C", G.FAIR, D.STABLE, "Stable"),  # seed 000 L179
        ("2B", G.POOR, D.IMPROVED, "Improved"),  # seed 000 L183
        ("3A", G.EXCELLENT, None, "NG"),  # seed 000 L186, L2009
        ("5C", G.EXCELLENT, D.IMPROVED, "Improved"),  # seed 000 L198
        ("6B", G.FAIR, D.IMPROVED, "Improving"),  # seed 000 L201 (matrix L2021: I)
        ("7C", G.FAIR, D.IMPROVED, "Improved"),  # seed 000 L209
    ],
)
def test_mps_judgements(
    base: pp.BaselineAssessment,
    code: str,
    grade: pp.Grade,
    direction: pp.DirectionOfTravel | None,
    direction_text: str,
) -> None:
    judgement = base.judgement("Metropolitan Police Service", code)
    assert judgement.force == "MPS"
    assert judgement.grade is grade
    assert judgement.direction is direction
    assert judgement.direction_text == direction_text


def test_professional_standards_not_graded(base: pp.BaselineAssessment) -> None:
    # seed 000 L364 (MPS), L87 (all forces), L1945 (NG)
    mps = base.judgement("MPS", "Professional Standards")
    assert mps.grade is None
    assert mps.grade_text == "NG"
    assert mps.not_graded_reason is not None
    assert "deferred to 2006" in mps.not_graded_reason
    dorset = base.judgement("Dorset", "1D")
    assert dorset.not_graded_reason is not None
    assert "full inspection in all 43 forces in autumn 2005" in dorset.not_graded_reason


# --- findings -----------------------------------------------------------------------------


def test_finding_totals(base: pp.BaselineAssessment) -> None:
    counts = Counter(f.kind for f in base.findings)
    assert counts == {STRENGTH: 538, AFI: 252}
    by_framework = Counter((f.framework, f.kind) for f in base.findings)
    assert by_framework["1A", STRENGTH] == 19  # seed 000 L221-243
    assert by_framework["1A", AFI] == 20  # seed 000 L247-275
    assert by_framework["6A", STRENGTH] == 36  # seed 000 L1070-1114
    assert by_framework["7C", AFI] == 20  # seed 000 L1482-1502
    assert not any(f.framework == "1D" for f in base.findings)  # seed 000 L358-364


def test_3a_subheadings(base: pp.BaselineAssessment) -> None:
    # seed 000 L522, L531, L546
    subheadings = Counter(f.subheading for f in base.findings if f.framework == "3A")
    assert subheadings == {
        None: 21 + 9,
        "Major Crime": 6,
        "Critical Incident Management": 9,
        "Counter-terrorism and Extremism": 7,
    }
    assert all(f.subheading is None for f in base.findings if f.framework != "3A")


def _texts(base: pp.BaselineAssessment, code: str, kind: pp.FindingKind) -> list[str]:
    return [f.text for f in base.findings if f.framework == code and f.kind is kind]


def test_findings_verbatim(base: pp.BaselineAssessment) -> None:
    # seed 000 L221: first strength of 1A
    assert _texts(base, "1A", STRENGTH)[0].startswith(
        "During 2004/05, the MPS detected 34% of racially or religiously aggravated offences."
    )
    # seed 000 L226 + L228: a bullet split by a page break is joined
    assert _texts(base, "1A", STRENGTH)[5].endswith(
        "recently called on to advise on the response to the Indian Ocean tsunami disaster "
        "(on which the MPS had the national lead)."
    )
    # seed 000 L560 + L565: split around page furniture (L562-563)
    blackmail = _texts(base, "3A", AFI)[2]
    assert blackmail == (
        "During 2004/05, the MPS recorded 0.77 blackmails per 10,000 population, a 9.1% "
        "reduction on 2003/04. The MSF average was 0.52 and ranks the MPS fifth out of five. "
        "The national average was 0.28 and ranks it 42nd out of 42."
    )
    # seed 000 L451 + L453: an unbulleted paragraph stays with its bullet
    drugs = next(t for t in _texts(base, "2C", STRENGTH) if t.startswith("The MPS faces"))
    assert "complex transport system.\n\nThere are new initiatives" in drugs
    # seed 000 L548: first Counter-terrorism strength
    first_ct = next(f for f in base.findings if f.subheading == "Counter-terrorism and Extremism")
    assert first_ct.text.startswith("The MPS has weekly security review committee meetings")
    # seed 000 L1502: last finding of the report
    assert base.findings[-1].framework == "7C"
    assert base.findings[-1].text == (
        "Due to the international, national and capital city policing functions carried out "
        "by the MPS a large proportion of its work is not measured by PPAF."
    )
    assert not any("Baseline Assessment" in f.text and "October 2005" in f.text
                   for f in base.findings)  # fmt: skip


# --- glossary -----------------------------------------------------------------------------


def test_glossary(base: pp.BaselineAssessment) -> None:
    # seed 000 L1783-1908: 109 entries, page furniture dropped
    assert len(base.glossary) == 109
    terms = {entry.term: entry.expansion for entry in base.glossary}
    assert base.glossary[0].term == "ABC"
    assert base.glossary[-1].term == "YOT"
    assert terms["Level 2 criminality"] == "criminality that takes place on a cross-boundary basis"
    assert terms["POCA"] == "Proceeds of Crime Act 2004"  # seed 000 L1880
    assert terms["MAPPA"] == "multi-agency police protection arrangements"  # seed 000 L1846
    assert terms["PPAF"] == "police performance assessment framework"  # seed 000 L1881
    # seed 000 L1896: typos kept
    assert "under the Local Government Ct 1999" in terms["SPI"]
    assert terms["SPI"].endswith("SPIs are also know as 'best value performance indicators'")
    # seed 000 L1792: markup kept verbatim
    assert "<i>The Balanced Scorecard</i>" in terms["Balanced Scorecard"]


# --- known issues and Appendix 1 ----------------------------------------------------------


def test_known_issues(base: pp.BaselineAssessment) -> None:
    issues = {(k.code, k.line): k for k in base.known_issues}
    # seed 000 L97 vs L1531: "SPI 1c" for BCS confidence
    assert ("label-mismatch", 97) in issues
    # seed 000 L201 "Improving" vs matrix L2021 "I"
    improving = issues["wording-variant", 201]
    assert improving.path.startswith("judgements[")
    index = int(improving.path.split("[")[1].split("]")[0])
    assert (base.judgements[index].force, base.judgements[index].framework) == ("MPS", "6B")
    # seed 000 L400 "1.3 points" vs L261 "1.3%"
    points = issues["inconsistent-repeat", 400]
    finding = int(points.path.split("[")[1].split("]")[0])
    assert "reduction of 1.3 points" in base.findings[finding].text


def test_indicator_results_present(base: pp.BaselineAssessment) -> None:
    # seed 000 L1507-1779: 165 rows in 20 tables
    assert len(base.indicator_results) == 165
    assert len({r.table for r in base.indicator_results}) == 20

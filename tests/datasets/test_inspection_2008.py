"""The ``hmic-inspection-2008`` dataset against seed 002 (HMIC inspection, MPS, September 2008).

Line numbers (``L…``) are 1-based lines of ``seeds/002_cd4240c890b46cf9.txt``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import policeplan as pp

NP = "Neighbourhood Policing"
DCFP = "Developing Citizen Focus Policing"
K = pp.FindingKind


@pytest.fixture(scope="module")
def insp() -> pp.Inspection:
    doc = pp.datasets.load("hmic-inspection-2008")
    assert isinstance(doc, pp.Inspection)
    return doc


def result(insp: pp.Inspection, code: str) -> pp.IndicatorResult:
    (found,) = [r for r in insp.indicator_results if r.code == code]
    return found


def standard(insp: pp.Inspection, start: str) -> pp.StandardAssessment:
    (found,) = [s for s in insp.standards if s.statement.startswith(start)]
    return found


def pp_value(fig: pp.Figure[pp.Quantity] | None) -> Decimal:
    assert fig is not None
    assert fig.value is not None
    assert fig.value.unit is pp.Unit.PERCENTAGE_POINTS
    return fig.value.value


def test_round_trip(insp: pp.Inspection) -> None:
    assert pp.from_json(type(insp), pp.to_json(insp)) == insp


# --------------------------------------------------------------------------- structure


def test_structural_totals(insp: pp.Inspection) -> None:
    assert [fw.name for fw in insp.frameworks] == [NP, DCFP]  # seed 002 L7-8
    assert len(insp.judgements) == 2  # seed 002 L219, L526
    # seed 002 NP statements L254-481, DCFP L559-686
    assert [s.framework for s in insp.standards] == [NP] * 7 + [DCFP] * 8
    assert len(insp.indicator_results) == 6  # seed 002 L412-414 (3), L688-690 (3)
    # seed 002 Appendix 2: 18 items under L866, 3 under L912
    areas = [d.area for d in insp.developing_practice]
    assert areas.count("Neighbourhood Policing.") == 18
    assert areas.count("Developing Citizen Focused Policing") == 3
    assert len(insp.glossary) == 46  # seed 002 L744-862
    # lead blocks: NP L230-250 (2 strengths, 9 WIP); DCFP L533-555 (4, 1); the SPI 1e block L734
    assert len(insp.findings) == 17
    assert [f.kind for f in insp.findings].count(K.WORK_IN_PROGRESS) == 10


def test_list_sizes_per_standard(insp: pp.Inspection) -> None:
    def size(items: tuple[pp.Finding, ...] | None) -> int | None:
        return None if items is None else len(items)

    sizes = [
        (
            len(s.summary_statements),
            size(s.strengths),
            size(s.work_in_progress),
            size(s.areas_for_improvement),
        )
        for s in insp.standards
    ]
    assert sizes == [
        (0, None, None, None),  # seed 002 L254
        (1, 13, 5, 1),  # L256-296
        (1, 15, 3, None),  # L298-361
        (1, 9, 6, 4),  # L363-408
        (2, 3, 2, None),  # L410-453
        (1, 6, 1, 0),  # L455-479
        (1, 9, 2, 0),  # L481-518
        (1, None, None, None),  # L559-563
        (0, 4, 1, 1),  # L565-583
        (0, 3, 0, 0),  # L585-599
        (0, 4, 0, 2),  # L601-622
        (1, 4, 0, 4),  # L624-649
        (0, 2, 0, 1),  # L651-664
        (0, 2, 0, 1),  # L666-684
        (4, 4, 0, 0),  # L686-730
    ]


def test_stated_none_lists(insp: pp.Inspection) -> None:
    # Each "None." of seed 002: L479, L518, L595, L599, L617, L639, L660, L680, L726, L730.
    empty = [
        (i, name)
        for i, s in enumerate(insp.standards)
        for name in ("strengths", "work_in_progress", "areas_for_improvement")
        if getattr(s, name) == ()
    ]
    assert empty == [
        (5, "areas_for_improvement"),
        (6, "areas_for_improvement"),
        (9, "work_in_progress"),
        (9, "areas_for_improvement"),
        (10, "work_in_progress"),
        (11, "work_in_progress"),
        (12, "work_in_progress"),
        (13, "work_in_progress"),
        (14, "work_in_progress"),
        (14, "areas_for_improvement"),
    ]


# --------------------------------------------------------------------------- source, judgements


def test_source(insp: pp.Inspection) -> None:
    assert insp.source.isbn == "978-1-84726-794-8"  # seed 002 L18
    assert insp.source.published == "September 2008"  # seed 002 L10
    assert insp.source.title.startswith("HMIC Inspection Report")  # seed 002 L5
    assert insp.force == "MPS"
    assert str(insp.period) == "2007/08"  # seed 002 L219
    assert insp.period.end == date(2008, 3, 31)


@pytest.mark.parametrize(
    ("framework", "qualifier"),
    [
        pytest.param(NP, "actively leading the field", id="seed002-L219-L224"),
        pytest.param(DCFP, "evidences innovation", id="seed002-L526-L531"),
    ],
)
def test_judgements(insp: pp.Inspection, framework: str, qualifier: str) -> None:
    judgement = insp.judgement("MPS", framework)
    assert judgement.grade == pp.StandardJudgement.MEETING
    assert judgement.grade_text == "Meeting the standard"
    assert judgement.qualifiers == (qualifier,)


def test_framework_aliases(insp: pp.Inspection) -> None:
    # seed 002 L912 "Developing Citizen Focused Policing"; glossary L806 "NHP"
    assert insp.framework("Developing Citizen Focused Policing").name == DCFP
    assert insp.judgement("Metropolitan Police Service", "NHP").framework == NP


# --------------------------------------------------------------------------- indicators


@pytest.mark.parametrize(
    ("code", "msf_difference", "change"),
    [
        pytest.param("SPI 2a", "2.3", "1.2", id="seed002-L414-spi2a"),
        pytest.param("KDI", "0.9", "-0.4", id="seed002-L414-kdi"),
        pytest.param("SPI 10b", "1.7", "-3.0", id="seed002-L414-spi10b"),
        pytest.param("SPI 1e", "-3.4", "-1.4", id="seed002-L690-spi1e"),
    ],
)
def test_msf_table_cells(insp: pp.Inspection, code: str, msf_difference: str, change: str) -> None:
    found = result(insp, code)
    assert pp_value(found.msf_difference) == Decimal(msf_difference)
    assert pp_value(found.change) == Decimal(change)
    assert found.change_label == "2005/06 to 2007/08"


@pytest.mark.parametrize(
    ("code", "value", "significance", "polarity"),
    [
        pytest.param(
            "SPI 2a",
            "55.2",
            pp.Significance.NOT_SIGNIFICANTLY_DIFFERENT,
            pp.Polarity.HIGHER_IS_BETTER,
            id="seed002-L436",
        ),
        pytest.param(
            "KDI",
            "51.9",
            pp.Significance.NOT_SIGNIFICANTLY_DIFFERENT,
            pp.Polarity.HIGHER_IS_BETTER,
            id="seed002-L440",
        ),
        pytest.param(
            "SPI 10b",
            "22.0",
            pp.Significance.NOT_SIGNIFICANTLY_DIFFERENT,
            pp.Polarity.LOWER_IS_BETTER,
            id="seed002-L444",
        ),
        pytest.param(
            "SPI 1e",
            "76.9",
            pp.Significance.SIGNIFICANTLY_WORSE,
            pp.Polarity.HIGHER_IS_BETTER,
            id="seed002-L734",
        ),
    ],
)
def test_values_from_prose(
    insp: pp.Inspection,
    code: str,
    value: str,
    significance: pp.Significance,
    polarity: pp.Polarity,
) -> None:
    found = result(insp, code)
    (observation,) = found.values
    assert observation.period.label == "year ending March 2008"
    assert observation.value == pp.Quantity(Decimal(value), pp.Unit.PERCENT)
    assert found.significance is significance
    assert found.polarity is polarity


def test_spi_3b(insp: pp.Inspection) -> None:
    spi3b = result(insp, "SPI 3b")
    assert spi3b.msf_difference is None  # seed 002 L689: change column only
    assert pp_value(spi3b.change) == Decimal("-0.4")  # seed 002 L690
    # seed 002 L718: 71.8% (year ending March 2008) against 72.3% (year ending March 2006)
    assert [(o.period.label, o.figure.text) for o in spi3b.values] == [
        ("year ending March 2008", "71.8%"),
        ("year ending March 2006", "72.3%"),
    ]
    gap = result(insp, "SPI 3b Gap")
    assert pp_value(gap.values[0].figure) == Decimal("4.8")  # seed 002 L690, L700
    assert gap.polarity is pp.Polarity.LOWER_IS_BETTER
    assert gap.indicator.startswith("comparison of satisfaction for white users")  # L688


# --------------------------------------------------------------------------- standards


def test_standard_statements_verbatim(insp: pp.Inspection) -> None:
    jps = standard(insp, "Joint problem solving")  # seed 002 L363, L367 (word missing)
    assert jps.summary_statements == (
        "Joint problem solving involves the police with partners and communities across all "
        "neighbourhoods. Joint problem-solving activity is partly and demonstrates moderate "
        "problem resolution at neighbourhood level.",
    )
    users = insp.standards[8]  # seed 002 L565
    assert users.statement == (
        "Service users’ views are sought and are used to improve service delivery"
    )
    assert insp.standards[0].statement == (  # seed 002 L254, second sentence
        "Neighbourhood policing has been implemented to a consistent standard across the force."
    )


def test_spi_standard_summaries(insp: pp.Inspection) -> None:
    outcomes = standard(insp, "The outcomes of Neighbourhood policing")  # seed 002 L418-420
    assert outcomes.summary_statements[1] == (
        "The SPI/KDI data also shows that force performance is unchanged compared with two "
        "years ago."
    )
    stable = standard(insp, "The force can demonstrate")  # seed 002 L694-700
    assert stable.summary_statements[0] == (
        "The SPI data shows that force performance is significantly worse than the average "
        "for the MSF."
    )
    assert stable.summary_statements[3].endswith("4.8 percentage points less satisfied.")


def test_indicator_subheadings(insp: pp.Inspection) -> None:
    outcomes = standard(insp, "The outcomes of Neighbourhood policing")
    first = outcomes.strengths[0] if outcomes.strengths else None
    assert first is not None
    assert first.subheading is not None
    assert first.subheading.startswith("SPI 2a – percentage of people")  # seed 002 L434
    assert first.text.startswith("55.2% of people surveyed")  # seed 002 L436
    stable = standard(insp, "The force can demonstrate")
    assert stable.strengths is not None
    # seed 002 L712-714: SPI 1e "None."; L716-722: SPI 3b with four items
    assert {f.subheading[:6] for f in stable.strengths if f.subheading} == {"SPI 3b"}


def test_findings_verbatim(insp: pp.Inspection) -> None:
    coverage = insp.standards[1]
    assert coverage.areas_for_improvement is not None
    # seed 002 L296
    assert coverage.areas_for_improvement[0].text.startswith(
        "While the basic training provision described above is satisfactory, developmental "
        "training is limited for PCSOs."
    )
    assert coverage.strengths is not None
    # seed 002 L277
    assert "1,568 officers in 2006 and 1,720 officers in 2007" in coverage.strengths[8].text
    # seed 002 L280 continued at L282 after a lost page break
    assert coverage.strengths[11].text.endswith(
        "seven-stage Neighbourhood Policing model within their dedicated secondary schools."
    )
    engagement = insp.standards[2]
    assert engagement.strengths is not None
    # seed 002 L319-343: the survey wards as sub-items of the SRU strength
    sru = engagement.strengths[8].text
    assert "\n- Roehampton (Wandsworth); and\n" in sru
    assert sru.endswith("Results are expected in August 2008.")  # seed 002 L343


def test_lead_findings(insp: pp.Inspection) -> None:
    first = insp.findings[0]  # seed 002 L222, L232
    assert (first.kind, first.framework, first.subheading) == (
        K.STRENGTH,
        NP,
        "Exceeding the standard",
    )
    six = insp.findings[15]  # seed 002 L542-555: the six key issues
    assert six.framework == DCFP
    assert six.text.count("\n- ") == 6
    assert six.text.endswith("The work is being led by a deputy assistant commissioner.")
    stray = insp.findings[16]  # seed 002 L732-734
    assert stray.kind is K.AREA_FOR_IMPROVEMENT
    assert stray.text.startswith("76.9% of people surveyed")


# --------------------------------------------------------------------------- appendices


def test_developing_practice(insp: pp.Inspection) -> None:
    items = insp.developing_practice
    assert items[0].text is not None
    assert items[0].text.startswith("The Safer London Problem-Solving Award")  # seed 002 L868
    advisory = items[16].text  # seed 002 L900-909, three borough examples
    assert advisory is not None
    assert "\n- **Richmond**: The control strategy" in advisory
    assert items[17].text is not None
    assert items[17].text.startswith("NI 35")  # seed 002 L910
    assert items[20].text is not None
    assert "Speical Operations (SO)" in items[20].text  # seed 002 L917, as printed


@pytest.mark.parametrize(
    ("term", "expansion"),
    [
        pytest.param("ACPO", "Association of Chief Police Officers", id="seed002-L744"),
        pytest.param("BOCU", "Borough Operational Command Unit", id="seed002-L753"),
        pytest.param("HR", "Human Resources", id="seed002-L782"),
        pytest.param("PPAF", "Police Performance Assessment Framework", id="seed002-L830"),
        pytest.param("WFP", "Workforce Planning Process", id="seed002-L862"),
    ],
)
def test_glossary(insp: pp.Inspection, term: str, expansion: str) -> None:
    assert {e.term: e.expansion for e in insp.glossary}[term] == expansion


def test_glossary_order(insp: pp.Inspection) -> None:
    terms = [e.term for e in insp.glossary]
    assert terms[:3] == ["ACPO", "APA", "ASB"]  # seed 002 L744-746
    assert terms.index("CDRP") < terms.index("CCSM")  # seed 002 L757-758, as printed


# --------------------------------------------------------------------------- known issues


def test_known_issues(insp: pp.Inspection) -> None:
    found = {(k.code, k.line) for k in insp.known_issues}
    assert found == {
        ("text-table-conflict", 690),  # SPI 3b -0.4 against 71.8 - 72.3 (L718)
        ("wording-variant", 719),  # "4.8% less satisfied"
        ("wording-variant", 444),  # "a 3% improvement"
        ("inconsistent-repeat", 734),  # SPI 1e block after "None."
        ("typo", 676),  # "SP1 1B"
        ("typo", 917),  # "Speical"
        ("missing-word", 367),
        ("inconsistent-repeat", 277),  # 1,720 against 1,270 (L226)
        ("inconsistent-repeat", 316),  # 635 panels against 630 (L396)
        ("repeated-text", 575),
        ("wording-variant", 830),  # PPAF expansion
        ("wording-variant", 912),  # "Focused"
        ("garbled-cell", 526),  # <p> tags
        ("missing-definition", 142),  # definitions for exceeding/failing promised, not given
    }
    spi3b = next(k for k in insp.known_issues if k.code == "text-table-conflict")
    assert spi3b.path == "indicator_results[4].change"
    assert insp.indicator_results[4].code == "SPI 3b"

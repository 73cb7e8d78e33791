"""The performance cycle: declared links that resolve and quote their sources, and the MPS's
figures from the baseline (seed 000), the improvement plan (004) and the inspections (003, 002).

Line numbers are 1-based lines of ``sources/NNN_*.txt`` ("seed 004 L58").
"""

from __future__ import annotations

from pathlib import Path

import pytest

import policeplan as pp
from policeplan.cycle import (
    BASELINE,
    CORRESPONDENCES,
    IMPROVEMENT_PLAN,
    INDICATOR_LINKS,
    INSPECTION_2007,
    INSPECTION_2008,
    Citation,
    Correspondence,
    CycleRow,
    IndicatorLink,
    IndicatorMatch,
    LinkKind,
    performance_cycle,
)

SOURCES = Path(__file__).resolve().parents[1] / "sources"

base = pp.datasets.load("hmic-baseline-2005")
plan = pp.datasets.load("mps-plan-2003-04")
impr = pp.datasets.load("mpa-improvement-plan-2007")
insp07 = pp.datasets.load("hmic-inspection-2007")
insp08 = pp.datasets.load("hmic-inspection-2008")

CYCLE = performance_cycle()


def row(code: str) -> CycleRow:
    return CYCLE.where(code=code).one()


# --- the declared links resolve ---------------------------------------------------------------


@pytest.mark.parametrize("link", CORRESPONDENCES, ids=lambda c: f"{c.baseline}-{c.area}")
def test_each_correspondence_names_a_real_framework_and_area(link: Correspondence) -> None:
    assert base.framework(link.baseline).code == link.baseline
    if link.dataset == IMPROVEMENT_PLAN:
        assert len(impr.frameworks.where(framework=link.area)) == 1
    else:
        document = pp.datasets.load(link.dataset)
        # Spelled as the dataset spells the area, not merely found through an alias.
        assert document.framework(link.area).name == link.area


def test_no_correspondence_is_declared_twice() -> None:
    keys = [(c.baseline, c.dataset, c.area) for c in CORRESPONDENCES]
    assert len(keys) == len(set(keys))


def test_every_improvement_paragraph_answers_a_baseline_framework() -> None:
    linked = {c.area for c in CORRESPONDENCES if c.dataset == IMPROVEMENT_PLAN}
    assert linked == set(impr.frameworks.values("framework"))


def test_every_judged_inspection_area_follows_a_baseline_framework() -> None:
    for dataset, document in ((INSPECTION_2007, insp07), (INSPECTION_2008, insp08)):
        linked = {c.area for c in CORRESPONDENCES if c.dataset == dataset}
        assert set(document.judgements.values("framework")) <= linked


@pytest.mark.parametrize("link", INDICATOR_LINKS, ids=lambda i: i.baseline_indicator[:40])
def test_each_indicator_link_names_a_real_plan_row_and_baseline_result(
    link: IndicatorLink,
) -> None:
    item = link.plan_item(plan)
    if link.objective is None:
        assert isinstance(item, pp.IndicatorRow)
        assert (item.reference, item.indicator) == (link.plan_reference, link.plan_indicator)
    else:
        assert isinstance(item, pp.Measure)
        assert item.text == link.plan_indicator
    results = link.baseline_results(base)
    assert results
    assert set(results.values("indicator")) == {link.baseline_indicator}


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _all_citations() -> list[Citation]:
    return [c for link in (*CORRESPONDENCES, *INDICATOR_LINKS) for c in link.citations]


def _citation_id(citation: Citation) -> str:
    """A plain test id: the seed and lines (the quote, with its punctuation, is in the failure)."""
    return f"seed{citation.seed}-L{citation.lines[0]}-{citation.lines[-1]}"


@pytest.mark.parametrize("citation", _all_citations(), ids=_citation_id)
def test_each_citation_quotes_its_lines(citation: Citation) -> None:
    (source,) = SOURCES.glob(f"{citation.seed}_*.txt")
    lines = source.read_text("utf-8").splitlines()
    cited = " ".join(lines[number - 1] for number in citation.lines)
    assert _normalised(citation.quote) in _normalised(cited)


def test_each_link_quotes_both_documents() -> None:
    seeds = {BASELINE: "000", IMPROVEMENT_PLAN: "004", INSPECTION_2007: "003"}
    seeds[INSPECTION_2008] = "002"
    for link in CORRESPONDENCES:
        quoted = {c.seed for c in link.citations}
        assert {"000", seeds[link.dataset]} <= quoted
    for indicator in INDICATOR_LINKS:
        assert {"000", "001"} <= {c.seed for c in indicator.citations}


# --- the MPS cycle against the sources ---------------------------------------------------------


def test_one_row_per_baseline_framework_in_order() -> None:
    # seed 000 L175-209: the Summary of Judgements, 1A to 7C.
    assert CYCLE.values("code") == base.frameworks.values("code")
    assert len(CYCLE) == 27
    assert set(CYCLE.values("force")) == {"MPS"}


def test_the_full_name_of_the_force_finds_the_same_rows() -> None:
    assert performance_cycle("Metropolitan Police Service") == CYCLE


def test_neighbourhood_policing_from_2005_to_2008() -> None:
    nbh = row("1B")
    # seed 000 L178: "1B Neighbourhood Policing and Community Engagement	Good	Improved"
    assert nbh.grade_2005 is pp.Grade.GOOD
    assert nbh.direction_2005 is pp.DirectionOfTravel.IMPROVED
    # seed 004 L97: "Neighbourhood policing and problem solving – grading good/improved"
    assert nbh.improvement_framework == "Neighbourhood policing and problem solving"
    assert nbh.improvement_grade is pp.Grade.GOOD
    # seed 004 L98: "15 AFIs … 11 have been completed, one has no further action required
    # and three have work in progress"
    assert (nbh.afis, nbh.afis_completed, nbh.afis_no_further_action) == (15, 11, 1)
    assert (nbh.afis_work_in_progress, nbh.afis_update_awaited) == (3, None)
    # seed 003 L385: "Neighbourhood Policing Excellent"
    assert nbh.areas_2007 == ("Neighbourhood Policing",)
    assert nbh.grades_2007 == (pp.Grade.EXCELLENT,)
    # seed 002 L219: "2007/08 Neighbourhood Policing Summary of judgement	Meeting the standard"
    assert nbh.areas_2008 == ("Neighbourhood Policing",)
    assert nbh.judgements_2008 == (pp.StandardJudgement.MEETING,)


@pytest.mark.parametrize("code", ["2A", "3C"])
def test_hate_crime_frameworks_follow_protecting_vulnerable_people(code: str) -> None:
    pvp = row(code)
    # seed 000 L182, L188: "… Good	Improved"
    assert pvp.grade_2005 is pp.Grade.GOOD
    assert pvp.direction_2005 is pp.DirectionOfTravel.IMPROVED
    # seed 004 L57: "Protecting vulnerable people – grading of fair/improved"
    assert pvp.improvement_framework == "Protecting vulnerable people"
    assert (pvp.improvement_grade, pvp.improvement_direction) == (
        pp.Grade.FAIR,
        pp.DirectionOfTravel.IMPROVED,
    )
    # seed 004 L58: "HMIC identified 25 AFIs in this framework. Of these, 20 have work in
    # progress"; no other status is counted.
    assert (pvp.afis, pvp.afis_work_in_progress, pvp.afis_completed) == (25, 20, None)
    # seed 003 L393-399: "Child abuse Good", "Domestic violence Fair",
    # "Public protection Fair", "Missing persons Fair"
    assert dict(zip(pvp.areas_2007 or (), pvp.grades_2007 or (), strict=True)) == {
        "Child abuse": pp.Grade.GOOD,
        "Domestic violence": pp.Grade.FAIR,
        "Public protection": pp.Grade.FAIR,
        "Missing persons": pp.Grade.FAIR,
    }
    assert pvp.areas_2008 == ()


def test_performance_management() -> None:
    perf = row("7C")
    # seed 000 L209: "7C Performance Management and Continuous Improvement	Fair	Improved"
    assert perf.grade_2005 is pp.Grade.FAIR
    # seed 004 L170: "All eight of the AFIs identified by HMIC in this framework have work in
    # progress."
    assert (perf.afis, perf.afis_work_in_progress) == (8, 8)
    # seed 003 L389: "Performance management Good"
    assert perf.areas_2007 == ("Performance management",)
    assert perf.grades_2007 == (pp.Grade.GOOD,)


@pytest.mark.parametrize("code", ["1A", "1C"])
def test_citizen_focus_2008(code: str) -> None:
    # seed 002 L526: "2007/08 Developing Citizen Focus Policing Summary of judgement …
    # Meeting the standard"
    assert row(code).areas_2008 == ("Developing Citizen Focus Policing",)
    assert row(code).judgements_2008 == (pp.StandardJudgement.MEETING,)


def test_volume_crime_poor_in_2005_fair_in_the_improvement_plan() -> None:
    for code, grade_line_afis in (("2B", 6), ("3D", 5)):
        volume = row(code)
        # seed 000 L183, L189: "2B Volume Crime Reduction	Poor	Improved",
        # "3D Volume Crime Investigation	Poor	Improved"
        assert volume.grade_2005 is pp.Grade.POOR
        # seed 004 L107, L113: "… – grading fair/improved", "… – grading of fair/improved"
        assert volume.improvement_grade is pp.Grade.FAIR
        # seed 004 L108: "Of the six AFIs"; L114: "Of the five AFIs"; neither counts statuses.
        assert volume.afis == grade_line_afis
        assert volume.afis_completed is volume.afis_work_in_progress is None
        assert volume.areas_2007 == volume.areas_2008 == ()


def test_status_counts_as_stated() -> None:
    # seed 004 L48: "23 AFIs … one has been completed, three have no further action required
    # and 19 have work in progress"
    support = row("5B")
    assert (support.afis, support.afis_completed) == (23, 1)
    assert (support.afis_no_further_action, support.afis_work_in_progress) == (3, 19)
    # seed 004 L146-147: "Of the three AFIs … one … has work in progress"; "Updates are
    # awaited on the two other AFIs"
    diversity = row("6C")
    assert (diversity.afis, diversity.afis_work_in_progress) == (3, 1)
    assert diversity.afis_update_awaited == 2
    # seed 004 L37: "Six AFIs … one of which has been completed and five have work in progress"
    major = row("3A")
    assert (major.afis, major.afis_completed, major.afis_work_in_progress) == (6, 1, 5)
    # seed 000 L186: "3A Investigating Major and Serious Crime	Excellent" (no direction)
    assert (major.grade_2005, major.direction_2005) == (pp.Grade.EXCELLENT, None)


def test_professional_standards_not_graded_and_no_afis() -> None:
    standards = row("1D")
    # seed 000 L180: "1D Professional Standards" with empty grade cells
    assert standards.grade_2005 is None
    # seed 004 L79-80: "Professional standards – grading good" / "This was not inspected as
    # part of the 2005/06 Baseline Assessment process."
    assert standards.improvement_framework == "Professional standards"
    assert standards.afis is None


def test_frameworks_the_improvement_plan_does_not_name() -> None:
    # 004 has no paragraph for these (L36-172); 1A has a 2008 link only.
    for code in ("1A", "2C", "4A", "7B"):
        assert row(code).improvement_framework is None
        assert row(code).afis is None


def test_a_force_the_later_documents_do_not_cover_has_its_2005_grades_only() -> None:
    kent = performance_cycle("Kent")
    call = kent.where(code="5A").one()
    # seed 000 L1928: "Call Management	…" with "Excellent" in the Kent column (header L1912)
    assert call.grade_2005 is pp.Grade.EXCELLENT
    for later in kent:
        assert later.improvement_framework is None
        assert later.areas_2007 is later.grades_2007 is None
        assert later.areas_2008 is later.judgements_2008 is None


def test_an_unknown_force_is_refused() -> None:
    with pytest.raises(pp.NotFoundError, match="no force 'Narnia'"):
        performance_cycle("Narnia")


# --- the table ---------------------------------------------------------------------------------


def test_the_table_has_flat_typed_columns() -> None:
    table = CYCLE.to_table()
    kinds = {column.name: column.kind for column in table.columns}
    assert kinds == {
        "force": "string",
        "code": "string",
        "framework": "string",
        "grade_2005": "category",
        "direction_2005": "category",
        "improvement_framework": "string",
        "improvement_grade": "category",
        "improvement_direction": "category",
        "afis": "integer",
        "afis_completed": "integer",
        "afis_work_in_progress": "integer",
        "afis_no_further_action": "integer",
        "afis_update_awaited": "integer",
        "areas_2007": "list",
        "grades_2007": "list",
        "areas_2008": "list",
        "judgements_2008": "list",
    }
    grade = next(c for c in table.columns if c.name == "grade_2005")
    assert grade.ordered
    assert grade.categories == ("poor", "fair", "good", "excellent")
    record = table.to_records()[1]
    assert record["grade_2005"] == "good"
    assert record["grades_2007"] == ["excellent"]
    assert record["judgements_2008"] == ["meeting"]


def test_another_forces_table_leaves_out_the_later_columns() -> None:
    names = [column.name for column in performance_cycle("Kent").to_table().columns]
    assert names == ["force", "code", "framework", "grade_2005", "direction_2005"]


# --- the declarations are validated ------------------------------------------------------------


def _citation(seed: str = "000") -> Citation:
    return Citation(seed=seed, lines=(178,), quote="1B Neighbourhood Policing")


def test_a_citation_prints_its_seed_and_lines() -> None:
    citation = Citation(seed="003", lines=(1854, 1855, 1856, 1860), quote="It replaced")
    assert str(citation) == 'seed 003 L1854-1856, L1860: "It replaced"'


@pytest.mark.parametrize(
    "arguments",
    [
        {"seed": "009", "lines": (1,), "quote": "x"},
        {"seed": "000", "lines": (), "quote": "x"},
        {"seed": "000", "lines": (3, 2), "quote": "x"},
        {"seed": "000", "lines": (0,), "quote": "x"},
        {"seed": "000", "lines": (1,), "quote": " "},
    ],
)
def test_a_bad_citation_is_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(pp.InvalidValueError):
        Citation(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("baseline", "dataset", "seeds", "code"),
    [
        ("8A", INSPECTION_2007, ("000", "003"), "invalid-enum"),
        ("1B", BASELINE, ("000",), "unknown-reference"),
        ("1B", INSPECTION_2007, ("003",), "missing-field"),
        ("1B", INSPECTION_2007, ("000",), "missing-field"),
    ],
)
def test_a_bad_correspondence_is_refused(
    baseline: str, dataset: str, seeds: tuple[str, ...], code: str
) -> None:
    with pytest.raises(pp.InvalidValueError) as refused:
        Correspondence(
            baseline=baseline,
            dataset=dataset,
            area="Neighbourhood Policing",
            kind=LinkKind.SAME_NAME,
            citations=[_citation(seed) for seed in seeds],
        )
    assert refused.value.code == code


def test_an_indicator_link_must_quote_the_plan_and_the_baseline() -> None:
    with pytest.raises(pp.InvalidValueError, match="mps-plan-2003-04"):
        IndicatorLink(
            plan_reference="BVPI 126",
            plan_indicator="Domestic burglaries per 1,000 households.",
            baseline_indicator="Domestic Burglary per 1,000 households (SPI 5a)",
            match=IndicatorMatch.SAME_INDICATOR,
            citations=[_citation("000")],
        )

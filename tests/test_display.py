"""Displays: short one-line reprs, escaped HTML for notebooks, the sources' words from str."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import attrs
import pytest

import policeplan as pp
from policeplan import _display

HOSTILE = '<script>alert(1)</script> & "quotes"'

DOCUMENTS = [pp.datasets.load(name) for name in pp.datasets.available()]


class _Balance(HTMLParser):
    """Every tag opened is closed, in order; records the text seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def well_formed(markup: str) -> str:
    """Assert the tags balance; return the text the markup shows."""
    parser = _Balance()
    parser.feed(markup)
    parser.close()
    assert parser.problems == []
    assert parser.open == []
    assert markup.startswith('<div class="pp-repr">')
    return "".join(parser.text)


def collections_of(document: object) -> list[pp.Query[object]]:
    return [
        value
        for field in attrs.fields(type(document))  # type: ignore[arg-type]
        if isinstance(value := getattr(document, field.name), pp.Query) and value
    ]


# repr ----------------------------------------------------------------------------


def test_document_reprs_are_one_short_informative_line() -> None:
    for document in DOCUMENTS:
        text = repr(document)
        assert len(text) < 300, text
        assert "\n" not in text
        assert text.startswith(f"<{type(document).__name__} ")
        assert text.endswith(">")
        assert document.source.title[:40] in text


def test_the_plan_repr_gives_its_period_force_and_counts() -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    assert repr(plan) == (
        "<PolicingPlan 'Policing and Performance Plan 2003/04' 2003/04, "
        "Metropolitan Police Service: 8 priorities, 27 objectives, 52 targets, "
        "66 indicator rows>"
    )


def test_the_baseline_repr_gives_its_year_and_counts() -> None:
    base = pp.datasets.load("hmic-baseline-2005")
    text = repr(base)
    assert "2004/05, MPS" in text
    assert f"{len(base.judgements)} judgements" in text
    assert f"{len(base.findings)} findings" in text


def test_custom_reprs_keep_equality_hashing_and_fields() -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    copy = attrs.evolve(plan)
    assert copy == plan
    assert hash(copy) == hash(plan)
    assert attrs.evolve(plan, title="Another") != plan
    assert "title" in attrs.fields_dict(pp.PolicingPlan)
    objective = plan.objective(2)
    assert attrs.evolve(objective) == objective
    assert hash(attrs.evolve(objective)) == hash(objective)


def test_a_long_collection_repr_is_short_and_counts_its_items() -> None:
    judgements = pp.datasets.load("hmic-baseline-2005").judgements
    assert len(judgements) == 1161
    text = repr(judgements)
    assert len(text) < 1000
    assert text.endswith("… (1161 items))")
    assert text.count("Judgement(") == 5


def test_a_small_collection_repr_is_every_item() -> None:
    assert repr(pp.Query([3, 1, 2])) == "Query(3, 1, 2)"
    assert repr(pp.Query()) == "Query()"
    assert repr(pp.Query(range(5))) == "Query(0, 1, 2, 3, 4)"
    assert repr(pp.Query(range(6))) == "Query(0, 1, 2, 3, 4, … (6 items))"


def test_an_objective_repr_is_a_summary() -> None:
    objective = pp.datasets.load("mps-plan-2003-04").objective(2)
    assert repr(objective) == (
        "<Objective 2 'To reduce the incidence of street crime': 1 measure, 1 target>"
    )


# str -----------------------------------------------------------------------------


def test_str_of_grades_standards_and_directions_is_the_sources_word() -> None:
    assert str(pp.Grade.EXCELLENT) == "Excellent"
    assert [str(g) for g in pp.Grade] == ["Excellent", "Good", "Fair", "Poor"]
    assert str(pp.StandardJudgement.MEETING) == "Meeting the standard"
    assert str(pp.StandardJudgement.EXCEEDING) == "Exceeding the standard"
    assert str(pp.StandardJudgement.FAILING) == "Failing to meet the standard"
    assert str(pp.DirectionOfTravel.IMPROVED) == "Improved"
    assert f"{pp.DirectionOfTravel.DETERIORATED}" == "Deteriorated"
    # the repr and the value are unchanged
    assert repr(pp.Grade.EXCELLENT) == "<Grade.EXCELLENT: 'excellent'>"
    assert pp.Grade.EXCELLENT.value == "excellent"


def test_str_of_a_judgement_is_a_sentence() -> None:
    base = pp.datasets.load("hmic-baseline-2005")
    kent = base.judgement("Kent", "5A")
    assert str(kent) == f"Kent on 5A: {kent.grade}, {str(kent.direction).lower()}"
    assert (
        str(
            pp.Judgement(
                force="Kent",
                framework="5A",
                grade=pp.Grade.EXCELLENT,
                direction=pp.DirectionOfTravel.IMPROVED,
            )
        )
        == "Kent on 5A: Excellent, improved"
    )
    assert str(pp.Judgement(force="Kent", framework="1D")) == "Kent on 1D: not graded"
    insp08 = pp.datasets.load("hmic-inspection-2008")
    assert str(insp08.judgements[0]) == (
        "MPS on Neighbourhood Policing: Meeting the standard (actively leading the field)"
    )


# HTML ----------------------------------------------------------------------------


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: type(d).__name__)
def test_every_document_has_a_well_formed_card(document: object) -> None:
    markup = document._repr_html_()  # type: ignore[attr-defined]
    text = well_formed(markup)
    assert "<details" in markup
    assert type(document).__name__ in text
    assert len(markup) < 50_000


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: type(d).__name__)
def test_every_main_collection_has_a_well_formed_table(document: object) -> None:
    for items in collections_of(document):
        markup = items._repr_html_()
        text = well_formed(markup)
        assert f"Query: {_display.count(len(items), 'item')}" in text
        rows = markup.count("<tr>") - 1  # less the heading row
        if len(items) > _display.ROWS:
            assert rows == _display.ROWS + 1  # and the row saying how many more
            assert f"{len(items) - _display.ROWS} more rows of {len(items)}" in text
        else:
            assert rows == len(items)


def test_a_long_collection_shows_its_count_and_only_its_first_rows() -> None:
    judgements = pp.datasets.load("hmic-baseline-2005").judgements
    text = well_formed(judgements._repr_html_())
    assert "1161 items (Judgement), first 10 shown" in text
    assert "1151 more rows of 1161" in text
    assert judgements[9].framework in text
    assert "Avon and Somerset" in text
    assert "Bedfordshire" not in text  # the 44th row on


def test_the_listed_classes_have_well_formed_cards() -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    base = pp.datasets.load("hmic-baseline-2005")
    measure = plan.objective(2).measures[0]
    observations = [o for series in measure.performance for o in series.observations]
    verdict = pp.evaluate(measure.targets[0], observations)
    for obj in (plan.objective(2), base.judgement("Kent", "5A"), base.indicator_results[0]):
        text = well_formed(obj._repr_html_())
        assert type(obj).__name__ in text
    text = well_formed(verdict._repr_html_())
    assert verdict.explanation in text
    assert "Kent on 5A: Excellent" in well_formed(base.judgement("Kent", "5A")._repr_html_())


def test_long_cell_texts_are_cut() -> None:
    findings = pp.datasets.load("hmic-baseline-2005").findings
    longest = max(findings[: _display.ROWS], key=lambda f: len(f.text))
    assert len(longest.text) > _display.CELL
    text = well_formed(findings._repr_html_())
    assert longest.text not in text
    assert longest.text[:40] in text
    assert "…" in text


def _hostile_documents() -> list[object]:
    source = pp.Source(title=HOSTILE, publisher=HOSTILE, date=date(2005, 10, 1))
    finding = pp.Finding(kind=pp.FindingKind.STRENGTH, text=HOSTILE, framework="5A")
    frameworks = pp.Query([pp.Framework(code="5A", name=HOSTILE)])
    judgement = pp.Judgement(
        force=HOSTILE, framework="5A", grade=pp.Grade.GOOD, qualifiers=(HOSTILE,)
    )
    objective = pp.Objective(number=2, title=HOSTILE, key_activities=(HOSTILE, HOSTILE))
    plan = pp.PolicingPlan(
        source=source,
        authority=HOSTILE,
        force=HOSTILE,
        period=pp.FinancialYear(2003),
        title=HOSTILE,
        mission=(HOSTILE,),
        priorities=pp.Query(
            [
                pp.Priority(
                    group=pp.PriorityGroup.LONDONERS,
                    letter="A",
                    title=HOSTILE,
                    objectives=pp.Query([objective]),
                )
            ]
        ),
    )
    base = pp.BaselineAssessment(
        source=source,
        force=HOSTILE,
        year=pp.FinancialYear(2004),
        frameworks=frameworks,
        judgements=pp.Query([judgement]),
        findings=pp.Query([finding] * 12),
    )
    return [
        plan,
        base,
        objective,
        judgement,
        pp.IndicatorResult(indicator=HOSTILE, force=HOSTILE, note=HOSTILE),
        pp.Query([finding] * 3),
        pp.Query([finding] * 12),
        pp.Query([HOSTILE] * 2),
        base.judgements,
    ]


@pytest.mark.parametrize("obj", _hostile_documents(), ids=lambda o: type(o).__name__)
def test_every_source_text_is_escaped(obj: object) -> None:
    markup = obj._repr_html_()  # type: ignore[attr-defined]
    well_formed(markup)
    assert "<script>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&amp;" in markup
    assert "&quot;quotes&quot;" in markup


def test_field_names_are_escaped_too() -> None:
    @attrs.frozen
    class Odd:
        value: str

    markup = _display.collection_html(pp.Query([Odd("<b>")]))
    assert "<b>" not in markup
    assert "&lt;b&gt;" in markup
    assert "<th>value</th>" in markup


def test_an_empty_collection_has_a_display() -> None:
    well_formed(pp.Query()._repr_html_())


def test_the_display_module_needs_no_optional_package() -> None:
    source = (_display.__file__ or "").replace(".pyc", ".py")
    with open(source, encoding="utf-8") as file:
        imports = [line for line in file if line.startswith(("import ", "from "))]
    assert not [line for line in imports if any(n in line for n in ("pandas", "matplotlib"))]
    assert {line.split()[1] for line in imports} <= {
        "__future__",
        "datetime",
        "decimal",
        "enum",
        "html",
        "itertools",
        "collections.abc",
        "typing",
        "attrs",
        "._declare",
    }

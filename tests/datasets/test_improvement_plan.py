"""The MPA "PPAF and Baseline Improvement Plan" of 16 January 2007 (seed 004)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import policeplan as pp

DATASET_ID = "mpa-improvement-plan-2007"
S = pp.AFIStatus


@pytest.fixture(scope="module")
def doc() -> pp.ImprovementPlan:
    plan = pp.datasets.load(DATASET_ID)
    assert isinstance(plan, pp.ImprovementPlan)
    return plan


def framework(doc: pp.ImprovementPlan, name: str) -> pp.FrameworkProgress:
    (found,) = [f for f in doc.frameworks if f.framework == name]
    return found


def figure(doc: pp.ImprovementPlan, metric: str) -> pp.ProgressFigure:
    (found,) = [p for p in doc.progress if p.metric == metric]
    return found


# --------------------------------------------------------------------------- structure


def test_round_trip(doc: pp.ImprovementPlan) -> None:
    assert pp.from_json(type(doc), pp.to_json(doc)) == doc


def test_source(doc: pp.ImprovementPlan) -> None:
    # seed 004 L2, L5-7
    assert doc.source.title == "PPAF and Baseline Improvement Plan"
    assert doc.source.publisher == "Metropolitan Police Authority"
    assert doc.source.date == date(2007, 1, 16)
    assert doc.source.precision is pp.Precision.DAY
    assert doc.source.reference == "Report: 11"
    assert doc.report_number == "11"
    assert doc.committee == "Planning, Performance & Review Committee"


def test_structural_totals(doc: pp.ImprovementPlan) -> None:
    # seed 004: 6 framework headers in the main body (L36-79), 16 in Appendix 1 (L97-169)
    sections = [f.section for f in doc.frameworks]
    assert len(doc.frameworks) == 22
    assert sections.count("main") == 6
    assert sections.count("appendix 1") == 16
    # seed 004 L55, L109-112, L115-118, L121, L123
    assert len(doc.progress) == 13
    # seed 004 L26-34
    assert len(doc.protective_services) == 8
    # seed 004 L21-24
    assert len(doc.status_counts) == 4


def test_framework_order(doc: pp.ImprovementPlan) -> None:
    # seed 004 L36 (first main-body framework), L79 (last), L97 (first of Appendix 1), L169 (last)
    names = [f.framework for f in doc.frameworks]
    assert names[0] == "Managing critical incidents & major crime"
    assert names[5] == "Professional standards"
    assert names[6] == "Neighbourhood policing and problem solving"
    assert names[-1] == "Performance management and continuous improvement"


def test_protective_services(doc: pp.ImprovementPlan) -> None:
    # seed 004 L27, L32, L34
    assert doc.protective_services[0] == "Managing Critical incidents (including firearms)"
    assert doc.protective_services[5] == "Strategic Roads Policing"
    assert doc.protective_services[-1] == "Professional Standards"


# --------------------------------------------------------------------------- status totals


def test_total_afis(doc: pp.ImprovementPlan) -> None:
    # seed 004 L15, L20
    assert doc.total_afis == 189


@pytest.mark.parametrize(
    ("status", "count"),
    [
        pytest.param(S.WORK_IN_PROGRESS, 131, id="seed004-L21-wip"),
        pytest.param(S.COMPLETED, 26, id="seed004-L22-completed"),
        pytest.param(S.NO_FURTHER_ACTION, 10, id="seed004-L23-nfa"),
        pytest.param(S.UPDATE_AWAITED, 20, id="seed004-L24-awaited"),
    ],
)
def test_status_counts(doc: pp.ImprovementPlan, status: pp.AFIStatus, count: int) -> None:
    assert doc.count(status) == count


def test_status_parts_do_not_add_up_and_issue_recorded(doc: pp.ImprovementPlan) -> None:
    # seed 004 L20-24: 131 + 26 + 10 + 20 = 187, stated total 189
    assert sum(c.count for c in doc.status_counts) == 187
    assert doc.total_afis == 189
    issues = [
        i for i in doc.known_issues if i.code == "total-mismatch" and i.path == "status_counts"
    ]
    assert len(issues) == 1
    assert issues[0].line == 20
    assert "187" in issues[0].explanation


# --------------------------------------------------------------------------- frameworks


@pytest.mark.parametrize(
    ("name", "grade", "direction", "grade_text", "afis", "counts"),
    [
        pytest.param(
            "Managing critical incidents & major crime", "excellent", "stable",
            "excellent/stable", 6, {S.COMPLETED: 1, S.WORK_IN_PROGRESS: 5},
            id="seed004-L36-L37",
        ),
        pytest.param(
            "Providing specialist operational support", "good", "improved", "good/improved",
            23, {S.COMPLETED: 1, S.NO_FURTHER_ACTION: 3, S.WORK_IN_PROGRESS: 19},
            id="seed004-L46-L48",
        ),
        pytest.param(
            "Protecting vulnerable people", "fair", "improved", "fair/improved", 25,
            {S.WORK_IN_PROGRESS: 20, S.COMPLETED: None},
            id="seed004-L57-L58",
        ),
        pytest.param(
            "Professional standards", "good", None, "good", None, {S.COMPLETED: None},
            id="seed004-L79-L80",
        ),
        pytest.param(
            "Neighbourhood policing and problem solving", "good", "improved", "good/improved",
            15, {S.COMPLETED: 11, S.NO_FURTHER_ACTION: 1, S.WORK_IN_PROGRESS: 3},
            id="seed004-L97-L98",
        ),
        pytest.param(
            "Volume crime reduction", "fair", "improved", "fair/improved", 6,
            {S.WORK_IN_PROGRESS: None},
            id="seed004-L107-L108",
        ),
        pytest.param(
            "Criminal justice processes", "fair", "improved", "fair/improved", 12,
            {S.COMPLETED: 1, S.NO_FURTHER_ACTION: 1, S.WORK_IN_PROGRESS: 10},
            id="seed004-L124-L125",
        ),
        pytest.param(
            "Contact management", "fair", "improved", "fair/improved", 10,
            {S.WORK_IN_PROGRESS: 4, S.UPDATE_AWAITED: None},
            id="seed004-L134-L135",
        ),
        pytest.param(
            "Training, development and organisational learning", "good", "improved",
            "good/improved", None, {S.WORK_IN_PROGRESS: None},
            id="seed004-L143-L144",
        ),
        pytest.param(
            "Race and Diversity", "good", "improved", "good/improved", 3,
            {S.WORK_IN_PROGRESS: 1, S.UPDATE_AWAITED: 2},
            id="seed004-L145-L147",
        ),
        pytest.param(
            "Managing financial & physical resources", "fair", "stable", "fair/stable", 12,
            {S.NO_FURTHER_ACTION: 4, S.WORK_IN_PROGRESS: 8},
            id="seed004-L148-L149",
        ),
        pytest.param(
            "Information management", "good", "stable", "good/stable", 6,
            {S.COMPLETED: 2, S.WORK_IN_PROGRESS: 4},
            id="seed004-L156-L157",
        ),
        pytest.param(
            "Leadership", "good", None, "good", 8, {S.COMPLETED: 1, S.WORK_IN_PROGRESS: 4},
            id="seed004-L164-L165",
        ),
        pytest.param(
            "Performance management and continuous improvement", "good", "improved",
            "good/improved", 8, {S.WORK_IN_PROGRESS: 8},
            id="seed004-L169-L170",
        ),
    ],
)  # fmt: skip
def test_framework_facts(
    doc: pp.ImprovementPlan,
    name: str,
    grade: str,
    direction: str | None,
    grade_text: str,
    afis: int | None,
    counts: dict[pp.AFIStatus, int | None],
) -> None:
    f = framework(doc, name)
    assert f.grade is pp.Grade(grade)
    assert f.direction is (pp.DirectionOfTravel(direction) if direction else None)
    assert f.grade_text == grade_text
    assert f.afi_count == afis
    for status, count in counts.items():
        assert f.count(status) == count


def test_framework_afi_totals_sum_to_182(doc: pp.ImprovementPlan) -> None:
    # seed 004 L37-L58 (main body 69) and L98-L170 (Appendix 1 113)
    main = sum(f.afi_count or 0 for f in doc.frameworks if f.section == "main")
    appendix = sum(f.afi_count or 0 for f in doc.frameworks if f.section == "appendix 1")
    assert (main, appendix) == (69, 113)
    assert any(i.path == "total_afis" and "182" in i.explanation for i in doc.known_issues)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        pytest.param("Managing critical incidents & major crime", 3, id="seed004-L38-L40"),
        pytest.param("Protecting vulnerable people", 14, id="seed004-L60-L77"),
        pytest.param("Volume crime reduction", 4, id="seed004-L109-L112"),
        pytest.param("Managing financial & physical resources", 6, id="seed004-L150-L155"),
        pytest.param("Race and Diversity", 1, id="seed004-L146"),
        pytest.param("Professional standards", 0, id="seed004-L80"),
    ],
)
def test_action_counts(doc: pp.ImprovementPlan, name: str, count: int) -> None:
    assert len(framework(doc, name).actions) == count


def test_actions_verbatim(doc: pp.ImprovementPlan) -> None:
    # seed 004 L39 and L163: the two CRIMINT Plus dates, kept as printed
    assert (
        "Rollout of CRIMINT Plus in March 2008"
        in framework(doc, "Managing critical incidents & major crime").actions[1]
    )
    assert (
        framework(doc, "National Intelligence Model")
        .actions[1]
        .startswith("The rollout of CRIMINT Plus by August 2007")
    )
    # seed 004 L71: "MAPA" as printed
    assert any("MAPA bodies" in a for a in framework(doc, "Protecting vulnerable people").actions)


@pytest.mark.parametrize(
    ("name", "topics", "first"),
    [
        pytest.param(
            "Protecting vulnerable people", 4,
            "engagement of staff on rationale behind diverting activity on BOCU from dealing "
            "with vulnerable people to tackling robbery",
            id="seed004-L78",
        ),
        pytest.param(
            "Contact management", 6,
            "performance management for answering calls within target time", id="seed004-L138",
        ),
        pytest.param(
            "Race and Diversity", 2, "recruitment and retention targets for planning year",
            id="seed004-L147",
        ),
        pytest.param(
            "Leadership", 2, "the perception of leadership and structure within the Service",
            id="seed004-L168",
        ),
    ],
)  # fmt: skip
def test_awaited_topics(doc: pp.ImprovementPlan, name: str, topics: int, first: str) -> None:
    awaited = framework(doc, name).awaited
    assert len(awaited) == topics
    assert awaited[0] == first


def test_notes(doc: pp.ImprovementPlan) -> None:
    # seed 004 L80, L144
    assert framework(doc, "Professional standards").note == (
        "This was not inspected as part of the 2005/06 Baseline Assessment process."
    )
    assert "HMI Training, Personnel & Diversity" in (
        framework(doc, "Training, development and organisational learning").note or ""
    )


# --------------------------------------------------------------------------- progress figures


def pct(value: str) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.PERCENT)


def change(value: str) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.PERCENT_CHANGE)


NOV_20 = date(2006, 11, 20)


@pytest.mark.parametrize(
    ("metric", "actual", "target", "bench", "as_of"),
    [
        pytest.param("MPS reduction for burglary", change("8.1"), change("6.3"), None, NOV_20,
                     id="seed004-L109-burglary"),
        pytest.param("MPS reduction for vehicle crime", change("2.2"), change("8"), None, NOV_20,
                     id="seed004-L110-vehicle-crime"),
        pytest.param("reduction in taking of a vehicle", change("12.3"), change("6"), None,
                     NOV_20, id="seed004-L110-taking-of-vehicle"),
        pytest.param("increase in personal robbery", change("0.5"), None, None, NOV_20,
                     id="seed004-L111-personal-robbery"),
        pytest.param("MPS reduction for violent crime", change("7.1"), change("5"), None, NOV_20,
                     id="seed004-L112-violent-crime"),
        pytest.param("overall sanctioned detections", pct("20.4"), pct("20"), None, None,
                     id="seed004-L115-sd-overall"),
        pytest.param("sanctioned detection rate for robbery as a whole", pct("13.6"), None, None,
                     None, id="seed004-L116-sd-robbery"),
        pytest.param("sanctioned detection rate for violent crime", pct("23"), None, None, None,
                     id="seed004-L117-sd-violent"),
        pytest.param("sanctioned detection rate for racially aggravated crime", pct("27.7"),
                     pct("26"), pct("26.63"), None, id="seed004-L118-sd-racially-aggravated"),
        pytest.param("vehicles examined subject to theft from vehicles", pct("19.6"), None, None,
                     None, id="seed004-L121-forensic"),
        pytest.param("London Boroughs with the Burglary Sole Response initiative",
                     pp.Quantity(31, pp.Unit.COUNT), None, None, None, id="seed004-L123-boroughs"),
    ],
)  # fmt: skip
def test_progress_figures(
    doc: pp.ImprovementPlan,
    metric: str,
    actual: pp.Quantity,
    target: pp.Quantity | None,
    bench: pp.Quantity | None,
    as_of: date | None,
) -> None:
    p = figure(doc, metric)
    assert p.actual == actual
    assert p.target == target
    assert p.benchmark == bench
    assert p.as_of == as_of


def test_progress_text_and_framework(doc: pp.ImprovementPlan) -> None:
    # seed 004 L109, L55
    burglary = figure(doc, "MPS reduction for burglary")
    assert burglary.text == "the MPS reduction for burglary was 8.1% against a target of 6.3%"
    assert burglary.framework == "Volume crime reduction"
    ksi = doc.progress[0]
    assert "killed or seriously killed casualties (KSIs)" in ksi.text
    assert ksi.actual == change("6")
    assert ksi.framework == "Strategic road policing"


def test_targets_met(doc: pp.ImprovementPlan) -> None:
    # seed 004 L109-118: five of the six actual/target pairs meet the target; vehicle crime misses
    pairs = [p for p in doc.progress if p.actual is not None and p.target is not None]
    assert len(pairs) == 6
    missed = [p.metric for p in pairs if p.actual.value < p.target.value]  # type: ignore[union-attr]
    assert missed == ["MPS reduction for vehicle crime"]
    assert sum(p.as_of == NOV_20 for p in doc.progress) == 5
    assert figure(doc, "overall sanctioned detections").actual.value == Decimal("20.4")  # type: ignore[union-attr]


# --------------------------------------------------------------------------- known issues


@pytest.mark.parametrize(
    ("code", "line"),
    [
        pytest.param("total-mismatch", 58, id="seed004-L58-pvp-25-vs-24"),
        pytest.param("total-mismatch", 165, id="seed004-L165-leadership-8-vs-7"),
        pytest.param("inconsistent-repeat", 39, id="seed004-L39-crimint-date"),
        pytest.param("graded-not-inspected", 79, id="seed004-L79-professional-standards"),
        pytest.param("truncated-list", 112, id="seed004-L112"),
        pytest.param("missing-appendix", 174, id="seed004-L174-appendix-2"),
        pytest.param("missing-appendix", 176, id="seed004-L176-appendix-3"),
        pytest.param("typo", 55, id="seed004-L55-ksi"),
        pytest.param("typo", 147, id="seed004-L147-samuari"),
        pytest.param("wording-variant", 32, id="seed004-L32-roads"),
    ],
)
def test_known_issue_recorded(doc: pp.ImprovementPlan, code: str, line: int) -> None:
    assert any(i.code == code and i.line == line for i in doc.known_issues)


def test_known_issue_paths_resolve(doc: pp.ImprovementPlan) -> None:
    data = pp.to_dict(doc)
    for issue in doc.known_issues:
        node: object = data
        for part in issue.path.replace("]", "").replace("[", ".").split("."):
            if part.isdigit():
                assert isinstance(node, list)
                node = node[int(part)]
            else:
                assert isinstance(node, dict)
                assert part in node, issue.path
                node = node[part]

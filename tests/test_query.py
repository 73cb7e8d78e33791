"""The query API on the embedded datasets: the questions users ask, answered by the library."""

from __future__ import annotations

import collections.abc
import copy
import pickle
from datetime import date

import pytest

import policeplan as pp
from policeplan.query import Query, QueryError

plan: pp.PolicingPlan = pp.datasets.load("mps-plan-2003-04")
base: pp.BaselineAssessment = pp.datasets.load("hmic-baseline-2005")
insp07: pp.Inspection = pp.datasets.load("hmic-inspection-2007")
impr: pp.ImprovementPlan = pp.datasets.load("mpa-improvement-plan-2007")


def test_collections_are_queries_that_behave_as_tuples() -> None:
    judgements = base.judgements
    assert isinstance(judgements, Query)
    assert judgements == tuple(judgements)
    assert tuple(judgements) == judgements
    assert judgements != list(judgements)
    assert len(judgements) == 1161
    assert judgements[0] is next(iter(judgements))
    assert judgements[-1] is next(reversed(judgements))
    assert judgements[5] in judgements
    assert judgements.index(judgements[5]) == 5
    assert judgements.count(judgements[5]) == 1
    assert isinstance(judgements[:3], Query)
    assert hash(judgements[:3]) == hash(tuple(judgements[:3]))
    assert judgements[:2] + judgements[2:3] == judgements[:3]
    assert isinstance(judgements[:2] + judgements[2:3], Query)


def test_a_query_is_not_a_tuple_so_dataframe_readers_take_its_arrow_stream() -> None:
    # pyarrow, polars and DuckDB read any tuple as rows; a Query must not be one.
    judgements = base.judgements
    assert not isinstance(judgements, (tuple, list, collections.abc.Sequence))
    assert isinstance(judgements, collections.abc.Collection)
    assert hasattr(judgements, "__arrow_c_stream__")


def test_a_query_is_immutable_and_survives_pickling_and_copying() -> None:
    q = Query([3, 1, 2])
    with pytest.raises(AttributeError, match="immutable"):
        q._items = ()  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del q._items
    assert pickle.loads(pickle.dumps(q)) == q
    assert copy.deepcopy(base.judgements[:3]) == base.judgements[:3]
    assert q.__add__([4]) is NotImplemented


def test_objectives_under_for_londoners_c() -> None:
    # seed 001 L212: priority C for Londoners, objectives 11-14 (Table 1 L249-257)
    objectives = plan.priority(pp.PriorityGroup.LONDONERS, "C").objectives
    assert objectives.values("number") == (11, 12, 13, 14)


def test_targets_due_before_the_end_of_june_2003() -> None:
    due = plan.targets.filter(
        lambda t: t.deadline is not None and t.deadline.date < date(2003, 6, 30)
    )
    # seed 001 L278 (by May 2003), L286 (by 30/4/03), L291 (by 31 May 2003)
    assert sorted(t.deadline.date for t in due if t.deadline) == [
        date(2003, 4, 30),
        date(2003, 5, 31),
        date(2003, 5, 31),
    ]


def test_measures_with_a_relative_change_target_against_2002_03() -> None:
    def against_2002_03(measure: pp.Measure) -> bool:
        return any(
            isinstance(t, pp.ChangeTarget)
            and t.baseline is not None
            and t.baseline.whole_financial_year == pp.FinancialYear(2002)
            for t in measure.targets
        )

    measures = plan.measures.filter(against_2002_03)
    # street crime, burglary, autocrime, firearms, road casualties (seed 001 L238-244)
    assert len(measures) == 5
    assert all("2002/03" in t.text for m in measures for t in m.targets)


def test_forces_graded_excellent_for_roads_policing() -> None:
    excellent = base.judgements_for("Roads Policing").where(grade=pp.Grade.EXCELLENT)
    # seed 000 L1930 and L1959 (5C rows of the national grade matrix)
    assert set(excellent.values("force")) == {
        "Avon and Somerset",
        "Hampshire",
        "MPS",
        "Staffordshire",
        "West Midlands",
    }


def test_national_distribution_for_every_framework() -> None:
    table = {
        framework: judgements.count_by("grade")
        for framework, judgements in base.judgements.group_by("framework").items()
    }
    assert len(table) == 27
    assert all(sum(counts.values()) == 43 for counts in table.values())
    # hand count of seed 000 L1917/L1946 (2B): 4 Excellent, 14 Good, 21 Fair, 4 Poor
    assert dict(table["2B"]) == {
        pp.Grade.EXCELLENT: 4,
        pp.Grade.GOOD: 14,
        pp.Grade.FAIR: 21,
        pp.Grade.POOR: 4,
    }


def test_mps_beside_its_msf_group() -> None:
    group = {"MPS", *base.msf_group}
    by_framework = base.judgements.filter(lambda j: j.force in group).group_by("framework")
    assert all(len(judgements) == 5 for judgements in by_framework.values())
    roads = {j.force: j.grade for j in by_framework["5C"]}
    assert roads["MPS"] is pp.Grade.EXCELLENT  # seed 000 L195
    assert roads["West Midlands"] is pp.Grade.EXCELLENT


def test_improved_in_volume_crime_reduction_but_still_fair_or_poor() -> None:
    forces = (
        base.judgements_for("Volume Crime Reduction")
        .where(direction=pp.DirectionOfTravel.IMPROVED)
        .filter(lambda j: j.grade is not None and j.grade <= pp.Grade.FAIR)
    )
    assert "MPS" in forces.values("force")  # seed 000 L183: 2B Poor, Improved
    assert all(j.grade in (pp.Grade.FAIR, pp.Grade.POOR) for j in forces)


def test_indicators_where_the_mps_ranks_last_in_its_msf_group() -> None:
    last = base.indicator_results.filter(
        lambda r: r.msf_rank is not None and r.msf_rank.value is not None and r.msf_rank.value.last
    )
    # seed 000 L1511: SPI 3a racist incident victims, 5 out of 5
    assert any(r.code == "SPI 3a" and r.table == "1A" for r in last)
    assert all(
        r.msf_rank.value.position == r.msf_rank.value.out_of
        for r in last
        if r.msf_rank and r.msf_rank.value
    )


def test_2007_grade_distribution_and_forces_that_did_better() -> None:
    rows = {
        fw.name: (
            insp07.judgement("MPS", fw.key).grade,
            insp07.distribution(fw.key).better_than(insp07.judgement("MPS", fw.key).grade),
        )
        for fw in insp07.frameworks
        if fw.graded
    }
    # seed 003 L375/L395: Domestic violence, MPS Fair; 1 Excellent + 13 Good did better
    assert rows["Domestic violence"] == (pp.Grade.FAIR, 14)
    assert rows["Neighbourhood Policing"] == (pp.Grade.EXCELLENT, 0)  # L365/L385


def test_afis_by_status_per_framework() -> None:
    table = {f.framework: {c.status: c.count for c in f.status_counts} for f in impr.frameworks}
    # seed 004 L48: specialist operational support, 1 completed + 3 NFA + 19 WIP
    assert table["Providing specialist operational support"] == {
        pp.AFIStatus.COMPLETED: 1,
        pp.AFIStatus.NO_FURTHER_ACTION: 3,
        pp.AFIStatus.WORK_IN_PROGRESS: 19,
    }


def test_order_by_first_one_and_errors() -> None:
    ordered = base.indicator_results.order_by("indicator")
    assert list(ordered.values("indicator")) == sorted(base.indicator_results.values("indicator"))
    assert plan.objectives.where(number=7).one().number == 7
    with pytest.raises(QueryError, match="exactly one"):
        plan.objectives.one()
    with pytest.raises(pp.NotFoundError):
        plan.objectives.where(number=99).first()
    with pytest.raises(QueryError, match="no field 'grad'"):
        base.judgements.where(grad=pp.Grade.GOOD)
    assert Query[int]([None, 2, 1]).order_by(lambda n: n) == (1, 2, None)  # type: ignore[list-item]


def test_to_records_are_flat_with_stable_columns() -> None:
    records = base.judgements_for("5C").to_records()
    assert len(records) == 43
    assert list(records[0]) == list(records[-1])
    assert {"force", "framework", "grade", "direction", "qualifiers"} <= set(records[0])
    mps = next(r for r in records if r["force"] == "MPS")
    assert mps["grade"] == "excellent"
    results = base.indicator_results[:2].to_records()
    # A figure is its value with its printed text and unit beside it, not a nest.
    assert results[0]["msf_rank.position"] == 5
    assert results[0]["msf_average"] == 40.8
    assert results[0]["msf_average.unit"] == "percent"
    assert results[0]["msf_average.text"] == "40.8%"
    assert "msf_average.value" not in results[0]


def test_to_records_follow_the_column_rules() -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    targets = plan.targets.to_records()
    # every target says its kind; years read as printed; nothing is JSON text
    assert {r["kind"] for r in targets} == {"level", "change", "direction", "milestone", "from-to"}
    assert {r["year"] for r in targets} - {None} <= {"2002/03", "2003/04", "2004/05"}
    assert all(
        not isinstance(v, str) or not v.startswith(("[", "{")) for r in targets for v in r.values()
    )
    # no column is empty in every record, and no parent column stands empty beside its children
    for column in targets[0]:
        assert any(r[column] is not None for r in targets), column
    assert "deadline" not in targets[0]
    assert "deadline.date" in targets[0]
    # a verdict's explanation is its text, not a private writer
    measure = plan.objective(2).measures[0]
    observations = [o for s in measure.performance for o in s.observations]
    verdicts = pp.Query([pp.evaluate(t, observations) for t in measure.targets]).to_records()
    assert all(isinstance(r["explanation"], str) for r in verdicts)
    assert not any(column.startswith("_") for column in verdicts[0])

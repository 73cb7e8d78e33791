"""The query API on the embedded datasets: the questions users ask, answered by the library."""

from __future__ import annotations

import collections.abc
import copy
import pickle
from datetime import date
from typing import Any

import attrs
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


# --------------------------------------------------------------------------- small collections

# Items 0 and 1 differ in every field; 1 and 2 share ``out_of``, so that order is kept among ties.
RANKS = (
    pp.Rank(position=2, out_of=43),
    pp.Rank(position=1, out_of=5, tied=True),
    pp.Rank(position=5, out_of=5),
)
KEYS = pytest.mark.parametrize(
    "key", ["out_of", lambda rank: rank.out_of], ids=["field-name", "function"]
)


@KEYS
def test_values_of_none_one_and_three_items(key: Any) -> None:
    assert Query[pp.Rank]().values(key) == ()
    assert Query(RANKS[:1]).values(key) == (43,)
    values = Query(RANKS).values(key)
    assert isinstance(values, Query)
    assert values == (43, 5, 5)


@KEYS
def test_order_by_of_none_one_and_three_items_is_stable(key: Any) -> None:
    assert Query[pp.Rank]().order_by(key) == ()
    assert Query(RANKS[:1]).order_by(key) == RANKS[:1]
    ascending = Query(RANKS).order_by(key)
    assert isinstance(ascending, Query)
    assert ascending == (RANKS[1], RANKS[2], RANKS[0])
    # descending keeps tied items in their own order too, not reversed
    assert Query(RANKS).order_by(key, descending=True) == RANKS
    assert Query(RANKS).order_by("position", descending=True) == (RANKS[2], RANKS[0], RANKS[1])


def test_order_by_puts_none_last_in_either_direction() -> None:
    targets = plan.targets[:3]
    assert targets.values("label") == ("1)", "2)", None)
    assert targets.order_by("label") == targets
    assert targets.order_by("label", descending=True) == (targets[1], targets[0], targets[2])
    assert targets.order_by(lambda t: t.label, descending=True)[-1] is targets[2]
    assert targets[2:].order_by("label") == targets[2:]
    # grades are ordered, Fair below Good: the two Good judgements keep their order
    judgements = base.judgements[:3]
    assert judgements.values("grade") == (pp.Grade.GOOD, pp.Grade.GOOD, pp.Grade.FAIR)
    assert judgements.order_by("grade") == (judgements[2], judgements[0], judgements[1])
    assert judgements.order_by("grade", descending=True) == judgements


def test_where_on_none_one_and_three_items() -> None:
    assert Query[pp.Rank]().where(out_of=5) == ()
    assert Query(RANKS[:1]).where(out_of=43) == RANKS[:1]
    assert Query(RANKS[:1]).where(out_of=5) == ()
    matched = Query(RANKS).where(out_of=5)
    assert isinstance(matched, Query)
    assert matched == RANKS[1:]
    assert Query(RANKS).where(out_of=5, tied=False) == RANKS[2:]  # every field must match
    assert Query(RANKS).where() == RANKS
    assert base.judgements[:3].where(direction=None) == base.judgements[:1]


@KEYS
def test_group_by_and_count_by_of_none_one_and_three_items(key: Any) -> None:
    assert dict(Query[pp.Rank]().group_by(key)) == {}
    assert dict(Query[pp.Rank]().count_by(key)) == {}
    assert dict(Query(RANKS[:1]).group_by(key)) == {43: RANKS[:1]}
    assert dict(Query(RANKS[:1]).count_by(key)) == {43: 1}
    groups = Query(RANKS).group_by(key)
    assert list(groups) == [43, 5]  # first-seen order, not sorted
    assert all(isinstance(group, Query) for group in groups.values())
    assert groups[43] == RANKS[:1]
    assert groups[5] == RANKS[1:]
    counts = Query(RANKS).count_by(key)
    assert list(counts.items()) == [(43, 1), (5, 2)]
    with pytest.raises(TypeError):
        groups[7] = Query()  # type: ignore[index]
    with pytest.raises(TypeError):
        counts[7] = 0  # type: ignore[index]


def test_first_and_one_on_none_one_and_three_items() -> None:
    with pytest.raises(pp.NotFoundError, match="matched nothing"):
        Query[pp.Rank]().first()
    with pytest.raises(QueryError, match="expected exactly one item, found 0"):
        Query[pp.Rank]().one()
    assert Query(RANKS[:1]).first() is RANKS[0]
    assert Query(RANKS[:1]).one() is RANKS[0]
    assert Query(RANKS).first() is RANKS[0]
    with pytest.raises(QueryError, match="expected exactly one item, found 3"):
        Query(RANKS).one()


UNKNOWN_FIELD = [
    lambda q: q.where(rank=1),
    lambda q: q.order_by("rank"),
    lambda q: q.group_by("rank"),
    lambda q: q.count_by("rank"),
    lambda q: q.values("rank"),
]


@pytest.mark.parametrize("size", [1, 3])
@pytest.mark.parametrize(
    "operation", UNKNOWN_FIELD, ids=["where", "order_by", "group_by", "count_by", "values"]
)
def test_an_unknown_field_names_itself_and_the_fields_there_are(size: int, operation: Any) -> None:
    with pytest.raises(QueryError) as raised:
        operation(Query(RANKS[:size]))
    assert str(raised.value) == "Rank has no field 'rank'; fields: out_of, position, tied"
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, pp.PolicePlanError)
    # an empty collection has nothing to read the field from: its answer is empty
    assert len(operation(Query[pp.Rank]())) == 0


def test_properties_and_kind_tags_are_fields_but_methods_are_not() -> None:
    assert Query(RANKS).values("last") == (False, False, True)
    assert Query(RANKS).where(last=True) == RANKS[2:]
    from_to = plan.targets.where(kind="from-to")
    assert from_to.values("kind") == ("from-to", "from-to")
    assert all(isinstance(t, pp.FromToTarget) for t in from_to)
    with pytest.raises(QueryError, match="Rank has no field 'parse'"):
        Query(RANKS).values("parse")


def test_a_field_any_item_lacks_is_an_error_naming_its_class() -> None:
    judgement = pp.Judgement(force="Kent", framework="5A", grade=pp.Grade.GOOD)
    with pytest.raises(QueryError, match=r"^Rank has no field 'force'; fields: out_of,"):
        Query([RANKS[0], judgement, RANKS[1]]).values("force")
    with pytest.raises(QueryError, match=r"^Rank has no field 'force'; fields: out_of,"):
        Query([judgement, RANKS[0]]).values("force")  # the second item lacks it
    with pytest.raises(QueryError, match=r"^Judgement has no field 'position'; fields: dir"):
        Query([judgement, RANKS[0]]).order_by("position")
    with pytest.raises(QueryError, match=r"^LevelTarget has no field 'direction'"):
        plan.targets.values("direction")  # change targets have one, level targets not
    assert plan.targets.where(kind="change").values("direction")


# --------------------------------------------------------------------------- to_records


def test_to_records_of_an_empty_query() -> None:
    assert Query[pp.Rank]().to_records() == []
    assert base.judgements.where(force="Nowhere").to_records() == []


def test_to_records_keep_ints_and_booleans_and_fields_left_at_their_default() -> None:
    records = Query(RANKS).to_records()
    assert records == [
        {"position": 2, "out_of": 43, "tied": False},  # ``tied`` was not passed
        {"position": 1, "out_of": 5, "tied": True},
        {"position": 5, "out_of": 5, "tied": False},
    ]
    assert {type(r["position"]) for r in records} == {type(r["out_of"]) for r in records} == {int}
    assert {type(r["tied"]) for r in records} == {bool}


def test_to_records_give_a_quantity_as_a_float_with_its_unit_beside_it() -> None:
    quantities = Query(
        [
            pp.Quantity("0.70", pp.Unit.RATE, per=1000, base="population"),
            pp.Quantity(26292, pp.Unit.COUNT),
        ]
    )
    records = quantities.to_records()
    # a Decimal is a float, even a whole count; ``scale``, empty in both, is left out
    assert records == [
        {"value": 0.7, "unit": "rate", "per": 1000, "base": "population"},
        {"value": 26292.0, "unit": "count", "per": None, "base": None},
    ]
    assert [type(r["value"]) for r in records] == [float, float]
    assert type(records[0]["per"]) is int


def test_to_records_give_enums_as_values_and_tuples_as_lists() -> None:
    graded = pp.Judgement(
        force="Kent", framework="5A", grade=pp.Grade.EXCELLENT, qualifiers=("a", "b")
    )
    moved = pp.Judgement(force="Kent", framework="5B", direction=pp.DirectionOfTravel.IMPROVED)
    records = Query([graded, moved]).to_records()
    # None where one item has a value; columns empty in both (grade_text, …) left out
    assert records == [
        {
            "force": "Kent",
            "framework": "5A",
            "grade": "excellent",
            "direction": None,
            "qualifiers": ["a", "b"],
        },
        {
            "force": "Kent",
            "framework": "5B",
            "grade": None,
            "direction": "improved",
            "qualifiers": [],
        },
    ]
    assert type(records[0]["qualifiers"]) is list


def test_to_records_give_dates_as_dates_and_years_as_printed() -> None:
    (record,) = plan.targets[:1].to_records()
    assert record["kind"] == "change"
    assert record["year"] == "2003/04"
    assert record["baseline.start"] == date(2003, 3, 1)
    assert type(record["baseline.start"]) is date
    assert record["deadline.date"] == date(2004, 3, 31)
    assert record["deadline.precision"] == "month"
    assert record["amount"] == 4.0
    assert type(record["amount"]) is float
    assert record["amount.unit"] == "percent-change"
    assert "value" not in record  # only a level target has a value


def test_to_records_of_plain_values_follow_the_column_rules() -> None:
    grades = base.judgements[:3].values("grade")
    assert grades.to_records() == [{"value": "good"}, {"value": "good"}, {"value": "fair"}]


def test_to_records_of_years_name_their_column() -> None:
    years = plan.targets[:2].values("year")
    assert years.to_records() == [{"value": "2003/04"}, {"value": "2003/04"}]


# --------------------------------------------------------------------------- tuples


def test_a_query_equals_concatenates_and_slices_as_a_tuple_of_its_items() -> None:
    ranks = Query(RANKS)
    again = (RANKS[0],)
    joined = ranks + again
    assert isinstance(joined, Query)
    assert joined == (*RANKS, RANKS[0])
    assert ranks[::-1] == RANKS[::-1]
    assert isinstance(ranks[::-1], Query)
    assert ranks[1:] == RANKS[1:]
    assert ranks[5:] == ()
    assert Query() == ()
    assert ranks != RANKS[::-1]
    assert ranks != list(RANKS)
    assert {RANKS: "found"}[ranks] == "found"  # hashes as the tuple it equals
    restored = pickle.loads(pickle.dumps(ranks))
    assert type(restored) is Query
    assert restored == RANKS
    judgements = pickle.loads(pickle.dumps(base.judgements[:3]))
    assert type(judgements) is Query
    assert judgements == tuple(base.judgements[:3])


def test_a_field_is_checked_on_model_items_after_plain_ones() -> None:
    with pytest.raises(QueryError, match=r"^Rank has no field 'force'"):
        Query([1, RANKS[0]]).values("force")


def test_to_records_of_a_mixed_collection_have_the_fields_of_each_kind() -> None:
    judgement = pp.Judgement(force="Kent", framework="5A", grade=pp.Grade.GOOD)
    records = Query([RANKS[0], judgement]).to_records()
    assert records[0]["position"] == RANKS[0].position
    assert records[1]["force"] == "Kent"
    assert records[1]["grade"] == "good"


def test_a_collection_of_judgements_has_an_ordered_grade_column() -> None:
    (grade,) = [c for c in base.judgements.to_table().columns if c.name == "grade"]
    assert (grade.kind, grade.ordered) == ("category", True)
    assert grade.categories == tuple(g.value for g in sorted(pp.Grade))


def test_to_table_names_the_table_and_has_no_key() -> None:
    table = Query(RANKS).to_table("ranks")
    assert (table.name, table.primary_key, table.foreign_keys) == ("ranks", (), ())
    assert Query(RANKS).to_table().name == "items"


def test_first_of_nothing_says_so() -> None:
    with pytest.raises(pp.NotFoundError) as caught:
        Query[pp.Rank]().first()
    assert str(caught.value) == "the query matched nothing"


def test_a_long_collection_shows_five_items_each_cut_at_150_characters() -> None:
    items = ["a" * 148, "b" * 149, "c", "d", "e", "f"]  # reprs of 150 and 151 characters
    shown = repr(Query(items))
    assert shown == f"Query({'a' * 148!r}, '{'b' * 148}…, 'c', 'd', 'e', … (6 items))"


def test_a_collection_field_given_a_list_or_tuple_holds_a_query() -> None:
    values = tuple(base.indicator_results[1].values)
    for given in (list(values), values):
        result = attrs.evolve(base.indicator_results[0], values=given)
        assert type(result.values) is Query
        assert result.values == values
    assert type(attrs.evolve(base.indicator_results[0]).values) is Query


def test_a_collection_field_keeps_its_validator() -> None:
    domain = base.domains[0]
    with pytest.raises(pp.InvalidValueError, match=r"repeats domain"):
        attrs.evolve(base, domains=(domain, domain))


@pytest.mark.parametrize("key", [None, 5, b"grade", ("grade",)])
@pytest.mark.parametrize("method", ["order_by", "group_by", "count_by", "values"])
@pytest.mark.parametrize("items", [(), (pp.Rank(position=1, out_of=2),)])
def test_a_field_given_as_neither_text_nor_a_function_is_a_query_error(
    key: object, method: str, items: tuple[object, ...]
) -> None:
    # It raised the interpreter's "attribute name must be string", or nothing when empty.
    with pytest.raises(
        pp.QueryError, match=r"^a field is named by text or given as a function, got "
    ):
        getattr(pp.Query(items), method)(key)


def test_filter_takes_a_function() -> None:
    with pytest.raises(pp.QueryError, match=r"^filter takes a function of an item, got 'x'$"):
        pp.Query([pp.Rank(position=1, out_of=2)]).filter("x")  # type: ignore[arg-type]

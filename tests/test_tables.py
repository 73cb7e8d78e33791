"""Tidy tables: one declaration of columns and keys, read from the model."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest

import policeplan as pp

base = pp.datasets.load("hmic-baseline-2005")
plan = pp.datasets.load("mps-plan-2003-04")


def test_the_judgements_table_pivots_to_the_national_matrix() -> None:
    judgements = pp.tables(base)["judgements"]
    assert {"force", "framework", "grade", "direction"} <= {c.name for c in judgements.columns}
    matrix: dict[str, dict[str, str | None]] = {}
    for row in judgements.rows:
        matrix.setdefault(row["force"], {})[row["framework"]] = row["grade"]
    assert len(matrix) == 43
    assert all(len(cells) == 27 for cells in matrix.values())
    for force in base.forces:
        for framework in base.frameworks:
            judged = base.judgement(force, framework.key).grade
            assert matrix[force][framework.key] == (judged.value if judged else None)


def test_grades_are_an_ordered_category_worst_first() -> None:
    grade = next(c for c in pp.tables(base)["judgements"].columns if c.name == "grade")
    assert (grade.kind, grade.ordered) == ("category", True)
    assert grade.categories == ("poor", "fair", "good", "excellent")


def test_child_tables_carry_their_parents_keys() -> None:
    tables = pp.tables(plan)
    targets = tables["targets"]
    assert targets.primary_key == ("priority_id", "objective_id", "measure_id", "target_id")
    assert targets.foreign_keys == ((("priority_id", "objective_id", "measure_id"), "measures"),)
    assert len(targets) == len(plan.targets) == 52
    keys = ("priority_id", "objective_id", "measure_id")
    measures = {tuple(r[k] for k in keys) for r in tables["measures"].rows}
    for row in targets.rows:
        assert tuple(row[k] for k in keys) in measures
    # the second target of objective 2's first measure, found through the keys
    priority = next(i for i, p in enumerate(plan.priorities) if plan.objective(2) in p.objectives)
    position = plan.priorities[priority].objectives.index(plan.objective(2))
    row = next(
        r
        for r in targets.rows
        if tuple(r[k] for k in targets.primary_key) == (priority, position, 0, 0)
    )
    target = plan.objective(2).measures[0].targets[0]
    assert (row["kind"], row["text"]) == (target.kind, target.text)


def test_observations_have_one_row_per_value_with_their_period() -> None:
    observations = pp.tables(plan)["observations"]
    names = {c.name for c in observations.columns}
    assert {"period.start", "period.end", "period.label", "period.year_to_date"} <= names
    assert {"figure", "figure.unit", "figure.text", "figure.missing"} <= names
    expected = sum(len(s.observations) for m in plan.measures for s in m.performance)
    assert len(observations) == expected


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_every_table_follows_the_column_rules(dataset_id: str) -> None:
    for table in pp.tables(pp.datasets.load(dataset_id)).values():
        names = [c.name for c in table.columns]
        assert len(names) == len(set(names)), table.name
        for row in table.rows:
            assert list(row) == names
            for column in table.columns:
                value = row[column.name]
                # no JSON text and no nested objects in a cell
                assert not isinstance(value, (dict, tuple)), (table.name, column.name)
                if column.kind == "category" and value is not None:
                    assert value in column.categories, (table.name, column.name, value)
        # no container column beside its children: a column with dotted children
        # is a figure's or quantity's own value, its unit and text beside it
        beside_a_value = {"unit", "per", "base", "scale", "text", "missing", "garbled", "derived"}
        for name in names:
            children = {other[len(name) + 1 :] for other in names if other.startswith(f"{name}.")}
            assert not children or children <= beside_a_value, (table.name, name, children)


def test_a_document_has_the_same_tables_whatever_it_holds() -> None:
    empty = pp.tables(pp.datasets.load("hmic-inspection-2007"))
    full = pp.tables(pp.datasets.load("hmic-inspection-2008"))
    assert list(empty) == list(full)
    assert [c.name for c in empty["strengths"].columns] == [
        c.name for c in full["strengths"].columns
    ]


def test_arrow_output_names_the_extra_when_pyarrow_is_missing() -> None:
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import policeplan as pp\n"
        "try:\n"
        "    pp.datasets.load('hmic-baseline-2005').judgements.to_arrow()\n"
        "except ImportError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[arrow] extra" in result.stdout


def test_import_policeplan_loads_no_dataframe_library() -> None:
    code = (
        "import sys, policeplan\n"
        "print(sorted({'pyarrow', 'pandas', 'polars', 'matplotlib'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_documents_own_lists_of_text_are_tables_of_their_own() -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    values = pp.tables(plan)["values"]
    assert values.primary_key == ("value_id",)
    assert [row["text"] for row in values.to_records()] == list(plan.values)
    base = pp.datasets.load("hmic-baseline-2005")
    # seed 000 L147: "'minimising risk from terrorist activities and maintaining an effective
    # response to terrorist incidents' is one of the seven key MPS priorities for 2005/06"
    (priority,) = pp.tables(base)["strategic_priorities"].to_records()
    assert priority == {"strategic_priority_id": 0, "text": base.strategic_priorities[0]}
    assert priority["text"].startswith("minimising risk from terrorist activities")
    # An empty list is still a table, with the same columns.
    empty = pp.tables(pp.BaselineAssessment(source=base.source, force="Kent", year=base.year))
    assert [c.name for c in empty["msf_group"].columns] == ["msf_group_id", "text"]
    assert empty["msf_group"].to_records() == []


TABLE_KEYS = {
    "mps-plan-2003-04": {
        "values": "value_id",
        "priorities": "priority_id",
        "objectives": "objective_id",
        "performance": "performance_id",
        "indicator_observations": "indicator_observation_id",
        "efficiency_savings": "efficiency_saving_id",
        "deployment": "deployment_id",
    },
    "hmic-baseline-2005": {
        "msf_group": "msf_group_id",
        "glossary": "glossary_entry_id",
        "indicator_result_values": "indicator_result_value_id",
        "strategic_priorities": "strategic_priority_id",
    },
    "mpa-improvement-plan-2007": {
        "summary": "summary_id",
        "progress": "progress_id",
        "framework_status_counts": "framework_status_count_id",
    },
}
"""Tables whose key is named from an irregular or plural name (the keys are the contract)."""


@pytest.mark.parametrize("dataset_id", sorted(TABLE_KEYS))
def test_each_table_is_keyed_by_its_singular_name(dataset_id: str) -> None:
    found = pp.tables(pp.datasets.load(dataset_id))
    for name, key in TABLE_KEYS[dataset_id].items():
        assert found[name].primary_key[-1] == key
        assert found[name].columns[len(found[name].primary_key) - 1].name == key


def test_a_document_has_a_table_per_collection_and_list_of_text_only() -> None:
    improvement = pp.datasets.load("mpa-improvement-plan-2007")
    assert improvement.author  # a text field: no table
    assert improvement.recommendation
    assert sorted(pp.tables(improvement)) == sorted(
        [
            "summary",
            "status_counts",
            "protective_services",
            "frameworks",
            "framework_status_counts",
            "progress",
            "known_issues",
            "text",
        ]
    )


def test_key_and_text_columns_say_what_they_hold() -> None:
    values = pp.tables(plan)["values"]
    assert [(c.name, c.kind, c.description) for c in values.columns] == [
        ("value_id", "integer", "position in the list"),
        ("text", "string", "the item, as printed"),
    ]
    assert values.rows[0] == {"value_id": 0, "text": plan.values[0]}
    targets = pp.tables(plan)["targets"]
    keys = [(c.name, c.kind, c.description) for c in targets.columns[:4]]
    assert keys == [
        ("priority_id", "integer", "position in its parent table"),
        ("objective_id", "integer", "position in its parent table"),
        ("measure_id", "integer", "position in its parent table"),
        ("target_id", "integer", "position in its parent table"),
    ]
    with pytest.raises(TypeError, match="filled by its table"):
        targets.columns[0].read(plan.objectives[0])


@pytest.mark.parametrize(
    ("name", "singular"),
    [
        ("glossary", "glossary_entry"),
        ("series", "series"),
        ("progress", "progress"),
        ("priorities", "priority"),
        ("judgements", "judgement"),
        ("msf_group", "msf_group"),
    ],
)
def test_a_tables_key_is_named_from_its_singular(name: str, singular: str) -> None:
    from policeplan._tables import _singular

    assert _singular(name) == singular


@attrs.frozen
class _Leaf:
    label: str


@attrs.frozen
class _Branch:
    leaves: tuple[_Leaf, ...] = ()


@attrs.frozen
class _Other:
    label: str


@attrs.frozen
class _Holder:
    parts: tuple[_Branch | _Other, ...] = ()
    maybe: tuple[_Branch, ...] | None = None


def test_collections_inside_union_items_and_optional_collections_are_tables() -> None:
    holder = _Holder(
        parts=(_Branch(leaves=(_Leaf("a"), _Leaf("b"))), _Other("c")),
        maybe=(_Branch(leaves=(_Leaf("d"),)),),
    )
    found = pp.tables(holder)
    assert sorted(found) == ["leaves", "maybe", "maybe_leaves", "parts"]
    assert [row["label"] for row in found["leaves"].rows] == ["a", "b"]
    assert found["leaves"].primary_key == ("part_id", "leave_id")
    assert [row["label"] for row in found["maybe_leaves"].rows] == ["d"]


@pytest.mark.parametrize(
    ("given", "shown"), [("plan", "'plan'"), (None, "None"), ([1], "a list of 1 item")]
)
def test_tables_of_something_other_than_a_model_object_is_a_type_error(
    given: object, shown: str
) -> None:
    # attrs' NotAnAttrsClassError escaped before.
    with pytest.raises(TypeError) as caught:
        pp.tables(given)
    assert str(caught.value) == f"tables() reads a model object such as a document, got {shown}"

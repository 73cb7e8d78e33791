"""Arrow, pandas, polars and DuckDB read policeplan's tables and collections directly.

These tests need the optional dependencies: ``nox -s extras`` installs them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import policeplan as pp

base = pp.datasets.load("hmic-baseline-2005")
plan = pp.datasets.load("mps-plan-2003-04")


def test_the_grade_matrix_pivots_from_the_judgements_table() -> None:
    frame = pp.tables(base)["judgements"].to_pandas()
    matrix = frame.pivot(index="force", columns="framework", values="grade")
    assert matrix.shape == (43, 27)
    for force in base.forces:
        for framework in base.frameworks:
            judged = base.judgement(force, framework.key).grade
            cell = matrix.loc[force, framework.key]
            assert (None if pd.isna(cell) else cell) == (judged.value if judged else None)


def test_grades_are_ordered_categories_in_pandas() -> None:
    grades = pp.tables(base)["judgements"].to_pandas()["grade"]
    assert isinstance(grades.dtype, pd.CategoricalDtype)
    assert grades.cat.ordered
    assert list(grades.cat.categories) == ["poor", "fair", "good", "excellent"]
    kent = grades[pp.tables(base)["judgements"].to_pandas()["force"] == "Kent"]
    assert (kent >= "good").sum() == sum(
        1 for j in base.judgements if j.force == "Kent" and j.grade and j.grade >= pp.Grade.GOOD
    )


def test_arrow_columns_have_the_declared_types_and_the_schema_version() -> None:
    table = pp.tables(plan)["observations"].to_arrow()
    assert table.schema.field("period.start").type == pa.date32()
    assert table.schema.field("figure").type == pa.float64()
    assert table.schema.field("period.year_to_date").type == pa.bool_()
    assert table.schema.metadata[b"policeplan.schema_version"] == str(pp.SCHEMA_VERSION).encode()


def test_polars_reads_a_collection_and_a_table_through_the_capsule_interface() -> None:
    frame = pl.DataFrame(base.judgements)
    assert frame.columns == [column.name for column in base.judgements.to_table().columns]
    assert frame.equals(pl.DataFrame(base.judgements.to_table()))
    assert frame.schema["grade"] == pl.Categorical
    assert frame.height == 1161
    assert frame.filter(pl.col("force") == "Kent").height == 27
    assert frame.filter((pl.col("force") == "Kent") & (pl.col("framework") == "5A"))[
        "grade"
    ].to_list() == ["excellent"]


def test_pyarrow_reads_a_query_and_a_table_through_the_capsule_interface() -> None:
    assert pa.RecordBatchReader.from_stream(base.judgements).read_all().num_rows == 1161
    assert pa.table(pp.tables(plan)["targets"]).num_rows == 52
    table = pa.table(base.judgements)
    assert table.equals(base.judgements.to_arrow())
    assert table.schema.field("grade").type == pa.dictionary(pa.int32(), pa.string(), ordered=True)
    assert pa.table(plan.targets).num_rows == 52


def test_duckdb_queries_a_collection_by_its_variable_name() -> None:
    kent = base.judgements.where(force="Kent")  # noqa: F841 - DuckDB finds it by name
    rows = duckdb.sql("select framework from kent where grade = 'excellent'").fetchall()
    assert sorted(row[0] for row in rows) == sorted(
        j.framework for j in base.judgements if j.force == "Kent" and j.grade == pp.Grade.EXCELLENT
    )
    assert len(rows) == 3  # seed 000 L1912-2028: Kent's three Excellent grades


def test_duckdb_queries_a_table_by_its_variable_name() -> None:
    judgements = pp.tables(base)["judgements"]  # noqa: F841 - DuckDB finds it by name
    counts = dict(
        duckdb.sql(
            "select grade, count(*) from judgements where grade is not null group by grade"
        ).fetchall()
    )
    expected = {g.value: n for g, n in base.judgements.count_by("grade").items() if g is not None}
    assert counts == expected


def test_polars_and_pandas_agree_with_to_records() -> None:
    targets = plan.targets
    records = targets.to_records()
    assert targets.to_pandas().shape == (len(records), len(records[0]))
    assert targets.to_polars().columns == list(records[0])


@pytest.mark.parametrize(
    ("values", "arrow_type"),
    [
        (lambda: plan.objectives[:3].values("number"), "int64"),
        (
            lambda: base.judgements[:3].values("grade"),
            "dictionary<values=string, indices=int32, ordered=1>",
        ),
        (lambda: plan.targets[:2].values("year"), "string"),
        (lambda: pp.Query([date(2003, 4, 1), None]), "date32[day]"),
        (lambda: base.indicator_results[:2].values("force"), "string"),
    ],
)
def test_a_query_of_plain_values_reads_into_arrow_with_its_type(
    values: Callable[[], pp.Query[Any]], arrow_type: str
) -> None:
    query = values()
    table = pa.table(query)
    assert table.column_names == ["value"]
    assert str(table.schema.field("value").type).startswith(arrow_type)
    assert table.column("value").to_pylist() == [row["value"] for row in query.to_records()]
    assert pl.DataFrame(query).height == len(query)


def test_a_reader_asking_for_a_schema_gets_the_collection_cast_to_it() -> None:
    ranks = pp.Query([pp.Rank(position=2, out_of=43), pp.Rank(position=1, out_of=5, tied=True)])
    asked = pa.schema(
        [("position", pa.int32()), ("out_of", pa.int32()), ("tied", pa.bool_())],
        metadata={"policeplan.schema_version": "1"},
    )
    reader = pa.RecordBatchReader.from_stream(ranks, schema=asked)
    assert reader.schema.field("position").type == pa.int32()
    assert reader.read_all().column("position").to_pylist() == [2, 1]

"""Exports read back by independent tools: frictionless, DuckDB, polars and pandas."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

import policeplan as pp
from policeplan.export import export_datapackage, export_parquet


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_frictionless_validates_the_data_package(dataset_id: str, tmp_path: Path) -> None:
    export_datapackage(pp.datasets.load(dataset_id), tmp_path)
    command = shutil.which("frictionless", path=str(Path(sys.executable).parent))
    assert command is not None
    result = subprocess.run(
        [command, "validate", str(tmp_path / "datapackage.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parquet")
    documents = [pp.datasets.load(dataset_id) for dataset_id in pp.datasets.available()]
    export_parquet(documents, folder, partition_by=("document_type",))
    return folder


def test_duckdb_reads_the_partitioned_parquet_with_its_types(parquet: Path) -> None:
    relation = duckdb.sql(
        f"select * from read_parquet('{parquet}/judgements/**/*.parquet', hive_partitioning=true)"
    )
    types = dict(zip(relation.columns, [str(t) for t in relation.types], strict=True))
    assert types["judgement_id"] == "BIGINT"
    judgements = f"read_parquet('{parquet}/judgements/**/*.parquet', hive_partitioning=true)"
    counts = dict(
        duckdb.sql(f"select document_type, count(*) from {judgements} group by all").fetchall()
    )
    base = pp.datasets.load("hmic-baseline-2005")
    inspections = [pp.datasets.load(i) for i in ("hmic-inspection-2007", "hmic-inspection-2008")]
    assert counts == {
        "baseline-assessment": len(base.judgements),
        "inspection": sum(len(i.judgements) for i in inspections),
    }
    observations = f"read_parquet('{parquet}/observations/**/*.parquet')"
    dates = duckdb.sql(f'select typeof("period.start") from {observations} limit 1').fetchall()
    assert dates == [("DATE",)]


def test_polars_scans_one_partition_with_its_types(parquet: Path) -> None:
    frame = (
        pl.scan_parquet(f"{parquet}/judgements/**/*.parquet", hive_partitioning=True)
        .filter(pl.col("document_type") == "baseline-assessment")
        .collect()
    )
    assert frame.height == 1161
    kent = frame.filter((pl.col("force") == "Kent") & (pl.col("framework") == "5A"))
    assert kent["grade"].cast(pl.String).to_list() == ["excellent"]
    observations = pl.read_parquet(f"{parquet}/observations/**/*.parquet")
    assert observations.schema["period.start"] == pl.Date
    assert observations.schema["figure"] == pl.Float64


def test_pandas_reads_grades_back_as_ordered_categories(parquet: Path) -> None:
    frame = pd.read_parquet(parquet / "judgements" / "document_type=baseline-assessment")
    assert isinstance(frame["grade"].dtype, pd.CategoricalDtype)
    assert frame["grade"].cat.ordered
    assert list(frame["grade"].cat.categories) == ["poor", "fair", "good", "excellent"]

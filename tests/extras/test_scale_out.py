"""The Query API, DuckDB over Parquet and a polars lazy scan give the same answers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from policeplan.export import export_parquet

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _scale_out() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("scale_out", BENCHMARKS / "scale_out.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_three_engines_answer_alike_over_a_partitioned_corpus(tmp_path: Path) -> None:
    scale_out = _scale_out()
    documents = scale_out.corpus(2, forces=scale_out.FORCES[:3])
    export_parquet(documents, tmp_path, partition_by=("document_type", "document_year"))
    assert (tmp_path / "judgements" / "document_type=baseline-assessment").is_dir()
    for year in ("2003/04", "2004/05"):
        in_memory = scale_out.with_query(documents, year)
        assert in_memory["excellent_5a"] > 0
        assert sum(in_memory["grades"].values()) == 2 * 43 * 27
        assert scale_out.with_duckdb(tmp_path, year) == in_memory
        assert scale_out.with_polars(tmp_path, year) == in_memory

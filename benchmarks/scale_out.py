"""Scale out: export the synthetic national corpus to Parquet once, then query it.

The same questions are answered three ways: with the `Query` API over the
objects in memory, with DuckDB SQL over the Parquet files, and with a polars
lazy scan that prunes partitions. The report gives, at two corpus sizes, the
export time, the files' size and each engine's query time (best of
``--repeat``). Figures only; ``tests/extras/test_scale_out.py`` checks that
the three answer alike.

    python benchmarks/scale_out.py --years 5 10
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import policeplan as pp
from policeplan.export import export_parquet

sys.path.insert(0, str(Path(__file__).parent))
from queries import FORCES, baseline, plan

Answers = dict[str, Any]


def corpus(years: int, forces: list[str] = FORCES) -> list[Any]:
    """Every force's plan and the national baseline, for each of ``years`` years."""
    financial_years = [pp.FinancialYear(2003 + n) for n in range(years)]
    plans = [plan(force, year) for year in financial_years for force in forces]
    return [*plans, *(baseline(year) for year in financial_years)]


def with_query(documents: list[Any], year: str) -> Answers:
    judgements = pp.Query(
        j for d in documents if isinstance(d, pp.BaselineAssessment) for j in d.judgements
    )
    targets = pp.Query(t for d in documents if isinstance(d, pp.PolicingPlan) for t in d.targets)
    that_year = next(
        d for d in documents if isinstance(d, pp.BaselineAssessment) and str(d.year) == year
    )
    return {
        "grades": {g.value: n for g, n in judgements.count_by("grade").items()},
        "excellent_5a": len(that_year.judgements_for("5A").where(grade=pp.Grade.EXCELLENT)),
        "target_kinds": dict(targets.count_by("kind")),
    }


def with_duckdb(folder: Path, year: str) -> Answers:
    import duckdb

    def scan(table: str) -> str:
        return f"read_parquet('{folder}/{table}/**/*.parquet', hive_partitioning=true)"

    grades = duckdb.sql(f"select grade, count(*) from {scan('judgements')} group by all")
    excellent = duckdb.sql(
        f"select count(*) from {scan('judgements')} where document_year = '{year}'"
        " and framework = '5A' and grade = 'excellent'"
    )
    kinds = duckdb.sql(f"select kind, count(*) from {scan('targets')} group by all")
    return {
        "grades": {str(g): n for g, n in grades.fetchall()},
        "excellent_5a": excellent.fetchall()[0][0],
        "target_kinds": {str(k): n for k, n in kinds.fetchall()},
    }


def with_polars(folder: Path, year: str) -> Answers:
    import polars as pl

    def scan(table: str) -> Any:
        return pl.scan_parquet(f"{folder}/{table}/**/*.parquet", hive_partitioning=True)

    grades = scan("judgements").group_by("grade").len().collect()
    excellent = (
        scan("judgements")
        .filter(
            (pl.col("document_year") == year)
            & (pl.col("framework") == "5A")
            & (pl.col("grade").cast(pl.String) == "excellent")
        )
        .select(pl.len())
        .collect()
    )
    kinds = scan("targets").group_by("kind").len().collect()
    return {
        "grades": {str(g): n for g, n in grades.iter_rows()},
        "excellent_5a": excellent.item(),
        "target_kinds": {str(k): n for k, n in kinds.iter_rows()},
    }


def best(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def size_of(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, nargs="+", default=[5, 10])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'years':>5} {'documents':>9} {'export s':>9} {'MB':>6} "
          f"{'Query ms':>9} {'DuckDB ms':>10} {'polars ms':>10}")  # fmt: skip
    for years in args.years:
        documents = corpus(years)
        year = str(pp.FinancialYear(2003 + years - 1))
        with tempfile.TemporaryDirectory() as directory:
            folder = Path(directory)
            started = time.perf_counter()
            export_parquet(documents, folder, partition_by=("document_type", "document_year"))
            exported = time.perf_counter() - started
            answers = [
                with_query(documents, year),
                with_duckdb(folder, year),
                with_polars(folder, year),
            ]
            if not answers[0] == answers[1] == answers[2]:
                raise SystemExit(f"the engines disagree: {answers}")
            query_time = best(functools.partial(with_query, documents, year), args.repeat)
            duckdb_time = best(functools.partial(with_duckdb, folder, year), args.repeat)
            polars_time = best(functools.partial(with_polars, folder, year), args.repeat)
            print(
                f"{years:>5} {len(documents):>9} {exported:>9.2f} {size_of(folder) / 1e6:>6.1f} "
                f"{query_time * 1e3:>9.1f} {duckdb_time * 1e3:>10.1f} {polars_time * 1e3:>10.1f}"
            )


if __name__ == "__main__":
    main()

"""Exports that need no optional dependency: CSV files and a Data Package descriptor."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import policeplan as pp
from policeplan.cli import main
from policeplan.export import export_csv, export_datapackage


def test_csv_files_hold_every_row_and_column_of_every_table(tmp_path: Path) -> None:
    base = pp.datasets.load("hmic-baseline-2005")
    export_csv(base, tmp_path)
    for name, table in pp.tables(base).items():
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as file:
            rows = list(csv.reader(file))
        assert rows[0] == [column.name for column in table.columns]
        assert len(rows) == len(table) + 1


def test_the_csv_judgements_pivot_to_the_national_matrix(tmp_path: Path) -> None:
    base = pp.datasets.load("hmic-baseline-2005")
    export_csv(base, tmp_path)
    with (tmp_path / "judgements.csv").open(encoding="utf-8", newline="") as file:
        cells = {(r["force"], r["framework"]): r["grade"] for r in csv.DictReader(file)}
    assert len(cells) == 43 * 27
    for judgement in base.judgements:
        expected = judgement.grade.value if judgement.grade else ""
        assert cells[(judgement.force, judgement.framework)] == expected


def test_the_data_package_declares_keys_and_types(tmp_path: Path) -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    export_datapackage(plan, tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    assert package["name"] == "policing-plan"
    assert package["policeplan"]["schema_version"] == pp.SCHEMA_VERSION
    resources = {resource["name"]: resource for resource in package["resources"]}
    targets = resources["targets"]["schema"]
    assert targets["primaryKey"] == ["priority_id", "objective_id", "measure_id", "target_id"]
    assert targets["foreignKeys"] == [
        {
            "fields": ["priority_id", "objective_id", "measure_id"],
            "reference": {
                "resource": "measures",
                "fields": ["priority_id", "objective_id", "measure_id"],
            },
        }
    ]
    kinds = next(field for field in targets["fields"] if field["name"] == "kind")
    assert kinds["constraints"]["enum"] == ["level", "change", "direction", "milestone", "from-to"]
    observations = {f["name"]: f["type"] for f in resources["observations"]["schema"]["fields"]}
    assert observations["period.start"] == "date"
    assert observations["figure"] == "number"


def test_the_export_command_writes_a_data_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        ["export", "mpa-improvement-plan-2007", "--format", "datapackage", "-o", str(tmp_path)]
    )
    assert status == 0
    printed = capsys.readouterr().out.splitlines()
    assert str(tmp_path / "datapackage.json") in printed
    assert (tmp_path / "framework_status_counts.csv").exists()


def test_export_of_a_broken_file_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"document_type": "inspection", "force": 1}', "utf-8")
    assert main(["export", str(broken), "-o", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()

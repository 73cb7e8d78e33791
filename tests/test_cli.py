"""The policeplan command: summaries fit the terminal, reports are exact, exit statuses agree.

Exit status 0 is success, 1 a file that is not a valid document, 2 a usage error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import policeplan as pp
from policeplan.cli import main
from policeplan.reader import DOCUMENT_TYPES

DATASET_IDS = pp.datasets.available()


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The output width follows COLUMNS; fix it so that no test depends on the terminal."""
    monkeypatch.setenv("COLUMNS", "80")


def dataset_file(dataset_id: str) -> Path:
    return Path(str(resources.files("policeplan").joinpath("data", f"{dataset_id}.json")))


def run_module(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m policeplan`` in a child process, with extra environment variables."""
    return subprocess.run(
        [sys.executable, "-m", "policeplan", *args],
        capture_output=True,
        env={**os.environ, "COLUMNS": "80", **env},
        check=False,
    )


def usage_error(argv: list[str]) -> int | str | None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    return exited.value.code


def findings_of(dataset_id: str) -> tuple[int, int]:
    """How many consistency findings a dataset has, and how many it records as known."""
    document = pp.datasets.load(dataset_id)
    findings = pp.check(document)
    known = sum(pp.checks.recorded(f, document) is not None for f in findings)
    # The shipped datasets record every contradiction the checks find.
    assert known == len(findings)
    return len(findings), known


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    """The plan with a key no document has and a period that is a number."""
    data = json.loads(dataset_file("mps-plan-2003-04").read_text("utf-8"))
    data["colour"] = "red"
    data["period"] = 5
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


# --- the summaries -------------------------------------------------------------------------


def test_default_prints_the_plan_with_every_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    plan = pp.datasets.load("mps-plan-2003-04")
    target_lines = [line for line in lines if line.lstrip().startswith("- ")]
    assert len(target_lines) == sum(len(o.targets) for o in plan.objectives) == 52
    assert any("2. To reduce the incidence of street crime" in line for line in lines)
    assert max(map(len, lines)) <= 80


@pytest.mark.parametrize("dataset_id", DATASET_IDS)
def test_show_summarises_every_dataset(
    dataset_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", dataset_id]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(pp.datasets.load(dataset_id).source.title[:20])
    assert max(map(len, lines)) <= 80


def test_baseline_summary_has_grades_and_national_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["show", "hmic-baseline-2005"])
    out = capsys.readouterr().out
    # seed 000 L195 (MPS 5C) and the 5C columns of the national matrices
    row = next(line for line in out.splitlines() if line.startswith("5C "))
    base = pp.datasets.load("hmic-baseline-2005")
    excellent = sum(
        1 for j in base.judgements if j.framework == "5C" and j.grade is pp.Grade.EXCELLENT
    )
    assert base.judgement("MPS", "5C").grade.value.title() in row
    assert str(excellent) in row.split()[-5:]


@pytest.mark.parametrize("columns", ["60", "80", "160"])
def test_baseline_table_headings_stand_over_their_columns(
    columns: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    main(["show", "hmic-baseline-2005"])
    lines = capsys.readouterr().out.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Framework"))
    rows = lines[
        heading + 1 : heading + 1 + len(pp.datasets.load("hmic-baseline-2005").frameworks)
    ]
    # words starting a column at the heading's left edge; figures end at its right edge
    for word in ("MPS grade", "Direction"):
        start = lines[heading].index(word)
        assert all(row[start - 1] == " " != row[start] for row in rows), word
    for word in ("Exc", "Good", "Fair", "Poor", "NG"):
        end = lines[heading].index(word) + len(word)
        assert all(row[end - 1].isdigit() for row in rows), word
        assert all(end == len(row) or row[end] == " " for row in rows), word


def test_list_names_every_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert all(dataset_id in out for dataset_id in DATASET_IDS)


def test_unknown_dataset_is_an_error_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "no-such-dataset"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no dataset 'no-such-dataset'" in captured.err


SUMMARIES = [[], ["list"], *(["show", dataset_id] for dataset_id in DATASET_IDS)]


@pytest.mark.parametrize("argv", SUMMARIES, ids=" ".join)
@pytest.mark.parametrize("columns", [60, 160])
def test_summaries_fit_the_terminal_width(
    argv: list[str],
    columns: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(argv) == 0
    assert max(map(len, capsys.readouterr().out.splitlines())) <= columns


def test_a_wide_terminal_shows_more_than_eighty_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    main([])
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) > 80
    assert not any(line.endswith("…") for line in lines if len(line) < 150)


def test_a_very_narrow_terminal_still_gets_the_minimum_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    main(["show", "hmic-baseline-2005"])
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) == 60
    assert any(line.startswith("1A Fairness") for line in lines)


ENCODING_CASES = [
    [],
    *(["show", dataset_id] for dataset_id in DATASET_IDS),
    *(["check", dataset_id] for dataset_id in DATASET_IDS),
]


@pytest.mark.parametrize("argv", ENCODING_CASES, ids=" ".join)
def test_output_never_fails_on_a_terminal_that_cannot_encode_it(argv: list[str]) -> None:
    # cp437 has "£" but neither "–" nor "×" nor "…"
    ran = run_module(*argv, PYTHONIOENCODING="cp437")
    assert (ran.returncode, ran.stderr) == (0, b"")
    out = ran.stdout.decode("cp437")
    assert out.strip()
    if argv[:1] == ["show"]:
        assert out.startswith(pp.datasets.load(argv[1]).source.title[:20])


def test_module_entry_point_and_usage_errors() -> None:
    ran = run_module("frobnicate")
    assert ran.returncode == 2
    assert b"invalid choice" in ran.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert usage_error(["--version"]) == 0
    assert capsys.readouterr().out == f"policeplan {pp.__version__}\n"


# --- validate ------------------------------------------------------------------------------


@pytest.mark.parametrize("dataset_id", DATASET_IDS)
def test_validate_accepts_every_shipped_dataset(
    dataset_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(dataset_file(dataset_id))]) == 0
    assert capsys.readouterr().out == ""


def test_validate_verbose_names_each_valid_file_and_its_type(
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [str(dataset_file(dataset_id)) for dataset_id in DATASET_IDS]
    assert main(["validate", "-v", *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{files[0]}: valid (policing-plan)"
    assert lines[1] == f"{files[1]}: valid (baseline-assessment)"
    assert len(lines) == len(files)


def test_validate_reports_each_problem_with_its_file_path_and_code(
    broken_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = str(dataset_file("hmic-inspection-2007"))
    assert main(["validate", good, str(broken_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert any(line.startswith(f"{broken_file}: period: ") for line in lines)
    assert any(line.endswith("[wrong-type]") for line in lines)
    assert f"{broken_file}: colour: PolicingPlan has no field 'colour' [unknown-field]" in lines


def test_validate_refuses_a_file_that_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Policing and Performance Plan 2003/04\n", "utf-8")
    assert main(["validate", str(text)]) == 1
    assert capsys.readouterr().out.startswith(f"{text}: <root>: ")


def test_validate_refuses_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    assert main(["validate", str(missing)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{missing}: <root>: cannot read")
    assert out.endswith("[unreadable-file]\n")


def test_validate_json_report(broken_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, missing = dataset_file("hmic-baseline-2005"), broken_file.with_name("missing.json")
    assert main(["validate", "--format", "json", str(good), str(broken_file), str(missing)]) == 1
    report: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert [entry["file"] for entry in report] == [str(good), str(broken_file), str(missing)]
    assert [entry["valid"] for entry in report] == [True, False, False]
    assert [entry["document_type"] for entry in report] == ["baseline-assessment", None, None]
    assert report[0]["issues"] == []
    assert {"path": "colour", "code": "unknown-field"}.items() <= report[1]["issues"][1].items()
    assert {issue["code"] for issue in report[1]["issues"]} == {"unknown-field", "wrong-type"}
    assert set(report[2]["issues"][0]) == {"path", "code", "message"}


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["validate", "--format", "xml", "plan.json"],
        ["check"],
        ["schema"],
        ["show"],
        ["frobnicate"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert usage_error(argv) == 2
    assert "usage: policeplan" in capsys.readouterr().err


# --- check ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dataset_id", DATASET_IDS)
def test_check_lists_findings_and_marks_the_known_ones(
    dataset_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", dataset_id]) == 0
    *findings, summary = capsys.readouterr().out.splitlines()
    count, known = findings_of(dataset_id)
    assert summary == (
        f"{count} finding{'' if count == 1 else 's'}, {known} of them recorded as known issues"
    )
    assert len(findings) == count
    assert sum(line.endswith(" (known)") for line in findings) == known
    assert all("[" in line and ": " in line for line in findings)


def test_check_reads_a_file_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(dataset_file("mpa-improvement-plan-2007"))]) == 0
    from_file = capsys.readouterr().out
    main(["check", "mpa-improvement-plan-2007"])
    assert from_file == capsys.readouterr().out
    assert "[total-mismatch] (known)" in from_file


@pytest.mark.parametrize("dataset_id", DATASET_IDS)
def test_check_json_report(dataset_id: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", dataset_id]) == 0
    report = json.loads(capsys.readouterr().out)
    count, known = findings_of(dataset_id)
    assert (report["source"], report["valid"], report["issues"]) == (dataset_id, True, [])
    assert report["document_type"] in DOCUMENT_TYPES
    assert len(report["findings"]) == count
    assert report["known_findings"] == known == sum(f["known"] for f in report["findings"])
    assert all(set(f) == {"path", "code", "message", "known"} for f in report["findings"])


def test_check_of_an_invalid_file_reports_it_as_validate_does(
    broken_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(broken_file)]) == 1
    checked = capsys.readouterr().out
    main(["validate", str(broken_file)])
    assert checked == capsys.readouterr().out
    assert main(["check", "--format", "json", str(broken_file)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["valid"], report["document_type"], report["findings"]) == (False, None, [])
    assert len(report["issues"]) == 2


def test_check_of_neither_a_file_nor_a_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "no-such-dataset"]) == 1
    assert "[unreadable-file]" in capsys.readouterr().out


# --- schema --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", [*DOCUMENT_TYPES, *(cls.__name__ for cls in DOCUMENT_TYPES.values())]
)
def test_schema_prints_the_json_schema(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    cls = DOCUMENT_TYPES.get(name) or getattr(pp, name)
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == pp.json_schema(cls)


def test_schema_of_an_unknown_type_lists_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert usage_error(["schema", "plan"]) == 2
    err = capsys.readouterr().err
    assert all(repr(name) in err for name in [*DOCUMENT_TYPES, "PolicingPlan"])

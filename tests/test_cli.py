"""The policeplan command: summaries fit 80 columns; errors go to stderr with status 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

import policeplan as pp
from policeplan.cli import main


def test_default_prints_the_plan_with_every_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    plan = pp.datasets.load("mps-plan-2003-04")
    target_lines = [line for line in lines if line.lstrip().startswith("- ")]
    assert len(target_lines) == sum(len(o.targets) for o in plan.objectives) == 52
    assert any("2. To reduce the incidence of street crime" in line for line in lines)
    assert max(map(len, lines)) <= 80


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
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


def test_list_names_every_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert all(dataset_id in out for dataset_id in pp.datasets.available())


def test_unknown_dataset_is_an_error_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "no-such-dataset"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no dataset 'no-such-dataset'" in captured.err


def test_module_entry_point_and_usage_errors() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "policeplan", "frobnicate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 2
    assert "invalid choice" in ran.stderr

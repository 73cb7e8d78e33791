"""``policeplan cycle [FORCE]``: the performance cycle as a table that fits the terminal."""

from __future__ import annotations

import json

import pytest

from policeplan.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def line_of(lines: list[str], code: str) -> list[str]:
    (found,) = [line for line in lines if line.startswith(f"{code} ")]
    return found.split()


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def test_the_mps_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, _ = run(capsys, "cycle")
    assert status == 0
    assert lines[0].startswith("Performance cycle of MPS")
    header = line_of(lines, "Code")
    assert header[-5:] == ["AFIs", "Done", "WIP", "2007", "2008"]
    # 27 frameworks, one line each (seed 000 L175-209)
    rows = [line for line in lines if len(line) > 3 and line[0].isdigit() and line[2] == " "]
    assert [row[:2] for row in rows][::13] == ["1A", "4A", "7C"]
    assert len(rows) == 27


def test_a_row_holds_each_documents_figures(capsys: pytest.CaptureFixture[str]) -> None:
    _, lines, _ = run(capsys, "cycle")
    # seed 000 L178 Good, Improved; seed 004 L98 15 AFIs, 11 completed, 3 in progress;
    # seed 003 L385 Excellent; seed 002 L219 Meeting the standard
    assert line_of(lines, "1B")[-7:] == ["Good", "I", "15", "11", "3", "Excellent", "Meeting"]
    # seed 004 L58: 25 AFIs, 20 in progress, shared with 3C; seed 003 L393-399
    assert line_of(lines, "2A")[-5:] == ["25*", "-", "20", "Good/Fair/Fair/Fair", "-"]
    assert "*: one paragraph, Protecting vulnerable people, answers 2A and 3C." in lines
    # seed 000 L180: Professional Standards not graded
    assert line_of(lines, "1D")[-6] == "NG"


def test_the_later_areas_and_the_frameworks_they_follow(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, lines, _ = run(capsys, "cycle")
    later = [line.split() for line in lines if line.startswith(("2007 ", "2008 "))]
    assert ["2007", "Child", "abuse", "Good", "2A", "3C"] in later
    assert ["2007", "Performance", "management", "Good", "7C"] in later
    assert later[-1] == ["2008", "Neighbourhood", "Policing", "Meeting", "the", "standard", "1B"]


def test_another_force_shows_its_2005_grades_only(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, _ = run(capsys, "cycle", "Kent")
    assert status == 0
    assert line_of(lines, "Code") == ["Code", "Framework", "2005"]
    # seed 000 L1928 and L1988: Kent's Call Management is Excellent, direction I
    assert line_of(lines, "5A")[-2:] == ["Excellent", "I"]
    assert any("cover the MPS only" in line for line in lines)


def test_an_unknown_force_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, err = run(capsys, "cycle", "Narnia")
    assert status == 2
    assert lines == []
    assert "no force 'Narnia'" in err


def test_json_gives_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, _ = run(capsys, "cycle", "--format", "json")
    assert status == 0
    records = json.loads("\n".join(lines))
    assert len(records) == 27
    pm = next(r for r in records if r["code"] == "7C")
    assert pm["grade_2005"] == "fair"
    assert (pm["afis"], pm["afis_work_in_progress"]) == (8, 8)
    assert pm["areas_2007"] == ["Performance management"]
    assert pm["grades_2007"] == ["good"]


@pytest.mark.parametrize("width", ["60", "80", "132"])
def test_every_line_fits_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    _, lines, _ = run(capsys, "cycle")
    assert max(map(len, lines)) <= int(width)
    if width == "60":  # too narrow for the grades' words: their initials, explained
        assert line_of(lines, "2A")[-2] == "G/F/F/F"
        assert any(line.startswith("Grades by initial") for line in lines)

"""Text layout of ``policeplan cycle``: one line per baseline framework, then the later areas."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator, Sequence

from ._cli_format import table
from .assessment import DirectionOfTravel
from .cycle import CycleRow
from .query import Query

DIRECTION_CODES = {
    DirectionOfTravel.IMPROVED: "I",
    DirectionOfTravel.STABLE: "S",
    DirectionOfTravel.DETERIORATED: "D",
}
"""The codes of the baseline's national direction-of-travel matrix (seed 000 L1970-2028)."""

MIN_FRAMEWORK_WIDTH = 12
"""Below this room for the framework's name, grades print as initials ("G/F/F/F")."""

HEADINGS = ["Code", "Framework", "2005"]
LATER_HEADINGS = ["AFIs", "Done", "WIP", "2007", "2008"]


def _word(grade: object, initials: bool) -> str:
    """A grade as a word ("Good"; "Meeting" for "Meeting the standard"), or its initial."""
    word = str(grade).split()[0]
    return word[0] if initials else word


def _grade_2005(row: CycleRow, initials: bool) -> str:
    grade = "NG" if row.grade_2005 is None else _word(row.grade_2005, initials)
    direction = DIRECTION_CODES.get(row.direction_2005) if row.direction_2005 else None
    return f"{grade} {direction}" if direction else grade


def _count(value: int | None) -> str:
    return "-" if value is None else str(value)


def _outcomes(grades: Sequence[object] | None, initials: bool) -> str:
    """Grades joined by "/"; "-" for none."""
    return "/".join(_word(grade, initials) for grade in grades) if grades else "-"


def _shared(rows: Iterable[CycleRow]) -> dict[str, list[str]]:
    """Improvement-plan headings that answer more than one framework, with their codes."""
    codes: dict[str, list[str]] = {}
    for row in rows:
        if row.improvement_framework is not None:
            codes.setdefault(row.improvement_framework, []).append(row.code)
    return {heading: found for heading, found in codes.items() if len(found) > 1}


def _cells(rows: Iterable[CycleRow], covered: bool, initials: bool) -> list[list[str]]:
    shared = _shared(rows)
    cells = [HEADINGS + (LATER_HEADINGS if covered else [])]
    for row in rows:
        line = [row.code, row.framework, _grade_2005(row, initials)]
        if covered:
            mark = "*" if row.improvement_framework in shared else ""
            line += [
                _count(row.afis) + mark,
                _count(row.afis_completed),
                _count(row.afis_work_in_progress),
                _outcomes(row.grades_2007, initials),
                _outcomes(row.judgements_2008, initials),
            ]
        cells.append(line)
    return cells


def _room_for_framework(cells: list[list[str]], width: int) -> int:
    """The columns left for the framework's name once every other column has its width."""
    others = [max(len(row[c]) for row in cells) for c in range(len(cells[0])) if c != 1]
    return width - sum(others) - (len(cells[0]) - 1)


def _later_areas(rows: Iterable[CycleRow]) -> list[list[str]]:
    """``[year, area, outcome, codes]`` for each area judged in 2007 or 2008."""
    outcomes: dict[tuple[str, str], str] = {}
    codes: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        for year, areas, grades in (
            ("2007", row.areas_2007, row.grades_2007),
            ("2008", row.areas_2008, row.judgements_2008),
        ):
            for area, grade in zip(areas or (), grades or (), strict=True):
                outcomes[year, area] = str(grade)
                codes.setdefault((year, area), []).append(row.code)
    ordered = sorted(codes.items(), key=lambda item: item[0][0])  # stable: by year, then rows
    return [[year, area, outcomes[year, area], " ".join(c)] for (year, area), c in ordered]


def summarise_cycle(rows: Query[CycleRow], width: int) -> Iterator[str]:
    """The cycle of one force as lines no wider than ``width``."""
    force = rows[0].force if rows else "?"
    covered = any(row.areas_2007 is not None for row in rows)
    title = f"Performance cycle of {force}: HMIC baseline assessment 2005 (year assessed 2004/05)"
    if covered:
        title += ", MPA improvement plan (16 January 2007), HMIC inspections 2007 and 2008"
    heading = textwrap.wrap(title, width)
    yield from heading
    yield "=" * max(map(len, heading))
    initials = _room_for_framework(_cells(rows, covered, False), width) < MIN_FRAMEWORK_WIDTH
    right = [False] * len(HEADINGS) + ([True, True, True, False, False] if covered else [])
    yield from table(_cells(rows, covered, initials), width, right=right, shrink=1)
    notes = ["2005: grade, and direction of travel (I improved, S stable, D deteriorated)."]
    if initials:
        notes.append("Grades by initial: Excellent, Good, Fair, Poor; Meeting the standard.")
    if covered:
        notes.append(
            "AFIs: areas for improvement in the improvement plan, the number stated "
            "(Done: completed; WIP: work in progress; -: not stated)."
        )
        notes.extend(
            f"*: one paragraph, {paragraph}, answers {' and '.join(codes)}."
            for paragraph, codes in _shared(rows).items()
        )
    else:
        notes.append("The improvement plan and the 2007 and 2008 inspections cover the MPS only.")
    yield ""
    for note in notes:
        yield from textwrap.wrap(note, width, subsequent_indent="  ")
    if covered:
        yield ""
        yield from textwrap.wrap(
            "The areas judged in 2007 and 2008, and the frameworks they follow:", width
        )
        yield from table(_later_areas(rows), width, right=[False] * 4, shrink=1)

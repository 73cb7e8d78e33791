"""Text layout for the ``policeplan`` command: lines that fit the terminal, aligned tables.

Every summary takes the width to fit, so that the output is as wide as the
terminal it is read on and can be tested at any width.
"""

from __future__ import annotations

import shutil
import textwrap
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from .assessment import Grade, StandardJudgement
from .baseline import BaselineAssessment
from .improvement import ImprovementPlan
from .inspection import Inspection
from .plan import PolicingPlan
from .targets import Target

MIN_WIDTH = 60  # below this the baseline's grade table leaves no room for its labels
FALLBACK_WIDTH = 80  # output to a file or pipe, with COLUMNS unset
GRADE_HEADINGS = {
    Grade.EXCELLENT: "Exc",
    Grade.GOOD: "Good",
    Grade.FAIR: "Fair",
    Grade.POOR: "Poor",
}


def terminal_width() -> int:
    """The terminal's width in columns (COLUMNS if set), but never below MIN_WIDTH."""
    columns = shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns
    return max(MIN_WIDTH, columns)


def fit(text: str, width: int, indent: int = 0) -> str:
    """``text`` indented on one line of at most ``width`` columns, cut with " …" if longer."""
    room = width - indent
    if len(text) > room:
        text = text[: room - 2].rstrip() + " …"
    return " " * indent + text


def _cell(text: str, width: int, right: bool) -> str:
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text.rjust(width) if right else text.ljust(width)


def table(
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    right: Sequence[bool],
    shrink: int = 0,
) -> list[str]:
    """Rows (a heading row too, if any) in columns as wide as their widest cell.

    Right-aligned columns hold figures, so that they line up on the last
    digit. When the table is wider than ``width``, column ``shrink`` gives up
    the difference and its longer cells are cut with "…".
    """
    widths = [max(len(row[column]) for row in rows) for column in range(len(right))]
    excess = sum(widths) + len(widths) - 1 - width
    if excess > 0:
        widths[shrink] = max(1, widths[shrink] - excess)
    return [
        " ".join(_cell(text, w, r) for text, w, r in zip(row, widths, right, strict=True)).rstrip()
        for row in rows
    ]


def _title(document: Any, width: int) -> list[str]:
    source = document.source
    imprint = ", ".join(part for part in (source.publisher, source.published) if part)
    lines = textwrap.wrap(f"{source.title} ({imprint})", width)
    return [*lines, "=" * max(map(len, lines))]


def _deadline(target: Target) -> str | None:
    deadline = getattr(target, "deadline", None)
    return deadline.date.isoformat() if deadline is not None else None


def _grade_word(grade: Grade | StandardJudgement | None) -> str:
    return grade.value.title() if grade is not None else "not graded"


def summarise_plan(plan: PolicingPlan, width: int) -> Iterator[str]:
    yield from _title(plan, width)
    targets = sum(len(o.targets) for o in plan.objectives)
    yield fit(
        f"Period {plan.period}  ·  {len(plan.objectives)} objectives  ·  {targets} targets", width
    )
    for priority in plan.priorities:
        yield ""
        group = priority.group.value.replace("-", " ").title()
        yield fit(f"{group} {priority.letter}: {priority.title}", width)
        for objective in priority.objectives:
            yield fit(f"{objective.number:>2}. {objective.title}", width, 2)
            for target in objective.targets:
                due = _deadline(target)
                yield fit(f"- {f'[due {due}] ' if due else ''}{target.text}", width, 6)


def summarise_baseline(base: BaselineAssessment, width: int) -> Iterator[str]:
    yield from _title(base, width)
    yield fit(f"{base.force}, year assessed {base.year}; {len(base.forces)} forces judged", width)
    yield ""
    yield fit(f"Grades of {base.force}, and forces per grade (NG: not graded)", width)
    heading = ["Framework", f"{base.force} grade", "Direction", *GRADE_HEADINGS.values(), "NG"]
    rows = [heading]
    for framework in base.frameworks:
        mine = base.judgement(base.force, framework.key)
        counts = Counter(j.grade for j in base.judgements if j.framework == framework.key)
        rows.append(
            [
                f"{framework.key} {framework.name}",
                _grade_word(mine.grade),
                mine.direction.value if mine.direction else "-",
                *(str(counts[grade]) for grade in GRADE_HEADINGS),
                str(counts[None]),
            ]
        )
    right = [False, False, False] + [True] * (len(GRADE_HEADINGS) + 1)
    yield from table(rows, width, right=right)


def summarise_inspection(insp: Inspection, width: int) -> Iterator[str]:
    yield from _title(insp, width)
    yield fit(f"{insp.force}, {insp.period}", width)
    yield ""
    for framework in insp.frameworks:
        if not framework.graded:
            yield fit(f"{framework.name} (graded through its parts)", width)
            continue
        judgement = insp.judgement(insp.force, framework.key)
        text = f"{framework.name}: {_grade_word(judgement.grade)}"
        if judgement.qualifiers:
            text += f" ({'; '.join(judgement.qualifiers)})"
        indent = 2 if framework.parent else 0
        yield fit(text, width, indent)
        if any(d.framework == framework.key for d in insp.distributions):
            dist = insp.distribution(framework.key)
            counts = ", ".join(f"{g.value} {dist[g]}" for g in Grade)
            yield fit(f"national: {counts}", width, indent + 2)
    yield ""
    yield fit(
        f"{len(insp.findings)} findings, {len(insp.standards)} standards, "
        f"{len(insp.recommendations)} recommendations, "
        f"{len(insp.developing_practice)} developing practice",
        width,
    )


def summarise_improvement(impr: ImprovementPlan, width: int) -> Iterator[str]:
    yield from _title(impr, width)
    yield fit(f"{impr.total_afis} areas for improvement, as stated", width)
    rows = [[count.status.value, str(count.count)] for count in impr.status_counts]
    yield from ("  " + line for line in table(rows, width - 2, right=[False, True]))
    yield ""
    for framework in impr.frameworks:
        afis = "?" if framework.afi_count is None else str(framework.afi_count)
        yield fit(f"{afis:>3} AFIs  {framework.framework} — {framework.grade_text or ''}", width)
    yield ""
    for progress in impr.progress:
        yield fit(f"- {progress.text}", width)


def summarise(document: Any, width: int) -> Iterator[str]:
    """The lines summarising any document, none wider than ``width``."""
    if isinstance(document, PolicingPlan):
        return summarise_plan(document, width)
    if isinstance(document, BaselineAssessment):
        return summarise_baseline(document, width)
    if isinstance(document, Inspection):
        return summarise_inspection(document, width)
    return summarise_improvement(document, width)

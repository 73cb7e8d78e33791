"""The ``policeplan`` command: summaries of the embedded datasets.

policeplan              the 2003/04 plan: priorities, objectives, targets
policeplan list         the datasets
policeplan show ID      a summary of one dataset
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from . import datasets
from .assessment import Grade
from .baseline import BaselineAssessment
from .errors import PolicePlanError
from .improvement import ImprovementPlan
from .inspection import Inspection
from .plan import PolicingPlan
from .targets import Target

WIDTH = 80
DEFAULT_DATASET = "mps-plan-2003-04"


def _line(text: str, indent: int = 0) -> str:
    """One line of at most WIDTH columns."""
    if len(text) + indent > WIDTH:
        text = text[: WIDTH - indent - 2].rstrip() + " …"
    return " " * indent + text


def _deadline(target: Target) -> str | None:
    deadline = getattr(target, "deadline", None)
    return deadline.date.isoformat() if deadline is not None else None


def _title(document: Any) -> list[str]:
    source = document.source
    heading = f"{source.title} ({source.publisher}, {source.published})"
    return [*textwrap.wrap(heading, WIDTH), "=" * min(WIDTH, len(heading))]


def summarise_plan(plan: PolicingPlan) -> Iterator[str]:
    yield from _title(plan)
    yield f"Period {plan.period}  ·  {len(plan.objectives)} objectives  ·  " + (
        f"{sum(len(o.targets) for o in plan.objectives)} targets"
    )
    for priority in plan.priorities:
        yield ""
        yield _line(
            f"{priority.group.value.replace('-', ' ').title()} {priority.letter}: {priority.title}"
        )
        for objective in priority.objectives:
            yield _line(f"{objective.number:>2}. {objective.title}", 2)
            for target in objective.targets:
                due = _deadline(target)
                yield _line(f"- {f'[due {due}] ' if due else ''}{target.text}", 6)


def _grade_word(grade: Any) -> str:
    return grade.value.title() if grade is not None else "not graded"


def summarise_baseline(base: BaselineAssessment) -> Iterator[str]:
    yield from _title(base)
    yield f"{base.force}, year assessed {base.year}; {len(base.forces)} forces judged"
    yield ""
    yield f"{base.force} grades            national counts: Exc Good Fair Poor  NG"
    for framework in base.frameworks:
        mine = base.judgement(base.force, framework.key)
        direction = mine.direction.value if mine.direction else "-"
        counts = Counter(j.grade for j in base.judgements if j.framework == framework.key)
        figures = " ".join(f"{counts[g]:>4}" for g in Grade) + f" {counts[None]:>3}"
        label = f"{framework.key} {framework.name}"
        yield f"{label[:28]:<28} {_grade_word(mine.grade):<10} {direction:<12} {figures}"


def summarise_inspection(insp: Inspection) -> Iterator[str]:
    yield from _title(insp)
    yield f"{insp.force}, {insp.period}"
    yield ""
    for framework in insp.frameworks:
        if not framework.graded:
            yield _line(f"{framework.name} (graded through its parts)")
            continue
        judgement = insp.judgement(insp.force, framework.key)
        text = f"{framework.name}: {_grade_word(judgement.grade)}"
        if judgement.qualifiers:
            text += f" ({'; '.join(judgement.qualifiers)})"
        indent = 2 if framework.parent else 0
        yield _line(text, indent)
        if any(d.framework == framework.key for d in insp.distributions):
            dist = insp.distribution(framework.key)
            counts = ", ".join(f"{g.value} {dist[g]}" for g in Grade)
            yield _line(f"national: {counts}", indent + 2)
    yield ""
    yield (
        f"{len(insp.findings)} findings, {len(insp.standards)} standards, "
        f"{len(insp.recommendations)} recommendations, "
        f"{len(insp.developing_practice)} developing practice"
    )


def summarise_improvement(impr: ImprovementPlan) -> Iterator[str]:
    yield from _title(impr)
    yield f"{impr.total_afis} areas for improvement, as stated"
    for count in impr.status_counts:
        yield f"  {count.status.value:<20} {count.count:>4}"
    yield ""
    for framework in impr.frameworks:
        afis = "?" if framework.afi_count is None else str(framework.afi_count)
        yield _line(f"{afis:>3} AFIs  {framework.framework} — {framework.grade_text or ''}")
    yield ""
    for progress in impr.progress:
        yield _line(f"- {progress.text}")


def summarise(document: Any) -> Iterator[str]:
    if isinstance(document, PolicingPlan):
        return summarise_plan(document)
    if isinstance(document, BaselineAssessment):
        return summarise_baseline(document)
    if isinstance(document, Inspection):
        return summarise_inspection(document)
    return summarise_improvement(document)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policeplan",
        description="Explore the police plans and assessments shipped with policeplan.",
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("list", help="list the embedded datasets")
    show = commands.add_parser("show", help="summarise one dataset")
    show.add_argument("dataset", metavar="ID", help="a dataset id, as `policeplan list` shows")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "list":
            for dataset_id in datasets.available():
                document = datasets.load(dataset_id)
                print(_line(f"{dataset_id:<26} {document.source.title}"))
            return 0
        dataset_id = args.dataset if args.command == "show" else DEFAULT_DATASET
        for line in summarise(datasets.load(dataset_id)):
            print(line)
    except PolicePlanError as err:
        print(f"policeplan: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

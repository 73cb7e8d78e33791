"""The structure of a policing plan: ``deadline-outside-year``, ``objective-without-measures``
and ``measure-without-targets``, and the paths of its objectives and measures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import Issue
from ..plan import Measure, Objective, PolicingPlan
from ..targets import MilestoneTarget, Target


def objectives(plan: PolicingPlan) -> Iterator[tuple[str, Objective]]:
    """Every objective of a plan with its path."""
    for p, priority in enumerate(plan.priorities):
        for o, objective in enumerate(priority.objectives):
            yield f"priorities[{p}].objectives[{o}]", objective


def measures(plan: PolicingPlan) -> Iterator[tuple[str, Measure]]:
    """Every measure of a plan with its path."""
    for path, objective in objectives(plan):
        for m, measure in enumerate(objective.measures):
            yield f"{path}.measures[{m}]", measure


def objectives_without_measures(plan: PolicingPlan) -> Iterator[Issue]:
    for path, objective in objectives(plan):
        if not objective.measures:
            yield Issue(
                f"{path}.measures",
                "objective-without-measures",
                f"objective {objective.number} has no measure to judge it by",
            )


def measures_without_targets(plan: PolicingPlan) -> Iterator[Issue]:
    for path, measure in measures(plan):
        if not measure.targets:
            yield Issue(
                f"{path}.targets",
                "measure-without-targets",
                f"the measure {measure.text!r} has no target",
            )


def _deadlines(target: Target) -> Iterator[tuple[str, Any]]:
    if isinstance(target, MilestoneTarget):
        for index, deadline in enumerate(target.deadlines):
            yield f"deadlines[{index}]", deadline
    elif target.deadline is not None:
        yield "deadline", target.deadline


def deadlines_outside_year(plan: PolicingPlan) -> Iterator[Issue]:
    for path, measure in measures(plan):
        for t, target in enumerate(measure.targets):
            for step, deadline in _deadlines(target):
                if deadline.date not in plan.period:
                    yield Issue(
                        f"{path}.targets[{t}].{step}",
                        "deadline-outside-year",
                        f"the deadline {deadline.text!r} ({deadline.date}) lies outside the "
                        f"plan year {plan.period}",
                    )

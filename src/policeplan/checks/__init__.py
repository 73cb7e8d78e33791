"""Consistency checks: contradictions that no single class validator can see.

A validator refuses a value that cannot be right on its own (a rank beyond
"out of"); a check reads a whole document and reports figures that disagree
with each other (parts that do not add up, a repeated indicator printed two
ways, a change that is not the difference of its values). The sources
contradict themselves, so `check` reports rather than refuses: each
finding is an `Issue` with a stable code and the
serialized path of the offending value, the path syntax of
`KnownIssue`.

```pycon
>>> import policeplan as pp
>>> from policeplan.checks import check
>>> [issue.path for issue in check(pp.datasets.load("mps-plan-2003-04"))]
['priorities[6].objectives[3].measures[0].targets[3].deadlines[2]']

```
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..assessment import IndicatorResult
from ..baseline import BaselineAssessment
from ..errors import Issue
from ..improvement import ImprovementPlan
from ..inspection import Inspection
from ..plan import PolicingPlan
from ..query import Query
from ..source import KnownIssue
from ._changes import result_changes, series_changes
from ._plan import deadlines_outside_year, measures_without_targets, objectives_without_measures
from ._results import ranks_beyond, repeats
from ._shares import plan_over_100, progress_over_100, results_over_100
from ._totals import distribution_totals, improvement_totals, plan_totals

__all__ = ["CODES", "check", "recorded"]

CODES = (
    "total-mismatch",
    "distribution-total",
    "rank-beyond-out-of",
    "inconsistent-repeat",
    "percent-over-100",
    "deadline-outside-year",
    "objective-without-measures",
    "measure-without-targets",
    "change-contradicts-values",
)
"""Every code `check` reports; codes are stable across releases."""

Document = PolicingPlan | BaselineAssessment | Inspection | ImprovementPlan
Rule = Callable[[Any], Iterator[Issue]]
ResultRule = Callable[[Query[IndicatorResult]], Iterator[Issue]]


def _on_results(rule: ResultRule) -> Rule:
    """A rule over indicator results as a rule over the document holding them."""

    def run(document: BaselineAssessment | Inspection) -> Iterator[Issue]:
        return rule(document.indicator_results)

    return run


_RESULT_RULES = [_on_results(r) for r in (ranks_beyond, repeats, results_over_100, result_changes)]

_RULES: dict[type[Any], list[Rule]] = {
    PolicingPlan: [
        plan_totals,
        plan_over_100,
        deadlines_outside_year,
        objectives_without_measures,
        measures_without_targets,
        series_changes,
    ],
    BaselineAssessment: _RESULT_RULES,
    Inspection: [distribution_totals, *_RESULT_RULES],
    ImprovementPlan: [improvement_totals, progress_over_100],
}


def check(document: Document) -> tuple[Issue, ...]:
    """Every contradiction between the figures of a document, as issues.

    The document is not changed and nothing is raised for a well-formed one;
    an object that is not a document is a `TypeError`.

    ```pycon
    >>> import policeplan as pp
    >>> impr = pp.datasets.load("mpa-improvement-plan-2007")
    >>> [(issue.code, issue.path) for issue in check(impr)]
    [('total-mismatch', 'status_counts')]
    >>> check(pp.datasets.load("mps-plan-2003-04"))[0].code
    'deadline-outside-year'

    ```
    """
    rules = next((r for cls, r in _RULES.items() if isinstance(document, cls)), None)
    if rules is None:
        raise TypeError(
            f"check() reads a PolicingPlan, BaselineAssessment, Inspection or ImprovementPlan, "
            f"not {type(document).__name__}"
        )
    return tuple(issue for rule in rules for issue in rule(document))


def recorded(finding: Issue, document: Document) -> KnownIssue | None:
    """The known issue of ``document`` that records ``finding``, if any.

    A known issue records a finding when one's path lies within the other's:
    the source's contradiction is noted on the value or on the part holding it.

    ```pycon
    >>> import policeplan as pp
    >>> impr = pp.datasets.load("mpa-improvement-plan-2007")
    >>> recorded(check(impr)[0], impr).code
    'total-mismatch'

    ```
    """
    return next(
        (
            known
            for known in document.known_issues
            if _within(finding.path, known.path) or _within(known.path, finding.path)
        ),
        None,
    )


def _within(path: str, scope: str) -> bool:
    """Whether ``path`` is ``scope`` or a path under it."""
    return path == scope or path.startswith((f"{scope}.", f"{scope}["))

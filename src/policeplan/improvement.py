"""Improvement plans: areas for improvement (AFIs), their status, and progress."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, ClassVar

import attrs

from . import _display, _documents
from . import _validate as v
from .assessment import DirectionOfTravel, Grade
from .quantities import Quantity
from .query import Query, collection
from .source import KnownIssue, Source
from .text import TextBlock

__all__ = [
    "AFIStatus",
    "FrameworkProgress",
    "ImprovementPlan",
    "ProgressFigure",
    "StatusCount",
]


class AFIStatus(enum.Enum):
    """Where an area for improvement stands."""

    WORK_IN_PROGRESS = "work-in-progress"
    COMPLETED = "completed"
    NO_FURTHER_ACTION = "no-further-action"
    UPDATE_AWAITED = "update-awaited"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class StatusCount:
    """A number of AFIs with one status, as stated.

    Examples:
        >>> StatusCount(status=AFIStatus.COMPLETED, count=26).count
        26
    """

    status: AFIStatus
    count: int = attrs.field(validator=v.at_least(0))


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class FrameworkProgress:
    """One framework's paragraph: grading as written, AFI counts, actions.

    ``afi_count`` and each status count are ``None`` where the source gives
    none; they are never derived.

    Examples:
        >>> FrameworkProgress(framework="Protecting vulnerable people", grade=Grade.FAIR,
        ...                   grade_text="fair/improved", afi_count=25).afi_count
        25
    """

    framework: str = attrs.field(validator=v.text)
    section: str | None = attrs.field(default=None, validator=v.optional_text)
    grade: Grade | None = None
    direction: DirectionOfTravel | None = None
    grade_text: str | None = attrs.field(default=None, validator=v.optional_text)
    afi_count: int | None = attrs.field(default=None, validator=v.at_least(0))
    status_counts: Query[StatusCount] = collection(
        validator=v.unique(lambda c: c.status, "status")
    )
    actions: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    awaited: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    def count(self, status: AFIStatus) -> int | None:
        """The stated count for ``status``, or ``None`` if the source gives none."""
        return next((c.count for c in self.status_counts if c.status is status), None)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class ProgressFigure:
    """ "8.1% against a target of 6.3%": an actual figure and its target.

    Examples:
        >>> from policeplan import Unit
        >>> figure = ProgressFigure(metric="MPS reduction for burglary",
        ...                         text="8.1% against a target of 6.3%",
        ...                         actual=Quantity("8.1", Unit.PERCENT),
        ...                         target=Quantity("6.3", Unit.PERCENT))
        >>> figure.actual.value > figure.target.value
        True
    """

    metric: str = attrs.field(validator=v.text)
    text: str = attrs.field(validator=v.text)
    actual: Quantity | None = None
    target: Quantity | None = None
    benchmark: Quantity | None = None
    as_of: date | None = attrs.field(default=None, validator=v.optional_day)
    framework: str | None = attrs.field(default=None, validator=v.optional_text)


@_documents.document("improvement-plan")
@attrs.frozen(kw_only=True, repr=False, field_transformer=v.typed)
class ImprovementPlan(_documents.Summarised):
    """A police authority's report on progress against HMIC's areas for improvement.

    ``total_afis`` is the total as the report states it, which need not
    equal the sum of ``status_counts``. ``author`` is whom the report is
    "By:", ``summary`` its summary paragraphs and ``recommendation`` what it
    asks of the committee, each as printed. Its ``repr`` is a one-line
    summary; a notebook shows it as a card.

    Examples:
        >>> from policeplan import Source
        >>> plan = ImprovementPlan(
        ...     source=Source(title="PPAF and Baseline Improvement Plan", publisher="MPA",
        ...                   date=date(2007, 1, 16)),
        ...     total_afis=189,
        ...     status_counts=(StatusCount(status=AFIStatus.COMPLETED, count=26),))
        >>> plan.total_afis, plan.count(AFIStatus.COMPLETED)
        (189, 26)
        >>> plan
        <ImprovementPlan 'PPAF and Baseline Improvement Plan' 16 January 2007: 189 AFIs>
    """

    document_type: ClassVar[str]

    source: Source
    committee: str | None = attrs.field(default=None, validator=v.optional_text)
    report_number: str | None = attrs.field(default=None, validator=v.optional_text)
    author: str | None = attrs.field(default=None, validator=v.optional_text)
    summary: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    recommendation: str | None = attrs.field(default=None, validator=v.optional_text)
    total_afis: int = attrs.field(validator=v.at_least(0))
    status_counts: Query[StatusCount] = collection(
        validator=v.unique(lambda c: c.status, "status")
    )
    protective_services: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    frameworks: Query[FrameworkProgress] = collection()
    progress: Query[ProgressFigure] = collection()
    known_issues: Query[KnownIssue] = collection()
    text: Query[TextBlock] = _documents.text_field()
    schema_version: int = _documents.schema_version_field()
    _cache: dict[str, Any] = _documents.cache_field()

    def count(self, status: AFIStatus) -> int | None:
        """The stated count of AFIs with ``status``."""
        return next((c.count for c in self.status_counts if c.status is status), None)

    def _summary(self) -> _display.Summary:
        counts = (
            (self.total_afis, "AFI"),
            (len(self.frameworks), "framework"),
            (len(self.progress), "progress figure"),
        )
        return _display.Summary(
            self.source.title,
            self.source.published,
            None,
            tuple(_display.count(n, noun) for n, noun in counts if n or noun == "AFI"),
        )

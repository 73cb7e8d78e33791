"""The HMIC baseline assessment: frameworks, national judgements, findings, indicators."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from . import _display, _documents
from . import _validate as v
from .assessment import Domain, Finding, Framework, GlossaryEntry, IndicatorResult, Judgement
from .context import GradeDefinition, ProfileFigure
from .periods import FinancialYear
from .query import Query, collection
from .source import KnownIssue, Source
from .text import TextBlock

__all__ = ["BaselineAssessment"]


@_documents.document("baseline-assessment")
@attrs.frozen(kw_only=True, repr=False, field_transformer=v.typed)
class BaselineAssessment(_documents.Judged):
    """An HMIC baseline assessment of one force, with the national matrices.

    ``year`` is the year assessed and ``comparison_year`` the year its
    indicator tables compare against. ``judgements`` holds every force ×
    framework of the national matrices. ``profile`` holds the figures of the
    force overview, ``strategic_priorities`` the force priorities it quotes,
    and ``grading`` what it says about its grades. Its ``repr`` is a one-line
    summary; a notebook shows it as a card.

    Examples:
        >>> from datetime import date
        >>> from policeplan import Source, Grade
        >>> base = BaselineAssessment(
        ...     source=Source(title="Baseline Assessment", publisher="HMIC",
        ...                   date=date(2005, 10, 1)),
        ...     force="MPS", year=FinancialYear(2004),
        ...     frameworks=(Framework(code="5A", name="Call Management", domain=5),),
        ...     judgements=(Judgement(force="Kent", framework="5A", grade=Grade.EXCELLENT),))
        >>> base.judgement("Kent", "Call Management").grade
        <Grade.EXCELLENT: 'excellent'>
        >>> base
        <BaselineAssessment 'Baseline Assessment' 2004/05, MPS: 1 framework, 1 judgement>
    """

    document_type: ClassVar[str]

    source: Source
    force: str = attrs.field(validator=v.text)
    year: FinancialYear
    comparison_year: FinancialYear | None = None
    msf_group: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    domains: Query[Domain] = collection(validator=v.unique(lambda d: d.name, "domain"))
    frameworks: Query[Framework] = collection(validator=_documents.unique_frameworks)
    judgements: Query[Judgement] = collection(validator=_documents.judgements_known)
    findings: Query[Finding] = collection()
    indicator_results: Query[IndicatorResult] = collection()
    glossary: Query[GlossaryEntry] = collection()
    profile: Query[ProfileFigure] = collection()
    strategic_priorities: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    grading: Query[GradeDefinition] = collection()
    known_issues: Query[KnownIssue] = collection(kw_only=True)
    text: Query[TextBlock] = _documents.text_field()
    schema_version: int = _documents.schema_version_field()
    _cache: dict[str, Any] = _documents.cache_field()

    def _summary(self) -> _display.Summary:
        counts = (
            (len(self.frameworks), "framework"),
            (len(self.judgements), "judgement"),
            (len(self.findings), "finding"),
            (len(self.indicator_results), "indicator result"),
        )
        return _display.Summary(
            self.source.title,
            str(self.year),
            self.force,
            tuple(_display.count(n, noun) for n, noun in counts if n),
        )

"""HMIC inspection reports: graded areas, distributions, recommendations, practice."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from . import _declare, _display, _documents, _lookup
from . import _validate as v
from .assessment import (
    Finding,
    Framework,
    GlossaryEntry,
    Grade,
    IndicatorResult,
    Judgement,
    framework_index,
)
from .context import GradeDefinition, ProfileFigure, SurveyFigure
from .periods import Period
from .query import Query, collection
from .source import KnownIssue, Source
from .text import TextBlock

__all__ = [
    "DevelopingPractice",
    "GradeDistribution",
    "Inspection",
    "Recommendation",
    "StandardAssessment",
]


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class GradeDistribution:
    """How many forces received each grade for one framework.

    ``forces_assessed`` is the total the source states, if it states one.

    Examples:
        >>> dist = GradeDistribution(framework="Domestic violence",
        ...                          excellent=1, good=13, fair=27, poor=2)
        >>> dist[Grade.FAIR], dist.total
        (27, 43)
    """

    framework: str = attrs.field(validator=v.text)
    excellent: int = attrs.field(validator=v.at_least(0))
    good: int = attrs.field(validator=v.at_least(0))
    fair: int = attrs.field(validator=v.at_least(0))
    poor: int = attrs.field(validator=v.at_least(0))
    forces_assessed: int | None = attrs.field(default=None, validator=v.at_least(0))

    def __getitem__(self, grade: Grade) -> int:
        count: int = getattr(self, grade.name.lower())
        return count

    @property
    def total(self) -> int:
        return self.excellent + self.good + self.fair + self.poor

    def better_than(self, grade: Grade) -> int:
        """How many forces received a grade above ``grade``."""
        return sum(self[other] for other in Grade if other > grade)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Recommendation:
    """A numbered recommendation; ``list_text`` is the consolidated list's wording
    where it differs from the body's.

    Examples:
        >>> Recommendation(number=13, area="Domestic violence", text="HMIC recommends …").number
        13
    """

    number: int = attrs.field(validator=v.at_least(1))
    area: str = attrs.field(validator=v.text)
    text: str = attrs.field(validator=v.text)
    list_text: str | None = attrs.field(default=None, validator=v.optional_text)


def _title_or_text(instance: DevelopingPractice, attribute: attrs.Attribute[Any], _: Any) -> None:
    if instance is not None and instance.title is None and instance.text is None:
        raise v.fail(
            "developing practice needs a title or a text",
            code="missing-field",
            field=attribute.name,
        )


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class DevelopingPractice:
    """An example of developing practice. The 2007 report structures it (title,
    problem, solution, outcomes, contacts); the 2008 report gives free text.

    Examples:
        >>> DevelopingPractice(area="Performance management", title="Operation Delphinus").title
        'Operation Delphinus'
    """

    area: str = attrs.field(validator=v.text)
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    problem: str | None = attrs.field(default=None, validator=v.optional_text)
    solution: str | None = attrs.field(default=None, validator=v.optional_text)
    outcomes: str | None = attrs.field(default=None, validator=v.optional_text)
    contacts: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    text: str | None = attrs.field(default=None, validator=[v.optional_text, _title_or_text])


_declare.constrains(
    DevelopingPractice, anyOf=[_declare.present("title"), _declare.present("text")]
)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class StandardAssessment:
    """One standard statement of the 2008 scale and what was found against it.

    A list that the source gives as "None." is an empty tuple; a list the
    source does not have at all is ``None``.

    Examples:
        >>> std = StandardAssessment(framework="Neighbourhood Policing",
        ...     statement="Neighbourhoods are appropriately staffed (coverage).",
        ...                          areas_for_improvement=())
        >>> std.areas_for_improvement, std.work_in_progress
        ((), None)
    """

    framework: str = attrs.field(validator=v.text)
    statement: str = attrs.field(validator=v.text)
    summary_statements: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    strengths: tuple[Finding, ...] | None = None
    work_in_progress: tuple[Finding, ...] | None = None
    areas_for_improvement: tuple[Finding, ...] | None = None


@_documents.document("inspection")
@attrs.frozen(kw_only=True, repr=False, field_transformer=v.typed)
class Inspection(_documents.Judged):
    """An HMIC inspection report on one force.

    ``profile`` holds the figures of the force overview, ``contextual_factors``
    the figures of each area's national and force contextual factors,
    ``strategic_priorities`` the force's priorities as listed, ``grading`` what
    the report says its grades mean and ``survey_figures`` the figures of its
    survey method. Its ``repr`` is a one-line summary; a notebook shows it as a
    card.

    Examples:
        >>> from datetime import date
        >>> from policeplan import Source
        >>> insp = Inspection(
        ...     source=Source(title="Inspection", publisher="HMIC", date=date(2007, 10, 1)),
        ...     force="MPS", period=Period(start=date(2006, 4, 1), end=date(2007, 7, 31)),
        ...     frameworks=(Framework(name="Domestic violence"),),
        ...     judgements=(Judgement(force="MPS", framework="Domestic violence",
        ...                           grade=Grade.FAIR),),
        ...     distributions=(GradeDistribution(framework="Domestic violence",
        ...                                      excellent=1, good=13, fair=27, poor=2),))
        >>> insp.distribution("domestic violence")[Grade.FAIR]
        27
        >>> insp
        <Inspection 'Inspection' 2006-04-01 to 2007-07-31, MPS: 1 framework, 1 judgement>
    """

    document_type: ClassVar[str]

    source: Source
    force: str = attrs.field(validator=v.text)
    period: Period
    frameworks: Query[Framework] = collection(validator=_documents.unique_frameworks)
    judgements: Query[Judgement] = collection(validator=_documents.judgements_known)
    distributions: Query[GradeDistribution] = collection(
        validator=v.unique(lambda d: _lookup.normalise(d.framework), "distribution")
    )
    findings: Query[Finding] = collection()
    standards: Query[StandardAssessment] = collection()
    indicator_results: Query[IndicatorResult] = collection()
    recommendations: Query[Recommendation] = collection(
        validator=v.unique(lambda r: r.number, "recommendation number")
    )
    developing_practice: Query[DevelopingPractice] = collection()
    glossary: Query[GlossaryEntry] = collection()
    profile: Query[ProfileFigure] = collection()
    contextual_factors: Query[ProfileFigure] = collection()
    strategic_priorities: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    grading: Query[GradeDefinition] = collection()
    survey_figures: Query[SurveyFigure] = collection()
    known_issues: Query[KnownIssue] = collection()
    text: Query[TextBlock] = _documents.text_field()
    schema_version: int = _documents.schema_version_field()
    _cache: dict[str, Any] = _documents.cache_field()

    def _summary(self) -> _display.Summary:
        counts = (
            (len(self.frameworks), "framework"),
            (len(self.judgements), "judgement"),
            (len(self.findings), "finding"),
            (len(self.standards), "standard"),
            (len(self.recommendations), "recommendation"),
            (len(self.indicator_results), "indicator result"),
        )
        return _display.Summary(
            self.source.title,
            str(self.period),
            self.force,
            tuple(_display.count(n, noun) for n, noun in counts if n),
        )

    def distribution(self, framework: str) -> GradeDistribution:
        """The national grade distribution for a framework (name or alias)."""
        wanted = self.framework(framework)

        def build() -> dict[Any, GradeDistribution]:
            names = framework_index(self.frameworks)
            return {
                names.get(_lookup.normalise(d.framework), Framework(name=d.framework)).key: d
                for d in self.distributions
            }

        table = _lookup.index(self, "distributions", build)
        return _lookup.find(
            table,
            wanted.key,
            f"grade distribution for {framework!r}",
            (d.framework for d in self.distributions),
        )

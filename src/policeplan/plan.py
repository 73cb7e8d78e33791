"""Policing plans: priorities, objectives, measures, targets and performance."""

from __future__ import annotations

import enum
from typing import Any, ClassVar

import attrs

from . import _declare, _display, _documents, _lookup
from . import _validate as v
from .annexes import ConsultationResult, ForceComparison, InspectionActivity, RaceEqualityProgress
from .errors import InvalidValueError, shown
from .figures import Figure, MissingReason, Observation
from .periods import FinancialYear
from .quantities import Polarity, Quantity, Unit
from .query import Query, collection
from .source import KnownIssue, Source
from .targets import Target
from .text import TextBlock

__all__ = [
    "IndicatorRow",
    "LineItem",
    "Measure",
    "Objective",
    "PolicingPlan",
    "Priority",
    "PriorityGroup",
    "Review",
    "Series",
    "TargetEntry",
]


class PriorityGroup(enum.Enum):
    """The two families of MPA priorities."""

    LONDONERS = "for-londoners"
    EXCELLENCE = "for-excellence"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Series:
    """One row of a current-performance table: a label and its observations.

    Examples:
        >>> Series(label="% change on previous year").observations
        Query()
    """

    label: str = attrs.field(validator=v.text)
    observations: Query[Observation] = collection()
    note: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Measure:
    """What is counted to judge an objective, its targets and performance.

    ``label`` is the source's numbering ("2)"), which can disagree with the
    measure's position. ``references`` name indicators ("BVPI 126").

    Examples:
        >>> Measure(text="The number of recorded burglary offences",
        ...         polarity=Polarity.LOWER_IS_BETTER).polarity.value
        'lower-is-better'
    """

    text: str = attrs.field(validator=v.text)
    label: str | None = attrs.field(default=None, validator=v.optional_text)
    definition: str | None = attrs.field(default=None, validator=v.optional_text)
    unit: Unit | None = None
    polarity: Polarity = Polarity.NEUTRAL
    references: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    targets: Query[Target] = collection()
    performance: Query[Series] = collection()


@attrs.frozen(kw_only=True, repr=False, field_transformer=v.typed)
class Objective:
    """A numbered objective of a plan.

    Its ``repr`` is a one-line summary; a notebook shows it as a card.

    Examples:
        >>> objective = Objective(number=2, title="To reduce the incidence of street crime")
        >>> objective.number
        2
        >>> objective
        <Objective 2 'To reduce the incidence of street crime': 0 measures, 0 targets>
    """

    number: int = attrs.field(validator=v.at_least(1))
    title: str = attrs.field(validator=v.text)
    title_variants: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    measures: Query[Measure] = collection()
    mps_lead: str | None = attrs.field(default=None, validator=v.optional_text)
    business_group_leads: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    key_activities: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    supporting_activities: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    background: tuple[str, ...] = attrs.field(default=(), validator=v.texts)

    @property
    def targets(self) -> Query[Target]:
        """Every target of every measure, in order."""
        return Query(target for measure in self.measures for target in measure.targets)

    def __repr__(self) -> str:
        title = _display.shorten(self.title, 100)
        measures = _display.count(len(self.measures), "measure")
        targets = _display.count(len(self.targets), "target")
        return f"<Objective {self.number} {title!r}: {measures}, {targets}>"

    def _repr_html_(self) -> str:
        return _display.card(self, f"{self.number}. {self.title}")


def _letter(_: object, attribute: attrs.Attribute[Any], letter: str) -> None:
    if letter not in ("A", "B", "C", "D"):
        raise v.fail(
            f"priority letter must be one of A, B, C, D, got {shown(letter)}",
            code="invalid-enum",
            field=attribute.name,
        )


_declare.constrains(_letter, enum=["A", "B", "C", "D"])


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Priority:
    """A priority ("for Londoners" C) and its objectives.

    Examples:
        >>> Priority(group=PriorityGroup.LONDONERS, letter="C",
        ...          title="Improving the quality of service to vulnerable victims").key
        'for-londoners C'
    """

    group: PriorityGroup
    letter: str = attrs.field(validator=_letter)
    title: str = attrs.field(validator=v.text)
    title_variants: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    objectives: Query[Objective] = collection()

    @property
    def key(self) -> str:
        return f"{self.group.value} {self.letter}"


def _target_or_reason(instance: TargetEntry, attribute: attrs.Attribute[Any], _: object) -> None:
    if instance is not None and (instance.target is None) == (instance.missing is None):
        raise v.fail(
            "a target entry has either a target or the reason there is none",
            code="conflicting-fields",
            field=attribute.name,
        )


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class TargetEntry:
    """A target cell of an indicator table: a target for a year, or why there is none.

    Examples:
        >>> TargetEntry(year=FinancialYear(2003), text="n/a",
        ...             missing=MissingReason.NOT_APPLICABLE).target is None
        True
    """

    year: FinancialYear
    text: str = attrs.field(validator=v.plain_text)
    target: Target | None = None
    missing: MissingReason | None = attrs.field(default=None, validator=_target_or_reason)


_declare.constrains(TargetEntry, oneOf=[_declare.present("target"), _declare.present("missing")])


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class IndicatorRow:
    """A row of a plan's indicator annex (BVPI or plan indicator).

    Examples:
        >>> IndicatorRow(section="Burglary", reference="BVPI 126",
        ...              indicator="Domestic burglaries per 1,000 households").reference
        'BVPI 126'
    """

    section: str | None = attrs.field(default=None, validator=v.optional_text)
    reference: str | None = attrs.field(default=None, validator=v.optional_text)
    indicator: str = attrs.field(validator=v.text)
    polarity: Polarity = Polarity.NEUTRAL
    observations: Query[Observation] = collection()
    targets: Query[TargetEntry] = collection()
    comments: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class LineItem:
    """A line of an annex table (a saving, a deployment), possibly a total.

    ``text`` is the sentence that states the figure, verbatim, where the
    source gives it in prose rather than in a table.

    Examples:
        >>> LineItem(label="Operational",
        ...          amount=Figure(text="26,292", value=Quantity(26292, Unit.COUNT))).total
        False
    """

    section: str | None = attrs.field(default=None, validator=v.optional_text)
    label: str = attrs.field(validator=v.text)
    amount: Figure[Quantity]
    share: Figure[Quantity] | None = None
    total: bool = False
    text: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Review:
    """A best value (service improvement) review in the programme.

    Examples:
        >>> Review(year=FinancialYear(2003), category="service delivery",
        ...        title="Operational support policing").year
        FinancialYear('2003/04')
    """

    year: FinancialYear
    year_label: str | None = attrs.field(default=None, validator=v.optional_text)
    category: str = attrs.field(validator=v.text)
    title: str = attrs.field(validator=v.text)
    period_text: str | None = attrs.field(default=None, validator=v.optional_text)


def _unique_objectives(instance: PolicingPlan, attribute: attrs.Attribute[Any], _: Any) -> None:
    if instance is None:
        return
    first_seen: dict[int, tuple[int, int]] = {}
    problems: list[InvalidValueError] = []
    for p, priority in enumerate(instance.priorities):
        for o, objective in enumerate(priority.objectives):
            where = first_seen.setdefault(objective.number, (p, o))
            if where != (p, o):
                problems.append(
                    v.fail(
                        f"objective {objective.number} appears twice in the plan: "
                        f"also at priorities[{where[0]}].objectives[{where[1]}]",
                        code="duplicate-key",
                        at=(p, "objectives", o, "number"),
                    )
                )
    v.fail_all(problems, attribute.name)


@_documents.document("policing-plan")
@attrs.frozen(kw_only=True, repr=False, field_transformer=v.typed)
class PolicingPlan(_documents.Summarised):
    """A policing and performance plan for one financial year.

    Its ``repr`` is a one-line summary; a notebook shows it as a card.

    Examples:
        >>> from datetime import date
        >>> plan = PolicingPlan(
        ...     source=Source(title="Policing and Performance Plan 2003/04",
        ...                   publisher="Metropolitan Police Authority", date=date(2003, 3, 1)),
        ...     authority="Metropolitan Police Authority", force="Metropolitan Police Service",
        ...     period=FinancialYear.parse("2003/04"),
        ...     title="Policing and Performance Plan 2003/04",
        ...     priorities=(Priority(
        ...         group=PriorityGroup.LONDONERS, letter="A", title="Promoting safer communities",
        ...         objectives=(Objective(number=2, title="To reduce street crime"),)),))
        >>> plan.objective(2).title
        'To reduce street crime'
        >>> repr(plan)[:62]
        "<PolicingPlan 'Policing and Performance Plan 2003/04' 2003/04,"
        >>> repr(plan).split(": ")[-1]
        '1 priority, 1 objective, 0 targets, 0 indicator rows>'
    """

    document_type: ClassVar[str]

    source: Source
    authority: str = attrs.field(validator=v.text)
    force: str = attrs.field(validator=v.text)
    period: FinancialYear
    title: str = attrs.field(validator=v.text)
    draft: str | None = attrs.field(default=None, validator=v.optional_text)
    mission: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    vision: str | None = attrs.field(default=None, validator=v.optional_text)
    values: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    national_priorities: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    strategic_goals: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    priorities: Query[Priority] = collection(
        validator=[v.unique(lambda p: p.key, "priority"), _unique_objectives],
    )
    indicators: Query[IndicatorRow] = collection()
    efficiency_savings: Query[LineItem] = collection()
    deployment: Query[LineItem] = collection()
    reviews: Query[Review] = collection()
    authority_members: Query[LineItem] = collection()
    consultation: Query[ConsultationResult] = collection()
    force_comparisons: Query[ForceComparison] = collection()
    hmic_inspections: Query[InspectionActivity] = collection()
    financial_resources: Query[LineItem] = collection()
    race_equality: Query[RaceEqualityProgress] = collection()
    known_issues: Query[KnownIssue] = collection()
    text: Query[TextBlock] = _documents.text_field()
    schema_version: int = _documents.schema_version_field()
    _cache: dict[str, Any] = _documents.cache_field()

    @property
    def objectives(self) -> Query[Objective]:
        """Every objective of every priority, ordered by number."""
        return _lookup.index(
            self,
            "objective-list",
            lambda: Query(
                sorted((o for p in self.priorities for o in p.objectives), key=lambda o: o.number)
            ),
        )

    @property
    def measures(self) -> Query[Measure]:
        """Every measure of every objective, in objective order."""
        return Query(m for o in self.objectives for m in o.measures)

    @property
    def targets(self) -> Query[Target]:
        """Every target of every objective, in objective order."""
        return Query(t for o in self.objectives for t in o.targets)

    def objective(self, number: int) -> Objective:
        """The objective with this number."""
        if type(number) is not int:
            raise TypeError(f"an objective is named by its number, got {shown(number)}")
        table = _lookup.index(self, "objectives", lambda: {o.number: o for o in self.objectives})
        return _lookup.find(table, number, f"objective {number}", map(str, table))

    def priority(self, group: PriorityGroup, letter: str) -> Priority:
        """The priority of ``group`` with ``letter``."""
        if not isinstance(group, PriorityGroup):
            raise TypeError(f"group must be a PriorityGroup, got {shown(group)}")
        _lookup.named(letter, "a priority's letter")
        table = _lookup.index(self, "priorities", lambda: {p.key: p for p in self.priorities})
        key = f"{group.value} {letter}"
        return _lookup.find(table, key, f"priority {key!r}", list(table))

    def _summary(self) -> _display.Summary:
        return _display.Summary(
            self.title,
            str(self.period),
            self.force,
            (
                _display.count(len(self.priorities), "priority", "priorities"),
                _display.count(len(self.objectives), "objective"),
                _display.count(len(self.targets), "target"),
                _display.count(len(self.indicators), "indicator row"),
            ),
        )

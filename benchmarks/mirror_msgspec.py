"""msgspec Structs mirroring `policeplan.BaselineAssessment`, field for field as its JSON
has them (``src/policeplan/schemas/baseline-assessment.schema.json``).

Frozen, refusing unknown keys (msgspec never coerces in its default strict mode);
the schema's ranges, patterns and enums as ``Meta`` constraints; what ``Meta``
cannot state (a rank within its "out of", a figure's value or reason, a rate's
base, a text block's lines, unique framework names...) in ``__post_init__``, with the
checks in `mirror_common`. Lists are tuples. ``load(text)`` reads the baseline JSON
and ``dump(doc)`` writes JSON (decimals as numbers) that policeplan reads back to an
equal object.

Where it differs from policeplan (``benchmarks/test_mirrors.py`` shows each):

* A ``Decimal`` field also takes a numeral string (``"30.7"``); policeplan wants a
  JSON number. msgspec offers no way to refuse it, and ``__post_init__`` cannot
  tell the two apart.
* A key given twice keeps its last value; policeplan refuses the object.
* msgspec checks types and ``Meta`` constraints when it decodes; a Struct built in
  Python runs only ``__post_init__`` (policeplan's constructor checks its text and
  ranges as well).
* ``grade`` is a ``Literal`` of the seven values of both scales: a msgspec union
  may hold one enum type only, where policeplan has ``Grade | StandardJudgement``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

import msgspec
from mirror_common import (
    MAX_SAFE,
    TEXT_PATTERN,
    BlockKind,
    DirectionOfTravel,
    FindingKind,
    MissingReason,
    Polarity,
    Precision,
    Significance,
    Unit,
    check_document,
    check_figure,
    check_financial_year,
    check_period,
    check_quantity,
    check_rank,
    check_text_block,
)
from msgspec import UNSET, Meta, Struct, UnsetType

__all__ = ["Document", "dump", "load"]

Text = Annotated[str, Meta(min_length=1, pattern=TEXT_PATTERN)]
Positive = Annotated[int, Meta(ge=1, le=MAX_SAFE)]
SafeInt = Annotated[int, Meta(ge=-MAX_SAFE, le=MAX_SAFE)]
DomainNumber = Annotated[int, Meta(ge=1, le=7)]
# Python's re (which msgspec uses) lets "$" match before a final newline; "\Z" does not.
FinancialYear = Annotated[str, Meta(pattern=r"^[0-9]{4}/[0-9]{2}\Z")]
AnyGrade = Literal["excellent", "good", "fair", "poor", "exceeding", "meeting", "failing"]


class Base(Struct, frozen=True, forbid_unknown_fields=True):
    """The options every struct below states again: ``kw_only`` (fields in the schema's
    order, required or not) applies only to the fields of the class that says it."""


class Source(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    title: Text
    publisher: Text
    date: dt.date | None = None
    precision: Precision = Precision.DAY
    isbn: Text | None = None
    reference: Text | None = None


class KnownIssue(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    code: Text
    path: str
    explanation: Text
    line: Positive | None = None


class Domain(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    number: DomainNumber | None
    name: Text
    ppaf_code: Literal["A", "1", "2", "3", "4", "B"] | None = None


class Framework(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    code: Text | None = None
    name: Text
    aliases: tuple[Text, ...] = ()
    areas_covered: tuple[Text, ...] = ()
    domain: DomainNumber | None = None
    parent: Text | None = None
    graded: bool = True


class Judgement(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    force: Text
    framework: Text
    grade: AnyGrade | None = None
    grade_text: Text | None = None
    direction: DirectionOfTravel | None = None
    direction_text: Text | None = None
    not_graded_reason: Text | None = None
    qualifiers: tuple[Text, ...] = ()


class Finding(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    kind: FindingKind
    text: Text
    framework: Text | None = None
    subheading: Text | None = None


class Quantity(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    value: Decimal
    unit: Unit
    per: Positive | None = None
    base: Text | None = None
    scale: Text | None = None

    def __post_init__(self) -> None:
        check_quantity(self.value, self.unit, self.per, self.base)


class Rank(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    position: Positive
    out_of: Positive
    tied: bool = False

    def __post_init__(self) -> None:
        check_rank(self.position, self.out_of)


class QuantityFigure(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One cell holding a quantity: the schema's ``Figure_Quantity``."""

    text: str
    value: Quantity | None = None
    missing: MissingReason | None = None
    garbled: bool = False
    derived: bool = False

    def __post_init__(self) -> None:
        check_figure(self.value, self.missing)


class RankFigure(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One cell holding a rank: the schema's ``Figure_Rank``."""

    text: str
    value: Rank | None = None
    missing: MissingReason | None = None
    garbled: bool = False
    derived: bool = False

    def __post_init__(self) -> None:
        check_figure(self.value, self.missing)


class Period(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    start: dt.date
    end: dt.date
    label: Text | None = None
    year_to_date: bool = False

    def __post_init__(self) -> None:
        check_period(self.start, self.end)


class Observation(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    period: Period
    figure: QuantityFigure
    note: Text | None = None


class IndicatorResult(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    indicator: Text
    code: Text | None = None
    force: Text
    table: Text | None = None
    values: tuple[Observation, ...] = ()
    change: QuantityFigure | None = None
    change_label: Text | None = None
    msf_average: QuantityFigure | None = None
    msf_difference: QuantityFigure | None = None
    msf_rank: RankFigure | None = None
    national_average: QuantityFigure | None = None
    national_rank: RankFigure | None = None
    significance: Significance | None = None
    significance_text: Text | None = None
    polarity: Polarity = Polarity.NEUTRAL
    garbled: bool = False
    note: Text | None = None


class GlossaryEntry(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    term: Text
    expansion: Text


class ProfileFigure(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    measure: Text
    figure: QuantityFigure
    qualifier: Text | None = None
    period: Period | None = None
    target: QuantityFigure | None = None
    section: Text | None = None
    text: Text
    note: Text | None = None


class GradeDefinition(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    grade: AnyGrade | None = None
    text: Text
    section: Text | None = None


class TextBlock(Base, frozen=True, forbid_unknown_fields=True, kw_only=True):
    kind: BlockKind
    path: tuple[Text, ...]
    text: Text
    line: Positive
    # Absent means ``line`` (filled in below); an explicit null is refused, as policeplan does.
    last_line: SafeInt | UnsetType = UNSET
    mark: Text | None = None
    cited_at: Positive | None = None

    def __post_init__(self) -> None:
        if self.last_line is UNSET:
            msgspec.structs.force_setattr(self, "last_line", self.line)
        check_text_block(
            self.kind,
            self.line,
            self.last_line,  # type: ignore[arg-type]
            self.mark,
            self.cited_at,
        )


class Document(
    Base,
    frozen=True,
    forbid_unknown_fields=True,
    kw_only=True,
    tag_field="document_type",
    tag="baseline-assessment",
):
    """The baseline assessment (``BaselineAssessment`` in policeplan).

    ``document_type`` is msgspec's tag: written first, optional on reading, and
    refused if it names another type.
    """

    schema_version: Annotated[int, Meta(ge=1, le=1)] = 1
    source: Source
    force: Text
    year: FinancialYear
    comparison_year: FinancialYear | None = None
    msf_group: tuple[Text, ...] = ()
    domains: tuple[Domain, ...] = ()
    frameworks: tuple[Framework, ...] = ()
    judgements: tuple[Judgement, ...] = ()
    findings: tuple[Finding, ...] = ()
    indicator_results: tuple[IndicatorResult, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    profile: tuple[ProfileFigure, ...] = ()
    strategic_priorities: tuple[Text, ...] = ()
    grading: tuple[GradeDefinition, ...] = ()
    known_issues: tuple[KnownIssue, ...] = ()
    text: tuple[TextBlock, ...] = ()

    def __post_init__(self) -> None:
        check_financial_year(self.year)
        if self.comparison_year is not None:
            check_financial_year(self.comparison_year)
        check_document(self.domains, self.frameworks, self.judgements)


ENCODER = msgspec.json.Encoder(decimal_format="number")
"""Writes a Decimal as a JSON number, digit for digit (msgspec's default is a string)."""


def load(text: str | bytes) -> Document:
    return msgspec.json.decode(text, type=Document)


def dump(document: object) -> bytes:
    return ENCODER.encode(document)

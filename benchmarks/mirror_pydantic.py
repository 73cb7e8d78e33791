"""pydantic v2 models mirroring `policeplan.BaselineAssessment`, field for field as its JSON
has them (``src/policeplan/schemas/baseline-assessment.schema.json``).

Strict (no coercion), frozen, refusing unknown keys; the schema's ranges, patterns
and enums as field constraints; the cross-field invariants policeplan checks on
construction as ``model_validator``\\ s (the checks in `mirror_common`). Lists are
tuples. ``Document.model_validate_json(text)`` reads the baseline JSON and
``doc.model_dump_json()`` writes JSON that policeplan reads back to an equal object.

Where it differs from policeplan (``benchmarks/test_mirrors.py`` shows each):

* pydantic parses a JSON number as a double before a ``Decimal`` field sees it, so a
  number is exact only to about 15 significant digits (every figure of the dataset
  is), and ``14.40`` is read as ``Decimal('14.4')``: equal, without the trailing zero.
  pydantic would write a ``Decimal`` as a string, which policeplan refuses; the
  serializer here writes a number, and refuses a ``Decimal`` that no double keeps.
* A key given twice keeps its last value; policeplan refuses the object.
* Non-empty text is the schema's ``\\S`` in Rust's regex engine, which counts the
  control characters U+001C–U+001F as text where Python's ``str.strip`` (policeplan)
  counts them as white space.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from mirror_common import (
    MAX_SAFE,
    TEXT_PATTERN,
    BlockKind,
    DirectionOfTravel,
    FindingKind,
    Grade,
    MissingReason,
    Polarity,
    Precision,
    Significance,
    StandardJudgement,
    Unit,
    check_document,
    check_figure,
    check_financial_year,
    check_number,
    check_period,
    check_quantity,
    check_rank,
    check_text_block,
)
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

__all__ = ["Document"]

Text = Annotated[str, StringConstraints(min_length=1, pattern=TEXT_PATTERN)]
Positive = Annotated[int, Field(ge=1, le=MAX_SAFE)]
SafeInt = Annotated[int, Field(ge=-MAX_SAFE, le=MAX_SAFE)]
DomainNumber = Annotated[int, Field(ge=1, le=7)]
FinancialYear = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}/[0-9]{2}$"),
    AfterValidator(check_financial_year),
]


def _read_number(value: object, info: ValidationInfo) -> Decimal:
    """A JSON number (already a double, or an int) as a Decimal; never text or a boolean.

    strict ``Decimal`` alone would take a numeral string from JSON, which policeplan
    refuses; from Python, a float is refused as policeplan's constructor does.
    """
    kind = type(value)
    if kind is Decimal:
        return value  # type: ignore[return-value]
    if kind is int:
        return Decimal(value)  # type: ignore[arg-type]
    if kind is float and info.mode == "json":
        return Decimal(repr(value))
    raise ValueError(f"expected a number, got {kind.__name__}")


def _write_number(number: Decimal) -> int | float:
    """A Decimal as the JSON number that keeps it: pydantic would write a string."""
    if number == number.to_integral_value():
        return int(number)
    approximation = float(number)
    if Decimal(repr(approximation)) != number:
        raise ValueError(f"{number} has more digits than a JSON double written by pydantic keeps")
    return approximation


def _checked_number(number: Decimal) -> Decimal:
    check_number(number)
    return number


Number = Annotated[
    Decimal,
    BeforeValidator(_read_number),
    AfterValidator(_checked_number),
    PlainSerializer(_write_number, when_used="json"),
]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Source(Model):
    title: Text
    publisher: Text
    date: dt.date | None = None
    precision: Precision = Precision.DAY
    isbn: Text | None = None
    reference: Text | None = None


class KnownIssue(Model):
    code: Text
    path: str
    explanation: Text
    line: Positive | None = None


class Domain(Model):
    number: DomainNumber | None
    name: Text
    ppaf_code: Literal["A", "1", "2", "3", "4", "B"] | None = None


class Framework(Model):
    code: Text | None = None
    name: Text
    aliases: tuple[Text, ...] = ()
    areas_covered: tuple[Text, ...] = ()
    domain: DomainNumber | None = None
    parent: Text | None = None
    graded: bool = True


class Judgement(Model):
    force: Text
    framework: Text
    grade: Grade | StandardJudgement | None = None
    grade_text: Text | None = None
    direction: DirectionOfTravel | None = None
    direction_text: Text | None = None
    not_graded_reason: Text | None = None
    qualifiers: tuple[Text, ...] = ()


class Finding(Model):
    kind: FindingKind
    text: Text
    framework: Text | None = None
    subheading: Text | None = None


class Quantity(Model):
    value: Number
    unit: Unit
    per: Positive | None = None
    base: Text | None = None
    scale: Text | None = None

    @model_validator(mode="after")
    def _invariants(self) -> Quantity:
        check_quantity(self.value, self.unit, self.per, self.base)
        return self


class Rank(Model):
    position: Positive
    out_of: Positive
    tied: bool = False

    @model_validator(mode="after")
    def _invariants(self) -> Rank:
        check_rank(self.position, self.out_of)
        return self


class QuantityFigure(Model):
    """One cell holding a quantity: the schema's ``Figure_Quantity``."""

    text: str
    value: Quantity | None = None
    missing: MissingReason | None = None
    garbled: bool = False
    derived: bool = False

    @model_validator(mode="after")
    def _invariants(self) -> QuantityFigure:
        check_figure(self.value, self.missing)
        return self


class RankFigure(Model):
    """One cell holding a rank: the schema's ``Figure_Rank``."""

    text: str
    value: Rank | None = None
    missing: MissingReason | None = None
    garbled: bool = False
    derived: bool = False

    @model_validator(mode="after")
    def _invariants(self) -> RankFigure:
        check_figure(self.value, self.missing)
        return self


class Period(Model):
    start: dt.date
    end: dt.date
    label: Text | None = None
    year_to_date: bool = False

    @model_validator(mode="after")
    def _invariants(self) -> Period:
        check_period(self.start, self.end)
        return self


class Observation(Model):
    period: Period
    figure: QuantityFigure
    note: Text | None = None


class IndicatorResult(Model):
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


class GlossaryEntry(Model):
    term: Text
    expansion: Text


class ProfileFigure(Model):
    measure: Text
    figure: QuantityFigure
    qualifier: Text | None = None
    period: Period | None = None
    target: QuantityFigure | None = None
    section: Text | None = None
    text: Text
    note: Text | None = None


class GradeDefinition(Model):
    grade: Grade | StandardJudgement | None = None
    text: Text
    section: Text | None = None


class TextBlock(Model):
    kind: BlockKind
    path: tuple[Text, ...]
    text: Text
    line: Positive
    # Defaults to ``line``; an explicit null is refused, as policeplan does.
    last_line: SafeInt = Field(default_factory=lambda data: data.get("line", 1))
    mark: Text | None = None
    cited_at: Positive | None = None

    @model_validator(mode="after")
    def _invariants(self) -> TextBlock:
        check_text_block(self.kind, self.line, self.last_line, self.mark, self.cited_at)
        return self


class Document(Model):
    """The baseline assessment (``BaselineAssessment`` in policeplan)."""

    document_type: Literal["baseline-assessment"] = "baseline-assessment"
    schema_version: Annotated[int, Field(ge=1, le=1)] = 1
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

    @model_validator(mode="after")
    def _invariants(self) -> Document:
        check_document(self.domains, self.frameworks, self.judgements)
        return self

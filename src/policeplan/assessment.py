"""PPAF domains and frameworks, grades, judgements, findings and indicators."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any

import attrs

from . import _declare, _display, _lookup
from . import _validate as v
from .errors import ParseError, shown
from .figures import Figure, Observation
from .quantities import Polarity, Quantity
from .query import Query, collection

__all__ = [
    "DirectionOfTravel",
    "Domain",
    "Finding",
    "FindingKind",
    "Framework",
    "GlossaryEntry",
    "Grade",
    "IndicatorResult",
    "Judgement",
    "Rank",
    "Significance",
    "StandardJudgement",
]


class _OrderedEnum(enum.Enum):
    """Members compare by declaration order, best first: the first is greatest."""

    def _position(self) -> int:
        return -list(type(self)).index(self)

    def __lt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._position() < other._position()

    def __le__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._position() <= other._position()

    def __gt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._position() > other._position()

    def __ge__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._position() >= other._position()


class Grade(_OrderedEnum):
    """HMIC delivery grade, ordered.

    Examples:
        >>> Grade.EXCELLENT > Grade.GOOD > Grade.FAIR > Grade.POOR
        True
        >>> max([Grade.FAIR, Grade.GOOD])
        <Grade.GOOD: 'good'>
        >>> str(Grade.EXCELLENT)
        'Excellent'
    """

    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"

    def __str__(self) -> str:
        """The grade as the source writes it: "Excellent"."""
        return self.value.capitalize()


class StandardJudgement(_OrderedEnum):
    """The 2008 scale: a force exceeds, meets or fails to meet the standard.

    Examples:
        >>> StandardJudgement.EXCEEDING > StandardJudgement.MEETING
        True
        >>> str(StandardJudgement.FAILING)
        'Failing to meet the standard'
    """

    EXCEEDING = "exceeding"
    MEETING = "meeting"
    FAILING = "failing"

    def __str__(self) -> str:
        """The judgement as the 2008 report writes it: "Meeting the standard"."""
        return _STANDARD_WORDS[self.value]


_STANDARD_WORDS = {
    "exceeding": "Exceeding the standard",
    "meeting": "Meeting the standard",
    "failing": "Failing to meet the standard",
}


class DirectionOfTravel(enum.Enum):
    """Performance over time; the source's own word is kept on the judgement.

    Examples:
        >>> str(DirectionOfTravel.IMPROVED)
        'Improved'
    """

    IMPROVED = "improved"
    STABLE = "stable"
    DETERIORATED = "deteriorated"

    def __str__(self) -> str:
        """The direction as the baseline's key writes it: "Improved"."""
        return self.value.capitalize()


class FindingKind(enum.Enum):
    STRENGTH = "strength"
    AREA_FOR_IMPROVEMENT = "area-for-improvement"
    WORK_IN_PROGRESS = "work-in-progress"


class Significance(enum.Enum):
    """A difference judged against sampling error, as the 2008 report states it."""

    SIGNIFICANTLY_BETTER = "significantly-better"
    NOT_SIGNIFICANTLY_DIFFERENT = "not-significantly-different"
    SIGNIFICANTLY_WORSE = "significantly-worse"


_RANK = re.compile(r"(\d+)(=?)\s+out\s+of\s+(\d+)")


def _position_within(instance: Rank, attribute: attrs.Attribute[Any], position: int) -> None:
    if instance is not None and position > instance.out_of:
        raise v.fail(
            f"rank {position} is beyond 'out of {instance.out_of}'",
            code="out-of-range",
            field=attribute.name,
        )


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Rank:
    """A position among peers, "9= out of 43"; 1 is best.

    Examples:
        >>> rank = Rank.parse("9= out of 43")
        >>> rank.position, rank.out_of, rank.tied, str(rank)
        (9, 43, True, '9= out of 43')
        >>> rank.last
        False
    """

    position: int = attrs.field(validator=[v.at_least(1), _position_within])
    out_of: int = attrs.field(validator=v.at_least(1))
    tied: bool = False

    @classmethod
    def parse(cls, text: str) -> Rank:
        match = _RANK.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ParseError(
                f"{shown(text)} is not a rank; expected the form '5 out of 5' or '9= out of 43'",
                code="invalid-rank",
                text=str(text),
            )
        position, tied, out_of = match.groups()
        if int(position) > int(out_of) or int(position) < 1:
            raise ParseError(
                f"{shown(text)} is not a rank: position {position} is outside 1 to {out_of}",
                code="invalid-rank",
                text=text,
            )
        return cls(position=int(position), out_of=int(out_of), tied=bool(tied))

    @property
    def last(self) -> bool:
        return self.position == self.out_of and not self.tied

    def __str__(self) -> str:
        return f"{self.position}{'=' if self.tied else ''} out of {self.out_of}"


_PPAF_CODES = frozenset({"A", "1", "2", "3", "4", "B"})


def _ppaf_code(_: object, attribute: attrs.Attribute[Any], code: str | None) -> None:
    if code is not None and code not in _PPAF_CODES:
        raise v.fail(
            f"{shown(code)} is not a PPAF domain code; expected one of A, 1, 2, 3, 4, B",
            code="invalid-enum",
            field=attribute.name,
        )


_declare.constrains(_ppaf_code, enum=["A", "1", "2", "3", "4", "B"])


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Domain:
    """An HMIC assessment area (1–7) and its PPAF domain code, where it has one.

    Examples:
        >>> Domain(number=2, name="Reducing Crime", ppaf_code="1").ppaf_code
        '1'
    """

    number: int | None = attrs.field(validator=v.between(1, 7))
    name: str = attrs.field(validator=v.text)
    ppaf_code: str | None = attrs.field(default=None, validator=_ppaf_code)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Framework:
    """An assessed framework or inspection area.

    ``code`` is the baseline code ("2B"); inspection areas have none and are
    keyed by name. ``aliases`` are the other spellings the sources use.
    ``parent`` names the area a part belongs to ("Protecting vulnerable
    people" for "Domestic violence"); ``graded`` is false for an area that
    is only graded through its parts.

    Examples:
        >>> Framework(code="5C", name="Roads Policing", domain=5).key
        '5C'
    """

    code: str | None = attrs.field(default=None, validator=v.optional_text)
    name: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    areas_covered: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    domain: int | None = attrs.field(default=None, validator=v.between(1, 7))
    parent: str | None = attrs.field(default=None, validator=v.optional_text)
    graded: bool = True

    @property
    def key(self) -> str:
        """The code where there is one, else the name."""
        return self.code or self.name

    def names(self) -> tuple[str, ...]:
        """Every string this framework can be looked up by."""
        return tuple(filter(None, (self.code, self.name, *self.aliases)))


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Judgement:
    """A force's grade (or standard judgement) and direction for one framework.

    ``grade`` is ``None`` when not graded (``not_graded_reason`` says why if
    the source does); ``grade_text`` and ``direction_text`` keep the source's
    words ("Improving", "NG").

    Examples:
        >>> judgement = Judgement(force="Kent", framework="5A", grade=Grade.EXCELLENT,
        ...                       direction=DirectionOfTravel.IMPROVED, direction_text="I")
        >>> judgement.grade > Grade.GOOD
        True
        >>> str(judgement)
        'Kent on 5A: Excellent, improved'
    """

    force: str = attrs.field(validator=v.text)
    framework: str = attrs.field(validator=v.text)
    grade: Grade | StandardJudgement | None = None
    grade_text: str | None = attrs.field(default=None, validator=v.optional_text)
    direction: DirectionOfTravel | None = None
    direction_text: str | None = attrs.field(default=None, validator=v.optional_text)
    not_graded_reason: str | None = attrs.field(default=None, validator=v.optional_text)
    qualifiers: tuple[str, ...] = attrs.field(default=(), validator=v.texts)

    @property
    def graded(self) -> bool:
        return self.grade is not None

    def __str__(self) -> str:
        """The judgement as a sentence: "Kent on 5A: Excellent, improved"."""
        words = str(self.grade) if self.grade is not None else "not graded"
        if self.grade is None and self.not_graded_reason:
            words += f" ({self.not_graded_reason})"
        if self.direction is not None:
            words += f", {str(self.direction).lower()}"
        if self.qualifiers:
            words += f" ({'; '.join(self.qualifiers)})"
        return f"{self.force} on {self.framework}: {words}"

    def _repr_html_(self) -> str:
        return _display.card(self, str(self))


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Finding:
    """A strength, area for improvement or work in progress, verbatim.

    Examples:
        >>> Finding(kind=FindingKind.STRENGTH, text="The force has …", framework="3A",
        ...         subheading="Major Crime").subheading
        'Major Crime'
    """

    kind: FindingKind
    text: str = attrs.field(validator=v.text)
    framework: str | None = attrs.field(default=None, validator=v.optional_text)
    subheading: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class IndicatorResult:
    """A force's result on one indicator, with its peer comparisons.

    ``code`` is the SPI code ("SPI 3a") where given; it is not unique. Each
    cell is a `Figure`, so a missing value keeps its reason. ``table``
    names the table the row stands in (a framework code for the baseline).

    Examples:
        >>> from policeplan import Unit
        >>> result = IndicatorResult(
        ...     indicator="% of victims of racist incidents very/completely satisfied",
        ...     code="SPI 3a", force="MPS",
        ...     msf_rank=Figure(text="5 out of 5", value=Rank.parse("5 out of 5")))
        >>> result.msf_rank.value.last
        True
    """

    indicator: str = attrs.field(validator=v.text)
    code: str | None = attrs.field(default=None, validator=v.optional_text)
    force: str = attrs.field(validator=v.text)
    table: str | None = attrs.field(default=None, validator=v.optional_text)
    values: Query[Observation] = collection()
    change: Figure[Quantity] | None = None
    change_label: str | None = attrs.field(default=None, validator=v.optional_text)
    msf_average: Figure[Quantity] | None = None
    msf_difference: Figure[Quantity] | None = None
    msf_rank: Figure[Rank] | None = None
    national_average: Figure[Quantity] | None = None
    national_rank: Figure[Rank] | None = None
    significance: Significance | None = None
    significance_text: str | None = attrs.field(default=None, validator=v.optional_text)
    polarity: Polarity = Polarity.NEUTRAL
    garbled: bool = False
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    def _repr_html_(self) -> str:
        return _display.card(self, f"{self.code or ''} {self.force}: {self.indicator}".strip())


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class GlossaryEntry:
    """A term and its expansion, as one document gives it (expansions differ).

    Examples:
        >>> GlossaryEntry(term="MSF", expansion="most similar forces").term
        'MSF'
    """

    term: str = attrs.field(validator=v.text)
    expansion: str = attrs.field(validator=v.text)


def framework_index(frameworks: Iterable[Framework]) -> dict[str, Framework]:
    """Every normalised name of every framework, to the framework."""
    return {_lookup.normalise(name): fw for fw in frameworks for name in fw.names()}

"""What the pydantic and msgspec mirrors of `policeplan.BaselineAssessment` share.

The enums (their values are the JSON's) and the cross-field checks that
neither library's declarative constraints can state: each check raises
`ValueError`, which pydantic (in a ``model_validator``) and msgspec (in
``__post_init__``) report as a validation error. They restate policeplan's own
validators (``assessment.py``, ``quantities.py``, ``figures.py``,
``periods.py``, ``text.py``, ``_documents.py``) without importing policeplan,
so that the mirrors stand on their own.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

MAX_SAFE = 2**53 - 1
"""The largest whole number every JSON reader keeps; policeplan refuses larger ones."""

TEXT_PATTERN = r"\S"
"""Non-empty text: something besides white space (the schema's ``pattern``)."""

# -- enums: the values the JSON carries ---------------------------------------------------


class Grade(enum.Enum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


class StandardJudgement(enum.Enum):
    EXCEEDING = "exceeding"
    MEETING = "meeting"
    FAILING = "failing"


class DirectionOfTravel(enum.Enum):
    IMPROVED = "improved"
    STABLE = "stable"
    DETERIORATED = "deteriorated"


class FindingKind(enum.Enum):
    STRENGTH = "strength"
    AREA_FOR_IMPROVEMENT = "area-for-improvement"
    WORK_IN_PROGRESS = "work-in-progress"


class Significance(enum.Enum):
    SIGNIFICANTLY_BETTER = "significantly-better"
    NOT_SIGNIFICANTLY_DIFFERENT = "not-significantly-different"
    SIGNIFICANTLY_WORSE = "significantly-worse"


class Polarity(enum.Enum):
    HIGHER_IS_BETTER = "higher-is-better"
    LOWER_IS_BETTER = "lower-is-better"
    NEUTRAL = "neutral"


class Unit(enum.Enum):
    COUNT = "count"
    PERCENT = "percent"
    PERCENT_CHANGE = "percent-change"
    PERCENTAGE_POINTS = "percentage-points"
    RATE = "rate"
    RATIO = "ratio"
    GBP = "gbp"
    DAYS = "days"
    HOURS = "hours"
    SECONDS = "seconds"
    SQUARE_MILES = "square-miles"


SIGNED_UNITS = frozenset({Unit.PERCENT_CHANGE, Unit.PERCENTAGE_POINTS, Unit.GBP})
"""Units whose values may be negative: changes, differences and money."""


class MissingReason(enum.Enum):
    NOT_AVAILABLE = "not-available"
    NOT_APPLICABLE = "not-applicable"
    NOT_GIVEN = "not-given"
    ILLEGIBLE = "illegible"


class Precision(enum.Enum):
    DAY = "day"
    MONTH = "month"


class BlockKind(enum.Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    ROW = "row"
    FOOTNOTE = "footnote"


# -- single-object invariants -------------------------------------------------------------

FINANCIAL_YEAR = re.compile(r"([0-9]{4})/([0-9]{2})")


def check_financial_year(text: str) -> str:
    """``"2003/04"``: the second part is the year after the first, from 1900/01 to 2998/99."""
    match = FINANCIAL_YEAR.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a financial year such as '2003/04'")
    start = int(match.group(1))
    if int(match.group(2)) != (start + 1) % 100:
        raise ValueError(f"{text!r} is not a financial year: {match.group(2)} does not follow")
    if not 1900 <= start <= 2998:
        raise ValueError(f"{text!r}: the start year must be between 1900 and 2998")
    return text


def check_number(number: Decimal) -> None:
    """Finite, and within what a JSON reader that parses doubles keeps (as policeplan)."""
    if not number.is_finite():
        raise ValueError(f"{number} is not a finite number")
    if number and not -300 <= number.adjusted() <= 300:
        approximation = float(number) if -325 <= number.adjusted() <= 309 else 0.0
        if approximation in (0.0, float("inf"), float("-inf")):
            raise ValueError(f"{number} is beyond what a double-precision JSON reader keeps")


def check_quantity(value: Decimal, unit: Unit, per: int | None, base: str | None) -> None:
    """Only changes, differences and money go negative; a rate, and only a rate, has a base."""
    check_number(value)
    if value < 0 and unit not in SIGNED_UNITS:
        raise ValueError(f"a {unit.value} cannot be negative, got {value}")
    if unit is Unit.RATE:
        if per is None or base is None:
            raise ValueError("a rate needs its per and base (as in 'per 1,000 population')")
    elif per is not None or base is not None:
        raise ValueError(f"only a rate has a per or a base; this is a {unit.value}")


def check_rank(position: int, out_of: int) -> None:
    if position > out_of:
        raise ValueError(f"rank {position} is beyond 'out of {out_of}'")


def check_figure(value: object, missing: MissingReason | None) -> None:
    """A figure has a value or the reason it is missing, never both."""
    if value is None and missing is None:
        raise ValueError("a figure without a value needs the reason it is missing")
    if value is not None and missing is not None:
        raise ValueError("a figure cannot have both a value and a reason it is missing")


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"period ends ({end}) before it starts ({start})")


def check_text_block(
    kind: BlockKind, line: int, last_line: int, mark: str | None, cited_at: int | None
) -> None:
    """Lines in order; a footnote, and only a footnote, has a mark and may be cited."""
    if last_line < line:
        raise ValueError(f"last_line {last_line} is before line {line}")
    if (mark is None) != (kind is not BlockKind.FOOTNOTE):
        raise ValueError("a footnote has a mark and no other block has one")
    if cited_at is not None and mark is None:
        raise ValueError("only a footnote is cited")


# -- document invariants ------------------------------------------------------------------

FORCE_ALIASES = {
    "metropolitan police service": "mps",
    "metropolitan police": "mps",
    "the metropolitan police service": "mps",
}


def normalise(key: str) -> str:
    """Fold case, dashes and white space, as policeplan looks names up."""
    return " ".join(key.replace("–", "-").replace("—", "-").casefold().split())


def force_key(force: str) -> str:
    key = normalise(force)
    return FORCE_ALIASES.get(key, key)


class _Domain(Protocol):
    name: str


class _Framework(Protocol):
    code: str | None
    name: str
    aliases: Sequence[str]


class _Judgement(Protocol):
    force: str
    framework: str


def check_document(
    domains: Iterable[_Domain],
    frameworks: Sequence[_Framework],
    judgements: Iterable[_Judgement],
) -> None:
    """Unique domain names; no framework name or alias used twice; every judgement names a
    framework of the document, once per force."""
    seen_domains: set[str] = set()
    for index, domain in enumerate(domains):
        if domain.name in seen_domains:
            raise ValueError(f"domains[{index}] repeats the domain {domain.name!r}")
        seen_domains.add(domain.name)
    keys: dict[str, str] = {}
    for index, framework in enumerate(frameworks):
        key = framework.code or framework.name
        names = (framework.code, framework.name, *framework.aliases)
        for name in dict.fromkeys(normalise(n) for n in names if n):
            if name in keys:
                raise ValueError(f"frameworks[{index}] ({key!r}) reuses the name {name!r}")
            keys[name] = key
    judged: set[tuple[str, str]] = set()
    for index, judgement in enumerate(judgements):
        framework_key = keys.get(normalise(judgement.framework))
        if framework_key is None:
            raise ValueError(
                f"judgements[{index}] names framework {judgement.framework!r}, "
                "which the document does not define"
            )
        pair = (force_key(judgement.force), framework_key)
        if pair in judged:
            raise ValueError(
                f"judgements[{index}] judges {judgement.force!r} on {judgement.framework!r} again"
            )
        judged.add(pair)

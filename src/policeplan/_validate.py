"""Field validators shared by the model classes.

Each raises `InvalidValueError` naming the field and
a stable code, so the converter can turn it into an issue with a path.
Validators never look at the instance, which lets the converter re-run them
one by one to report every broken field of an object, not just the first.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from ._declare import constrains, inline
from .errors import InvalidValueError, shown

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(
    message: str,
    *,
    code: str,
    field: str | None = None,
    at: tuple[int | str, ...] = (),
    more: list[InvalidValueError] | tuple[InvalidValueError, ...] = (),
) -> InvalidValueError:
    return InvalidValueError(message, code=code, field=field, at=at, more=more)


def fail_all(problems: list[InvalidValueError], field: str) -> None:
    """Raise the first of ``problems`` carrying the others, so every one is reported."""
    if problems:
        first, *more = problems
        raise fail(first.detail, code=first.code, field=field, at=first.at, more=more)


def encodable(value: str) -> bool:
    """Whether UTF-8 can encode the text: it holds no lone surrogate."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text_problem(value: str) -> InvalidValueError | None:
    if not value.strip():
        return fail("must not be empty", code="empty-text")
    if not encodable(value):
        return fail(
            f"{shown(value)} holds a lone surrogate, which UTF-8 cannot encode",
            code="invalid-text",
        )
    return None


_PLAINLY_TEXT = (
    "{0} and not {0}[0].isspace() and ({0}.isascii() or {0}.isprintable() or encodable({0}))"
)
"""Text that is surely fine: it starts with something other than white space, and UTF-8
can encode it (ASCII and printable text can be, a lone surrogate being unprintable)."""


def _plainly_text(value: str) -> bool:
    """Whether text is surely fine (`_PLAINLY_TEXT`), in most cases without copying it."""
    return (
        bool(value)
        and not value[0].isspace()
        and (value.isascii() or value.isprintable() or encodable(value))
    )


def text(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Required text: not empty, not only white space, and encodable as UTF-8."""
    if _plainly_text(value):
        return  # the common case
    problem = _text_problem(value)
    if problem is not None:
        raise fail(f"{attribute.name} {problem}", code=problem.code, field=attribute.name)


def optional_text(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        text(_, attribute, value)


inline(text, _PLAINLY_TEXT, encodable=encodable)
inline(optional_text, f"{{0}} is None or ({_PLAINLY_TEXT})", encodable=encodable)

NON_EMPTY = {"minLength": 1, "pattern": "\\S"}
"""JSON Schema for text with something besides white space."""
constrains(text, **NON_EMPTY)
constrains(optional_text, **NON_EMPTY)


def plain_text(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Any text, empty included, that UTF-8 can encode."""
    if not encodable(value):
        raise fail(
            f"{attribute.name} {shown(value)} holds a lone surrogate, which UTF-8 cannot encode",
            code="invalid-text",
            field=attribute.name,
        )


inline(plain_text, "{0}.isascii() or encodable({0})", encodable=encodable)


def texts(_: object, attribute: attrs.Attribute[Any], values: tuple[str, ...]) -> None:
    """Every item of a tuple of strings is non-empty text, encodable as UTF-8."""
    if all(map(_plainly_text, values)):
        return  # the common case
    problems = [
        fail(f"{attribute.name}[{index}] {problem}", code=problem.code, at=(index,))
        for index, value in enumerate(values)
        if (problem := _text_problem(value)) is not None
    ]
    if problems:
        first, *more = problems
        raise fail(first.detail, code=first.code, field=attribute.name, at=first.at, more=more)


constrains(texts, items=NON_EMPTY)
inline(texts, "all(map(plainly_text, {0}))", plainly_text=_plainly_text)


def day(_: object, attribute: attrs.Attribute[Any], value: date) -> None:
    """A calendar day: a `datetime` (or a pandas ``Timestamp``) is refused, for the
    model writes dates only and would drop its time of day.

    Examples:
        >>> from datetime import datetime
        >>> from policeplan import Deadline
        >>> try:
        ...     Deadline(text="by May 2003", date=datetime(2003, 5, 31, 9, 30))
        ... except ValueError as err:
        ...     print(err)
        date must be a date, got a datetime 2003-05-31 09:30:00 (give its .date(): no time is kept)
    """
    if type(value) is not date:
        raise fail(
            f"{attribute.name} must be a date, got {_day_shown(value)}",
            code="wrong-type",
            field=attribute.name,
        )


def optional_day(_: object, attribute: attrs.Attribute[Any], value: date | None) -> None:
    if value is not None:
        day(_, attribute, value)


def _day_shown(value: object) -> str:
    if isinstance(value, date):  # a datetime, or a class made from one
        return f"a {type(value).__name__} {value} (give its .date(): no time is kept)"
    return shown(value)


inline(day, "type({0}) is date", date=date)
inline(optional_day, "{0} is None or type({0}) is date", date=date)


@attrs.frozen
class _AtLeast:
    """A validator: a whole number no less than ``minimum``, or ``None``.

    A class rather than a closure so that its check is code run when a value
    is validated, not when the model is declared (and so mutation testing sees it).
    """

    minimum: int

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and value < self.minimum:
            raise fail(
                f"{attribute.name} must be at least {self.minimum}, got {shown(value)}",
                code="out-of-range",
                field=attribute.name,
            )


def at_least(minimum: int) -> Validator:
    check = constrains(_AtLeast(minimum), minimum=minimum)
    return inline(check, f"{{0}} is None or {{0}} >= {int(minimum)}")


@attrs.frozen
class _Between:
    """A validator: a whole number from ``minimum`` to ``maximum``, or ``None``."""

    minimum: int
    maximum: int

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and not self.minimum <= value <= self.maximum:
            raise fail(
                f"{attribute.name} must be between {self.minimum} and {self.maximum}, "
                f"got {shown(value)}",
                code="out-of-range",
                field=attribute.name,
            )


def between(minimum: int, maximum: int) -> Validator:
    check = constrains(_Between(minimum, maximum), minimum=minimum, maximum=maximum)
    return inline(check, f"{{0}} is None or {int(minimum)} <= {{0}} <= {int(maximum)}")


def repeats(keyed: Iterable[tuple[int, Hashable]]) -> Iterator[tuple[int, int, Hashable]]:
    """``(index, first index, key)`` for each item whose key an item before it had.

    Examples:
        >>> list(repeats(enumerate("abab")))
        [(2, 0, 'a'), (3, 1, 'b')]
    """
    first_seen: dict[Hashable, int] = {}
    for index, key in keyed:
        first = first_seen.setdefault(key, index)
        if first != index:
            yield index, first, key


@attrs.frozen
class _Unique:
    """A validator: no two items of a tuple share ``key(item)``."""

    key: Callable[[Any], Hashable]
    what: str

    def __call__(self, _: object, attribute: attrs.Attribute[Any], values: Iterable[Any]) -> None:
        name = attribute.name
        problems = [
            fail(
                f"{name}[{index}] repeats {self.what} {shown(item_key)} of {name}[{first}]",
                code="duplicate-key",
                at=(index,),
            )
            for index, first, item_key in repeats(
                (index, self.key(value)) for index, value in enumerate(values)
            )
        ]
        fail_all(problems, name)


def unique(key: Callable[[Any], Hashable], what: str) -> Validator:
    """No two items of a tuple share ``key(item)``."""
    return _Unique(key, what)


_NUMERAL = re.compile(
    r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:s?NaN|Infinity|inf)", re.I
)
"""A plain decimal numeral (the special values are read, then refused as not finite)."""


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert a number to `Decimal`, refusing floats and junk.

    Floats are refused because ``0.1`` is not a decimal figure; strings must be
    plain decimal numerals (``"83"``, ``"-17.6"``), never ``"83%"``. It converts
    the ``value`` field of quantities and margins, which its errors name.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise fail(
            f"expected a Decimal, int or numeral string, got {type(value).__name__}",
            code="wrong-type",
            field="value",
        )
    try:
        if isinstance(value, str) and not _NUMERAL.fullmatch(value):
            raise decimal.InvalidOperation  # "1_000", " 83 ": Decimal reads them, a figure is not
        number = Decimal(value)
    except decimal.InvalidOperation:
        raise fail(f"{shown(value)} is not a number", code="wrong-type", field="value") from None
    if not number.is_finite():
        raise fail(f"{shown(value)} is not a finite number", code="out-of-range", field="value")
    return number


inline(
    to_decimal,
    "{0} if type({0}) is Decimal and {0}.is_finite() else to_decimal({0})",
    Decimal=Decimal,
    to_decimal=to_decimal,
)

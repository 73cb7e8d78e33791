"""Field validators shared by the model classes.

Each raises :class:`~policeplan.errors.InvalidValueError` naming the field and
a stable code, so the converter can turn it into an issue with a path.
Validators never look at the instance, which lets the converter re-run them
one by one to report every broken field of an object, not just the first.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from .errors import InvalidValueError

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(message: str, *, code: str, field: str | None = None) -> InvalidValueError:
    return InvalidValueError(message, code=code, field=field)


def text(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Required text: not empty and not only white space."""
    if not value.strip():
        raise fail(f"{attribute.name} must not be empty", code="empty-text", field=attribute.name)


def optional_text(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        text(_, attribute, value)


def texts(_: object, attribute: attrs.Attribute[Any], values: tuple[str, ...]) -> None:
    """Every item of a tuple of strings is non-empty text."""
    for index, value in enumerate(values):
        if not value.strip():
            raise fail(
                f"{attribute.name}[{index}] must not be empty",
                code="empty-text",
                field=attribute.name,
            )


def at_least(minimum: int) -> Validator:
    def check(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and value < minimum:
            raise fail(
                f"{attribute.name} must be at least {minimum}, got {value}",
                code="out-of-range",
                field=attribute.name,
            )

    return check


def between(minimum: int, maximum: int) -> Validator:
    def check(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and not minimum <= value <= maximum:
            raise fail(
                f"{attribute.name} must be between {minimum} and {maximum}, got {value}",
                code="out-of-range",
                field=attribute.name,
            )

    return check


def unique(key: Callable[[Any], Hashable], what: str) -> Validator:
    """No two items of a tuple share ``key(item)``."""

    def check(_: object, attribute: attrs.Attribute[Any], values: Iterable[Any]) -> None:
        seen: set[Hashable] = set()
        for value in values:
            item_key = key(value)
            if item_key in seen:
                raise fail(
                    f"{attribute.name} holds {what} {item_key!r} twice",
                    code="duplicate-key",
                    field=attribute.name,
                )
            seen.add(item_key)

    return check


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert a number to :class:`~decimal.Decimal`, refusing floats and junk.

    Floats are refused because ``0.1`` is not a decimal figure; strings must be
    plain decimal numerals (``"83"``, ``"-17.6"``), never ``"83%"``.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise fail(
            f"expected a Decimal, int or numeral string, got {type(value).__name__}",
            code="wrong-type",
        )
    try:
        number = Decimal(value)
    except decimal.InvalidOperation:
        raise fail(f"{value!r} is not a number", code="wrong-type") from None
    if not number.is_finite():
        raise fail(f"{value!r} is not a finite number", code="out-of-range")
    return number

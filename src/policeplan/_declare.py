"""Declarations the model makes about its serialized form, read by the converter.

The model says *what* is tagged or always written; `policeplan.convert`
decides *how*. Neither knows the other's details.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Collection
from typing import Any, NamedTuple, TypeGuard, TypeVar

__all__ = [
    "ALWAYS_WRITTEN",
    "ItemSequence",
    "TextForm",
    "constrains",
    "constraints_of",
    "data_members",
    "holds_items",
    "inline",
    "inline_form",
    "is_items",
    "present",
    "tag_of",
    "tagged",
    "text_form_of",
    "written_as_text",
]

C = TypeVar("C", bound=type[Any])
F = TypeVar("F", bound=Callable[..., Any])

ALWAYS_WRITTEN = "policeplan.always-written"
"""Field metadata key: write the field even when it holds its default."""

_TAGS: dict[type[Any], tuple[str, str]] = {}


class ItemSequence:
    """Marks a class as an immutable sequence of items, read and written as a list.

    `policeplan.Query` is one. It is not a tuple, so that dataframe libraries
    read it through its Arrow stream rather than as a sequence of rows.
    """

    __slots__ = ()


def holds_items(cls: Any) -> bool:
    """Whether a type is a sequence of items: ``tuple[X, ...]`` or ``Query[X]``."""
    origin = typing.get_origin(cls) or cls
    return isinstance(origin, type) and issubclass(origin, (tuple, ItemSequence))


def is_items(value: object) -> TypeGuard[Collection[Any]]:
    """Whether a value is a sequence of items: a tuple or a `policeplan.Query`."""
    return isinstance(value, (tuple, ItemSequence))


def tagged(key: str, value: str) -> Callable[[C], C]:
    """Mark a class as one member of a union told apart by ``key``.

    The class gains ``value`` as a class attribute named ``key``, and the
    serialized form carries it, so a reader can tell which class to build.

    Examples:
        >>> import attrs
        >>> @tagged("kind", "circle")
        ... @attrs.frozen
        ... class Circle:
        ...     radius: int
        >>> Circle(1).kind, tag_of(Circle)
        ('circle', ('kind', 'circle'))
    """

    def declare(cls: C) -> C:
        setattr(cls, key, value)
        _TAGS[cls] = (key, value)
        return cls

    return declare


def tag_of(cls: Any) -> tuple[str, str] | None:
    """The ``(key, value)`` tag a class was declared with, if any."""
    return _TAGS.get(cls)


class TextForm(NamedTuple):
    """How a class is written as text: read by its ``parse``, written by its ``str``."""

    what: str
    """What the text is, for messages: "a financial year"."""
    example: str
    """A text in the form: "2003/04"."""
    pattern: str
    """The form a reader accepts, a regular expression the whole text must match: only
    the form the writer produces, whatever more ``parse`` reads."""
    code: str
    """The issue code for text not in the form."""
    schema: dict[str, Any]
    """The JSON Schema of the text."""


_TEXT_FORMS: dict[type[Any], TextForm] = {}


def written_as_text(**form: Any) -> Callable[[C], C]:
    """Mark a class as written as text, in the form `TextForm` describes.

    Examples:
        >>> @written_as_text(what="a code", example="A1", pattern="[A-Z][0-9]",
        ...                  code="invalid-code", schema={"type": "string"})
        ... class Code(str):
        ...     parse = classmethod(lambda cls, text: cls(text))
        >>> text_form_of(Code).example
        'A1'
    """

    def declare(cls: C) -> C:
        _TEXT_FORMS[cls] = TextForm(**form)
        return cls

    return declare


def text_form_of(cls: Any) -> TextForm | None:
    """The text form a class was declared with, if any."""
    return _TEXT_FORMS.get(cls) if isinstance(cls, type) else None


_CONSTRAINTS: dict[Any, dict[str, Any]] = {}


def constrains(validator: F, **keywords: Any) -> F:
    """Record the JSON Schema keywords that say what ``validator`` accepts.

    The keywords describe the value without ``None``: an optional field's
    schema applies them to its non-null form. Given a class, they state a
    rule across its fields, added to the class's schema.

    Examples:
        >>> def positive(instance, attribute, value): ...
        >>> constraints_of(constrains(positive, minimum=1))
        {'minimum': 1}
    """
    _CONSTRAINTS[validator] = keywords
    return validator


_INLINE: dict[Any, tuple[str, dict[str, Any]]] = {}


def inline(function: F, expression: str, **names: Any) -> F:
    """Record an expression that does what a validator or converter does, for valid input.

    ``{0}`` in the expression stands for the value, and ``{name}`` for the
    object's field ``name``; ``names`` are the names it uses besides the
    builtins. For a validator the expression is true only when the validator
    passes the value (it may doubt more); for a converter it is the converted
    value. Code generated to read valid input fast evaluates it in place of
    calling the function, and hands what it doubts to the validator's own path.

    Examples:
        >>> def positive(instance, attribute, value): ...
        >>> inline_form(inline(positive, "{0} > limit", limit=0))
        ('{0} > limit', {'limit': 0})
    """
    _INLINE[function] = (expression, names)
    return function


def inline_form(function: Any) -> tuple[str, dict[str, Any]] | None:
    """The expression recorded for a validator or converter, and the names it uses, if any."""
    try:
        return _INLINE.get(function)
    except TypeError:  # an unhashable validator has none
        return None


def present(*fields: str) -> dict[str, Any]:
    """JSON Schema for "each of ``fields`` is given and not null"."""
    return {
        "required": list(fields),
        "properties": {field: {"not": {"type": "null"}} for field in fields},
    }


def constraints_of(validator: Any) -> dict[str, Any]:
    """The keywords recorded for a validator, or for each part of an ``and_`` of them."""
    if validator is None:
        return {}
    parts = getattr(validator, "_validators", None)  # attrs' and_: a list of validators
    if parts is None:
        return dict(_CONSTRAINTS.get(validator, {}))
    merged: dict[str, Any] = {}
    for part in parts:
        merged.update(constraints_of(part))
    return merged


def data_members(union: Any) -> tuple[list[Any], bool]:
    """A union's members that are data (not ``None``, not a function), and whether ``None`` is one.

    ``str | Callable[[], str]`` is text in serialized form: the function is
    how the model defers writing it.
    """
    arguments = typing.get_args(union)
    members = [
        member
        for member in arguments
        if member is not type(None)
        and member is not Callable
        and typing.get_origin(member) is not Callable
    ]
    return members, type(None) in arguments

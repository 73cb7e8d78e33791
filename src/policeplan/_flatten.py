"""Flat, typed columns for model objects: the rules every tabular output follows.

The columns of a class are read from its declared field types, not guessed
from data, so every table of one class has the same columns and types:

- a financial year is its text, "2003/04"; an enum its value; grades and
  standard judgements are ordered categories, best first;
- a quantity is its number, with its unit (and rate base, scale) in columns
  of their own; a figure is its value, its printed text and the reason a
  value is missing;
- other nested objects give dotted columns (``period.start``), never an
  empty parent column beside them;
- a list of plain values stays a list; a list of objects is a child table
  of its own, not a cell.
"""

from __future__ import annotations

import enum
import functools
import typing
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, Union

import attrs

from ._declare import data_members, holds_items, tag_of
from .periods import FinancialYear

__all__ = ["Column", "columns_for", "columns_of", "row_of", "value_column"]


def _filled_by_table(item: Any) -> Any:
    raise TypeError("this column is filled by its table (a key, a list's text), not read")


@attrs.frozen
class Column:
    """One flat column: its name, its kind of value, and how to read it from an item.

    ``kind`` is one of ``string``, ``integer``, ``number``, ``boolean``,
    ``date``, ``list`` or ``category``; a category lists its ``categories``,
    best first where ``ordered``.
    """

    name: str
    kind: str
    read: Callable[[Any], Any] = attrs.field(default=_filled_by_table, eq=False, repr=False)
    """How to read the column's value from an item; a key column is numbered, not read."""
    description: str = ""
    categories: tuple[str, ...] = ()
    ordered: bool = False


def _is_union(cls: Any) -> bool:
    return typing.get_origin(cls) is Union or type(cls).__name__ == "UnionType"


def _resolved(cls: Any) -> list[tuple[str, Any]]:
    """``(public name, type)`` of a class's constructor fields, type variables filled in."""
    origin = typing.get_origin(cls) or cls
    mapping = dict(zip(getattr(origin, "__parameters__", ()), typing.get_args(cls), strict=False))
    hints = typing.get_type_hints(origin)
    fields = []
    for field in attrs.fields(origin):
        if not field.init:
            continue
        hint = hints[field.name]
        if isinstance(hint, typing.TypeVar):
            hint = mapping.get(hint, Any)
        elif _is_union(hint):
            hint = Union[tuple(mapping.get(a, a) for a in typing.get_args(hint))]  # noqa: UP007
        name = field.alias or field.name
        fields.append((name, hint))
    return fields


def _chain(outer: Callable[[Any], Any], inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def read(item: Any) -> Any:
        value = outer(item)
        return None if value is None else inner(value)

    return read


def _attribute(name: str) -> Callable[[Any], Any]:
    return lambda item: getattr(item, name)


def _is_ordered(scale: type[enum.Enum]) -> bool:
    """Whether an enum defines its own order, as grades do (Excellent > Good)."""
    return any("__lt__" in vars(klass) for klass in scale.__mro__[:-2])


def _enum_column(name: str, read: Callable[[Any], Any], scales: list[Any]) -> Column:
    # Two scales are each ordered, but not against each other.
    ordered = len(scales) == 1 and _is_ordered(scales[0])
    # An ordered category lists its values from worst to best, so that "<" reads right.
    values = tuple(
        member.value for scale in scales for member in (sorted(scale) if ordered else scale)
    )
    return Column(name, "category", _chain(read, lambda member: member.value), "", values, ordered)


@functools.cache
def columns_of(cls: Any, prefix: str = "") -> tuple[Column, ...]:
    """The flat columns of a declared type, each reading from an item of that type."""
    return tuple(_columns(cls, prefix, lambda item: item))


def _columns(cls: Any, name: str, read: Callable[[Any], Any]) -> list[Column]:
    if _is_union(cls):
        members, _ = data_members(cls)
        if len(members) == 1:
            return _columns(members[0], name, read)
        if all(isinstance(m, type) and issubclass(m, enum.Enum) for m in members):
            return [_enum_column(name, read, members)]
        return _union_columns(members, name, read)
    origin = typing.get_origin(cls) or cls
    if cls is str:
        return [Column(name, "string", read)]
    if cls is bool:
        return [Column(name, "boolean", read)]
    if cls is int:
        return [Column(name, "integer", read)]
    if cls is Decimal:
        return [Column(name, "number", _chain(read, float))]
    if cls is date:
        return [Column(name, "date", read)]
    if cls is FinancialYear:
        return [Column(name, "string", _chain(read, str))]
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return [_enum_column(name, read, [cls])]
    if holds_items(cls):
        (item_type, *_) = typing.get_args(cls) or (Any,)
        if attrs.has(typing.get_origin(item_type) or item_type) or _is_union(item_type):
            return []  # a child table of its own
        scalar = _columns(item_type, name, lambda value: value)
        cell = scalar[0].read if scalar else (lambda value: value)
        return [Column(name, "list", _chain(read, lambda items: [cell(i) for i in items]))]
    if attrs.has(origin):
        return _model_columns(cls, name, read)
    return [Column(name, "string", _chain(read, str))]


_BESIDE_THEIR_VALUE = {
    "Quantity": ("unit", "per", "base", "scale"),
    "Figure": ("text", "missing", "garbled", "derived"),
}
"""Classes that are a value first: one column for the value, the named fields beside it."""


def _model_columns(cls: Any, name: str, read: Callable[[Any], Any]) -> list[Column]:
    origin = typing.get_origin(cls) or cls
    fields = dict(_resolved(cls))
    dotted = f"{name}." if name else ""
    tag = tag_of(origin)
    if tag is not None:  # which kind of target: a column, as in the serialized form
        head = Column(
            f"{dotted}{tag[0]}", "category", _chain(read, _attribute(tag[0])), "", (tag[1],)
        )
        return [head, *_field_columns(fields, dotted, read)]
    beside = _BESIDE_THEIR_VALUE.get(origin.__name__)
    if beside is not None:  # the value itself, with its unit or printed text beside it
        value = _columns(fields["value"], name or "value", _chain(read, _attribute("value")))
        return value + _field_columns({key: fields[key] for key in beside}, dotted, read)
    return _field_columns(fields, dotted, read)


def _field_columns(
    fields: dict[str, Any], dotted: str, read: Callable[[Any], Any]
) -> list[Column]:
    """The columns of each field, named under ``dotted``."""
    found: list[Column] = []
    for key, field_type in fields.items():
        found.extend(_columns(field_type, f"{dotted}{key}", _chain(read, _attribute(key))))
    return found


def _union_columns(members: list[Any], name: str, read: Callable[[Any], Any]) -> list[Column]:
    """The columns of every member, each read from whichever member an item is."""
    by_name: dict[str, Column] = {}
    readers: dict[str, dict[type, Callable[[Any], Any]]] = {}
    for member in members:
        for column in _columns(member, name, lambda item: item):
            by_name.setdefault(column.name, column)
            readers.setdefault(column.name, {})[member] = column.read
    tag = tag_of(members[0])
    found = []
    for column_name, column in by_name.items():
        if tag is not None and column_name == (f"{name}.{tag[0]}" if name else tag[0]):
            kinds = tuple(typing.cast(tuple[str, str], tag_of(m))[1] for m in members)
            column = attrs.evolve(column, categories=kinds)
        found.append(attrs.evolve(column, read=_dispatch(read, readers[column_name])))
    return found


def _dispatch(
    read: Callable[[Any], Any], readers: dict[type, Callable[[Any], Any]]
) -> Callable[[Any], Any]:
    """Read a column with the reader of the item's own class; ``None`` if it has no such field."""

    def dispatch(item: Any) -> Any:
        value = read(item)
        reader = readers.get(type(value))
        return None if reader is None else reader(value)

    return dispatch


def columns_for(item_type: Any, items: list[Any]) -> tuple[Column, ...]:
    """Category columns of two scales narrowed to the one scale the rows use, kept ordered."""
    narrowed = []
    for column in columns_of(item_type):
        if column.kind == "category" and not column.ordered and items:
            scales = {type(value) for value in _raw(column, items) if value is not None}
            if len(scales) == 1:
                (scale,) = scales
                if hasattr(scale, "__members__"):
                    ordered = _enum_column(column.name, column.read, [scale])
                    narrowed.append(attrs.evolve(ordered, read=column.read))
                    continue
        narrowed.append(column)
    return tuple(narrowed)


def value_column(kinds: list[type]) -> Column:
    """The one column, ``value``, of a collection of plain values (as ``values("grade")``
    gives): by the tables' rules when the values share a type, else as text."""
    present = [kind for kind in kinds if kind is not type(None)]
    if len(present) == 1 and (present[0] in _PLAIN or issubclass(present[0], enum.Enum)):
        (column,) = _columns(present[0], "value", lambda item: item)
        return column
    if all(kind is str for kind in present):
        return Column("value", "string", lambda item: item)
    return Column("value", "string", _chain(lambda item: item, str))


_PLAIN = (str, bool, int, Decimal, date, FinancialYear)
"""The types a plain value column keeps as itself (not as its text)."""


def _raw(column: Column, items: list[Any]) -> Iterator[Any]:
    """The enum members behind a category column, found by following its dotted name."""
    for item in items:
        value = item
        for part in column.name.split("."):
            value = getattr(value, part, None)
        yield value


def row_of(columns: tuple[Column, ...], item: Any) -> dict[str, Any]:
    """One item as a flat row of the given columns."""
    return {column.name: column.read(item) for column in columns}

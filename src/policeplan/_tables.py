"""Tidy tables: each document as named, flat, long-format tables linked by keys.

A document's collections become tables, and a collection inside an item of
a table becomes a child table whose rows carry the keys of their parent row
(``objective_id`` and ``measure_id`` on a target). Columns follow the rules
of `policeplan._flatten`, read from the model's declared types, so that a
table has the same columns and types whatever its rows hold.

Examples:
    >>> import policeplan as pp
    >>> tables = pp.tables(pp.datasets.load("hmic-baseline-2005"))
    >>> judgements = tables["judgements"]
    >>> len(judgements), judgements.primary_key
    (1161, ('judgement_id',))
    >>> row = judgements.rows[0]
    >>> row["force"], row["framework"], row["grade"]
    ('Avon and Somerset', '1A', 'good')
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import attrs

from ._declare import holds_items
from ._flatten import Column, columns_for
from ._table import Table
from .errors import shown

__all__ = ["Table", "tables"]


def tables(document: Any) -> dict[str, Table]:
    """Every collection of a document, and every collection within them, as a table.

    Tables are named by their collection (``judgements``, ``objectives``);
    a child collection is named by its own field (``targets``), prefixed by
    its parent's name where another table has that name already
    (``indicator_targets``) or where the name alone says too little
    (``indicator_result_values``). A document's own lists of text (a plan's
    ``values``, an assessment's ``strategic_priorities``) are tables too,
    one row per item. A document has the same tables, with the same columns,
    whatever it holds.
    """
    cls = type(document)
    if not attrs.has(cls):
        raise TypeError(f"tables() reads a model object such as a document, got {shown(document)}")
    found: dict[str, Table] = {}
    hints = typing.get_type_hints(cls)
    for field in (field for field in attrs.fields(cls) if field.init):
        items = getattr(document, field.name) or ()
        if (item_type := _item_type(hints[field.name])) is not None:
            _add(found, field.name, item_type, [({}, item) for item in items], (), None)
        elif _is_text_list(hints[field.name]):
            found[field.name] = _text_table(field.name, items)
    return found


def _is_text_list(hint: Any) -> bool:
    return holds_items(hint) and typing.get_args(hint)[:1] == (str,)


def _text_table(name: str, items: Any) -> Table:
    """A document's list of text as a table: each item's position and text."""
    key = f"{_singular(name)}_id"
    columns = (
        Column(key, "integer", description="position in the list"),
        Column("text", "string", description="the item, as printed"),
    )
    rows = tuple({key: position, "text": text} for position, text in enumerate(items))
    return Table(name, columns, rows, (key,))


def _collection_fields(cls: Any) -> list[tuple[str, Any]]:
    """``(field name, item type)`` of each collection of objects a class (or union) holds."""
    if typing.get_origin(cls) in (typing.Union, type(int | None)):
        fields: dict[str, Any] = {}
        for member in typing.get_args(cls):
            if member is not type(None):
                fields.update(dict(_collection_fields(member)))
        return list(fields.items())
    origin = typing.get_origin(cls) or cls
    if not attrs.has(origin):
        return []
    hints = typing.get_type_hints(origin)
    return [
        (field.name, item_type)
        for field in attrs.fields(origin)
        if field.init and (item_type := _item_type(hints[field.name])) is not None
    ]


def _item_type(hint: Any) -> Any:
    """The item type of a tuple of objects (optional or not), else ``None``."""
    if typing.get_origin(hint) in (typing.Union, type(int | None)):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _item_type(members[0]) if len(members) == 1 else None
    if holds_items(hint):
        (item, *_) = typing.get_args(hint) or (Any,)
        item_origin = typing.get_origin(item) or item
        if attrs.has(item_origin) or typing.get_origin(item) in (typing.Union, type(int | None)):
            return item
    return None


_VAGUE = frozenset({"values"})
"""Child collections whose own name says too little to name a table."""


def _singular(name: str) -> str:
    irregular = {"glossary": "glossary_entry", "series": "series"}
    if name in irregular:
        return irregular[name]
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def _add(
    found: dict[str, Table],
    name: str,
    item_type: Any,
    keyed: list[tuple[dict[str, int], Any]],
    parent_key: tuple[str, ...],
    parent: str | None,
) -> None:
    """Add the table of ``keyed`` items, then the tables of their collections."""
    if parent is not None and (name in found or name in _VAGUE):
        name = f"{_singular(parent)}_{name}"
    key = f"{_singular(name)}_id"
    columns = tuple(
        Column(k, "integer", description="position in its parent table")
        for k in (*parent_key, key)
    ) + columns_for(item_type, [item for _, item in keyed])
    rows: list[dict[str, Any]] = []
    children: dict[str, tuple[Any, list[tuple[dict[str, int], Any]]]] = {
        child: (child_type, []) for child, child_type in _collection_fields(item_type)
    }
    for keys, item in _positions(keyed, key):
        row = {**keys}
        row.update((column.name, column.read(item)) for column in columns[len(keys) :])
        rows.append(row)
        for child, (_, child_keyed) in children.items():
            child_keyed.extend(
                (keys, child_item) for child_item in getattr(item, child, None) or ()
            )
    found[name] = Table(
        name,
        columns,
        tuple(rows),
        (*parent_key, key),
        ((parent_key, parent),) if parent else (),
    )
    for child, (child_type, child_keyed) in children.items():
        _add(found, child, child_type, child_keyed, (*parent_key, key), name)


def _positions(
    keyed: list[tuple[dict[str, int], Any]], key: str
) -> Iterator[tuple[dict[str, int], Any]]:
    """Each item with its parent's keys and its own position among its siblings."""
    counters: dict[tuple[int, ...], int] = {}
    for keys, item in keyed:
        siblings = tuple(keys.values())
        position = counters.get(siblings, 0)
        counters[siblings] = position + 1
        yield {**keys, key: position}, item

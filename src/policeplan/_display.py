"""Short text and HTML displays of documents, collections and model objects.

A document's ``repr`` is a one-line summary; a notebook shows its
``_repr_html_``: a card of its facts with each collection as a collapsible
table. A collection of model objects is a table of its first rows and its
count. Every text from a source is escaped before it reaches the HTML.

Only the standard library and attrs are used here, so that a display never
needs an optional package.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import html
import itertools
from collections.abc import Collection, Iterable
from typing import Any, NamedTuple

import attrs

from ._declare import is_items

__all__ = ["Summary", "card", "collection_html", "count", "document_html", "summary_repr"]

ROWS = 10
"""How many rows of a collection a table shows."""

CELL = 80
"""The longest text a table cell shows before it is cut with "…"."""

FACT = 400
"""The longest text a card shows for one fact or one list item."""

STYLE = """<style>
.pp-repr { font-family: var(--jp-content-font-family, sans-serif); font-size: 13px;
  line-height: 1.4; max-width: 100%; overflow-x: auto; }
.pp-repr .pp-head { font-weight: 600; margin: 0.2em 0 0.4em; }
.pp-repr .pp-type { color: #666; font-weight: 400; margin-right: 0.4em; }
.pp-repr dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em;
  margin: 0 0 0.4em; }
.pp-repr dt { color: #666; }
.pp-repr dd { margin: 0; }
.pp-repr details { margin: 0.2em 0; }
.pp-repr summary { cursor: pointer; color: #333; }
.pp-repr table { border-collapse: collapse; margin: 0.2em 0 0.4em; }
.pp-repr th, .pp-repr td { text-align: left; vertical-align: top; padding: 0.15em 0.6em;
  border-bottom: 1px solid #ddd; }
.pp-repr th { font-weight: 600; }
.pp-repr .pp-more { color: #666; font-style: italic; }
.pp-repr ul { margin: 0.2em 0; padding-left: 1.4em; }
</style>"""


class Summary(NamedTuple):
    """What a document's one-line summary says: title, when, whose, how much."""

    title: str
    when: str | None
    force: str | None
    counts: tuple[str, ...]


def count(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` with its noun, singular for one.

    Examples:
        >>> count(1, "target"), count(8, "priority", "priorities")
        ('1 target', '8 priorities')
    """
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut with "…" if longer than ``limit``.

    Examples:
        >>> shorten("To reduce the incidence of street crime", 20)
        'To reduce the incid…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def summary_repr(obj: object, summary: Summary) -> str:
    """A document's one-line ``repr``: type, title, when, force and counts.

    Examples:
        >>> summary_repr(object(), Summary("A plan", "2003/04", "MPS", ("2 targets",)))
        "<object 'A plan' 2003/04, MPS: 2 targets>"
    """
    where = ", ".join(filter(None, (summary.when, summary.force)))
    head = f"<{type(obj).__name__} {shorten(summary.title, 100)!r}"
    if where:
        head += f" {where}"
    return f"{head}: {', '.join(summary.counts)}>" if summary.counts else f"{head}>"


# Text of values -----------------------------------------------------------------


def _has_own_str(value: object) -> bool:
    return type(value).__str__ not in (object.__str__, enum.Enum.__str__)


def text_of(value: Any, depth: int = 0) -> str:
    """A short, readable text for any value of the model.

    Examples:
        >>> from policeplan import Grade, FindingKind
        >>> text_of(Grade.EXCELLENT), text_of(FindingKind.STRENGTH), text_of(None)
        ('Excellent', 'strength', '')
        >>> text_of(("a", "b")), text_of(True)
        ('a; b', 'yes')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        return str(value) if _has_own_str(value) else str(value.value)
    if isinstance(value, (int, float, decimal.Decimal)):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if is_items(value):
        if not value:
            return ""
        if depth > 0 or (len(value) > 3 and not all(isinstance(v, str) for v in value)):
            return count(len(value), "item")
        return "; ".join(text_of(item, depth + 1) for item in value)
    if attrs.has(type(value)):
        if _has_own_str(value):
            return str(value)
        for name in ("text", "title", "name", "label"):
            named = getattr(value, name, None)
            if isinstance(named, str):
                return named
        if depth > 1:
            return type(value).__name__
        parts = (text_of(getattr(value, f.name), depth + 1) for f in _fields(value))
        return ", ".join(part for part in parts if part)
    return str(value) if _has_own_str(value) else repr(value)


def _fields(obj: object) -> list[attrs.Attribute[Any]]:
    """The public fields a display shows: given to the constructor, not private."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(type(obj))  # type: ignore[arg-type]
    return [f for f in fields if f.init and not f.name.startswith("_")]


# HTML pieces --------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _wrap(body: str) -> str:
    return f'<div class="pp-repr">{STYLE}{body}</div>'


def _head(kind: str, heading: str) -> str:
    return (
        f'<div class="pp-head"><span class="pp-type">{_e(kind)}</span>'
        f"{_e(shorten(heading, FACT))}</div>"
    )


def _details(label: str, body: str, *, open_: bool = False) -> str:
    opened = " open" if open_ else ""
    return f"<details{opened}><summary>{_e(label)}</summary>{body}</details>"


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    items = "".join(
        f"<dt>{_e(name)}</dt><dd>{_e(shorten(text, FACT))}</dd>" for name, text in rows if text
    )
    return f"<dl>{items}</dl>" if items else ""


def _list(items: Collection[Any]) -> str:
    shown = "".join(
        f"<li>{_e(shorten(text_of(item), FACT))}</li>" for item in itertools.islice(items, ROWS)
    )
    more = len(items) - ROWS
    if more > 0:
        shown += f'<li class="pp-more">… {_e(count(more, "more item"))}</li>'
    return f"<ul>{shown}</ul>"


def _columns(items: Iterable[Any]) -> list[str]:
    names: dict[str, None] = {}
    for item in items:
        for field in _fields(item):
            names.setdefault(field.name, None)
    return list(names)


def _cell(item: Any, name: str) -> str:
    return shorten(text_of(getattr(item, name, None)), CELL)


def table(items: Collection[Any]) -> str:
    """The first rows of a collection as a table, with a last row saying how many more.

    Objects of attrs classes get a column per constructor field (columns
    empty in every row shown are left out); other items one column.
    """
    shown = list(itertools.islice(items, ROWS))
    if shown and all(attrs.has(type(item)) for item in shown):
        rows = [{name: _cell(item, name) for name in _columns(shown)} for item in shown]
        names = [name for name in _columns(shown) if any(row[name] for row in rows)]
    else:
        names = ["value"]
        rows = [{"value": shorten(text_of(item), CELL)} for item in shown]
    head = "".join(f"<th>{_e(name)}</th>" for name in names)
    body = "".join(
        "<tr>" + "".join(f"<td>{_e(row[name])}</td>" for name in names) + "</tr>" for row in rows
    )
    more = len(items) - len(shown)
    if more > 0:
        body += (
            f'<tr><td class="pp-more" colspan="{max(1, len(names))}">'
            f"… {_e(count(more, 'more row'))} of {len(items)}</td></tr>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _kind_of(items: Iterable[Any]) -> str:
    kinds = list(dict.fromkeys(type(item).__name__ for item in items))
    return kinds[0] if len(kinds) == 1 else "mixed"


def _collection_label(name: str, items: Collection[Any]) -> str:
    return f"{name} ({len(items)})"


def _is_collection(value: object) -> bool:
    return is_items(value) and not attrs.has(type(value))


def _sections(obj: object, skip: Iterable[str]) -> tuple[list[tuple[str, str]], str]:
    """The facts (one line each) and the collapsible collections of an object's fields."""
    facts: list[tuple[str, str]] = []
    blocks: list[str] = []
    skipped = set(skip)
    for field in _fields(obj):
        if field.name in skipped:
            continue
        value = getattr(obj, field.name)
        if _is_collection(value):
            if not value:
                continue
            if all(attrs.has(type(item)) for item in value):
                body = table(value)
            elif len(value) == 1 and len(text_of(value[0])) <= CELL:
                facts.append((field.name, text_of(value[0])))
                continue
            else:
                body = _list(value)
            label = _collection_label(field.name, value)
            blocks.append(_details(label, body, open_=len(value) <= 3))
        else:
            facts.append((field.name, text_of(value)))
    return facts, "".join(blocks)


# Whole displays -----------------------------------------------------------------


def card(obj: object, heading: str, extra: Iterable[tuple[str, str]] = ()) -> str:
    """An object's card: its heading, its facts, and each collection collapsible.

    ``extra`` adds facts that are not fields, such as a computed explanation.
    """
    facts, blocks = _sections(obj, ())
    body = _head(type(obj).__name__, heading) + _facts([*extra, *facts]) + blocks
    return _wrap(body)


def document_html(document: object, summary: Summary) -> str:
    """A document's card: the summary, its source, its facts, its collections."""
    source = getattr(document, "source", None)
    published = getattr(source, "published", None)
    origin = ", ".join(
        filter(None, (getattr(source, "title", None), getattr(source, "publisher", None)))
    )
    facts, blocks = _sections(document, ("source", "schema_version"))
    first = [
        ("when", summary.when or ""),
        ("force", summary.force or ""),
        ("source", f"{origin} ({published})" if published else origin),
        ("contents", ", ".join(summary.counts)),
    ]
    shown = [(name, text) for name, text in facts if name not in ("title", "force")]
    body = _head(type(document).__name__, summary.title) + _facts([*first, *shown]) + blocks
    return _wrap(body)


def collection_html(items: Collection[Any]) -> str:
    """A collection's table of its first rows, under a summary with its count."""
    if not items:
        return _wrap(_head(type(items).__name__, "empty"))
    label = f"{type(items).__name__}: {count(len(items), 'item')} ({_kind_of(items)})"
    if len(items) > ROWS:
        label += f", first {ROWS} shown"
    return _wrap(_details(label, table(items), open_=True))

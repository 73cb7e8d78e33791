"""Full-text search across the documents: their text, findings and every other text field.

```pycon
>>> import policeplan as pp
>>> hits = pp.search('"Operation Rainbow"')
>>> sorted({hit.dataset for hit in hits})
['hmic-inspection-2007', 'mps-plan-2003-04']
>>> note = hits.filter(lambda hit: isinstance(hit.item, pp.TextBlock) and hit.item.mark).first()
>>> note.dataset, note.item.mark, note.item.line, note.item.text
('mps-plan-2003-04', '⁶', 550, 'Operation Rainbow is a terrorism contingency plan')

```

Words must all occur in a hit's text, in any order and case, accents
ignored; words in double quotes must occur together, as a phrase. The index
is SQLite's FTS5, in memory, built once per set of datasets; where the
interpreter's SQLite lacks FTS5, a plain scan gives the same hits, ranked by
position.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import attrs

from . import datasets as _datasets
from .errors import NotFoundError, render_path, shown
from .query import Query, QueryError

__all__ = ["Hit", "search"]


class Hit(NamedTuple):
    """One place a search matched: the dataset, the object's path, a snippet, the object.

    ``path`` reads as in validation messages (``findings[12].text``);
    ``snippet`` is the text around the match with each matched word in
    ``[brackets]``; ``item`` is the object that holds the text (a
    `TextBlock`, a `Finding`, …).

    Examples:
        >>> hit = search("stunning step change", datasets=["hmic-baseline-2005"])[0]
        >>> hit.dataset, hit.field
        ('hmic-baseline-2005', 'text')
    """

    dataset: str
    path: str
    field: str
    snippet: str
    item: Any

    def __repr__(self) -> str:  # the item is shown by its own repr, when asked for
        return f"Hit({self.dataset!r}, {self.path!r}, {self.snippet!r})"


@attrs.frozen
class _Entry:
    dataset: str
    steps: tuple[str | int, ...]
    field: str
    text: str
    item: Any


def search(
    text: str, *, datasets: Iterable[str] | None = None, limit: int | None = None
) -> Query[Hit]:
    """The places in the datasets (all, or those named) where ``text`` is found, best first.

    Raises `QueryError` for a search with no words in it, and `NotFoundError`
    for an unknown dataset.

    Examples:
        >>> len(search("Operation Rainbow")) >= len(search('"Operation Rainbow"'))
        True
        >>> search("zebra crossings")
        Query()
    """
    terms = _terms(text)
    ids = tuple(dict.fromkeys(datasets)) if datasets is not None else _datasets.available()
    unknown = [dataset_id for dataset_id in ids if dataset_id not in _datasets.DATASETS]
    if unknown or not ids:
        raise NotFoundError(
            f"no dataset {shown(unknown[0]) if unknown else 'given'}; "
            f"available: {', '.join(_datasets.DATASETS)}"
        )
    if limit is not None and limit < 1:
        raise QueryError(f"limit must be at least 1, got {limit!r}")
    index = _index(ids)
    return Query(index.hits(terms, limit))


def _terms(text: str) -> list[tuple[str, ...]]:
    """The search's terms: each a word, or a quoted phrase as its words."""
    if not isinstance(text, str):
        raise QueryError(f"search text must be a string, got {type(text).__name__}")
    terms: list[tuple[str, ...]] = []
    for phrase, word in re.findall(r'"([^"]*)"?|(\S+)', text):
        words = tuple(_words(phrase if phrase or not word else word))
        if words:
            terms.append(words)
    if not terms:
        raise QueryError(f"nothing to search for in {text!r}: give a word or a quoted phrase")
    return terms


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
"""Footnote marks, printed against a word ("Rainbow⁶"): separators, not part of it."""


def _fold(text: str) -> str:
    spaced = text.translate({ord(mark): " " for mark in _SUPERSCRIPTS})
    decomposed = unicodedata.normalize("NFKD", spaced.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(text: str) -> list[str]:
    """Words as FTS5's ``unicode61`` tokenizer sees them: letters and digits, folded."""
    return re.findall(r"[^\W_]+", _fold(text))


def _entries(dataset_id: str) -> Iterator[_Entry]:
    document = _datasets.load(dataset_id)
    yield from _walk(dataset_id, document, ())


def _walk(dataset_id: str, value: Any, steps: tuple[str | int, ...]) -> Iterator[_Entry]:
    cls = type(value)
    if not attrs.has(cls):
        return
    for field in attrs.fields(cls):
        if not field.init or field.name.startswith("_"):
            continue
        member = getattr(value, field.name)
        here = (*steps, field.name)
        if isinstance(member, str):
            if member.strip():
                yield _Entry(dataset_id, here, field.name, member, value)
        elif isinstance(member, (tuple, Query)):
            for position, item in enumerate(member):
                if isinstance(item, str):
                    if item.strip():
                        yield _Entry(dataset_id, (*here, position), field.name, item, value)
                else:
                    yield from _walk(dataset_id, item, (*here, position))
        else:
            yield from _walk(dataset_id, member, here)


class _Index:
    """The entries of some datasets, searchable; FTS5 where SQLite has it."""

    def __init__(self, entries: list[_Entry]) -> None:
        self.entries = entries
        self.db = _fts(entries) if _fts5_available() else None
        self.words = [] if self.db is not None else [_words(entry.text) for entry in entries]

    def hits(self, terms: list[tuple[str, ...]], limit: int | None) -> Iterator[Hit]:
        if self.db is None:
            found: Iterable[tuple[int, str]] = self._scan(terms)
        else:
            match = " ".join('"' + " ".join(words) + '"' for words in terms)
            found = self.db.execute(
                "select rowid, snippet(entries, 0, '[', ']', '…', 16) from entries "
                "where entries match ? order by rank",
                (match,),
            )
        for count, (rowid, snippet) in enumerate(found, start=1):
            entry = self.entries[rowid - 1]
            yield Hit(
                dataset=entry.dataset,
                path=render_path(entry.steps),
                field=entry.field,
                snippet=snippet,
                item=entry.item,
            )
            if limit is not None and count >= limit:
                return

    def _scan(self, terms: list[tuple[str, ...]]) -> Iterator[tuple[int, str]]:
        for rowid, (entry, words) in enumerate(zip(self.entries, self.words, strict=True), 1):
            if all(_find(words, term) is not None for term in terms):
                yield rowid, _snippet(entry.text, terms)


def _find(words: list[str], term: tuple[str, ...]) -> int | None:
    size = len(term)
    if term[0] not in words:
        return None
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == term:
            return start
    return None


def _snippet(text: str, terms: list[tuple[str, ...]]) -> str:
    """The text with the words searched for in brackets, cut to 200 characters around
    the first of them (as FTS5's snippet shows the words found)."""
    wanted = {word for term in terms for word in term}
    marked = re.sub(
        r"[^\W_]+", lambda m: f"[{m.group()}]" if _fold(m.group()) in wanted else m.group(), text
    )
    if len(marked) <= 200:
        return marked
    start = max(0, min(marked.find("[") - 60, len(marked) - 199))
    head = "…" if start else ""
    body = marked[start : start + 199 - len(head)]
    tail = "…" if start + len(body) < len(marked) else ""
    return head + body + tail


def _fts(entries: list[_Entry]) -> Any:
    import sqlite3

    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute(
        "create virtual table entries using fts5(text, tokenize="
        f"\"unicode61 remove_diacritics 2 separators '{_SUPERSCRIPTS}'\")"
    )
    db.executemany(
        "insert into entries(rowid, text) values (?, ?)",
        ((rowid, entry.text) for rowid, entry in enumerate(entries, start=1)),
    )
    return db


@functools.cache
def _fts5_available() -> bool:
    """Whether this interpreter's SQLite has the FTS5 extension."""
    import sqlite3

    try:
        sqlite3.connect(":memory:").execute("create virtual table probe using fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


@functools.cache
def _index(dataset_ids: tuple[str, ...]) -> _Index:
    return _Index([entry for dataset_id in dataset_ids for entry in _entries(dataset_id)])

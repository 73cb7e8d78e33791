"""Query collections: immutable, typed sequences with composable operations.

Every collection a document returns is a `Query`. It is a tuple, so
``len``, iteration, indexing and equality with a tuple of the same items all
behave as expected, and it adds filtering, ordering, grouping and counting.

```pycon
>>> import policeplan as pp
>>> base = pp.datasets.load("hmic-baseline-2005")
>>> roads = base.judgements_for("Roads Policing").where(grade=pp.Grade.EXCELLENT)
>>> sorted(roads.values("force"))[:3]
['Avon and Somerset', 'Hampshire', 'MPS']

```
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, SupportsIndex, TypeVar, Union, overload

import attrs

from . import _arrow, _flatten
from ._display import collection_html
from ._table import Table
from .errors import NotFoundError, PolicePlanError

__all__ = ["Query", "QueryError"]

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

Key = str | Callable[[Any], Any]
"""A field name or a function of an item."""


class QueryError(PolicePlanError, ValueError):
    """A query that cannot run: an unknown field, or ``one()`` without exactly one item."""


def _getter(key: Key, sample: object | None) -> Callable[[Any], Any]:
    if callable(key):
        return key
    if sample is not None and attrs.has(type(sample)):
        names = {field.name for field in attrs.fields(type(sample))}  # type: ignore[arg-type]
        if key not in names and not isinstance(getattr(type(sample), key, None), (property, str)):
            raise QueryError(
                f"{type(sample).__name__} has no field {key!r}; fields: {', '.join(sorted(names))}"
            )
    return lambda item: getattr(item, key)


class Query(tuple[T, ...]):
    """An immutable sequence of model objects with query operations.

    Examples:
        >>> q = Query([3, 1, 2])
        >>> q == (3, 1, 2), len(q), q[0]
        (True, 3, 3)
        >>> q.order_by(lambda n: n, descending=True)
        Query(3, 2, 1)
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Query[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Query[T]:
        if isinstance(index, slice):
            return Query(super().__getitem__(index))
        return super().__getitem__(index)

    def __repr__(self) -> str:
        if len(self) <= _SHOWN:
            return f"Query({', '.join(map(repr, self))})"
        shown = ", ".join(_short_repr(item) for item in self[:_SHOWN])
        return f"Query({shown}, … ({len(self)} items))"

    def _repr_html_(self) -> str:
        return collection_html(self)

    def _key(self, key: Key) -> Callable[[T], Any]:
        return _getter(key, self[0] if self else None)

    def where(self, **field_equals: Any) -> Query[T]:
        """Items whose fields equal the values given, e.g. ``where(grade=Grade.GOOD)``."""
        getters = [(self._key(name), value) for name, value in field_equals.items()]
        return Query(item for item in self if all(get(item) == value for get, value in getters))

    def filter(self, predicate: Callable[[T], bool]) -> Query[T]:
        """Items for which ``predicate`` is true."""
        return Query(item for item in self if predicate(item))

    def order_by(self, key: Key, *, descending: bool = False) -> Query[T]:
        """Items sorted by a field or function; ``None`` sorts last either way. Stable."""
        get = self._key(key)
        present = [item for item in self if get(item) is not None]
        absent = [item for item in self if get(item) is None]
        return Query([*sorted(present, key=get, reverse=descending), *absent])

    def group_by(self, key: Key) -> Mapping[Any, Query[T]]:
        """A read-only mapping of key → the items with that key, in first-seen order."""
        get = self._key(key)
        groups: dict[Any, list[T]] = {}
        for item in self:
            groups.setdefault(get(item), []).append(item)
        return MappingProxyType({k: Query(items) for k, items in groups.items()})

    def count_by(self, key: Key) -> Mapping[Any, int]:
        """A read-only mapping of key → how many items have it, in first-seen order."""
        return MappingProxyType({k: len(items) for k, items in self.group_by(key).items()})

    def values(self, key: Key) -> Query[Any]:
        """The value of a field or function for each item."""
        get = self._key(key)
        return Query(get(item) for item in self)

    def first(self) -> T:
        """The first item; `NotFoundError` if there is none."""
        if not self:
            raise NotFoundError("the query matched nothing")
        return self[0]

    def one(self) -> T:
        """The only item; `QueryError` if there are none or several."""
        if len(self) != 1:
            raise QueryError(f"expected exactly one item, found {len(self)}")
        return self[0]

    def to_records(self) -> list[dict[str, Any]]:
        """Flat dicts, one per item, for a DataFrame or a CSV writer.

        Columns follow the tables' rules (years as "2003/04", a quantity's unit
        beside its number, dotted names for nested objects, a target's
        ``kind``); columns empty in every item are left out. Lists of objects
        are not cells: `policeplan.tables` gives them tables of their own.
        """
        return self.to_table().to_records()

    def to_table(self, name: str = "items") -> Table:
        """The items as a `policeplan.Table`: typed columns, those empty in every item left out.

        A table, unlike the collection (a tuple), is taken whole by
        ``pl.DataFrame(t)``, ``pa.table(t)`` and DuckDB's ``select … from t``.
        """
        columns = self._columns()
        rows = [{column.name: column.read(item) for column in columns} for item in self]
        filled = tuple(c for c in columns if any(row[c.name] is not None for row in rows))
        kept = tuple({c.name: row[c.name] for c in filled} for row in rows)
        return Table(name, filled, kept, ())

    def to_arrow(self) -> Any:
        """The items as a `pyarrow.Table` with typed columns (the ``arrow`` extra)."""
        return self.to_table().to_arrow()

    def to_pandas(self) -> Any:
        """The items as a pandas DataFrame, grades as ordered categories (``pandas`` extra)."""
        return _arrow.to_pandas(self.to_arrow())

    def to_polars(self) -> Any:
        """The items as a polars DataFrame (the ``polars`` extra)."""
        return _arrow.to_polars(self.to_arrow())

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The Arrow PyCapsule stream interface, for readers that ask for it first.

        ``pa.RecordBatchReader.from_stream(q)`` reads it; constructors that
        take any tuple as rows (``pl.DataFrame``, ``pa.table``) read a
        collection item by item instead, so give them ``q.to_table()``.
        """
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def _columns(self) -> tuple[_flatten.Column, ...]:
        kinds = list(dict.fromkeys(type(item) for item in self))
        if not kinds or not all(attrs.has(kind) for kind in kinds):
            return (_flatten.Column("value", "string", lambda item: item),)
        item_type = kinds[0] if len(kinds) == 1 else Union[tuple(kinds)]  # noqa: UP007
        return _flatten.columns_for(item_type, list(self))


def query(items: Iterable[Any]) -> Query[Any]:
    """The converter that makes a model field a `Query`.

    It takes ``Iterable[Any]`` because type checkers cannot solve a generic
    converter; the field itself is typed ``Query[Item]``.
    """
    return items if isinstance(items, Query) else Query(items)


def collection(**options: Any) -> Any:
    """A model field holding a `Query`, empty by default."""
    return attrs.field(default=Query(), converter=query, **options)


_SHOWN = 5
"""How many items the ``repr`` of a longer collection shows."""


def _short_repr(item: object, limit: int = 150) -> str:
    """An item's ``repr``, cut with "…" if longer than ``limit``."""
    text = repr(item)
    return text if len(text) <= limit else text[: limit - 1] + "…"

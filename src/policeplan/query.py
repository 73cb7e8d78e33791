"""Query collections: immutable, typed sequences with composable operations.

Every collection a document returns is a `Query`: immutable, with ``len``,
iteration, indexing, slicing, ``in``, ``reversed`` and equality with a tuple
of the same items, plus filtering, ordering, grouping and counting.

It is deliberately not a tuple. Dataframe libraries and DuckDB read any tuple
row by row, but read a `Query` whole through its Arrow stream, with typed
columns: ``pl.DataFrame(q)``, ``pa.table(q)`` and ``duckdb.sql("select … from
q")`` all work. Where a tuple is wanted, ``tuple(q)`` gives one.

```pycon
>>> import policeplan as pp
>>> base = pp.datasets.load("hmic-baseline-2005")
>>> roads = base.judgements_for("Roads Policing").where(grade=pp.Grade.EXCELLENT)
>>> sorted(roads.values("force"))[:3]
['Avon and Somerset', 'Hampshire', 'MPS']

```
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping, Reversible
from types import MappingProxyType
from typing import Any, SupportsIndex, TypeVar, Union, overload

import attrs

from . import _arrow, _flatten
from ._declare import ItemSequence
from ._display import collection_html
from ._table import Table
from ._validate import is_collection
from .errors import NotFoundError, PolicePlanError, shown
from .periods import FinancialYear

__all__ = ["Query", "QueryError"]

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

Key = str | Callable[[Any], Any]
"""A field name or a function of an item."""


class QueryError(PolicePlanError, ValueError):
    """A query that cannot run: an unknown field, or ``one()`` without exactly one item."""


def _getter(key: Key, kinds: Iterable[type]) -> Callable[[Any], Any]:
    """How to read ``key`` from items of the given classes; every one must have the field."""
    if callable(key):
        return key
    if not isinstance(key, str):
        raise QueryError(f"a field is named by text or given as a function, got {shown(key)}")
    for kind in kinds:
        if not attrs.has(kind):
            continue
        names = {field.name for field in attrs.fields(kind)}
        if key not in names and not isinstance(getattr(kind, key, None), (property, str)):
            raise QueryError(
                f"{kind.__name__} has no field {key!r}; fields: {', '.join(sorted(names))}"
            )
    return lambda item: getattr(item, key)


class Query(ItemSequence, Collection[T], Reversible[T]):
    """An immutable sequence of model objects with query operations.

    Examples:
        >>> q = Query([3, 1, 2])
        >>> q == (3, 1, 2), len(q), q[0], 2 in q
        (True, 3, 3, True)
        >>> q.order_by(lambda n: n, descending=True)
        Query(3, 2, 1)
    """

    __slots__ = ("_items",)
    _items: tuple[T, ...]

    def __init__(self, items: Iterable[T] = ()) -> None:
        object.__setattr__(self, "_items", tuple(items))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Query is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Query is immutable; cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[Query[T]], tuple[tuple[T, ...]]]:
        return (Query, (self._items,))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __reversed__(self) -> Iterator[T]:
        return reversed(self._items)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Query):
            return self._items == other._items
        if isinstance(other, tuple):
            return self._items == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._items)

    def __add__(self, other: Iterable[T]) -> Query[T]:
        if not isinstance(other, (Query, tuple)):
            return NotImplemented
        return Query((*self._items, *other))

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Query[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Query[T]:
        if isinstance(index, slice):
            return Query(self._items[index])
        return self._items[index]

    def index(self, item: object) -> int:
        """The position of the first item equal to ``item``; ``ValueError`` if none is."""
        return self._items.index(item)

    def count(self, item: object) -> int:
        """How many items equal ``item``; `count_by` counts by a field."""
        return self._items.count(item)

    def __repr__(self) -> str:
        if len(self) <= _SHOWN:
            return f"Query({', '.join(map(repr, self))})"
        shown = ", ".join(_short_repr(item) for item in self[:_SHOWN])
        return f"Query({shown}, … ({len(self)} items))"

    def _repr_html_(self) -> str:
        return collection_html(self)

    def _key(self, key: Key) -> Callable[[T], Any]:
        return _getter(key, dict.fromkeys(type(item) for item in self._items))

    def where(self, **field_equals: Any) -> Query[T]:
        """Items whose fields equal the values given, e.g. ``where(grade=Grade.GOOD)``."""
        getters = [(self._key(name), value) for name, value in field_equals.items()]
        return Query(item for item in self if all(get(item) == value for get, value in getters))

    def filter(self, predicate: Callable[[T], bool]) -> Query[T]:
        """Items for which ``predicate`` is true."""
        if not callable(predicate):
            raise QueryError(f"filter takes a function of an item, got {shown(predicate)}")
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
        are not cells: `pp.tables` gives them tables of their own.
        """
        return self.to_table().to_records()

    def to_table(self, name: str = "items") -> Table:
        """The items as a `policeplan.Table`: typed columns, those empty in every item left out.

        The collection itself is read the same way by ``pl.DataFrame(q)``,
        ``pa.table(q)`` and DuckDB's ``select … from q``; the table also gives
        its column declarations and ``to_records``.
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
        """The Arrow PyCapsule stream interface: the items as `to_arrow` gives them.

        It is how ``pl.DataFrame(q)``, ``pa.table(q)``, DuckDB and any other
        reader of the interface take the collection whole, with typed columns.
        """
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def _columns(self) -> tuple[_flatten.Column, ...]:
        kinds = list(dict.fromkeys(type(item) for item in self))
        if not kinds or not all(attrs.has(kind) and kind is not FinancialYear for kind in kinds):
            return (_flatten.value_column(kinds),)
        item_type = kinds[0] if len(kinds) == 1 else Union[tuple(kinds)]  # noqa: UP007
        return _flatten.columns_for(item_type, list(self))


def query(items: Iterable[Any]) -> Query[Any]:
    """The converter that makes a model field a `Query`.

    It takes ``Iterable[Any]`` because type checkers cannot solve a generic
    converter; the field itself is typed ``Query[Item]``.
    """
    if isinstance(items, Query):
        return items
    if not is_collection(items):
        return items  # type: ignore[return-value]  # the field's type check reports it
    return Query(items)


def collection(**options: Any) -> Any:
    """A model field holding a `Query`, empty by default."""
    return attrs.field(default=Query(), converter=query, **options)


_SHOWN = 5
"""How many items the ``repr`` of a longer collection shows."""


def _short_repr(item: object, limit: int = 150) -> str:
    """An item's ``repr``, cut with "…" if longer than ``limit``."""
    text = repr(item)
    return text if len(text) <= limit else text[: limit - 1] + "…"

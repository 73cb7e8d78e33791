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

import enum
import json
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, SupportsIndex, TypeVar, overload

import attrs

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
        if key not in names and not isinstance(getattr(type(sample), key, None), property):
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
        return f"Query({', '.join(map(repr, self))})"

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
        """Flat dicts, one per item, with dotted column names (``figure.value.value``).

        Every record has every column, so the list suits a DataFrame or a CSV
        writer; nested collections become JSON text.
        """
        records = [_flatten(item) for item in self]
        columns = list(dict.fromkeys(column for record in records for column in record))
        return [{column: record.get(column) for column in columns} for record in records]


def _scalar(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _flatten(item: Any, prefix: str = "") -> dict[str, Any]:
    if not attrs.has(type(item)):
        return {prefix or "value": _scalar(item)}
    record: dict[str, Any] = {}
    for field in attrs.fields(type(item)):
        if not field.init:
            continue
        name = f"{prefix}{field.name}"
        value = getattr(item, field.name)
        if attrs.has(type(value)):
            record.update(_flatten(value, f"{name}."))
        elif isinstance(value, tuple):
            record[name] = _collection(value)
        else:
            record[name] = _scalar(value)
    return record


def _collection(items: tuple[Any, ...]) -> Any:
    if not items:
        return None
    if all(not attrs.has(type(item)) for item in items):
        return "; ".join(str(_scalar(item)) for item in items)
    from .convert import to_dict  # the converter imports the model; import on use

    return json.dumps(to_dict(items), ensure_ascii=False)


def query(items: Iterable[Any]) -> Query[Any]:
    """The converter that makes a model field a `Query`.

    It takes ``Iterable[Any]`` because type checkers cannot solve a generic
    converter; the field itself is typed ``Query[Item]``.
    """
    return items if isinstance(items, Query) else Query(items)


def collection(**options: Any) -> Any:
    """A model field holding a `Query`, empty by default."""
    return attrs.field(default=Query(), converter=query, **options)

"""Arrow, pandas and polars output, each an optional extra imported only when used."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ._flatten import Column
from ._optional import require

__all__ = ["table", "to_pandas", "to_polars"]


def optional(module: str) -> Any:
    """Import an optional dependency, or say which extra installs it."""
    return require(module)


def _arrow_type(pa: Any, column: Column) -> Any:
    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
    }.get(column.kind)


def _array(pa: Any, column: Column, values: Sequence[Any]) -> Any:
    if column.kind != "category":
        return pa.array(values, type=_arrow_type(pa, column))
    categories = list(column.categories)
    position = {value: index for index, value in enumerate(categories)}
    indices = pa.array([position.get(v) if v is not None else None for v in values], pa.int32())
    return pa.DictionaryArray.from_arrays(
        indices, pa.array(categories, pa.string()), ordered=column.ordered
    )


def table(columns: Iterable[Column], rows: Sequence[dict[str, Any]]) -> Any:
    """Rows of flat columns as a `pyarrow.Table`, each column typed as declared."""
    pa = optional("pyarrow")
    from .versioning import SCHEMA_VERSION

    columns = list(columns)
    arrays = [_array(pa, column, [row.get(column.name) for row in rows]) for column in columns]
    schema = pa.schema(
        [pa.field(column.name, array.type) for column, array in zip(columns, arrays, strict=True)],
        metadata={"policeplan.schema_version": str(SCHEMA_VERSION)},
    )
    return pa.Table.from_arrays(arrays, schema=schema)


def to_pandas(arrow_table: Any) -> Any:
    optional("pandas")
    return arrow_table.to_pandas()


def to_polars(arrow_table: Any) -> Any:
    polars = optional("polars")
    return polars.from_arrow(arrow_table)

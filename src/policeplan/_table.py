"""A flat table of typed columns, with its keys, and its way into Arrow and dataframes."""

from __future__ import annotations

from typing import Any

from . import _arrow
from ._flatten import Column

__all__ = ["Table"]


class Table:
    """One tidy table: its name, typed columns, rows, and the keys that link it.

    ``primary_key`` names the columns that identify a row; ``foreign_keys``
    pairs this table's key columns with the parent table they point at. A
    table is a view for output, not part of the model: it has no JSON form.
    """

    __slots__ = ("columns", "foreign_keys", "name", "primary_key", "rows")

    def __init__(
        self,
        name: str,
        columns: tuple[Column, ...],
        rows: tuple[dict[str, Any], ...],
        primary_key: tuple[str, ...],
        foreign_keys: tuple[tuple[tuple[str, ...], str], ...] = (),
    ) -> None:
        self.name = name
        self.columns = columns
        self.rows = rows
        self.primary_key = primary_key
        self.foreign_keys = foreign_keys

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"<Table {self.name!r}: {len(self.rows)} rows × {len(self.columns)} columns>"

    def to_records(self) -> list[dict[str, Any]]:
        """The rows as plain dicts, one per row, every column in every row."""
        return [dict(row) for row in self.rows]

    def to_arrow(self) -> Any:
        """The table as a `pyarrow.Table` (the ``arrow`` extra)."""
        return _arrow.table(self.columns, self.rows)

    def to_pandas(self) -> Any:
        """The table as a pandas DataFrame, grades as ordered categories (``pandas`` extra)."""
        return _arrow.to_pandas(self.to_arrow())

    def to_polars(self) -> Any:
        """The table as a polars DataFrame (the ``polars`` extra)."""
        return _arrow.to_polars(self.to_arrow())

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The Arrow PyCapsule stream interface: ``pl.DataFrame(t)``, ``pa.table(t)``, DuckDB."""
        return self.to_arrow().__arrow_c_stream__(requested_schema)

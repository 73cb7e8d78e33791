"""Export a document's tables: CSV files, a Frictionless Data Package, or Parquet.

Every format comes from the same table declarations (`pp.tables`):
the Data Package's Table Schemas, with their primary and foreign keys, and
the Parquet files' Arrow schemas are written from the tables' typed columns.

Examples:
    >>> import tempfile, pathlib
    >>> import policeplan as pp
    >>> with tempfile.TemporaryDirectory() as directory:
    ...     written = export_datapackage(pp.datasets.load("mpa-improvement-plan-2007"), directory)
    ...     sorted(path.name for path in written)[:3]
    ['datapackage.json', 'framework_status_counts.csv', 'frameworks.csv']
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import _arrow
from ._flatten import Column
from ._table import Table
from ._tables import tables
from .versioning import SCHEMA_VERSION

__all__ = ["FORMATS", "export", "export_csv", "export_datapackage", "export_parquet"]

FORMATS = ("csv", "datapackage", "parquet")

_FIELD_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
    "list": "array",
    "category": "string",
}


def export(document: Any, directory: str | Path, format: str) -> list[Path]:
    """Write a document's tables to ``directory`` in one of `FORMATS`; the paths written."""
    if format == "csv":
        return export_csv(document, directory)
    if format == "datapackage":
        return export_datapackage(document, directory)
    if format == "parquet":
        return export_parquet([document], directory)
    raise ValueError(f"no export format {format!r}; choose one of {', '.join(FORMATS)}")


def _cell(column: Column, value: Any) -> Any:
    if value is None:
        return ""
    if column.kind == "list":
        return json.dumps(value, ensure_ascii=False)  # Table Schema's "array": JSON text
    if column.kind == "boolean":
        return "true" if value else "false"
    if column.kind == "number":
        return repr(value)
    return value


def _write_csv(table: Table, path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow([column.name for column in table.columns])
        for row in table.rows:
            writer.writerow([_cell(column, row[column.name]) for column in table.columns])
    return path


def export_csv(document: Any, directory: str | Path) -> list[Path]:
    """One UTF-8 CSV file per table, named after it; empty cells are missing values."""
    return _write_tables(tables(document), Path(directory))


def _write_tables(named: dict[str, Table], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [_write_csv(table, folder / f"{name}.csv") for name, table in named.items()]


def _resource_name(table_name: str) -> str:
    """A Data Package resource name: lower case, with hyphens rather than underscores."""
    return table_name.replace("_", "-")


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": _FIELD_TYPES[column.kind]}
    if column.description:
        field["description"] = column.description
    if column.kind == "category":
        field["constraints"] = {"enum": list(column.categories)}
        if column.ordered:
            field["description"] = f"ordered from worst to best: {', '.join(column.categories)}"
    return field


def _resource(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fields),
                "reference": {"resource": _resource_name(parent), "fields": list(fields)},
            }
            for fields, parent in table.foreign_keys
        ]
    return {
        "name": _resource_name(table.name),
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def export_datapackage(document: Any, directory: str | Path) -> list[Path]:
    """CSV files and a ``datapackage.json`` describing them (Frictionless Data Package)."""
    folder = Path(directory)
    named = tables(document)  # built once: the CSV files and their descriptions share it
    written = _write_tables(named, folder)
    resources = [_resource(table) for table in named.values()]
    package = {
        "profile": "tabular-data-package",
        "name": str(type(document).document_type),
        "title": document.source.title,
        "policeplan": {"schema_version": SCHEMA_VERSION},
        "resources": resources,
    }
    descriptor = folder / "datapackage.json"
    descriptor.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return [descriptor, *written]


def _document_columns(document: Any) -> dict[str, str | None]:
    """What names a document in a dataset of many: its type, title, year and force."""
    year = getattr(document, "year", None) or getattr(document, "period", None)
    if year is not None and not hasattr(year, "start_year"):
        year = year.financial_year  # a period within one financial year, or None
    return {
        "document_type": str(type(document).document_type),
        "document": document.source.title,
        "document_year": None if year is None else str(year),
        "document_force": getattr(document, "force", None),
    }


def _same_order(pa: Any, pieces: list[Any]) -> list[Any]:
    """The pieces of one table, a category ordered in some and not in others unordered in all.

    A category column of either scale is ordered in a document whose rows use
    one scale, and unordered in one whose rows hold no value to tell the scale
    by; Arrow merges no ordered dictionary with an unordered one.
    """
    unordered = {
        field.name
        for piece in pieces
        for field in piece.schema
        if pa.types.is_dictionary(field.type) and not field.type.ordered
    }
    same: list[Any] = []
    for piece in pieces:
        for index, field in enumerate(piece.schema):
            if field.name in unordered and field.type.ordered:
                loose = pa.dictionary(field.type.index_type, field.type.value_type, ordered=False)
                piece = piece.set_column(
                    index, field.with_type(loose), piece.column(index).cast(loose)
                )
        same.append(piece)
    return same


def export_parquet(
    documents: Iterable[Any],
    directory: str | Path,
    partition_by: Sequence[str] = ("document_type",),
) -> list[Path]:
    """Each table as a Parquet dataset ``directory/<table>/``, Hive-partitioned.

    Every row gains columns naming its document (``document_type``,
    ``document``, the source's title, ``document_year`` and
    ``document_force``) so that many documents share one dataset;
    ``partition_by`` names the columns that become ``column=value`` folders. The Arrow schema keeps
    each column's type and carries ``policeplan.schema_version``.
    """
    pa = _arrow.optional("pyarrow")
    dataset = _arrow.optional("pyarrow.dataset")
    folder = Path(directory)
    parts: dict[str, list[Any]] = {}
    for document in documents:
        for name, table in tables(document).items():
            arrow_table = table.to_arrow()
            count = arrow_table.num_rows
            for column, value in _document_columns(document).items():
                arrow_table = arrow_table.append_column(
                    column, pa.array([value] * count, pa.string())
                )
            parts.setdefault(name, []).append(arrow_table)
    written: list[Path] = []
    for name, pieces in parts.items():
        combined = pa.concat_tables(_same_order(pa, pieces), promote_options="permissive")
        target = folder / name
        dataset.write_dataset(
            combined,
            target,
            format="parquet",
            partitioning=list(partition_by),
            partitioning_flavor="hive",
            existing_data_behavior="overwrite_or_ignore",
        )
        written.append(target)
    return written

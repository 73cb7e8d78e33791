"""Read any policeplan document file and get the right class back.

Examples:
    >>> import policeplan as pp
    >>> text = pp.to_json(pp.datasets.load("mpa-improvement-plan-2007"))
    >>> type(pp.read(text)).__name__
    'ImprovementPlan'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Union

import attrs

from . import _declare
from .baseline import BaselineAssessment
from .convert import _read_json
from .errors import Issue, ValidationError, shown
from .improvement import ImprovementPlan
from .inspection import Inspection
from .plan import PolicingPlan

__all__ = ["DOCUMENT_TYPES", "Document", "read"]

Document = Union[PolicingPlan, BaselineAssessment, Inspection, ImprovementPlan]  # noqa: UP007
"""Any of the document classes."""

DOCUMENT_TYPES: dict[str, type[Any]] = {
    _declare.tag_of(cls)[1]: cls  # type: ignore[index]
    for cls in (PolicingPlan, BaselineAssessment, Inspection, ImprovementPlan)
}
"""The ``document_type`` each document's JSON names → its class."""


def read(source: str | bytes | os.PathLike[str]) -> Document:
    """A document from a file path, or from JSON text or bytes.

    Text whose first character (after white space) is ``{`` is read as JSON;
    other text is a path. The class is the one the ``document_type`` key
    names; a file written before that key existed is recognised by its
    fields, when they fit one document class only. Anything wrong raises `ValidationError`.
    """
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and not source.lstrip().startswith("{")
    ):
        try:
            source = Path(source).read_bytes()
        except OSError as err:
            raise ValidationError(
                [Issue("", "unreadable-file", f"cannot read {shown(str(source))}: {err.strerror}")]
            ) from None
    document: Document = _read_json(source, "document", _document_class, Document)
    return document


def _document_class(data: Any) -> type[Any]:
    allowed = ", ".join(repr(name) for name in DOCUMENT_TYPES)
    if not isinstance(data, dict):
        raise ValidationError(
            [Issue("", "wrong-type", f"expected a document object, got {shown(data)}")],
            type_name="document",
        )
    named = data.get("document_type")
    if named is None:
        fitting = [
            cls
            for cls in DOCUMENT_TYPES.values()
            if _keys(cls, required=True) <= data.keys() <= _keys(cls) | {"schema_version"}
        ]
        if len(fitting) == 1:
            return fitting[0]
        message = f"the document does not say its document_type: one of {allowed}"
        raise ValidationError([Issue("document_type", "missing-field", message)])
    cls = DOCUMENT_TYPES.get(named) if isinstance(named, str) else None
    if cls is None:
        message = f"{shown(named)} is not a document_type; expected one of {allowed}"
        raise ValidationError([Issue("document_type", "invalid-enum", message)])
    return cls


def _keys(cls: type[Any], *, required: bool = False) -> set[str]:
    """The keys a document class reads: all of them, or those it requires."""
    return {
        a.alias or a.name
        for a in attrs.fields(cls)
        if a.init and (a.default is attrs.NOTHING or not required)
    }

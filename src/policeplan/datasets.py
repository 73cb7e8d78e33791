"""The published documents shipped with policeplan, ready to query.

Each dataset is the canonical JSON of one document, stored as package data
and read through the same validation as user data, once per process.

Examples:
    >>> import policeplan as pp
    >>> "mps-plan-2003-04" in pp.datasets.available()
    True
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Literal, overload

from .baseline import BaselineAssessment
from .convert import from_json
from .errors import NotFoundError, shown
from .improvement import ImprovementPlan
from .inspection import Inspection
from .plan import PolicingPlan
from .reader import Document

__all__ = ["DATASETS", "SOURCES", "available", "load"]

DATASETS: dict[str, type[Document]] = {
    "mps-plan-2003-04": PolicingPlan,
    "hmic-baseline-2005": BaselineAssessment,
    "hmic-inspection-2007": Inspection,
    "hmic-inspection-2008": Inspection,
    "mpa-improvement-plan-2007": ImprovementPlan,
}
"""Dataset id → the document class it loads as."""

SOURCES: dict[str, str] = {
    "hmic-baseline-2005": "000",
    "mps-plan-2003-04": "001",
    "hmic-inspection-2008": "002",
    "hmic-inspection-2007": "003",
    "mpa-improvement-plan-2007": "004",
}
"""Dataset id → the number of the source text it transcribes (``sources/NNN_*.txt``)."""


def available() -> tuple[str, ...]:
    """The ids of the embedded datasets."""
    return tuple(DATASETS)


@overload
def load(dataset_id: Literal["mps-plan-2003-04"]) -> PolicingPlan: ...
@overload
def load(dataset_id: Literal["hmic-baseline-2005"]) -> BaselineAssessment: ...
@overload
def load(dataset_id: Literal["hmic-inspection-2007", "hmic-inspection-2008"]) -> Inspection: ...
@overload
def load(dataset_id: Literal["mpa-improvement-plan-2007"]) -> ImprovementPlan: ...
@overload
def load(dataset_id: str) -> Document: ...
def load(dataset_id: str) -> Document:
    """Load an embedded dataset by id; the same object is returned every time.

    Examples:
        >>> import policeplan as pp
        >>> str(pp.datasets.load("mps-plan-2003-04").period)
        '2003/04'
    """
    if dataset_id not in DATASETS:
        raise NotFoundError(f"no dataset {shown(dataset_id)}; available: {', '.join(DATASETS)}")
    return _load(dataset_id)


@functools.cache
def _load(dataset_id: str) -> Document:
    data = resources.files("policeplan").joinpath("data").joinpath(f"{dataset_id}.json")
    # As bytes: the reader takes UTF-8 as it is, and need not encode text again.
    document: Document = from_json(DATASETS[dataset_id], data.read_bytes())
    return document

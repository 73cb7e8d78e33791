"""The published documents shipped with policeplan, ready to query.

Each dataset is the canonical JSON of one document, stored as package data
and read through the same validation as user data, once per process.

>>> import policeplan as pp
>>> "mps-plan-2003-04" in pp.datasets.available()
True
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from .baseline import BaselineAssessment
from .convert import from_json
from .errors import NotFoundError
from .improvement import ImprovementPlan
from .inspection import Inspection
from .plan import PolicingPlan

__all__ = ["DATASETS", "available", "load"]

DATASETS: dict[str, type[Any]] = {
    "mps-plan-2003-04": PolicingPlan,
    "hmic-baseline-2005": BaselineAssessment,
    "hmic-inspection-2007": Inspection,
    "hmic-inspection-2008": Inspection,
    "mpa-improvement-plan-2007": ImprovementPlan,
}
"""Dataset id → the document class it loads as."""


def available() -> tuple[str, ...]:
    """The ids of the embedded datasets."""
    return tuple(DATASETS)


@functools.cache
def load(dataset_id: str) -> Any:
    """Load an embedded dataset by id; the same object is returned every time.

    >>> import policeplan as pp
    >>> str(pp.datasets.load("mps-plan-2003-04").period)
    '2003/04'
    """
    try:
        cls = DATASETS[dataset_id]
    except KeyError:
        raise NotFoundError(
            f"no dataset {dataset_id!r}; available: {', '.join(DATASETS)}"
        ) from None
    data = resources.files("policeplan").joinpath("data").joinpath(f"{dataset_id}.json")
    text = data.read_text("utf-8")
    return from_json(cls, text)

"""The library's strategies, under the names the tests use.

They live in ``policeplan.strategies``. Some tests take a strategy where the
library offers a function that returns one; those names are the strategies.
"""

from __future__ import annotations

from policeplan import strategies as _library
from policeplan.strategies import DOCUMENTS, PARTS, baseline_assessments, inspections

__all__ = [
    "DOCUMENTS",
    "PARTS",
    "baseline_assessments",
    "improvement_plans",
    "inspections",
    "observations",
    "policing_plans",
    "targets",
]

policing_plans = _library.policing_plans()
improvement_plans = _library.improvement_plans()
observations = _library.observations()
targets = _library.targets()

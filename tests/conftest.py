"""Hypothesis profiles: ``ci`` (the default, fast) and ``thorough`` (run by name).

HYPOTHESIS_PROFILE=thorough nox -s tests
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Snippets that mypy checks (tests/test_typing.py); they are not for running.
collect_ignore = ["typing"]


@pytest.fixture(autouse=True)
def _caches_cleared_under_mutation() -> None:
    """In a mutation run (``nox -s mutate``) each test computes what policeplan caches,
    so that a mutant in cached code is what the test sees, and mutmut learns which
    tests reach that code."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        from policeplan import _flatten, fulltext

        _flatten.columns_of.cache_clear()
        fulltext._index.cache_clear()

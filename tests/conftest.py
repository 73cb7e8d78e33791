"""Hypothesis profiles: ``ci`` (the default, fast) and ``thorough`` (run by name).

HYPOTHESIS_PROFILE=thorough nox -s tests
"""

from __future__ import annotations

import os

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

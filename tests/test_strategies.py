"""The public strategies: st.from_type knows every model class, and hypothesis stays optional."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policeplan as pp
from policeplan import strategies

MODEL_CLASSES = [
    obj for name in pp.__all__ if isinstance(obj := getattr(pp, name), type) and attrs.has(obj)
]
"""Every public attrs class."""

GENERIC_FORMS = [
    pytest.param(pp.Figure[pp.Quantity], id="Figure[Quantity]"),
    pytest.param(pp.Figure[pp.Rank], id="Figure[Rank]"),
    pytest.param(pp.Target, id="Target"),
    pytest.param(pp.Document, id="Document"),
]
"""Parametrised classes and unions, which st.from_type resolves through their members."""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter, warnings as errors, hypothesis plugins allowed."""
    env = {key: value for key, value in os.environ.items() if key != "HYPOTHESIS_NO_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(
    "cls", [pytest.param(cls, id=cls.__name__) for cls in MODEL_CLASSES] + GENERIC_FORMS
)
@given(data=st.data())
def test_from_type_draws_objects_that_round_trip(cls: Any, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert pp.from_json(cls, pp.to_json(obj)) == obj


@given(figure=st.from_type(pp.Figure[pp.Rank]))
def test_a_figure_holds_values_of_its_type_argument(figure: pp.Figure[pp.Rank]) -> None:
    assert figure.value is None or isinstance(figure.value, pp.Rank)


@given(figure=st.from_type(pp.Figure))
def test_a_bare_figure_holds_no_value(figure: pp.Figure[Any]) -> None:
    # Read back without its type argument, a figure's value could not be typed.
    assert figure.value is None
    assert figure.missing is not None


def test_every_model_class_has_its_own_strategy() -> None:
    # Without one, st.from_type would fall back to builds(), which ignores the invariants.
    registered = {*strategies._BUILDERS, pp.Figure}
    assert registered == set(MODEL_CLASSES)


def test_every_public_name_is_a_strategy_or_builds_one() -> None:
    for name in strategies.__all__:
        value = getattr(strategies, name)
        if name in {"DOCUMENTS", "PARTS"}:
            assert all(isinstance(s, st.SearchStrategy) for s in value.values())
        else:
            assert isinstance(value(), st.SearchStrategy), name


def test_importing_policeplan_does_not_import_hypothesis() -> None:
    result = _run("import sys, policeplan; print('hypothesis' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_entry_point_is_declared() -> None:
    (entry,) = [
        e for e in importlib.metadata.entry_points(group="hypothesis") if e.name == "policeplan"
    ]
    assert entry.module == "policeplan.strategies"
    assert entry.load() is strategies._hypothesis_setup_hook


@pytest.mark.parametrize(
    "first",
    ["import hypothesis", "import policeplan.strategies", "import policeplan; import hypothesis"],
)
def test_from_type_works_whatever_is_imported_first(first: str) -> None:
    result = _run(
        f"{first}\n"
        "import policeplan as pp\n"
        "from hypothesis import given, settings, strategies as st\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(pp.Rank))\n"
        "def check(rank):\n"
        "    assert 1 <= rank.position <= rank.out_of\n"
        "check()\n"
    )
    assert result.returncode == 0, result.stderr


def test_without_hypothesis_the_import_error_names_the_extra() -> None:
    result = _run(
        "import sys\n"
        "sys.modules['hypothesis'] = None  # as if it were not installed\n"
        "import policeplan.strategies\n"
    )
    assert "ImportError" in result.stderr
    assert "policeplan with its [hypothesis] extra" in result.stderr

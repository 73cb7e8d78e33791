"""The msgspec path (the ``[fast]`` extra) writes exactly what the standard path writes.

Each test runs the same call with the accelerator on and off and compares.
msgspec is a test dependency, so both paths run in every test session; the
extras session checks that policeplan works without it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from importlib import resources
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policeplan as pp
from policeplan import _fastjson, strategies

R = TypeVar("R")


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    yield
    _fastjson.ENABLED = True


def both(call: Callable[[], R]) -> tuple[R | Exception, R | Exception]:
    """What ``call`` gives (or raises) with msgspec, then with the standard library alone."""
    results: list[Any] = []
    for enabled in (True, False):
        _fastjson.ENABLED = enabled
        try:
            results.append(call())
        except Exception as err:  # compared below
            results.append(err)
    _fastjson.ENABLED = True
    return results[0], results[1]


def same(call: Callable[[], Any]) -> Any:
    fast, plain = both(call)
    if isinstance(plain, Exception):
        assert type(fast) is type(plain)
        assert str(fast) == str(plain)
        if isinstance(plain, pp.ValidationError):
            assert fast.issues == plain.issues  # type: ignore[union-attr]
    else:
        assert repr(fast) == repr(plain)  # NaN included, which equals nothing
        assert fast == plain or "NaN" in repr(plain)
    return plain


def shipped(dataset_id: str) -> bytes:
    return resources.files("policeplan").joinpath("data", f"{dataset_id}.json").read_bytes()


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
@pytest.mark.parametrize("indent", [None, 1, 2, 4])
def test_every_dataset_is_written_the_same_either_way(dataset_id: str, indent: int | None) -> None:
    document = pp.datasets.load(dataset_id)
    text = same(lambda: pp.to_json(document, indent=indent))
    assert ("\n" in text) is (indent is not None)
    if indent == 1:
        assert (text + "\n").encode() == shipped(dataset_id)


@pytest.mark.parametrize("number", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Inf")])
def test_a_number_json_cannot_hold_is_refused_either_way(number: Any) -> None:
    figure = pp.Figure(text="n/a", value=number)
    error = same(lambda: pp.to_json(figure))
    assert isinstance(error, ValueError)
    assert "JSON has no such number" in str(error)


@pytest.mark.parametrize("number", [1e16, 1e-5, -2.5e-300, 0.1, 123456789012345.6, -0.0])
def test_a_float_held_by_a_model_is_written_the_same_either_way(number: float) -> None:
    figure = pp.Figure(text="x", value=number)
    text = same(lambda: pp.to_json(figure))
    assert json.loads(text)["value"] == number


def test_a_lone_surrogate_is_refused_either_way() -> None:
    figure = pp.Figure(text="ok", value={"note": "\ud800"})
    error = same(lambda: pp.to_json(figure))
    assert isinstance(error, ValueError)
    assert "lone surrogate" in str(error)


def test_indent_zero_puts_each_item_on_a_line_either_way() -> None:
    text = same(lambda: pp.to_json(pp.Rank(position=5, out_of=43), indent=0))
    assert text == '{\n"position": 5,\n"out_of": 43\n}'


def test_plain_data_is_written_by_the_standard_library() -> None:
    data = {1: 0.5, "b": [True, None]}
    assert same(lambda: pp.to_json(data)) == json.dumps(data, ensure_ascii=False)


def test_without_msgspec_policeplan_takes_the_standard_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fastjson._codec.cache_clear()
    try:
        with monkeypatch.context() as patched:
            patched.setitem(sys.modules, "msgspec", None)  # its import fails
            assert _fastjson.write({}, None) is None
            assert pp.to_json(pp.Rank(position=1, out_of=2)) == '{"position": 1, "out_of": 2}'
    finally:
        _fastjson._codec.cache_clear()
    assert _fastjson.write({}, None) == "{}"


@settings(max_examples=60, deadline=None)
@given(document=st.one_of(*strategies.DOCUMENTS.values()), indent=st.sampled_from([None, 2]))
def test_generated_documents_are_written_the_same_either_way(
    document: Any, indent: int | None
) -> None:
    text = same(lambda: pp.to_json(document, indent=indent))
    assert pp.read(text) == document


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
def test_any_text_value_is_written_the_same_either_way(text: str) -> None:
    same(lambda: pp.to_json(pp.Figure(text="x", value=text)))

"""Every document and part survives dict and JSON round trips unchanged."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import policeplan as pp

from .strategies import DOCUMENTS, PARTS

TAGS = {"kind", "document_type"}
"""Keys that say which class an object is; a wrong or missing tag is tested on its own."""


@pytest.mark.parametrize("cls", list(DOCUMENTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_documents_round_trip_through_dict_and_json(cls: type[Any], data: st.DataObject) -> None:
    document = data.draw(DOCUMENTS[cls])
    as_dict = pp.to_dict(document)
    assert pp.from_dict(cls, as_dict) == document
    assert pp.from_json(cls, pp.to_json(document)) == document
    # JSON-native: every leaf is a JSON value, numbers included, and the
    # standard library reads the text back to the same data, digit for digit.
    native = (str, int, float, bool, Decimal, type(None))
    assert all(isinstance(leaf, (dict, list, *native)) for _, leaf in _walk(as_dict))
    assert json.loads(pp.to_json(document), parse_float=Decimal) == _exact(as_dict)


@pytest.mark.parametrize("cls", list(PARTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_parts_round_trip_on_their_own(cls: type[Any], data: st.DataObject) -> None:
    part = data.draw(PARTS[cls])
    assert pp.from_json(type(part), pp.to_json(part)) == part


@given(document=DOCUMENTS[pp.PolicingPlan])
def test_serialized_form_is_deterministic(document: pp.PolicingPlan) -> None:
    copy = pp.from_json(pp.PolicingPlan, pp.to_json(document))
    assert pp.to_json(copy) == pp.to_json(document)


def _exact(data: Any) -> Any:
    """``data`` with floats as the decimals they print as."""
    if isinstance(data, dict):
        return {key: _exact(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_exact(value) for value in data]
    return Decimal(repr(data)) if isinstance(data, float) else data


def _walk(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) inside JSON-native data."""
    found = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_walk(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_walk(value, (*path, index)))
    return found


def _dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else f".{step}"
    return text.removeprefix(".")


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


@pytest.mark.parametrize("cls", list(DOCUMENTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_an_unknown_key_anywhere_is_reported_at_its_path(
    cls: type[Any], data: st.DataObject
) -> None:
    as_dict = pp.to_dict(data.draw(DOCUMENTS[cls]))
    objects = [(path, value) for path, value in _walk(as_dict) if isinstance(value, dict)]
    path, target = data.draw(st.sampled_from(objects))
    target["zz_unknown"] = 1
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(cls, as_dict)
    assert (_dotted((*path, "zz_unknown")), "unknown-field") in {
        (issue.path, issue.code) for issue in caught.value.issues
    }


@pytest.mark.parametrize("cls", list(DOCUMENTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_a_value_of_the_wrong_type_is_reported_at_its_path(
    cls: type[Any], data: st.DataObject
) -> None:
    as_dict = pp.to_dict(data.draw(DOCUMENTS[cls]))
    leaves = [
        (path, value)
        for path, value in _walk(as_dict)
        if path and not isinstance(value, (dict, list)) and path[-1] not in TAGS
    ]
    path, value = data.draw(st.sampled_from(leaves))
    # A list is never valid where a scalar stands.
    _at(as_dict, path[:-1])[path[-1]] = [value]
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(cls, as_dict)
    assert (_dotted(path), "wrong-type") in {
        (issue.path, issue.code) for issue in caught.value.issues
    }


@pytest.mark.parametrize("cls", list(DOCUMENTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_a_removed_required_field_is_reported_at_its_path(
    cls: type[Any], data: st.DataObject
) -> None:
    as_dict = pp.to_dict(data.draw(DOCUMENTS[cls]))
    fields = [
        (path, key)
        for path, value in _walk(as_dict)
        if isinstance(value, dict)
        for key in value
        if key not in TAGS
    ]
    path, key = data.draw(st.sampled_from(fields))
    _at(as_dict, path).pop(key)
    issues = _issues(cls, as_dict)
    if issues:
        # The problem is reported on the object that lost the field: at the
        # field itself, or at a sibling whose invariant needed it; or, when the
        # field was a framework's key, where a judgement still refers to it.
        assert any(
            issue.path == _dotted((*path, key))
            or issue.path.rpartition(".")[0] == _dotted(path)
            or issue.code == "unknown-reference"
            for issue in issues
        ), issues


def _issues(cls: type[Any], data: Any) -> tuple[pp.Issue, ...]:
    """The issues ``from_dict`` reports, or none if it accepts the data."""
    try:
        pp.from_dict(cls, data)
    except pp.ValidationError as err:
        return err.issues
    return ()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize("cls", [*DOCUMENTS, pp.Objective, pp.Quantity, pp.Rank, pp.Period])
@given(junk=json_values)
def test_junk_input_raises_only_validation_error(cls: type[Any], junk: Any) -> None:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(cls, junk)
    assert caught.value.issues

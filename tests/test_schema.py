"""The generated JSON Schema agrees with policeplan, checked by the jsonschema package."""

from __future__ import annotations

import functools
import json
import math
import random
import sys
from decimal import Decimal
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policeplan as pp

from . import fuzzing
from .strategies import DOCUMENTS

SCHEMA_CODES = {
    "missing-field",
    "unknown-field",
    "wrong-type",
    "invalid-enum",
    "invalid-date",
    "invalid-period",
}
"""The refusals a JSON Schema can express; the schema must refuse these too."""


def _expressible(issue: pp.Issue) -> bool:
    """Whether the schema can see the problem: JSON Schema cannot compare two dates."""
    return issue.code in SCHEMA_CODES and not issue.message.startswith("period ends")


@functools.cache
def _validator(cls: Any) -> jsonschema.Draft202012Validator:
    schema = pp.json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _schema_accepts(cls: Any, data: Any) -> bool:
    # jsonschema prints the instance into its messages, past the interpreter's digit limit.
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return _validator(cls).is_valid(data)
    finally:
        sys.set_int_max_str_digits(limit)


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_every_shipped_dataset_validates(dataset_id: str) -> None:
    document = pp.datasets.load(dataset_id)
    text = resources.files("policeplan").joinpath("data", f"{dataset_id}.json").read_text("utf-8")
    errors = list(_validator(type(document)).iter_errors(json.loads(text)))
    assert errors == []


@pytest.mark.parametrize("cls", list(DOCUMENTS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_every_generated_document_validates(cls: type[Any], data: st.DataObject) -> None:
    document = data.draw(DOCUMENTS[cls])
    assert list(_validator(cls).iter_errors(json.loads(pp.to_json(document)))) == []


def _integral_float_where_a_whole_number_belongs(issues: tuple[pp.Issue, ...], data: Any) -> bool:
    """JSON Schema cannot tell 1.0 from 1; policeplan refuses 1.0 for a whole number."""

    def floats(value: Any) -> bool:
        if isinstance(value, float):
            return value.is_integer()
        if isinstance(value, dict):
            return any(floats(item) for item in value.values())
        if isinstance(value, list):
            return any(floats(item) for item in value)
        return False

    return floats(data) and any(issue.code == "wrong-type" for issue in issues)


def _finite(data: Any) -> bool:
    """Whether every number is finite: NaN and infinity are not JSON at all."""
    if isinstance(data, (float, Decimal)):
        return bool(data.is_finite()) if isinstance(data, Decimal) else math.isfinite(data)
    if isinstance(data, dict):
        return all(_finite(item) for item in data.values())
    if isinstance(data, list):
        return all(_finite(item) for item in data)
    return True


def _refusal(cls: Any, data: Any) -> tuple[pp.Issue, ...] | None:
    """The issues policeplan reports for ``data``, or ``None`` if it reads it."""
    try:
        pp.from_dict(cls, data)
    except pp.ValidationError as err:
        return err.issues
    return None


def test_schema_and_reader_agree_on_mutated_input() -> None:
    rng = random.Random(5)
    samples = fuzzing.samples()
    compared = {"accepted": 0, "refused": 0}
    for _ in range(3000):
        cls, data = rng.choice(samples)
        mutated = fuzzing.mutate(data, rng)
        if not _finite(mutated):
            continue
        issues = _refusal(cls, mutated)
        if issues is None:
            assert _schema_accepts(cls, mutated), (cls, mutated)
            compared["accepted"] += 1
        elif all(_expressible(issue) for issue in issues) and not (
            _integral_float_where_a_whole_number_belongs(issues, mutated)
        ):
            assert not _schema_accepts(cls, mutated), (cls, issues, mutated)
            compared["refused"] += 1
    assert compared["accepted"] > 300
    assert compared["refused"] > 1000


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (pp.Rank, {"position": 9}),
        (pp.Rank, {"position": 9, "out_of": 43, "colour": "red"}),
        (pp.Rank, {"position": "9", "out_of": 43}),
        (pp.Quantity, {"value": 83, "unit": "Percent"}),
        (pp.Source, {"title": "t", "publisher": "p", "date": "2004-02-30"}),
        (pp.Source, {"title": "t", "publisher": "p", "date": "2004-W13-3"}),
        (pp.Review, {"year": "2003/05", "category": "c", "title": "t"}),
        (pp.Review, {"year": "2999/00", "category": "c", "title": "t"}),
        (pp.Target, {"text": "up", "direction": "increase"}),
        (pp.Target, {"kind": "hope", "text": "up", "direction": "increase"}),
        (pp.Domain, {"number": 8, "name": "n"}),
        (pp.Domain, {"number": 1, "name": "n", "ppaf_code": "C"}),
        (pp.Priority, {"group": "for-londoners", "letter": "E", "title": "t"}),
        (pp.Objective, {"number": 1, "title": " "}),
        (pp.Objective, {"number": 1, "title": "t", "key_activities": [""]}),
    ],
)
def test_schema_refuses_what_policeplan_refuses(cls: Any, data: Any) -> None:
    with pytest.raises(pp.ValidationError):
        pp.from_dict(cls, data)
    assert not _schema_accepts(cls, data)


def test_every_year_the_model_allows_matches_the_schema_pattern() -> None:
    for start in (1900, 1999, 2003, 2099, 2998):
        assert _schema_accepts(pp.FinancialYear, str(pp.FinancialYear(start)))
    for text in ("1899/00", "2999/00", "2003/4", "2003/05", " 2003/04"):
        assert not _schema_accepts(pp.FinancialYear, text)


@pytest.mark.parametrize("document_type", ["policing-plan", "baseline-assessment", "inspection",
                                           "improvement-plan"])  # fmt: skip
def test_the_shipped_schema_files_are_the_generated_ones(document_type: str) -> None:
    cls = pp.reader.DOCUMENT_TYPES[document_type]
    shipped = resources.files("policeplan").joinpath("schemas", f"{document_type}.schema.json")
    assert shipped.read_text("utf-8") == pp.schema.schema_text(cls), (
        "the shipped schema is stale: run python tools/write_schemas.py"
    )


def test_a_schema_says_what_it_describes() -> None:
    schema = pp.json_schema(pp.PolicingPlan)
    assert schema["title"] == "PolicingPlan"
    assert schema["description"].startswith("A policing and performance plan")
    assert schema["additionalProperties"] is False
    assert schema["properties"]["document_type"] == {"const": "policing-plan"}
    assert schema["properties"]["schema_version"]["const"] == pp.SCHEMA_VERSION
    target = schema["$defs"]["Target"]
    kinds = [branch["allOf"][0]["$ref"] for branch in target["oneOf"]]
    assert kinds == [
        "#/$defs/LevelTarget",
        "#/$defs/ChangeTarget",
        "#/$defs/DirectionTarget",
        "#/$defs/MilestoneTarget",
        "#/$defs/FromToTarget",
    ]
    grade = pp.json_schema(pp.Judgement)["properties"]["grade"]["anyOf"][0]["enum"]
    assert grade == ["excellent", "good", "fair", "poor", "exceeding", "meeting", "failing"]


def test_a_schema_is_titled_by_its_class_and_written_as_readable_text() -> None:
    from policeplan.schema import schema_text

    assert pp.json_schema(pp.PolicingPlan)["title"] == "PolicingPlan"
    assert pp.json_schema(pp.Rank)["title"] == "Rank"
    text = schema_text(pp.PolicingPlan)
    assert "£" in text  # written as itself, not as an escape
    assert "\\u00a3" not in text
    assert json.loads(text) == pp.json_schema(pp.PolicingPlan)


def test_a_value_whose_type_is_not_given_may_only_be_null() -> None:
    value = pp.json_schema(pp.Figure)["properties"]["value"]
    assert {"type": "null", "description": "a value of a type not given"} in value["anyOf"]
    validator = jsonschema.Draft202012Validator(pp.json_schema(pp.Figure))
    assert validator.is_valid({"text": "*", "missing": "not-available"})
    assert not validator.is_valid({"text": "5", "value": 5})

"""The generated writers give exactly what a plain reading of the model's fields gives."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policeplan as pp
from policeplan import strategies
from policeplan.convert import _dump_decimal
from policeplan.periods import FinancialYear


def reference(value: Any) -> Any:
    """A model object as JSON-native data, read field by field without generated code."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return _dump_decimal(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, FinancialYear):
        return str(value)
    if isinstance(value, (tuple, pp.Query)):
        return [reference(item) for item in value]
    if not attrs.has(type(value)):
        return value
    data: dict[str, Any] = {}
    for name in ("document_type", "kind"):
        if name in type(value).__dict__ and isinstance(type(value).__dict__[name], str):
            data[name] = type(value).__dict__[name]
    fields = [f for f in attrs.fields(type(value)) if f.init]
    always = [f for f in fields if f.metadata.get("policeplan.always-written")]
    for field in always + [f for f in fields if f not in always]:
        held = getattr(value, field.alias or field.name)
        default = field.default
        if field not in always and default is not attrs.NOTHING:
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory(value) if default.takes_self else default.factory()
            if held == default:
                continue
        data[field.alias or field.name] = reference(held)
    return data


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_each_dataset_writes_back_its_shipped_file_byte_for_byte(dataset_id: str) -> None:
    shipped = resources.files("policeplan").joinpath("data", f"{dataset_id}.json")
    document = pp.datasets.load(dataset_id)
    assert pp.to_json(document, indent=1) + "\n" == shipped.read_text("utf-8")
    assert pp.to_dict(document) == reference(document)


@settings(max_examples=40, deadline=None)
@given(document=st.one_of(*strategies.DOCUMENTS.values()))
def test_generated_documents_write_as_the_plain_reading_does(document: Any) -> None:
    assert pp.to_dict(document) == reference(document)


def test_a_decimal_no_float_prints_exactly_is_written_digit_for_digit() -> None:
    figure = pp.Figure(text="0.70", value=pp.Quantity(Decimal("0.70"), pp.Unit.COUNT))
    assert pp.to_json(figure) == '{"text":"0.70","value":{"value":0.70,"unit":"count"}}'
    assert pp.to_json(figure, indent=1).splitlines()[1] == ' "text": "0.70",'

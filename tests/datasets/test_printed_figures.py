"""Every figure keeps the digits the source printed, trailing zeros included."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import attrs

import policeplan as pp

_PLAIN_NUMBER = re.compile(r"[-+]?[0-9][0-9,]*(\.[0-9]+)?%?")


def _figures(value: Any) -> list[pp.Figure[Any]]:
    if isinstance(value, (tuple, pp.Query)):
        return [figure for item in value for figure in _figures(item)]
    if not attrs.has(type(value)):
        return []
    found = [value] if isinstance(value, pp.Figure) else []
    for field in attrs.fields(type(value)):
        if field.init:
            found.extend(_figures(getattr(value, field.name)))
    return found


def test_the_msf_national_average_keeps_its_printed_zero() -> None:
    # seed 000 L1526: "Racially or religiously aggravated offences per 1000
    # population … 0.70 42 out of 42": the national average is printed 0.70.
    base = pp.datasets.load("hmic-baseline-2005")
    row = base.indicator_results.where(
        indicator="Racially or religiously aggravated offences per 1000 population"
    ).first()
    assert row.national_average is not None
    assert row.national_average.text == "0.70"
    assert str(row.national_average.value.value) == "0.70"
    assert '"value":0.70,' in pp.to_json(row.national_average)


def test_every_plain_number_figure_holds_exactly_its_printed_digits() -> None:
    checked = 0
    for dataset_id in pp.datasets.available():
        for figure in _figures(pp.datasets.load(dataset_id)):
            text = figure.text.strip()
            if figure.garbled or not isinstance(figure.value, pp.Quantity):
                continue
            if not _PLAIN_NUMBER.fullmatch(text):
                continue
            printed = Decimal(text.replace(",", "").rstrip("%"))
            assert figure.value.value.as_tuple() == printed.as_tuple(), (dataset_id, figure)
            checked += 1
    assert checked > 700

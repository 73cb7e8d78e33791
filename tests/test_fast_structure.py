"""The generated structuring code: its inline checks, what it remembers, and how it builds.

The fast path reads valid input without calling attrs' ``__init__``; these
tests hold each of its shortcuts to what it stands in for.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import inspect
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policeplan as pp
from policeplan import _codegen, _declare, _validate, figures, periods, quantities
from policeplan import text as text_module
from policeplan.convert import converter
from policeplan.errors import InvalidValueError
from policeplan.text import TextBlock

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**60), max_value=2**60),
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")).map(lambda text: " " + text),
    st.sampled_from(["", " ", "\t", "a\x00", "\ud800", "é", "\u2028x", "x\u2028"]),
    st.lists(st.one_of(st.text(max_size=5), st.sampled_from(["", " x", "\ud800"])), max_size=4),
    st.dates(),
    st.datetimes(),
)

VALIDATORS = [
    (_validate.text, (str,)),
    (_validate.optional_text, (str, type(None))),
    (_validate.plain_text, (str,)),
    (_validate.texts, (tuple,)),
    (_validate.at_least(0), (int, type(None))),
    (_validate.at_least(1), (int, type(None))),
    (_validate.between(1, 7), (int, type(None))),
    (_validate.between(1900, 2998), (int, type(None))),
    (_validate.day, (date,)),
    (_validate.optional_day, (date, type(None))),
]


def inline_passes(validator: Any, checked: Any, **fields: Any) -> bool:
    """What the inline form of ``validator`` says of ``checked`` in an object with ``fields``."""
    inline = _declare.inline_form(validator)
    assert inline is not None, f"{validator} has no inline form"
    expression, names = inline
    code = expression.format("checked", **{field: f"instance.{field}" for field in fields})
    scope = {"checked": checked, "instance": SimpleNamespace(**fields)}
    return bool(eval(code, dict(names), scope))


def validator_passes(validator: Any, checked: Any, **fields: Any) -> bool:
    instance = SimpleNamespace(**fields) if fields else None
    try:
        validator(instance, SimpleNamespace(name="field"), checked)
    except InvalidValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("validator", "kinds"), VALIDATORS, ids=lambda v: getattr(v, "__name__", "")
)
@given(value=VALUES)
def test_an_inline_check_passes_only_what_its_validator_passes(
    validator: Any, kinds: tuple[type, ...], value: Any
) -> None:
    value = tuple(value) if isinstance(value, list) else value
    if not isinstance(value, kinds) or isinstance(value, bool):
        return  # the field's type is read before its validator runs
    if tuple in kinds and not all(isinstance(item, str) for item in value):
        return
    if inline_passes(validator, value):
        assert validator_passes(validator, value)


@pytest.mark.parametrize(
    ("value", "passes", "inline"),
    [
        ("ok", True, True),
        ("é", True, True),
        ("a\x00", True, True),
        (" ok", True, False),  # doubted inline, passed by the validator
        ("\u2028x", True, False),
        ("", False, False),
        (" ", False, False),
        ("\ud800", False, False),
    ],
)
def test_the_text_check_inline_and_called(value: str, passes: bool, inline: bool) -> None:
    assert validator_passes(_validate.text, value) is passes
    assert inline_passes(_validate.text, value) is inline


@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.integers(),
        st.sampled_from(["83", "-17.6", "1e3"]),
    )
)
def test_the_inline_decimal_conversion_gives_what_the_converter_gives(value: Any) -> None:
    expression, names = _declare.inline_form(_validate.to_decimal)  # type: ignore[misc]
    converted = eval(expression.format("value"), dict(names), {"value": value})
    expected = _validate.to_decimal(value)
    assert type(converted) is Decimal
    assert converted == expected
    assert str(converted) == str(expected)


@given(
    kind=st.sampled_from(pp.BlockKind),
    line=st.integers(1, 5),
    last_line=st.integers(0, 6),
    mark=st.sampled_from([None, "1"]),
    cited_at=st.sampled_from([None, 3]),
)
def test_the_inline_checks_of_a_text_block_pass_only_what_its_validators_pass(
    kind: pp.BlockKind, line: int, last_line: int, mark: str | None, cited_at: int | None
) -> None:
    fields = {"kind": kind, "line": line, "last_line": last_line, "cited_at": cited_at}
    for validator, value in [
        (text_module._line_order, last_line),
        (text_module._footnote_fields, mark),
    ]:
        if inline_passes(validator, value, **fields, mark=mark):
            assert validator_passes(validator, value, **fields, mark=mark)
    valid = last_line >= line and (mark is None) == (kind is not pp.BlockKind.FOOTNOTE)
    valid = valid and (cited_at is None or mark is not None)
    assert inline_passes(text_module._line_order, last_line, **fields, mark=mark) is (
        last_line >= line
    )
    assert valid is (
        inline_passes(text_module._line_order, last_line, **fields, mark=mark)
        and inline_passes(text_module._footnote_fields, mark, **fields, mark=mark)
    )


@given(
    value=st.sampled_from([Decimal(-1), Decimal(0), Decimal("0.5")]),
    unit=st.sampled_from(pp.Unit),
    per=st.sampled_from([None, 1000]),
    base=st.sampled_from([None, "population"]),
)
def test_the_inline_checks_of_a_quantity_pass_only_what_its_validators_pass(
    value: Decimal, unit: pp.Unit, per: int | None, base: str | None
) -> None:
    fields = {"value": value, "unit": unit, "per": per, "base": base}
    checks = [
        (quantities._value_in_range, value),
        (quantities._rate_base, per),
        (quantities._rate_base, base),
    ]
    for validator, checked in checks:
        assert inline_passes(validator, checked, **fields) is validator_passes(
            validator, checked, **fields
        )


@given(
    value=st.sampled_from([None, pp.Quantity(1, pp.Unit.COUNT)]),
    missing=st.sampled_from([None, *figures.MissingReason]),
    start=st.dates(),
    end=st.dates(),
)
def test_the_inline_checks_of_figures_and_periods_pass_only_what_their_validators_pass(
    value: Any, missing: Any, start: Any, end: Any
) -> None:
    figure = {"value": value, "missing": missing}
    assert inline_passes(figures._value_or_reason, value, **figure) is validator_passes(
        figures._value_or_reason, value, **figure
    )
    assert inline_passes(periods._end_not_before_start, end, start=start) is validator_passes(
        periods._end_not_before_start, end, start=start
    )


def test_every_inline_form_is_a_validator_or_converter_of_the_model() -> None:
    for validator, _ in VALIDATORS:
        assert validator in _declare._INLINE
    assert _validate.to_decimal in _declare._INLINE


def test_a_remembered_value_does_not_let_a_bad_one_through() -> None:
    good = '{"start": "2004-04-01", "end": "2005-03-31"}'
    assert pp.from_json(pp.Period, good).end.year == 2005
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_json(pp.Period, '{"start": "2004-04-01", "end": "2005-02-30"}')
    assert [(issue.path, issue.code) for issue in caught.value.issues] == [("end", "invalid-date")]
    assert pp.from_json(pp.Period, good).start.month == 4


def test_remembered_text_is_checked_once_and_kept_as_plain_text() -> None:
    class Heading(str):
        pass

    data = {"kind": "heading", "path": ["Part", "Findings"], "text": "Findings", "line": 3}
    first = pp.from_dict(TextBlock, data)
    again = pp.from_dict(TextBlock, {**data, "path": [Heading("Part"), Heading("Findings")]})
    assert again.path == first.path == ("Part", "Findings")
    assert {type(part) for part in again.path} == {str}
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(TextBlock, {**data, "path": ["Part", ""]})
    assert [issue.path for issue in caught.value.issues] == ["path[1]"]


def test_a_memo_starts_afresh_when_full() -> None:
    memo = _codegen._Memo()
    for number in range(_codegen._Memo.LIMIT):
        memo.keep(number, number)
    assert len(memo) == _codegen._Memo.LIMIT
    assert memo.keep("one more", 1) == 1
    assert memo == {"one more": 1}


def test_plain_slotted_classes_are_built_without_their_init() -> None:
    assert _codegen.plain_slots(TextBlock)
    assert _codegen.plain_slots(pp.Figure)  # generic, yet its slots are plain
    assert not _codegen.plain_slots(pp.BaselineAssessment)  # a field not set by __init__
    source = inspect.getsource(converter.get_structure_hook(TextBlock))
    assert "new(cls)" in source
    assert "cls(" not in source.replace("new(cls)", "")
    document = inspect.getsource(converter.get_structure_hook(pp.BaselineAssessment))
    assert "obj = cls(" in document


def test_a_block_built_slot_by_slot_equals_one_built_by_init() -> None:
    data = {"kind": "footnote", "path": ["Notes"], "text": "See annex.", "line": 9, "mark": "1"}
    built = pp.from_dict(TextBlock, data)
    assert built == TextBlock(
        kind=pp.BlockKind.FOOTNOTE, path=("Notes",), text="See annex.", line=9, mark="1"
    )
    assert built.last_line == 9  # the default the class computes from line
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(TextBlock, {**data, "mark": None})  # a footnote needs its mark
    assert [issue.code for issue in caught.value.issues] == ["inconsistent"]


@pytest.mark.parametrize("text", ['{"position": 5, "out_of": 5}', '{"position": 6, "out_of": 5}'])
def test_reading_leaves_the_collector_as_it_found_it(text: str) -> None:
    assert gc.isenabled()
    with contextlib.suppress(pp.ValidationError):
        pp.from_json(pp.Rank, text)
    assert gc.isenabled()
    gc.disable()
    try:
        pp.from_json(pp.Rank, '{"position": 5, "out_of": 5}')
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_attrs_classes_outside_the_model_are_built_by_their_init() -> None:
    @attrs.frozen
    class Scaled:
        size: int

        def __attrs_post_init__(self) -> None:
            object.__setattr__(self, "size", self.size * 10)

    assert not _codegen.plain_slots(Scaled)
    assert pp.from_dict(Scaled, json.loads('{"size": 2}')).size == 20


def test_the_converter_imports_no_module_of_the_model() -> None:
    # Tags, unions of scales and text forms are declared on the model; the converter reads
    # the declarations and names no class of its own accord.
    source = Path(pp.convert.__file__).read_text(encoding="utf-8")
    imported = {
        node.module or ""
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.level == 1
    } | {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.level == 1 and not node.module
        for alias in node.names
    }
    infrastructure = {"", "_codegen", "_collector", "_declare", "_fastjson", "versioning"}
    assert imported <= infrastructure | {"errors", "query"}, imported
    assert pp.from_json(pp.FinancialYear, '"2003/04"') == pp.FinancialYear(2003)
    assert _declare.text_form_of(pp.FinancialYear) is not None
    assert _declare.text_form_of(pp.Period) is None


def test_what_only_claims_to_equal_a_remembered_text_is_not_taken_for_it() -> None:
    class Claims:
        """Equal to anything, hashed as a heading the reader has seen."""

        def __eq__(self, other: object) -> bool:
            return True

        def __hash__(self) -> int:
            return hash("Findings")

    data = {"kind": "heading", "path": ["Findings"], "text": "Findings", "line": 3}
    assert pp.from_dict(TextBlock, data).path == ("Findings",)  # now remembered
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(TextBlock, {**data, "path": [Claims()]})
    assert [issue.path for issue in caught.value.issues] == ["path[0]"]


def test_a_default_a_factory_makes_is_made_afresh_for_each_object() -> None:
    @attrs.frozen
    class Notes:
        title: str
        lines: list[str] = attrs.Factory(list)

    assert _codegen.plain_slots(Notes)
    first, second = (pp.from_dict(Notes, {"title": name}) for name in ("a", "b"))
    assert first.lines == second.lines == []
    assert first.lines is not second.lines


def test_two_inline_checks_of_a_class_may_not_give_one_name_two_meanings() -> None:
    def small(_: object, attribute: Any, value: int) -> None: ...
    def large(_: object, attribute: Any, value: int) -> None: ...

    _declare.inline(small, "{0} < limit", limit=10)
    _declare.inline(large, "{0} > limit", limit=1000)

    @attrs.frozen
    class Clash:
        low: int = attrs.field(validator=small)
        high: int = attrs.field(validator=large)

    with pytest.raises(TypeError, match="two inline checks of Clash use 'limit'"):
        pp.from_dict(Clash, {"low": 1, "high": 2000})
    assert _declare.inline_form(attrs.validators.and_(small)) is None  # none of its own
    assert _declare.inline_form({"not": "hashable"}) is None

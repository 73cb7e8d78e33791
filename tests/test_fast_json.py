"""The msgspec path (the ``[fast]`` extra) writes exactly what the standard path writes.

Each test runs the same call with the accelerator on and off and compares.
msgspec is a test dependency, so both paths run in every test session; the
extras session checks that policeplan works without it.
"""

from __future__ import annotations

import json
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from importlib import resources
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import policeplan as pp
from policeplan import _declare, _fastjson, _validate, strategies

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


def written_by_msgspec(obj: Any, indent: int | None = None) -> str:
    """``pp.to_json`` with msgspec, failing if it wrote through `to_dict` or ``json.dumps``."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the object was not written from msgspec Structs")

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(pp.convert, "to_dict", refuse)
        patched.setattr(pp.convert.json, "dumps", refuse)
        return pp.to_json(obj, indent=indent)


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_every_dataset_is_written_from_msgspec_structs(dataset_id: str) -> None:
    document = pp.datasets.load(dataset_id)
    assert written_by_msgspec(document, indent=1) + "\n" == shipped(dataset_id).decode()
    assert written_by_msgspec(document) == same(lambda: pp.to_json(document))
    _fastjson.ENABLED = False  # the standard library's path is told apart
    with pytest.raises(AssertionError, match="not written from msgspec Structs"):
        written_by_msgspec(document)


@settings(max_examples=40, deadline=None)
@given(document=st.one_of(*strategies.DOCUMENTS.values()))
def test_generated_documents_are_written_from_msgspec_structs(document: Any) -> None:
    assert written_by_msgspec(document) == same(lambda: pp.to_json(document))
    documents = (document, document)
    assert written_by_msgspec(documents) == same(lambda: pp.to_json(documents))


def test_writers_made_in_several_threads_at_once_write_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = [pp.datasets.load(dataset_id) for dataset_id in pp.datasets.available()]
    expected = [pp.to_json(document) for document in documents]
    # Every writer made afresh, threads switching as often as they can.
    monkeypatch.setattr(pp.convert, "_NATIVE", {})
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    results: list[list[str] | BaseException] = []

    def work() -> None:
        try:
            results.append([pp.to_json(document) for document in documents])
        except BaseException as err:  # reported below
            results.append(err)

    try:
        threads = [threading.Thread(target=work) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert results == [expected] * 6


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
    data = {"a": 0.5, "b": [True, None]}
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert same(lambda: pp.to_json(data)) == compact


class _Text(str):
    """Text of another class, as some libraries hand out."""


class _Whole(int):
    pass


class _Number(float):
    pass


class _Stamp(datetime):
    """A datetime of another class, as pandas' ``Timestamp`` is."""


RANK = pp.Rank(position=1, out_of=2)
UNWRITABLE = [
    ({1, 2}, "", "a value of type set", "policeplan writes model objects, text, numbers"),
    (b"x", "", "a value of type bytes", "policeplan writes model objects"),
    (object(), "", "a value of type object", "policeplan writes model objects"),
    (pp.Rank, "", "the class Rank", "give an object of it"),
    (
        datetime(2003, 5, 1, 9, 30),
        "",
        "a datetime 2003-05-01 09:30:00",
        "dates are written without a time; give its .date()",
    ),
    (_Stamp(2003, 5, 1), "", "a _Stamp 2003-05-01 00:00:00", "dates are written without"),
    ({1: "a"}, "", "the key 1 (int)", "object keys must be text"),
    ({"a": [RANK, {"b": (1, b"y")}]}, " at a[1].b[1]", "a value of type bytes", "policeplan"),
    ({"meta": {"a": 1, 2: "b"}}, " at meta", "the key 2 (int)", "object keys must be text"),
    (
        pp.Figure(text="x", value={"when": datetime(2003, 5, 1)}),
        " at value.when",
        "a datetime 2003-05-01 00:00:00",
        "dates are written",
    ),
    ([RANK, pp.Figure(text="x", value=(1, {2}))], " at [1].value[1]", "a value of type set", ""),
]


@pytest.mark.parametrize(("value", "at", "what", "why"), UNWRITABLE)
@pytest.mark.parametrize("write", [pp.to_json, pp.to_dict])
def test_what_json_cannot_hold_is_refused_where_it_is(
    write: Callable[[Any], Any], value: object, at: str, what: str, why: str
) -> None:
    # Before, to_dict handed these back as they were, to_json wrote an int key as text
    # (beside the same key as text: twice), and a datetime as its day.
    error = same(lambda: write(value))
    assert isinstance(error, TypeError)
    assert str(error).startswith(f"cannot write {what}{at}: {why}")


def test_data_holding_itself_is_refused_either_way() -> None:
    looped: list[Any] = [RANK]
    looped.append(looped)
    error = same(lambda: pp.to_json(looped))
    assert isinstance(error, ValueError)
    assert str(error) == "cannot write data nested this deeply, or that holds itself"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (_Text("a"), '"a"'),
        (_Whole(3), "3"),
        (_Number(0.5), "0.5"),
        (_Number(1e20), "1E+20"),
        (OrderedDict(a=[_Whole(1)]), '{"a":[1]}'),
        (pp.Figure(text="x", value={"k": _Text("v")}), '{"text":"x","value":{"k":"v"}}'),
    ],
)
def test_subclasses_of_json_native_classes_are_written_as_their_base(
    value: object, written: str
) -> None:
    assert same(lambda: pp.to_json(value)) == written
    assert json.loads(written) == json.loads(pp.to_json(pp.to_dict(value)))


def test_without_msgspec_policeplan_takes_the_standard_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fastjson._codec.cache_clear()
    try:
        with monkeypatch.context() as patched:
            patched.setitem(sys.modules, "msgspec", None)  # its import fails
            assert _fastjson.write({}, None) is None
            assert pp.to_json(pp.Rank(position=1, out_of=2)) == '{"position":1,"out_of":2}'
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


# -- reading ----------------------------------------------------------------------------------


def read_without_second_reading(monkeypatch: pytest.MonkeyPatch, text: str | bytes) -> Any:
    """``pp.read`` with msgspec, failing if the standard library had to read the text again."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the text was read again by the standard library")

    with monkeypatch.context() as patched:
        patched.setattr(pp.convert, "parse_json", refuse)
        return pp.read(text)


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_every_dataset_is_read_the_same_either_way(
    dataset_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = shipped(dataset_id)
    document = same(lambda: pp.read(text))
    assert read_without_second_reading(monkeypatch, text) == document
    assert read_without_second_reading(monkeypatch, text.decode()) == document


@settings(max_examples=30, deadline=None)
@given(document=st.one_of(*strategies.DOCUMENTS.values()), indent=st.sampled_from([None, 1]))
def test_generated_documents_are_read_the_same_either_way(
    document: Any, indent: int | None
) -> None:
    text = pp.to_json(document, indent=indent)
    assert same(lambda: pp.read(text)) == document
    assert same(lambda: pp.from_json(type(document), text.encode())) == document


def read_from_structs(monkeypatch: pytest.MonkeyPatch, read: Callable[[], R]) -> R:
    """``read()`` with msgspec, failing unless the objects were built from msgspec Structs:
    neither the standard library nor the converter reading plain data may read the text."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the text was not read as Structs")

    with monkeypatch.context() as patched:
        patched.setattr(pp.convert, "parse_json", refuse)
        patched.setattr(pp.convert._counting(), "structure", refuse)
        return read()


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_every_dataset_is_built_from_msgspec_structs(
    dataset_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = shipped(dataset_id)
    cls = pp.datasets.DATASETS[dataset_id]
    plain = pp.convert.from_dict(cls, pp.convert.parse_json(text))
    assert read_from_structs(monkeypatch, lambda: pp.from_json(cls, text)) == plain
    assert read_from_structs(monkeypatch, lambda: pp.read(text)) == plain


def keys_in(data: Any) -> int:
    """How many keys the objects in JSON-native data have between them."""
    if isinstance(data, dict):
        return len(data) + sum(map(keys_in, data.values()))
    if isinstance(data, list):
        return sum(map(keys_in, data))
    return 0


@settings(max_examples=30, deadline=None)
@given(document=st.one_of(*strategies.DOCUMENTS.values()))
def test_generated_documents_are_built_from_msgspec_structs(document: Any) -> None:
    text = pp.to_json(document)
    # A text such as '"path":":"' names fewer keys than it has '":', and is read again.
    assume(_fastjson.Keys(text.encode()).holds(keys_in(json.loads(text))))
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert read_from_structs(monkeypatch, lambda: pp.read(text)) == document


def test_a_list_of_documents_is_built_from_msgspec_structs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = tuple(pp.datasets.load(dataset_id) for dataset_id in pp.datasets.available())
    text = pp.to_json(documents)
    many = tuple[pp.Document, ...]
    read = read_from_structs(monkeypatch, lambda: pp.from_json(many, text))
    assert read == same(lambda: pp.from_json(many, text)) == documents
    twice = text.replace('"force":', '"force":"MPS","force":', 1)
    error = same(lambda: pp.from_json(tuple[pp.Document, ...], twice))
    assert isinstance(error, pp.ValidationError)
    assert [issue.code for issue in error.issues] == ["duplicate-key"]


def test_plain_data_that_the_fast_path_doubts_is_read_again_by_the_standard_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Not a model class nor a union of tagged ones: decoded as plain data and read by the
    # converter that tallies keys, whose doubt spoils the tally.
    declared = tuple[pp.Finding, ...] | None
    parsed = []
    monkeypatch.setattr(pp.convert, "parse_json", _counted(pp.convert.parse_json, parsed))
    for said, readings in (("x", 0), (" x", 1)):  # a text starting with a space is doubted
        parsed.clear()
        text = json.dumps([{"kind": "strength", "text": said}])
        read = pp.from_json(declared, text)
        assert read == (pp.Finding(kind=pp.FindingKind.STRENGTH, text=said),)
        assert len(parsed) == readings


def _counted(function: Callable[..., R], calls: list[object]) -> Callable[..., R]:
    def counted(*args: Any, **kwargs: Any) -> R:
        calls.append(args)
        return function(*args, **kwargs)

    return counted


def test_a_document_without_its_schema_version_is_built_from_msgspec_structs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A file from before the key existed is at version 1, which is the current one.
    assert pp.versioning.SCHEMA_VERSION == 1
    text = pp.to_json(pp.datasets.load("mpa-improvement-plan-2007"))
    unversioned = text.replace('"schema_version":1,', "", 1)
    assert unversioned != text
    read = read_from_structs(monkeypatch, lambda: pp.read(unversioned))
    assert read == same(lambda: pp.read(unversioned)) == pp.read(text)


def test_a_document_without_its_tag_is_read_the_same_either_way() -> None:
    # Read on its own, a document's Struct holds its tag as a field, counted only when there.
    text = pp.to_json(pp.datasets.load("mps-plan-2003-04"), indent=1)
    untagged = text.replace('"document_type": "policing-plan",', "", 1)
    assert untagged != text
    assert same(lambda: pp.from_json(pp.PolicingPlan, untagged)) == pp.read(text)
    # Had the absent tag been counted, it would make up for a key named twice.
    twice = untagged.replace('"force": ', '"force": "MPS", "force": ', 1)
    error = same(lambda: pp.from_json(pp.PolicingPlan, twice))
    assert isinstance(error, pp.ValidationError)
    assert [issue.code for issue in error.issues] == ["duplicate-key"]


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ('"kind": "level",', '"kind": "level", "kind": "level",', "duplicate-key"),
        ('"kind": "level",', '"kind": "levels",', "invalid-enum"),
        ('"kind": "level",', "", "missing-field"),
        ('"label": "2)",', '"label": "2)", "labels": "2)",', "unknown-field"),
        ('"document_type": "policing-plan",', '"document_type": "inspection",', None),
        ('"schema_version": 1,', '"schema_version": 0,', "out-of-range"),
    ],
)
def test_a_tagged_or_nested_object_gone_wrong_is_refused_either_way(
    old: str, new: str, code: str | None
) -> None:
    text = edited("mps-plan-2003-04", old, new)
    refused_the_same(lambda: pp.from_json(pp.PolicingPlan, text), code)
    refused_the_same(lambda: pp.read(text), code)


def edited(dataset_id: str, old: str, new: str) -> str:
    """A dataset's indented JSON with the first ``old`` replaced by ``new``."""
    text = pp.to_json(pp.datasets.load(dataset_id), indent=1)
    changed = text.replace(old, new, 1)
    assert changed != text
    return changed


def refused_the_same(read: Callable[[], Any], code: str | None) -> None:
    """``read()`` is refused alike either way, with an issue of ``code`` if one is given."""
    error = same(read)
    assert isinstance(error, pp.ValidationError)
    assert code is None or code in [issue.code for issue in error.issues]


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ('"line": 91,', '"line": 188.0,', "wrong-type"),
        ('"line": 91,', '"line": 9007199254740992,', "out-of-range"),
        ('"line": 91,', '"line": true,', "wrong-type"),
        ('"line": 91,', '"line": 0,', "out-of-range"),
        ('"tied": true', '"tied": 1', "wrong-type"),
        ('"tied": true', '"tied": null', "wrong-type"),
        ('"force": "MPS"', '"force": 7', "wrong-type"),
        ('"force": "MPS"', '"force": " "', "empty-text"),
        ('"force": "MPS"', '"force": null', "wrong-type"),
        ('"unit": "percent"', '"unit": "Percent"', "invalid-enum"),
        ('"unit": "percent"', '"unit": 1', "wrong-type"),
        ('"polarity": "higher-is-better"', '"polarity": null', None),
        ('"path": []', '"path": [1]', "wrong-type"),
        ('"path": []', '"path": [""]', "empty-text"),
        ('"path": []', '"path": "Summary"', "wrong-type"),
    ],
)
def test_a_value_msgspec_decodes_as_held_is_checked_the_same_either_way(
    old: str, new: str, code: str | None
) -> None:
    text = edited("hmic-baseline-2005", old, new)
    refused_the_same(lambda: pp.from_json(pp.BaselineAssessment, text), code)


def test_text_that_is_not_ascii_or_starts_with_space_is_built_from_structs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = pp.datasets.load("hmic-baseline-2005")
    text = pp.to_json(base, indent=1)
    edited = text.replace('"force": "MPS"', '"force": " Met \u00a3"', 1)
    edited = edited.replace('"path": []', '"path": ["\u00a3", " x"]', 1)
    assert edited != text
    read = read_from_structs(monkeypatch, lambda: pp.from_json(pp.BaselineAssessment, edited))
    assert read == same(lambda: pp.from_json(pp.BaselineAssessment, edited)) != base


def test_an_optional_list_of_objects_is_built_from_msgspec_structs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A finding's text that starts with a space is checked by its validator in full.
    finding = pp.Finding(kind=pp.FindingKind.STRENGTH, text=" 0")
    standard = pp.StandardAssessment(
        framework="1A", statement="0", summary_statements=(), areas_for_improvement=(finding,)
    )
    text = pp.to_json(standard)
    read = read_from_structs(monkeypatch, lambda: pp.from_json(pp.StandardAssessment, text))
    assert read == same(lambda: pp.from_json(pp.StandardAssessment, text)) == standard


def test_a_field_left_out_is_checked_where_its_inline_check_fails_for_none() -> None:
    # Its default is None, which its validator refuses: the field must be given after all.
    def positive(_: object, attribute: Any, value: int | None) -> None:
        if value is None or value <= 0:
            raise _validate.fail("n must be positive", code="out-of-range", field="n")

    def given(_: object, attribute: Any, value: int | None) -> None:
        positive(_, attribute, value)

    _declare.inline(positive, "{0} > 0")  # raises for None
    _declare.inline(given, "{0} is not None and {0} > 0")  # false for None

    @attrs.frozen
    class Count:
        n: int | None = attrs.field(default=None, validator=positive)
        m: int | None = attrs.field(default=None, validator=given)

    assert same(lambda: pp.from_json(Count, '{"n": 2, "m": 3}')) == Count(n=2, m=3)
    for text in ('{"m": 1}', '{"n": null, "m": 1}', '{"n": 0, "m": 1}', '{"n": 1}'):
        error = same(lambda: pp.from_json(Count, text))  # noqa: B023
        assert isinstance(error, pp.ValidationError)
        assert [issue.code for issue in error.issues] == ["out-of-range"]


RANK = '{"position": 1, "out_of": 2}'
DUPLICATED = [
    '{"position": 1, "out_of": 2, "position": 1}',
    '{"position" : 1, "out_of": 2, "position": 1}',  # white space before a colon
    '{"position": 1,\n "out_of"\t:\n2, "out_of":2}',
    '{"position": 1, "out_of": 2, "tied": false, "tied": false}',
]


@pytest.mark.parametrize("text", DUPLICATED)
def test_a_key_named_twice_is_refused_either_way(text: str) -> None:
    error = same(lambda: pp.from_json(pp.Rank, text))
    assert isinstance(error, pp.ValidationError)
    assert [issue.code for issue in error.issues] == ["duplicate-key"]


def test_a_key_named_twice_deep_in_a_document_is_refused_either_way() -> None:
    base = pp.datasets.load("hmic-baseline-2005")
    text = pp.to_json(base, indent=1)
    # A text that holds '":' and a key named twice: the counts of the two could agree.
    twice = text.replace('"force": "MPS",', '"force": "MPS \\":", "force": "MPS",', 1)
    assert twice != text
    error = same(lambda: pp.read(twice))
    assert isinstance(error, pp.ValidationError)
    assert [issue.code for issue in error.issues] == ["duplicate-key"]
    spaced = text.replace('"grade": ', '"grade" : ', 1).replace('"line": 145', '"line":145')
    assert same(lambda: pp.read(spaced)) == base


@settings(max_examples=150, deadline=None)
@given(
    position=st.integers(0, len(RANK)),
    insert=st.sampled_from(['"position": 1,', ' "tied": true,', ":", ",", " ", '"', "\\", "1"]),
)
def test_an_edited_text_reads_the_same_either_way(position: int, insert: str) -> None:
    text = RANK[:position] + insert + RANK[position:]
    same(lambda: pp.from_json(pp.Rank, text))
    same(lambda: pp.from_json(pp.Rank, text.encode()))


@pytest.mark.parametrize(
    "text",
    [
        b"\xef\xbb\xbf" + RANK.encode(),  # a byte order mark
        RANK.encode("utf-16"),
        '{"position": 1e400, "out_of": 2}',
        '{"position": 99999999999999999999, "out_of": 2}',
        '{"position": NaN, "out_of": 2}',
        '"\\ud800"',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_texts_msgspec_refuses_or_reads_otherwise_are_read_the_same_either_way(
    text: str | bytes,
) -> None:
    same(lambda: pp.from_json(pp.Rank, text))


def test_readers_in_several_threads_each_get_their_own_answer() -> None:
    # One reader at a time tallies keys; the others read as without msgspec.
    inspection = pp.to_json(pp.datasets.load("hmic-inspection-2007"))
    texts = [RANK, DUPLICATED[0], inspection] * 4

    def answer(text: str) -> str:
        try:
            return repr(pp.read(text) if text is inspection else pp.from_json(pp.Rank, text))
        except pp.ValidationError as err:
            return str(err)

    expected = [answer(text) for text in texts]
    results: list[list[str]] = [[] for _ in texts]

    def work(index: int) -> None:
        results[index] += [answer(texts[index]) for _ in range(5)]

    threads = [threading.Thread(target=work, args=(index,)) for index in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [[wanted] * 5 for wanted in expected]
    assert "duplicate-key" in expected[1]


def test_without_msgspec_reading_takes_the_standard_path(monkeypatch: pytest.MonkeyPatch) -> None:
    _fastjson._codec.cache_clear()
    try:
        with monkeypatch.context() as patched:
            patched.setitem(sys.modules, "msgspec", None)  # its import fails
            assert _fastjson.read(RANK) is None
            assert pp.from_json(pp.Rank, RANK) == pp.Rank(position=1, out_of=2)
    finally:
        _fastjson._codec.cache_clear()
    read = _fastjson.read(RANK)
    assert read is not None
    assert read[0] == {"position": 1, "out_of": 2}
    assert read[1].holds(2)
    assert not read[1].holds(1)


SNIPPETS = st.text(alphabet='ab":\\ ', max_size=6)
JSON_VALUES = st.recursive(
    st.one_of(st.integers(-5, 5), SNIPPETS),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(st.tuples(SNIPPETS, inner), max_size=3),  # an object: pairs, keys may repeat
    ),
    max_leaves=8,
)


def written(value: Any) -> tuple[str, int]:
    """JSON text for a value whose objects are lists of pairs, and how many keys it names."""
    if isinstance(value, list) and value and isinstance(value[0], tuple):
        parts = [written(item) for _, item in value]
        text = ", ".join(
            f"{json.dumps(key)} : {part}" for (key, _), (part, _) in zip(value, parts, strict=True)
        )
        return "{" + text + "}", len(value) + sum(keys for _, keys in parts)
    if isinstance(value, list):
        parts = [written(item) for item in value]
        return "[" + ", ".join(part for part, _ in parts) + "]", sum(keys for _, keys in parts)
    return json.dumps(value), 0


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES)
def test_no_count_below_the_keys_a_text_names_passes_for_all_of_them(value: Any) -> None:
    # A reader that found fewer keys than the text names (a key named twice) reads again.
    text, named = written(value)
    read = _fastjson.read(text)
    assert read is not None
    keys = read[1]
    assert not any(keys.holds(count) for count in range(named))

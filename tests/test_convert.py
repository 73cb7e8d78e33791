"""The serialized form: stable encodings and strictness without coercion."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import policeplan as pp


def _issues(cls: type[Any], data: Any) -> set[tuple[str, str]]:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(cls, data)
    return {(issue.path, issue.code) for issue in caught.value.issues}


def test_encodings_are_json_native_and_stable() -> None:
    target = pp.MilestoneTarget(
        text="Development of outline strategy by May 2003",
        deliverable="outline strategy",
        deadlines=(pp.Deadline.parse("by May 2003"),),
        year=pp.FinancialYear(2003),
    )
    assert pp.to_dict(target) == {
        "kind": "milestone",
        "text": "Development of outline strategy by May 2003",
        "year": "2003/04",
        "deliverable": "outline strategy",
        "deadlines": [{"text": "by May 2003", "date": "2003-05-31", "precision": "month"}],
    }


def test_decimals_are_numbers_and_survive_exactly() -> None:
    quantity = pp.Quantity("76932.6", pp.Unit.COUNT)
    assert pp.to_dict(quantity) == {"value": 76932.6, "unit": "count"}
    assert pp.from_json(pp.Quantity, pp.to_json(quantity)) == quantity


@pytest.mark.parametrize(
    ("data", "path", "code"),
    [
        ({"value": "83", "unit": "percent"}, "value", "wrong-type"),
        ({"value": "83%", "unit": "percent"}, "value", "wrong-type"),
        ({"value": True, "unit": "percent"}, "value", "wrong-type"),
        ({"value": 83, "unit": "Percent"}, "unit", "invalid-enum"),
        ({"value": 83}, "unit", "missing-field"),
        ({"value": 83, "unit": "percent", "note": "x"}, "note", "unknown-field"),
    ],
)
def test_quantity_input_is_never_coerced(data: Any, path: str, code: str) -> None:
    assert (path, code) in _issues(pp.Quantity, data)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"position": 9.0, "out_of": 43}, "wrong-type"),
        ({"position": 9, "out_of": "43"}, "wrong-type"),
    ],
)
def test_integers_refuse_floats_and_text(data: Any, code: str) -> None:
    assert any(found == code for _, found in _issues(pp.Rank, data))


def test_dates_must_be_iso() -> None:
    data = {"title": "t", "publisher": "p", "date": "31/03/2004"}
    assert ("date", "invalid-date") in _issues(pp.Source, data)
    data["date"] = "2004-03-31"
    assert pp.from_dict(pp.Source, data).date == date(2004, 3, 31)


def test_a_target_needs_a_known_kind() -> None:
    measure = {"text": "m", "targets": [{"text": "t", "direction": "increase"}]}
    assert ("targets[0].kind", "missing-field") in _issues(pp.Measure, measure)
    measure["targets"][0]["kind"] = "hope"
    assert ("targets[0].kind", "invalid-enum") in _issues(pp.Measure, measure)


def test_a_single_target_class_accepts_its_own_kind_only() -> None:
    data = {"kind": "direction", "text": "up", "direction": "increase"}
    assert pp.from_dict(pp.DirectionTarget, data).direction is pp.Direction.INCREASE
    assert ("kind", "invalid-enum") in _issues(
        pp.LevelTarget, {**data, "value": {"value": 1, "unit": "count"}}
    )


def test_every_problem_is_reported_not_just_the_first() -> None:
    data = {"number": "2", "title": "", "measures": [{"txt": "m"}], "lead": "x"}
    assert _issues(pp.Objective, data) == {
        ("number", "wrong-type"),
        ("title", "empty-text"),
        ("measures[0].text", "missing-field"),
        ("measures[0].txt", "unknown-field"),
        ("lead", "unknown-field"),
    }


def test_newer_schema_is_refused_with_a_clear_message() -> None:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(pp.ImprovementPlan, {"schema_version": 99})
    (issue,) = caught.value.issues
    assert issue.code == "unsupported-schema-version"
    assert "upgrade policeplan" in issue.message


def test_invalid_json_is_a_validation_error() -> None:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_json(pp.Rank, "{position: 9")
    assert caught.value.issues[0].code == "invalid-json"


def test_error_text_lists_every_issue() -> None:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(pp.Rank, {"position": "9", "colour": "red"})
    text = str(caught.value)
    assert text.splitlines()[0] == "invalid Rank: 3 issues"
    assert "out_of" in text
    assert "colour" in text


def test_optional_fields_at_default_are_left_out() -> None:
    finding = pp.Finding(kind=pp.FindingKind.STRENGTH, text="t")
    assert pp.to_dict(finding) == {"kind": "strength", "text": "t"}
    # An explicit empty list ("None." in the source) is not the same as absent.
    stated_none = pp.StandardAssessment(framework="NP", statement="s", areas_for_improvement=())
    assert pp.to_dict(stated_none)["areas_for_improvement"] == []
    assert "strengths" not in pp.to_dict(stated_none)


RANK_TEXT = '{"position": 5, "out_of": 5}' + " " * 5000  # long, as a document is
FROM = [(pp.from_json, RANK_TEXT), (pp.from_dict, {"position": 5, "out_of": 5, "x": "x" * 5000})]


@pytest.mark.parametrize(("read", "given"), FROM)
@pytest.mark.parametrize(
    ("cls", "named"),
    [
        (None, "None"),
        (type(None), "NoneType"),
        (object, "object"),
        (dict, "dict"),
        (float, "float (read a number as Decimal, which keeps its digits)"),
        (list, "list (read a list as tuple[X, ...])"),
        (list[pp.Rank], "list[policeplan.assessment.Rank] (read a list as tuple[X, ...])"),
        (set, "set (read a list as tuple[X, ...])"),
        (tuple, "tuple (give the type of its items: tuple[X, ...])"),
        (tuple[int, str], "tuple[int, str] (give the type of its items: tuple[X, ...])"),
        (Any, "Any"),
        (int | float, "int | float"),
        (42, "42, which is not a type"),
        ("Rank", "'Rank', which is not a type"),
        ({"a": 1}, "an object with 1 key, which is not a type"),
    ],
)
def test_a_type_that_cannot_be_read_is_a_type_error_naming_it(
    read: Any, given: Any, cls: Any, named: str
) -> None:
    # Before, None read anything as it was, set dropped repeats, list[int] raised cattrs'
    # own errors and object raised cattrs' "register a structure hook".
    with pytest.raises(TypeError) as caught:
        read(cls, given)
    assert str(caught.value).startswith(f"{read.__name__} cannot read {named}: it reads ")


@pytest.mark.parametrize(("read", "given"), FROM)
@pytest.mark.parametrize(
    ("cls", "shown"),
    [(pp.Rank, "Rank"), (tuple[pp.Rank, ...], "tuple[policeplan.assessment.Rank, ...]")],
)
def test_the_class_and_the_data_given_the_wrong_way_round_are_named(
    read: Any, given: Any, cls: Any, shown: str
) -> None:
    what = "text" if read is pp.from_json else "data"
    with pytest.raises(TypeError) as caught:
        read(given, cls)
    assert str(caught.value) == (
        f"{read.__name__} takes the class first, then the {what}: {read.__name__}({shown}, {what})"
    )
    assert len(str(caught.value)) < 120  # the text is not repeated, however long


@pytest.mark.parametrize(
    ("cls", "text", "read"),
    [
        (int, "5", 5),
        (pp.Rank | None, "null", None),
        (tuple[pp.Rank, ...], '[{"position": 1, "out_of": 2}]', (pp.Rank(position=1, out_of=2),)),
        (pp.Query[pp.Rank], "[]", pp.Query()),
        (pp.Grade, '"good"', pp.Grade.GOOD),
        (date, '"2003-04-01"', date(2003, 4, 1)),
    ],
)
def test_the_types_a_model_holds_are_read(cls: Any, text: str, read: Any) -> None:
    assert pp.from_json(cls, text) == read
    assert pp.from_dict(cls, pp.to_dict(read)) == read

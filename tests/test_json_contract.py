"""The JSON contract: only ValidationError escapes, nothing is silently changed,
files name their type and version, and every problem has a clear path."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import policeplan as pp
from policeplan import versioning

RANK = {"position": 9, "out_of": 43}


def _issues(cls: Any, data: Any) -> list[pp.Issue]:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(cls, data)
    return list(caught.value.issues)


def _json_issues(cls: Any, text: str | bytes) -> list[pp.Issue]:
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_json(cls, text)
    return list(caught.value.issues)


def _codes(issues: list[pp.Issue]) -> set[tuple[str, str]]:
    return {(issue.path, issue.code) for issue in issues}


def _nested(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


# -- nothing but ValidationError escapes ----------------------------------------------


def test_deeply_nested_json_text_is_a_validation_error() -> None:
    (issue,) = _json_issues(pp.Rank, "[" * 5000 + "]" * 5000)
    assert issue.code == "too-deep"


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_deep_value_where_a_number_belongs_is_a_wrong_type(depth: int) -> None:
    issues = _issues(pp.Rank, {"position": _nested(depth), "out_of": 43})
    assert _codes(issues) == {("position", "wrong-type")}
    assert "a list of 1 item" in issues[0].message


def test_a_deep_value_in_json_text_is_a_wrong_type() -> None:
    text = '{"position": ' + "[" * 900 + "1" + "]" * 900 + ', "out_of": 43}'
    assert _codes(_json_issues(pp.Rank, text)) == {("position", "wrong-type")}


def test_a_tag_of_the_wrong_type_is_an_invalid_enum() -> None:
    assert _codes(_issues(pp.Target, {"kind": ["level"]})) == {("kind", "invalid-enum")}
    assert _codes(_issues(pp.Target, {"kind": {"a": 1}})) == {("kind", "invalid-enum")}


def test_a_financial_year_out_of_range_is_a_validation_error() -> None:
    assert _codes(_issues(pp.FinancialYear, "1899/00")) == {("", "out-of-range")}


@pytest.mark.parametrize("digits", [4_301, 50_000])
def test_huge_whole_numbers_are_out_of_range_in_dicts(digits: int) -> None:
    huge = int("9" * 4_000) ** (digits // 4_000 + 1)
    issues = _issues(pp.Rank, {"position": huge, "out_of": 43})
    assert _codes(issues) == {("position", "out-of-range")}
    assert len(issues[0].message) < 300
    issues = _issues(pp.Quantity, {"value": huge, "unit": "count"})
    assert _codes(issues) == {("value", "out-of-range")}


def test_huge_whole_number_literals_are_out_of_range_in_json_text() -> None:
    literal = "7" * 5_000
    text = f'{{"position": {literal}, "out_of": 43}}'
    assert _codes(_json_issues(pp.Rank, text)) == {("position", "out-of-range")}
    text = f'{{"value": {literal}, "unit": "count"}}'
    assert _codes(_json_issues(pp.Quantity, text)) == {("value", "out-of-range")}


def _attainment() -> pp.Attainment:
    target = pp.LevelTarget(
        text="80%", value=pp.Quantity(80, pp.Unit.PERCENT), year=pp.FinancialYear(2002)
    )
    figure = pp.Figure(text="73.6%", value=pp.Quantity("73.6", pp.Unit.PERCENT))
    seen = pp.Observation(period=pp.FinancialYear(2002).period(), figure=figure)
    return pp.evaluate(target, [seen])


def test_an_attainment_round_trips_with_its_explanation_as_text() -> None:
    attainment = _attainment()
    data = pp.to_dict(attainment)
    assert "_words" not in data
    assert data["explanation"] == (
        "73.6% in 2002/03 does not meet the 2002/03 target of at least 80% (6.4 pp short)"
    )
    back = pp.from_dict(pp.Attainment, data)
    assert back == attainment
    assert back.explanation == attainment.explanation
    assert pp.from_json(pp.Attainment, pp.to_json(attainment)).explanation == data["explanation"]


@pytest.mark.parametrize(
    "text",
    [b"\xff\xfe\x00", b'{"position": "\xc3"}', "", "{", "[1,]", "nul", '{"a": 1}{'],
)
def test_any_broken_text_or_bytes_is_invalid_json(text: str | bytes) -> None:
    (issue,) = _json_issues(pp.Rank, text)
    assert issue.code == "invalid-json"


@pytest.mark.parametrize("junk", [None, 12, ["{}"], object()])
def test_from_json_given_no_text_is_a_wrong_type(junk: Any) -> None:
    assert _codes(_json_issues(pp.Rank, junk)) == {("", "wrong-type")}


@pytest.mark.parametrize("junk", [object(), {1, 2}, b"bytes", 1 + 2j, range(3)])
def test_from_dict_given_no_json_value_is_a_wrong_type(junk: Any) -> None:
    assert _codes(_issues(pp.Rank, junk)) == {("", "wrong-type")}
    assert ("position", "wrong-type") in _codes(_issues(pp.Rank, {**RANK, "position": junk}))


def test_a_key_that_is_not_text_is_reported() -> None:
    assert ("", "wrong-type") in _codes(_issues(pp.Rank, {**RANK, 7: 1}))


# -- nothing is silently changed ---------------------------------------------------------


@pytest.mark.parametrize(
    "literal", ["123456789.123456789", "0.70", "1E+5", "-0.000001", "76932.6", "1e-300"]
)
def test_json_numbers_are_read_and_written_exactly(literal: str) -> None:
    text = f'{{"value": {literal}, "unit": "percent-change"}}'
    quantity = pp.from_json(pp.Quantity, text)
    assert quantity.value.as_tuple() == Decimal(literal).as_tuple()
    assert pp.from_json(pp.Quantity, pp.to_json(quantity)).value.as_tuple() == (
        quantity.value.as_tuple()
    )
    assert pp.from_dict(pp.Quantity, pp.to_dict(quantity)).value.as_tuple() == (
        quantity.value.as_tuple()
    )
    assert str(pp.from_json(pp.Quantity, pp.to_json(quantity))) == str(quantity)


@pytest.mark.parametrize("whole", [2**53, 2**53 + 1, 10**30 + 7, -(2**64) - 1])
def test_whole_numbers_past_2_to_53_keep_every_digit(whole: int) -> None:
    quantity = pp.Quantity(whole, pp.Unit.GBP)
    assert pp.to_dict(quantity)["value"] == whole
    assert str(whole) in pp.to_json(quantity)
    assert pp.from_json(pp.Quantity, pp.to_json(quantity)).value == whole


@pytest.mark.parametrize("number", ["1e-400", "1e400", "-1e309", "NaN", "Infinity", "-Infinity"])
def test_numbers_a_json_reader_cannot_keep_are_refused(number: str) -> None:
    text = f'{{"value": {number}, "unit": "gbp"}}'
    assert _codes(_json_issues(pp.Quantity, text)) == {("value", "out-of-range")}


@pytest.mark.parametrize("number", [10**400, -(10**400), float("inf"), float("nan")])
def test_numbers_beyond_json_are_refused_in_dicts(number: Any) -> None:
    assert _codes(_issues(pp.Quantity, {"value": number, "unit": "gbp"})) == {
        ("value", "out-of-range")
    }


def test_a_python_float_is_read_as_the_decimal_it_prints_as() -> None:
    assert pp.from_dict(pp.Quantity, {"value": 0.1, "unit": "percent"}).value == Decimal("0.1")


def test_whole_number_fields_keep_to_the_range_every_reader_keeps() -> None:
    assert pp.from_dict(pp.Rank, {"position": 1, "out_of": 2**53 - 1}).out_of == 2**53 - 1
    assert ("out_of", "out-of-range") in _codes(_issues(pp.Rank, {"position": 1, "out_of": 2**53}))


def test_duplicate_keys_are_refused_at_their_path() -> None:
    text = '{"position": 9, "out_of": 43, "position": 8}'
    assert _codes(_json_issues(pp.Rank, text)) == {("position", "duplicate-key")}
    text = '{"text": "m", "targets": [{"kind": "direction", "text": "a", "text": "b", '
    text += '"direction": "increase", "direction": "reduce"}]}'
    assert _codes(_json_issues(pp.Measure, text)) == {
        ("targets[0].text", "duplicate-key"),
        ("targets[0].direction", "duplicate-key"),
    }


def test_a_lone_surrogate_is_refused_from_json_dicts_and_constructors() -> None:
    text = '{"kind": "strength", "text": "bad \\ud800 text"}'
    assert _codes(_json_issues(pp.Finding, text)) == {("text", "invalid-text")}
    assert _codes(_issues(pp.Finding, {"kind": "strength", "text": "x\udfff"})) == {
        ("text", "invalid-text")
    }
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Finding(kind=pp.FindingKind.STRENGTH, text="x\ud800")
    assert caught.value.code == "invalid-text"
    with pytest.raises(pp.InvalidValueError):
        pp.KnownIssue(code="c", path="\ud800", explanation="e")


def test_text_outside_the_basic_plane_is_kept() -> None:
    finding = pp.from_json(pp.Finding, '{"kind": "strength", "text": "\\ud83d\\ude93 £ –"}')
    assert finding.text == "\N{POLICE CAR} £ –"
    assert pp.from_json(pp.Finding, pp.to_json(finding)) == finding
    pp.to_json(finding).encode("utf-8")


@pytest.mark.parametrize(
    "year", [" 2003/04 ", "2003/04\n", "２００３/０４", "٢٠٠٣/٠٤", "2003-04", "03/04", "2003/4"]
)
def test_only_the_canonical_financial_year_is_read(year: str) -> None:
    assert _codes(_issues(pp.FinancialYear, year)) == {("", "invalid-period")}


@pytest.mark.parametrize(
    "day", ["2004-W13-3", "20040331", "2004-3-31", " 2004-03-31", "２００４-03-31", "2004-02-30"]
)
def test_only_canonical_real_iso_dates_are_read(day: str) -> None:
    data = {"title": "t", "publisher": "p", "date": day}
    assert _codes(_issues(pp.Source, data)) == {("date", "invalid-date")}


def test_financial_year_parse_stays_lenient_about_spaces_but_not_digits() -> None:
    assert pp.FinancialYear.parse(" 2003/04 ") == pp.FinancialYear(2003)
    with pytest.raises(pp.ParseError):
        pp.FinancialYear.parse("２００３/０４")
    with pytest.raises(pp.ParseError):
        pp.FinancialYear.parse(2003)  # type: ignore[arg-type]


# -- self-describing, versioned files --------------------------------------------------


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_every_shipped_file_names_its_type_and_version(dataset_id: str) -> None:
    path = resources.files("policeplan").joinpath("data", f"{dataset_id}.json")
    data = json.loads(path.read_text("utf-8"))
    document = pp.datasets.load(dataset_id)
    assert list(data)[:2] == ["document_type", "schema_version"]
    assert data["document_type"] == type(document).document_type
    assert data["schema_version"] == pp.SCHEMA_VERSION
    written = pp.to_dict(document)
    assert (written["document_type"], written["schema_version"]) == (
        data["document_type"],
        pp.SCHEMA_VERSION,
    )


def _plan_data() -> dict[str, Any]:
    data: dict[str, Any] = pp.to_dict(pp.datasets.load("mpa-improvement-plan-2007"))
    return data


@pytest.mark.parametrize(("version", "code"), [(0, "out-of-range"), (-1, "out-of-range")])
def test_impossible_versions_are_out_of_range(version: int, code: str) -> None:
    issues = _issues(pp.ImprovementPlan, {**_plan_data(), "schema_version": version})
    assert _codes(issues) == {("schema_version", code)}
    assert "upgrade" not in issues[0].message


def test_a_newer_version_is_refused_before_anything_else() -> None:
    data = {**_plan_data(), "schema_version": 2, "new_field": 1}
    issues = _issues(pp.ImprovementPlan, data)
    assert _codes(issues) == {("schema_version", "unsupported-schema-version")}
    assert "upgrade policeplan" in issues[0].message


def test_a_file_from_before_the_version_key_is_version_1() -> None:
    data = _plan_data()
    del data["schema_version"], data["document_type"]
    assert pp.from_dict(pp.ImprovementPlan, data) == pp.datasets.load("mpa-improvement-plan-2007")


def test_schema_version_is_a_document_field_only() -> None:
    objective = {"number": 1, "title": "t", "schema_version": 99}
    assert _codes(_issues(pp.Objective, objective)) == {("schema_version", "unknown-field")}


def test_the_wrong_document_type_is_refused() -> None:
    data = {**_plan_data(), "document_type": "policing-plan"}
    assert _codes(_issues(pp.ImprovementPlan, data)) == {("document_type", "invalid-enum")}


def test_registered_upgrade_steps_bring_old_files_to_the_current_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Pretend version 2 renamed "committee" to "committee_name" and back again:
    # version 1 files must pass through the step before they are structured.
    monkeypatch.setattr(versioning, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(versioning, "_STEPS", {})
    calls: list[dict[str, Any]] = []

    @versioning.register_upgrade("improvement-plan", from_version=1)
    def _rename(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(data)
        upgraded = dict(data)
        upgraded["committee"] = upgraded.pop("old_committee")
        return upgraded

    data = _plan_data()
    data["old_committee"] = data.pop("committee")
    data["schema_version"] = 1
    document = pp.from_dict(pp.ImprovementPlan, data)
    assert document.committee == "Planning, Performance & Review Committee"
    assert document.schema_version == 2
    assert "schema_version" not in calls[0]
    assert pp.to_dict(document)["schema_version"] == 2
    # The same data at version 2 has no such field.
    data["schema_version"] = 2
    assert ("old_committee", "unknown-field") in _codes(_issues(pp.ImprovementPlan, data))
    with pytest.raises(ValueError, match="exists already"):
        versioning.register_upgrade("improvement-plan", from_version=1)(_rename)


def test_a_missing_upgrade_step_is_reported_not_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(versioning, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(versioning, "_STEPS", {})
    with pytest.raises(LookupError, match="from version 1 to 2"):
        versioning.upgrade("improvement-plan", 1, {})


@pytest.mark.parametrize("dataset_id", pp.datasets.available())
def test_read_returns_the_right_class_from_text_bytes_and_paths(
    dataset_id: str, tmp_path: Path
) -> None:
    document = pp.datasets.load(dataset_id)
    text = pp.to_json(document)
    path = tmp_path / "document.json"
    path.write_text(text, "utf-8")
    assert pp.read(text) == document
    assert pp.read(text.encode("utf-8")) == document
    assert pp.read(path) == document
    assert pp.read(str(path)) == document
    # Without its type, a document is recognised by the fields it requires.
    untyped = {key: value for key, value in json.loads(text).items() if key != "document_type"}
    assert type(pp.read(json.dumps(untyped))) is type(document)


@pytest.mark.parametrize(
    ("text", "path", "code"),
    [
        ('{"document_type": "memo"}', "document_type", "invalid-enum"),
        ('{"document_type": 1}', "document_type", "invalid-enum"),
        ('{"title": "t"}', "document_type", "missing-field"),
        ("[1]", "", "invalid-json"),
        ("{", "", "invalid-json"),
    ],
)
def test_read_explains_what_it_cannot_read(text: str, path: str, code: str) -> None:
    with pytest.raises(pp.ValidationError) as caught:
        pp.read(text if text != "[1]" else "  " + text)
    if text == "[1]":
        # not starting with "{", so it is taken as a path that does not exist
        assert caught.value.issues[0].code == "unreadable-file"
    else:
        assert (caught.value.issues[0].path, caught.value.issues[0].code) == (path, code)


# -- paths, codes and messages -----------------------------------------------------------


def test_messages_stay_short_whatever_the_value() -> None:
    huge = "x" * 5_000_000
    issues = _issues(pp.Quantity, {"value": huge, "unit": huge, huge: huge})
    assert len(issues) == 3
    assert all(len(issue.message) < 300 and len(issue.path) < 100 for issue in issues)
    assert all("…" in issue.message for issue in issues)
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(pp.Measure, {"text": "m", "references": [""] * 10_000})
    assert len(str(caught.value)) < 5_000
    assert len(caught.value.issues) == 10_000


@pytest.mark.parametrize(
    ("key", "path"),
    [("a.b", '["a.b"]'), ("", '[""]'), ("[0]", '["[0]"]'), ('say "hi"', '["say \\"hi\\""]')],
)
def test_keys_that_are_not_identifiers_are_quoted_in_paths(key: str, path: str) -> None:
    measure = {"text": "m", "targets": [{"kind": "direction", "text": "t", "direction": "up"}]}
    measure["targets"][0][key] = 1
    assert (f"targets[0]{path}", "unknown-field") in _codes(_issues(pp.Measure, measure))


def test_an_unknown_key_suggests_the_nearest_field() -> None:
    (issue,) = _issues(pp.Objective, {"number": 1, "title": "t", "titel_variants": []})
    assert issue.message.endswith("did you mean 'title_variants'?")
    (issue,) = _issues(pp.Objective, {"number": 1, "title": "t", "zzz": []})
    assert "did you mean" not in issue.message


def test_every_duplicate_is_reported_at_its_own_item() -> None:
    counts = [
        {"status": "completed", "count": 1},
        {"status": "work-in-progress", "count": 2},
        {"status": "completed", "count": 3},
        {"status": "work-in-progress", "count": 4},
    ]
    issues = _issues(pp.FrameworkProgress, {"framework": "1A", "status_counts": counts})
    assert _codes(issues) == {
        ("status_counts[2]", "duplicate-key"),
        ("status_counts[3]", "duplicate-key"),
    }
    assert "'work-in-progress'" in issues[1].message
    assert "<AFIStatus" not in " ".join(issue.message for issue in issues)


def test_every_empty_item_of_a_text_list_is_reported_at_its_index() -> None:
    issues = _issues(pp.Objective, {"number": 1, "title": "t", "key_activities": ["a", " ", ""]})
    assert _codes(issues) == {
        ("key_activities[1]", "empty-text"),
        ("key_activities[2]", "empty-text"),
    }


def test_enum_values_not_reprs_appear_in_messages() -> None:
    (issue,) = _issues(pp.StatusCount, {"status": "done", "count": 1})
    assert "'work-in-progress'" in issue.message
    assert "AFIStatus." not in issue.message


@pytest.mark.parametrize(
    "data", [["\ud800x"], ["\ud800x", Decimal("0.70")], {"a": "\udc00"}, ["\ud8000.5"]]
)
def test_to_json_refuses_text_it_cannot_write_rather_than_garbling_it(data: Any) -> None:
    with pytest.raises(ValueError, match="lone surrogate"):
        pp.to_json(data)


def test_to_json_writes_decimals_beside_any_other_text() -> None:
    written = pp.to_json([Decimal("0.70"), '"\N{POLICE CAR}"', "0.5"])
    assert written == '[0.70,"\\"\N{POLICE CAR}\\"","0.5"]'


def test_a_generic_class_read_without_its_type_argument_refuses_a_value() -> None:
    assert _codes(_issues(pp.Figure, {"text": "x", "value": {"position": 1}})) == {
        ("value", "wrong-type")
    }
    assert pp.from_dict(pp.Figure, {"text": "n/a", "missing": "not-available"}).value is None
    rank = pp.from_dict(
        pp.Figure[pp.Rank], {"text": "1 out of 2", "value": {"position": 1, "out_of": 2}}
    )
    assert rank.value == pp.Rank(position=1, out_of=2)


def test_validator_messages_stay_short_whatever_the_value() -> None:
    huge = "x" * 1_000_000
    issues = _issues(pp.Domain, {"number": 1, "name": "n", "ppaf_code": huge})
    assert _codes(issues) == {("ppaf_code", "invalid-enum")}
    assert len(issues[0].message) < 300
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.FinancialYear(10**5000)
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize("literal", ["1e99999999999999999999", "-1E-99999999999999999999"])
def test_an_exponent_no_number_type_holds_is_out_of_range(literal: str) -> None:
    (issue,) = _json_issues(pp.Quantity, f'{{"value": {literal}, "unit": "gbp"}}')
    assert issue.code == "out-of-range"

"""Every validator accepts a valid value and reports an invalid one with its code and path.

Each case starts from valid data, checks that it loads, then changes one
value and checks the issue that ``from_dict`` reports.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

import policeplan as pp

SOURCE = {"title": "Baseline Assessment", "publisher": "HMIC", "date": "2005-10-01"}
PERIOD = {"start": "2002-04-01", "end": "2002-12-31", "label": "Apr – Dec 2002"}
PERCENT = {"value": 83, "unit": "percent"}
OBJECTIVE = {"number": 2, "title": "To reduce the incidence of street crime"}
PLAN = {
    "source": SOURCE,
    "authority": "MPA",
    "force": "MPS",
    "period": "2003/04",
    "title": "Plan",
    "priorities": [
        {"group": "for-londoners", "letter": "A", "title": "Safer", "objectives": [OBJECTIVE]},
        {
            "group": "for-excellence",
            "letter": "A",
            "title": "Diverse",
            "objectives": [{"number": 17, "title": "Representation"}],
        },
    ],
}
FRAMEWORKS = [{"code": "5A", "name": "Call Management"}, {"code": "5C", "name": "Roads Policing"}]
BASELINE = {
    "source": SOURCE,
    "force": "MPS",
    "year": "2004/05",
    "frameworks": FRAMEWORKS,
    "domains": [{"number": 5, "name": "Providing Assistance", "ppaf_code": "4"}],
    "judgements": [{"force": "Kent", "framework": "5A", "grade": "excellent"}],
}
INSPECTION = {
    "source": SOURCE,
    "force": "MPS",
    "period": PERIOD,
    "frameworks": [{"name": "Domestic violence"}],
    "distributions": [
        {"framework": "Domestic violence", "excellent": 1, "good": 13, "fair": 27, "poor": 2}
    ],
    "recommendations": [{"number": 1, "area": "NP", "text": "HMIC recommends …"}],
}
IMPROVEMENT = {
    "source": SOURCE,
    "total_afis": 189,
    "status_counts": [{"status": "completed", "count": 26}],
    "frameworks": [
        {"framework": "Leadership", "status_counts": [{"status": "completed", "count": 1}]}
    ],
}
MEASURE = {
    "text": "The number of recorded burglary offences",
    "targets": [
        {
            "kind": "from-to",
            "text": "from 1, 868 to 1,961",
            "start": {"value": 1868, "unit": "count"},
            "end": {"value": 1961, "unit": "count"},
        }
    ],
}

CASES: list[tuple[str, type[Any], dict[str, Any] | str, str, Any, str, str]] = [
    # (id, class, valid data, path to change, bad value, expected issue path, code)
    (
        "year-range",
        pp.Observation,
        {"period": PERIOD, "figure": {"text": "1", "value": PERCENT}},
        "figure.value.value",
        -1,
        "figure.value.value",
        "out-of-range",
    ),
    ("period-order", pp.Period, PERIOD, "end", "2002-01-01", "end", "invalid-period"),
    ("period-label", pp.Period, PERIOD, "label", " ", "label", "empty-text"),
    (
        "deadline-text",
        pp.Deadline,
        {"text": "by May 2003", "date": "2003-05-31"},
        "text",
        "",
        "text",
        "empty-text",
    ),
    (
        "rate-needs-base",
        pp.Quantity,
        {"value": 9.4, "unit": "rate", "per": 1000, "base": "population"},
        "base",
        None,
        "base",
        "missing-field",
    ),
    (
        "base-only-for-rates",
        pp.Quantity,
        PERCENT,
        "base",
        "population",
        "base",
        "unexpected-field",
    ),
    (
        "rate-per",
        pp.Quantity,
        {"value": 9.4, "unit": "rate", "per": 1000, "base": "population"},
        "per",
        0,
        "per",
        "out-of-range",
    ),
    (
        "signed-units-may-be-negative",
        pp.Quantity,
        {"value": -17.6, "unit": "percent-change"},
        "unit",
        "count",
        "value",
        "out-of-range",
    ),
    (
        "figure-needs-value-or-reason",
        pp.Figure[pp.Quantity],
        {"text": "*", "missing": "not-available"},
        "missing",
        None,
        "missing",
        "missing-field",
    ),
    (
        "figure-not-both",
        pp.Figure[pp.Quantity],
        {"text": "*", "missing": "not-available"},
        "value",
        PERCENT,
        "missing",
        "conflicting-fields",
    ),
    (
        "target-text",
        pp.LevelTarget,
        {"text": "83%", "value": PERCENT},
        "text",
        "  ",
        "text",
        "empty-text",
    ),
    (
        "milestone-deliverable",
        pp.MilestoneTarget,
        {"text": "x", "deliverable": "strategy"},
        "deliverable",
        "",
        "deliverable",
        "empty-text",
    ),
    (
        "from-to-units",
        pp.Measure,
        MEASURE,
        "targets.0.end.unit",
        "gbp",
        "targets[0].end",
        "unit-mismatch",
    ),
    (
        "measure-references",
        pp.Measure,
        MEASURE,
        "references",
        ["BVPI 126", ""],
        "references[1]",
        "empty-text",
    ),
    ("objective-number", pp.Objective, OBJECTIVE, "number", 0, "number", "out-of-range"),
    ("objective-title", pp.Objective, OBJECTIVE, "title", "", "title", "empty-text"),
    (
        "priority-letter",
        pp.PolicingPlan,
        PLAN,
        "priorities.0.letter",
        "E",
        "priorities[0].letter",
        "invalid-enum",
    ),
    (
        "unique-priorities",
        pp.PolicingPlan,
        PLAN,
        "priorities.1.group",
        "for-londoners",
        "priorities[1]",
        "duplicate-key",
    ),
    (
        "unique-objectives",
        pp.PolicingPlan,
        PLAN,
        "priorities.1.objectives.0.number",
        2,
        "priorities[1].objectives[0].number",
        "duplicate-key",
    ),
    ("plan-period", pp.PolicingPlan, PLAN, "period", "2003/2004", "period", "invalid-period"),
    (
        "schema-version",
        pp.PolicingPlan,
        PLAN,
        "schema_version",
        0,
        "schema_version",
        "out-of-range",
    ),
    (
        "target-entry",
        pp.TargetEntry,
        {"year": "2003/04", "text": "n/a", "missing": "not-applicable"},
        "target",
        {"kind": "direction", "text": "up", "direction": "increase"},
        "missing",
        "conflicting-fields",
    ),
    (
        "rank-within-out-of",
        pp.Rank,
        {"position": 5, "out_of": 5},
        "position",
        6,
        "position",
        "out-of-range",
    ),
    (
        "rank-position",
        pp.Rank,
        {"position": 5, "out_of": 5},
        "position",
        0,
        "position",
        "out-of-range",
    ),
    (
        "domain-number",
        pp.BaselineAssessment,
        BASELINE,
        "domains.0.number",
        8,
        "domains[0].number",
        "out-of-range",
    ),
    (
        "ppaf-code",
        pp.BaselineAssessment,
        BASELINE,
        "domains.0.ppaf_code",
        "C",
        "domains[0].ppaf_code",
        "invalid-enum",
    ),
    (
        "unique-framework-codes",
        pp.BaselineAssessment,
        BASELINE,
        "frameworks.1.code",
        "5A",
        "frameworks[1]",
        "duplicate-key",
    ),
    (
        "judgement-framework-known",
        pp.BaselineAssessment,
        BASELINE,
        "judgements.0.framework",
        "9Z",
        "judgements[0].framework",
        "unknown-reference",
    ),
    (
        "judgement-grade",
        pp.BaselineAssessment,
        BASELINE,
        "judgements.0.grade",
        "superb",
        "judgements[0].grade",
        "invalid-enum",
    ),
    (
        "distribution-count",
        pp.Inspection,
        INSPECTION,
        "distributions.0.fair",
        -27,
        "distributions[0].fair",
        "out-of-range",
    ),
    (
        "unique-recommendations",
        pp.Inspection,
        INSPECTION,
        "recommendations",
        [{"number": 1, "area": "a", "text": "t"}, {"number": 1, "area": "b", "text": "u"}],
        "recommendations[1]",
        "duplicate-key",
    ),
    (
        "developing-practice",
        pp.DevelopingPractice,
        {"area": "NP", "title": "Delphinus"},
        "title",
        None,
        "text",
        "missing-field",
    ),
    (
        "status-count",
        pp.ImprovementPlan,
        IMPROVEMENT,
        "status_counts.0.count",
        -1,
        "status_counts[0].count",
        "out-of-range",
    ),
    (
        "unique-status",
        pp.ImprovementPlan,
        IMPROVEMENT,
        "frameworks.0.status_counts",
        [{"status": "completed", "count": 1}, {"status": "completed", "count": 2}],
        "frameworks[0].status_counts[1]",
        "duplicate-key",
    ),
    (
        "total-afis",
        pp.ImprovementPlan,
        IMPROVEMENT,
        "total_afis",
        -189,
        "total_afis",
        "out-of-range",
    ),
    (
        "known-issue-line",
        pp.KnownIssue,
        {"code": "total-mismatch", "path": "", "explanation": "x", "line": 15},
        "line",
        0,
        "line",
        "out-of-range",
    ),
    ("source-title", pp.Source, SOURCE, "title", "", "title", "empty-text"),
    (
        "glossary",
        pp.GlossaryEntry,
        {"term": "MSF", "expansion": "most similar forces"},
        "expansion",
        "",
        "expansion",
        "empty-text",
    ),
    (
        "finding-kind",
        pp.Finding,
        {"kind": "strength", "text": "Good work"},
        "kind",
        "praise",
        "kind",
        "invalid-enum",
    ),
]


def _changed(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    *parents, last = path.split(".")
    target: Any = changed
    for step in parents:
        target = target[int(step)] if step.isdigit() else target[step]
    if value is None:
        target.pop(last, None)
    else:
        target[last] = value
    return changed


@pytest.mark.parametrize(
    ("cls", "valid", "path", "bad", "issue_path", "code"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_validator(
    cls: type[Any], valid: dict[str, Any], path: str, bad: Any, issue_path: str, code: str
) -> None:
    assert pp.to_dict(pp.from_dict(cls, valid)) is not None
    with pytest.raises(pp.ValidationError) as caught:
        pp.from_dict(cls, _changed(valid, path, bad))
    assert (issue_path, code) in {(i.path, i.code) for i in caught.value.issues}, caught.value


def test_construction_raises_invalid_value_error_naming_the_field() -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Objective(number=0, title="x")
    assert (caught.value.field, caught.value.code) == ("number", "out-of-range")
    assert isinstance(caught.value, ValueError)


class _Stamp(datetime):
    """A datetime of another class, as pandas' ``Timestamp`` is."""


_DAY_FIELDS: list[tuple[str, Callable[[Any], object]]] = [
    ("start", lambda day: pp.Period(start=day, end=date(2004, 3, 31))),
    ("end", lambda day: pp.Period(start=date(2003, 4, 1), end=day)),
    ("date", lambda day: pp.Deadline(text="by May 2003", date=day)),
    ("date", lambda day: pp.Source(title="Plan", publisher="MPA", date=day)),
    (
        "effective_from",
        lambda day: pp.MilestoneTarget(text="x", deliverable="x", effective_from=day),
    ),
    ("as_of", lambda day: pp.ProgressFigure(metric="m", text="t", as_of=day)),
]


@pytest.mark.parametrize(("field", "make"), _DAY_FIELDS)
@pytest.mark.parametrize(
    ("given", "shown"),
    [
        (datetime(2003, 5, 1, 9, 30), "a datetime 2003-05-01 09:30:00 (give its .date(): "),
        (datetime(2003, 5, 1), "a datetime 2003-05-01 00:00:00 (give its .date(): "),
        (_Stamp(2003, 5, 1), "a _Stamp 2003-05-01 00:00:00 (give its .date(): "),
        ("2003-05-01", "'2003-05-01'"),
        (20030501, "20030501"),
    ],
)
def test_a_day_field_refuses_a_datetime_or_anything_but_a_date(
    field: str, make: Callable[[Any], object], given: object, shown: str
) -> None:
    # A datetime is a date to isinstance and to type checkers, and writing it as a date
    # would drop its time: it is refused when the object is made, naming the field.
    assert attrs.asdict(make(date(2003, 5, 1)))[field] == date(2003, 5, 1)  # type: ignore[arg-type]
    with pytest.raises(pp.InvalidValueError) as caught:
        make(given)
    assert (caught.value.field, caught.value.code) == (field, "wrong-type")
    assert str(caught.value).startswith(f"{field} must be a date")
    assert f", got {shown}" in str(caught.value)


def test_an_optional_day_may_be_absent() -> None:
    assert pp.Source(title="Plan", publisher="MPA", date=None).date is None
    assert pp.ProgressFigure(metric="m", text="t").as_of is None


def test_detection_rates_above_100_percent_are_accepted() -> None:
    # seed 000 L1611: manslaughter detected 114.3% in 2003/04; a detection can
    # relate to an earlier year's offence, so a percent has no upper bound.
    data = {"value": 114.3, "unit": "percent"}
    assert pp.from_dict(pp.Quantity, data).value == pp.Quantity("114.3", pp.Unit.PERCENT).value


def test_quantities_refuse_floats_and_junk_text() -> None:
    with pytest.raises(pp.InvalidValueError):
        pp.Quantity(0.1, pp.Unit.PERCENT)  # type: ignore[arg-type]
    with pytest.raises(pp.InvalidValueError):
        pp.Quantity("83%", pp.Unit.PERCENT)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("NaN", "'NaN'"),
        ("Infinity", "'Infinity'"),
        ("-inf", "'-inf'"),
        ("sNaN", "'sNaN'"),
        (Decimal("-Inf"), "-Infinity"),
        (Decimal("NaN"), "NaN"),
    ],
)
def test_quantities_refuse_numbers_that_are_not_finite(value: Decimal | str, shown: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity(value, pp.Unit.COUNT)
    assert caught.value.code == "out-of-range"
    assert str(caught.value) == f"{shown} is not a finite number"


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(0.1, "float"), (83.0, "float"), (True, "bool"), (False, "bool"), (None, "NoneType")],
)
def test_quantities_refuse_floats_and_booleans(value: object, type_name: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity(value, pp.Unit.COUNT)  # type: ignore[arg-type]
    assert caught.value.code == "wrong-type"
    assert str(caught.value) == f"expected a Decimal, int or numeral string, got {type_name}"


@pytest.mark.parametrize("value", ["83%", "", "1,000", "£5", "five"])
def test_quantities_refuse_text_that_is_not_a_numeral(value: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity(value, pp.Unit.COUNT)
    assert caught.value.code == "wrong-type"
    assert str(caught.value) == f"{value!r} is not a number"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(83, Decimal("83")), ("-17.6", Decimal("-17.6")), (Decimal("0.70"), Decimal("0.70"))],
)
def test_quantities_accept_decimals_whole_numbers_and_numerals(
    value: Decimal | int | str, expected: Decimal
) -> None:
    value_read = pp.Quantity(value, pp.Unit.PERCENT_CHANGE).value
    assert isinstance(value_read, Decimal)
    assert str(value_read) == str(expected)  # the printed digits are kept


@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u00a0"])
def test_required_text_refuses_empty_and_blank_text(blank: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.GlossaryEntry(term="MSF", expansion=blank)
    assert (caught.value.code, caught.value.field) == ("empty-text", "expansion")
    assert str(caught.value) == "expansion must not be empty"


@pytest.mark.parametrize(
    "text", [" most similar forces", "\tmost similar forces", "café", "£1.2m"]
)
def test_required_text_may_start_with_white_space_or_be_non_ascii(text: str) -> None:
    assert pp.GlossaryEntry(term="MSF", expansion=text).expansion == text


@pytest.mark.parametrize("text", ["\ud800", "most\udfff", " \ud800", "café\ud800"])
def test_required_text_refuses_a_lone_surrogate(text: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.GlossaryEntry(term="MSF", expansion=text)
    assert (caught.value.code, caught.value.field) == ("invalid-text", "expansion")
    assert str(caught.value) == (
        f"expansion {text!r} holds a lone surrogate, which UTF-8 cannot encode"
    )


def test_optional_text_accepts_none_or_text_but_not_blank_text() -> None:
    assert pp.Framework(name="Roads Policing").code is None
    assert pp.Framework(code=" 5C", name="Roads Policing").code == " 5C"
    for blank in ("", "  "):
        with pytest.raises(pp.InvalidValueError, match=r"^code must not be empty$") as caught:
            pp.Framework(code=blank, name="Roads Policing")
        assert (caught.value.code, caught.value.field) == ("empty-text", "code")
    with pytest.raises(pp.InvalidValueError, match="lone surrogate") as caught:
        pp.Framework(code="\ud800", name="Roads Policing")
    assert (caught.value.code, caught.value.field) == ("invalid-text", "code")


@pytest.mark.parametrize("text", ["", " ", "*", " 1,234 "])
def test_plain_text_accepts_any_text_even_empty(text: str) -> None:
    figure = pp.Figure[pp.Quantity](text=text, missing=pp.MissingReason.NOT_AVAILABLE)
    assert figure.text == text


@pytest.mark.parametrize("text", ["\ud800", "83\ud800%"])
def test_plain_text_refuses_a_lone_surrogate(text: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Figure[pp.Quantity](text=text, missing=pp.MissingReason.NOT_AVAILABLE)
    assert (caught.value.code, caught.value.field) == ("invalid-text", "text")
    assert str(caught.value) == f"text {text!r} holds a lone surrogate, which UTF-8 cannot encode"


@pytest.mark.parametrize(
    ("bad", "code", "message"),
    [
        ("", "empty-text", "aliases[2] must not be empty"),
        ("   ", "empty-text", "aliases[2] must not be empty"),
        (
            "\ud800",
            "invalid-text",
            "aliases[2] '\\ud800' holds a lone surrogate, which UTF-8 cannot encode",
        ),
    ],
)
def test_texts_name_the_index_of_a_bad_item(bad: str, code: str, message: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Framework(name="Roads Policing", aliases=("Roads", "Traffic", bad))
    error = caught.value
    assert (error.code, error.field, error.at, error.more) == (code, "aliases", (2,), ())
    assert str(error) == message


def test_texts_report_every_bad_item() -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Framework(name="Roads Policing", aliases=("", "Roads", " ", "\ud800"))
    error = caught.value
    assert (error.code, error.field, error.at) == ("empty-text", "aliases", (0,))
    assert str(error) == "aliases[0] must not be empty (and 2 more)"
    assert [(more.code, more.at) for more in error.more] == [
        ("empty-text", (2,)),
        ("invalid-text", (3,)),
    ]


@pytest.mark.parametrize("items", [(), (" Roads",), ("Roads", "café", "\ttraffic")])
def test_texts_accept_items_starting_with_white_space_or_non_ascii(
    items: tuple[str, ...],
) -> None:
    assert pp.Framework(name="Roads Policing", aliases=items).aliases == items


def test_at_least_accepts_the_minimum_and_refuses_one_below() -> None:
    assert pp.StatusCount(status=pp.AFIStatus.COMPLETED, count=0).count == 0
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.StatusCount(status=pp.AFIStatus.COMPLETED, count=-1)
    assert (caught.value.code, caught.value.field) == ("out-of-range", "count")
    assert str(caught.value) == "count must be at least 0, got -1"

    assert pp.Rank(position=1, out_of=1).position == 1
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Rank(position=0, out_of=1)
    assert (caught.value.code, caught.value.field) == ("out-of-range", "position")
    assert str(caught.value) == "position must be at least 1, got 0"


def test_at_least_lets_an_absent_value_through() -> None:
    assert pp.FrameworkProgress(framework="Leadership", afi_count=None).afi_count is None
    with pytest.raises(pp.InvalidValueError, match=r"^afi_count must be at least 0, got -1$"):
        pp.FrameworkProgress(framework="Leadership", afi_count=-1)


@pytest.mark.parametrize("number", [1, 7, None])
def test_between_accepts_both_ends_and_an_absent_value(number: int | None) -> None:
    assert pp.Domain(number=number, name="Reducing Crime").number == number


@pytest.mark.parametrize("number", [0, 8])
def test_between_refuses_just_outside_either_end(number: int) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Domain(number=number, name="Reducing Crime")
    assert (caught.value.code, caught.value.field) == ("out-of-range", "number")
    assert str(caught.value) == f"number must be between 1 and 7, got {number}"


def test_unique_reports_each_repeat_with_its_first() -> None:
    completed, awaited = pp.AFIStatus.COMPLETED, pp.AFIStatus.UPDATE_AWAITED
    counts = tuple(
        pp.StatusCount(status=status, count=count)
        for status, count in [(completed, 1), (completed, 2), (awaited, 2), (completed, 3)]
    )
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.FrameworkProgress(framework="Leadership", status_counts=counts)
    error = caught.value
    assert (error.code, error.field, error.at) == ("duplicate-key", "status_counts", (1,))
    assert error.detail == "status_counts[1] repeats status 'completed' of status_counts[0]"
    assert [(more.code, more.at, more.detail) for more in error.more] == [
        (
            "duplicate-key",
            (3,),
            "status_counts[3] repeats status 'completed' of status_counts[0]",
        )
    ]
    assert str(error).endswith("(and 1 more)")


@pytest.mark.parametrize("given", ["NaN", 0.1, "83%", True])
def test_a_quantity_value_that_is_refused_names_its_field(given: Any) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity(given, pp.Unit.COUNT)
    assert caught.value.field == "value"


@pytest.mark.parametrize("given", ["1_000", " 83 ", "83 ", "0x10", "1,000"])
def test_a_quantity_value_must_be_a_plain_numeral(given: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity(given, pp.Unit.COUNT)
    assert (caught.value.code, caught.value.field) == ("wrong-type", "value")
    assert str(caught.value) == f"{given!r} is not a number"


@pytest.mark.parametrize(
    ("given", "value"),
    [("83", "83"), ("-17.6", "-17.6"), (".5", "0.5"), ("5.", "5"), ("1e5", "1E+5"), ("+2", "2")],
)
def test_a_plain_numeral_is_read_digit_for_digit(given: str, value: str) -> None:
    assert str(pp.Quantity(given, pp.Unit.PERCENT_CHANGE).value) == value

"""Every validator accepts a valid value and reports an invalid one with its code and path.

Each case starts from valid data, checks that it loads, then changes one
value and checks the issue that ``from_dict`` reports.
"""

from __future__ import annotations

import copy
from typing import Any

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

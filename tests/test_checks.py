"""Consistency checks: the findings on every dataset, and each rule on small documents.

The decisive tests run `check` over the five datasets and compare its
findings with the contradictions each dataset records in ``known_issues``:
every finding is recorded, and every recorded contradiction of a kind a check
can see is found.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given

import policeplan as pp
from policeplan.checks import CODES, check

from . import strategies

# --------------------------------------------------------------------------- datasets

PLAN = "mps-plan-2003-04"
BASELINE = "hmic-baseline-2005"
INSPECTION_2007 = "hmic-inspection-2007"
INSPECTION_2008 = "hmic-inspection-2008"
IMPROVEMENT = "mpa-improvement-plan-2007"


def _results(*cells: tuple[str, int, str]) -> set[tuple[str, str]]:
    return {(code, f"indicator_results[{row}].{cell}") for code, row, cell in cells}


EXPECTED: dict[str, set[tuple[str, str]]] = {
    PLAN: {
        # objective 24, Bow: 'by 30/4/04' in a 2003/04 plan (seed 001 L288)
        (
            "deadline-outside-year",
            "priorities[6].objectives[3].measures[0].targets[3].deadlines[2]",
        ),
    },
    BASELINE: _results(
        # SPI 6a/6b printed twice, in 3D (L1663-1664) and 3F (L1693-1694): an even split
        ("inconsistent-repeat", 100, "msf_average"),
        ("inconsistent-repeat", 119, "msf_average"),
        ("inconsistent-repeat", 100, "national_average"),
        ("inconsistent-repeat", 119, "national_average"),
        ("inconsistent-repeat", 101, "change"),
        ("inconsistent-repeat", 120, "change"),
        # SPI 8b ranks '-' in 2A (L1563), '*' in 3C (L1641)
        ("inconsistent-repeat", 33, "msf_rank"),
        ("inconsistent-repeat", 86, "msf_rank"),
        ("inconsistent-repeat", 33, "national_rank"),
        ("inconsistent-repeat", 86, "national_rank"),
        # 0.7 in 3C (L1642) against 0.70 in 1A and 2A: the odd one out
        ("inconsistent-repeat", 87, "national_average"),
        # shares above 100% (L1677, L1762, L1765, L1766)
        ("percent-over-100", 106, "values[0].figure"),
        ("percent-over-100", 152, "values[1].figure"),
        ("percent-over-100", 155, "values[1].figure"),
        ("percent-over-100", 156, "values[1].figure"),
        # point changes that are not the difference of their values
        ("change-contradicts-values", 16, "change"),
        ("change-contradicts-values", 35, "change"),
        ("change-contradicts-values", 88, "change"),
        ("change-contradicts-values", 95, "change"),
        ("change-contradicts-values", 96, "change"),
        ("change-contradicts-values", 99, "change"),
        ("change-contradicts-values", 128, "change"),
        ("change-contradicts-values", 147, "change"),
        ("change-contradicts-values", 154, "change"),
        ("change-contradicts-values", 156, "change"),
        ("change-contradicts-values", 157, "change"),
    ),
    INSPECTION_2007: set(),
    # SPI 3b: 72.3% (2006) to 71.8% (2008) is -0.5 pp, the table prints -0.4 pp (seed 002 L690)
    INSPECTION_2008: _results(("change-contradicts-values", 4, "change")),
    # 131 + 26 + 10 + 20 = 187, not the 189 AFIs stated (seed 004 L15, L20)
    IMPROVEMENT: {("total-mismatch", "status_counts")},
}

KNOWN_TO_CHECK: dict[str, frozenset[str]] = {
    "total-mismatch": frozenset({"total-mismatch", "change-contradicts-values"}),
    "distribution-total": frozenset({"distribution-total"}),
    "inconsistent-repeat": frozenset({"inconsistent-repeat"}),
    "impossible-value": frozenset({"percent-over-100", "change-contradicts-values"}),
    "deadline-after-period": frozenset({"deadline-outside-year"}),
}
"""Known-issue code → the check codes that must find an issue of that code."""

EXEMPT_CODES = frozenset(
    {
        # text that is wrong or different, not figures that disagree
        "typo",
        "garbled-text",
        "garbled-wording",
        "garbled-cell",
        "wording-variant",
        "label-mismatch",
        "missing-word",
        "repeated-text",
        "ambiguous-wording",
        "footnote-numbering",
        # something the source lacks: no figure to compare
        "missing-footnote",
        "missing-definition",
        "missing-heading",
        "missing-table",
        "missing-appendix",
        "missing-title-page",
        "placeholder-page",
        "truncated-list",
        "unlabelled-total",
        # a figure against prose, a gloss or a differently named indicator, none in the model
        "text-table-conflict",
        "annex-conflict",
        "inconsistent-gloss",
        "target-measure-mismatch",
        "multi-value-cell",
        "graded-not-inspected",
        # a rate against counts in other rows of a performance table: no rule relates series
        "ratio-mismatch",
    }
)
"""Known-issue codes of kinds no automatic check can see."""

UNSEEN: dict[tuple[str, str, str], str] = {
    (BASELINE, "inconsistent-repeat", "findings[102].text"): "prose against prose",
    (BASELINE, "inconsistent-repeat", "findings[371].text"): "prose against a table",
    (BASELINE, "inconsistent-repeat", "findings[384].text"): "prose against a table",
    (BASELINE, "inconsistent-repeat", "source"): "ward counts in prose",
    (INSPECTION_2007, "inconsistent-repeat", "findings[89].text"): "a finding repeated",
    (INSPECTION_2007, "inconsistent-repeat", "contextual_factors[11].figure"): "prose",
    (INSPECTION_2007, "inconsistent-repeat", "contextual_factors[46].qualifier"): "prose",
    (INSPECTION_2008, "inconsistent-repeat", "findings[16]"): "a subheading printed twice",
    (INSPECTION_2008, "inconsistent-repeat", "standards[1].strengths[8].text"): "prose",
    (INSPECTION_2008, "inconsistent-repeat", "standards[2].strengths[5].text"): "prose",
    (IMPROVEMENT, "inconsistent-repeat", "frameworks[0].actions[1]"): "dates in prose",
    # two rows with one reference but different names are different indicators to a check
    (PLAN, "inconsistent-repeat", "indicators[16].reference"): "BVPI 128 worded two ways",
    # shortfalls: frameworks without stated counts or statuses may account for the rest
    (IMPROVEMENT, "total-mismatch", "frameworks[4].afi_count"): "awaited topics are prose",
    (IMPROVEMENT, "total-mismatch", "frameworks[20].afi_count"): "awaited topics are prose",
    (IMPROVEMENT, "total-mismatch", "total_afis"): "two frameworks give no count",
    (IMPROVEMENT, "total-mismatch", "status_counts[1]"): "frameworks without status counts",
    (IMPROVEMENT, "total-mismatch", "status_counts[2]"): "frameworks without status counts",
}
"""Recorded contradictions of a checked kind that rest on prose or unstated counts."""


def _within(path: str, scope: str) -> bool:
    """Whether ``path`` is ``scope`` or a path under it."""
    return path == scope or path.startswith((f"{scope}.", f"{scope}["))


def _findings(dataset: str) -> tuple[pp.Issue, ...]:
    return check(pp.datasets.load(dataset))


@pytest.mark.parametrize("dataset", pp.datasets.available())
def test_findings_per_dataset(dataset: str) -> None:
    findings = _findings(dataset)
    assert {(issue.code, issue.path) for issue in findings} == EXPECTED[dataset]
    assert len(findings) == len(EXPECTED[dataset])  # no finding reported twice


@pytest.mark.parametrize("dataset", pp.datasets.available())
def test_every_known_code_is_classified(dataset: str) -> None:
    codes = {issue.code for issue in pp.datasets.load(dataset).known_issues}
    assert codes <= KNOWN_TO_CHECK.keys() | EXEMPT_CODES
    assert not KNOWN_TO_CHECK.keys() & EXEMPT_CODES


@pytest.mark.parametrize("dataset", pp.datasets.available())
def test_recorded_contradictions_are_found(dataset: str) -> None:
    findings = _findings(dataset)
    missed = [
        known
        for known in pp.datasets.load(dataset).known_issues
        if known.code in KNOWN_TO_CHECK
        and (dataset, known.code, known.path) not in UNSEEN
        and not any(
            issue.code in KNOWN_TO_CHECK[known.code] and _within(issue.path, known.path)
            for issue in findings
        )
    ]
    assert missed == []


@pytest.mark.parametrize("dataset", pp.datasets.available())
def test_findings_are_recorded(dataset: str) -> None:
    known = pp.datasets.load(dataset).known_issues
    unrecorded = [
        issue
        for issue in _findings(dataset)
        if not any(_within(issue.path, k.path) or _within(k.path, issue.path) for k in known)
    ]
    assert unrecorded == []


def test_unseen_exceptions_are_current() -> None:
    for dataset, code, path in UNSEEN:
        known = pp.datasets.load(dataset).known_issues
        assert any(k.code == code and k.path == path for k in known), (dataset, code, path)


def test_codes_are_stable_kebab_case() -> None:
    reported = {code for codes in EXPECTED.values() for code, _ in codes}
    assert reported <= set(CODES)
    assert all(code == code.lower() and " " not in code for code in CODES)


def test_findings_carry_a_message() -> None:
    for dataset in pp.datasets.available():
        for issue in _findings(dataset):
            assert issue.message
            assert issue.code in CODES


def test_unknown_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="not Rank"):
        check(pp.Rank(position=1, out_of=2))  # type: ignore[arg-type]


@given(strategies.policing_plans)
def test_never_raises_for_plans(plan: pp.PolicingPlan) -> None:
    assert all(issue.code in CODES for issue in check(plan))


@given(strategies.baseline_assessments())
def test_never_raises_for_baselines(base: pp.BaselineAssessment) -> None:
    assert all(issue.code in CODES for issue in check(base))


@given(strategies.inspections())
def test_never_raises_for_inspections(insp: pp.Inspection) -> None:
    assert all(issue.code in CODES for issue in check(insp))


@given(strategies.improvement_plans)
def test_never_raises_for_improvement_plans(impr: pp.ImprovementPlan) -> None:
    assert all(issue.code in CODES for issue in check(impr))


# --------------------------------------------------------------------------- builders

SOURCE = pp.Source(title="Test", publisher="Test", date=date(2005, 10, 1))
YEAR_A, YEAR_B = pp.FinancialYear(2003), pp.FinancialYear(2004)


def _q(text: str, unit: pp.Unit, value: str | None = None) -> pp.Figure[pp.Quantity]:
    match = re.search(r"-?\d[\d,]*(?:\.\d*)?", text)
    assert match is not None
    number = value or match.group().replace(",", "")
    return pp.Figure(text=text, value=pp.Quantity(number, unit))


def _pct(text: str) -> pp.Figure[pp.Quantity]:
    return _q(text, pp.Unit.PERCENT)


def _result(
    indicator: str = "% of people satisfied",
    before: pp.Figure[pp.Quantity] | None = None,
    after: pp.Figure[pp.Quantity] | None = None,
    **fields: Any,
) -> pp.IndicatorResult:
    values = tuple(
        pp.Observation(period=year.period(), figure=figure)
        for year, figure in ((YEAR_A, before), (YEAR_B, after))
        if figure is not None
    )
    return pp.IndicatorResult(indicator=indicator, force="MPS", values=values, **fields)


def _baseline(*results: pp.IndicatorResult) -> pp.BaselineAssessment:
    return pp.BaselineAssessment(
        source=SOURCE, force="MPS", year=YEAR_B, indicator_results=results
    )


def _codes(document: Any) -> list[tuple[str, str]]:
    return [(issue.code, issue.path) for issue in check(document)]


def _plan(*objectives: pp.Objective, **fields: Any) -> pp.PolicingPlan:
    priority = pp.Priority(
        group=pp.PriorityGroup.LONDONERS, letter="A", title="Safer", objectives=objectives
    )
    return pp.PolicingPlan(
        source=SOURCE,
        authority="MPA",
        force="MPS",
        period=YEAR_A,
        title="Plan",
        priorities=(priority,),
        **fields,
    )


def _milestone(*deadlines: str) -> pp.MilestoneTarget:
    return pp.MilestoneTarget(
        text="deliver", deliverable="it", deadlines=tuple(map(pp.Deadline.parse, deadlines))
    )


def _objective(*measures: pp.Measure) -> pp.Objective:
    return pp.Objective(number=1, title="To reduce crime", measures=measures)


# --------------------------------------------------------------------------- total-mismatch


def _improvement(total: int, *counts: int, **fields: Any) -> pp.ImprovementPlan:
    statuses = tuple(
        pp.StatusCount(status=status, count=count)
        for status, count in zip(pp.AFIStatus, counts, strict=False)
    )
    return pp.ImprovementPlan(source=SOURCE, total_afis=total, status_counts=statuses, **fields)


def test_status_counts_short_of_total_fire_when_every_status_is_stated() -> None:
    assert _codes(_improvement(189, 131, 26, 10, 20)) == [("total-mismatch", "status_counts")]
    assert _codes(_improvement(187, 131, 26, 10, 20)) == []


def test_status_counts_short_of_total_are_silent_when_a_status_is_unstated() -> None:
    assert _codes(_improvement(189, 131, 26)) == []
    assert _codes(_improvement(100, 131)) == [("total-mismatch", "status_counts")]


def test_framework_status_counts_above_afi_count() -> None:
    def framework(afis: int) -> pp.FrameworkProgress:
        counts = (pp.StatusCount(status=pp.AFIStatus.COMPLETED, count=4),)
        return pp.FrameworkProgress(framework="Leadership", afi_count=afis, status_counts=counts)

    over = _improvement(0, frameworks=(framework(3),))
    assert _codes(over) == [("total-mismatch", "frameworks[0].status_counts")]
    assert _codes(_improvement(0, frameworks=(framework(8),))) == []


def _line(label: str, amount: str, *, section: str | None = None, total: bool = False) -> Any:
    return pp.LineItem(
        section=section,
        label=label,
        amount=_q(amount, pp.Unit.GBP, amount),
        total=total,
    )


def test_line_items_against_their_totals() -> None:
    items = (
        _line("Personnel", "2.90", section="Cash"),
        _line("IT", "2.90", section="Cash"),
        _line("Subtotal", "5.80", section="Cash", total=True),
        _line("Total cash", "5.80", section="Cash", total=True),
        _line("Civilianisation", "14.00", section="Non cash"),
        _line("Total non cash", "14.00", section="Non cash", total=True),
        _line("Total", "19.80", total=True),
    )
    assert _codes(_plan(efficiency_savings=items)) == []
    wrong = (*items[:2], _line("Subtotal", "6.80", section="Cash", total=True), *items[3:])
    assert _codes(_plan(efficiency_savings=wrong)) == [
        ("total-mismatch", "efficiency_savings[2].amount"),
        ("total-mismatch", "efficiency_savings[3].amount"),
    ]


def test_line_item_shares_allow_their_rounding() -> None:
    def item(label: str, count: str, share: str, *, total: bool = False) -> pp.LineItem:
        return pp.LineItem(
            label=label,
            amount=_q(count, pp.Unit.COUNT),
            share=_q(share, pp.Unit.PERCENT, share.strip("()%")),
            total=total,
        )

    rounded = (
        item("A", "1", "(33.3%)"),
        item("B", "2", "(66.7%)"),
        item("T", "3", "(100%)", total=True),
    )
    assert _codes(_plan(deployment=rounded)) == []
    off = (
        item("A", "1", "(33.3%)"),
        item("B", "3", "(66.7%)"),
        item("T", "3", "(90%)", total=True),
    )
    assert _codes(_plan(deployment=off)) == [
        ("total-mismatch", "deployment[2].amount"),
        ("total-mismatch", "deployment[2].share"),
    ]


def test_plan_annex_totals_add_up() -> None:
    plan = pp.datasets.load(PLAN)
    assert not [i for i in check(plan) if i.path.startswith(("efficiency", "deployment"))]


# --------------------------------------------------------------------------- distribution-total


def _inspection(forces: tuple[str, ...], *distributions: pp.GradeDistribution) -> pp.Inspection:
    framework = pp.Framework(name="Domestic violence")
    judgements = tuple(
        pp.Judgement(force=force, framework="Domestic violence", grade=pp.Grade.FAIR)
        for force in forces
    )
    return pp.Inspection(
        source=SOURCE,
        force="MPS",
        period=YEAR_A.period(),
        frameworks=(framework,),
        judgements=judgements,
        distributions=distributions,
    )


def _distribution(forces_assessed: int | None = None) -> pp.GradeDistribution:
    return pp.GradeDistribution(
        framework="Domestic violence",
        excellent=1,
        good=1,
        fair=1,
        poor=0,
        forces_assessed=forces_assessed,
    )


def test_distribution_against_stated_forces_assessed() -> None:
    assert _codes(_inspection(("MPS",), _distribution(4))) == [
        ("distribution-total", "distributions[0]")
    ]
    assert _codes(_inspection(("MPS",), _distribution(3))) == []


def test_distribution_against_forces_judged_nationally() -> None:
    national = ("MPS", "Kent", "Surrey", "Essex")
    assert _codes(_inspection(national, _distribution())) == [
        ("distribution-total", "distributions[0]")
    ]
    assert _codes(_inspection(national[:3], _distribution())) == []
    # one force judged: the document holds no national judgements to count
    assert _codes(_inspection(("MPS",), _distribution())) == []


# --------------------------------------------------------------------------- rank-beyond-out-of


def test_rank_text_beyond_out_of() -> None:
    unreadable = pp.Figure[pp.Rank](text="44 out of 43", missing=pp.MissingReason.ILLEGIBLE)
    assert _codes(_baseline(_result(national_rank=unreadable))) == [
        ("rank-beyond-out-of", "indicator_results[0].national_rank")
    ]
    plausible = pp.Figure[pp.Rank](text="4 out of 43", missing=pp.MissingReason.ILLEGIBLE)
    parsed = pp.Figure(text="43 out of 43", value=pp.Rank.parse("43 out of 43"))
    assert _codes(_baseline(_result(national_rank=plausible, msf_rank=parsed))) == []


# --------------------------------------------------------------------------- inconsistent-repeat


def test_repeat_in_another_table_differs() -> None:
    first = _result(before=_pct("12.3%"), after=_pct("14.9%"), table="3D")
    same = _result(before=_pct("12.3%"), after=_pct("14.9%"), table="3F")
    assert _codes(_baseline(first, same)) == []
    other = _result(before=_pct("12.3%"), after=_pct("15.9%"), table="3F")
    assert _codes(_baseline(first, other)) == [
        ("inconsistent-repeat", "indicator_results[0].values[1].figure"),
        ("inconsistent-repeat", "indicator_results[1].values[1].figure"),
    ]


def test_repeat_majority_names_the_odd_one_out() -> None:
    def row(table: str, text: str) -> pp.IndicatorResult:
        return _result(
            "Offences per 1000 population",
            table=table,
            national_average=_q(text, pp.Unit.COUNT),
        )

    doc = _baseline(row("1A", "0.70"), row("2A", "0.70"), row("3C", "0.7"))
    assert _codes(doc) == [("inconsistent-repeat", "indicator_results[2].national_average")]


def test_repeat_compares_missing_reasons_and_ignores_case() -> None:
    dash = pp.Figure[pp.Rank](text="-", missing=pp.MissingReason.NOT_GIVEN)
    star = pp.Figure[pp.Rank](text="*", missing=pp.MissingReason.NOT_AVAILABLE)
    doc = _baseline(
        _result("% of Partner violence", code="SPI 8b", table="2A", msf_rank=dash),
        _result("% of partner violence", code="SPI 8b", table="3C", msf_rank=star),
    )
    assert len(_codes(doc)) == 2


def test_same_name_in_one_table_or_with_other_code_is_not_a_repeat() -> None:
    doc = _baseline(
        _result("Difference", before=_q("19", pp.Unit.PERCENTAGE_POINTS), table="6C"),
        _result("Difference", before=_q("14", pp.Unit.PERCENTAGE_POINTS), table="6C"),
        _result("Difference", before=_q("9", pp.Unit.PERCENTAGE_POINTS), table="6D", code="X"),
    )
    assert _codes(doc) == []


# --------------------------------------------------------------------------- percent-over-100


def test_share_over_100_fires_but_detection_rates_do_not() -> None:
    assert _codes(_baseline(_result("% scenes examined", after=_pct("1000.0%")))) == [
        ("percent-over-100", "indicator_results[0].values[0].figure")
    ]
    for name in ("% of crimes detected", "Sanction detection rate", "Clear-up rate"):
        assert _codes(_baseline(_result(name, after=_pct("114.3%")))) == []
    assert _codes(_baseline(_result("% scenes examined", after=_pct("100.0%")))) == []


def test_share_over_100_in_averages_plan_and_progress() -> None:
    doc = _baseline(_result("% of staff", national_average=_pct("119.2%")))
    assert _codes(doc) == [("percent-over-100", "indicator_results[0].national_average")]
    row = pp.IndicatorRow(
        indicator="% of calls answered",
        observations=(pp.Observation(period=YEAR_A.period(), figure=_pct("101%")),),
    )
    assert _codes(_plan(indicators=(row,))) == [
        ("percent-over-100", "indicators[0].observations[0].figure")
    ]
    progress = pp.ProgressFigure(
        metric="% of AFIs completed",
        text="120%",
        actual=pp.Quantity(120, pp.Unit.PERCENT),
    )
    assert _codes(_improvement(0, progress=(progress,))) == [
        ("percent-over-100", "progress[0].actual")
    ]


# --------------------------------------------------------------------------- plan rules


def _measure(*targets: pp.Target) -> pp.Measure:
    return pp.Measure(text="Offences", targets=targets)


def test_deadline_outside_plan_year() -> None:
    late = _plan(_objective(_measure(_milestone("by May 2003", "30/4/04"))))
    assert _codes(late) == [
        (
            "deadline-outside-year",
            "priorities[0].objectives[0].measures[0].targets[0].deadlines[1]",
        )
    ]
    level = pp.LevelTarget(
        text="29,856 by March 2004",
        value=pp.Quantity(29856, pp.Unit.COUNT),
        deadline=pp.Deadline.parse("by March 2004"),
    )
    assert _codes(_plan(_objective(_measure(level, _milestone("31/3/04"))))) == []


def test_objective_without_measures() -> None:
    assert _codes(_plan(_objective())) == [
        ("objective-without-measures", "priorities[0].objectives[0].measures")
    ]


def test_measure_without_targets() -> None:
    assert _codes(_plan(_objective(_measure()))) == [
        ("measure-without-targets", "priorities[0].objectives[0].measures[0].targets")
    ]
    direction = pp.DirectionTarget(text="increase", direction=pp.Direction.INCREASE)
    assert _codes(_plan(_objective(_measure(direction)))) == []


# --------------------------------------------------------------------------- change


def _points(text: str) -> pp.Figure[pp.Quantity]:
    return _q(text, pp.Unit.PERCENTAGE_POINTS)


def _relative(text: str) -> pp.Figure[pp.Quantity]:
    return _q(text, pp.Unit.PERCENT_CHANGE)


CHANGE = [("change-contradicts-values", "indicator_results[0].change")]


@pytest.mark.parametrize(
    ("before", "after", "change", "expected"),
    [
        ("23.0%", "34.0%", "11.0 Pts", []),
        ("23.0%", "34.0%", "11.1 Pts", CHANGE),  # printed figures that do not subtract
        ("12.3%", "14.9%", "3 Pts", []),  # a change printed whole is allowed its rounding
        ("44.6%", "66.7%", "22 Pts", []),
        ("44.6%", "66.7%", "23 Pts", CHANGE),
    ],
)
def test_point_change(before: str, after: str, change: str, expected: list[Any]) -> None:
    row = _result(before=_pct(before), after=_pct(after), change=_points(change))
    assert _codes(_baseline(row)) == expected


@pytest.mark.parametrize(
    ("before", "after", "change", "expected"),
    [
        ("0.87", "0.86", "-0.6 %", []),  # -1.1% as printed, but rounding allows it
        ("1.28", "1.27", "-1.3 %", []),
        ("134325", "151447", "12.7 %", []),
        ("134325", "151447", "17.2 %", CHANGE),
        ("0.87", "0.86", "-5 %", CHANGE),
    ],
)
def test_relative_change(before: str, after: str, change: str, expected: list[Any]) -> None:
    row = _result(
        "Offences per 1,000 population",
        before=_q(before, pp.Unit.COUNT),
        after=_q(after, pp.Unit.COUNT),
        change=_relative(change),
    )
    assert _codes(_baseline(row)) == expected


def test_change_of_a_garbled_row_is_still_checked() -> None:
    row = _result(
        "Difference in % of applicants appointed",
        before=_points("19"),
        after=_points("216"),
        change=_points("19700 Pts"),
        garbled=True,
    )
    assert _codes(_baseline(row)) == CHANGE


def test_change_reads_values_in_period_order() -> None:
    later = pp.Observation(
        period=pp.Period(start=date(2007, 4, 1), end=date(2008, 3, 31)), figure=_pct("71.8%")
    )
    earlier = pp.Observation(
        period=pp.Period(start=date(2005, 4, 1), end=date(2006, 3, 31)), figure=_pct("72.3%")
    )
    row = pp.IndicatorResult(
        indicator="Satisfaction", force="MPS", values=(later, earlier), change=_points("-0.5 pp")
    )
    assert _codes(_baseline(row)) == []
    wrong = pp.IndicatorResult(
        indicator="Satisfaction", force="MPS", values=(later, earlier), change=_points("-0.4 pp")
    )
    assert _codes(_baseline(wrong)) == CHANGE


def test_change_needs_two_values() -> None:
    row = _result(after=_pct("55.2%"), change=_points("1.2 pp"))
    assert _codes(_baseline(row)) == []


# --------------------------------------------------------------------------- change in plans

FIRST, SECOND = pp.FinancialYear(2000), pp.FinancialYear(2001)
TO_DATE = pp.Period(
    start=date(2002, 4, 1), end=date(2002, 12, 31), label="Apr – Dec 2002", year_to_date=True
)
ILLEGIBLE = pp.Figure[pp.Quantity](text=".5", missing=pp.MissingReason.ILLEGIBLE)
SERIES_CHANGE = [
    (
        "change-contradicts-values",
        "priorities[0].objectives[0].measures[0].performance[1].observations[1].figure",
    )
]


def _series(
    label: str, unit: pp.Unit, first: str | None, second: str, to_date: str | None = None
) -> pp.Series:
    """A row of a performance table: 2000/01 (``None`` if illegible), 2001/02, year to date."""
    cells = [
        (FIRST.period(), ILLEGIBLE if first is None else _q(first, unit)),
        (SECOND.period(), _q(second, unit)),
    ]
    if to_date is not None:
        cells.append((TO_DATE, _q(to_date, unit)))
    observations = tuple(pp.Observation(period=period, figure=fig) for period, fig in cells)
    return pp.Series(label=label, observations=observations)


def _offences(first: str | None = "112376", to_date: str | None = None) -> pp.Series:
    return _series("Offences", pp.Unit.COUNT, first, "116027", to_date)


def _change(second: str, to_date: str | None = None) -> pp.Series:
    return _series("% change on previous year", pp.Unit.PERCENT_CHANGE, "+0.5%", second, to_date)


def _performance(*series: pp.Series) -> pp.PolicingPlan:
    direction = pp.DirectionTarget(text="reduce", direction=pp.Direction.REDUCE)
    measure = pp.Measure(text="Burglary offences", targets=(direction,), performance=series)
    return _plan(_objective(measure))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("+3.2%", []),  # 112376 to 116027 is +3.249%: the plan's burglary row
        ("+3%", []),  # a change printed whole is allowed its rounding
        ("+3.3%", SERIES_CHANGE),  # counts are exact: no rounding reaches 3.25%
        ("-3.2%", SERIES_CHANGE),
        ("+4.2%", SERIES_CHANGE),
    ],
)
def test_plan_change_series_against_its_values(change: str, expected: list[Any]) -> None:
    assert _codes(_performance(_offences(), _change(change))) == expected


def test_plan_change_series_needs_the_previous_year() -> None:
    assert _codes(_performance(_offences(), _change("+9.9%"))) == SERIES_CHANGE
    assert _codes(_performance(_offences(first=None), _change("+9.9%"))) == []
    garbled = attrs.evolve(_q("112376", pp.Unit.COUNT), garbled=True)
    offences = _offences()
    observations = (
        attrs.evolve(offences.observations[0], figure=garbled),
        offences.observations[1],
    )
    assert (
        _codes(_performance(attrs.evolve(offences, observations=observations), _change("+9.9%")))
        == []
    )


def test_plan_change_series_skips_year_to_date() -> None:
    # -50% is far from 86153 against 116027, but a year-to-date change compares
    # with the same months a year earlier, which the table does not print
    assert _codes(_performance(_offences(to_date="86153"), _change("+3.2%", "-50.0%"))) == []


@pytest.mark.parametrize(
    "sibling",
    [
        _series("Detections", pp.Unit.COUNT, "12000", "14000"),
        _series("% cleared up", pp.Unit.PERCENT, "89.9%", "72.8%"),
    ],
)
def test_plan_change_series_with_two_candidate_values_is_not_read(sibling: pp.Series) -> None:
    assert _codes(_performance(_offences(), _change("+9.9%"))) == SERIES_CHANGE
    assert _codes(_performance(_offences(), _change("+9.9%"), sibling)) == []


def test_plan_point_change_series_against_a_percent_series() -> None:
    def table(change: str) -> pp.PolicingPlan:
        rate = _series("Judicial disposal rate", pp.Unit.PERCENT, "18.6%", "22.5%")
        points = _series("Change", pp.Unit.PERCENTAGE_POINTS, "+1.0 pts", change)
        return _performance(rate, points)

    assert _codes(table("+3.9 pts")) == []
    assert _codes(table("+4.9 pts")) == SERIES_CHANGE
    # a point change says nothing about a count: alone it is not read, and beside
    # the rate it does not make the values ambiguous
    counts = _series("Offences", pp.Unit.COUNT, "2189", "2498")
    rate = _series("Judicial disposal rate", pp.Unit.PERCENT, "18.6%", "22.5%")
    points = _series("Change", pp.Unit.PERCENTAGE_POINTS, "+1.0 pts", "+4.9 pts")
    assert _codes(_performance(counts, points)) == []
    assert _codes(_performance(rate, points, counts)) == SERIES_CHANGE


# --------------------------------------------------------------------------- totals: rounding

# A total may differ from the sum of its printed lines by half a unit in the last printed
# place of each figure, lines and total alike: 0.05 for "49.4%", 0.5 for "100%".


def _deployment(*shares: str, total: str) -> tuple[pp.LineItem, ...]:
    """One deployment line (count 1) per printed share, then their total line."""

    def line(label: str, count: int, share: str, *, is_total: bool = False) -> pp.LineItem:
        return pp.LineItem(
            label=label,
            amount=_q(str(count), pp.Unit.COUNT),
            share=_pct(share),
            total=is_total,
        )

    lines = tuple(line(f"Unit {n}", 1, share) for n, share in enumerate(shares))
    return (*lines, line("Total", len(shares), total, is_total=True))


@pytest.mark.parametrize(
    ("shares", "total"),
    [
        (("33.3%", "33.3%", "33.3%"), "100%"),  # 99.9
        (("33.4%", "33.4%", "33.3%"), "100%"),  # 100.1
        (("50.0%", "49.4%"), "100%"),  # 0.6 short: exactly 0.05 + 0.05 + 0.5
        (("50.0%", "50.6%"), "100%"),  # 0.6 over
        (("50.0%", "49.9%"), "100.0%"),  # 0.1 short of 0.05 + 0.05 + 0.05
    ],
)
def test_line_item_shares_within_their_rounding(shares: tuple[str, ...], total: str) -> None:
    assert _codes(_plan(deployment=_deployment(*shares, total=total))) == []


@pytest.mark.parametrize(
    ("shares", "total", "stated", "added"),
    [
        (("50.0%", "49.3%"), "100%", "100", "99.3"),  # 0.7 short of 100: beyond 0.6
        (("50.0%", "50.7%"), "100%", "100", "100.7"),
        (("49.0%", "49.0%"), "100%", "100", "98.0"),
        (("51.0%", "51.0%"), "100%", "100", "102.0"),
        (("50.0%", "49.8%"), "100.0%", "100.0", "99.8"),  # a total printed to 0.1 allows less
        (("50.00%", "49.90%"), "100.0%", "100.0", "99.90"),  # so do lines printed to 0.01
    ],
)
def test_line_item_shares_beyond_their_rounding(
    shares: tuple[str, ...], total: str, stated: str, added: str
) -> None:
    (issue,) = check(_plan(deployment=_deployment(*shares, total=total)))
    assert issue.code == "total-mismatch"
    assert issue.path == f"deployment[{len(shares)}].share"
    assert issue.message.startswith(f"'Total' is {stated}, but its lines ")
    assert issue.message.endswith(f" add up to {added}")


def test_line_item_mismatch_names_the_figures_of_its_lines() -> None:
    (issue,) = check(_plan(deployment=_deployment("50.0%", "49.3%", total="100%")))
    assert "50.0" in issue.message
    assert "49.3" in issue.message


def test_counts_are_exact_but_printed_amounts_allow_their_rounding() -> None:
    def lines(unit: pp.Unit, *amounts: str) -> tuple[pp.LineItem, ...]:
        *parts, total = (
            pp.LineItem(label=f"Line {n}", amount=_q(text, unit)) for n, text in enumerate(amounts)
        )
        return (*parts, attrs.evolve(total, label="Total", total=True))

    # officers are counted: 3 + 2 is not 6
    (issue,) = check(_plan(deployment=lines(pp.Unit.COUNT, "3", "2", "6")))
    assert (issue.code, issue.path) == ("total-mismatch", "deployment[2].amount")
    assert issue.message == "'Total' is 6, but its lines ('Line 0' 3 + 'Line 1' 2) add up to 5"
    assert _codes(_plan(deployment=lines(pp.Unit.COUNT, "3", "2", "5"))) == []
    assert _codes(_plan(deployment=lines(pp.Unit.COUNT, "3", "2", "4"))) == [
        ("total-mismatch", "deployment[2].amount")
    ]
    # £3m and £2m printed whole may be 3.4 and 2.4: £6m is within their rounding, £7m is not
    assert _codes(_plan(efficiency_savings=lines(pp.Unit.GBP, "3", "2", "6"))) == []
    assert _codes(_plan(efficiency_savings=lines(pp.Unit.GBP, "3", "2", "7"))) == [
        ("total-mismatch", "efficiency_savings[2].amount")
    ]
    # a count printed with a decimal point is rounded too: 3.0 + 2.0 may be 5.1
    assert _codes(_plan(deployment=lines(pp.Unit.COUNT, "3.0", "2.0", "5.1"))) == []
    assert _codes(_plan(deployment=lines(pp.Unit.COUNT, "3.0", "2.0", "5.2"))) == [
        ("total-mismatch", "deployment[2].amount")
    ]


# --------------------------------------------------------------------------- totals: sections


def _sections(grand: str) -> tuple[pp.LineItem, ...]:
    return (
        _line("Personnel", "2.00", section="Cash"),
        _line("IT", "1.00", section="Cash"),
        _line("Total cash", "3.00", section="Cash", total=True),
        _line("Civilianisation", "4.00", section="Non cash"),
        _line("Total non cash", "4.00", section="Non cash", total=True),
        _line("Total", grand, total=True),
    )


def test_grand_total_sums_the_section_totals() -> None:
    assert _codes(_plan(efficiency_savings=_sections("7.00"))) == []
    for grand in ("7.10", "6.90"):
        (issue,) = check(_plan(efficiency_savings=_sections(grand)))
        assert (issue.code, issue.path) == ("total-mismatch", "efficiency_savings[5].amount")
        assert issue.message == (
            f"'Total' is {grand}, but its lines ('Total cash' 3.00 + 'Total non cash' 4.00) "
            "add up to 7.00"
        )
    # the same table read as deployment is checked there, under its own path
    assert _codes(_plan(deployment=_sections("7.10"))) == [
        ("total-mismatch", "deployment[5].amount")
    ]


def test_a_total_without_lines_sums_the_totals_of_its_own_section() -> None:
    def savings(non_cash: str) -> tuple[pp.LineItem, ...]:
        return (
            _line("Personnel", "2.00", section="Cash"),
            _line("Total cash", "2.00", section="Cash", total=True),
            _line("Civilianisation", "4.00", section="Non cash"),
            _line("Subtotal non cash", "4.00", section="Non cash", total=True),
            # sums the non cash subtotal only, not the cash total as well
            _line("Total non cash", non_cash, section="Non cash", total=True),
            # sums the totals still open: cash and the last non cash total
            _line("Total", "6.00", total=True),
        )

    assert _codes(_plan(efficiency_savings=savings("4.00"))) == []
    issues = check(_plan(efficiency_savings=savings("5.00")))
    assert [(i.code, i.path) for i in issues] == [
        ("total-mismatch", "efficiency_savings[4].amount"),
        ("total-mismatch", "efficiency_savings[5].amount"),
    ]
    assert issues[0].message == (
        "'Total non cash' is 5.00, but its lines ('Subtotal non cash' 4.00) add up to 4.00"
    )
    assert issues[1].message == (
        "'Total' is 6.00, but its lines ('Total cash' 2.00 + 'Total non cash' 5.00) add up to 7.00"
    )


def test_a_total_with_nothing_before_it_is_not_checked() -> None:
    alone = (_line("Total", "5.00", total=True),)
    assert _codes(_plan(efficiency_savings=alone, deployment=alone)) == []


# --------------------------------------------------------------------------- distribution: forces


def _judged(*forces: str) -> pp.Inspection:
    """Each force judged on two frameworks; one distribution of 3 forces, none stated."""
    frameworks = ("Domestic violence", "Roads policing")
    return pp.Inspection(
        source=SOURCE,
        force="MPS",
        period=YEAR_A.period(),
        frameworks=tuple(pp.Framework(name=name) for name in frameworks),
        judgements=tuple(
            pp.Judgement(force=force, framework=name, grade=pp.Grade.FAIR)
            for force in forces
            for name in frameworks
        ),
        distributions=(_distribution(),),
    )


@pytest.mark.parametrize(
    ("forces", "expected"),
    [
        (("MPS",), []),  # one force judged: not a national inspection, nothing to count
        (("MPS", "Kent"), ["the grades of 'Domestic violence' add up to 3 forces, not 2"]),
        (("MPS", "Kent", "Surrey"), []),
    ],
)
def test_distribution_counts_each_force_judged_once(
    forces: tuple[str, ...], expected: list[str]
) -> None:
    issues = check(_judged(*forces))
    assert [(i.code, i.path) for i in issues] == [
        ("distribution-total", "distributions[0]") for _ in expected
    ]
    assert [i.message for i in issues] == expected


def test_two_forces_judged_count_against_a_distribution() -> None:
    assert _codes(_inspection(("MPS", "Kent"), _distribution())) == [
        ("distribution-total", "distributions[0]")
    ]
    # a total the source states is read instead of the forces judged
    assert _codes(_inspection(("MPS", "Kent"), _distribution(3))) == []
    (issue,) = check(_inspection(("MPS", "Kent", "Surrey"), _distribution(2)))
    assert (issue.code, issue.path) == ("distribution-total", "distributions[0]")
    assert issue.message == "the grades of 'Domestic violence' add up to 3 forces, not 2"


# --------------------------------------------------------------------------- status sums


@pytest.mark.parametrize("total", [186, 188])
def test_status_counts_one_off_their_total(total: int) -> None:
    (issue,) = check(_improvement(total, 131, 26, 10, 20))
    assert (issue.code, issue.path) == ("total-mismatch", "status_counts")
    assert issue.message == (
        f"all AFIs: the status counts 131 + 26 + 10 + 20 = 187 do not add up to the stated {total}"
    )


def test_status_counts_with_a_status_unstated_may_fall_short_but_not_exceed() -> None:
    assert _codes(_improvement(167, 131, 26, 10)) == []
    assert _codes(_improvement(168, 131, 26, 10)) == []  # the unstated status holds the rest
    (issue,) = check(_improvement(166, 131, 26, 10))
    assert (issue.code, issue.path) == ("total-mismatch", "status_counts")
    assert issue.message == (
        "all AFIs: the status counts 131 + 26 + 10 = 167 do not add up to the stated 166"
    )


def test_framework_status_counts_against_its_afi_count() -> None:
    def framework(afis: int | None, *counts: int) -> pp.FrameworkProgress:
        statuses = tuple(
            pp.StatusCount(status=status, count=count)
            for status, count in zip(pp.AFIStatus, counts, strict=False)
        )
        return pp.FrameworkProgress(framework="Leadership", afi_count=afis, status_counts=statuses)

    assert _codes(_improvement(0, frameworks=(framework(10, 4, 3, 2, 1),))) == []
    assert _codes(_improvement(0, frameworks=(framework(None, 4, 3, 2, 1),))) == []
    assert _codes(_improvement(0, frameworks=(framework(10),))) == []  # no status counts
    doc = _improvement(0, frameworks=(framework(10, 4, 3, 2, 1), framework(11, 4, 3, 2, 1)))
    (issue,) = check(doc)
    assert (issue.code, issue.path) == ("total-mismatch", "frameworks[1].status_counts")
    assert issue.message == (
        "Leadership: the status counts 4 + 3 + 2 + 1 = 10 do not add up to the stated 11"
    )


def test_a_total_without_status_counts_is_not_checked() -> None:
    assert _codes(_improvement(5)) == []
    assert _codes(_improvement(0)) == []


# --------------------------------------------------------------------------- shares and ranks


def test_share_just_over_100_fires_and_names_itself() -> None:
    (issue,) = check(_baseline(_result("% scenes examined", after=_pct("100.1%"))))
    assert (issue.code, issue.path) == (
        "percent-over-100",
        "indicator_results[0].values[0].figure",
    )
    assert issue.message == "'% scenes examined': a share of 100.1% exceeds 100%"
    # rate words are read in any case; a percent change is not a share
    assert _codes(_baseline(_result("% OF CRIMES DETECTED", after=_pct("100.1%")))) == []
    change = _q("+150%", pp.Unit.PERCENT_CHANGE)
    assert _codes(_baseline(_result("% scenes examined", after=change))) == []


def test_share_over_100_in_progress_targets_and_plan_performance() -> None:
    progress = pp.ProgressFigure(
        metric="% of AFIs completed",
        text="90% against 110%, benchmark 101%",
        actual=pp.Quantity(90, pp.Unit.PERCENT),
        target=pp.Quantity(110, pp.Unit.PERCENT),
        benchmark=pp.Quantity(101, pp.Unit.PERCENT),
    )
    assert _codes(_improvement(0, progress=(progress,))) == [
        ("percent-over-100", "progress[0].target"),
        ("percent-over-100", "progress[0].benchmark"),
    ]
    series = _series("% cleared", pp.Unit.PERCENT, "99.0%", "100.5%")
    (issue,) = check(_performance(series))
    assert (issue.code, issue.path) == (
        "percent-over-100",
        "priorities[0].objectives[0].measures[0].performance[0].observations[1].figure",
    )
    assert issue.message == "'Burglary offences (% cleared)': a share of 100.5% exceeds 100%"


def test_rank_text_at_or_beyond_out_of() -> None:
    def rank(text: str) -> pp.Figure[pp.Rank]:
        return pp.Figure[pp.Rank](text=text, missing=pp.MissingReason.ILLEGIBLE)

    assert _codes(_baseline(_result(msf_rank=rank("5 out of 5")))) == []
    (issue,) = check(_baseline(_result(msf_rank=rank("6th out of 5"))))
    assert (issue.code, issue.path) == ("rank-beyond-out-of", "indicator_results[0].msf_rank")
    assert issue.message == "rank '6th out of 5' puts the force beyond the 5 it is ranked in"


def test_repeat_split_evenly_reports_every_printing() -> None:
    def row(table: str, text: str) -> pp.IndicatorResult:
        return _result(
            "Offences per 1000 population",
            table=table,
            national_average=_q(text, pp.Unit.COUNT),
        )

    issues = check(
        _baseline(row("1A", "0.70"), row("2A", "0.70"), row("3C", "0.7"), row("3D", "0.7"))
    )
    assert [(i.code, i.path) for i in issues] == [
        ("inconsistent-repeat", f"indicator_results[{n}].national_average") for n in range(4)
    ]
    assert issues[0].message == (
        "'Offences per 1000 population' prints 0.70 in table 1A but 0.7 elsewhere"
    )
    assert issues[3].message == (
        "'Offences per 1000 population' prints 0.7 in table 3D but 0.70 elsewhere"
    )

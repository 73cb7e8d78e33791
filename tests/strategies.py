"""Hypothesis strategies for every public model class.

Each strategy builds only valid objects, so ``pp.to_dict`` / ``pp.from_dict``
must round-trip whatever it draws.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st

import policeplan as pp

T = TypeVar("T")

text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=24
).filter(lambda s: s.strip() != "")
optional_text = st.none() | text
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def small_tuple(
    elements: st.SearchStrategy[T], max_size: int = 3
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


def decimals(minimum: int = -100_000, maximum: int = 100_000) -> st.SearchStrategy[Decimal]:
    # Two decimal places at most: every such value survives the trip through a JSON float.
    return st.decimals(min_value=minimum, max_value=maximum, places=2, allow_nan=False)


financial_years = st.integers(1990, 2030).map(pp.FinancialYear)


@st.composite
def periods(draw: st.DrawFn) -> pp.Period:
    start = draw(dates)
    end = start + timedelta(days=draw(st.integers(0, 800)))
    return pp.Period(
        start=start, end=end, label=draw(optional_text), year_to_date=draw(st.booleans())
    )


deadlines = st.builds(pp.Deadline, text=text, date=dates, precision=st.sampled_from(pp.Precision))


@st.composite
def quantities(draw: st.DrawFn) -> pp.Quantity:
    unit = draw(st.sampled_from(pp.Unit))
    value = draw(decimals() if unit.signed else decimals(0))
    if unit is pp.Unit.RATE:
        return pp.Quantity(
            value, unit, per=draw(st.sampled_from([1000, 10_000, 100_000_000])), base=draw(text)
        )
    return pp.Quantity(value, unit, scale=draw(st.none() | st.just("million")))


def figures(values: st.SearchStrategy[Any]) -> st.SearchStrategy[pp.Figure[Any]]:
    present = st.builds(
        pp.Figure,
        text=st.text(max_size=10),
        value=values,
        garbled=st.booleans(),
        derived=st.booleans(),
    )
    absent = st.builds(
        pp.Figure,
        text=st.sampled_from(["*", "N/A", "-", ""]),
        missing=st.sampled_from(pp.MissingReason),
        garbled=st.booleans(),
    )
    return present | absent


@st.composite
def ranks(draw: st.DrawFn) -> pp.Rank:
    out_of = draw(st.integers(1, 43))
    return pp.Rank(position=draw(st.integers(1, out_of)), out_of=out_of, tied=draw(st.booleans()))


observations = st.builds(
    pp.Observation, period=periods(), figure=figures(quantities()), note=optional_text
)

_target_common: dict[str, Any] = {
    "text": text,
    "label": optional_text,
    "year": st.none() | financial_years,
}
level_targets = st.builds(
    pp.LevelTarget,
    value=quantities(),
    comparator=st.sampled_from(pp.Comparator),
    deadline=st.none() | deadlines,
    **_target_common,
)
change_targets = st.builds(
    pp.ChangeTarget,
    direction=st.sampled_from(pp.Direction),
    amount=quantities(),
    baseline=st.none() | periods(),
    equivalent_amount=st.none() | quantities(),
    deadline=st.none() | deadlines,
    comparator=st.sampled_from(pp.Comparator),
    **_target_common,
)
direction_targets = st.builds(
    pp.DirectionTarget, direction=st.sampled_from(pp.Direction), **_target_common
)
milestone_targets = st.builds(
    pp.MilestoneTarget,
    deliverable=text,
    deadlines=small_tuple(deadlines),
    effective_from=st.none() | dates,
    **_target_common,
)


@st.composite
def from_to_targets(draw: st.DrawFn) -> pp.FromToTarget:
    start = draw(quantities())
    end = draw(quantities().filter(lambda q: q.unit is start.unit) | st.just(start))
    return pp.FromToTarget(
        start=start,
        end=end,
        deadline=draw(st.none() | deadlines),
        **{key: draw(value) for key, value in _target_common.items()},
    )


targets: st.SearchStrategy[pp.Target] = st.one_of(
    level_targets, change_targets, direction_targets, milestone_targets, from_to_targets()
)

series = st.builds(
    pp.Series, label=text, observations=small_tuple(observations), note=optional_text
)
measures = st.builds(
    pp.Measure,
    text=text,
    label=optional_text,
    definition=optional_text,
    unit=st.none() | st.sampled_from(pp.Unit),
    polarity=st.sampled_from(pp.Polarity),
    references=small_tuple(text),
    targets=small_tuple(targets),
    performance=small_tuple(series, 2),
)


def objectives(
    number: st.SearchStrategy[int] | None = None,
) -> st.SearchStrategy[pp.Objective]:
    return st.builds(
        pp.Objective,
        number=st.integers(1, 200) if number is None else number,
        title=text,
        title_variants=small_tuple(text),
        measures=small_tuple(measures, 2),
        mps_lead=optional_text,
        business_group_leads=small_tuple(text),
        key_activities=small_tuple(text),
        supporting_activities=small_tuple(text),
        background=small_tuple(text),
    )


@st.composite
def target_entries(draw: st.DrawFn) -> pp.TargetEntry:
    if draw(st.booleans()):
        return pp.TargetEntry(year=draw(financial_years), text=draw(text), target=draw(targets))
    return pp.TargetEntry(
        year=draw(financial_years),
        text=draw(text),
        missing=draw(st.sampled_from(pp.MissingReason)),
    )


indicator_rows = st.builds(
    pp.IndicatorRow,
    section=optional_text,
    reference=optional_text,
    indicator=text,
    polarity=st.sampled_from(pp.Polarity),
    observations=small_tuple(observations),
    targets=small_tuple(target_entries()),
    comments=optional_text,
)
line_items = st.builds(
    pp.LineItem,
    section=optional_text,
    label=text,
    amount=figures(quantities()),
    share=st.none() | figures(quantities()),
    total=st.booleans(),
)
reviews = st.builds(
    pp.Review,
    year=financial_years,
    year_label=optional_text,
    category=text,
    title=text,
    period_text=optional_text,
)
sources = st.builds(
    pp.Source,
    title=text,
    publisher=text,
    date=dates,
    precision=st.sampled_from(pp.Precision),
    isbn=optional_text,
    reference=optional_text,
)
known_issues = st.builds(
    pp.KnownIssue,
    code=text,
    path=st.text(max_size=20),
    explanation=text,
    line=st.none() | st.integers(1, 5000),
)


@st.composite
def priorities_with_unique_objectives(draw: st.DrawFn) -> tuple[pp.Priority, ...]:
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(pp.PriorityGroup), st.sampled_from("ABCD")),
            unique=True,
            max_size=3,
        )
    )
    numbers = iter(draw(st.lists(st.integers(1, 500), unique=True, min_size=9, max_size=9)))
    result = []
    for group, letter in keys:
        count = draw(st.integers(0, 3))
        objectives_drawn = tuple(draw(objectives(st.just(next(numbers)))) for _ in range(count))
        result.append(
            pp.Priority(group=group, letter=letter, title=draw(text), objectives=objectives_drawn)
        )
    return tuple(result)


policing_plans = st.builds(
    pp.PolicingPlan,
    source=sources,
    authority=text,
    force=text,
    period=financial_years,
    title=text,
    draft=optional_text,
    mission=small_tuple(text),
    vision=optional_text,
    values=small_tuple(text),
    national_priorities=small_tuple(text),
    strategic_goals=small_tuple(text),
    priorities=priorities_with_unique_objectives(),
    indicators=small_tuple(indicator_rows, 2),
    efficiency_savings=small_tuple(line_items, 2),
    deployment=small_tuple(line_items, 2),
    reviews=small_tuple(reviews, 2),
    known_issues=small_tuple(known_issues, 2),
)

# -- assessment -------------------------------------------------------------------------

grades = st.sampled_from(pp.Grade)
domains = st.builds(
    pp.Domain,
    number=st.none() | st.integers(1, 7),
    name=text,
    ppaf_code=st.none() | st.sampled_from(["A", "1", "2", "3", "4", "B"]),
)
findings = st.builds(
    pp.Finding,
    kind=st.sampled_from(pp.FindingKind),
    text=text,
    framework=optional_text,
    subheading=optional_text,
)
glossary_entries = st.builds(pp.GlossaryEntry, term=text, expansion=text)
indicator_results = st.builds(
    pp.IndicatorResult,
    indicator=text,
    code=optional_text,
    force=text,
    table=optional_text,
    values=small_tuple(observations, 2),
    change=st.none() | figures(quantities()),
    change_label=optional_text,
    msf_average=st.none() | figures(quantities()),
    msf_difference=st.none() | figures(quantities()),
    msf_rank=st.none() | figures(ranks()),
    national_average=st.none() | figures(quantities()),
    national_rank=st.none() | figures(ranks()),
    significance=st.none() | st.sampled_from(pp.Significance),
    significance_text=optional_text,
    polarity=st.sampled_from(pp.Polarity),
    garbled=st.booleans(),
    note=optional_text,
)
_framework_codes = [f"{area}{letter}" for area in range(1, 8) for letter in "ABCDEF"]


@st.composite
def frameworks_and_judgements(
    draw: st.DrawFn, scale: st.SearchStrategy[Any] = grades
) -> tuple[tuple[pp.Framework, ...], tuple[pp.Judgement, ...]]:
    codes = draw(st.lists(st.sampled_from(_framework_codes), unique=True, max_size=4))
    frameworks = tuple(
        pp.Framework(
            code=code,
            name=f"Framework {code}",
            aliases=(f"Alias of {code}",),
            areas_covered=draw(small_tuple(text)),
            domain=int(code[0]),
            parent=draw(optional_text),
            graded=draw(st.booleans()),
        )
        for code in codes
    )
    forces = draw(
        st.lists(
            st.sampled_from(["Kent", "MPS", "Surrey", "Dyfed-Powys"]), unique=True, max_size=3
        )
    )
    judgements = tuple(
        pp.Judgement(
            force=force,
            framework=code,
            grade=draw(st.none() | scale),
            grade_text=draw(optional_text),
            direction=draw(st.none() | st.sampled_from(pp.DirectionOfTravel)),
            direction_text=draw(optional_text),
            not_graded_reason=draw(optional_text),
            qualifiers=draw(small_tuple(text, 2)),
        )
        for code in codes
        for force in forces
        if draw(st.booleans())
    )
    return frameworks, judgements


@st.composite
def baseline_assessments(draw: st.DrawFn) -> pp.BaselineAssessment:
    frameworks, judgements = draw(frameworks_and_judgements())
    return pp.BaselineAssessment(
        source=draw(sources),
        force=draw(text),
        year=draw(financial_years),
        comparison_year=draw(st.none() | financial_years),
        msf_group=draw(small_tuple(text)),
        domains=draw(st.lists(domains, max_size=3, unique_by=lambda d: d.name).map(tuple)),
        frameworks=frameworks,
        judgements=judgements,
        findings=draw(small_tuple(findings)),
        indicator_results=draw(small_tuple(indicator_results, 2)),
        glossary=draw(small_tuple(glossary_entries)),
        known_issues=draw(small_tuple(known_issues, 2)),
    )


grade_distributions = st.builds(
    pp.GradeDistribution,
    framework=text,
    excellent=st.integers(0, 43),
    good=st.integers(0, 43),
    fair=st.integers(0, 43),
    poor=st.integers(0, 43),
    forces_assessed=st.none() | st.integers(0, 43),
)
recommendations = st.builds(
    pp.Recommendation, number=st.integers(1, 99), area=text, text=text, list_text=optional_text
)
developing_practice = st.builds(
    pp.DevelopingPractice,
    area=text,
    title=text,
    problem=optional_text,
    solution=optional_text,
    outcomes=optional_text,
    contacts=small_tuple(text),
    text=optional_text,
)
standard_assessments = st.builds(
    pp.StandardAssessment,
    framework=text,
    statement=text,
    summary_statements=small_tuple(text),
    strengths=st.none() | small_tuple(findings),
    work_in_progress=st.none() | small_tuple(findings),
    areas_for_improvement=st.none() | small_tuple(findings),
)


@st.composite
def inspections(draw: st.DrawFn) -> pp.Inspection:
    scale = st.sampled_from(pp.Grade) | st.sampled_from(pp.StandardJudgement)
    frameworks, judgements = draw(frameworks_and_judgements(scale))
    distributions = tuple(
        draw(
            grade_distributions.map(
                lambda d, code=fw.key: pp.GradeDistribution(
                    framework=code,
                    excellent=d.excellent,
                    good=d.good,
                    fair=d.fair,
                    poor=d.poor,
                    forces_assessed=d.forces_assessed,
                )
            )
        )
        for fw in frameworks
        if draw(st.booleans())
    )
    return pp.Inspection(
        source=draw(sources),
        force=draw(text),
        period=draw(periods()),
        frameworks=frameworks,
        judgements=judgements,
        distributions=distributions,
        findings=draw(small_tuple(findings)),
        standards=draw(small_tuple(standard_assessments, 2)),
        indicator_results=draw(small_tuple(indicator_results, 2)),
        recommendations=draw(
            st.lists(recommendations, max_size=3, unique_by=lambda r: r.number).map(tuple)
        ),
        developing_practice=draw(small_tuple(developing_practice, 2)),
        glossary=draw(small_tuple(glossary_entries)),
        known_issues=draw(small_tuple(known_issues, 2)),
    )


status_counts = st.lists(
    st.builds(pp.StatusCount, status=st.sampled_from(pp.AFIStatus), count=st.integers(0, 200)),
    max_size=4,
    unique_by=lambda c: c.status,
).map(tuple)
framework_progress = st.builds(
    pp.FrameworkProgress,
    framework=text,
    section=optional_text,
    grade=st.none() | grades,
    direction=st.none() | st.sampled_from(pp.DirectionOfTravel),
    grade_text=optional_text,
    afi_count=st.none() | st.integers(0, 50),
    status_counts=status_counts,
    actions=small_tuple(text),
    awaited=small_tuple(text),
    note=optional_text,
)
progress_figures = st.builds(
    pp.ProgressFigure,
    metric=text,
    text=text,
    actual=st.none() | quantities(),
    target=st.none() | quantities(),
    benchmark=st.none() | quantities(),
    as_of=st.none() | dates,
    framework=optional_text,
)
improvement_plans = st.builds(
    pp.ImprovementPlan,
    source=sources,
    committee=optional_text,
    report_number=optional_text,
    total_afis=st.integers(0, 500),
    status_counts=status_counts,
    protective_services=small_tuple(text),
    frameworks=small_tuple(framework_progress, 2),
    progress=small_tuple(progress_figures, 2),
    known_issues=small_tuple(known_issues, 2),
)

DOCUMENTS: dict[type[Any], st.SearchStrategy[Any]] = {
    pp.PolicingPlan: policing_plans,
    pp.BaselineAssessment: baseline_assessments(),
    pp.Inspection: inspections(),
    pp.ImprovementPlan: improvement_plans,
}
"""A strategy for each document class."""

PARTS: dict[type[Any], st.SearchStrategy[Any]] = {
    pp.Objective: objectives(),
    pp.Measure: measures,
    pp.Judgement: frameworks_and_judgements().flatmap(
        lambda pair: st.sampled_from(pair[1]) if pair[1] else st.nothing()
    ),
    pp.IndicatorResult: indicator_results,
    pp.Period: periods(),
    pp.Quantity: quantities(),
    pp.Rank: ranks(),
    pp.Deadline: deadlines,
    pp.LevelTarget: level_targets,
    pp.ChangeTarget: change_targets,
    pp.MilestoneTarget: milestone_targets,
    pp.FromToTarget: from_to_targets(),
    pp.DirectionTarget: direction_targets,
    pp.GradeDistribution: grade_distributions,
    pp.DevelopingPractice: developing_practice,
    pp.StandardAssessment: standard_assessments,
    pp.FrameworkProgress: framework_progress,
    pp.ProgressFigure: progress_figures,
    pp.IndicatorRow: indicator_rows,
    pp.LineItem: line_items,
    pp.Review: reviews,
    pp.Source: sources,
    pp.KnownIssue: known_issues,
    pp.Domain: domains,
    pp.Finding: findings,
    pp.GlossaryEntry: glossary_entries,
    pp.Recommendation: recommendations,
    pp.Series: series,
    pp.Observation: observations,
    pp.TargetEntry: target_entries(),
    pp.FinancialYear: financial_years,
}
"""A strategy for each part that can be converted on its own."""

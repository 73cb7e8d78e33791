"""Hypothesis strategies that build valid model objects, for property tests.

Every strategy draws only objects that policeplan accepts: whatever it draws
survives `to_json` and `from_json` unchanged. There is one strategy per
model class (``policing_plans()``, ``quantities()``, ``targets()`` …), and
``DOCUMENTS`` and ``PARTS`` map classes to their strategies.

Where policeplan is installed, hypothesis's ``st.from_type`` knows these
strategies too, without this module being imported by hand: policeplan
registers them through hypothesis's ``hypothesis`` entry point. This module
needs hypothesis, which policeplan's ``hypothesis`` extra installs
(``python -m pip install ".[hypothesis]"`` in a checkout).

Examples:

Examples:
        >>> from hypothesis import given, settings, strategies as st
        >>> import policeplan as pp
        >>> from policeplan.strategies import targets
        >>> @settings(max_examples=20, deadline=None)
        ... @given(target=targets(), year=st.from_type(pp.FinancialYear))
        ... def test_targets_survive_json(target, year):
        ...     assert pp.from_json(pp.Target, pp.to_json(target)) == target
        ...     assert pp.from_json(pp.FinancialYear, pp.to_json(year)) == year
        >>> test_targets_survive_json()
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

import attrs

import policeplan as pp

_initialised = False
_registration_pending = False


def _hypothesis_setup_hook() -> None:
    """Teach ``st.from_type`` every model class; hypothesis calls this when it is imported.

    Registration is cheap: each class gets a function that builds its
    strategy only when ``st.from_type`` first asks for it.
    """
    global _registration_pending
    if _initialised:
        _register_type_strategies()
    else:
        # Importing this module first imports hypothesis, which calls this hook
        # before the strategies below exist; the module's last line registers them.
        _registration_pending = True


from ._optional import require

require("hypothesis", needed_by="policeplan.strategies")  # first: its absence names the extra

from hypothesis import strategies as st

__all__ = [
    "DOCUMENTS",
    "PARTS",
    "attainments",
    "baseline_assessments",
    "change_targets",
    "consultation_results",
    "deadlines",
    "developing_practice",
    "direction_targets",
    "domains",
    "figures",
    "financial_years",
    "findings",
    "force_comparisons",
    "framework_progress",
    "frameworks",
    "from_to_targets",
    "glossary_entries",
    "grade_definitions",
    "grade_distributions",
    "improvement_plans",
    "indicator_results",
    "indicator_rows",
    "inspection_activities",
    "inspections",
    "issues",
    "judgements",
    "known_issues",
    "level_targets",
    "line_items",
    "measures",
    "milestone_targets",
    "objectives",
    "observations",
    "periods",
    "policing_plans",
    "priorities",
    "profile_figures",
    "progress_figures",
    "quantities",
    "race_equality_progress",
    "ranks",
    "recommendations",
    "reviews",
    "series",
    "sources",
    "standard_assessments",
    "status_counts",
    "survey_figures",
    "target_entries",
    "targets",
    "text_blocks",
]

T = TypeVar("T")

_shared = functools.cache
"""Hand out one strategy object per set of arguments: hypothesis then validates and
analyses each strategy once, not once per draw of the document holding it."""

# -- building blocks ----------------------------------------------------------------------

# Text that UTF-8 can encode and JSON writes without escapes.
_characters = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
_text = st.text(alphabet=_characters, min_size=1, max_size=24).filter(lambda s: s.strip() != "")
_optional_text = st.none() | _text
_plain_text = st.text(alphabet=_characters, max_size=20)
_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
_forces = st.sampled_from(["Kent", "MPS", "Surrey", "Dyfed-Powys"])
_grades = st.sampled_from(pp.Grade)
_either_scale = _grades | st.sampled_from(pp.StandardJudgement)
_framework_codes = [f"{area}{letter}" for area in range(1, 8) for letter in "ABCDEF"]


def _small_tuple(
    elements: st.SearchStrategy[T], max_size: int = 3
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


def _small_query(
    elements: st.SearchStrategy[T], max_size: int = 3, **unique: Any
) -> st.SearchStrategy[pp.Query[T]]:
    """Lists for a model field that holds a `Query`."""
    return st.lists(elements, max_size=max_size, **unique).map(pp.Query)


# Two decimal places at most: every such value survives the trip through a JSON float.
_signed_values = st.decimals(min_value=-100_000, max_value=100_000, places=2, allow_nan=False)
_unsigned_values = st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False)


# -- periods and quantities ---------------------------------------------------------------


@_shared
def financial_years() -> st.SearchStrategy[pp.FinancialYear]:
    """Financial years from 1990/91 to 2030/31."""
    return st.integers(1990, 2030).map(pp.FinancialYear)


@st.composite
def _periods(draw: st.DrawFn) -> pp.Period:
    start = draw(_dates)
    end = start + timedelta(days=draw(st.integers(0, 800)))
    return pp.Period(
        start=start, end=end, label=draw(_optional_text), year_to_date=draw(st.booleans())
    )


@_shared
def periods() -> st.SearchStrategy[pp.Period]:
    """Periods of up to 800 days, labelled or not, year-to-date or not."""
    return _periods()


@_shared
def deadlines() -> st.SearchStrategy[pp.Deadline]:
    """Deadlines with a date, its precision and words (not parsed from them)."""
    return st.builds(pp.Deadline, text=_text, date=_dates, precision=st.sampled_from(pp.Precision))


@st.composite
def _quantities(draw: st.DrawFn) -> pp.Quantity:
    unit = draw(st.sampled_from(pp.Unit))
    value = draw(_signed_values if unit.signed else _unsigned_values)
    if unit is pp.Unit.RATE:
        return pp.Quantity(
            value, unit, per=draw(st.sampled_from([1000, 10_000, 100_000_000])), base=draw(_text)
        )
    return pp.Quantity(value, unit, scale=draw(st.none() | st.just("million")))


@_shared
def quantities() -> st.SearchStrategy[pp.Quantity]:
    """Quantities of every unit: negative only where the unit allows, rates with a base."""
    return _quantities()


def _like(quantity: pp.Quantity) -> st.SearchStrategy[pp.Quantity]:
    """Quantities of the same kind as ``quantity`` (unit, rate base, scale), any value."""
    values = _signed_values if quantity.unit.signed else _unsigned_values
    return values.map(quantity.with_value)


def figures(values: st.SearchStrategy[T] | None = None) -> st.SearchStrategy[pp.Figure[T]]:
    """Figures holding one of ``values``, or none and the reason it is missing.

    Without ``values``, only figures without a value: what ``pp.Figure``,
    read without its type argument, accepts. ``st.from_type(pp.Figure[pp.Rank])``
    is ``figures(ranks())``.
    """
    absent = st.builds(
        pp.Figure,
        text=st.sampled_from(["*", "N/A", "-", ""]),
        missing=st.sampled_from(pp.MissingReason),
        garbled=st.booleans(),
    )
    if values is None:
        return absent
    present = st.builds(
        pp.Figure,
        text=_plain_text,
        value=values,
        garbled=st.booleans(),
        derived=st.booleans(),
    )
    return present | absent


@st.composite
def _ranks(draw: st.DrawFn) -> pp.Rank:
    out_of = draw(st.integers(1, 43))
    return pp.Rank(position=draw(st.integers(1, out_of)), out_of=out_of, tied=draw(st.booleans()))


@_shared
def ranks() -> st.SearchStrategy[pp.Rank]:
    """Ranks out of 1 to 43 forces, tied or not."""
    return _ranks()


@_shared
def observations() -> st.SearchStrategy[pp.Observation]:
    """Observations of a quantity, present or missing, over a period."""
    return st.builds(
        pp.Observation, period=periods(), figure=figures(quantities()), note=_optional_text
    )


# -- targets ------------------------------------------------------------------------------


_target_common: dict[str, st.SearchStrategy[Any]] = {
    "text": _text,
    "label": _optional_text,
    "year": st.none() | financial_years(),
}
"""The fields every kind of target has."""


@_shared
def level_targets() -> st.SearchStrategy[pp.LevelTarget]:
    """Targets to reach a level."""
    return st.builds(
        pp.LevelTarget,
        value=quantities(),
        comparator=st.sampled_from(pp.Comparator),
        deadline=st.none() | deadlines(),
        **_target_common,
    )


@_shared
def change_targets() -> st.SearchStrategy[pp.ChangeTarget]:
    """Targets to change against a baseline, with or without the baseline period."""
    return st.builds(
        pp.ChangeTarget,
        direction=st.sampled_from(pp.Direction),
        amount=quantities(),
        baseline=st.none() | periods(),
        equivalent_amount=st.none() | quantities(),
        deadline=st.none() | deadlines(),
        comparator=st.sampled_from(pp.Comparator),
        **_target_common,
    )


@_shared
def direction_targets() -> st.SearchStrategy[pp.DirectionTarget]:
    """Targets that only name a direction."""
    return st.builds(pp.DirectionTarget, direction=st.sampled_from(pp.Direction), **_target_common)


@_shared
def milestone_targets() -> st.SearchStrategy[pp.MilestoneTarget]:
    """Targets to deliver something by zero or more deadlines."""
    return st.builds(
        pp.MilestoneTarget,
        deliverable=_text,
        deadlines=_small_tuple(deadlines()),
        effective_from=st.none() | _dates,
        **_target_common,
    )


@st.composite
def _from_to_targets(draw: st.DrawFn) -> pp.FromToTarget:
    start = draw(quantities())
    return pp.FromToTarget(
        start=start,
        end=draw(_like(start)),
        deadline=draw(st.none() | deadlines()),
        **{key: draw(value) for key, value in _target_common.items()},
    )


@_shared
def from_to_targets() -> st.SearchStrategy[pp.FromToTarget]:
    """Targets to move from one quantity to another of the same kind."""
    return _from_to_targets()


@_shared
def targets() -> st.SearchStrategy[pp.Target]:
    """Targets of every kind, as ``st.from_type(pp.Target)`` draws them."""
    return st.one_of(
        level_targets(),
        change_targets(),
        direction_targets(),
        milestone_targets(),
        from_to_targets(),
    )


# -- policing plans -----------------------------------------------------------------------


@_shared
def series() -> st.SearchStrategy[pp.Series]:
    """Rows of a current-performance table."""
    return st.builds(
        pp.Series, label=_text, observations=_small_tuple(observations()), note=_optional_text
    )


@_shared
def measures() -> st.SearchStrategy[pp.Measure]:
    """Measures with their targets and performance."""
    return st.builds(
        pp.Measure,
        text=_text,
        label=_optional_text,
        definition=_optional_text,
        unit=st.none() | st.sampled_from(pp.Unit),
        polarity=st.sampled_from(pp.Polarity),
        references=_small_tuple(_text),
        targets=_small_tuple(targets()),
        performance=_small_tuple(series(), 2),
    )


@_shared
def objectives(number: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[pp.Objective]:
    """Objectives numbered from 1 to 200, or by ``number``."""
    return st.builds(
        pp.Objective,
        number=st.integers(1, 200) if number is None else number,
        title=_text,
        title_variants=_small_tuple(_text),
        measures=_small_tuple(measures(), 2),
        mps_lead=_optional_text,
        business_group_leads=_small_tuple(_text),
        key_activities=_small_tuple(_text),
        supporting_activities=_small_tuple(_text),
        background=_small_tuple(_text),
    )


def _priority(
    draw: st.DrawFn, group: pp.PriorityGroup, letter: str, numbers: list[int]
) -> pp.Priority:
    """A priority whose objectives take their numbers from ``numbers``, using them up."""
    count = draw(st.integers(0, min(3, len(numbers))))
    return pp.Priority(
        group=group,
        letter=letter,
        title=draw(_text),
        title_variants=draw(_small_tuple(_text, 2)),
        objectives=pp.Query(
            attrs.evolve(draw(objectives()), number=numbers.pop()) for _ in range(count)
        ),
    )


@st.composite
def _priorities(draw: st.DrawFn) -> pp.Priority:
    numbers = list(draw(st.lists(st.integers(1, 500), unique=True, max_size=3)))
    group = draw(st.sampled_from(pp.PriorityGroup))
    return _priority(draw, group, draw(st.sampled_from("ABCD")), numbers)


@_shared
def priorities() -> st.SearchStrategy[pp.Priority]:
    """Priorities whose objectives have distinct numbers."""
    return _priorities()


@_shared
@st.composite
def _plan_priorities(draw: st.DrawFn) -> tuple[pp.Priority, ...]:
    """Priorities with distinct keys, no objective number used twice across them."""
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(pp.PriorityGroup), st.sampled_from("ABCD")),
            unique=True,
            max_size=3,
        )
    )
    numbers = list(draw(st.lists(st.integers(1, 500), unique=True, min_size=9, max_size=9)))
    return tuple(_priority(draw, group, letter, numbers) for group, letter in keys)


@st.composite
def _target_entries(draw: st.DrawFn) -> pp.TargetEntry:
    if draw(st.booleans()):
        return pp.TargetEntry(
            year=draw(financial_years()), text=draw(_text), target=draw(targets())
        )
    return pp.TargetEntry(
        year=draw(financial_years()),
        text=draw(_text),
        missing=draw(st.sampled_from(pp.MissingReason)),
    )


@_shared
def target_entries() -> st.SearchStrategy[pp.TargetEntry]:
    """Target cells: a target for a year, or the reason there is none."""
    return _target_entries()


@_shared
def indicator_rows() -> st.SearchStrategy[pp.IndicatorRow]:
    """Rows of a plan's indicator annex."""
    return st.builds(
        pp.IndicatorRow,
        section=_optional_text,
        reference=_optional_text,
        indicator=_text,
        polarity=st.sampled_from(pp.Polarity),
        observations=_small_tuple(observations()),
        targets=_small_tuple(target_entries()),
        comments=_optional_text,
    )


@_shared
def line_items() -> st.SearchStrategy[pp.LineItem]:
    """Lines of an annex table, totals among them."""
    return st.builds(
        pp.LineItem,
        section=_optional_text,
        label=_text,
        amount=figures(quantities()),
        share=st.none() | figures(quantities()),
        total=st.booleans(),
        text=_optional_text,
    )


@_shared
def reviews() -> st.SearchStrategy[pp.Review]:
    """Best value reviews."""
    return st.builds(
        pp.Review,
        year=financial_years(),
        year_label=_optional_text,
        category=_text,
        title=_text,
        period_text=_optional_text,
    )


@_shared
def consultation_results() -> st.SearchStrategy[pp.ConsultationResult]:
    """Figures of a consultation: responses counted, shares of respondents."""
    return st.builds(
        pp.ConsultationResult,
        section=_optional_text,
        topic=_text,
        figure=figures(quantities()),
        text=_text,
    )


@_shared
def inspection_activities() -> st.SearchStrategy[pp.InspectionActivity]:
    """Inspections a plan reports on, any of their counts stated or not."""
    counts = st.none() | st.integers(0, 99)
    return st.builds(
        pp.InspectionActivity,
        section=_optional_text,
        title=_text,
        when=_optional_text,
        recommendations=counts,
        repeated_recommendations=counts,
        police_recommendations=counts,
        suggestions=counts,
        units_covered=counts,
        text=_optional_text,
    )


@_shared
def force_comparisons() -> st.SearchStrategy[pp.ForceComparison]:
    """Comparisons of a force with its peers on an indicator."""
    return st.builds(
        pp.ForceComparison,
        title=_text,
        chart_title=_optional_text,
        reference=_optional_text,
        year=st.none() | financial_years(),
        forces=_small_tuple(_forces),
    )


@_shared
def race_equality_progress() -> st.SearchStrategy[pp.RaceEqualityProgress]:
    """Rows of a race equality scheme's progress table."""
    return st.builds(
        pp.RaceEqualityProgress,
        duty=_text,
        item=_optional_text,
        progress=_text,
        period=st.none() | periods(),
    )


@_shared
def sources() -> st.SearchStrategy[pp.Source]:
    """Publications a document transcribes."""
    return st.builds(
        pp.Source,
        title=_text,
        publisher=_text,
        date=st.none() | _dates,
        precision=st.sampled_from(pp.Precision),
        isbn=_optional_text,
        reference=_optional_text,
    )


@_shared
def text_blocks() -> st.SearchStrategy[pp.TextBlock]:
    """Blocks of a document's text: only a footnote has a mark and a citing line."""

    def block(
        kind: pp.BlockKind, path: tuple[str, ...], text: str, line: int, more: int,
        mark: str, cited_at: int | None,
    ) -> pp.TextBlock:  # fmt: skip
        footnote = kind is pp.BlockKind.FOOTNOTE
        return pp.TextBlock(
            kind=kind,
            path=path,
            text=text,
            line=line,
            last_line=line + more,
            mark=mark if footnote else None,
            cited_at=cited_at if footnote else None,
        )

    return st.builds(
        block,
        st.sampled_from(pp.BlockKind),
        _small_tuple(_text, 3),
        _text,
        st.integers(1, 5000),
        st.integers(0, 5),
        _text,
        st.none() | st.integers(1, 5000),
    )


@_shared
def known_issues() -> st.SearchStrategy[pp.KnownIssue]:
    """Known defects of a source."""
    return st.builds(
        pp.KnownIssue,
        code=_text,
        path=_plain_text,
        explanation=_text,
        line=st.none() | st.integers(1, 5000),
    )


@_shared
def policing_plans() -> st.SearchStrategy[pp.PolicingPlan]:
    """Whole policing plans: distinct priorities, no objective number used twice."""
    return st.builds(
        pp.PolicingPlan,
        source=sources(),
        authority=_text,
        force=_text,
        period=financial_years(),
        title=_text,
        draft=_optional_text,
        mission=_small_tuple(_text),
        vision=_optional_text,
        values=_small_tuple(_text),
        national_priorities=_small_tuple(_text),
        strategic_goals=_small_tuple(_text),
        priorities=_plan_priorities(),
        indicators=_small_tuple(indicator_rows(), 2),
        efficiency_savings=_small_tuple(line_items(), 2),
        deployment=_small_tuple(line_items(), 2),
        reviews=_small_tuple(reviews(), 2),
        authority_members=_small_tuple(line_items(), 2),
        consultation=_small_tuple(consultation_results(), 2),
        force_comparisons=_small_tuple(force_comparisons(), 2),
        hmic_inspections=_small_tuple(inspection_activities(), 2),
        financial_resources=_small_tuple(line_items(), 2),
        race_equality=_small_tuple(race_equality_progress(), 2),
        known_issues=_small_tuple(known_issues(), 2),
        text=_small_tuple(text_blocks(), 2),
    )


# -- assessments --------------------------------------------------------------------------


@_shared
def domains() -> st.SearchStrategy[pp.Domain]:
    """Assessment areas, with or without a PPAF domain code."""
    return st.builds(
        pp.Domain,
        number=st.none() | st.integers(1, 7),
        name=_text,
        ppaf_code=st.none() | st.sampled_from(["A", "1", "2", "3", "4", "B"]),
    )


@_shared
def findings() -> st.SearchStrategy[pp.Finding]:
    """Strengths, areas for improvement and work in progress."""
    return st.builds(
        pp.Finding,
        kind=st.sampled_from(pp.FindingKind),
        text=_text,
        framework=_optional_text,
        subheading=_optional_text,
    )


@_shared
def glossary_entries() -> st.SearchStrategy[pp.GlossaryEntry]:
    """Terms and their expansions."""
    return st.builds(pp.GlossaryEntry, term=_text, expansion=_text)


@_shared
def profile_figures() -> st.SearchStrategy[pp.ProfileFigure]:
    """Figures of a force overview, qualified or not, for a period or not, with a target or not."""
    return st.builds(
        pp.ProfileFigure,
        measure=_text,
        figure=figures(quantities()),
        qualifier=_optional_text,
        period=st.none() | periods(),
        target=st.none() | figures(quantities()),
        section=_optional_text,
        text=_text,
        note=_optional_text,
    )


@_shared
def grade_definitions() -> st.SearchStrategy[pp.GradeDefinition]:
    """Definitions of a grade on either scale, or text about a whole scale."""
    return st.builds(
        pp.GradeDefinition, grade=st.none() | _either_scale, text=_text, section=_optional_text
    )


@_shared
def survey_figures() -> st.SearchStrategy[pp.SurveyFigure]:
    """Figures of a survey method: sample sizes, confidence, significance thresholds."""
    return st.builds(
        pp.SurveyFigure,
        aspect=st.sampled_from(pp.SurveyAspect),
        survey=_optional_text,
        framework=_optional_text,
        figure=figures(quantities()),
        qualifier=_optional_text,
        basis=_optional_text,
        text=_text,
        footnotes=_small_tuple(_text, 2),
        note=_optional_text,
    )


@_shared
def indicator_results() -> st.SearchStrategy[pp.IndicatorResult]:
    """A force's results on an indicator, with peer comparisons and ranks."""
    return st.builds(
        pp.IndicatorResult,
        indicator=_text,
        code=_optional_text,
        force=_text,
        table=_optional_text,
        values=_small_tuple(observations(), 2),
        change=st.none() | figures(quantities()),
        change_label=_optional_text,
        msf_average=st.none() | figures(quantities()),
        msf_difference=st.none() | figures(quantities()),
        msf_rank=st.none() | figures(ranks()),
        national_average=st.none() | figures(quantities()),
        national_rank=st.none() | figures(ranks()),
        significance=st.none() | st.sampled_from(pp.Significance),
        significance_text=_optional_text,
        polarity=st.sampled_from(pp.Polarity),
        garbled=st.booleans(),
        note=_optional_text,
    )


@_shared
def _framework(code: str) -> st.SearchStrategy[pp.Framework]:
    """Frameworks with the baseline ``code``, named after it, in its domain."""
    return st.builds(
        pp.Framework,
        code=st.just(code),
        name=st.just(f"Framework {code}"),
        aliases=st.just((f"Alias of {code}",)),
        areas_covered=_small_tuple(_text),
        domain=st.just(int(code[0])),
        parent=_optional_text,
        graded=st.booleans(),
    )


@_shared
def frameworks() -> st.SearchStrategy[pp.Framework]:
    """Assessed frameworks: baseline ones with a code, inspection areas with only a name."""
    inspection_areas = st.builds(
        pp.Framework,
        name=_text,
        aliases=_small_tuple(_text, 2),
        areas_covered=_small_tuple(_text),
        parent=_optional_text,
        graded=st.booleans(),
    )
    return st.sampled_from(_framework_codes).flatmap(_framework) | inspection_areas


@_shared
def judgements(
    scale: st.SearchStrategy[pp.Grade | pp.StandardJudgement] | None = None,
) -> st.SearchStrategy[pp.Judgement]:
    """Judgements graded on ``scale``, by default either scale, or not graded."""
    if scale is None:
        scale = _either_scale
    return st.builds(
        pp.Judgement,
        force=_forces,
        framework=st.sampled_from(_framework_codes),
        grade=st.none() | scale,
        grade_text=_optional_text,
        direction=st.none() | st.sampled_from(pp.DirectionOfTravel),
        direction_text=_optional_text,
        not_graded_reason=_optional_text,
        qualifiers=_small_tuple(_text, 2),
    )


@_shared
@st.composite
def _frameworks_and_judgements(
    draw: st.DrawFn, scale: st.SearchStrategy[pp.Grade | pp.StandardJudgement]
) -> tuple[pp.Query[pp.Framework], pp.Query[pp.Judgement]]:
    """Distinct frameworks, and at most one judgement per force of each."""
    codes = draw(st.lists(st.sampled_from(_framework_codes), unique=True, max_size=4))
    frameworks_drawn = pp.Query(draw(_framework(code)) for code in codes)
    forces = draw(st.lists(_forces, unique=True, max_size=3))
    judgements_drawn = pp.Query(
        attrs.evolve(draw(judgements(scale)), force=force, framework=code)
        for code in codes
        for force in forces
        if draw(st.booleans())
    )
    return frameworks_drawn, judgements_drawn


@st.composite
def _baseline_assessments(draw: st.DrawFn) -> pp.BaselineAssessment:
    frameworks_drawn, judgements_drawn = draw(_frameworks_and_judgements(_grades))
    return pp.BaselineAssessment(
        source=draw(sources()),
        force=draw(_text),
        year=draw(financial_years()),
        comparison_year=draw(st.none() | financial_years()),
        msf_group=draw(_small_tuple(_text)),
        domains=draw(_small_query(domains(), unique_by=lambda d: d.name)),
        frameworks=frameworks_drawn,
        judgements=judgements_drawn,
        findings=draw(_small_query(findings())),
        indicator_results=draw(_small_query(indicator_results(), 2)),
        glossary=draw(_small_query(glossary_entries())),
        profile=draw(_small_query(profile_figures(), 2)),
        strategic_priorities=draw(_small_tuple(_text)),
        grading=draw(_small_query(grade_definitions(), 2)),
        known_issues=draw(_small_query(known_issues(), 2)),
        text=draw(_small_query(text_blocks(), 2)),
    )


@_shared
def baseline_assessments() -> st.SearchStrategy[pp.BaselineAssessment]:
    """Whole baseline assessments: every judgement names one of their frameworks."""
    return _baseline_assessments()


# -- inspections --------------------------------------------------------------------------


@_shared
def grade_distributions() -> st.SearchStrategy[pp.GradeDistribution]:
    """National grade distributions for a framework."""
    return st.builds(
        pp.GradeDistribution,
        framework=_text,
        excellent=st.integers(0, 43),
        good=st.integers(0, 43),
        fair=st.integers(0, 43),
        poor=st.integers(0, 43),
        forces_assessed=st.none() | st.integers(0, 43),
    )


@_shared
def recommendations() -> st.SearchStrategy[pp.Recommendation]:
    """Numbered recommendations."""
    return st.builds(
        pp.Recommendation,
        number=st.integers(1, 99),
        area=_text,
        text=_text,
        list_text=_optional_text,
    )


@_shared
def developing_practice() -> st.SearchStrategy[pp.DevelopingPractice]:
    """Examples of developing practice, each with a title."""
    return st.builds(
        pp.DevelopingPractice,
        area=_text,
        title=_text,
        problem=_optional_text,
        solution=_optional_text,
        outcomes=_optional_text,
        contacts=_small_tuple(_text),
        text=_optional_text,
    )


@_shared
def standard_assessments() -> st.SearchStrategy[pp.StandardAssessment]:
    """Standard statements and what was found against them, lists given or not."""
    return st.builds(
        pp.StandardAssessment,
        framework=_text,
        statement=_text,
        summary_statements=_small_tuple(_text),
        strengths=st.none() | _small_tuple(findings()),
        work_in_progress=st.none() | _small_tuple(findings()),
        areas_for_improvement=st.none() | _small_tuple(findings()),
    )


@st.composite
def _inspections(draw: st.DrawFn) -> pp.Inspection:
    frameworks_drawn, judgements_drawn = draw(_frameworks_and_judgements(_either_scale))
    distributions = pp.Query(
        attrs.evolve(draw(grade_distributions()), framework=framework.key)
        for framework in frameworks_drawn
        if draw(st.booleans())
    )
    return pp.Inspection(
        source=draw(sources()),
        force=draw(_text),
        period=draw(periods()),
        frameworks=frameworks_drawn,
        judgements=judgements_drawn,
        distributions=distributions,
        findings=draw(_small_query(findings())),
        standards=draw(_small_query(standard_assessments(), 2)),
        indicator_results=draw(_small_query(indicator_results(), 2)),
        recommendations=draw(_small_query(recommendations(), unique_by=lambda r: r.number)),
        developing_practice=draw(_small_query(developing_practice(), 2)),
        glossary=draw(_small_query(glossary_entries())),
        profile=draw(_small_query(profile_figures(), 2)),
        contextual_factors=draw(_small_query(profile_figures(), 2)),
        strategic_priorities=draw(_small_tuple(_text)),
        grading=draw(_small_query(grade_definitions(), 2)),
        survey_figures=draw(_small_query(survey_figures(), 2)),
        known_issues=draw(_small_query(known_issues(), 2)),
        text=draw(_small_query(text_blocks(), 2)),
    )


@_shared
def inspections() -> st.SearchStrategy[pp.Inspection]:
    """Whole inspections: judgements on either scale, one distribution per framework at most."""
    return _inspections()


# -- improvement plans --------------------------------------------------------------------


@_shared
def status_counts() -> st.SearchStrategy[pp.StatusCount]:
    """Numbers of AFIs with one status."""
    return st.builds(
        pp.StatusCount, status=st.sampled_from(pp.AFIStatus), count=st.integers(0, 200)
    )


@_shared
def _distinct_status_counts() -> st.SearchStrategy[tuple[pp.StatusCount, ...]]:
    return st.lists(status_counts(), max_size=4, unique_by=lambda c: c.status).map(tuple)


@_shared
def framework_progress() -> st.SearchStrategy[pp.FrameworkProgress]:
    """One framework's progress: grading as written, AFI counts, actions."""
    return st.builds(
        pp.FrameworkProgress,
        framework=_text,
        section=_optional_text,
        grade=st.none() | _grades,
        direction=st.none() | st.sampled_from(pp.DirectionOfTravel),
        grade_text=_optional_text,
        afi_count=st.none() | st.integers(0, 50),
        status_counts=_distinct_status_counts(),
        actions=_small_tuple(_text),
        awaited=_small_tuple(_text),
        note=_optional_text,
    )


@_shared
def progress_figures() -> st.SearchStrategy[pp.ProgressFigure]:
    """Actual figures against their targets, either of them possibly not stated."""
    return st.builds(
        pp.ProgressFigure,
        metric=_text,
        text=_text,
        actual=st.none() | quantities(),
        target=st.none() | quantities(),
        benchmark=st.none() | quantities(),
        as_of=st.none() | _dates,
        framework=_optional_text,
    )


@_shared
def improvement_plans() -> st.SearchStrategy[pp.ImprovementPlan]:
    """Whole improvement plans."""
    return st.builds(
        pp.ImprovementPlan,
        source=sources(),
        committee=_optional_text,
        report_number=_optional_text,
        author=_optional_text,
        summary=_small_tuple(_text, 2),
        recommendation=_optional_text,
        total_afis=st.integers(0, 500),
        status_counts=_distinct_status_counts(),
        protective_services=_small_tuple(_text),
        frameworks=_small_tuple(framework_progress(), 2),
        progress=_small_tuple(progress_figures(), 2),
        known_issues=_small_tuple(known_issues(), 2),
        text=_small_tuple(text_blocks(), 2),
    )


# -- verdicts and issues ------------------------------------------------------------------


@_shared
@st.composite
def _comparable_progress_figures(draw: st.DrawFn) -> pp.ProgressFigure:
    """Progress figures whose actual and target can be compared, so that they get a verdict."""
    figure = draw(progress_figures())
    target = draw(quantities())
    return attrs.evolve(figure, actual=draw(_like(target)), target=target)


@_shared
def attainments() -> st.SearchStrategy[pp.Attainment]:
    """Verdicts as `evaluate` and `evaluate_progress` give them.

    Targets are judged against observations, and progress figures on their own;
    some of the figures compare like with like, so that verdicts are met or not.
    """
    on_targets = st.builds(
        pp.evaluate,
        targets(),
        _small_tuple(observations(), 4),
        as_of=st.none() | _dates,
        polarity=st.none() | st.sampled_from(pp.Polarity),
    )
    on_progress = (progress_figures() | _comparable_progress_figures()).map(pp.evaluate_progress)
    return on_targets | on_progress


@_shared
def issues() -> st.SearchStrategy[pp.Issue]:
    """Problems found in input data, as a `ValidationError` lists them."""
    return st.builds(pp.Issue, path=_plain_text, code=_text, message=_text)


# -- lookups by class ---------------------------------------------------------------------

DOCUMENTS: dict[type[Any], st.SearchStrategy[Any]] = {
    pp.PolicingPlan: policing_plans(),
    pp.BaselineAssessment: baseline_assessments(),
    pp.Inspection: inspections(),
    pp.ImprovementPlan: improvement_plans(),
}
"""A strategy for each document class."""

PARTS: dict[type[Any], st.SearchStrategy[Any]] = {
    pp.Objective: objectives(),
    pp.Measure: measures(),
    pp.Judgement: judgements(),
    pp.IndicatorResult: indicator_results(),
    pp.Period: periods(),
    pp.Quantity: quantities(),
    pp.Rank: ranks(),
    pp.Deadline: deadlines(),
    pp.LevelTarget: level_targets(),
    pp.ChangeTarget: change_targets(),
    pp.MilestoneTarget: milestone_targets(),
    pp.FromToTarget: from_to_targets(),
    pp.DirectionTarget: direction_targets(),
    pp.GradeDistribution: grade_distributions(),
    pp.DevelopingPractice: developing_practice(),
    pp.StandardAssessment: standard_assessments(),
    pp.FrameworkProgress: framework_progress(),
    pp.ProgressFigure: progress_figures(),
    pp.IndicatorRow: indicator_rows(),
    pp.LineItem: line_items(),
    pp.Review: reviews(),
    pp.ConsultationResult: consultation_results(),
    pp.InspectionActivity: inspection_activities(),
    pp.ForceComparison: force_comparisons(),
    pp.RaceEqualityProgress: race_equality_progress(),
    pp.Source: sources(),
    pp.KnownIssue: known_issues(),
    pp.TextBlock: text_blocks(),
    pp.Domain: domains(),
    pp.Finding: findings(),
    pp.GlossaryEntry: glossary_entries(),
    pp.ProfileFigure: profile_figures(),
    pp.GradeDefinition: grade_definitions(),
    pp.SurveyFigure: survey_figures(),
    pp.Recommendation: recommendations(),
    pp.Series: series(),
    pp.Observation: observations(),
    pp.TargetEntry: target_entries(),
    pp.FinancialYear: financial_years(),
}
"""A strategy for each part that can be converted on its own."""


# -- registration with st.from_type -------------------------------------------------------

_BUILDERS: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    pp.Attainment: attainments,
    pp.BaselineAssessment: baseline_assessments,
    pp.ChangeTarget: change_targets,
    pp.ConsultationResult: consultation_results,
    pp.Deadline: deadlines,
    pp.DevelopingPractice: developing_practice,
    pp.DirectionTarget: direction_targets,
    pp.Domain: domains,
    pp.FinancialYear: financial_years,
    pp.Finding: findings,
    pp.ForceComparison: force_comparisons,
    pp.Framework: frameworks,
    pp.FrameworkProgress: framework_progress,
    pp.FromToTarget: from_to_targets,
    pp.GlossaryEntry: glossary_entries,
    pp.GradeDefinition: grade_definitions,
    pp.GradeDistribution: grade_distributions,
    pp.ImprovementPlan: improvement_plans,
    pp.IndicatorResult: indicator_results,
    pp.IndicatorRow: indicator_rows,
    pp.Inspection: inspections,
    pp.InspectionActivity: inspection_activities,
    pp.Issue: issues,
    pp.Judgement: judgements,
    pp.KnownIssue: known_issues,
    pp.LevelTarget: level_targets,
    pp.LineItem: line_items,
    pp.Measure: measures,
    pp.MilestoneTarget: milestone_targets,
    pp.Objective: objectives,
    pp.Observation: observations,
    pp.Period: periods,
    pp.PolicingPlan: policing_plans,
    pp.Priority: priorities,
    pp.ProfileFigure: profile_figures,
    pp.ProgressFigure: progress_figures,
    pp.Quantity: quantities,
    pp.RaceEqualityProgress: race_equality_progress,
    pp.Rank: ranks,
    pp.Recommendation: recommendations,
    pp.Review: reviews,
    pp.Series: series,
    pp.Source: sources,
    pp.StandardAssessment: standard_assessments,
    pp.StatusCount: status_counts,
    pp.SurveyFigure: survey_figures,
    pp.TargetEntry: target_entries,
    pp.TextBlock: text_blocks,
}
"""The strategy of each model class that ``st.from_type`` resolves; ``pp.Figure`` is apart."""


def _figures_of(figure_type: type[pp.Figure[Any]]) -> st.SearchStrategy[pp.Figure[Any]]:
    """``Figure[X]`` holds values of ``X``; a bare ``Figure`` holds none."""
    arguments = typing.get_args(figure_type)
    return figures(st.from_type(arguments[0])) if arguments else figures()


def _built_by(
    build: Callable[[], st.SearchStrategy[T]],
) -> Callable[[type[T]], st.SearchStrategy[T]]:
    # A function rather than a strategy: nothing is built until st.from_type asks.
    return lambda _: build()


def _register_type_strategies() -> None:
    for cls, build in _BUILDERS.items():
        st.register_type_strategy(cls, _built_by(build))
    st.register_type_strategy(pp.Figure, _figures_of)


_initialised = True
if _registration_pending:
    _register_type_strategies()

"""The fast path of `evaluate` gives exactly the verdicts of the rules it follows.

``policeplan.attainment._evaluate._by_rules`` is `evaluate` as it was before
the fast path: the rules of ``_rules`` alone. Every verdict here is compared
with it field by field, through ``repr`` (which shows each Decimal's exponent),
and word for word, on every target of the embedded datasets, on a corpus like
the benchmark's, and on a few hundred drawn targets and observations lined up
so that most of them compare figures.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policeplan as pp
from policeplan import strategies
from policeplan.attainment import Attainment, AttainmentStatus, _fast, evaluate
from policeplan.attainment._evaluate import _by_rules
from policeplan.attainment._fast import _Words

U = pp.Unit
POLARITIES: tuple[pp.Polarity | None, ...] = (None, *pp.Polarity)
FAST_KINDS = (pp.LevelTarget, pp.ChangeTarget, pp.DirectionTarget, pp.FromToTarget)
Outcome = tuple[Attainment | None, tuple[type[BaseException], str] | None]


def outcome(judge: Callable[..., Attainment], *args: Any, **kwargs: Any) -> Outcome:
    """The verdict, or the exception's type and message: both ways must agree on either."""
    try:
        return judge(*args, **kwargs), None
    except Exception as err:
        return None, (type(err), str(err))


def assert_same(result: Attainment, reference: Attainment) -> None:
    assert type(result) is Attainment
    assert result == reference
    assert hash(result) == hash(reference)
    assert repr(result) == repr(reference)  # every field, Decimal exponents and signs included
    for field in attrs.fields(Attainment):
        mine, theirs = getattr(result, field.alias), getattr(reference, field.alias)
        assert type(mine) is type(theirs), field.alias
        assert repr(mine) == repr(theirs), field.alias
    attrs.validate(result)
    for part in ("actual", "required", "baseline"):
        mine, theirs = getattr(result.compared, part), getattr(reference.compared, part)
        assert type(mine) is type(theirs)
        if mine is not None:
            attrs.validate(mine)  # what the fast path built passes the validators it skipped
            assert type(mine.value) is Decimal
            assert str(mine) == str(theirs)
    if result.margin is not None:
        assert reference.margin is not None
        assert type(result.margin.value) is Decimal
        assert str(result.margin) == str(reference.margin)
        assert str(result.margin.size) == str(reference.margin.size)
    assert result.explanation == reference.explanation
    assert str(result) == str(reference)


def assert_judged_alike(
    target: Any,
    observations: Iterable[pp.Observation],
    *,
    as_of: date | None = None,
    polarity: pp.Polarity | None = None,
) -> Attainment | None:
    """Judge both ways and compare; also that the fast path wrote every comparison it made."""
    seen = tuple(observations)
    result, error = outcome(evaluate, target, seen, as_of=as_of, polarity=polarity)
    reference, reference_error = outcome(_by_rules, target, seen, as_of=as_of, polarity=polarity)
    assert error == reference_error
    if result is None or reference is None:
        assert result is reference
        return None
    assert_same(result, reference)
    if type(target) in FAST_KINDS:
        # Every verdict that compares figures comes from the fast path, the rest from the rules.
        assert isinstance(result._words, _Words) == result.assessed
    return result


# --- the embedded datasets ------------------------------------------------------------------


def _plans() -> list[pp.PolicingPlan]:
    return [
        document
        for name in pp.datasets.available()
        if isinstance(document := pp.datasets.load(name), pp.PolicingPlan)
    ]


def test_there_is_a_plan_to_judge() -> None:
    assert [plan.title for plan in _plans()]


@pytest.mark.parametrize("polarity", POLARITIES)
def test_every_target_of_every_plan_against_its_measure(polarity: pp.Polarity | None) -> None:
    judged = 0
    for plan in _plans():
        for measure in plan.measures:
            observations = tuple(o for series in measure.performance for o in series.observations)
            for target in measure.targets:
                assert_judged_alike(target, observations, polarity=polarity)
                judged += 1
    assert judged == sum(len(plan.targets) for plan in _plans())


@pytest.mark.parametrize("polarity", POLARITIES)
def test_every_target_of_every_indicator_row(polarity: pp.Polarity | None) -> None:
    statuses = set()
    for plan in _plans():
        for row in plan.indicators:
            for entry in row.targets:
                if entry.target is None:
                    continue
                for as_of in (None, date(2002, 6, 30), date(2003, 3, 31)):
                    result = assert_judged_alike(
                        entry.target, row.observations, as_of=as_of, polarity=polarity
                    )
                    assert result is not None
                    statuses.add(result.status)
                assert_judged_alike(entry.target, row.observations, polarity=row.polarity)
    assert {AttainmentStatus.ON_TRACK, AttainmentStatus.OFF_TRACK} <= statuses


def test_the_annex_d_verdicts_come_from_the_fast_path() -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    fast = [
        result
        for row in plan.indicators
        for entry in row.targets
        if entry.target is not None
        for result in [evaluate(entry.target, row.observations)]
        if result.assessed
    ]
    assert len(fast) >= 43
    assert all(isinstance(result._words, _Words) for result in fast)


# --- a corpus like the benchmark's ----------------------------------------------------------


def _measure(year: pp.FinancialYear, seed: int, unit: pp.Unit) -> tuple[Any, tuple[Any, ...]]:
    """As ``benchmarks/queries.py`` builds them: six years of counts up to the target's year."""
    observations = []
    for back in range(6):
        period = pp.FinancialYear(year.start_year - 5 + back).period()
        value = pp.Quantity(1000 + (seed * 37 + back * 173) % 500, unit)
        observations.append(
            pp.Observation(period=period, figure=pp.Figure(text=str(value), value=value))
        )
    target = pp.ChangeTarget(
        text="To reduce offences by 5% on the previous year",
        direction=pp.Direction.REDUCE,
        amount=pp.Quantity(5, U.PERCENT_CHANGE),
        baseline=year.previous().period(),
        year=year,
    )
    return target, tuple(observations)


@pytest.mark.parametrize("unit", [U.COUNT, U.PERCENT, U.DAYS])
def test_a_corpus_like_the_benchmarks(unit: pp.Unit) -> None:
    statuses = set()
    for start_year in (2003, 2004, 2010):
        for seed in range(60):
            target, observations = _measure(pp.FinancialYear(start_year), seed, unit)
            for polarity in POLARITIES:
                result = assert_judged_alike(target, observations, polarity=polarity)
                assert result is not None
                assert result.assessed
                statuses.add(result.status)
    assert statuses == {AttainmentStatus.MET, AttainmentStatus.NOT_MET}


def test_part_year_counts_pro_rata_and_points_of_the_baseline() -> None:
    year = pp.FinancialYear(2003)
    target, observations = _measure(year, 7, U.COUNT)
    part = pp.Period(
        start=year.start, end=date(2003, 12, 31), label="Apr – Dec 2003", year_to_date=True
    )
    for value in (700, 712, 900):
        so_far = pp.Quantity(value, U.COUNT)
        seen = pp.Observation(period=part, figure=pp.Figure(text=str(value), value=so_far))
        result = assert_judged_alike(target, (*observations[:-1], seen))
        assert result is not None
        assert result.status in (AttainmentStatus.ON_TRACK, AttainmentStatus.OFF_TRACK)
        assert "pro rata to 365 days" in result.explanation


@pytest.mark.parametrize("unit", [U.GBP, U.PERCENTAGE_POINTS, U.PERCENT, U.COUNT])
def test_changes_on_baselines_of_either_sign_and_zero(unit: pp.Unit) -> None:
    # A relative change is scored in points of the baseline's size, whatever its sign.
    year = pp.FinancialYear(2003)
    values = ["-1200", "-5", "0", "0.0", "5", "1200.50"] if unit.signed else ["0", "5", "1200.50"]
    amounts = [
        pp.Quantity(10, U.PERCENT_CHANGE),
        pp.Quantity("2.5", U.PERCENT),
        pp.Quantity(2, U.PERCENTAGE_POINTS),
        pp.Quantity(100, unit),
    ]
    judged = 0
    for base, now, amount, direction in (
        (b, n, a, d) for b in values for n in values for a in amounts for d in pp.Direction
    ):
        target = pp.ChangeTarget(
            text="change", direction=direction, amount=amount, baseline=year.previous().period()
        )
        observations = [
            pp.Observation(
                period=period, figure=pp.Figure(text=value, value=pp.Quantity(value, unit))
            )
            for period, value in ((year.previous().period(), base), (year.period(), now))
        ]
        for polarity in POLARITIES:
            result = assert_judged_alike(target, observations, polarity=polarity)
            judged += result is not None and result.assessed
    assert judged


def test_directions_on_ties_and_part_years() -> None:
    # A direction wants a move past the year before, not a tie; only a whole year is "before".
    year = pp.FinancialYear(2003)
    part = pp.Period(start=date(2002, 4, 1), end=date(2002, 12, 31), year_to_date=True)
    part_now = pp.Period(start=year.start, end=date(2003, 9, 30), year_to_date=True)
    judged = 0
    for unit, values in ((U.PERCENT_CHANGE, ["-1", "0", "0.0", "1"]), (U.COUNT, ["0", "9", "10"])):
        for before, now, direction, parts in (
            (b, n, d, p)
            for b in values
            for n in values
            for d in pp.Direction
            for p in ("none", "as well", "instead", "beside a missing year")
        ):
            target = pp.DirectionTarget(text="direction", direction=direction, year=year)
            figures: list[tuple[pp.Period, str | None]] = [(year.period(), now)]
            if parts != "instead":
                missing = parts == "beside a missing year"
                figures.append((year.previous().period(), None if missing else before))
            if parts != "none":
                figures += [(part, before), (part_now, now)]
            observations = [
                pp.Observation(
                    period=period,
                    figure=pp.Figure(text=value, value=pp.Quantity(value, unit))
                    if value is not None
                    else pp.Figure(text="*", missing=pp.MissingReason.NOT_AVAILABLE),
                )
                for period, value in figures
            ]
            for polarity in POLARITIES:
                result = assert_judged_alike(target, observations, polarity=polarity)
                judged += result is not None and result.assessed
    assert judged


def test_the_result_classes_are_plain_slots_so_the_fast_path_builds_them_directly() -> None:
    # Were one of them to gain a hook or a hidden slot, the fast path would build it as usual.
    classes = (pp.Quantity, pp.attainment.Margin, pp.attainment.Comparison, Attainment)
    assert all(map(_fast.plain_slots, classes))
    rate = _fast._quantity(Decimal("0.70"), U.RATE, 1000, "population", None)
    assert repr(rate) == repr(pp.Quantity("0.70", U.RATE, per=1000, base="population"))
    assert hash(rate) == hash(pp.Quantity("0.70", U.RATE, per=1000, base="population"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rate.value = Decimal(1)  # type: ignore[misc]


def test_a_verdict_of_the_fast_path_survives_pickle_and_copy() -> None:
    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    result = evaluate(target, observations)
    assert isinstance(result._words, _Words)
    for again in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result), copy.copy(result)):
        assert_same(again, result)
    assert pp.from_json(Attainment, pp.to_json(result)).explanation == result.explanation


def test_observations_may_be_any_iterable_and_a_non_target_still_raises() -> None:
    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    assert_same(evaluate(target, iter(observations)), _by_rules(target, observations))
    assert_same(evaluate(target, list(observations)), _by_rules(target, observations))
    as_of = date(2005, 12, 1)
    assert_same(
        evaluate(target, iter(observations), as_of=as_of),
        _by_rules(target, observations, as_of=as_of),
    )
    with pytest.raises(TypeError, match="expected a target, got str"):
        evaluate("5%", observations)  # type: ignore[arg-type]


def test_a_subclass_of_a_target_is_judged_by_the_rules() -> None:
    @attrs.frozen(kw_only=True)
    class Special(pp.ChangeTarget):
        pass

    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    special = Special(**{f.alias: getattr(target, f.name) for f in attrs.fields(pp.ChangeTarget)})
    result = assert_judged_alike(special, observations)
    assert result is not None
    assert result.assessed
    assert isinstance(result._words, partial)


# --- drawn targets and observations ---------------------------------------------------------

_signed = st.decimals(min_value=-2_000, max_value=2_000, places=2, allow_nan=False)
_unsigned = st.decimals(min_value=0, max_value=2_000, places=2, allow_nan=False)


def _like(quantity: pp.Quantity) -> st.SearchStrategy[pp.Quantity]:
    """Quantities of the kind of ``quantity``: the same unit, rate base and scale."""
    values = _signed if quantity.unit.signed else _unsigned
    return st.one_of(values, st.sampled_from([0, 1, 100, quantity.value])).map(quantity.with_value)


@st.composite
def _periods(draw: st.DrawFn, year: pp.FinancialYear) -> pp.Period:
    """Periods in and around ``year``: whole years, parts of years, and spans across two."""
    before, after = year.previous(), year.next()
    around = draw(st.sampled_from([year, year, year, before, before, before.previous(), after]))
    kind = draw(st.sampled_from(["whole", "whole", "whole", "part", "part", "span", "drawn"]))
    if kind == "whole":
        return around.period()
    if kind == "part":
        end = around.start + timedelta(days=draw(st.integers(0, 364)))
        label = draw(st.none() | st.just(f"Apr – {end:%b %Y}"))
        return pp.Period(
            start=around.start, end=end, label=label, year_to_date=draw(st.booleans())
        )
    if kind == "span":
        start = around.start + timedelta(days=draw(st.integers(30, 300)))
        return pp.Period(start=start, end=start + timedelta(days=364))
    return draw(strategies.periods())


@st.composite
def _observations(
    draw: st.DrawFn, year: pp.FinancialYear, like: pp.Quantity
) -> tuple[pp.Observation, ...]:
    """Mostly figures of the kind of ``like`` for ``year`` and the year before, and others."""
    alike = _like(like).map(lambda q: pp.Figure(text=str(q), value=q))
    figures = st.one_of(
        alike,
        alike,
        alike,
        alike,
        strategies.quantities().map(lambda q: pp.Figure(text=str(q), value=q)),
        strategies.figures(),  # missing, with the reason
    )
    now = st.sampled_from([year.period(), year.period(), year.start]).flatmap(
        lambda p: (
            st.builds(pp.Observation, period=_periods(year), figure=alike)
            if isinstance(p, date)
            else st.builds(pp.Observation, period=st.just(p), figure=alike)
        )
    )
    before = st.builds(pp.Observation, period=st.just(year.previous().period()), figure=alike)
    other = st.builds(pp.Observation, period=_periods(year), figure=figures)
    lined_up = [draw(now), draw(before)] if draw(st.integers(0, 4)) != 4 else []
    observed = lined_up + draw(st.lists(other, max_size=4))
    return tuple(draw(st.permutations(observed)))


def _deadlines(year: pp.FinancialYear) -> st.SearchStrategy[pp.Deadline | None]:
    return st.none() | st.builds(
        pp.Deadline,
        text=st.sampled_from(["by March 2004", "31/3/04", "end of year"]),
        date=st.dates(min_value=year.start, max_value=year.end + timedelta(days=400)),
    )


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Any, tuple[pp.Observation, ...], date | None]:
    """A target, observations of its measure lined up with its year and unit, and an as-of."""
    year = draw(st.integers(1992, 2028).map(pp.FinancialYear))
    like = draw(strategies.quantities())
    if draw(st.integers(0, 5)) == 0:  # a stated change, as "-17.6%" is
        like = pp.Quantity(draw(_signed), U.PERCENT_CHANGE)
    target_year = draw(st.sampled_from([year, year, year, None]))
    common = {"text": draw(st.sampled_from(["a target", "To reduce crime"])), "year": target_year}
    kind = draw(st.sampled_from(["level", "change", "change", "direction", "from-to", "other"]))
    target: Any
    if kind == "level":
        target = pp.LevelTarget(
            value=draw(_like(like)),
            comparator=draw(st.sampled_from(pp.Comparator)),
            deadline=draw(_deadlines(year)),
            **common,
        )
    elif kind == "change":
        by = draw(
            st.sampled_from(
                [
                    pp.Quantity(draw(_unsigned), U.PERCENT_CHANGE),
                    pp.Quantity(draw(_unsigned), U.PERCENT),
                    pp.Quantity(draw(_unsigned), U.PERCENTAGE_POINTS),
                    draw(_like(like)),
                    draw(strategies.quantities()),
                ]
            )
        )
        direction = draw(st.sampled_from(pp.Direction))
        baseline = draw(st.sampled_from([year.previous().period()] * 4 + [None]) | _periods(year))
        fields = {"direction": direction, "amount": by, "baseline": baseline, **common}
        if draw(st.booleans()):
            fields["comparator"] = draw(st.sampled_from(pp.Comparator))
        if draw(st.integers(0, 3)) == 0:
            fields["equivalent_amount"] = draw(strategies.quantities())
        target = pp.ChangeTarget(**fields)
    elif kind == "direction":
        target = pp.DirectionTarget(direction=draw(st.sampled_from(pp.Direction)), **common)
    elif kind == "from-to":
        target = pp.FromToTarget(
            start=draw(_like(like)),
            end=draw(_like(like)),
            deadline=draw(_deadlines(year)),
            **common,
        )
    else:
        target = draw(strategies.targets())
    mid_year = year.start + timedelta(days=200)
    as_of = draw(st.sampled_from([None] * 6 + [date.max, year.end, mid_year, year.start]))
    return target, draw(_observations(year, like)), as_of


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=_cases())
def test_drawn_targets_lined_up_with_their_figures(
    case: tuple[Any, tuple[pp.Observation, ...], date | None],
) -> None:
    target, observations, as_of = case
    for polarity in POLARITIES:
        assert_judged_alike(target, observations, as_of=as_of, polarity=polarity)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    target=strategies.targets(),
    observations=st.lists(strategies.observations(), max_size=5),
    as_of=st.none() | st.dates(date(1990, 1, 1), date(2031, 1, 1)),
)
def test_drawn_targets_with_any_figures(
    target: pp.Target, observations: list[pp.Observation], as_of: date | None
) -> None:
    for polarity in POLARITIES:
        assert_judged_alike(target, observations, as_of=as_of, polarity=polarity)


def test_many_drawn_cases_compare_figures() -> None:
    # The lined-up strategy is worth its name: many of its cases reach a verdict.
    assessed = []

    @settings(max_examples=200, deadline=None, database=None, derandomize=True)
    @given(case=_cases())
    def judge(case: tuple[Any, tuple[pp.Observation, ...], date | None]) -> None:
        target, observations, as_of = case
        result = evaluate(target, observations, as_of=as_of)
        assessed.append(result.assessed)

    judge()
    assert sum(assessed) >= len(assessed) // 3


# --- many at once ---------------------------------------------------------------------------


def assert_all_alike(
    pairs: list[tuple[Any, tuple[pp.Observation, ...]]],
    *,
    as_of: date | None = None,
    polarity: pp.Polarity | None = None,
) -> list[Attainment]:
    """`evaluate_all` gives, in order, the verdicts `evaluate` gives one at a time."""
    results = pp.evaluate_all(iter(pairs), as_of=as_of, polarity=polarity)
    assert type(results) is list
    assert len(results) == len(pairs)
    for result, (target, observations) in zip(results, pairs, strict=True):
        assert_same(result, evaluate(target, observations, as_of=as_of, polarity=polarity))
    return results


@pytest.mark.parametrize("polarity", POLARITIES)
def test_evaluate_all_of_every_target_of_every_plan(polarity: pp.Polarity | None) -> None:
    pairs = [
        (entry.target, row.observations)
        for plan in _plans()
        for row in plan.indicators
        for entry in row.targets
        if entry.target is not None
    ] + [
        (target, series.observations)
        for plan in _plans()
        for measure in plan.measures
        for series in measure.performance
        for target in measure.targets
    ]
    for as_of in (None, date(2002, 12, 31), date(2004, 3, 31)):
        results = assert_all_alike(pairs, as_of=as_of, polarity=polarity)
        assert any(result.assessed for result in results)
        assert not all(result.assessed for result in results)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases=st.lists(_cases(), max_size=6), polarity=st.sampled_from(POLARITIES))
def test_evaluate_all_of_drawn_targets(
    cases: list[tuple[Any, tuple[pp.Observation, ...], date | None]],
    polarity: pp.Polarity | None,
) -> None:
    pairs = [(target, observations) for target, observations, _ in cases]
    as_of = next((as_of for *_, as_of in cases if as_of is not None), None)
    assert_all_alike(pairs, polarity=polarity)
    assert_all_alike(pairs, as_of=as_of, polarity=polarity)


def test_evaluate_all_takes_observations_as_any_iterable_and_nothing_at_all() -> None:
    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    series = pp.Series(label="Offences", observations=observations)
    given = (observations, list(observations), series.observations, iter(observations))
    results = pp.evaluate_all([(target, seen) for seen in (*given, pp.Query(observations))])
    reference = _by_rules(target, observations)
    for result in results:
        assert_same(result, reference)
    assert pp.evaluate_all([]) == []


def test_evaluate_all_pauses_the_collector_and_leaves_it_as_it_found_it() -> None:
    import gc

    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    during = []

    def pairs() -> Iterable[tuple[Any, tuple[pp.Observation, ...]]]:
        for _ in range(3):
            during.append(gc.isenabled())
            yield target, observations

    assert gc.isenabled()
    pp.evaluate_all(pairs())
    assert during == [False] * 3
    assert gc.isenabled()
    with pytest.raises(TypeError):
        pp.evaluate_all([(target, observations), (None, observations)])
    assert gc.isenabled()
    gc.disable()
    try:
        pp.evaluate_all(pairs())
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (("10%", ()), TypeError, "pair 2: expected a target, got str"),
        (None, TypeError, "pair 2: cannot unpack non-iterable NoneType object"),
        (("a", "b", "c"), ValueError, r"pair 2: too many values to unpack \(expected 2\)"),
        ("TARGET", ValueError, "pair 2: too many values to unpack"),
        ((..., 5), TypeError, "pair 2: expected a target, got ellipsis"),
    ],
)
def test_evaluate_all_names_the_pair_it_cannot_judge(
    bad: Any, error: type[Exception], message: str
) -> None:
    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    with pytest.raises(error, match=f"^{message}"):
        pp.evaluate_all([(target, observations), (target, observations), bad])


def test_evaluate_all_names_the_pair_whose_observations_are_not_observations() -> None:
    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    with pytest.raises(
        TypeError, match=r"^pair 1: observations must be Observation objects, got 5$"
    ):
        pp.evaluate_all([(target, observations), (target, 5)])
    with pytest.raises(
        TypeError, match=r"^pair 1: observations\[0\] is '2004/05: 1,000', not an Observation$"
    ):
        pp.evaluate_all([(target, observations), (target, ["2004/05: 1,000"])])


_PLAN = pp.datasets.load("mps-plan-2003-04")
_SERIES = next(m for m in _PLAN.measures if m.performance).performance
_MILESTONE = next(t for t in _PLAN.targets if isinstance(t, pp.MilestoneTarget))


@pytest.mark.parametrize("milestone", [False, True])
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"as_of": "2005-12-01"}, "as_of must be a date, got '2005-12-01'"),
        ({"as_of": 2005}, "as_of must be a date, got 2005"),
        ({"as_of": pp.FinancialYear(2005)}, "as_of must be a date, got a FinancialYear"),
        (
            {"as_of": datetime(2005, 12, 1, 9)},
            "as_of must be a date, got a datetime (give its .date())",
        ),
        (
            {"polarity": "higher-is-better"},
            "polarity must be a Polarity, such as "
            "Polarity.LOWER_IS_BETTER, got 'higher-is-better'",
        ),
        ({"polarity": 0}, "polarity must be a Polarity, such as Polarity.LOWER_IS_BETTER, got 0"),
        ({"observations": None}, "observations must be Observation objects, got None"),
        ({"observations": "2004/05"}, "observations must be Observation objects, got '2004/05'"),
        (
            {"observations": _SERIES[0].observations[0]},
            "observations must be a collection, got one Observation: give [it]",
        ),
        (
            {"observations": _SERIES[0]},
            "observations must be Observation objects, got a Series: give its .observations",
        ),
        (
            {"observations": _SERIES},
            "observations[0] is a Series, not an Observation: give its .observations",
        ),
        ({"observations": lambda: iter([1])}, "observations[0] is 1, not an Observation"),
    ],
)
def test_an_argument_evaluate_does_not_take_is_a_type_error_naming_it(
    milestone: bool, arguments: dict[str, Any], message: str
) -> None:
    # Before, a polarity given as text judged as if lower were better, a milestone took
    # anything as its observations, and the rest raised errors from deep inside.
    target, observations = _measure(pp.FinancialYear(2005), 3, U.COUNT)
    given = {"target": _MILESTONE if milestone else target, "observations": observations}
    given |= {name: value() if callable(value) else value for name, value in arguments.items()}
    with pytest.raises(TypeError) as caught:
        evaluate(**given)
    assert str(caught.value) == message


@given(case=_cases(), bad=st.sampled_from([None, 1, "x", pp.Quantity(1, U.COUNT)]), data=st.data())
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_an_item_that_is_not_an_observation_is_named_by_its_place(
    case: tuple[Any, tuple[pp.Observation, ...], date | None], bad: object, data: st.DataObject
) -> None:
    target, observations, as_of = case
    place = data.draw(st.integers(0, len(observations)))
    given = [*observations[:place], bad, *observations[place:]]
    with pytest.raises(TypeError) as caught:
        evaluate(
            target, data.draw(st.sampled_from([given, tuple(given), iter(given)])), as_of=as_of
        )
    assert str(caught.value).startswith(f"observations[{place}] is ")


@pytest.mark.parametrize(
    ("given", "shown"), [("8.1%", "'8.1%'"), (None, "None"), (_MILESTONE, "a MilestoneTarget")]
)
def test_evaluate_progress_takes_only_a_progress_figure(given: object, shown: str) -> None:
    with pytest.raises(TypeError) as caught:  # it raised AttributeError from inside
        pp.evaluate_progress(given)  # type: ignore[arg-type]
    assert str(caught.value) == f"expected a ProgressFigure, got {shown}"

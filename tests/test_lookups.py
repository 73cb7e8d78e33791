"""Keyed lookups find by code, name, alias and force name, and fail helpfully."""

from __future__ import annotations

import pytest

import policeplan as pp


@pytest.fixture(scope="module")
def base() -> pp.BaselineAssessment:
    return pp.datasets.load("hmic-baseline-2005")  # type: ignore[no-any-return]


def test_framework_by_code_name_and_alias(base: pp.BaselineAssessment) -> None:
    by_code = base.framework("6A")
    assert base.framework("Human Resources Management") is by_code  # seed 000 L1931 spelling
    assert base.framework("human resource management") is by_code
    assert by_code.code == "6A"


def test_judgement_finds_the_met_by_its_full_name(base: pp.BaselineAssessment) -> None:
    assert base.judgement("Metropolitan Police Service", "2B") is base.judgement("MPS", "2B")
    assert base.judgement("Kent", "5A").grade is pp.Grade.EXCELLENT


def test_unknown_keys_raise_a_key_error_listing_what_exists(
    base: pp.BaselineAssessment,
) -> None:
    with pytest.raises(KeyError) as caught:
        base.framework("9Z")
    assert isinstance(caught.value, pp.NotFoundError)
    assert "1A" in str(caught.value)
    with pytest.raises(pp.NotFoundError, match="Atlantis"):
        base.judgement("Atlantis", "5A")


def test_plan_objective_lookup() -> None:
    plan: pp.PolicingPlan = pp.datasets.load("mps-plan-2003-04")
    assert plan.objective(7).number == 7
    assert [o.number for o in plan.objectives] == list(range(1, 28))
    with pytest.raises(pp.NotFoundError) as caught:
        plan.objective(28)
    assert "no objective 28" in str(caught.value)


def test_inspection_distribution_lookup_ignores_case() -> None:
    insp: pp.Inspection = pp.datasets.load("hmic-inspection-2007")
    assert insp.distribution("domestic VIOLENCE")[pp.Grade.FAIR] == 27  # seed 003 L375
    with pytest.raises(pp.NotFoundError):
        insp.distribution("Neighbourhood Watch")


def test_unknown_dataset() -> None:
    with pytest.raises(pp.NotFoundError, match="available"):
        pp.datasets.load("mps-plan-1999-00")


_BASE = pp.datasets.load("hmic-baseline-2005")
_PLAN = pp.datasets.load("mps-plan-2003-04")
_INSPECTION = pp.datasets.load("hmic-inspection-2007")


@pytest.mark.parametrize(
    ("look_up", "message"),
    [
        (lambda: _BASE.framework(5), "a framework is named by text, got 5"),
        (lambda: _BASE.judgement("MPS", None), "a framework is named by text, got None"),
        (lambda: _BASE.judgement(["MPS"], "5A"), "a force is named by text, got a list of 1 item"),
        (lambda: _BASE.judgements_for(None), "a framework is named by text, got None"),
        (lambda: _INSPECTION.distribution(3), "a framework is named by text, got 3"),
        (lambda: _PLAN.objective(True), "an objective is named by its number, got True"),
        (lambda: _PLAN.objective("2"), "an objective is named by its number, got '2'"),
        (
            lambda: _PLAN.priority("for-londoners", "A"),
            "group must be a PriorityGroup, got 'for-londoners'",
        ),
        (
            lambda: _PLAN.priority(pp.PriorityGroup.LONDONERS, 1),
            "a priority's letter is named by text, got 1",
        ),
    ],
)
def test_a_key_of_the_wrong_type_is_a_type_error_saying_what_names_it(
    look_up: object, message: str
) -> None:
    # Before: AttributeError from inside ('int' object has no attribute 'replace'),
    # objective(True) found objective 1, and objective("2") said there is no objective 2.
    with pytest.raises(TypeError) as caught:
        look_up()  # type: ignore[operator]
    assert str(caught.value) == message

"""Every field of every model class refuses, when the object is made, a value that is
not of the type it declares, with `InvalidValueError` naming the field.

Before, a field took whatever it was given: ``Rank(position=True)``,
``Judgement(grade="good")`` and ``Framework(areas_covered=["a"])`` were made, and
written as JSON that does not read back; others failed deep inside a validator.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import policeplan as pp
from policeplan import _declare


class _Alien:
    """A value of no type the model declares."""

    def __repr__(self) -> str:
        return "<alien>"


def _instances() -> dict[type, Any]:
    """One object of each model class, from the shipped datasets and a verdict."""
    found: dict[type, Any] = {}

    def walk(value: Any) -> Iterator[Any]:
        if attrs.has(type(value)):
            yield value
            for field in attrs.fields(type(value)):
                if field.init:
                    yield from walk(getattr(value, field.name))
        elif isinstance(value, tuple) or _declare.is_items(value):
            for item in value:
                yield from walk(item)

    roots: list[Any] = [pp.datasets.load(dataset) for dataset in pp.datasets.available()]
    plan = roots[0]
    row = next(r for r in plan.indicators if any(e.target for e in r.targets))
    entry = next(e for e in row.targets if e.target is not None)
    roots.append(pp.evaluate(typing.cast(pp.Target, entry.target), row.observations))
    roots += [pp.performance_cycle("MPS"), pp.cycle.CORRESPONDENCES, pp.cycle.INDICATOR_LINKS]
    baseline = roots[1]
    roots.append(pp.peers.position(next(iter(baseline.indicator_results))))
    for root in roots:
        for value in walk(root):
            found.setdefault(type(value), value)
    return found


INSTANCES = _instances()
PUBLIC = [
    cls
    for module, names in [
        (pp, pp.__all__),
        (pp.peers, ["PeerPosition"]),
        (pp.cycle, ["Citation", "Correspondence", "CycleRow", "IndicatorLink"]),
    ]
    for name in names
    # An Issue is the record of a problem found, made by the library, not by users.
    if isinstance(cls := getattr(module, name), type) and attrs.has(cls) and cls is not pp.Issue
]
FIELDS = [
    (cls, field) for cls in PUBLIC if cls in INSTANCES for field in attrs.fields(cls) if field.init
]


def test_every_public_model_class_has_an_object_to_try() -> None:
    assert [cls.__name__ for cls in PUBLIC if cls not in INSTANCES] == []
    assert len(FIELDS) > 300


def _declared(cls: type, name: str) -> Any:
    return typing.get_type_hints(cls)[name]


def _members(declared: Any) -> tuple[Any, ...]:
    if typing.get_origin(declared) in (typing.Union, types.UnionType):
        return typing.get_args(declared)
    return (declared,)


def _takes_anything(declared: Any) -> bool:
    return any(m is Any or isinstance(m, typing.TypeVar) for m in _members(declared))


TYPED_FIELDS = [
    (cls, field) for cls, field in FIELDS if not _takes_anything(_declared(cls, field.name))
]
"""The fields that do not take any value (`Figure.value` is a ``T``)."""


def test_only_a_generic_value_takes_any_value() -> None:
    assert {(cls, field.name) for cls, field in FIELDS} - {
        (cls, field.name) for cls, field in TYPED_FIELDS
    } == {(pp.Figure, "value")}


def _each(fields: list[tuple[type, attrs.Attribute[Any]]]) -> pytest.MarkDecorator:
    """Parametrize a test by ``(cls, field)``, each named ``Class.field``."""
    ids = [f"{cls.__name__}.{field.name}" for cls, field in fields]
    return pytest.mark.parametrize(("cls", "field"), fields, ids=ids)


@_each(TYPED_FIELDS)
def test_a_value_of_another_type_is_refused_naming_the_field(
    cls: type, field: attrs.Attribute[Any]
) -> None:
    declared = _declared(cls, field.name)
    valid = INSTANCES[cls]
    aliens: list[Any] = [_Alien()]
    if "bool" not in str(declared):
        aliens.append(True)  # a bool is no whole number here
    if "str" not in str(declared) and field.converter is None:
        aliens.append("2003")  # a quantity's value converts a numeral, as it says
    for alien in aliens:
        with pytest.raises(pp.InvalidValueError) as caught:
            attrs.evolve(valid, **{field.alias: alien})
        assert (caught.value.code, caught.value.field) == ("wrong-type", field.name), alien
        if field.converter is None:  # a converter's own message says what it takes
            assert str(caught.value).startswith(f"{field.name} must be "), str(caught.value)


ITEM_FIELDS = [
    (cls, field)
    for cls, field in FIELDS
    if any(map(_declare.holds_items, _members(_declared(cls, field.name))))
    and len(getattr(INSTANCES[cls], field.name) or ()) > 0
]


@_each(ITEM_FIELDS)
def test_an_item_of_another_type_is_refused_naming_its_place(
    cls: type, field: attrs.Attribute[Any]
) -> None:
    valid = INSTANCES[cls]
    items = list(getattr(valid, field.name))
    place = len(items) // 2
    items[place] = _Alien()
    with pytest.raises(pp.InvalidValueError) as caught:
        attrs.evolve(valid, **{field.alias: tuple(items)})
    assert (caught.value.code, caught.value.field) == ("wrong-type", field.name)
    assert caught.value.at == (place,)
    assert str(caught.value).startswith(f"{field.name}[{place}] must be ")


def test_a_list_is_refused_where_a_tuple_is_declared() -> None:
    framework = INSTANCES[pp.Framework]
    with pytest.raises(pp.InvalidValueError) as caught:
        attrs.evolve(framework, areas_covered=["Crime strategy"])
    assert str(caught.value) == "areas_covered must be a tuple of text, got a list of 1 item"


def test_every_object_of_the_datasets_passes_its_type_checks() -> None:
    for cls, valid in INSTANCES.items():
        assert attrs.evolve(valid) == valid, cls


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: pp.Rank(position=True, out_of=43), "position must be a whole number, got True"),
        (lambda: pp.Rank(position=1, out_of="43"), "out_of must be a whole number, got '43'"),
        (
            lambda: pp.Judgement(force="Kent", framework="5A", grade="good"),
            "grade must be a Grade or a StandardJudgement or None, got 'good'",
        ),
        (lambda: pp.Quantity(5, "count"), "unit must be a Unit, got 'count'"),
        (lambda: pp.FinancialYear(2003.0), "start_year must be a whole number, got 2003.0"),
        (
            lambda: pp.Objective(number=2, title="Street crime", measures=5),
            "measures must be a collection of a Measure, got 5",
        ),
    ],
)
def test_messages_say_what_the_field_takes(make: Any, message: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        make()
    assert str(caught.value) == message


def test_given_no_object_the_check_looks_at_its_own_field_alone() -> None:
    # Code that reads JSON calls a field's validators without the object when it doubts
    # a value; the type check then has only that value to look at.
    position = attrs.fields(pp.Rank).position
    check = position.validator
    assert check is not None
    check(None, position, 5)  # out_of is not there to look at
    with pytest.raises(pp.InvalidValueError) as caught:
        check(None, position, True)
    assert (caught.value.field, caught.value.more) == ("position", ())
    for part in check._validators:  # type: ignore[attr-defined]
        part(None, position, 5)


def test_a_subclass_of_a_declared_class_passes() -> None:
    class Text(str):
        pass

    rank = pp.Rank(position=1, out_of=2)
    figure = pp.Figure(text=Text("1 out of 2"), value=rank)
    assert figure.text == "1 out of 2"
    assert figure.value is rank

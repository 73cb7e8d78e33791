"""Field validators shared by the model classes.

Each raises `InvalidValueError` naming the field and
a stable code, so the converter can turn it into an issue with a path.
Validators never look at the instance, which lets the converter re-run them
one by one to report every broken field of an object, not just the first.
"""

from __future__ import annotations

import collections.abc
import decimal
import operator
import re
import types
import typing
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

import attrs

from ._declare import ItemSequence, constrains, inline, is_items
from .errors import InvalidValueError, shown

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(
    message: str,
    *,
    code: str,
    field: str | None = None,
    at: tuple[int | str, ...] = (),
    more: list[InvalidValueError] | tuple[InvalidValueError, ...] = (),
) -> InvalidValueError:
    return InvalidValueError(message, code=code, field=field, at=at, more=more)


def fail_all(problems: list[InvalidValueError], field: str) -> None:
    """Raise the first of ``problems`` carrying the others, so every one is reported."""
    if problems:
        first, *more = problems
        raise fail(first.detail, code=first.code, field=field, at=first.at, more=more)


def encodable(value: str) -> bool:
    """Whether UTF-8 can encode the text: it holds no lone surrogate."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text_problem(value: str) -> InvalidValueError | None:
    if not value.strip():
        return fail("must not be empty", code="empty-text")
    if not encodable(value):
        return fail(
            f"{shown(value)} holds a lone surrogate, which UTF-8 cannot encode",
            code="invalid-text",
        )
    return None


_PLAINLY_TEXT = (
    "{0} and not {0}[0].isspace() and ({0}.isascii() or {0}.isprintable() or encodable({0}))"
)
"""Text that is surely fine: it starts with something other than white space, and UTF-8
can encode it (ASCII and printable text can be, a lone surrogate being unprintable)."""


def _plainly_text(value: str) -> bool:
    """Whether text is surely fine (`_PLAINLY_TEXT`), in most cases without copying it."""
    return (
        bool(value)
        and not value[0].isspace()
        and (value.isascii() or value.isprintable() or encodable(value))
    )


def text(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Required text: not empty, not only white space, and encodable as UTF-8."""
    if _plainly_text(value):
        return  # the common case
    problem = _text_problem(value)
    if problem is not None:
        raise fail(f"{attribute.name} {problem}", code=problem.code, field=attribute.name)


def optional_text(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None:
        text(_, attribute, value)


inline(text, _PLAINLY_TEXT, encodable=encodable)
inline(optional_text, f"{{0}} is None or ({_PLAINLY_TEXT})", encodable=encodable)

NON_EMPTY = {"minLength": 1, "pattern": "\\S"}
"""JSON Schema for text with something besides white space."""
constrains(text, **NON_EMPTY)
constrains(optional_text, **NON_EMPTY)


def plain_text(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Any text, empty included, that UTF-8 can encode."""
    if not encodable(value):
        raise fail(
            f"{attribute.name} {shown(value)} holds a lone surrogate, which UTF-8 cannot encode",
            code="invalid-text",
            field=attribute.name,
        )


inline(plain_text, "{0}.isascii() or encodable({0})", encodable=encodable)


def texts(_: object, attribute: attrs.Attribute[Any], values: tuple[str, ...]) -> None:
    """Every item of a tuple of strings is non-empty text, encodable as UTF-8."""
    if all(map(_plainly_text, values)):
        return  # the common case
    problems = [
        fail(f"{attribute.name}[{index}] {problem}", code=problem.code, at=(index,))
        for index, value in enumerate(values)
        if (problem := _text_problem(value)) is not None
    ]
    if problems:
        first, *more = problems
        raise fail(first.detail, code=first.code, field=attribute.name, at=first.at, more=more)


constrains(texts, items=NON_EMPTY)
inline(texts, "all(map(plainly_text, {0}))", plainly_text=_plainly_text)


def day(_: object, attribute: attrs.Attribute[Any], value: date) -> None:
    """A calendar day: a `datetime` (or a pandas ``Timestamp``) is refused, for the
    model writes dates only and would drop its time of day.

    Examples:
        >>> from datetime import datetime
        >>> from policeplan import Deadline
        >>> try:
        ...     Deadline(text="by May 2003", date=datetime(2003, 5, 31, 9, 30))
        ... except ValueError as err:
        ...     print(err)
        date must be a date, got a datetime 2003-05-31 09:30:00 (give its .date(): no time is kept)
    """
    if type(value) is not date:
        raise fail(
            f"{attribute.name} must be a date, got {_day_shown(value)}",
            code="wrong-type",
            field=attribute.name,
        )


def optional_day(_: object, attribute: attrs.Attribute[Any], value: date | None) -> None:
    if value is not None:
        day(_, attribute, value)


def _day_shown(value: object) -> str:
    if isinstance(value, date):  # a datetime, or a class made from one
        return f"a {type(value).__name__} {value} (give its .date(): no time is kept)"
    return shown(value)


inline(day, "type({0}) is date", date=date)
inline(optional_day, "{0} is None or type({0}) is date", date=date)


@attrs.frozen
class _AtLeast:
    """A validator: a whole number no less than ``minimum``, or ``None``.

    A class rather than a closure so that its check is code run when a value
    is validated, not when the model is declared (and so mutation testing sees it).
    """

    minimum: int

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and value < self.minimum:
            raise fail(
                f"{attribute.name} must be at least {self.minimum}, got {shown(value)}",
                code="out-of-range",
                field=attribute.name,
            )


def at_least(minimum: int) -> Validator:
    check = constrains(_AtLeast(minimum), minimum=minimum)
    return inline(check, f"{{0}} is None or {{0}} >= {int(minimum)}")


@attrs.frozen
class _Between:
    """A validator: a whole number from ``minimum`` to ``maximum``, or ``None``."""

    minimum: int
    maximum: int

    def __call__(self, _: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and not self.minimum <= value <= self.maximum:
            raise fail(
                f"{attribute.name} must be between {self.minimum} and {self.maximum}, "
                f"got {shown(value)}",
                code="out-of-range",
                field=attribute.name,
            )


def between(minimum: int, maximum: int) -> Validator:
    check = constrains(_Between(minimum, maximum), minimum=minimum, maximum=maximum)
    return inline(check, f"{{0}} is None or {int(minimum)} <= {{0}} <= {int(maximum)}")


def repeats(keyed: Iterable[tuple[int, Hashable]]) -> Iterator[tuple[int, int, Hashable]]:
    """``(index, first index, key)`` for each item whose key an item before it had.

    Examples:
        >>> list(repeats(enumerate("abab")))
        [(2, 0, 'a'), (3, 1, 'b')]
    """
    first_seen: dict[Hashable, int] = {}
    for index, key in keyed:
        first = first_seen.setdefault(key, index)
        if first != index:
            yield index, first, key


@attrs.frozen
class _Unique:
    """A validator: no two items of a tuple share ``key(item)``."""

    key: Callable[[Any], Hashable]
    what: str

    def __call__(self, _: object, attribute: attrs.Attribute[Any], values: Iterable[Any]) -> None:
        name = attribute.name
        problems = [
            fail(
                f"{name}[{index}] repeats {self.what} {shown(item_key)} of {name}[{first}]",
                code="duplicate-key",
                at=(index,),
            )
            for index, first, item_key in repeats(
                (index, self.key(value)) for index, value in enumerate(values)
            )
        ]
        fail_all(problems, name)


def unique(key: Callable[[Any], Hashable], what: str) -> Validator:
    """No two items of a tuple share ``key(item)``."""
    return _Unique(key, what)


_NUMERAL = re.compile(
    r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:s?NaN|Infinity|inf)", re.I
)
"""A plain decimal numeral (the special values are read, then refused as not finite)."""


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert a number to `Decimal`, refusing floats and junk.

    Floats are refused because ``0.1`` is not a decimal figure; strings must be
    plain decimal numerals (``"83"``, ``"-17.6"``), never ``"83%"``. It converts
    the ``value`` field of quantities and margins, which its errors name.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise fail(
            f"expected a Decimal, int or numeral string, got {type(value).__name__}",
            code="wrong-type",
            field="value",
        )
    try:
        if isinstance(value, str) and not _NUMERAL.fullmatch(value):
            raise decimal.InvalidOperation  # "1_000", " 83 ": Decimal reads them, a figure is not
        number = Decimal(value)
    except decimal.InvalidOperation:
        raise fail(f"{shown(value)} is not a number", code="wrong-type", field="value") from None
    if not number.is_finite():
        raise fail(f"{shown(value)} is not a finite number", code="out-of-range", field="value")
    return number


inline(
    to_decimal,
    "{0} if type({0}) is Decimal and {0}.is_finite() else to_decimal({0})",
    Decimal=Decimal,
    to_decimal=to_decimal,
)


# -- the declared type of each field ------------------------------------------------------


def as_tuple(items: Iterable[T]) -> tuple[T, ...]:
    """A converter: a collection as a tuple. Anything else is left as it is, for the
    field's type check to report."""
    return tuple(items) if is_collection(items) else items  # type: ignore[return-value]


def is_collection(value: object) -> bool:
    """Whether a value is a collection of items to convert: iterable, and not text."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes)


def typed(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """A field transformer for ``attrs.frozen``: an object checks, before any other
    validator runs, that each field it was given holds a value of the type the field
    declares (`type_check`). The check is the first field's first validator.

    Examples:
        >>> from policeplan import Rank
        >>> try:
        ...     Rank(position=True, out_of="43")
        ... except ValueError as err:
        ...     print(err)
        ...     print(err.more[0])
        position must be a whole number, got True (and 1 more)
        out_of must be a whole number, got '43'
    """
    names = [field.name for field in fields if field.init]
    if not names:
        return fields
    return [
        field.evolve(validator=type_check(cls, names, field.validator))
        if field.name == names[0]
        else field
        for field in fields
    ]


class _Declared(NamedTuple):
    """How to check one field's value: its type is one of ``as_is``, or it is a
    collection of one of ``collections`` whose items' types are all in ``items_as_is``
    (most values); otherwise `_type_problems` looks at it with ``isinstance``."""

    name: str
    as_is: frozenset[type]
    collections: frozenset[type]
    items_as_is: frozenset[type]
    kinds: tuple[Any, ...]
    items: tuple[Any, ...] | None
    wanted: str
    wanted_item: str


def type_check(cls: type, names: list[str], then: Validator | None = None) -> Validator:
    """A validator of the field ``names[0]`` of ``cls`` that checks every field in
    ``names`` against its declared type, as a type checker sees it, except that a
    `bool` is not a whole number and a tuple's items are checked; then ``then``, the
    field's own validator, runs. Given no object (or a stand-in for one), it checks
    its own field's value.

    The types are read from the class's annotations when the first object is
    checked, since a class may name others defined after it. The validator lists
    its parts as attrs' ``and_`` does, the type check first: code that reads JSON
    skips that part (its inline form is ``True``), since what it reads is of the
    declared types.
    """
    declared: list[_Declared] = []  # the fields checked: not those that take anything
    plainly: list[frozenset[type]] = []  # for each, the classes of values passed at once
    collected: list[tuple[int, frozenset[type], frozenset[type]]] = []  # and items to look at
    values_of: list[Callable[[Any], tuple[Any, ...]]] = []

    def resolve() -> None:
        hints = typing.get_type_hints(cls)
        for name in names:
            members = _members(hints[name])
            kinds = _kinds(members)
            if object in kinds:
                continue  # Figure.value, a T: anything
            item_members = [item for member in members for item in _item_members(member)]
            items = _kinds(item_members) if item_members else None
            field = _Declared(
                name,
                as_is=_as_is(kinds, collections=False),
                collections=_as_is(kinds, collections=True) if items else frozenset(),
                items_as_is=_as_is(items or (), collections=False),
                kinds=kinds,
                items=items,
                wanted=_wanted(members),
                wanted_item=_wanted(item_members) if item_members else "",
            )
            if field.collections:
                collected.append((len(declared), field.collections, field.items_as_is))
            plainly.append(field.as_is | field.collections)
            declared.append(field)
        checked = [field.name for field in declared]
        # attrgetter of one name gives the value itself, not a tuple of one.
        get = operator.attrgetter(*checked) if len(checked) > 1 else None
        values_of.append(get or (lambda instance: tuple(getattr(instance, n) for n in checked)))

    def checker(then: Validator | None) -> Validator:
        def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
            if not values_of:
                resolve()
            # A whole object, not None nor a stand-in holding some of its fields:
            if getattr(type(instance), "__attrs_attrs__", None) is not None:
                values = values_of[0](instance)
            elif declared and declared[0].name == names[0]:
                values = (value,)  # its own field's alone
            else:
                values = ()  # its own field takes anything
            # Most objects hold values of the classes declared, and items of them: that
            # is found with no loop here over the fields. What is not is looked at closely.
            if all(map(_holds, plainly, map(type, values))):
                for index, kinds, items in collected:
                    if index >= len(values):
                        continue  # its own field's value alone is checked
                    held = values[index]
                    if type(held) in kinds and not items.issuperset(map(type, held)):
                        break
                else:
                    if then is not None:
                        then(instance, attribute, value)
                    return
            _refuse_types(declared, values)
            if then is not None:
                then(instance, attribute, value)

        return check

    check_types = checker(None)
    inline(check_types, "True")
    if then is None:
        return check_types
    check = checker(then)
    parts = getattr(then, "_validators", None) or (then,)
    check._validators = (check_types, *parts)  # type: ignore[attr-defined]  # as and_ lists them
    return check


def _refuse_types(declared: list[_Declared], values: tuple[Any, ...]) -> None:
    """Raise what is wrong with the types of ``values`` of the fields ``declared``;
    nothing if they only looked wrong (a subclass, items of one)."""
    problems = [
        problem
        for field, held in zip(declared, values, strict=False)
        for problem in _type_problems(field, held)
    ]
    if problems:
        first, *more = problems
        raise fail(first.detail, code=first.code, field=first.field, at=first.at, more=more)


_holds = frozenset.__contains__


def _as_is(kinds: tuple[Any, ...], *, collections: bool) -> frozenset[type]:
    """The classes of ``kinds`` whose objects need no more checking, or with
    ``collections``, those whose items are checked."""
    return frozenset(
        kind
        for kind in kinds
        if isinstance(kind, type)
        and kind is not object
        and issubclass(kind, tuple | ItemSequence) is collections
    )


def _type_problems(field: _Declared, value: Any) -> list[InvalidValueError]:
    """What is wrong with the type of ``value`` for ``field``, or of its items."""
    kinds, items, name = field.kinds, field.items, field.name
    if not isinstance(value, kinds) or (type(value) is bool and bool not in kinds):
        got = _day_shown(value)
        return [fail(f"{name} must be {field.wanted}, got {got}", code="wrong-type", field=name)]
    if items is None or not is_items(value):
        return []
    return [
        fail(
            f"{name}[{index}] must be {field.wanted_item}, got {shown(item)}",
            code="wrong-type",
            field=name,
            at=(index,),
        )
        for index, item in enumerate(value)
        if not isinstance(item, items) or (type(item) is bool and bool not in items)
    ]


def _members(declared: Any) -> list[Any]:
    """The types a value of ``declared`` may be: the members of a union, or itself."""
    if typing.get_origin(declared) in (typing.Union, types.UnionType):
        return [member for part in typing.get_args(declared) for member in _members(part)]
    return [declared]


def _item_members(declared: Any) -> list[Any]:
    """The types an item of ``tuple[X, ...]`` or ``Query[X]`` may be; none for others."""
    origin = typing.get_origin(declared)
    if not (isinstance(origin, type) and issubclass(origin, tuple | ItemSequence)):
        return []
    item = typing.get_args(declared)[0]
    return [] if item is Any or isinstance(item, TypeVar) else _members(item)


def _kind(declared: Any) -> Any:
    """What ``isinstance`` is given for a type."""
    if declared is Any or isinstance(declared, TypeVar):
        return object
    if declared is None:
        return type(None)
    return typing.get_origin(declared) or declared  # Figure[Quantity] is a Figure


def _kinds(members: list[Any]) -> tuple[Any, ...]:
    kinds = tuple(dict.fromkeys(map(_kind, members)))
    return (object, bool) if object in kinds else kinds


_NAMES: dict[Any, str] = {
    str: "text",
    int: "a whole number",
    bool: "True or False",
    type(None): "None",
    date: "a date",
    collections.abc.Callable: "a function",
    object: "anything",
}


def _wanted(members: list[Any]) -> str:
    """The types a value may be, as a message says them: "a Grade or None"."""
    words: list[str] = []
    for member in members:
        kind = _kind(member)
        items = _item_members(member)
        if items:
            word = f"a {'tuple' if kind is tuple else 'collection'} of {_wanted(items)}"
        elif kind in _NAMES:
            word = _NAMES[kind]
        else:
            name = kind.__name__
            word = f"{'an' if name[0] in 'AEIO' else 'a'} {name}"  # a Unit
        words.append(word)
    return " or ".join(dict.fromkeys(words))

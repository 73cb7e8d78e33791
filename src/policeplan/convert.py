"""Conversion of model objects to and from JSON-native dicts and JSON text.

One configured :class:`cattrs.Converter` holds the whole policy: ISO dates,
financial years as ``"2003/04"``, enums as their lower-case values, decimals
as JSON numbers, targets as a union tagged by ``kind``, optional fields left
out when they hold their default, unknown keys refused. Structuring never
coerces: ``"83"`` is not a number and ``83`` is not text. Every problem in the
input is collected into one :class:`~policeplan.errors.ValidationError`.
"""

from __future__ import annotations

import enum
import functools
import json
import math
import operator
import typing
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from types import SimpleNamespace, UnionType
from typing import Any, TypeVar, Union

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn

from .assessment import Grade, StandardJudgement
from .errors import InvalidValueError, Issue, ParseError, ValidationError
from .periods import FinancialYear
from .query import Query
from .source import SCHEMA_VERSION
from .targets import ChangeTarget, DirectionTarget, FromToTarget, LevelTarget, MilestoneTarget

__all__ = ["TARGET_KINDS", "converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

TARGET_KINDS: dict[type[Any], str] = {
    LevelTarget: "level",
    ChangeTarget: "change",
    DirectionTarget: "direction",
    MilestoneTarget: "milestone",
    FromToTarget: "from-to",
}
"""The ``kind`` tag of each target class in serialized form."""
_TARGET_BY_KIND = {kind: cls for cls, kind in TARGET_KINDS.items()}


class _StructureError(Exception):
    """Problems found while structuring, with paths relative to the failing value."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(issues)
        self.issues = issues

    @classmethod
    def one(cls, code: str, message: str, path: str = "") -> _StructureError:
        return cls([Issue(path, code, message)])

    def under(self, step: str) -> list[Issue]:
        """The issues with ``step`` (a field name or ``[i]``) put in front of their paths."""
        joined: list[Issue] = []
        for issue in self.issues:
            if not issue.path:
                path = step
            elif issue.path.startswith("["):
                path = step + issue.path
            else:
                path = f"{step}.{issue.path}"
            joined.append(Issue(path.removeprefix("."), issue.code, issue.message))
        return joined


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "a boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def _wrong_type(expected: str, value: object) -> _StructureError:
    return _StructureError.one(
        "wrong-type", f"expected {expected}, got {_type_name(value)} {value!r}"
    )


# -- structuring: primitives ------------------------------------------------------------


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _wrong_type("text", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type("a whole number", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _wrong_type("true or false", value)
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _wrong_type("a number", value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _StructureError.one("out-of-range", f"{value} is not a finite number")
        return Decimal(repr(value))
    return Decimal(value)


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str):
        raise _wrong_type("an ISO date such as '2004-03-31'", value)
    try:
        return date.fromisoformat(value) if len(value) == 10 else date.fromisoformat("bad")
    except ValueError:
        raise _StructureError.one(
            "invalid-date", f"{value!r} is not an ISO date such as '2004-03-31'"
        ) from None


def _structure_financial_year(value: object, _: type) -> FinancialYear:
    if not isinstance(value, str):
        raise _wrong_type("a financial year such as '2003/04'", value)
    try:
        return FinancialYear.parse(value)
    except ParseError as err:
        raise _StructureError.one(err.code, str(err)) from None


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    members = {member.value: member for member in cls}
    allowed = ", ".join(repr(value) for value in members)

    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str):
            raise _wrong_type(f"one of {allowed}", value)
        try:
            return members[value]
        except KeyError:
            raise _StructureError.one(
                "invalid-enum", f"{value!r} is not a {cls.__name__}; expected one of {allowed}"
            ) from None

    return structure


# -- structuring: containers and unions ---------------------------------------------------


def _tuple_hook(cls: Any) -> Callable[[object, type], tuple[Any, ...]]:
    item_type = typing.get_args(cls)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, (list, tuple)):
            raise _wrong_type("a list", value)
        items: list[Any] = []
        issues: list[Issue] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except _StructureError as err:
                issues.extend(err.under(f"[{index}]"))
        if issues:
            raise _StructureError(issues)
        return tuple(items)

    return structure


def _structure_target(value: object, _: type) -> Any:
    if not isinstance(value, Mapping):
        raise _wrong_type("a target object", value)
    kind = value.get("kind")
    kinds = ", ".join(repr(k) for k in _TARGET_BY_KIND)
    if kind is None:
        raise _StructureError.one(
            "missing-field", f"a target needs its kind: one of {kinds}", "kind"
        )
    if kind not in _TARGET_BY_KIND:
        raise _StructureError.one(
            "invalid-enum", f"{kind!r} is not a kind of target; expected one of {kinds}", "kind"
        )
    cls = _TARGET_BY_KIND[kind]
    return converter.get_structure_hook(cls)(value, cls)


_GRADE_SCALES = {member.value: member for scale in (Grade, StandardJudgement) for member in scale}


def _structure_grade(value: object, _: type) -> Grade | StandardJudgement:
    if not isinstance(value, str) or value not in _GRADE_SCALES:
        allowed = ", ".join(repr(v) for v in _GRADE_SCALES)
        raise _StructureError.one(
            "invalid-enum" if isinstance(value, str) else "wrong-type",
            f"{value!r} is not a grade or standard judgement; expected one of {allowed}",
        )
    return _GRADE_SCALES[value]


def _union_hook(cls: Any) -> Callable[[object, type], Any]:
    members = set(typing.get_args(cls))
    optional = type(None) in members
    members.discard(type(None))
    if members == set(TARGET_KINDS):
        inner: Callable[[object, type], Any] = _structure_target
    elif members == {Grade, StandardJudgement}:
        inner = _structure_grade
    elif len(members) == 1:
        (only,) = members
        inner = converter.get_structure_hook(only)
    else:  # pragma: no cover - the model declares no other unions
        raise TypeError(f"policeplan has no structure rule for {cls!r}")
    (member_type,) = members if len(members) == 1 else (cls,)

    def structure(value: object, _: type) -> Any:
        if value is None:
            if optional:
                return None
            raise _wrong_type("a value", value)
        return inner(value, member_type)

    return structure


def _is_union(cls: Any) -> bool:
    return typing.get_origin(cls) in (Union, UnionType)


def _is_model(cls: Any) -> bool:
    return attrs.has(typing.get_origin(cls) or cls)


def _is_tuple(cls: Any) -> bool:
    """``tuple[X, ...]`` and the model's ``Query[X]``, which is a tuple."""
    return typing.get_origin(cls) in (tuple, Query)


# -- structuring: attrs classes -----------------------------------------------------------


def _substitute(annotation: Any, mapping: dict[Any, Any]) -> Any:
    """Replace type variables of a generic class's field by the class's arguments."""
    if isinstance(annotation, TypeVar):
        return mapping.get(annotation, Any)
    args = typing.get_args(annotation)
    if not args:
        return annotation
    new_args = tuple(_substitute(arg, mapping) for arg in args)
    if _is_union(annotation):
        return functools.reduce(operator.or_, new_args)
    origin = typing.get_origin(annotation)
    return origin[new_args]


def _model_hook(cls: Any) -> Callable[[object, type], Any]:
    origin = typing.get_origin(cls) or cls
    mapping = dict(zip(getattr(origin, "__parameters__", ()), typing.get_args(cls), strict=False))
    hints = typing.get_type_hints(origin)
    fields = [
        (a.alias, a, _substitute(hints[a.name], mapping)) for a in attrs.fields(origin) if a.init
    ]
    plan = [
        (key, attribute, field_type, converter.get_structure_hook(field_type))
        for key, attribute, field_type in fields
    ]
    known = {key for key, *_ in plan}
    tag = TARGET_KINDS.get(origin)
    name = origin.__name__

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, Mapping):
            raise _wrong_type(f"an object ({name})", value)
        issues: list[Issue] = []
        kwargs: dict[str, Any] = {}
        for key, attribute, field_type, hook in plan:
            if key not in value:
                if attribute.default is attrs.NOTHING:
                    issues.append(Issue(key, "missing-field", f"{name} needs {key!r}"))
                continue
            try:
                kwargs[key] = hook(value[key], field_type)
            except _StructureError as err:
                issues.extend(err.under(key))
        for key in value:
            if key in known or (tag is not None and key == "kind"):
                continue
            issues.append(Issue(str(key), "unknown-field", f"{name} has no field {key!r}"))
        if tag is not None and value.get("kind", tag) != tag:
            issues.append(
                Issue("kind", "invalid-enum", f"a {name} has kind {tag!r}, not {value['kind']!r}")
            )
        if issues:
            raise _StructureError(issues + _broken_invariants(origin, kwargs))
        try:
            return origin(**kwargs)
        except InvalidValueError as err:
            broken = _broken_invariants(origin, kwargs)
            raise _StructureError(broken or [Issue(err.field or "", err.code, str(err))]) from None

    return structure


def _broken_invariants(cls: Any, kwargs: dict[str, Any]) -> list[Issue]:
    """Every field validator that fails on the values given, not only the first.

    Validators run against a stand-in holding the structured values, so an
    object whose other fields failed to structure still has its good fields
    checked; a validator that needs a missing field is skipped.
    """
    values = {
        a.name: kwargs.get(a.alias, a.default)
        for a in attrs.fields(cls)
        if a.alias in kwargs or a.default is not attrs.NOTHING
    }
    stand_in = SimpleNamespace(**values)
    issues: list[Issue] = []
    for attribute in attrs.fields(cls):
        if attribute.validator is None or attribute.alias not in kwargs:
            continue
        try:
            attribute.validator(stand_in, attribute, values[attribute.name])
        except InvalidValueError as err:
            issues.append(Issue(err.field or attribute.name, err.code, str(err)))
        except (AttributeError, TypeError):
            continue  # needs a field that did not structure; reported there
    return issues


# -- unstructuring ------------------------------------------------------------------------


def _unstructure_decimal(value: Decimal) -> int | float:
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


def _unstructure_target_hook(cls: Any) -> Callable[[Any], dict[str, Any]]:
    fields_of = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
    kind = TARGET_KINDS[cls]
    return lambda target: {"kind": kind, **fields_of(target)}


converter = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
"""The configured converter; use :func:`to_dict` and :func:`from_dict` rather than it."""

converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(bool, _structure_bool)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_structure_hook(date, _structure_date)
converter.register_structure_hook(FinancialYear, _structure_financial_year)
converter.register_structure_hook_factory(
    lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum), _enum_hook
)
converter.register_structure_hook_factory(_is_tuple, _tuple_hook)
converter.register_structure_hook_factory(_is_union, _union_hook)
converter.register_structure_hook_factory(_is_model, _model_hook)

converter.register_unstructure_hook(Decimal, _unstructure_decimal)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_unstructure_hook(FinancialYear, str)
converter.register_unstructure_hook_factory(
    lambda cls: cls in TARGET_KINDS, _unstructure_target_hook
)
converter.register_unstructure_hook_factory(
    lambda cls: cls is Query or _is_tuple(cls),
    lambda cls: lambda items: [converter.unstructure(item) for item in items],
)


# -- public functions ---------------------------------------------------------------------


def to_dict(obj: Any) -> Any:
    """A model object as JSON-native data: dicts, lists, text, numbers, booleans.

    >>> import policeplan as pp
    >>> pp.to_dict(pp.Rank.parse("9= out of 43"))
    {'position': 9, 'out_of': 43, 'tied': True}
    """
    return converter.unstructure(obj)


def from_dict(cls: type[T], data: object) -> T:
    """Build a ``cls`` from JSON-native data, or raise :class:`ValidationError`.

    >>> import policeplan as pp
    >>> pp.from_dict(pp.FinancialYear, "2003/04")
    FinancialYear('2003/04')
    """
    if isinstance(data, Mapping):
        version = data.get("schema_version")
        if type(version) is int and version > SCHEMA_VERSION:
            raise ValidationError(
                [
                    Issue(
                        "schema_version",
                        "unsupported-schema-version",
                        f"this document has schema_version {version}; this policeplan reads "
                        f"up to {SCHEMA_VERSION}: upgrade policeplan to read it",
                    )
                ],
                type_name=getattr(cls, "__name__", str(cls)),
            )
    try:
        structured: T = converter.structure(data, cls)
    except _StructureError as err:
        raise ValidationError(err.issues, type_name=getattr(cls, "__name__", str(cls))) from None
    return structured


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """A model object as JSON text, deterministic for equal objects.

    >>> import policeplan as pp
    >>> pp.to_json(pp.FinancialYear(2003))
    '"2003/04"'
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a ``cls`` from JSON text, or raise :class:`ValidationError`.

    >>> import policeplan as pp
    >>> pp.from_json(pp.Rank, '{"position": 5, "out_of": 5}')
    Rank(position=5, out_of=5, tied=False)
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, TypeError) as err:
        raise ValidationError(
            [Issue("", "invalid-json", f"not JSON: {err}")],
            type_name=getattr(cls, "__name__", str(cls)),
        ) from None
    return from_dict(cls, data)

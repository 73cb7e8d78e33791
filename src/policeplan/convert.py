"""Conversion of model objects to and from JSON-native data and JSON text.

One configured `cattrs.Converter` holds the whole policy; the model
only declares what it needs (tags, fields always written, validators):

- reading never coerces: ``"83"`` is not a number, ``83`` is not text, and
  dates and years are read only in the form the writer produces;
- numbers are exact: JSON text is read without passing through ``float``,
  and written digit for digit;
- what the serialized form cannot keep is refused (non-finite numbers,
  numbers a JSON reader would turn into infinity or zero, whole numbers past
  2**53 in whole-number fields, lone surrogates, duplicate keys);
- unknown keys are refused, with the nearest field suggested;
- every problem is collected into one `ValidationError`,
  and nothing else escapes, whatever the input.
"""

from __future__ import annotations

import decimal
import enum
import functools
import json
import re
import threading
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from types import SimpleNamespace, UnionType
from typing import Any, NamedTuple, TypeVar, Union

import attrs
import cattrs

from . import _codegen, _collector, _declare, _fastjson, versioning
from .errors import InvalidValueError, Issue, ParseError, Step, ValidationError
from .errors import render_path as _render_path
from .errors import shown as _shown

__all__ = ["converter", "from_dict", "from_json", "parse_json", "to_dict", "to_json"]

T = TypeVar("T")
Hook = Callable[[Any, Any], Any]
Dump = Callable[[Any], Any]

SAFE_INTEGER = 2**53 - 1
"""The largest whole number every JSON reader keeps exactly (RFC 7493, I-JSON)."""


class _StructureError(Exception):
    """Problems found while structuring, with paths relative to the failing value."""

    def __init__(self, problems: list[tuple[tuple[Step, ...], str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems

    @classmethod
    def one(cls, code: str, message: str, *at: Step) -> _StructureError:
        return cls([(at, code, message)])

    def under(self, step: Step) -> list[tuple[tuple[Step, ...], str, str]]:
        return [((step, *at), code, message) for at, code, message in self.problems]


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float, Decimal)):
        return "a number"
    if isinstance(value, (dict, list)) or _declare.is_items(value):
        return ""  # shown() already says "a list of …" or "an object with …"
    return f"a {type(value).__name__}"


def _wrong_type(expected: str, value: object) -> _StructureError:
    described = _shown(value)
    kind = "" if described.startswith(("a ", "an ")) else _type_name(value)
    what = " ".join(part for part in (kind, described) if part)
    return _StructureError.one("wrong-type", f"expected {expected}, got {what}")


# -- structuring: primitives ------------------------------------------------------------


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _structure_str(value: Any, _: Any) -> str:
    if type(value) is str:
        if value.isascii() or _encodable(value):
            return value
        raise _StructureError.one(
            "invalid-text", f"{_shown(value)} holds a lone surrogate, which UTF-8 cannot encode"
        )
    if isinstance(value, str):
        return _structure_str(str(value), _)
    raise _wrong_type("text", value)


def _structure_int(value: Any, _: Any) -> int:
    whole = type(value) is int or (isinstance(value, int) and not isinstance(value, bool))
    if whole and -SAFE_INTEGER <= value <= SAFE_INTEGER:
        return int(value)
    # A whole-number literal too long for int() reaches here as a Decimal from the parser.
    if whole or (type(value) is Decimal and value.is_finite() and value.as_tuple().exponent == 0):
        raise _StructureError.one(
            "out-of-range",
            f"{_shown(value)} is past ±(2**53 - 1), the whole numbers every JSON reader keeps",
        )
    raise _wrong_type("a whole number", value)


def _structure_bool(value: Any, _: Any) -> bool:
    if value is True or value is False:
        return bool(value)
    raise _wrong_type("true or false", value)


def _structure_decimal(value: Any, _: Any) -> Decimal:
    kind = type(value)
    if kind is Decimal:
        number = value
    elif kind is int:
        number = Decimal(value)
    elif kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise _StructureError.one("out-of-range", f"{value} is not a finite number")
        number = Decimal(repr(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(int(value))
    else:
        raise _wrong_type("a number", value)
    if not number.is_finite():
        raise _StructureError.one("out-of-range", f"{_shown(number)} is not a finite number")
    if number and not -300 <= number.adjusted() <= 300 and not _double_keeps(number):
        raise _StructureError.one(
            "out-of-range",
            f"{_shown(number)} is beyond what a JSON reader keeps: a double-precision reader "
            "would read it as infinity or zero",
        )
    return typing.cast(Decimal, number)


def _double_keeps(number: Decimal) -> bool:
    """Whether a reader that parses numbers as doubles gets something finite and non-zero."""
    if number.adjusted() > 309 or number.adjusted() < -325:
        return False
    approximation = float(number)
    return approximation not in (0.0, float("inf"), float("-inf"))


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: Any, _: Any) -> date:
    if not isinstance(value, str):
        raise _wrong_type("an ISO date such as '2004-03-31'", value)
    if _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError as err:
            message = f"{_shown(value)} is not a real date ({err})"
            raise _StructureError.one("invalid-date", message) from None
    raise _StructureError.one(
        "invalid-date", f"{_shown(value)} is not an ISO date such as '2004-03-31'"
    )


def _is_text_form(cls: Any) -> bool:
    return _declare.text_form_of(cls) is not None


def _text_form_hook(cls: Any) -> Hook:
    """Read a class the model writes as text: only in the form its writer produces."""
    form = typing.cast(_declare.TextForm, _declare.text_form_of(cls))
    canonical = re.compile(form.pattern)
    such_as = f"{form.what} such as {form.example!r}"

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, str):
            raise _wrong_type(such_as, value)
        if not canonical.fullmatch(value):
            raise _StructureError.one(form.code, f"{_shown(value)} is not {such_as}")
        try:
            return cls.parse(value)
        except ParseError as err:
            raise _StructureError.one(err.code, str(err)) from None
        except InvalidValueError as err:
            raise _StructureError.one(err.code, f"{_shown(value)}: {err}") from None

    return structure


def _enum_hook(cls: type[enum.Enum]) -> Hook:
    return _value_lookup(list(cls), f"a {cls.__name__}")


def _value_lookup(members: list[enum.Enum], what: str) -> Hook:
    by_value = {member.value: member for member in members}
    allowed = ", ".join(repr(value) for value in by_value)

    def structure(value: Any, _: Any) -> enum.Enum:
        if type(value) is str:
            found = by_value.get(value)
            if found is not None:
                return found
            raise _StructureError.one(
                "invalid-enum", f"{_shown(value)} is not {what}; expected one of {allowed}"
            )
        raise _wrong_type(f"one of {allowed}", value)

    return structure


# -- structuring: containers and unions ---------------------------------------------------


def _tuple_hook(conv: _Converter, cls: Any) -> Hook:
    origin = typing.get_origin(cls)
    (item_type, *_) = typing.get_args(cls) or (Any,)
    structure_item = conv.get_structure_hook(item_type)
    build = tuple if origin is tuple else origin

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is list:
            try:
                return typing.cast(
                    tuple[Any, ...], build([structure_item(item, item_type) for item in value])
                )
            except _StructureError:
                pass  # the loop below reports every bad item, not just the first
        if not (isinstance(value, list) or _declare.is_items(value)):
            raise _wrong_type("a list", value)
        items: list[Any] = []
        problems: list[tuple[tuple[Step, ...], str, str]] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except _StructureError as err:
                problems.extend(err.under(index))
        if problems:
            raise _StructureError(problems)
        return typing.cast(tuple[Any, ...], build(items))

    return structure


_serialized_members = _declare.data_members


def _union_hook(conv: _Converter, cls: Any) -> Hook:
    members, optional = _serialized_members(cls)
    if len(members) == 1:
        (member_type,) = members
        inner = conv.get_structure_hook(member_type)
    elif all(_declare.tag_of(member) for member in members):
        member_type, inner = cls, _tagged_union(conv, members)
    elif all(isinstance(m, type) and issubclass(m, enum.Enum) for m in members):
        values = [member for scale in members for member in scale]
        names = " or ".join(m.__name__ for m in members)
        if len({member.value for member in values}) < len(values):  # pragma: no cover
            raise TypeError(f"the values of {names} overlap, so a value cannot tell them apart")
        member_type, inner = cls, _value_lookup(values, f"a {names}")
    else:  # pragma: no cover - the model declares no other unions
        raise TypeError(f"policeplan has no structure rule for {cls!r}")

    def structure(value: Any, _: Any) -> Any:
        if value is None:
            if optional:
                return None
            raise _wrong_type("a value", value)
        return inner(value, member_type)

    return structure


def _tagged_union(conv: _Converter, members: list[Any]) -> Hook:
    keys = {typing.cast(tuple[str, str], _declare.tag_of(member))[0] for member in members}
    if len(keys) != 1:  # pragma: no cover - a declaration error
        raise TypeError(f"{members} are tagged by different keys: {keys}")
    (key,) = keys
    by_tag = {typing.cast(tuple[str, str], _declare.tag_of(m))[1]: m for m in members}
    allowed = ", ".join(repr(tag) for tag in by_tag)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise _wrong_type(f"an object with a {key!r}", value)
        tag = value.get(key)
        if tag is None:
            raise _StructureError.one("missing-field", f"needs its {key}: one of {allowed}", key)
        cls = by_tag.get(tag) if type(tag) is str else None
        if cls is None:
            raise _StructureError.one(
                "invalid-enum", f"{_shown(tag)} is not a {key}; expected one of {allowed}", key
            )
        return conv.get_structure_hook(cls)(value, cls)

    return structure


def _is_union(cls: Any) -> bool:
    return typing.get_origin(cls) in (Union, UnionType)


def _is_model(cls: Any) -> bool:
    return attrs.has(typing.get_origin(cls) or cls)


def _is_tuple(cls: Any) -> bool:
    """``tuple[X, ...]`` and the model's ``Query[X]``: a list in serialized form."""
    return _declare.holds_items(cls) and not attrs.has(typing.get_origin(cls) or cls)


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


# -- structuring: attrs classes -----------------------------------------------------------


def _substitute(annotation: Any, mapping: dict[Any, Any]) -> Any:
    """Replace type variables of a generic class's field by the class's arguments."""
    if isinstance(annotation, TypeVar):
        return mapping.get(annotation, Any)
    args = typing.get_args(annotation)
    if not args or typing.get_origin(annotation) is Callable:
        return annotation
    new_args = tuple(_substitute(arg, mapping) for arg in args)
    if _is_union(annotation):
        return Union[new_args]  # noqa: UP007 - built from a tuple of arguments
    origin = typing.get_origin(annotation)
    return origin[new_args]


def _fields(cls: Any) -> list[tuple[str, attrs.Attribute[Any], Any]]:
    """The fields a class takes in its constructor: key, attribute, resolved type."""
    origin = typing.get_origin(cls) or cls
    mapping = dict(zip(getattr(origin, "__parameters__", ()), typing.get_args(cls), strict=False))
    hints = typing.get_type_hints(origin)
    return [
        (a.alias or a.name, a, _substitute(hints[a.name], mapping))
        for a in attrs.fields(origin)
        if a.init
    ]


def _suggestion(key: object, known: list[str]) -> str:
    if not isinstance(key, str) or len(key) > 100:
        return ""
    import difflib  # only on the error path

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


class _DuplicateKeys(dict[str, Any]):
    """A JSON object that named some keys more than once; the last value of each is kept."""

    duplicated: list[str]


def _model_hook(conv: _Converter, cls: Any) -> Hook:
    """The exhaustive structuring of an attrs class, behind its generated fast path."""
    origin = typing.get_origin(cls) or cls
    name = origin.__name__
    spec: dict[str, tuple[str, Hook, Any]] = {}
    required: set[str] = set()
    fast_fields: list[_codegen.Field] = []
    direct = _codegen.plain_slots(origin)
    for key, attribute, field_type in _fields(cls):
        hook = conv.get_structure_hook(field_type)
        spec[key] = (key, hook, field_type)
        if attribute.default is attrs.NOTHING:
            required.add(key)
        fast_fields.append(_fast_field(conv, key, attribute, field_type, hook, direct=direct))
    tag = _declare.tag_of(origin)
    versioned = "schema_version" in spec
    known = sorted(spec)
    order = list(spec)

    def structure(value: Any, _: Any) -> Any:
        problems: list[tuple[tuple[Step, ...], str, str]] = []
        if type(value) is not dict:
            if not isinstance(value, dict):
                raise _wrong_type(f"an object ({name})", value)
            for key in getattr(value, "duplicated", ()):
                problems.append(((key,), "duplicate-key", f"{_shown(key)} is given twice"))
        if versioned:
            value = _current_version(value, tag[1] if tag else name)
        kwargs: dict[str, Any] = {}
        for key, item in value.items():
            field = spec.get(key)
            if field is None:
                if tag is not None and key == tag[0]:
                    if item != tag[1]:
                        message = f"a {name} has {key} {tag[1]!r}, not {_shown(item)}"
                        problems.append(((key,), "invalid-enum", message))
                elif type(key) is not str:
                    message = f"object keys are text; got {_shown(key)}"
                    problems.append(((), "wrong-type", message))
                else:
                    message = f"{name} has no field {_shown(key)}{_suggestion(key, known)}"
                    problems.append(((key,), "unknown-field", message))
                continue
            alias, hook, field_type = field
            try:
                kwargs[alias] = hook(item, field_type)
            except _StructureError as err:
                problems.extend(err.under(key))
        if not required.issubset(kwargs):
            for key in sorted(required.difference(kwargs), key=order.index):
                if key not in value:
                    problems.append(((key,), "missing-field", f"{name} needs {key!r}"))
        if problems:
            raise _StructureError(problems + _broken_invariants(origin, kwargs))
        try:
            return origin(**kwargs)
        except InvalidValueError as err:
            broken = _broken_invariants(origin, kwargs)
            raise _StructureError(broken or _problems_of(err, err.field)) from None

    return _codegen.generate(
        origin,
        fast_fields,
        slow=structure,
        tag=tag,
        version=("schema_version", lambda: versioning.SCHEMA_VERSION) if versioned else None,
        errors=(_StructureError, InvalidValueError),
        safe_integer=SAFE_INTEGER,
        tally=conv.counts,
    )


def _fast_field(
    conv: _Converter,
    key: str,
    attribute: attrs.Attribute[Any],
    field_type: Any,
    hook: Hook,
    *,
    direct: bool,
) -> _codegen.Field:
    """How the generated code reads a field; ``direct`` when it builds the object itself."""
    members, optional = _serialized_members(field_type) if _is_union(field_type) else ([], False)
    if len(members) == 1:  # ``X | None``: the generated code reads None, X's hook the rest
        (field_type,) = members
        hook = conv.get_structure_hook(field_type)
    plain = field_type if field_type in (str, int, bool, Decimal) else None
    scales = members if len(members) > 1 else [field_type]
    choices = None
    if all(map(_is_enum, scales)):  # an enum, or a union of enums whose values differ
        choices = {member.value: member for scale in scales for member in scale}
    items = None
    texts = False
    if _is_tuple(field_type):
        (item_type, *_) = typing.get_args(field_type) or (Any,)
        origin = typing.get_origin(field_type) or field_type
        texts = item_type is str
        if not texts and item_type is not Any:
            build = (lambda made: made) if origin is tuple else origin
            items = (conv.get_structure_hook(item_type), item_type, build)
    default: Any = attribute.default
    if default is attrs.NOTHING:
        default = _codegen.MISSING
    elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = _codegen.COMPUTED if default.takes_self else _codegen.Fresh(default.factory)
    return _codegen.Field(
        key=key,
        hook=hook,
        type=field_type,
        plain=plain,
        optional=optional,
        default=default,
        attribute=attribute if direct else None,
        members=choices,
        items=items,
        texts=texts,
        memo=texts or field_type is date or _is_text_form(field_type),
    )


def _current_version(value: dict[str, Any], document_type: str) -> dict[str, Any]:
    """The document data at the current schema version, upgraded if it was older."""
    version = value.get("schema_version", 1)  # files from before the key existed
    current = versioning.SCHEMA_VERSION
    if type(version) is not int:
        raise _StructureError.one(
            "wrong-type", f"expected a whole number, got {_shown(version)}", "schema_version"
        )
    if version < 1:
        raise _StructureError.one(
            "out-of-range",
            f"schema_version {_shown(version)} does not exist; versions start at 1",
            "schema_version",
        )
    if version > current:
        raise _StructureError.one(
            "unsupported-schema-version",
            f"this document has schema_version {_shown(version)}; this policeplan reads "
            f"up to {current}: upgrade policeplan to read it",
            "schema_version",
        )
    if version == current:
        return value
    data = {key: item for key, item in value.items() if key != "schema_version"}
    return {**versioning.upgrade(document_type, version, data), "schema_version": current}


def _problems_of(
    err: InvalidValueError, field: str | None
) -> list[tuple[tuple[Step, ...], str, str]]:
    head: tuple[Step, ...] = (field,) if field else ()
    return [((*head, *e.at), e.code, e.detail) for e in (err, *err.more)]


def _broken_invariants(
    cls: Any, kwargs: dict[str, Any]
) -> list[tuple[tuple[Step, ...], str, str]]:
    """Every field validator that fails on the values given, not only the first.

    Validators run against a stand-in holding the structured values, so an
    object whose other fields failed to structure still has its good fields
    checked; a validator that needs a missing field is skipped.
    """
    values = {
        a.name: kwargs.get(a.alias, a.default)
        for a in attrs.fields(cls)
        if a.alias in kwargs or (a.default is not attrs.NOTHING and a.init)
    }
    aliases = {a.name: a.alias for a in attrs.fields(cls)}
    stand_in = SimpleNamespace(**values)
    problems: list[tuple[tuple[Step, ...], str, str]] = []
    for attribute in attrs.fields(cls):
        if attribute.validator is None or attribute.alias not in kwargs:
            continue
        value = values[attribute.name]
        if attribute.converter is not None:
            value = attribute.converter(value)
        try:
            attribute.validator(stand_in, attribute, value)
        except InvalidValueError as err:
            field = err.field or attribute.name
            problems.extend(_problems_of(err, aliases.get(field, field)))
        except (AttributeError, TypeError):
            continue  # needs a field that did not structure; reported there
    return problems


# -- unstructuring ------------------------------------------------------------------------


def _dump_decimal(number: Decimal) -> int | float | Decimal:
    """A decimal as the JSON-native number that keeps it exactly.

    Whole numbers become ``int``; others become ``float`` when the float
    prints back the same digits, and otherwise stay ``Decimal`` (which
    `to_json` writes digit for digit).
    """
    text = str(number)
    if text.isdigit() or (text[0] == "-" and text[1:].isdigit() and text != "-0"):
        return int(text)
    if not number.is_finite():
        raise ValueError(f"cannot write {text}: JSON has no such number")
    approximation = float(text)
    return approximation if repr(approximation) == text else number


def _dump_float(number: float) -> float | Decimal:
    """A float held where the model does not say the type: refused unless finite, and
    written as a decimal when its shortest form has an exponent (``1e+16`` is ``1E+16``)."""
    if number - number != 0:  # NaN and the infinities
        raise ValueError(f"cannot write {number!r}: JSON has no such number")
    shortest = repr(number)
    return Decimal(shortest) if "e" in shortest else number


def _dump_enum(member: enum.Enum) -> Any:
    return member._value_  # the value itself, without the property that guards it


def _dumper(cls: Any) -> Dump | None:
    """How to write a value of a declared type, or of a class met where the model does not
    say the type; ``None`` when it is written as it is. What cannot be written as JSON,
    or not without losing something, gets a writer that refuses it (`_unwritable`)."""
    if cls in (str, int, bool, type(None)):
        return None
    if cls is Any or isinstance(cls, TypeVar):
        return _dump_any
    if cls in _HOOKED or _is_enum(cls) or _is_model(cls) or _is_tuple(cls) or _is_union(cls):
        return converter.get_unstructure_hook(cls)
    if isinstance(cls, type) and not issubclass(cls, date):
        for base, plain in _PLAIN_BASES:
            if issubclass(cls, base):  # a subclass of a JSON-native type, written as one
                return plain
    return _unwritable


_WRITABLE = (
    "policeplan writes model objects, text, numbers, booleans, None, dates and enums, "
    "and lists, tuples and dicts of them keyed by text"
)


class _UnwritableError(TypeError):
    """A value to_dict cannot write: ``value`` is what holds it, ``what`` says what it is
    and ``why`` why it cannot be written."""

    def __init__(self, value: object, what: str, why: str = _WRITABLE) -> None:
        super().__init__(f"cannot write {what}: {why}")
        self.value, self.what, self.why = value, what, why


def _unwritable(value: object) -> Any:
    if isinstance(value, type):
        raise _UnwritableError(value, f"the class {value.__qualname__}", "give an object of it")
    if isinstance(value, date):  # a datetime, or a class made from one
        what = f"a {type(value).__name__} {value}"
        raise _UnwritableError(value, what, "dates are written without a time; give its .date()")
    raise _UnwritableError(value, f"a value of type {type(value).__qualname__}")


def _dump_list(items: list[Any]) -> list[Any]:
    return [_dump_any(item) for item in items]


def _dump_dict(mapping: dict[Any, Any]) -> dict[Any, Any]:
    for key in mapping:
        if not isinstance(key, str):
            what = f"the key {_shown(key)} ({type(key).__qualname__})"
            raise _UnwritableError(mapping, what, "object keys must be text")
    return {key: _dump_any(item) for key, item in mapping.items()}


def _refusing(write: Callable[[Any], Any], obj: Any) -> Any:
    """``write(obj)``, a value it cannot write named by its path in a `TypeError`."""
    try:
        return write(obj)
    except _UnwritableError as err:
        raise TypeError(_unwritable_message(obj, err)) from None
    except RecursionError:
        raise ValueError("cannot write data nested this deeply, or that holds itself") from None


def _unwritable_message(obj: Any, err: _UnwritableError) -> str:
    try:
        at = _path_to(obj, err.value)
    except RecursionError:
        at = None
    where = "" if not at else f" at {_render_path(at)}"
    return f"cannot write {err.what}{where}: {err.why}"


def _path_to(node: Any, sought: object) -> tuple[Step, ...] | None:
    """The path from ``node`` to the object ``sought`` (by identity), as `to_dict` writes
    it; ``None`` if it is not there."""
    if node is sought:
        return ()
    if attrs.has(type(node)):
        named: list[tuple[Step, Any]] = [
            (key, getattr(node, key if a.name.startswith("_") else a.name))
            for a in attrs.fields(type(node))
            if a.init and (key := a.alias or a.name)
        ]
    elif isinstance(node, dict):
        named = list(node.items())
    elif isinstance(node, list) or _declare.is_items(node):
        named = list(enumerate(node))
    else:
        return None
    for step, child in named:
        found = _path_to(child, sought)
        if found is not None:
            return (step, *found)
    return None


def _by_class(find: Callable[[Any], Dump | None], known: dict[type, Dump | None]) -> Dump:
    """A writer for values where the model does not say the type: it looks up how to write
    each class it meets (``find``) once, and keeps it in ``known``."""

    def write(value: Any) -> Any:
        kind = type(value)
        try:
            how = known[kind]
        except KeyError:
            how = known.setdefault(kind, find(kind))
        return value if how is None else how(value)

    return write


_DUMPERS: dict[type, Dump | None] = {}
"""How to write a value of each class met where the model does not say the type."""

_HOOKED = (Decimal, float, date, list, dict)
"""Classes not written as they are, by hooks the converter is given below."""


_dump_any = _by_class(_dumper, _DUMPERS)

_PLAIN_BASES: tuple[tuple[type, Dump], ...] = (
    (str, str.__str__),
    (int, int.__int__),
    (float, lambda number: _dump_float(float.__float__(number))),
    (Decimal, lambda number: _dump_decimal(Decimal(number))),
    (list, _dump_list),
    (dict, _dump_dict),
)
"""How a subclass of a JSON-native class is written: as its base."""


def _tuple_dump_hook(cls: Any) -> Dump:
    (item_type, *_) = typing.get_args(cls) or (Any,)
    dump_item = _dumper(item_type)
    if dump_item is None:
        return list
    return lambda items: list(map(dump_item, items))


def _union_dump_hook(cls: Any) -> Dump:
    members, _ = _serialized_members(cls)
    if len(members) == 1:
        only = _dumper(members[0])
        if only is None:
            return lambda value: value
        return lambda value: None if value is None else only(value)
    return _dump_any


def _written_as(field_type: Any, attribute: attrs.Attribute[Any]) -> Any:
    """The type a field's value is written as: ``X | None`` defaulting to ``None`` is
    written as an ``X``, since the code writes the field only when it holds something else."""
    if _is_union(field_type) and attribute.default is None:
        members, _ = _serialized_members(field_type)
        if len(members) == 1 and not attribute.metadata.get(_declare.ALWAYS_WRITTEN):
            return members[0]
    return field_type


def _field_dumper(field_type: Any, attribute: attrs.Attribute[Any]) -> Dump | str | None:
    """How the generated code writes a field's value: a function, an expression, or as it is."""
    members = [field_type]
    if _is_union(field_type) and attribute.default is None:
        members, _ = _serialized_members(field_type)
        if attribute.metadata.get(_declare.ALWAYS_WRITTEN):
            members = [field_type]  # written even when None
    if all(map(_is_enum, members)):
        return "{0}._value_"  # the value itself, without the property that guards it
    return _dumper(_written_as(field_type, attribute))


def _model_dump_hook(cls: Any) -> Dump:
    origin = typing.get_origin(cls) or cls
    tag = _declare.tag_of(origin)
    head = {tag[0]: tag[1]} if tag else {}
    plan: list[tuple[str, str, Any, bool, Dump | str | None]] = []
    for key, attribute, field_type in _fields(cls):
        # A private field is read through the public attribute its alias names.
        read = key if attribute.name.startswith("_") else attribute.name
        always = bool(attribute.metadata.get(_declare.ALWAYS_WRITTEN))
        plan.append((read, key, attribute.default, always, _field_dumper(field_type, attribute)))
    plan.sort(key=lambda step: not step[3])  # the tag, then what is always written, then the rest
    return _codegen.dumper(origin.__qualname__, head, plan)


# -- writing through msgspec --------------------------------------------------------------
#
# msgspec writes text, numbers, booleans, enums (by value), decimals (digit for digit),
# tuples and its own Structs as to_json writes them. So the data handed to it keeps those
# as they are, and a model object becomes a Struct (`_fastjson.written_struct`) holding
# its fields in the order to_dict writes them, the fields left out unset.

_NATIVE: dict[Any, Dump | None] = {}
"""How the msgspec writer writes a value of each declared type; ``None`` for as it is."""

_MAKING: dict[Any, Dump] = {}
"""Forwarders to the writers being made, for a class that holds its own kind."""

_NATIVE_LOCK = threading.RLock()
"""Held while writers are made: another thread waits rather than find a forwarder."""


def _native(cls: Any) -> Dump | None:
    """How to hand a value of a declared type to msgspec; ``None`` for as it is."""
    try:
        return _NATIVE[cls]
    except KeyError:
        pass
    with _NATIVE_LOCK:
        if cls in _NATIVE:
            return _NATIVE[cls]
        if cls in _MAKING:
            return _MAKING[cls]
        if _is_model(cls) and not _is_text_form(cls):
            _MAKING[cls] = lambda value: typing.cast(Dump, _NATIVE[cls])(value)
        try:
            made = _NATIVE[cls] = _native_made(cls)
        finally:
            _MAKING.pop(cls, None)
        return made


def _native_made(cls: Any) -> Dump | None:
    if cls in (str, int, bool, type(None), Decimal) or _is_enum(cls):
        return None  # a decimal of a model field is finite: its validator says so
    if cls is Any or isinstance(cls, TypeVar):
        return _native_any
    if _is_text_form(cls):
        return str
    if _is_model(cls):
        return _native_model(cls)
    if _is_tuple(cls):
        (item_type, *_) = typing.get_args(cls) or (Any,)
        item = _native(item_type)
        if item is None:
            return None if (typing.get_origin(cls) or cls) is tuple else list
        return lambda items: list(map(item, items))
    if _is_union(cls):
        members, _ = _serialized_members(cls)
        if len(members) > 1:
            return _native_any
        only = _native(members[0])
        if only is None:
            return None
        return lambda value: None if value is None else only(value)
    return _dumper(cls)  # written as to_dict writes it, or refused as it refuses


_NATIVE_ANY: dict[type, Dump | None] = {Decimal: _dump_decimal, float: _dump_float}
"""How to hand msgspec a value of each class met where the model does not say the type:
a decimal there may be anything, so it is written as to_dict writes it."""

_native_any = _by_class(_native, _NATIVE_ANY)


def _native_model(cls: Any) -> Dump:
    origin = typing.get_origin(cls) or cls
    plan: list[tuple[str, str, Any, bool, Dump | str | None]] = []
    for key, attribute, field_type in _fields(cls):
        read = key if attribute.name.startswith("_") else attribute.name
        always = bool(attribute.metadata.get(_declare.ALWAYS_WRITTEN))
        written = _written_as(field_type, attribute)
        plan.append((read, key, attribute.default, always, _native(written)))
    plan.sort(key=lambda step: not step[3])  # what is always written, then the rest
    tag = _declare.tag_of(origin)
    struct = _fastjson.written_struct(origin.__name__, [step[1] for step in plan], tag)
    title = f"{origin.__qualname__} for msgspec"
    return _codegen.dumper(title, {}, plan, struct=(struct, _fastjson.unset()))


def _native_data(obj: Any) -> Any:
    """A model object, or a collection of them, as data msgspec writes as to_json does;
    ``None`` for anything else."""
    if attrs.has(type(obj)):
        return _native_any(obj)
    if _models(obj):
        return [_native_any(item) for item in obj]
    return None


def _structure_unknown(value: Any, _: Any) -> None:
    """A value whose type a generic class was not told, as in ``Figure`` for ``Figure[Rank]``."""
    if value is None:
        return
    raise _StructureError.one(
        "wrong-type",
        f"cannot read {_shown(value)} without its type: read the class with its type "
        "argument, such as Figure[Quantity]",
    )


class _Converter(cattrs.Converter):
    """A converter that reads as policeplan reads.

    One that ``counts`` has its generated code tally the keys of the objects it
    reads (`_codegen.TALLY`): the reader that parses with msgspec checks with it
    that no object named a key twice.
    """

    counts = False
    shapes: dict[tuple[Any, bool], _Shape | None]
    """What `_shape` made of each type, for reading msgspec Structs."""


def _reading(counts: bool) -> _Converter:
    """A converter with policeplan's rules for reading."""
    conv = _Converter()
    conv.counts = counts
    conv.shapes = {}
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_structure_hook(date, _structure_date)
    conv.register_structure_hook(Any, _structure_unknown)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_structure_hook_factory(_is_tuple, functools.partial(_tuple_hook, conv))
    conv.register_structure_hook_factory(_is_union, functools.partial(_union_hook, conv))
    conv.register_structure_hook_factory(_is_model, functools.partial(_model_hook, conv))
    # Registered after the models' factory, so tried before it: a year is an attrs class too.
    conv.register_structure_hook_factory(_is_text_form, _text_form_hook)
    return conv


converter = _reading(counts=False)
"""The configured converter; use `to_dict` and `from_dict` rather than it."""

converter.register_unstructure_hook(Decimal, _dump_decimal)
converter.register_unstructure_hook(float, _dump_float)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_unstructure_hook_factory(_is_enum, lambda _: _dump_enum)
converter.register_unstructure_hook_factory(_is_tuple, _tuple_dump_hook)
converter.register_unstructure_hook_factory(_is_union, _union_dump_hook)
converter.register_unstructure_hook_factory(_is_model, _model_dump_hook)
converter.register_unstructure_hook_factory(_is_text_form, lambda _: str)
converter.register_unstructure_hook(list, _dump_list)
converter.register_unstructure_hook(dict, _dump_dict)


# -- JSON text ----------------------------------------------------------------------------


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    flagged = _DuplicateKeys(data)
    seen: set[str] = set()
    flagged.duplicated = [key for key, _ in pairs if key in seen or seen.add(key)]  # type: ignore[func-returns-value]
    return flagged


def _whole_number(text: str) -> int | Decimal:
    # Past the interpreter's digit limit int() refuses; Decimal keeps it for the range check.
    return int(text) if len(text) <= 1000 else Decimal(text)


def _parse(text: str | bytes | bytearray) -> Any:
    try:
        return json.loads(
            text, parse_float=Decimal, parse_constant=Decimal, object_pairs_hook=_object
        )
    except ValueError as err:
        if isinstance(err, json.JSONDecodeError) or "integer string conversion" not in str(err):
            raise
    return json.loads(
        text,
        parse_float=Decimal,
        parse_int=_whole_number,
        parse_constant=Decimal,
        object_pairs_hook=_object,
    )


_MARK = "\ud800"  # a lone surrogate: text that can be written never holds one
_OPENING_MARK = '"' + _MARK


def _number_marker(marked: list[Decimal]) -> Callable[[object], str]:
    """The encoder's fallback: a decimal as a marked string, its digits written later."""

    def mark(value: object) -> str:
        if isinstance(value, Decimal):
            marked.append(value)
            return _MARK + str(value)
        raise TypeError(f"{type(value).__name__} is not JSON-native")

    return mark


# -- public functions ---------------------------------------------------------------------


def to_dict(obj: Any) -> Any:
    """A model object as JSON-native data: dicts, lists, text, numbers, booleans.

    Numbers are ``int`` or ``float``, or ``Decimal`` where no float prints the
    figure's digits exactly; `to_json` writes all three exactly.

    Examples:
        >>> import policeplan as pp
        >>> pp.to_dict(pp.Rank.parse("9= out of 43"))
        {'position': 9, 'out_of': 43, 'tied': True}

    Raises `TypeError` for anything JSON cannot hold, or not without loss (a
    set, bytes, a datetime, a key that is not text), naming where it is.

        >>> pp.to_dict({"ranks": [pp.Rank(position=1, out_of=2), {1, 2}]})
        Traceback (most recent call last):
        ...
        TypeError: cannot write a value of type set at ranks[1]: policeplan writes model ...
    """
    return _refusing(_dump_any, obj)


def from_dict(cls: type[T], data: object) -> T:
    """Build a ``cls`` from JSON-native data, or raise `ValidationError`.

    ``cls`` is a model class, a type the model's fields hold (`str`, `int`,
    `bool`, `Decimal`, `date`, an enum), ``tuple[X, ...]`` of one, or a union
    of them; anything else raises `TypeError` before the data is looked at.

    Examples:
        >>> import policeplan as pp
        >>> pp.from_dict(pp.FinancialYear, "2003/04")
        FinancialYear('2003/04')
        >>> pp.from_dict({"position": 5, "out_of": 5}, pp.Rank)
        Traceback (most recent call last):
        ...
        TypeError: from_dict takes the class first, then the data: from_dict(Rank, data)
    """
    _check_readable(cls, data, "from_dict")
    with _collector.paused():
        return _structured(cls, data)


_READABLE: dict[Any, bool] = {}
"""Whether `from_dict` and `from_json` can read each type they have been given."""


def _is_type(cls: Any) -> bool:
    return isinstance(cls, type) or cls is Any or typing.get_origin(cls) is not None


def _readable(cls: Any) -> bool:
    """Whether a value of the type ``cls`` can be read: a model class, a type its fields
    hold, ``tuple[X, ...]`` or ``Query[X]`` of one, or a union of them."""
    if not _is_type(cls):
        return False
    if cls in (str, int, bool, Decimal, date) or _is_enum(cls) or _is_model(cls):
        return True
    arguments = typing.get_args(cls)
    if _is_tuple(cls):
        if typing.get_origin(cls) is tuple:
            return len(arguments) == 2 and arguments[1] is Ellipsis and _readable(arguments[0])
        return len(arguments) == 1 and _readable(arguments[0])
    if _is_union(cls):
        return all(member is type(None) or _readable(member) for member in arguments)
    return False


def _check_readable(cls: Any, given: object, function: str) -> None:
    """Raise `TypeError` unless ``function`` can read a ``cls`` (``given`` is the other
    argument, looked at to tell the two given the wrong way round)."""
    try:
        readable = _READABLE[cls]
    except KeyError:
        readable = _readable(cls)
        if _is_type(cls):  # data given as the class is not remembered
            _READABLE[cls] = readable
    except TypeError:  # unhashable: data, not a type
        readable = False
    if readable:
        return
    what = "text" if function == "from_json" else "data"
    if not _is_type(cls) and _readable(given):
        name = given.__qualname__ if isinstance(given, type) else repr(given)
        raise TypeError(
            f"{function} takes the class first, then the {what}: {function}({name}, {what})"
        )
    if cls is Any:  # a class from Python 3.11, not before
        named = "Any"
    elif isinstance(cls, type):
        named = cls.__qualname__ + _READING_HINTS.get(cls, "")
    elif _is_type(cls):
        named = repr(cls) + _READING_HINTS.get(typing.get_origin(cls), "")
    else:
        named = "None" if cls is None else f"{_shown(cls)}, which is not a type"
    raise TypeError(
        f"{function} cannot read {named}: it reads policeplan's model classes (such "
        "as pp.Rank), str, int, bool, Decimal, date and enums, tuple[X, ...] of them, and "
        "unions of them"
    )


_READING_HINTS: dict[Any, str] = {
    list: " (read a list as tuple[X, ...])",
    set: " (read a list as tuple[X, ...])",
    frozenset: " (read a list as tuple[X, ...])",
    tuple: " (give the type of its items: tuple[X, ...])",
    float: " (read a number as Decimal, which keeps its digits)",
}


def _structured(cls: type[T], data: object) -> T:
    """`from_dict` with the collector already paused."""
    name = getattr(cls, "__name__", str(cls))
    try:
        structured: T = converter.structure(data, cls)
    except _StructureError as err:
        issues = [Issue(_render_path(at), code, message) for at, code, message in err.problems]
        raise ValidationError(issues, type_name=name) from None
    except RecursionError:
        issue = Issue("", "too-deep", "the data is nested too deeply to read")
        raise ValidationError([issue], type_name=name) from None
    return structured


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """A model object as JSON text, deterministic for equal objects, numbers exact.

    Compact (one line, no white space between items) unless ``indent`` is
    given, as ``json.dumps`` indents.

    Examples:
        >>> import policeplan as pp
        >>> pp.to_json(pp.FinancialYear(2003))
        '"2003/04"'
    """
    # The data is dropped once written: paused, the collector never goes through it.
    with _collector.paused():
        if _fastjson.enabled() and (indent is None or indent > 0):
            native = _refusing(_native_data, obj)
            fast = None if native is None else _fastjson.write(native, indent)
            if fast is not None:
                return fast
        return _written(_refusing(_dump_any, obj), indent)


def _written(data: Any, indent: int | None) -> str:
    """JSON-native data as JSON text, by the standard library."""
    marked: list[Decimal] = []
    # to_dict makes every list and dict anew, so the data holds no cycle to look for.
    text = json.dumps(
        data,
        ensure_ascii=False,
        check_circular=False,
        indent=indent,
        separators=_COMPACT if indent is None else None,
        default=_number_marker(marked),
    )
    if marked:
        text = _unmarked(text, len(marked))
    if not text.isascii():
        try:
            text.encode("utf-8")  # fails on a lone surrogate, faster than looking for one
        except UnicodeEncodeError:
            raise ValueError(
                "cannot write text holding a lone surrogate: UTF-8 cannot encode it"
            ) from None
    return text


_COMPACT = (",", ":")
"""Separators without white space: JSON text on one line, as services exchange it."""


def _models(obj: Any) -> bool:
    """Whether ``obj`` is a collection of model objects."""
    from .query import Query  # the query module is read on first use

    return isinstance(obj, tuple | list | Query) and all(attrs.has(type(item)) for item in obj)


def _unmarked(text: str, count: int) -> str:
    """JSON text with each of ``count`` marked decimals written as its digits."""
    pieces: list[str] = []
    done = 0
    for _ in range(count):
        start = text.find(_OPENING_MARK, done)
        end = text.find('"', start + 2)
        pieces += [text[done:start], text[start + 2 : end]]
        done = end + 1
    if text.find(_OPENING_MARK, done) != -1:  # a string of the data looked like a marker
        raise ValueError("cannot write text holding a lone surrogate: UTF-8 cannot encode it")
    pieces.append(text[done:])
    return "".join(pieces)


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build a ``cls`` from JSON text, or raise `ValidationError`.

    ``cls`` is what `from_dict` reads; anything else raises `TypeError`.

    Examples:
        >>> import policeplan as pp
        >>> pp.from_json(pp.Rank, '{"position": 5, "out_of": 5}')
        Rank(position=5, out_of=5, tied=False)
    """
    _check_readable(cls, text, "from_json")
    return _read_json(text, getattr(cls, "__name__", str(cls)), lambda _: cls, cls)


def _read_json(
    text: str | bytes, type_name: str, choose: Callable[[Any], type[T]], declared: Any
) -> T:
    """`from_json` of the class ``choose`` picks from the data, one of ``declared``.

    With msgspec, the text is parsed by it and read by code that tallies keys
    (see `policeplan._fastjson`); where the tally and the text disagree, or
    anything is wrong, the text is read again as without msgspec, which
    reports every problem. Where ``declared`` is a model class, or a union of
    tagged ones, msgspec decodes the text as Structs of their shape (`_shape`)
    and generated code builds the objects from those; otherwise it decodes
    plain data and the converter that tallies reads it.
    """
    # One pause for the whole: between parsing and building, the collector would go
    # through the parsed text, which is about to be dropped.
    with _collector.paused():
        # One reader at a time tallies; another, or one called while reading, does without.
        if isinstance(text, str | bytes | bytearray) and _TALLYING.acquire(blocking=False):
            try:
                made = _read_fast(text, choose, declared)
            finally:
                _TALLYING.release()
            if made is not _UNSURE:
                return typing.cast(T, made)
        data = parse_json(text, type_name=type_name)
        return _structured(choose(data), data)


_UNSURE = object()
"""What `_read_fast` gives when it cannot vouch for what it read."""

_TALLYING = threading.Lock()
"""Held while code that tallies keys runs: there is one tally (`_codegen.TALLY`)."""


def _read_fast(
    text: str | bytes | bytearray, choose: Callable[[Any], type[Any]], declared: Any
) -> Any:
    """The object msgspec and code that tallies keys read from ``text``; `_UNSURE` unless
    every object was read by generated code and they had between them all the keys the
    text names: then it named none twice."""
    if not _fastjson.enabled():
        return _UNSURE
    conv = _counting()
    shape = _shape(conv, declared)
    fast = _fastjson.read(text, None if shape is None else shape.struct)
    if fast is None:
        return _UNSURE
    data, keys = fast
    tally = _codegen.TALLY
    tally[0] = 0
    try:
        made = conv.structure(data, choose(data)) if shape is None else shape.build(data)
    except Exception:  # what the text or the data lacks, the standard path reports
        return _UNSURE
    return made if keys.holds(tally[0]) else _UNSURE


@functools.cache
def _counting() -> _Converter:
    return _reading(counts=True)


class _Shape(NamedTuple):
    """How msgspec decodes a JSON value for generated code to build model objects from."""

    struct: Any
    """What msgspec decodes it as: a Struct type, or a union of tagged ones."""
    build: Callable[[Any], Any]
    """The model object from what msgspec decoded; raises at the first doubt."""


def _shape(conv: _Converter, cls: Any, *, alone: bool = True) -> _Shape | None:
    """How msgspec decodes a value of type ``cls``: for a model class, or a union of tagged
    ones, as Structs with a field per key; ``None`` for anything else, decoded as plain
    data and read by ``conv``'s hooks. ``alone`` unless ``cls`` is a member of a union."""
    key = (cls, alone)
    if key in conv.shapes:
        return conv.shapes[key]
    conv.shapes[key] = None  # a class that holds its own kind reads it as plain data
    made: _Shape | None = None
    if _is_model(cls) and not _is_text_form(cls):
        made = _model_shape(conv, cls, alone=alone)
    elif _is_union(cls):
        members, optional = _serialized_members(cls)
        tagged = all(_is_model(member) and _declare.tag_of(member) for member in members)
        shapes = [_shape(conv, member, alone=False) for member in members] if tagged else []
        if len(members) > 1 and not optional and shapes and None not in shapes:
            made = _union_shape(typing.cast(list[_Shape], shapes))
    elif _is_tuple(cls) and typing.get_args(cls):
        item = _shape(conv, typing.get_args(cls)[0])
        if item is not None:
            made = _many_shape(item, typing.get_origin(cls))
    conv.shapes[key] = made
    return made


def _union_shape(shapes: list[_Shape]) -> _Shape:
    """A union of tagged Structs: msgspec picks the member by its tag."""
    builds = {shape.struct: shape.build for shape in shapes}

    def build(value: Any) -> Any:
        return builds[type(value)](value)

    return _Shape(Union[tuple(builds)], build)  # noqa: UP007 - built from a tuple


def _many_shape(item: _Shape, collection: Any) -> _Shape:
    """A list of what ``item`` reads, as a tuple or the model's ``collection`` of them."""
    build_item = item.build

    def build(value: list[Any]) -> Any:
        made = tuple(map(build_item, value))
        return made if collection is tuple else collection(made)

    return _Shape(list[item.struct], build)  # type: ignore[name-defined]


def _model_shape(conv: _Converter, cls: Any, *, alone: bool) -> _Shape:
    origin = typing.get_origin(cls) or cls
    direct = _codegen.plain_slots(origin)
    fields: list[_codegen.Field] = []
    keys: list[tuple[str, str, Any, bool]] = []
    for index, (key, attribute, field_type) in enumerate(_fields(cls)):
        hook = conv.get_structure_hook(field_type)
        field = _fast_field(conv, key, attribute, field_type, hook, direct=direct)
        struct, shape = _field_shape(conv, field_type)
        if shape is not None:
            field = attrs.evolve(field, shape=shape)
        elif (kind := _decoded_leaf(field)) is not None:
            leaf = _fastjson.leaf(kind, SAFE_INTEGER)
            struct = leaf | None if field.optional else leaf
            field = attrs.evolve(field, typed=True)
        fields.append(field)
        required = attribute.default is attrs.NOTHING
        keys.append((_codegen.struct_field(index), key, struct, required))
    tag = _declare.tag_of(origin)
    if tag is not None and alone:  # read on its own, the tag is a key like the others
        keys.append((_codegen.TAG_FIELD, tag[0], Any, False))
    name = getattr(cls, "__name__", origin.__name__)
    struct = _fastjson.struct(name, keys, None if alone else tag)
    versioned = any(key == "schema_version" for _, key, _, _ in keys)
    build = _codegen.generate_shaped(
        origin,
        fields,
        tag=tag,
        tag_field=alone,
        version=("schema_version", lambda: versioning.SCHEMA_VERSION) if versioned else None,
        safe_integer=SAFE_INTEGER,
        unset=_fastjson.unset(),
    )
    return _Shape(struct, build)


def _leaf_enum(field: _codegen.Field) -> type[enum.Enum] | None:
    """The one enum a field holds a member of, if it is that."""
    scales = {type(member) for member in (field.members or {}).values()}
    return scales.pop() if len(scales) == 1 else None


def _decoded_leaf(field: _codegen.Field) -> Any:
    """The type msgspec can decode the field's value as, as the field holds it: text, a
    whole number, a boolean, one enum's member (read by value: the model's enums have
    text values) or a tuple of text, checked as strictly as the field's hook checks it;
    else ``None``."""
    if field.plain in (str, int, bool):
        return field.plain
    if field.texts and typing.get_args(field.type) == (str, ...):
        return tuple[str, ...]
    return _leaf_enum(field) if field.plain is None else None


def _field_shape(
    conv: _Converter, field_type: Any
) -> tuple[Any, tuple[Callable[[Any], Any], Callable[[Any], Any] | None] | None]:
    """What msgspec decodes a field as, and `_codegen.Field.shape`: ``Any`` and ``None``
    for a field read as plain data."""
    members, optional = _serialized_members(field_type) if _is_union(field_type) else ([], False)
    if len(members) == 1:
        (field_type,) = members
    elif members:
        field_type = Union[tuple(members)]  # noqa: UP007 - built from a tuple
    if _is_tuple(field_type):
        (item_type, *_) = typing.get_args(field_type) or (Any,)
        shape = _shape(conv, item_type)
        if shape is None:
            return Any, None
        collection = typing.get_origin(field_type) or field_type
        many = list[shape.struct]  # type: ignore[name-defined]
        made = (shape.build, tuple if collection is tuple else collection)
        return (many | None if optional else many), made
    shape = _shape(conv, field_type)
    if shape is None:
        return Any, None
    return (shape.struct | None if optional else shape.struct), (shape.build, None)


def parse_json(text: str | bytes, *, type_name: str = "") -> Any:
    """JSON text as JSON-native data, numbers exact; `ValidationError` if it is not JSON.

    Non-integral numbers become `Decimal`; an object that
    names a key twice is flagged, to be refused where it is read.

    Examples:
        >>> parse_json('{"value": 0.70}')
        {'value': Decimal('0.70')}
    """
    if not isinstance(text, (str, bytes, bytearray)):
        issue = Issue("", "wrong-type", f"expected JSON text or bytes, got {_shown(text)}")
        raise ValidationError([issue], type_name=type_name)
    try:
        with _collector.paused():
            return _parse(text)
    except json.JSONDecodeError as err:
        message = f"not JSON: {err.msg} at line {err.lineno} column {err.colno}"
        raise ValidationError([Issue("", "invalid-json", message)], type_name=type_name) from None
    except UnicodeDecodeError as err:
        message = f"not JSON: the bytes are not UTF-8 ({err.reason} at byte {err.start})"
        raise ValidationError([Issue("", "invalid-json", message)], type_name=type_name) from None
    except RecursionError:
        issue = Issue("", "too-deep", "the JSON is nested too deeply to read")
        raise ValidationError([issue], type_name=type_name) from None
    except decimal.InvalidOperation:  # an exponent past 10**18: no number type holds it
        message = "a number's exponent is beyond what any JSON reader keeps"
        raise ValidationError([Issue("", "out-of-range", message)], type_name=type_name) from None

"""Straight-line structuring code, generated once per class, for input that is valid.

The generated function reads each field with one ``dict.get``, checks plain
values inline (text, whole numbers, booleans, enum values) and calls the
field's full hook for everything else. It does not report problems: at the
first sign of one it hands the whole value to the exhaustive path, which
finds and reports every problem. So valid input is fast, invalid input is
explained, and the two cannot disagree about what is valid: whatever the
fast path accepts passes the same checks the exhaustive path makes.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._declare import ItemSequence

__all__ = ["Field", "generate"]

Hook = Callable[[Any, Any], Any]

MISSING = object()
"""The default of a required field."""
COMPUTED = object()
"""The default of a field whose default the class computes: left out when absent."""


@attrs.frozen
class Field:
    """One constructor argument: its key, how to read it, and what it may be left as."""

    key: str
    hook: Hook
    type: Any
    plain: type | None
    """``str``, ``int``, ``bool`` or an enum class, checked inline; ``None`` calls ``hook``."""
    optional: bool
    """Whether ``None`` is a valid value."""
    default: Any
    """The value when absent: ``MISSING`` when required, ``COMPUTED`` when the class decides."""


def _check(plain: type | None, name: str, index: int, safe_integer: int) -> list[str]:
    """Lines that leave a valid ``name`` as it is and send anything else through its hook."""
    call = f"{name} = hook{index}({name}, type{index})"
    if plain is str:
        return [f"if type({name}) is not str or not {name}.isascii():", f"    {call}"]
    if plain is int:
        return [
            f"if type({name}) is not int or not -{safe_integer} <= {name} <= {safe_integer}:",
            f"    {call}",
        ]
    if plain is bool:
        return [f"if {name} is not True and {name} is not False:", f"    {call}"]
    if plain is not None and issubclass(plain, enum.Enum):
        return [
            f"member = members{index}.get({name}) if type({name}) is str else None",
            f"{name} = {call.split(' = ')[1]} if member is None else member",
        ]
    return [call]


def generate(
    cls: type,
    fields: list[Field],
    *,
    slow: Hook,
    tag: tuple[str, str] | None,
    version: tuple[str, Callable[[], int]] | None,
    errors: tuple[type[Exception], ...],
    safe_integer: int,
) -> Hook:
    """A structuring function for ``cls`` that falls back to ``slow`` on any doubt."""
    known = frozenset([field.key for field in fields] + ([tag[0]] if tag else []))
    namespace: dict[str, Any] = {
        "cls": cls,
        "slow": slow,
        "known": known,
        "MISSING": MISSING,
        "errors": errors,
    }
    body = [
        "def structure(value, declared):",
        "    if type(value) is not dict or not value.keys() <= known:",
        "        return slow(value, declared)",
        "    get = value.get",
    ]
    if tag is not None:
        namespace["tag_value"] = tag[1]
        body += [
            f"    found = get({tag[0]!r}, tag_value)",
            "    if type(found) is not str or found != tag_value:",
            "        return slow(value, declared)",
        ]
    if version is not None:
        namespace["current_version"] = version[1]
        body += [
            f"    found = get({version[0]!r}, 1)",  # a file without the key is version 1
            "    if type(found) is not int or found != current_version():",
            "        return slow(value, declared)",
        ]
    body += ["    computed = {}", "    try:"]
    arguments = []
    for index, field in enumerate(fields):
        name = f"value{index}"
        namespace[f"hook{index}"] = field.hook
        namespace[f"type{index}"] = field.type
        namespace[f"default{index}"] = field.default
        if field.plain is not None and issubclass(field.plain, enum.Enum):
            namespace[f"members{index}"] = {member.value: member for member in field.plain}
        check = _check(field.plain, name, index, safe_integer)
        lines = [f"{name} = get({field.key!r}, MISSING)", f"if {name} is MISSING:"]
        if field.default is MISSING:
            lines.append("    return slow(value, declared)")
        elif field.default is COMPUTED:
            lines[-1] = f"if {name} is not MISSING:"
            lines += [f"    {line}" for line in check]
            lines.append(f"    computed[{field.key!r}] = {name}")
            check = []
        else:
            lines.append(f"    {name} = default{index}")
            if field.optional:
                lines.append(f"elif {name} is not None:")
            else:
                lines.append("else:")
            lines += [f"    {line}" for line in check]
            check = []
        if check:
            if field.optional:
                lines.append(f"if {name} is not None:")
                lines += [f"    {line}" for line in check]
            else:
                lines += check
        body += [f"        {line}" for line in lines]
        if field.default is not COMPUTED:
            arguments.append(f"{field.key}={name}")
    body += [
        f"        return cls({', '.join(arguments)}, **computed)",
        "    except errors:",
        "        return slow(value, declared)",
    ]
    exec("\n".join(body), namespace)  # our own code, built from field names
    return typing.cast(Hook, namespace["structure"])


def dumper(
    head: dict[str, str], plan: list[tuple[str, str, Any, bool, Callable[[Any], Any] | None]]
) -> Callable[[Any], dict[str, Any]]:
    """A function writing an object's fields as a dict: straight-line code, one step a field.

    ``plan`` gives, per field, the attribute to read, the key to write, its
    default, whether it is written even when it holds the default, and how
    to write its value (``None``: as it is). A field holding its default is
    left out: ``None`` and empty collections are tested by identity and
    truth, other defaults by equality, a factory's by calling it.
    """
    namespace: dict[str, Any] = {}
    body = ["def unstructure(obj):", f"    data = {dict(head)!r}"]
    for index, (read, key, default, always, dump) in enumerate(plan):
        if not read.isidentifier():
            raise ValueError(f"cannot read field {read!r}")
        value = f"obj.{read}"
        if dump is not None:
            namespace[f"dump{index}"] = dump
        written = f"dump{index}(value)" if dump is not None else "value"
        store = [f"data[{key!r}] = {written}"]
        if always or default is attrs.NOTHING:
            body += [f"    value = {value}", *(f"    {line}" for line in store)]
            continue
        namespace[f"default{index}"] = default
        if default is None:
            test = "value is not None"
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            made = f"default{index}.factory({'obj' if default.takes_self else ''})"
            test = f"value != {made}"
        elif isinstance(default, tuple | ItemSequence) and not default:
            test = "value"  # an empty collection: equal to the default exactly when empty
        else:
            test = f"value != default{index}"
        body += [f"    value = {value}", f"    if {test}:", *(f"        {line}" for line in store)]
    body.append("    return data")
    exec("\n".join(body), namespace)  # our own code, built from field names checked above
    return typing.cast(Callable[[Any], dict[str, Any]], namespace["unstructure"])

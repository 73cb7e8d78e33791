"""JSON Schema (Draft 2020-12) generated from the model, for readers outside Python.

The schema follows the converter's rules, read from the same declarations:
the attrs fields and their types, which fields are required, the tags of
tagged unions, enum values, the canonical forms of dates and financial
years, the ranges and text rules that validators declare, and the classes'
docstrings, and the rules across fields that classes declare ("a figure has
a value or the reason it is missing"). What it cannot say (rules that span
collections or documents, such as "judgements name known frameworks"; that
compare values, such as "a period ends after it starts"; or that tell 1.0
from 1, which JSON Schema counts as the same integer) policeplan still
checks when it reads.

Examples:
    >>> import policeplan as pp
    >>> schema = pp.json_schema(pp.Rank)
    >>> schema["$schema"], schema["required"], schema["properties"]["position"]["minimum"]
    ('https://json-schema.org/draft/2020-12/schema', ['position', 'out_of'], 1)
"""

from __future__ import annotations

import enum
import inspect
import json
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from . import _declare, versioning
from .convert import SAFE_INTEGER, _fields, _is_enum, _is_tuple, _is_union, _serialized_members

__all__ = ["DRAFT", "json_schema", "schema_text"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_ISO_DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


def json_schema(cls: Any) -> dict[str, Any]:
    """A Draft 2020-12 JSON Schema for a model class, a ``Target`` union or a value type.

    Classes referred to are in ``$defs``; the root is the class itself.
    """
    builder = _Builder()
    root = builder.schema_of(cls)
    title = _name(cls)
    document: dict[str, Any] = {"$schema": DRAFT, "$id": f"policeplan:{title}"}
    if "$ref" in root:  # a class: inline its own definition at the root
        document.update(builder.defs.pop(root["$ref"].rsplit("/", 1)[1]))
    else:
        document.update(title=title, **root)
    if builder.defs:
        document["$defs"] = dict(sorted(builder.defs.items()))
    return document


def schema_text(cls: Any) -> str:
    """`json_schema` as indented JSON text, as the shipped schema files hold it."""
    return json.dumps(json_schema(cls), indent=2, ensure_ascii=False) + "\n"


def _name(cls: Any) -> str:
    origin = typing.get_origin(cls)
    if origin is not None and attrs.has(origin):
        arguments = "_".join(_name(argument) for argument in typing.get_args(cls))
        return f"{origin.__name__}_{arguments}"
    if _is_union(cls):
        members, _ = _serialized_members(cls)
        if all(_declare.tag_of(member) for member in members):
            return "Target" if all(m.__name__.endswith("Target") for m in members) else "Tagged"
    return getattr(cls, "__name__", str(cls))


def _description(cls: Any) -> str | None:
    """The first paragraph of a class's own docstring, without its examples."""
    doc = inspect.getdoc(typing.get_origin(cls) or cls)
    if not doc or (isinstance(cls, type) and doc == inspect.getdoc(object)):
        return None
    paragraph = doc.split("\n\n", 1)[0]
    return " ".join(paragraph.split()).replace("``", "'")


def _merge(schema: dict[str, Any], keywords: dict[str, Any]) -> dict[str, Any]:
    merged = dict(schema)
    for key, value in keywords.items():
        if key == "items" and isinstance(merged.get("items"), dict):
            merged["items"] = _merge(merged["items"], value)
        else:
            merged[key] = value
    return merged


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def schema_of(self, cls: Any, constraints: dict[str, Any] | None = None) -> dict[str, Any]:
        """The schema of a value of declared type ``cls``, with a validator's keywords."""
        constraints = constraints or {}
        if _is_union(cls):
            members, optional = _serialized_members(cls)
            if len(members) == 1:
                inner = self.schema_of(members[0], constraints)
            elif all(_is_enum(member) for member in members):
                inner = {"enum": [m.value for scale in members for m in scale]}
            else:
                inner = self._tagged(cls, members)
            return {"anyOf": [inner, {"type": "null"}]} if optional else inner
        if cls is str:
            schema: dict[str, Any] = {"type": "string"}
        elif cls is bool:
            schema = {"type": "boolean"}
        elif cls is int:
            schema = {"type": "integer", "minimum": -SAFE_INTEGER, "maximum": SAFE_INTEGER}
        elif cls is Decimal:
            schema = {"type": "number"}
        elif cls is date:
            schema = dict(_ISO_DATE)
        elif (form := _declare.text_form_of(cls)) is not None:
            schema = dict(form.schema)
        elif _is_enum(cls):
            schema = {"enum": [member.value for member in typing.cast(type[enum.Enum], cls)]}
        elif _is_tuple(cls):
            (item_type, *_) = typing.get_args(cls) or (Any,)
            schema = {"type": "array", "items": self.schema_of(item_type)}
        elif attrs.has(typing.get_origin(cls) or cls):
            schema = self._model(cls)
        elif cls is Any:
            schema = {"type": "null", "description": "a value of a type not given"}
        else:  # pragma: no cover - the model declares no other types
            raise TypeError(f"no JSON Schema for {cls!r}")
        return _merge(schema, constraints)

    def _tagged(self, cls: Any, members: list[Any]) -> dict[str, Any]:
        name = _name(cls)
        if name not in self.defs:
            key = typing.cast(tuple[str, str], _declare.tag_of(members[0]))[0]
            self.defs[name] = {
                "title": name,
                "description": f"One of {len(members)} kinds, told apart by '{key}'.",
                "oneOf": [
                    {"allOf": [self.schema_of(member), {"required": [key]}]} for member in members
                ],
            }
        return {"$ref": f"#/$defs/{name}"}

    def _model(self, cls: Any) -> dict[str, Any]:
        name = _name(cls)
        if name in self.defs:
            return {"$ref": f"#/$defs/{name}"}
        self.defs[name] = {}  # claimed first, so that a class may refer back to itself
        origin = typing.get_origin(cls) or cls
        properties: dict[str, Any] = {}
        tag = _declare.tag_of(origin)
        if tag is not None:
            properties[tag[0]] = {"const": tag[1]}
        required: list[str] = []
        for key, attribute, field_type in _fields(cls):
            constraints = _declare.constraints_of(attribute.validator)
            if key == "schema_version":
                constraints = {"const": versioning.SCHEMA_VERSION}
            properties[key] = self.schema_of(field_type, constraints)
            if attribute.default is attrs.NOTHING:
                required.append(key)
        definition: dict[str, Any] = {"title": name, "type": "object"}
        description = _description(cls)
        if description:
            definition["description"] = description
        definition["properties"] = properties
        if required:
            definition["required"] = required
        definition["additionalProperties"] = False
        definition.update(_declare.constraints_of(origin))  # rules across fields
        self.defs[name] = definition
        return {"$ref": f"#/$defs/{name}"}

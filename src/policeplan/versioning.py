"""Versions of the serialized form, and the steps that upgrade older files.

``SCHEMA_VERSION`` is the version this policeplan writes. It goes up by one
whenever a file written by the new version could not be read by the old one,
or would be read differently: a field renamed, removed, retyped or made
required, a tag or enum value renamed, a meaning changed. Adding an optional
field whose absence means what it meant before does not bump it.

Each bump comes with an upgrade step, registered here, that turns a document
of the previous version into the current one as plain data. Reading applies
the steps in order, so every file ever written stays readable; a file newer
than this policeplan is refused with ``unsupported-schema-version``.

Examples:
    >>> SCHEMA_VERSION
    1
    >>> upgrade("policing-plan", 1, {"title": "unchanged"})
    {'title': 'unchanged'}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SCHEMA_VERSION", "Upgrade", "register_upgrade", "upgrade"]

SCHEMA_VERSION = 1
"""The serialized form this version of policeplan writes and the newest it reads."""

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
"""A step from one version to the next, on a document's JSON-native data."""

_STEPS: dict[tuple[str, int], Upgrade] = {}


def register_upgrade(document_type: str, from_version: int) -> Callable[[Upgrade], Upgrade]:
    """Register the step that turns ``from_version`` data into ``from_version + 1`` data.

    The step receives a document's data without its ``schema_version`` and
    returns the upgraded data; it must not modify what it was given.
    """

    def register(step: Upgrade) -> Upgrade:
        key = (document_type, from_version)
        if key in _STEPS:
            raise ValueError(f"an upgrade of {document_type} from {from_version} exists already")
        _STEPS[key] = step
        return step

    return register


def upgrade(document_type: str, version: int, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` of ``version`` brought to `SCHEMA_VERSION`, step by step."""
    for step_from in range(version, SCHEMA_VERSION):
        step = _STEPS.get((document_type, step_from))
        if step is None:
            raise LookupError(
                f"no upgrade of {document_type} from version {step_from} to {step_from + 1}"
            )
        data = step(data)
    return data

"""Declarations the model makes about its serialized form, read by the converter.

The model says *what* is tagged or always written; :mod:`policeplan.convert`
decides *how*. Neither knows the other's details.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["ALWAYS_WRITTEN", "tag_of", "tagged"]

C = TypeVar("C", bound=type[Any])

ALWAYS_WRITTEN = "policeplan.always-written"
"""Field metadata key: write the field even when it holds its default."""

_TAGS: dict[type[Any], tuple[str, str]] = {}


def tagged(key: str, value: str) -> Callable[[C], C]:
    """Mark a class as one member of a union told apart by ``key``.

    The class gains ``value`` as a class attribute named ``key``, and the
    serialized form carries it, so a reader can tell which class to build.

    >>> import attrs
    >>> @tagged("kind", "circle")
    ... @attrs.frozen
    ... class Circle:
    ...     radius: int
    >>> Circle(1).kind, tag_of(Circle)
    ('circle', ('kind', 'circle'))
    """

    def declare(cls: C) -> C:
        setattr(cls, key, value)
        _TAGS[cls] = (key, value)
        return cls

    return declare


def tag_of(cls: Any) -> tuple[str, str] | None:
    """The ``(key, value)`` tag a class was declared with, if any."""
    return _TAGS.get(cls)

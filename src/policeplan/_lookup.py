"""Keyed lookups for documents: normalised keys, lazily built indexes."""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, TypeVar

from .errors import NotFoundError, shown

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
R = TypeVar("R")

FORCE_ALIASES = {
    "metropolitan police service": "mps",
    "metropolitan police": "mps",
    "the metropolitan police service": "mps",
}


@functools.lru_cache(maxsize=4096)  # a document names the same few forces and frameworks often
def normalise(key: str) -> str:
    """Fold case, dashes and white space so "Domestic Violence" finds "Domestic violence"."""
    return " ".join(key.replace("–", "-").replace("—", "-").casefold().split())


def force_key(force: str) -> str:
    key = normalise(force)
    return FORCE_ALIASES.get(key, key)


def index(owner: Any, name: str, build: Callable[[], R]) -> R:
    """The index (or derived collection) ``name`` of ``owner``, built on first use and kept.

    Documents are frozen; the cache is a private dict created with them, so
    filling it changes no observable state.
    """
    cache: dict[str, Any] = owner._cache
    found = cache.get(name)
    if found is None:
        found = cache[name] = build()
    return found


def find(table: Mapping[K, T], key: K, what: str, known: Iterable[str]) -> T:
    try:
        return table[key]
    except KeyError:
        names = list(dict.fromkeys(known))
        shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
        raise NotFoundError(f"no {what}; known: {shown}") from None


def named(value: object, what: str) -> None:
    """Raise `TypeError` unless ``value``, naming ``what``, is text."""
    if not isinstance(value, str):
        raise TypeError(f"{what} is named by text, got {shown(value)}")

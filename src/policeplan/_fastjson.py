"""JSON written by msgspec when the ``[fast]`` extra is installed: the same text, sooner.

`write` returns ``None`` when it cannot be sure of giving exactly what the
standard library path gives, and the caller then takes that path: so the
accelerator never changes a result, only how soon it comes. It writes the
data of a model object, whose numbers are ``int``, ``Decimal`` (digit for
digit) and floats that print as plain decimals, alike in both; msgspec's
``format`` lays the text out exactly as ``json.dumps`` does for the same
``indent`` (``None``, or one or more spaces). Anything msgspec refuses (a
lone surrogate, a key that is not text) goes to the standard path, which
explains it.

Reading stays with the standard library: msgspec reads faster, but proving
that a text names no key twice costs what it saves.

Set ``ENABLED = False`` to use the standard library alone, as without the extra.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["ENABLED", "write"]

ENABLED = True
"""Whether msgspec is used when installed; the tests switch it to run both paths."""


@functools.cache
def _codec() -> tuple[Any, Any] | None:
    """msgspec's encoder and formatter, or ``None`` without msgspec."""
    try:
        import msgspec  # an optional accelerator, imported on first use
    except ImportError:
        return None
    return msgspec.json.Encoder(decimal_format="number"), msgspec.json.format


def write(data: Any, indent: int | None) -> str | None:
    """``data`` as ``json.dumps(data, ensure_ascii=False, indent=indent)`` writes it,
    decimals digit for digit, or ``None`` when msgspec is not there or not sure."""
    codec = _codec() if ENABLED else None
    if codec is None or (indent is not None and indent <= 0):
        return None  # json.dumps puts each item on a line of its own for indent 0
    encoder, layout = codec
    try:
        written = layout(encoder.encode(data), indent=0 if indent is None else indent)
    except Exception:  # a lone surrogate, a key that is not text: the standard path
        return None
    text: str = written.decode("utf-8")
    return text

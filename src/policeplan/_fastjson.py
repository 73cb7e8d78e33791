r"""JSON read and written by msgspec when the ``[fast]`` extra is installed: the same
results, sooner.

`write` returns ``None`` when it cannot be sure of giving exactly what the
standard library path gives, and the caller then takes that path: so the
accelerator never changes a result, only how soon it comes. It writes the
data of a model object: Structs made by `written_struct` holding text,
booleans, enum members (written as their values), ``int``, ``Decimal``
(digit for digit) and floats that print as plain decimals, tuples and lists
of those, and plain JSON data, all alike in both; msgspec
writes compact JSON as ``json.dumps`` does with the separators ``,`` and
``:``, and its ``format`` lays the text out as ``json.dumps`` does for an
``indent`` of one or more spaces. Anything msgspec refuses (a lone
surrogate, a key that is not text) goes to the standard path, which explains
it.

`read` parses with msgspec, which keeps the last value of a key named twice
as the standard library does, but does not say so. So it also gives the
most keys the text can name (`Keys`): laid out without white space, every
key is followed by ``":``, and a string holds those two only after a
backslash that escapes the quote. The reader counts the keys of the objects
it builds from the data; when that count is all the text names, no key was
named twice, and otherwise it reads the text again with the standard
library, which finds and reports what is wrong.

Given a ``shape``, `read` decodes the text as msgspec Structs (`struct`), one
type per model class, with a field per key and unknown keys refused; the
reader builds the model objects from those, and counts the keys as it goes.

Set ``ENABLED = False`` to use the standard library alone, as without the extra.
"""

from __future__ import annotations

import functools
import types
import typing
from decimal import Decimal
from typing import Any, NamedTuple

__all__ = [
    "ENABLED",
    "Keys",
    "enabled",
    "leaf",
    "read",
    "struct",
    "unset",
    "write",
    "written_struct",
]

ENABLED = True
"""Whether msgspec is used when installed; the tests switch it to run both paths."""


class _Codec(NamedTuple):
    encode: Any
    decode: Any
    """Numbers exact: non-integral ones as `Decimal`."""
    layout: Any
    """``msgspec.json.format``."""
    msgspec: Any
    """The module."""


@functools.cache
def _codec() -> _Codec | None:
    """What msgspec reads and writes JSON with, or ``None`` without msgspec."""
    try:
        import msgspec  # an optional accelerator, imported on first use
    except ImportError:
        return None
    return _Codec(
        encode=msgspec.json.Encoder(decimal_format="number").encode,
        decode=msgspec.json.Decoder(float_hook=Decimal).decode,
        layout=msgspec.json.format,
        msgspec=msgspec,
    )


def enabled() -> bool:
    """Whether msgspec is there, and to be used."""
    return ENABLED and _codec() is not None


def unset() -> Any:
    """What a Struct made by `struct` holds for a key that is absent; ``None`` without msgspec."""
    codec = _codec()
    return None if codec is None else codec.msgspec.UNSET


def struct(
    name: str, fields: list[tuple[str, str, Any, bool]], tag: tuple[str, str] | None
) -> Any:
    """A msgspec Struct type reading a JSON object with the keys given, and no others.

    Each field is ``(name, key, type, required)``; a field not required holds
    ``UNSET`` when its key is absent. With a ``tag`` ``(key, value)``, msgspec
    reads that key as the tag that picks the Struct out of a union.
    """
    msgspec = typing.cast(_Codec, _codec()).msgspec
    annotations: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    rename: dict[str, str] = {}
    options: dict[str, Any] = {"gc": False}  # read and dropped: the collector need not see it
    if tag is not None:
        options |= {"tag_field": tag[0], "tag": tag[1]}
    for field, key, kind, required in fields:
        annotations[field] = kind
        rename[field] = key
        if not required:
            defaults[field] = msgspec.UNSET
    namespace = {"__annotations__": annotations, "__module__": __name__, **defaults}
    return types.new_class(
        name,
        (msgspec.Struct,),
        {"forbid_unknown_fields": True, "kw_only": True, "rename": rename, **options},
        lambda made: made.update(namespace),
    )


def written_struct(name: str, keys: list[str], tag: tuple[str, str] | None) -> Any:
    """A msgspec Struct type writing an object's keys in the order given, its tag first.

    Built with one positional argument a key; one given ``UNSET`` is left out.
    Its objects are never looked at by the garbage collector: they are written
    and dropped, and hold no cycle.
    """
    msgspec = typing.cast(_Codec, _codec()).msgspec
    fields = [f"f{index}" for index in range(len(keys))]
    options: dict[str, Any] = {"gc": False, "rename": dict(zip(fields, keys, strict=True))}
    if tag is not None:
        options |= {"tag_field": tag[0], "tag": tag[1]}
    namespace = {"__annotations__": dict.fromkeys(fields, Any), "__module__": __name__}
    return types.new_class(name, (msgspec.Struct,), options, lambda made: made.update(namespace))


def leaf(kind: Any, safe_integer: int) -> Any:
    """What a `struct` field of text, a whole number, a boolean, an enum or a tuple of text
    is decoded as: msgspec checks the JSON type strictly, and a whole number's range."""
    if kind is int:
        msgspec = typing.cast(_Codec, _codec()).msgspec
        return typing.Annotated[int, msgspec.Meta(ge=-safe_integer, le=safe_integer)]
    return kind


@functools.cache
def _typed(shape: Any) -> Any:
    codec = typing.cast(_Codec, _codec())
    return codec.msgspec.json.Decoder(shape, float_hook=Decimal).decode


class Keys:
    r"""The keys a JSON text laid out without white space names, to compare a count with.

    ``"a":`` ends a key; ``\":`` is a quote and a colon in a string, unless
    the backslash is itself escaped (``\\":``). The plain count of ``":`` is
    tried first; the backslashes are counted only when it is more.

    Examples:
        >>> Keys(b'{"a":1,"b":2}').holds(2), Keys(b'{"a":1,"a":2}').holds(1)
        (True, False)
        >>> Keys(rb'{"a":"\":"}').holds(1), Keys(rb'{"a\\":1}').holds(1)
        (True, True)
    """

    def __init__(self, compact: bytes) -> None:
        self.compact = compact

    def holds(self, count: int) -> bool:
        """Whether ``count`` keys are all the text names: then it names none twice."""
        compact = self.compact
        most = compact.count(b'":')
        if count == most:
            return True
        # Less the quotes after one backslash, plus those after two: every key still
        # counts once whatever the backslashes before it, and a quote in a string after
        # three or more may count too, which errs on the side of reading again.
        return count == most - compact.count(b'\\":') + compact.count(b'\\\\":')


def read(text: str | bytes | bytearray, shape: Any = None) -> tuple[Any, Keys] | None:
    """JSON text as ``json.loads`` reads it (non-integral numbers as `Decimal`), and the
    keys it names; ``None`` without msgspec, or when msgspec finds the text is not JSON
    (the standard library then says why).

    With a ``shape`` (a type msgspec decodes, such as a `struct`), the text is
    decoded as that, and ``None`` is also what a text not of that shape gives.
    """
    codec = _codec() if ENABLED else None
    if codec is None:
        return None
    try:
        # As UTF-8 bytes, laid out without white space: the smallest text to read and count.
        compact = codec.layout(text.encode() if isinstance(text, str) else text, indent=-1)
        data = codec.decode(compact) if shape is None else _typed(shape)(compact)
    except Exception:  # not JSON, not UTF-8, nested too deeply: the standard path explains
        return None
    return data, Keys(compact)


def write(data: Any, indent: int | None) -> str | None:
    """``data`` as `policeplan.to_json` writes it with the standard library (compact, or
    indented as ``json.dumps`` indents), decimals digit for digit; or ``None`` when
    msgspec is not there or not sure."""
    codec = _codec() if ENABLED else None
    if codec is None or (indent is not None and indent <= 0):
        return None  # json.dumps puts each item on a line of its own for indent 0
    try:
        written = codec.encode(data)
        if indent is not None:
            written = codec.layout(written, indent=indent)
    except Exception:  # a lone surrogate, a key that is not text: the standard path
        return None
    text: str = written.decode("utf-8")
    return text

"""Straight-line structuring code, generated once per class, for input that is valid.

The generated function reads each field with one ``dict.get``, checks plain
values inline (text, whole numbers, booleans, enum values, lists of text)
and calls the field's full hook for everything else. Where a class keeps its
fields in plain slots, it builds the object itself: the checks its validators
declare inline run as expressions, the other validators are called once the
object is built, and attrs' ``__init__`` is not called at all. It does not
report problems: at the first sign of one it hands the whole value to the
exhaustive path, which finds and reports every problem. So valid input is
fast, invalid input is explained, and the two cannot disagree about what is
valid: whatever the fast path accepts passes the same checks the exhaustive
path makes.

With msgspec, `generate_shaped` writes a second function per class, which
builds the object from the msgspec Struct of its JSON object: msgspec has
refused unknown and missing keys and decoded nested objects as Structs, so
the code only checks the values. At the first sign of a problem it raises,
and the reader reads the text again without msgspec.
"""

from __future__ import annotations

import enum
import itertools
import linecache
import string
import typing
from collections.abc import Callable
from decimal import Decimal
from types import MemberDescriptorType
from typing import Any

import attrs

from ._declare import ItemSequence, inline_form

__all__ = [
    "COMPUTED",
    "MISSING",
    "SPOILT",
    "TAG_FIELD",
    "TALLY",
    "DoubtError",
    "Field",
    "Fresh",
    "generate",
    "generate_shaped",
    "plain_slots",
    "struct_field",
]

Hook = Callable[[Any, Any], Any]

MISSING = object()
"""The default of a required field."""
COMPUTED = object()
"""The default of a field whose default the class computes: left out when absent."""


@attrs.frozen
class Fresh:
    """The default of a field whose default a factory makes, afresh for each object."""

    factory: Callable[[], Any]


@attrs.frozen
class Field:
    """One constructor argument: its key, how to read it, and what it may be left as."""

    key: str
    hook: Hook
    type: Any
    plain: type | None
    """``str``, ``int``, ``bool`` or ``Decimal``, checked inline; ``None`` calls ``hook``."""
    optional: bool
    """Whether ``None`` is a valid value."""
    default: Any
    """The value when absent: ``MISSING`` when required, ``COMPUTED`` when the class decides."""
    attribute: attrs.Attribute[Any] | None = None
    """The attrs field it sets; ``None`` where the class's ``__init__`` builds the object."""
    items: tuple[Hook, Any, Callable[[Any], Any]] | None = None
    """For a list of items read by a hook: the item's hook, its type, and what builds the
    collection from a tuple of them."""
    members: dict[str, enum.Enum] | None = None
    """For an enum, or a union of enums: the member each value stands for."""
    texts: bool = False
    """Whether the value is a list of text, checked inline."""
    memo: bool = False
    """Whether what the field makes of a text, or of a list of texts, is worth
    remembering: a date, a financial year, a heading path, of which a document
    repeats a few many times."""
    typed: bool = False
    """For code reading msgspec Structs, a field msgspec decoded as its text, whole number
    (in range), boolean, enum or tuple of text: only text that is not ASCII is left to
    check."""
    shape: tuple[Callable[[Any], Any], Callable[[Any], Any] | None] | None = None
    """For code reading msgspec Structs, a field whose value msgspec decoded as a Struct
    (or a list of them): what builds the model object from one, and what builds the
    collection from a tuple of them (``None`` for one object, ``tuple`` for a tuple)."""


def plain_slots(cls: type) -> bool:
    """Whether an attrs class holds its fields in bare slots, and nothing else to set up:
    so an object is built by setting each slot, with no ``__init__`` to run."""
    fields = attrs.fields(cls)
    names = {field.name for field in fields}
    return (
        cls.__bases__ in ((object,), (typing.Generic,))  # neither sets anything up
        and set(cls.__dict__.get("__slots__", ())) == names | {"__weakref__"}
        and all(isinstance(cls.__dict__[name], MemberDescriptorType) for name in names)
        and all(field.init for field in fields)
        and not hasattr(cls, "__attrs_pre_init__")
        and not hasattr(cls, "__attrs_post_init__")
    )


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
    if plain is Decimal:  # what the hook passes unchanged: finite, a double's range
        return [
            f"if type({name}) is not Decimal or not {name}.is_finite() "
            f"or not -300 <= {name}.adjusted() <= 300:",
            f"    {call}",
        ]
    return [call]


def _read(field: Field, name: str, index: int, safe_integer: int, give_up: str) -> list[str]:
    """Lines that turn the value read into the value the field holds, or give up."""
    if field.shape is not None:
        _, collect = field.shape
        if collect is None:
            return [f"{name} = shape{index}({name})"]
        made = f"tuple(map(shape{index}, {name}))"
        return [f"{name} = {made if collect is tuple else f'build{index}({made})'}"]
    if field.typed:
        if field.plain is str:
            return [f"if not {name}.isascii():", f"    {name} = hook{index}({name}, type{index})"]
        if field.texts:  # a tuple of text: its hook reads the list it came as
            return [
                f"if not ''.join({name}).isascii():",
                f"    {name} = hook{index}(list({name}), type{index})",
            ]
        return []
    if field.texts:
        return [
            f"if type({name}) is list and texts_ok({name}):",
            f"    {name} = tuple({name})",
            "else:",
            f"    {name} = hook{index}({name}, type{index})",
        ]
    if field.members is not None:
        return [
            f"member = members{index}.get({name}) if type({name}) is str else None",
            f"{name} = hook{index}({name}, type{index}) if member is None else member",
        ]
    if field.items is not None:
        return [
            f"if type({name}) is not list:",
            f"    {give_up}",
            f"{name} = build{index}(tuple(map(item{index}, {name}, repeat(item_type{index}))))",
        ]
    return _check(field.plain, name, index, safe_integer)


TALLY = [0]
"""The keys of the objects read so far by code generated to tally them: read by the JSON
reader that must know how many keys its objects had. That reader holds a lock while it
runs such code, so one reader at a time adds to it."""

SPOILT = -(1 << 62)
"""A tally no count of keys added to it brings back to zero or more."""


def _spoiling(slow: Hook) -> Hook:
    def fall_back(value: Any, declared: Any) -> Any:
        TALLY[0] = SPOILT
        return slow(value, declared)

    return fall_back


def _texts_ok(values: list[Any]) -> bool:
    """Whether every item is ASCII text (a ``str`` itself, not a subclass)."""
    return set(map(type, values)) <= {str} and "".join(values).isascii()


class _Memo(dict[Any, Any]):
    """Values a field accepted, by what was read: a document repeats some many times (its
    dates, the heading paths of its text). Up to ``LIMIT`` of them; then it starts afresh."""

    LIMIT = 4096

    def keep(self, key: Any, accepted: Any) -> Any:
        if len(self) >= self.LIMIT:
            self.clear()
        self[key] = accepted
        return accepted


def _validators(attribute: attrs.Attribute[Any]) -> list[Any]:
    validator = attribute.validator
    if validator is None:
        return []
    return list(getattr(validator, "_validators", None) or [validator])  # attrs' and_


def _indented(lines: list[str], depth: int = 1) -> list[str]:
    return [f"{'    ' * depth}{line}" for line in lines]


class _Writer:
    """The generated function's source, and the names it uses."""

    def __init__(
        self,
        cls: type,
        fields: list[Field],
        safe_integer: int,
        namespace: dict[str, Any],
        *,
        tally: bool,
        shaped: bool = False,
    ) -> None:
        self.cls = cls
        self.shaped = shaped
        """Whether the code reads a msgspec Struct (`generate_shaped`) rather than a dict."""
        self.give_up = "raise DoubtError" if shaped else "return slow(value, declared)"
        self.counted = ["tally[0] += len(value)"] if tally else []
        """The line that tallies the keys of an object read, where they are tallied."""
        if shaped:
            self.counted = ["tally[0] += present"]
        self.safe_integer = safe_integer
        self.namespace = namespace
        self.values = {
            field.attribute.name: f"value{index}"
            for index, field in enumerate(fields)
            if field.attribute is not None
        }
        """Each field's variable, by attribute name, for checks that read other fields."""

    def name(self, prefix: str, index: int, value: Any) -> str:
        name = f"{prefix}{index}"
        self.namespace[name] = value
        return name

    def reading(
        self, field: Field, index: int, *, bare: bool = False
    ) -> tuple[list[str], list[str]]:
        """Lines for when the field is absent (none for a computed default), and lines
        turning the value read into the value the field holds, or giving up; ``bare``
        when the caller has seen to ``None``."""
        name = f"value{index}"
        self.name("hook", index, field.hook)
        self.name("type", index, field.type)
        if field.members is not None:
            self.name("members", index, field.members)
        if field.items is not None:
            hook, item_type, build = field.items
            self.name("item", index, hook)
            self.name("item_type", index, item_type)
            self.name("build", index, build)
        if field.shape is not None:
            self.name("shape", index, field.shape[0])
            if field.shape[1] not in (None, tuple):
                self.name("build", index, field.shape[1])
        read = _read(field, name, index, self.safe_integer, self.give_up)
        if not read:  # msgspec decoded it as it is held
            read = ["pass"]
        elif field.optional and not bare:
            read = [f"if {name} is not None:", *_indented(read)]
        # Read from a Struct, an absent field is one key fewer in the object.
        uncounted = ["present -= 1"] if self.shaped else []
        if field.default is MISSING:
            return [self.give_up], read
        if field.default is COMPUTED:
            return uncounted, read
        if isinstance(field.default, Fresh):
            factory = self.name("factory", index, field.default.factory)
            return [*uncounted, f"{name} = {factory}()"], read
        return [*uncounted, f"{name} = {self.name('default', index, field.default)}"], read

    def fetch(self, field: Field, index: int, *, required: bool) -> str:
        """The line reading the field's value: `MISSING` if absent, unless ``required``."""
        name = f"value{index}"
        if self.shaped:  # msgspec has checked that the required fields are there
            return f"{name} = value.{struct_field(index)}"
        if required:  # a KeyError hands it to the exhaustive path
            return f"{name} = value[{field.key!r}]"
        return f"{name} = get({field.key!r}, MISSING)"

    def uses(self, names: dict[str, Any]) -> None:
        """Add the names an inline expression uses, refusing one that means two things."""
        for key, meaning in names.items():
            if self.namespace.setdefault(key, meaning) is not meaning:
                raise TypeError(f"two inline checks of {self.cls.__name__} use {key!r}")

    def checking(self, field: Field, index: int) -> tuple[list[str], list[str]]:
        """Lines converting and checking a field's value as its attrs field does: those that
        need only the value, and those that need the other fields or the object built."""
        attribute = typing.cast("attrs.Attribute[Any]", field.attribute)
        name = f"value{index}"
        convert: list[str] = []
        if attribute.converter is not None:
            converted = inline_form(attribute.converter)
            if converted is None:
                function = self.name("convert", index, attribute.converter)
                convert.append(f"{name} = {function}({name})")
            else:
                self.uses(converted[1])
                convert.append(f"{name} = {converted[0].format(name)}")
        alone: list[str] = []
        together: list[str] = []
        calls: list[str] = []
        # Where an inline check fails, code reading a dict hands the whole to the
        # exhaustive path; code reading a Struct calls the validators it stands for,
        # which raise only if the value is wrong (the value alone needs no object).
        alone_calls: list[str] = []
        together_calls: list[str] = []
        self.name("attribute", index, attribute)
        for position, validator in enumerate(_validators(attribute)):
            function = self.name(f"validate{position}_", index, validator)
            inline = inline_form(validator)
            if inline is None:
                calls.append(f"{function}(obj, attribute{index}, {name})")
                continue
            expression, names = inline
            self.uses(names)
            others = {part for _, part, _, _ in string.Formatter().parse(expression) if part}
            test = f"({expression.format(name, **self.values)})"
            if others - {"0"}:
                together.append(test)
                together_calls.append(f"{function}(obj, attribute{index}, {name})")
            else:
                alone.append(test)
                alone_calls.append(f"{function}(None, attribute{index}, {name})")
        if alone:
            doubt = alone_calls if self.shaped else [self.give_up]
            convert += [f"if not ({' and '.join(alone)}):", *_indented(doubt)]
        if together:
            doubt = together_calls if self.shaped else [self.give_up]
            calls = [f"if not ({' and '.join(together)}):", *_indented(doubt), *calls]
        return convert, calls

    def direct(self, fields: list[Field]) -> list[str]:
        """The body that builds the object itself, slot by slot, and checks it."""
        read: list[str] = []
        build = ["obj = new(cls)"]
        after: list[str] = []
        for index, field in enumerate(fields):
            name = f"value{index}"
            attribute = typing.cast("attrs.Attribute[Any]", field.attribute)
            setter = self.name("set", index, self.cls.__dict__[attribute.name].__set__)
            absent, present = self.reading(field, index)
            checks, calls = self.checking(field, index)
            after += calls
            get = self.fetch(field, index, required=field.default is MISSING)
            if field.default is COMPUTED:  # computed from the fields set before it
                factory = self.name("factory", index, attribute.default.factory)  # type: ignore[union-attr]
                build += [get, f"if {name} is MISSING:", *_indented(absent)]
                build += [f"    {name} = {factory}(obj)", "else:", *_indented(present), *checks]
            elif field.memo:
                remembered = self.remembered(field, index, present + checks)
                if field.default is MISSING:
                    read += [get, *remembered]
                else:
                    read += [get, f"if {name} is MISSING:", *_indented(absent + checks)]
                    read += ["else:", *_indented(remembered)]
            elif field.default is MISSING:
                read += [get, *present, *checks]
            elif field.default is None and field.optional and self.none_passes(field):
                # Absent or null, it needs no reading and no checking.
                absent, bare = self.reading(field, index, bare=True)
                read += [get, f"if {name} is MISSING:", *_indented(absent)]
                read += [f"elif {name} is not None:", *_indented(bare + checks)]
            elif field.default is None and field.optional:  # read as absent, None is None
                if self.shaped:
                    read += [get, f"if {name} is MISSING:", *_indented(absent)]
                else:
                    read.append(f"{name} = get({field.key!r})")
                read += [*present, *checks]
            else:
                read += [get, f"if {name} is MISSING:", *_indented(absent)]
                read += ["else:", *_indented(present), *checks]
            build.append(f"{setter}(obj, {name})")
        return [*self.counting(fields), *read, *build, *after, *self.counted, "return obj"]

    def none_passes(self, field: Field) -> bool:
        """Whether code reading a Struct may leave ``None`` unchecked: the field converts
        nothing, and each check its validators declare inline holds for ``None``."""
        attribute = field.attribute
        if not self.shaped or attribute is None or attribute.converter is not None:
            return False
        for validator in _validators(attribute):
            inline = inline_form(validator)
            if inline is None:
                continue  # called on whatever the field holds, once the object is built
            expression, names = inline
            others = {part for _, part, _, _ in string.Formatter().parse(expression) if part}
            if others - {"0"}:
                continue  # a check across fields runs once the object is built, None or not
            try:
                held = {**names, "held": None}
                if eval(expression.format("held"), {}, held) is not True:  # our own expression
                    return False
            except (KeyError, IndexError, NameError, TypeError, AttributeError):
                return False
        return True

    def counting(self, fields: list[Field]) -> list[str]:
        """Where a Struct is read: the keys it had if every field was there, and its tag."""
        if not self.shaped:
            return []
        return [f"present = {len(fields) + ('tag_value' in self.namespace)}"]

    def remembered(self, field: Field, index: int, reading: list[str]) -> list[str]:
        """``reading`` for a value not read before; what it made of it if it was."""
        name = f"value{index}"
        memo = self.name("memo", index, _Memo())
        # Keyed by text itself only: no other value is equal to a text it is not.
        if field.typed:  # msgspec made it text, or a tuple of text (or None, not kept)
            key = name
        elif field.texts:
            texts = f"type({name}) is list and set(map(type, {name})) <= TEXT"
            key = f"tuple({name}) if {texts} else None"
        else:
            key = f"{name} if type({name}) is str else None"
        return [
            f"key = {key}",
            f"found = {memo}.get(key)",  # None when there is no key: read as usual
            "if found is None:",
            *_indented(reading),
            "    if key is not None:",
            f"        {memo}.keep(key, {name})",
            "else:",
            f"    {name} = found",
        ]

    def indirect(self, fields: list[Field]) -> list[str]:
        """The body that reads the arguments and has the class's ``__init__`` build it."""
        body = [*self.counting(fields), "computed = {}"]
        arguments = []
        for index, field in enumerate(fields):
            name = f"value{index}"
            absent, present = self.reading(field, index)
            body.append(self.fetch(field, index, required=False))
            if field.default is COMPUTED:  # left to the class when absent
                body += [f"if {name} is MISSING:", *_indented(absent or ["pass"])]
                body += ["else:", *_indented(present)]
                body.append(f"    computed[{field.key!r}] = {name}")
            else:
                body += [f"if {name} is MISSING:", *_indented(absent)]
                body += ["else:", *_indented(present)]
                arguments.append(f"{field.key}={name}")
        made = f"cls({', '.join(arguments)}, **computed)"
        return [*body, f"obj = {made}", *self.counted, "return obj"]


def generate(
    cls: type,
    fields: list[Field],
    *,
    slow: Hook,
    tag: tuple[str, str] | None,
    version: tuple[str, Callable[[], int]] | None,
    errors: tuple[type[Exception], ...],
    safe_integer: int,
    tally: bool = False,
) -> Hook:
    """A structuring function for ``cls`` that falls back to ``slow`` on any doubt.

    With ``tally``, it adds the number of keys of each object it reads to
    `TALLY`, and spoils the tally when it falls back: the exhaustive path reads
    some objects twice and others not at all through this code.
    """
    known = frozenset([field.key for field in fields] + ([tag[0]] if tag else []))
    namespace: dict[str, Any] = {
        "cls": cls,
        "slow": _spoiling(slow) if tally else slow,
        "tally": TALLY,
        "known": known,
        "MISSING": MISSING,
        "errors": (*errors, TypeError, ValueError, KeyError),
        "new": object.__new__,
        "repeat": itertools.repeat,
        "texts_ok": _texts_ok,
        "Decimal": Decimal,
        "TEXT": frozenset([str]),
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
    writer = _Writer(cls, fields, safe_integer, namespace, tally=tally)
    direct = all(field.attribute is not None for field in fields)
    steps = writer.direct(fields) if direct else writer.indirect(fields)
    body += ["    try:", *_indented(steps, 2)]
    body += ["    except errors:", "        return slow(value, declared)"]
    return typing.cast(Hook, _compiled(body, f"structure {cls.__qualname__}", namespace))


class DoubtError(Exception):
    """Raised by code reading a msgspec Struct at the first sign of a problem: the reader
    then reads the text again without msgspec, which finds and reports every problem."""


def struct_field(index: int) -> str:
    """The name of the Struct field holding the value of the ``index``-th field's key."""
    return f"f{index}"


TAG_FIELD = "tag"
"""The name of the Struct field holding a tagged class's tag, where msgspec does not
read it as the tag of a union."""


def generate_shaped(
    cls: type,
    fields: list[Field],
    *,
    tag: tuple[str, str] | None,
    tag_field: bool,
    version: tuple[str, Callable[[], int]] | None,
    safe_integer: int,
    unset: Any,
) -> Callable[[Any], Any]:
    """A function building a ``cls`` from the msgspec Struct of its JSON object.

    The Struct has a field per key (`struct_field`), holding ``unset`` when
    the key is absent. msgspec has refused unknown keys and missing required
    ones, and decoded each field marked with a ``shape`` as a Struct or a
    list of them; everything else is checked here as `generate`'s code
    checks it, and the function raises `DoubtError` at the first sign of a
    problem. It adds the keys the object had to `TALLY`, the tag among them:
    with ``tag_field``, the Struct holds the tag in `TAG_FIELD`, to check and
    count if present; without, msgspec has read it as the tag of a union,
    which needs it.
    """
    namespace: dict[str, Any] = {
        "cls": cls,
        "tally": TALLY,
        "MISSING": unset,
        "DoubtError": DoubtError,
        "new": object.__new__,
        "repeat": itertools.repeat,
        "texts_ok": _texts_ok,
        "Decimal": Decimal,
        "TEXT": frozenset([str]),
    }
    body = ["def structure(value):"]
    if tag is not None:
        namespace["tag_value"] = tag[1]
    if tag is not None and tag_field:
        body += [
            f"    found = value.{TAG_FIELD}",
            "    if found is MISSING:",
            "        tally[0] -= 1",
            "    elif type(found) is not str or found != tag_value:",
            "        raise DoubtError",
        ]
    if version is not None:
        namespace["current_version"] = version[1]
        (index,) = [index for index, field in enumerate(fields) if field.key == version[0]]
        body += [
            f"    found = value.{struct_field(index)}",
            "    if found is MISSING:",
            "        found = 1",  # a file without the key is version 1
            "    if type(found) is not int or found != current_version():",
            "        raise DoubtError",  # only the current version is read here
        ]
    writer = _Writer(cls, fields, safe_integer, namespace, tally=True, shaped=True)
    direct = all(field.attribute is not None for field in fields)
    body += _indented(writer.direct(fields) if direct else writer.indirect(fields))
    title = f"structure {cls.__qualname__} from msgspec"
    return typing.cast(Callable[[Any], Any], _compiled(body, title, namespace))


def _compiled(body: list[str], title: str, namespace: dict[str, Any]) -> Any:
    """The function ``body`` defines, its source kept where tracebacks and debuggers find it."""
    source = "\n".join(body) + "\n"
    filename = f"<policeplan {title}>"  # named for the class, so profiles tell them apart
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)  # our own code, built from field names
    return namespace[body[0].split()[1].split("(")[0]]


def dumper(
    title: str,
    head: dict[str, str],
    plan: list[tuple[str, str, Any, bool, Callable[[Any], Any] | str | None]],
    struct: tuple[type, Any] | None = None,
) -> Callable[[Any], Any]:
    """A function writing an object's fields as a dict: straight-line code, one step a field.

    ``plan`` gives, per field, the attribute to read, the key to write, its
    default, whether it is written even when it holds the default, and how
    to write its value: a function, an expression in ``{0}`` (the value), or
    ``None`` for as it is. A field holding its default is left out: ``None``
    and empty collections are tested by identity and truth, other defaults
    by equality, a factory's by calling it.

    With a ``struct`` ``(type, unset)``, it writes the fields as that msgspec
    Struct instead, one positional argument a field in the plan's order, and
    ``unset`` for a field left out; the Struct writes ``head``, the tag.
    """
    namespace: dict[str, Any] = {}
    # The fields written whatever they hold, up to the first that may be left out, are
    # written in one dict display; the rest one by one, in the same order.
    first: list[str] = [f"{key!r}: {value!r}" for key, value in head.items()]
    body: list[str] = []
    values: list[str] = []
    for index, (read, key, default, always, dump) in enumerate(plan):
        if not read.isidentifier():
            raise ValueError(f"cannot read field {read!r}")
        value = f"obj.{read}"
        if isinstance(dump, str):
            write = dump
        elif dump is not None:
            namespace[f"dump{index}"] = dump
            write = f"dump{index}({{0}})"
        else:
            write = "{0}"
        if struct is not None:  # each value in a variable of its own, the left out unset
            name = f"value{index}"
            values.append(name)
            store = [] if write == "{0}" else [f"{name} = {write.format(name)}"]
            left_out = [f"{name} = UNSET"]
        else:
            name = "value"
            store = [f"data[{key!r}] = {write.format(name)}"]
            left_out = []
        if always or default is attrs.NOTHING:
            if not body and struct is None:
                first.append(f"{key!r}: {write.format(value)}")
                continue
            body += [f"    {name} = {value}", *_indented(store)]
            continue
        namespace[f"default{index}"] = default
        if default is None:
            test = f"{name} is not None"
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            made = f"default{index}.factory({'obj' if default.takes_self else ''})"
            test = f"{name} != {made}"
        elif isinstance(default, tuple | ItemSequence) and not default:
            test = name  # an empty collection: equal to the default exactly when empty
        else:
            test = f"{name} != default{index}"
        if not store:  # written as it is, unless left out
            unless = f"{name} is None" if default is None else f"not ({test})"
            body += [f"    {name} = {value}", f"    if {unless}:", *_indented(left_out, 2)]
            continue
        body += [f"    {name} = {value}", f"    if {test}:", *_indented(store, 2)]
        if left_out:
            body += ["    else:", *_indented(left_out, 2)]
    if struct is None:
        body = ["def unstructure(obj):", f"    data = {{{', '.join(first)}}}", *body]
        body.append("    return data")
    else:
        namespace["Struct"], namespace["UNSET"] = struct
        body = ["def unstructure(obj):", *body, f"    return Struct({', '.join(values)})"]
    written = _compiled(body, f"unstructure {title}", namespace)
    return typing.cast(Callable[[Any], Any], written)

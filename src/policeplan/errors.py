"""The exceptions policeplan raises.

Every exception derives from `PolicePlanError`. Bad values derive from
`ValueError` too, failed lookups from `KeyError`, so code that
already catches the built-in kinds keeps working.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence

import attrs

from ._declare import is_items

__all__ = [
    "InvalidValueError",
    "Issue",
    "NotFoundError",
    "ParseError",
    "PolicePlanError",
    "ValidationError",
    "render_path",
    "shown",
]

Step = str | int
"""One step of a path: an object key or a list index."""

_SHOWN_TEXT = 60
_SHOWN_ISSUES = 20


def shown(value: object) -> str:
    """A short, safe rendering of any value for a message: never long, never raising.

    Text is quoted and cut at 60 characters, marked with ``…``; containers are
    described rather than printed; enum members show their serialized value.

    Examples:
        >>> shown("x" * 100)
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'"
        >>> shown(10**500), shown([[1]] * 3), shown({"a": 1})
        ('a whole number of 501 digits', 'a list of 3 items', 'an object with 1 key')
    """
    if isinstance(value, enum.Enum):
        return shown(value.value)
    if isinstance(value, str):
        cut = value[:_SHOWN_TEXT]
        return repr(cut)[:-1] + "…" + repr(cut)[-1] if len(value) > _SHOWN_TEXT else repr(cut)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        bits = value.bit_length()
        if bits <= 190:  # up to 57 digits: print it
            return str(value)
        if bits < 14_000:  # printable within the interpreter's digit limit
            return f"a whole number of {len(str(abs(value)))} digits"
        return f"a whole number of about {int(bits * 0.30103)} digits"
    if isinstance(value, list) or is_items(value):
        count = len(value)
        return f"a list of {count} item{'' if count == 1 else 's'}"
    if isinstance(value, dict):
        count = len(value)
        return f"an object with {count} key{'' if count == 1 else 's'}"
    if type(value).__name__ in {"Decimal", "float"}:
        text = str(value)
        return text if len(text) <= _SHOWN_TEXT else f"{text[:_SHOWN_TEXT]}…"
    return f"a {type(value).__name__}"


def render_path(steps: Sequence[Step]) -> str:
    """A path as it reads in messages: ``targets[0].value``, or ``["a.b"]`` for an odd key.

    Keys that are not plain identifiers are quoted as JSON strings, so no key
    can read as another path.

    Examples:
        >>> render_path(["targets", 0, "value"]), render_path(["a.b"]), render_path(["", "x"])
        ('targets[0].value', '["a.b"]', '[""].x')
    """
    parts: list[str] = []
    for step in steps:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif len(step) <= _SHOWN_TEXT and step.isidentifier() and step.isascii():
            parts.append(f".{step}" if parts else step)
        else:
            key = step if len(step) <= _SHOWN_TEXT else step[:_SHOWN_TEXT] + "…"
            parts.append(f"[{json.dumps(key)}]")
    return "".join(parts)


class PolicePlanError(Exception):
    """Base class of every exception raised by policeplan."""


class ParseError(PolicePlanError, ValueError):
    """Text that a value object cannot read, such as ``FinancialYear.parse("2003")``.

    Examples:
        >>> import policeplan as pp
        >>> try:
        ...     pp.Rank.parse("ninth")
        ... except pp.ParseError as err:
        ...     print(err.code)
        invalid-rank
    """

    def __init__(self, message: str, *, code: str, text: str) -> None:
        super().__init__(message)
        self.code = code
        self.text = text


class InvalidValueError(PolicePlanError, ValueError):
    """A value that breaks one of the model's invariants.

    Raised when a model object is constructed; ``field`` names the offending
    attribute, ``code`` is a stable machine-readable identifier.

    Examples:
        >>> import policeplan as pp
        >>> try:
        ...     pp.Rank(position=6, out_of=5)
        ... except pp.InvalidValueError as err:
        ...     print(err.field, err.code)
        position out-of-range
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        field: str | None = None,
        at: tuple[Step, ...] = (),
        more: Sequence[InvalidValueError] = (),
    ) -> None:
        super().__init__(message if not more else f"{message} (and {len(more)} more)")
        self.code = code
        self.field = field
        self.at = at
        """Where inside ``field`` the problem lies: ``(5,)`` for its sixth item."""
        self.more = tuple(more)
        """Further problems the same check found, each with its own ``at``."""
        self.detail = message
        """The message of this problem alone."""


class NotFoundError(PolicePlanError, KeyError):
    """A lookup by key found nothing; the message lists what exists.

    Examples:
        >>> import policeplan as pp
        >>> try:
        ...     raise pp.NotFoundError("no objective 99; objectives run 1 to 27")
        ... except KeyError as err:
        ...     print(err)
        no objective 99; objectives run 1 to 27
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@attrs.frozen
class Issue:
    """One problem found in input data.

    ``path`` locates it (``priorities[2].objectives[0].title``; ``""`` is the
    root), ``code`` is stable (``missing-field``, ``unknown-field``,
    ``wrong-type``, ``out-of-range``, ``invalid-enum``, ``invalid-period`` …)
    and ``message`` says what to do about it.

    Examples:
        >>> Issue("title", "missing-field", "required field is missing")
        Issue(path='title', code='missing-field', message='required field is missing')
    """

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '<root>'}: {self.message} [{self.code}]"


class ValidationError(PolicePlanError, ValueError):
    """Input that cannot become a model object; ``issues`` lists every problem.

    Examples:
        >>> import policeplan as pp
        >>> try:
        ...     pp.from_dict(pp.Rank, {"position": "9", "out_of": 43, "colour": "red"})
        ... except pp.ValidationError as err:
        ...     for issue in err.issues:
        ...         print(issue.path, issue.code)
        position wrong-type
        colour unknown-field
    """

    def __init__(self, issues: Iterable[Issue], *, type_name: str = "") -> None:
        self.issues: tuple[Issue, ...] = tuple(issues)
        self.type_name = type_name
        super().__init__(self._summary())

    def _summary(self) -> str:
        what = f" {self.type_name}" if self.type_name else ""
        count = len(self.issues)
        noun = "issue" if count == 1 else "issues"
        lines = [f"invalid{what}: {count} {noun}"]
        lines.extend(f"  {issue}" for issue in self.issues[:_SHOWN_ISSUES])
        if count > _SHOWN_ISSUES:
            lines.append(f"  … and {count - _SHOWN_ISSUES} more (see .issues)")
        return "\n".join(lines)

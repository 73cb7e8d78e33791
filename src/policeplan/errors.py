"""The exceptions policeplan raises.

Every exception derives from :class:`PolicePlanError`. Bad values derive from
:class:`ValueError` too, failed lookups from :class:`KeyError`, so code that
already catches the built-in kinds keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "InvalidValueError",
    "Issue",
    "NotFoundError",
    "ParseError",
    "PolicePlanError",
    "ValidationError",
]


class PolicePlanError(Exception):
    """Base class of every exception raised by policeplan."""


class ParseError(PolicePlanError, ValueError):
    """Text that a value object cannot read, such as ``FinancialYear.parse("2003")``.

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

    >>> import policeplan as pp
    >>> try:
    ...     pp.Rank(position=6, out_of=5)
    ... except pp.InvalidValueError as err:
    ...     print(err.field, err.code)
    position out-of-range
    """

    def __init__(self, message: str, *, code: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.field = field


class NotFoundError(PolicePlanError, KeyError):
    """A lookup by key found nothing; the message lists what exists.

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
        lines.extend(f"  {issue}" for issue in self.issues)
        return "\n".join(lines)

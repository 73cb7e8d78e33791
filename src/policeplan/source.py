"""Where a document came from, and what is known to be wrong with it."""

from __future__ import annotations

from datetime import date

import attrs

from . import _validate as v
from .periods import Precision
from .versioning import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "KnownIssue", "Source"]


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Source:
    """The publication a document transcribes.

    ``date`` is the publication date; ``precision`` says whether the source
    gave a day or only a month ("October 2005" is stored as its first day).
    A source that prints no date has none: ``date`` and ``published`` are
    ``None``, rather than a date inferred from what the text reports.

    Examples:
        >>> source = Source(title="Baseline Assessment", publisher="HMIC",
        ...                 date=date(2005, 10, 1), precision=Precision.MONTH,
        ...                 isbn="1-84473-700-4")
        >>> source.published
        'October 2005'
        >>> Source(title="Policing and Performance Plan 2003/04",
        ...        publisher="Metropolitan Police Authority").published is None
        True
    """

    title: str = attrs.field(validator=v.text)
    publisher: str = attrs.field(validator=v.text)
    date: date | None = attrs.field(default=None, validator=v.optional_day)
    precision: Precision = Precision.DAY
    isbn: str | None = attrs.field(default=None, validator=v.optional_text)
    reference: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def published(self) -> str | None:
        """The publication date as a person would write it, or ``None`` if undated."""
        if self.date is None:
            return None
        if self.precision is Precision.MONTH:
            return self.date.strftime("%B %Y")
        return f"{self.date.day} {self.date.strftime('%B %Y')}"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class KnownIssue:
    """A contradiction or defect of the source, kept rather than corrected.

    ``path`` locates the affected value in the document's serialized form;
    ``line`` is the line of the source text where it stands.

    Examples:
        >>> KnownIssue(code="parts-do-not-add-up", path="status_counts",
        ...            explanation="131 + 26 + 10 + 20 = 187, not the stated 189",
        ...            line=15).code
        'parts-do-not-add-up'
    """

    code: str = attrs.field(validator=v.text)
    path: str = attrs.field(validator=v.plain_text)
    explanation: str = attrs.field(validator=v.text)
    line: int | None = attrs.field(default=None, validator=v.at_least(1))

"""Financial years, periods and deadlines as the sources write them.

UK police plans run from 1 April to 31 March. Deadlines are written day-first
("31/3/04") or by month ("by May 2003"), where a month means its last day.
"""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from typing import Any

import attrs
from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from . import _validate as v
from ._declare import inline, written_as_text
from .errors import ParseError, shown

__all__ = ["Deadline", "FinancialYear", "Period", "Precision", "parse_deadline"]

_FINANCIAL_YEAR = re.compile(r"([0-9]{4})/([0-9]{2})")
# "2003/04": the second part is the year after the first, from 1900/01 to 2998/99.
_YEARS = "|".join(f"{n:02d}/{(n + 1) % 100:02d}" for n in range(100))


@written_as_text(
    what="a financial year",
    example="2003/04",
    pattern="[0-9]{4}/[0-9]{2}",
    code="invalid-period",
    schema={
        "type": "string",
        "pattern": f"^(?!2999)(?:19|2[0-9])(?:{_YEARS})$",
        "description": "A UK financial year, 1 April to 31 March, written '2003/04'.",
    },
)
@attrs.frozen(order=True, field_transformer=v.typed)
class FinancialYear:
    """A UK financial year: 1 April of ``start_year`` to 31 March of the next.

    Examples:
        >>> year = FinancialYear.parse("2003/04")
        >>> year
        FinancialYear('2003/04')
        >>> str(year), year.start, year.end
        ('2003/04', datetime.date(2003, 4, 1), datetime.date(2004, 3, 31))
        >>> date(2004, 1, 15) in year, str(year.next()), str(year.previous())
        (True, '2004/05', '2002/03')
    """

    start_year: int = attrs.field(validator=v.between(1900, 2998))

    @classmethod
    def parse(cls, text: str) -> FinancialYear:
        """Read ``"2003/04"``; the second part must be the year after the first."""
        match = _FINANCIAL_YEAR.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ParseError(
                f"{shown(text)} is not a financial year; expected the form '2003/04'",
                code="invalid-period",
                text=str(text),
            )
        start = int(match.group(1))
        if int(match.group(2)) != (start + 1) % 100:
            raise ParseError(
                f"{shown(text)} is not a financial year: {match.group(2)} does not follow {start}",
                code="invalid-period",
                text=text,
            )
        try:
            return cls(start)
        except ValueError as err:  # a year out of range
            raise ParseError(f"{shown(text)}: {err}", code="out-of-range", text=text) from None

    @property
    def start(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 3, 31)

    def next(self) -> FinancialYear:
        return FinancialYear(self.start_year + 1)

    def previous(self) -> FinancialYear:
        return FinancialYear(self.start_year - 1)

    def period(self) -> Period:
        """The year as a `Period` labelled ``"2003/04"``."""
        return Period(start=self.start, end=self.end, label=str(self))

    @classmethod
    def containing(cls, day: date) -> FinancialYear:
        """The financial year a date falls in.

        Examples:
            >>> str(FinancialYear.containing(date(2003, 3, 31)))
            '2002/03'
        """
        return cls(day.year if day.month >= 4 else day.year - 1)

    def __contains__(self, day: object) -> bool:
        return _holds(self.start, self.end, day)

    def __str__(self) -> str:
        return f"{self.start_year}/{(self.start_year + 1) % 100:02d}"

    def __repr__(self) -> str:
        return f"FinancialYear('{self}')"


def _end_not_before_start(instance: Period, attribute: attrs.Attribute[Any], end: date) -> None:
    if instance is not None and end < instance.start:
        raise v.fail(
            f"period ends ({end}) before it starts ({instance.start})",
            code="invalid-period",
            field=attribute.name,
        )


inline(_end_not_before_start, "{0} >= {start}")


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Period:
    """A span of days, inclusive, with the label the source gives it.

    ``year_to_date`` marks a partial-year figure such as "Apr – Dec 2002",
    which must not be compared with a full year.

    Examples:
        >>> ytd = Period(start=date(2002, 4, 1), end=date(2002, 12, 31),
        ...              label="Apr – Dec 2002", year_to_date=True)
        >>> ytd.days, str(ytd.financial_year)
        (275, '2002/03')
    """

    start: date = attrs.field(validator=v.day)
    end: date = attrs.field(validator=[v.day, _end_not_before_start])
    label: str | None = attrs.field(default=None, validator=v.optional_text)
    year_to_date: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def financial_year(self) -> FinancialYear | None:
        """The financial year holding the whole period, or ``None`` if it spans two."""
        year = FinancialYear.containing(self.start)
        return year if self.end in year else None

    @property
    def whole_financial_year(self) -> FinancialYear | None:
        """The financial year this period is exactly, or ``None``.

        Examples:
            >>> FinancialYear(2002).period().whole_financial_year
            FinancialYear('2002/03')
            >>> Period(start=date(2003, 3, 1), end=date(2003, 3, 31)).whole_financial_year is None
            True
        """
        year = FinancialYear.containing(self.start)
        return year if (self.start, self.end) == (year.start, year.end) else None

    def __contains__(self, day: object) -> bool:
        return _holds(self.start, self.end, day)

    def __str__(self) -> str:
        return self.label or f"{self.start.isoformat()} to {self.end.isoformat()}"


def _holds(start: date, end: date, day: object) -> bool:
    """Whether ``day`` (a date, or a datetime's day) falls from ``start`` to ``end``."""
    if isinstance(day, datetime):
        day = day.date()
    return isinstance(day, date) and start <= day <= end


class Precision(enum.Enum):
    """How much of a written date the source gave."""

    DAY = "day"
    MONTH = "month"


_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\s+(\d{{4}})", re.I)
_MONTH_YEAR = re.compile(rf"({_MONTHS})\s+(\d{{4}})", re.I)
_LEAD = re.compile(r"^(?:by\s+)?(?:(?:the\s+)?end\s+of\s+)?", re.I)


def _read_deadline(text: str) -> tuple[date, Precision]:
    if not isinstance(text, str):
        raise ParseError(
            f"cannot read a deadline from {shown(text)}: expected text such as 'by May 2003'",
            code="invalid-date",
            text=str(text),
        )
    body = _LEAD.sub("", " ".join(text.split()).rstrip("."), count=1)
    try:
        if match := _SLASH_DATE.fullmatch(body):
            day, month, year = (int(part) for part in match.groups())
            full_year = year + 2000 if year < 100 else year
            return date(full_year, month, day), Precision.DAY
        if _DAY_MONTH_YEAR.fullmatch(body):
            return date_parser.parse(body, dayfirst=True).date(), Precision.DAY
        if _MONTH_YEAR.fullmatch(body):
            first = date_parser.parse(body, default=datetime(2000, 1, 1)).date()
            return first + relativedelta(day=31), Precision.MONTH
    except (ValueError, OverflowError) as err:
        raise ParseError(
            f"{shown(text)} names no real date ({err})", code="invalid-date", text=text
        ) from None
    raise ParseError(
        f"cannot read a deadline from {shown(text)}; expected forms such as 'by May 2003', "
        "'31/03/2004', '31/3/04' or 'by the end of July 2003'",
        code="invalid-date",
        text=text,
    )


def parse_deadline(text: str) -> date:
    """Resolve a deadline as the sources write it to the last day it allows.

    Slash dates are day-first; a month alone means its last day.

    Examples:
        >>> parse_deadline("by May 2003")
        datetime.date(2003, 5, 31)
        >>> parse_deadline("31/3/04"), parse_deadline("by the end of July 2003")
        (datetime.date(2004, 3, 31), datetime.date(2003, 7, 31))
    """
    return _read_deadline(text)[0]


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Deadline:
    """A deadline: the source's words and the date they resolve to.

    Examples:
        >>> deadline = Deadline.parse("by March 2004")
        >>> deadline.date, deadline.precision.value, str(deadline)
        (datetime.date(2004, 3, 31), 'month', 'by March 2004')
    """

    text: str = attrs.field(validator=v.text)
    date: date = attrs.field(validator=v.day)
    precision: Precision = Precision.DAY

    @classmethod
    def parse(cls, text: str) -> Deadline:
        day, precision = _read_deadline(text)
        return cls(text=text, date=day, precision=precision)

    def __str__(self) -> str:
        return self.text

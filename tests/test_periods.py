"""Financial years, periods, deadlines and ranks: parsing and printing back."""

from __future__ import annotations

from datetime import date

import pytest

import policeplan as pp


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2003/04", date(2003, 4, 1), date(2004, 3, 31)),
        ("1999/00", date(1999, 4, 1), date(2000, 3, 31)),
        ("2004/05", date(2004, 4, 1), date(2005, 3, 31)),
    ],
)
def test_financial_year_parses_and_prints_back(text: str, start: date, end: date) -> None:
    year = pp.FinancialYear.parse(text)
    assert (year.start, year.end, str(year)) == (start, end, text)


def test_financial_year_navigation_and_membership() -> None:
    year = pp.FinancialYear.parse("2003/04")
    assert str(year.next()) == "2004/05"
    assert str(year.previous()) == "2002/03"
    assert date(2003, 4, 1) in year
    assert date(2004, 3, 31) in year
    assert date(2003, 3, 31) not in year
    assert pp.FinancialYear.containing(date(2003, 3, 31)) == year.previous()
    assert year.previous() < year < year.next()


@pytest.mark.parametrize("text", ["2003", "2003/05", "2003-04", "03/04", "2003/4", "", "2003/04x"])
def test_financial_year_rejects_other_text(text: str) -> None:
    with pytest.raises(pp.ParseError) as caught:
        pp.FinancialYear.parse(text)
    assert caught.value.code == "invalid-period"


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("by May 2003", date(2003, 5, 31), pp.Precision.MONTH),
        ("31/03/2004", date(2004, 3, 31), pp.Precision.DAY),
        ("31/3/04", date(2004, 3, 31), pp.Precision.DAY),
        ("by 30/4/03", date(2003, 4, 30), pp.Precision.DAY),
        ("by the end of July 2003", date(2003, 7, 31), pp.Precision.MONTH),
        ("by end of July 2003", date(2003, 7, 31), pp.Precision.MONTH),
        ("March 2004", date(2004, 3, 31), pp.Precision.MONTH),
        ("by March 2004", date(2004, 3, 31), pp.Precision.MONTH),
        ("by 31st March 2004", date(2004, 3, 31), pp.Precision.DAY),
        ("by 31 May 2003", date(2003, 5, 31), pp.Precision.DAY),
        ("by February 2004", date(2004, 2, 29), pp.Precision.MONTH),
        ("1/4/03", date(2003, 4, 1), pp.Precision.DAY),  # day-first, not 4 January
    ],
)
def test_deadline_phrasings(text: str, expected: date, precision: pp.Precision) -> None:
    deadline = pp.Deadline.parse(text)
    assert (deadline.date, deadline.precision, str(deadline)) == (expected, precision, text)
    assert pp.parse_deadline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "to national timescales",
        "soon",
        "by 2004",
        "during 2003/04",
        "31/02/2004",
        "13/13/03",
        "May",
        "by May 2003 or so",
        "",
    ],
)
def test_deadline_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(pp.ParseError) as caught:
        pp.parse_deadline(text)
    assert caught.value.code == "invalid-date"
    assert caught.value.text == text


def test_period_knows_its_financial_year_and_length() -> None:
    ytd = pp.Period(
        start=date(2002, 4, 1), end=date(2002, 10, 31), label="Apr – Oct 2002", year_to_date=True
    )
    assert ytd.financial_year == pp.FinancialYear(2002)
    assert ytd.days == 214
    assert str(ytd) == "Apr – Oct 2002"
    spanning = pp.Period(start=date(2002, 1, 1), end=date(2002, 12, 31))
    assert spanning.financial_year is None
    assert pp.FinancialYear(2003).period().label == "2003/04"


@pytest.mark.parametrize(
    ("text", "position", "out_of", "tied"),
    [("9= out of 43", 9, 43, True), ("5 out of 5", 5, 5, False), ("34 out of 37", 34, 37, False)],
)
def test_rank_parses_and_prints_back(text: str, position: int, out_of: int, tied: bool) -> None:
    rank = pp.Rank.parse(text)
    assert (rank.position, rank.out_of, rank.tied, str(rank)) == (position, out_of, tied, text)


def test_rank_last_needs_an_untied_bottom_place() -> None:
    assert pp.Rank.parse("5 out of 5").last
    assert not pp.Rank.parse("5= out of 5").last
    assert not pp.Rank.parse("4 out of 5").last


@pytest.mark.parametrize("text", ["ninth", "9 of 43", "0 out of 5", "6 out of 5", "-"])
def test_rank_refuses_other_text(text: str) -> None:
    with pytest.raises(pp.ParseError) as caught:
        pp.Rank.parse(text)
    assert caught.value.code == "invalid-rank"

"""Financial years, periods, deadlines and ranks: parsing and printing back."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

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


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (date(2003, 5, 15), True),
        (date(2003, 4, 1), True),  # the start day
        (date(2003, 6, 30), True),  # the end day
        (date(2003, 3, 31), False),  # the day before
        (date(2003, 7, 1), False),  # the day after
    ],
)
def test_a_period_holds_the_days_from_its_start_to_its_end(day: date, inside: bool) -> None:
    quarter = pp.Period(start=date(2003, 4, 1), end=date(2003, 6, 30), label="Q1 2003/04")
    assert (day in quarter) is inside


@pytest.mark.parametrize("other", ["2003-05-15", None, 20030515])
def test_a_period_holds_only_dates(other: object) -> None:
    quarter = pp.Period(start=date(2003, 4, 1), end=date(2004, 3, 31))
    assert other not in quarter


def test_a_period_does_not_hold_a_financial_year_or_a_period_within_it() -> None:
    year = pp.Period(start=date(2003, 4, 1), end=date(2004, 3, 31))
    assert pp.FinancialYear(2003) not in year
    assert pp.Period(start=date(2003, 5, 1), end=date(2003, 5, 31)) not in year


def test_a_one_day_period_is_one_day_long() -> None:
    day = pp.Period(start=date(2003, 4, 1), end=date(2003, 4, 1))
    assert day.days == 1
    assert date(2003, 4, 1) in day
    assert str(day) == "2003-04-01 to 2003-04-01"


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Period(start=date(2003, 4, 1), end=date(2003, 3, 31))
    assert (caught.value.code, caught.value.field) == ("invalid-period", "end")
    assert str(caught.value) == "period ends (2003-03-31) before it starts (2003-04-01)"


def test_a_period_prints_its_label_or_else_its_dates() -> None:
    unlabelled = pp.Period(start=date(2003, 4, 1), end=date(2003, 6, 30))
    assert unlabelled.label is None
    assert str(unlabelled) == "2003-04-01 to 2003-06-30"
    labelled = pp.Period(start=date(2003, 4, 1), end=date(2003, 6, 30), label=" Q1")
    assert str(labelled) == " Q1"  # kept as the source prints it


@pytest.mark.parametrize("label", ["", " ", "\t"])
def test_a_period_label_must_not_be_blank(label: str) -> None:
    with pytest.raises(pp.InvalidValueError, match=r"^label must not be empty$") as caught:
        pp.Period(start=date(2003, 4, 1), end=date(2003, 6, 30), label=label)
    assert (caught.value.code, caught.value.field) == ("empty-text", "label")


@pytest.mark.parametrize(
    ("end", "start_year"),
    [
        (date(2004, 3, 31), 2003),  # ends on the year's last day
        (date(2004, 4, 1), None),  # one day into the next year
    ],
)
def test_a_period_is_in_a_financial_year_only_if_it_ends_in_it(
    end: date, start_year: int | None
) -> None:
    year = pp.Period(start=date(2003, 4, 1), end=end).financial_year
    assert year == (None if start_year is None else pp.FinancialYear(start_year))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2003, 4, 2), date(2004, 3, 31)),
        (date(2003, 4, 1), date(2004, 3, 30)),
        (date(2003, 3, 31), date(2004, 3, 31)),
    ],
)
def test_a_period_a_day_off_is_not_a_whole_financial_year(start: date, end: date) -> None:
    assert pp.Period(start=start, end=end).whole_financial_year is None


def test_a_financial_year_period_is_the_whole_year_under_its_name() -> None:
    period = pp.FinancialYear(2003).period()
    assert (period.start, period.end, period.label) == (
        date(2003, 4, 1),
        date(2004, 3, 31),
        "2003/04",
    )
    assert period.days == 366  # 2004 is a leap year
    assert not period.year_to_date
    assert period.whole_financial_year == pp.FinancialYear(2003)
    assert period.financial_year == pp.FinancialYear(2003)
    assert pp.FinancialYear(2004).period().days == 365


@pytest.mark.parametrize(
    ("start_year", "text"), [(2003, "2003/04"), (1999, "1999/00"), (2009, "2009/10")]
)
def test_a_financial_year_prints_its_second_year_in_two_digits(start_year: int, text: str) -> None:
    year = pp.FinancialYear(start_year)
    assert str(year) == text
    assert repr(year) == f"FinancialYear('{text}')"
    assert (year.start, year.end) == (date(start_year, 4, 1), date(start_year + 1, 3, 31))


@pytest.mark.parametrize(
    ("day", "start_year"),
    [
        (date(2003, 3, 31), 2002),
        (date(2003, 4, 1), 2003),
        (date(2003, 12, 31), 2003),
        (date(2004, 1, 1), 2003),
        (date(2004, 3, 31), 2003),
    ],
)
def test_a_financial_year_turns_over_on_1_april(day: date, start_year: int) -> None:
    year = pp.FinancialYear.containing(day)
    assert year == pp.FinancialYear(start_year)
    assert day in year


@pytest.mark.parametrize("other", ["2003-05-15", None, 20030515])
def test_a_financial_year_holds_only_dates(other: object) -> None:
    assert other not in pp.FinancialYear(2003)
    assert pp.FinancialYear(2003).period() not in pp.FinancialYear(2003)


def test_financial_years_order_and_compare_by_their_start_year() -> None:
    years = [pp.FinancialYear(2004), pp.FinancialYear(2002), pp.FinancialYear(2003)]
    assert [str(year) for year in sorted(years)] == ["2002/03", "2003/04", "2004/05"]
    assert pp.FinancialYear.parse("2003/04") == pp.FinancialYear(2003)
    assert pp.FinancialYear(2003) != pp.FinancialYear(2004)
    assert pp.FinancialYear(2003) <= pp.FinancialYear(2003) <= pp.FinancialYear(2004)
    assert len({pp.FinancialYear(2003), pp.FinancialYear.parse("2003/04")}) == 1
    assert pp.FinancialYear(2003).next().previous() == pp.FinancialYear(2003)


@pytest.mark.parametrize("start_year", [1900, 2998])
def test_a_financial_year_may_start_in_any_year_from_1900_to_2998(start_year: int) -> None:
    assert pp.FinancialYear(start_year).start_year == start_year


@pytest.mark.parametrize("start_year", [1899, 2999])
def test_a_financial_year_outside_1900_to_2998_is_refused(start_year: int) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.FinancialYear(start_year)
    assert (caught.value.code, caught.value.field) == ("out-of-range", "start_year")
    assert str(caught.value) == f"start_year must be between 1900 and 2998, got {start_year}"


def test_a_financial_year_parse_ignores_surrounding_white_space() -> None:
    assert pp.FinancialYear.parse(" 2003/04\n") == pp.FinancialYear(2003)


def test_a_financial_year_parse_says_which_year_does_not_follow() -> None:
    with pytest.raises(
        pp.ParseError, match=r"^'2003/05' is not a financial year: 05 does not follow 2003$"
    ) as caught:
        pp.FinancialYear.parse("2003/05")
    assert (caught.value.code, caught.value.text) == ("invalid-period", "2003/05")


@pytest.mark.parametrize(
    ("value", "named"), [(None, "None"), (2003, "2003"), (b"2003/04", "a bytes")]
)
def test_a_financial_year_parse_refuses_what_is_not_text(value: object, named: str) -> None:
    with pytest.raises(pp.ParseError) as caught:
        pp.FinancialYear.parse(value)  # type: ignore[arg-type]
    assert caught.value.code == "invalid-period"
    assert caught.value.text == str(value)
    assert str(caught.value) == f"{named} is not a financial year; expected the form '2003/04'"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("by May 2003.", date(2003, 5, 31), pp.Precision.MONTH),
        ("by February 2004.", date(2004, 2, 29), pp.Precision.MONTH),
        ("by the end of July 2003.", date(2003, 7, 31), pp.Precision.MONTH),
        ("31/3/04.", date(2004, 3, 31), pp.Precision.DAY),
        ("by 31st March 2004.", date(2004, 3, 31), pp.Precision.DAY),
    ],
)
def test_a_deadline_with_a_trailing_full_stop_is_read(
    text: str, expected: date, precision: pp.Precision
) -> None:
    assert pp.parse_deadline(text) == pp.parse_deadline(text.removesuffix(".")) == expected
    deadline = pp.Deadline.parse(text)
    assert (deadline.date, deadline.precision, str(deadline)) == (expected, precision, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by April 2003", date(2003, 4, 30)),
        ("by February 2003", date(2003, 2, 28)),
        ("by February 2004", date(2004, 2, 29)),
        ("by December 2003", date(2003, 12, 31)),
        ("by Sept 2003", date(2003, 9, 30)),
        ("by jun 2003", date(2003, 6, 30)),
    ],
)
def test_a_month_deadline_is_the_last_day_of_that_month(text: str, expected: date) -> None:
    assert pp.parse_deadline(text) == expected
    assert pp.Deadline.parse(text).precision is pp.Precision.MONTH


@pytest.mark.parametrize("text", ["BY MAY 2003", "by  May   2003", "  by May 2003  "])
def test_a_deadline_is_read_whatever_its_case_and_spacing(text: str) -> None:
    assert pp.parse_deadline(text) == date(2003, 5, 31)


@pytest.mark.parametrize("text", ["by 31 June 2003", "29/2/03", "0/4/03"])
def test_a_deadline_naming_no_real_day_says_so(text: str) -> None:
    with pytest.raises(pp.ParseError, match="names no real date") as caught:
        pp.parse_deadline(text)
    assert (caught.value.code, caught.value.text) == ("invalid-date", text)


PRINTED: list[tuple[str, pp.Unit, dict[str, object], str]] = [
    ("3.8", pp.Unit.RATIO, {}, "1:3.8"),
    ("83", pp.Unit.PERCENT, {}, "83%"),
    ("1234.5", pp.Unit.PERCENT, {}, "1,234.5%"),
    ("-17.6", pp.Unit.PERCENT_CHANGE, {}, "-17.6%"),
    ("11.1", pp.Unit.PERCENTAGE_POINTS, {}, "11.1 pp"),
    ("-2.0", pp.Unit.PERCENTAGE_POINTS, {}, "-2.0 pp"),
    ("0.70", pp.Unit.RATE, {"per": 1000, "base": "population"}, "0.70 per 1,000 population"),
    (
        "1234.5",
        pp.Unit.RATE,
        {"per": 100000, "base": "households"},
        "1,234.5 per 100,000 households",
    ),
    ("1.2", pp.Unit.GBP, {"scale": "million"}, "£1.2 million"),
    ("1234567", pp.Unit.GBP, {}, "£1,234,567"),
    ("1234", pp.Unit.COUNT, {}, "1,234"),
    ("1234.50", pp.Unit.COUNT, {}, "1,234.50"),
    ("1.5", pp.Unit.COUNT, {"scale": "million"}, "1.5 million"),
    ("620", pp.Unit.SQUARE_MILES, {}, "620 square miles"),
    ("1620", pp.Unit.SQUARE_MILES, {}, "1,620 square miles"),
    ("5", pp.Unit.DAYS, {}, "5 days"),
    ("36", pp.Unit.HOURS, {}, "36 hours"),
    ("1500", pp.Unit.SECONDS, {}, "1,500 seconds"),
]


@pytest.mark.parametrize(
    ("value", "unit", "parts", "printed"),
    PRINTED,
    ids=[f"{unit.value}-{value}-{'-'.join(parts)}" for value, unit, parts, _ in PRINTED],
)
def test_a_quantity_prints_as_the_sources_write_it(
    value: str, unit: pp.Unit, parts: dict[str, object], printed: str
) -> None:
    assert str(pp.Quantity(value, unit, **parts)) == printed  # type: ignore[arg-type]


def test_with_value_keeps_the_unit_rate_base_and_scale() -> None:
    money = pp.Quantity("1.2", pp.Unit.GBP, scale="million").with_value("3.4")
    assert (money.value, money.unit, money.scale) == (Decimal("3.4"), pp.Unit.GBP, "million")
    assert str(money) == "£3.4 million"
    rate = pp.Quantity("0.70", pp.Unit.RATE, per=1000, base="population").with_value(
        Decimal("0.63")
    )
    assert (rate.unit, rate.per, rate.base, rate.scale) == (pp.Unit.RATE, 1000, "population", None)
    assert str(rate) == "0.63 per 1,000 population"
    assert pp.Quantity("1", pp.Unit.COUNT).with_value(7) == pp.Quantity("7", pp.Unit.COUNT)


def test_with_value_checks_the_new_value() -> None:
    with pytest.raises(
        pp.InvalidValueError, match=r"^a count figure cannot be negative, got -1$"
    ) as caught:
        pp.Quantity("1", pp.Unit.COUNT).with_value("-1")
    assert (caught.value.code, caught.value.field) == ("out-of-range", "value")


@pytest.mark.parametrize("unit", list(pp.Unit), ids=lambda unit: unit.value)
def test_only_changes_differences_and_money_are_signed(unit: pp.Unit) -> None:
    signed = {pp.Unit.PERCENT_CHANGE, pp.Unit.PERCENTAGE_POINTS, pp.Unit.GBP}
    assert unit.signed is (unit in signed)


def _rate_parts(unit: pp.Unit) -> dict[str, object]:
    return {"per": 1000, "base": "population"} if unit is pp.Unit.RATE else {}


@pytest.mark.parametrize(
    "unit", [unit for unit in pp.Unit if not unit.signed], ids=lambda unit: unit.value
)
def test_a_negative_value_of_an_unsigned_unit_is_refused(unit: pp.Unit) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity("-1", unit, **_rate_parts(unit))  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.field) == ("out-of-range", "value")
    assert str(caught.value).startswith(f"a {unit.value} ")
    assert str(caught.value).endswith("cannot be negative, got -1")
    assert pp.Quantity("0", unit, **_rate_parts(unit)).value == 0  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit", [unit for unit in pp.Unit if unit.signed], ids=lambda unit: unit.value
)
def test_a_negative_value_of_a_signed_unit_is_accepted(unit: pp.Unit) -> None:
    assert pp.Quantity("-5.5", unit).value == Decimal("-5.5")


@pytest.mark.parametrize(
    ("parts", "field"),
    [({"base": "population"}, "per"), ({"per": 1000}, "base"), ({}, "per")],
)
def test_a_rate_needs_its_per_and_base(parts: dict[str, object], field: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity("0.70", pp.Unit.RATE, **parts)  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.field) == ("missing-field", field)
    assert str(caught.value) == f"a rate needs its {field} (as in 'per 1,000 population')"


@pytest.mark.parametrize(("parts", "field"), [({"per": 1000}, "per"), ({"base": "x"}, "base")])
def test_only_a_rate_has_a_per_or_base(parts: dict[str, object], field: str) -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.Quantity("83", pp.Unit.PERCENT, **parts)  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.field) == ("unexpected-field", field)
    assert str(caught.value) == f"only a rate has a {field}; this is a percent"


def test_a_rate_may_be_per_one_but_not_per_none() -> None:
    assert pp.Quantity("2", pp.Unit.RATE, per=1, base="officer").per == 1
    with pytest.raises(pp.InvalidValueError, match=r"^per must be at least 1, got 0$") as caught:
        pp.Quantity("2", pp.Unit.RATE, per=0, base="officer")
    assert (caught.value.code, caught.value.field) == ("out-of-range", "per")


def test_a_datetime_is_in_a_period_or_year_by_its_day() -> None:
    year = pp.FinancialYear(2003)
    assert datetime(2004, 3, 31, 23, 59) in year
    assert datetime(2004, 4, 1, 0, 0) not in year
    assert datetime(2003, 4, 1, 12) in year.period()


def test_a_financial_year_parse_refuses_a_year_out_of_range_as_a_parse_error() -> None:
    with pytest.raises(pp.ParseError) as caught:
        pp.FinancialYear.parse("1899/00")
    assert (caught.value.code, caught.value.text) == ("out-of-range", "1899/00")
    assert str(caught.value) == ("'1899/00': start_year must be between 1900 and 2998, got 1899")


@pytest.mark.parametrize("given", [None, 2003, date(2003, 5, 31)])
def test_a_deadline_that_is_not_text_is_a_parse_error(given: object) -> None:
    for read in (pp.parse_deadline, pp.Deadline.parse):
        with pytest.raises(pp.ParseError, match=r"^cannot read a deadline from ") as caught:
            read(given)  # type: ignore[operator]
        assert caught.value.code == "invalid-date"


def test_a_negative_sum_of_money_puts_its_sign_before_the_pound() -> None:
    assert str(pp.Quantity("-5", pp.Unit.GBP)) == "-£5"
    assert str(pp.Quantity("-1.2", pp.Unit.GBP, scale="million")) == "-£1.2 million"
    assert str(pp.Quantity("1.2", pp.Unit.GBP, scale="million")) == "£1.2 million"


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("31/6/03", "'31/6/03' names no real date (day is out of range for month)"),
        (
            "soon",
            "cannot read a deadline from 'soon'; expected forms such as 'by May 2003', "
            "'31/03/2004', '31/3/04' or 'by the end of July 2003'",
        ),
        (
            "by by May 2003",  # "by" is read once
            "cannot read a deadline from 'by by May 2003'; expected forms such as "
            "'by May 2003', '31/03/2004', '31/3/04' or 'by the end of July 2003'",
        ),
        (
            "by May 2003X",  # only full stops are dropped from the end
            "cannot read a deadline from 'by May 2003X'; expected forms such as "
            "'by May 2003', '31/03/2004', '31/3/04' or 'by the end of July 2003'",
        ),
        (None, "cannot read a deadline from None: expected text such as 'by May 2003'"),
        (2003, "cannot read a deadline from 2003: expected text such as 'by May 2003'"),
    ],
    ids=["no-such-day", "no-form", "by-twice", "trailing-junk", "none", "a-number"],
)
def test_a_deadline_that_cannot_be_read_says_what_and_why(given: object, message: str) -> None:
    with pytest.raises(pp.ParseError) as caught:
        pp.parse_deadline(given)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert caught.value.code == "invalid-date"
    assert caught.value.text == str(given)


def test_a_move_between_two_units_is_refused_naming_both() -> None:
    with pytest.raises(pp.InvalidValueError) as caught:
        pp.FromToTarget(
            text="from 12 to 10%",
            start=pp.Quantity("12", pp.Unit.COUNT),
            end=pp.Quantity("10", pp.Unit.PERCENT),
        )
    assert (caught.value.code, caught.value.field) == ("unit-mismatch", "end")
    assert str(caught.value) == "a move from count to percent mixes units"

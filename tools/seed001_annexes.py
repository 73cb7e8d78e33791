"""Annexes D, E, I and J of seed 001 (MPA/MPS Policing and Performance Plan 2003/04).

Annex D is the indicator table (L833-944), Annex E the review programme
(L990-997), Annex I the efficiency savings (L1275-1293) and Annex J the planned
deployment of police officers (L1315-1319). Cells are read from the seed lines;
the row layout (which lines form a row, its unit and polarity) is declared in
``ROWS`` and checked against the seed as the table is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from _common import cells, line, number, require

import policeplan as pp

SEED = "001"

Unit = pp.Unit
H = pp.Polarity.HIGHER_IS_BETTER
L = pp.Polarity.LOWER_IS_BETTER
N = pp.Polarity.NEUTRAL

# ---------------------------------------------------------------------------
# Units of the Annex D rows: a name and the quantity a number in that row means.

Maker = Callable[[Decimal], pp.Quantity]


def _rate(base: str, per: int = 1000) -> Maker:
    return lambda value: pp.Quantity(value, Unit.RATE, per=per, base=base)


def _plain(unit: pp.Unit) -> Maker:
    return lambda value: pp.Quantity(value, unit)


PCT = _plain(Unit.PERCENT)
CHG = _plain(Unit.PERCENT_CHANGE)
PTS = _plain(Unit.PERCENTAGE_POINTS)
COUNT = _plain(Unit.COUNT)
DAYS = _plain(Unit.DAYS)
RATIO = _plain(Unit.RATIO)
POP = _rate("population")
POP10K = _rate("population", 10000)
HOUSEHOLDS = _rate("households")
OFFICERS = _rate("officers")
CIVILIANS = _rate("civilian employees")

# ---------------------------------------------------------------------------
# Annex D layout.

# Column positions of the seven-column table (header L837).
REF, INDICATOR, PERF_2001, TARGET_2002, PERF_2002, TARGET_2003, COMMENTS = range(7)

HEADERS = (837, 852, 870, 889, 912, 931)
"""Lines repeating the column header; each governs the rows below it."""

# (line, printed fragments, canonical name). The headings are split across cells
# by the text conversion; the fragments guard the reading.
SECTIONS = (
    (838, "Counter-To\terrorism", "Counter-Terrorism"),
    (840, "Investigati\tng crime", "Investigating crime"),
    (843, "Violent Cri\time", "Violent Crime"),
    (854, "Burglary", "Burglary"),
    (859, "Autocrime", "Autocrime"),
    (864, "Firearms", "Firearms"),
    (871, "Youth Offe\tending", "Youth Offending"),
    (877, "Stop-", "Stop-search"),
    (881, "Drugs", "Drugs"),
    (885, "Vulnerable groups", "Vulnerable groups"),
    (901, "Emergenc\ty Response", "Emergency Response"),
    (903, "Helping th\te Public", "Helping the Public"),
    (907, "Road traff\tïc", "Road traffic"),
    (909, "Human Re\tesources", "Human Resources"),
    (917, "Human Re\tesources", "Human Resources"),
    (925, "Perception\tns of Crime and Safety", "Perceptions of Crime and Safety"),
    (936, "Customer\tSatisfaction", "Customer Satisfaction"),
)


class Row(NamedTuple):
    """One indicator row: its first line, the lines its cells wrap onto, unit and polarity."""

    line: int
    unit: Maker
    polarity: pp.Polarity
    more: tuple[int, ...] = ()


ROWS = (
    Row(839, PCT, H),
    Row(841, COUNT, H),
    Row(842, PCT, H),
    Row(844, POP, L),
    Row(845, POP, L),
    Row(846, POP, L),
    Row(847, POP, L),
    Row(848, CHG, L),
    Row(849, POP, L, (851,)),
    Row(853, PCT, H),
    Row(855, CHG, L),
    Row(856, PCT, H),
    Row(857, HOUSEHOLDS, L),
    Row(858, PCT, H),
    Row(860, POP, L),
    Row(861, CHG, L),
    Row(862, POP, L),
    Row(863, PCT, H),
    Row(866, CHG, L, (867, 868)),
    Row(872, CHG, L),
    Row(873, COUNT, H),
    Row(874, PCT, H),
    Row(875, PCT, H),
    Row(876, DAYS, L),
    Row(879, POP, N),
    Row(880, POP, N),
    Row(882, COUNT, H),
    Row(883, POP10K, H),
    Row(886, PCT, H, (887,)),  # garbled: reference, indicator and first value run together
    Row(890, PCT, H),
    Row(891, PTS, L, (892, 893)),
    Row(894, PCT, H),
    Row(895, PCT, H),
    Row(896, PCT, H),
    Row(897, PCT, H),
    Row(898, PCT, H),  # L899 is a garbled copy of this row and is not a row of its own
    Row(900, COUNT, N),
    Row(902, PCT, H),
    Row(904, PCT, H),
    Row(905, PCT, H),
    Row(908, POP, L),
    Row(910, DAYS, L),
    Row(913, DAYS, L),
    Row(914, DAYS, L),
    Row(915, DAYS, L),
    Row(916, OFFICERS, L),
    Row(918, CIVILIANS, L),
    Row(919, COUNT, H, (921,)),
    Row(922, PCT, H),
    Row(923, PCT, H),
    Row(924, RATIO, L),
    Row(926, PCT, L),  # the unit of the BCS level of crime is not printed
    Row(928, PCT, L),  # BVPI 121 sub-rows under the heading cell of L927
    Row(929, PCT, L),
    Row(930, PCT, L),
    Row(932, PCT, L),
    Row(933, PCT, L),
    Row(934, PCT, H),
    Row(935, PCT, H),
    Row(938, PCT, H),
    Row(939, PCT, H),
    Row(940, PCT, H),
    Row(941, PCT, H),
    Row(942, PCT, H),
    Row(943, PCT, H),
    Row(944, PCT, H),
)

SUBROW_HEAD = 927
"""The BVPI 121 heading ("Fear of Crime : High levels of worry about") of the sub-rows."""


def row_index(number_: int) -> int:
    """The position in ``indicators()`` of the row starting on seed line ``number_``."""
    for index, row in enumerate(ROWS):
        if row.line == number_:
            return index
    raise KeyError(f"no Annex D row starts on L{number_}")


def _section(number_: int) -> str:
    for heading, fragment, name in reversed(SECTIONS):
        if heading < number_:
            require(SEED, heading, fragment)
            return name
    raise AssertionError(f"L{number_} is above the first section heading")


def _header(number_: int) -> int:
    return max(h for h in HEADERS if h < number_)


def _row_cells(row: Row) -> list[str]:
    """The seven cells of a row, with wrapped continuation lines joined column by column."""
    found = cells(SEED, row.line)
    found += [""] * (7 - len(found))
    for more in row.more:
        for column, piece in enumerate(cells(SEED, more)):
            if piece:
                found[column] = f"{found[column]} {piece}".strip()
    return found


def _garbled_141() -> list[str]:
    """L886-887: ``BVPI 141 Percentage ... of⇥crimes 22.6%⇥n/a⇥22.0%⇥n/a⇥`` / ``detected``."""
    head, first, *rest = cells(SEED, 886)
    reference = require(SEED, 886, "BVPI 141")
    words = head.removeprefix(reference).strip()
    crimes, value = first.split(" ")
    detected = require(SEED, 887, "detected")
    return [reference, f"{words} {crimes} {detected}", value, *rest[:3], ""]


# ---------------------------------------------------------------------------
# Cells → figures and periods.

_LEAD = re.compile(r"^\*?([+-]?\d[\d,]*(?:\.\d+)?)")
_RATIO = re.compile(r"^1\s*:\s*(\d+(?:\.\d+)?)$")

MISSING = {
    "n/a": pp.MissingReason.NOT_APPLICABLE,
    "-": pp.MissingReason.NOT_GIVEN,
    "": pp.MissingReason.NOT_GIVEN,
    "awaits": pp.MissingReason.NOT_GIVEN,
}

# Cells whose value is not the first number printed in them: (line, column) → value text.
VALUE_AT = {
    (857, PERF_2002): "17.4",  # "-3% (17.4)": the row measures burglaries per 1,000 households
}


def _figure(text: str, make: Maker, at: tuple[int, int]) -> pp.Figure[pp.Quantity]:
    if text in MISSING:
        return pp.Figure(text=text, missing=MISSING[text])
    if m := _RATIO.match(text):
        return pp.Figure(text=text, value=make(number(m.group(1))))
    if at in VALUE_AT:
        require(SEED, at[0], VALUE_AT[at])
        return pp.Figure(text=text, value=make(number(VALUE_AT[at])))
    m = _LEAD.match(text)
    if m is None:
        raise ValueError(f"L{at[0]}: no figure in {text!r}")
    return pp.Figure(text=text, value=make(number(m.group(1))))


def _period_2001(number_: int) -> pp.Period:
    label = cells(SEED, _header(number_))[PERF_2001].removesuffix(" performance")
    if number_ == 876:  # "83 days (last qtr fy01- 02)"
        last_quarter = require(SEED, 876, "last qtr fy01- 02")
        return pp.Period(
            start=date(2002, 1, 1), end=date(2002, 3, 31), label=last_quarter, year_to_date=True
        )
    year = pp.FinancialYear(2001)
    return pp.Period(start=year.start, end=year.end, label=label)


def _period_2002(number_: int) -> pp.Period:
    header = cells(SEED, _header(number_))[PERF_2002]
    label = re.fullmatch(r"2002/3 performance \((.+)\)", header).group(1)  # type: ignore[union-attr]
    end = date(2002, 12, 31)
    if number_ == 845:  # comment "see note 1. *Apr- Sept 2002" for the "*9.0"
        label, end = require(SEED, 845, "Apr- Sept 2002"), date(2002, 9, 30)
    if number_ == 876:  # comment "(July - Sep 02)"
        label = require(SEED, 876, "July - Sep 02")
        return pp.Period(
            start=date(2002, 7, 1), end=date(2002, 9, 30), label=label, year_to_date=True
        )
    return pp.Period(start=date(2002, 4, 1), end=end, label=label, year_to_date=True)


def _note(value_text: str, comment: str | None) -> str | None:
    """The comment that explains the asterisk of a 2002/3 figure, where the row gives one."""
    if comment and "*" in value_text and "*" in comment:
        return comment[comment.index("*") :]
    return None


# ---------------------------------------------------------------------------
# Target cells.

_CHANGE = re.compile(r"^(\d+(?:\.\d+)?)% (?:(growth|reduction)\b|i\.e\..*(reduction))")
_INCREASE_OF = re.compile(r"^Increase of (\d[\d,]*) on (\d{4}/\d{2})$")
_COMPARATOR = {
    H: pp.Comparator.AT_LEAST,
    L: pp.Comparator.AT_MOST,
    N: pp.Comparator.EXACTLY,
}


def _target(text: str, year: pp.FinancialYear, row: Row) -> pp.Target:
    baseline = year.previous().period()
    if m := _CHANGE.match(text):
        direction = pp.Direction.INCREASE if m.group(2) == "growth" else pp.Direction.REDUCE
        amount = pp.Quantity(number(m.group(1)), Unit.PERCENT_CHANGE)
        # "0% growth" and "10% growth" of a crime are caps: growth held to at most that.
        comparator = _COMPARATOR[row.polarity]
        return pp.ChangeTarget(
            text=text,
            year=year,
            direction=direction,
            amount=amount,
            baseline=baseline,
            comparator=comparator,
        )
    if m := _INCREASE_OF.match(text):
        return pp.ChangeTarget(
            text=text,
            year=year,
            direction=pp.Direction.INCREASE,
            amount=pp.Quantity(number(m.group(1)), Unit.COUNT),
            baseline=pp.FinancialYear.parse(m.group(2)).period(),
        )
    if text == "No difference":
        zero = pp.Quantity(0, Unit.PERCENTAGE_POINTS)
        return pp.LevelTarget(text=text, year=year, value=zero, comparator=pp.Comparator.EXACTLY)
    if text == "Casualty reduction target set":
        return pp.DirectionTarget(text=text, year=year, direction=pp.Direction.REDUCE)
    if m := re.match(r"^(\d+)% satisfaction target set$", text):
        return pp.LevelTarget(text=text, year=year, value=PCT(number(m.group(1))))
    value = _figure(text, row.unit, (row.line, 0)).value
    assert value is not None
    return pp.LevelTarget(text=text, year=year, value=value, comparator=_COMPARATOR[row.polarity])


def _target_entry(text: str, year: pp.FinancialYear, row: Row) -> pp.TargetEntry:
    if text in MISSING:
        return pp.TargetEntry(year=year, text=text, missing=MISSING[text])
    return pp.TargetEntry(year=year, text=text, target=_target(text, year, row))


# ---------------------------------------------------------------------------
# The table.


def _indicator_row(row: Row) -> pp.IndicatorRow:
    if row.line == 886:
        found = _garbled_141()
    elif SUBROW_HEAD < row.line <= SUBROW_HEAD + 3:
        reference, head = cells(SEED, SUBROW_HEAD)[:2]
        found = _row_cells(row)
        found[REF], found[INDICATOR] = reference, f"{head} {found[INDICATOR]}"
    else:
        found = _row_cells(row)
    comment = found[COMMENTS] or None
    observations = (
        pp.Observation(
            period=_period_2001(row.line),
            figure=_figure(found[PERF_2001], row.unit, (row.line, PERF_2001)),
        ),
        pp.Observation(
            period=_period_2002(row.line),
            figure=_figure(found[PERF_2002], row.unit, (row.line, PERF_2002)),
            note=_note(found[PERF_2002], comment),
        ),
    )
    targets = (
        _target_entry(found[TARGET_2002], pp.FinancialYear(2002), row),
        _target_entry(found[TARGET_2003], pp.FinancialYear(2003), row),
    )
    return pp.IndicatorRow(
        section=_section(row.line),
        reference=found[REF] or None,
        indicator=found[INDICATOR],
        polarity=row.polarity,
        observations=observations,
        targets=targets,
        comments=comment,
    )


def indicators() -> tuple[pp.IndicatorRow, ...]:
    """Every row of the Annex D table (L837-944), in order."""
    require(SEED, 833, "BEST VALUE AND POLICING & PERFORMANCE PLAN PERFORMANCE INDICATORS")
    for header in HEADERS:
        require(SEED, header, "Ref\tIndicator\t2001/2 performance\t")
    return tuple(_indicator_row(row) for row in ROWS)


# ---------------------------------------------------------------------------
# Annex I: efficiency savings (L1275-1293).

CASH = "Cash Releasing Efficiency Savings"
NON_CASH = "Non Cash Releasing Efficiency Savings"
BUDGET_BUILD = 1277
"""The subheading "Savings identified as part of the budget build" that L1285 totals."""

# (line, section, total): the label and figure are read from the line.
SAVINGS = (
    *((n, CASH, False) for n in range(1278, 1285)),
    (1285, CASH, True),
    (1286, CASH, True),
    (1288, NON_CASH, False),
    (1289, NON_CASH, False),
    (1290, NON_CASH, True),
    (1291, None, True),
    (1292, None, False),
    (1293, None, False),
)


def _millions(text: str) -> pp.Figure[pp.Quantity]:
    return pp.Figure(text=text, value=pp.Quantity(number(text), Unit.GBP, scale="million"))


def efficiency_savings() -> tuple[pp.LineItem, ...]:
    """The Annex I table in £m; the unlabelled subtotal of L1285 takes its subheading's label."""
    require(SEED, 1276, CASH)
    require(SEED, 1287, NON_CASH)
    items = []
    for number_, section, total in SAVINGS:
        label, *amounts = cells(SEED, number_)
        amount = next(a for a in reversed(amounts) if a not in ("", "_"))
        if not label:
            label = line(SEED, BUDGET_BUILD).strip()
        items.append(
            pp.LineItem(section=section, label=label, amount=_millions(amount), total=total)
        )
    return tuple(items)


# ---------------------------------------------------------------------------
# Annex J: planned deployment of police officers (L1315-1319).


def deployment() -> tuple[pp.LineItem, ...]:
    """Officers by function: the count (L1318) and the share in brackets (L1319)."""
    require(SEED, 1315, "Planned deployment of police officers")
    labels = cells(SEED, 1317)[1:]
    counts = cells(SEED, 1318)
    shares = cells(SEED, 1319)
    require(SEED, 1318, "Number of officers\t")
    require(SEED, 1319, "Officers\t")
    items = []
    for label, count, share in zip(labels, counts[1:], shares[1:], strict=True):
        percent = re.fullmatch(r"\((\d+(?:\.\d+)?)%\)", share)
        assert percent is not None, share
        items.append(
            pp.LineItem(
                label=label,
                amount=pp.Figure(text=count, value=pp.Quantity(number(count), Unit.COUNT)),
                share=pp.Figure(text=share, value=PCT(number(percent.group(1)))),
                total=label == "Total",
            )
        )
    return tuple(items)


# ---------------------------------------------------------------------------
# Annex E: programme of service improvement reviews (L990-997).

CATEGORIES = ("service delivery", "support services")


def reviews() -> tuple[pp.Review, ...]:
    """Each review of the programme table; a year's row is two lines (title, then period)."""
    require(SEED, 990, "Reviews primarily related")
    require(SEED, 991, "to service delivery\tsupport services")
    found = []
    for first in (992, 994, 996):
        year_label, *titles = cells(SEED, first)
        year_text, *periods = cells(SEED, first + 1)
        for category, title, period in zip(CATEGORIES, titles[:2], periods[:2], strict=True):
            if not title:
                continue
            found.append(
                pp.Review(
                    year=pp.FinancialYear.parse(year_text),
                    year_label=year_label,
                    category=category,
                    title=title,
                    period_text=period.removeprefix("(").removesuffix(")"),
                )
            )
    return tuple(found)


# ---------------------------------------------------------------------------
# Known issues.


def _row(number_: int, rest: str = "") -> str:
    return f"indicators[{row_index(number_)}]{rest}"


def _issue(code: str, path: str, number_: int, guard: str, explanation: str) -> pp.KnownIssue:
    """A known issue at seed line ``number_``; ``guard`` must stand on that line."""
    require(SEED, number_, guard)
    return pp.KnownIssue(code=code, path=path, explanation=explanation, line=number_)


PERF01 = ".observations[0].figure"
PERF02 = ".observations[1].figure"
TARGET02 = ".targets[0]"
TARGET03 = ".targets[1]"

NOTE_1 = (845, 846, 847, 849, 862, 879, 880)
NOTE_2 = (848, 849, 862)
UNEXPLAINED_ASTERISK = (908, 926, 928, 929, 930, 933)
# Section headings whose printed split is not a plain concatenation: (line, printed form).
SPLIT_HEADINGS = (
    (838, "Counter-To|errorism"),
    (843, "Violent Cri|ime"),
    (871, "Youth Offe|ending"),
    (907, "Road traff|ïc"),
    (909, "Human Re|esources"),
    (917, "Human Re|esources"),
    (925, "Perception|ns of Crime and Safety"),
)


def _footnote_issues() -> list[pp.KnownIssue]:
    issues = []
    for number_ in sorted(set(NOTE_1) | set(NOTE_2)):
        which = " and ".join(
            name for name, rows in (("note 1", NOTE_1), ("note 2", NOTE_2)) if number_ in rows
        )
        issues.append(
            _issue(
                "missing-footnote",
                _row(number_, ".comments"),
                number_,
                "note",
                f"The comment refers to {which}, but the plan prints no such note.",
            )
        )
    for number_ in UNEXPLAINED_ASTERISK:
        issues.append(
            _issue(
                "missing-footnote",
                _row(number_, PERF02),
                number_,
                "*",
                "The 2002/3 figure carries an asterisk that no comment or note explains.",
            )
        )
    issues += [
        _issue(
            "missing-footnote",
            _row(918, PERF02),
            918,
            "2.6*",
            "'2.6*' carries the annualisation asterisk but the row has no comment; the "
            "'*Annualised figure' comment stands one row up (L916), beside 5.6, which has none.",
        ),
        _issue(
            "label-mismatch",
            _row(916, ".comments"),
            916,
            "*Annualised figure",
            "The comment '*Annualised figure' explains an asterisk, but this row's figures "
            "(8.3, 8.5, 5.6, 6.5) carry none; it appears to belong to the next row "
            "(L918, '2.6*').",
        ),
    ]
    return issues


def _annex_b_issues() -> list[pp.KnownIssue]:
    require(SEED, 557, "94.3")
    require(SEED, 557, "90.8%")
    require(SEED, 504, "+34.2%")
    require(SEED, 504, "+9.3%")
    require(SEED, 503, "3,744")
    require(SEED, 718, "79%")
    terror = (
        "Annex B objective 10 (L557) gives {b} of scenes managed to a 'good or very good' "
        "standard for {year}; this table gives {d} 'to a very good standard'."
    )
    firearms = (
        "Annex B objective 7 (L504) gives a change of {b} in violent firearms offences for "
        "{year}; this table gives {d} for 'gun related violent crimes'."
    )
    return [
        _issue(
            "annex-conflict",
            _row(839, PERF01),
            839,
            "76.2%",
            terror.format(b="94.3%", year="2001/02", d="76.2%"),
        ),
        _issue(
            "annex-conflict",
            _row(839, PERF02),
            839,
            "73.6%",
            terror.format(b="90.8%", year="Apr – Dec 2002", d="73.6%"),
        ),
        _issue(
            "annex-conflict",
            _row(866, PERF01),
            866,
            "+33.9%",
            firearms.format(b="+34.2%", year="2001/02", d="+33.9%"),
        ),
        _issue(
            "annex-conflict",
            _row(866, PERF02),
            866,
            "+8.8%",
            firearms.format(b="+9.3%", year="Apr – Dec 2002", d="+8.8%"),
        ),
        _issue(
            "annex-conflict",
            _row(940, PERF02),
            940,
            "78.3%",
            "Annex B objective 20 (L716-718) gives 79% of the public satisfied with police "
            "action in response to 999 calls for Apr – Dec 2002 (1,302 of 1,657, 78.6%); this "
            "table gives 78.3%.",
        ),
        _issue(
            "inconsistent-gloss",
            _row(866, TARGET02),
            866,
            "10% growth",
            "'10% growth (310 offences per month)': 310 a month is 3,720 a year, below the "
            "3,744 offences of 2001/02 (Annex B, L503); 10% growth would be about 343 a month.",
        ),
    ]


def _table_issues() -> list[pp.KnownIssue]:
    return [
        _issue(
            "missing-heading",
            "indicators",
            833,
            "BEST VALUE AND POLICING",
            "The contents list Annex C 'Performance in 2002/03 against best value performance "
            "indicators' and Annex D (L41-42), but the body labels neither; this table carries "
            "Annex D's title and Annex C's content is absent or merged into it.",
        ),
        _issue(
            "garbled-cell",
            _row(890, TARGET02),
            889,
            "2001/2 performance\t\t2002/3",
            "The repeated column header above this row leaves the '2002/3 target' cell empty, "
            "though the rows under it have 2002/3 targets.",
        ),
        _issue(
            "inconsistent-gloss",
            _row(849, TARGET02),
            849,
            "0% growth (I.e. 9.4 per 1,000",
            "'0% growth' is glossed as 9.4 per 1,000 population, but the 2001/2 rate is 9.8.",
        ),
        _issue(
            "garbled-cell",
            _row(849, TARGET03),
            849,
            "10% i.e. 7.3 per 1,000reduction",
            "Printed '10% i.e. 7.3 per 1,000reduction': the wrapped word 'reduction' is run "
            "into the gloss; read as a 10% reduction (7.3 per 1,000).",
        ),
        _issue(
            "inconsistent-gloss",
            _row(862, TARGET02),
            862,
            "0% growth (ie. 33.6",
            "'0% growth' is glossed as 33.6 autocrimes per 1,000 population, but the 2001/2 "
            "rate is 34.3.",
        ),
        _issue(
            "inconsistent-repeat",
            _row(862, ".reference"),
            862,
            "BVPI 128\tAutocrimes per 1,000 population\t34.3",
            "Two rows carry 'BVPI 128' with different wording and 2001/2 values: 'Vehicle crimes "
            "per 1,000 population ...' 24.7 (L860) and 'Autocrimes per 1,000 population' 34.3.",
        ),
        _issue(
            "label-mismatch",
            _row(882, PERF01),
            882,
            "4,739",
            "The indicator is a 'Percentage of adults arrested referred ...', but its figures "
            "(4,739; target 3,000; 3,068) are counts; they are kept as counts.",
        ),
        _issue(
            "garbled-cell",
            _row(886, ".indicator"),
            886,
            "racially- aggravated of\tcrimes 22.6%",
            "The row is garbled: reference and indicator share one cell, 'crimes' is run into "
            "the 2001/2 figure ('crimes 22.6%') and 'detected' stands alone on L887; the "
            "indicator keeps the printed words in printed order.",
        ),
        _issue(
            "wording-variant",
            _row(891, PERF01),
            891,
            "7.7%",
            "The 2001/2 gap is printed '7.7%' and the 2002/3 one '9.0% pt. diff'; both are "
            "differences of two satisfaction rates and are held as percentage points.",
        ),
        _issue(
            "target-measure-mismatch",
            _row(891, TARGET03),
            891,
            "70%",
            "The 2003/04 target '70% satisfaction target set' is a level of satisfaction, not "
            "the difference between two satisfaction rates that the row measures.",
        ),
        _issue(
            "target-measure-mismatch",
            _row(839, TARGET03),
            839,
            "'good' or 'very good' standard",
            "The indicator counts scenes managed 'to a very good standard'; the 2003/04 target "
            "counts scenes managed 'to a good or very good standard'.",
        ),
        _issue(
            "garbled-cell",
            _row(898, ".comments"),
            898,
            "to collate triis data",
            "The comment 'to collate triis data' is a garbled spill-over of the previous row's "
            "comment 'The MPS is unable to collate this data' (L897).",
        ),
        _issue(
            "garbled-cell",
            _row(898),
            899,
            "FF\t' '\t22.570\t25% 3DS",
            "L899 ('FF', '22.570', '25% 3DS', '22.970') is a garbled copy of the rape judicial "
            "disposal row (L898) and is not transcribed as a row of its own.",
        ),
        _issue(
            "garbled-cell",
            _row(905, ".reference"),
            905,
            "BVPI\tPercentage of 999 calls",
            "The reference is printed 'BVPI' without its number.",
        ),
        _issue(
            "multi-value-cell",
            _row(913, TARGET02),
            913,
            "with the exception of traffic wardens",
            "The cell sets 10 days per year for civilian employees except traffic wardens "
            "(16 days); the structured target holds the 10 days only.",
        ),
        _issue(
            "multi-value-cell",
            _row(913, TARGET03),
            913,
            "10 days per year civil staff 10 days per year PCSOs 18.5",
            "The cell sets 10 days for civil staff, 10 days for PCSOs and 18.5 days for traffic "
            "wardens; the structured target holds the 10 days (civil staff) only.",
        ),
        _issue(
            "typo",
            _row(914, ".indicator"),
            914,
            "fro civil staff",
            "'fro civil staff' [sic] for 'for civil staff'; the comment reads "
            "'*Annulaised figure' [sic].",
        ),
        _issue(
            "multi-value-cell",
            _row(926, PERF01),
            926,
            "24.7 (household crime) & 10.0 personal crime)",
            "Each performance cell gives two values (household and personal crime) with an "
            "unbalanced ')' and no unit; the figure holds the household value, read as a "
            "percentage.",
        ),
    ]


def _heading_issues() -> list[pp.KnownIssue]:
    issues = []
    for number_, printed in SPLIT_HEADINGS:
        first = next(row.line for row in ROWS if row.line > number_)
        name = _section(first)
        repeat = " It repeats the heading of L909 within the same group." if number_ == 917 else ""
        issues.append(
            _issue(
                "garbled-cell",
                _row(first, ".section"),
                number_,
                printed.split("|")[0],
                f"The section heading is printed split across two cells as '{printed}'; "
                f"read as '{name}'.{repeat}",
            )
        )
    return issues


def _other_annex_issues() -> list[pp.KnownIssue]:
    return [
        _issue(
            "text-table-conflict",
            "reviews[2].period_text",
            995,
            "(June 2002 – March 2003)",
            "The programme gives the managing demand review the period June 2002 – March 2003, "
            "but the text (L1038) says it is due to present its final report in May.",
        ),
        _issue(
            "text-table-conflict",
            "reviews[1].period_text",
            993,
            "(January 2002 – February 2003)",
            "The programme gives the training review January 2002 – February 2003; the text "
            "(L1003) says it was completed in September 2002 and approved in February 2003.",
        ),
        _issue(
            "wording-variant",
            "reviews",
            43,
            "E Best value review programme",
            "The contents call Annex E 'Best value review programme'; its heading reads "
            "'BEST VALUE' / 'Programme of service improvement reviews' (L982-984).",
        ),
        _issue(
            "unlabelled-total",
            "efficiency_savings[7].label",
            1285,
            "20.80",
            "The subtotal 20.80 has no label; it totals the items under the subheading "
            "'Savings identified as part of the budget build' (L1277), whose words it is given.",
        ),
        _issue(
            "wording-variant",
            "efficiency_savings",
            47,
            "I Efficiency Plan",
            "The contents call Annex I 'Efficiency Plan'; its heading reads 'EFFICIENCY SAVINGS "
            "PLAN' (L1261).",
        ),
    ]


def known_issues() -> tuple[pp.KnownIssue, ...]:
    """Every contradiction or defect met in Annexes D, E, I and J."""
    return tuple(
        _table_issues()
        + _heading_issues()
        + _footnote_issues()
        + _annex_b_issues()
        + _other_annex_issues()
    )

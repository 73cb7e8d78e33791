"""Appendix 1 (Performance Tables) of seed 000, the MPS Baseline Assessment 2005.

Every table row is read from the tab-separated seed lines: the indicator name,
the force's 2003/04 and 2004/05 values, the change, the MSF and national
averages and ranks. The unit of a row follows its indicator name; a cell's own
text is kept verbatim in its Figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from _common import cells, figure, line, rank_figure, require

import policeplan as pp

SEED = "000"
FORCE = "MPS"
FIRST, LAST = 1507, 1779  # Appendix 1, from its heading to the last footnote
HEADER = [
    "Indicator",
    "2003/04",
    "2004/05",
    "Change",
    "MSF Ave 2004/05",
    "MSF Rank 2004/05",
    "National Ave 2004/05",
    "National Rank 2004/05",
]
YEARS = (pp.FinancialYear(2003), pp.FinancialYear(2004))
_TABLE_TITLE = re.compile(r"(\d[A-Z]): (.+)")
_SPI = re.compile(r"\((SPI \d+[a-z])\)")

# ---------------------------------------------------------------------------
# Units and polarity, read from the indicator name
# ---------------------------------------------------------------------------

_RATES: tuple[tuple[str, int, str], ...] = (
    (r"per 100 million vehicle kilometres travelled", 100_000_000, "vehicle kilometres travelled"),
    (r"per 10,000 population", 10_000, "population"),
    (r"per 1,?000 households", 1000, "households"),
    (r"per 1,?000 police officers", 1000, "police officers"),
    (r"per 1,?000 police staff", 1000, "police staff"),
    (r"per 1,?000 (?:white and per BME )?population", 1000, "population"),
)


def unit_of(indicator: str) -> tuple[pp.Unit, dict[str, Any]]:
    """The unit (and rate base) a row's values are in, as its name states it."""
    name = indicator.lower()
    if "spending" in name or "value" in name:
        return pp.Unit.GBP, {}
    if name.startswith("ratio") or "resignation rates" in name:
        return pp.Unit.RATIO, {}
    if name.startswith("difference") and "pace stop/searches per" not in name:
        return pp.Unit.PERCENTAGE_POINTS, {}
    if "(secs)" in name:
        return pp.Unit.SECONDS, {}
    if "working hours lost" in name:
        return pp.Unit.HOURS, {}
    for pattern, per, base in _RATES:
        if re.search(pattern, indicator):
            return pp.Unit.RATE, {"per": per, "base": base}
    if "%" in name:
        return pp.Unit.PERCENT, {}
    return pp.Unit.COUNT, {}


HIGHER = pp.Polarity.HIGHER_IS_BETTER
LOWER = pp.Polarity.LOWER_IS_BETTER
NEUTRAL = pp.Polarity.NEUTRAL

# First match wins; patterns are searched in the lower-cased indicator name.
_POLARITY: tuple[tuple[str, pp.Polarity], ...] = (
    (r"^difference|applicants appointed|pace stop/searches|cocaine|heroin", NEUTRAL),
    (r"partner-on-partner|economically active|female police staff|joint operations", NEUTRAL),
    (r"spending|firearms|stood down|target time \(secs\)|^number of calls answered", NEUTRAL),
    (r"compass|^pyo", NEUTRAL),
    (r"rtcs resulting in death", LOWER),
    (r"satisfied|good job|detect|brought to justice|resulting in|suitable for", HIGHER),
    (r"scenes examined|recovery|\bidents|matches|onto the pnc|answered within", HIGHER),
    (r"confiscation|forfeiture|arrest was made|recruits from bme|female officers", HIGHER),
    (r"frontline|visible patrol|operational posts", HIGHER),
    (r"risk of|per 1,?000|per 10,000|per 100 million|fear of crime|disorder", LOWER),
    (r"previous 12 months|sickness|medical retirements|resign", LOWER),
)


def polarity_of(indicator: str) -> pp.Polarity:
    name = indicator.lower()
    for pattern, polarity in _POLARITY:
        if re.search(pattern, name):
            return polarity
    return NEUTRAL


# ---------------------------------------------------------------------------
# Garbled cells: printed values that cannot be right (see known_issues)
# ---------------------------------------------------------------------------

# seed line → the columns (as named in HEADER) whose printed value cannot be right
GARBLED: dict[int, frozenset[str]] = {
    1677: frozenset({"2003/04", "Change"}),  # 1000.0% of scenes examined
    1762: frozenset({"2004/05", "Change"}),  # 265.6% of applicants appointed
    1764: frozenset({"2004/05", "Change"}),  # 216, 19700 Pts
    1765: frozenset({"2004/05", "Change"}),  # 124.4% of applicants appointed
    1766: frozenset({"2004/05", "Change"}),  # 192.1% of applicants appointed
    1767: frozenset({"2004/05", "Change"}),  # 67.6, 5360 Pts
    1776: frozenset({"2004/05", "Change"}),  # £311,096.77 per officer
    1777: frozenset({"2004/05", "Change"}),  # £1,309,898.06 per 1,000 population
}

# ---------------------------------------------------------------------------
# Reading the tables
# ---------------------------------------------------------------------------


@cache
def table_rows() -> tuple[tuple[str, int], ...]:
    """(table code, seed line) of every data row, in order."""
    require(SEED, FIRST, "Appendix 1: Performance Tables")
    rows: list[tuple[str, int]] = []
    table: str | None = None
    number = FIRST + 1
    while number <= LAST:
        first = cells(SEED, number)[0]
        if match := _TABLE_TITLE.fullmatch(first):
            table = match.group(1)
            if cells(SEED, number + 1) != HEADER:
                raise AssertionError(f"seed {SEED} L{number + 1}: unexpected table header")
            number += 2
            while line(SEED, number).strip():
                row = cells(SEED, number)
                if len(row) != len(HEADER):
                    raise AssertionError(f"seed {SEED} L{number}: {len(row)} cells, not 8")
                rows.append((table, number))
                number += 1
            continue
        number += 1
    return tuple(rows)


def _change(text: str, *, garbled: bool) -> pp.Figure[pp.Quantity]:
    """A change cell: "Pts" is a percentage-point difference, "%" a relative change."""
    unit = None if text.lower().endswith("pts") else pp.Unit.PERCENT_CHANGE
    return figure(text, unit, garbled=garbled)


def _result(table: str, number: int) -> pp.IndicatorResult:
    name, before, after, change, msf_ave, msf_rank, nat_ave, nat_rank = cells(SEED, number)
    unit, rate = unit_of(name)
    garbled = GARBLED.get(number, frozenset())

    def value(column: str, text: str) -> pp.Figure[pp.Quantity]:
        return figure(text, unit, garbled=column in garbled, **rate)

    code = _SPI.search(name)
    return pp.IndicatorResult(
        indicator=name,
        code=code.group(1) if code else None,
        force=FORCE,
        table=table,
        values=(
            pp.Observation(period=YEARS[0].period(), figure=value("2003/04", before)),
            pp.Observation(period=YEARS[1].period(), figure=value("2004/05", after)),
        ),
        change=_change(change, garbled="Change" in garbled),
        msf_average=value("MSF Ave 2004/05", msf_ave),
        msf_rank=rank_figure(msf_rank),
        national_average=value("National Ave 2004/05", nat_ave),
        national_rank=rank_figure(nat_rank),
        polarity=polarity_of(name),
        garbled=bool(garbled),
    )


@cache
def indicator_results() -> tuple[pp.IndicatorResult, ...]:
    """Every row of the 20 performance tables (seed 000 L1507–1779), in table order."""
    return tuple(_result(table, number) for table, number in table_rows())


def row_index(number: int) -> int:
    """The position in ``indicator_results()`` of the row on seed line ``number``."""
    return [n for _, n in table_rows()].index(number)


# ---------------------------------------------------------------------------
# Known issues
# ---------------------------------------------------------------------------

_FIELDS = {
    "2003/04": "values[0].figure",
    "2004/05": "values[1].figure",
    "Change": "change",
    "MSF Ave 2004/05": "msf_average",
    "MSF Rank 2004/05": "msf_rank",
    "National Ave 2004/05": "national_average",
    "National Rank 2004/05": "national_rank",
    "Indicator": "indicator",
}


def _cell(number: int, column: str) -> str:
    return cells(SEED, number)[HEADER.index(column)]


def _issue(code: str, number: int, column: str, explanation: str) -> pp.KnownIssue:
    return pp.KnownIssue(
        code=code,
        path=f"indicator_results[{row_index(number)}].{_FIELDS[column]}",
        explanation=explanation,
        line=number,
    )


def _quoted(number: int, column: str, text: str) -> str:
    """``text`` after checking it is the printed cell (guards the explanations)."""
    if _cell(number, column) != text:
        raise AssertionError(f"seed {SEED} L{number} {column}: {_cell(number, column)!r}")
    return text


def _impossible() -> Iterator[pp.KnownIssue]:
    q = _quoted
    yield _issue(
        "impossible-value",
        1677,
        "2003/04",
        f"3E 'Theft of motor vehicle (MV) - % scenes examined' 2003/04 is printed "
        f"{q(1677, '2003/04', '1000.0%')}: a share of scenes cannot exceed 100%; the 2004/05 "
        "12.5% agrees with the text (L776).",
    )
    yield _issue(
        "garbled-cell",
        1677,
        "Change",
        f"Change {q(1677, 'Change', '-987.5 Pts')} rests on the impossible 2003/04 1000.0%.",
    )
    for number, printed, change in (
        (1762, "265.6%", "186.5 Pts"),
        (1765, "124.4%", "41 Pts"),
        (1766, "192.1%", "123.4 Pts"),
    ):
        name = _cell(number, "Indicator")
        yield _issue(
            "impossible-value",
            number,
            "2004/05",
            f"6C '{name}' 2004/05 is printed {q(number, '2004/05', printed)}: more applicants "
            "appointed than applied.",
        )
        yield _issue(
            "garbled-cell",
            number,
            "Change",
            f"Change {q(number, 'Change', change)} rests on the impossible 2004/05 {printed}.",
        )
    for number, first, printed, change, pair in (
        (1764, "19", "216", "19700 Pts", "white and BME (L1762-1763)"),
        (1767, "14", "67.6", "5360 Pts", "female and male (L1765-1766)"),
    ):
        q(number, "2003/04", first)
        yield _issue(
            "garbled-cell",
            number,
            "2004/05",
            f"6C 'Difference in % of applicants appointed' between {pair} is printed "
            f"{q(number, '2004/05', printed)} for 2004/05, the difference of two impossible "
            "shares above 100%.",
        )
        yield _issue(
            "impossible-value",
            number,
            "Change",
            f"Change {q(number, 'Change', change)}: a difference of {first} and {printed} points "
            "cannot change by thousands of points (it is 100 times their difference).",
        )
    for number, before, printed, change in (
        (1776, "£80,931.43", "£311,096.77", "284.4 %"),
        (1777, "£329,379.54", "£1,309,898.06", "297.7 %"),
    ):
        name = _cell(number, "Indicator")
        q(number, "2003/04", before)
        yield _issue(
            "garbled-cell",
            number,
            "2004/05",
            f"6D '{name}' 2004/05 {q(number, '2004/05', printed)} is about four times "
            f"2003/04 ({before}), against a net revenue expenditure of £2,367.1 million for "
            "2004/05 (L157); the MSF and national averages of the row look high as well.",
        )
        yield _issue(
            "garbled-cell",
            number,
            "Change",
            f"Change {q(number, 'Change', change)} rests on the implausible 2004/05 {printed}.",
        )


def _repeats() -> Iterator[pp.KnownIssue]:
    q = _quoted
    for first, later in ((1663, 1693),):
        for column in ("MSF Ave 2004/05", "National Ave 2004/05"):
            yield _issue(
                "inconsistent-repeat",
                later,
                column,
                f"SPI 6a {column} is {q(later, column, _cell(later, column))} in 3F (L{later}) "
                f"but {_cell(first, column)} in 3D (L{first}).",
            )
            # Two printings that disagree: neither is preferred, so both cells are recorded.
            yield _issue(
                "inconsistent-repeat",
                first,
                column,
                f"SPI 6a {column} is {q(first, column, _cell(first, column))} in 3D (L{first}) "
                f"but {_cell(later, column)} in 3F (L{later}).",
            )
    yield _issue(
        "inconsistent-repeat",
        1694,
        "Change",
        f"SPI 6b change is {q(1694, 'Change', '3 Pts')} in 3F (L1694) but "
        f"{q(1664, 'Change', '2.6 Pts')} in 3D (L1664); 14.9% − 12.3% = 2.6.",
    )
    yield _issue(
        "inconsistent-repeat",
        1664,
        "Change",
        f"SPI 6b change is {q(1664, 'Change', '2.6 Pts')} in 3D (L1664) but "
        f"{q(1694, 'Change', '3 Pts')} in 3F (L1694); the 3D figure agrees with its values.",
    )
    yield _issue(
        "inconsistent-repeat",
        1642,
        "National Ave 2004/05",
        "The national average of racially or religiously aggravated offences per 1000 "
        f"population is printed {q(1642, 'National Ave 2004/05', '0.7')} in 3C (L1642) but "
        f"{q(1526, 'National Ave 2004/05', '0.70')} in 1A and 2A (L1526, L1564).",
    )
    for column in ("MSF Rank 2004/05", "National Rank 2004/05"):
        yield _issue(
            "inconsistent-repeat",
            1563,
            column,
            f"SPI 8b {column} is {q(1563, column, '-')} in 2A (L1563) but "
            f"{q(1641, column, '*')} (not available) in 3C (L1641).",
        )
        yield _issue(
            "inconsistent-repeat",
            1641,
            column,
            f"SPI 8b {column} is {q(1641, column, '*')} (not available) in 3C (L1641) but "
            f"{q(1563, column, '-')} in 2A (L1563).",
        )
    yield _issue(
        "wording-variant",
        1550,
        "Indicator",
        "SPI 2a is named '% of people who think that their local police do good job' in 1C "
        "(L1550) but '... do a good job' in 1B (L1531); the values are the same.",
    )
    require(SEED, 1550, "local police do good job")
    require(SEED, 1531, "local police do a good job")


def _arithmetic() -> Iterator[pp.KnownIssue]:
    """Point changes that are not the difference of the two printed values.

    Rows already known to be garbled are left out. Relative (%) changes are
    not checked: the printed rates are too rounded to recompute them.
    """
    for (_, number), result in zip(table_rows(), indicator_results(), strict=True):
        before, after = (obs.figure.value for obs in result.values)
        change = result.change.value if result.change else None
        if result.garbled or before is None or after is None or change is None:
            continue
        if change.unit is not pp.Unit.PERCENTAGE_POINTS:
            continue
        difference = after.value - before.value
        if difference.quantize(change.value) == change.value:
            continue
        first, second, printed = (_cell(number, c) for c in ("2003/04", "2004/05", "Change"))
        yield _issue(
            "total-mismatch",
            number,
            "Change",
            f"{result.table} '{result.indicator}': {second} − {first} is {difference} points but "
            f"the change is printed '{printed}' (rounding of unprinted decimals may explain it).",
        )


def _garbled_arithmetic() -> Iterator[pp.KnownIssue]:
    """A garbled row whose change is not the difference of its own printed values either."""
    q = _quoted
    yield _issue(
        "total-mismatch",
        1766,
        "Change",
        f"6C '% of male police officer applicants appointed': {q(1766, '2004/05', '192.1%')} − "
        f"{q(1766, '2003/04', '68.6%')} is 123.5 points but the change is printed "
        f"'{q(1766, 'Change', '123.4 Pts')}'.",
    )


def _text_conflicts() -> Iterator[pp.KnownIssue]:
    q = _quoted
    require(SEED, 250, "ranks it 37th out of 37")
    yield _issue(
        "text-table-conflict",
        1514,
        "National Rank 2004/05",
        "BME users very/completely satisfied (SPI 3b): the table ranks the MPS "
        f"{q(1514, 'National Rank 2004/05', '36 out of 37')} nationally, the text "
        "'37th out of 37' (L250).",
    )
    require(SEED, 845, "Some 51.5% of BCS respondents")
    require(SEED, 864, "Some 51.5% of BCS respondents")
    for number in (1531, 1550):
        yield _issue(
            "text-table-conflict",
            number,
            "2004/05",
            f"SPI 2a (good job) is {q(number, '2004/05', '51.3%')} in the table and in the text "
            "at L287 and L323, but 51.5% in the 4A text (L845, L864).",
        )
    for number, text_line, words, printed in (
        (1564, 400, "reduction of 1.3 points", "-1.3 %"),
        (1745, 1070, "reduction of 13 points", "-13 %"),
        (1760, 1199, "increase of 1%", "1 Pts"),
        (1768, 1201, "decrease of 5.4 points", "-5.4 %"),
    ):
        require(SEED, text_line, words)
        yield _issue(
            "text-table-conflict",
            number,
            "Change",
            f"The change is printed {q(number, 'Change', printed)} in the table but the text "
            f"calls it '{words}' (L{text_line}): points and per cent are confused.",
        )


@cache
def known_issues() -> tuple[pp.KnownIssue, ...]:
    """Defects and contradictions of the performance tables, with the affected cell's path."""
    return (
        *_impossible(),
        *_repeats(),
        *_arithmetic(),
        *_garbled_arithmetic(),
        *_text_conflicts(),
    )


if __name__ == "__main__":
    rows = indicator_results()
    print(f"{len(rows)} rows, {len({r.table for r in rows})} tables, {len(known_issues())} issues")

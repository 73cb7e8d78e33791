"""Appendix 1 (Performance Tables) of the MPS Baseline Assessment 2005, seed 000 L1507–1779."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest

import policeplan as pp

DATASET = "hmic-baseline-2005"

# table → seed 000 line of its header row; the data rows follow it
HEADER_LINES = {
    "1A": 1510,
    "1B": 1530,
    "1C": 1539,
    "2A": 1561,
    "2B": 1568,
    "2C": 1589,
    "3A": 1600,
    "3B": 1623,
    "3C": 1639,
    "3D": 1651,
    "3E": 1675,
    "3F": 1692,
    "4A": 1709,
    "4B": 1718,
    "5A": 1723,
    "5B": 1734,
    "5C": 1739,
    "6A": 1744,
    "6C": 1756,
    "6D": 1771,
}

# rows per table, counted on the seed (first data line to the blank line after the table)
ROWS_PER_TABLE = {
    "1A": 17,  # L1511-1527
    "1B": 1,  # L1531
    "1C": 14,  # L1540-1553
    "2A": 4,  # L1562-1565
    "2B": 13,  # L1569-1581
    "2C": 8,  # L1590-1597
    "3A": 15,  # L1601-1615
    "3B": 13,  # L1624-1636
    "3C": 4,  # L1640-1643
    "3D": 16,  # L1652-1667
    "3E": 14,  # L1676-1689
    "3F": 9,  # L1693-1701
    "4A": 6,  # L1710-1715
    "4B": 2,  # L1719-1720
    "5A": 3,  # L1724-1726
    "5B": 2,  # L1735-1736
    "5C": 2,  # L1740-1741
    "6A": 4,  # L1745-1748
    "6C": 12,  # L1757-1768
    "6D": 6,  # L1772-1777
}

CELLS: dict[str, Any] = {
    "2003/04": lambda r: r.values[0].figure,
    "2004/05": lambda r: r.values[1].figure,
    "change": lambda r: r.change,
    "msf_average": lambda r: r.msf_average,
    "msf_rank": lambda r: r.msf_rank,
    "national_average": lambda r: r.national_average,
    "national_rank": lambda r: r.national_rank,
}

NA = pp.MissingReason.NOT_AVAILABLE
NAPP = pp.MissingReason.NOT_APPLICABLE
NG = pp.MissingReason.NOT_GIVEN


@pytest.fixture(scope="module")
def doc() -> pp.BaselineAssessment:
    return pp.datasets.load(DATASET)


@pytest.fixture(scope="module")
def results(doc: pp.BaselineAssessment) -> tuple[pp.IndicatorResult, ...]:
    return doc.indicator_results


def index_of(line: int) -> int:
    """Position in indicator_results of the row on seed 000 line ``line``."""
    table = max((t for t, h in HEADER_LINES.items() if h < line), key=HEADER_LINES.__getitem__)
    before = sum(ROWS_PER_TABLE[t] for t in HEADER_LINES if HEADER_LINES[t] < HEADER_LINES[table])
    position = line - HEADER_LINES[table] - 1
    assert 0 <= position < ROWS_PER_TABLE[table], line
    return before + position


def row(results: tuple[pp.IndicatorResult, ...], table: str, line: int) -> pp.IndicatorResult:
    result = results[index_of(line)]
    assert result.table == table
    return result


def resolve(doc: object, path: str) -> Any:
    """Follow a path such as ``indicator_results[3].values[1].figure``."""
    obj = doc
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", path):
        obj = getattr(obj, name)
        if index:
            obj = obj[int(index)]
    return obj


# --- structure ---------------------------------------------------------------


def test_row_total(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1507-1779: 20 tables, 165 data rows
    assert len(results) == 165


def test_rows_per_table_in_order(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 table headings L1509 (1A) ... L1770 (6D)
    assert Counter(r.table for r in results) == ROWS_PER_TABLE
    order = list(dict.fromkeys(r.table for r in results))
    assert order == list(HEADER_LINES)


def test_every_row_is_the_force_over_two_years(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1510: columns 2003/04 and 2004/05 for the MPS
    assert {r.force for r in results} == {"MPS"}
    assert {tuple(o.period.label for o in r.values) for r in results} == {("2003/04", "2004/05")}
    assert results[0].values[1].period == pp.FinancialYear(2004).period()


def test_missing_cells_by_reason(results: tuple[pp.IndicatorResult, ...]) -> None:
    # counted on seed 000 L1511-1777: 147 "*", 121 "N/A", 2 "-" (both at L1563)
    reasons = Counter(
        cell(r).missing for r in results for cell in CELLS.values() if cell(r).missing
    )
    assert reasons == {NA: 147, NAPP: 121, NG: 2}


def test_whole_rows_not_available(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1519-1521, L1525, L1698-1701, L1772-1774: every cell "*"
    lines = [1519, 1520, 1521, 1525, 1698, 1699, 1700, 1701, 1772, 1773, 1774]
    empty = [
        i for i, r in enumerate(results) if all(cell(r).missing is NA for cell in CELLS.values())
    ]
    assert empty == [index_of(n) for n in lines]


def test_spi_codes(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1759 "(SPI 12b) (white officers: BME officers)"; L1527 has no SPI code
    assert row(results, "6C", 1759).code == "SPI 12b"
    assert row(results, "1A", 1527).code is None
    assert row(results, "1A", 1511).indicator.endswith("(SPI 3a)")
    assert sum(1 for r in results if r.code) == 77


# --- figures -----------------------------------------------------------------

# (seed 000 line, table, cell, printed text, expected value / rank / missing reason)
FACTS = [
    (1511, "1A", "2004/05", "30.7%", "30.7"),
    (1511, "1A", "2003/04", "N/A", NAPP),
    (1514, "1A", "national_rank", "36 out of 37", (36, 37, False)),
    (1524, "1A", "2004/05", "4.671 pts", "4.671"),
    (1526, "1A", "change", "-1.3 %", "-1.3"),
    (1531, "1B", "national_rank", "11 out of 42", (11, 42, False)),
    (1531, "1B", "msf_average", "48.3%", "48.3"),
    (1548, "1C", "national_rank", "27 out of 37", (27, 37, False)),
    (1553, "1C", "change", "8.2 Pts", "8.2"),
    (1562, "2A", "change", "*", NA),
    (1563, "2A", "msf_rank", "-", NG),
    (1571, "2B", "2003/04", "21.05", "21.05"),
    (1577, "2B", "2004/05", "19.17", "19.17"),
    (1581, "2B", "national_average", "8.3%", "8.3"),
    (1590, "2C", "change", "-8.7 Pts", "-8.7"),
    (1597, "2C", "national_average", "105.37", "105.37"),
    (1603, "3A", "national_rank", "9= out of 43", (9, 43, True)),
    (1605, "3A", "national_rank", "33= out of 43", (33, 43, True)),
    (1611, "3A", "national_rank", "20= out of 43", (20, 43, True)),
    (1602, "3A", "2004/05", "0.003", "0.003"),
    (1626, "3B", "msf_rank", "N/A", NAPP),
    (1631, "3B", "change", "124.4 %", "124.4"),
    (1632, "3B", "2004/05", "£8,101,628", "8101628"),
    (1641, "3C", "national_rank", "*", NA),
    (1642, "3C", "national_average", "0.7", "0.7"),
    (1656, "3D", "national_rank", "43 out of 43", (43, 43, False)),
    (1663, "3D", "msf_average", "76933", "76933"),
    (1658, "3D", "change", "0.9 Pts", "0.9"),
    (1683, "3E", "2003/04", "*", NA),
    (1683, "3E", "change", "N/A", NAPP),
    (1684, "3E", "national_rank", "2 out of 42", (2, 42, False)),
    (1693, "3F", "national_average", "27380.9", "27380.9"),
    (1697, "3F", "2003/04", "134,554", "134554"),
    (1695, "3F", "2003/04", "91.2%", "91.2"),
    (1714, "4A", "2003/04", "10.7%", "10.7"),
    (1714, "4A", "2004/05", "*", NA),
    (1719, "4B", "national_average", "5.69", "5.69"),
    (1720, "4B", "msf_average", "*", NA),
    (1724, "5A", "2004/05", "15.", "15"),
    (1725, "5A", "2003/04", "2,011,431", "2011431"),
    (1726, "5A", "national_rank", "28 out of 39", (28, 39, False)),
    (1735, "5B", "msf_average", "1255.0", "1255.0"),
    (1736, "5B", "change", "N/A", NAPP),
    (1741, "5C", "national_average", "0.51", "0.51"),
    (1740, "5C", "2003/04", "*", NA),
    (1745, "6A", "change", "-13 %", "-13"),
    (1747, "6A", "msf_rank", "3 out of 4", (3, 4, False)),
    (1759, "6C", "2003/04", "1: 1.17", "1.17"),
    (1759, "6C", "change", "93 %", "93"),
    (1764, "6C", "2003/04", "19", "19"),
    (1775, "6D", "national_rank", "40 out of 41", (40, 41, False)),
    (1776, "6D", "2003/04", "£80,931.43", "80931.43"),
]


@pytest.mark.parametrize(
    ("line", "table", "cell", "text", "expected"),
    FACTS,
    ids=[f"seed000-L{f[0]}-{f[1]}-{f[2]}" for f in FACTS],
)
def test_cell(
    results: tuple[pp.IndicatorResult, ...],
    line: int,
    table: str,
    cell: str,
    text: str,
    expected: object,
) -> None:
    figure = CELLS[cell](row(results, table, line))
    assert figure.text == text
    if isinstance(expected, pp.MissingReason):
        assert figure.value is None
        assert figure.missing is expected
    elif isinstance(expected, tuple):
        position, out_of, tied = expected
        assert figure.value == pp.Rank(position=position, out_of=out_of, tied=tied)
    else:
        assert figure.value.value == Decimal(expected)


def test_tables_all_covered_by_facts() -> None:
    assert {f[1] for f in FACTS} == set(HEADER_LINES)


# (seed 000 line, table, unit, per, base) of the row's 2004/05 value or national average
UNITS = [
    (1511, "1A", pp.Unit.PERCENT, None, None),  # "30.7%"
    (1515, "1A", pp.Unit.PERCENTAGE_POINTS, None, None),  # "10.6 pts"
    (1526, "1A", pp.Unit.RATE, 1000, "population"),  # "per 1000 population"
    (1571, "2B", pp.Unit.RATE, 1000, "households"),
    (1602, "3A", pp.Unit.RATE, 10_000, "population"),
    (1632, "3B", pp.Unit.GBP, None, None),
    (1663, "3D", pp.Unit.COUNT, None, None),
    (1719, "4B", pp.Unit.RATE, 100_000_000, "vehicle kilometres travelled"),
    (1724, "5A", pp.Unit.SECONDS, None, None),  # "(secs)"
    (1745, "6A", pp.Unit.HOURS, None, None),  # "working hours lost"
    (1748, "6A", pp.Unit.RATE, 1000, "police staff"),
    (1759, "6C", pp.Unit.RATIO, None, None),  # "1: 2.26"
    (1764, "6C", pp.Unit.PERCENTAGE_POINTS, None, None),  # "216" printed without "pts"
    (1777, "6D", pp.Unit.GBP, None, None),  # money, though "per 1,000 population"
]


@pytest.mark.parametrize(
    ("line", "table", "unit", "per", "base"), UNITS, ids=[f"seed000-L{u[0]}" for u in UNITS]
)
def test_unit_follows_indicator(
    results: tuple[pp.IndicatorResult, ...],
    line: int,
    table: str,
    unit: pp.Unit,
    per: int | None,
    base: str | None,
) -> None:
    result = row(results, table, line)
    quantity = result.national_average.value or result.values[1].figure.value
    assert (quantity.unit, quantity.per, quantity.base) == (unit, per, base)


def test_change_units(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1527 "11.1 Pts" is a point difference, L1526 "-1.3 %" a relative change
    assert row(results, "1A", 1527).change.value.unit is pp.Unit.PERCENTAGE_POINTS
    assert row(results, "1A", 1526).change.value.unit is pp.Unit.PERCENT_CHANGE
    assert row(results, "6C", 1759).change.value.unit is pp.Unit.PERCENT_CHANGE  # "93 %"


def test_polarity(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1572 violent crime rate, L1653 detection, L1544 satisfaction, L1710 fear
    assert row(results, "2B", 1572).polarity is pp.Polarity.LOWER_IS_BETTER
    assert row(results, "3D", 1653).polarity is pp.Polarity.HIGHER_IS_BETTER
    assert row(results, "1C", 1544).polarity is pp.Polarity.HIGHER_IS_BETTER
    assert row(results, "4A", 1710).polarity is pp.Polarity.LOWER_IS_BETTER
    assert row(results, "1A", 1515).polarity is pp.Polarity.NEUTRAL  # a difference of rates
    # seed 000 L1719 RTC casualties, L1714 repeat domestic violence, L1726 999 calls in time
    assert row(results, "4B", 1719).polarity is pp.Polarity.LOWER_IS_BETTER
    assert row(results, "4A", 1714).polarity is pp.Polarity.LOWER_IS_BETTER
    assert row(results, "5A", 1726).polarity is pp.Polarity.HIGHER_IS_BETTER


def test_repeated_rows_agree(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1569-1575 (2B) are repeated as L1590-1596 (2C) cell for cell
    for offset in range(7):
        first, second = row(results, "2B", 1569 + offset), row(results, "2C", 1590 + offset)
        assert first.indicator == second.indicator
        assert [c(first) for c in CELLS.values()] == [c(second) for c in CELLS.values()]


# --- garbled cells and known issues -----------------------------------------

GARBLED_LINES = [1677, 1762, 1764, 1765, 1766, 1767, 1776, 1777]


def test_garbled_rows(results: tuple[pp.IndicatorResult, ...]) -> None:
    # seed 000 L1677 "1000.0%", L1762-1767 applicants appointed, L1776-1777 spending
    garbled = [i for i, r in enumerate(results) if r.garbled]
    assert garbled == [index_of(n) for n in GARBLED_LINES]
    assert not row(results, "6C", 1763).garbled  # 59.6% -> 49.4%, -10.2 Pts adds up


def test_garbled_cells(results: tuple[pp.IndicatorResult, ...]) -> None:
    theft = row(results, "3E", 1677)  # seed 000 L1677
    assert theft.values[0].figure.text == "1000.0%"
    assert theft.values[0].figure.garbled
    assert theft.values[0].figure.value.value == Decimal("1000.0")
    assert theft.change.garbled
    assert not theft.values[1].figure.garbled  # 12.5%, as the text has it (L776)
    white = row(results, "6C", 1762)  # seed 000 L1762 "265.6%"
    assert white.values[1].figure.garbled
    assert not white.values[0].figure.garbled


def test_detection_rates_above_100_are_kept(doc: pp.BaselineAssessment) -> None:
    # seed 000 L1611: manslaughter detected 114.3% (2003/04), national 119.2%; text L570
    manslaughter = doc.indicator_results[index_of(1611)]
    assert manslaughter.values[0].figure.value.value == Decimal("114.3")
    assert manslaughter.national_average.value.value == Decimal("119.2")
    assert not manslaughter.garbled
    assert not manslaughter.values[0].figure.garbled
    prefix = f"indicator_results[{index_of(1611)}]."
    assert not [i for i in doc.known_issues if i.path.startswith(prefix)]


EXPECTED_ISSUES = {
    ("impossible-value", 1677),
    ("garbled-cell", 1677),
    ("impossible-value", 1762),
    ("garbled-cell", 1762),
    ("impossible-value", 1765),
    ("garbled-cell", 1765),
    ("impossible-value", 1766),
    ("garbled-cell", 1766),
    ("garbled-cell", 1764),
    ("impossible-value", 1764),
    ("garbled-cell", 1767),
    ("impossible-value", 1767),
    ("garbled-cell", 1776),
    ("garbled-cell", 1777),
    ("inconsistent-repeat", 1693),
    ("inconsistent-repeat", 1694),
    ("inconsistent-repeat", 1642),
    ("inconsistent-repeat", 1563),
    # the other printing of each evenly split repeat (found by policeplan.checks)
    ("inconsistent-repeat", 1663),
    ("inconsistent-repeat", 1664),
    ("inconsistent-repeat", 1641),
    ("total-mismatch", 1766),
    ("wording-variant", 1550),
    ("total-mismatch", 1527),
    ("total-mismatch", 1565),
    ("total-mismatch", 1643),
    ("total-mismatch", 1658),
    ("total-mismatch", 1659),
    ("total-mismatch", 1662),
    ("total-mismatch", 1710),
    ("total-mismatch", 1757),
    ("text-table-conflict", 1514),
    ("text-table-conflict", 1531),
    ("text-table-conflict", 1550),
    ("text-table-conflict", 1564),
    ("text-table-conflict", 1745),
    ("text-table-conflict", 1760),
    ("text-table-conflict", 1768),
}


def table_issues(doc: pp.BaselineAssessment) -> list[pp.KnownIssue]:
    return [i for i in doc.known_issues if i.path.startswith("indicator_results[")]


def test_known_issues(doc: pp.BaselineAssessment) -> None:
    issues = table_issues(doc)
    assert {(i.code, i.line) for i in issues} == EXPECTED_ISSUES
    # two cells each at L1563, L1641, L1663, L1693, L1776, L1777 ...
    assert len(issues) == 44


def test_known_issue_paths_point_at_their_line(doc: pp.BaselineAssessment) -> None:
    for issue in table_issues(doc):
        index = int(re.match(r"indicator_results\[(\d+)\]", issue.path).group(1))
        assert index == index_of(issue.line), issue
        target = resolve(doc, issue.path)
        assert target is not None, issue
        if issue.code in {"garbled-cell", "impossible-value"}:
            assert target.garbled, issue


def test_vehicle_sanction_detection_change_recorded(doc: pp.BaselineAssessment) -> None:
    # seed 000 L1658: 3.7% -> 4.7% but "0.9 Pts"
    (issue,) = [i for i in table_issues(doc) if i.line == 1658]
    assert resolve(doc, issue.path).text == "0.9 Pts"
    assert "1.0 points" in issue.explanation


def test_text_rank_conflict_recorded(doc: pp.BaselineAssessment) -> None:
    # seed 000 L1514 "36 out of 37" vs text L250 "37th out of 37"
    (issue,) = [i for i in table_issues(doc) if i.line == 1514]
    assert resolve(doc, issue.path).text == "36 out of 37"
    assert "L250" in issue.explanation


def test_round_trip(doc: pp.BaselineAssessment) -> None:
    assert pp.from_json(type(doc), pp.to_json(doc)) == doc

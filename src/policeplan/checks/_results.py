"""Indicator results read row against row: ``rank-beyond-out-of`` and ``inconsistent-repeat``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .. import _lookup
from ..assessment import IndicatorResult, Rank
from ..errors import Issue
from ..figures import Figure
from ..query import Query

_RANK_TEXT = re.compile(r"(\d+)\s*=?\s*(?:st|nd|rd|th)?\s+out\s+of\s+(\d+)", re.I)

# -- rank-beyond-out-of ------------------------------------------------------------------


def _rank_cells(path: str, result: IndicatorResult) -> Iterator[tuple[str, Figure[Rank]]]:
    for column in ("msf_rank", "national_rank"):
        figure: Figure[Rank] | None = getattr(result, column)
        if figure is not None:
            yield f"{path}.{column}", figure


def ranks_beyond(results: Query[IndicatorResult]) -> Iterator[Issue]:
    """Rank cells kept as text because no valid rank could be read from them."""
    for index, result in enumerate(results):
        for path, figure in _rank_cells(f"indicator_results[{index}]", result):
            match = _RANK_TEXT.search(figure.text)
            if figure.value is None and match and int(match[1]) > int(match[2]):
                yield Issue(
                    path,
                    "rank-beyond-out-of",
                    f"rank {figure.text!r} puts the force beyond the {match[2]} it is ranked in",
                )


# -- inconsistent-repeat -----------------------------------------------------------------


def _cells(result: IndicatorResult) -> Iterator[tuple[str, str, Figure[Any] | None]]:
    """The comparable cells of a row (values matched by period) and their paths."""
    for position, observation in enumerate(result.values):
        period = observation.period
        yield f"{period.start}/{period.end}", f"values[{position}].figure", observation.figure
    for column in ("change", "msf_average", "msf_rank", "national_average", "national_rank"):
        yield column, column, getattr(result, column)


def _printed(figure: Figure[Any] | None) -> str | None:
    """What a cell shows: the printed figure without spacing, or why it is empty."""
    if figure is None:
        return None
    if figure.missing is not None:
        return figure.missing.value
    return "".join(figure.text.split())


def _repeat_groups(results: Query[IndicatorResult]) -> Iterator[list[int]]:
    """Rows of one indicator printed in several tables.

    The same name (ignoring case and spacing) and the same code where there is
    one. Within one table a name repeats only for different indicators ("Difference
    in % of applicants appointed" follows each pair of shares it compares).
    """
    groups: dict[tuple[str, str, str | None], list[int]] = {}
    for index, result in enumerate(results):
        key = (_lookup.force_key(result.force), _lookup.normalise(result.indicator), result.code)
        groups.setdefault(key, []).append(index)
    for members in groups.values():
        if len({results[i].table for i in members}) == len(members) > 1:
            yield members


def repeats(results: Query[IndicatorResult]) -> Iterator[Issue]:
    """Cells of a repeated indicator that differ from its other printings.

    The odd one out is reported where most printings agree; where they split
    evenly neither can be preferred, so every printing of the cell is reported.
    """
    for group in _repeat_groups(results):
        cells: dict[str, dict[int, tuple[str, str | None]]] = {}
        for index in group:
            for cell, path, figure in _cells(results[index]):
                cells.setdefault(cell, {})[index] = (path, _printed(figure))
        for printings in cells.values():
            shown = [text for _, text in printings.values()]
            tally = Counter(shown).most_common()
            if len(printings) < 2 or len(tally) < 2:
                continue
            majority = tally[0][0] if tally[0][1] > tally[1][1] else None
            for index, (path, text) in printings.items():
                if majority is not None and text == majority:
                    continue
                others = sorted({str(t) for t in shown} - {str(text)})
                yield Issue(
                    f"indicator_results[{index}].{path}",
                    "inconsistent-repeat",
                    f"{results[index].indicator!r} prints {text} in table "
                    f"{results[index].table} but {' / '.join(others)} elsewhere",
                )

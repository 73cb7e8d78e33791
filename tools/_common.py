"""Shared helpers for the scripts that transcribe the seed documents.

Run from the repository root. Seeds are read from ``sources/`` (or
``$POLICEPLAN_SEEDS``); line numbers are 1-based, as the code cites them.
"""

from __future__ import annotations

import os
import re
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import attrs

import policeplan as pp

SEEDS = Path(os.environ.get("POLICEPLAN_SEEDS", Path(__file__).resolve().parents[1] / "sources"))


@cache
def seed(prefix: str) -> list[str]:
    """The lines of the seed whose file name starts with ``prefix`` ("000"); index 0 is line 1."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8").split("\n")


def line(prefix: str, number: int) -> str:
    """Line ``number`` (1-based) of a seed, without its newline."""
    return seed(prefix)[number - 1]


def cells(prefix: str, number: int) -> list[str]:
    """The tab-separated cells of a line, stripped."""
    return [cell.strip() for cell in line(prefix, number).split("\t")]


def require(prefix: str, number: int, text: str) -> str:
    """Return ``text`` after checking it stands on that line of the seed (guards transcription)."""
    if text not in line(prefix, number):
        raise AssertionError(
            f"{prefix} L{number} does not contain {text!r}: {line(prefix, number)!r}"
        )
    return text


MISSING = {
    "*": pp.MissingReason.NOT_AVAILABLE,
    "N/A": pp.MissingReason.NOT_APPLICABLE,
    "n/a": pp.MissingReason.NOT_APPLICABLE,
    "-": pp.MissingReason.NOT_GIVEN,
    "–": pp.MissingReason.NOT_GIVEN,
    "": pp.MissingReason.NOT_GIVEN,
}

_NUMBER = r"[-+]?\d[\d,]*(?:\.\d*)?|[-+]?\.\d+"


def number(text: str) -> Decimal:
    """``"134,554"`` → 134554; ``"15."`` → 15; refuses anything else."""
    cleaned = text.replace(",", "").strip()
    if not re.fullmatch(r"[-+]?(?:\d+\.?\d*|\.\d+)", cleaned):
        raise ValueError(f"not a number: {text!r}")
    return Decimal(cleaned.rstrip(".") if cleaned.endswith(".") else cleaned)


def quantity(text: str, unit: pp.Unit | None = None, **rate: object) -> pp.Quantity:
    """Read a printed figure: ``"30.7%"``, ``"11.1 Pts"``, ``"-7.2 %"``, ``"£8,101,628"``.

    ``unit`` overrides the unit the text implies (e.g. ``Unit.PERCENT_CHANGE`` for
    a change column, ``Unit.RATE`` with ``per=1000, base="population"``).
    """
    raw = text.strip()
    body = raw
    implied = pp.Unit.COUNT
    if m := re.fullmatch(r"1\s*:\s*(" + _NUMBER + ")", body):
        return pp.Quantity(number(m.group(1)), unit or pp.Unit.RATIO)
    if body.lower().endswith("pts") or body.lower().endswith("pp"):
        body = re.sub(r"\s*(pts|pp)$", "", body, flags=re.I)
        implied = pp.Unit.PERCENTAGE_POINTS
    elif body.endswith("%"):
        body = body[:-1].strip()
        implied = pp.Unit.PERCENT
    elif body.startswith("£") or body.startswith("-£"):
        body = body.replace("£", "")
        implied = pp.Unit.GBP
    chosen = unit or implied
    kwargs = dict(rate)
    return pp.Quantity(number(body), chosen, **kwargs)  # type: ignore[arg-type]


def figure(
    text: str, unit: pp.Unit | None = None, *, garbled: bool = False, **rate: object
) -> pp.Figure[pp.Quantity]:
    """A table cell as a Figure: a value, or the missing-value reason of ``*``, ``N/A``, ``-``."""
    raw = text.strip()
    if raw in MISSING:
        return pp.Figure(text=raw or "", missing=MISSING[raw], garbled=garbled)
    return pp.Figure(text=raw, value=quantity(raw, unit, **rate), garbled=garbled)


def rank_figure(text: str) -> pp.Figure[pp.Rank]:
    raw = text.strip()
    if raw in MISSING:
        return pp.Figure(text=raw, missing=MISSING[raw])
    return pp.Figure(text=raw, value=pp.Rank.parse(raw))


def year(text: str) -> pp.FinancialYear:
    return pp.FinancialYear.parse(text)


def period(start: date, end: date, label: str, *, year_to_date: bool = True) -> pp.Period:
    return pp.Period(start=start, end=end, label=label, year_to_date=year_to_date)


def profile_figure(
    passage: str,
    where: str,
    text: str,
    printed: str,
    value: pp.Quantity,
    *,
    measure: str,
    section: str,
    target: tuple[str, pp.Quantity] | None = None,
    **more: object,
) -> pp.ProfileFigure:
    """A force-profile figure: ``printed`` as it stands in ``text``, which stands in ``passage``.

    ``where`` names the passage in the message if ``text`` is not there; a
    ``target`` is its printed text and value, which ``text`` must hold too.
    """
    assert text in passage, f"{where} lacks {text!r}"
    assert printed in text, (printed, text)
    if target is not None:
        assert target[0] in text, (target, text)
    return pp.ProfileFigure(
        measure=measure,
        figure=pp.Figure(text=printed, value=value),
        target=None if target is None else pp.Figure(text=target[0], value=target[1]),
        section=section,
        text=text,
        **more,  # type: ignore[arg-type]
    )


def write(dataset_id: str, document: object) -> Path:
    """Write a document as canonical JSON into the package data, after a round-trip check.

    The document gains its source's full text, block by block (see ``_text``).
    """
    from _text import text_of

    document = attrs.evolve(document, text=text_of(dataset_id))  # type: ignore[misc]
    cls = type(document)
    text = pp.to_json(document, indent=1) + "\n"
    assert pp.from_json(cls, text) == document, "round trip changed the document"
    out = (
        Path(__file__).resolve().parents[1] / "src" / "policeplan" / "data" / f"{dataset_id}.json"
    )
    out.write_text(text, "utf-8")
    return out

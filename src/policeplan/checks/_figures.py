"""What a printed figure allows: its amount, and how far rounding can have moved it."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..figures import Figure
from ..quantities import Quantity

_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d*))?")


def half_unit(figure: Figure[Any]) -> Decimal:
    """Half a unit in the last printed place: how far rounding can have moved the figure."""
    decimals = _DECIMALS.findall(figure.text)  # the digits after the point of each number
    places = len(decimals[-1]) if decimals else 0
    return Decimal(5).scaleb(-places - 1)


def amount(figure: Figure[Quantity] | None) -> Decimal | None:
    """The number a figure holds, or ``None`` for an absent or empty cell."""
    return figure.value.value if figure is not None and figure.value is not None else None


def bounds(figure: Figure[Quantity], value: Decimal) -> tuple[Decimal, Decimal]:
    """The range a printed figure can have been rounded from."""
    half = half_unit(figure)
    return value - half, value + half

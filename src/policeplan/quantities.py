"""Quantities: a decimal number with its unit, and which way is better."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import attrs

from . import _declare
from . import _validate as v
from .errors import shown

__all__ = ["Polarity", "Quantity", "Unit"]


class Unit(enum.Enum):
    """What a number counts.

    ``PERCENT`` is a share or rate written with "%"; detection rates above 100%
    occur (a detection can relate to an earlier year's offence), so it has no
    upper bound. ``PERCENT_CHANGE`` is a relative change ("-17.6%") and
    ``PERCENTAGE_POINTS`` a difference of two percentages ("11.1 Pts").
    ``RATE`` is per ``per`` of a ``base`` ("per 1,000 population"); ``RATIO``
    is the ``x`` of "1:x". ``SQUARE_MILES`` measures an area ("620 square miles").
    """

    COUNT = "count"
    PERCENT = "percent"
    PERCENT_CHANGE = "percent-change"
    PERCENTAGE_POINTS = "percentage-points"
    RATE = "rate"
    RATIO = "ratio"
    GBP = "gbp"
    DAYS = "days"
    HOURS = "hours"
    SECONDS = "seconds"
    SQUARE_MILES = "square-miles"

    @property
    def signed(self) -> bool:
        """Whether a negative value makes sense: changes, differences and money."""
        return self in _SIGNED


_SIGNED = frozenset({Unit.PERCENT_CHANGE, Unit.PERCENTAGE_POINTS, Unit.GBP})


class Polarity(enum.Enum):
    """Which direction of a measure is good news."""

    HIGHER_IS_BETTER = "higher-is-better"
    LOWER_IS_BETTER = "lower-is-better"
    NEUTRAL = "neutral"


def _value_in_range(instance: Quantity, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if instance is not None and not instance.unit.signed and value < 0:
        raise v.fail(
            f"a {instance.unit.value} figure cannot be negative, got {shown(value)}",
            code="out-of-range",
            field=attribute.name,
        )


_declare.inline(_value_in_range, "{0} >= 0 or {unit} in SIGNED", SIGNED=_SIGNED)


def _rate_base(instance: Quantity, attribute: attrs.Attribute[Any], value: object) -> None:
    if instance is None:
        return
    if instance.unit is Unit.RATE and value is None:
        raise v.fail(
            f"a rate needs its {attribute.name} (as in 'per 1,000 population')",
            code="missing-field",
            field=attribute.name,
        )
    if instance.unit is not Unit.RATE and value is not None:
        raise v.fail(
            f"only a rate has a {attribute.name}; this is a {instance.unit.value}",
            code="unexpected-field",
            field=attribute.name,
        )


_declare.inline(_rate_base, "({unit} is RATE) == ({0} is not None)", RATE=Unit.RATE)


@attrs.frozen(field_transformer=v.typed)
class Quantity:
    """A number and its unit.

    Examples:
        >>> Quantity(83, Unit.PERCENT)  # doctest: +NORMALIZE_WHITESPACE
        Quantity(value=Decimal('83'), unit=<Unit.PERCENT: 'percent'>,
                 per=None, base=None, scale=None)
        >>> str(Quantity("0.70", Unit.RATE, per=1000, base="population"))
        '0.70 per 1,000 population'
        >>> str(Quantity("1.2", Unit.GBP, scale="million"))
        '£1.2 million'
    """

    value: Decimal = attrs.field(converter=v.to_decimal, validator=_value_in_range)
    unit: Unit
    per: int | None = attrs.field(
        default=None, kw_only=True, validator=[v.at_least(1), _rate_base]
    )
    base: str | None = attrs.field(
        default=None, kw_only=True, validator=[v.optional_text, _rate_base]
    )
    scale: str | None = attrs.field(default=None, kw_only=True, validator=v.optional_text)

    def with_value(self, value: Decimal | int | str) -> Quantity:
        """The same kind of quantity (unit, rate base, scale) holding another value.

        Examples:
            >>> str(Quantity("0.70", Unit.RATE, per=1000, base="population").with_value("0.63"))
            '0.63 per 1,000 population'
        """
        return Quantity(value, self.unit, per=self.per, base=self.base, scale=self.scale)

    def __str__(self) -> str:
        number = f"{self.value:,}"
        scaled = f"{number} {self.scale}" if self.scale else number
        match self.unit:
            case Unit.PERCENT | Unit.PERCENT_CHANGE:
                return f"{number}%"
            case Unit.PERCENTAGE_POINTS:
                return f"{number} pp"
            case Unit.RATE:
                return f"{number} per {self.per:,} {self.base}"
            case Unit.RATIO:
                return f"1:{number}"
            case Unit.GBP:
                return f"-£{scaled[1:]}" if scaled.startswith("-") else f"£{scaled}"
            case Unit.COUNT:
                return scaled
            case Unit.SQUARE_MILES:
                return f"{number} square miles"
            case _:
                return f"{number} {self.unit.value}"


_declare.constrains(
    Quantity,
    **{
        "if": {"required": ["unit"], "properties": {"unit": {"const": Unit.RATE.value}}},
        "then": _declare.present("per", "base"),
        "else": {"properties": {"per": {"type": "null"}, "base": {"type": "null"}}},
    },
)

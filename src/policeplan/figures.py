"""Figures as printed in a table cell, and observations of a measure over time."""

from __future__ import annotations

import enum
from typing import Any, Generic, TypeVar

import attrs

from . import _declare
from . import _validate as v
from .periods import Period
from .quantities import Quantity

__all__ = ["Figure", "MissingReason", "Observation"]

T = TypeVar("T")


class MissingReason(enum.Enum):
    """Why a cell holds no value, as the source marks it."""

    NOT_AVAILABLE = "not-available"  # "*": not available at time of publication
    NOT_APPLICABLE = "not-applicable"  # "N/A"
    NOT_GIVEN = "not-given"  # "-" or an empty cell
    ILLEGIBLE = "illegible"  # the printed figure is truncated or garbled


def _value_or_reason(
    instance: Figure[Any], attribute: attrs.Attribute[Any], value: object
) -> None:
    if instance is None:
        return
    if instance.value is None and instance.missing is None:
        raise v.fail(
            "a figure without a value needs the reason it is missing",
            code="missing-field",
            field=attribute.name,
        )
    if instance.value is not None and instance.missing is not None:
        raise v.fail(
            "a figure cannot have both a value and a reason it is missing",
            code="conflicting-fields",
            field=attribute.name,
        )


_declare.inline(_value_or_reason, "({value} is None) != ({missing} is None)")


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Figure(Generic[T]):
    """One cell: the text as printed, the value read from it, or why there is none.

    ``garbled`` marks a cell whose printed value is kept but cannot be right
    (a "1000.0%" share); ``derived`` marks a value the source did not print.

    Examples:
        >>> from policeplan import Unit
        >>> Figure(text="30.7%", value=Quantity("30.7", Unit.PERCENT)).value.value
        Decimal('30.7')
        >>> Figure(text="*", missing=MissingReason.NOT_AVAILABLE).value is None
        True
    """

    text: str = attrs.field(validator=v.plain_text)
    value: T | None = None
    missing: MissingReason | None = attrs.field(default=None, validator=_value_or_reason)
    garbled: bool = False
    derived: bool = False

    @property
    def available(self) -> bool:
        return self.value is not None


_declare.constrains(Figure, oneOf=[_declare.present("value"), _declare.present("missing")])


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Observation:
    """A measured value for a period, possibly year-to-date.

    Examples:
        >>> from datetime import date
        >>> from policeplan import FinancialYear, Unit
        >>> obs = Observation(period=FinancialYear(2001).period(),
        ...                   figure=Figure(text="116027", value=Quantity(116027, Unit.COUNT)))
        >>> str(obs.value), obs.year_to_date
        ('116,027', False)
    """

    period: Period
    figure: Figure[Quantity]
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def value(self) -> Quantity | None:
        return self.figure.value

    @property
    def year_to_date(self) -> bool:
        return self.period.year_to_date

"""Targets: a closed family of kinds, each keeping the source's own words.

Every kind has ``text`` (verbatim), an optional ``label`` (the source's
numbering, such as ``"3)"``, which can disagree with the target's position)
and an optional ``year`` the target is set for.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, ClassVar

import attrs

from . import _declare
from . import _validate as v
from .periods import Deadline, FinancialYear, Period
from .quantities import Quantity

__all__ = [
    "ChangeTarget",
    "Comparator",
    "Direction",
    "DirectionTarget",
    "FromToTarget",
    "LevelTarget",
    "MilestoneTarget",
    "Target",
]


class Direction(enum.Enum):
    """Which way a target wants a measure to move."""

    INCREASE = "increase"
    REDUCE = "reduce"


class Comparator(enum.Enum):
    """How a target is met: reach at least, stay at most, or hit exactly."""

    AT_LEAST = "at-least"
    AT_MOST = "at-most"
    EXACTLY = "exactly"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class _TargetBase:
    kind: ClassVar[str]
    """Which kind of target: its tag in serialized form."""

    text: str = attrs.field(validator=v.text)
    label: str | None = attrs.field(default=None, validator=v.optional_text)
    year: FinancialYear | None = None


@_declare.tagged("kind", "level")
@attrs.frozen(kw_only=True, field_transformer=v.typed)
class LevelTarget(_TargetBase):
    """Reach a level: "83%", "29,856 by March 2004", "1:3.8".

    Examples:
        >>> from policeplan import Unit
        >>> target = LevelTarget(text="To achieve a clear-up rate of 83%",
        ...                      value=Quantity(83, Unit.PERCENT))
        >>> str(target.value), target.comparator.value
        ('83%', 'at-least')
    """

    value: Quantity
    comparator: Comparator = Comparator.AT_LEAST
    deadline: Deadline | None = None


@_declare.tagged("kind", "change")
@attrs.frozen(kw_only=True, field_transformer=v.typed)
class ChangeTarget(_TargetBase):
    """Change against a baseline: "10% below the level in 2002/03".

    ``amount`` is the size of the change (a per cent or a count); a second
    statement of it, such as the "(6,183)" of "+5% (6,183)", is
    ``equivalent_amount``.

    ``comparator`` says which side of the changed baseline meets the target.
    A reduction is met at or below it and an increase at or above it, unless
    the source says otherwise: "0% growth" in a crime count is a cap, an
    increase met ``AT_MOST``.

    Examples:
        >>> from policeplan import Unit
        >>> target = ChangeTarget(
        ...     text="To reduce street crime in 2003/04 to 10% below the level in 2002/03",
        ...     direction=Direction.REDUCE, amount=Quantity(10, Unit.PERCENT_CHANGE),
        ...     baseline=FinancialYear(2002).period(), year=FinancialYear(2003))
        >>> target.baseline.label, str(target.year), target.comparator.value
        ('2002/03', '2003/04', 'at-most')
        >>> cap = ChangeTarget(text="0% growth", direction=Direction.INCREASE,
        ...     amount=Quantity(0, Unit.PERCENT_CHANGE), comparator=Comparator.AT_MOST)
        >>> cap.comparator is Comparator.AT_MOST, cap.capped
        (True, True)
    """

    direction: Direction
    amount: Quantity
    baseline: Period | None = None
    equivalent_amount: Quantity | None = None
    deadline: Deadline | None = None
    comparator: Comparator = attrs.field()

    @comparator.default
    def _usual_comparator(self) -> Comparator:
        return Comparator.AT_MOST if self.direction is Direction.REDUCE else Comparator.AT_LEAST

    @property
    def capped(self) -> bool:
        """Whether the change is a limit rather than an aim: growth held at most to ``amount``."""
        return self.direction is Direction.INCREASE and self.comparator is Comparator.AT_MOST


@_declare.tagged("kind", "direction")
@attrs.frozen(kw_only=True, field_transformer=v.typed)
class DirectionTarget(_TargetBase):
    """Only a direction: "To increase the number of quality intelligence reports".

    Examples:
        >>> DirectionTarget(text="increase operations", direction=Direction.INCREASE).direction
        <Direction.INCREASE: 'increase'>
    """

    direction: Direction

    @property
    def deadline(self) -> None:
        """A direction has no deadline; here so that every target answers ``deadline``."""
        return None


@_declare.tagged("kind", "milestone")
@attrs.frozen(kw_only=True, field_transformer=v.typed)
class MilestoneTarget(_TargetBase):
    """Deliver something by one or more dates: "outline strategy by May 2003".

    ``effective_from`` is a start ("with effect from April 2003"), not a
    deadline. ``deadline`` is the last of ``deadlines``.

    Examples:
        >>> target = MilestoneTarget(text="Development of outline strategy by May 2003",
        ...                          deliverable="outline strategy",
        ...                          deadlines=(Deadline.parse("by May 2003"),))
        >>> target.deadline.date
        datetime.date(2003, 5, 31)
    """

    deliverable: str = attrs.field(validator=v.text)
    deadlines: tuple[Deadline, ...] = ()
    effective_from: date | None = attrs.field(default=None, validator=v.optional_day)

    @property
    def deadline(self) -> Deadline | None:
        return max(self.deadlines, key=lambda deadline: deadline.date, default=None)


def _same_unit(instance: Any, attribute: attrs.Attribute[Any], end: Quantity) -> None:
    if instance is not None and end.unit is not instance.start.unit:
        raise v.fail(
            f"a move from {instance.start.unit.value} to {end.unit.value} mixes units",
            code="unit-mismatch",
            field=attribute.name,
        )


@_declare.tagged("kind", "from-to")
@attrs.frozen(kw_only=True, field_transformer=v.typed)
class FromToTarget(_TargetBase):
    """Move from one level to another: "from £1.2m to £2m by 31/3/04".

    Examples:
        >>> from policeplan import Unit
        >>> target = FromToTarget(text="from 1, 868 to 1,961 by 31/3/04",
        ...                       start=Quantity(1868, Unit.COUNT), end=Quantity(1961, Unit.COUNT),
        ...                       deadline=Deadline.parse("31/3/04"))
        >>> target.end.value - target.start.value
        Decimal('93')
    """

    start: Quantity
    end: Quantity = attrs.field(validator=_same_unit)
    deadline: Deadline | None = None


Target = LevelTarget | ChangeTarget | DirectionTarget | MilestoneTarget | FromToTarget
"""Any target; serialized with a ``kind`` tag naming its class."""

"""What a verdict is made of: the status, the figures compared, the margin, the words."""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal

import attrs

from .. import _display
from .. import _validate as v
from ..quantities import Quantity, Unit
from ..targets import Target

__all__ = ["Attainment", "AttainmentStatus", "Comparison", "Margin"]


class AttainmentStatus(enum.Enum):
    """The verdict on a target; the track verdicts come from part-year figures.

    Examples:
        >>> AttainmentStatus.ON_TRACK.value
        'on-track'
    """

    MET = "met"
    NOT_MET = "not-met"
    ON_TRACK = "on-track"
    OFF_TRACK = "off-track"
    NOT_ASSESSABLE = "not-assessable"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Comparison:
    """The figures a verdict compared: ``actual`` against ``required``, from ``baseline``.

    ``required`` is in the unit of ``actual``; for a change it is the baseline
    moved by the change (a 10% reduction on 52,651 requires at most 47,385.9).

    Examples:
        >>> Comparison(actual=Quantity(58, Unit.COUNT), required=Quantity(44, Unit.COUNT)).baseline
    """

    actual: Quantity | None = None
    required: Quantity | None = None
    baseline: Quantity | None = None


NOTHING_COMPARED = Comparison()


@attrs.frozen(field_transformer=v.typed)
class Margin:
    """How far past (positive) or short of (negative) the requirement.

    Its own class because a `Quantity` of most units cannot
    be negative. The unit is the target's, except that a difference of two
    percentages is in percentage points.

    Examples:
        >>> margin = Margin(Decimal("-6.4"), Unit.PERCENTAGE_POINTS)
        >>> str(margin), str(margin.size)
        ('-6.4 pp', '6.4 pp')
    """

    value: Decimal = attrs.field(converter=v.to_decimal)
    unit: Unit
    per: int | None = attrs.field(default=None, kw_only=True)
    base: str | None = attrs.field(default=None, kw_only=True)
    scale: str | None = attrs.field(default=None, kw_only=True)

    @property
    def size(self) -> Quantity:
        """The margin without its sign, as a quantity."""
        return Quantity(abs(self.value), self.unit, per=self.per, base=self.base, scale=self.scale)

    @property
    def size_text(self) -> str:
        """The size as words: "1.7" rather than "1:1.7" for a ratio, which would read as one."""
        return f"{abs(self.value):,}" if self.unit is Unit.RATIO else str(self.size)

    def __str__(self) -> str:
        sign = "+" if self.value > 0 else "-" if self.value < 0 else ""
        return f"{sign}{self.size_text}"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Attainment:
    """A verdict on a target, what it compared, and why.

    ``target`` is ``None`` only for a progress figure that states no target.
    ``explanation`` is one line a person can read; it may be given as a
    function that writes it, so that the words cost nothing until asked for.
    Two attainments are equal when their facts are; the words follow from them.

    Examples:
        >>> from policeplan import Figure, FinancialYear, LevelTarget, Observation, evaluate
        >>> target = LevelTarget(text="80%", value=Quantity(80, Unit.PERCENT),
        ...                      year=FinancialYear(2002))
        >>> seen = Observation(period=FinancialYear(2002).period(),
        ...                    figure=Figure(text="73.6%", value=Quantity("73.6", Unit.PERCENT)))
        >>> result = evaluate(target, [seen])
        >>> result.status.value, str(result.margin)
        ('not-met', '-6.4 pp')
        >>> result.explanation
        '73.6% in 2002/03 does not meet the 2002/03 target of at least 80% (6.4 pp short)'
    """

    status: AttainmentStatus
    target: Target | None
    compared: Comparison = NOTHING_COMPARED
    margin: Margin | None = None
    reason: str | None = attrs.field(default=None, validator=v.optional_text)
    _words: str | Callable[[], str] = attrs.field(alias="explanation", eq=False, repr=False)

    @property
    def assessed(self) -> bool:
        """Whether the figures gave a verdict at all."""
        return self.status is not AttainmentStatus.NOT_ASSESSABLE

    @property
    def explanation(self) -> str:
        """The verdict in one line: what was compared with what, and by how much."""
        words = self._words
        return words if isinstance(words, str) else words()

    def __str__(self) -> str:
        return self.explanation

    def _repr_html_(self) -> str:
        return _display.card(self, str(self.status.value), (("explanation", self.explanation),))

"""What a plan's annexes state besides targets: consultation, inspections, comparisons, equality.

Each class keeps the source's words beside the figures read from them; a
figure the source does not print is never filled in.
"""

from __future__ import annotations

import attrs

from . import _validate as v
from .figures import Figure
from .periods import FinancialYear, Period
from .quantities import Quantity

__all__ = [
    "ConsultationResult",
    "ForceComparison",
    "InspectionActivity",
    "RaceEqualityProgress",
]


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class ConsultationResult:
    """A figure of a plan's consultation: responses counted, or a share of respondents.

    ``topic`` is what the figure is about, in the source's words where it has
    them; ``text`` is the sentence or list item that states the figure,
    verbatim.

    Examples:
        >>> from policeplan import Unit
        >>> result = ConsultationResult(
        ...     section="Crime focused objectives", topic="reducing violent crime",
        ...     figure=Figure(text="75%", value=Quantity(75, Unit.PERCENT)),
        ...     text="three quarters of respondents (75%) feel that efforts should be made "
        ...          "in reducing violent crime:")
        >>> str(result.figure.value)
        '75%'
    """

    section: str | None = attrs.field(default=None, validator=v.optional_text)
    topic: str = attrs.field(validator=v.text)
    figure: Figure[Quantity]
    text: str = attrs.field(validator=v.text)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class InspectionActivity:
    """An inspection a plan reports on, done or planned, with the counts it states.

    Every count is ``None`` where the source gives none: ``recommendations``
    made in all, ``repeated_recommendations`` among them, those addressed to
    the police (``police_recommendations``), further ``suggestions``, and the
    units (borough command units, criminal justice areas) the inspection
    covers. ``when`` is the source's date phrase ("published in March 2003");
    ``text`` the words that state the counts or the listing, verbatim.

    Examples:
        >>> activity = InspectionActivity(
        ...     section="HMIC National Thematic Inspections", title="Diversity Matters",
        ...     when="published in March 2003", recommendations=49)
        >>> activity.recommendations, activity.police_recommendations
        (49, None)
    """

    section: str | None = attrs.field(default=None, validator=v.optional_text)
    title: str = attrs.field(validator=v.text)
    when: str | None = attrs.field(default=None, validator=v.optional_text)
    recommendations: int | None = attrs.field(default=None, validator=v.at_least(0))
    repeated_recommendations: int | None = attrs.field(default=None, validator=v.at_least(0))
    police_recommendations: int | None = attrs.field(default=None, validator=v.at_least(0))
    suggestions: int | None = attrs.field(default=None, validator=v.at_least(0))
    units_covered: int | None = attrs.field(default=None, validator=v.at_least(0))
    text: str | None = attrs.field(default=None, validator=v.optional_text)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class ForceComparison:
    """A comparison of a force with its peers on one indicator, as a plan titles it.

    ``forces`` are the forces compared with, as the source names them. The
    comparison's figures are absent where the source printed them only as a
    chart that did not survive.

    Examples:
        >>> comparison = ForceComparison(
        ...     title="UK Metropolitan Police Force performance comparison for the number "
        ...           "of burglaries per 1,000 households (BVPI 126)",
        ...     reference="BVPI 126", year=FinancialYear(2001),
        ...     forces=("West Midlands", "Merseyside"))
        >>> str(comparison.year), len(comparison.forces)
        ('2001/02', 2)
    """

    title: str = attrs.field(validator=v.text)
    chart_title: str | None = attrs.field(default=None, validator=v.optional_text)
    reference: str | None = attrs.field(default=None, validator=v.optional_text)
    year: FinancialYear | None = None
    forces: tuple[str, ...] = attrs.field(default=(), validator=v.texts)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class RaceEqualityProgress:
    """A row of a race equality scheme's progress table: a duty and the progress on it.

    ``item`` names a part of the duty where the table breaks it down (the
    employment areas monitored, "Staff in post"); ``period`` is the span the
    progress covers, as the table's header gives it.

    Examples:
        >>> from datetime import date
        >>> row = RaceEqualityProgress(
        ...     duty="Employment", item="Staff in post", progress="Data collected",
        ...     period=Period(start=date(2002, 5, 31), end=date(2003, 3, 31),
        ...                   label="31/5/02 to 31/3/03"))
        >>> row.item, row.period.days
        ('Staff in post', 305)
    """

    duty: str = attrs.field(validator=v.text)
    item: str | None = attrs.field(default=None, validator=v.optional_text)
    progress: str = attrs.field(validator=v.text)
    period: Period | None = None

"""What a report says around its judgements: the force's profile, how it grades, its surveys."""

from __future__ import annotations

import enum

import attrs

from . import _validate as v
from .assessment import Grade, StandardJudgement
from .figures import Figure
from .periods import Period
from .quantities import Quantity

__all__ = ["GradeDefinition", "ProfileFigure", "SurveyAspect", "SurveyFigure"]


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class ProfileFigure:
    """One figure of a report's force overview, as the report states it.

    ``measure`` says what is counted; ``figure`` keeps the number as printed
    and its value. ``qualifier`` holds the words that hedge the number
    ("over", "approximately", "estimated", the "+" of "600+"): the value is
    the number printed, never a derived one. ``period`` is the period or date
    the text states the figure for, if it states one; ``target`` is the target
    the text sets the figure against; ``section`` is the heading it stands
    under and ``text`` the words it is read from, verbatim.

    Examples:
        >>> from policeplan import Unit
        >>> influx = ProfileFigure(
        ...     measure="daily influx of visitors and workers",
        ...     figure=Figure(text="5.5 million",
        ...                   value=Quantity("5.5", Unit.COUNT, scale="million")),
        ...     qualifier="approximately",
        ...     text="a daily influx of approximately 5.5 million visitors and workers")
        >>> f"{influx.qualifier} {influx.value}"
        'approximately 5.5 million'
    """

    measure: str = attrs.field(validator=v.text)
    figure: Figure[Quantity]
    qualifier: str | None = attrs.field(default=None, validator=v.optional_text)
    period: Period | None = None
    target: Figure[Quantity] | None = None
    section: str | None = attrs.field(default=None, validator=v.optional_text)
    text: str = attrs.field(validator=v.text)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def value(self) -> Quantity | None:
        return self.figure.value


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class GradeDefinition:
    """What a report says a grade means, verbatim.

    ``grade`` is on the scale the report uses (`Grade` or
    `StandardJudgement`); ``None`` marks text about the scale as a whole
    (how many grades there are, what they compare), where a report does not
    define each grade. ``section`` is the heading the text stands under.

    Examples:
        >>> fair = GradeDefinition(
        ...     grade=Grade.FAIR, section="The grading process",
        ...     text="Fair is the delivery of an acceptable level of service, which meets "
        ...          "national threshold standards where these exist.")
        >>> str(fair.grade), fair.text.startswith("Fair is")
        ('Fair', True)
    """

    grade: Grade | StandardJudgement | None = None
    text: str = attrs.field(validator=v.text)
    section: str | None = attrs.field(default=None, validator=v.optional_text)


class SurveyAspect(enum.Enum):
    """Which property of a survey a figure states."""

    SAMPLE_SIZE = "sample-size"
    CONFIDENCE_LEVEL = "confidence-level"
    CONFIDENCE_INTERVAL = "confidence-interval"
    SIGNIFICANCE_THRESHOLD = "significance-threshold"


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class SurveyFigure:
    """A figure of a report's survey method: a sample size, a confidence level or
    interval, or the difference that is statistically significant.

    ``survey`` names the survey it is stated for ("British Crime Survey (BCS)")
    and ``framework`` the framework whose indicators that survey supplies;
    both are ``None`` for a figure stated of surveys in general. ``qualifier``
    holds the words that hedge the number ("approximately", "usually");
    ``basis`` what the figure is per or for ("per BCU"). ``text`` is the
    sentence it is read from, verbatim, and ``footnotes`` the text of the
    footnotes that sentence cites.

    Examples:
        >>> from policeplan import Unit
        >>> bcs = SurveyFigure(
        ...     aspect=SurveyAspect.SIGNIFICANCE_THRESHOLD, survey="British Crime Survey (BCS)",
        ...     figure=Figure(text="four percentage points",
        ...                   value=Quantity(4, Unit.PERCENTAGE_POINTS)),
        ...     qualifier="around",
        ...     text="a difference of around four percentage points is required for the BCS "
        ...          "indicators")
        >>> str(bcs.value), bcs.aspect.value
        ('4 pp', 'significance-threshold')
    """

    aspect: SurveyAspect
    survey: str | None = attrs.field(default=None, validator=v.optional_text)
    framework: str | None = attrs.field(default=None, validator=v.optional_text)
    figure: Figure[Quantity]
    qualifier: str | None = attrs.field(default=None, validator=v.optional_text)
    basis: str | None = attrs.field(default=None, validator=v.optional_text)
    text: str = attrs.field(validator=v.text)
    footnotes: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def value(self) -> Quantity | None:
        return self.figure.value

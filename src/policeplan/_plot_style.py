"""What the plots share: grade colours and legends, labels, numbers matplotlib can draw."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

import matplotlib
from matplotlib.axes import Axes
from matplotlib.colors import BoundaryNorm, ListedColormap, to_hex
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from . import _lookup
from .assessment import DirectionOfTravel, Grade, Judgement
from .attainment import AttainmentStatus
from .improvement import AFIStatus
from .quantities import Quantity, Unit

# Worst to best, so that a grade's position is its level on a sequential scale.
GRADES_UPWARD = (Grade.POOR, Grade.FAIR, Grade.GOOD, Grade.EXCELLENT)
GRADE_LEVEL = {grade: level for level, grade in enumerate(GRADES_UPWARD)}
GRADE_WORD = {grade: grade.name.capitalize() for grade in Grade}

# Sampled from a sequential map so that Excellent is darkest, and stopping
# short of white so that Poor stays distinct from the background.
_SHADES = matplotlib.colormaps["Blues"]([0.25, 0.5, 0.75, 1.0])
GRADE_COLOURS = {grade: to_hex(_SHADES[GRADE_LEVEL[grade]]) for grade in Grade}
GRADE_CMAP = ListedColormap([GRADE_COLOURS[grade] for grade in GRADES_UPWARD], name="grades")
GRADE_NORM = BoundaryNorm([-0.5, 0.5, 1.5, 2.5, 3.5], GRADE_CMAP.N)

NOT_GRADED_COLOUR = "#e0e0e0"
NOT_GRADED_HATCH = "///"
NOT_GRADED_GID = "not-graded"
HIGHLIGHT_COLOUR = "#e6550d"


class Mark(NamedTuple):
    """How a direction of travel is marked in a cell."""

    marker: str
    colour: str
    label: str


DIRECTION_MARKS = {
    DirectionOfTravel.IMPROVED: Mark("^", "#31a354", "Improved"),
    DirectionOfTravel.DETERIORATED: Mark("v", "#de2d26", "Deteriorated"),
}

# Resolved statuses first, so the bars read from done to still open.
AFI_STATUS_ORDER = (
    AFIStatus.COMPLETED,
    AFIStatus.NO_FURTHER_ACTION,
    AFIStatus.WORK_IN_PROGRESS,
    AFIStatus.UPDATE_AWAITED,
)
AFI_STATUS_COLOURS = {
    AFIStatus.COMPLETED: "#1a9850",
    AFIStatus.NO_FURTHER_ACTION: "#a6d96a",
    AFIStatus.WORK_IN_PROGRESS: "#fdae61",
    AFIStatus.UPDATE_AWAITED: "#bababa",
}

VERDICT_COLOURS = {
    AttainmentStatus.MET: "#1a9850",
    AttainmentStatus.ON_TRACK: "#1a9850",
    AttainmentStatus.NOT_MET: "#d73027",
    AttainmentStatus.OFF_TRACK: "#d73027",
    AttainmentStatus.NOT_ASSESSABLE: "#636363",
}


def words(member: AFIStatus | AttainmentStatus) -> str:
    """ "work-in-progress" as "Work in progress"."""
    return str(member.value).replace("-", " ").capitalize()


def grade_of(judgement: Judgement | None) -> Grade | None:
    """The judgement's grade on the four-point scale, refusing the 2008 standard scale."""
    if judgement is None or judgement.grade is None:
        return None
    if not isinstance(judgement.grade, Grade):
        raise ValueError(
            f"{judgement.force} on {judgement.framework} is judged on the standard scale "
            f"({judgement.grade.value}); these plots show Excellent to Poor grades"
        )
    return judgement.grade


def level(grade: Grade | None) -> int:
    """The grade's position on the colour scale; -1, drawn blank, for no grade."""
    return -1 if grade is None else GRADE_LEVEL[grade]


def is_dark(grade: Grade) -> bool:
    """Whether text on this grade's colour needs to be light to be read."""
    return GRADE_LEVEL[grade] >= GRADE_LEVEL[Grade.GOOD]


def resolve_force(forces: Iterable[str], force: str) -> str:
    """The force as the document spells it ("Metropolitan Police" finds "MPS")."""
    spelled = tuple(forces)
    table = {_lookup.force_key(name): name for name in spelled}
    return _lookup.find(table, _lookup.force_key(force), f"force {force!r}", spelled)


def hatch_not_graded(ax: Axes, x: float, y: float, width: float = 1.0) -> None:
    """Cover the cell centred on (x, y) so that an ungraded cell never reads as a grade."""
    ax.add_patch(
        Rectangle(
            (x - width / 2, y - 0.5),
            width,
            1.0,
            facecolor=NOT_GRADED_COLOUR,
            hatch=NOT_GRADED_HATCH,
            edgecolor="#9e9e9e",
            linewidth=0,
            gid=NOT_GRADED_GID,
        )
    )


def grade_legend_handles(*, not_graded: bool = True) -> list[Patch]:
    handles = [
        Patch(facecolor=GRADE_COLOURS[grade], edgecolor="none", label=GRADE_WORD[grade])
        for grade in Grade
    ]
    if not_graded:
        handles.append(
            Patch(
                facecolor=NOT_GRADED_COLOUR,
                hatch=NOT_GRADED_HATCH,
                edgecolor="#9e9e9e",
                label="Not graded",
            )
        )
    return handles


def direction_legend_handles() -> list[Line2D]:
    return [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=mark.marker,
            color=mark.colour,
            markeredgecolor="#333333",
            markersize=8,
            label=mark.label,
        )
        for mark in DIRECTION_MARKS.values()
    ]


def number(value: Decimal) -> float:
    return float(value)


def unit_label(quantity: Quantity) -> str:
    """The y-axis label for values of this quantity's kind."""
    match quantity.unit:
        case Unit.PERCENT:
            return "%"
        case Unit.PERCENT_CHANGE:
            return "% change"
        case Unit.PERCENTAGE_POINTS:
            return "percentage points"
        case Unit.RATE:
            return f"per {quantity.per:,} {quantity.base}"
        case Unit.RATIO:
            return "ratio (1:x)"
        case Unit.GBP:
            return f"£ {quantity.scale}" if quantity.scale else "£"
        case Unit.COUNT:
            return f"count ({quantity.scale})" if quantity.scale else "count"
        case _:
            return str(quantity.unit.value)


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"

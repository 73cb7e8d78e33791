"""Drawing grades: the force × framework matrix, a force's column, peers' bars, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

from . import _lookup
from . import _plot_style as style
from .assessment import Grade, Judgement, framework_index
from .baseline import BaselineAssessment
from .inspection import GradeDistribution

Grid = list[list[Judgement | None]]


def judgement_grid(base: BaselineAssessment, forces: Sequence[str]) -> Grid:
    """Each force's judgement on each framework, rows and columns in document order."""
    column = {fw.key: index for index, fw in enumerate(base.frameworks)}
    names = framework_index(base.frameworks)
    row = {force: index for index, force in enumerate(forces)}
    grid: Grid = [[None] * len(column) for _ in forces]
    for judgement in base.judgements:
        if judgement.force in row:
            key = names[_lookup.normalise(judgement.framework)].key
            grid[row[judgement.force]][column[key]] = judgement
    return grid


def draw_grades(ax: Axes, grid: Grid) -> None:
    """The grades as an image, one cell per judgement; ungraded cells hatched."""
    ax.imshow(
        [[style.level(style.grade_of(j)) for j in row] for row in grid],
        cmap=style.GRADE_CMAP.with_extremes(under="white"),
        norm=style.GRADE_NORM,
        aspect="auto",
        interpolation="nearest",
    )
    for y, row in enumerate(grid):
        for x, judgement in enumerate(row):
            if judgement is not None and judgement.grade is None:
                style.hatch_not_graded(ax, x, y)


def draw_directions(ax: Axes, grid: Grid) -> None:
    """A marker in each cell whose grade improved or deteriorated, one scatter per direction."""
    for direction, mark in style.DIRECTION_MARKS.items():
        cells = [
            (x, y)
            for y, row in enumerate(grid)
            for x, judgement in enumerate(row)
            if judgement is not None and judgement.direction is direction
        ]
        ax.scatter(
            [x for x, _ in cells],
            [y for _, y in cells],
            s=42,
            marker=mark.marker,
            c=mark.colour,
            edgecolors="#333333",
            linewidths=0.5,
            gid=direction.value,
            zorder=3,
        )


def label_matrix(ax: Axes, codes: Sequence[str], forces: Sequence[str]) -> None:
    ax.set_xticks(range(len(codes)), codes, fontsize=8)
    ax.set_yticks(range(len(forces)), forces, fontsize=8)
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    ax.set_xlabel("Framework")
    ax.set_ylabel("Force")
    # Thin white gaps keep neighbouring cells of one grade apart.
    ax.set_xticks([x - 0.5 for x in range(1, len(codes))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(forces))], minor=True)
    ax.grid(which="minor", color="white", linewidth=0.6)
    ax.tick_params(which="both", length=0)
    for side in ax.spines.values():
        side.set_visible(False)


def outline_row(ax: Axes, row: int, columns: int) -> None:
    ax.add_patch(
        Rectangle(
            (-0.5, row - 0.5),
            columns,
            1.0,
            fill=False,
            edgecolor=style.HIGHLIGHT_COLOUR,
            linewidth=2.0,
            gid="highlight",
            zorder=4,
            clip_on=False,
        )
    )
    label = ax.get_yticklabels()[row]
    label.set_fontweight("bold")
    label.set_color(style.HIGHLIGHT_COLOUR)


def draw_own_grades(ax: Axes, name: str, column: Sequence[Judgement | None]) -> None:
    """One force's grades as a one-column image, each cell naming its grade."""
    draw_grades(ax, [[judgement] for judgement in column])
    for y, judgement in enumerate(column):
        grade = style.grade_of(judgement)
        if grade is not None:
            colour = "white" if style.is_dark(grade) else "black"
            ax.text(0, y, style.GRADE_WORD[grade], ha="center", va="center", fontsize=8, c=colour)
    ax.set_xticks([0], [name], fontweight="bold")
    ax.set_yticks([y - 0.5 for y in range(1, len(column))], minor=True)
    ax.grid(which="minor", axis="y", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0)


def draw_peer_counts(ax: Axes, peer_rows: Grid) -> None:
    """Per framework, how many peers got each grade: bars stacked best grade first."""
    columns = list(zip(*peer_rows, strict=True))
    counts = [Counter(style.grade_of(j) for j in column if j is not None) for column in columns]
    lefts = [0] * len(columns)
    for grade in (*Grade, None):
        widths = [count[grade] for count in counts]
        bars = ax.barh(
            range(len(columns)),
            widths,
            left=lefts,
            height=0.8,
            color=style.NOT_GRADED_COLOUR if grade is None else style.GRADE_COLOURS[grade],
            hatch=style.NOT_GRADED_HATCH if grade is None else None,
            edgecolor="white",
            label="Not graded" if grade is None else style.GRADE_WORD[grade],
        )
        ax.bar_label(
            bars,
            labels=[str(width) if width else "" for width in widths],
            label_type="center",
            fontsize=8,
            color="white" if grade is not None and style.is_dark(grade) else "black",
        )
        lefts = [left + width for left, width in zip(lefts, widths, strict=True)]
    ax.set_xlim(0, len(peer_rows))
    ax.set_xticks(range(len(peer_rows) + 1))
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def draw_distribution(ax: Axes, counts: GradeDistribution, grade: Grade | None, name: str) -> None:
    """One bar per grade, best first; the bar of ``grade`` outlined and annotated."""
    bars = ax.bar(
        [style.GRADE_WORD[g] for g in Grade],
        [counts[g] for g in Grade],
        color=[style.GRADE_COLOURS[g] for g in Grade],
        edgecolor=[style.HIGHLIGHT_COLOUR if g is grade else "none" for g in Grade],
        linewidth=3,
    )
    ax.bar_label(bars, padding=2)
    # Head room for the annotation above the tallest bar.
    ax.set_ylim(0, max(counts[g] for g in Grade) * 1.5 + 1)
    if grade is None:
        ax.set_title(f"{name} has no grade here", fontsize=9, color="#636363")
    else:
        own = bars[list(Grade).index(grade)]
        own.set_gid("force-grade")
        ax.annotate(
            f"{name}: {style.GRADE_WORD[grade]}\n"
            f"{counts.better_than(grade)} of {counts.total} forces graded higher",
            xy=(own.get_x() + own.get_width() / 2, own.get_height()),
            xytext=(0, 40),
            textcoords="offset points",
            ha="center",
            color=style.HIGHLIGHT_COLOUR,
            fontweight="bold",
            # Stop short of the bar's top, where its count is written.
            arrowprops={"arrowstyle": "-|>", "color": style.HIGHLIGHT_COLOUR, "shrinkB": 16},
        )
    ax.set_xlabel("Grade")
    ax.set_ylabel("Forces")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

"""Drawing progress: observations against a requirement, and AFIs by status."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from . import _plot_style as style
from .attainment import Comparison
from .figures import Observation
from .improvement import FrameworkProgress
from .quantities import Quantity


def same_kind(value: Quantity, reference: Quantity | None) -> bool:
    """Whether two quantities can share an axis: the same unit, rate base and scale."""
    if reference is None:
        return True
    return (value.unit, value.per, value.base, value.scale) == (
        reference.unit,
        reference.per,
        reference.base,
        reference.scale,
    )


def draw_observations(
    ax: Axes, seen: Sequence[Observation], reference: Quantity | None, colour: str
) -> int:
    """Each valued observation of the reference's kind as a labelled point; how many drawn.

    A part-year figure is hollow, so it is not read as a year's outcome.
    """
    points = [
        (x, o.value, o.year_to_date)
        for x, o in enumerate(seen)
        if o.value is not None and same_kind(o.value, reference)
    ]
    ax.scatter(
        [x for x, _, _ in points],
        [style.number(value.value) for _, value, _ in points],
        s=60,
        c=["white" if part_year else colour for _, _, part_year in points],
        edgecolors=colour,
        linewidths=2,
        zorder=3,
        gid="observations",
    )
    for x, value, _ in points:
        ax.annotate(
            str(value),
            (x, style.number(value.value)),
            xytext=(8, 6),
            textcoords="offset points",
            fontsize=9,
        )
    ax.set_xticks(range(len(seen)), [_period_label(o) for o in seen])
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,g}"))
    ax.set_xlim(-0.6, max(len(seen), 2) - 0.4)
    return len(points)


def draw_comparison(
    ax: Axes, compared: Comparison, reference: Quantity | None, colour: str
) -> None:
    """The required figure (dashed) and its baseline (dotted), where the verdict had them."""
    lines = (
        (compared.required, "Required", "--", colour),
        (compared.baseline, "Baseline", ":", "#636363"),
    )
    drawn = False
    for quantity, what, dashes, line_colour in lines:
        if quantity is not None and same_kind(quantity, reference):
            ax.axhline(
                style.number(quantity.value),
                linestyle=dashes,
                color=line_colour,
                label=f"{what}: {quantity}",
                gid=what.lower(),
            )
            drawn = True
    if drawn:
        ax.legend(loc="best", frameon=False, fontsize=9)


def _period_label(observation: Observation) -> str:
    period = observation.period
    label = period.label or f"{period.start} to {period.end}"
    if observation.year_to_date:
        label += "\n(year to date)"
    if observation.value is None:
        label += f"\nno figure ({observation.figure.text})"
    return label


def draw_afi_bars(ax: Axes, rows: Collection[FrameworkProgress]) -> None:
    """Status segments per framework inside a dashed outline of the stated AFI count."""
    ys = range(len(rows))
    stated = [f.afi_count or 0 for f in rows]
    ax.barh(
        ys,
        stated,
        height=0.84,
        fill=False,
        edgecolor="#404040",
        linestyle="--",
        linewidth=1,
        label="Stated AFI count",
        gid="stated-total",
    )
    lefts = [0] * len(rows)
    for status in style.AFI_STATUS_ORDER:
        widths = [f.count(status) or 0 for f in rows]
        bars = ax.barh(
            ys,
            widths,
            left=lefts,
            height=0.6,
            color=style.AFI_STATUS_COLOURS[status],
            edgecolor="white",
            label=style.words(status),
        )
        ax.bar_label(
            bars, labels=[str(w) if w else "" for w in widths], label_type="center", fontsize=8
        )
        lefts = [left + width for left, width in zip(lefts, widths, strict=True)]
    for y, framework in enumerate(rows):
        ax.text(
            max(lefts[y], stated[y]) + 0.4,
            y,
            _count_note(framework),
            va="center",
            fontsize=8,
            color="#404040",
        )
    ax.set_yticks(ys, [style.shorten(f.framework, 48) for f in rows], fontsize=9)
    ax.invert_yaxis()
    # Room at the right for the notes after the longest bar.
    ax.set_xlim(0, max([*lefts, *stated, 1]) * 1.25)
    ax.set_xlabel("Areas for improvement")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="Status")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _count_note(framework: FrameworkProgress) -> str:
    note = "no count" if framework.afi_count is None else f"{framework.afi_count} stated"
    return note if framework.status_counts else f"{note}, no status given"

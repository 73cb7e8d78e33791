"""Figures of grades, peers, distributions, attainment and improvement progress.

Each function returns a `matplotlib.figure.Figure` built without pyplot, so
it renders headless (`fig.savefig("grades.png")`) and shows in a notebook
when it is the cell's value. This module needs matplotlib, which policeplan's
``plot`` extra installs (``python -m pip install '.[plot]'`` in a checkout);
``import policeplan`` alone never imports it.

Examples:
    >>> import policeplan as pp
    >>> from policeplan import plot
    >>> fig = plot.grade_matrix(pp.datasets.load("hmic-baseline-2005"))
    >>> fig.get_suptitle()
    'HMIC baseline assessment 2004/05: grades of 43 forces on 27 frameworks'
"""

from __future__ import annotations

from ._optional import require

require("matplotlib", needed_by="policeplan.plot")  # first, so that its absence names the extra

from collections.abc import Iterable
from datetime import date

from matplotlib.figure import Figure

from . import _lookup
from . import _plot_grades as grades
from . import _plot_progress as progress
from . import _plot_style as style
from .attainment import evaluate
from .baseline import BaselineAssessment
from .errors import NotFoundError
from .figures import Observation
from .improvement import ImprovementPlan
from .inspection import Inspection
from .quantities import Polarity
from .targets import LevelTarget, Target

__all__ = ["afi_status", "attainment", "distribution", "grade_matrix", "peers"]


def grade_matrix(base: BaselineAssessment, *, force: str | None = None) -> Figure:
    """Every force's grade on every framework: the national matrix of a baseline.

    Rows are the forces and columns the frameworks (by code), both in the
    document's order. Darker cells are better grades; a hatched grey cell was
    not graded. A green ▲ marks a grade that improved and a red ▼ one that
    deteriorated; a stable or unstated direction has no mark. The row of
    ``force`` (by default the document's own force) is outlined.

    Args:
        base: A baseline assessment with its national judgements.
        force: The force whose row to highlight.

    Returns:
        A figure with one axes holding the matrix as an image.

    Raises:
        NotFoundError: ``force`` is not one of the forces judged.

    Examples:
        >>> import policeplan as pp
        >>> base = pp.datasets.load("hmic-baseline-2005")
        >>> fig = grade_matrix(base, force="Kent")
        >>> len(fig.axes), fig.axes[0].images[0].get_array().shape
        (1, (43, 27))
    """
    forces = base.forces
    highlighted = style.resolve_force(forces, force) if force is not None else base.force
    grid = grades.judgement_grid(base, forces)
    fig = Figure(figsize=(11, 12.5), layout="constrained")
    ax = fig.add_subplot()
    grades.draw_grades(ax, grid)
    grades.draw_directions(ax, grid)
    grades.label_matrix(ax, [fw.key for fw in base.frameworks], forces)
    if highlighted in forces:
        grades.outline_row(ax, forces.index(highlighted), len(base.frameworks))
    ax.legend(
        handles=[*style.grade_legend_handles(), *style.direction_legend_handles()],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        title="Grade and direction",
        frameon=False,
    )
    fig.suptitle(
        f"HMIC baseline assessment {base.year}: grades of {len(forces)} forces on "
        f"{len(base.frameworks)} frameworks"
    )
    return fig


def peers(
    base: BaselineAssessment, force: str | None = None, *, group: Iterable[str] | None = None
) -> Figure:
    """A force's grade on each framework beside the grades of its most similar forces.

    The left column shows the force's own grade per framework; the bars to
    its right count how many of the most similar forces (MSF) received each
    grade, best first, so the segments left of the force's colour are the
    peers graded higher. Grades are used rather than indicator values because
    the baseline grades every force on every framework, while its indicator
    tables give one force's figures and only the MSF average.

    Args:
        base: A baseline assessment with its national judgements.
        force: The force to compare; by default the document's own force.
        group: The forces to compare it with. By default the document's MSF
            group, which it states for its own force only.

    Returns:
        A figure with two axes sharing the framework rows: the force's grade
        as an image, and the peers' grades as stacked horizontal bars.

    Raises:
        NotFoundError: ``force`` or a member of ``group`` is not judged.
        ValueError: No group is known for ``force``.

    Examples:
        >>> import policeplan as pp
        >>> fig = peers(pp.datasets.load("hmic-baseline-2005"))
        >>> len(fig.axes)
        2
    """
    forces = base.forces
    name = style.resolve_force(forces, force if force is not None else base.force)
    if group is None:
        if _lookup.force_key(name) != _lookup.force_key(base.force):
            raise ValueError(
                f"the document names the most similar forces of {base.force} only; "
                f"give group= to compare {name}"
            )
        group = base.msf_group
    members = [style.resolve_force(forces, member) for member in group]
    if not members:
        raise ValueError(f"no most similar forces to compare {name} with")
    grid = grades.judgement_grid(base, [name, *members])
    fig = Figure(figsize=(10, 9.5), layout="constrained")
    own_ax, peer_ax = fig.subplots(1, 2, sharey=True, width_ratios=[1, 4])
    grades.draw_own_grades(own_ax, name, grid[0])
    own_ax.set_yticks(
        range(len(base.frameworks)),
        [style.shorten(f"{fw.key} {fw.name}", 44) for fw in base.frameworks],
        fontsize=8,
    )
    grades.draw_peer_counts(peer_ax, grid[1:])
    peer_ax.set_xlabel(style.wrap(f"Most similar forces: {', '.join(members)}", 60))
    peer_ax.legend(
        handles=style.grade_legend_handles(),
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        title="Grade",
        frameon=False,
    )
    fig.suptitle(f"{name} beside its most similar forces: baseline grades {base.year}")
    return fig


def distribution(inspection: Inspection, area: str, *, force: str | None = None) -> Figure:
    """The national grade counts for one inspected area, with a force's own grade marked.

    One bar per grade, Excellent to Poor, each labelled with its count. The
    bar of the force's grade is outlined and annotated with how many forces
    were graded higher.

    Args:
        inspection: An inspection report that gives national distributions.
        area: The inspected area (name or alias), as in `Inspection.distribution`.
        force: The force to mark; by default the inspected force.

    Returns:
        A figure with one axes of four bars.

    Raises:
        NotFoundError: The report gives no distribution for ``area``.

    Examples:
        >>> import policeplan as pp
        >>> insp = pp.datasets.load("hmic-inspection-2007")
        >>> fig = distribution(insp, "Domestic violence")
        >>> [int(bar.get_height()) for bar in fig.axes[0].containers[0]]
        [1, 13, 27, 2]
    """
    counts = inspection.distribution(area)
    framework = inspection.framework(area)
    name = force if force is not None else inspection.force
    try:
        grade = style.grade_of(inspection.judgement(name, framework.key))
    except NotFoundError:
        grade = None
    fig = Figure(figsize=(7, 4.8), layout="constrained")
    grades.draw_distribution(fig.add_subplot(), counts, grade, name)
    source = inspection.source
    fig.suptitle(
        f"{framework.name}: grades of {counts.total} forces\n"
        f"{style.shorten(source.title, 60)}, {source.date:%B %Y}"
    )
    return fig


def attainment(
    target: Target,
    observations: Iterable[Observation],
    *,
    as_of: date | None = None,
    polarity: Polarity | None = None,
    title: str | None = None,
) -> Figure:
    """A target's observations over time against the level required, with the verdict.

    Takes what `policeplan.evaluate` takes, because a measure can have several
    targets and several series; pick the pair to judge, as with `evaluate`.
    Each observation with a value is a point, labelled with its figure; a
    hollow point is a part-year (year-to-date) figure. The dashed line is
    the figure the verdict required and the dotted line the baseline it was
    moved from, when the verdict compared them. The title gives the verdict
    and its one-line explanation.

    Args:
        target: The target to judge.
        observations: The observations of its measure, in the order to plot.
        as_of: Passed to `evaluate`.
        polarity: Passed to `evaluate`.
        title: The heading; by default the target's own words.

    Returns:
        A figure with one axes.

    Examples:
        >>> import policeplan as pp
        >>> target = pp.LevelTarget(text="80% of 999 calls answered within 15 seconds",
        ...                         value=pp.Quantity(80, pp.Unit.PERCENT),
        ...                         year=pp.FinancialYear(2002))
        >>> seen = pp.Observation(period=pp.FinancialYear(2002).period(),
        ...     figure=pp.Figure(text="79.7%", value=pp.Quantity("79.7", pp.Unit.PERCENT)))
        >>> fig = attainment(target, [seen])
        >>> fig.axes[0].get_title(loc="left").startswith("Not met: 79.7% in 2002/03")
        True
    """
    seen = tuple(observations)
    result = evaluate(target, seen, as_of=as_of, polarity=polarity)
    reference = result.compared.actual or next(
        (o.value for o in seen if o.value is not None), None
    )
    if reference is None and isinstance(target, LevelTarget):
        reference = target.value
    colour = style.VERDICT_COLOURS[result.status]
    fig = Figure(figsize=(8, 5), layout="constrained")
    ax = fig.add_subplot()
    drawn = progress.draw_observations(ax, seen, reference, colour)
    progress.draw_comparison(ax, result.compared, reference, colour)
    if reference is not None:
        ax.set_ylabel(style.unit_label(reference))
    if drawn < sum(1 for o in seen if o.value is not None):
        ax.set_xlabel("figures in another unit are not shown", fontsize=8, color="#636363")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.suptitle(style.wrap(title or target.text, 80), fontweight="bold")
    verdict = f"{style.words(result.status)}: {result.explanation}"
    ax.set_title(style.wrap(verdict, 95), loc="left", fontsize=9, color=colour)
    return fig


def afi_status(impr: ImprovementPlan) -> Figure:
    """An improvement plan's areas for improvement (AFIs) by framework and status.

    One stacked horizontal bar per framework, in the report's order, with a
    segment per status (resolved statuses first). A dashed outline shows the
    framework's AFI count where the report states one; the report's status
    counts need not add up to it, and nothing is inferred for the gap.

    Args:
        impr: An improvement plan with per-framework progress.

    Returns:
        A figure with one axes.

    Examples:
        >>> import policeplan as pp
        >>> fig = afi_status(pp.datasets.load("mpa-improvement-plan-2007"))
        >>> [c.get_label() for c in fig.axes[0].containers][:2]
        ['Stated AFI count', 'Completed']
    """
    rows = impr.frameworks
    fig = Figure(figsize=(10, 0.34 * len(rows) + 2.2), layout="constrained")
    progress.draw_afi_bars(fig.add_subplot(), rows)
    fig.suptitle(
        style.wrap(f"{impr.source.title}: {impr.total_afis} areas for improvement by status", 90)
    )
    return fig

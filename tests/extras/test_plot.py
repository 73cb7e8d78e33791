"""The plots render headless and draw what the data says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.text import Text

import policeplan as pp
from policeplan import plot

# No pyplot is imported, so the backend can be chosen after the imports.
matplotlib.use("Agg")

GRADE_LEVEL = {pp.Grade.POOR: 0, pp.Grade.FAIR: 1, pp.Grade.GOOD: 2, pp.Grade.EXCELLENT: 3}


@pytest.fixture(scope="module")
def base() -> pp.BaselineAssessment:
    return pp.datasets.load("hmic-baseline-2005")


def rendered(fig: Figure, tmp_path: Path) -> Figure:
    """Draw the figure on an Agg canvas and save it, as a notebook or a docs build would."""
    FigureCanvasAgg(fig)
    fig.canvas.draw()
    png = tmp_path / "figure.png"
    fig.savefig(png)
    assert png.stat().st_size > 10_000
    return fig


def labels(ticks: list[Text]) -> list[str]:
    return [tick.get_text() for tick in ticks]


def scatter(ax: Axes, gid: str) -> PathCollection:
    (found,) = [c for c in ax.collections if c.get_gid() == gid]
    assert isinstance(found, PathCollection)
    return found


def bars(ax: Axes, label: str) -> BarContainer:
    (found,) = [c for c in ax.containers if c.get_label() == label]
    assert isinstance(found, BarContainer)
    return found


def test_grade_matrix_draws_every_force_on_every_framework(
    base: pp.BaselineAssessment, tmp_path: Path
) -> None:
    (ax,) = rendered(plot.grade_matrix(base), tmp_path).axes
    (image,) = ax.images
    cells = image.get_array()
    assert cells.shape == (43, 27)
    assert labels(ax.get_xticklabels()) == [fw.code for fw in base.frameworks]
    assert labels(ax.get_yticklabels()) == list(base.forces)
    for judgement in base.judgements:
        row = base.forces.index(judgement.force)
        column = [fw.key for fw in base.frameworks].index(judgement.framework)
        expected = -1 if judgement.grade is None else GRADE_LEVEL[judgement.grade]
        assert cells[row, column] == expected, judgement


def test_grade_matrix_marks_ungraded_cells_and_directions(
    base: pp.BaselineAssessment, tmp_path: Path
) -> None:
    (ax,) = rendered(plot.grade_matrix(base), tmp_path).axes
    hatched = [p for p in ax.patches if p.get_gid() == "not-graded"]
    assert len(hatched) == sum(1 for j in base.judgements if j.grade is None) == 43
    for direction in (pp.DirectionOfTravel.IMPROVED, pp.DirectionOfTravel.DETERIORATED):
        marked = scatter(ax, direction.value).get_offsets()
        expected = {
            (
                [fw.key for fw in base.frameworks].index(j.framework),
                base.forces.index(j.force),
            )
            for j in base.judgements.where(direction=direction)
        }
        assert len(marked) == len(expected)
        assert {(int(x), int(y)) for x, y in marked} == expected
    legend = labels(ax.get_legend().get_texts())
    assert legend == [
        "Excellent",
        "Good",
        "Fair",
        "Poor",
        "Not graded",
        "Improved",
        "Deteriorated",
    ]


def test_grade_matrix_highlights_the_force(base: pp.BaselineAssessment, tmp_path: Path) -> None:
    (ax,) = rendered(plot.grade_matrix(base, force="Kent"), tmp_path).axes
    (outline,) = [p for p in ax.patches if p.get_gid() == "highlight"]
    assert outline.get_y() == base.forces.index("Kent") - 0.5
    bold = [t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["Kent"]
    (ax,) = plot.grade_matrix(base).axes
    bold = [t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["MPS"]


def test_grade_matrix_refuses_an_unknown_force(base: pp.BaselineAssessment) -> None:
    with pytest.raises(pp.NotFoundError, match="Atlantis"):
        plot.grade_matrix(base, force="Atlantis")


def test_peers_puts_the_force_grade_beside_its_group(
    base: pp.BaselineAssessment, tmp_path: Path
) -> None:
    own_ax, peer_ax = rendered(plot.peers(base), tmp_path).axes
    codes = [fw.key for fw in base.frameworks]
    assert labels(own_ax.get_xticklabels()) == ["MPS"]
    assert [label.split()[0] for label in labels(own_ax.get_yticklabels())] == codes
    own = own_ax.images[0].get_array()
    assert own.shape == (27, 1)
    for row, code in enumerate(codes):
        grade = base.judgement("MPS", code).grade
        assert own[row, 0] == (-1 if grade is None else GRADE_LEVEL[grade])
    group = base.msf_group
    assert len(group) == 4
    for grade in (*pp.Grade, None):
        label = "Not graded" if grade is None else grade.name.capitalize()
        widths = [bar.get_width() for bar in bars(peer_ax, label)]
        expected = [
            sum(1 for force in group if base.judgement(force, code).grade is grade)
            for code in codes
        ]
        assert widths == expected, label


def test_peers_needs_a_group_for_another_force(base: pp.BaselineAssessment) -> None:
    with pytest.raises(ValueError, match="group="):
        plot.peers(base, "Kent")
    own_ax, peer_ax = plot.peers(base, "Kent", group=["Essex", "Hampshire"]).axes
    assert labels(own_ax.get_xticklabels()) == ["Kent"]
    assert peer_ax.get_xlim() == (0.0, 2.0)


def test_distribution_marks_the_force_grade(tmp_path: Path) -> None:
    insp = pp.datasets.load("hmic-inspection-2007")
    counts = insp.distribution("Domestic violence")
    (ax,) = rendered(plot.distribution(insp, "Domestic violence"), tmp_path).axes
    (drawn,) = ax.containers
    assert [bar.get_height() for bar in drawn] == [counts[grade] for grade in pp.Grade]
    assert labels(ax.get_xticklabels()) == ["Excellent", "Good", "Fair", "Poor"]
    highlighted = [i for i, bar in enumerate(drawn) if bar.get_gid() == "force-grade"]
    assert highlighted == [list(pp.Grade).index(pp.Grade.FAIR)]
    assert insp.judgement("MPS", "Domestic violence").grade is pp.Grade.FAIR
    (note,) = ax.texts[-1:]
    assert note.get_text() == "MPS: Fair\n14 of 43 forces graded higher"


def test_distribution_for_every_graded_area() -> None:
    insp = pp.datasets.load("hmic-inspection-2007")
    for area in insp.frameworks.where(graded=True):
        (ax,) = plot.distribution(insp, area.key).axes
        grade = insp.judgement("MPS", area.key).grade
        (marked,) = [bar for bar in ax.containers[0] if bar.get_gid() == "force-grade"]
        assert marked.get_height() == insp.distribution(area.key)[grade]


def test_afi_status_segments_are_the_status_counts(tmp_path: Path) -> None:
    impr = pp.datasets.load("mpa-improvement-plan-2007")
    (ax,) = rendered(plot.afi_status(impr), tmp_path).axes
    assert labels(ax.get_yticklabels())[0] == impr.frameworks[0].framework
    for status in pp.AFIStatus:
        label = status.value.replace("-", " ").capitalize()
        widths = [bar.get_width() for bar in bars(ax, label)]
        assert widths == [f.count(status) or 0 for f in impr.frameworks], label
    stated = [bar.get_width() for bar in bars(ax, "Stated AFI count")]
    assert stated == [f.afi_count or 0 for f in impr.frameworks]
    assert str(impr.total_afis) in fig_title(ax)


def fig_title(ax: Axes) -> str:
    figure = ax.get_figure()
    assert isinstance(figure, Figure)
    return figure.get_suptitle()


def annex_rows() -> list[tuple[pp.IndicatorRow, pp.Target]]:
    plan = pp.datasets.load("mps-plan-2003-04")
    year = pp.FinancialYear(2002)
    found = []
    for row in plan.indicators:
        entry = next(e for e in row.targets if e.year == year)
        if entry.target is not None and row.observations[1].value is not None:
            found.append((row, entry.target))
    return found


def test_attainment_plots_the_observations_and_the_verdict(tmp_path: Path) -> None:
    rows = annex_rows()
    assert len(rows) == 43
    for row, target in rows:
        fig = plot.attainment(target, row.observations, title=row.indicator)
        (ax,) = fig.axes
        points = scatter(ax, "observations").get_offsets()
        assert [float(y) for _, y in points] == [
            float(o.value.value) for o in row.observations if o.value is not None
        ]
        result = pp.evaluate(target, row.observations)
        verdict = result.status.value.replace("-", " ").capitalize()
        assert ax.get_title(loc="left").replace("\n", " ").startswith(f"{verdict}: ")
        required = [line for line in ax.lines if line.get_gid() == "required"]
        assert [line.get_ydata()[0] for line in required] == [
            float(result.compared.required.value)
        ]
    rendered(fig, tmp_path)


def test_attainment_without_a_verdict_still_draws(tmp_path: Path) -> None:
    plan = pp.datasets.load("mps-plan-2003-04")
    street_crime = plan.objective(2).measures[0]
    series = street_crime.performance[0]
    fig = plot.attainment(street_crime.targets[0], series.observations)
    (ax,) = rendered(fig, tmp_path).axes
    assert ax.get_title(loc="left").startswith("Not assessable: ")
    points = scatter(ax, "observations").get_offsets()
    assert [float(y) for _, y in points] == [
        float(o.value.value) for o in series.observations if o.value is not None
    ]
    ticks = labels(ax.get_xticklabels())
    assert [tick.splitlines()[0] for tick in ticks] == [
        o.period.label for o in series.observations
    ]
    # The 2000/01 count is printed illegibly; its tick says so instead of plotting a point.
    assert ["no figure" in tick for tick in ticks] == [
        o.value is None for o in series.observations
    ]
    assert ticks[0] == "2000/01\nno figure (607)"


def test_import_policeplan_does_not_import_matplotlib() -> None:
    code = "import sys, policeplan; assert 'matplotlib' not in sys.modules, 'imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_plot_without_matplotlib_names_the_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['matplotlib'] = None\n"
        "try:\n"
        "    import policeplan.plot\n"
        "except ImportError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert "install matplotlib, or policeplan with its [plot] extra" in result.stdout
    assert "python -m pip install '.[plot]'" in result.stdout

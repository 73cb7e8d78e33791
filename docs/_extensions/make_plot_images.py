"""Render the examples of docs/plots.md into docs/images/*.png.

Run from anywhere: ``python docs/_extensions/make_plot_images.py``. Each
image is drawn by the same calls the page shows, so the page and its
pictures cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.figure import Figure

import policeplan as pp
from policeplan import plot

IMAGES = Path(__file__).resolve().parent.parent / "images"


def grade_matrix() -> Figure:
    base = pp.datasets.load("hmic-baseline-2005")
    return plot.grade_matrix(base)


def peers() -> Figure:
    base = pp.datasets.load("hmic-baseline-2005")
    return plot.peers(base, "MPS")


def distribution() -> Figure:
    insp = pp.datasets.load("hmic-inspection-2007")
    return plot.distribution(insp, "Domestic violence")


def attainment() -> Figure:
    plan = pp.datasets.load("mps-plan-2003-04")
    row = plan.indicators.where(indicator="Domestic burglaries per 1,000 households.").one()
    entry = next(e for e in row.targets if e.year == pp.FinancialYear(2002))
    return plot.attainment(entry.target, row.observations, title=row.indicator)


def afi_status() -> Figure:
    impr = pp.datasets.load("mpa-improvement-plan-2007")
    return plot.afi_status(impr)


EXAMPLES: dict[str, Callable[[], Figure]] = {
    "grade_matrix": grade_matrix,
    "peers": peers,
    "distribution": distribution,
    "attainment": attainment,
    "afi_status": afi_status,
}


def main() -> None:
    IMAGES.mkdir(exist_ok=True)
    for name, example in EXAMPLES.items():
        path = IMAGES / f"{name}.png"
        example().savefig(path, dpi=100)
        print(path)


if __name__ == "__main__":
    main()

"""The analyst's tour notebook runs from top to bottom in a real kernel."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

TOUR = Path(__file__).resolve().parents[2] / "examples" / "analyst_tour.ipynb"


def test_the_tour_runs_without_error() -> None:
    notebook = nbformat.read(TOUR, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
    outputs = [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    ]
    assert not [output for output in outputs if output.output_type == "error"]
    text = "\n".join(str(output.get("text", "")) for output in outputs)
    assert "mps-plan-2003-04" in text
    assert "findings, all recorded: True" in text

"""Users' code is type-checked against policeplan's types with mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent / "typing"


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_loaded_datasets_have_their_document_types() -> None:
    result = _mypy(HERE / "uses_datasets.py")
    assert result.returncode == 0, result.stdout


def test_a_misspelt_method_on_a_dataset_is_a_type_error() -> None:
    result = _mypy(HERE / "misspelt_method.py")
    assert result.returncode == 1
    assert '"PolicingPlan" has no attribute "objectiv"' in result.stdout

"""Nothing of the sources is lost: every content line is in its dataset, or listed as furniture.

``tools/source_coverage.py`` reads each source in ``sources/`` and the dataset's
JSON, and counts the lines whose words the JSON does not hold.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "tools"
sys.path.insert(0, str(TOOLS))

import source_coverage  # noqa: E402

FURNITURE_REASONS = {
    "running head",
    "page footer",
    "page number",
    "contents list",
    "archive banner",
    "table rule",
}


@pytest.mark.parametrize("dataset_id", list(source_coverage.SEED_OF))
def test_every_content_line_is_covered_or_excluded(dataset_id: str) -> None:
    result = source_coverage.coverage(dataset_id)
    assert result.content > 100
    assert result.uncovered == ()
    assert result.covered + result.excluded == result.content


@pytest.mark.parametrize("prefix", sorted(set(source_coverage.SEED_OF.values())))
def test_each_exclusion_is_a_non_blank_line_with_its_reason(prefix: str) -> None:
    lines = source_coverage.seed(prefix)
    excluded = source_coverage.listed(prefix, "furniture")
    for number, reason in excluded.items():
        assert lines[number - 1].strip(), (prefix, number)
        assert reason.strip(), (prefix, number)
    # A handful of one-off artefacts are described in words; the rest are page furniture.
    odd = {reason for reason in excluded.values() if reason not in FURNITURE_REASONS}
    assert len(odd) <= 4, odd
    assert len(excluded) < 0.1 * sum(1 for line in lines if line.strip())


def test_a_line_missing_from_a_dataset_is_reported(tmp_path: Path) -> None:
    # The check must be able to fail: drop one paragraph from a copy of the 2008 data.
    data = source_coverage.DATA
    for path in data.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    target = tmp_path / "hmic-inspection-2008.json"
    document = json.loads(target.read_text("utf-8"))
    # seed 002 L79: "During phase 2 of HMIC's inspection programme, we examined …"
    (dropped,) = [block for block in document["text"] if block["line"] == 79]
    document["text"].remove(dropped)
    target.write_text(json.dumps(document), "utf-8")
    result = source_coverage.coverage("hmic-inspection-2008", tmp_path)
    assert result.uncovered == (79,)


def test_the_report_prints_a_row_per_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert source_coverage.main([]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 + len(source_coverage.SEED_OF)
    assert all(row.rstrip().endswith("100.0%") for row in out[1:])

"""Report, for each source, which content lines have no counterpart in its dataset.

    python tools/source_coverage.py [--data DIR] [--uncovered]

A line is *content* unless it is blank. It is *covered* when its words stand
in the dataset: the line, with its whitespace collapsed and its emphasis
markers (``*``) dropped, is found in some text of the dataset's JSON; a
table line (cells separated by tabs) is covered when each of its cells is.
It is *excluded* when the source's outline (``tools/outlines/NNN.tsv``)
lists it as page furniture, with the reason. Everything else is
*uncovered*. The check reads only the JSON, so it holds whatever code wrote
the dataset.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import seed  # noqa: E402
from _text import OUTLINES, SEED_OF, marks  # noqa: E402

DATA = HERE.parent / "src" / "policeplan" / "data"


class Coverage(NamedTuple):
    """One source's lines by what the dataset holds of them."""

    dataset_id: str
    seed: str
    content: int
    covered: int
    excluded: int
    uncovered: tuple[int, ...]

    @property
    def share(self) -> float:
        """Covered or excluded lines as a share of content lines."""
        return (self.covered + self.excluded) / self.content if self.content else 1.0


def normalise(text: str) -> str:
    """Whitespace collapsed; emphasis markers, a leading bullet and surrounding spaces dropped."""
    return re.sub(r"^[-•] ", "", re.sub(r"\s+", " ", text.replace("*", "")).strip())


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def listed(prefix: str, wanted: str) -> dict[int, str]:
    """The lines the outline lists in one role, with the text it gives them."""
    if not (OUTLINES / f"{prefix}.tsv").exists():
        return {}
    return {number: mark.text for number, mark in marks(prefix).items() if mark.role == wanted}


def coverage(dataset_id: str, data: Path = DATA) -> Coverage:
    """How much of ``dataset_id``'s source its JSON holds."""
    prefix = SEED_OF[dataset_id]
    document = json.loads((data / f"{dataset_id}.json").read_text("utf-8"))
    corpus = "\n".join(normalise(text) for text in _strings(document))
    excluded_lines = listed(prefix, "furniture")
    footnotes = listed(prefix, "footnote")
    content = covered = excluded = 0
    uncovered: list[int] = []
    for number, text in enumerate(seed(prefix), start=1):
        if not text.strip():
            continue
        content += 1
        if number in excluded_lines:
            excluded += 1
            continue
        if number in footnotes:  # the note's mark is a field of its own
            text = text.strip().removeprefix(footnotes[number])
        parts = [normalise(cell) for cell in text.split("\t")] if "\t" in text else [text]
        if all(normalise(part) in corpus for part in parts if normalise(part)):
            covered += 1
        else:
            uncovered.append(number)
    return Coverage(dataset_id, prefix, content, covered, excluded, tuple(uncovered))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of dataset JSON files")
    parser.add_argument("--uncovered", action="store_true", help="list each uncovered line")
    args = parser.parse_args(argv)
    print(
        f"{'seed':4}  {'dataset':26} {'content':>7} {'covered':>7} {'excluded':>8} "
        f"{'uncovered':>9} {'share':>7}"
    )
    for dataset_id in SEED_OF:
        result = coverage(dataset_id, args.data)
        print(
            f"{result.seed:4}  {dataset_id:26} {result.content:7} {result.covered:7} "
            f"{result.excluded:8} {len(result.uncovered):9} {result.share:7.1%}"
        )
        if args.uncovered:
            lines = seed(result.seed)
            for number in result.uncovered:
                print(f"      L{number}: {lines[number - 1][:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

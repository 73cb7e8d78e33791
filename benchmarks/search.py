"""Full-text search timings: building the index, and answering searches.

    python benchmarks/search.py [--repeats N]

The datasets are loaded first, so the build time is the index's own. Each
figure is the median of N runs; searches are timed with FTS5 and with the
plain scan that stands in where SQLite lacks FTS5, side by side. Figures
only; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import policeplan as pp
from policeplan import fulltext

SEARCHES = ["Operation Rainbow", '"stunning step change"', "domestic violence", "the", "zebra"]


def timed(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build() -> None:
    fulltext._index.cache_clear()
    fulltext._index(pp.datasets.available())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    for dataset_id in pp.datasets.available():
        pp.datasets.load(dataset_id)
    entries = len(fulltext._index(pp.datasets.available()).entries)
    print(f"entries indexed: {entries:,}")
    print(f"build the index (ms): {timed(build, args.repeats) * 1e3:.1f}")
    print(f"{'search':28} {'hits':>6} {'FTS5 ms':>8} {'scan ms':>8} {'scan/FTS5':>9}")
    for text in SEARCHES:
        fts = timed(lambda text=text: pp.search(text), args.repeats)
        hits = len(pp.search(text))
        available = fulltext._fts5_available
        fulltext._fts5_available = lambda: False  # type: ignore[assignment]
        fulltext._index.cache_clear()
        pp.search(text)  # build the scan's index outside the timing
        scan = timed(lambda text=text: pp.search(text), args.repeats)
        fulltext._fts5_available = available
        fulltext._index.cache_clear()
        pp.search(text)
        print(f"{text:28} {hits:6} {fts * 1e3:8.2f} {scan * 1e3:8.2f} {scan / fts:9.1f}")


if __name__ == "__main__":
    main()

"""Compare dataset load times of two checkouts side by side, in paired runs.

    python benchmarks/paired_load.py --before ../other-checkout/src [--after src]

Each round starts one fresh interpreter per checkout, in alternating order,
and times ``from_json`` of every dataset there (the median of ``--loads``
loads, the garbage collector left as it is). The report gives, per dataset,
the median over rounds for each side and the median of the per-round ratios
after ÷ before. Figures only; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, statistics, sys, time
from importlib import resources
import policeplan as pp
loads = int(sys.argv[1])
result = {}
for dataset_id, cls in pp.datasets.DATASETS.items():
    text = resources.files("policeplan").joinpath("data", f"{dataset_id}.json").read_text("utf-8")
    pp.from_json(cls, text)
    times = []
    for _ in range(loads):
        started = time.perf_counter()
        pp.from_json(cls, text)
        times.append(time.perf_counter() - started)
    result[dataset_id] = statistics.median(times)
print(json.dumps(result))
"""


def run(source: Path, loads: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    output = subprocess.run(
        [sys.executable, "-c", PROBE, str(loads)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
    ).stdout
    return dict(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, required=True, help="the other checkout's src/")
    parser.add_argument("--after", type=Path, default=Path("src"), help="this checkout's src/")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--loads", type=int, default=15)
    args = parser.parse_args()

    before: list[dict[str, float]] = []
    after: list[dict[str, float]] = []
    for round_number in range(args.rounds):
        sides = [(args.before.resolve(), before), (args.after.resolve(), after)]
        for source, samples in sides if round_number % 2 == 0 else reversed(sides):
            samples.append(run(source, args.loads))

    print(f"{'dataset':<28} {'before ms':>10} {'after ms':>10} {'after/before':>13}")
    for dataset_id in before[0]:
        old = statistics.median(sample[dataset_id] for sample in before)
        new = statistics.median(sample[dataset_id] for sample in after)
        ratio = statistics.median(
            a[dataset_id] / b[dataset_id] for a, b in zip(after, before, strict=True)
        )
        print(f"{dataset_id:<28} {old * 1e3:>10.2f} {new * 1e3:>10.2f} {ratio:>13.3f}")


if __name__ == "__main__":
    main()

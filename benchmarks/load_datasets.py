"""Print how long each embedded dataset takes to load, cold and warm.

Cold: a fresh interpreter imports policeplan and loads one dataset (best of
``--runs``). Warm: a second ``load`` in the same process, served from cache.
Figures only; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PROBE = """
import json, sys, time
started = time.perf_counter()
import policeplan as pp
imported = time.perf_counter()
document = pp.datasets.load(sys.argv[1])
loaded = time.perf_counter()
pp.datasets.load(sys.argv[1])
again = time.perf_counter()
print(json.dumps({"import": imported - started, "load": loaded - imported,
                  "cached": again - loaded}))
"""


def measure(dataset_id: str, runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", PROBE, dataset_id], check=True, capture_output=True, text=True
        ).stdout
        samples.append(json.loads(output))
    return {key: min(sample[key] for sample in samples) for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per dataset")
    args = parser.parse_args()

    import policeplan as pp

    print(f"{'dataset':<28} {'import ms':>10} {'cold load ms':>13} {'cached µs':>10}")
    for dataset_id in pp.datasets.available():
        figures = measure(dataset_id, args.runs)
        print(
            f"{dataset_id:<28} {figures['import'] * 1e3:>10.1f} "
            f"{figures['load'] * 1e3:>13.1f} {figures['cached'] * 1e6:>10.1f}"
        )


if __name__ == "__main__":
    main()

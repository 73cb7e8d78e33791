"""Score a mutation run per module, and list the mutants that survived it.

    python tools/mutation_report.py [MODULE ...] [--fail-under PERCENT]

Reads what ``mutmut run`` left in ``mutants/`` (``nox -s mutate`` runs both).
A module is named as in Python (``periods``, ``attainment._rules``); none
names every module mutated. The adjusted score is killed ÷ (all − listed
equivalents): mutants a test run failed on, timed out on or a type check
caught count as killed; mutants that survived or that no test reached do
not; mutants not yet run are left out and counted apart. A survivor that
``tools/mutation_recheck.py`` killed (written into a copy of the source, for
code that runs only at import, where mutmut cannot switch a mutant on)
counts as killed.

Equivalent mutants, which no test can kill because they change nothing a
caller can see, are listed in ``mutation-equivalents.txt`` beside the
noxfile, one a line: the mutant's name, a colon and the reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants" / "src"
EQUIVALENTS = ROOT / "mutation-equivalents.txt"
RECHECKED = ROOT / "mutants" / "recheck.json"

KILLED = {1, 3, 24, -24, 36, 37, 152, 255}
"""mutmut's exit codes for a mutant a test run noticed (failed, timed out, type error)."""
SURVIVED = {0, 5, 33}
"""Survived the tests, or no test reached it."""


def equivalents() -> dict[str, str]:
    """Listed equivalent mutants → why no test can tell them apart."""
    listed: dict[str, str] = {}
    if not EQUIVALENTS.exists():
        return listed
    for number, line in enumerate(EQUIVALENTS.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, colon, reason = line.partition(":")
        if not colon or not reason.strip():
            sys.exit(f"{EQUIVALENTS.name}:{number}: expected 'mutant name: reason', got {line!r}")
        listed[name.strip()] = reason.strip()
    return listed


def rechecked() -> set[str]:
    """Survivors that ``tools/mutation_recheck.py`` killed, written into a copy of the source."""
    if not RECHECKED.exists():
        return set()
    return {name for name, code in json.loads(RECHECKED.read_text("utf-8")).items() if code == 1}


def module_of(mutant: str) -> str:
    """``policeplan.periods.x__read__mutmut_3`` → ``periods``."""
    dotted = mutant.split("__mutmut_")[0].rsplit(".", 1)[0]
    return dotted.removeprefix("policeplan.")


def results() -> dict[str, dict[str, int | None]]:
    """Module → mutant → exit code (``None``: not run yet)."""
    if not MUTANTS.exists():
        sys.exit("no mutants/ here: run `nox -s mutate` first")
    by_module: dict[str, dict[str, int | None]] = defaultdict(dict)
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        for mutant, code in codes.items():
            by_module[module_of(mutant)][mutant] = code
    return by_module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules to report (default: all mutated)")
    parser.add_argument("--fail-under", type=float, help="exit 1 if a module scores lower")
    args = parser.parse_args()
    listed = equivalents()
    by_module = results()
    killed_later = rechecked()
    unknown = [name for name in args.modules if name not in by_module]
    if unknown:
        sys.exit(f"not mutated: {', '.join(unknown)}; mutated: {', '.join(sorted(by_module))}")
    chosen = args.modules or sorted(by_module)
    print(
        f"{'module':<22}{'mutants':>8}{'killed':>8}{'survived':>9}{'equiv.':>7}{'not run':>8}"
        f"{'score':>8}"
    )
    lowest = 100.0
    survivors: list[str] = []
    killed_listed: list[str] = []
    for module in chosen:
        codes = by_module[module]
        ran = {mutant: code for mutant, code in codes.items() if code is not None}
        dead = {mutant for mutant, code in ran.items() if code in KILLED or mutant in killed_later}
        killed = len(dead)
        equivalent = [mutant for mutant in ran if mutant in listed and mutant not in dead]
        killed_listed += sorted(mutant for mutant in dead if mutant in listed)
        alive = [mutant for mutant in ran if mutant not in dead and mutant not in listed]
        counted = len(ran) - len(equivalent)
        shown = "–"
        if counted:
            score = 100.0 * killed / counted
            lowest = min(lowest, score)
            shown = f"{score:.1f}%"
        print(
            f"{module:<22}{len(codes):>8}{killed:>8}{len(alive):>9}{len(equivalent):>7}"
            f"{len(codes) - len(ran):>8}{shown:>8}"
        )
        survivors += sorted(alive)
    if survivors:
        print("\nsurvivors (`mutmut show NAME` prints the change):")
        for mutant in survivors:
            print(f"  {mutant}")
    mutated = {mutant for module in chosen for mutant in by_module[module]}
    stale = [name for name in listed if module_of(name) in chosen and name not in mutated]
    if killed_listed:
        print(f"\nlisted as equivalent but killed: {', '.join(killed_listed)}")
    if stale:
        print(f"\nlisted as equivalent but not mutated any more: {', '.join(stale)}")
    if args.fail_under is not None and lowest < args.fail_under:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

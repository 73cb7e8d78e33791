"""Test surviving mutants again by writing each into a copy of the source.

    python tools/mutation_recheck.py MODULE [--tests PATH ...] [--only NAME ...]

mutmut switches mutants on inside functions at run time, so code that runs
only while policeplan is imported (the validators a factory builds as the
classes are declared, the cycle's declarations) keeps its original form and
every mutant of it survives. This script writes each surviving mutant of
MODULE into a copy of ``src/`` and runs the tests (``--tests``, by default
the whole suite but the extras) in a fresh interpreter that imports the copy.
Each outcome is recorded in ``mutants/recheck.json``, which
``tools/mutation_report.py`` reads: a mutant whose tests fail there counts as
killed, and so does one that stops policeplan loading at all (pytest then
cannot start); any other error is recorded but not counted.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mutation_report import RECHECKED, ROOT, SURVIVED

MUTANTS = ROOT / "mutants"


def _module_file(module: str) -> Path:
    return Path("src") / "policeplan" / (module.replace(".", "/") + ".py")


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """Top-level functions by name, and methods as ``Class.method``."""
    found: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    found[f"{node.name}.{item.name}"] = item
    return found


def _target(mutant: str) -> tuple[str, str]:
    """``policeplan.m.xǁCǁf__mutmut_3`` → (``C.f``, ``xǁCǁf__mutmut_3``)."""
    local = mutant.rsplit(".", 1)[1]
    base = local.rsplit("__mutmut_", 1)[0]
    if base.startswith("xǁ"):
        _, cls, method = base.split("ǁ")
        return f"{cls}.{method}", local
    return base.removeprefix("x_"), local


def mutated_source(module: str, mutant: str) -> str:
    """The module's source with one function's body replaced by the mutant's."""
    original = (ROOT / _module_file(module)).read_text("utf-8")
    mutated = (MUTANTS / _module_file(module)).read_text("utf-8")
    name, local = _target(mutant)
    target = _functions(ast.parse(original))[name]
    variant = next(
        node
        for node in ast.walk(ast.parse(mutated))
        if isinstance(node, ast.FunctionDef) and node.name == local
    )
    lines = original.splitlines(keepends=True)
    body_start = target.body[0].lineno - 1
    if ast.get_docstring(target) is not None and len(target.body) > 1:
        body_start = target.body[1].lineno - 1
    indent = " " * target.body[0].col_offset
    mutated_lines = mutated.splitlines(keepends=True)
    variant_body = variant.body
    if ast.get_docstring(variant) is not None and len(variant_body) > 1:
        variant_body = variant_body[1:]
    start, end = variant_body[0].lineno - 1, variant.end_lineno or variant_body[-1].lineno
    old_indent = " " * variant_body[0].col_offset
    body = [
        indent + line[len(old_indent) :] if line.startswith(old_indent) else line
        for line in mutated_lines[start:end]
    ]
    return "".join(lines[:body_start] + body + lines[target.end_lineno :])


def _loads(module: str, env: dict[str, str]) -> bool:
    """Whether policeplan, every public name (each loads its module), the module and a
    dataset still load from the copy."""
    check = (
        f"import policeplan, policeplan.{module}; "
        "[getattr(policeplan, name) for name in policeplan.__all__]; "
        "policeplan.datasets.load('hmic-baseline-2005')"
    )
    run = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True, check=False)
    return run.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="as in the report: periods, attainment._rules, …")
    parser.add_argument("--tests", nargs="*", default=["tests"], help="test paths to run")
    parser.add_argument("--only", nargs="*", help="these mutants, not every survivor")
    args = parser.parse_args()
    meta = json.loads((MUTANTS / _module_file(args.module)).with_suffix(".py.meta").read_text())
    codes = meta["exit_code_by_key"]
    survivors = args.only or sorted(name for name, code in codes.items() if code in SURVIVED)
    results = json.loads(RECHECKED.read_text()) if RECHECKED.exists() else {}
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "src"
        shutil.copytree(ROOT / "src", copy)
        env = {**os.environ, "PYTHONPATH": str(copy)}
        env.pop("MUTANT_UNDER_TEST", None)
        path = copy.parent / _module_file(args.module)
        for mutant in survivors:
            try:
                path.write_text(mutated_source(args.module, mutant), "utf-8")
            except (StopIteration, KeyError, SyntaxError) as err:
                print(f"cannot write {mutant}: {err!r}")
                continue
            run = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                 "--ignore=tests/extras", *args.tests],
                cwd=ROOT, env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            code = run.returncode
            if code not in (0, 1) and not _loads(args.module, env):
                code = 1  # the package no longer loads: every test would fail
            results[mutant] = code
            verdict = {0: "survived", 1: "killed"}.get(code, f"error {code}")
            print(f"{verdict:9}{mutant}", flush=True)
    RECHECKED.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

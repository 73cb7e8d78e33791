"""Development sessions: ``nox -s tests lint typecheck docs``.

``bench`` prints timings; ``fuzz`` runs the JSON contract's mutation fuzz at
full budget (``nox -s fuzz -- --budget 200000 --seed 7`` to change it).
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "extras", "lint", "typecheck", "docs"]
nox.options.default_venv_backend = "venv"

LINTED = ["src", "tests", "tools", "benchmarks", "examples", "noxfile.py"]


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (doctests included) and report coverage.

    Set HYPOTHESIS_PROFILE=thorough for many more generated examples.
    """
    # Editable, so that the doctests collected from src/ and the installed package agree.
    session.install("-e", ".[test]")
    # tests/extras need the optional dependencies: the extras session runs them.
    session.run("coverage", "run", "-m", "pytest", "--ignore=tests/extras", *session.posargs)
    session.run("coverage", "report")


WITHOUT_EXTRAS = """
import sys
import policeplan as pp
base = pp.datasets.load("hmic-baseline-2005")
assert base.judgement("Kent", "5A").grade is pp.Grade.EXCELLENT
assert pp.read(pp.to_json(base)) == base  # JSON by the standard library alone
assert not {"hypothesis", "jsonschema", "msgspec"} & set(sys.modules), sorted(sys.modules)
try:
    import policeplan.strategies
except ImportError as err:
    assert "[hypothesis] extra" in str(err), err
else:
    raise AssertionError("policeplan.strategies imported without hypothesis")
print("policeplan works without its extras, and names the extra it lacks")
"""


@nox.session
def extras(session: nox.Session) -> None:
    """Without its extras policeplan works and names what to install; with them, they work."""
    session.install(".")
    session.run("python", "-c", WITHOUT_EXTRAS)
    session.install(
        "-e",
        ".[hypothesis,arrow,pandas,polars,plot]",
        "pytest",
        "duckdb",
        "frictionless",
        "nbclient",
        "nbformat",
        "ipykernel",
    )
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/test_strategies.py",
        "tests/extras",
        "--doctest-glob=analysis.md",
        "docs/analysis.md",
        "src/policeplan/plot.py",
    )


CORE = [
    "periods",
    "quantities",
    "targets",
    "query",
    "_validate",
    "attainment._rules",
    "checks._totals",
    "checks._shares",
    "_tables",
]
"""The core modules ``nox -s mutate`` mutates and scores by default."""
MUTABLE = [*CORE, "attainment._fast", "fulltext", "_flatten", "schema", "cycle"]
"""Every module [tool.mutmut] only_mutate lists; the others run when named."""


@nox.session(default=False)
def mutate(session: nox.Session) -> None:
    """Mutation testing of the core modules, scored per module; not part of CI.

    ``nox -s mutate -- periods query`` runs those modules only; the mutants and
    their results stay in ``mutants/``, and a second run retests only what changed.
    Listed equivalent mutants: ``mutation-equivalents.txt``.
    """
    session.install("-e", ".[test,arrow,pandas,polars]", "duckdb", "mutmut>=3.8,<4")
    modules = session.posargs or CORE
    unknown = sorted(set(modules) - set(MUTABLE))
    if unknown:
        session.error(f"not a mutated module: {', '.join(unknown)}; one of {', '.join(MUTABLE)}")
    session.run("mutmut", "run", *(f"policeplan.{module}.*" for module in modules))
    session.run("python", "tools/mutation_report.py", *modules)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    session.install(".[lint]")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package with mypy --strict."""
    session.install(".[typecheck]")
    session.run("mypy", "--strict", "src")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation, failing on any warning or on markup shown as text."""
    session.install(".[docs]")
    session.run("python", "docs/_extensions/make_plot_images.py")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site")
    session.run("python", "tools/check_site.py", "site")


@nox.session
def bench(session: nox.Session) -> None:
    """Print dataset load times, query timings on a synthetic corpus, and policeplan side by
    side with pydantic and msgspec models of the baseline (figures only).

    ``--quick`` and ``--repeats N`` go to benchmarks/compare.py (``--quick`` also runs
    queries.py at 2 plan years unless ``--years`` is given); other arguments go to
    benchmarks/queries.py.
    """
    # pydantic and msgspec are the comparison's dependencies, never the package's.
    session.install(".[fast]", "pydantic>=2.10", "msgspec>=0.18.5", "pytest>=8")
    compare_args: list[str] = []
    query_args: list[str] = []
    args = iter(session.posargs)
    for arg in args:
        if arg == "--quick" or arg.startswith("--repeats="):
            compare_args.append(arg)
        elif arg == "--repeats":
            value = next(args, None)
            compare_args += [arg] if value is None else [arg, value]
        else:
            query_args.append(arg)
    if "--quick" in compare_args and not any(arg.startswith("--years") for arg in query_args):
        query_args += ["--years", "2"]
    session.run("python", "benchmarks/load_datasets.py")
    session.run("python", "benchmarks/queries.py", *query_args)
    # The mirrors are held to policeplan's checks before they are timed against it.
    session.run("pytest", "-p", "no:cacheprovider", "benchmarks/test_mirrors.py")
    session.run("python", "benchmarks/compare.py", *compare_args)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Fuzz the JSON contract with 100,000 mutated inputs (seeded) and print the counts."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "tests.fuzzing", *(session.posargs or ["--budget", "100000"]))

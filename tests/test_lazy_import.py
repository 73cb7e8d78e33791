"""`import policeplan` is cheap: every public name loads its module on first use (PEP 562)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import policeplan as pp


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_importing_the_package_loads_no_dependency_and_no_model() -> None:
    loaded = _run(
        "import sys, policeplan; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'attr', 'attrs', 'cattrs', 'dateutil', 'sqlite3', 'policeplan'}))"
    )
    assert loaded == "['policeplan']"


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in pp.__all__:
        assert getattr(pp, name) is not None, name
    assert set(pp.__all__) <= set(dir(pp))
    assert set(pp.__all__) <= set(pp._HOME)


def test_a_name_loads_only_its_own_module() -> None:
    loaded = _run(
        "import sys, policeplan as pp; pp.FinancialYear; "
        "print('policeplan.attainment' in sys.modules, 'policeplan.fulltext' in sys.modules)"
    )
    assert loaded == "False False"


def test_a_module_imported_first_does_not_hide_the_function_of_its_name() -> None:
    # The export module imports the tables function; pp.tables must stay the function.
    assert _run("import policeplan.export, policeplan as pp; print(callable(pp.tables))") == "True"


def test_submodules_load_on_first_use_and_unknown_names_fail_clearly() -> None:
    assert _run("import policeplan as pp; print(pp.schema.__name__)") == "policeplan.schema"
    with pytest.raises(AttributeError, match="module 'policeplan' has no attribute 'nonesuch'"):
        pp.nonesuch  # noqa: B018

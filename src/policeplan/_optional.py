"""Optional dependencies: imported only when used, and named with their extra when missing."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["EXTRAS", "require"]

EXTRAS = {
    "pyarrow": "arrow",
    "pandas": "pandas",
    "polars": "polars",
    "matplotlib": "plot",
    "hypothesis": "hypothesis",
}
"""The package each extra brings → the extra's name."""


def require(module: str, *, needed_by: str = "this") -> Any:
    """Import ``module``, or raise an ImportError saying which extra installs it."""
    package = module.partition(".")[0]
    try:
        return importlib.import_module(module)
    except ImportError as err:
        missing = getattr(err, "name", None)
        if missing is not None and missing.partition(".")[0] != package:
            raise  # the package is there but something it needs is not: a real error
        extra = EXTRAS.get(package, package)
        raise ImportError(
            f"{needed_by} needs {package}: install {package}, or policeplan with its "
            f"[{extra}] extra (python -m pip install '.[{extra}]' in a checkout)"
        ) from err

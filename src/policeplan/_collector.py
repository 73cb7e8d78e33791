"""Pausing the garbage collector while a document is read."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["paused"]

_LOCK = threading.Lock()
_pauses = 0
"""How many pauses are under way, in every thread: the collector is one per process."""
_resume = False
"""Whether the collector was running when the first of them began."""


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the garbage collector: a document is many new objects and no cycles, and
    between parsing and building them the collector would go through the parsed text.

    Pauses may overlap, in one thread or several: the collector runs again when the
    last of them ends, if it was running when the first began.

    Examples:
        >>> import gc
        >>> with paused():
        ...     with paused():
        ...         gc.isenabled()
        ...     gc.isenabled()
        False
        False
        >>> gc.isenabled()
        True
    """
    global _pauses, _resume
    with _LOCK:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _LOCK:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()

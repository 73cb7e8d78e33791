"""The collector's pause holds across threads: it ends with the last pause under way.

Before, each pause remembered only whether the collector ran when it began, so
pauses that overlapped in two threads could resume it while one was still under
way, or leave it stopped for good (a thread that began while another held it
stopped, then stopped it again after that one had resumed it).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator

import pytest

from policeplan._collector import paused


@pytest.fixture(autouse=True)
def _collecting() -> Iterator[None]:
    assert gc.isenabled()
    yield
    if not gc.isenabled():  # leave the session as it was, then fail
        gc.enable()
        pytest.fail("the collector was left stopped")


def test_overlapping_pauses_in_two_threads_resume_the_collector_with_the_last() -> None:
    inside, leave, left = threading.Event(), threading.Event(), threading.Event()

    def other() -> None:
        with paused():
            inside.set()
            leave.wait()
        left.set()

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait()
    with paused():
        leave.set()
        left.wait()  # the other thread's pause ended while this one is under way
        assert not gc.isenabled()
    thread.join()
    assert gc.isenabled()


def test_a_collector_stopped_before_stays_stopped() -> None:
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_many_threads_pausing_at_once_leave_the_collector_running() -> None:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch as often as they can
    try:
        for _ in range(40):
            start = threading.Barrier(4)

            def work(start: threading.Barrier = start) -> None:
                start.wait()
                for _ in range(200):
                    with paused():
                        pass

            threads = [threading.Thread(target=work) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert gc.isenabled()
    finally:
        sys.setswitchinterval(interval)

"""The JSON contract under a seeded mutation fuzz (see ``tests/fuzzing.py``).

The default budget is small; ``nox -s fuzz`` runs 100,000 inputs, and
POLICEPLAN_FUZZ_BUDGET sets any other budget here.
"""

from __future__ import annotations

import os

from . import fuzzing


def test_only_validation_error_escapes_and_what_is_accepted_round_trips() -> None:
    budget = int(os.environ.get("POLICEPLAN_FUZZ_BUDGET", "1500"))
    contract = fuzzing.run(budget, seed=int(os.environ.get("POLICEPLAN_FUZZ_SEED", "1")))
    assert contract.breaches == []
    assert contract.counts["inputs"] == budget
    # Both outcomes occur, so the fuzz exercises the reader and the writer.
    assert contract.counts["refused"] > budget // 10
    assert contract.counts["accepted"] > budget // 20


def test_the_fuzz_samples_every_public_model_class() -> None:
    import attrs

    import policeplan as pp

    sampled = {getattr(cls, "__origin__", cls) for cls, _ in fuzzing.samples()}
    public = {
        cls for name in pp.__all__ if isinstance(cls := getattr(pp, name), type) and attrs.has(cls)
    }
    assert public - sampled == set()

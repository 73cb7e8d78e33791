"""The generated fast path and the exhaustive path read every document to the same objects.

Valid input takes straight-line code generated per class; anything doubtful
falls back to the exhaustive reader that lists every problem. Here a fresh
interpreter reads the same documents with the fast path switched off, and
both readings must write back the same JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policeplan as pp
from policeplan import strategies
from policeplan.reader import DOCUMENT_TYPES

TYPE_NAMES = {cls: name for name, cls in DOCUMENT_TYPES.items()}

EXHAUSTIVE = """
import json, sys
import policeplan._codegen as codegen
codegen.generate = lambda cls, fields, *, slow, **options: slow  # no fast path
import policeplan as pp
from policeplan.reader import DOCUMENT_TYPES
hook = pp.convert.converter.get_structure_hook(pp.BaselineAssessment)
assert hook.__code__.co_filename.endswith("convert.py"), hook.__code__.co_filename
json.dump(
    [pp.to_json(pp.from_json(DOCUMENT_TYPES[name], text)) for name, text in json.load(sys.stdin)],
    sys.stdout,
)
"""


def read_exhaustively(documents: list[tuple[str, str]]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", EXHAUSTIVE],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written: list[str] = json.loads(result.stdout)
    return written


def read_fast(documents: list[tuple[str, str]]) -> list[str]:
    hook = pp.convert.converter.get_structure_hook(pp.BaselineAssessment)
    assert hook.__code__.co_filename == "<policeplan structure BaselineAssessment>"
    return [pp.to_json(pp.from_json(DOCUMENT_TYPES[name], text)) for name, text in documents]


def test_both_paths_read_every_dataset_alike() -> None:
    documents = [
        (TYPE_NAMES[cls], resources.files("policeplan").joinpath("data", f"{i}.json").read_text())
        for i, cls in pp.datasets.DATASETS.items()
    ]
    assert read_exhaustively(documents) == read_fast(documents)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.data_too_large])
@given(st.lists(st.one_of(*strategies.DOCUMENTS.values()), min_size=8, max_size=8))
def test_both_paths_read_generated_documents_alike(drawn: list[Any]) -> None:
    documents = [(TYPE_NAMES[type(document)], pp.to_json(document)) for document in drawn]
    assert read_exhaustively(documents) == read_fast(documents)


FALLBACKS = """
import collections, json
from importlib import resources
import policeplan._codegen as codegen
fallbacks = collections.Counter()
real = codegen.generate
def traced(cls, fields, *, slow, **options):
    def fallback(value, declared):
        fallbacks[cls.__name__] += 1
        return slow(value, declared)
    return real(cls, fields, slow=fallback, **options)
codegen.generate = traced
import policeplan as pp
for name in pp.datasets.DATASETS:
    pp.datasets.load(name)
print(json.dumps(dict(fallbacks)))
"""


def test_every_dataset_reads_without_leaving_the_fast_path() -> None:
    # Were an inline check to doubt valid data, reading would still be right, only slower.
    result = subprocess.run(
        [sys.executable, "-c", FALLBACKS], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {}

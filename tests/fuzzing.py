"""A seeded mutation fuzz of the JSON contract, over every public model class.

Samples come from the shipped datasets (every attrs object in them, each
under its own class), from target verdicts, and from the unions a field can
declare. Each round mutates one sample, as data or as JSON text, and reads
it back. The contract: the reader either raises ``ValidationError`` with
well-formed issues, or returns an object that round-trips unchanged through
``to_dict``/``from_dict`` and ``to_json``/``from_json`` and whose JSON is
valid UTF-8 text.

    python -m tests.fuzzing --budget 100000 --seed 1
"""

from __future__ import annotations

import argparse
import collections
import copy
import json
import random
import sys
import time
import traceback
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

import policeplan as pp
from policeplan import _fastjson

Sample = tuple[Any, Any]
"""(the class to read as, JSON-native data)"""

EDGE_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**53 - 1, 2**53, -(2**53), 10**400, 7**9000,
    0.1, -0.0, 1e308, float("inf"), float("nan"), Decimal("1E-400"), Decimal("NaN"),
    Decimal("123456789.123456789"), Decimal("0.70"), "", " ", "x", "\ud800", "a\udfffb",
    " 2003/04 ", "2003/04", "1899/00", "２００３/０４", "٢٠٠٣/٠٤", "2004-W13-3", "2004-03-31",
    "2004-02-30", "level", "change", "excellent", "meeting", "work-in-progress", "count",
    "percent", "x" * 10_000, "£1.2 million", [], [None], {}, {"kind": ["level"]},
    {"a.b": 1}, [[[[[[[[1]]]]]]]],
]  # fmt: skip

TEXT_PIECES = [
    '"',
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "0",
    "9e999",
    "-",
    ".",
    "\\ud800",
    "\\",
    " ",
    "null",
    "1" * 5000,
]


def samples() -> list[Sample]:
    """One sample per attrs object in the datasets, plus verdicts and unions."""
    found: list[Sample] = []
    seen: set[int] = set()

    def walk(value: Any) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, (tuple, pp.Query)):
            for item in value:
                walk(item)
            return
        if not attrs.has(type(value)):
            return
        cls: Any = type(value)
        if hasattr(cls, "document_type"):  # whole documents are sampled trimmed, below
            for field in attrs.fields(cls):
                if field.init:
                    walk(getattr(value, field.name))
            return
        if cls is pp.Figure:
            cls = pp.Figure[type(value.value) if value.value is not None else pp.Quantity]
        found.append((cls, pp.to_dict(value)))
        if isinstance(value, (pp.LevelTarget, pp.ChangeTarget, pp.DirectionTarget,
                              pp.MilestoneTarget, pp.FromToTarget)):  # fmt: skip
            found.append((pp.Target, pp.to_dict(value)))
        for field in attrs.fields(type(value)):
            if field.init:
                walk(getattr(value, field.name))

    for dataset_id in pp.datasets.available():
        document = pp.datasets.load(dataset_id)
        walk(document)
        walk(tuple(pp.check(document)))
        found.append((type(document), _trimmed(type(document), pp.to_dict(document))))
    plan = pp.datasets.load("mps-plan-2003-04")
    for measure in plan.measures:
        observations = [obs for series in measure.performance for obs in series.observations]
        for target in measure.targets:
            walk(pp.evaluate(target, observations))
    for figure in pp.datasets.load("mpa-improvement-plan-2007").progress:
        walk(pp.evaluate_progress(figure))
    for text in ("2003/04", "2010/11"):
        found.append((pp.FinancialYear, text))
    return found


def _trimmed(cls: Any, data: dict[str, Any]) -> dict[str, Any]:
    """A document with every list cut to three items, if it still reads: quicker to fuzz."""

    def trim(value: Any) -> Any:
        if isinstance(value, list):
            return [trim(item) for item in value[:3]]
        if isinstance(value, dict):
            return {key: trim(item) for key, item in value.items()}
        return value

    short = trim(data)
    try:
        pp.from_dict(cls, short)
    except pp.ValidationError:
        return data
    return dict(short)


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, (*path, index))


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def mutate(data: Any, rng: random.Random) -> Any:
    """``data`` with one random change (the input is not modified)."""
    data = copy.deepcopy(data)
    nodes = list(_nodes(data))
    path, node = rng.choice(nodes)
    move = rng.randrange(8)
    if move == 0 or not isinstance(node, (dict, list)):
        replacement = rng.choice(EDGE_VALUES)
        if rng.random() < 0.2:  # a value from elsewhere in the same document
            replacement = copy.deepcopy(rng.choice(nodes)[1])
        return _set(data, path, replacement)
    if isinstance(node, dict):
        keys = list(node)
        if move == 1 and keys:
            node.pop(rng.choice(keys))
        elif move == 2:
            node[
                rng.choice(["zz", "a.b", "", "kind", "schema_version", "document_type", "titel"])
            ] = rng.choice(EDGE_VALUES)
        elif move == 3 and len(keys) >= 2:
            first, second = rng.sample(keys, 2)
            node[first], node[second] = node[second], node[first]
        elif move == 4 and keys:
            key = rng.choice(keys)
            node[key + rng.choice(["", "s", "_"])] = node.pop(key)
        else:
            return _set(data, path, [node] if rng.random() < 0.5 else {"value": node})
        return data
    if move in (1, 2) and node:
        node.append(copy.deepcopy(rng.choice(node)))
    elif move == 3 and node:
        node.pop(rng.randrange(len(node)))
    elif move == 4:
        node.append(rng.choice(EDGE_VALUES))
    else:
        node.reverse()
    return data


def mutate_text(text: str, rng: random.Random) -> str:
    """JSON text with a few characters changed, or a key-value pair repeated."""
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text) + 1)
        move = rng.randrange(4)
        if move == 0:
            text = text[:at] + rng.choice(TEXT_PIECES) + text[at:]
        elif move == 1:
            text = text[:at] + text[at + rng.randint(1, 5) :]
        elif move == 2 and ',"' in text:  # to_json writes compact JSON
            start = text.find(',"', at)
            end = text.find(',"', start + 2)
            if start != -1 and end != -1:
                text = text[:end] + text[start:end] + text[end:]  # a key given twice
        else:
            text = text[:at] + "[" * 3000 + text[at:] + "]" * 3000
    return text


class Contract:
    """Counts of what the fuzz saw, and every breach of the contract."""

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.breaches: list[str] = []

    def check(self, cls: Any, read: Any, what: str, *, both_ways: bool = False) -> None:
        """Run ``read()``; record how it ended and whether the contract held. ``both_ways``:
        also with the standard library alone, which must give the same object or issues."""
        if both_ways:
            fast, plain = _outcome(read, accelerated=True), _outcome(read, accelerated=False)
            if fast != plain:
                self.breaches.append(f"{what}: msgspec gave {fast[:300]}, not {plain[:300]}")
        try:
            obj = read()
        except pp.ValidationError as err:
            self.counts["refused"] += 1
            if not err.issues or any(
                not (isinstance(i.path, str) and i.code and 0 < len(i.message) < 600)
                for i in err.issues
            ):
                self.breaches.append(f"{what}: malformed issues {err.issues[:3]!r}"[:600])
            return
        except Exception:  # the contract: nothing else escapes
            self.breaches.append(f"{what}: {traceback.format_exc(limit=4)}")
            return
        self.counts["accepted"] += 1
        try:
            text = pp.to_json(obj)
            text.encode("utf-8")
            json.loads(text, parse_constant=_not_json)
            if pp.from_json(cls, text) != obj or pp.from_dict(cls, pp.to_dict(obj)) != obj:
                self.breaches.append(f"{what}: accepted but changed on a round trip")
            elif pp.to_json(pp.from_json(cls, text)) != text:
                self.breaches.append(f"{what}: accepted but written differently the second time")
            elif _outcome(lambda: pp.to_json(obj), accelerated=False) != repr(text):
                self.breaches.append(f"{what}: msgspec wrote it otherwise")
        except Exception:
            self.breaches.append(
                f"{what}: accepted but not written: {traceback.format_exc(limit=4)}"
            )


def _outcome(call: Any, *, accelerated: bool) -> str:
    """What ``call()`` gives, or the issues it raises, with msgspec or without."""
    _fastjson.ENABLED = accelerated
    try:
        return repr(call())
    except pp.ValidationError as err:
        return f"refused: {err.issues!r}"
    except Exception as err:  # reported by the contract's own check
        return f"raised {type(err).__name__}: {err}"
    finally:
        _fastjson.ENABLED = True


def _not_json(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


def run(budget: int, seed: int) -> Contract:
    """``budget`` mutated inputs, spread evenly over the classes sampled."""
    rng = random.Random(seed)
    by_class: dict[str, list[Sample]] = collections.defaultdict(list)
    for cls, data in samples():
        by_class[repr(cls)].append((cls, data))
    contract = Contract()
    classes = sorted(by_class)
    for round_number in range(budget):
        cls, data = rng.choice(by_class[classes[round_number % len(classes)]])
        what = f"round {round_number} ({cls!r})"
        if rng.random() < 0.75:
            mutated = mutate(data, rng)
            contract.check(cls, lambda c=cls, m=mutated: pp.from_dict(c, m), what)
        else:
            text = mutate_text(pp.to_json(pp.from_dict(cls, data)), rng)
            contract.check(cls, lambda c=cls, t=text: pp.from_json(c, t), what, both_ways=True)
        contract.counts["inputs"] += 1
    contract.counts["classes"] = len(classes)
    return contract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--budget", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    contract = run(args.budget, args.seed)
    elapsed = time.perf_counter() - started
    counts = contract.counts
    print(
        f"{counts['inputs']:,} inputs over {counts['classes']} classes in {elapsed:.0f} s: "
        f"{counts['refused']:,} refused with ValidationError, {counts['accepted']:,} accepted "
        f"and round-tripped, {len(contract.breaches)} breaches"
    )
    for breach in contract.breaches[:20]:
        print(breach)
    sys.exit(1 if contract.breaches else 0)


if __name__ == "__main__":
    main()

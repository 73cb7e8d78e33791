"""The pydantic and msgspec mirrors of `policeplan.BaselineAssessment` are faithful.

Each mirror reads the shipped baseline, refuses what policeplan refuses (an
unknown key, a wrong type, a rank beyond its "out of", each broken invariant),
and writes JSON that policeplan reads back to an object equal to the original.
The differences that remain are pinned down at the end, so that the mirrors'
docstrings stay true. Run by ``nox -s bench`` before the timings.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any

import mirror_common
import mirror_msgspec
import mirror_pydantic
import msgspec
import pydantic
import pydantic_core
import pytest

import policeplan as pp

DATASET = resources.files("policeplan").joinpath("data", "hmic-baseline-2005.json")
ORIGINAL = DATASET.read_text("utf-8")
DATA = json.loads(ORIGINAL)
SCHEMA = json.loads(
    resources.files("policeplan")
    .joinpath("schemas", "baseline-assessment.schema.json")
    .read_text("utf-8")
)


@dataclass(frozen=True)
class Mirror:
    name: str
    load: Callable[[str | bytes], Any]
    dump: Callable[[Any], str | bytes]
    error: type[Exception]
    module: Any


MIRRORS = [
    Mirror(
        "pydantic",
        mirror_pydantic.Document.model_validate_json,
        lambda document: document.model_dump_json(),
        pydantic.ValidationError,
        mirror_pydantic,
    ),
    Mirror(
        "msgspec",
        mirror_msgspec.load,
        mirror_msgspec.dump,
        msgspec.ValidationError,
        mirror_msgspec,
    ),
]
BY_NAME = {mirror.name: mirror for mirror in MIRRORS}


@pytest.fixture(params=MIRRORS, ids=lambda mirror: mirror.name)
def mirror(request: pytest.FixtureRequest) -> Mirror:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def original() -> pp.BaselineAssessment:
    return pp.from_json(pp.BaselineAssessment, ORIGINAL)


# -- reading and writing the shipped baseline ---------------------------------------------

COLLECTIONS = [
    "msf_group",
    "domains",
    "frameworks",
    "judgements",
    "findings",
    "indicator_results",
    "glossary",
    "profile",
    "strategic_priorities",
    "grading",
    "known_issues",
    "text",
]


def test_loads_the_shipped_baseline(mirror: Mirror, original: pp.BaselineAssessment) -> None:
    document = mirror.load(ORIGINAL)
    assert document.force == original.force == "MPS"
    assert document.year == str(original.year) == "2004/05"
    assert document.source.date == original.source.date
    for name in COLLECTIONS:
        assert len(getattr(document, name)) == len(getattr(original, name)), name
    kent = next(j for j in document.judgements if (j.force, j.framework) == ("Kent", "5A"))
    assert getattr(kent.grade, "value", kent.grade) == "excellent"
    ranks = [r.msf_rank.value for r in document.indicator_results if r.msf_rank.value]
    assert ranks
    assert all(1 <= rank.position <= rank.out_of for rank in ranks)
    quantities = [
        (mine.figure.value.value, theirs.figure.value.value)
        for result, source in zip(
            document.indicator_results, original.indicator_results, strict=True
        )
        for mine, theirs in zip(result.values, source.values, strict=True)
        if theirs.figure.value is not None
    ]
    assert quantities
    assert all(type(mine) is Decimal and mine == theirs for mine, theirs in quantities)
    assert all(block.last_line >= block.line for block in document.text)


def test_is_frozen(mirror: Mirror) -> None:
    document = mirror.load(ORIGINAL)
    with pytest.raises((AttributeError, pydantic.ValidationError, TypeError)):
        document.force = "Kent"
    assert isinstance(document.judgements, tuple)


def test_dumps_json_that_policeplan_reads_back_equal(
    mirror: Mirror, original: pp.BaselineAssessment
) -> None:
    written = mirror.dump(mirror.load(ORIGINAL))
    assert pp.from_json(pp.BaselineAssessment, written) == original
    # and the mirror reads its own output back to an equal object
    assert mirror.load(written) == mirror.load(ORIGINAL)


def test_reads_what_policeplan_writes(mirror: Mirror, original: pp.BaselineAssessment) -> None:
    written = pp.to_json(original)
    assert mirror.load(written) == mirror.load(ORIGINAL)


# -- the same fields as the JSON Schema ---------------------------------------------------

SCHEMA_NAMES = {
    "Source": "Source",
    "KnownIssue": "KnownIssue",
    "Domain": "Domain",
    "Framework": "Framework",
    "Judgement": "Judgement",
    "Finding": "Finding",
    "Quantity": "Quantity",
    "Rank": "Rank",
    "Figure_Quantity": "QuantityFigure",
    "Figure_Rank": "RankFigure",
    "Period": "Period",
    "Observation": "Observation",
    "IndicatorResult": "IndicatorResult",
    "GlossaryEntry": "GlossaryEntry",
    "ProfileFigure": "ProfileFigure",
    "GradeDefinition": "GradeDefinition",
    "TextBlock": "TextBlock",
}


def _fields(mirror: Mirror, cls: Any) -> tuple[set[str], set[str]]:
    """A mirror class's field names and required field names."""
    if mirror.name == "pydantic":
        fields = cls.model_fields
        return set(fields), {name for name, field in fields.items() if field.is_required()}
    names = {field.name for field in msgspec.structs.fields(cls)}
    required = {field.name for field in msgspec.structs.fields(cls) if field.required}
    tag_field = cls.__struct_config__.tag_field
    return names | ({tag_field} if tag_field else set()), required


@pytest.mark.parametrize("schema_name", [None, *SCHEMA_NAMES])
def test_has_the_schemas_fields(mirror: Mirror, schema_name: str | None) -> None:
    definition = SCHEMA if schema_name is None else SCHEMA["$defs"][schema_name]
    cls = getattr(mirror.module, "Document" if schema_name is None else SCHEMA_NAMES[schema_name])
    names, required = _fields(mirror, cls)
    assert names == set(definition["properties"])
    assert required == set(definition.get("required", ()))


def _enum_values(prop: dict[str, Any]) -> set[str] | None:
    for option in [prop, *prop.get("anyOf", ())]:
        if "enum" in option:
            return set(option["enum"])
    return None


ENUMS = [
    ("Source", "precision", mirror_common.Precision),
    ("Finding", "kind", mirror_common.FindingKind),
    ("Quantity", "unit", mirror_common.Unit),
    ("Figure_Quantity", "missing", mirror_common.MissingReason),
    ("IndicatorResult", "significance", mirror_common.Significance),
    ("IndicatorResult", "polarity", mirror_common.Polarity),
    ("Judgement", "direction", mirror_common.DirectionOfTravel),
    ("TextBlock", "kind", mirror_common.BlockKind),
]


@pytest.mark.parametrize(("schema_name", "field", "enum"), ENUMS)
def test_enums_have_the_schemas_values(schema_name: str, field: str, enum: Any) -> None:
    values = _enum_values(SCHEMA["$defs"][schema_name]["properties"][field])
    assert values == {member.value for member in enum}


def test_grades_have_the_schemas_values() -> None:
    values = _enum_values(SCHEMA["$defs"]["Judgement"]["properties"]["grade"])
    both = list(mirror_common.Grade) + list(mirror_common.StandardJudgement)
    assert values == {member.value for member in both}
    assert values == set(mirror_msgspec.AnyGrade.__args__)


# -- refusing what policeplan refuses -----------------------------------------------------

Edit = Callable[[dict[str, Any]], None]


def _first(items: list[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    return next(item for item in items if test(item))


def _rank(data: dict[str, Any]) -> dict[str, Any]:
    result = _first(data["indicator_results"], lambda r: bool(r["msf_rank"].get("value")))
    return result["msf_rank"]["value"]  # type: ignore[no-any-return]


def _figure(data: dict[str, Any], unit: str) -> dict[str, Any]:
    figures = [
        observation["figure"]
        for result in data["indicator_results"]
        for observation in result["values"]
    ]
    return _first(figures, lambda f: (f.get("value") or {}).get("unit") == unit)


def _block(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return _first(data["text"], lambda block: block["kind"] == kind)


def _set(path: str, value: object) -> Edit:
    """Set the value at a dotted path ("judgements.0.grade")."""

    def edit(data: dict[str, Any]) -> None:
        *steps, last = path.split(".")
        target: Any = data
        for step in steps:
            target = target[int(step)] if step.isdigit() else target[step]
        target[int(last) if last.isdigit() else last] = value

    return edit


def _delete(path: str) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        *steps, last = path.split(".")
        target: Any = data
        for step in steps:
            target = target[int(step)] if step.isdigit() else target[step]
        del target[last]

    return edit


def _rank_beyond(data: dict[str, Any]) -> None:
    rank = _rank(data)
    rank["position"] = rank["out_of"] + 1


def _add_key(data: dict[str, Any]) -> None:
    _rank(data)["colour"] = "blue"


def _both_value_and_missing(data: dict[str, Any]) -> None:
    _figure(data, "count")["missing"] = "not-given"


def _neither_value_nor_missing(data: dict[str, Any]) -> None:
    del _figure(data, "count")["value"]


def _negative_count(data: dict[str, Any]) -> None:
    _figure(data, "count")["value"]["value"] = -1


def _rate_without_base(data: dict[str, Any]) -> None:
    del _figure(data, "rate")["value"]["base"]


def _count_with_per(data: dict[str, Any]) -> None:
    _figure(data, "count")["value"]["per"] = 1000


def _decimal_as_boolean(data: dict[str, Any]) -> None:
    _figure(data, "count")["value"]["value"] = True


def _period_backwards(data: dict[str, Any]) -> None:
    period = data["indicator_results"][0]["values"][0]["period"]
    period["start"], period["end"] = period["end"], period["start"]


def _last_line_before_line(data: dict[str, Any]) -> None:
    block = _block(data, "paragraph")
    block["last_line"] = block["line"] - 1


def _mark_on_paragraph(data: dict[str, Any]) -> None:
    _block(data, "paragraph")["mark"] = "*"


def _footnote_without_mark(data: dict[str, Any]) -> None:
    del _block(data, "footnote")["mark"]


def _cited_paragraph(data: dict[str, Any]) -> None:
    _block(data, "paragraph")["cited_at"] = 3


def _duplicate_framework(data: dict[str, Any]) -> None:
    data["frameworks"][1]["code"] = data["frameworks"][0]["code"]


def _framework_alias_clash(data: dict[str, Any]) -> None:
    data["frameworks"][1]["aliases"] = [data["frameworks"][0]["name"].upper()]


def _duplicate_domain(data: dict[str, Any]) -> None:
    data["domains"][1]["name"] = data["domains"][0]["name"]


def _duplicate_judgement(data: dict[str, Any]) -> None:
    data["judgements"].append(dict(data["judgements"][0], grade="poor"))


def _unknown_framework(data: dict[str, Any]) -> None:
    data["judgements"][0]["framework"] = "9Z"


REFUSED: dict[str, Edit] = {
    # unknown keys
    "unknown key, top level": _set("colour", "blue"),
    "unknown key, in a judgement": _set("judgements.0.colour", "blue"),
    "unknown key, in a rank": _add_key,
    # wrong types
    "number for text": _set("force", 5),
    "text for a whole number": _set("text.0.line", "3"),
    "fraction for a whole number": _set("text.0.line", 3.0),
    "boolean for a whole number": _set("domains.0.number", True),
    "text for a boolean": _set("frameworks.0.graded", "yes"),
    "text for a list": _set("msf_group", "West Midlands"),
    "object for a list": _set("judgements", {}),
    "null for a list": _set("findings", None),
    "null for a boolean": _set("frameworks.0.graded", None),
    "null for last_line": _set("text.0.last_line", None),
    "boolean for a decimal": _decimal_as_boolean,
    "number for a date": _set("source.date", 20051001),
    # enums, patterns, ranges
    "unknown grade": _set("judgements.0.grade", "outstanding"),
    "unknown unit": lambda data: _figure(data, "count")["value"].update(unit="dozens"),
    "unknown PPAF code": _set("domains.0.ppaf_code", "Z"),
    "empty text": _set("force", ""),
    "blank text": _set("force", " \t "),
    "blank text in a list": _set("msf_group.0", " "),
    "financial year not consecutive": _set("year", "2004/06"),
    "financial year written otherwise": _set("year", "2004-05"),
    "financial year with a newline": _set("year", "2004/05\n"),
    "financial year out of range": _set("year", "2999/00"),
    "date not real": _set("source.date", "2005-02-30"),
    "date not ISO": _set("source.date", "1 October 2005"),
    "domain number 8": _set("domains.0.number", 8),
    "line 0": _set("text.0.line", 0),
    "line past 2**53": _set("text.0.line", 2**53),
    "schema_version 2": _set("schema_version", 2),
    "another document type": _set("document_type", "policing-plan"),
    # missing fields
    "missing force": _delete("force"),
    "missing framework of a judgement": _delete("judgements.0.framework"),
    "missing number of a domain": _delete("domains.0.number"),
    # invariants across fields
    "rank beyond its out of": _rank_beyond,
    "rank 0": lambda data: _rank(data).update(position=0),
    "figure with value and missing": _both_value_and_missing,
    "figure with neither": _neither_value_nor_missing,
    "negative count": _negative_count,
    "rate without its base": _rate_without_base,
    "count with a per": _count_with_per,
    "period ending before it starts": _period_backwards,
    "last_line before line": _last_line_before_line,
    "mark on a paragraph": _mark_on_paragraph,
    "footnote without a mark": _footnote_without_mark,
    "paragraph cited": _cited_paragraph,
    "two frameworks with one code": _duplicate_framework,
    "alias naming another framework": _framework_alias_clash,
    "two domains with one name": _duplicate_domain,
    "force judged twice on a framework": _duplicate_judgement,
    "judgement of an unknown framework": _unknown_framework,
}


def _edited(edit: Edit) -> str:
    data = copy.deepcopy(DATA)
    edit(data)
    return json.dumps(data)


def test_the_unedited_data_loads(mirror: Mirror) -> None:
    """So that each refusal below is the edit's doing."""
    text = _edited(lambda data: None)
    pp.from_json(pp.BaselineAssessment, text)
    mirror.load(text)


@pytest.mark.parametrize("case", list(REFUSED))
def test_refuses_what_policeplan_refuses(mirror: Mirror, case: str) -> None:
    text = _edited(REFUSED[case])
    with pytest.raises(pp.ValidationError):
        pp.from_json(pp.BaselineAssessment, text)
    with pytest.raises(mirror.error):
        mirror.load(text)


def test_refuses_a_rank_beyond_out_of_when_built(mirror: Mirror) -> None:
    with pytest.raises(ValueError, match="beyond"):
        mirror.module.Rank(position=6, out_of=5)
    with pytest.raises(pp.InvalidValueError):
        pp.Rank(position=6, out_of=5)


def test_pydantic_refuses_a_float_for_a_decimal_when_built() -> None:
    """As policeplan's constructor does: 0.1 is not a decimal figure."""
    with pytest.raises(pydantic.ValidationError, match="expected a number"):
        mirror_pydantic.Quantity(value=0.1, unit=mirror_common.Unit.PERCENT)
    with pytest.raises(pp.InvalidValueError):
        pp.Quantity(0.1, pp.Unit.PERCENT)  # type: ignore[arg-type]


# -- the differences that remain ----------------------------------------------------------

NUMBER = "0.12345678901234567890123"


def _with_number(number: str) -> str:
    """The baseline with one count's value written as ``number``, digit for digit."""
    marker = "424242.4242"
    data = copy.deepcopy(DATA)
    _figure(data, "count")["value"]["value"] = float(marker)
    return json.dumps(data).replace(marker, number, 1)


def _count_value(document: Any) -> Any:
    figures = [o.figure for r in document.indicator_results for o in r.values]
    return _first(
        figures,  # type: ignore[arg-type]
        lambda f: f.value is not None and getattr(f.value.unit, "value", None) == "count",
    ).value.value


def test_decimals_exact_in_msgspec_and_to_a_double_in_pydantic() -> None:
    text = _with_number(NUMBER)
    exact = _count_value(pp.from_json(pp.BaselineAssessment, text))
    assert exact == Decimal(NUMBER)
    assert _count_value(mirror_msgspec.load(text)) == exact
    # pydantic hands the Decimal field a double: 17 significant digits at most.
    assert _count_value(mirror_pydantic.Document.model_validate_json(text)) == Decimal(
        repr(float(NUMBER))
    )
    # A trailing zero: msgspec keeps it as policeplan does; pydantic drops it (equal values).
    text = _with_number("8.00")
    assert str(_count_value(pp.from_json(pp.BaselineAssessment, text))) == "8.00"
    assert str(_count_value(mirror_msgspec.load(text))) == "8.00"
    assert str(_count_value(mirror_pydantic.Document.model_validate_json(text))) == "8.0"


def test_pydantic_refuses_to_write_a_decimal_it_would_round() -> None:
    quantity = mirror_pydantic.Quantity(value=Decimal(NUMBER), unit=mirror_common.Unit.COUNT)
    with pytest.raises(pydantic_core.PydanticSerializationError, match="digits"):
        quantity.model_dump_json()


ACCEPTED_THOUGH_POLICEPLAN_REFUSES = [
    # A key given twice: both libraries keep the last value.
    ("pydantic", "a key given twice"),
    ("msgspec", "a key given twice"),
    # msgspec reads a Decimal from a numeral string as well as from a number.
    ("msgspec", "a decimal written as text"),
    # Rust's regex "\S" counts U+001C-U+001F as text; Python's str.strip does not.
    ("pydantic", "text of an information separator"),
]
EDGE_CASES = {
    "a key given twice": ORIGINAL.replace('"force": "MPS",', '"force": "MPS", "force": "MPS",', 1),
    "a decimal written as text": _with_number('"8.00"'),
    "text of an information separator": _edited(_set("force", "\x1c")),
}


def test_msgspec_checks_types_and_meta_only_when_decoding() -> None:
    """A Struct built in Python runs ``__post_init__`` but not the field checks."""
    source = mirror_msgspec.Source(title=" ", publisher="HMIC")
    assert source.title == " "
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(msgspec.json.encode(source), type=mirror_msgspec.Source)
    with pytest.raises(pydantic.ValidationError):
        mirror_pydantic.Source(title=" ", publisher="HMIC")
    with pytest.raises(pp.InvalidValueError):
        pp.Source(title=" ", publisher="HMIC")


@pytest.mark.parametrize(("library", "case"), ACCEPTED_THOUGH_POLICEPLAN_REFUSES)
def test_known_difference(library: str, case: str) -> None:
    """Each is named in the mirror's docstring; if a library changes, update it there."""
    text = EDGE_CASES[case]
    assert text != ORIGINAL
    with pytest.raises(pp.ValidationError):
        pp.from_json(pp.BaselineAssessment, text)
    BY_NAME[library].load(text)


@pytest.mark.parametrize(
    ("library", "case"),
    [
        (mirror.name, case)
        for mirror in MIRRORS
        for case in EDGE_CASES
        if (mirror.name, case) not in ACCEPTED_THOUGH_POLICEPLAN_REFUSES
    ],
)
def test_no_other_edge_case_is_accepted(library: str, case: str) -> None:
    mirror = BY_NAME[library]
    with pytest.raises(mirror.error):
        mirror.load(EDGE_CASES[case])

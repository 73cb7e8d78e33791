"""Every document's full text: blocks with their source lines, and the tree of sections.

Line numbers cite the files in ``sources/`` (seed 000 is the 2005 baseline,
001 the plan, 002 the 2008 inspection, 003 the 2007 inspection, 004 the
improvement plan).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import policeplan as pp
from policeplan.text import outline

K = pp.BlockKind
SOURCES = Path(__file__).resolve().parents[1] / "sources"
SEED_OF = pp.datasets.SOURCES

base = pp.datasets.load("hmic-baseline-2005")
plan = pp.datasets.load("mps-plan-2003-04")
insp07 = pp.datasets.load("hmic-inspection-2007")
insp08 = pp.datasets.load("hmic-inspection-2008")
impr = pp.datasets.load("mpa-improvement-plan-2007")


def source_lines(prefix: str) -> list[str]:
    (path,) = SOURCES.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8").split("\n")


def plain(text: str) -> str:
    return " ".join(text.replace("*", "").split())


# -- the model ---------------------------------------------------------------------------


def test_a_block_cannot_end_before_it_starts() -> None:
    with pytest.raises(pp.InvalidValueError, match="last_line 3 is before line 5"):
        pp.TextBlock(kind=K.PARAGRAPH, path=(), text="x", line=5, last_line=3)


def test_only_a_footnote_has_a_mark_and_a_citing_line() -> None:
    with pytest.raises(pp.InvalidValueError, match="a footnote has a mark"):
        pp.TextBlock(kind=K.PARAGRAPH, path=(), text="x", line=1, mark="²")
    with pytest.raises(pp.InvalidValueError, match="a footnote has a mark"):
        pp.TextBlock(kind=K.FOOTNOTE, path=(), text="x", line=1)
    with pytest.raises(pp.InvalidValueError, match="only a footnote is cited"):
        pp.TextBlock(kind=K.PARAGRAPH, path=(), text="x", line=1, cited_at=1)


def test_a_block_needs_text_and_a_line_from_one() -> None:
    with pytest.raises(pp.InvalidValueError, match="text"):
        pp.TextBlock(kind=K.PARAGRAPH, path=(), text=" ", line=1)
    with pytest.raises(pp.InvalidValueError, match="line must be at least 1"):
        pp.TextBlock(kind=K.PARAGRAPH, path=(), text="x", line=0)


def test_outline_refuses_blocks_whose_path_no_heading_opened() -> None:
    orphan = pp.TextBlock(kind=K.PARAGRAPH, path=("Nowhere",), text="x", line=2)
    with pytest.raises(pp.InvalidValueError, match="no heading before it opens"):
        outline([orphan])
    skipping = pp.TextBlock(kind=K.HEADING, path=("A", "B"), text="B", line=1)
    with pytest.raises(pp.InvalidValueError, match="does not follow its path"):
        outline([skipping])


def test_the_text_survives_json_and_becomes_a_table() -> None:
    again = pp.from_json(pp.PolicingPlan, pp.to_json(plan))
    assert again.text == plan.text
    table = pp.tables(plan)["text"]
    assert len(table.to_records()) == len(plan.text)
    names = [column.name for column in table.columns]
    assert {"kind", "path", "text", "line", "last_line"} <= set(names)


# -- every block is honest about its lines -----------------------------------------------


@pytest.mark.parametrize("dataset_id", list(SEED_OF))
def test_each_block_starts_and_ends_with_the_words_of_its_lines(dataset_id: str) -> None:
    lines = source_lines(SEED_OF[dataset_id])
    document = pp.datasets.load(dataset_id)
    assert document.text, dataset_id
    for block in document.text:
        first = plain(lines[block.line - 1])
        last = plain(lines[block.last_line - 1])
        text = plain(block.text)
        if block.kind is K.ITEM:
            first = re.sub(r"^[-•] ", "", first)
            last = first if block.last_line == block.line else last
        if block.kind is K.FOOTNOTE:
            assert block.mark is not None
            first = first.removeprefix(plain(block.mark)).strip()
        if block.kind is K.HEADING:
            assert first.startswith(text), (block.line, first, text)
            continue
        assert text.startswith(first), (dataset_id, block.line, first[:60], text[:60])
        assert text.endswith(last) or block.kind is K.FOOTNOTE, (block.last_line, last[-60:])


@pytest.mark.parametrize("dataset_id", list(SEED_OF))
def test_the_outline_of_each_document_builds_and_keeps_every_block(dataset_id: str) -> None:
    document = pp.datasets.load(dataset_id)
    root = document.outline()
    kept = [block for section in root.walk() for block in section.blocks]
    headings = [section for section in root.walk() if section.heading is not None]
    assert len(kept) + len(headings) == len(document.text)


# -- what the sources say, where they say it ---------------------------------------------


def test_the_baseline_force_overview_opens_at_line_145() -> None:
    # seed 000 L143 "Force Overview and Context"; L145 "The Metropolitan Police Service
    # (MPS) is the largest and most complex police organisation in England and Wales."
    overview = base.section("Force Overview and Context")
    assert overview.line == 143
    first = overview.blocks[0]
    assert first.kind is K.PARAGRAPH
    assert first.line == 145
    assert first.text.startswith(
        "The Metropolitan Police Service (MPS) is the largest and most complex police "
        "organisation in England and Wales."
    )
    # seed 000 L161: "…the MPS net revenue expenditure for 2004/05 was £2,367.1 million."
    assert "net revenue expenditure for 2004/05 was £2,367.1 million" in overview.text


def test_a_framework_section_nests_its_strengths() -> None:
    # seed 000 L239 "1A Fairness and Equality", then "Strengths" and "Areas for Improvement"
    strengths = base.section("1 Citizen Focus (Domain A)", "1A Fairness and Equality", "Strengths")
    assert strengths.level == 3
    assert strengths.blocks
    assert all(block.kind is K.ITEM for block in strengths.blocks)
    assert strengths.blocks[0].path == (
        "1 Citizen Focus (Domain A)",
        "1A Fairness and Equality",
        "Strengths",
    )


def test_a_heading_used_in_many_places_asks_for_its_path() -> None:
    with pytest.raises(pp.NotFoundError, match=r"26 sections are headed 'Strengths': under '1A"):
        base.section("Strengths")
    with pytest.raises(pp.NotFoundError, match="no section headed 'Nonesuch'"):
        base.section("Nonesuch")


def test_the_2008_appendix_3_footnote_two_is_printed_and_attached() -> None:
    # seed 002 L950 "…is statistically significant² in the case of the user satisfaction
    # indicator"; L956 "² It is likely that there is a real, underlying difference…"
    (note,) = [b for b in insp08.text if b.kind is K.FOOTNOTE and b.mark == "²"]
    assert note.line == 956
    assert note.cited_at == 950
    assert note.text.startswith("It is likely that there is a real, underlying difference")
    cited = [b for b in insp08.text if b.line <= 950 <= b.last_line and b.kind is not K.FOOTNOTE]
    assert cited
    assert cited[0].path == note.path


def test_a_footnote_over_several_lines_is_one_block() -> None:
    # seed 003 L2585-2588: footnote 4, "The recent Mahmoud case reflects…", cited at L2560
    (note,) = [b for b in insp07.text if b.kind is K.FOOTNOTE and b.mark == "4"]
    assert (note.line, note.last_line, note.cited_at) == (2585, 2588, 2560)
    assert note.text.startswith("The recent Mahmoud case reflects a lack of effective")


def test_a_hard_wrapped_paragraph_is_one_block() -> None:
    # seed 003 L3-7: "For a century and a half, … formally" / "acknowledged HMIC's contribution"
    block = next(b for b in insp07.text if b.line == 3)
    assert block.kind is K.PARAGRAPH
    assert block.last_line == 7
    assert block.text.endswith("formally acknowledged HMIC’s contribution to policing.")


def test_a_paragraph_cut_by_a_footnote_is_joined_again() -> None:
    # seed 003 L927-931 "• An independent evaluation … co-ordination of problem", then
    # footnote 2 at L933, then L934 " solving within NIM." continues the same item.
    item = next(b for b in insp07.text if b.line == 927)
    assert item.kind is K.ITEM
    assert "co-ordination of problem solving within NIM." in item.text
    assert item.last_line > 934


def test_page_furniture_is_left_out() -> None:
    # seed 003 L807-811: "Metropolitan Police – HMIC Inspection Report" / "October 2007" /
    # "Page 16", a page footer; seed 000 L11-12 a running head.
    assert not [b for b in insp07.text if b.text.startswith("Page 16")]
    assert not [b for b in insp07.text if 807 <= b.line <= 811]
    assert not [b for b in base.text if b.line in (11, 12)]


def test_the_plan_keeps_its_draft_label_and_forewords() -> None:
    # seed 001 L1 "DRAFT 1:4"; L79 "FOREWORD BY THE CHAIR OF THE METROPOLITAN POLICE AUTHORITY";
    # L91 "Toby Harris"
    assert plan.text[0].line == 1
    assert plan.text[0].text == "DRAFT 1:4"
    foreword = plan.section("FOREWORD BY THE CHAIR OF THE METROPOLITAN POLICE AUTHORITY")
    assert foreword.line == 79
    assert foreword.blocks[-1].text == "Toby Harris"


def test_the_improvement_plan_keeps_its_report_header() -> None:
    # seed 004 L7 "Date: 16 January 2007"; L13 "That Members note the content of the report."
    texts = {block.line: block.text for block in impr.text}
    assert texts[7] == "Date: 16 January 2007"
    assert texts[13] == "That Members note the content of the report."

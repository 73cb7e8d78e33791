"""Read a whole seed into `policeplan.TextBlock` items, guided by its outline.

The outline (``tools/outlines/NNN.tsv``: line, role, level, text) lists the
seed's headings with their depth, its page furniture with the reason it is
left out, and its footnote lines with their marks. Every other non-blank
line is body text, read by these rules:

- a line with a tab is one table row, kept as printed;
- a line starting with a bullet ("-", "•", "*" then a space) opens a list
  item;
- in a seed printed with its paragraphs wrapped over several lines (003),
  the lines up to a blank line run together into one paragraph or item;
  in the others each line is a paragraph of its own;
- a paragraph or item cut by a page break or footnote is joined up again:
  its text is not ended, and the next body line starts in lower case or
  the text stopped at a word such as "the" or "of";
- a footnote (its consecutive lines joined) stands in the section of the
  line that cites its mark, where one is found before it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from _common import seed

import policeplan as pp

OUTLINES = Path(__file__).resolve().parent / "outlines"

SEED_OF = pp.datasets.SOURCES
"""Which seed each dataset transcribes."""

WRAPPED = {"003"}
"""The seeds whose paragraphs are printed over several lines."""

_OPEN_ENDED = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
}
"""Words a sentence does not end on: text stopping at one was cut by a page break."""

K = pp.BlockKind
_BULLET = re.compile(r"^\s*[-•*]\s+")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class Mark(NamedTuple):
    role: str
    level: int | None
    text: str


def marks(prefix: str) -> dict[int, Mark]:
    """The outline's rows by line, each heading checked against its seed line."""
    path = OUTLINES / f"{prefix}.tsv"
    found: dict[int, Mark] = {}
    lines = seed(prefix)
    for row in path.read_text("utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        number, role, level, text = row.split("\t", 3)
        line_number = int(number)
        if role not in ("heading", "furniture", "footnote"):
            raise ValueError(f"{path.name}: line {line_number}: unknown role {role!r}")
        if role == "heading" and _plain(lines[line_number - 1]) != _plain(text):
            raise ValueError(
                f"{path.name}: heading {text!r} is not seed {prefix} L{line_number}: "
                f"{lines[line_number - 1]!r}"
            )
        if line_number in found:
            raise ValueError(f"{path.name}: line {line_number} listed twice")
        found[line_number] = Mark(role, int(level) if role == "heading" else None, text)
    return found


def text_of(dataset_id: str) -> tuple[pp.TextBlock, ...]:
    """The full text of a dataset's seed, once its outline is written."""
    prefix = SEED_OF[dataset_id]
    return blocks(prefix) if (OUTLINES / f"{prefix}.tsv").exists() else ()


def _cut(text: str, following: str) -> bool:
    """Whether ``text`` was cut short and ``following`` goes on with it."""
    if text.endswith((".", ":", ";", "!", "?")):
        return False
    last_word = text.rsplit(" ", 1)[-1].casefold()
    return following.strip()[:1].islower() or last_word in _OPEN_ENDED


def _plain(text: str) -> str:
    return text.strip().strip("*").strip()


def _joined(parts: list[str]) -> str:
    return " ".join(" ".join(part.split()) for part in parts if part.strip())


class _Open(NamedTuple):
    kind: pp.BlockKind
    path: tuple[str, ...]
    parts: list[str]
    line: int


def blocks(prefix: str) -> tuple[pp.TextBlock, ...]:
    """Every block of the seed's text, in reading order."""
    lines = seed(prefix)
    outline = marks(prefix)
    out: list[pp.TextBlock] = []
    path: tuple[str, ...] = ()
    current: _Open | None = None
    last_body = 0  # the last body line read into a block
    interrupted = False  # only blank lines, furniture or footnotes since the open block's end
    footnote: _Open | None = None
    footnote_end = 0  # the last line of the open footnote
    footnotes: list[tuple[_Open, int]] = []

    def close() -> None:
        nonlocal current
        if current is not None:
            out.append(
                pp.TextBlock(
                    kind=current.kind,
                    path=current.path,
                    text=_joined(current.parts),
                    line=current.line,
                    last_line=last_body,
                )
            )
            current = None

    def close_footnote(last: int) -> None:
        nonlocal footnote
        if footnote is not None:
            footnotes.append((footnote, last))
            footnote = None

    for number, raw in enumerate(lines, start=1):
        mark = outline.get(number)
        if mark is not None and mark.role == "footnote":
            if footnote is None or footnote.parts[0] != mark.text or number - footnote_end > 2:
                close_footnote(footnote_end if footnote is not None else number)
                footnote = _Open(K.FOOTNOTE, path, [mark.text], number)
            footnote.parts.append(raw)
            footnote_end = number
            interrupted = True
            continue
        if mark is not None and mark.role == "furniture":
            interrupted = True
            continue
        if not raw.strip():
            if current is not None and current.kind is not K.ROW:
                interrupted = True
            continue
        if footnote is not None:
            close_footnote(footnote_end)
        if mark is not None:  # a heading
            close()
            assert mark.level is not None
            if mark.level > len(path) + 1:
                raise ValueError(f"seed {prefix} L{number}: heading level skips a level")
            heading = _plain(raw).split("\t")[0].strip()
            path = (*path[: mark.level - 1], heading)
            out.append(pp.TextBlock(kind=K.HEADING, path=path, text=heading, line=number))
            if "\t" in raw:  # a table's title row: its headers follow the title
                out.append(pp.TextBlock(kind=K.ROW, path=path, text=raw.strip(), line=number))
            last_body = number
            interrupted = False
            continue
        if "\t" in raw:
            close()
            out.append(pp.TextBlock(kind=K.ROW, path=path, text=raw.strip(), line=number))
            last_body = number
            interrupted = False
            continue
        bullet = _BULLET.match(raw)
        continues = (
            current is not None
            and not bullet
            and (
                (prefix in WRAPPED and not interrupted)
                or (interrupted and _cut(_joined(current.parts), raw))
            )
        )
        if continues:
            assert current is not None
            current.parts.append(raw)
        else:
            close()
            if bullet:
                current = _Open(K.ITEM, path, [raw[bullet.end() :]], number)
            else:
                current = _Open(K.PARAGRAPH, path, [raw], number)
        last_body = number
        interrupted = False
    close()
    close_footnote(footnote_end if footnote is not None else 0)
    return _placed(out, footnotes, lines)


def _placed(
    body: list[pp.TextBlock], footnotes: list[tuple[_Open, int]], lines: list[str]
) -> tuple[pp.TextBlock, ...]:
    """Footnotes put after the block that cites them, in that block's section."""
    result = list(body)
    for note, last in footnotes:
        mark_text, *texts = note.parts
        text = _joined(texts)
        if text.startswith(mark_text):  # the printed mark, before the note's words
            text = text[len(mark_text) :].strip()
        cited = _citing(body, mark_text, note.line)
        block = pp.TextBlock(
            kind=K.FOOTNOTE,
            path=cited.path if cited is not None else note.path,
            text=text,
            line=note.line,
            last_line=last,
            mark=mark_text,
            cited_at=_citing_line(cited, mark_text, lines) if cited is not None else None,
        )
        anchor = cited if cited is not None else _before(body, note.line)
        position = result.index(anchor) + 1 if anchor is not None else len(result)
        while (
            position < len(result)
            and result[position].kind is K.FOOTNOTE
            and result[position].line < note.line
        ):
            position += 1
        result.insert(position, block)
    return tuple(result)


def _cites(text: str, mark: str) -> bool:
    if mark == "*":
        return False  # a table's asterisk marks cells, not a place in the text
    if not mark.isdigit():
        return mark in text
    superscript = mark.translate(_SUPERSCRIPT)
    after_word = rf"(?:[A-Za-z)\]:;'’]|(?<!\d)[.,]){mark}(?![\d%])"
    return superscript in text or re.search(after_word, text) is not None


def _citing(body: list[pp.TextBlock], mark: str, line: int) -> pp.TextBlock | None:
    for block in reversed(body):
        if block.line < line and block.kind is not K.HEADING and _cites(block.text, mark):
            return block
    return None


def _citing_line(block: pp.TextBlock, mark: str, lines: list[str]) -> int:
    for number in range(block.line, block.last_line + 1):
        if _cites(lines[number - 1], mark):
            return number
    return block.line


def _before(body: list[pp.TextBlock], line: int) -> pp.TextBlock | None:
    earlier = [block for block in body if block.line < line]
    return earlier[-1] if earlier else None

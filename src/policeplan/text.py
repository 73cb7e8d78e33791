"""A document's full text: its blocks in reading order, and the tree of sections they make.

Every document keeps the whole of its source as `TextBlock` items: headings,
paragraphs, list items, table rows and footnotes, each with the heading path
above it and the source lines it was read from. The blocks are flat, so they
tabulate and search simply; `outline` rebuilds the tree of sections.

```pycon
>>> import policeplan as pp
>>> base = pp.datasets.load("hmic-baseline-2005")
>>> overview = base.section("Force Overview and Context")
>>> overview.blocks[0].text[:61]
'The Metropolitan Police Service (MPS) is the largest and most'
>>> overview.blocks[0].line
145

```
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, NamedTuple

import attrs

from . import _validate as v
from ._declare import inline
from .errors import InvalidValueError, NotFoundError, shown

__all__ = ["BlockKind", "Section", "TextBlock", "outline"]


class BlockKind(enum.Enum):
    """What a block of text is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    """One item of a bulleted list."""
    ROW = "row"
    """One row of a table, its cells separated by tabs as printed."""
    FOOTNOTE = "footnote"


def _line_order(instance: TextBlock, attribute: attrs.Attribute[Any], last: int) -> None:
    if last < instance.line:
        raise v.fail(
            f"last_line {shown(last)} is before line {shown(instance.line)}",
            code="out-of-range",
            field=attribute.name,
        )


inline(_line_order, "{0} >= {line}")


def _footnote_fields(
    instance: TextBlock, attribute: attrs.Attribute[Any], mark: str | None
) -> None:
    if (mark is None) != (instance.kind is not BlockKind.FOOTNOTE):
        raise v.fail(
            "a footnote has a mark and no other block has one",
            code="inconsistent",
            field=attribute.name,
        )
    if instance.cited_at is not None and mark is None:
        raise v.fail("only a footnote is cited", code="inconsistent", field="cited_at")


inline(
    _footnote_fields,
    "({0} is None) == ({kind} is not FOOTNOTE) and ({cited_at} is None or {0} is not None)",
    FOOTNOTE=BlockKind.FOOTNOTE,
)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class TextBlock:
    """One block of a document's text, verbatim, with where it stands.

    ``path`` is the headings above the block, outermost first (a heading's
    own path ends with itself); ``line`` and ``last_line`` are the source
    lines it was read from, 1-based. A paragraph printed over several lines
    is one block, its lines joined by single spaces. A footnote carries its
    ``mark`` and the line that cites it, where that is found, and stands in
    the section of that line.

    Examples:
        >>> block = TextBlock(kind=BlockKind.PARAGRAPH, path=("Introduction",),
        ...                   text="This report is the outcome…", line=77)
        >>> block.section, block.last_line
        ('Introduction', 77)
        >>> TextBlock(kind=BlockKind.ROW, path=(), text="Fair\\tStable", line=9).cells
        ('Fair', 'Stable')
    """

    kind: BlockKind
    path: tuple[str, ...] = attrs.field(validator=v.texts)
    text: str = attrs.field(validator=v.text)
    line: int = attrs.field(validator=v.at_least(1))
    last_line: int = attrs.field(
        default=attrs.Factory(lambda self: self.line, takes_self=True), validator=_line_order
    )
    mark: str | None = attrs.field(default=None, validator=[v.optional_text, _footnote_fields])
    cited_at: int | None = attrs.field(default=None, validator=v.at_least(1))

    @property
    def section(self) -> str | None:
        """The nearest heading above the block (a heading's own text), if any."""
        return self.path[-1] if self.path else None

    @property
    def cells(self) -> tuple[str, ...]:
        """A table row's cells, stripped; any other block is one cell."""
        return tuple(cell.strip() for cell in self.text.split("\t"))


class Section(NamedTuple):
    """A heading and what stands under it: its own blocks, then its subsections.

    Built from blocks by `outline`: a view of the text, not part of the
    serialized form.

    Examples:
        >>> blocks = [
        ...     TextBlock(kind=BlockKind.HEADING, path=("Findings",), text="Findings", line=1),
        ...     TextBlock(kind=BlockKind.PARAGRAPH, path=("Findings",), text="All good.", line=3),
        ... ]
        >>> root = outline(blocks)
        >>> root.sections[0].heading, root.sections[0].blocks[0].text
        ('Findings', 'All good.')
    """

    heading: str | None
    level: int
    line: int | None
    blocks: tuple[TextBlock, ...]
    sections: tuple[Section, ...]

    @property
    def footnotes(self) -> tuple[TextBlock, ...]:
        """The footnotes attached to this section's own text."""
        return tuple(block for block in self.blocks if block.kind is BlockKind.FOOTNOTE)

    def walk(self) -> Iterable[Section]:
        """This section and every section under it, in reading order."""
        yield self
        for section in self.sections:
            yield from section.walk()

    def section(self, *path: str) -> Section:
        """The subsection reached by following headings, each matched case-insensitively.

        The first heading, if none of this section's own subsections has it,
        is looked for at any depth; the path goes on from where it is found.
        `NotFoundError` names the headings there are, or, where a heading
        stands in several places, the headings above each.
        """
        if not path:
            return self
        wanted = _normalise(path[0])
        found = [(self, s) for s in self.sections if _normalise(s.heading or "") == wanted]
        if not found:
            found = [
                (parent, s)
                for parent in self.walk()
                for s in parent.sections
                if _normalise(s.heading or "") == wanted
            ]
        if len(found) == 1:
            return found[0][1].section(*path[1:])
        if found:
            places = [f"under {parent.heading!r} (L{s.line})" for parent, s in found[:3]]
            more = f" and {len(found) - 3} more" if len(found) > 3 else ""
            parent = found[0][0].heading
            raise NotFoundError(
                f"{len(found)} sections are headed {path[0]!r}: {', '.join(places)}{more}; "
                f"give the heading above it too, as in section({parent!r}, {path[0]!r})"
            )
        headings = [s.heading for s in self.sections if s.heading]
        raise NotFoundError(
            f"no section headed {path[0]!r}"
            + (f" under {self.heading!r}" if self.heading else "")
            + (f"; its sections: {', '.join(map(repr, headings))}" if headings else "")
        )

    @property
    def text(self) -> str:
        """The section's whole text, subsections included, one block per line."""
        return "\n".join(block.text for section in self.walk() for block in section.blocks)


def _normalise(heading: str) -> str:
    return " ".join(heading.split()).casefold()


def outline(blocks: Iterable[TextBlock]) -> Section:
    """The tree of sections that blocks make, under a root without a heading.

    A heading block opens a section under the heading its path names before
    it; any other block joins the section its path names (the latest, where
    a path recurs). Blocks come in reading order, except that a footnote may
    join a section that came before it, where it is cited.
    """
    root = _Building(None, 0, None)
    opened: dict[tuple[str, ...], _Building] = {(): root}
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            parent = opened.get(block.path[:-1]) if block.path else None
            if parent is None or block.path[-1] != block.text:
                raise InvalidValueError(
                    f"heading {block.text!r} at line {block.line} does not follow its path "
                    f"{block.path!r}",
                    code="inconsistent",
                )
            section = _Building(block.text, len(block.path), block.line)
            parent.sections.append(section)
            opened[block.path] = section
            continue
        home = opened.get(block.path)
        if home is None:
            raise InvalidValueError(
                f"block at line {block.line} has the path {block.path!r}, which no heading "
                "before it opens",
                code="inconsistent",
            )
        home.blocks.append(block)
    return root.freeze()


@attrs.define
class _Building:
    heading: str | None
    level: int
    line: int | None
    blocks: list[TextBlock] = attrs.Factory(list)
    sections: list[_Building] = attrs.Factory(list)

    def freeze(self) -> Section:
        return Section(
            heading=self.heading,
            level=self.level,
            line=self.line,
            blocks=tuple(self.blocks),
            sections=tuple(section.freeze() for section in self.sections),
        )

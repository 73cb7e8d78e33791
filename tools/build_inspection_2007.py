"""Transcribe the HMIC inspection report on the MPS, October 2007 (seed 003).

Run from the repository root: ``python tools/build_inspection_2007.py``.

The report's findings, recommendations, developing-practice boxes, grade
definitions and force overview figures are read from the seed lines; page
furniture (running footers, footnotes, the stray "GRADE X" sidebar lines) is
skipped so that text broken across it is joined.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import line, profile_figure, require, write

import policeplan as pp

DATASET = "hmic-inspection-2007"
SEED = "003"
FORCE = "MPS"
PVP = "Protecting vulnerable people"


@dataclass(frozen=True)
class Area:
    """An inspection area: its name as the summary tables print it and its lines."""

    name: str
    heading: str  # the section heading, as printed
    first: int
    last: int
    summary_distribution: int | None = None  # line of the national summary row
    summary_grade: int | None = None  # line of the force summary row
    parent: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def graded(self) -> bool:
        return self.summary_grade is not None


AREAS = (
    Area(
        "Neighbourhood Policing",
        "Neighbourhood Policing",
        400,
        1069,
        365,
        385,
        aliases=("Neighbourhood policing",),  # heading of the consolidated list, L3290
    ),
    Area(
        "Performance management",
        "Performance Management",
        1302,
        1654,
        369,
        389,
        aliases=("Performance Management",),
    ),
    Area(
        PVP,
        "Protecting Vulnerable People – Overview",
        1850,
        2157,
        aliases=("Protecting Vulnerable People – Overview", "PVP"),
    ),
    Area(
        "Child abuse",
        "Protecting Vulnerable People – Child Abuse",
        2158,
        2425,
        373,
        393,
        PVP,
        ("Protecting Vulnerable People – Child Abuse",),
    ),
    Area(
        "Domestic violence",
        "Protecting Vulnerable People – Domestic Violence",
        2426,
        2675,
        375,
        395,
        PVP,
        ("Protecting Vulnerable People – Domestic Violence", "DV"),
    ),
    Area(
        "Public protection",
        "Protecting Vulnerable People – Public Protection",
        2676,
        2922,
        377,
        397,
        PVP,
        ("Protecting Vulnerable People – Public Protection",),
    ),
    Area(
        "Missing persons",
        "Protecting Vulnerable People – Missing Persons",
        2923,
        3087,
        379,
        399,
        PVP,
        ("Protecting Vulnerable People – Missing Persons",),
    ),
)

DEVELOPING_PRACTICE_SECTIONS = ((1070, 1301), (1655, 1849), (3088, 3286))
RECOMMENDATION_LIST = (3287, 3400)
GLOSSARY = (3401, 3674)

# Page furniture: running footers are found by their text; footnotes (with the
# lines they run on to) and the stray full stop under "Strengths" are listed.
FOOTER_TEXTS = ("Metropolitan Police – HMIC Inspection Report", "October 2007")
FOOTNOTES = {566: 566, 933: 933, 1951: 1951, 2585: 2588, 2673: 2675}
STRAY_LINES = (487,)
GRADE_LINE = re.compile(r"GRADE (EXCELLENT|GOOD|FAIR|POOR)")

KINDS = {
    "Strengths": pp.FindingKind.STRENGTH,
    "Work in progress": pp.FindingKind.WORK_IN_PROGRESS,
    "Areas for improvement": pp.FindingKind.AREA_FOR_IMPROVEMENT,
}
BODY_RECOMMENDATION = re.compile(r"RECOMMENDATION (\d+)")
LIST_RECOMMENDATION = re.compile(r"Recommendation (\d+)")
BULLET = "•"
TERMINAL = ".:;!?"


# --- reading text across page furniture -------------------------------------


def _furniture() -> frozenset[int]:
    lines: set[int] = set(STRAY_LINES)
    for first, last in FOOTNOTES.items():
        require(SEED, first, line(SEED, first).strip()[:1])
        lines.update(range(first, last + 1))
    for number in range(1, GLOSSARY[0]):
        text = line(SEED, number).strip()
        if text in FOOTER_TEXTS or re.fullmatch(r"Page \d+", text) or GRADE_LINE.fullmatch(text):
            lines.add(number)
    return frozenset(lines)


FURNITURE = _furniture()


@dataclass(frozen=True)
class Paragraph:
    """A run of seed lines read as one paragraph (or one bullet item)."""

    text: str
    lines: tuple[int, ...]

    @property
    def first(self) -> int:
        return self.lines[0]


def _join(text: str, more: str) -> str:
    # A word broken at a hyphen ("pre-" / "employment") joins without a space.
    if text.endswith("-") and len(text) > 1 and not text[-2].isspace():
        return text + more
    return f"{text} {more}"


def paragraphs(
    numbered: Iterable[tuple[int, str]], standalone: Callable[[str], bool] = lambda _: False
) -> list[Paragraph]:
    """Group lines into paragraphs.

    A paragraph starts at a bullet ("•" or "- "), at a ``standalone`` line
    (which is a paragraph of its own), or after a blank line or a page break
    (a line printed with a leading space) when the text before it ends a
    sentence; otherwise a line continues the paragraph, so a sentence broken by
    a blank line or page furniture is joined again.
    """
    found: list[Paragraph] = []
    text: str | None = None
    lines: list[int] = []
    after_gap = False
    closed = False

    def flush() -> None:
        nonlocal text, lines
        if text is not None:
            found.append(Paragraph(text, tuple(lines)))
        text, lines = None, []

    for number, raw in numbered:
        stripped = raw.strip()
        if not stripped:
            after_gap = True
            continue
        ends_sentence = text is not None and text[-1] in TERMINAL
        starts = (
            text is None
            or closed
            or stripped.startswith(BULLET)
            or stripped.startswith("- ")
            or standalone(stripped)
            or ((after_gap or raw.startswith(" ")) and ends_sentence)
        )
        if starts:
            flush()
            text, lines = stripped, [number]
        else:
            assert text is not None
            text = _join(text, stripped)
            lines.append(number)
        closed = standalone(stripped)
        after_gap = False
    flush()
    return found


def numbered_lines(first: int, last: int) -> list[tuple[int, str]]:
    """Seed lines ``first``..``last`` without page furniture."""
    return [(n, line(SEED, n)) for n in range(first, last + 1) if n not in FURNITURE]


def bullet_text(paragraph: Paragraph) -> str:
    if not paragraph.text.startswith(BULLET):
        raise AssertionError(f"seed {SEED} L{paragraph.first}: not a bullet: {paragraph.text!r}")
    return paragraph.text[len(BULLET) :].strip()


# --- frameworks, judgements, distributions -----------------------------------


def frameworks() -> tuple[pp.Framework, ...]:
    for area in AREAS:
        require(SEED, area.first, area.heading)
    return tuple(
        pp.Framework(name=a.name, aliases=a.aliases, parent=a.parent, graded=a.graded)
        for a in AREAS
    )


def _counts(text: str) -> tuple[int, int, int, int]:
    excellent, good, fair, poor = (int(cell) for cell in text.split())
    return excellent, good, fair, poor


def _section_distribution(area: Area) -> tuple[int, tuple[int, int, int, int]]:
    """The counts under the section's "National grade distribution" heading."""
    start = next(
        n
        for n in range(area.first, area.last)
        if line(SEED, n).strip() == "National grade distribution"
    )
    for n in range(start + 1, start + 6):
        if re.fullmatch(r"\d+ \d+ \d+ \d+", line(SEED, n).strip()):
            header = [
                m for m in range(start + 1, n) if "Excellent Good Fair Poor" in line(SEED, m)
            ]
            assert header, f"no column header above seed {SEED} L{n}"
            return n, _counts(line(SEED, n))
    raise AssertionError(f"no distribution under seed {SEED} L{start}")


def distributions(issues: list[pp.KnownIssue]) -> tuple[pp.GradeDistribution, ...]:
    require(SEED, 361, "Excellent Good Fair Poor")
    found = []
    for area in AREAS:
        if area.summary_distribution is None:
            continue
        row = line(SEED, area.summary_distribution).strip()
        label = require(SEED, area.summary_distribution, area.name)
        summary = _counts(row.removeprefix(label))
        section_line, section = _section_distribution(area)
        index = len(found)
        if section != summary:
            issues.append(
                pp.KnownIssue(
                    code="inconsistent-repeat",
                    path=f"distributions[{index}]",
                    explanation=(
                        f"{area.name}: national summary gives {summary}, the section table "
                        f"(L{section_line}) gives {section}; the summary is kept"
                    ),
                    line=area.summary_distribution,
                )
            )
        excellent, good, fair, poor = summary
        # The report never states how many forces these tables cover, so
        # forces_assessed stays unset (the rows do sum to 43).
        found.append(
            pp.GradeDistribution(
                framework=area.name, excellent=excellent, good=good, fair=fair, poor=poor
            )
        )
    return tuple(found)


def judgements(issues: list[pp.KnownIssue]) -> tuple[pp.Judgement, ...]:
    require(SEED, 381, "Force summary of judgements")
    found = []
    for area in AREAS:
        if area.summary_grade is None:
            continue
        label = require(SEED, area.summary_grade, area.name)
        word = line(SEED, area.summary_grade).strip().removeprefix(label).strip()
        grade = pp.Grade(word.lower())
        sidebar = [
            n
            for n in range(area.first, area.last + 1)
            if GRADE_LINE.fullmatch(line(SEED, n).strip())
        ]
        (sidebar_line,) = sidebar
        sidebar_word = line(SEED, sidebar_line).strip().removeprefix("GRADE ")
        if sidebar_word.lower() != word.lower():
            issues.append(
                pp.KnownIssue(
                    code="inconsistent-repeat",
                    path=f"judgements[{len(found)}].grade",
                    explanation=(
                        f"{area.name}: force summary says {word!r}, section says "
                        f"{sidebar_word!r} (L{sidebar_line})"
                    ),
                    line=area.summary_grade,
                )
            )
        found.append(pp.Judgement(force=FORCE, framework=area.name, grade=grade, grade_text=word))
    return tuple(found)


# --- findings and recommendations in the body ---------------------------------


@dataclass(frozen=True)
class BodyRecommendation:
    number: int
    area: str
    paragraph: Paragraph


def _kind_ranges(area: Area) -> list[tuple[pp.FindingKind, int, int]]:
    headers = [
        (n, KINDS[line(SEED, n).strip()])
        for n in range(area.first, area.last + 1)
        if line(SEED, n).strip() in KINDS
    ]
    assert [kind for _, kind in headers] == list(KINDS.values()), (area.name, headers)
    ends = [n - 1 for n, _ in headers[1:]] + [area.last]
    return [(kind, n + 1, end) for (n, kind), end in zip(headers, ends, strict=True)]


def merge_continuations(items: list[Paragraph]) -> list[Paragraph]:
    """Join to the item before it any paragraph that does not open a bullet or a heading.

    Inside a list of findings a bullet runs to the next bullet: a blank line
    after a full stop there (e.g. L794-796) does not end the finding.
    """
    merged: list[Paragraph] = []
    for item in items:
        opens = item.text.startswith(BULLET) or BODY_RECOMMENDATION.fullmatch(item.text)
        previous = merged[-1] if merged else None
        if opens or previous is None or BODY_RECOMMENDATION.fullmatch(previous.text):
            merged.append(item)
        else:
            merged[-1] = Paragraph(f"{previous.text} {item.text}", previous.lines + item.lines)
    return merged


def body_findings() -> tuple[list[tuple[pp.Finding, Paragraph]], list[BodyRecommendation]]:
    findings: list[tuple[pp.Finding, Paragraph]] = []
    recommendations: list[BodyRecommendation] = []

    def is_heading(text: str) -> bool:
        return BODY_RECOMMENDATION.fullmatch(text) is not None

    for area in AREAS:
        for kind, first, last in _kind_ranges(area):
            items = merge_continuations(paragraphs(numbered_lines(first, last), is_heading))
            pending: int | None = None
            for item in items:
                if match := BODY_RECOMMENDATION.fullmatch(item.text):
                    pending = int(match.group(1))
                elif pending is not None:
                    recommendations.append(BodyRecommendation(pending, area.name, item))
                    pending = None
                else:
                    finding = pp.Finding(kind=kind, text=bullet_text(item), framework=area.name)
                    findings.append((finding, item))
            assert pending is None, (area.name, kind)
    return findings, recommendations


# --- the consolidated list of recommendations ---------------------------------


def listed_recommendations() -> dict[int, tuple[str, Paragraph]]:
    """Number → (area the list groups it under, its wording in the list)."""
    require(SEED, RECOMMENDATION_LIST[0], "Recommendations")
    groups = {a.name.casefold(): a.name for a in AREAS}

    def is_heading(text: str) -> bool:
        return text.casefold() in groups or LIST_RECOMMENDATION.fullmatch(text) is not None

    listed: dict[int, tuple[str, Paragraph]] = {}
    area: str | None = None
    number: int | None = None
    for item in paragraphs(
        numbered_lines(RECOMMENDATION_LIST[0] + 1, RECOMMENDATION_LIST[1]), is_heading
    ):
        if item.text.casefold() in groups:
            area, number = groups[item.text.casefold()], None
        elif match := LIST_RECOMMENDATION.fullmatch(item.text):
            number = int(match.group(1))
        else:
            assert area is not None, item
            assert number is not None, item
            assert number not in listed, item
            listed[number] = (area, item)
    return listed


def _differences(body: str, listed: str) -> list[tuple[str, str]]:
    """Each differing stretch of words, with a word of context either side."""
    body_words, list_words = body.split(), listed.split()
    matcher = difflib.SequenceMatcher(a=body_words, b=list_words, autojunk=False)
    return [
        (
            " ".join(body_words[max(i1 - 1, 0) : i2 + 1]),
            " ".join(list_words[max(j1 - 1, 0) : j2 + 1]),
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def _line_holding(paragraph: Paragraph, words: str) -> int:
    """The seed line of ``paragraph`` that holds the start of ``words``."""
    head = " ".join(words.split()[:2])
    return next((n for n in paragraph.lines if head in line(SEED, n)), paragraph.first)


def recommendations(
    body: list[BodyRecommendation], issues: list[pp.KnownIssue]
) -> tuple[pp.Recommendation, ...]:
    listed = listed_recommendations()
    assert sorted(listed) == sorted(r.number for r in body) == list(range(1, 17))
    found = []
    for index, rec in enumerate(sorted(body, key=lambda r: r.number)):
        area, wording = listed[rec.number]
        if area != rec.area:
            issues.append(
                pp.KnownIssue(
                    code="label-mismatch",
                    path=f"recommendations[{index}].area",
                    explanation=(
                        f"Recommendation {rec.number} stands under {rec.area} in the body "
                        f"(L{rec.paragraph.first}) but is listed under {area}"
                    ),
                    line=wording.first,
                )
            )
        list_text = None
        if wording.text != rec.paragraph.text:
            list_text = wording.text
            differences = _differences(rec.paragraph.text, wording.text)
            issues.append(
                pp.KnownIssue(
                    code="wording-variant",
                    path=f"recommendations[{index}].list_text",
                    explanation=(
                        f"Recommendation {rec.number} is worded differently in the body "
                        f"(L{rec.paragraph.first}) and in the consolidated list: "
                        + "; ".join(f"body {b!r} / list {w!r}" for b, w in differences)
                    ),
                    line=_line_holding(wording, differences[0][1]),
                )
            )
        found.append(
            pp.Recommendation(
                number=rec.number, area=area, text=rec.paragraph.text, list_text=list_text
            )
        )
    return tuple(found)


# --- developing practice -------------------------------------------------------

FIELDS = ("INSPECTION AREA:", "TITLE:", "PROBLEM:", "SOLUTION:", "OUTCOME(S):", "FORCE CONTACT:")


def _field_lines(first: int, last: int) -> dict[str, list[tuple[int, str]]]:
    """The lines of each field of one box; a field's own line keeps only its value."""
    fields: dict[str, list[tuple[int, str]]] = {}
    current: list[tuple[int, str]] | None = None
    for number, raw in numbered_lines(first, last):
        stripped = raw.strip()
        label = next((f for f in FIELDS if stripped.startswith(f)), None)
        if label is not None:
            assert label not in fields, (number, label)
            current = fields[label] = [(number, stripped.removeprefix(label))]
        else:
            assert current is not None or not stripped, number
            if current is not None:
                current.append((number, raw))
    assert list(fields) == list(FIELDS), (first, list(fields))
    return fields


def _one_line(numbered: list[tuple[int, str]]) -> str:
    (only,) = paragraphs(numbered, lambda _: False) or [None]
    assert only is not None, numbered
    return only.text


def _block(numbered: list[tuple[int, str]]) -> str:
    return "\n".join(p.text for p in paragraphs(numbered))


def developing_practice() -> tuple[list[pp.DevelopingPractice], list[int]]:
    found: list[pp.DevelopingPractice] = []
    title_lines: list[int] = []
    for first, last in DEVELOPING_PRACTICE_SECTIONS:
        require(SEED, first, "Developing Practice")
        starts = [n for n in range(first, last + 1) if line(SEED, n).strip().startswith(FIELDS[0])]
        for start, end in zip(starts, [*(n - 1 for n in starts[1:]), last], strict=True):
            fields = _field_lines(start, end)
            title_lines.append(fields["TITLE:"][0][0])
            found.append(
                pp.DevelopingPractice(
                    area=_one_line(fields["INSPECTION AREA:"]),
                    title=_one_line(fields["TITLE:"]),
                    problem=_block(fields["PROBLEM:"]),
                    solution=_block(fields["SOLUTION:"]),
                    outcomes=_block(fields["OUTCOME(S):"]),
                    contacts=tuple(_one_line(fields["FORCE CONTACT:"]).split(" / ")),
                )
            )
    return found, title_lines


# --- glossary --------------------------------------------------------------------

# Terms that hold a space, so the single-space split cannot find them.
SPACED_TERMS = ("AC (TP)",)


def glossary() -> tuple[pp.GlossaryEntry, ...]:
    require(SEED, GLOSSARY[0], "Glossary of Terms and Abbreviations")
    entries = []
    for number in range(GLOSSARY[0] + 1, GLOSSARY[1] + 1):
        text = line(SEED, number).strip()
        if not text or re.fullmatch(r"[A-Z]", text):
            continue  # blank line or letter heading
        term = next((t for t in SPACED_TERMS if text.startswith(t + " ")), None)
        if term is not None:
            expansion = text.removeprefix(term).strip()
        elif "  " in text:
            term, expansion = (part.strip() for part in re.split(r"\s{2,}", text, maxsplit=1))
        else:
            term, expansion = text.split(" ", 1)
        assert any(c.isupper() for c in term), number
        assert term in SPACED_TERMS or " " not in term, number
        entries.append(pp.GlossaryEntry(term=term, expansion=expansion.strip()))
    return tuple(entries)


# --- defects of the source that the parsing does not detect itself -------------


def _index_of(paragraphs_: list[Paragraph], seed_line: int) -> int:
    return next(i for i, p in enumerate(paragraphs_) if seed_line in p.lines)


def finding_issues(items: list[Paragraph]) -> list[pp.KnownIssue]:
    """Typos and repeats inside the findings, kept verbatim in the text."""
    notes = (
        (
            "typo",
            2298,
            "with the agreement of all managers),",
            'stray ")" after "with the agreement of all managers"',
        ),
        (
            "typo",
            2301,
            "Stratford,",
            'the finding ends "co-located at Stratford," with a comma, not a full stop',
        ),
        (
            "garbled-text",
            2775,
            "Ccommander or Ddeputy",
            '"BOCU Ccommander or Ddeputy": doubled initial letters (Commander, Deputy)',
        ),
        ("typo", 3005, "ASCPO guidance", '"ASCPO guidance" for "ACPO guidance"'),
        (
            "typo",
            2228,
            "independent oversight of SCD5",
            'the finding ends "oversight of SCD5" without a full stop',
        ),
        (
            "label-mismatch",
            2316,
            "Register (Visor)",
            '"Violent and Sex Offenders Register (Visor)"; the glossary (L3670) and the '
            'rest of the report spell it "ViSOR"',
        ),
    )
    issues = []
    for code, seed_line, text, explanation in notes:
        require(SEED, seed_line, text)
        issues.append(
            pp.KnownIssue(
                code=code,
                path=f"findings[{_index_of(items, seed_line)}].text",
                explanation=explanation,
                line=seed_line,
            )
        )
    # The same development appears as a strength and as work in progress.
    require(SEED, 1993, "Following the creation of the MIB in April 2007, the OCU commander")
    require(SEED, 2019, "Following the creation of the MIB in April 2007, its OCU commander")
    issues.append(
        pp.KnownIssue(
            code="inconsistent-repeat",
            path=f"findings[{_index_of(items, 2019)}].text",
            explanation=(
                "Protecting vulnerable people: the MIB's OCU commander chairing the JIG is "
                "listed as a strength (L1993) and again, almost word for word, as work in "
                "progress"
            ),
            line=2019,
        )
    )
    require(SEED, 2624, "sergeant and inspector level. (See ‘Recommendation")
    issues.append(
        pp.KnownIssue(
            code="wording-variant",
            path=f"findings[{_index_of(items, 2620)}].text",
            explanation=(
                "Domestic violence repeats Recommendation 10 as an area for improvement with "
                '"inspector level" for the recommendation\'s "inspector levels", and its '
                'cross-reference "(See ‘Recommendation 10.)" has no closing quotation mark'
            ),
            line=2624,
        )
    )
    return issues


GLOSSARY_CONFLICTS = (
    # term, body line, body wording (guarded), how the body expands the term
    ("GLA", 257, "Greater London Authority", "Greater London Authority (GLA)"),
    (
        "NCRS",
        1333,
        "National Crime Reporting Standard (NCRS)",
        "National Crime Reporting Standard",
    ),
    ("SCD", 1882, "directorate unit (SCD5)", "specialist crime directorate unit (SCD5)"),
)


def glossary_issues(entries: tuple[pp.GlossaryEntry, ...]) -> list[pp.KnownIssue]:
    issues = []
    terms = [e.term for e in entries]
    for term, body_line, guard, body_wording in GLOSSARY_CONFLICTS:
        require(SEED, body_line, guard)
        index = terms.index(term)
        issues.append(
            pp.KnownIssue(
                code="label-mismatch",
                path=f"glossary[{index}].expansion",
                explanation=(
                    f"the glossary expands {term} as {entries[index].expansion!r}; the body "
                    f"(L{body_line}) writes {body_wording!r}"
                ),
                line=body_line,
            )
        )
    return issues


def document_issues(title_lines: list[int]) -> list[pp.KnownIssue]:
    require(SEED, 1, "Introduction to HMIC Inspections")
    require(SEED, 168, "(see provisional timescales below)")
    require(SEED, 3228, "investigation command) training")
    return [
        pp.KnownIssue(
            code="missing-title-page",
            path="source.title",
            explanation=(
                "the text starts at 'Introduction to HMIC Inspections': no title page, ISBN or "
                "publication details; the title and date are taken from the running footer "
                "'Metropolitan Police – HMIC Inspection Report / October 2007' (L807-809)"
            ),
            line=1,
        ),
        pp.KnownIssue(
            code="missing-table",
            path="source",
            explanation=(
                "'Future HMIC inspection activity' refers to provisional timescales below, but "
                "the 'Planned Inspection areas' table (L185-209) keeps only the area names"
            ),
            line=168,
        ),
        pp.KnownIssue(
            code="typo",
            path=f"developing_practice[{title_lines.index(3228)}].title",
            explanation=(
                'stray ")" in the title "The MPS child abuse investigation command) training '
                'programmes"'
            ),
            line=3228,
        ),
    ]


# --- force profile, strategic priorities and grading ------------------------------------

GRADING_PROCESS = "The grading process"  # L110
GEOGRAPHY = "Geographical description of force area"  # L212
DEMOGRAPHY = "Demographic profile of force area"  # L233
STRUCTURE = "Structural description of force including staff changes at chief officer level"
DEVELOPMENTS = "Force developments since 2006"  # L298
SECTION_LINES = {
    GRADING_PROCESS: 110,
    GEOGRAPHY: 212,
    DEMOGRAPHY: 233,
    STRUCTURE: 244,
    DEVELOPMENTS: 298,
}
YEAR_2007_08 = pp.FinancialYear(2007)
STAFF_RATIO = "staff numbers of the next largest force to those of the MPS"
STAFF_RATIO_NOTE = "'three times larger than the next largest force', as the ratio 1:3"
BUDGET_SHARE = "annual budget as a share of the cost of police services in England and Wales"
PCSOS_REQUIRED = "PCSOs required to be in place, of which the MPS has its proportionate share"
SATISFACTION_NOTE = (
    "One of the 'key performance targets [that] have not been achieved'; the text states no "
    "period (the section opens with the targets set by the MPA during 2006/07, L300-301)."
)
END_OF_APRIL_2007 = pp.Period(
    start=date(2007, 4, 30), end=date(2007, 4, 30), label="the end of April 2007"
)
MAY_2007 = pp.Period(start=date(2007, 5, 1), end=date(2007, 5, 31), label="May 2007")


def passage(first: int, last: int) -> str:
    """Lines ``first``..``last`` as one text: the report wraps its paragraphs."""
    text = ""
    for _, raw in numbered_lines(first, last):
        stripped = raw.strip()
        if stripped:
            text = _join(text, stripped) if text else stripped
    return text


def _section(heading: str) -> str:
    assert line(SEED, SECTION_LINES[heading]).strip() == heading, heading
    return heading


def _count(value: int | str, scale: str | None = None) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.COUNT, scale=scale)


def _percent(value: int | str) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.PERCENT)


def _stated(
    lines: tuple[int, int],
    text: str,
    printed: str,
    value: pp.Quantity,
    *,
    measure: str,
    section: str,
    target: tuple[str, pp.Quantity] | None = None,
    **more: object,
) -> pp.ProfileFigure:
    """A profile figure: ``printed`` as it stands in ``text``, which stands on ``lines``."""
    where = f"{SEED} L{lines[0]}-{lines[1]}"
    return profile_figure(
        passage(*lines), where, text, printed, value,
        measure=measure, section=_section(section), target=target, **more,
    )  # fmt: skip


def profile() -> tuple[pp.ProfileFigure, ...]:
    """Force Overview and Context (L210-357), each figure once (L224-225 repeat the 32
    boroughs of L215-216)."""
    s = _stated
    return (
        s((215, 216), "It is made up of 32 borough-based operational command units (OCUs)",
          "32", _count(32), measure="borough-based operational command units",
          section=GEOGRAPHY),
        s((216, 217), "It is responsible for policing 620 square miles", "620 square miles",
          pp.Quantity(620, pp.Unit.SQUARE_MILES), measure="area policed", section=GEOGRAPHY),
        s((217, 218), "an estimated resident population of over 7.5 million (3.2 million "
          "households)", "7.5 million", _count("7.5", "million"), qualifier="estimated, over",
          measure="resident population", section=GEOGRAPHY),
        s((217, 218), "an estimated resident population of over 7.5 million (3.2 million "
          "households)", "3.2 million", _count("3.2", "million"), measure="households",
          section=GEOGRAPHY),
        s((218, 220), "On an average weekday, 1.06 million people enter central London during "
          "the morning peak hours (7am to 10am) with 88% doing so by means of public "
          "transport.", "1.06 million", _count("1.06", "million"),
          measure="people entering central London in the weekday morning peak",
          section=GEOGRAPHY),
        s((218, 220), "On an average weekday, 1.06 million people enter central London during "
          "the morning peak hours (7am to 10am) with 88% doing so by means of public "
          "transport.", "88%", _percent(88),
          measure="share of the morning peak's entrants to central London using public "
          "transport", section=GEOGRAPHY),
        s((220, 221), "London is also one of the world’s most popular city destinations, "
          "attracting some 27 million overnight visitors every year.", "27 million",
          _count(27, "million"), qualifier="some", measure="overnight visitors per year",
          section=GEOGRAPHY),
        s((225, 226), "In terms of staff numbers, the MPS is around three times larger than "
          "the next largest force.", "three times", pp.Quantity(3, pp.Unit.RATIO),
          qualifier="around", measure=STAFF_RATIO, section=GEOGRAPHY, note=STAFF_RATIO_NOTE),
        s((226, 227), "Its annual budget accounts for about 24% of the total cost of police "
          "services in England and Wales.", "24%", _percent(24), qualifier="about",
          measure=BUDGET_SHARE, section=GEOGRAPHY),
        s((235, 236), "the resident population is currently growing at a rate of 40,000 "
          "people per year", "40,000", _count(40000),
          measure="growth of the resident population per year", section=DEMOGRAPHY),
        s((236, 237), "The capital contains 13 of the 20 most deprived boroughs in the UK",
          "13", _count(13), measure="boroughs among the 20 most deprived in the UK",
          section=DEMOGRAPHY),
        s((237, 238), "one in four of all the poorest districts in England (as measured on "
          "the Government's indices of multiple deprivation) is in London", "one in four",
          pp.Quantity(1, pp.Unit.RATE, per=4, base="poorest districts in England"),
          measure="poorest districts in England that are in London", section=DEMOGRAPHY),
        s((238, 239), "It is home to almost 47% of the UK’s black and minority ethnic (BME) "
          "citizens", "47%", _percent(47), qualifier="almost",
          measure="share of the UK's black and minority ethnic (BME) citizens living in London",
          section=DEMOGRAPHY),
        s((240, 241), "It is estimated that 300 languages are spoken within London schools.",
          "300", _count(300), qualifier="estimated",
          measure="languages spoken within London schools", section=DEMOGRAPHY),
        s((241, 242), "Some 26% of London households with dependent children are headed by a "
          "lone parent.", "26%", _percent(26), qualifier="some",
          measure="London households with dependent children headed by a lone parent",
          section=DEMOGRAPHY),
        s((242, 242), "About 21% of the UK’s economic activity takes place in London.", "21%",
          _percent(21), qualifier="about",
          measure="share of the UK's economic activity taking place in London",
          section=DEMOGRAPHY),
        s((262, 263), "the MPS net revenue expenditure on services for 2007/08 is estimated "
          "to be £3,043.1 million", "£3,043.1 million",
          pp.Quantity("3043.1", pp.Unit.GBP, scale="million"), qualifier="estimated",
          period=YEAR_2007_08.period(), measure="net revenue expenditure", section=STRUCTURE),
        s((304, 304), "Gun-enabled crime also reduced in 2007/08 by 11.3%", "11.3%",
          pp.Quantity("11.3", pp.Unit.PERCENT_CHANGE), period=YEAR_2007_08.period(),
          measure="reduction in gun enabled crime", section=DEVELOPMENTS),
        s((304, 305), "the number of violent crimes reduced by 6.1%", "6.1%",
          pp.Quantity("6.1", pp.Unit.PERCENT_CHANGE),
          measure="reduction in the number of violent crimes", section=DEVELOPMENTS,
          note="The sentence states the year (2007/08) of the gun crime figure only."),
        s((310, 310), "the MPS now having coverage in each of the 624 wards", "624",
          _count(624), measure="wards", section=DEVELOPMENTS),
        s((310, 311), "having introduced an enhanced level of coverage in 87 wards with a "
          "population in excess of 14,000 people", "87", _count(87),
          measure="wards with an enhanced level of Safer Neighbourhoods coverage",
          section=DEVELOPMENTS),
        s((311, 312), "the MPS has staffed 21 Safer Transport teams", "21", _count(21),
          measure="Safer Transport teams", section=DEVELOPMENTS),
        s((312, 313), "has established six SN teams to focus on particular community-based "
          "problems", "six", _count(6),
          measure="Safer Neighbourhoods teams focused on particular community-based problems",
          section=DEVELOPMENTS),
        s((313, 314), "Two pilot schemes are also under way to trial 24/7 SN teams.", "Two",
          _count(2), measure="pilot schemes trialling 24/7 Safer Neighbourhoods teams",
          section=DEVELOPMENTS),
        s((317, 317), "The MPS has appointed 4,562 police community support officers (PCSOs)",
          "4,562", _count(4562), measure="PCSOs appointed", section=DEVELOPMENTS),
        s((318, 319), "the 16,000 PCSOs required to be in place by the end of April 2007",
          "16,000", _count(16000), period=END_OF_APRIL_2007, measure=PCSOS_REQUIRED,
          section=DEVELOPMENTS),
        s((324, 325), "there have been over 235,000 intelligence reports recorded", "235,000",
          _count(235000), qualifier="over",
          measure="intelligence reports recorded since the introduction of Safer "
          "Neighbourhoods", section=DEVELOPMENTS),
        s((325, 325), "over 36,000 visits to victims of crime", "36,000", _count(36000),
          qualifier="over",
          measure="visits to victims of crime since the introduction of Safer Neighbourhoods",
          section=DEVELOPMENTS),
        s((325, 326), "engagement in nearly 1,500 Community Payback schemes", "1,500",
          _count(1500), qualifier="nearly",
          measure="community payback schemes engaged in since the introduction of Safer "
          "Neighbourhoods", section=DEVELOPMENTS),
        s((326, 327), "During May 2007 there were 150 Community Payback schemes per week.",
          "150", _count(150), period=MAY_2007, measure="community payback schemes per week",
          section=DEVELOPMENTS),
        s((328, 329), "victim satisfaction with the overall service (the MPS achieved 78% "
          "satisfaction against a target of 81%)", "78%", _percent(78),
          target=("81%", _percent(81)), measure="victim satisfaction with the overall service",
          section=DEVELOPMENTS, note=SATISFACTION_NOTE),
        s((330, 331), "victim of racist incidents satisfaction (the MPS achieved 64% "
          "satisfaction against a target of 72%)", "64%", _percent(64),
          target=("72%", _percent(72)), measure="satisfaction of victims of racist incidents",
          section=DEVELOPMENTS, note=SATISFACTION_NOTE),
        s((340, 341), "there are currently around 100 people either at or awaiting trial in "
          "connection with terrorism investigations", "100", _count(100), qualifier="around",
          measure="people at or awaiting trial in connection with terrorism investigations",
          section=DEVELOPMENTS),
    )  # fmt: skip


PRIORITIES = ((274, 275), (277, 278), (280, 281), (283, 284), (286, 287), (289, 290), (292, 292))


def strategic_priorities() -> tuple[str, ...]:
    """The seven corporate priorities (L274-292), without the bullet or the list's
    ";", "; and" or "."."""
    require(SEED, 267, "Strategic priorities")
    require(SEED, 271, "The corporate priorities,")
    items = tuple(
        re.sub(r"(;( and)?|\.)$", "", bullet_text(Paragraph(passage(*lines), lines)))
        for lines in PRIORITIES
    )
    assert all(" – " in item for item in items), items
    return items


GRADES = (
    # grade, its heading, the lines of its text
    (pp.Grade.EXCELLENT, 118, (120, 131)),
    (pp.Grade.GOOD, 133, (135, 137)),
    (pp.Grade.FAIR, 139, (141, 144)),
    (pp.Grade.POOR, 146, (148, 152)),
)
GARBLED_BULLET = "\N{REPLACEMENT CHARACTER}"


def grading() -> tuple[pp.GradeDefinition, ...]:
    """The grading process (L110-152): the scale, then a definition of each grade.

    The two points that close the Excellent definition are printed with a
    garbled bullet (U+FFFD, L126 and L130); they are kept as "- " items on
    lines of their own, as in the 2008 report's lists.
    """
    definitions = [
        pp.GradeDefinition(grade=None, section=_section(GRADING_PROCESS), text=passage(112, 116))
    ]
    for grade, heading, (first, last) in GRADES:
        assert line(SEED, heading).strip() == str(grade), heading
        parts = [p.text for p in paragraphs(numbered_lines(first, last))]
        text = "\n".join(
            "- " + part[1:].strip() if part.startswith(GARBLED_BULLET) else part for part in parts
        )
        definitions.append(pp.GradeDefinition(grade=grade, section=GRADING_PROCESS, text=text))
    return tuple(definitions)


# --- the document ----------------------------------------------------------------


def source() -> pp.Source:
    title = require(SEED, 807, "Metropolitan Police – HMIC Inspection Report")
    require(SEED, 809, "October 2007")
    return pp.Source(
        title=title,
        publisher="Her Majesty's Inspectorate of Constabulary",
        date=date(2007, 10, 1),
        precision=pp.Precision.MONTH,
    )


def period() -> pp.Period:
    require(SEED, 113, "the assessment period April 2006 to July 2007")
    return pp.Period(
        start=date(2006, 4, 1), end=date(2007, 7, 31), label="April 2006 to July 2007"
    )


def build() -> pp.Inspection:
    issues: list[pp.KnownIssue] = []
    findings, body_recs = body_findings()
    items = [paragraph for _, paragraph in findings]
    practice, title_lines = developing_practice()
    entries = glossary()
    document_judgements = judgements(issues)
    document_distributions = distributions(issues)
    document_recommendations = recommendations(body_recs, issues)
    issues += finding_issues(items)
    issues += glossary_issues(entries)
    issues += document_issues(title_lines)
    return pp.Inspection(
        source=source(),
        force=FORCE,
        period=period(),
        frameworks=frameworks(),
        judgements=document_judgements,
        distributions=document_distributions,
        findings=tuple(finding for finding, _ in findings),
        recommendations=document_recommendations,
        developing_practice=tuple(practice),
        glossary=entries,
        profile=profile(),
        strategic_priorities=strategic_priorities(),
        grading=grading(),
        known_issues=tuple(issues),
    )


def main() -> None:
    document = build()
    out = write(DATASET, document)
    print(
        f"{DATASET}: {len(document.frameworks)} areas, {len(document.judgements)} judgements, "
        f"{len(document.distributions)} distributions, {len(document.findings)} findings, "
        f"{len(document.recommendations)} recommendations, "
        f"{len(document.developing_practice)} developing practice, "
        f"{len(document.glossary)} glossary entries, {len(document.profile)} profile figures, "
        f"{len(document.grading)} grade definitions, {len(document.known_issues)} known issues "
        f"-> {out}"
    )


if __name__ == "__main__":
    main()

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


# --- contextual factors of each inspected area ---------------------------------------

NATIONAL = "National contextual factors"
FORCE_CONTEXT = "Contextual factors"
FORCE_CONTEXT_OVERVIEW = "Contextual factors overview"  # the PVP overview's heading, L1878


@dataclass(frozen=True)
class ContextPassage:
    """A contextual-factors passage: its area, its heading as printed, its lines."""

    area: str  # an `Area` name
    heading: str
    heading_line: int
    first: int
    last: int

    @property
    def section(self) -> str:
        """``"Domestic violence: National contextual factors"``: the area, then the heading."""
        return f"{self.area}: {self.heading}"


NP_NATIONAL = ContextPassage("Neighbourhood Policing", NATIONAL, 409, 411, 431)
NP_FORCE = ContextPassage("Neighbourhood Policing", FORCE_CONTEXT, 433, 434, 484)
PM_NATIONAL = ContextPassage("Performance management", NATIONAL, 1310, 1312, 1324)
PM_FORCE = ContextPassage("Performance management", FORCE_CONTEXT, 1326, 1328, 1369)
PVP_NATIONAL = ContextPassage(PVP, NATIONAL, 1852, 1854, 1876)
PVP_FORCE = ContextPassage(PVP, FORCE_CONTEXT_OVERVIEW, 1878, 1880, 1958)
CA_NATIONAL = ContextPassage("Child abuse", NATIONAL, 2166, 2168, 2184)
CA_FORCE = ContextPassage("Child abuse", FORCE_CONTEXT, 2188, 2190, 2200)
DV_NATIONAL = ContextPassage("Domestic violence", NATIONAL, 2434, 2436, 2461)
DV_FORCE = ContextPassage("Domestic violence", FORCE_CONTEXT, 2465, 2467, 2483)
PP_NATIONAL = ContextPassage("Public protection", NATIONAL, 2683, 2685, 2736)
PP_FORCE = ContextPassage("Public protection", FORCE_CONTEXT, 2740, 2742, 2754)
MP_NATIONAL = ContextPassage("Missing persons", NATIONAL, 2931, 2933, 2941)
MP_FORCE = ContextPassage("Missing persons", FORCE_CONTEXT, 2945, 2947, 2961)
CONTEXT_PASSAGES = (
    NP_NATIONAL, NP_FORCE, PM_NATIONAL, PM_FORCE, PVP_NATIONAL, PVP_FORCE, CA_NATIONAL,
    CA_FORCE, DV_NATIONAL, DV_FORCE, PP_NATIONAL, PP_FORCE, MP_NATIONAL, MP_FORCE,
)  # fmt: skip

# A number in the text: digits (not those of a name such as "SCD5"), or a number word.
NUMBER = re.compile(
    r"(?<![A-Za-z\d])\d(?:[\d,./–]*\d)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifth|double|once"
    r"|thousands)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?:19|20)\d\d(?:[/–]\d\d)?")  # a date, "2006/07" or "2006–09": no figure
NOT_FIGURES = (
    # line, the number as printed, why it is not a figure of its own
    (454, "24/7", "part of a name: the '24/7 SN teams' the two pilots trial"),
    (1336, "12", "a name: 'the Super 12'"),
    (1341, "once", "a frequency: the board 'meets once a month'"),
    (1342, "12", "a name: 'the Super 12 critical performance areas'"),
    (1351, "eight", "'an eight-year low': a span of years, for which the model has no unit"),
    (1354, "fifth", "'a fifth successive year of increases': an ordinal of years"),
    (1355, "five", "'double the level of five years ago': the span the ratio compares over"),
    (1364, "three", "'over the next three years': a span of years"),
    (1861, "four", "'the four areas' repeats the 'four components' of L1859"),
    (1900, "3", "the marker of footnote 3 (L1951), printed '2006/07:3'"),
    (1911, "18", "'under 18 years of age': an age, part of the measure of the 16,000"),
    (1913, "three", "'over a three-year period': the span of the rises that follow"),
    (1915, "three", "'compared with three years previously': the base of the 20.2% rise"),
    (2442, "18", "'adults, aged 18 and over': an age in ACPO's definition"),
    (2473, "one", "'the MPS is one of the lead agencies': no count"),
    (2480, "once", "a conjunction: 'once the crime has been supervised'"),
    (2698, "1", "a label: 'Category 1'"),
    (2700, "2", "a label: 'Category 2'"),
    (2702, "3", "a label: 'Category 3'"),
    (2714, "1", "a label: 'Level 1'"),
    (2714, "one", "the definition of level 1: 'can be managed by one agency'"),
    (2716, "2", "a label: 'Level 2'"),
    (2716, "one", "the definition of level 2: 'more than one agency'"),
    (2718, "3", "a label: 'Level 3'"),
    (2933, "thousands", "'thousands of people are reported': no number stated"),
)
APRIL_2006_TO_MARCH_2007 = pp.Period(
    start=date(2006, 4, 1), end=date(2007, 3, 31), label="April 2006 to March 2007"
)
YEAR_2006_07 = pp.FinancialYear(2006)
WORKLOAD_NOTE = (
    "One of the 'volume of MPS workloads in relation to the range of PVP/public protection "
    "activities over the course of 2006/07' (L1899-1900); source: 'MetStats and SCD data' "
    "(footnote 3, L1951)."
)
CHANGE_NOTE = (
    "A change of a rate printed with '%': the text does not say whether it is relative or in "
    "percentage points; kept as printed, as a percent change."
)
SAME_PERIOD_NOTE = (
    "The sentence states the year (2006/07) of the domestic violence rate only; this rate is "
    "compared 'over the same period'."
)
PROTECTED_POPULATION = "population the MPS is responsible for protecting"
MISSING_CASES = "missing persons cases investigated per year"
BUDGET_NOTE = (
    "The text calls the MPS 'a £3 billion per annum organisation'; it does not say whether "
    "the sum is a budget or spending."
)


@dataclass(frozen=True)
class ContextFigure:
    """A contextual-factors figure, with its passage and the lines it is read from."""

    where: ContextPassage
    lines: tuple[int, int]
    figure: pp.ProfileFigure


def _context(
    where: ContextPassage,
    lines: tuple[int, int],
    text: str,
    printed: str,
    value: pp.Quantity,
    *,
    measure: str,
    **more: object,
) -> ContextFigure:
    """A figure of a contextual-factors passage: ``printed`` as it stands in ``text``."""
    assert where.first <= lines[0] <= lines[1] <= where.last, (where.section, lines)
    found = profile_figure(
        passage(*lines), f"{SEED} L{lines[0]}-{lines[1]}", text, printed, value,
        measure=measure, section=where.section, **more,
    )  # fmt: skip
    return ContextFigure(where, lines, found)


def _context_passages() -> None:
    """Each heading stands where it is cited, in its area, and its passage runs to the
    next heading: the force's "Contextual factors" or "Strengths"."""
    areas = {a.name: a for a in AREAS}
    for where in CONTEXT_PASSAGES:
        area = areas[where.area]
        assert line(SEED, where.heading_line).strip() == where.heading, where
        assert area.first < where.heading_line < where.first <= where.last < area.last, where
        following = next(
            n
            for n in range(where.last + 1, area.last)
            if n not in FURNITURE and line(SEED, n).strip()
        )
        after = FORCE_CONTEXT_OVERVIEW if where.area == PVP else FORCE_CONTEXT
        assert line(SEED, following).strip() == (
            after if where.heading == NATIONAL else "Strengths"
        ), (where, following)


def _take(left: list[tuple[int, str]], first: int, last: int, token: str, section: str) -> None:
    """Strike ``token`` off the numbers ``left`` to account for, on lines ``first``..``last``."""
    hits = [(n, t) for n, t in left if first <= n <= last and t.casefold() == token.casefold()]
    assert hits, f"{section}: no {token!r} left on L{first}-{last}"
    left.remove(hits[0])


def _every_number_structured(found: list[ContextFigure]) -> None:
    """Every number in every passage is a figure or stands in ``NOT_FIGURES``; dates aside."""
    for where in CONTEXT_PASSAGES:
        left = [
            (n, match.group())
            for n, raw in numbered_lines(where.first, where.last)
            for match in NUMBER.finditer(raw)
            if not YEAR.fullmatch(match.group())
        ]
        for item in found:
            if item.where == where:
                for token in NUMBER.findall(item.figure.figure.text):
                    _take(left, *item.lines, token, where.section)
        for number, token, _ in NOT_FIGURES:
            if where.first <= number <= where.last:
                _take(left, number, number, token, where.section)
        assert not left, f"{where.section}: numbers neither structured nor excluded: {left}"


def contextual_factors() -> tuple[pp.ProfileFigure, ...]:
    """Every figure of the national and force contextual factors of each area, each once
    within its passage (a later "the four areas", L1861, is not a figure again). Dates,
    names, labels, ages and spans of years are not figures (``NOT_FIGURES``)."""
    _context_passages()
    require(SEED, 1900, "over the course of 2006/07")
    require(SEED, 1951, "3 Source: MetStats and SCD data.")
    c = _context
    found = [
        # Neighbourhood Policing: the force (the national passage states dates only)
        c(NP_FORCE, (446, 447), "Each of the 32 boroughs has a SN senior management team "
          "(SMT) lead", "32", _count(32),
          measure="boroughs, each with a Safer Neighbourhoods senior management team lead"),
        c(NP_FORCE, (448, 448), "The MPS now has coverage in each of the 624 wards", "624",
          _count(624), measure="wards"),
        c(NP_FORCE, (448, 449), "has introduced an enhanced level of coverage in 87 wards",
          "87", _count(87), measure="wards with an enhanced level of Safer Neighbourhoods "
          "coverage"),
        c(NP_FORCE, (449, 450), "87 wards with a population in excess of 14,000 people",
          "14,000", _count(14000), qualifier="in excess of",
          measure="population of each ward with an enhanced level of Safer Neighbourhoods "
          "coverage"),
        c(NP_FORCE, (450, 450), "the MPS has staffed 21 Safer Transport teams", "21",
          _count(21), measure="Safer Transport teams"),
        c(NP_FORCE, (450, 451), "has established six SN teams to focus on particular "
          "community- based problems", "six", _count(6),
          measure="Safer Neighbourhoods teams focused on particular community-based problems"),
        c(NP_FORCE, (451, 454), "Two pilots are also under way to trial 24/7 SN teams.", "Two",
          _count(2), measure="pilot schemes trialling 24/7 Safer Neighbourhoods teams"),
        c(NP_FORCE, (473, 473), "The MPS has appointed 4,562 PCSOs", "4,562", _count(4562),
          measure="PCSOs appointed"),
        c(NP_FORCE, (473, 474), "its proportionate share of the 16,000 PCSOs required to be in "
          "place by the end of April 2007", "16,000", _count(16000), period=END_OF_APRIL_2007,
          measure=PCSOS_REQUIRED),
        # Performance management: the force (the national passage states no figure)
        c(PM_FORCE, (1328, 1328), "The MPS is a £3 billion per annum organisation",
          "£3 billion", pp.Quantity(3, pp.Unit.GBP, scale="billion"), measure="annual budget",
          note=BUDGET_NOTE),
        c(PM_FORCE, (1328, 1328), "with a workforce of over 50,000", "50,000", _count(50000),
          qualifier="over", measure="workforce"),
        c(PM_FORCE, (1328, 1329), "responsibility for the protection of a population of some 7 "
          "million", "7 million", _count(7, "million"), qualifier="some",
          measure=PROTECTED_POPULATION),
        c(PM_FORCE, (1336, 1337), "the seven corporate strategy priorities", "seven", _count(7),
          measure="corporate strategy priorities"),
        c(PM_FORCE, (1350, 1354), "During the period April 2006 to March 2007, overall crime in "
          "London fell to an eight-year low with 62,000 fewer victims of crime", "62,000",
          _count(62000), period=APRIL_2006_TO_MARCH_2007,
          measure="reduction in the number of victims of crime"),
        c(PM_FORCE, (1354, 1355), "a fifth successive year of increases in the detection rate "
          "to 21% – double the level of five years ago", "21%", _percent(21),
          period=APRIL_2006_TO_MARCH_2007, measure="detection rate"),
        c(PM_FORCE, (1354, 1355), "a fifth successive year of increases in the detection rate "
          "to 21% – double the level of five years ago", "double", pp.Quantity(2, pp.Unit.RATIO),
          period=APRIL_2006_TO_MARCH_2007,
          measure="detection rate as a multiple of its level five years before",
          note="'double the level of five years ago', as the ratio 1:2"),
        c(PM_FORCE, (1361, 1362), "draws together the seven priorities in the Policing London "
          "strategy 2006–09", "seven", _count(7),
          measure="priorities in the Policing London strategy 2006–09"),
        # Protecting vulnerable people: national, then the force's overview
        c(PVP_NATIONAL, (1855, 1856), "It replaced two existing frameworks", "two", _count(2),
          measure="frameworks the Protecting Vulnerable People framework replaced"),
        c(PVP_NATIONAL, (1858, 1859), "a single framework was introduced with four components",
          "four", _count(4), measure="components of the Protecting Vulnerable People framework"),
        c(PVP_FORCE, (1892, 1894), "across all four elements of the business area", "four",
          _count(4), measure="elements of the Protecting Vulnerable People business area"),
        c(PVP_FORCE, (1902, 1902), "7,295 child abuse offences", "7,295", _count(7295),
          period=YEAR_2006_07.period(), measure="child abuse offences", note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1903, 1903), "91 sudden unexplained death of infant (SUDI) "
          "investigations", "91", _count(91), period=YEAR_2006_07.period(),
          measure="sudden unexplained death of infant (SUDI) investigations",
          note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1904, 1904), "101,199 DV incidents", "101,199", _count(101199),
          period=YEAR_2006_07.period(), measure="domestic violence incidents",
          note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1905, 1905), "54,746 DV offences", "54,746", _count(54746),
          period=YEAR_2006_07.period(), measure="domestic violence offences",
          note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1906, 1906), "11,166 racist incidents", "11,166", _count(11166),
          period=YEAR_2006_07.period(), measure="racist incidents", note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1907, 1907), "9,976 racist offences", "9,976", _count(9976),
          period=YEAR_2006_07.period(), measure="racist offences", note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1908, 1908), "1,394 homophobic incidents", "1,394", _count(1394),
          period=YEAR_2006_07.period(), measure="homophobic incidents", note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1909, 1909), "1,184 homophobic offences", "1,184", _count(1184),
          period=YEAR_2006_07.period(), measure="homophobic offences", note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1910, 1910), "5,312 registered sex offenders", "5,312", _count(5312),
          period=YEAR_2006_07.period(), measure="registered sex offenders",
          note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1911, 1911), "26,000 missing persons, of whom over 16,000 are under 18 "
          "years of age", "26,000", _count(26000), period=YEAR_2006_07.period(),
          measure="missing persons", note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1911, 1911), "26,000 missing persons, of whom over 16,000 are under 18 "
          "years of age", "16,000", _count(16000), qualifier="over",
          period=YEAR_2006_07.period(), measure="missing persons under 18 years of age",
          note=WORKLOAD_NOTE),
        c(PVP_FORCE, (1914, 1915), "having achieved a 39.3% domestic violence sanction "
          "detection rate in 2006/07", "39.3%", _percent("39.3"), period=YEAR_2006_07.period(),
          measure="domestic violence sanction detection rate"),
        c(PVP_FORCE, (1915, 1915), "which is a 20.2% rise compared with three years "
          "previously", "20.2%", pp.Quantity("20.2", pp.Unit.PERCENT_CHANGE),
          measure="rise in the domestic violence sanction detection rate compared with three "
          "years previously", note=CHANGE_NOTE),
        c(PVP_FORCE, (1915, 1916), "a homophobic crime sanction detection rate of 34.6%",
          "34.6%", _percent("34.6"), measure="homophobic crime sanction detection rate",
          note=SAME_PERIOD_NOTE),
        c(PVP_FORCE, (1916, 1917), "which is a 17.7% increase over the same period", "17.7%",
          pp.Quantity("17.7", pp.Unit.PERCENT_CHANGE),
          measure="increase in the homophobic crime sanction detection rate over the same "
          "three-year period", note=CHANGE_NOTE),
        c(PVP_FORCE, (1917, 1917), "a 22% child abuse sanction detection rate", "22%",
          _percent(22), measure="child abuse sanction detection rate", note=SAME_PERIOD_NOTE),
        c(PVP_FORCE, (1917, 1918), "which is a 6% rise over the same period", "6%",
          pp.Quantity(6, pp.Unit.PERCENT_CHANGE),
          measure="rise in the child abuse sanction detection rate over the same three-year "
          "period", note=CHANGE_NOTE),
        c(PVP_FORCE, (1920, 1921), "45.8% people were arrested for DV incidents, where there "
          "was a power of arrest and the arrest was made relating to the incident", "45.8%",
          _percent("45.8"),
          measure="people arrested for domestic violence incidents where there was a power of "
          "arrest (statutory performance indicator)"),
        c(PVP_FORCE, (1921, 1922), "which is an improvement of 9.98% from the previous year",
          "9.98%", pp.Quantity("9.98", pp.Unit.PERCENT_CHANGE),
          measure="improvement from the previous year in people arrested for domestic "
          "violence incidents where there was a power of arrest", note=CHANGE_NOTE),
        # Child abuse: the force (the national passage states no figure)
        c(CA_FORCE, (2191, 2192), "SCD5 comprises 19 child abuse investigation teams (CAITs)",
          "19", _count(19), measure="child abuse investigation teams (CAITs)"),
        c(CA_FORCE, (2192, 2193), "dealing with around 10,000 allegations per annum", "10,000",
          _count(10000), qualifier="around",
          measure="allegations the child abuse investigation teams deal with per annum"),
        c(CA_FORCE, (2193, 2194), "in the form of two major incident teams", "two", _count(2),
          measure="major incident teams of SCD5"),
        # Domestic violence: the force (the national passage states an age only)
        c(DV_FORCE, (2474, 2474), "Project Umbra comprises six strategic strands of activity",
          "six", _count(6), measure="strategic strands of activity of Project Umbra"),
        # Public protection: national (the force's passage states no figure)
        c(PP_NATIONAL, (2695, 2695), "Under MAPPA, there are three categories of offender",
          "three", _count(3),
          measure="MAPPA categories of offender considered to pose a risk of serious harm"),
        c(PP_NATIONAL, (2711, 2712), "risk management involves the use of strategies by "
          "various agencies to reduce the risk, at three levels", "three", _count(3),
          measure="levels of MAPPA risk management"),
        c(PP_NATIONAL, (2723, 2724), "The guidance outlines four considerations that are key "
          "to the delivery of effective public protection.", "four", _count(4),
          measure="considerations of the MAPPA guidance key to effective public protection"),
        # Missing persons: the force (the national passage states no number)
        c(MP_FORCE, (2947, 2947), "The MPS investigates over 26,000 missing persons cases "
          "every year", "26,000", _count(26000), qualifier="over",
          measure=MISSING_CASES),
        c(MP_FORCE, (2947, 2948), "16,000 of those cases relate to children", "16,000",
          _count(16000), measure="missing persons cases per year relating to children"),
        c(MP_FORCE, (2952, 2952), "has identified that there are currently 1,314 persons "
          "outstanding", "1,314", _count(1314), measure="missing persons outstanding in London"),
    ]  # fmt: skip
    _every_number_structured(found)
    order = {where: i for i, where in enumerate(CONTEXT_PASSAGES)}
    assert [order[item.where] for item in found] == sorted(order[item.where] for item in found)
    return tuple(item.figure for item in found)


def contextual_issues(figures: tuple[pp.ProfileFigure, ...]) -> list[pp.KnownIssue]:
    """Defects of the contextual-factors figures, kept verbatim in their text."""

    def index(where: ContextPassage, measure: str) -> int:
        (found,) = [
            i for i, f in enumerate(figures) if f.section == where.section and f.measure == measure
        ]
        return found

    require(SEED, 451, "community- based problems")
    require(SEED, 1920, "45.8% people were arrested")
    require(SEED, 2194, "two major incident teams")
    require(SEED, 2210, "two major investigation teams")
    require(SEED, 1911, "26,000 missing persons, of whom over 16,000 are under 18")
    require(SEED, 2947, "over 26,000 missing persons cases every year and 16,000 of those")
    require(SEED, 217, "population of over 7.5 million")
    require(SEED, 1329, "a population of some 7 million")
    focused = "Safer Neighbourhoods teams focused on particular community-based problems"
    arrests = (
        "people arrested for domestic violence incidents where there was a power of arrest "
        "(statutory performance indicator)"
    )
    return [
        pp.KnownIssue(
            code="typo",
            path=f"contextual_factors[{index(NP_FORCE, focused)}].text",
            explanation='stray space in "community- based problems"',
            line=451,
        ),
        pp.KnownIssue(
            code="inconsistent-repeat",
            path=f"contextual_factors[{index(PM_FORCE, PROTECTED_POPULATION)}].figure",
            explanation=(
                "Performance management's contextual factors give the MPS 'a population of "
                "some 7 million'; the force overview gives 'an estimated resident population "
                "of over 7.5 million' (L217-218, profile)"
            ),
            line=1329,
        ),
        pp.KnownIssue(
            code="missing-word",
            path=f"contextual_factors[{index(PVP_FORCE, arrests)}].text",
            explanation="'45.8% people were arrested' lacks 'of' ('45.8% of people')",
            line=1920,
        ),
        pp.KnownIssue(
            code="label-mismatch",
            path=f"contextual_factors[{index(CA_FORCE, 'major incident teams of SCD5')}].text",
            explanation=(
                "SCD5's 'two major incident teams' here are 'two major investigation teams' "
                "in the first child abuse strength (L2210)"
            ),
            line=2194,
        ),
        pp.KnownIssue(
            code="inconsistent-repeat",
            path=f"contextual_factors[{index(MP_FORCE, MISSING_CASES)}].qualifier",
            explanation=(
                "Missing persons gives 'over 26,000 missing persons cases every year and 16,000 "
                "of those cases relate to children'; the PVP overview (L1911) gives, for "
                "2006/07, '26,000 missing persons, of whom over 16,000 are under 18 years of "
                "age': the 'over' qualifies the other figure"
            ),
            line=2947,
        ),
    ]


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
    context = contextual_factors()
    issues += contextual_issues(context)
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
        contextual_factors=context,
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
        f"{len(document.contextual_factors)} contextual factors, "
        f"{len(document.grading)} grade definitions, {len(document.known_issues)} known issues "
        f"-> {out}"
    )


if __name__ == "__main__":
    main()

"""Transcribe the HMIC inspection report on the MPS, October 2007 (seed 003).

Run from the repository root: ``python tools/build_inspection_2007.py``.

The report's findings, recommendations and developing-practice boxes are read
from the seed lines; page furniture (running footers, footnotes, the stray
"GRADE X" sidebar lines) is skipped so that text broken across it is joined.
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

from _common import line, require, write

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
        f"{len(document.glossary)} glossary entries, {len(document.known_issues)} known issues "
        f"-> {out}"
    )


if __name__ == "__main__":
    main()

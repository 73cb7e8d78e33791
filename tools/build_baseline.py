"""Build the ``hmic-baseline-2005`` dataset from seed 000.

Seed 000 is HMIC's *Baseline Assessment, Metropolitan Police Service*
(October 2005). This script transcribes its frameworks table (L121-141), the
Summary of Judgements (L175-209), the strengths and areas for improvement
(L211-1502), the glossary (L1781-1908), the two national matrices of
grades and directions of travel (L1910-2028), the figures of the Force
Overview and Context (L143-170) and what the introduction says of its grades
(L75-99). The Appendix 1 performance
tables come from ``seed000_indicators``.

Run from the repository root: ``python tools/build_baseline.py``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import seed000_indicators
from _common import cells, line, profile_figure, require, seed, write

import policeplan as pp

SEED = "000"
DATASET = "hmic-baseline-2005"
FORCE = "MPS"

GRADES = {
    "Excellent": pp.Grade.EXCELLENT,
    "Good": pp.Grade.GOOD,
    "Fair": pp.Grade.FAIR,
    "Poor": pp.Grade.POOR,
}
NOT_GRADED = "NG"
MATRIX_DIRECTIONS = {
    "I": pp.DirectionOfTravel.IMPROVED,
    "S": pp.DirectionOfTravel.STABLE,
    "D": pp.DirectionOfTravel.DETERIORATED,
}
SUMMARY_DIRECTIONS = {
    "Improved": pp.DirectionOfTravel.IMPROVED,
    "Stable": pp.DirectionOfTravel.STABLE,
    "Deteriorated": pp.DirectionOfTravel.DETERIORATED,
    # L201 and L1139 print "Improving" where the matrix (L2021) has "I".
    "Improving": pp.DirectionOfTravel.IMPROVED,
}

# The national matrices: (header line, first row line) of each half.
GRADE_BLOCKS = ((1912, 1913), (1941, 1942))
DIRECTION_BLOCKS = ((1972, 1973), (2001, 2002))
FRAMEWORK_COUNT = 27

FINDINGS_LINES = (211, 1502)
GLOSSARY_LINES = (1783, 1908)
PAGE_FURNITURE = {
    "*Metropolitan Police Service – Baseline Assessment",
    "October 2005*",
    "Metropolitan Police Service – Baseline Assessment",
    "October 2005",
}
KINDS = {
    "Strengths": pp.FindingKind.STRENGTH,
    "Areas for Improvement": pp.FindingKind.AREA_FOR_IMPROVEMENT,
}
SUBHEADINGS = {"Major Crime", "Critical Incident Management", "Counter-terrorism and Extremism"}

# The frameworks table lost its bullet glyphs from 4A on (L132-141): the
# phrases run together, so the split into areas is transcribed here and
# checked against the printed run of text.
UNBULLETED_AREAS: dict[str, tuple[str, ...]] = {
    "4A": (
        "Operational activity to reassure communities",
        "Use of media to market success",
        "Uniformed patrol and visibility",
        "Extended police family",
        "Performance in reducing fear of crime",
    ),
    "4B": (
        "Non-crime activities of CDRPs and other partnerships",
        "Use of ASB legislation, tools, etc",
        "Road safety partnerships",
        "Emergency planning",
    ),
    "5A": (
        "All aspects of call-handling and call-management",
        "Initial incident response",
        "Early identification of critical incidents",
        "Performance in answering and responding to public calls",
    ),
    "5B": (
        "Management of central operational support",
        "Police use of firearms",
        "Capability for policing major events/incidents",
    ),
    "5C": (
        "Effectiveness of arrangements for roads policing",
        "Integration/support for other operational activity",
    ),
    "6A": (
        "HR strategy and costed plan",
        "Key HR issues not covered in 6B or 6C",
        "Health and safety",
        "Performance in key HR indicators",
    ),
    "6B": (
        "Costed training strategy and delivery plan",
        "Key training and development issues",
    ),
    "6C": (
        "Action to promote fairness in relation to race, gender, faith, age, sexual "
        "orientation and disability",
        "Performance in meeting key targets",
    ),
    "6D": (
        "Resource availability",
        "Effective use of resources to support front-line activity",
        "Devolved budgets",
        "Finance, estates, procurement and fleet management functions",
    ),
    "6E": (
        "Information systems/ information technology (IS/IT) strategy and its implementation",
        "Programme and project management",
        "Customer service",
        "Adequacy of key systems",
        "Business continuity/disaster recovery",
    ),
    "6F": (
        "Extent to which structures, processes and products meet NIM standards",
        "Integration of NIM with force planning and performance management",
        "Use of community intelligence",
        "Application of NIM to non-crime areas",
    ),
    "7A": (
        "Extent to which the chief officer team is visible and dynamic, sets and upholds a "
        "vision, values and standards, promotes a learning culture, and sustains a "
        "well-motivated workforce",
        "Effectiveness of succession planning",
        "Promotion of corporacy",
    ),
    "7B": (
        "Integrated strategic planning framework",
        "External communication/ consultation",
        "Relationship with local police authority (PA)",
        "Police reform implementation",
        "Internal communication/ consultation",
        "Programme and project management",
        "Management of reputation/ public expectations",
    ),
    "7C": (
        "Effective performance management structures and processes at all levels",
        "Quality and timeliness of performance/management information",
        "Internal inspection/audit/quality assurance (QA) systems",
        "Effectiveness of joint force/PA best value reviews (BVRs)",
    ),
}

# Names the introduction gives frameworks in passing: (line, code, name).
PROSE_NAMES = (
    (89, "3A", "Major Crime Investigation"),
    (93, "3F", "Criminal Justice"),
    (97, "1B", "Neighbourhood Policing"),
)

PROFESSIONAL_STANDARDS_REASON = (
    87,
    "Professional Standards is the subject of a full inspection in all 43 forces in autumn "
    "2005 and therefore has not been graded in this report.",
)
MPS_PROFESSIONAL_STANDARDS_REASON = (
    364,
    "In view of the scale and timing of the full programme of inspections, the 2004/05 "
    "grading for professional standards has been deferred to 2006.",
)


# --- document identity ------------------------------------------------------------------


def source() -> pp.Source:
    return pp.Source(
        title=require(SEED, 7, "Baseline Assessment Metropolitan Police Service"),
        publisher=require(SEED, 3, "Her Majesty's Inspectorate of Constabulary"),
        date=date(2005, 10, 1),
        precision=pp.Precision.MONTH,
        isbn=require(SEED, 14, "1-84473-700-4"),
    )


def msf_group() -> tuple[str, ...]:
    require(SEED, 114, "West Midlands; Greater Manchester; Merseyside and West Yorkshire.")
    return ("West Midlands", "Greater Manchester", "Merseyside", "West Yorkshire")


# --- domains and frameworks (frameworks table, L121-141) --------------------------------

_DOMAIN_ROW = re.compile(r"(\d) (.+?)(?: \(PPAF domain (\w)\))?")
_FRAMEWORK_CELL = re.compile(r'([1-7][A-F]) (.+?) <ul style="list-style-type: none"> (.+)')


def _framework_table() -> Iterator[tuple[int, str, str | None] | tuple[str, str, str]]:
    """Rows of the frameworks table: domains (number, name, code) and cells (code, name, areas)."""
    require(SEED, 121, "Baseline Assessment 2005 Frameworks")
    for number in range(122, 142):
        row = [cell for cell in cells(SEED, number) if cell]
        if not row or row[0] in PAGE_FURNITURE:
            continue
        if match := _DOMAIN_ROW.fullmatch(row[0]):
            yield int(match.group(1)), match.group(2), match.group(3)
            continue
        for cell in row:
            match = _FRAMEWORK_CELL.fullmatch(cell)
            if match is None:
                raise AssertionError(f"seed {SEED} L{number}: unexpected cell {cell!r}")
            yield match.group(1), match.group(2), match.group(3)


def domains() -> tuple[pp.Domain, ...]:
    found = [
        pp.Domain(number=row[0], name=row[1], ppaf_code=row[2])
        for row in _framework_table()
        if isinstance(row[0], int)
    ]
    # PPAF's seventh domain has no HMIC area number (L97).
    require(SEED, 97, "the Local Policing domain will consist of")
    return (*found, pp.Domain(number=None, name="Local Policing"))


def _areas(code: str, printed: str) -> tuple[str, ...]:
    if "•" in printed:
        return tuple(area.strip() for area in printed.split("•") if area.strip())
    areas = UNBULLETED_AREAS[code]
    if " ".join(areas) != printed.strip():
        raise AssertionError(f"areas of {code} do not match the frameworks table: {printed!r}")
    return areas


def _names_by_code() -> dict[str, list[str]]:
    """Every spelling of each framework's name the document prints, in order of appearance."""
    codes = [fw.code for fw in _frameworks_without_aliases()]
    names: dict[str, list[str]] = {code: [] for code in codes}
    # Contents (L30-66): " - Name" bullets in framework order.
    contents = [line(SEED, n)[3:] for n in range(30, 70) if line(SEED, n).startswith(" - ")]
    # Summary of Judgements (L177-209), findings headings (L211-1502), Appendix 1 titles.
    coded = [cells(SEED, n)[0] for n in range(177, 210)]
    coded += [line(SEED, n) for n in range(*FINDINGS_LINES)]
    coded += [cells(SEED, n)[0].replace(":", "", 1) for n in range(1507, 1780)]
    # National matrices: row labels in framework order.
    matrices = [
        [cells(SEED, first + i)[0] for i in range(FRAMEWORK_COUNT)]
        for _, first in (*GRADE_BLOCKS, *DIRECTION_BLOCKS)
    ]
    for code, name in zip(codes, contents, strict=True):
        names[code].append(name)
    for text in coded:
        if match := re.fullmatch(r"([1-7][A-F]) (.+)", text):
            names[match.group(1)].append(match.group(2))
    for labels in matrices:
        for code, name in zip(codes, labels, strict=True):
            names[code].append(name)
    for number, code, name in PROSE_NAMES:
        names[code].append(require(SEED, number, name))
    return names


def _frameworks_without_aliases() -> list[pp.Framework]:
    return [
        pp.Framework(
            code=row[0], name=row[1], areas_covered=_areas(row[0], row[2]), domain=int(row[0][0])
        )
        for row in _framework_table()
        if isinstance(row[0], str)
    ]


def frameworks() -> tuple[pp.Framework, ...]:
    names = _names_by_code()
    result = []
    for framework in _frameworks_without_aliases():
        assert framework.code is not None
        aliases = dict.fromkeys(n for n in names[framework.code] if n != framework.name)
        result.append(
            pp.Framework(
                code=framework.code,
                name=framework.name,
                aliases=tuple(aliases),
                areas_covered=framework.areas_covered,
                domain=framework.domain,
            )
        )
    if len(result) != FRAMEWORK_COUNT:
        raise AssertionError(f"expected {FRAMEWORK_COUNT} frameworks, found {len(result)}")
    return tuple(result)


# --- national matrices (L1910-2028) -----------------------------------------------------


def _matrix(blocks: tuple[tuple[int, int], ...], codes: list[str]) -> dict[str, dict[str, str]]:
    """force → framework code → printed cell, read from the header and row lines of each half."""
    table: dict[str, dict[str, str]] = {}
    for header_line, first_row in blocks:
        header = cells(SEED, header_line)
        if header[0] != "":
            raise AssertionError(f"seed {SEED} L{header_line} is not a matrix header")
        forces = header[1:]
        for offset, code in enumerate(codes):
            row = cells(SEED, first_row + offset)
            if len(row) != len(forces) + 1:
                raise AssertionError(f"seed {SEED} L{first_row + offset}: {len(row)} cells")
            for force, cell in zip(forces, row[1:], strict=True):
                table.setdefault(force, {})[code] = cell
    return table


def _summary() -> dict[str, tuple[int, str, str]]:
    """Framework code → (line, grade word, direction word) of the Summary of Judgements."""
    require(SEED, 175, "Summary of Judgements\tGrade\tDirection of Travel")
    summary = {}
    for number in range(176, 210):
        row = [*cells(SEED, number), "", ""]
        if match := re.fullmatch(r"([1-7][A-F]) .+", row[0]):
            summary[match.group(1)] = (number, row[1], row[2])
    return summary


def _judgement(force: str, code: str, grade_text: str, direction_text: str) -> pp.Judgement:
    if grade_text != NOT_GRADED and grade_text not in GRADES:
        raise AssertionError(f"unknown grade {grade_text!r} for {force} {code}")
    reason = None
    if code == "1D" and grade_text == NOT_GRADED:
        number, text = (
            MPS_PROFESSIONAL_STANDARDS_REASON if force == FORCE else PROFESSIONAL_STANDARDS_REASON
        )
        reason = require(SEED, number, text)
    direction = MATRIX_DIRECTIONS.get(direction_text) or SUMMARY_DIRECTIONS.get(direction_text)
    if direction is None and direction_text != NOT_GRADED:
        raise AssertionError(f"unknown direction {direction_text!r} for {force} {code}")
    return pp.Judgement(
        force=force,
        framework=code,
        grade=GRADES.get(grade_text),
        grade_text=grade_text,
        direction=direction,
        direction_text=direction_text,
        not_graded_reason=reason,
    )


def judgements(codes: list[str]) -> tuple[tuple[pp.Judgement, ...], list[pp.KnownIssue]]:
    """Every force × framework of the matrices; MPS keeps the Summary of Judgements' words."""
    grades = _matrix(GRADE_BLOCKS, codes)
    directions = _matrix(DIRECTION_BLOCKS, codes)
    if list(grades) != list(directions) or len(grades) != 43:
        raise AssertionError("the grade and direction matrices name different forces")
    summary = _summary()
    result: list[pp.Judgement] = []
    issues: list[pp.KnownIssue] = []
    for force in grades:
        for code in codes:
            grade_text, direction_text = grades[force][code], directions[force][code]
            if force == FORCE:
                number, summary_grade, summary_direction = summary[code]
                issues += _summary_conflicts(
                    len(result), number, code, (summary_grade, summary_direction),
                    (grade_text, direction_text),
                )  # fmt: skip
                grade_text = summary_grade or grade_text
                direction_text = summary_direction or direction_text
            result.append(_judgement(force, code, grade_text, direction_text))
    return tuple(result), issues


def _summary_conflicts(
    index: int, number: int, code: str, summary: tuple[str, str], matrix: tuple[str, str]
) -> list[pp.KnownIssue]:
    """Compare a Summary of Judgements row with the MPS column of both matrices."""
    issues = []
    summary_grade, summary_direction = summary
    matrix_grade, matrix_direction = matrix
    if GRADES.get(summary_grade) != GRADES.get(matrix_grade):
        issues.append(
            pp.KnownIssue(
                code="text-table-conflict",
                path=f"judgements[{index}].grade",
                explanation=f"Summary of Judgements gives {code} {summary_grade!r}; "
                f"the national grade matrix gives MPS {matrix_grade!r}",
                line=number,
            )
        )
    summary_value = SUMMARY_DIRECTIONS.get(summary_direction)
    if summary_value != MATRIX_DIRECTIONS.get(matrix_direction):
        issues.append(
            pp.KnownIssue(
                code="text-table-conflict",
                path=f"judgements[{index}].direction",
                explanation=f"Summary of Judgements gives {code} direction "
                f"{summary_direction!r}; the national direction matrix gives MPS "
                f"{matrix_direction!r}",
                line=number,
            )
        )
    elif summary_direction and summary_direction not in (
        d.value.capitalize() for d in pp.DirectionOfTravel
    ):
        issues.append(
            pp.KnownIssue(
                code="wording-variant",
                path=f"judgements[{index}].direction_text",
                explanation=f"Summary of Judgements prints {code} direction of travel as "
                f"{summary_direction!r} (also in the findings heading, L1139), not one of "
                f"Improved/Stable/Deteriorated; the national direction matrix gives MPS "
                f"{matrix_direction!r} (L2021), read as Improved",
                line=number,
            )
        )
    return issues


# --- findings (L211-1502) ---------------------------------------------------------------


class _FindingsReader:
    """Walks the findings section, joining items that page furniture or blank lines split."""

    def __init__(self, codes: list[str]) -> None:
        self.codes = set(codes)
        self.code: str | None = None
        self.kind: pp.FindingKind | None = None
        self.subheading: str | None = None
        self.items: list[dict[str, object]] = []
        self.headings: dict[str, list[tuple[int, str]]] = {}

    def read(self) -> None:
        first, last = FINDINGS_LINES
        for number in range(first, last + 1):
            self.feed(number, line(SEED, number))

    def feed(self, number: int, text: str) -> None:
        if not text.strip() or text in PAGE_FURNITURE:
            return
        heading = re.fullmatch(r"([1-7][A-F]) (.+)", text)
        if heading and heading.group(1) in self.codes:
            self.code, self.kind, self.subheading = heading.group(1), None, None
            self.headings[self.code] = []
        elif re.fullmatch(r"[1-7] [A-Z].*", text):  # a domain heading
            self.code, self.kind, self.subheading = None, None, None
        elif text in KINDS:
            self.kind, self.subheading = KINDS[text], None
        elif text in SUBHEADINGS and self.kind is pp.FindingKind.STRENGTH:
            self.subheading = text
        elif self.kind is None:
            self._preamble(number, text)
        elif text.startswith("- "):
            self.items.append(
                {"line": number, "text": text[2:], "code": self.code, "kind": self.kind,
                 "subheading": self.subheading}
            )  # fmt: skip
        else:
            self._continue(number, text)

    def _preamble(self, number: int, text: str) -> None:
        """Grade lines under a framework heading; narrative paragraphs are not findings."""
        if self.code is None or self.code == "1D":
            return  # domain narratives (e.g. L213) and the 1D text (L360-364)
        words = [cell for cell in text.split("\t") if cell and not set(cell) <= {"-"}]
        if not words:
            return
        known = set(GRADES) | set(SUMMARY_DIRECTIONS)
        if not set(words) <= known:
            raise AssertionError(f"seed {SEED} L{number}: unexpected text {text!r}")
        self.headings[self.code] += [(number, word) for word in words]

    def _continue(self, number: int, text: str) -> None:
        previous = self.items[-1]
        joined = str(previous["text"])
        # A split sentence runs on; a finished one was followed by a new paragraph (L453).
        separator = "\n\n" if joined.rstrip().endswith((".", ":")) else " "
        previous["text"] = joined + separator + text
        previous.setdefault("continued", []).append(number)  # type: ignore[union-attr]


def findings(codes: list[str]) -> tuple[tuple[pp.Finding, ...], dict[int, int], _FindingsReader]:
    """The findings, and the seed line where each starts → its index."""
    reader = _FindingsReader(codes)
    reader.read()
    result = tuple(
        pp.Finding(
            kind=item["kind"],  # type: ignore[arg-type]
            text=str(item["text"]),
            framework=item["code"],  # type: ignore[arg-type]
            subheading=item["subheading"],  # type: ignore[arg-type]
        )
        for item in reader.items
    )
    starts = {int(item["line"]): index for index, item in enumerate(reader.items)}  # type: ignore[call-overload]
    return result, starts, reader


def heading_conflicts(
    reader: _FindingsReader, judged: tuple[pp.Judgement, ...]
) -> list[pp.KnownIssue]:
    """Grades printed under each findings heading against the Summary of Judgements."""
    issues = []
    mps = {j.framework: (i, j) for i, j in enumerate(judged) if j.force == FORCE}
    for code, words in reader.headings.items():
        index, judgement = mps[code]
        grade = next((GRADES[w] for _, w in words if w in GRADES), None)
        direction = next(
            (SUMMARY_DIRECTIONS[w] for _, w in words if w in SUMMARY_DIRECTIONS), None
        )
        if (grade, direction) != (judgement.grade, judgement.direction):
            issues.append(
                pp.KnownIssue(
                    code="inconsistent-repeat",
                    path=f"judgements[{index}]",
                    explanation=f"the {code} findings heading prints "
                    f"{' '.join(w for _, w in words) or 'no grade'}, the Summary of "
                    f"Judgements {judgement.grade_text} {judgement.direction_text or ''}",
                    line=words[0][0] if words else None,
                )
            )
    return issues


# --- glossary (L1781-1908) --------------------------------------------------------------


def glossary() -> tuple[pp.GlossaryEntry, ...]:
    require(SEED, 1781, "Appendix 2: Glossary of Terms and Abbreviations")
    entries = []
    first, last = GLOSSARY_LINES
    for number in range(first, last + 1):
        text = line(SEED, number)
        if not text.strip() or text in PAGE_FURNITURE:
            continue
        term, expansion = text.split("\t")
        entries.append(pp.GlossaryEntry(term=term.strip(), expansion=expansion.strip()))
    return tuple(entries)


# --- known issues found in the prose ----------------------------------------------------


def prose_issues(
    finding_at: dict[int, int], local_policing: int, glossary_index: dict[str, int]
) -> list[pp.KnownIssue]:
    """Contradictions between passages of the text (and text against Appendix 1)."""
    require(SEED, 97, "SPI 1c – the British Crime Survey-based measure of confidence")
    require(SEED, 1531, "(SPI 2a)")
    require(SEED, 1547, "being kept informed of progress (SPI 1c)")
    require(SEED, 261, "This was a reduction of 1.3% compared with 2003/04")
    require(SEED, 400, "This was a reduction of 1.3 points compared with 2003/04")
    require(SEED, 1564, "-1.3 %")
    require(SEED, 287, "Some 51.3% of British Crime Survey (BCS) respondents")
    require(SEED, 323, "Some 51.3% of BCS respondents")
    require(SEED, 845, "Some 51.5% of BCS respondents within London")
    require(SEED, 864, "Some 51.5% of BCS respondents think")
    require(SEED, 159, "a team of six staff on each of the 600+ wards")
    require(SEED, 833, "a team of six staff on each of the 680 wards")
    require(SEED, 79, "Policing Performance Assessment Framework (PPAF)")
    require(SEED, 1881, "PPAF\tpolice performance assessment framework")
    require(SEED, 1931, "Human Resources Management")
    return [
        pp.KnownIssue(
            code="label-mismatch",
            path=f"domains[{local_policing}]",
            explanation="the introduction names the BCS-based measure of confidence in the "
            "Local Policing domain 'SPI 1c'; Appendix 1 labels that measure SPI 2a (L1531) and "
            "uses SPI 1c for victims kept informed of progress (L1547)",
            line=97,
        ),
        pp.KnownIssue(
            code="inconsistent-repeat",
            path=f"findings[{finding_at[400]}].text",
            explanation="the 2A finding calls the fall in racially or religiously aggravated "
            "offences per 1,000 population 'a reduction of 1.3 points'; the same finding in 1A "
            "(L261) says 'a reduction of 1.3%' and Appendix 1 gives '-1.3 %' (L1564), a "
            "relative change, not percentage points",
            line=400,
        ),
        *(
            pp.KnownIssue(
                code="inconsistent-repeat",
                path=f"findings[{finding_at[number]}].text",
                explanation="the 4A finding gives 51.5% of BCS respondents thinking the police "
                "do a good or excellent job; the 1B and 1C findings (L287, L323) and "
                "Appendix 1 SPI 2a (L1531) give 51.3%",
                line=number,
            )
            for number in (845, 864)
        ),
        pp.KnownIssue(
            code="inconsistent-repeat",
            path="source",
            explanation="the Force Overview puts a team of six staff on each of the '600+ "
            "wards' (L159); the Promoting Safety narrative says 'each of the 680 wards' (L833)",
            line=833,
        ),
        pp.KnownIssue(
            code="wording-variant",
            path=f"glossary[{glossary_index['PPAF']}].expansion",
            explanation="the glossary expands PPAF as 'police performance assessment "
            "framework'; the introduction names it the 'Policing Performance Assessment "
            "Framework (PPAF)' (L79)",
            line=1881,
        ),
        pp.KnownIssue(
            code="label-mismatch",
            path="frameworks[18].aliases",
            explanation="the national matrices name 6A 'Human Resources Management' (L1931, "
            "L1960, L1991, L2020); the frameworks table has 'Human Resource (HR) Management' "
            "(L138) and the Summary 'Human Resource Management' (L200)",
            line=1931,
        ),
    ]


# --- force overview and grading (L75-99, L143-170) --------------------------------------

OVERVIEW = "Force Overview and Context"  # L143
INTRODUCTION = "Introduction to Baseline Assessment"  # L75
TERRORISM_PRIORITY = (
    "minimising risk from terrorist activities and maintaining an effective response to "
    "terrorist incidents"
)


def _count(value: int | str, scale: str | None = None) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.COUNT, scale=scale)


def _stated(
    number: int, text: str, printed: str, value: pp.Quantity, *, measure: str, **more: object
) -> pp.ProfileFigure:
    """A profile figure: ``printed`` as it stands in ``text``, which stands on line ``number``."""
    where = f"{SEED} L{number}"
    return profile_figure(
        line(SEED, number), where, text, printed, value, measure=measure, section=OVERVIEW, **more
    )


def profile() -> tuple[pp.ProfileFigure, ...]:
    """The figures of the Force Overview and Context (L143-170), each once (L145 repeats
    the 32 boroughs; L159 the 35,000 uniformed staff)."""
    require(SEED, 143, OVERVIEW)
    s = _stated
    reassurance_pilot = "The MPS is participating in the National Reassurance pilot."
    require(SEED, 159, reassurance_pilot)
    pilot_note = f"The pilot of the sentence before: '{reassurance_pilot}'"
    step_change = "This would provide a team of six staff on each of the 600+ wards."
    return (
        s(145, "It is made up of 32 borough-based operational command units", "32",
          _count(32), measure="borough-based operational command units"),
        s(145, "It is responsible for policing 620 square miles", "620 square miles",
          pp.Quantity(620, pp.Unit.SQUARE_MILES), measure="area policed"),
        s(145, "a resident population of over 7.3 million (3.2 million households)",
          "7.3 million", _count("7.3", "million"), qualifier="over",
          measure="resident population"),
        s(145, "a resident population of over 7.3 million (3.2 million households)",
          "3.2 million", _count("3.2", "million"), measure="households"),
        s(145, "It also deals with an additional daily influx of approximately 5.5 million "
          "visitors and workers.", "5.5 million", _count("5.5", "million"),
          qualifier="approximately", measure="daily influx of visitors and workers"),
        s(145, "In terms of staff numbers, the MPS is around three times larger than the next "
          "largest force.", "three times", pp.Quantity(3, pp.Unit.RATIO), qualifier="around",
          measure="staff numbers of the next largest force to those of the MPS",
          note="'three times larger than the next largest force', as the ratio 1:3"),
        s(145, "Its annual budget accounts for about 24% of the total bill for police services "
          "in England and Wales.", "24%", pp.Quantity(24, pp.Unit.PERCENT), qualifier="about",
          measure="annual budget as a share of the cost of police services in England and "
          "Wales"),
        s(147, "Some 10% of the MPS's most specialist and experienced officers are assigned to "
          "the MPS security and protection commands", "10%", pp.Quantity(10, pp.Unit.PERCENT),
          qualifier="some",
          measure="share of the most specialist and experienced officers assigned to the "
          "security and protection commands"),
        s(147, f"'{TERRORISM_PRIORITY}' is one of the seven key MPS priorities for 2005/06",
          "seven", _count(7), period=pp.FinancialYear(2005).period(),
          measure="key MPS priorities"),
        s(157, "the MPS net revenue expenditure for 2004/05 was £2,367.1 million",
          "£2,367.1 million", pp.Quantity("2367.1", pp.Unit.GBP, scale="million"),
          period=pp.FinancialYear(2004).period(), measure="net revenue expenditure"),
        s(159, "Six forces are involved with four MPS boroughs.", "Six", _count(6),
          measure="forces in the National Reassurance pilot", note=pilot_note),
        s(159, "Six forces are involved with four MPS boroughs.", "four", _count(4),
          measure="MPS boroughs in the National Reassurance pilot", note=pilot_note),
        s(159, "The MPS has a step change programme to enhance reassurance to the community "
          "with a drive to reach 35,000 uniformed staff prior to achieving the change.",
          "35,000", _count(35000),
          measure="uniformed staff the step change programme drives to reach"),
        s(159, step_change, "six", _count(6),
          measure="staff in each ward's team under the step change programme"),
        s(159, step_change, "600+", _count(600), qualifier="+", measure="wards",
          note="'600+'; the Promoting Safety narrative says 'each of the 680 wards' (L833)"),
    )  # fmt: skip


def strategic_priorities() -> tuple[str, ...]:
    """The one force priority the overview quotes, of "the seven key MPS priorities for
    2005/06" (L147); it names no other."""
    require(SEED, 147, f"'{TERRORISM_PRIORITY}' is one of the seven key MPS priorities")
    return (TERRORISM_PRIORITY,)


def grading() -> tuple[pp.GradeDefinition, ...]:
    """What the introduction says of its delivery grades (L79-99). It defines no grade
    on its own, so each statement is about the scale as a whole (``grade`` ``None``)."""
    require(SEED, 75, INTRODUCTION)
    statements = (
        (79, "Baseline assessment makes considerable use of self-assessment and grading "
         "criteria to produce one of four delivery grades – *Excellent*, *Good*, *Fair* or "
         "*Poor* – across a broad range of policing activities."),
        (87, "In 2003/04 we used generic criteria to underpin the various grades, but, with "
         "the help of Association of Chief Police Officer (ACPO) business area leads and "
         "expert practitioners, specific grading criteria were developed to ensure a more "
         "reliable and robust approach to grading this year."),
        (87, "Last year's gradings sought to reflect and give credit for improvement – and the "
         "converse for declining trends – whereas in 2004/05 the delivery grade is "
         "essentially a comparison with peers and performance over time is denoted by the "
         "direction of travel grade."),
        (91, "The delivery grades for each activity are derived from a combination of "
         "objective, quantitative evidence and qualitative assessments that seek to "
         "contextualise performance."),
        (99, "But because the comparison in performance terms is with the force's peers "
         "(using the most similar force (MSF) groupings), it is possible to improve over "
         "time and yet still receive a *Fair* or even *Poor* grade."),
    )  # fmt: skip
    return tuple(
        pp.GradeDefinition(grade=None, section=INTRODUCTION, text=require(SEED, number, text))
        for number, text in statements
    )


# --- the document -----------------------------------------------------------------------


def build() -> pp.BaselineAssessment:
    framework_list = frameworks()
    codes = [str(fw.code) for fw in framework_list]
    judged, summary_issues = judgements(codes)
    found, finding_at, reader = findings(codes)
    domain_list = domains()
    entries = glossary()
    issues = [
        *summary_issues,
        *heading_conflicts(reader, judged),
        *prose_issues(
            finding_at,
            local_policing=len(domain_list) - 1,
            glossary_index={entry.term: i for i, entry in enumerate(entries)},
        ),
        *seed000_indicators.known_issues(),
    ]
    assert framework_list[18].code == "6A"
    return pp.BaselineAssessment(
        source=source(),
        force=FORCE,
        year=pp.FinancialYear.parse(require(SEED, 1510, "2004/05")),
        comparison_year=pp.FinancialYear.parse(require(SEED, 1510, "2003/04")),
        msf_group=msf_group(),
        domains=domain_list,
        frameworks=framework_list,
        judgements=judged,
        findings=found,
        indicator_results=seed000_indicators.indicator_results(),
        glossary=entries,
        profile=profile(),
        strategic_priorities=strategic_priorities(),
        grading=grading(),
        known_issues=tuple(issues),
    )


def main() -> None:
    assert len(seed(SEED)) == 2028
    doc = build()
    path = write(DATASET, doc)
    kinds = {kind: sum(f.kind is kind for f in doc.findings) for kind in pp.FindingKind}
    print(
        f"{DATASET}: {len(doc.frameworks)} frameworks, {len(doc.judgements)} judgements "
        f"({len(doc.forces)} forces), {kinds[pp.FindingKind.STRENGTH]} strengths, "
        f"{kinds[pp.FindingKind.AREA_FOR_IMPROVEMENT]} areas for improvement, "
        f"{len(doc.indicator_results)} indicator results, {len(doc.glossary)} glossary "
        f"entries, {len(doc.profile)} profile figures, {len(doc.grading)} grading statements, "
        f"{len(doc.known_issues)} known issues -> {path}"
    )


if __name__ == "__main__":
    main()

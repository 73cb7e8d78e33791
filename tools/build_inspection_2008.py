"""Build ``hmic-inspection-2008`` from seed 002.

Seed 002 is the HMIC inspection report on the Metropolitan Police Service of
September 2008: Neighbourhood Policing and Developing Citizen Focus Policing,
judged on the 2008 scale (exceeding / meeting / failing to meet the standard),
with standard statements, SPI/KDI results against the most similar forces,
developing practice (Appendix 2), a glossary (Appendix 1), the force overview's
figures and priorities, the grading process, and the survey method of the SPI
standards' context and Appendix 3. Run from the repository root::

    python tools/build_inspection_2008.py
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import attrs
from _common import cells, figure, line, profile_figure, require, write

import policeplan as pp

DATASET_ID = "hmic-inspection-2008"
SEED = "002"
FORCE = "MPS"
NP = "Neighbourhood Policing"
DCFP = "Developing Citizen Focus Policing"
FOOTER = "September 2008"

K = pp.FindingKind
LIST_HEADINGS = {
    "Strengths": K.STRENGTH,
    "Work in progress": K.WORK_IN_PROGRESS,
    "Area(s) for improvement": K.AREA_FOR_IMPROVEMENT,
}
SUMMARY = "Summary statement"
CONTEXT = "Context"  # methodology text on the SPI standards; survey_figures() reads its figures
HEADINGS = {SUMMARY, CONTEXT, *LIST_HEADINGS}
NONE = "None."

YEAR_TO_MARCH_2008 = pp.Period(
    start=date(2007, 4, 1), end=date(2008, 3, 31), label="year ending March 2008"
)
YEAR_TO_MARCH_2006 = pp.Period(
    start=date(2005, 4, 1), end=date(2006, 3, 31), label="year ending March 2006"
)
CHANGE_LABEL = "2005/06 to 2007/08"


# --------------------------------------------------------------------------- reading lists


def text_at(n: int) -> str:
    return line(SEED, n).strip()


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in ".:;!?\"”’')"


@dataclass
class _Item:
    first: int
    text: str
    subheading: str | None


def read_items(
    first: int,
    last: int,
    *,
    attached: frozenset[int] = frozenset(),
    subheadings: frozenset[int] = frozenset(),
) -> list[_Item]:
    """The bulleted items printed on lines ``first``..``last``, verbatim.

    A top-level bullet starts an item, unless it starts in lower case or its
    line is in ``attached`` (a sub-item printed at the top level, e.g. after a
    page break); sub-items are kept on their own line as ``- text``. A
    paragraph continues the item: on the same line when it continues a sentence
    cut by a page break (the running footer "September 2008", or a sentence
    left open), else on a new line. A line in ``subheadings`` heads the items
    that follow; a plain sentence after it is an item of its own, and "None."
    after it leaves that subheading without items.
    """
    items: list[_Item] = []
    subheading: str | None = None
    fresh = False  # a subheading was just read
    after_break = False
    previous = ""
    for n in range(first, last + 1):
        raw = line(SEED, n)
        text = raw.strip()
        if not text:
            continue
        if text == FOOTER:
            after_break = True
            continue
        if n in subheadings:
            subheading, fresh = text, True
            continue
        top = raw.startswith("- ")
        sub = raw.startswith(" - ")
        if top and n not in attached and not text[2:3].islower():
            items.append(_Item(n, text[2:], subheading))
        elif top or sub:
            assert items, f"sub-item without an item at L{n}"
            items[-1].text += "\n- " + text[2:]
        elif fresh:
            if text != NONE:
                items.append(_Item(n, text, subheading))
        else:
            assert items, f"paragraph without an item at L{n}"
            joiner = (
                " " if after_break or text[0].islower() or not _ends_sentence(previous) else "\n"
            )
            items[-1].text += joiner + text
        fresh = False
        after_break = False
        previous = text
    return items


def findings(items: list[_Item], kind: pp.FindingKind, framework: str) -> tuple[pp.Finding, ...]:
    return tuple(
        pp.Finding(kind=kind, text=i.text, framework=framework, subheading=i.subheading)
        for i in items
    )


@dataclass
class _Block:
    heading: str
    first: int
    last: int


def blocks(first: int, last: int) -> tuple[list[int], list[_Block]]:
    """Split lines ``first``..``last`` at the headings; returns the lines before
    the first heading and the headed blocks."""
    lead: list[int] = []
    found: list[_Block] = []
    for n in range(first, last + 1):
        text = text_at(n)
        if text in HEADINGS:
            if found:
                found[-1].last = n - 1
            found.append(_Block(text, n + 1, last))
        elif not found and text and text != FOOTER:
            lead.append(n)
    return lead, found


def read_list(
    block: _Block,
    framework: str,
    attached: frozenset[int],
    subheadings: frozenset[int],
) -> tuple[pp.Finding, ...]:
    lines = [text_at(n) for n in range(block.first, block.last + 1) if text_at(n)]
    if lines == [NONE]:
        return ()
    items = read_items(block.first, block.last, attached=attached, subheadings=subheadings)
    assert items, f"no items under {block.heading!r} at L{block.first - 1}"
    return findings(items, LIST_HEADINGS[block.heading], framework)


# --------------------------------------------------------------------------- standards


@dataclass(frozen=True)
class StandardSpec:
    framework: str
    line: int
    statement: str
    last: int  # the last line of the standard's block


# Every standard statement in order. The L254 statement closes the sentence on
# the moderation and has no block of its own; the L565, L585 and L601 headings
# stand under the L559 statement without summary statements of their own.
STANDARDS = (
    StandardSpec(
        NP,
        254,
        "Neighbourhood policing has been implemented to a consistent standard across the force.",
        255,
    ),
    StandardSpec(NP, 256, "Neighbourhoods are appropriately staffed (coverage).", 297),
    StandardSpec(
        NP,
        298,
        "Effective community engagement is taking place. Representative communities "
        "are being routinely consulted and are identifying local priorities and receiving "
        "feedback.",
        362,
    ),
    StandardSpec(
        NP,
        363,
        "Joint problem solving is established and included within performance regimes.",
        409,
    ),
    StandardSpec(
        NP,
        410,
        "The outcomes of Neighbourhood policing are being realised by the surveyed public.",
        454,
    ),
    StandardSpec(
        NP,
        455,
        "Force-level and local satisfaction/confidence measures are used to inform "
        "service delivery.",
        480,
    ),
    StandardSpec(
        NP, 481, "The force demonstrates sustainable plans for Neighbourhood Policing.", 519
    ),
    StandardSpec(
        DCFP,
        559,
        "A Citizen Focus ethos is embedded across the force, establishing an initial baseline.",
        564,
    ),
    StandardSpec(
        DCFP, 565, "Service users’ views are sought and are used to improve service delivery", 584
    ),
    StandardSpec(DCFP, 585, "Quality of service complaints are dealt with effectively", 600),
    StandardSpec(
        DCFP,
        601,
        "The force is monitoring its compliance with the National Quality of Service Commitment",
        623,
    ),
    StandardSpec(
        DCFP,
        624,
        "The force has integrated Citizen Focus and operational activity, such as "
        "contact management, response, Neighbourhood Policing, investigation and through the "
        "criminal justice process.",
        650,
    ),
    StandardSpec(
        DCFP,
        651,
        "The Force is striving to ensure it provides a positive experience to every "
        "person whom it has contact.",
        665,
    ),
    StandardSpec(
        DCFP,
        666,
        "Performance processes partially include local satisfaction measures, and "
        "locally established priorities.",
        685,
    ),
    StandardSpec(
        DCFP,
        686,
        "The force can demonstrate that the relevant SPIs remain stable as a minimum.",
        731,
    ),
)

# Lines that read as top-level bullets or paragraphs but belong to the item before.
ATTACHED = frozenset({549, 550, 551, 552, 553, 907, 908, 909})
# Indicator subheadings within the Strengths of the two SPI standards.
SUBHEADINGS = frozenset({434, 438, 442, 712, 716})
# The SPI 1e block printed after "Area(s) for improvement / None." (L728-730).
STRAY_SUBHEADING, STRAY_LINE = 732, 734
# The lines that are tables, read separately.
TABLE_LINES = frozenset({412, 413, 414, 688, 689, 690})


def standard(spec: StandardSpec) -> pp.StandardAssessment:
    assert text_at(spec.line).endswith(require(SEED, spec.line, spec.statement)), spec.line
    lead, found = blocks(spec.line + 1, spec.last)
    assert set(lead) <= TABLE_LINES, f"unread lines {lead} under L{spec.line}"
    lists: dict[pp.FindingKind, tuple[pp.Finding, ...]] = {}
    summaries: list[str] = []
    for block in found:
        if block.heading == SUMMARY:
            summaries += [
                text_at(n)
                for n in range(block.first, block.last + 1)
                if text_at(n) and text_at(n) != FOOTER
            ]
        elif block.heading in LIST_HEADINGS:
            kind = LIST_HEADINGS[block.heading]
            assert kind not in lists, f"two {block.heading!r} lists under L{spec.line}"
            lists[kind] = read_list(block, spec.framework, ATTACHED, SUBHEADINGS)
    return pp.StandardAssessment(
        framework=spec.framework,
        statement=spec.statement,
        summary_statements=tuple(summaries),
        strengths=lists.get(K.STRENGTH),
        work_in_progress=lists.get(K.WORK_IN_PROGRESS),
        areas_for_improvement=lists.get(K.AREA_FOR_IMPROVEMENT),
    )


def lead_findings(heading_line: int, heading: str, last: int, framework: str) -> list[pp.Finding]:
    """The findings of a framework's lead block ("Exceeding the standard" for NP,
    the first "Meeting the standard" for DCFP), which stand under no statement."""
    require(SEED, heading_line, heading)
    _, found = blocks(heading_line + 1, last)
    out: list[pp.Finding] = []
    for block in found:
        items = read_items(block.first, block.last, attached=ATTACHED)
        out += [
            pp.Finding(
                kind=LIST_HEADINGS[block.heading],
                text=i.text,
                framework=framework,
                subheading=heading,
            )
            for i in items
        ]
    return out


def stray_finding() -> pp.Finding:
    """L732-734: an SPI 1e result printed after the standard's (empty) areas for improvement."""
    return pp.Finding(
        kind=K.AREA_FOR_IMPROVEMENT,
        text=require(
            SEED,
            STRAY_LINE,
            "76.9% of people surveyed in the year ending March 2008 were satisfied with the "
            "overall service provided, which is significantly worse than the average for the "
            "MSF.",
        ),
        framework=DCFP,
        subheading=require(
            SEED, STRAY_SUBHEADING, "SPI 1e – satisfaction with the overall service provided."
        ),
    )


# --------------------------------------------------------------------------- indicators

_CODE = re.compile(r"(SPI \d+[a-z](?: Gap)?|KDI)\s*(?:–\s*)?(.*)")


@dataclass(frozen=True)
class Prose:
    """What the body says about one indicator: the MPS value and its significance."""

    value_line: int
    value: str
    significance: pp.Significance | None = None
    significance_text: str | None = None
    polarity: pp.Polarity = pp.Polarity.HIGHER_IS_BETTER
    note: str | None = None
    earlier: tuple[int, str] | None = None  # a value for the year ending March 2006


NSD = pp.Significance.NOT_SIGNIFICANTLY_DIFFERENT
NOT_SIGNIFICANT = "not significantly different to the average for the MSF"
UNCHANGED_NP = "SPI/KDI data: 'force performance is unchanged compared with two years ago'."

PROSE = {
    "SPI 2a": Prose(436, "55.2%", NSD, NOT_SIGNIFICANT, note=UNCHANGED_NP),
    "KDI": Prose(440, "51.9%", NSD, NOT_SIGNIFICANT, note=UNCHANGED_NP),
    "SPI 10b": Prose(
        444,
        "22.0%",
        NSD,
        NOT_SIGNIFICANT,
        pp.Polarity.LOWER_IS_BETTER,
        note=UNCHANGED_NP + " 'However, this is a 3% improvement against a similar survey "
        "conducted in 2006.'",
    ),
    "SPI 1e": Prose(
        734,
        "76.9%",
        pp.Significance.SIGNIFICANTLY_WORSE,
        "significantly worse than the average for the MSF",
        note="SPI data: 'force performance is unchanged compared with two years ago'.",
    ),
    "SPI 3b": Prose(
        718,
        "71.8%",
        note="'Force performance was unchanged in the year ending March 2008'; 'Satisfaction "
        "of users from minority ethnic groups with the overall service provided is "
        "unchanged.' No comparison with the MSF is given.",
        earlier=(718, "72.3%"),
    ),
    "SPI 3b Gap": Prose(
        700,
        "4.8 percentage points",
        polarity=pp.Polarity.LOWER_IS_BETTER,
        note="Users from minority ethnic groups are less satisfied than white users; the value "
        "is the table's '+/-pp' cell, stated in the summary as '4.8 percentage points' and "
        "among the strengths as '4.8% less satisfied'.",
    ),
}


def _column_role(label: str) -> str:
    if label.startswith("Difference from MSF"):
        return "msf_difference"
    if label == "2005/06 to 2007/08 change":
        return "change"
    if label == "+/-pp":
        return "value"
    raise AssertionError(f"unknown column {label!r}")


def indicator_table(header: int, framework: str) -> list[pp.IndicatorResult]:
    """One SPI/KDI table: an indicator header row, a measure row, the MPS row."""
    names, labels, row = cells(SEED, header), cells(SEED, header + 1), cells(SEED, header + 2)
    assert row[0] == FORCE, row
    starts = [i for i, cell in enumerate(names) if cell]
    results = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(row)
        match = _CODE.fullmatch(names[start])
        assert match, names[start]
        code, indicator = match.groups()
        roles = {_column_role(labels[i]): row[i] for i in range(start, end)}
        prose = PROSE[code]
        values = []
        if "value" in roles:
            values.append(pp.Observation(period=YEAR_TO_MARCH_2008, figure=figure(roles["value"])))
            require(SEED, prose.value_line, prose.value)
        else:
            values.append(
                pp.Observation(
                    period=YEAR_TO_MARCH_2008,
                    figure=figure(require(SEED, prose.value_line, prose.value)),
                )
            )
            require(SEED, prose.value_line, "year ending March 2008")
        if prose.earlier:
            n, text = prose.earlier
            require(SEED, n, f"{text} in the year ending March 2006")
            values.append(pp.Observation(period=YEAR_TO_MARCH_2006, figure=figure(text)))
        if prose.significance_text:
            require(SEED, prose.value_line, prose.significance_text)
        results.append(
            pp.IndicatorResult(
                indicator=indicator,
                code=code,
                force=FORCE,
                table=framework,
                values=tuple(values),
                change=figure(roles["change"]) if "change" in roles else None,
                change_label=CHANGE_LABEL if "change" in roles else None,
                msf_difference=(
                    figure(roles["msf_difference"]) if "msf_difference" in roles else None
                ),
                significance=prose.significance,
                significance_text=prose.significance_text,
                polarity=prose.polarity,
                note=prose.note,
            )
        )
    return results


# --------------------------------------------------------------------------- other parts


def source() -> pp.Source:
    title = " – ".join(
        require(SEED, n, text)
        for n, text in (
            (5, "HMIC Inspection Report"),
            (6, "Metropolitan Police Service"),
            (7, NP),
            (8, DCFP),
        )
    )
    require(SEED, 10, "September 2008")
    return pp.Source(
        title=title,
        publisher="Her Majesty's Inspectorate of Constabulary",
        date=date(2008, 9, 1),
        precision=pp.Precision.MONTH,
        isbn=require(SEED, 18, "978-1-84726-794-8"),
    )


def period() -> pp.Period:
    """The report names its judgements "2007/08" (L219, L526) and draws the SPI data
    from the PPAFs "to March 2008" (L424); it states no other assessment period."""
    require(SEED, 219, "2007/08 Neighbourhood Policing Summary of judgement")
    return pp.FinancialYear.parse("2007/08").period()


def frameworks() -> tuple[pp.Framework, ...]:
    require(SEED, 806, "NHP Neighbourhood Policing")
    require(SEED, 912, "Developing Citizen Focused Policing")
    return (
        pp.Framework(name=require(SEED, 7, NP), aliases=("NHP",)),
        pp.Framework(
            name=require(SEED, 8, DCFP), aliases=("Developing Citizen Focused Policing",)
        ),
    )


def _untag(cell: str) -> str:
    return re.sub(r"</?p>", "", cell).strip()


def judgements() -> tuple[pp.Judgement, ...]:
    out = []
    for n, framework, qualifier_line, qualifier in (
        (219, NP, 224, "actively leading the field"),
        (526, DCFP, 531, "evidences innovation"),
    ):
        label, grade_text = (_untag(c) for c in cells(SEED, n))
        assert label == f"2007/08 {framework} Summary of judgement", label
        assert grade_text == "Meeting the standard", grade_text
        require(SEED, qualifier_line, qualifier)
        out.append(
            pp.Judgement(
                force=FORCE,
                framework=framework,
                grade=pp.StandardJudgement.MEETING,
                grade_text=grade_text,
                qualifiers=(qualifier,),
            )
        )
    require(SEED, 254, "the MPS was assessed as meeting the standard")
    return tuple(out)


GLOSSARY_FIRST, GLOSSARY_LAST = 744, 862


def glossary() -> tuple[pp.GlossaryEntry, ...]:
    """Appendix 1: tab-separated from A to H, space-separated from "HR" on; single
    letters are section heads and dashed lines are table rules."""
    require(SEED, GLOSSARY_FIRST - 4, "Appendix 1: Glossary of Terms and Abbreviations")
    entries = []
    for n in range(GLOSSARY_FIRST, GLOSSARY_LAST + 1):
        text = text_at(n)
        if not text or re.fullmatch(r"[A-Z]", text) or re.fullmatch(r"[-\t]+", text):
            continue
        term, expansion = re.split(r"\t| ", text, maxsplit=1)
        entries.append(pp.GlossaryEntry(term=term, expansion=expansion.strip()))
    return tuple(entries)


PRACTICE_GROUPS = (
    # heading line, first item line, last line
    (866, 868, 910),
    (912, 914, 917),
)


def developing_practice() -> tuple[pp.DevelopingPractice, ...]:
    require(SEED, 864, "Appendix 2: Developing Practice")
    out = []
    for heading, first, last in PRACTICE_GROUPS:
        area = text_at(heading)
        out += [
            pp.DevelopingPractice(area=area, text=i.text)
            for i in read_items(first, last, attached=ATTACHED)
        ]
    return tuple(out)


# --------------------------------------------------------------------------- force profile

OVERVIEW = "Force Overview and Context"  # L144
GEOGRAPHY = "Geographical description of force area"  # L155
# L167-171 (headquarters, budget) stand under this heading too: 002 prints none of
# their own (003 has "Structural description of force ..." there).
DEMOGRAPHY = "Demographic description of force area"  # L161
DEVELOPMENT = "Force development since the 2007 inspections"  # L197
YEAR_2007_08 = pp.FinancialYear(2007)


def _count(value: int | str, scale: str | None = None) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.COUNT, scale=scale)


def _percent(value: int | str) -> pp.Quantity:
    return pp.Quantity(value, pp.Unit.PERCENT)


def _passage(first: int, last: int) -> str:
    """Lines ``first``..``last`` as one text, without the running footer."""
    return " ".join(t for n in range(first, last + 1) if (t := text_at(n)) and t != FOOTER)


def _stated(
    lines: int | tuple[int, int],
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
    first, last = (lines, lines) if isinstance(lines, int) else lines
    return profile_figure(
        _passage(first, last), f"{SEED} L{first}-{last}", text, printed, value,
        measure=measure, section=require(SEED, SECTION_LINES[section], section),
        target=target, **more,
    )  # fmt: skip


SECTION_LINES = {OVERVIEW: 144, GEOGRAPHY: 155, DEMOGRAPHY: 161, DEVELOPMENT: 197}

SATISFACTION_NOTE = (
    "One of the 'key performance targets [that] have not been achieved'; the text states no "
    "period (the section opens with the targets set by the MPA during 2006/7, L199)."
)


def profile() -> tuple[pp.ProfileFigure, ...]:
    """Force Overview and Context (L144-193) and Force Performance Overview (L195-215).

    Each figure once: L157 repeats the 32 OCUs of L148, L203 the 4562 PCSOs of L151
    (as PCSOs appointed, a measure of its own).
    """
    s = _stated
    gun_crime_year = pp.Period(start=YEAR_2007_08.start, end=YEAR_2007_08.end, label="2007/8")
    return (
        s(148, "32 basic command units called borough-based operational command units (OCUs)",
          "32", _count(32), measure="borough-based operational command units",
          section=OVERVIEW),
        s(149, "630 Neighbourhood Policing teams (NPTs)", "630", _count(630),
          measure="Neighbourhood Policing teams", section=OVERVIEW),
        s(150, "2011 officers dedicated to Neighbourhood Policing", "2011", _count(2011),
          measure="officers dedicated to Neighbourhood Policing", section=OVERVIEW),
        s(151, "4562 PCSOs dedicated to Neighbourhood Policing", "4562", _count(4562),
          measure="PCSOs dedicated to Neighbourhood Policing", section=OVERVIEW),
        s(153, "The force is a member of 32 crime and disorder reduction partnerships (CDRPs) "
          "that cover the force area.", "32", _count(32),
          measure="crime and disorder reduction partnerships", section=OVERVIEW),
        s(157, "It is responsible for policing 620 square miles", "620 square miles",
          pp.Quantity(620, pp.Unit.SQUARE_MILES), measure="area policed", section=GEOGRAPHY),
        s(157, "an estimated resident population of over 7.5 million (3.2 million households)",
          "7.5 million", _count("7.5", "million"), qualifier="estimated, over",
          measure="resident population", section=GEOGRAPHY),
        s(157, "an estimated resident population of over 7.5 million (3.2 million households)",
          "3.2 million", _count("3.2", "million"), measure="households", section=GEOGRAPHY),
        s(157, "On an average weekday 1.06 million people enter central London during the "
          "morning peak hours (0700 to 1000) with 88% doing so by means of public transport.",
          "1.06 million", _count("1.06", "million"),
          measure="people entering central London in the weekday morning peak",
          section=GEOGRAPHY),
        s(157, "On an average weekday 1.06 million people enter central London during the "
          "morning peak hours (0700 to 1000) with 88% doing so by means of public transport.",
          "88%", _percent(88),
          measure="share of the morning peak's entrants to central London using public "
          "transport", section=GEOGRAPHY),
        s(157, "London is also one of the world's most popular city destinations, attracting "
          "some 27 million overnight visitors every year.", "27 million",
          _count(27, "million"), qualifier="some", measure="overnight visitors per year",
          section=GEOGRAPHY),
        s(159, "In terms of staff numbers, the MPS is around three times larger than the next "
          "largest force.", "three times", pp.Quantity(3, pp.Unit.RATIO), qualifier="around",
          measure=STAFF_RATIO, section=GEOGRAPHY, note=STAFF_RATIO_NOTE),
        s(159, "Its annual budget accounts for about 24% of the total cost of police services "
          "in England and Wales.", "24%", _percent(24), qualifier="about",
          measure=BUDGET_SHARE, section=GEOGRAPHY),
        s(163, "the resident population is currently growing at a rate of 40,000 people per "
          "year", "40,000", _count(40000), measure="growth of the resident population per year",
          section=DEMOGRAPHY),
        s(163, "The capital contains 13 of the 20 most deprived boroughs in the UK", "13",
          _count(13), measure="boroughs among the 20 most deprived in the UK",
          section=DEMOGRAPHY),
        s(163, "one in four of all the poorest districts in England (as measured on the "
          "Government's indices of multiple deprivation) is in London", "one in four",
          pp.Quantity(1, pp.Unit.RATE, per=4, base="poorest districts in England"),
          measure="poorest districts in England that are in London", section=DEMOGRAPHY),
        s(163, "It is home to almost 47% of the UK's black and minority ethnic (BME) citizens",
          "47%", _percent(47), qualifier="almost",
          measure="share of the UK's black and minority ethnic (BME) citizens living in London",
          section=DEMOGRAPHY),
        s((163, 165), "It is estimated that 300 languages are spoken within London schools.",
          "300", _count(300), qualifier="estimated",
          measure="languages spoken within London schools", section=DEMOGRAPHY),
        s(165, "26% of London households with dependent children are headed by a lone parent.",
          "26%", _percent(26),
          measure="London households with dependent children headed by a lone parent",
          section=DEMOGRAPHY),
        s(165, "About 21% of the UK's economic activity takes place in London.", "21%",
          _percent(21), qualifier="about",
          measure="share of the UK's economic activity taking place in London",
          section=DEMOGRAPHY),
        s(171, "the MPS net revenue expenditure on services for 2007/08 is estimated to be "
          "£3,043.1million", "£3,043.1million",
          pp.Quantity("3043.1", pp.Unit.GBP, scale="million"), qualifier="estimated",
          period=YEAR_2007_08.period(), measure="net revenue expenditure",
          section=DEMOGRAPHY),
        s(199, "Gun enabled crime also reduced in 2007/8 by 11.3%", "11.3%",
          pp.Quantity("11.3", pp.Unit.PERCENT_CHANGE), period=gun_crime_year,
          measure="reduction in gun enabled crime", section=DEVELOPMENT),
        s(199, "the number of violent crimes reduced by 6.1%", "6.1%",
          pp.Quantity("6.1", pp.Unit.PERCENT_CHANGE),
          measure="reduction in the number of violent crimes", section=DEVELOPMENT,
          note="The sentence states the year (2007/8) of the gun crime figure only."),
        s(201, "the MPS now having coverage in each of the 624 wards", "624", _count(624),
          measure="wards", section=DEVELOPMENT),
        s(201, "having introduced an enhanced level of coverage in 87 wards with a population "
          "in excess of 14,000 people", "87", _count(87),
          measure="wards with an enhanced level of Safer Neighbourhoods coverage",
          section=DEVELOPMENT),
        s(201, "the MPS has staffed 21 Safer Transport Teams", "21", _count(21),
          measure="Safer Transport teams", section=DEVELOPMENT),
        s(201, "has established six SN teams to focus on particular community based problems",
          "six", _count(6),
          measure="Safer Neighbourhoods teams focused on particular community-based problems",
          section=DEVELOPMENT),
        s(201, "Two pilot schemes are also underway to trial 24/7 SN teams.", "Two",
          _count(2), measure="pilot schemes trialling 24/7 Safer Neighbourhoods teams",
          section=DEVELOPMENT),
        s(203, "The MPS has appointed 4562 PCSOs to staff SN teams", "4562", _count(4562),
          measure="PCSOs appointed", section=DEVELOPMENT),
        s(203, "the 16,000 PCSOs required to be in place by the end of April 2007", "16,000",
          _count(16000), period=END_OF_APRIL_2007, measure=PCSOS_REQUIRED,
          section=DEVELOPMENT),
        s(205, "there has been over 235,000 intelligence reports recorded", "235,000",
          _count(235000), qualifier="over",
          measure="intelligence reports recorded since the introduction of Safer "
          "Neighbourhoods", section=DEVELOPMENT),
        s(205, "over 36,000 visits to victims of crime", "36,000", _count(36000),
          qualifier="over",
          measure="visits to victims of crime since the introduction of Safer Neighbourhoods",
          section=DEVELOPMENT),
        s(205, "engagement in nearly 1500 community payback schemes", "1500", _count(1500),
          qualifier="nearly",
          measure="community payback schemes engaged in since the introduction of Safer "
          "Neighbourhoods", section=DEVELOPMENT),
        s(205, "During May 2007 there were 150 community payback schemes per week.", "150",
          _count(150), period=MAY_2007, measure="community payback schemes per week",
          section=DEVELOPMENT),
        s(207, "victim satisfaction with the overall service where the MPS achieved 78% "
          "satisfaction against a target of 81%", "78%", _percent(78),
          target=("81%", _percent(81)), measure="victim satisfaction with the overall service",
          section=DEVELOPMENT, note=SATISFACTION_NOTE),
        s(207, "victim of racist incidents satisfaction where the MPS achieved 64% satisfaction "
          "against a target of 72%", "64%", _percent(64), target=("72%", _percent(72)),
          measure="satisfaction of victims of racist incidents", section=DEVELOPMENT,
          note=SATISFACTION_NOTE),
        s(209, "there currently being about 100 people either at or awaiting trial in "
          "connection with terrorism investigations", "100", _count(100), qualifier="about",
          measure="people at or awaiting trial in connection with terrorism investigations",
          section=DEVELOPMENT),
    )  # fmt: skip


STAFF_RATIO = "staff numbers of the next largest force to those of the MPS"
STAFF_RATIO_NOTE = "'three times larger than the next largest force', as the ratio 1:3"
BUDGET_SHARE = "annual budget as a share of the cost of police services in England and Wales"
PCSOS_REQUIRED = "PCSOs required to be in place, of which the MPS has its proportionate share"
END_OF_APRIL_2007 = pp.Period(
    start=date(2007, 4, 30), end=date(2007, 4, 30), label="the end of April 2007"
)
MAY_2007 = pp.Period(start=date(2007, 5, 1), end=date(2007, 5, 31), label="May 2007")

PRIORITY_LINES = range(179, 192, 2)


def strategic_priorities() -> tuple[str, ...]:
    """The seven corporate priorities (L179-191), without the list's ";", "; and" or "."."""
    require(SEED, 173, "Strategic priorities")
    require(SEED, 177, "The corporate priorities, together with a brief description")
    items = tuple(re.sub(r"(;( and)?|\.)$", "", text_at(n)) for n in PRIORITY_LINES)
    assert len(items) == 7, items
    assert all(" – " in item for item in items), items
    return items


# --------------------------------------------------------------------------- grading


GRADING_PROCESS = "The Grading Process"  # L136
SJ = pp.StandardJudgement
SURVEY_GRADING = "HMIC grading using survey results"  # L940


def _sentence(n: int, text: str) -> str:
    assert text_at(n).count(require(SEED, n, text)) == 1, (n, text)
    return text


def grading() -> tuple[pp.GradeDefinition, ...]:
    """The Grading Process (L136-142) and the rule for survey results (Appendix 3, L940-944).

    L142 stands under the heading "Meeting the standard" (L140); L942's second
    sentence speaks of exceeding and failing at once and is given for each.
    """
    require(SEED, 136, GRADING_PROCESS)
    require(SEED, 140, "Meeting the standard")
    require(SEED, 940, SURVEY_GRADING)
    either = _sentence(
        942,
        "Consequently, force performance could be considered to be 'exceeding the standard' or "
        "'failing to meet the standard' if it shows a 'significant' difference from the MSF "
        "average or from previous years' data.",
    )
    return (
        pp.GradeDefinition(grade=None, section=GRADING_PROCESS, text=text_at(138)),
        pp.GradeDefinition(grade=SJ.MEETING, section=GRADING_PROCESS, text=text_at(142)),
        pp.GradeDefinition(
            grade=SJ.MEETING,
            section=SURVEY_GRADING,
            text=_sentence(
                942,
                "In order to **meet the standard**, forces need to show no 'significant' "
                "difference between their score and the average for their MSF or against their "
                "own data from previous years.",
            ),
        ),
        pp.GradeDefinition(grade=SJ.EXCEEDING, section=SURVEY_GRADING, text=either),
        pp.GradeDefinition(grade=SJ.FAILING, section=SURVEY_GRADING, text=either),
        pp.GradeDefinition(
            grade=SJ.EXCEEDING,
            section=SURVEY_GRADING,
            text=_sentence(
                944,
                "HMIC would not consider force performance as 'exceeding the standard' if SPI "
                "data were travelling in the wrong direction, ie deteriorating.",
            ),
        ),
        pp.GradeDefinition(
            grade=None,
            section=SURVEY_GRADING,
            text=_sentence(
                944,
                "Likewise, credit has been given for an upward direction in SPI data even if "
                "performance falls below the MSF average.",
            ),
        ),
    )


# --------------------------------------------------------------------------- survey method


ASPECT = pp.SurveyAspect
BCS = "British Crime Survey (BCS)"
USER_SURVEYS = "user satisfaction surveys"
FOOTNOTE_2 = (
    "It is likely that there is a real, underlying difference between data taken at two "
    "different times or between two populations. If sufficient data is collected, the "
    "difference may not have to be large to be statistically significant."
)


def survey_figures() -> tuple[pp.SurveyFigure, ...]:
    """Sample sizes, confidence and significance thresholds: the SPI standards' Context
    (L430, L708) and Appendix 3 (L919-956), with footnote ² (L956) on the thresholds."""
    require(SEED, 919, "Appendix 3: Assessment of Outcomes Using Statutory Performance")
    require(SEED, 956, "² " + FOOTNOTE_2)
    require(SEED, 950, "statistically significant²")
    pp_unit = pp.Unit.PERCENTAGE_POINTS

    def s(
        n: int,
        text: str,
        aspect: pp.SurveyAspect,
        printed: str,
        value: pp.Quantity,
        **more: object,
    ) -> pp.SurveyFigure:
        assert printed in _sentence(n, text), (printed, text)
        return pp.SurveyFigure(
            aspect=aspect,
            figure=pp.Figure(text=printed, value=value),
            text=text,
            **more,  # type: ignore[arg-type]
        )

    bcs_sample = (
        "As part of the BCS, approximately 1,000 interviews are undertaken in each force area "
        "in England and Wales."
    )
    user_sample = "Surveys are based on a sample size of 600 interviews per BCU."
    annual_bcs = "The annual sample size for the BCS is usually 1,000 interviews per force."
    annual_user = (
        "The annual sample size for these user satisfaction surveys is 600 interviews per BCU."
    )
    precision = (
        "Generally, user satisfaction surveys will provide a greater degree of precision in "
        "their answers than the BCS because the sample size is greater (1,000 for the **whole "
        "force** for the BCS, as opposed to 600 **for each BCU** for user satisfaction)."
    )
    level = (
        "This margin is known as a **confidence interval** and it will narrow or widen depending "
        "on how confident we want to be that the estimate reflects the views of the whole "
        "population (a common standard is 95% confident) and therefore how many people have to "
        "be interviewed."
    )
    interval = (
        "For example, if we have a survey estimate of 81% from a sample of approximately 1,000 "
        "people, the confidence interval would be plus or minus 3 and the appropriate statement "
        "would be that we can be 95% confident that the real figure in the population lies "
        "between 78% and 84%."
    )
    thresholds = (
        "This greater level of precision is the reason why a difference of approximately two "
        "percentage points is statistically significant² in the case of the user satisfaction "
        "indicator, whereas a difference of around four percentage points is required for the "
        "BCS indicators."
    )
    require(SEED, 928, "Results come from the BCS, which questions the general population.")
    require(SEED, 930, "Results come from forces' own user satisfaction surveys.")
    require(SEED, 708, "surveyed using the MPS's own user satisfaction surveys")
    return (
        s(430, bcs_sample, ASPECT.SAMPLE_SIZE, "1,000", _count(1000), survey=BCS, framework=NP,
          qualifier="approximately", basis="interviews in each force area"),
        s(708, user_sample, ASPECT.SAMPLE_SIZE, "600", _count(600), survey=USER_SURVEYS,
          framework=DCFP, basis="interviews per BCU",
          note="The MPS's own user satisfaction surveys (L708)."),
        s(928, annual_bcs, ASPECT.SAMPLE_SIZE, "1,000", _count(1000), survey=BCS, framework=NP,
          qualifier="usually", basis="interviews per force, annually"),
        s(930, annual_user, ASPECT.SAMPLE_SIZE, "600", _count(600), survey=USER_SURVEYS,
          framework=DCFP, basis="interviews per BCU, annually"),
        s(938, precision, ASPECT.SAMPLE_SIZE, "1,000", _count(1000), survey=BCS, framework=NP,
          basis="for the whole force"),
        s(938, precision, ASPECT.SAMPLE_SIZE, "600", _count(600), survey=USER_SURVEYS,
          framework=DCFP, basis="for each BCU"),
        s(936, level, ASPECT.CONFIDENCE_LEVEL, "95%", _percent(95), basis="a common standard"),
        s(936, interval, ASPECT.CONFIDENCE_INTERVAL, "plus or minus 3", pp.Quantity(3, pp_unit),
          basis="a survey estimate of 81% from a sample of approximately 1,000 people",
          note="An example. The text gives no unit; the interval is read in percentage points "
          "from the range it gives (between 78% and 84%)."),
        s(950, thresholds, ASPECT.SIGNIFICANCE_THRESHOLD, "two percentage points",
          pp.Quantity(2, pp_unit), survey=USER_SURVEYS, framework=DCFP,
          qualifier="approximately", footnotes=(FOOTNOTE_2,)),
        s(950, thresholds, ASPECT.SIGNIFICANCE_THRESHOLD, "four percentage points",
          pp.Quantity(4, pp_unit), survey=BCS, framework=NP, qualifier="around",
          footnotes=(FOOTNOTE_2,)),
    )  # fmt: skip


# --------------------------------------------------------------------------- known issues


def _where(
    standards: tuple[pp.StandardAssessment, ...], needle: str, kind: str = "strengths"
) -> str:
    """The path of the one finding of a standard list that contains ``needle``."""
    hits = [
        f"standards[{s}].{kind}[{f}].text"
        for s, std in enumerate(standards)
        for f, finding in enumerate(getattr(std, kind) or ())
        if needle in finding.text
    ]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def known_issues(doc: pp.Inspection) -> tuple[pp.KnownIssue, ...]:
    issues: list[pp.KnownIssue] = []

    def issue(code: str, path: str, explanation: str, n: int, *guards: str) -> None:
        for text in guards:
            require(SEED, n, text)
        issues.append(pp.KnownIssue(code=code, path=path, explanation=explanation, line=n))

    std = doc.standards
    results = {r.code: (i, r) for i, r in enumerate(doc.indicator_results)}

    # SPI 3b: the table's change against the two values of the prose.
    i, spi3b = results["SPI 3b"]
    now, then = (o.figure.value.value for o in spi3b.values if o.figure.value)
    assert spi3b.change
    assert spi3b.change.value
    assert (now - then, spi3b.change.value.value) == (Decimal("-0.5"), Decimal("-0.4"))
    issue(
        "text-table-conflict",
        f"indicator_results[{i}].change",
        "SPI 3b: the table gives a 2005/06 to 2007/08 change of -0.4 pp (L690), but the prose "
        "gives 71.8% (year ending March 2008) against 72.3% (year ending March 2006), "
        "a change of -0.5 pp (L718); presumably the table's figure is computed from unrounded "
        "values.",
        690,
        "-0.4 pp",
    )

    i, _ = results["SPI 3b Gap"]
    issue(
        "wording-variant",
        f"indicator_results[{i}].values[0].figure",
        "The SPI 3b satisfaction gap is '4.8 pp' in the table (L690) and '4.8 percentage "
        "points' in the summary statement (L700), but '4.8% less satisfied' among the "
        "strengths (L719).",
        719,
        "4.8% less satisfied",
    )
    i, _ = results["SPI 10b"]
    issue(
        "wording-variant",
        f"indicator_results[{i}].change",
        "SPI 10b: the prose calls the change 'a 3% improvement against a similar survey "
        "conducted in 2006' (L444); the table gives -3.0 pp from 2005/06 to 2007/08 (L414), "
        "a change in percentage points, not per cent.",
        444,
        "3% improvement",
    )

    # The stray SPI 1e block after the empty areas for improvement.
    spi_std = next(s for s, a in enumerate(std) if a.statement.startswith("The force can"))
    stray = next(f for f, a in enumerate(doc.findings) if a.text.startswith("76.9%"))
    issue(
        "inconsistent-repeat",
        f"findings[{stray}]",
        "Under 'The force can demonstrate that the relevant SPIs remain stable as a minimum.' "
        "the SPI 1e subheading is printed twice: among the strengths, followed by 'None.' "
        "(L712-714), and again after 'Area(s) for improvement / None.' (L728-730), followed by "
        "'76.9% ... significantly worse than the average for the MSF' (L732-734). The block "
        "belongs to no printed list; it is kept in the document's findings as an area for "
        f"improvement, and standards[{spi_std}].areas_for_improvement is empty as printed.",
        734,
        "76.9%",
    )

    issue(
        "typo",
        _where(std, "SP1 1B"),
        "'SP1 1B (action) and SP1 1c (follow-up)' for SPI 1b and SPI 1c (the digit 1 for the "
        "letter I).",
        676,
        "SP1 1B (action) and SP1 1c (follow-up)",
    )
    practice = next(
        k for k, d in enumerate(doc.developing_practice) if d.text and "Speical" in d.text
    )
    issue(
        "typo",
        f"developing_practice[{practice}].text",
        "'Speical Operations (SO)' for 'Special Operations (SO)'.",
        917,
        "Speical Operations (SO)",
    )

    jps = next(s for s, a in enumerate(std) if a.statement.startswith("Joint problem solving"))
    issue(
        "missing-word",
        f"standards[{jps}].summary_statements[0]",
        "'Joint problem-solving activity is partly and demonstrates moderate problem "
        "resolution' lacks a word after 'partly' (the summary statements' template reads "
        "'partly <adjective>').",
        367,
        "activity is partly and demonstrates",
    )

    issue(
        "inconsistent-repeat",
        _where(std, "1,720 officers in 2007"),
        "Safer neighbourhoods training in 2007: '1,720 officers' here (L277), but '1,270 "
        "police officers and PCSOs' in the framework's lead text (L226); one figure has two "
        "digits transposed.",
        277,
        "1,720 officers in 2007",
    )
    issue(
        "inconsistent-repeat",
        _where(std, "635 safer neighbourhoods panels"),
        "The number of safer neighbourhoods panels is 635 here (L316), but 'all 630 panels' "
        "at L396 (630 teams at L149, L226) and '629 panels were asked' at L314.",
        316,
        "635 safer neighbourhoods panels",
    )
    issue(
        "repeated-text",
        _where(std, "The focus on Citizen Focus is reinforced"),
        "This strength repeats, nearly word for word, the lead-block strength 'The focus is "
        "reinforced through the oversight provided by the MPA ...' (L536).",
        575,
        "The focus on Citizen Focus is reinforced",
    )

    ppaf = next(g for g, e in enumerate(doc.glossary) if e.term == "PPAF")
    issue(
        "wording-variant",
        f"glossary[{ppaf}].expansion",
        "The glossary expands PPAF as 'Police Performance Assessment Framework' (L830, also "
        "L923); the body names 'the Policing Performance Assessment Frameworks (PPAFs)' (L115).",
        830,
        "Police Performance Assessment Framework",
    )

    cf_area = next(
        k for k, d in enumerate(doc.developing_practice) if d.area.startswith("Developing")
    )
    issue(
        "wording-variant",
        f"developing_practice[{cf_area}].area",
        "Appendix 2 heads the group 'Developing Citizen Focused Policing' (L912); the framework "
        "is 'Developing Citizen Focus Policing' everywhere else (L8, L39, L524).",
        912,
        "Developing Citizen Focused Policing",
    )

    issue(
        "garbled-cell",
        "judgements[1].grade_text",
        "The DCFP summary-of-judgement row is wrapped in HTML '<p>' tags (a conversion "
        "artefact); the tags are dropped from the label and grade text.",
        526,
        "<p>Meeting the standard</p>",
    )

    issue(
        "missing-definition",
        "grading",
        "The Grading Process says the framework sections set out the standards 'together with "
        "definitions for exceeding the standard and failing to meet the standard' (L142); no "
        "section defines either (the NP lead block headed 'Exceeding the standard', L222, says "
        "only that the force is not exceeding it, L224). The only rule for either is Appendix "
        "3's, for survey results (L942-944).",
        142,
        "together with definitions for exceeding the standard and failing to meet the standard",
    )
    return tuple(issues)


# --------------------------------------------------------------------------- document


def build() -> pp.Inspection:
    require(SEED, 217, NP)
    require(SEED, 524, DCFP)
    findings_ = [
        *lead_findings(222, "Exceeding the standard", 251, NP),
        *lead_findings(529, "Meeting the standard", 556, DCFP),
        stray_finding(),
    ]
    require(SEED, 252, "Meeting the standard")
    require(SEED, 557, "Meeting the standard")
    doc = pp.Inspection(
        source=source(),
        force=FORCE,
        period=period(),
        frameworks=frameworks(),
        judgements=judgements(),
        findings=tuple(findings_),
        standards=tuple(standard(spec) for spec in STANDARDS),
        indicator_results=(*indicator_table(412, NP), *indicator_table(688, DCFP)),
        developing_practice=developing_practice(),
        glossary=glossary(),
        profile=profile(),
        strategic_priorities=strategic_priorities(),
        grading=grading(),
        survey_figures=survey_figures(),
    )
    return attrs.evolve(doc, known_issues=known_issues(doc))


def main() -> None:
    doc = build()
    out = write(DATASET_ID, doc)
    per_framework = {
        fw.name: sum(s.framework == fw.name for s in doc.standards) for fw in doc.frameworks
    }
    print(
        f"{DATASET_ID}: {len(doc.frameworks)} frameworks, {len(doc.judgements)} judgements, "
        f"{len(doc.standards)} standards {per_framework}, {len(doc.findings)} lead findings, "
        f"{len(doc.indicator_results)} indicator results, {len(doc.developing_practice)} "
        f"developing practice, {len(doc.glossary)} glossary entries, {len(doc.profile)} profile "
        f"figures, {len(doc.grading)} grade definitions, {len(doc.survey_figures)} survey "
        f"figures, {len(doc.known_issues)} known issues -> {out}"
    )


if __name__ == "__main__":
    main()

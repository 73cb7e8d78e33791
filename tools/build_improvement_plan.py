"""Build ``mpa-improvement-plan-2007`` from seed 004.

Seed 004 is MPA report 11 of 16 January 2007, "PPAF and Baseline Improvement
Plan": how the MPS is responding to the 189 areas for improvement (AFIs) of
the HMIC Baseline Assessment 2005/06. Run from the repository root::

    python tools/build_improvement_plan.py
"""

from __future__ import annotations

import re
from datetime import date

from _common import line, quantity, require, write

import policeplan as pp

DATASET_ID = "mpa-improvement-plan-2007"
SEED = "004"
UPDATE_OF_20_NOVEMBER = date(2006, 11, 20)

S = pp.AFIStatus
WIP = S.WORK_IN_PROGRESS
DONE = S.COMPLETED
NFA = S.NO_FURTHER_ACTION
AWAITED = S.UPDATE_AWAITED

MAIN = "main"
APPENDIX_1 = "appendix 1"


# --------------------------------------------------------------------------- source


def source() -> pp.Source:
    return pp.Source(
        title=require(SEED, 5, "PPAF and Baseline Improvement Plan"),
        publisher="Metropolitan Police Authority",
        date=date(2007, 1, 16),
        precision=pp.Precision.DAY,
        reference=require(SEED, 6, "Report: 11"),
    )


def checked(n: int, text: str, value: int) -> int:
    """``value`` after checking that the words stating it stand on line ``n``."""
    require(SEED, n, text)
    return value


def check_date() -> None:
    require(SEED, 7, "Date: 16 January 2007")


def author() -> str:
    """L8: whom the report is by, after its "By:" label."""
    return require(
        SEED,
        8,
        "By: Director of Strategy Modernisation and Planning Directorate on behalf of the "
        "Commissioner",
    ).removeprefix("By: ")


def summary() -> tuple[str, ...]:
    """L9-11: the paragraphs under "Summary", as printed ("outlines the how" [sic])."""
    require(SEED, 9, "Summary")
    require(SEED, 12, "A. Recommendation")
    return tuple(line(SEED, n) for n in (10, 11))


def recommendation() -> str:
    """L12-13: what the report asks of the committee."""
    require(SEED, 12, "A. Recommendation")
    return require(SEED, 13, "That Members note the content of the report.")


def summary_issues() -> tuple[pp.KnownIssue, ...]:
    require(SEED, 10, "This report outlines the how the MPS")
    return (
        pp.KnownIssue(
            code="typo",
            path="summary[0]",
            explanation="'This report outlines the how the MPS is responding' (L10): a stray "
            "'the'; the contents line (L2) reads 'outlines how the MPS is responding'.",
            line=10,
        ),
    )


# --------------------------------------------------------------------------- status


def status_counts() -> tuple[pp.StatusCount, ...]:
    """¶5 (L20-24): the current status of the 189 AFIs, as stated."""
    stated = (
        (21, "131 AFIs currently have work in progress", WIP, 131),
        (22, "26 AFIs are shown as completed", DONE, 26),
        (23, "10 AFIs are shown as requiring no further action", NFA, 10),
        (24, "An update is awaited on 20 AFIs", AWAITED, 20),
    )
    return tuple(
        pp.StatusCount(status=status, count=checked(n, text, count))
        for n, text, status, count in stated
    )


def protective_services() -> tuple[str, ...]:
    """¶7 (L26-34): the eight priority protective services, without the list punctuation."""
    require(SEED, 26, "It will focus on eight priority protective services specifically;")
    return tuple(re.sub(r"^- (.*?)[;.]$", r"\1", line(SEED, n)) for n in range(27, 35))


# --------------------------------------------------------------------------- frameworks

_HEADER = re.compile(r"^(?P<name>.+?) [–-] grading (?:of )?(?P<words>\S+)$")


def parse_header(n: int) -> tuple[str, str]:
    """``"Strategic road policing – grading of excellent/stable"`` → (name, grading words)."""
    m = _HEADER.match(line(SEED, n))
    if m is None:
        raise AssertionError(f"{SEED} L{n} is not a framework header: {line(SEED, n)!r}")
    return m["name"], m["words"]


def parse_grading(words: str) -> tuple[pp.Grade, pp.DirectionOfTravel | None]:
    grade, _, direction = words.partition("/")
    return pp.Grade(grade), pp.DirectionOfTravel(direction) if direction else None


def bullets(first: int, last: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The bullets of lines ``first``..``last`` (text after "- ") and any sub-headings between."""
    actions: list[str] = []
    headings: list[str] = []
    for n in range(first, last + 1):
        text = line(SEED, n)
        if text.startswith("- "):
            actions.append(text[2:])
        else:
            headings.append(f"{text} (L{n})")
    return tuple(actions), tuple(headings)


def awaited_topics(n: int) -> tuple[str, ...]:
    """The topics of an "Updates are awaited on the AFIs in relation to a; b; and c." line."""
    text = line(SEED, n)
    _, found, rest = text.partition(" in relation to ")
    if not found or "awaited" not in text:
        raise AssertionError(f"{SEED} L{n} is not an 'updates awaited' paragraph: {text!r}")
    topics = rest.rstrip(".").split("; ")
    return tuple(t.removeprefix("and ") for t in topics)


def framework(
    header: int,
    section: str,
    *,
    counts: int | None = None,
    afi: tuple[str, int] | None = None,
    statuses: tuple[tuple[pp.AFIStatus, str, int], ...] = (),
    actions: tuple[int, int] | None = None,
    sentence: tuple[int, str] | None = None,
    awaited: int | None = None,
    awaited_count: tuple[str, int] | None = None,
    note: str | None = None,
) -> pp.FrameworkProgress:
    """One framework paragraph.

    ``afi`` and each of ``statuses`` carry the words that state the count; they
    are checked against line ``counts`` (or ``awaited`` for ``awaited_count``).
    """
    name, words = parse_header(header)
    grade, direction = parse_grading(words)
    stated: list[pp.StatusCount] = []
    afi_count = None
    if afi is not None:
        assert counts is not None
        afi_count = checked(counts, *afi)
    for status, text, count in statuses:
        assert counts is not None
        stated.append(pp.StatusCount(status=status, count=checked(counts, text, count)))
    if awaited_count is not None:
        assert awaited is not None
        text, count = awaited_count
        stated.append(pp.StatusCount(status=AWAITED, count=checked(awaited, text, count)))
    action_texts: tuple[str, ...] = ()
    if actions is not None:
        action_texts, headings = bullets(*actions)
        if headings:
            grouped = "; ".join(headings)
            note = f"{note} " if note else ""
            note += f"Actions stand under the sub-headings: {grouped}."
    if sentence is not None:
        action_texts = (require(SEED, *sentence),)
    return pp.FrameworkProgress(
        framework=name,
        section=section,
        grade=grade,
        direction=direction,
        grade_text=words,
        afi_count=afi_count,
        status_counts=tuple(stated),
        actions=action_texts,
        awaited=awaited_topics(awaited) if awaited is not None else (),
        note=note,
    )


def main_body_frameworks() -> list[pp.FrameworkProgress]:
    """¶9-16 (L36-80): the frameworks due to be inspected in 2006/07."""
    return [
        framework(
            36,
            MAIN,
            counts=37,
            afi=("Six AFIs", 6),
            statuses=(
                (DONE, "one of which has been completed", 1),
                (WIP, "five have work in progress", 5),
            ),
            actions=(38, 40),
        ),
        framework(
            41,
            MAIN,
            counts=42,
            afi=("Nine AFIs", 9),
            statuses=(
                (DONE, "two of which have been completed", 2),
                (WIP, "seven have work in progress", 7),
            ),
            actions=(43, 45),
        ),
        framework(
            46,
            MAIN,
            counts=48,
            afi=("HMIC identified 23 AFIs", 23),
            statuses=(
                (DONE, "one has been completed", 1),
                (NFA, "three have no further action required", 3),
                (WIP, "19 have work in progress", 19),
            ),
            actions=(49, 51),
            note=require(
                SEED,
                47,
                "This framework covered the areas of firearms, public order, "
                "mounted branch, civil contingencies, air support, dog support and "
                "marine support.",
            ),
        ),
        framework(
            52,
            MAIN,
            counts=53,
            afi=("HMIC identified six AFIs", 6),
            statuses=(
                (DONE, "two have been completed", 2),
                (WIP, "four have work in progress", 4),
            ),
            actions=(54, 56),
        ),
        framework(
            57,
            MAIN,
            counts=58,
            afi=("HMIC identified 25 AFIs", 25),
            statuses=((WIP, "20 have work in progress", 20),),
            actions=(59, 77),
            awaited=78,
            note=require(
                SEED,
                58,
                "This framework covered the areas of Public Protection, Child "
                "Abuse Investigation, Domestic Violence, MAPPA and Missing Persons.",
            ),
        ),
        framework(
            79,
            MAIN,
            note=require(
                SEED,
                80,
                "This was not inspected as part of the 2005/06 Baseline Assessment process.",
            ),
        ),
    ]


def appendix_frameworks() -> list[pp.FrameworkProgress]:
    """Appendix 1 ¶1-19 (L97-172): the remaining frameworks."""
    return [
        framework(
            97,
            APPENDIX_1,
            counts=98,
            afi=("15 AFIs were identified", 15),
            statuses=(
                (DONE, "11 have been completed", 11),
                (NFA, "one has no further action required", 1),
                (WIP, "three have work in progress", 3),
            ),
            actions=(99, 101),
        ),
        framework(
            102,
            APPENDIX_1,
            counts=103,
            afi=("Four AFIs were identified", 4),
            statuses=((WIP, "all have work in progress", 4),),
            actions=(104, 106),
        ),
        framework(
            107,
            APPENDIX_1,
            counts=108,
            afi=("Of the six AFIs identified by HMIC", 6),
            actions=(109, 112),
            note=require(
                SEED,
                108,
                "four relate to improvements in MPS performance regarding "
                "reduction for burglary, vehicle crime, personal robbery and violent "
                "crime.",
            ),
        ),
        framework(
            113,
            APPENDIX_1,
            counts=114,
            afi=("Of the five AFIs identified by HMIC", 5),
            actions=(115, 118),
            note=require(
                SEED,
                114,
                "all relate to improvements in MPS performance regarding "
                "sanction detection rates.",
            ),
        ),
        framework(
            119,
            APPENDIX_1,
            counts=120,
            afi=("HMIC identified five AFIs", 5),
            statuses=((WIP, "all have work in progress", 5),),
            actions=(121, 123),
        ),
        framework(
            124,
            APPENDIX_1,
            counts=125,
            afi=("Of the twelve AFIs", 12),
            statuses=(
                (DONE, "one has been completed", 1),
                (NFA, "one has no further action required", 1),
                (WIP, "ten have work in progress", 10),
            ),
            actions=(126, 129),
        ),
        framework(
            130,
            APPENDIX_1,
            counts=131,
            afi=("HMIC identified four AFIs", 4),
            statuses=((DONE, "two have been completed", 2), (WIP, "two have work in progress", 2)),
            actions=(132, 133),
        ),
        framework(
            134,
            APPENDIX_1,
            counts=135,
            afi=("Of the ten AFIs", 10),
            statuses=((WIP, "four have work in progress", 4),),
            actions=(136, 137),
            awaited=138,
        ),
        framework(
            139,
            APPENDIX_1,
            counts=140,
            afi=("Of the four AFIs", 4),
            statuses=(
                (DONE, "one has been completed", 1),
                (WIP, "three have work in progress", 3),
            ),
            actions=(141, 142),
        ),
        framework(
            143,
            APPENDIX_1,
            note=require(
                SEED,
                144,
                "The AFIs are being managed separately through HMI "
                "Training, Personnel & Diversity.",
            ),
        ),
        framework(
            145,
            APPENDIX_1,
            counts=146,
            afi=("Of the three AFIs", 3),
            statuses=(
                (
                    WIP,
                    "one in relation to a performance management framework has work in progress",
                    1,
                ),
            ),
            sentence=(
                146,
                "This involves development of a suitable performance management "
                "system to record and evaluate diversity and equality activity across "
                "the MPS.",
            ),
            awaited=147,
            awaited_count=("Updates are awaited on the two other AFIs", 2),
        ),
        framework(
            148,
            APPENDIX_1,
            counts=149,
            afi=("HMIC identified 12 AFIs", 12),
            statuses=(
                (NFA, "Four have no further action required", 4),
                (WIP, "eight have work in progress", 8),
            ),
            actions=(150, 155),
        ),
        framework(
            156,
            APPENDIX_1,
            counts=157,
            afi=("Of the six AFIs identified by HMIC", 6),
            statuses=(
                (DONE, "two have been completed", 2),
                (WIP, "four have work in progress", 4),
            ),
            actions=(158, 159),
        ),
        framework(
            160,
            APPENDIX_1,
            counts=161,
            afi=("Of the 11 AFIs identified by the HMIC", 11),
            statuses=((DONE, "one has been completed", 1), (WIP, "ten have work in progress", 10)),
            actions=(162, 163),
        ),
        framework(
            164,
            APPENDIX_1,
            counts=165,
            afi=("HMIC identified eight AFIs", 8),
            statuses=((DONE, "one has been completed", 1), (WIP, "four have work in progress", 4)),
            actions=(166, 167),
            awaited=168,
        ),
        framework(
            169,
            APPENDIX_1,
            counts=170,
            afi=("All eight of the AFIs", 8),
            statuses=(
                (
                    WIP,
                    "All eight of the AFIs identified by HMIC in this framework have "
                    "work in progress",
                    8,
                ),
            ),
            actions=(171, 172),
        ),
    ]


# --------------------------------------------------------------------------- progress

VOLUME_CRIME_REDUCTION = "Volume crime reduction"
VOLUME_CRIME_INVESTIGATION = "Volume crime investigation"


def progress_figure(
    n: int,
    metric: str,
    text: str,
    framework: str,
    *,
    actual: str | None = None,
    target: str | None = None,
    benchmark: str | None = None,
    unit: pp.Unit = pp.Unit.PERCENT,
    dated: bool = False,
) -> pp.ProgressFigure:
    """A progress figure whose verbatim ``text`` stands on line ``n``; ``metric`` names it.

    ``actual``/``target``/``benchmark`` are the printed figures ("8.1%"); each
    must appear within ``text``. ``dated`` marks figures the text gives as of
    the action plan update of 20 November 2006 (also checked on line ``n``).
    """
    require(SEED, n, text)
    for printed in (actual, target, benchmark):
        if printed is not None and printed not in text:
            raise AssertionError(f"{printed!r} is not in {text!r}")
    if dated:
        require(SEED, n, "20 November 2006")

    def q(printed: str | None) -> pp.Quantity | None:
        return None if printed is None else quantity(printed, unit)

    return pp.ProgressFigure(
        metric=metric,
        text=text,
        actual=q(actual),
        target=q(target),
        benchmark=q(benchmark),
        as_of=UPDATE_OF_20_NOVEMBER if dated else None,
        framework=framework,
    )


def progress() -> tuple[pp.ProgressFigure, ...]:
    change = pp.Unit.PERCENT_CHANGE
    return (
        progress_figure(
            55,
            "projected decrease in total killed or seriously killed casualties (KSIs) "
            "from 2005/06 to 2006/07",
            "A projected decrease in total killed or seriously killed casualties (KSIs) from "
            "2005/06 to 2006/07 of 6%",
            "Strategic road policing",
            actual="6%",
            unit=change,
        ),
        progress_figure(
            109,
            "MPS reduction for burglary",
            "the MPS reduction for burglary was 8.1% against a target of 6.3%",
            VOLUME_CRIME_REDUCTION,
            actual="8.1%",
            target="6.3%",
            unit=change,
            dated=True,
        ),
        progress_figure(
            110,
            "MPS reduction for vehicle crime",
            "the MPS reduction for vehicle crime was 2.2% against a target of 8%",
            VOLUME_CRIME_REDUCTION,
            actual="2.2%",
            target="8%",
            unit=change,
            dated=True,
        ),
        progress_figure(
            110,
            "reduction in taking of a vehicle",
            "there was a 12.3% reduction in taking of a vehicle against a target of 6%",
            VOLUME_CRIME_REDUCTION,
            actual="12.3%",
            target="6%",
            unit=change,
            dated=True,
        ),
        progress_figure(
            111,
            "increase in personal robbery",
            "Whilst there has been a continued increase in personal robbery, the latest update "
            "provided for the action plan, again on 20 November 2006 shows that this has "
            "reduced to 0.5%",
            VOLUME_CRIME_REDUCTION,
            actual="0.5%",
            unit=change,
            dated=True,
        ),
        progress_figure(
            112,
            "MPS reduction for violent crime",
            "the MPS reduction for violent crime was 7.1%, against a target of 5%",
            VOLUME_CRIME_REDUCTION,
            actual="7.1%",
            target="5%",
            unit=change,
            dated=True,
        ),
        progress_figure(
            115,
            "overall sanctioned detections",
            "the MPS has a 20.4% sanction detection rate, against a target of 20%",
            VOLUME_CRIME_INVESTIGATION,
            actual="20.4%",
            target="20%",
        ),
        progress_figure(
            116,
            "sanctioned detection rate for personal robbery",
            "a 13.4% sanctioned detection rate for personal robbery",
            VOLUME_CRIME_INVESTIGATION,
            actual="13.4%",
        ),
        progress_figure(
            116,
            "sanctioned detection rate for robbery as a whole",
            "a 13.6% sanctioned detection rate for robbery as a whole",
            VOLUME_CRIME_INVESTIGATION,
            actual="13.6%",
        ),
        progress_figure(
            117,
            "sanctioned detection rate for violent crime",
            "the MPS has a sanctioned detection rate of 23% for violent crime",
            VOLUME_CRIME_INVESTIGATION,
            actual="23%",
        ),
        progress_figure(
            118,
            "sanctioned detection rate for racially aggravated crime",
            "the MPS has a sanctioned detection rate for racially aggravated crime is 27.7% "
            "against a target of 26% and is above the MSF comparison of 26.63%",
            VOLUME_CRIME_INVESTIGATION,
            actual="27.7%",
            target="26%",
            benchmark="26.63%",
        ),
        progress_figure(
            121,
            "vehicles examined subject to theft from vehicles",
            "An increase in the vehicles examined subject to theft from vehicles to 19.6%",
            "Improving forensic performance",
            actual="19.6%",
        ),
        progress_figure(
            123,
            "London Boroughs with the Burglary Sole Response initiative",
            "the Burglary Sole Response initiative operating on 31 of the 32 London Boroughs",
            "Improving forensic performance",
            actual="31",
            unit=pp.Unit.COUNT,
        ),
    )


# --------------------------------------------------------------------------- known issues


def index_of(frameworks: list[pp.FrameworkProgress], name: str) -> int:
    return next(i for i, f in enumerate(frameworks) if f.framework == name)


def known_issues(
    frameworks: list[pp.FrameworkProgress],
    statuses: tuple[pp.StatusCount, ...],
    figures: tuple[pp.ProgressFigure, ...],
) -> tuple[pp.KnownIssue, ...]:
    """Defects of the source, each checked against the transcribed values."""
    fw = {f.framework: (i, f) for i, f in enumerate(frameworks)}
    issues: list[pp.KnownIssue] = []

    def issue(code: str, path: str, explanation: str, n: int) -> None:
        issues.append(pp.KnownIssue(code=code, path=path, explanation=explanation, line=n))

    parts = sum(c.count for c in statuses)
    assert parts == 187, parts
    issue(
        "total-mismatch",
        "status_counts",
        f"The status counts of ¶5 (131 work in progress + 26 completed + 10 no further action "
        f"+ 20 update awaited = {parts}) fall 2 short of the stated 189 AFIs (L15, L20).",
        20,
    )

    # Per-framework parts that do not account for the framework's stated total.
    pvp_i, pvp = fw["Protecting vulnerable people"]
    assert (pvp.afi_count, pvp.count(WIP), len(pvp.awaited)) == (25, 20, 4)
    issue(
        "total-mismatch",
        f"frameworks[{pvp_i}].afi_count",
        "Protecting vulnerable people: 25 AFIs (L58), but only 20 with work in progress (L58) "
        "and 4 topics awaiting an update (¶15, L78) are given: 24, leaving 1 unaccounted for.",
        58,
    )
    lead_i, lead = fw["Leadership"]
    assert (lead.afi_count, lead.count(DONE), lead.count(WIP), len(lead.awaited)) == (8, 1, 4, 2)
    issue(
        "total-mismatch",
        f"frameworks[{lead_i}].afi_count",
        "Leadership: 8 AFIs (L165), but 1 completed + 4 work in progress (L165) + 2 topics "
        "awaiting an update (¶18, L168) = 7, leaving 1 unaccounted for (8 only if 'the "
        "perception of leadership and structure' is read as two topics).",
        165,
    )

    # Framework totals against the report totals.
    afis = sum(f.afi_count or 0 for f in frameworks)
    done = sum(f.count(DONE) or 0 for f in frameworks)
    nfa = sum(f.count(NFA) or 0 for f in frameworks)
    assert (afis, done, nfa) == (182, 25, 9), (afis, done, nfa)
    issue(
        "total-mismatch",
        "total_afis",
        f"The AFI counts stated for the frameworks (main body 69 + Appendix 1 113) sum to "
        f"{afis}, not the 189 of ¶1 and ¶5; Training (L144) and Professional standards (L80) "
        "give no count, so 7 AFIs are not attributed to any framework.",
        20,
    )
    issue(
        "total-mismatch",
        "status_counts[1]",
        f"The 'completed' counts stated for the frameworks sum to {done}, not the 26 of ¶5.",
        22,
    )
    issue(
        "total-mismatch",
        "status_counts[2]",
        f"The 'no further action' counts stated for the frameworks sum to {nfa}, not the 10 "
        "of ¶5.",
        23,
    )

    # The CRIMINT Plus rollout is dated twice, differently.
    mci_i, mci = fw["Managing critical incidents & major crime"]
    nim_i, nim = fw["National Intelligence Model"]
    assert "CRIMINT Plus in March 2008" in mci.actions[1]
    assert "CRIMINT Plus by August 2007" in nim.actions[1]
    issue(
        "inconsistent-repeat",
        f"frameworks[{mci_i}].actions[1]",
        "The rollout of CRIMINT Plus is dated 'in March 2008' here (L39) but 'by August 2007' "
        f"under the National Intelligence Model (L163, frameworks[{nim_i}].actions[1]).",
        39,
    )

    ps_i, ps = fw["Professional standards"]
    assert ps.grade is pp.Grade.GOOD
    issue(
        "graded-not-inspected",
        f"frameworks[{ps_i}].grade",
        "Professional standards is headed 'grading good' (L79) although it 'was not inspected "
        "as part of the 2005/06 Baseline Assessment process' (L80).",
        79,
    )

    vcr_i, vcr = fw[VOLUME_CRIME_REDUCTION]
    assert vcr.actions[-1].endswith(";")
    issue(
        "truncated-list",
        f"frameworks[{vcr_i}].actions[3]",
        "The Volume crime reduction bullet list ends with ';' (L112), as if cut off; it "
        "describes 4 of the framework's 6 AFIs and gives no status counts.",
        112,
    )

    # Referenced appendices whose content the source does not contain.
    cj_i, _ = fw["Criminal justice processes"]
    require(
        SEED,
        83,
        "is attached at Appendix 2, together with a copy of the action plan at Appendix 3",
    )
    require(SEED, 126, "is detailed in the update paper attached at Appendix 2")
    issue(
        "missing-appendix",
        "source",
        "Appendix 2, the PNC performance update (referenced at L83 and, for "
        f"frameworks[{cj_i}].actions[0], at L126), has a title (L174) but no content.",
        174,
    )
    issue(
        "missing-appendix",
        "source",
        "Appendix 3, the PNC action plan (referenced at L83), is only a '[PDF]' link (L176) "
        "with the title 'HMIC Project Team Outstanding Actions as of 15 December 2006' (L177).",
        176,
    )

    # Typos and wording that affect transcribed values (kept verbatim).
    ksi = next(i for i, f in enumerate(figures) if "KSIs" in f.metric)
    issue(
        "typo",
        f"progress[{ksi}].metric",
        "'killed or seriously killed casualties (KSIs)' (L55): KSI stands for killed or "
        "seriously injured.",
        checked(55, "killed or seriously killed casualties", 55),
    )
    robbery = next(i for i, f in enumerate(figures) if f.metric == "increase in personal robbery")
    issue(
        "ambiguous-wording",
        f"progress[{robbery}].actual",
        "'there has been a continued increase in personal robbery ... this has reduced to "
        "0.5%' (L111): read as the increase having fallen to 0.5%; no target is given.",
        111,
    )
    rac = next(i for i, f in enumerate(figures) if "racially" in f.metric)
    issue(
        "garbled-wording",
        f"progress[{rac}].text",
        "'has a sanctioned detection rate for racially aggravated crime is 27.7%' (L118) mixes "
        "two constructions; the figure itself is clear.",
        118,
    )
    mapa = next(i for i, a in enumerate(pvp.actions) if "MAPA bodies" in a)
    issue(
        "typo",
        f"frameworks[{pvp_i}].actions[{mapa}]",
        "'MAPA bodies' (L71) for MAPPA (Multi-Agency Public Protection Arrangements); the same "
        "paragraph also has 'quantative' (L67) and 'which addressing' (L75).",
        checked(71, "MAPA bodies", 71),
    )
    rd_i, _ = fw["Race and Diversity"]
    issue(
        "typo",
        f"frameworks[{rd_i}].awaited[1]",
        "'SAMUARI staff association' (L147): the MPS staff association is SAMURAI.",
        checked(147, "SAMUARI", 147),
    )
    roads = next(i for i, s in enumerate(protective_services()) if s == "Strategic Roads Policing")
    srp_i, _ = fw["Strategic road policing"]
    issue(
        "wording-variant",
        f"protective_services[{roads}]",
        f"'Strategic Roads Policing' in the list of protective services (L32) is headed "
        f"'Strategic road policing' as a framework (L52, frameworks[{srp_i}]).",
        32,
    )
    return tuple(issues)


# --------------------------------------------------------------------------- document


def build() -> pp.ImprovementPlan:
    check_date()
    require(SEED, 15, "the 189 identified areas of improvement")
    require(SEED, 20, "the current status of the 189 Areas for Improvement (AFIs)")
    committee = require(SEED, 2, "Planning, Performance & Review Committee")
    report_number = require(SEED, 6, "Report: 11").removeprefix("Report: ")
    frameworks = main_body_frameworks() + appendix_frameworks()
    statuses = status_counts()
    figures = progress()
    return pp.ImprovementPlan(
        source=source(),
        committee=committee,
        report_number=report_number,
        author=author(),
        summary=summary(),
        recommendation=recommendation(),
        total_afis=189,
        status_counts=statuses,
        protective_services=protective_services(),
        frameworks=tuple(frameworks),
        progress=figures,
        known_issues=(*known_issues(frameworks, statuses, figures), *summary_issues()),
    )


def main() -> None:
    doc = build()
    out = write(DATASET_ID, doc)
    print(
        f"{DATASET_ID}: {len(doc.frameworks)} frameworks, {len(doc.progress)} progress figures, "
        f"{len(doc.protective_services)} protective services, "
        f"{len(doc.known_issues)} known issues -> {out}"
    )


if __name__ == "__main__":
    main()

"""Build dataset ``mps-plan-2003-04`` from seed 001, the MPA/MPS Policing and Performance Plan.

Objectives, measures and targets are read from Table 1 (L232-298), the clean
source; Annex B (L405-831) adds current performance, leads, activities and
background. Annex B pages for objectives 1, 15, 16 and 24 are placeholders.
The indicator annex, efficiency savings, deployment and review programme come
from ``seed001_annexes``; the figures stated elsewhere (the MPA's membership, the
consultation, the comparison with other forces, HMIC inspections, financial
resources, race equality progress) from ``seed001_figures``.

Run from the repository root: ``python tools/build_plan.py``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import seed001_annexes as annexes
import seed001_figures as figures
from _common import cells, figure, line, require, write

import policeplan as pp

SEED = "001"
DATASET = "mps-plan-2003-04"
PLAN_YEAR = pp.FinancialYear(2003)
HIGHER = pp.Polarity.HIGHER_IS_BETTER
LOWER = pp.Polarity.LOWER_IS_BETTER
NEUTRAL = pp.Polarity.NEUTRAL
COUNT = pp.Unit.COUNT
PERCENT = pp.Unit.PERCENT
CHANGE = pp.Unit.PERCENT_CHANGE
INCREASE = pp.Direction.INCREASE
REDUCE = pp.Direction.REDUCE
ILLEGIBLE = pp.MissingReason.ILLEGIBLE

Text = str | Sequence[tuple[int, str]]
"""Text on one line, or fragments on several lines (joined with a space)."""


# --------------------------------------------------------------------------- source text


def src(at: int | None, text: Text) -> str:
    """Verbatim text, checked against the seed: ``src(241, "...")`` or ``src(None, [(n, "..."), "
    "...])``."""
    if isinstance(text, str):
        assert at is not None
        return require(SEED, at, text)
    return " ".join(require(SEED, n, fragment) for n, fragment in text)


_LABEL = re.compile(r"^(?:•\s*)?(\d+\))\s*")


def labelled(text: str) -> tuple[str | None, str]:
    """Split a printed numbering ("2)", "• 2)") from the text it numbers."""
    if match := _LABEL.match(text):
        return match.group(1), text[match.end() :]
    return None, text


def cell(n: int, index: int = 1) -> str:
    value = cells(SEED, n)[index]
    assert value, f"{SEED} L{n} cell {index} is empty"
    return value


def overlap(left: str, right: str) -> str:
    """Rejoin a value split across two cells that both repeat the character at the split."""
    assert left[-1] == right[0], (left, right)
    return left + right[1:]


# --------------------------------------------------------------------------- issues


@dataclass
class Issues:
    """Known issues, first located by objective number, then by serialized path."""

    pending: list[tuple[int | None, str, str, str, int]] = field(default_factory=list)

    def add(self, objective: int | None, where: str, code: str, why: str, at: int) -> None:
        self.pending.append((objective, where, code, why, at))

    def resolve(self, paths: dict[int, str]) -> tuple[pp.KnownIssue, ...]:
        return tuple(
            pp.KnownIssue(
                code=code,
                path=(f"{paths[number]}.{where}" if where else paths[number])
                if number is not None
                else where,
                explanation=why,
                line=at,
            )
            for number, where, code, why, at in self.pending
        )


ISSUES = Issues()


# --------------------------------------------------------------------------- periods, figures


def fy(start_year: int) -> pp.Period:
    return pp.FinancialYear(start_year).period()


def ytd(label: str, last_month: int = 12) -> pp.Period:
    """A year-to-date period of 2002/03 as labelled in the table's footnote."""
    end = date(2002, last_month, 31 if last_month in (10, 12) else 30)
    return pp.Period(start=date(2002, 4, 1), end=end, label=label, year_to_date=True)


def lost(text: str) -> pp.Figure[pp.Quantity]:
    """A truncated or garbled cell: the printed text is kept, no value is read."""
    return pp.Figure(text=text, missing=ILLEGIBLE)


def blank() -> pp.Figure[pp.Quantity]:
    return pp.Figure(text="", missing=pp.MissingReason.NOT_GIVEN)


Cell = str | pp.Figure[pp.Quantity]


def series(
    label: str,
    periods: Sequence[pp.Period],
    values: Sequence[Cell],
    unit: pp.Unit,
    note: str | None = None,
    **rate: object,
) -> pp.Series:
    assert len(periods) == len(values), label
    observations = tuple(
        pp.Observation(
            period=period,
            figure=value if isinstance(value, pp.Figure) else figure(value, unit, **rate),
        )
        for period, value in zip(periods, values, strict=True)
    )
    return pp.Series(label=label, observations=observations, note=note)


def three_years(ytd_period: pp.Period) -> tuple[pp.Period, pp.Period, pp.Period]:
    return fy(2000), fy(2001), ytd_period


# --------------------------------------------------------------------------- targets


def level(
    at: int | None,
    text: Text,
    value: str,
    unit: pp.Unit = PERCENT,
    *,
    deadline: str | None = None,
    comparator: pp.Comparator = pp.Comparator.AT_LEAST,
    **scale: object,
) -> pp.LevelTarget:
    label, body = labelled(src(at, text))
    return pp.LevelTarget(
        text=body,
        label=label,
        year=PLAN_YEAR,
        value=pp.Quantity(value, unit, **scale),  # type: ignore[arg-type]
        comparator=comparator,
        deadline=pp.Deadline.parse(deadline) if deadline else None,
    )


def change(
    at: int,
    text: str,
    direction: pp.Direction,
    percent: str,
    baseline: pp.Period | None,
    *,
    deadline: str | None = None,
    equivalent: str | None = None,
) -> pp.ChangeTarget:
    label, body = labelled(src(at, text))
    return pp.ChangeTarget(
        text=body,
        label=label,
        year=PLAN_YEAR,
        direction=direction,
        amount=pp.Quantity(percent, CHANGE),
        baseline=baseline,
        equivalent_amount=pp.Quantity(equivalent, COUNT) if equivalent else None,
        deadline=pp.Deadline.parse(deadline) if deadline else None,
    )


def towards(at: int, text: str, direction: pp.Direction) -> pp.DirectionTarget:
    label, body = labelled(src(at, text))
    return pp.DirectionTarget(text=body, label=label, year=PLAN_YEAR, direction=direction)


def milestone(
    at: int | None,
    text: Text,
    deliverable: str,
    *deadlines: str | pp.Deadline,
    effective_from: date | None = None,
) -> pp.MilestoneTarget:
    label, body = labelled(src(at, text))
    assert deliverable in body, deliverable
    return pp.MilestoneTarget(
        text=body,
        label=label,
        year=PLAN_YEAR,
        deliverable=deliverable,
        deadlines=tuple(
            d if isinstance(d, pp.Deadline) else pp.Deadline.parse(d) for d in deadlines
        ),
        effective_from=effective_from,
    )


def from_to(
    at: int, text: str, start: pp.Quantity, end: pp.Quantity, deadline: str
) -> pp.FromToTarget:
    label, body = labelled(src(at, text))
    return pp.FromToTarget(
        text=body,
        label=label,
        year=PLAN_YEAR,
        start=start,
        end=end,
        deadline=pp.Deadline.parse(deadline),
    )


def measure(
    at: int | None,
    text: Text,
    *targets: pp.LevelTarget
    | pp.ChangeTarget
    | pp.DirectionTarget
    | pp.MilestoneTarget
    | pp.FromToTarget,
    unit: pp.Unit | None = None,
    polarity: pp.Polarity = NEUTRAL,
    definition: str | None = None,
    performance: Sequence[pp.Series] = (),
    references: Sequence[str] = (),
) -> pp.Measure:
    label, body = labelled(src(at, text))
    return pp.Measure(
        text=body,
        label=label,
        definition=definition,
        unit=unit,
        polarity=polarity,
        references=tuple(references),
        targets=targets,
        performance=tuple(performance),
    )


# --------------------------------------------------------------------------- Annex B rows


def printed(n: int, first: int = 1) -> str:
    """Line ``n`` from its cell ``first`` on, as printed: tabs and runs of white space as one
    space."""
    text = " ".join(" ".join(line(SEED, n).split("\t")[first:]).split())
    assert text, f"{SEED} L{n} holds no text from cell {first}"
    return text


@dataclass(frozen=True)
class Garbled:
    """A cell the text conversion interleaved or cut off, kept verbatim as printed.

    ``lines`` are the cell's line and its continuation lines; ``first`` is the first
    tab-separated cell of each line holding its text (1 skips the row label, 0 where
    no label is printed); ``reading`` is a reading of the cell, never its value.
    """

    lines: tuple[int, ...]
    first: int = 1
    reading: str | None = None

    def text(self) -> str:
        return " ".join(printed(n, self.first) for n in self.lines)

    def span(self) -> str:
        return f"L{self.lines[0]}" + (f"-{self.lines[-1]}" if len(self.lines) > 1 else "")


def garbled(*lines: int, first: int = 1, reading: str | None = None) -> Garbled:
    return Garbled(lines, first, reading)


Spec = int | tuple[int, ...] | Garbled
"""A cell of Annex B: see ``read_cells``, or a garbled cell kept as printed."""


@dataclass
class Page:
    """What an Annex B page adds to an objective: its leads and its cells in printed order."""

    mps_lead: str | None = None
    leads: tuple[str, ...] = ()
    lead_line: int | None = None
    key: Sequence[Spec] = ()
    supporting: Sequence[Spec] = ()
    background: Sequence[Spec] = ()


def read_cells(spec: int | tuple[int, ...]) -> str:
    """A cell's text: ``n`` (cell 1 of line n), ``(n, i)`` (cell i) or several lines joined."""
    if isinstance(spec, int):
        return cell(spec)
    if len(spec) == 2 and spec[1] < 10:
        return cell(spec[0], spec[1])
    rest = (next(text for text in cells(SEED, n) if text) for n in spec[1:])
    return " ".join([cell(spec[0]), *rest])


def page_cells(number: int, where: str, specs: Sequence[Spec]) -> tuple[str, ...]:
    """The texts of a field's cells; each garbled cell is kept as printed and noted."""
    texts = []
    for index, spec in enumerate(specs):
        if not isinstance(spec, Garbled):
            texts.append(read_cells(spec))
            continue
        why = (
            f"Annex B {where.replace('_', ' ')} cell ({spec.span()}) is kept verbatim as "
            "printed; the text conversion garbled it (words interleaved or cut off)"
        )
        if spec.reading:
            why += f"; a reading, not printed: {spec.reading}"
        ISSUES.add(number, f"{where}[{index}]", "garbled-cell", why, spec.lines[0])
        texts.append(spec.text())
    return tuple(texts)


# --------------------------------------------------------------------------- objectives


def footnote(n: int, text: str) -> str:
    return src(n, text)


def objectives_londoners_a() -> list[pp.Objective]:
    dec = ytd("Apr – Dec 2002")
    years = three_years(dec)
    street_note = "*Apr – Dec 2002 (compared with Apr – Dec 2001)"

    # Obj 2, L430-433: the 2000/01 and 2001/02 counts lost leading or trailing digits.
    offences2, change2 = cells(SEED, 431), cells(SEED, 432)
    street = (
        series("Offences", years, [lost(offences2[3]), lost(offences2[4]), offences2[6]], COUNT),
        series(
            "% change on previous year",
            years,
            [lost(change2[3]), change2[4], change2[6]],
            CHANGE,
            note=street_note,
        ),
    )
    # Obj 3, L447-449: header and value share a cell ("2000/01 112376").
    offences3, change3 = cells(SEED, 447), cells(SEED, 448)
    burglary = (
        series("Offences", years, [offences3[i].split()[-1] for i in (2, 4, 6)], COUNT),
        series(
            "% change on previous year",
            years,
            [lost(change3[3]), change3[4], change3[6]],
            CHANGE,
            note=street_note,
        ),
    )
    # Obj 4, L462: count and change share a cell ("245,6 +3.0").
    row4 = [cells(SEED, 462)[i].split() for i in (3, 4, 6)]
    autocrime = (
        series("Offences", years, [lost(row4[0][0]), lost(row4[1][0]), row4[2][0]], COUNT),
        series(
            "% change on previous year",
            years,
            [lost(row4[0][1]), row4[1][1], row4[2][1]],
            CHANGE,
            note=street_note,
        ),
    )
    # Obj 5, L475: one flattened row ("2000/01 189 89.9").
    row5 = [cells(SEED, 475)[i].split() for i in (2, 3, 4)]
    homicide = (
        series("Homicides", years, [r[-2] for r in row5], COUNT),
        series("% cleared up", years, [r[-1] for r in row5], PERCENT, note="* Apr – Dec 2002"),
    )
    # Obj 7, L503-505.
    row7, change7 = cells(SEED, 503), cells(SEED, 504)
    firearms = (
        series(
            "Violent firearms offences",
            years,
            [lost(row7[3].split()[-1]), row7[4].split()[-1], row7[6].split()[-1]],
            COUNT,
        ),
        series("Percent change", years, [blank(), change7[4], change7[6]], CHANGE),
    )
    # Obj 8, L521-523: this table's year to date ends in October.
    road = (
        series(
            "Casualties**",
            three_years(ytd("Apr – Oct 2002", 10)),
            [cell(522, i) for i in (2, 3, 4)],
            COUNT,
            note="*Apr – Oct 2002 ** involving death or serious injury",
        ),
    )
    # Obj 4, L464: both leads and the label run together; the business group lead is the
    # printed text after "Business Group".
    lead4 = src(464, "Business Group Operations Commander Operations").removeprefix(
        "Business Group "
    )
    serious = "; ".join(
        [
            footnote(529, "Dept of Transport definition of 'serious'") + ":",
            src(531, "Detention in hospital as inpatient (either immediately or later)"),
            src(531, "Fracture"),
            src(531, "Internal injury"),
            src(531, "Burns (excluding friction burns)"),
            src(532, "Severe cuts"),
            src(534, "Crushing"),
            src(534, "Concussion"),
            src(536, "Severe general shock requiring hospital treatment"),
            src(536, "Death occurring 30 or more days after accident"),
        ]
    ).replace(":;", ":")

    return [
        objective(
            1,
            src(236, "To increase visible police presence"),
            measure(
                236,
                "The number of police officers, Police Community Support Officers (PCSOs) "
                "and civil staff in visible posts",
                change(
                    236,
                    "1) An increase of 4% of officers in visible posts by March 2004 "
                    "compared with March 2003",
                    INCREASE,
                    "4",
                    pp.Period(start=date(2003, 3, 1), end=date(2003, 3, 31), label="March 2003"),
                    deadline="by March 2004",
                ),
                unit=COUNT,
                polarity=HIGHER,
            ),
            measure(
                237,
                "2) Public satisfaction levels with the number of foot patrols (as recorded "
                "in the Public Attitude Survey [PAS])",
                level(237, "2) To achieve a satisfaction rating of 20% for foot patrols", "20"),
                unit=PERCENT,
                polarity=HIGHER,
            ),
        ),
        objective(
            2,
            src(238, "To reduce the incidence of street crime"),
            measure(
                238,
                "The number of recorded street crime offences (street crime includes robbery "
                "of personal property and snatch theft)",
                change(
                    238,
                    "To reduce street crime in 2003/04 to 10% below the level in 2002/03",
                    REDUCE,
                    "10",
                    fy(2002),
                ),
                unit=COUNT,
                polarity=LOWER,
                definition=footnote(
                    440, "street crime includes robbery of personal property and snatch theft"
                ),
                performance=street,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=("Commander Crime Operations",),
                lead_line=434,
                # L435 prints no row label: the cell starts the line.
                key=[
                    garbled(
                        435,
                        first=0,
                        reading="dedicated mobile video capability; early support to victims "
                        "and witnesses through dedicated witness vehicles; continue 'Operation "
                        "Safer Streets' on boroughs identified by the Territorial Policing "
                        "Co-ordinating and Tasking Group",
                    )
                ],
                supporting=[436],
                background=[(437, 438)],
            ),
        ),
        objective(
            3,
            src(239, "To reduce the incidence of burglary"),
            measure(
                239,
                "The number of recorded burglary offences",
                change(
                    239,
                    "To reduce burglary in 2003/04 to 4% below the level in 2002/03",
                    REDUCE,
                    "4",
                    fy(2002),
                ),
                unit=COUNT,
                polarity=LOWER,
                performance=burglary,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=("Commander Crime Operations",),
                lead_line=450,
                key=[451],
                supporting=[452],
                background=[453],
            ),
        ),
        objective(
            4,
            src(240, "To reduce the incidence of autocrime"),
            measure(
                240,
                "The number of recorded autocrime offences (autocrime includes theft of motor "
                "vehicles, theft from motor vehicles, criminal damage to motor vehicles and "
                "vehicle interference and tampering)",
                change(
                    240,
                    "To reduce autocrime in 2003/04 to 7% below the level in 2002/03",
                    REDUCE,
                    "7",
                    fy(2002),
                ),
                unit=COUNT,
                polarity=LOWER,
                definition=footnote(
                    469,
                    "Autocrime includes theft of motor vehicles, theft from motor vehicles, "
                    "criminal damage to motor vehicles and vehicle interference and tampering",
                ),
                performance=autocrime,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=(lead4,),
                lead_line=464,
                key=[465],
                background=[garbled(467)],
            ),
        ),
        objective(
            5,
            src(241, "To improve the investigation and prevention of murder offences"),
            measure(
                241,
                "The percentage of homicides cleared up",
                level(241, "To achieve a clear-up rate of 83%", "83"),
                unit=PERCENT,
                polarity=HIGHER,
                definition=footnote(
                    483,
                    "Homicide comprises murder, manslaughter and infanticide. All clear ups are "
                    "included rather than simply judicial disposals as there are occasional uses "
                    "of other clear ups when, for example, the attacker also died",
                ),
                performance=homicide,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Crime",
                leads=("Commander Homicide",),
                lead_line=476,
                key=[(477, 2)],
                supporting=[
                    garbled(
                        478,
                        reading="Crime Scene Managers and photographers at the crime scene "
                        "within 1.5 hours of the request; something searched within 8 (unit "
                        "lost)",
                    )
                ],
            ),
        ),
        objective(
            6,
            src(242, "To disrupt the trafficking of humans, Class A drugs and firearms"),
            measure(
                242,
                "The number of operations aimed at disrupting organised trafficking offences",
                towards(
                    242,
                    "To increase the number of operations aimed at disrupting organised "
                    "trafficking offences",
                    INCREASE,
                ),
                unit=COUNT,
                polarity=HIGHER,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Crime",
                leads=("Commander Covert Policing",),
                lead_line=493,
                key=[494],
                supporting=[495],
                background=[496],
            ),
        ),
        objective(
            7,
            src(243, "To disrupt the criminal use of firearms"),
            measure(
                243,
                "The number of recorded violent firearms offences",
                change(
                    243,
                    "To reduce violent firearms offences in 2003/04 to 4% below the level "
                    "in 2002/03",
                    REDUCE,
                    "4",
                    fy(2002),
                ),
                unit=COUNT,
                polarity=LOWER,
                definition=footnote(
                    515,
                    "The definition of violent firearm offences is 'all violent crime, burglary "
                    "and theft except possession of weapons where a firearm (including air "
                    "weapons) is involved'.",
                ),
                performance=firearms,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Crime",
                leads=("Commander Cross Border & Organised Crime",),
                lead_line=506,
                key=[garbled(507, 508, 509)],
                supporting=[510, 511],
                background=[
                    512,
                    garbled(
                        513,
                        reading="'...reduction was felt to be more realistic and achievable yet "
                        "remains challenging ...'",
                    ),
                ],
            ),
        ),
        objective(
            8,
            src(244, "To reduce the number of road casualties"),
            measure(
                244,
                "The number of serious/fatal road casualties within the Metropolitan Police "
                "District (MPD)",
                change(
                    244,
                    "A 4% reduction in serious/fatal casualty figures compared with 2002/03.",
                    REDUCE,
                    "4",
                    fy(2002),
                ),
                unit=COUNT,
                polarity=LOWER,
                definition=serious,
                performance=road,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=(cell(524, 2),),
                lead_line=524,
                key=[525],
                supporting=[garbled(526)],
                background=[
                    garbled(
                        527,
                        reading="the target is part of the aim to reduce serious/fatal road "
                        "casualties by 40% by 2010, based on a 1994/98 baseline",
                    )
                ],
            ),
        ),
    ]


def objectives_londoners_b_to_d() -> list[pp.Objective]:
    dec = ytd("Apr – Dec 2002")
    years = three_years(dec)

    # Obj 9, L542-544: one column; data were first collected in April 2002.
    intelligence = (
        series(
            "Total quality intelligence reports",
            [ytd("April - December 02")],
            [cell(543, 2).split()[-1]],
            COUNT,
            note="* Data was not collected prior to April 2002",
        ),
    )
    # Obj 10, L556-557: the incident counts for 2000/01 and 2001/02 are not printed.
    row10 = cells(SEED, 557)
    scenes = (
        series("Suspected and actual incidents", [dec], [cell(556, 6).split()[-1]], COUNT),
        series(
            "% managed to good or very good standard",
            years,
            [row10[2] + row10[3], row10[4] + row10[5], row10[6]],
            PERCENT,
            note="Apr – Dec 2002",
        ),
    )
    # Obj 11, L568: the whole table flattened into one cell.
    match = re.search(
        r"Offences (\S+) (\S+) (\S+) Judicial disposal rate (\S+) (\S+) (\S+) \*Apr-Dec 2002",
        cell(568),
    )
    assert match
    rape_years = three_years(ytd("Apr-Dec 2002"))
    rape = (
        series("Offences", rape_years, match.groups()[:3], COUNT),
        series("Judicial disposal rate", rape_years, match.groups()[3:], PERCENT),
    )
    # Obj 12, L581-584: the year-to-date cell holds only "· ·".
    row12 = [cells(SEED, 582)[i].split() for i in (2, 3)]
    ytd12 = cell(582, 4)
    domestic = (
        series("Offences", years, [row12[0][0], row12[1][0], lost(ytd12)], COUNT),
        series(
            "Judicial disposal rate",
            years,
            [row12[0][1], row12[1][1], lost(ytd12)],
            PERCENT,
            note="* Apr – Dec 2002",
        ),
    )
    # Obj 13, L602-609: values split over two cells that repeat a character ("15,6" "610").
    racist, jd, satisfied, homophobic, jd_homophobic = (
        cells(SEED, n) for n in (603, 604, 605, 607, 608)
    )
    racist_group = "Racially motivated crime"
    hate_racist = (
        series(
            "Offences",
            years,
            [racist[2], overlap(racist[3], racist[4]), racist[5]],
            COUNT,
            note=racist_group,
        ),
        series(
            "Judicial disposal rate",
            years,
            [jd[2], overlap(jd[3], jd[4]), jd[5]],
            PERCENT,
            note=racist_group,
        ),
    )
    hate_satisfied = (
        series(
            "% satisfied",
            years,
            [satisfied[2], overlap(satisfied[3], satisfied[4]), satisfied[5]],
            PERCENT,
            note=racist_group,
        ),
    )
    hate_homophobic = (
        series(
            "Offences",
            years,
            [homophobic[2], *homophobic[3].split()],
            COUNT,
            note="Homophobic crime",
        ),
        series(
            "JD rate",
            years,
            [jd_homophobic[2], overlap(jd_homophobic[3], jd_homophobic[4]), jd_homophobic[5]],
            PERCENT,
            note="Homophobic crime",
        ),
    )

    return [
        objective(
            9,
            src(245, "To prevent and disrupt terrorist activity"),
            measure(
                245,
                "The number of quality intelligence reports submitted",
                towards(
                    245,
                    "To increase the number of quality intelligence reports submitted",
                    INCREASE,
                ),
                unit=COUNT,
                polarity=HIGHER,
                performance=intelligence,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Operations",
                leads=("Assistant Commissioner Specialist Operations",),
                lead_line=545,
                key=[546],
            ),
        ),
        objective(
            10,
            src(
                248,
                "To maintain an effective response to suspected and actual terrorist incidents",
            ),
            measure(
                248,
                "The number of scenes managed to a 'good' or 'very good' standard",
                level(248, "90% of scenes managed to a 'good' or 'very good' standard", "90"),
                polarity=HIGHER,
                performance=scenes,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Operations",
                leads=(
                    "Deputy Assistant Commissioner National Co-ordinator Anti Terrorist Branch",
                ),
                lead_line=558,
                key=[560],
                supporting=[561],
            ),
        ),
        objective(
            11,
            src(249, "To improve victim care and investigation in cases of rape"),
            measure(
                249,
                "The judicial disposal rate for rape",
                level(249, "To achieve 25% judicial disposal rate", "25"),
                unit=PERCENT,
                polarity=HIGHER,
                performance=rape,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=("Commander Crime Operations",),
                lead_line=569,
                key=[570],
                supporting=[garbled(571)],
                background=[garbled(572)],
            ),
        ),
        objective(
            12,
            src(
                None,
                [
                    (250, "To improve victim care"),
                    (251, "and investigation in cases of domestic violence"),
                ],
            ),
            measure(
                250,
                "The judicial disposal rate for domestic violence",
                level(250, "1) To achieve 17% judicial disposal rate", "17"),
                unit=PERCENT,
                polarity=HIGHER,
                performance=domestic,
            ),
            measure(
                251,
                "2) The implementation of a partnership with local domestic violence agencies "
                "whereby non-police staff work within the Community Support Units (CSUs) to "
                "deliver enhanced victim care",
                milestone(
                    251,
                    "2) All CSUs to have an identified partnership worker within the unit who is "
                    "able to provide victims with support and appropriate referrals to other "
                    "domestic violence agencies by 31/03/2004",
                    "an identified partnership worker within the unit",
                    "by 31/03/2004",
                ),
            ),
            page=Page(
                mps_lead="Deputy Commissioner",
                leads=("Commander Diversity Directorate",),
                lead_line=585,
                key=[586],
                supporting=[garbled(587)],
                # The label is printed over L588-590; two paragraphs, L588-589 and L590-591.
                background=[
                    garbled(
                        588,
                        589,
                        reading="'Current and previous JD targets for domestic violence are: "
                        "2002/03 16% 2001/02 14%'",
                    ),
                    garbled(590, 591),
                ],
            ),
        ),
        objective(
            13,
            src(
                None,
                [
                    (252, "To improve victim care"),
                    (253, "and investigation in cases of hate crime"),
                ],
            ),
            measure(
                252,
                "The judicial disposal rate for racist crime",
                level(252, "1)To achieve a judicial disposal rate of 18%", "18"),
                unit=PERCENT,
                polarity=HIGHER,
                performance=hate_racist,
            ),
            measure(
                253,
                "The percentage of victims of racist crime who are satisfied or very satisfied "
                "with police performance",
                level(
                    253,
                    "2) 70% of victims of racist crime satisfied/very satisfied with police "
                    "performance",
                    "70",
                ),
                unit=PERCENT,
                polarity=HIGHER,
                performance=hate_satisfied,
            ),
            measure(
                254,
                "3) The judicial disposal rate for homophobic crime",
                level(254, "3) To achieve a judicial disposal rate of 17%", "17"),
                unit=PERCENT,
                polarity=HIGHER,
                performance=hate_homophobic,
            ),
            page=Page(
                mps_lead="Deputy Commissioner",
                leads=("Commander, Diversity Directorate",),
                lead_line=610,
                key=[garbled(611), 612, garbled(613), 614, 615, garbled(616)],
                supporting=[garbled(617)],
            ),
        ),
        objective(
            14,
            src(
                255,
                "To improve the protection and safety of children including victim care, "
                "investigation and partnership working",
            ),
            measure(
                255,
                "The number of cases where a supervisory officer is involved at the referral "
                "stage and subsequent strategy discussions during a joint investigation with "
                "social services into possible injury or harm to a child (recommendation 93 "
                "Victoria Climbie Inquiry)",
                level(255, "1) 100 % of cases", "100"),
                unit=COUNT,
                polarity=HIGHER,
            ),
            measure(
                256,
                "2) The number of cases where a supervisory officer manages from the outset the "
                "investigation of serious crimes against children (recommendation 94 Victoria "
                "Climbie Inquiry)",
                level(256, "2) 100% of cases", "100"),
                unit=COUNT,
                polarity=HIGHER,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Crime",
                leads=("Commander Child Protection",),
                lead_line=626,
                key=[628, 629, 630, 631, 632, 633, garbled(634)],
                supporting=[
                    635,
                    garbled(
                        636,
                        reading="'...(90% within 10 working d[ays])' for Criminal Records Bureau "
                        "checks",
                    ),
                ],
            ),
        ),
        objective(
            15,
            src(259, "To bring more offences to justice"),
            measure(
                259,
                "1)The number of offences brought to justice (ie conviction/caution/taken into "
                "consideration [TIC])",
                change(
                    259,
                    "1) An increase of 5% (6,183) for 2003/04 compared with 2001/02",
                    INCREASE,
                    "5",
                    fy(2001),
                    equivalent="6183",
                ),
                unit=COUNT,
                polarity=HIGHER,
            ),
            measure(
                None,
                [
                    (259, "2) The number of sites where Crown Prosecution"),
                    (260, "Service (CPS) lawyers are available at point of charge"),
                ],
                level(
                    259,
                    "2) 20 sites by the end of March 2004",
                    "20",
                    COUNT,
                    deadline="by the end of March 2004",
                ),
                unit=COUNT,
                polarity=HIGHER,
            ),
        ),
        objective(
            16,
            src(261, "To improve the service to victims and witnesses"),
            measure(
                261,
                "Victim satisfaction with police initial response to a burglary",
                level(261, "1) 85%", "85"),
                unit=PERCENT,
                polarity=HIGHER,
            ),
            measure(
                262,
                "Victim satisfaction with police initial response to a violent crime",
                level(262, "• 2) 75%", "75"),
                unit=PERCENT,
                polarity=HIGHER,
            ),
            measure(
                263,
                "3)To develop agreed standards for information and communication to witnesses "
                "and victims through the introduction of victim focus desks on boroughs",
                milestone(
                    263,
                    "3) To pilot a victim focus desk, evaluate and begin roll-out",
                    "pilot a victim focus desk, evaluate and begin roll-out",
                ),
            ),
        ),
    ]


def objectives_excellence() -> list[pp.Objective]:
    dec = ytd("Apr – Dec 2002")
    years = three_years(dec)

    # Obj 17, L664-668: five rows; none for the PCSO measures.
    # L669 prints the note split over three cells; it is rejoined here.
    require(SEED, 669, "Apr – Dec 2002 . No hi")
    pcso_note = "Apr – Dec 2002 . No historic data is available for PCSOs"

    def share(n: int) -> pp.Series:
        row = cells(SEED, n)
        return series(row[1], years, [row[2].split()[-1], row[3], row[4]], PERCENT, pcso_note)

    family = {n: share(n) for n in (664, 665, 666, 667, 668)}

    # Obj 20, L713-719: two sub-tables, "Time taken" (year to date only) and "Police action".
    taken = cells(SEED, 714)
    time_taken = (
        series("Base", [dec], [taken[3]], COUNT, note="Time taken"),
        series("Frequency satisfied", [dec], [lost(taken[5])], COUNT, note="Time taken"),
        series("% satisfied", [dec], [taken[6]], PERCENT, note="Time taken"),
    )
    action = [cells(SEED, n) for n in (716, 717, 718)]
    police_action = tuple(
        series(row[1], years, [row[3], row[5], row[6]], unit, note="Police action")
        for row, unit in zip(action, (COUNT, COUNT, PERCENT), strict=True)
    )
    # Obj 25, L800-802.
    per_officers = {"per": 1000, "base": "officers"}
    complaints = tuple(
        series(
            cells(SEED, n)[1],
            years,
            [cell(n, i) for i in (2, 3, 4)],
            unit,
            "* Apr – Dec 2002" if n == 800 else None,
            **(per_officers if unit is pp.Unit.RATE else {}),
        )
        for n, unit in ((800, COUNT), (801, COUNT), (802, pp.Unit.RATE))
    )

    def family_measure(at: int, text: str, target: str, value: str, *rows: int) -> pp.Measure:
        return measure(
            at,
            text,
            level(at, target, value),
            unit=PERCENT,
            polarity=HIGHER,
            performance=[family[n] for n in rows],
        )

    c3i = (
        "the accommodation requirements for C3i at Hendon by 28/2/04, Lambeth by 31/3/04 and "
        "Bow by 30/4/04"
    )
    return [
        objective(
            17,
            src(
                None,
                [
                    (
                        264,
                        "To achieve an increased representation of the diverse groups of London",
                    ),
                    (265, "within the extended police family of the MPS."),
                ],
            ),
            family_measure(
                264,
                "Minority ethnic recruits as a percentage of all police recruits",
                "1) 15%",
                "15",
                664,
            ),
            family_measure(
                265,
                "2) Minority ethnic officers as a percentage of total police strength",
                "3) 6.6%",
                "6.6",
                665,
            ),
            family_measure(
                266,
                "Minority ethnic recruits as a percentage of all PCSO) Recruits",
                "3) 25%",
                "25",
            ),
            family_measure(
                267, "Minority ethnic PCSOs as a percentage of total PCSO strength", "4) 25%", "25"
            ),
            family_measure(
                268,
                "5) Minority ethnic civil staff as a percentage of total civil staff strength",
                "5) 21%",
                "21",
                666,
            ),
            family_measure(
                271,
                "6) Women recruits as a percentage of all police recruits",
                "6) 25%",
                "25",
                667,
            ),
            family_measure(
                271,
                "7) Women officers as a percentage of total police strength",
                "7) 18%",
                "18",
                668,
            ),
            family_measure(
                272, "8) Women recruits as a percentage of all PCSOs recruits", "8) 29%", "29"
            ),
            family_measure(
                273, "9) Women PCSOs as a percentage of the total PCSO strength", "9) 26%", "26"
            ),
            page=Page(
                mps_lead="Assistant Commissioner Human Resources",
                leads=(printed(670, 3),),
                lead_line=670,
                key=[674, 675, 676, 677, 678, 679],
            ),
        ),
        objective(
            18,
            src(274, "To enhance community reassurance programmes to vulnerable communities"),
            measure(
                274,
                "Develop in partnership an approach to community reassurance involving local "
                "identification of vulnerable groups",
                milestone(
                    274,
                    "Establish four pilot sites and evaluate during 2003/04",
                    "four pilot sites",
                    pp.Deadline(text="during 2003/04", date=PLAN_YEAR.end),
                ),
            ),
            page=Page(
                mps_lead="Deputy Commissioner",
                leads=("Commander, Diversity Directorate",),
                lead_line=687,
                key=[688, garbled(689), 690],
                background=[
                    692,
                    693,
                    694,
                    garbled(
                        695,
                        696,
                        reading="to be piloted on three wards on each of four boroughs "
                        "(Kensington and Chelsea, Bexley and Enfield are legible; the fourth "
                        "borough is lost)",
                    ),
                ],
            ),
        ),
        objective(
            19,
            src(
                275,
                "To improve accessibility through enabling the public to obtain the service they "
                "need",
            ),
            measure(
                275,
                "An action plan to deliver improved accessibility",
                milestone(
                    275,
                    "To deliver the agreed action plan by October 2003 and subsequently to attain "
                    "the agreed milestones",
                    "the agreed action plan",
                    "by October 2003",
                ),
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=("Commander Patrol & C3i",),
                lead_line=702,
                key=[703],
                supporting=[garbled(704)],
                background=[
                    garbled(
                        705,
                        reading="the Managing Demand Best Value Review goes to the Metropolitan "
                        "Police Authority 'in May 2003'",
                    )
                ],
            ),
        ),
        objective(
            20,
            src(276, "To improve the quality of response to public requests for assistance"),
            measure(
                276,
                "1) Percentage of the public satisfied with the time taken to answer a 999 call",
                level(
                    276,
                    "1) 85% of the public satisfied with the time taken to answer a 999 call",
                    "85",
                ),
                unit=PERCENT,
                polarity=HIGHER,
                performance=time_taken,
            ),
            measure(
                276,
                "2) Percentage of the public satisfied with police action in response to 999 "
                "calls",
                level(
                    276,
                    "2) 85% of the public satisfied with police action in response to 999 calls",
                    "85",
                ),
                unit=PERCENT,
                polarity=HIGHER,
                performance=police_action,
            ),
            page=Page(
                mps_lead="Assistant Commissioner Territorial Policing",
                leads=("Communications Programme Group Director", "Commander Patrol & C3i"),
                lead_line=720,
                key=[721, 722],
                background=[
                    garbled(
                        724,
                        725,
                        reading="the time-taken figure comes from a survey question to crime "
                        "victims; it measures the transfer time between the BT (or other "
                        "service operator) and the police call-handler, and does not measure "
                        "public satisfaction with the whole process",
                    )
                ],
            ),
        ),
        objective(
            21,
            src(
                277,
                "To develop a professional and effective workforce with the appropriate numbers "
                "and skills to deliver the priorities of the MPS",
            ),
            measure(
                277,
                "1) Police strength by 31st March 2004",
                level(
                    277,
                    "1) 29,856",
                    "29856",
                    COUNT,
                    deadline="by 31st March 2004",
                    comparator=pp.Comparator.EXACTLY,
                ),
                unit=COUNT,
            ),
            measure(
                277,
                "2) Police Community Support Officers by 31st March 2004",
                level(
                    277,
                    "2) 1,506",
                    "1506",
                    COUNT,
                    deadline="by 31st March 2004",
                    comparator=pp.Comparator.EXACTLY,
                ),
                unit=COUNT,
                definition=footnote(
                    746,
                    "The provisional PCSO figure remains subject to funding arrangements yet to "
                    "be finalised",
                ),
            ),
            page=Page(
                mps_lead="Assistant Commissioner Human Resources",
                leads=("Director of Human Resources",),
                lead_line=735,
                key=[garbled(736), garbled(737), 738, garbled(739), 740, 741],
            ),
            variants=(
                src(
                    730,
                    "To develop a professional and effective workforce with the appropriate "
                    "numbers and skills to deliver the operational priorities of the MPS.",
                ),
            ),
        ),
        objective(
            22,
            src(
                None,
                [
                    (278, "To establish a strategy to"),
                    (280, "manage all issues relating"),
                    (281, "to the increased numbers of police staff"),
                ],
            ),
            measure(
                None,
                [
                    (278, "The establishment of MPS Corporate Growth"),
                    (280, "Programme to an agreed strategy"),
                ],
                milestone(
                    278,
                    "Development of outline strategy by May 2003",
                    "outline strategy",
                    "by May 2003",
                ),
                milestone(
                    281,
                    "2) Development of outline programme plan by the end of July 2003",
                    "outline programme plan",
                    "by the end of July 2003",
                ),
            ),
            page=Page(
                mps_lead="Deputy Commissioner",
                leads=("Commander Reform & Growth",),
                lead_line=753,
                # L756 introduces the list of L757-764 ("will include:-").
                key=[
                    garbled(754),
                    garbled(755),
                    garbled(
                        *range(756, 765),
                        reading="workstreams 'Policing style', 'Funding', 'Infrastructure', "
                        "'Civil support staff', 'Performance', 'Recruitment and retention', "
                        "'Accommodation', 'Provision of uniform and equipment'",
                    ),
                ],
                background=[garbled(766)],
            ),
        ),
        objective(
            23,
            src(
                None,
                [
                    (
                        283,
                        "To extend the programme of devolution of resources thereby enabling "
                        "local managers to improve",
                    ),
                    (284, "service delivery"),
                ],
            ),
            measure(
                283,
                "To deliver key milestones of programme of devolution according to agreed "
                "timescales within project plan",
                milestone(
                    283,
                    "1) In-depth devolution to be rolled out to a further 8 pathfinder sites "
                    "(5 BOCUs and 3 OCUs) with effect from April 2003.",
                    "In-depth devolution",
                    effective_from=date(2003, 4, 1),
                ),
                milestone(
                    284,
                    "2) Broad devolution to all remaining OCUs and BOCUs with effect from April "
                    "2003.",
                    "Broad devolution",
                    effective_from=date(2003, 4, 1),
                ),
            ),
            page=Page(
                mps_lead="Deputy Commissioner",
                leads=("Deputy Assistant Commissioner Strategic Development",),
                lead_line=773,
                key=[774, garbled(775), 776],
                # L779's label cell prints "Comoxy", a garbled label, not part of the cell.
                background=[778, garbled(779, 780)],
            ),
        ),
        objective(
            24,
            src(None, [(285, "To maximise MPS resources and their most"), (286, "effective use")]),
            measure(
                285,
                "To carry out the activities described below in relation to five key areas of "
                "activity by 31 March 2004",
                from_to(
                    285,
                    "1) To increase the value of income generated from £1.2m to £2m by 31/3/04",
                    pp.Quantity("1.2", pp.Unit.GBP, scale="million"),
                    pp.Quantity("2", pp.Unit.GBP, scale="million"),
                    "by 31/3/04",
                ),
                milestone(
                    286,
                    "2) To publish 'Building Towards the Safest City' by 30/4/03",
                    "'Building Towards the Safest City'",
                    "by 30/4/03",
                ),
                milestone(
                    287,
                    "3) Establish a database of 2003/04 partnership schemes by June 2003",
                    "a database of 2003/04 partnership schemes",
                    "by June 2003",
                ),
                milestone(
                    288,
                    f"4) Deliver {c3i}",
                    "the accommodation requirements for C3i",
                    "by 28/2/04",
                    "by 31/3/04",
                    "by 30/4/04",
                ),
                from_to(
                    289,
                    "5) Increase the number of MPS vehicles from 1, 868 to 1,961 by 31/3/04",
                    pp.Quantity(1868, COUNT),
                    pp.Quantity(1961, COUNT),
                    "by 31/3/04",
                ),
            ),
        ),
        objective(
            25,
            src(290, "To protect and enhance the integrity of the MPS"),
            measure(
                290,
                "The recorded number of complaints (as recorded under Section 69 Police Act 1996) "
                "per 1,000 officers",
                change(
                    290,
                    "To reduce the number of complaints per 1,000 officers by 5%",
                    REDUCE,
                    "5",
                    None,
                ),
                unit=pp.Unit.RATE,
                polarity=LOWER,
                performance=complaints,
            ),
            page=Page(
                mps_lead=cell(804),
                leads=("Director of Professional Standards",),
                lead_line=804,
                key=[garbled(805), garbled(806), garbled(807)],
                background=[garbled(809)],
            ),
        ),
        objective(
            26,
            src(291, "To communicate more effectively with our staff"),
            measure(
                291,
                "1) Boroughs, Operational Command Units (OCUs) and business groups to have in "
                "place and operating a local (internal) communication action plan",
                milestone(
                    291,
                    "1) All boroughs, OCUs and business groups to have a communication action "
                    "plan "
                    "in place by 31 May 2003",
                    "a communication action plan",
                    "by 31 May 2003",
                ),
            ),
            measure(
                None,
                [
                    (292, "2) Re-inspection of internal communications to be"),
                    (294, "undertaken to assess improvements"),
                ],
                milestone(
                    292,
                    "2) Re-inspection by 30 September 2003",
                    "Re-inspection",
                    "by 30 September 2003",
                ),
            ),
            page=Page(
                mps_lead="Director of Public Affairs",
                leads=("Head of Publicity & Internal Publications",),
                lead_line=819,
                supporting=[garbled(820)],
                background=[garbled(821)],
            ),
        ),
        objective(
            27,
            src(
                None,
                [
                    (295, "To implement the National"),
                    (296, "intelligence Model in"),
                    (297, "accordance with the"),
                    (298, "National Policing Plan"),
                ],
            ),
            measure(
                None,
                [
                    (295, "Achievement of the minimum standards set for the police"),
                    (296, "service nationally for the implementation of NIM"),
                ],
                level(295, "Implement 100% of standards to national timescales", "100"),
                polarity=HIGHER,
                performance=[
                    pp.Series(
                        label="Current performance",
                        note=src(
                            827,
                            "The minimum standards in this emerging area of policing have yet to "
                            "be agreed nationally",
                        ),
                    )
                ],
            ),
            page=Page(
                mps_lead="Assistant Commissioner Specialist Crime",
                leads=("Deputy Assistant Commissioner, Directorate of Intelligence",),
                lead_line=828,
                key=[garbled(829)],
                supporting=[830],
                background=[garbled(831)],
            ),
            variants=(
                "To implement the National Intelligence Model in accordance with the National "
                "Policing Plan",
            ),
        ),
    ]


def objective(
    number: int,
    title: str,
    *measures: pp.Measure,
    page: Page | None = None,
    variants: tuple[str, ...] = (),
) -> pp.Objective:
    """An objective from its Table 1 rows and, unless a placeholder, its Annex B page."""
    page = page or Page()
    if page.lead_line and page.mps_lead:
        require_lead(page.lead_line, page.mps_lead)
    return pp.Objective(
        number=number,
        title=title,
        title_variants=variants,
        measures=measures,
        mps_lead=page.mps_lead,
        business_group_leads=page.leads,
        key_activities=page_cells(number, "key_activities", page.key),
        supporting_activities=page_cells(number, "supporting_activities", page.supporting),
        background=page_cells(number, "background", page.background),
    )


def require_lead(at: int, lead: str) -> None:
    """The lead must stand on its line (or the next), at least as word stems where garbled."""
    printed = line(SEED, at) + " " + line(SEED, at + 1)
    if lead in printed:
        return
    for word in lead.split():
        assert len(word) <= 3 or word[:4] in printed, (at, lead, word)


# --------------------------------------------------------------------------- priorities


PRIORITIES: tuple[tuple[pp.PriorityGroup, str, int, str, range], ...] = (
    (
        pp.PriorityGroup.LONDONERS,
        "A",
        207,
        "IN PARTNERSHIP, TO PROMOTE SAFER COMMUNITIES FOR LONDONERS",
        range(1, 9),
    ),
    (pp.PriorityGroup.LONDONERS, "B", 208, "SECURING THE CAPITAL AGAINST TERRORISM", range(9, 11)),
    (
        pp.PriorityGroup.LONDONERS,
        "C",
        209,
        "TO IMPROVE THE QUALITY OF SERVICE TO VULNERABLE",
        range(11, 15),
    ),
    (
        pp.PriorityGroup.LONDONERS,
        "D",
        210,
        "IN PARTNERSHIP, TO REVITALISE THE CRIMINAL JUSTICE SYSTEM",
        range(15, 17),
    ),
    (
        pp.PriorityGroup.EXCELLENCE,
        "A",
        211,
        "TO EXPAND OUR APPROACH TO INCLUDE ALL ASPECTS OF DIVERSITY",
        range(17, 19),
    ),
    (
        pp.PriorityGroup.EXCELLENCE,
        "B",
        212,
        "TO MANAGE THE DEMANDS ON THE MPS MORE EFFECTIVELY",
        range(19, 21),
    ),
    (
        pp.PriorityGroup.EXCELLENCE,
        "C",
        213,
        "TO MAKE BEST USE OF OUR STAFF AND RESOURCES",
        range(21, 27),
    ),
    (
        pp.PriorityGroup.EXCELLENCE,
        "D",
        214,
        "TO DEVELOP A STRATEGIC ANALYTICAL CAPABILITY IN THE MPS",
        range(27, 28),
    ),
)


def priorities() -> tuple[pp.Priority, ...]:
    by_number = {
        o.number: o
        for o in (
            *objectives_londoners_a(),
            *objectives_londoners_b_to_d(),
            *objectives_excellence(),
        )
    }
    assert sorted(by_number) == list(range(1, 28))
    return tuple(
        pp.Priority(
            group=group,
            letter=letter,
            title=line(SEED, at).removeprefix("- ").strip(),
            title_variants=(header,),
            objectives=tuple(by_number[n] for n in numbers),
        )
        for group, letter, at, header, numbers in PRIORITIES
    )


def objective_paths(plan_priorities: Sequence[pp.Priority]) -> dict[int, str]:
    return {
        o.number: f"priorities[{p}].objectives[{i}]"
        for p, priority in enumerate(plan_priorities)
        for i, o in enumerate(priority.objectives)
    }


# --------------------------------------------------------------------------- known issues


def record_issues() -> None:
    """Defects and contradictions of the source met while transcribing the objectives."""
    add = ISSUES.add
    # Annex B placeholder pages.
    for number, at in ((1, 419), (15, 644), (16, 655), (24, 787)):
        add(
            number,
            "",
            "placeholder-page",
            "Annex B page is a placeholder ('Dummy template see covering paper'): no measure, "
            "target, lead or activity; measures and targets come from Table 1",
            at,
        )
    # Numbering.
    add(
        17,
        "measures[1].targets[0].label",
        "label-mismatch",
        "Table 1 labels the target of measure 2) 'Minority ethnic officers' as '3) 6.6%', and the "
        "next target is also '3) 25%'; targets are paired with measures by position (Annex B "
        "lists 6.6% second)",
        265,
    )
    add(
        None,
        "priorities[5].title_variants[0]",
        "garbled-cell",
        "the Annex B header of objective 20 reads 'PRIORITY FOR EXCELLENCE: E'; there is no "
        "priority E and the header text is that of priority B",
        707,
    )
    # Table 1 against Annex B.
    wording = [
        (
            21,
            "title",
            "Annex B adds 'operational': '...to deliver the operational priorities of the MPS.'",
            730,
        ),
        (
            12,
            "measures[1]",
            "Table 1 expands CSU as 'Community Support Units (CSUs)'; Annex B says 'Community "
            "Safety Unit(s)', and gives the target date only as '... March 2004.' (Table 1: "
            "31/03/2004)",
            579,
        ),
        (
            21,
            "measures[0].targets[0]",
            "Table 1 puts the date in the measures ('by 31st March 2004') and prints the targets "
            "run together ('1) 29,8562) 1,506'); Annex B puts it in the targets ('1. 29, 856 by "
            "March 2004', '2. 1,506by March 2004') and calls the measure 'Police Community "
            "Support Officer (PCSC)) strength'",
            733,
        ),
        (
            23,
            "measures[0].targets[0]",
            "Annex B states the scope of devolution ('including police pay, linguistics, Forensic "
            "Medical Examiners [FMEs], energy, forensics and minor property repairs and "
            "maintenance') and adds 'in addition to continuing with the existing 7 pathfinder "
            "sites'; Table 1 gives neither",
            771,
        ),
        (
            17,
            "measures[8]",
            "Annex B reads 'Women as a percentage of the total PCSO strength' (Table 1: 'Women "
            "PCSOs ...') and 'all PCSO recruits' for measures 3 and 8 (Table 1: 'all PCSO) "
            "Recruits', 'all PCSOs recruits')",
            661,
        ),
        (
            13,
            "measures[0].targets[0]",
            "Annex B words the targets '1. 18% judicial disposal rate for racist crime' and '3. "
            "17% "
            "judicial disposal rate' (Table 1: 'To achieve a judicial disposal rate of ...')",
            598,
        ),
        (
            11,
            "measures[0].targets[0]",
            "Annex B reads '25% judicial disposal rate' (Table 1: 'To achieve 25% judicial "
            "disposal rate')",
            567,
        ),
        (6, "measures[0]", "Annex B spells the measure 'organized' (Table 1: 'organised')", 491),
        (
            14,
            "measures[0]",
            "Annex B cites '(recommendation 93 of the Victoria Climbié Inquiry)' (Table 1: "
            "'recommendation 93 Victoria Climbie Inquiry'); likewise for recommendation 94",
            623,
        ),
        (
            25,
            "measures[0]",
            "Annex B writes 'per 1000 officers' (Table 1: 'per 1,000 officers')",
            796,
        ),
        (
            20,
            "measures[1].targets[0]",
            "Annex B reads 'satisfied with the police action' (Table 1: 'with police action')",
            712,
        ),
    ]
    for number, where, why, at in wording:
        add(number, where, "wording-variant", why, at)
    add(
        22,
        "measures[0]",
        "garbled-cell",
        "Annex B loses the dates of the targets ('outline strategy by' and a bullet) and reads "
        "'by end of July 2003' for the second",
        751,
    )
    add(
        19,
        "measures[0].targets[0]",
        "garbled-cell",
        "Annex B loses the date of the target: 'To deliver the agreed action subsequently to "
        "attain the'",
        701,
    )
    add(
        26,
        "measures[0].targets[0]",
        "garbled-cell",
        "Annex B loses both target dates: 'Communication Ac...tion Plan in place b', "
        "'Re-inspection by 30'",
        818,
    )
    # Internal oddities of Table 1.
    add(
        1,
        "measures[0]",
        "text-table-conflict",
        "the measure counts officers, PCSOs and civil staff in visible posts, but its target "
        "speaks "
        "only of 'officers in visible posts'",
        236,
    )
    add(
        24,
        "measures[0].targets[3].deadlines[2]",
        "deadline-after-period",
        "the Bow accommodation deadline (30/4/04) falls after the measure's own deadline ('by 31 "
        "March 2004') and after the end of the plan year",
        288,
    )
    add(
        7,
        "measures[0].definition",
        "footnote-numbering",
        "the footnote defining violent firearm offences is numbered 1 out of sequence (after "
        "footnotes 3 and 4)",
        515,
    )
    # Garbled or lost current-performance cells.
    cells_lost = [
        (
            2,
            "measures[0].performance[0].observations[0].figure",
            "2000/01 offences printed '607': digits lost",
            431,
        ),
        (
            2,
            "measures[0].performance[0].observations[1].figure",
            "2001/02 offences printed '6998': digits lost (Annex D: a 38.3% increase)",
            431,
        ),
        (
            2,
            "measures[0].performance[1].observations[0].figure",
            "2000/01 change printed '8.0%' with its sign lost",
            432,
        ),
        (
            3,
            "measures[0].performance[1].observations[0].figure",
            "2000/01 change printed '.5%': sign and leading digit lost",
            448,
        ),
        (
            4,
            "measures[0].performance[0].observations[0].figure",
            "2000/01 offences printed '3,492': leading digits lost",
            462,
        ),
        (
            4,
            "measures[0].performance[0].observations[1].figure",
            "2001/02 offences printed '245,6': trailing digits lost",
            462,
        ),
        (
            4,
            "measures[0].performance[1].observations[0].figure",
            "2000/01 change printed '.2%': sign and leading digit lost",
            462,
        ),
        (
            7,
            "measures[0].performance[0].observations[0].figure",
            "2000/01 offences printed ''90': digits lost",
            503,
        ),
        (
            12,
            "measures[0].performance[0].observations[2].figure",
            "the 2002/03 year-to-date cell holds only '· ·'; offences and judicial disposal rate "
            "are lost (Annex D gives a rate of 16.4%)",
            582,
        ),
        (
            20,
            "measures[0].performance[1].observations[0].figure",
            "year-to-date 'Frequency satisfied' printed ',170': leading digit lost",
            714,
        ),
        (
            10,
            "measures[0].performance[0]",
            "the 2000/01 and 2001/02 counts of suspected and actual incidents are not printed",
            556,
        ),
    ]
    for number, where, why, at in cells_lost:
        add(number, where, "garbled-cell", why, at)
    add(
        25,
        "measures[0].performance[2].observations[1].figure",
        "ratio-mismatch",
        "2001/02 complaints per 1000 officers printed 189.4, but 4,934 complaints over 26,099 "
        "officers is 189.05 (the other two years agree with their counts)",
        802,
    )
    # Garbled leads, printed as below: read as the reconstruction given, or kept as printed.
    kept = "kept verbatim as printed"
    conversion = "garbled by the text conversion"
    leads = [
        (2, "mps_lead", "'Assistant Commis Territorial Policing'", 434),
        (
            2,
            "business_group_leads",
            "'Comn⇥nander Crime ations', read as Commander Crime Operations",
            434,
        ),
        (3, "mps_lead", "'Assistant Commis Territorial Policing'", 450),
        (
            4,
            "business_group_leads[0]",
            "'Business Group Operations Commander Operations', run together with the MPS lead; "
            f"{kept} after the 'Business Group' label, {conversion} (words interleaved or cut "
            "off); a reading, not printed: probably Commander Crime Operations, as for "
            "objectives 2 and 3",
            464,
        ),
        (
            7,
            "business_group_leads",
            "'mmander Cross ganised Crime⇥Border &', read as Commander Cross Border & Organised "
            "Crime",
            506,
        ),
        (
            8,
            "business_group_leads[0]",
            f"'ssioner lead Transport'; {kept}, {conversion} (cut off, with the label word "
            "'lead' run in); a reading, not printed: a '...Commissioner ... Transport' title, "
            "not recoverable exactly",
            524,
        ),
        (
            9,
            "business_group_leads",
            "'Assistant Commission Specialist Operation Speci', read as Assistant Commissioner "
            "Specialist Operations",
            545,
        ),
        (10, "mps_lead", "'Assistant Commis⇥sioner' ... 'Specialist Operation'", 558),
        (
            10,
            "business_group_leads",
            "'Denut⇥y Assistant' ... 'Comm Co-ord⇥nissioner National dinator Anti rist Branch', "
            "read as Deputy Assistant Commissioner National Co-ordinator Anti Terrorist Branch",
            559,
        ),
        (
            11,
            "business_group_leads",
            "'Command⇥der Crime ns', read as Commander Crime Operations",
            569,
        ),
        (
            13,
            "business_group_leads",
            "'Comn Direct⇥nander, Diversity orate', read as Commander, Diversity Directorate",
            610,
        ),
        (
            17,
            "business_group_leads[0]",
            f'"\'Services⇥Human Resources"; {kept} (the cell break as a space), {conversion} '
            "(cut off); a reading, not printed: some 'Human Resources Services' title, not exact",
            670,
        ),
        (
            20,
            "business_group_leads",
            "'Tommunications Programme Group Director 2) Commander Patrol & C3i', read as two "
            "leads, one per measure",
            720,
        ),
        (25, "mps_lead", f"\"1 ' '\"; {kept}, {conversion} (the lead's name is lost)", 804),
    ]
    for number, where, why, at in leads:
        add(number, where, "garbled-cell", f"lead printed {why} (⇥ marks a cell break)", at)
    # Annex B current performance against the indicator annex.
    conflicts = [
        (
            7,
            "measures[0].performance[1]",
            "Annex B gives violent firearms offences +34.2% (2001/02) and +9.3% (Apr – Dec 2002); "
            "the indicator annex gives 'gun related violent crimes' +33.9% and +8.8% (L866)",
            504,
        ),
        (
            10,
            "measures[0].performance[1]",
            "Annex B gives 94.3% (2001/02) and 90.8% (Apr – Dec 2002) of scenes managed to a "
            "'good "
            "or very good' standard; the indicator annex gives 76.2% and 73.6% for a 'very good' "
            "standard (L839)",
            557,
        ),
        (
            20,
            "measures[1].performance[2].observations[2].figure",
            "Annex B prints 79% satisfied with police action (1,302 of 1,657 = 78.6%) for Apr – "
            "Dec 2002; the indicator annex (BVPI 23) gives 78.3% (L940)",
            718,
        ),
    ]
    for number, where, why, at in conflicts:
        add(number, where, "annex-conflict", why, at)


def footnote_issues(existing: Sequence[pp.KnownIssue]) -> list[pp.KnownIssue]:
    """The indicator annex cites 'note 1' and 'note 2', which the document never gives."""
    if any(issue.code == "missing-footnote" for issue in existing):
        return []
    return [
        pp.KnownIssue(
            code="missing-footnote",
            path="indicators",
            explanation=f"the indicator annex refers to '{note}', which appears nowhere in the "
            "document",
            line=at,
        )
        for note, at in (("note 1", 845), ("note 2", 848))
        if require(SEED, at, note)
    ]


# --------------------------------------------------------------------------- document


def source() -> pp.Source:
    # No publication date is printed: the plan gives only its draft label (L1, kept as
    # ``draft``) and its year (L3). It reports March 2003 as past (L1123, L1329) and April 2003
    # as to come (L1150), but a date read from that would be inferred, so none is recorded.
    require(SEED, 1, "DRAFT 1:4")
    require(SEED, 3, "POLICING AND PERFORMANCE PLAN 2003/04")
    return pp.Source(title=TITLE, publisher="Metropolitan Police Authority")


TITLE = "Policing and Performance Plan 2003/04"


def build() -> pp.PolicingPlan:
    assert line(SEED, 3).lower() == TITLE.lower()
    plan_priorities = priorities()
    record_issues()
    theirs = tuple(annexes.known_issues())
    plan = pp.PolicingPlan(
        source=source(),
        authority=src(109, "Metropolitan Police Authority"),
        force=src(109, "Metropolitan Police Service"),
        period=PLAN_YEAR,
        title=TITLE,
        draft=src(1, "DRAFT 1:4"),
        mission=(
            src(57, "Making London safe for all the people we serve."),
            *(line(SEED, n).removeprefix("- ") for n in (60, 61, 62)),
        ),
        vision=src(68, "To make London the safest major city in the world."),
        values=tuple(line(SEED, n).removeprefix("- ") for n in (74, 75, 76, 77)),
        national_priorities=tuple(line(SEED, n).removeprefix("- ") for n in range(170, 174)),
        strategic_goals=tuple(line(SEED, n).removeprefix("- ") for n in range(187, 192)),
        priorities=plan_priorities,
        indicators=tuple(annexes.indicators()),
        efficiency_savings=tuple(annexes.efficiency_savings()),
        deployment=tuple(annexes.deployment()),
        reviews=tuple(annexes.reviews()),
        authority_members=figures.authority_members(),
        consultation=figures.consultation(),
        force_comparisons=figures.force_comparisons(),
        hmic_inspections=figures.hmic_inspections(),
        financial_resources=figures.financial_resources(),
        race_equality=figures.race_equality(),
    )
    own = ISSUES.resolve(objective_paths(plan_priorities))
    data = pp.to_dict(plan)
    own = tuple(attrs.evolve(issue, path=existing(data, issue.path)) for issue in own)
    stated = figures.known_issues(plan)
    return attrs.evolve(plan, known_issues=(*own, *theirs, *footnote_issues(theirs), *stated))


def existing(data: object, path: str) -> str:
    """The longest prefix of ``path`` present in the serialized plan.

    A value at its default (an empty list, no lead) is not serialized; an issue
    about it then points at the object that would hold it.
    """
    node = data
    kept: list[str] = []
    for step in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        key: int | str = int(step[1:-1]) if step.startswith("[") else step
        try:
            node = node[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            break
        kept.append(step)
    return "".join(s if s.startswith("[") else f".{s}" for s in kept).lstrip(".")


def main() -> None:
    plan = build()
    out = write(DATASET, plan)
    measures = [m for o in plan.objectives for m in o.measures]
    targets = [t for o in plan.objectives for t in o.targets]
    print(
        f"{out.name}: {len(plan.priorities)} priorities, {len(plan.objectives)} objectives, "
        f"{len(measures)} measures, {len(targets)} targets, {len(plan.indicators)} indicators, "
        f"{len(plan.known_issues)} known issues"
    )


if __name__ == "__main__":
    main()

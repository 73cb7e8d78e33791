"""The figures stated in the introduction and Annexes A, G, H and M of seed 001.

The MPA's membership (L109), the consultation (Annex A, L337-403), the
comparison with the other metropolitan forces (L946-978), the HMIC
inspections (Annex G, L1090-1152), the financial resources (Annex H,
L1154-1257) and the race equality scheme's progress table (Annex M,
L1372-1405). Every piece of text is checked against its seed line; a
figure is read from the words that print it and nothing is derived.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from _common import cells, line, number, require

import policeplan as pp

SEED = "001"
COUNT = pp.Unit.COUNT

WORDS = {
    "Two": 2,
    "three": 3,
    "four": 4,
    "seven": 7,
    "twelve": 12,
    "twenty-nine": 29,
    "thirty-one": 31,
    "twenty-three": 23,
}
"""Numbers the plan writes in words."""

Words = str | Sequence[tuple[int, str]]
"""Text on one line, or fragments on several lines (joined with a space)."""


def words(at: int, text: Words) -> str:
    """``text``, checked to stand on line ``at``; fragments each on the line they name."""
    if isinstance(text, str):
        return require(SEED, at, text)
    return " ".join(require(SEED, n, fragment) for n, fragment in text)


def item(n: int) -> str:
    """A list item of line ``n`` without its bullet."""
    return line(SEED, n).strip().removeprefix("- ")


def counted(at: int, printed: str) -> pp.Figure[pp.Quantity]:
    """A count as printed, in figures ("582") or words ("twenty-nine")."""
    require(SEED, at, printed)
    value = WORDS[printed] if printed in WORDS else number(printed)
    return pp.Figure(text=printed, value=pp.Quantity(value, COUNT))


def percent(at: int, printed: str) -> pp.Figure[pp.Quantity]:
    require(SEED, at, printed)
    return pp.Figure(text=printed, value=pp.Quantity(number(printed.rstrip("%")), pp.Unit.PERCENT))


def millions(at: int, printed: str) -> pp.Figure[pp.Quantity]:
    """An amount in £ million: ``"£2,127.6m"`` in prose, ``"26.1"`` under a "£ million" header."""
    require(SEED, at, printed)
    digits = printed.removeprefix("£").removesuffix("m")
    return pp.Figure(text=printed, value=pp.Quantity(number(digits), pp.Unit.GBP, scale="million"))


# --------------------------------------------------------------------------- introduction


def authority_members() -> tuple[pp.LineItem, ...]:
    """L109: the MPA's twenty-three members, by where they are drawn from."""
    sentence = words(
        109,
        "The MPA consists of twenty-three members: twelve drawn from the Greater London Assembly "
        "plus seven independent members and four magistrate members.",
    )
    stated = (
        ("members", "twenty-three", True),
        ("drawn from the Greater London Assembly", "twelve", False),
        ("independent members", "seven", False),
        ("magistrate members", "four", False),
    )
    return tuple(
        pp.LineItem(
            section=require(SEED, 107, "The Metropolitan Police Authority"),
            label=words(109, label),
            amount=counted(109, printed),
            total=total,
            text=sentence,
        )
        for label, printed, total in stated
    )


# --------------------------------------------------------------------------- Annex A

METHODS = "Methods and results of consultation"
CRIME = "Crime focused objectives"
VICTIMS = "Victim focused objectives"
VALUES = "Objectives based on our values"
USED = "How the results of consultation were used to develop the priorities"
HEADINGS = {METHODS: 370, CRIME: 378, VICTIMS: 384, VALUES: 391, USED: 397}

# (line, section, topic, printed count, the sentence that states it)
COUNTS: tuple[tuple[int, str, str, str, Words], ...] = (
    (
        372,
        METHODS,
        "borough Crime and Disorder Strategies analysed",
        "32",
        "The 32 Strategies were analysed and the outputs fed into the planning process.",
    ),
    (
        372,
        METHODS,
        "main headings grouping the strategies' priorities",
        "twenty-nine",
        "The priorities from the strategies were grouped together under twenty-nine main, fairly "
        "broad headings.",
    ),
    (
        372,
        METHODS,
        "boroughs' plans in which burglary appeared as the top priority",
        "thirty-one",
        "Burglary emerged as the top priority appearing in each of the thirty-one boroughs' "
        "plans.",
    ),
    (
        374,
        METHODS,
        "people responding to the questionnaire on the MPA and MPS websites",
        "582",
        "A questionnaire was posted onto the MPA and MPS websites to which 582 people responded.",
    ),
    (
        374,
        METHODS,
        "police staff and staff associations responding to the questionnaire on the internal "
        "website",
        "428",
        [
            (374, "A similar questionnaire was used on the internal website to which 428"),
            (376, "police staff and staff associations responded."),
        ],
    ),
    (
        376,
        METHODS,
        "individuals and groups responding to the questionnaire through Community and Police "
        "Consultative Groups and Borough Police",
        "298",
        "The MPA sent the questionnaire to local Community and Police Consultative Groups and "
        "Borough Police targeted the questionnaire at community groups and other interested "
        "parties. This generated a response by 298 individuals and groups.",
    ),
    (
        399,
        USED,
        "senior MPS staff at the Commissioner's seminar",
        "150",
        "The Commissioner held a seminar for 150 senior MPS staff and together with MPA members "
        "and officers to debate these consultation results together with performance data.",
    ),
)

# (line, section, topic in the source's words, printed share of respondents)
SHARES = (
    (380, CRIME, "reducing violent crime", "75%"),
    (381, CRIME, "targeting prolific young offenders", "52%"),
    (381, CRIME, "reducing drug-related crime", "51%"),
    (382, CRIME, "reducing graffiti, vandalism and other nuisance to the community", "33%"),
    (386, VICTIMS, "protecting children", "41%"),
    (387, VICTIMS, "improving care for victims of crime", "31%"),
    (388, VICTIMS, "better investigation of rape", "17%"),
    (389, VICTIMS, "better investigation of racist crime", "15%"),
    (389, VICTIMS, "better investigation of domestic violence", "13%"),
    (389, VICTIMS, "better investigation of homophobic crime", "7%"),
    (393, VALUES, "involving communities, parents and organisations in addressing crime", "36%"),
    (394, VALUES, "treating everyone fairly", "21%"),
    (394, VALUES, "tackling dis-proportionality in service delivery", "20%"),
    (395, VALUES, "improving access to information and front of counter services", "15%"),
    (395, VALUES, "recruiting more officers from ethnic minority groups", "13%"),
)


def consultation() -> tuple[pp.ConsultationResult, ...]:
    """Annex A: counts of strategies, responses and staff, then the shares of respondents."""
    require(SEED, 339, "CONSULTATION")
    for heading, at in HEADINGS.items():
        require(SEED, at, heading)
    require(SEED, 376, "Analysis of this combined response showed:")
    results = [
        pp.ConsultationResult(
            section=section,
            topic=topic,
            figure=counted(at, printed),
            text=words(at, text),
        )
        for at, section, topic, printed, text in COUNTS
    ]
    for at, section, topic, printed in SHARES:
        require(SEED, at, topic)
        results.append(
            pp.ConsultationResult(
                section=section, topic=topic, figure=percent(at, printed), text=item(at)
            )
        )
    return tuple(results)


# --------------------------------------------------------------------------- comparison

COMPARED = 948
"""The sentence naming the forces the MPS is compared with."""

# (graph title line, chart title line, indicator reference)
GRAPHS = ((961, 963, "BVPI 128"), (968, 970, "BVPI 126"), (974, 976, "BVPI 127"))


def compared_forces() -> tuple[str, ...]:
    """L948: "... the five other UK Metropolitan forces (Greater Manchester Police, ...)"."""
    listed = re.search(r"UK Metropolitan forces \(([^)]*)\)", line(SEED, COMPARED))
    assert listed is not None
    *first, last = listed.group(1).split(", ")
    return (*first, *last.split(" and "))


def force_comparisons() -> tuple[pp.ForceComparison, ...]:
    """The three graphs of the comparison of performance (L946-978): titles only survive."""
    require(SEED, 946, "COMPARISON OF PERFORMANCE")
    forces = compared_forces()
    found = []
    for title_at, chart_at, reference in GRAPHS:
        title = line(SEED, title_at).strip()
        chart_title = line(SEED, chart_at).strip()
        year = re.search(r"in (\d{4}/\d{2})$", chart_title)
        assert year is not None, chart_title
        found.append(
            pp.ForceComparison(
                title=title,
                chart_title=chart_title,
                reference=require(SEED, title_at, f"({reference})")[1:-1],
                year=pp.FinancialYear.parse(year.group(1)),
                forces=forces,
            )
        )
    return tuple(found)


# --------------------------------------------------------------------------- Annex G

BOROUGHS = "Borough Inspections"
MPS_2002 = "HMIC Inspection of the MPS 2002"
NATIONAL = "HMIC National Thematic Inspections"
JOINT = "Working with other Inspectorates"
PLANNED = "2003/04 Inspection Activity"
G_HEADINGS = {BOROUGHS: 1100, MPS_2002: 1106, NATIONAL: 1112, JOINT: 1129, PLANNED: 1147}


def hmic_inspections() -> tuple[pp.InspectionActivity, ...]:
    """Annex G: each inspection listed, with the counts of recommendations it states."""
    require(SEED, 1092, "INSPECTIONS BY HER MAJESTY'S INSPECTORATE OF CONSTABULARY")
    for heading, at in G_HEADINGS.items():
        require(SEED, at, heading)
    activity = pp.InspectionActivity
    published = words(
        1102,
        "During 2002/03 HMIC published reports following inspections into MPS borough policing "
        "units in Greenwich and Tower Hamlets.",
    )
    drafts = words(
        1104,
        "Further inspections as part of the 'Going Local' programme have been carried out into "
        "the MPS BOCUs of Ealing, Havering and Southwark and are still in draft format.",
    )
    listing = words(
        1144,
        "35 recommendations and 14 further suggestions are addressed to a range of government "
        "departments, public agencies, local agency staff and others. Recommendations 31 and 32 "
        "are specifically addressed to the police service.",
    )
    safeguarding = words(
        1145,
        "In addition, a joint inspection was undertaken by eight inspectorates to assess "
        "inter-agency arrangements for safeguarding children. Although only 1 out of the 30 "
        "recommendations is specifically listed for the police service, many of the remaining "
        "recommendations will be addressed by interagency partnerships.",
    )
    others = words(
        1152,
        "Other thematic inspections in the HMIC programme include ones on Prison Service "
        "Advisers, Arson, Homicide in Northern Ireland, Domestic Violence and Civilianisation.",
    )
    considered = words(
        1152,
        "Consideration is being given to further inspections on Gun Crime and Officer "
        "Recruitment and Retention.",
    )
    return (
        *(
            activity(
                section=BOROUGHS,
                title=words(1102, b),
                when=words(1102, "During 2002/03"),
                text=published,
            )
            for b in ("Greenwich", "Tower Hamlets")
        ),
        *(
            activity(section=BOROUGHS, title=words(1104, b), text=drafts)
            for b in ("Ealing", "Havering", "Southwark")
        ),
        activity(
            section=MPS_2002,
            title=MPS_2002,
            when=words(1108, "between 2 and 13 September 2002"),
            recommendations=checked(1108, "seven recommendations", 7),
            repeated_recommendations=checked(1108, "of which two are repeated", 2),
            text=words(
                1108,
                "This report, lists seven recommendations, of which two are repeated from "
                "previous.",
            ),
        ),
        activity(
            section=NATIONAL,
            title=words(1116, "Police National Computer (PNC) Data Quality & Timeliness"),
            when=words(1116, "completed in April 2002"),
        ),
        activity(
            section=NATIONAL,
            title=words(1117, "Under the Microscope: refocused"),
            when=words(1117, "published in June 2002"),
        ),
        activity(
            section=NATIONAL,
            title=words(1118, "Special Branch"),
            when=words(1120, [(1120, "published in"), (1121, "January 2003")]),
        ),
        activity(
            section=NATIONAL,
            title=words(1122, "Diversity Matters"),
            when=words(1123, "published in March 2003"),
            recommendations=checked(1124, "Each of the 49 recommendations", 49),
            text=words(
                1124,
                [
                    (1124, "Each of the 49 recommendations made within the inspection report are"),
                    (
                        1125,
                        "addressed, where possible, to a particular organisation or responsible "
                        "body.",
                    ),
                ],
            ),
        ),
        activity(
            section=JOINT,
            title=words(
                1133,
                [
                    (
                        1133,
                        "Joint Inspection of the Investigation and Prosecution of Cases involving",
                    ),
                    (1134, "allegations of Rape"),
                ],
            ),
            when=words(1135, "published in April 2002"),
        ),
        activity(
            section=JOINT,
            title=words(
                1142,
                "Joint Inspection of the Progress made in Reducing Delay in the Youth Justice "
                "System",
            ),
        ),
        activity(
            section=JOINT,
            title=words(
                1144,
                "Joint Thematic Review of the Listing and Management of Criminal Cases. Phase "
                "1: The Magistrates' Courts",
            ),
            when=words(1144, "published in October 2002"),
            recommendations=checked(1144, "35 recommendations", 35),
            suggestions=checked(1144, "14 further suggestions", 14),
            text=listing,
        ),
        activity(
            section=JOINT,
            title=words(
                1145, "Joint Chief Inspectors' Report on Arrangements to Safeguard Children"
            ),
            recommendations=checked(1145, "1 out of the 30 recommendations", 30),
            police_recommendations=checked(1145, "only 1 out of the 30", 1),
            text=safeguarding,
        ),
        activity(
            section=PLANNED,
            title=words(1149, "Going Local"),
            when=words(1149, "during 2003/04"),
            units_covered=checked(1149, "a further 7 borough command units", 7),
            text=item(1149),
        ),
        activity(
            section=PLANNED,
            title=words(1150, "Street Crime Initiative"),
            when=words(1150, "reporting on its findings in April 2003"),
            units_covered=checked(1150, "Six Criminal Justice Areas", 6),
            text=item(1150),
        ),
        activity(section=PLANNED, title=words(1151, "Child Protection"), text=item(1151)),
        *(
            activity(section=PLANNED, title=words(1152, name), text=others)
            for name in (
                "Prison Service Advisers",
                "Arson",
                "Homicide in Northern Ireland",
                "Domestic Violence",
                "Civilianisation",
            )
        ),
        *(
            activity(section=PLANNED, title=words(1152, name), text=considered)
            for name in ("Gun Crime", "Officer Recruitment and Retention")
        ),
    )


def checked(at: int, text: str, value: int) -> int:
    """``value`` after checking that the words stating it stand on line ``at``."""
    require(SEED, at, text)
    return value


# --------------------------------------------------------------------------- Annex H

C3I = 1227
AIRWAVE = 1235
PFI = 1239
SOUTH_EAST_LONDON = 1247

# (heading line, line, label, printed amount, the sentence that states it)
PROSE: tuple[tuple[int, int, str, str, str], ...] = (
    (
        C3I,
        1229,
        "Capital expenditure on implementation of the C3i Project",
        "£156.1m",
        "Capital expenditure on implementation of the C3i Project is presently estimated at "
        "£156.1m.",
    ),
    (
        C3I,
        1229,
        "Capital expenditure in 2003/04",
        "£73.6m",
        "It is anticipated that in 2003/04 approximately £73.6m will be spent.",
    ),
    (
        C3I,
        1231,
        "Home Office specific grant",
        "£136.6m",
        "The project is expected to be funded by a specific grant from the Home Office of "
        "£136.6m with an MPS contribution of £11.7m from the capital programme and reserves.",
    ),
    (
        C3I,
        1231,
        "MPS contribution from the capital programme and reserves",
        "£11.7m",
        "The project is expected to be funded by a specific grant from the Home Office of "
        "£136.6m with an MPS contribution of £11.7m from the capital programme and reserves.",
    ),
    (
        C3I,
        1231,
        "Home Office set sum",
        "£125m",
        "The specific grant payment from the Home Office consists of a set sum of £125m, plus a "
        "£11.6m contingency payable for accommodation work overspends.",
    ),
    (
        C3I,
        1231,
        "Home Office contingency payable for accommodation work overspends",
        "£11.6m",
        "The specific grant payment from the Home Office consists of a set sum of £125m, plus a "
        "£11.6m contingency payable for accommodation work overspends.",
    ),
    (
        C3I,
        1231,
        "Further MPS funding to match fund the contingency",
        "£5.81m",
        "To obtain this contingency funding the MPS will need to match fund 2:1. This means the "
        "MPS will need to fund a further £5.81m.",
    ),
    (
        C3I,
        1233,
        "Target hardening",
        "£2m",
        "The 2003/04 planned expenditure includes £2m for 'target hardening', £0.5m will be "
        "funded from a Home Office grant provided in respect of counter terrorism initiatives, "
        "with the MPS required to contribute a further £1.5m from general funding.",
    ),
    (
        C3I,
        1233,
        "Home Office grant for counter terrorism initiatives",
        "£0.5m",
        "The 2003/04 planned expenditure includes £2m for 'target hardening', £0.5m will be "
        "funded from a Home Office grant provided in respect of counter terrorism initiatives, "
        "with the MPS required to contribute a further £1.5m from general funding.",
    ),
    (
        C3I,
        1233,
        "MPS contribution from general funding",
        "£1.5m",
        "The 2003/04 planned expenditure includes £2m for 'target hardening', £0.5m will be "
        "funded from a Home Office grant provided in respect of counter terrorism initiatives, "
        "with the MPS required to contribute a further £1.5m from general funding.",
    ),
    (
        AIRWAVE,
        1237,
        "Capital expenditure on the implementation of the Airwave Project",
        "£42.6m",
        "Capital expenditure on the implementation of the Airwave Project is presently estimated "
        "at £42.6m.",
    ),
    (
        AIRWAVE,
        1237,
        "Capital expenditure in 2003/04",
        "£37.9m",
        "It is anticipated that £37.9m will be spent in 2003/04.",
    ),
    (
        AIRWAVE,
        1237,
        "Home Office specific grant",
        "£40.7m",
        "The project is funded by a Home Office specific grant of £40.7m.",
    ),
    (
        AIRWAVE,
        1237,
        "Unfunded capital costs",
        "£1.9m",
        "Unfunded capital costs therefore amount to £1.9m, and work continues to identify "
        "resources to close this funding gap.",
    ),
    (
        PFI,
        1241,
        "Schemes advanced to contract stage",
        "Two",
        "Two such schemes have now advanced to contract stage and we are currently involved as a "
        "participant in another.",
    ),
    (
        SOUTH_EAST_LONDON,
        1249,
        "Major police stations",
        "three",
        "This scheme will provide three major police stations in South East London at Bromley, "
        "Lewisham and Sutton, together with essential services within the buildings under a 25 "
        "year contract.",
    ),
)

# (caption line, the caption as section, printed amount)
CHARTS = (
    (1179, "Chart 1: 2002/03 Funding", 1181, "£2,127.6m"),
    (1188, "Chart 2: 2003/04 Funding", 1188, "£2,411.7m"),
    (1200, "Chart 4: Planned Expenditure 2003/04", 1200, "£2,411.7m"),
)

CAPITAL = 1213
"""The table "Summary of capital programme by business group | £ million" (L1213-1218)."""


def financial_resources() -> tuple[pp.LineItem, ...]:
    """Annex H: net expenditure of the charts, the capital programme, C3i, Airwave and PFI."""
    require(SEED, 1156, "FINANCIAL RESOURCES")
    items = [
        pp.LineItem(
            section=require(SEED, caption_at, caption),
            label=require(SEED, at, "Net expenditure"),
            amount=millions(at, printed),
            text=require(SEED, at, f"Net expenditure = {printed}"),
        )
        for caption_at, caption, at, printed in CHARTS
    ]
    section, unit = cells(SEED, CAPITAL)
    assert unit == "£ million", unit
    for at in range(CAPITAL + 1, CAPITAL + 6):
        label, printed = cells(SEED, at)
        items.append(
            pp.LineItem(
                section=section, label=label, amount=millions(at, printed), total=label == "Total"
            )
        )
    for heading, at, label, printed, text in PROSE:
        amount = counted(at, printed) if printed in WORDS else millions(at, printed)
        items.append(
            pp.LineItem(
                section=line(SEED, heading).strip(),
                label=label,
                amount=amount,
                text=require(SEED, at, text),
            )
        )
    return tuple(items)


# --------------------------------------------------------------------------- Annex M

HEADER = 1378
PROGRESS_PERIOD = pp.Period(
    start=date(2002, 5, 31), end=date(2003, 3, 31), label="31/5/02 to 31/3/03"
)

EMPLOYMENT_ITEMS = (
    "Staff in post",
    "Employment (recruits)",
    "Applicant for jobs (internal)",
    "Applicants for promotion",
    "Applicants for training",
    "Performance appraisal",
    "Disciplinary and grievance procedures",
    "Dismissals and reasons for leaving",
)
"""The employment areas monitored, run together in the first cell of L1385 (L1387: 'leaving')."""

EMPLOYMENT_PROGRESS = (
    *("Data collected",) * 4,
    "Being progressed",
    "Police – data collected, Support Staff – change in process of appraisal from April '03, "
    "data to be collected",
)
"""The progress on items 1-6, run together, unnumbered, in the second cell of L1385."""


def _progress(first: int, last: int) -> str:
    """The second cells of lines ``first``..``last`` joined: one wrapped table cell."""
    return " ".join(cells(SEED, n)[1] for n in range(first, last + 1))


def race_equality() -> tuple[pp.RaceEqualityProgress, ...]:
    """Annex M: each duty and the progress on it; employment broken down into eight areas."""
    require(SEED, 1374, "RACE & EQUALITY SCHEME")
    require(SEED, HEADER, f"MPS Progress {PROGRESS_PERIOD.label}")
    row = pp.RaceEqualityProgress
    rows = [
        row(duty=duty, progress=progress, period=PROGRESS_PERIOD)
        for duty, progress in (cells(SEED, n) for n in range(1379, 1384))
    ]
    duty, ethnicity = cells(SEED, 1384)
    rows.append(
        row(duty=duty, progress=f"{ethnicity} {_progress(1392, 1393)}", period=PROGRESS_PERIOD)
    )
    labels, progress = cells(SEED, 1385)
    assert labels == " ".join(EMPLOYMENT_ITEMS).removesuffix(" leaving"), labels
    assert cells(SEED, 1387)[0] == "leaving"
    assert progress == " ".join(EMPLOYMENT_PROGRESS), progress
    numbered = (
        _progress(1387, 1387).removeprefix("7. "),
        _progress(1388, 1391).removeprefix("8. "),
    )
    require(SEED, 1387, "7. Data collected")
    require(SEED, 1388, "8. Data collected")
    for area, stated in zip(EMPLOYMENT_ITEMS, (*EMPLOYMENT_PROGRESS, *numbered), strict=True):
        rows.append(row(duty=duty, item=area, progress=stated, period=PROGRESS_PERIOD))
    for first, last in ((1394, 1397), (1398, 1405)):
        rows.append(
            row(
                duty=cells(SEED, first)[0], progress=_progress(first, last), period=PROGRESS_PERIOD
            )
        )
    return tuple(rows)


# --------------------------------------------------------------------------- known issues


def _issue(code: str, path: str, at: int, guard: str, explanation: str) -> pp.KnownIssue:
    require(SEED, at, guard)
    return pp.KnownIssue(code=code, path=path, explanation=explanation, line=at)


def known_issues(plan: pp.PolicingPlan) -> tuple[pp.KnownIssue, ...]:
    """The contradictions and gaps met in these parts, located in ``plan``."""
    thirty_one = next(i for i, r in enumerate(plan.consultation) if r.figure.text == "thirty-one")
    employment = next(
        i for i, r in enumerate(plan.race_equality) if r.duty == "Employment" and r.item is None
    )
    first_item = employment + 1
    last = len(plan.race_equality) - 1
    forces = len(compared_forces())
    return (
        _issue(
            "text-table-conflict",
            f"consultation[{thirty_one}].figure",
            372,
            "each of the thirty-one boroughs' plans",
            "'The 32 Strategies were analysed' (one per borough), but burglary is said to "
            "appear 'in each of the thirty-one boroughs' plans'.",
        ),
        _issue(
            "text-table-conflict",
            "force_comparisons",
            COMPARED,
            "the five other UK Metropolitan forces",
            f"The MPS is compared with 'the five other UK Metropolitan forces', but {forces} are "
            "named: Greater Manchester Police, West Midlands, West Yorkshire, Merseyside, "
            "Northumbria and South Yorkshire.",
        ),
        _issue(
            "missing-table",
            "force_comparisons",
            961,
            "UK Metropolitan Police Force performance comparison",
            "Only the titles of the three comparison graphs (L961-976) survive; their figures "
            "are lost, so no force's value is recorded.",
        ),
        _issue(
            "missing-table",
            "financial_resources",
            1176,
            "Chart 3: Planned Expenditure for 2002/03",
            "Four charts are listed (L1174-1177), but the charts themselves are lost and "
            "chart 3 (planned expenditure for 2002/03) has no caption or figure in the text; "
            "only the net expenditure of charts 1, 2 and 4 is recorded.",
        ),
        _issue(
            "garbled-cell",
            f"race_equality[{first_item}]",
            1385,
            "Staff in post Employment (recruits)",
            "The eight employment areas and the progress on the first six are each run "
            "together in one cell, without their numbers; they are paired by position, as "
            "items 7 and 8, which keep their numbers (L1387-1388), are.",
        ),
        _issue(
            "garbled-cell",
            f"race_equality[{employment}].progress",
            1392,
            "Collected data analysed for",
            "'Collected data analysed for disproportionality on a quarterly basis.' stands after "
            "item 8 (L1392-1393); it is read as progress on employment as a whole and joined to "
            "the employment row.",
        ),
        _issue(
            "truncated-list",
            f"race_equality[{last}].progress",
            1405,
            "briefed as to",
            "The table, and the document, break off mid-sentence: '... the wider policing family "
            "and briefed as to'.",
        ),
        _issue(
            "wording-variant",
            "race_equality",
            51,
            "M Race Equality Scheme",
            "The contents call Annex M 'Race Equality Scheme'; its heading reads "
            "'RACE & EQUALITY SCHEME' (L1374).",
        ),
    )

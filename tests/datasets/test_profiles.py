"""Force profiles, grading definitions and the 2008 survey method, against the seeds.

Line numbers (``L…``) are 1-based lines of the seed named in each comment:
``000`` is the baseline assessment (``hmic-baseline-2005``), ``003`` the 2007
inspection (``hmic-inspection-2007``), ``002`` the 2008 inspection
(``hmic-inspection-2008``).
"""

from __future__ import annotations

from datetime import date

import pytest

import policeplan as pp

BASELINE = "hmic-baseline-2005"
INSPECTION_2007 = "hmic-inspection-2007"
INSPECTION_2008 = "hmic-inspection-2008"
NP = "Neighbourhood Policing"
DCFP = "Developing Citizen Focus Policing"
U = pp.Unit
SJ = pp.StandardJudgement
A = pp.SurveyAspect

Row = tuple[str, str, str, pp.Unit, str | None]
"""measure, the figure as printed, its value, its unit, its qualifier"""

# Shared measure names, so that the same figure can be found in each document.
OCUS = "borough-based operational command units"
STAFF_RATIO = "staff numbers of the next largest force to those of the MPS"
BUDGET_SHARE = "annual budget as a share of the cost of police services in England and Wales"
PEAK = "people entering central London in the weekday morning peak"
PEAK_TRANSPORT = "share of the morning peak's entrants to central London using public transport"
GROWTH = "growth of the resident population per year"
DEPRIVED = "boroughs among the 20 most deprived in the UK"
POOREST = "poorest districts in England that are in London"
BME = "share of the UK's black and minority ethnic (BME) citizens living in London"
LANGUAGES = "languages spoken within London schools"
LONE_PARENTS = "London households with dependent children headed by a lone parent"
ECONOMY = "share of the UK's economic activity taking place in London"
NRE = "net revenue expenditure"
GUN_CRIME = "reduction in gun enabled crime"
VIOLENT_CRIME = "reduction in the number of violent crimes"
ENHANCED = "wards with an enhanced level of Safer Neighbourhoods coverage"
FOCUSED = "Safer Neighbourhoods teams focused on particular community-based problems"
PILOTS = "pilot schemes trialling 24/7 Safer Neighbourhoods teams"
REQUIRED = "PCSOs required to be in place, of which the MPS has its proportionate share"
SINCE_SN = "since the introduction of Safer Neighbourhoods"
INTELLIGENCE = f"intelligence reports recorded {SINCE_SN}"
VISITS = f"visits to victims of crime {SINCE_SN}"
PAYBACK = f"community payback schemes engaged in {SINCE_SN}"
PAYBACK_WEEKLY = "community payback schemes per week"
VICTIMS = "victim satisfaction with the overall service"
RACIST = "satisfaction of victims of racist incidents"
TRIAL = "people at or awaiting trial in connection with terrorism investigations"

PROFILES: dict[str, list[Row]] = {
    BASELINE: [
        # seed 000 L145: "It is made up of 32 borough-based operational command units"
        (OCUS, "32", "32", U.COUNT, None),
        # seed 000 L145: "It is responsible for policing 620 square miles"
        ("area policed", "620 square miles", "620", U.SQUARE_MILES, None),
        # seed 000 L145: "a resident population of over 7.3 million (3.2 million households)"
        ("resident population", "7.3 million", "7.3", U.COUNT, "over"),
        ("households", "3.2 million", "3.2", U.COUNT, None),
        # seed 000 L145: "an additional daily influx of approximately 5.5 million visitors and
        # workers"
        ("daily influx of visitors and workers", "5.5 million", "5.5", U.COUNT, "approximately"),
        # seed 000 L145: "the MPS is around three times larger than the next largest force"
        (STAFF_RATIO, "three times", "3", U.RATIO, "around"),
        # seed 000 L145: "Its annual budget accounts for about 24% of the total bill for police
        # services in England and Wales."
        (BUDGET_SHARE, "24%", "24", U.PERCENT, "about"),
        # seed 000 L147: "Some 10% of the MPS's most specialist and experienced officers are
        # assigned to the MPS security and protection commands"
        (
            "share of the most specialist and experienced officers assigned to the security and "
            "protection commands",
            "10%",
            "10",
            U.PERCENT,
            "some",
        ),
        # seed 000 L147: "is one of the seven key MPS priorities for 2005/06"
        ("key MPS priorities", "seven", "7", U.COUNT, None),
        # seed 000 L157: "the MPS net revenue expenditure for 2004/05 was £2,367.1 million"
        (NRE, "£2,367.1 million", "2367.1", U.GBP, None),
        # seed 000 L159: "Six forces are involved with four MPS boroughs."
        ("forces in the National Reassurance pilot", "Six", "6", U.COUNT, None),
        ("MPS boroughs in the National Reassurance pilot", "four", "4", U.COUNT, None),
        # seed 000 L159: "a drive to reach 35,000 uniformed staff"
        (
            "uniformed staff the step change programme drives to reach",
            "35,000",
            "35000",
            U.COUNT,
            None,
        ),
        # seed 000 L159: "This would provide a team of six staff on each of the 600+ wards."
        ("staff in each ward's team under the step change programme", "six", "6", U.COUNT, None),
        ("wards", "600+", "600", U.COUNT, "+"),
    ],
    INSPECTION_2007: [
        # seed 003 L215-216: "It is made up of 32 borough-based operational command units (OCUs)"
        (OCUS, "32", "32", U.COUNT, None),
        # seed 003 L216-217: "It is responsible for policing 620 square miles"
        ("area policed", "620 square miles", "620", U.SQUARE_MILES, None),
        # seed 003 L217-218: "an estimated resident population of over 7.5 million (3.2 million
        # households)"
        ("resident population", "7.5 million", "7.5", U.COUNT, "estimated, over"),
        ("households", "3.2 million", "3.2", U.COUNT, None),
        # seed 003 L218-220: "On an average weekday, 1.06 million people enter central London
        # during the morning peak hours (7am to 10am) with 88% doing so by means of public
        # transport."
        (PEAK, "1.06 million", "1.06", U.COUNT, None),
        (PEAK_TRANSPORT, "88%", "88", U.PERCENT, None),
        # seed 003 L220-221: "attracting some 27 million overnight visitors every year"
        ("overnight visitors per year", "27 million", "27", U.COUNT, "some"),
        # seed 003 L225-226: "the MPS is around three times larger than the next largest force"
        (STAFF_RATIO, "three times", "3", U.RATIO, "around"),
        # seed 003 L226-227: "about 24% of the total cost of police services in England and Wales"
        (BUDGET_SHARE, "24%", "24", U.PERCENT, "about"),
        # seed 003 L235-236: "growing at a rate of 40,000 people per year"
        (GROWTH, "40,000", "40000", U.COUNT, None),
        # seed 003 L236-237: "The capital contains 13 of the 20 most deprived boroughs in the UK"
        (DEPRIVED, "13", "13", U.COUNT, None),
        # seed 003 L237-238: "one in four of all the poorest districts in England ... is in London"
        (POOREST, "one in four", "1", U.RATE, None),
        # seed 003 L238-239: "It is home to almost 47% of the UK’s black and minority ethnic (BME)
        # citizens"
        (BME, "47%", "47", U.PERCENT, "almost"),
        # seed 003 L240-241: "It is estimated that 300 languages are spoken within London schools."
        (LANGUAGES, "300", "300", U.COUNT, "estimated"),
        # seed 003 L241-242: "Some 26% of London households with dependent children are headed by
        # a lone parent."
        (LONE_PARENTS, "26%", "26", U.PERCENT, "some"),
        # seed 003 L242: "About 21% of the UK’s economic activity takes place in London."
        (ECONOMY, "21%", "21", U.PERCENT, "about"),
        # seed 003 L262-263: "the MPS net revenue expenditure on services for 2007/08 is estimated
        # to be £3,043.1 million"
        (NRE, "£3,043.1 million", "3043.1", U.GBP, "estimated"),
        # seed 003 L304-305: "Gun-enabled crime also reduced in 2007/08 by 11.3% and the number of
        # violent crimes reduced by 6.1%."
        (GUN_CRIME, "11.3%", "11.3", U.PERCENT_CHANGE, None),
        (VIOLENT_CRIME, "6.1%", "6.1", U.PERCENT_CHANGE, None),
        # seed 003 L310: "the MPS now having coverage in each of the 624 wards"
        ("wards", "624", "624", U.COUNT, None),
        # seed 003 L310-311: "an enhanced level of coverage in 87 wards"
        (ENHANCED, "87", "87", U.COUNT, None),
        # seed 003 L311-312: "the MPS has staffed 21 Safer Transport teams"
        ("Safer Transport teams", "21", "21", U.COUNT, None),
        # seed 003 L312-313: "has established six SN teams to focus on particular community-based
        # problems"
        (FOCUSED, "six", "6", U.COUNT, None),
        # seed 003 L313-314: "Two pilot schemes are also under way to trial 24/7 SN teams."
        (PILOTS, "Two", "2", U.COUNT, None),
        # seed 003 L317: "The MPS has appointed 4,562 police community support officers (PCSOs)"
        ("PCSOs appointed", "4,562", "4562", U.COUNT, None),
        # seed 003 L318-319: "the 16,000 PCSOs required to be in place by the end of April 2007"
        (REQUIRED, "16,000", "16000", U.COUNT, None),
        # seed 003 L324-325: "over 235,000 intelligence reports recorded"
        (INTELLIGENCE, "235,000", "235000", U.COUNT, "over"),
        # seed 003 L325: "over 36,000 visits to victims of crime"
        (VISITS, "36,000", "36000", U.COUNT, "over"),
        # seed 003 L325-326: "engagement in nearly 1,500 Community Payback schemes"
        (PAYBACK, "1,500", "1500", U.COUNT, "nearly"),
        # seed 003 L326-327: "During May 2007 there were 150 Community Payback schemes per week."
        (PAYBACK_WEEKLY, "150", "150", U.COUNT, None),
        # seed 003 L328-329: "(the MPS achieved 78% satisfaction against a target of 81%)"
        (VICTIMS, "78%", "78", U.PERCENT, None),
        # seed 003 L330-331: "(the MPS achieved 64% satisfaction against a target of 72%)"
        (RACIST, "64%", "64", U.PERCENT, None),
        # seed 003 L340-341: "there are currently around 100 people either at or awaiting trial"
        (TRIAL, "100", "100", U.COUNT, "around"),
    ],
    INSPECTION_2008: [
        # seed 002 L148: "32 basic command units called borough-based operational command units"
        (OCUS, "32", "32", U.COUNT, None),
        # seed 002 L149: "630 Neighbourhood Policing teams (NPTs)"
        ("Neighbourhood Policing teams", "630", "630", U.COUNT, None),
        # seed 002 L150: "2011 officers dedicated to Neighbourhood Policing"
        ("officers dedicated to Neighbourhood Policing", "2011", "2011", U.COUNT, None),
        # seed 002 L151: "4562 PCSOs dedicated to Neighbourhood Policing"
        ("PCSOs dedicated to Neighbourhood Policing", "4562", "4562", U.COUNT, None),
        # seed 002 L153: "The force is a member of 32 crime and disorder reduction partnerships"
        ("crime and disorder reduction partnerships", "32", "32", U.COUNT, None),
        # seed 002 L157: "It is responsible for policing 620 square miles"
        ("area policed", "620 square miles", "620", U.SQUARE_MILES, None),
        # seed 002 L157: "an estimated resident population of over 7.5 million (3.2 million
        # households)"
        ("resident population", "7.5 million", "7.5", U.COUNT, "estimated, over"),
        ("households", "3.2 million", "3.2", U.COUNT, None),
        # seed 002 L157: "On an average weekday 1.06 million people enter central London during
        # the morning peak hours (0700 to 1000) with 88% doing so by means of public transport."
        (PEAK, "1.06 million", "1.06", U.COUNT, None),
        (PEAK_TRANSPORT, "88%", "88", U.PERCENT, None),
        # seed 002 L157: "attracting some 27 million overnight visitors every year"
        ("overnight visitors per year", "27 million", "27", U.COUNT, "some"),
        # seed 002 L159: "the MPS is around three times larger than the next largest force"
        (STAFF_RATIO, "three times", "3", U.RATIO, "around"),
        # seed 002 L159: "about 24% of the total cost of police services in England and Wales"
        (BUDGET_SHARE, "24%", "24", U.PERCENT, "about"),
        # seed 002 L163: "growing at a rate of 40,000 people per year"
        (GROWTH, "40,000", "40000", U.COUNT, None),
        # seed 002 L163: "The capital contains 13 of the 20 most deprived boroughs in the UK"
        (DEPRIVED, "13", "13", U.COUNT, None),
        # seed 002 L163: "one in four of all the poorest districts in England ... is in London"
        (POOREST, "one in four", "1", U.RATE, None),
        # seed 002 L163: "It is home to almost 47% of the UK's black and minority ethnic (BME)
        # citizens"
        (BME, "47%", "47", U.PERCENT, "almost"),
        # seed 002 L163-165: "It is estimated that 300 languages are spoken within" / "London
        # schools."
        (LANGUAGES, "300", "300", U.COUNT, "estimated"),
        # seed 002 L165: "26% of London households with dependent children are headed by a lone
        # parent."
        (LONE_PARENTS, "26%", "26", U.PERCENT, None),
        # seed 002 L165: "About 21% of the UK's economic activity takes place in London."
        (ECONOMY, "21%", "21", U.PERCENT, "about"),
        # seed 002 L171: "the MPS net revenue expenditure on services for 2007/08 is estimated to
        # be £3,043.1million"
        (NRE, "£3,043.1million", "3043.1", U.GBP, "estimated"),
        # seed 002 L199: "Gun enabled crime also reduced in 2007/8 by 11.3% and the number of
        # violent crimes reduced by 6.1%."
        (GUN_CRIME, "11.3%", "11.3", U.PERCENT_CHANGE, None),
        (VIOLENT_CRIME, "6.1%", "6.1", U.PERCENT_CHANGE, None),
        # seed 002 L201: "the MPS now having coverage in each of the 624 wards"
        ("wards", "624", "624", U.COUNT, None),
        # seed 002 L201: "an enhanced level of coverage in 87 wards"
        (ENHANCED, "87", "87", U.COUNT, None),
        # seed 002 L201: "the MPS has staffed 21 Safer Transport Teams"
        ("Safer Transport teams", "21", "21", U.COUNT, None),
        # seed 002 L201: "has established six SN teams to focus on particular community based
        # problems"
        (FOCUSED, "six", "6", U.COUNT, None),
        # seed 002 L201: "Two pilot schemes are also underway to trial 24/7 SN teams."
        (PILOTS, "Two", "2", U.COUNT, None),
        # seed 002 L203: "The MPS has appointed 4562 PCSOs to staff SN teams"
        ("PCSOs appointed", "4562", "4562", U.COUNT, None),
        # seed 002 L203: "the 16,000 PCSOs required to be in place by the end of April 2007"
        (REQUIRED, "16,000", "16000", U.COUNT, None),
        # seed 002 L205: "there has been over 235,000 intelligence reports recorded"
        (INTELLIGENCE, "235,000", "235000", U.COUNT, "over"),
        # seed 002 L205: "over 36,000 visits to victims of crime"
        (VISITS, "36,000", "36000", U.COUNT, "over"),
        # seed 002 L205: "engagement in nearly 1500 community payback schemes"
        (PAYBACK, "1500", "1500", U.COUNT, "nearly"),
        # seed 002 L205: "During May 2007 there were 150 community payback schemes per week."
        (PAYBACK_WEEKLY, "150", "150", U.COUNT, None),
        # seed 002 L207: "the MPS achieved 78% satisfaction against a target of 81%"
        (VICTIMS, "78%", "78", U.PERCENT, None),
        # seed 002 L207: "the MPS achieved 64% satisfaction against a target of 72%"
        (RACIST, "64%", "64", U.PERCENT, None),
        # seed 002 L209: "there currently being about 100 people either at or awaiting trial"
        (TRIAL, "100", "100", U.COUNT, "about"),
    ],
}


def load(dataset: str) -> pp.BaselineAssessment | pp.Inspection:
    doc = pp.datasets.load(dataset)
    assert isinstance(doc, (pp.BaselineAssessment, pp.Inspection))
    return doc


def figure(dataset: str, measure: str) -> pp.ProfileFigure:
    (found,) = [f for f in load(dataset).profile if f.measure == measure]
    return found


def quantity(fig: pp.Figure[pp.Quantity] | None) -> pp.Quantity:
    assert fig is not None
    assert fig.value is not None
    return fig.value


@pytest.fixture(scope="module")
def insp08() -> pp.Inspection:
    doc = pp.datasets.load(INSPECTION_2008)
    assert isinstance(doc, pp.Inspection)
    return doc


# --------------------------------------------------------------------------- profiles


@pytest.mark.parametrize("dataset", list(PROFILES))
def test_every_profile_figure(dataset: str) -> None:
    found = [
        (f.measure, f.figure.text, str(quantity(f.figure).value), quantity(f.figure).unit,
         f.qualifier)
        for f in load(dataset).profile
    ]  # fmt: skip
    assert found == PROFILES[dataset]


@pytest.mark.parametrize("dataset", list(PROFILES))
def test_profile_figures_are_printed_in_their_text_and_stated_not_derived(dataset: str) -> None:
    for f in load(dataset).profile:
        assert f.figure.text in f.text, f.measure
        assert not f.figure.derived
        assert not f.figure.garbled
        assert f.target is None or f.target.text in f.text


def test_scaled_and_rate_figures() -> None:
    # seed 000 L145 "7.3 million"; seed 002 L157 "£3,043.1million"
    assert str(figure(BASELINE, "resident population").value) == "7.3 million"
    assert str(figure(INSPECTION_2008, NRE).value) == "£3,043.1 million"
    assert str(figure(INSPECTION_2007, NRE).value) == "£3,043.1 million"  # seed 003 L263
    assert str(figure(BASELINE, NRE).value) == "£2,367.1 million"  # seed 000 L157
    # seed 002 L163, seed 003 L237: "one in four of all the poorest districts in England"
    for dataset in (INSPECTION_2007, INSPECTION_2008):
        one_in_four = quantity(figure(dataset, POOREST).figure)
        assert (one_in_four.per, one_in_four.base) == (4, "poorest districts in England")
    # seed 000 L145: "620 square miles"
    assert str(figure(BASELINE, "area policed").value) == "620 square miles"


@pytest.mark.parametrize(
    ("dataset", "measure", "start", "end", "label"),
    [
        # seed 000 L147: "one of the seven key MPS priorities for 2005/06"
        (BASELINE, "key MPS priorities", date(2005, 4, 1), date(2006, 3, 31), "2005/06"),
        # seed 000 L157: "net revenue expenditure for 2004/05"
        (BASELINE, NRE, date(2004, 4, 1), date(2005, 3, 31), "2004/05"),
        # seed 003 L262-263 / seed 002 L171: "net revenue expenditure on services for 2007/08"
        (INSPECTION_2007, NRE, date(2007, 4, 1), date(2008, 3, 31), "2007/08"),
        (INSPECTION_2008, NRE, date(2007, 4, 1), date(2008, 3, 31), "2007/08"),
        # seed 003 L304 "reduced in 2007/08 by 11.3%"; seed 002 L199 "reduced in 2007/8 by 11.3%"
        (INSPECTION_2007, GUN_CRIME, date(2007, 4, 1), date(2008, 3, 31), "2007/08"),
        (INSPECTION_2008, GUN_CRIME, date(2007, 4, 1), date(2008, 3, 31), "2007/8"),
        # seed 003 L318-319 / seed 002 L203: "by the end of April 2007"
        (INSPECTION_2007, REQUIRED, date(2007, 4, 30), date(2007, 4, 30), "the end of April 2007"),
        (INSPECTION_2008, REQUIRED, date(2007, 4, 30), date(2007, 4, 30), "the end of April 2007"),
        # seed 003 L326 / seed 002 L205: "During May 2007"
        (INSPECTION_2007, PAYBACK_WEEKLY, date(2007, 5, 1), date(2007, 5, 31), "May 2007"),
        (INSPECTION_2008, PAYBACK_WEEKLY, date(2007, 5, 1), date(2007, 5, 31), "May 2007"),
    ],
)
def test_stated_periods(dataset: str, measure: str, start: date, end: date, label: str) -> None:
    period = figure(dataset, measure).period
    assert period is not None
    assert (period.start, period.end, period.label) == (start, end, label)


@pytest.mark.parametrize("dataset", list(PROFILES))
def test_only_stated_periods(dataset: str) -> None:
    with_period = {f.measure for f in load(dataset).profile if f.period is not None}
    assert (
        with_period
        == {
            BASELINE: {"key MPS priorities", NRE},
            INSPECTION_2007: {NRE, GUN_CRIME, REQUIRED, PAYBACK_WEEKLY},
            INSPECTION_2008: {NRE, GUN_CRIME, REQUIRED, PAYBACK_WEEKLY},
        }[dataset]
    )


@pytest.mark.parametrize("dataset", [INSPECTION_2007, INSPECTION_2008])
def test_satisfaction_against_its_target(dataset: str) -> None:
    # seed 002 L207, seed 003 L328-331: "78% satisfaction against a target of 81%" and
    # "64% satisfaction against a target of 72%"
    for measure, actual, target in ((VICTIMS, "78", "81"), (RACIST, "64", "72")):
        stated = figure(dataset, measure)
        assert stated.target is not None
        assert stated.target.text == f"{target}%"
        assert quantity(stated.target) == pp.Quantity(target, U.PERCENT)
        assert quantity(stated.figure) == pp.Quantity(actual, U.PERCENT)
    assert [f.measure for f in load(dataset).profile if f.target is not None] == [VICTIMS, RACIST]


def test_sections_as_printed() -> None:
    # seed 000 L143: the overview has no subheadings
    assert {f.section for f in load(BASELINE).profile} == {"Force Overview and Context"}
    # seed 002 L144, L155, L161, L197
    assert figure(INSPECTION_2008, "officers dedicated to Neighbourhood Policing").section == (
        "Force Overview and Context"
    )
    assert figure(INSPECTION_2008, "area policed").section == (
        "Geographical description of force area"
    )
    # seed 002 L171 stands under L161's heading: 002 prints none between them
    assert figure(INSPECTION_2008, NRE).section == "Demographic description of force area"
    assert figure(INSPECTION_2008, VICTIMS).section == (
        "Force development since the 2007 inspections"
    )
    # seed 003 L233, L244, L298
    assert figure(INSPECTION_2007, LANGUAGES).section == "Demographic profile of force area"
    assert figure(INSPECTION_2007, NRE).section == (
        "Structural description of force including staff changes at chief officer level"
    )
    assert figure(INSPECTION_2007, TRIAL).section == "Force developments since 2006"


def test_profile_texts_are_verbatim() -> None:
    # seed 000 L145
    assert figure(BASELINE, "daily influx of visitors and workers").text == (
        "It also deals with an additional daily influx of approximately 5.5 million visitors "
        "and workers."
    )
    # seed 002 L207
    assert figure(INSPECTION_2008, VICTIMS).text == (
        "victim satisfaction with the overall service where the MPS achieved 78% satisfaction "
        "against a target of 81%"
    )
    # seed 003 L220-221, joined across the line break, curly apostrophe kept
    assert figure(INSPECTION_2007, "overnight visitors per year").text == (
        "London is also one of the world’s most popular city destinations, attracting some 27 "
        "million overnight visitors every year."
    )


# --------------------------------------------------------------------------- priorities

PRIORITIES_2008 = (
    # seed 002 L179-191
    "Safer Neighbourhoods – providing a dedicated local policing team for each electoral ward "
    "in London",
    "Counter Terrorism, Security and Protection – successfully combating terrorism and improving "
    "safety and security",
    "Criminal Networks – developing the understanding of criminal networks and reducing the harm "
    "they cause to London",
    "Capital City Policing – securing the transport network and the Olympic Games, while "
    "ensuring the resilience to deal with major incidents",
    "Information Quality – ensuring that staff, partners and the community have the information "
    "available they need when they need it",
    "Citizen Focus – putting what the public want from the police service at the heart of what "
    "the MPS does",
    "Together – improving the quality of leadership training that the workforce receives",
)

PRIORITIES_2007 = (
    # seed 003 L274-292
    "Safer Neighbourhoods (SN) – providing a dedicated local policing team for each electoral "
    "ward in London",
    "counter-terrorism, security and protection – successfully combating terrorism and "
    "improving safety and security",
    "criminal networks – developing the understanding of criminal networks and reducing the "
    "harm they cause to London",
    "capital city policing – securing the transport network and the Olympic Games, while "
    "ensuring the resilience to deal with major incidents",
    "information quality – ensuring that staff, partners and the community have the information "
    "available they need when they need it",
    "Citizen Focus – putting what the public want from the police service at the heart of what "
    "the MPS does",
    "Together – improving the quality of leadership training that the workforce receives",
)


def test_strategic_priorities() -> None:
    assert load(INSPECTION_2008).strategic_priorities == PRIORITIES_2008
    assert load(INSPECTION_2007).strategic_priorities == PRIORITIES_2007
    # seed 000 L147 quotes one "of the seven key MPS priorities for 2005/06"
    assert load(BASELINE).strategic_priorities == (
        "minimising risk from terrorist activities and maintaining an effective response to "
        "terrorist incidents",
    )


# --------------------------------------------------------------------------- grading


def test_baseline_grading_is_about_the_scale() -> None:
    grading = load(BASELINE).grading
    # seed 000 gives no definition of any one grade
    assert {g.grade for g in grading} == {None}
    assert {g.section for g in grading} == {"Introduction to Baseline Assessment"}  # L75
    assert [g.text for g in grading] == [
        # seed 000 L79
        "Baseline assessment makes considerable use of self-assessment and grading criteria to "
        "produce one of four delivery grades – *Excellent*, *Good*, *Fair* or *Poor* – across "
        "a broad range of policing activities.",
        # seed 000 L87
        "In 2003/04 we used generic criteria to underpin the various grades, but, with the help "
        "of Association of Chief Police Officer (ACPO) business area leads and expert "
        "practitioners, specific grading criteria were developed to ensure a more reliable and "
        "robust approach to grading this year.",
        # seed 000 L87
        "Last year's gradings sought to reflect and give credit for improvement – and the "
        "converse for declining trends – whereas in 2004/05 the delivery grade is essentially a "
        "comparison with peers and performance over time is denoted by the direction of travel "
        "grade.",
        # seed 000 L91
        "The delivery grades for each activity are derived from a combination of objective, "
        "quantitative evidence and qualitative assessments that seek to contextualise "
        "performance.",
        # seed 000 L99
        "But because the comparison in performance terms is with the force's peers (using the "
        "most similar force (MSF) groupings), it is possible to improve over time and yet still "
        "receive a *Fair* or even *Poor* grade.",
    ]


def test_2007_grade_definitions() -> None:
    grading = load(INSPECTION_2007).grading
    assert {g.section for g in grading} == {"The grading process"}  # seed 003 L110
    assert [g.grade for g in grading] == [None, *pp.Grade]
    assert [g.text for g in grading] == [
        # seed 003 L112-116, the URL joined at its hyphen
        "Grades awarded by HMIC are a reflection of the performance delivered by the force over "
        "the assessment period April 2006 to July 2007. One of four grades can be awarded, "
        "according to performance assessed against the SGC (for the full list of SGC, see "
        "http://inspectorates.homeoffice.gov.uk/hmic/methodologies/baseline-introduction/"
        "ba-methodology-06/?version=1).",
        # seed 003 L118-131: Excellent, its two points bulleted with "�" (L126, L130)
        "This grade describes the highest level of performance in service delivery and "
        "achieving full compliance with codes of practice or national guidance. It is expected "
        "that few forces will achieve this very high standard for a given activity. To achieve "
        "Excellent, forces are expected to meet all of the criteria set out in the Fair SGC and "
        "the vast majority of those set out in Good. In addition, two other factors will "
        "attract consideration of an Excellent grade:\n"
        "- The force should be recognised, or be able to act, as a ‘beacon’ to others, and be "
        "accepted within the service as a source of leading-edge practice. Evidence that other "
        "forces have successfully imported practices would demonstrate this.\n"
        "- HMIC is committed to supporting innovation and we would expect Excellent forces to "
        "have introduced and evaluated new ways of delivering or improving performance.",
        # seed 003 L133-137: Good
        "Good is defined in the Collins English Dictionary as ‘of a high quality or level’ and "
        "denotes performance above the minimum standard. To reach this level, forces have to "
        "meet in full the criteria set out in Fair and most of the criteria set out in Good.",
        # seed 003 L139-144: Fair
        "Fair is the delivery of an acceptable level of service, which meets national threshold "
        "standards where these exist. To achieve a Fair grading, forces must meet all of the "
        "significant criteria set out in the Fair SGC. HMIC would expect that, across most "
        "activities, the largest number of grades will be awarded at this level.",
        # seed 003 L146-152: Poor
        "A Poor grade represents an unacceptably low level of service. To attract this very "
        "critical grade, a force will have fallen well short of a significant number of "
        "criteria set out in the SGC for Fair. In some cases, failure to achieve a single "
        "critical criterion may alone warrant a Poor grade. Such dominant criteria will always "
        "be flagged in the SGC but may also reflect a degree of professional judgement on the "
        "level of risk being carried by the force.",
    ]


EITHER_2008 = (
    # seed 002 L942, second sentence: one sentence for both exceeding and failing
    "Consequently, force performance could be considered to be 'exceeding the standard' or "
    "'failing to meet the standard' if it shows a 'significant' difference from the MSF average "
    "or from previous years' data."
)


def test_2008_grade_definitions(insp08: pp.Inspection) -> None:
    process, survey = "The Grading Process", "HMIC grading using survey results"
    assert [(g.grade, g.section, g.text) for g in insp08.grading] == [
        # seed 002 L138
        (
            None,
            process,
            "HMIC has moved to a new grading system based on the national standards; forces "
            "will be deemed to be meeting the standard, exceeding the standard or failing to "
            "meet the standard.",
        ),
        # seed 002 L140-142 (under the heading "Meeting the standard")
        (
            SJ.MEETING,
            process,
            "HMIC uses the standards agreed with key stakeholders including ACPO, the National "
            "Policing Improvement Agency (NPIA) and the Home Office as the basis for SGC. The "
            "standards for Neighbourhood Policing and Developing Citizen Focus Policing are set "
            "out in those sections of this report, together with definitions for exceeding the "
            "standard and failing to meet the standard.",
        ),
        # seed 002 L942, first sentence
        (
            SJ.MEETING,
            survey,
            "In order to **meet the standard**, forces need to show no 'significant' difference "
            "between their score and the average for their MSF or against their own data from "
            "previous years.",
        ),
        (SJ.EXCEEDING, survey, EITHER_2008),
        (SJ.FAILING, survey, EITHER_2008),
        # seed 002 L944
        (
            SJ.EXCEEDING,
            survey,
            "HMIC would not consider force performance as 'exceeding the standard' if SPI data "
            "were travelling in the wrong direction, ie deteriorating.",
        ),
        (
            None,
            survey,
            "Likewise, credit has been given for an upward direction in SPI data even if "
            "performance falls below the MSF average.",
        ),
    ]


def test_the_promised_definitions_are_recorded_as_missing(insp08: pp.Inspection) -> None:
    # seed 002 L142 promises definitions for exceeding and failing in the framework sections;
    # none is given there
    (issue,) = [k for k in insp08.known_issues if k.code == "missing-definition"]
    assert (issue.path, issue.line) == ("grading", 142)


# --------------------------------------------------------------------------- survey method

BCS = "British Crime Survey (BCS)"
USERS = "user satisfaction surveys"
FOOTNOTE_2 = (
    # seed 002 L956
    "It is likely that there is a real, underlying difference between data taken at two "
    "different times or between two populations. If sufficient data is collected, the "
    "difference may not have to be large to be statistically significant."
)


def test_survey_figures(insp08: pp.Inspection) -> None:
    found = [
        (s.aspect, s.survey, s.framework, s.figure.text, quantity(s.figure), s.qualifier, s.basis)
        for s in insp08.survey_figures
    ]
    count, points = U.COUNT, U.PERCENTAGE_POINTS
    assert found == [
        # seed 002 L430: "approximately 1,000 interviews are undertaken in each force area"
        (A.SAMPLE_SIZE, BCS, NP, "1,000", pp.Quantity(1000, count), "approximately",
         "interviews in each force area"),
        # seed 002 L708: "a sample size of 600 interviews per BCU"
        (A.SAMPLE_SIZE, USERS, DCFP, "600", pp.Quantity(600, count), None,
         "interviews per BCU"),
        # seed 002 L928: "The annual sample size for the BCS is usually 1,000 interviews per
        # force."
        (A.SAMPLE_SIZE, BCS, NP, "1,000", pp.Quantity(1000, count), "usually",
         "interviews per force, annually"),
        # seed 002 L930: "The annual sample size for these user satisfaction surveys is 600
        # interviews per BCU."
        (A.SAMPLE_SIZE, USERS, DCFP, "600", pp.Quantity(600, count), None,
         "interviews per BCU, annually"),
        # seed 002 L938: "(1,000 for the **whole force** for the BCS, as opposed to 600 **for
        # each BCU** for user satisfaction)"
        (A.SAMPLE_SIZE, BCS, NP, "1,000", pp.Quantity(1000, count), None,
         "for the whole force"),
        (A.SAMPLE_SIZE, USERS, DCFP, "600", pp.Quantity(600, count), None, "for each BCU"),
        # seed 002 L936: "(a common standard is 95% confident)"
        (A.CONFIDENCE_LEVEL, None, None, "95%", pp.Quantity(95, U.PERCENT), None,
         "a common standard"),
        # seed 002 L936: "a survey estimate of 81% from a sample of approximately 1,000 people,
        # the confidence interval would be plus or minus 3"
        (A.CONFIDENCE_INTERVAL, None, None, "plus or minus 3", pp.Quantity(3, points), None,
         "a survey estimate of 81% from a sample of approximately 1,000 people"),
        # seed 002 L950: "a difference of approximately two percentage points is statistically
        # significant² in the case of the user satisfaction indicator"
        (A.SIGNIFICANCE_THRESHOLD, USERS, DCFP, "two percentage points",
         pp.Quantity(2, points), "approximately", None),
        # seed 002 L950: "a difference of around four percentage points is required for the BCS
        # indicators"
        (A.SIGNIFICANCE_THRESHOLD, BCS, NP, "four percentage points", pp.Quantity(4, points),
         "around", None),
    ]  # fmt: skip


def test_survey_texts_are_the_sentences_they_stand_in(insp08: pp.Inspection) -> None:
    texts = [s.text for s in insp08.survey_figures]
    # seed 002 L430
    assert texts[0] == (
        "As part of the BCS, approximately 1,000 interviews are undertaken in each force area in "
        "England and Wales."
    )
    # seed 002 L708
    assert texts[1] == "Surveys are based on a sample size of 600 interviews per BCU."
    # seed 002 L950
    assert (
        texts[-1]
        == texts[-2]
        == (
            "This greater level of precision is the reason why a difference of approximately two "
            "percentage points is statistically significant² in the case of the user satisfaction "
            "indicator, whereas a difference of around four percentage points is required for the "
            "BCS indicators."
        )
    )
    for s in insp08.survey_figures:
        assert s.figure.text in s.text


def test_the_significance_thresholds_carry_footnote_2(insp08: pp.Inspection) -> None:
    cited = [s for s in insp08.survey_figures if "²" in s.text]
    assert [s.aspect for s in cited] == [A.SIGNIFICANCE_THRESHOLD] * 2
    assert all(s.footnotes == (FOOTNOTE_2,) for s in cited)
    assert all(s.footnotes == () for s in insp08.survey_figures if s not in cited)


def test_footnote_2_is_not_recorded_as_missing(insp08: pp.Inspection) -> None:
    # seed 002 L956 prints footnote ², which Appendix 3 cites at L950
    assert not [k for k in insp08.known_issues if k.code == "missing-footnote"]
    assert not [k for k in insp08.known_issues if "footnote" in k.explanation.lower()]
    carried = [s for s in insp08.survey_figures if FOOTNOTE_2 in s.footnotes]
    assert carried
    full_text = getattr(insp08, "text", ())  # the source's full text, where transcribed
    if full_text:
        assert any(FOOTNOTE_2 in str(getattr(block, "text", "")) for block in full_text)


# --------------------------------------------------------------------------- tables


@pytest.mark.parametrize(
    ("dataset", "new_tables"),
    [
        (BASELINE, {"profile": 15, "grading": 5}),
        (INSPECTION_2007, {"profile": 33, "grading": 5, "survey_figures": 0}),
        (INSPECTION_2008, {"profile": 37, "grading": 7, "survey_figures": 10}),
    ],
)
def test_tables_hold_the_new_collections(dataset: str, new_tables: dict[str, int]) -> None:
    tables = pp.tables(load(dataset))
    assert {name: len(tables[name]) for name in new_tables} == new_tables


def test_the_profile_table_keeps_value_unit_and_qualifier(insp08: pp.Inspection) -> None:
    profile = pp.tables(insp08)["profile"]
    row = next(r for r in profile.rows if r["measure"] == "resident population")
    # seed 002 L157: "an estimated resident population of over 7.5 million"
    assert float(row["figure"]) == 7.5
    assert (row["figure.unit"], row["figure.scale"], row["qualifier"]) == (
        "count",
        "million",
        "estimated, over",
    )
    survey = pp.tables(insp08)["survey_figures"]
    assert {r["aspect"] for r in survey.rows} == {a.value for a in pp.SurveyAspect}


@pytest.mark.parametrize("dataset", list(PROFILES))
def test_round_trip(dataset: str) -> None:
    doc = load(dataset)
    assert pp.from_json(type(doc), pp.to_json(doc)) == doc

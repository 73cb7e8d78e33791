"""The performance cycle: the 2005 baseline grades, followed through to 2008.

The documents tell one story. HMIC graded the MPS on 27 frameworks in its
2005 baseline assessment (`hmic-baseline-2005`); the MPA tracked the areas
for improvement (AFIs) of the next baseline, 2005/06, in its January 2007
improvement plan (`mpa-improvement-plan-2007`); HMIC inspected again in 2007
(`hmic-inspection-2007`) and 2008 (`hmic-inspection-2008`), under other
names and, in 2008, on another scale. The 2003/04 policing plan
(`mps-plan-2003-04`) set targets on indicators the baseline reports.

What links them is declared here as data, each link with the source lines
that justify it ("seed 003 L1854-1856" is lines 1854 to 1856 of
``sources/003_245b28309204f96a.txt``): `CORRESPONDENCES` from baseline
frameworks to the later documents' areas, and `INDICATOR_LINKS` from the
plan's indicators to the baseline's. Nothing is matched by guesswork at run
time; `performance_cycle` only follows the declared links.

Examples:
    >>> import policeplan as pp
    >>> row = pp.performance_cycle().where(code="7C").one()
    >>> str(row.grade_2005), row.afis, [str(g) for g in row.grades_2007]
    ('Fair', 8, ['Good'])
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Final, TypeVar

import attrs

from . import _lookup, datasets
from . import _validate as v
from .assessment import DirectionOfTravel, Grade, IndicatorResult, Judgement, StandardJudgement
from .baseline import BaselineAssessment
from .errors import NotFoundError, shown
from .improvement import AFIStatus, FrameworkProgress, ImprovementPlan
from .inspection import Inspection
from .plan import IndicatorRow, Measure, PolicingPlan
from .query import Query

__all__ = [
    "BASELINE",
    "CORRESPONDENCES",
    "IMPROVEMENT_PLAN",
    "IMPROVEMENT_PLAN_FORCE",
    "INDICATOR_LINKS",
    "INSPECTION_2007",
    "INSPECTION_2008",
    "PLAN",
    "SEEDS",
    "Citation",
    "Correspondence",
    "CycleRow",
    "IndicatorLink",
    "IndicatorMatch",
    "LinkKind",
    "performance_cycle",
]

PLAN: Final = "mps-plan-2003-04"
BASELINE: Final = "hmic-baseline-2005"
IMPROVEMENT_PLAN: Final = "mpa-improvement-plan-2007"
INSPECTION_2007: Final = "hmic-inspection-2007"
INSPECTION_2008: Final = "hmic-inspection-2008"

SEEDS = datasets.SOURCES
"""Each dataset's source file, by its number in ``sources/``."""

_LATER = (IMPROVEMENT_PLAN, INSPECTION_2007, INSPECTION_2008)

S = TypeVar("S", Grade, StandardJudgement)
T = TypeVar("T")


class LinkKind(enum.Enum):
    """Why a later document's area answers to a baseline framework.

    Examples:
        >>> CORRESPONDENCES.where(baseline="5A").one().kind
        <LinkKind.SAME_SUBJECT: 'same-subject'>
    """

    SAME_NAME = "same-name"
    """Named as the baseline names the framework: its full name or a name the
    baseline itself uses for it, case and "&" for "and" aside."""
    SAME_SUBJECT = "same-subject"
    """Named otherwise; the quoted names, areas covered or actions show one subject."""
    REPLACED_BY = "replaced-by"
    """A source says the later framework replaced this one."""
    PART_OF_REPLACEMENT = "part-of-replacement"
    """A graded part of the framework that replaced this one."""
    SHARED_INDICATORS = "shared-indicators"
    """Judged on indicators the baseline reports under this framework; the
    later area is not the framework itself."""


class IndicatorMatch(enum.Enum):
    """How a plan indicator and a baseline indicator are the same.

    Examples:
        >>> INDICATOR_LINKS.where(plan_reference="BVPI 128").one().match.value
        'part-of-row'
    """

    SAME_INDICATOR = "same-indicator"
    """Both name the same figure, in the same or equivalent words."""
    PART_OF_ROW = "part-of-row"
    """The plan's row states this figure together with another
    ("per 1,000 population and percentage detected")."""


def _seed(_: object, attribute: attrs.Attribute[Any], seed: str) -> None:
    if seed not in SEEDS.values():
        raise v.fail(
            f"{shown(seed)} is not a source; expected one of {', '.join(sorted(SEEDS.values()))}",
            code="invalid-enum",
            field=attribute.name,
        )


def _lines(_: object, attribute: attrs.Attribute[Any], lines: tuple[int, ...]) -> None:
    if not lines or any(line < 1 for line in lines) or list(lines) != sorted(set(lines)):
        raise v.fail(
            f"{attribute.name} must be line numbers from 1, ascending, at least one; "
            f"got {shown(lines)}",
            code="out-of-range",
            field=attribute.name,
        )


def _line_numbers(lines: Iterable[int]) -> tuple[int, ...]:
    return v.as_tuple(lines)


def _citations(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    return v.as_tuple(citations)


def _spans(lines: tuple[int, ...]) -> str:
    """``(57, 58, 60)`` as "L57-58, L60"."""
    runs: list[list[int]] = []
    for line in lines:
        if runs and line == runs[-1][-1] + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return ", ".join(f"L{r[0]}" + (f"-{r[-1]}" if len(r) > 1 else "") for r in runs)


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Citation:
    """Words of a source, and the lines they stand on (1-based).

    Examples:
        >>> print(Citation(seed="003", lines=(1855, 1856),
        ...                quote="It replaced two existing frameworks"))
        seed 003 L1855-1856: "It replaced two existing frameworks"
    """

    seed: str = attrs.field(validator=_seed)
    lines: tuple[int, ...] = attrs.field(converter=_line_numbers, validator=_lines)
    quote: str = attrs.field(validator=v.text)

    def __str__(self) -> str:
        return f'seed {self.seed} {_spans(self.lines)}: "{self.quote}"'


def _cite(seed: str, lines: int | tuple[int, int], quote: str) -> Citation:
    """A citation of one line, or of the lines ``first`` to ``last``."""
    first, last = (lines, lines) if isinstance(lines, int) else lines
    return Citation(seed=seed, lines=tuple(range(first, last + 1)), quote=quote)


def _baseline_code(_: object, attribute: attrs.Attribute[Any], code: str) -> None:
    if len(code) != 2 or code[0] not in "1234567" or code[1] not in "ABCDEF":
        raise v.fail(
            f"{shown(code)} is not a baseline framework code such as '2B'",
            code="invalid-enum",
            field=attribute.name,
        )


def _later_dataset(_: object, attribute: attrs.Attribute[Any], dataset: str) -> None:
    if dataset not in _LATER:
        raise v.fail(
            f"{shown(dataset)} is not a later document; expected one of {', '.join(_LATER)}",
            code="unknown-reference",
            field=attribute.name,
        )


def _cites(*datasets_cited: str) -> Any:
    """A validator: the citations quote each of these datasets' sources (the instance's own
    ``dataset`` field too, if it has one), so that both sides of a link are shown."""

    def check(instance: Any, attribute: attrs.Attribute[Any], citations: Any) -> None:
        wanted = [*datasets_cited, *([instance.dataset] if hasattr(instance, "dataset") else [])]
        missing = [d for d in wanted if SEEDS.get(d) not in {c.seed for c in citations}]
        if missing:
            raise v.fail(
                f"{attribute.name} must quote the source of {', '.join(missing)} "
                f"(seed {', '.join(SEEDS.get(d, '?') for d in missing)})",
                code="missing-field",
                field=attribute.name,
            )

    return check


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Correspondence:
    """A baseline framework, and an area of a later document that answers to it.

    ``area`` is spelled as the ``dataset`` spells it: an inspection's
    framework name, or the improvement plan's paragraph heading.

    Examples:
        >>> link = CORRESPONDENCES.where(baseline="3C", area="Domestic violence").one()
        >>> link.dataset, link.kind.value
        ('hmic-inspection-2007', 'part-of-replacement')
    """

    baseline: str = attrs.field(validator=_baseline_code)
    dataset: str = attrs.field(validator=_later_dataset)
    area: str = attrs.field(validator=v.text)
    kind: LinkKind
    citations: tuple[Citation, ...] = attrs.field(
        converter=_citations, validator=_cites(BASELINE), repr=False
    )


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class IndicatorLink:
    """An indicator of the 2003/04 plan that the 2005 baseline reports too.

    The plan side is a row of the plan's indicator annex (``objective`` is
    ``None``; ``plan_reference`` is its "Ref", "BVPI 126") or a measure of
    objective ``objective``. Both names are spelled as the datasets spell them.

    Examples:
        >>> link = INDICATOR_LINKS.where(plan_reference="BVPI 126").one()
        >>> link.baseline_indicator
        'Domestic Burglary per 1,000 households (SPI 5a)'
    """

    plan_reference: str | None = attrs.field(validator=v.optional_text)
    objective: int | None = attrs.field(default=None, validator=v.at_least(1))
    plan_indicator: str = attrs.field(validator=v.text)
    baseline_indicator: str = attrs.field(validator=v.text)
    match: IndicatorMatch = IndicatorMatch.SAME_INDICATOR
    citations: tuple[Citation, ...] = attrs.field(
        converter=_citations, validator=_cites(PLAN, BASELINE), repr=False
    )

    def plan_item(self, plan: PolicingPlan) -> IndicatorRow | Measure:
        """The plan's annex row or measure this link names.

        Examples:
            >>> from policeplan import datasets
            >>> link = INDICATOR_LINKS.where(objective=15).one()
            >>> link.plan_item(datasets.load(PLAN)).targets[0].text
            'An increase of 5% (6,183) for 2003/04 compared with 2001/02'
        """
        if self.objective is None:
            rows = plan.indicators.filter(
                lambda r: r.indicator == self.plan_indicator and r.reference == self.plan_reference
            )
            return _only(rows, f"indicator row {self.plan_reference} {self.plan_indicator!r}")
        measures = plan.objective(self.objective).measures.where(text=self.plan_indicator)
        return _only(measures, f"measure {self.plan_indicator!r} of objective {self.objective}")

    def baseline_results(self, base: BaselineAssessment) -> Query[IndicatorResult]:
        """Every result the baseline gives under this name (a table may repeat a row).

        Examples:
            >>> from policeplan import datasets
            >>> link = INDICATOR_LINKS.where(plan_reference="BVPI 126").one()
            >>> link.baseline_results(datasets.load(BASELINE)).values("table")
            Query('2B', '2C')
        """
        return base.indicator_results.where(indicator=self.baseline_indicator)


def _only(items: Query[T], what: str) -> T:
    if len(items) != 1:
        raise NotFoundError(f"expected one {what}, found {len(items)}")
    return items[0]


IMPROVEMENT_PLAN_FORCE = "MPS"
"""The force the improvement plan answers for: "how the MPS is responding to the areas
for improvement identified in the PPAF and Baseline Assessment 2005-06" (seed 004 L2)."""


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class CycleRow:
    """One baseline framework followed through the later documents, for one force.

    ``grade_2005`` and ``direction_2005`` are the baseline's. The
    ``improvement_*`` and ``afis*`` fields are the improvement plan's
    paragraph linked to the framework: its heading, the grading it states
    (of the 2005/06 assessment it answers) and its AFI counts; a count is
    ``None`` where the plan states none. One paragraph may answer two
    frameworks (Protecting vulnerable people: 2A and 3C), so summing ``afis``
    counts it twice. ``areas_2007``/``grades_2007`` and
    ``areas_2008``/``judgements_2008`` pair each linked, judged area of the
    inspections with its outcome; they are empty where no area is linked.
    Only the MPS is covered by the later documents: for another force every
    field after ``direction_2005`` is ``None``, so a table of its rows has no
    such columns.

    Examples:
        >>> import policeplan as pp
        >>> row = pp.performance_cycle().where(code="5B").one()
        >>> row.afis, row.afis_completed, row.afis_no_further_action, row.afis_work_in_progress
        (23, 1, 3, 19)
    """

    force: str
    code: str
    framework: str
    grade_2005: Grade | None
    direction_2005: DirectionOfTravel | None
    improvement_framework: str | None = None
    improvement_grade: Grade | None = None
    improvement_direction: DirectionOfTravel | None = None
    afis: int | None = None
    afis_completed: int | None = None
    afis_work_in_progress: int | None = None
    afis_no_further_action: int | None = None
    afis_update_awaited: int | None = None
    areas_2007: tuple[str, ...] | None = None
    grades_2007: tuple[Grade, ...] | None = None
    areas_2008: tuple[str, ...] | None = None
    judgements_2008: tuple[StandardJudgement, ...] | None = None


def _linked(code: str, dataset: str) -> list[str]:
    return [c.area for c in CORRESPONDENCES if c.baseline == code and c.dataset == dataset]


def _outcomes(
    document: Inspection, force: str, areas: list[str]
) -> list[tuple[str, Grade | StandardJudgement]] | None:
    """``(area, grade)`` of each linked area the document judges the force on, in its order;
    ``None`` if the document is not about the force."""
    if _lookup.force_key(document.force) != _lookup.force_key(force):
        return None
    wanted = {document.framework(area).key for area in areas}
    judged: Iterable[Judgement] = (
        j
        for j in document.judgements
        if _lookup.force_key(j.force) == _lookup.force_key(force)
        and document.framework(j.framework).key in wanted
    )
    return [(document.framework(j.framework).name, j.grade) for j in judged if j.grade is not None]


def _progress(impr: ImprovementPlan, force: str, code: str) -> FrameworkProgress | None:
    if _lookup.force_key(force) != _lookup.force_key(IMPROVEMENT_PLAN_FORCE):
        return None
    headings = _linked(code, IMPROVEMENT_PLAN)
    return next((p for p in impr.frameworks if p.framework in headings), None)


def performance_cycle(force: str = "MPS") -> Query[CycleRow]:
    """Each baseline framework, from the 2005 grade to the 2007 and 2008 outcomes.

    One row per framework of the baseline, 1A to 7C, for ``force`` (named as
    the baseline's national tables name it, or "Metropolitan Police
    Service"). The improvement plan and the inspections cover the MPS
    alone: another force's rows hold its 2005 grades only. `Query.to_table`
    gives the rows as a flat table.

    Raises:
        NotFoundError: The baseline judges no force of that name.

    Examples:
        >>> import policeplan as pp
        >>> pvp = pp.performance_cycle().where(code="2A").one()
        >>> pvp.improvement_framework, pvp.afis, pvp.afis_work_in_progress
        ('Protecting vulnerable people', 25, 20)
        >>> list(zip(pvp.areas_2007, map(str, pvp.grades_2007)))[:2]
        [('Child abuse', 'Good'), ('Domestic violence', 'Fair')]
        >>> kent = pp.performance_cycle("Kent").where(code="5A").one()
        >>> str(kent.grade_2005), kent.afis, kent.areas_2007
        ('Excellent', None, None)
    """
    base: BaselineAssessment = datasets.load(BASELINE)
    if _lookup.force_key(force) not in {_lookup.force_key(f) for f in base.forces}:
        raise NotFoundError(
            f"the baseline judges no force {force!r}; forces: {', '.join(base.forces)}"
        )
    impr: ImprovementPlan = datasets.load(IMPROVEMENT_PLAN)
    insp07: Inspection = datasets.load(INSPECTION_2007)
    insp08: Inspection = datasets.load(INSPECTION_2008)
    rows = []
    for framework in base.frameworks:
        code = framework.key
        judgement = base.judgement(force, code)
        progress = _progress(impr, force, code)
        in_2007 = _outcomes(insp07, force, _linked(code, INSPECTION_2007))
        in_2008 = _outcomes(insp08, force, _linked(code, INSPECTION_2008))
        rows.append(
            CycleRow(
                force=judgement.force,
                code=code,
                framework=framework.name,
                grade_2005=judgement.grade if isinstance(judgement.grade, Grade) else None,
                direction_2005=judgement.direction,
                **_progress_fields(progress),
                areas_2007=_areas(in_2007),
                grades_2007=_grades(in_2007, Grade),
                areas_2008=_areas(in_2008),
                judgements_2008=_grades(in_2008, StandardJudgement),
            )
        )
    return Query(rows)


def _areas(outcomes: list[tuple[str, Any]] | None) -> tuple[str, ...] | None:
    return None if outcomes is None else tuple(area for area, _ in outcomes)


def _grades(outcomes: list[tuple[str, Any]] | None, scale: type[S]) -> tuple[S, ...] | None:
    """The outcomes' grades, each on ``scale``: the scale its document uses."""
    return None if outcomes is None else tuple(g for _, g in outcomes if isinstance(g, scale))


def _progress_fields(progress: FrameworkProgress | None) -> dict[str, Any]:
    if progress is None:
        return {}
    return {
        "improvement_framework": progress.framework,
        "improvement_grade": progress.grade,
        "improvement_direction": progress.direction,
        "afis": progress.afi_count,
        "afis_completed": progress.count(AFIStatus.COMPLETED),
        "afis_work_in_progress": progress.count(AFIStatus.WORK_IN_PROGRESS),
        "afis_no_further_action": progress.count(AFIStatus.NO_FURTHER_ACTION),
        "afis_update_awaited": progress.count(AFIStatus.UPDATE_AWAITED),
    }


# --- the declared links ----------------------------------------------------------------------
#
# Each row quotes the baseline (seed 000) and the later document. Where the
# names differ, the quotes show the common subject: the baseline's "areas
# covered" (000 L123-141) or findings, beside the later heading or actions.

_SAME, _SUBJECT = LinkKind.SAME_NAME, LinkKind.SAME_SUBJECT
_REPLACED, _PART = LinkKind.REPLACED_BY, LinkKind.PART_OF_REPLACEMENT

_REPLACEMENT = _cite(
    "003",
    (1854, 1856),
    "The assessment framework for Protecting Vulnerable People was first developed in 2006 "
    "as part of HMIC’s baseline assessment programme. It replaced two existing frameworks – "
    "Reducing/Investigating Hate Crime and Crimes against Vulnerable Victims",
)
_FOUR_PARTS = _cite(
    "003",
    (67, 68),
    "Protecting vulnerable people covers four related areas – child abuse, domestic violence, "
    "public protection and missing persons",
)
_NEIGHBOURHOOD_FRAMEWORK = _cite(
    "000", 97, "the Local Policing domain will consist of HMIC's Neighbourhood Policing framework"
)
_SPI_2A = (
    _cite("000", 1529, "1B: Neighbourhood Policing and Community Engagement"),
    _cite("000", 1531, "% of people who think that their local police do a good job (SPI 2a)"),
    _cite(
        "002",
        121,
        "SPI 2a – the percentage of people who think that their local police do a good or "
        "excellent job.",
    ),
)
_HATE_CRIME = {
    "2A": _cite("000", 182, "2A Reducing Hate Crime and Crimes against Vulnerable Victims"),
    "3C": _cite("000", 188, "3C Investigating Hate Crime and Crimes against Vulnerable Victims"),
}


def _correspondence(
    baseline: str, dataset: str, area: str, kind: LinkKind, *citations: Citation
) -> Correspondence:
    return Correspondence(
        baseline=baseline, dataset=dataset, area=area, kind=kind, citations=citations
    )


def _replacement_links() -> Iterable[Correspondence]:
    """2A and 3C: replaced by Protecting vulnerable people, whose four parts 2007 grades."""
    for code, named in _HATE_CRIME.items():
        yield _correspondence(
            code,
            IMPROVEMENT_PLAN,
            "Protecting vulnerable people",
            _REPLACED,
            named,
            _REPLACEMENT,
            _cite("004", 57, "Protecting vulnerable people – grading of fair/improved"),
            _cite(
                "004",
                58,
                "This framework covered the areas of Public Protection, Child Abuse "
                "Investigation, Domestic Violence, MAPPA and Missing Persons.",
            ),
        )
        yield _correspondence(
            code, INSPECTION_2007, "Protecting vulnerable people", _REPLACED, named, _REPLACEMENT
        )
        for part in ("Child abuse", "Domestic violence", "Public protection", "Missing persons"):
            yield _correspondence(
                code, INSPECTION_2007, part, _PART, named, _REPLACEMENT, _FOUR_PARTS
            )


_IMPROVEMENT_LINKS = (
    # (code, the plan's heading, kind, the baseline's words, the plan's words)
    (
        "1B",
        "Neighbourhood policing and problem solving",
        _SUBJECT,
        (
            _NEIGHBOURHOOD_FRAMEWORK,
            _cite("000", 123, "Effective interventions and problem solving with partners"),
        ),
        (_cite("004", 97, "Neighbourhood policing and problem solving – grading good/improved"),),
    ),
    (
        "1C",
        "Customer service & accessibility",
        _SAME,
        (_cite("000", 179, "1C Customer Service and Accessibility"),),
        (_cite("004", 102, "Customer service & accessibility – grading fair/improved"),),
    ),
    (
        "1D",
        "Professional standards",
        _SAME,
        (_cite("000", 180, "1D Professional Standards"),),
        (
            _cite("004", 79, "Professional standards – grading good"),
            _cite("004", 80, "This was not inspected as part of the 2005/06 Baseline Assessment"),
        ),
    ),
    (
        "2B",
        "Volume crime reduction",
        _SAME,
        (_cite("000", 183, "2B Volume Crime Reduction"),),
        (_cite("004", 107, "Volume crime reduction – grading fair/improved"),),
    ),
    (
        "3A",
        "Managing critical incidents & major crime",
        _SUBJECT,
        (
            _cite("000", 186, "3A Investigating Major and Serious Crime"),
            _cite("000", 127, "Early identification of critical incidents that may escalate"),
            _cite("000", 531, "Critical Incident Management"),
        ),
        (_cite("004", 36, "Managing critical incidents & major crime – grading of excellent"),),
    ),
    (
        "3B",
        "Tackling serious & organised criminality",
        _SUBJECT,
        (
            _cite("000", 187, "3B Tackling Level 2 Criminality"),
            _cite("000", 127, "Crime that crosses BCU and/or force boundaries"),
            _cite("000", 587, "The SCD targets serious and organised crime impacting on London."),
        ),
        (
            _cite("004", 41, "Tackling serious & organised criminality – grading of excellent"),
            _cite("004", 44, "tackling some cross border volume crime"),
        ),
    ),
    (
        "3D",
        "Volume crime investigation",
        _SAME,
        (_cite("000", 189, "3D Volume Crime Investigation"),),
        (_cite("004", 113, "Volume crime investigation – grading of fair/improved"),),
    ),
    (
        "3E",
        "Improving forensic performance",
        _SUBJECT,
        (
            _cite("000", 190, "3E Forensic Management"),
            _cite("000", 128, "Performance in forensic identification and detection"),
        ),
        (_cite("004", 119, "Improving forensic performance – grading of good/improved"),),
    ),
    (
        "3F",
        "Criminal justice processes",
        _SAME,
        (_cite("000", 191, "3F Criminal Justice Processes"),),
        (_cite("004", 124, "Criminal justice processes – grading of fair/improved"),),
    ),
    (
        "4B",
        "Reducing anti-social behaviour",
        _SUBJECT,
        (_cite("000", 194, "4B Reducing Anti-Social Behaviour and Promoting Public Safety"),),
        (_cite("004", 130, "Reducing anti-social behaviour – grading of good/improved"),),
    ),
    (
        "5A",
        "Contact management",
        _SUBJECT,
        (
            _cite("000", 196, "5A Call Management"),
            _cite("000", 136, "All aspects of call-handling and call-management"),
        ),
        (
            _cite("004", 134, "Contact management – grading of fair/improved"),
            _cite(
                "004",
                138,
                "performance management for answering calls within target time; queues of "
                "outstanding incidents from call handling",
            ),
        ),
    ),
    (
        "5B",
        "Providing specialist operational support",
        _SAME,
        (_cite("000", 197, "5B Providing Specialist Operational Support"),),
        (_cite("004", 46, "Providing specialist operational support – grading of good"),),
    ),
    (
        "5C",
        "Strategic road policing",
        _SUBJECT,
        (
            _cite("000", 198, "5C Roads Policing"),
            _cite("000", 136, "Effectiveness of arrangements for roads policing"),
        ),
        (_cite("004", 52, "Strategic road policing – grading of excellent/stable"),),
    ),
    (
        "6A",
        "Human Resource management",
        _SAME,
        (_cite("000", 200, "6A Human Resource Management"),),
        (_cite("004", 139, "Human Resource management – grading of good/improved"),),
    ),
    (
        "6B",
        "Training, development and organisational learning",
        _SUBJECT,
        (_cite("000", 201, "6B Training and Development"),),
        (_cite("004", 143, "Training, development and organisational learning – grading"),),
    ),
    (
        "6C",
        "Race and Diversity",
        _SAME,
        (_cite("000", 202, "6C Race and Diversity"),),
        (_cite("004", 145, "Race and Diversity – grading of good/improved"),),
    ),
    (
        "6D",
        "Managing financial & physical resources",
        _SUBJECT,
        (
            _cite("000", 203, "6D Resource Management"),
            _cite("000", 139, "Finance, estates, procurement and fleet management functions"),
        ),
        (
            _cite("004", 148, "Managing financial & physical resources – grading of fair/stable"),
            _cite("004", 151, "The alignment of finance activity and a review of Resource"),
        ),
    ),
    (
        "6E",
        "Information management",
        _SUBJECT,
        (
            _cite("000", 204, "6E Science and Technology Management"),
            _cite(
                "000", 139, "Information systems/ information technology (IS/IT) strategy and its"
            ),
        ),
        (
            _cite("004", 156, "Information management – grading of good/stable"),
            _cite(
                "004",
                158,
                "Development of the Integrated Information Platform to facilitate amalgamation "
                "of data from a number of systems",
            ),
        ),
    ),
    (
        "6F",
        "National Intelligence Model",
        _SAME,
        (_cite("000", 205, "6F National Intelligence Model"),),
        (_cite("004", 160, "National Intelligence Model – grading of good/improved"),),
    ),
    (
        "7A",
        "Leadership",
        _SAME,
        (_cite("000", 207, "7A Leadership"),),
        (_cite("004", 164, "Leadership - grading of good"),),
    ),
    (
        "7C",
        "Performance management and continuous improvement",
        _SAME,
        (_cite("000", 209, "7C Performance Management and Continuous Improvement"),),
        (_cite("004", 169, "Performance management and continuous improvement – grading"),),
    ),
)


def _inspection_links() -> Iterable[Correspondence]:
    """Neighbourhood Policing (2007, 2008), performance management (2007), citizen focus (2008)."""
    yield _correspondence(
        "1B",
        INSPECTION_2007,
        "Neighbourhood Policing",
        _SAME,
        _NEIGHBOURHOOD_FRAMEWORK,
        _cite(
            "003",
            (32, 33),
            "requested that Neighbourhood Policing remain a priority for inspection",
        ),
        _cite("003", 48, "1. Neighbourhood Policing;"),
    )
    yield _correspondence(
        "1B",
        INSPECTION_2008,
        "Neighbourhood Policing",
        _SAME,
        _NEIGHBOURHOOD_FRAMEWORK,
        _cite(
            "002",
            79,
            "we examined force responses to major crime, serious and organised "
            "crime, Neighbourhood Policing and Developing Citizen Focus Policing",
        ),
        *_SPI_2A,
    )
    yield _correspondence(
        "7C",
        INSPECTION_2007,
        "Performance management",
        _SUBJECT,
        _cite("000", 209, "7C Performance Management and Continuous Improvement"),
        _cite(
            "000", 141, "Effective performance management structures and processes at all levels"
        ),
        _cite("003", 49, "2. performance management; and"),
        _cite(
            "003",
            (1323, 1324),
            "The grade is based on the quality of the force’s processes "
            "that enable it to identify and react to changes in performance.",
        ),
    )
    yield _correspondence(
        "1A",
        INSPECTION_2008,
        "Developing Citizen Focus Policing",
        LinkKind.SHARED_INDICATORS,
        _cite("000", 1509, "1A: Fairness and Equality"),
        _cite(
            "000",
            1513,
            "% of white users very/completely satisfied with respect to the "
            "overall service provided (SPI 3b)",
        ),
        _cite(
            "000",
            1514,
            "% of users from BME groups very/completely satisfied with respect "
            "to the overall service provided (SPI 3b)",
        ),
        _cite(
            "002",
            128,
            "SPI 3b – a comparison of satisfaction rates for white users with "
            "those for users from minority ethnic groups with the overall service provided.",
        ),
    )
    yield _correspondence(
        "1C",
        INSPECTION_2008,
        "Developing Citizen Focus Policing",
        LinkKind.SHARED_INDICATORS,
        _cite("000", 1538, "1C: Customer Service and Accessibility"),
        _cite(
            "000",
            1544,
            "% of victims of domestic burglary, violent crime, vehicle crime and "
            "RTCs very or completely satisfied with respect to the overall service provided "
            "(SPI 1e)",
        ),
        _cite(
            "002",
            127,
            "SPI 1e – satisfaction of victims of domestic burglary, violent crime, "
            "vehicle crime and road traffic collisions with the overall service provided by "
            "the police.",
        ),
        _cite(
            "004",
            104,
            "as a key element of the Citizen Focus Programme to address improving "
            "the performance against SPIs 1a-e",
        ),
    )


CORRESPONDENCES: Query[Correspondence] = Query(
    sorted(
        [
            *(
                _correspondence(code, IMPROVEMENT_PLAN, heading, kind, *ours, *theirs)
                for code, heading, kind, ours, theirs in _IMPROVEMENT_LINKS
            ),
            *_replacement_links(),
            *_inspection_links(),
        ],
        key=lambda c: (c.baseline, _LATER.index(c.dataset)),
    )
)
"""Every declared link from a baseline framework to a later document's area, by code."""


def _indicator(
    reference: str | None,
    plan_indicator: str,
    baseline_indicator: str,
    *citations: Citation,
    objective: int | None = None,
    match: IndicatorMatch = IndicatorMatch.SAME_INDICATOR,
) -> IndicatorLink:
    return IndicatorLink(
        plan_reference=reference,
        objective=objective,
        plan_indicator=plan_indicator,
        baseline_indicator=baseline_indicator,
        match=match,
        citations=citations,
    )


_TIC = (
    _cite("000", 1904, "TIC offence taken into consideration when admitted in court"),
    _cite("001", 259, "(ie conviction/caution/taken into consideration [TIC])"),
)

INDICATOR_LINKS: Query[IndicatorLink] = Query(
    (
        _indicator(
            "BVPI 136a",
            "Working with the CPS and the courts to narrow the justice gap by increasing the "
            "number of notifiable/recorded offences that result in a caution/conviction or TIC",
            "Number of notifiable/recorded offences resulting in conviction, caution or taken "
            "into consideration at court (SPI 6a)",
            _cite(
                "001",
                841,
                "increasing the number of notifiable/recorded offences that "
                "result in a caution/conviction or TIC",
            ),
            _cite(
                "000",
                1663,
                "Number of notifiable/recorded offences resulting in "
                "conviction, caution or taken into consideration at court (SPI 6a)",
            ),
            *_TIC,
        ),
        _indicator(
            "BVPI 136b",
            "Percentage of notifiable offences for which a person has been charged, reported "
            "for summons or cautioned, or the offence has been taken into consideration by a "
            "court",
            "% of notifiable/recorded offences resulting in a charge, summons, caution or taken "
            "into consideration at court (SPI 7a)",
            _cite(
                "001",
                842,
                "Percentage of notifiable offences for which a person has been "
                "charged, reported for summons or cautioned, or the offence has been taken "
                "into consideration by a court",
            ),
            _cite(
                "000",
                1656,
                "% of notifiable/recorded offences resulting in a charge, "
                "summons, caution or taken into consideration at court (SPI 7a)",
            ),
        ),
        _indicator(
            "BVPI 127",
            "Violent crimes per 1,000 population and percentage detected",
            "Violent crime per 1,000 population (SPI 5b)",
            _cite("001", 844, "Violent crimes per 1,000 population and percentage detected"),
            _cite("000", 1572, "Violent crime per 1,000 population (SPI 5b)"),
            match=IndicatorMatch.PART_OF_ROW,
        ),
        _indicator(
            "BVPI 127",
            "Violent crimes per 1,000 population and percentage detected",
            "% detected of violent crime (SPI 7c)",
            _cite("001", 844, "Violent crimes per 1,000 population and percentage detected"),
            _cite("000", 1653, "% detected of violent crime (SPI 7c)"),
            match=IndicatorMatch.PART_OF_ROW,
        ),
        _indicator(
            "BVPI 127a",
            "Violent offences committed by a stranger per 1000 population",
            "Violent Crime committed by a stranger per 1,000 population",
            _cite("001", 845, "Violent offences committed by a stranger per 1000 population"),
            _cite("000", 1577, "Violent Crime committed by a stranger per 1,000 population"),
        ),
        _indicator(
            "BVPI 127b",
            "Violent offences committed in a public place per 1000 population",
            "Violent Crime committed in a public place per 1,000 population",
            _cite("001", 846, "Violent offences committed in a public place per 1000 population"),
            _cite("000", 1578, "Violent Crime committed in a public place per 1,000 population"),
        ),
        _indicator(
            "BVPI 127e",
            "Robberies per 1000 population and percentage detected (judicial disposals)",
            "Robberies per 1,000 population (SPI 5c)",
            _cite("001", 847, "Robberies per 1000 population and percentage detected"),
            _cite("000", 1573, "Robberies per 1,000 population (SPI 5c)"),
            match=IndicatorMatch.PART_OF_ROW,
        ),
        _indicator(
            "BVPI 126",
            "Domestic burglaries per 1,000 households.",
            "Domestic Burglary per 1,000 households (SPI 5a)",
            _cite("001", 857, "Domestic burglaries per 1,000 households."),
            _cite("000", 1571, "Domestic Burglary per 1,000 households (SPI 5a)"),
        ),
        _indicator(
            "BVPI 128",
            "Vehicle crimes per 1,000 population and percentage detected (judicial disposals)",
            "Vehicle crime per 1,000 population (SPI 5d)",
            _cite("001", 860, "Vehicle crimes per 1,000 population and percentage detected"),
            _cite("000", 1574, "Vehicle crime per 1,000 population (SPI 5d)"),
            match=IndicatorMatch.PART_OF_ROW,
        ),
        _indicator(
            "BVPI",
            "Percentage of 999 calls answered within local target response time (15 seconds)",
            "% of 999 calls answered within locally set target time",
            _cite(
                "001",
                905,
                "Percentage of 999 calls answered within local target response time (15 seconds)",
            ),
            _cite("000", 1726, "% of 999 calls answered within locally set target time"),
            _cite("000", 1724, "The local target time for answering 999 calls (secs) 15."),
        ),
        _indicator(
            "BVPI 132",
            "Number of road traffic collisions involving death or serious injury per 1,000 "
            "population",
            "Number of RTCs resulting in death or serious injury per 1,000 population",
            _cite(
                "001",
                908,
                "Number of road traffic collisions involving death or serious "
                "injury per 1,000 population",
            ),
            _cite(
                "000",
                1720,
                "Number of RTCs resulting in death or serious injury per 1,000 population",
            ),
            _cite("000", 333, "road traffic collisions (RTCs)"),
        ),
        _indicator(
            "BVPI 29",
            "Number of medical retirements of police officers per 1,000 officers",
            "Medical retirements per 1,000 police officers",
            _cite(
                "001", 916, "Number of medical retirements of police officers per 1,000 officers"
            ),
            _cite("000", 1747, "Medical retirements per 1,000 police officers"),
        ),
        _indicator(
            "BVPI 121",
            "Fear of Crime : High levels of worry about violent crime",
            "BCS Fear of Crime (% high levels of worry about violent crime) (SPI 10a)",
            _cite("001", 927, "Fear of Crime : High levels of worry about"),
            _cite("001", 930, "violent crime"),
            _cite(
                "000",
                1712,
                "BCS Fear of Crime (% high levels of worry about violent crime) (SPI 10a)",
            ),
        ),
        _indicator(
            "BVPI 122",
            "Feelings of public safety : High levels of perceived disorder",
            "BCS Feeling of Public Safety (% high levels of perceived disorder) (SPI 10b)",
            _cite("001", 933, "Feelings of public safety : High levels of perceived disorder"),
            _cite(
                "000",
                1713,
                "BCS Feeling of Public Safety (% high levels of perceived disorder) (SPI 10b)",
            ),
        ),
        _indicator(
            None,
            "The number of offences brought to justice (ie conviction/caution/taken into "
            "consideration [TIC])",
            "Number of notifiable/recorded offences resulting in conviction, caution or taken "
            "into consideration at court (SPI 6a)",
            _cite(
                "001",
                259,
                "The number of offences brought to justice (ie conviction/"
                "caution/taken into consideration [TIC])",
            ),
            _cite(
                "000",
                1663,
                "Number of notifiable/recorded offences resulting in "
                "conviction, caution or taken into consideration at court (SPI 6a)",
            ),
            *_TIC,
            objective=15,
        ),
        _indicator(
            None,
            "Minority ethnic recruits as a percentage of all police recruits",
            "% of police recruits from BME groups (SPI 12a)",
            _cite("001", 264, "Minority ethnic recruits as a percentage of all police recruits"),
            _cite("000", 1757, "% of police recruits from BME groups (SPI 12a)"),
            _cite("000", 163, "black and minority ethnic (BME) police officers"),
            objective=17,
        ),
        _indicator(
            None,
            "Women officers as a percentage of total police strength",
            "% of female officers compared to overall force strength (SPI 12c)",
            _cite("001", 271, "Women officers as a percentage of total police strength"),
            _cite(
                "000", 1760, "% of female officers compared to overall force strength (SPI 12c)"
            ),
            objective=17,
        ),
    )
)
"""Every declared link from an indicator or measure of the plan to the baseline's."""

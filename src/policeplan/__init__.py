"""A typed, immutable, validated model of UK police performance planning.

Examples:
    >>> import policeplan as pp
    >>> pp.FinancialYear.parse("2003/04").end
    datetime.date(2004, 3, 31)
    >>> pp.Grade.EXCELLENT > pp.Grade.GOOD
    True
"""

from . import cycle, datasets, peers, versioning
from .annexes import ConsultationResult, ForceComparison, InspectionActivity, RaceEqualityProgress
from .assessment import (
    DirectionOfTravel,
    Domain,
    Finding,
    FindingKind,
    Framework,
    GlossaryEntry,
    Grade,
    IndicatorResult,
    Judgement,
    Rank,
    Significance,
    StandardJudgement,
)
from .attainment import Attainment, AttainmentStatus, evaluate, evaluate_progress
from .baseline import BaselineAssessment
from .checks import check
from .context import GradeDefinition, ProfileFigure, SurveyAspect, SurveyFigure
from .convert import from_dict, from_json, to_dict, to_json
from .cycle import performance_cycle
from .errors import (
    InvalidValueError,
    Issue,
    NotFoundError,
    ParseError,
    PolicePlanError,
    ValidationError,
)
from .figures import Figure, MissingReason, Observation
from .fulltext import Hit, search
from .improvement import AFIStatus, FrameworkProgress, ImprovementPlan, ProgressFigure, StatusCount
from .inspection import (
    DevelopingPractice,
    GradeDistribution,
    Inspection,
    Recommendation,
    StandardAssessment,
)
from .periods import Deadline, FinancialYear, Period, Precision, parse_deadline
from .plan import (
    IndicatorRow,
    LineItem,
    Measure,
    Objective,
    PolicingPlan,
    Priority,
    PriorityGroup,
    Review,
    Series,
    TargetEntry,
)
from .quantities import Polarity, Quantity, Unit
from .query import Query, QueryError
from .reader import Document, read
from .schema import json_schema
from .source import SCHEMA_VERSION, KnownIssue, Source
from .tables import Table, tables
from .targets import (
    ChangeTarget,
    Comparator,
    Direction,
    DirectionTarget,
    FromToTarget,
    LevelTarget,
    MilestoneTarget,
    Target,
)
from .text import BlockKind, Section, TextBlock

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AFIStatus",
    "Attainment",
    "AttainmentStatus",
    "BaselineAssessment",
    "BlockKind",
    "ChangeTarget",
    "Comparator",
    "ConsultationResult",
    "Deadline",
    "DevelopingPractice",
    "Direction",
    "DirectionOfTravel",
    "DirectionTarget",
    "Document",
    "Domain",
    "Figure",
    "FinancialYear",
    "Finding",
    "FindingKind",
    "ForceComparison",
    "Framework",
    "FrameworkProgress",
    "FromToTarget",
    "GlossaryEntry",
    "Grade",
    "GradeDefinition",
    "GradeDistribution",
    "Hit",
    "ImprovementPlan",
    "IndicatorResult",
    "IndicatorRow",
    "Inspection",
    "InspectionActivity",
    "InvalidValueError",
    "Issue",
    "Judgement",
    "KnownIssue",
    "LevelTarget",
    "LineItem",
    "Measure",
    "MilestoneTarget",
    "MissingReason",
    "NotFoundError",
    "Objective",
    "Observation",
    "ParseError",
    "Period",
    "Polarity",
    "PolicePlanError",
    "PolicingPlan",
    "Precision",
    "Priority",
    "PriorityGroup",
    "ProfileFigure",
    "ProgressFigure",
    "Quantity",
    "Query",
    "QueryError",
    "RaceEqualityProgress",
    "Rank",
    "Recommendation",
    "Review",
    "Section",
    "Series",
    "Significance",
    "Source",
    "StandardAssessment",
    "StandardJudgement",
    "StatusCount",
    "SurveyAspect",
    "SurveyFigure",
    "Table",
    "Target",
    "TargetEntry",
    "TextBlock",
    "Unit",
    "ValidationError",
    "check",
    "cycle",
    "datasets",
    "evaluate",
    "evaluate_progress",
    "from_dict",
    "from_json",
    "json_schema",
    "parse_deadline",
    "peers",
    "performance_cycle",
    "read",
    "search",
    "tables",
    "to_dict",
    "to_json",
    "versioning",
]

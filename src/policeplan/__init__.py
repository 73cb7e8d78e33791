"""A typed, immutable, validated model of UK police performance planning.

Examples:
    >>> import policeplan as pp
    >>> pp.FinancialYear.parse("2003/04").end
    datetime.date(2004, 3, 31)
    >>> pp.Grade.EXCELLENT > pp.Grade.GOOD
    True
"""

from . import datasets, peers, versioning
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
from .convert import from_dict, from_json, to_dict, to_json
from .errors import (
    InvalidValueError,
    Issue,
    NotFoundError,
    ParseError,
    PolicePlanError,
    ValidationError,
)
from .figures import Figure, MissingReason, Observation
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

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AFIStatus",
    "Attainment",
    "AttainmentStatus",
    "BaselineAssessment",
    "ChangeTarget",
    "Comparator",
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
    "Framework",
    "FrameworkProgress",
    "FromToTarget",
    "GlossaryEntry",
    "Grade",
    "GradeDistribution",
    "ImprovementPlan",
    "IndicatorResult",
    "IndicatorRow",
    "Inspection",
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
    "ProgressFigure",
    "Quantity",
    "Query",
    "QueryError",
    "Rank",
    "Recommendation",
    "Review",
    "Series",
    "Significance",
    "Source",
    "StandardAssessment",
    "StandardJudgement",
    "StatusCount",
    "Table",
    "Target",
    "TargetEntry",
    "Unit",
    "ValidationError",
    "check",
    "datasets",
    "evaluate",
    "evaluate_progress",
    "from_dict",
    "from_json",
    "json_schema",
    "parse_deadline",
    "peers",
    "read",
    "tables",
    "to_dict",
    "to_json",
    "versioning",
]

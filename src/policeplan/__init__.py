"""A typed, immutable, validated model of UK police performance planning.

Examples:
    >>> import policeplan as pp
    >>> pp.FinancialYear.parse("2003/04").end
    datetime.date(2004, 3, 31)
    >>> pp.Grade.EXCELLENT > pp.Grade.GOOD
    True
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # the names as type checkers and IDEs see them; they load on first use
    from . import cycle, datasets, peers, versioning
    from ._tables import Table, tables
    from .annexes import (
        ConsultationResult,
        ForceComparison,
        InspectionActivity,
        RaceEqualityProgress,
    )
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
    from .attainment import (
        Attainment,
        AttainmentStatus,
        evaluate,
        evaluate_all,
        evaluate_progress,
    )
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
    from .improvement import (
        AFIStatus,
        FrameworkProgress,
        ImprovementPlan,
        ProgressFigure,
        StatusCount,
    )
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
    "evaluate_all",
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

_HOME: dict[str, str] = {
    "SCHEMA_VERSION": "source",
    "AFIStatus": "improvement",
    "Attainment": "attainment",
    "AttainmentStatus": "attainment",
    "BaselineAssessment": "baseline",
    "BlockKind": "text",
    "ChangeTarget": "targets",
    "Comparator": "targets",
    "ConsultationResult": "annexes",
    "Deadline": "periods",
    "DevelopingPractice": "inspection",
    "Direction": "targets",
    "DirectionOfTravel": "assessment",
    "DirectionTarget": "targets",
    "Document": "reader",
    "Domain": "assessment",
    "Figure": "figures",
    "FinancialYear": "periods",
    "Finding": "assessment",
    "FindingKind": "assessment",
    "ForceComparison": "annexes",
    "Framework": "assessment",
    "FrameworkProgress": "improvement",
    "FromToTarget": "targets",
    "GlossaryEntry": "assessment",
    "Grade": "assessment",
    "GradeDefinition": "context",
    "GradeDistribution": "inspection",
    "Hit": "fulltext",
    "ImprovementPlan": "improvement",
    "IndicatorResult": "assessment",
    "IndicatorRow": "plan",
    "Inspection": "inspection",
    "InspectionActivity": "annexes",
    "InvalidValueError": "errors",
    "Issue": "errors",
    "Judgement": "assessment",
    "KnownIssue": "source",
    "LevelTarget": "targets",
    "LineItem": "plan",
    "Measure": "plan",
    "MilestoneTarget": "targets",
    "MissingReason": "figures",
    "NotFoundError": "errors",
    "Objective": "plan",
    "Observation": "figures",
    "ParseError": "errors",
    "Period": "periods",
    "Polarity": "quantities",
    "PolicePlanError": "errors",
    "PolicingPlan": "plan",
    "Precision": "periods",
    "Priority": "plan",
    "PriorityGroup": "plan",
    "ProfileFigure": "context",
    "ProgressFigure": "improvement",
    "Quantity": "quantities",
    "Query": "query",
    "QueryError": "query",
    "RaceEqualityProgress": "annexes",
    "Rank": "assessment",
    "Recommendation": "inspection",
    "Review": "plan",
    "Section": "text",
    "Series": "plan",
    "Significance": "assessment",
    "Source": "source",
    "StandardAssessment": "inspection",
    "StandardJudgement": "assessment",
    "StatusCount": "improvement",
    "SurveyAspect": "context",
    "SurveyFigure": "context",
    "Table": "_tables",
    "Target": "targets",
    "TargetEntry": "plan",
    "TextBlock": "text",
    "Unit": "quantities",
    "ValidationError": "errors",
    "check": "checks",
    "cycle": "",
    "datasets": "",
    "evaluate": "attainment",
    "evaluate_all": "attainment",
    "evaluate_progress": "attainment",
    "from_dict": "convert",
    "from_json": "convert",
    "json_schema": "schema",
    "parse_deadline": "periods",
    "peers": "",
    "performance_cycle": "cycle",
    "read": "reader",
    "search": "fulltext",
    "tables": "_tables",
    "to_dict": "convert",
    "to_json": "convert",
    "versioning": "",
    "export": "",
    "plot": "",
}
"""Where each public name is defined: its module, or ``""`` for a module itself."""


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (PEP 562), so ``import policeplan`` is cheap.

    Submodules (``pp.convert``, ``pp.schema``) load on first use too.
    """
    home = _HOME.get(name)
    if home is None and (
        name.startswith("__") or importlib.util.find_spec(f"{__name__}.{name}") is None
    ):
        raise AttributeError(f"module 'policeplan' has no attribute {name!r}")
    module = importlib.import_module(f".{home or name}", __name__)
    value = getattr(module, name) if home else module
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

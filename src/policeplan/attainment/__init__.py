"""Whether a target was met, judged from the observations of its measure.

`evaluate` returns an `Attainment`: the verdict, the figures it
compared, the margin and one line a person can read. It claims no more than
the figures support: a part-year figure is on or off track but never settles
a target, a milestone is never met from figures, and whatever cannot be
compared is ``NOT_ASSESSABLE`` with the reason.
"""

from ._evaluate import evaluate, evaluate_all, evaluate_progress
from ._readings import YEAR_DAYS
from ._result import Attainment, AttainmentStatus, Comparison, Margin

__all__ = [
    "YEAR_DAYS",
    "Attainment",
    "AttainmentStatus",
    "Comparison",
    "Margin",
    "evaluate",
    "evaluate_all",
    "evaluate_progress",
]

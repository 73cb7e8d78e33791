"""Shares above the whole: ``percent-over-100`` in results, plans and progress figures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..assessment import IndicatorResult
from ..errors import Issue
from ..figures import Figure, Observation
from ..improvement import ImprovementPlan
from ..plan import PolicingPlan
from ..quantities import Quantity, Unit
from ..query import Query
from ._plan import measures

# Rates that count detections may exceed 100%: a detection can clear an earlier
# year's offence. Only a share of a whole is bounded.
_RATE_WORDS = ("detected", "detection", "clear-up", "sanction")


def _is_share(name: str) -> bool:
    lowered = name.casefold()
    return not any(word in lowered for word in _RATE_WORDS)


def _over_100(name: str, path: str, quantity: Quantity | None) -> Iterator[Issue]:
    if quantity is None or quantity.unit is not Unit.PERCENT:
        return
    if quantity.value > 100 and _is_share(name):
        yield Issue(path, "percent-over-100", f"{name!r}: a share of {quantity} exceeds 100%")


def _observations_over_100(
    name: str, path: str, observations: Iterable[Observation]
) -> Iterator[Issue]:
    for index, observation in enumerate(observations):
        yield from _over_100(name, f"{path}[{index}].figure", observation.value)


def results_over_100(results: Query[IndicatorResult]) -> Iterator[Issue]:
    for index, result in enumerate(results):
        path = f"indicator_results[{index}]"
        yield from _observations_over_100(result.indicator, f"{path}.values", result.values)
        for column in ("msf_average", "national_average"):
            average: Figure[Quantity] | None = getattr(result, column)
            quantity = average.value if average is not None else None
            yield from _over_100(result.indicator, f"{path}.{column}", quantity)


def plan_over_100(plan: PolicingPlan) -> Iterator[Issue]:
    for index, row in enumerate(plan.indicators):
        yield from _observations_over_100(
            row.indicator, f"indicators[{index}].observations", row.observations
        )
    for path, measure in measures(plan):
        for series_index, series in enumerate(measure.performance):
            yield from _observations_over_100(
                f"{measure.text} ({series.label})",
                f"{path}.performance[{series_index}].observations",
                series.observations,
            )


def progress_over_100(plan: ImprovementPlan) -> Iterator[Issue]:
    for index, figure in enumerate(plan.progress):
        for column in ("actual", "target", "benchmark"):
            yield from _over_100(
                figure.metric, f"progress[{index}].{column}", getattr(figure, column)
            )

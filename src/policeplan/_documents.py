"""What every document shares: source, schema version, known issues, lookups."""

from __future__ import annotations

from typing import Any

import attrs

from . import _lookup
from . import _validate as v
from .assessment import Framework, Judgement, framework_index
from .query import Query
from .source import SCHEMA_VERSION, KnownIssue, Source

__all__ = ["SCHEMA_VERSION"]


def schema_version(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if not 1 <= value <= SCHEMA_VERSION:
        raise v.fail(
            f"schema_version {value} is not understood; this policeplan reads 1 to "
            f"{SCHEMA_VERSION} (upgrade policeplan to read newer documents)",
            code="unsupported-schema-version",
            field=attribute.name,
        )


def cache_field() -> Any:
    return attrs.field(init=False, factory=dict, repr=False, eq=False, hash=False)


def unique_frameworks(_: object, attribute: attrs.Attribute[Any], frameworks: Any) -> None:
    """No two frameworks share a key, and no name or alias points at two frameworks."""
    owners: dict[str, int] = {}
    for position, framework in enumerate(frameworks):
        for name in dict.fromkeys(_lookup.normalise(n) for n in framework.names()):
            if name in owners and owners[name] != position:
                raise v.fail(
                    f"{attribute.name}[{position}] ({framework.key!r}) reuses the name "
                    f"{name!r} of {attribute.name}[{owners[name]}]",
                    code="duplicate-key",
                    field=attribute.name,
                )
            owners[name] = position


def judgements_known(instance: Any, attribute: attrs.Attribute[Any], judgements: Any) -> None:
    """Each judgement names a framework of the document, once per force."""
    if instance is None:
        return
    frameworks = framework_index(instance.frameworks)
    seen: set[tuple[str, str]] = set()
    for index, judgement in enumerate(judgements):
        framework = frameworks.get(_lookup.normalise(judgement.framework))
        if framework is None:
            raise v.fail(
                f"judgements[{index}] names framework {judgement.framework!r}, "
                "which the document does not define",
                code="unknown-reference",
                field=attribute.name,
            )
        key = (_lookup.force_key(judgement.force), framework.key)
        if key in seen:
            raise v.fail(
                f"judgements[{index}] judges {judgement.force} on {framework.key} a second time",
                code="duplicate-key",
                field=attribute.name,
            )
        seen.add(key)


class Judged:
    """Lookups for documents that hold frameworks and judgements."""

    __slots__ = ()
    frameworks: Query[Framework]
    judgements: Query[Judgement]
    source: Source
    known_issues: tuple[KnownIssue, ...]

    def framework(self, key: str) -> Framework:
        """The framework with this code, name or alternative spelling."""
        table = _lookup.index(self, "frameworks", lambda: framework_index(self.frameworks))
        return _lookup.find(
            table,
            _lookup.normalise(key),
            f"framework {key!r}",
            (fw.key for fw in self.frameworks),
        )

    def judgement(self, force: str, framework: str) -> Judgement:
        """The judgement of ``force`` on ``framework`` (code, name or alias)."""
        # The keys exactly as the judgements spell them answer most lookups
        # without normalising anything.
        exact = _lookup.index(
            self, "judgements-exact", lambda: {(j.force, j.framework): j for j in self.judgements}
        )
        found = exact.get((force, framework))
        if found is not None:
            return found
        wanted = self.framework(framework).key

        def build() -> dict[Any, Judgement]:
            names = framework_index(self.frameworks)
            return {
                (_lookup.force_key(j.force), names[_lookup.normalise(j.framework)].key): j
                for j in self.judgements
            }

        table = _lookup.index(self, "judgements", build)
        return _lookup.find(
            table,
            (_lookup.force_key(force), wanted),
            f"judgement of {force!r} on {wanted!r}",
            (j.force for j in self.judgements if j.framework == wanted),
        )

    def judgements_for(self, framework: str) -> Query[Judgement]:
        """Every force's judgement on one framework (code, name or alias), in force order."""
        wanted = self.framework(framework).key

        def build() -> dict[str, Query[Judgement]]:
            names = framework_index(self.frameworks)
            groups: dict[str, list[Judgement]] = {fw.key: [] for fw in self.frameworks}
            for j in self.judgements:
                groups[names[_lookup.normalise(j.framework)].key].append(j)
            return {key: Query(items) for key, items in groups.items()}

        return _lookup.index(self, "judgements-by-framework", build)[wanted]

    @property
    def forces(self) -> tuple[str, ...]:
        """The forces judged, in order of first appearance."""
        return tuple(dict.fromkeys(j.force for j in self.judgements))

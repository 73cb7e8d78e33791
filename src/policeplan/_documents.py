"""What every document shares: source, schema version, known issues, lookups."""

from __future__ import annotations

import functools
from typing import Any

import attrs

from . import _declare, _display, _lookup, versioning
from . import _validate as v
from .assessment import Framework, Judgement, framework_index
from .errors import InvalidValueError, shown
from .query import Query, collection
from .source import KnownIssue, Source
from .text import Section, TextBlock, outline

__all__ = ["document", "schema_version_field"]

document = functools.partial(_declare.tagged, "document_type")
"""Declare a document class and the type name its JSON carries."""


def _current_version(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    """An object is always in the current form: older files are upgraded as they are read."""
    current = versioning.SCHEMA_VERSION
    if value != current:
        raise v.fail(
            f"schema_version {value} is not this policeplan's, {current}"
            + ("; versions start at 1" if value < 1 else ": upgrade policeplan to use it"),
            code="out-of-range" if value < 1 else "unsupported-schema-version",
            field=attribute.name,
        )


def schema_version_field() -> Any:
    """The ``schema_version`` every document has, always written to JSON."""
    return attrs.field(
        default=versioning.SCHEMA_VERSION,
        validator=_current_version,
        metadata={_declare.ALWAYS_WRITTEN: True},
    )


def text_field() -> Any:
    """The document's full text, block by block (empty where it was not transcribed)."""
    return collection(kw_only=True)


def cache_field() -> Any:
    return attrs.field(init=False, factory=dict, repr=False, eq=False, hash=False)


def unique_frameworks(_: object, attribute: attrs.Attribute[Any], frameworks: Any) -> None:
    """No two frameworks share a key, and no name or alias points at two frameworks."""
    names = [
        (position, name)
        for position, framework in enumerate(frameworks)
        for name in dict.fromkeys(_lookup.normalise(n) for n in framework.names())
    ]
    field = attribute.name
    problems = [
        v.fail(
            f"{field}[{position}] ({shown(frameworks[position].key)}) reuses the name "
            f"{shown(name)} of {field}[{first}]",
            code="duplicate-key",
            at=(position,),
        )
        for position, first, name in v.repeats(names)
    ]
    v.fail_all(problems, field)


def judgements_known(instance: Any, attribute: attrs.Attribute[Any], judgements: Any) -> None:
    """Each judgement names a framework of the document, once per force."""
    if instance is None:
        return
    frameworks = framework_index(instance.frameworks)
    keys = {name: framework.key for name, framework in frameworks.items()}
    # Each name looked up once: the judgements name the same forces and frameworks often.
    forces = {force: _lookup.force_key(force) for force in {j.force for j in judgements}}
    named = {name: keys.get(_lookup.normalise(name)) for name in {j.framework for j in judgements}}
    pairs = [(forces[j.force], named[j.framework]) for j in judgements]
    if len(set(pairs)) == len(pairs) and all(key is not None for _, key in pairs):
        return  # the common case: each names a known framework, once per force
    known: list[tuple[int, tuple[str, str]]] = []
    problems: list[InvalidValueError] = []
    for index, judgement in enumerate(judgements):
        framework = frameworks.get(_lookup.normalise(judgement.framework))
        if framework is None:
            problems.append(
                v.fail(
                    f"judgements[{index}] names framework {shown(judgement.framework)}, "
                    "which the document does not define",
                    code="unknown-reference",
                    at=(index, "framework"),
                )
            )
        else:
            known.append((index, (_lookup.force_key(judgement.force), framework.key)))
    problems.extend(
        v.fail(
            f"judgements[{index}] judges {shown(judgements[index].force)} on "
            f"{shown(judgements[index].framework)} again, as judgements[{first}] did",
            code="duplicate-key",
            at=(index,),
        )
        for index, first, _ in v.repeats(known)
    )
    v.fail_all(problems, attribute.name)


class Summarised:
    """A document's displays (a one-line repr and an HTML card) and its text's sections."""

    __slots__ = ()
    text: Query[TextBlock]

    def outline(self) -> Section:
        """The document's text as a tree of sections, under a root without a heading."""
        return _lookup.index(self, "outline", lambda: outline(self.text))

    def section(self, *path: str) -> Section:
        """The section reached by following headings, e.g. ``section("1A Fairness and Equality",
        "Strengths")``; a heading found at one place only needs no path.
        """
        return self.outline().section(*path)

    def _summary(self) -> _display.Summary:
        raise NotImplementedError

    def __repr__(self) -> str:
        return _display.summary_repr(self, self._summary())

    def _repr_html_(self) -> str:
        return _display.document_html(self, self._summary())


class Judged(Summarised):
    """Lookups for documents that hold frameworks and judgements."""

    __slots__ = ()
    frameworks: Query[Framework]
    judgements: Query[Judgement]
    source: Source
    known_issues: Query[KnownIssue]

    def framework(self, key: str) -> Framework:
        """The framework with this code, name or alternative spelling."""
        _lookup.named(key, "a framework")
        table = _lookup.index(self, "frameworks", lambda: framework_index(self.frameworks))
        return _lookup.find(
            table,
            _lookup.normalise(key),
            f"framework {key!r}",
            (fw.key for fw in self.frameworks),
        )

    def judgement(self, force: str, framework: str) -> Judgement:
        """The judgement of ``force`` on ``framework`` (code, name or alias)."""
        _lookup.named(force, "a force")
        _lookup.named(framework, "a framework")
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

"""Give each attrs class its constructor's signature in the API reference.

attrs writes ``__init__`` when the class is created, so reading the source
finds none. This extension asks the class itself (``inspect.signature``) and
adds that ``__init__`` to the documented class, where the handler's
``merge_init_into_class`` option shows it as the class's signature.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import griffe

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: griffe.ParameterKind.positional_only,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: griffe.ParameterKind.positional_or_keyword,
    inspect.Parameter.VAR_POSITIONAL: griffe.ParameterKind.var_positional,
    inspect.Parameter.KEYWORD_ONLY: griffe.ParameterKind.keyword_only,
    inspect.Parameter.VAR_KEYWORD: griffe.ParameterKind.var_keyword,
}


class AttrsSignatures(griffe.Extension):
    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        if "__init__" in cls.members:
            return
        runtime = _runtime(cls)
        if runtime is None or not hasattr(runtime, "__attrs_attrs__"):
            return
        signature = inspect.signature(runtime)
        factories = _factories(runtime)
        parameters = griffe.Parameters(
            *(
                griffe.Parameter(
                    parameter.name,
                    annotation=_text(parameter.annotation),
                    kind=_KINDS[parameter.kind],
                    default=None
                    if parameter.default is inspect.Parameter.empty
                    else factories.get(parameter.name, repr(parameter.default)),
                )
                for parameter in signature.parameters.values()
            )
        )
        init = griffe.Function("__init__", parameters=parameters, returns="None")
        cls.set_member("__init__", init)


def _factories(runtime: Any) -> dict[str, str]:
    """How to show the defaults attrs makes when called: ``Query()``, or ``<computed>``.

    attrs's own signature shows such a default as ``NOTHING``.
    """
    import attrs

    shown: dict[str, str] = {}
    for field in attrs.fields(runtime):
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            factory = field.default.factory
            name = getattr(factory, "__qualname__", "")
            made = "<computed>" if field.default.takes_self or "<" in name else f"{name}()"
            shown[field.alias or field.name] = made
    return shown


def _runtime(cls: griffe.Class) -> Any:
    try:
        module = importlib.import_module(cls.module.path)
    except ImportError:
        return None
    return getattr(module, cls.name, None)


def _text(annotation: Any) -> str | None:
    if annotation is inspect.Parameter.empty:
        return None
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)

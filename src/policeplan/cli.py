"""The ``policeplan`` command: summaries of the datasets, and checks of document files.

policeplan                   the 2003/04 plan: priorities, objectives, targets
policeplan list              the datasets
policeplan show ID           a summary of one dataset
policeplan validate FILE...  read document files and report every problem
policeplan check FILE|ID     consistency findings, marking those the document records
policeplan schema TYPE       the JSON Schema of a document type
policeplan cycle [FORCE]     the 2005 grades followed to the 2007 and 2008 inspections
policeplan search TEXT       where words or a "quoted phrase" occur in the datasets

Exit status: 0 success, 1 a file that is not a valid document, 2 a usage error.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__, datasets
from ._cli_format import summarise, table, terminal_width
from .checks import check, recorded
from .errors import Issue, PolicePlanError, ValidationError
from .reader import DOCUMENT_TYPES, Document, read
from .schema import schema_text

OK, INVALID, USAGE = 0, 1, 2
DEFAULT_DATASET = "mps-plan-2003-04"
TYPE_NAMES = {cls: name for name, cls in DOCUMENT_TYPES.items()}
SCHEMA_TYPES = {**DOCUMENT_TYPES, **{cls.__name__: cls for cls in DOCUMENT_TYPES.values()}}


@dataclass(frozen=True)
class Reading:
    """One file or dataset read: the document, or the issues that stopped it."""

    source: str
    document: Document | None
    issues: tuple[Issue, ...] = ()

    @property
    def document_type(self) -> str | None:
        return None if self.document is None else TYPE_NAMES[type(self.document)]

    def as_json(self) -> dict[str, Any]:
        return {
            "valid": self.document is not None,
            "document_type": self.document_type,
            "issues": [_issue_json(issue) for issue in self.issues],
        }


def _issue_json(issue: Issue, **extra: Any) -> dict[str, Any]:
    return {"path": issue.path, "code": issue.code, "message": issue.message, **extra}


def _read(source: str) -> Reading:
    # A Path, so that a file name can never be taken for JSON text.
    try:
        return Reading(source, read(Path(source)))
    except ValidationError as err:
        return Reading(source, None, err.issues)


def _print_json(value: Any) -> None:
    # ASCII escapes keep the report exact whatever the terminal can encode.
    print(json.dumps(value, indent=2))


def _print_problems(reading: Reading) -> None:
    for issue in reading.issues:
        print(f"{reading.source}: {issue}")


def summary(args: argparse.Namespace) -> int:
    dataset_id = getattr(args, "dataset", DEFAULT_DATASET)
    for line in summarise(datasets.load(dataset_id), terminal_width()):
        print(line)
    return OK


def list_datasets(args: argparse.Namespace) -> int:
    rows = [[i, datasets.load(i).source.title] for i in datasets.available()]
    for line in table(rows, terminal_width(), right=[False, False], shrink=1):
        print(line)
    return OK


def validate(args: argparse.Namespace) -> int:
    readings = [_read(file) for file in args.files]
    if args.format == "json":
        _print_json([{"file": reading.source, **reading.as_json()} for reading in readings])
    else:
        for reading in readings:
            _print_problems(reading)
            if reading.document is not None and args.verbose:
                print(f"{reading.source}: valid ({reading.document_type})")
    return OK if all(reading.document is not None for reading in readings) else INVALID


def _load(source: str) -> Reading:
    """A dataset, if ``source`` is a dataset id, else the file it names."""
    if source in datasets.available():
        return Reading(source, datasets.load(source))
    return _read(source)


def _known(document: Document, finding: Issue) -> bool:
    """Whether the document records this finding among the source's known issues."""
    return recorded(finding, document) is not None


def _print_findings(findings: Sequence[tuple[Issue, bool]]) -> None:
    for finding, known in findings:
        print(f"{finding}{' (known)' if known else ''}")
    count, known_count = len(findings), sum(known for _, known in findings)
    noun = "finding" if count == 1 else "findings"
    print(f"{count} {noun}, {known_count} of them recorded as known issues")


def check_document(args: argparse.Namespace) -> int:
    reading = _load(args.source)
    document = reading.document
    findings = [] if document is None else [(f, _known(document, f)) for f in check(document)]
    if args.format == "json":
        _print_json(
            {
                "source": reading.source,
                **reading.as_json(),
                "findings": [_issue_json(f, known=known) for f, known in findings],
                "known_findings": sum(known for _, known in findings),
            }
        )
    elif document is None:
        _print_problems(reading)
    else:
        _print_findings(findings)
    return OK if document is not None else INVALID


def schema(args: argparse.Namespace) -> int:
    print(schema_text(SCHEMA_TYPES[args.type]), end="")
    return OK


def show_cycle(args: argparse.Namespace) -> int:
    from ._cli_cycle import summarise_cycle
    from .cycle import performance_cycle

    rows = performance_cycle(args.force)
    if args.format == "json":
        _print_json(rows.to_records())
        return OK
    for line in summarise_cycle(rows, terminal_width()):
        print(line)
    return OK


def search_text(args: argparse.Namespace) -> int:
    from .fulltext import search  # the index is built only when a search asks for it

    hits = search(" ".join(args.text), datasets=args.dataset, limit=args.limit)
    if args.format == "json":
        _print_json([{"dataset": h.dataset, "path": h.path, "snippet": h.snippet} for h in hits])
        return OK
    rows = [[hit.dataset, hit.path, " ".join(hit.snippet.split())] for hit in hits]
    if rows:
        for line in table(rows, terminal_width(), right=[False, False, False], shrink=2):
            print(line)
    print(f"{len(hits)} hit{'' if len(hits) == 1 else 's'}")
    return OK


def export_tables(args: argparse.Namespace) -> int:
    reading = _load(args.source)
    if reading.document is None:
        _print_problems(reading)
        return INVALID
    from .export import export  # pyarrow, for Parquet, is imported only when asked for

    try:
        written = export(reading.document, args.output, args.format)
    except ImportError as err:
        print(f"policeplan: {err}", file=sys.stderr)
        return USAGE
    for path in written:
        print(path)
    return OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policeplan",
        description="Explore the police plans and assessments shipped with policeplan, "
        "and validate and check document files.",
    )
    parser.add_argument("--version", action="version", version=f"policeplan {__version__}")
    parser.set_defaults(run=summary)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument(
        "--format", choices=["text", "json"], default="text", help="lines (the default) or JSON"
    )
    commands = parser.add_subparsers(dest="command")

    commands.add_parser("list", help="list the embedded datasets").set_defaults(run=list_datasets)

    show = commands.add_parser("show", help="summarise one dataset")
    show.add_argument("dataset", metavar="ID", help="a dataset id, as `policeplan list` shows")
    show.set_defaults(run=summary)

    valid = commands.add_parser("validate", parents=[output], help="validate document files")
    valid.description = "Read document files of any type and print every problem found."
    valid.add_argument("files", nargs="+", metavar="FILE", help="a document's JSON file")
    valid.add_argument("-v", "--verbose", action="store_true", help="name each valid file too")
    valid.set_defaults(run=validate)

    consistency = commands.add_parser("check", parents=[output], help="consistency findings")
    consistency.add_argument("source", metavar="FILE|ID", help="a document file or dataset id")
    consistency.set_defaults(run=check_document)

    tidy = commands.add_parser("export", help="write a document's tables as files")
    tidy.description = "Write a document's tidy tables: CSV, a Data Package, or Parquet."
    tidy.add_argument("source", metavar="ID|FILE", help="a dataset id or a document file")
    tidy.add_argument("--format", choices=["csv", "parquet", "datapackage"], default="csv")
    tidy.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write")
    tidy.set_defaults(run=export_tables)

    find = commands.add_parser("search", parents=[output], help="full-text search")
    find.description = (
        'Find words (all of them, any order) or a "quoted phrase" in the datasets\' text, '
        "findings and other text, best hits first."
    )
    find.add_argument("text", nargs="+", metavar="TEXT", help='words, or a "quoted phrase"')
    find.add_argument(
        "--dataset", action="append", metavar="ID", help="search this dataset only (repeatable)"
    )
    find.add_argument("--limit", type=int, metavar="N", help="show at most N hits")
    find.set_defaults(run=search_text)

    cycle = commands.add_parser("cycle", parents=[output], help="the performance cycle")
    cycle.description = (
        "Each framework of the 2005 baseline assessment: its grade, the improvement plan's "
        "areas for improvement, and the 2007 and 2008 inspection outcomes that follow it."
    )
    cycle.add_argument(
        "force", nargs="?", default="MPS", metavar="FORCE", help="a force (default: MPS)"
    )
    cycle.set_defaults(run=show_cycle)

    types = commands.add_parser("schema", help="print the JSON Schema of a document type")
    types.add_argument("type", metavar="TYPE", choices=SCHEMA_TYPES, help=", ".join(SCHEMA_TYPES))
    types.set_defaults(run=schema)
    return parser


def _tolerate_unencodable_output() -> None:
    # The sources' "£", "–" and "×" print as "?" where the terminal's encoding
    # lacks them, rather than crash; "?" keeps each line as wide as measured.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_unencodable_output()
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except PolicePlanError as err:
        print(f"policeplan: {err}", file=sys.stderr)
        return USAGE
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
        return OK
    return status


if __name__ == "__main__":
    sys.exit(main())

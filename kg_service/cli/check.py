"""`kg check DRAFT [--at DATE] [--format json|md|html] [--lang fi|en]`: check a draft decree.

Exit codes as in the rest of the `kg` command: 0 coherent (no finding of error severity), 1 an
error-severity finding, 2 the draft cannot be read (the message names the line, cell or column;
nothing is written). Without DRAFT the current graph itself is checked. The lead wires this into
kg_service/cli.py with register(); `python -m kg_service.cli.check` runs it on its own.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
SUFFIX_FORMATS = {".ttl": "turtle", ".jsonld": "jsonld", ".json": "jsonld", ".csv": "csv", ".xlsx": "xlsx"}


def draft_format(path: Path) -> str | None:
    """The draft format a file name says (turtle, jsonld, csv, xlsx), or None."""
    return SUFFIX_FORMATS.get(path.suffix.lower())


def command_check(args: argparse.Namespace) -> int:
    """Read the draft, run every check, print the report; the exit code says whether it is coherent."""
    from kg_service.api.app import store_from_settings
    from kg_service.checks.errors import DraftError
    from kg_service.checks.overlay import Draft
    from kg_service.checks.report import render
    from kg_service.checks.runner import Checker
    from kg_service.config import ConfigError, Settings
    from kg_service.rdf.files import DataFileError
    from kg_service.store.base import QueryError, StoreError

    try:
        at = date.fromisoformat(args.at) if args.at else None
    except ValueError:
        print(f"--at: not a date: {args.at!r} (use YYYY-MM-DD)", file=sys.stderr)
        return EXIT_BAD_INPUT
    path = Path(args.draft) if args.draft else None
    if path is not None:
        fmt = draft_format(path)
        if fmt is None:
            print(f"{path}: unknown draft format (use {', '.join(SUFFIX_FORMATS)})", file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            data = path.read_bytes()
        except OSError as error:
            print(f"{path}: cannot read the file: {error.strerror}", file=sys.stderr)
            return EXIT_BAD_INPUT
    try:
        settings = Settings.from_env()
        checker = Checker(store_from_settings(settings), timeout=settings.query_timeout)
        draft = checker.read(data, fmt, path.name) if path is not None else Draft.empty()
        result = checker.check(draft, at)
    except DraftError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ConfigError, DataFileError, QueryError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return EXIT_FINDINGS
    sys.stdout.write(render(result, args.format, args.lang))
    return EXIT_OK if result.coherent else EXIT_FINDINGS


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `check` subcommand to the `kg` parser."""
    check = subparsers.add_parser(
        "check",
        help="check a draft decree (Turtle, JSON-LD, CSV or XLSX) against the current graph",
        description=__doc__.splitlines()[0],
    )
    check.add_argument(
        "draft",
        nargs="?",
        help="the draft: .ttl, .jsonld, .csv or .xlsx (none: check the current graph itself)",
    )
    check.add_argument("--at", help="the effective date YYYY-MM-DD (default: each assignment's start date)")
    check.add_argument("--format", choices=["json", "md", "html"], default="json", help="report format")
    check.add_argument("--lang", choices=["fi", "en"], default="fi", help="report language (md, html)")
    check.set_defaults(handler=command_check)
    return check


def main(argv: list[str] | None = None) -> int:
    """Run `check` on its own (python -m kg_service.cli.check DRAFT ...)."""
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["check", *(sys.argv[1:] if argv is None else argv)])
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

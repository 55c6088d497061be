"""`kg check DRAFT [--at DATE] [--format json|md|html|pdf] [--lang fi|sv|en]`: check a draft decree.

Exit 0 coherent (no finding of error severity), 1 an error-severity finding, 2 the draft cannot
be read (the message names the line, cell or column; nothing is written). Without DRAFT the
current graph itself is checked.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kg_service.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    add_store_flags,
    fail,
    open_store,
)

SUFFIX_FORMATS = {".ttl": "turtle", ".jsonld": "jsonld", ".json": "jsonld", ".csv": "csv", ".xlsx": "xlsx"}


def draft_format(path: Path) -> str | None:
    """The draft format a file name says (turtle, jsonld, csv, xlsx), or None."""
    return SUFFIX_FORMATS.get(path.suffix.lower())


def command_check(args: argparse.Namespace) -> int:
    """Read the draft, run every check, print the report; the exit code says whether it is coherent."""
    from kg_service.checks.errors import DraftError
    from kg_service.checks.overlay import Draft
    from kg_service.checks.report import render
    from kg_service.checks.runner import Checker
    from kg_service.config import ConfigError
    from kg_service.rdf.files import DataFileError
    from kg_service.store.base import QueryError, StoreError

    if args.format == "pdf" and not args.output:
        return fail("--format pdf is binary: give --output FILE")
    try:
        at = date.fromisoformat(args.at) if args.at else None
    except ValueError:
        return fail(f"--at: not a date: {args.at!r} (use YYYY-MM-DD)")
    path = Path(args.draft) if args.draft else None
    data, fmt = b"", ""
    if path is not None:
        fmt = draft_format(path) or ""
        if not fmt:
            return fail(f"{path}: unknown draft format (use {', '.join(SUFFIX_FORMATS)})")
        try:
            data = path.read_bytes()
        except OSError as error:
            return fail(f"{path}: cannot read the file: {error.strerror}")
    try:
        opened = open_store(args)
        with time_limit(opened.settings.check_timeout):
            checker = Checker(opened.store, timeout=opened.settings.query_timeout)
            draft = checker.read(data, fmt, path.name) if path is not None else Draft.empty()
            result = checker.check(draft, at)
            report = render(result, args.format, args.lang)
    except DraftError as error:
        return fail(f"{path}: {error.text(args.lang)}")
    except (ConfigError, DataFileError, QueryError) as error:
        return fail(error)
    except StoreError as error:
        return fail(error, EXIT_FINDINGS)
    if args.output:
        Path(args.output).write_bytes(report if isinstance(report, bytes) else report.encode("utf-8"))
    else:
        sys.stdout.write(str(report))
    return EXIT_OK if result.coherent else EXIT_FINDINGS


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """End the command with a clear message (exit 2) once the check has run ``seconds``
    (KG_CHECK_TIMEOUT), the same limit as /api/check's.

    A timer thread, because Oxigraph releases the interpreter while it queries: the message
    comes on time even when a long query is what runs. The process ends at once (os._exit), so
    the CPU and memory are back within the limit. The timer ends with the block (also when
    it raises), and the report is written after it, so nothing half-written is left.
    """

    def stop() -> None:
        sys.stderr.write(
            f"the check ran past the time limit of {seconds:g} s (KG_CHECK_TIMEOUT) and was stopped; "
            "split the draft\n"
        )
        sys.stderr.flush()
        os._exit(EXIT_BAD_INPUT)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `check` to the `kg` parser."""
    parser = subparsers.add_parser(
        "check",
        help="check a draft decree (Turtle, JSON-LD, CSV or XLSX) against the current graph",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument(
        "draft",
        nargs="?",
        help="the draft: .ttl, .jsonld, .csv or .xlsx (none: check the current graph itself)",
    )
    parser.add_argument("--at", help="the effective date YYYY-MM-DD (default: each assignment's start date)")
    parser.add_argument(
        "--format", choices=["json", "md", "html", "pdf"], default="json", help="report format"
    )
    parser.add_argument("--lang", choices=["fi", "sv", "en"], default="fi", help="report language")
    parser.add_argument(
        "--output", "-o", help="write the report to this file (required for pdf); default stdout"
    )
    add_store_flags(parser)
    parser.set_defaults(handler=command_check)

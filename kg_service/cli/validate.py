"""`kg validate [FILE ...]`: SHACL-validate the shipped instances, the given files or a store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg_service.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    add_store_flags,
    fail,
    open_store,
    uses_remote_store,
)


def command_validate(args: argparse.Namespace) -> int:
    """Validate the data against the shapes; exit 1 when a violation is found."""
    from kg_service.config import ConfigError
    from kg_service.quality.report import format_report
    from kg_service.quality.validation import Engine, validate_files, validate_instances
    from kg_service.rdf.files import DataFileError, load_graph, ontology_files
    from kg_service.store.base import StoreError
    from kg_service.store.snapshot import rdflib_graph

    paths = [Path(p) for p in args.files] if args.files else None
    for path in paths or []:
        if not path.is_file():
            return fail(f"{path}: no such file")
    try:
        if uses_remote_store(args) and paths is None:
            served = rdflib_graph(open_store(args).store)
            report = validate_instances(served - load_graph(ontology_files()), Engine(args.engine))
        else:
            report = validate_files(paths, Engine(args.engine))
    except (ConfigError, DataFileError) as error:
        return fail(error, EXIT_BAD_INPUT)
    except StoreError as error:
        return fail(error, EXIT_FINDINGS)
    sys.stdout.write(format_report(report, args.lang, args.all))
    return EXIT_OK if report.conforms else EXIT_FINDINGS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `validate` to the `kg` parser."""
    parser = subparsers.add_parser("validate", help="validate instance data against the SHACL shapes")
    parser.add_argument(
        "files", nargs="*", help="Turtle files to validate (default: instances/*.ttl, or the --store's graph)"
    )
    parser.add_argument("--lang", choices=["fi", "en"], default="en", help="report language")
    parser.add_argument(
        "--engine",
        choices=["turbo", "pyshacl"],
        default="turbo",
        help="turbo (fast, default) or pyshacl (the reference engine; slow)",
    )
    parser.add_argument("--all", action="store_true", help="list every warning, not a sample")
    add_store_flags(parser)
    parser.set_defaults(handler=command_validate)

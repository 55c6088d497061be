"""`kg validate [FILE ...]`: SHACL-validate and check the graph the service serves, the shipped
files or the given files.

Without FILE arguments it validates what the service serves (as every command reads it,
kg_service.cli.common): the durable store in KG_DATA_DIR once the service has made it, or a
remote store with --store remote, else the shipped files; --files validates the shipped files
whatever the store holds (what CI checks in a clean clone). Besides the shapes it runs the
error-severity coherence checks (queries/checks/) on the same graph, the rules a change must not
break (kg_service.quality.change_validation), so a graph `kg validate` passes is one every
accepted change keeps.
"""

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
    settings_from,
    uses_remote_store,
)


def command_validate(args: argparse.Namespace) -> int:
    """Validate the data against the shapes and the error checks; exit 1 on a finding."""
    from kg_service.checks.overlay import Draft, base_quads, build_overlay
    from kg_service.config import ConfigError
    from kg_service.quality.coherence import CoherenceGate
    from kg_service.quality.report import format_report
    from kg_service.quality.validation import Engine, validate_files, validate_instances
    from kg_service.rdf.files import DataFileError, instance_files, load_graph, ontology_files
    from kg_service.store.base import StoreError
    from kg_service.store.durable import read_only_durable
    from kg_service.store.embedded import EmbeddedStore
    from kg_service.store.snapshot import rdflib_graph

    paths = [Path(p) for p in args.files] if args.files else None
    for path in paths or []:
        if not path.is_file():
            return fail(f"{path}: no such file")
    try:
        served = None
        if paths is None and not args.shipped:
            if uses_remote_store(args):
                served = open_store(args).store
                source = f"{served.name}: {settings_from(args).endpoint}"
            else:
                data_dir = settings_from(args).data_dir
                served = read_only_durable(data_dir)
                source = f"KG_DATA_DIR: {data_dir}"
        if served is not None:
            report = validate_instances(
                rdflib_graph(served) - load_graph(ontology_files()), Engine(args.engine)
            )
            # the checks are written for Oxigraph (as `kg check` runs them): a remote graph is
            # checked on a local copy, since Virtuoso answers some of their forms wrongly
            graph = (
                served
                if isinstance(served, EmbeddedStore)
                else build_overlay(base_quads(served), Draft.empty()).store
            )
        else:
            files = paths if paths is not None else instance_files()
            report = validate_files(files, Engine(args.engine))
            graph = EmbeddedStore.from_files(ontology_files() + files)
            source = ", ".join(str(p) for p in paths) if paths is not None else "instances/*.ttl"
        gate = CoherenceGate()
        report.checks = gate.describe(graph, gate.on_whole(graph))
        report.source = source
    except (ConfigError, DataFileError) as error:
        return fail(error, EXIT_BAD_INPUT)
    except StoreError as error:
        return fail(error, EXIT_FINDINGS)
    sys.stdout.write(format_report(report, args.lang, args.all))
    return EXIT_OK if report.conforms else EXIT_FINDINGS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `validate` to the `kg` parser."""
    parser = subparsers.add_parser(
        "validate", help="validate the graph against the SHACL shapes and the error checks"
    )
    parser.add_argument(
        "files",
        nargs="*",
        help="Turtle files to validate (default: the store the service serves, else instances/*.ttl)",
    )
    parser.add_argument(
        "--files",
        dest="shipped",
        action="store_true",
        help="validate the shipped instances/*.ttl even when KG_DATA_DIR holds a store",
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

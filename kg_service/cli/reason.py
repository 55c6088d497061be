"""`kg reason`: OWL consistency of the ontology (and the data) under HermiT."""

from __future__ import annotations

import argparse

from kg_service.cli.common import EXIT_FINDINGS, EXIT_OK, add_store_flags, fail, open_store, uses_remote_store


def command_reason(args: argparse.Namespace) -> int:
    """Check consistency of the shipped files, or of the graph a remote --store serves."""
    from kg_service.config import ConfigError
    from kg_service.quality.reasoning import check_consistency, check_graph_consistency
    from kg_service.rdf.files import DataFileError, instance_files, ontology_files
    from kg_service.store.base import StoreError
    from kg_service.store.snapshot import rdflib_graph

    try:
        if uses_remote_store(args):
            result = check_graph_consistency(rdflib_graph(open_store(args).store))
        else:
            result = check_consistency(ontology_files() + ([] if args.ontology_only else instance_files()))
    except (ConfigError, DataFileError) as error:
        return fail(error)
    except StoreError as error:
        return fail(error, EXIT_FINDINGS)
    verdict = "consistent" if result.consistent else "INCONSISTENT"
    print(f"HermiT: {verdict}; {result.classes} classes, {result.individuals} individuals")
    for iri in result.unsatisfiable_classes:
        print(f"  unsatisfiable: {iri}")
    if result.message:
        print(result.message)
    return EXIT_OK if result.consistent else EXIT_FINDINGS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `reason` to the `kg` parser."""
    parser = subparsers.add_parser("reason", help="check OWL consistency with HermiT (needs Java)")
    parser.add_argument(
        "--ontology-only", action="store_true", help="leave the instances out (shipped files only)"
    )
    add_store_flags(parser)
    parser.set_defaults(handler=command_reason)

"""`kg export [--to DIR]`: write the current graph back into the instance files.

The graph is read from the durable store in KG_DATA_DIR (read-only, so the service may keep
running); the files are written into instances/ of the checkout, or into DIR. Only statements
the applied changes touched are rewritten (kg_service.editing.export), so `git diff instances/`
shows each change for review. Prints the names of the files that changed; exit 0, or 2 when
there is no store yet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg_service.cli.common import EXIT_BAD_INPUT, EXIT_OK

USES_A_STORE = False
"""It exports the durable store of KG_DATA_DIR, so --store/--endpoint would mean nothing here."""


def command_export(args: argparse.Namespace) -> int:
    """Export the durable store's instance triples into the instance files."""
    import pyoxigraph as ox

    from kg_service.config import ConfigError, Settings
    from kg_service.editing.export import write_export
    from kg_service.editing.service import ontology_triples
    from kg_service.rdf.files import instance_files, ontology_files, project_root
    from kg_service.store.durable import read_only_durable

    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    store = read_only_durable(settings.data_dir)
    if store is None:
        print(f"no store in {settings.data_dir} yet: start the service once (kg serve)", file=sys.stderr)
        return EXIT_BAD_INPUT
    target = Path(args.to) if args.to else project_root() / "instances"
    sources = sorted(target.glob("*.ttl")) or instance_files()
    ontology = ontology_triples(ontology_files())
    graph = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        if ox.Triple(q.subject, q.predicate, q.object) not in ontology
    ]
    for name in write_export(graph, sources, target):
        print(target / name)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add `kg export` to the `kg` parser."""
    export = sub.add_parser("export", help="write the current graph back into the instance files")
    export.add_argument("--to", help="write the files into this directory (default: instances/)")
    export.set_defaults(handler=command_export)

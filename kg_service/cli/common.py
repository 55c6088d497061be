"""What every `kg` command shares: the exit codes, the store flags and the one way to open a store.

The exit codes are part of the command's contract for scripts and CI: 0 all well, 1 the command
ran and found something wrong (a violation, an incoherent draft, a store or renderer that
failed), 2 the input could not be used (a bad argument, an unreadable file or setting).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass

from kg_service.config import ENDPOINT_ENV, GRAPH_ENV, STORE_ENV, Settings
from kg_service.store.base import Store

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def add_store_flags(parser: argparse.ArgumentParser) -> None:
    """--store, --endpoint and --default-graph, the same on every command."""
    parser.add_argument(
        "--store",
        choices=["embedded", "remote"],
        help="embedded Oxigraph with the shipped data (default) or a remote SPARQL store",
    )
    parser.add_argument("--endpoint", help="the remote store's SPARQL query URL")
    parser.add_argument("--default-graph", help="the remote store's graph holding the data (Virtuoso)")


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings, with --store / --endpoint overriding KG_STORE / KG_SPARQL_ENDPOINT.

    The flags set the same variables the service reads, so `kg serve --store remote` and a
    service started with KG_STORE=remote behave alike. Raises ConfigError on a bad combination.
    """
    if getattr(args, "store", None):
        os.environ[STORE_ENV] = args.store
    if getattr(args, "endpoint", None):
        os.environ[ENDPOINT_ENV] = args.endpoint
    if getattr(args, "default_graph", None):
        os.environ[GRAPH_ENV] = args.default_graph
    return Settings.from_env()


@dataclass(frozen=True)
class OpenedStore:
    """A store opened as the command line says, with the settings that chose it."""

    store: Store
    settings: Settings


def open_store(args: argparse.Namespace) -> OpenedStore:
    """Open the store every command works on (raises ConfigError, DataFileError, StoreError)."""
    from kg_service.store.factory import store_from_settings

    settings = settings_from(args)
    return OpenedStore(store_from_settings(settings), settings)


def uses_remote_store(args: argparse.Namespace) -> bool:
    """True when the command should read a remote store rather than the files on disk."""
    return (getattr(args, "store", None) or os.environ.get(STORE_ENV, "embedded")) == "remote"


def fail(message: object, code: int = EXIT_BAD_INPUT) -> int:
    """Print ``message`` on stderr and return ``code`` (so a command can `return fail(...)`)."""
    print(str(message), file=sys.stderr)
    return code

"""`kg serve`: the HTTP service on 127.0.0.1, over the durable embedded store or a remote one.

The embedded store is opened for writing by the app itself (KG_DATA_DIR, seeded on first start),
so that the service takes reviewed changes; a remote store is served read-only."""

from __future__ import annotations

import argparse

from kg_service.cli.common import EXIT_OK, add_store_flags, fail, settings_from


def command_serve(args: argparse.Namespace) -> int:
    """Start the service and block until it is stopped."""
    import uvicorn

    from kg_service.api.app import create_app
    from kg_service.config import ConfigError
    from kg_service.rdf.files import DataFileError

    try:
        app = create_app(settings=settings_from(args))
    except (ConfigError, DataFileError) as error:
        return fail(error)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `serve` to the `kg` parser."""
    parser = subparsers.add_parser("serve", help="start the HTTP service on the shipped data")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    add_store_flags(parser)
    parser.set_defaults(handler=command_serve)

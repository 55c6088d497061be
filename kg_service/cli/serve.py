"""`kg serve [--workers N] [--read-only]`: the HTTP service on 127.0.0.1, over the durable embedded
store or a remote one.

The embedded store is opened for writing by the app itself (KG_DATA_DIR, seeded on first start),
so that the service takes reviewed changes; a remote store is served read-only. The durable
store has one writer, so several HTTP worker processes (``--workers N``) serve read-only: with
``--read-only`` (the durable store opened read-only, as of the start, or the shipped files when
none has been made) or over a remote store. Taking changes with N > 1 is refused with a message
rather than half-working (each process would hold its own copy and miss the others' changes).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kg_service.cli.common import EXIT_OK, add_store_flags, fail, settings_from

if TYPE_CHECKING:
    from fastapi import FastAPI

READ_ONLY_APP = "kg_service.cli.serve:read_only_app"
GIL_SWITCH_INTERVAL_S = 0.001
"""How long a thread may keep the GIL while another waits for it (CPython's default is 5 ms).

The event loop answering cached requests and the threads computing uncached answers share one
GIL, and an uncached answer lets go of it at each query: at 5 ms it then waited up to 5 ms to go
on, each time. Measured on 2 cores: the look-up of an actor's 15 responsibilities, 2.7 ms alone,
took 14.6 ms beside a thread busy with Python at 5 ms and 6.3 ms at 1 ms (issue 10).
"""


def share_the_gil_finely() -> None:
    """Set the GIL's switch interval of this serving process (see GIL_SWITCH_INTERVAL_S)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def read_only_app() -> FastAPI:
    """The app of one HTTP worker process serving read-only (uvicorn's factory for ``--workers N``).

    Each process reads the settings from the environment `kg serve` set, opens the store as the
    other commands do (store_from_settings: the durable store read-only, the shipped files, or the
    remote endpoint) and runs its own query workers.
    """
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from kg_service.store.factory import store_from_settings

    share_the_gil_finely()
    settings = Settings.from_env()
    return create_app(store_from_settings(settings), settings)


def command_serve(args: argparse.Namespace) -> int:
    """Start the service and block until it is stopped."""
    import uvicorn

    from kg_service.api.app import create_app
    from kg_service.config import ConfigError
    from kg_service.rdf.files import DataFileError
    from kg_service.store.base import StoreError
    from kg_service.store.factory import store_from_settings

    if args.workers < 1:
        return fail("--workers: give 1 or more HTTP worker processes")
    try:
        settings = settings_from(args)
        read_only = args.read_only or settings.store == "remote"
        if args.workers > 1:
            if not read_only:
                return fail(
                    "--workers N > 1 serves read-only: the durable store in KG_DATA_DIR takes changes "
                    "through one process only. Add --read-only (no changes are taken) or serve a "
                    "remote store, or run one worker (the default) to take changes."
                )
            store_from_settings(settings)  # fail here, with a message, not in every worker process
            uvicorn.run(READ_ONLY_APP, factory=True, workers=args.workers, host=args.host, port=args.port)
            return EXIT_OK
        app = read_only_app() if read_only else create_app(settings=settings)
    except (ConfigError, DataFileError, StoreError) as error:
        return fail(error)
    share_the_gil_finely()
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `serve` to the `kg` parser."""
    parser = subparsers.add_parser("serve", help="start the HTTP service on the shipped data")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="HTTP worker processes (default 1; more than 1 serves read-only, see README: Sizing)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="take no changes: serve the durable store read-only (or the shipped files)",
    )
    add_store_flags(parser)
    parser.set_defaults(handler=command_serve)

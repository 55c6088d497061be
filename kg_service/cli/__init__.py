"""The `kg` command line: validate, reason, serve, query.

Each subcommand is a thin shell around a plain function that tests call directly; the exit codes
are part of the contract (0 conforms, 1 findings of error severity, 2 unreadable input).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg_service.rdf.files import DataFileError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


def command_validate(args: argparse.Namespace) -> int:
    """Validate the shipped instances (or the files given) against the shapes."""
    from kg_service.quality.report import format_report
    from kg_service.quality.validation import Engine, validate_files

    paths = [Path(p) for p in args.files] if args.files else None
    for path in paths or []:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return EXIT_BAD_INPUT
    try:
        report = validate_files(paths, Engine(args.engine))
    except DataFileError as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    sys.stdout.write(format_report(report, args.lang, args.all))
    return EXIT_OK if report.conforms else EXIT_FINDINGS


def command_reason(args: argparse.Namespace) -> int:
    """Check OWL consistency of the ontology, with the instances unless --ontology-only."""
    from kg_service.quality.reasoning import check_consistency
    from kg_service.rdf.files import instance_files, ontology_files

    paths = ontology_files() + ([] if args.ontology_only else instance_files())
    try:
        result = check_consistency(paths)
    except DataFileError as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    verdict = "consistent" if result.consistent else "INCONSISTENT"
    print(f"HermiT: {verdict}; {result.classes} classes, {result.individuals} individuals")
    for iri in result.unsatisfiable_classes:
        print(f"  unsatisfiable: {iri}")
    if result.message:
        print(result.message)
    return EXIT_OK if result.consistent else EXIT_FINDINGS


def _apply_store_flags(args: argparse.Namespace) -> None:
    """--store / --endpoint set the same variables the service reads (KG_STORE, KG_SPARQL_ENDPOINT)."""
    import os

    from kg_service.config import ENDPOINT_ENV, STORE_ENV

    if getattr(args, "store", None):
        os.environ[STORE_ENV] = args.store
    if getattr(args, "endpoint", None):
        os.environ[ENDPOINT_ENV] = args.endpoint


def command_serve(args: argparse.Namespace) -> int:
    """Start the HTTP service (embedded store with the shipped data unless told otherwise)."""
    import uvicorn

    from kg_service.api.app import create_app
    from kg_service.config import ConfigError

    _apply_store_flags(args)
    try:
        app = create_app()
    except (ConfigError, DataFileError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return EXIT_OK


def command_query(args: argparse.Namespace) -> int:
    """Run a stored query (by name) or a .rq file and print the rows."""
    from kg_service.api.app import store_from_settings
    from kg_service.config import ConfigError, Settings
    from kg_service.queries.output import render_rows
    from kg_service.queries.stored import (
        ParameterError,
        QueryDefinitionError,
        StoredQuery,
        load_queries,
        load_query,
    )
    from kg_service.store.base import QueryError, SelectResult, StoreError

    _apply_store_flags(args)
    params: dict[str, str] = {}
    for pair in args.param:
        name, sep, text = pair.partition("=")
        if not sep or not name:
            print(f"--param needs name=value, not {pair!r}", file=sys.stderr)
            return EXIT_BAD_INPUT
        params[name] = text
    try:
        settings = Settings.from_env()
        path = Path(args.query)
        query: StoredQuery | None = None
        if path.suffix == ".rq" and path.is_file():
            text = path.read_text(encoding="utf-8")
            query = load_query(path) if text.lstrip().startswith("#+") else None
        else:
            queries = load_queries()
            if args.query not in queries:
                print(
                    f"unknown stored query {args.query!r}; known: {', '.join(sorted(queries))}",
                    file=sys.stderr,
                )
                return EXIT_BAD_INPUT
            query = queries[args.query]
        store = store_from_settings(settings)
        if query is not None:
            rows = query.run(store, params, timeout=settings.query_timeout)
            columns = list(query.columns)
        else:
            result = store.execute(text, timeout=settings.query_timeout, limit=settings.result_limit)
            if not isinstance(result, SelectResult):
                print("only SELECT queries can be printed as rows", file=sys.stderr)
                return EXIT_BAD_INPUT
            rows, columns = result.rows, result.variables
    except (ParameterError, QueryError, QueryDefinitionError, ConfigError, DataFileError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return EXIT_FINDINGS
    sys.stdout.write(render_rows(columns, rows, args.format))
    return EXIT_OK


def _store_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        choices=["embedded", "remote"],
        help="embedded Oxigraph with the shipped data (default) or a remote SPARQL store",
    )
    parser.add_argument("--endpoint", help="the remote store's SPARQL query URL")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="kg", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser("validate", help="validate instance data against the SHACL shapes")
    validate.add_argument("files", nargs="*", help="Turtle files to validate (default: instances/*.ttl)")
    validate.add_argument("--lang", choices=["fi", "en"], default="en", help="report language")
    validate.add_argument(
        "--engine",
        choices=["turbo", "pyshacl"],
        default="turbo",
        help="turbo (fast, default) or pyshacl (the reference engine; slow)",
    )
    validate.add_argument("--all", action="store_true", help="list every warning, not a sample")
    validate.set_defaults(handler=command_validate)

    reason = sub.add_parser("reason", help="check OWL consistency with HermiT (needs Java)")
    reason.add_argument("--ontology-only", action="store_true", help="leave the instances out")
    reason.set_defaults(handler=command_reason)

    serve = sub.add_parser("serve", help="start the HTTP service on the shipped data")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    _store_flags(serve)
    serve.set_defaults(handler=command_serve)

    query = sub.add_parser("query", help="run a stored query (by name) or a .rq file")
    query.add_argument("query", help="a stored query name (see /api/queries) or a .rq file")
    query.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter value; repeat for several",
    )
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _store_flags(query)
    query.set_defaults(handler=command_query)

    from kg_service.cli.draw import register as register_draw

    register_draw(sub)

    from kg_service.cli.check import register as register_check

    register_check(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kg` console command."""
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

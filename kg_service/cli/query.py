"""`kg query NAME|FILE.rq`: run a stored query (by name) or a .rq file and print the rows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg_service.cli.common import EXIT_FINDINGS, EXIT_OK, add_store_flags, fail, open_store


def command_query(args: argparse.Namespace) -> int:
    """Run the query with the --param values bound; print a table, CSV or JSON."""
    from kg_service.config import ConfigError
    from kg_service.queries.output import render_rows
    from kg_service.queries.stored import (
        ParameterError,
        QueryDefinitionError,
        StoredQuery,
        load_queries,
        load_query,
    )
    from kg_service.rdf.files import DataFileError
    from kg_service.store.base import QueryError, SelectResult, StoreError

    params: dict[str, str] = {}
    for pair in args.param:
        name, sep, text = pair.partition("=")
        if not sep or not name:
            return fail(f"--param needs name=value, not {pair!r}")
        params[name] = text
    try:
        path = Path(args.query)
        query: StoredQuery | None = None
        text = ""
        if path.suffix == ".rq" and path.is_file():
            text = path.read_text(encoding="utf-8")
            query = load_query(path) if text.lstrip().startswith("#+") else None
        else:
            queries = load_queries()
            if args.query not in queries:
                return fail(f"unknown stored query {args.query!r}; known: {', '.join(sorted(queries))}")
            query = queries[args.query]
        opened = open_store(args)
        timeout = opened.settings.query_timeout
        if query is not None:
            rows = query.run(opened.store, params, timeout=timeout)
            columns = list(query.columns)
        else:
            result = opened.store.execute(text, timeout=timeout, limit=opened.settings.result_limit)
            if not isinstance(result, SelectResult):
                return fail("only SELECT queries can be printed as rows")
            rows, columns = result.rows, result.variables
    except (ParameterError, QueryError, QueryDefinitionError, ConfigError, DataFileError) as error:
        return fail(error)
    except StoreError as error:
        return fail(error, EXIT_FINDINGS)
    sys.stdout.write(render_rows(columns, rows, args.format))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `query` to the `kg` parser."""
    parser = subparsers.add_parser("query", help="run a stored query (by name) or a .rq file")
    parser.add_argument("query", help="a stored query name (see /api/queries) or a .rq file")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter value; repeat for several",
    )
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table")
    add_store_flags(parser)
    parser.set_defaults(handler=command_query)

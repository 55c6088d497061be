"""`/sparql`: the SPARQL 1.1 Protocol query operation (GET and POST), read only.

Results by `format` parameter or Accept: JSON, XML, CSV, TSV for SELECT and ASK; Turtle,
N-Triples, JSON-LD and RDF/XML for CONSTRUCT and DESCRIBE. A syntax error is a 400 with the
parser's message; the time and row limits (KG_QUERY_TIMEOUT, KG_RESULT_LIMIT) give a 422 or 413
instead of a hang; updates and federated SERVICE calls are refused.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from kg_service.api.deps import SettingsDep, UserQueriesDep
from kg_service.api.errors import api_language, error_response
from kg_service.api.negotiation import choose_format, normalise_formats
from kg_service.config import Settings
from kg_service.i18n.errors import Localised
from kg_service.queries.lexer import uses_service
from kg_service.queries.results import serialise
from kg_service.store.base import GraphResult, Store
from kg_service.web.sparql_page import sparql_page, wants_page

router = APIRouter(tags=["sparql"])
RESULT_FORMATS = {"json", "xml", "csv", "tsv"}
GRAPH_FORMATS = {"turtle", "ntriples", "jsonld", "rdfxml"}
MAX_QUERY_BYTES = 100_000


def refuse(request: Request, status: int, key: str, parameter: str, **values: object) -> Response:
    """A refused request in the one error shape, its message in the caller's language."""
    return error_response(status, Localised(key, **values).say(api_language(request)), parameter)


async def _read_query(request: Request) -> tuple[str | None, list[str], Response | None]:
    """The query text and requested formats from the URL, a form or a sparql-query body."""
    params = dict(request.query_params)
    formats = request.query_params.getlist("format")
    if request.method == "POST":
        body = await request.body()
        if len(body) > MAX_QUERY_BYTES:
            return None, [], refuse(request, 413, "body.too-large", "body", limit=MAX_QUERY_BYTES)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            params.setdefault("query", body.decode("utf-8", errors="replace"))
        elif media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body.decode("utf-8", errors="replace")).items():
                params.setdefault(key, values[0])
                if key == "format":
                    formats += values
        elif media == "application/sparql-update":
            return (
                None,
                [],
                refuse(request, 403, "query.update", "update"),
            )
        elif body:
            return (
                None,
                [],
                refuse(request, 415, "query.content_type", "content-type", value=repr(media)),
            )
    if "update" in params:
        return (
            None,
            [],
            refuse(request, 403, "query.update", "update"),
        )
    query = params.get("query")
    if not query or not query.strip():
        return None, [], refuse(request, 400, "query.missing", "query")
    if len(query.encode()) > MAX_QUERY_BYTES:
        return None, [], refuse(request, 413, "query.too_long", "query", limit=MAX_QUERY_BYTES)
    return query, formats, None


@router.get("/sparql", summary="SPARQL 1.1 query (GET, query in the URL)")
async def sparql_get(request: Request, store: UserQueriesDep, settings: SettingsDep) -> Response:
    """Run a read-only SPARQL query given as the `query` URL parameter (a browser gets the editor)."""
    if wants_page(request):
        return sparql_page(request)
    return await sparql(request, store, settings)


@router.post("/sparql", summary="SPARQL 1.1 query (POST, form or application/sparql-query)")
async def sparql_post(request: Request, store: UserQueriesDep, settings: SettingsDep) -> Response:
    """Run a read-only SPARQL query sent as a form field or as the request body."""
    return await sparql(request, store, settings)


async def sparql(request: Request, store: Store, settings: Settings) -> Response:
    """Run a read-only SPARQL query on the graph."""
    query, formats, problem = await _read_query(request)
    if problem is not None:
        return problem
    assert query is not None  # noqa: S101 - _read_query returns a query whenever problem is None
    if uses_service(query):
        return refuse(request, 400, "query.service", "query")
    result = await run_in_threadpool(store.execute, query, settings.query_timeout, settings.result_limit)
    allowed = GRAPH_FORMATS if isinstance(result, GraphResult) else RESULT_FORMATS
    default = "turtle" if isinstance(result, GraphResult) else "json"
    explicit = normalise_formats(formats, allowed | RESULT_FORMATS | GRAPH_FORMATS)
    fmt = choose_format(explicit, request.headers.get("accept"), allowed, default)
    body, media = serialise(result, fmt)
    return Response(content=body, media_type=media)

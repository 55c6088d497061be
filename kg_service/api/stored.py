"""`/api/queries`: the stored queries listed with their description, and run with typed values."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from kg_service.answers.labels import with_label_columns
from kg_service.api.deps import QueriesDep, SettingsDep, UserQueriesDep
from kg_service.api.errors import NotFoundError
from kg_service.api.models import QueryList, SparqlResults
from kg_service.api.negotiation import choose_format, choose_language
from kg_service.config import Settings
from kg_service.i18n.errors import Localised
from kg_service.queries.results import serialise
from kg_service.queries.stored import ParameterError, StoredQuery
from kg_service.store.base import ResultLimitError, SelectResult, Store

router = APIRouter(prefix="/api", tags=["stored queries"])
RESERVED = {"format"}
TEXT = {"schema": {"type": "string"}}
RESULTS: dict[int | str, dict[str, Any]] = {
    200: {
        "model": SparqlResults,
        "description": "The rows: SPARQL 1.1 results as JSON (below), CSV, TSV or XML",
        "content": {
            "text/csv": TEXT,
            "text/tab-separated-values": TEXT,
            "application/sparql-results+xml": TEXT,
        },
    }
}


LABEL_LANGUAGE = {
    "name": "lang",
    "type": "lang",
    "required": False,
    "description": "language of the label column added beside every IRI column (fi, sv, en)",
}


def describe(query: StoredQuery) -> dict[str, object]:
    """A stored query's public description; every query takes `lang` for its label columns."""
    declared = [
        {"name": p.name, "type": p.type.value, "required": p.required, "description": p.description}
        for p in query.parameters
    ]
    return {
        "name": query.name,
        "summary": query.summary,
        "audience": query.audience,
        "parameters": declared + ([] if any(p["name"] == "lang" for p in declared) else [LABEL_LANGUAGE]),
        "columns": list(query.columns),
        "example": query.example,
        "path": f"/api/queries/{query.name}",
    }


def _query(queries: dict[str, StoredQuery], name: str) -> StoredQuery:
    if name not in queries:
        raise NotFoundError(Localised("unknown_query", value=repr(name)))
    return queries[name]


@router.get("/queries", response_model=QueryList, summary="List the stored queries")
def list_queries(queries: QueriesDep) -> dict[str, object]:
    """Every stored query with its parameters and columns."""
    return {"count": len(queries), "queries": [describe(q) for q in queries.values()]}


@router.get(
    "/queries/{name}/sparql",
    summary="A stored query's SPARQL text",
    response_class=Response,
    responses={200: {"description": "The SPARQL text", "content": {"application/sparql-query": TEXT}}},
)
def query_text(queries: QueriesDep, name: str) -> Response:
    """The query as it is stored (values are bound at run time, never pasted in)."""
    return Response(_query(queries, name).text, media_type="application/sparql-query")


@router.get(
    "/queries/{name}",
    summary="Run a stored query (parameters in the URL)",
    response_class=Response,
    responses=RESULTS,
)
@router.post(
    "/queries/{name}",
    summary="Run a stored query (parameters as a form or JSON object)",
    response_class=Response,
    responses=RESULTS,
)
async def run_stored_query(
    request: Request,
    queries: QueriesDep,
    store: UserQueriesDep,
    settings: SettingsDep,
    name: str,
    format: Annotated[str | None, Query(description="json, csv, tsv or xml")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    """Run a stored query with its parameters in the URL (GET) or in the body (POST: a form or a
    JSON object)."""
    return await run_query(request, _query(queries, name), store, settings, format, accept)


async def run_query(
    request: Request,
    query: StoredQuery,
    store: Store,
    settings: Settings,
    format: str | None,
    accept: str | None,
) -> Response:
    """Run a stored query; parameters come as URL parameters (GET) or a form or JSON object (POST).

    The query runs in a worker thread: run on the event loop, one slow query would hold every
    other request (even /health) for up to the query timeout.
    """
    raw = {k: v for k, v in request.query_params.items() if k not in RESERVED}
    if request.method == "POST":
        raw |= await _body_parameters(request)
    fmt = choose_format(format, accept, {"json", "csv", "tsv", "xml"}, "json")
    language = choose_language(raw.get("lang"), request.headers.get("accept-language"))
    if "lang" not in {p.name for p in query.parameters}:
        raw.pop("lang", None)
    rows = await run_in_threadpool(query.run, store, raw, settings.query_timeout)
    if len(rows) > settings.result_limit:
        raise ResultLimitError(Localised("query.too_many_rows", limit=settings.result_limit))
    labels = request.app.state.answers.labels
    columns, rows = await run_in_threadpool(with_label_columns, list(query.columns), rows, labels, language)
    body, media = serialise(SelectResult(columns, rows), fmt)
    return Response(body, media_type=media)


async def _body_parameters(request: Request) -> dict[str, str]:
    media = request.headers.get("content-type", "").split(";")[0].strip()
    if media == "application/json":
        try:
            data = await request.json()
        except ValueError:
            raise ParameterError("body", Localised("param.body_not_json")) from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ParameterError("body", Localised("param.body_not_object"))
        return data
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str) and k not in RESERVED}

"""`/api/queries`: the stored queries listed with their description, and run with typed values."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from kg_service.api.errors import NotFoundError
from kg_service.api.negotiation import choose_format
from kg_service.queries.results import serialise
from kg_service.queries.stored import ParameterError, StoredQuery
from kg_service.store.base import ResultLimitError, SelectResult

router = APIRouter(prefix="/api", tags=["stored queries"])
RESERVED = {"format"}


def describe(query: StoredQuery) -> dict[str, object]:
    """A stored query's public description."""
    return {
        "name": query.name,
        "summary": query.summary,
        "audience": query.audience,
        "parameters": [
            {"name": p.name, "type": p.type.value, "required": p.required, "description": p.description}
            for p in query.parameters
        ],
        "columns": list(query.columns),
        "example": query.example,
        "path": f"/api/queries/{query.name}",
    }


def _query(request: Request, name: str) -> StoredQuery:
    queries: dict[str, StoredQuery] = request.app.state.queries
    if name not in queries:
        raise NotFoundError(f"unknown stored query: {name!r} (see /api/queries)")
    return queries[name]


@router.get("/queries", summary="List the stored queries")
def list_queries(request: Request) -> dict[str, object]:
    """Every stored query with its parameters and columns."""
    queries: dict[str, StoredQuery] = request.app.state.queries
    return {"count": len(queries), "queries": [describe(q) for q in queries.values()]}


@router.get("/queries/{name}/sparql", summary="A stored query's SPARQL text")
def query_text(request: Request, name: str) -> Response:
    """The query as it is stored (values are bound at run time, never pasted in)."""
    return Response(_query(request, name).text, media_type="application/sparql-query")


@router.get("/queries/{name}", summary="Run a stored query (parameters in the URL)")
async def run_query_get(
    request: Request,
    name: str,
    format: Annotated[str | None, Query(description="json, csv, tsv or xml")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    """Run a stored query with URL parameters."""
    return await run_query(request, name, format, accept)


@router.post("/queries/{name}", summary="Run a stored query (parameters as a form or JSON object)")
async def run_query_post(
    request: Request,
    name: str,
    format: Annotated[str | None, Query(description="json, csv, tsv or xml")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    """Run a stored query with parameters in the body."""
    return await run_query(request, name, format, accept)


async def run_query(
    request: Request,
    name: str,
    format: Annotated[str | None, Query(description="json, csv, tsv or xml")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    """Run a stored query; parameters come as URL parameters (GET) or a form or JSON object (POST)."""
    query = _query(request, name)
    raw = {k: v for k, v in request.query_params.items() if k not in RESERVED}
    if request.method == "POST":
        raw |= await _body_parameters(request)
    fmt = choose_format(format, accept, {"json", "csv", "tsv", "xml"}, "json")
    settings = request.app.state.settings
    store = request.app.state.store
    rows = query.run(store, raw, timeout=settings.query_timeout)
    if len(rows) > settings.result_limit:
        raise ResultLimitError(f"the result has more than {settings.result_limit} rows")
    body, media = serialise(SelectResult(list(query.columns), rows), fmt)
    return Response(body, media_type=media)


async def _body_parameters(request: Request) -> dict[str, str]:
    media = request.headers.get("content-type", "").split(";")[0].strip()
    if media == "application/json":
        try:
            data = await request.json()
        except ValueError:
            raise ParameterError("body", "the body is not valid JSON") from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ParameterError("body", "send a JSON object of parameter names to text values")
        return data
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str) and k not in RESERVED}

"""`POST /api/check`: check a draft decree sent in the body against the graph the service serves.

The body is the draft itself, its type given by Content-Type: Turtle, JSON-LD, CSV or XLSX, or a
multipart form (a browser's upload) with the file in the field `draft` and `at`, `lang` fields. The
answer is {"findings": [...], "diff": {...}, ...} as JSON, or the Markdown, HTML or PDF report
when Accept (or `format`) asks for it, in Finnish, Swedish or English (`lang`). The draft goes
into a private copy of the graph for the length of the request; the served store is never
written. A draft that cannot be read gets 400 (syntax), 415 (type) or 422 (unknown term, id or
column), each naming the line, cell or column, in the report's language.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from kg_service.api.deps import CheckWorkersDep, SettingsDep
from kg_service.api.errors import api_language, error_response
from kg_service.api.negotiation import parse_accept
from kg_service.api.upload import UploadError, read_bounded, read_upload
from kg_service.checks.errors import DraftError
from kg_service.checks.model import CheckReport
from kg_service.checks.request import CheckRequest
from kg_service.config import Settings
from kg_service.i18n import LANGUAGES, text
from kg_service.i18n.errors import ERRORS, Localised
from kg_service.queries.stored import ParameterError
from kg_service.store.workers import QueryWorkers

router = APIRouter(prefix="/api", tags=["coherence checks"])
MAX_BODY = 5_000_000
CONTENT_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "text/csv": "csv",
    "application/csv": "csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
}
REPORT_TYPES = {
    "application/json": "json",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "text/html": "html",
    "application/pdf": "pdf",
}
TEXT = {"type": "string"}
BINARY = {"type": "string", "format": "binary"}
MULTIPART = {
    "type": "object",
    "required": ["draft"],
    "properties": {
        "draft": BINARY | {"description": "the draft file: .ttl, .jsonld, .csv or .xlsx"},
        "at": TEXT | {"description": "the effective date YYYY-MM-DD"},
        "lang": TEXT | {"description": "report language: fi, sv or en"},
    },
}
MEDIA = {
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
}


def report_format(explicit: str | None, accept: str | None) -> str:
    """json, md, html or pdf: the `format` parameter, else Accept, else JSON."""
    if explicit:
        fmt = REPORT_TYPES.get(explicit.lower(), explicit.lower())
        if fmt not in MEDIA:
            raise ParameterError(
                "format", Localised("param.not_format", value=repr(explicit), allowed="json, md, html, pdf")
            )
        return fmt
    for media in parse_accept(accept):
        if media in REPORT_TYPES:
            return REPORT_TYPES[media]
    return "json"


@router.post(
    "/check",
    summary="Check a draft decree against the current graph",
    response_class=Response,
    responses={
        200: {
            "model": CheckReport,
            "description": "The report: JSON (below), or Markdown, HTML or PDF when asked",
            "content": {
                "text/markdown": {"schema": TEXT},
                "text/html": {"schema": TEXT},
                "application/pdf": {"schema": BINARY},
            },
        }
    },
    openapi_extra={
        "requestBody": {
            "required": False,
            "content": {
                media: {"schema": BINARY if kind == "xlsx" else TEXT} for media, kind in CONTENT_TYPES.items()
            }
            | {"multipart/form-data": {"schema": MULTIPART}},
        }
    },
)
async def check(
    request: Request,
    workers: CheckWorkersDep,
    settings: SettingsDep,
    at: Annotated[
        str | None,
        Query(description="the effective date YYYY-MM-DD (default: each assignment's own start date)"),
    ] = None,
    lang: Annotated[str, Query(description="report language: fi, sv or en")] = "fi",
    format: Annotated[str | None, Query(description="json, md, html or pdf (else Accept)")] = None,
    name: Annotated[str | None, Query(description="the draft's name in the report")] = None,
    content_type: Annotated[str | None, Header()] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    """Findings (each with id, severity, message fi/en, provisions, tasks, actors, sources, inDraft)
    and who does what before and after the draft."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media == "multipart/form-data":
        try:
            upload = await read_upload(request, MAX_BODY, CONTENT_TYPES)
        except UploadError as error:
            said = text(ERRORS, error.key, api_language(request), **error.values)
            return error_response(error.status, said, error.parameter)
        if upload.kind is None:
            said = text(ERRORS, "upload.unknown_type", _language(request, upload.fields), name=upload.name)
            return error_response(415, said, "draft")
        at = at or upload.fields.get("at") or None
        lang = upload.fields.get("lang") or lang
        name = name or upload.name
    effective = _date(at)
    if lang not in LANGUAGES:
        raise ParameterError("lang", Localised("param.not_language", value=repr(lang)))
    fmt = report_format(format, accept)
    if media == "multipart/form-data":
        kind, body = upload.kind or "", upload.body
    elif media not in CONTENT_TYPES:
        allowed = ", ".join(sorted(CONTENT_TYPES))
        said = text(
            ERRORS, "upload.content_type", _language(request), value=repr(media or "–"), allowed=allowed
        )
        return error_response(415, said, "Content-Type")
    else:
        kind = CONTENT_TYPES[media]
        try:
            body = await read_bounded(request, MAX_BODY)
        except UploadError:
            said = text(ERRORS, "upload.too_large", _language(request), limit=MAX_BODY)
            return error_response(413, said, "body")
    try:
        report = await run_check(
            workers, settings, CheckRequest(body, kind, name or "", effective, fmt, lang)
        )
    except DraftError as error:
        return error_response(error.status, error.text(lang), "body")
    return Response(report, media_type=MEDIA[fmt])


async def run_check(
    workers: QueryWorkers, settings: Settings, request: CheckRequest
) -> CheckReport | str | bytes:
    """Check a draft in a worker process that is killed at KG_CHECK_TIMEOUT (or past the memory
    budget), so a hostile draft cannot hold a core or gigabytes after its answer (issue 10)."""
    return await run_in_threadpool(workers.check, request, settings.check_timeout)


def _language(request: Request, fields: dict[str, str] | None = None) -> str:
    """The language of an error about the draft: the report language asked, else the caller's."""
    asked = (fields or {}).get("lang") or request.query_params.get("lang")
    return asked if asked in LANGUAGES else api_language(request)


def _date(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ParameterError("at", Localised("param.not_date", value=repr(raw))) from None

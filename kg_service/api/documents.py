"""`/api/documents/annex`: the guidance annex as a Word (DOCX) or PDF file, for an author of a
guidance document: title, the date the data describes, the RACI matrix as a native table, every
diagram as a captioned picture with alternative text, the legend and the sources.

The bytes are those of `kg draw annex` for the same request (both call documents.make.make_annex).
The format comes from `format`, else Accept (application/pdf or the DOCX media type), else DOCX.
A bad format, language, date, part or actor is a 422 naming the parameter; a renderer that is not
installed a 503 saying how to install it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from kg_service.api.deps import AnswersDep
from kg_service.api.errors import error_response
from kg_service.api.negotiation import choose_language, parse_accept
from kg_service.diagrams.common import MEDIA_TYPES
from kg_service.diagrams.tools import ToolMissingError
from kg_service.documents.make import ANNEX_FORMATS, make_annex
from kg_service.i18n.errors import Localised

router = APIRouter(prefix="/api", tags=["documents"])
ACCEPTED = {MEDIA_TYPES[fmt]: fmt for fmt in ANNEX_FORMATS}


def _format(explicit: str | None, accept: str | None) -> str | None:
    """The `format` parameter, else the first document type Accept names, else None (DOCX)."""
    if explicit:
        return explicit
    return next((ACCEPTED[media] for media in parse_accept(accept) if media in ACCEPTED), None)


@router.get(
    "/documents/annex",
    summary="The guidance annex as Word or PDF",
    response_class=Response,
    responses={
        200: {
            "description": "The annex as a Word or PDF file",
            "content": {media: {"schema": {"type": "string", "format": "binary"}} for media in ACCEPTED},
        }
    },
)
async def annex(
    answers: AnswersDep,
    format: Annotated[str | None, Query(description="docx (default) or pdf (else Accept)")] = None,
    lang: Annotated[str | None, Query(description="fi, sv or en (else Accept-Language)")] = None,
    at: Annotated[str | None, Query(description="the date the annex describes (default: today)")] = None,
    part: Annotated[str | None, Query(description="a part or workstream: part/regional-discussions")] = None,
    actor: Annotated[str | None, Query(description="an organisation or kind of actor: actor/tem")] = None,
    accept: Annotated[str | None, Header()] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """Title, date, RACI table (landscape and split when wide), diagrams, legend and sources."""
    language = choose_language(lang, accept_language)
    fmt = _format(format, accept)
    try:
        document = await run_in_threadpool(make_annex, answers, fmt, language, at, part, actor)
    except ToolMissingError as error:
        return error_response(503, Localised("tool.missing", detail=str(error)).say(language))
    return Response(
        document.body,
        media_type=document.media_type,
        headers={"Content-Disposition": f'attachment; filename="{document.filename}"'},
    )

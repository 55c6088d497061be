"""`/api/diagrams`: RACI matrices, role diagrams, swimlanes, annual clocks and dependency graphs
drawn from the graph, in the format and language asked.

The handler only reads the request; the drawing is kg_service.documents.drawing.draw_any, the
same function `kg draw` calls, so a diagram fetched here and one drawn on the command line are
byte for byte the same. An unknown kind is a 404; a bad format, language, date, part or actor a
422 naming the parameter; a renderer that is not installed a 503 saying how to install it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.responses import Response

from kg_service.api.deps import AnswersDep
from kg_service.api.errors import NotFoundError, error_response
from kg_service.api.models import DiagramKinds
from kg_service.api.negotiation import choose_language
from kg_service.diagrams.common import MEDIA_TYPES
from kg_service.diagrams.registry import FORMATS
from kg_service.diagrams.render import UnknownKindError
from kg_service.diagrams.tools import ToolMissingError
from kg_service.documents.drawing import draw_any
from kg_service.i18n.errors import Localised

router = APIRouter(prefix="/api", tags=["diagrams"])


@router.get("/diagrams", response_model=DiagramKinds, summary="The diagram kinds and their formats")
def kinds() -> dict[str, object]:
    """Every kind with its formats (the first is the default) and media types."""
    return {
        "kinds": [
            {
                "kind": kind,
                "formats": list(formats),
                "path": f"/api/diagrams/{kind}",
                "media_types": {f: MEDIA_TYPES[f] for f in formats},
            }
            for kind, formats in FORMATS.items()
        ]
    }


@router.get(
    "/diagrams/{kind}",
    summary="Draw a diagram from the graph",
    response_class=Response,
    responses={
        200: {
            "description": "The diagram in the format asked (SVG by default)",
            "content": {
                media: {"schema": {"type": "string", "format": "binary"}}
                for media in sorted(set(MEDIA_TYPES.values()))
            },
        }
    },
)
def diagram(
    answers: AnswersDep,
    kind: str,
    format: Annotated[str | None, Query(description="svg png html csv xlsx dot mmd docx pdf")] = None,
    lang: Annotated[str | None, Query(description="fi, sv or en (else Accept-Language)")] = None,
    at: Annotated[str | None, Query(description="as of this date (YYYY-MM-DD)")] = None,
    part: Annotated[str | None, Query(description="a part or workstream: part/regional-discussions")] = None,
    actor: Annotated[str | None, Query(description="an organisation or kind of actor: actor/tem")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """The diagram ``kind`` (raci, roles, swimlane, annual-clock, dependencies) for the filters."""
    language = choose_language(lang, accept_language)
    try:
        drawing = draw_any(answers, kind, format, language, at, part, actor)
    except UnknownKindError as error:
        raise NotFoundError(error.args[0]) from None
    except ToolMissingError as error:
        return error_response(503, Localised("tool.missing", detail=str(error)).say(language))
    return Response(
        drawing.body,
        media_type=drawing.media_type,
        headers={"Content-Disposition": f'inline; filename="{drawing.filename}"'},
    )

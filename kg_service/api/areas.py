"""`/api/employment-areas/{id}/centres`: which ELY Centre or Economic Development Centre serves an
employment area on a date.

Asked while answering questions about the 2025 and 2026 reforms: before, the answer was only
reachable through a member municipality. The centres are those competent for the area's
municipalities on the date (ELY Centres until 31 Dec 2025, Economic Development Centres from
1 Jan 2026); an area spanning two regions gets both, each with how many of its municipalities.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request

from kg_service.answers.assemble import Answers, value
from kg_service.api.errors import NotFoundError
from kg_service.api.models import AreaCentres
from kg_service.api.negotiation import choose_language
from kg_service.api.resources import AcceptLanguage, Lang
from kg_service.i18n.errors import Localised
from kg_service.namespaces import ES, ORG
from kg_service.queries.stored import ParamType, coerce_value

router = APIRouter(prefix="/api", tags=["resources"])
CLASSIFICATION = str(ORG.classification)
EMPLOYMENT_AREAS = str(ES["kind/employment-areas"])


@router.get(
    "/employment-areas/{area_id:path}/centres",
    response_model=AreaCentres,
    summary="Which ELY Centre or Economic Development Centre serves an employment area on a date",
)
def centres(
    request: Request,
    area_id: str,
    at: str | None = None,
    lang: Lang = None,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """The centres serving the area on ``at`` (default today), with their kind, dates and sources."""
    answers: Answers = request.app.state.answers
    language = choose_language(lang, accept_language)
    iri = coerce_value("area_id", ParamType.IRI, area_id).value
    day = coerce_value("at", ParamType.DATE, at).value if at else date.today().isoformat()
    area = answers.run("actor-card", {"actor": iri})
    if not any(
        value(r, "property") == CLASSIFICATION and value(r, "value") == EMPLOYMENT_AREAS for r in area
    ):
        raise NotFoundError(Localised("unknown_area", value=repr(area_id)))
    rows = answers.run("centre-for-employment-area", {"area": iri, "at": day})
    found = {value(r, "centre") or "" for r in rows} | {value(r, "kind") or "" for r in rows}
    refs = answers.refs(found | {iri}, language)
    sources = answers.sources({value(r, "centre") or "" for r in rows}, language)
    return {
        "lang": language,
        "area": refs[iri],
        "at": day,
        "centres": [
            {
                "centre": refs[value(r, "centre") or ""],
                "kind": refs[value(r, "kind") or ""],
                "municipalities": int(value(r, "municipalities") or 0),
                "start": value(r, "start"),
                "end": value(r, "end"),
                "sources": sources.get(value(r, "centre") or "", []),
            }
            for r in rows
        ],
    }

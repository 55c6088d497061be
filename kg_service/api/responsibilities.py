"""`/api/responsibilities`: who is responsible for what, when."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request

from kg_service.api.models import Responsibilities
from kg_service.api.negotiation import choose_language
from kg_service.api.resources import RecordedAnswers
from kg_service.i18n.errors import Localised
from kg_service.queries.stored import ParameterError, check_period

router = APIRouter(prefix="/api", tags=["responsibilities"])


@router.get(
    "/responsibilities", response_model=Responsibilities, summary="Who is responsible for what, and when"
)
def responsibilities(
    answers: RecordedAnswers,
    request: Request,
    actor: Annotated[
        str | None,
        Query(description="organisation or kind of actor: es:ely/10, kind/ely-centres or a full IRI"),
    ] = None,
    task: Annotated[str | None, Query(description="a task id, e.g. task/steering-knowledge-base")] = None,
    role: Annotated[str | None, Query(description="a role; narrower ones count: role/accountable")] = None,
    at: Annotated[str | None, Query(description="only what is in force on this date (YYYY-MM-DD)")] = None,
    from_: Annotated[str | None, Query(alias="from", description="period start (YYYY-MM-DD)")] = None,
    to: Annotated[str | None, Query(description="period end (YYYY-MM-DD)")] = None,
    lang: Annotated[str | None, Query(description="fi, sv or en (else Accept-Language)")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> dict[str, object]:
    """Each row: actor, role (and RACI code), task, period, due date, status, legal basis, source."""
    language = choose_language(lang, accept_language)
    raw = {
        k: v
        for k, v in {"actor": actor, "task": task, "role": role, "at": at, "from": from_, "to": to}.items()
        if v is not None
    }
    for name, given in raw.items():
        if not given.strip():  # an empty filter is a mistake, not "no filter" (issue 10)
            raise ParameterError(name, Localised("param.empty"))
    check_period(raw.get("from"), raw.get("to"))
    recorded = request.query_params.get("recorded")
    rows = answers.responsibilities(raw, language)
    filters = raw | ({"recorded": recorded} if recorded else {})
    return {"lang": language, "filters": filters, "count": len(rows), "rows": rows}

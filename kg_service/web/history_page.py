"""What changed an entity, as a page: every applied change that added or removed a statement about
it, oldest first, with when, who proposed and who approved it, its reason, its source and its
statements in words. Public, like GET /api/history, and linked from every card.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg_service.answers.labels import pick
from kg_service.api.deps import AnswersDep
from kg_service.queries.stored import ParamType, coerce_value
from kg_service.web.change_views import view
from kg_service.web.session import editing_or_refuse
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)
MAX_SHOWN = 100
"""Changes shown on the page (the newest ones, if an entity has more)."""


@router.get("/history", response_class=HTMLResponse)
def history(request: Request, answers: AnswersDep) -> HTMLResponse:
    """The entity's history; an id that is no IRI is a 422 page naming the parameter."""
    editing = editing_or_refuse(request)
    lang = page_language(request)
    iri = str(coerce_value("entity", ParamType.IRI, request.query_params.get("entity", "")[:500]).value)
    ids = editing.journal.touching(ox.NamedNode(iri))[-MAX_SHOWN:]
    changes = [c for c in (editing.journal.get(i) for i in ids) if c is not None]
    name = pick(answers.labels({iri}).get(iri), lang) or iri
    return render(
        request,
        "history.html",
        "history.title",
        title_text=None,
        entity=iri,
        name=name,
        items=[view(request, answers, c, lang) for c in changes],
    )

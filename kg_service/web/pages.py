"""The front page and the who-is-responsible answer page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg_service.api.deps import AnswersDep
from kg_service.web.choices import choices_for
from kg_service.web.forms import FieldError, choice_value, date_value
from kg_service.web.navigation import NavItem, live_paths
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Group:
    """An entry point for one user group: its name key and the pages it starts from."""

    key: str
    links: tuple[NavItem, ...]


GROUPS = (
    Group(
        "front.group.drafters",
        (NavItem("/check", "nav.check"), NavItem("/responsibilities", "nav.responsibilities")),
    ),
    Group(
        "front.group.analysts",
        (
            NavItem("/sparql", "nav.sparql"),
            NavItem("/vocabulary", "nav.vocabulary"),
            NavItem("/docs", "layout.footer.api"),
        ),
    ),
    Group(
        "front.group.authors",
        (
            NavItem("/diagrams", "nav.diagrams"),
            NavItem("/annual-clock", "nav.annual_clock"),
            NavItem("/timeline", "nav.timeline"),
        ),
    ),
)


@router.get("/", response_class=HTMLResponse)
def front(request: Request, answers: AnswersDep) -> HTMLResponse:
    """Search, the who-is-responsible form and an entry point for each user group."""
    lang = page_language(request)
    return render(
        request,
        "front.html",
        "front.title",
        choices=choices_for(request.app.state, answers, lang),
        as_of=date.today().isoformat(),
        groups=GROUPS,
        live_paths=live_paths(request.app),
    )


@router.get("/responsibilities", response_class=HTMLResponse)
def responsibilities(request: Request, answers: AnswersDep) -> HTMLResponse:
    """Who is responsible, by actor, task, role and date: sentences' worth of rows in a table."""
    lang = page_language(request)
    choices = choices_for(request.app.state, answers, lang)
    offered = choices.known()
    params = request.query_params
    errors: list[FieldError] = []
    chosen = {
        "actor": choice_value(params.get("actor"), "actor", offered["actor"], lang, errors),
        "task": choice_value(params.get("task"), "task", offered["task"], lang, errors),
        "role": choice_value(params.get("role"), "role", offered["role"], lang, errors),
        "at": date_value(params.get("at"), "at", lang, errors),
    }
    raw = {k: v for k, v in chosen.items() if v}
    rows = [] if errors else answers.responsibilities(raw, lang)
    rows.sort(key=lambda r: ((r.task.label if r.task else None) or "", r.raci or ""))
    return render(
        request,
        "responsibilities.html",
        "responsibilities.title",
        status_code=422 if errors else 200,
        choices=choices,
        chosen=chosen | {"at": params.get("at", "")[:40] if errors else chosen["at"] or ""},
        errors=errors,
        rows=rows,
        default_date="",
    )

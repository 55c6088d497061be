"""The search page, /search: the front page's search box lands here.

The same search as GET /api/search (Voikko and Snowball, kinds, what matched), shown as a list of
links to each hit's card with its kind, so the municipality Helsinki and the employment area
Helsinki are told apart at a glance. Bad input is a message on the page, in its language.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg_service.i18n import LANGUAGES, text
from kg_service.i18n.vocabulary import PAGES
from kg_service.search.results import DEFAULT_LIMIT, SearchHit
from kg_service.search.results import search as run_search
from kg_service.web.forms import FieldError
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)
MIN_QUERY, MAX_QUERY = 2, 200
PAGE_LIMIT = 50


def page_text(lang: str):
    """The vocabulary and search pages' text function for ``lang``."""

    def v(key: str, **values: object) -> str:
        return text(PAGES, key, lang, **values)

    return v


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    """Search form and results; no query shows the form only."""
    lang = page_language(request)
    v = page_text(lang)
    raw_q = request.query_params.get("q")
    only = request.query_params.get("only") or None
    errors: list[FieldError] = []
    q = (raw_q or "").strip()
    if raw_q is not None and len(q) < MIN_QUERY:
        errors.append(FieldError("q", v("search.too_short")))
    elif len(q) > MAX_QUERY:
        errors.append(FieldError("q", v("search.too_long", limit=MAX_QUERY)))
    if only is not None and only not in LANGUAGES:
        errors.append(FieldError("only", v("search.bad_lang")))
    results: list[SearchHit] = []
    if q and not errors:
        results = run_search(
            request.app.state.answers, request.app.state.search, q, lang, only_lang=only, limit=PAGE_LIMIT
        )
    return render(
        request,
        "search.html",
        "nav.search",
        status_code=422 if errors else 200,
        v=v,
        q=q[:MAX_QUERY],
        only=only if only in LANGUAGES else "",
        asked=bool(q) and not errors,
        errors=errors,
        results=results,
        default_limit=DEFAULT_LIMIT,
    )

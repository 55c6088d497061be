"""The timeline by quarter and the annual clock, each with its diagram embedded.

Both read the same functions as the API (/api/timeline, the annual-clock gatherer), so page,
API and diagram agree. Bad dates or quarters are shown on the page in the chosen language.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import cast

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg_service.answers.assemble import Answers
from kg_service.api import resources
from kg_service.diagrams.data import Filters, gather_annual_clock
from kg_service.i18n import text
from kg_service.i18n.web import WEB
from kg_service.web.embed import embed_cached
from kg_service.web.forms import FieldError, date_value, field_value
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)
QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
YEARS_BACK, YEARS_AHEAD = 4, 1
"""The timeline's default span around today, in whole years."""


def quarter_of(day: str) -> str:
    """'2024-05-31' -> '2024-Q2'."""
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def shift_quarter(quarter: str, by: int) -> str:
    """The quarter ``by`` quarters after ``quarter`` (YYYY-Qn)."""
    year, number = int(quarter[:4]), int(quarter[-1])
    index = year * 4 + number - 1 + by
    return f"{index // 4}-Q{index % 4 + 1}"


def _answers(request: Request) -> Answers:
    return request.app.state.answers


TIMELINE_CACHE_SIZE = 64
"""Periods whose items are kept per app, like the drawings (kg_service.web.embed)."""


def timeline_items(request: Request, start: str, end: str, lang: str) -> list[dict[str, object]]:
    """What falls due between ``start`` and ``end``, as /api/timeline gives it, remembered on the
    app state: a quarter's items take some thirty queries (each item's duties, facts and sources)
    and do not change until the graph does (kg_service.api.app.refresh_after_change forgets them)."""
    state = request.app.state
    cache: dict[tuple[str, str, str], list[dict[str, object]]] = getattr(state, "web_timelines", None) or {}
    key = (start, end, lang)
    if key not in cache:
        if len(cache) >= TIMELINE_CACHE_SIZE:
            cache.pop(next(iter(cache)))
        found = resources.timeline(_answers(request), from_=start, to=end, lang=lang, accept_language=None)
        cache[key] = cast(list[dict[str, object]], found["items"])
        state.web_timelines = cache
    return cache[key]


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request) -> HTMLResponse:
    """What falls due, quarter by quarter, and who takes part; a quarter or a date range narrows it."""
    lang = page_language(request)
    errors: list[FieldError] = []
    params = request.query_params
    quarter = field_value(params.get("quarter"), "quarter", lang, errors)
    start = date_value(params.get("from"), "from", lang, errors)
    end = date_value(params.get("to"), "to", lang, errors)
    matched = QUARTER.match(quarter) if quarter else None
    if quarter and not matched:
        errors.append(FieldError("quarter", text(WEB, "error.bad_quarter", lang, value=quarter[:20])))
    quarter = f"{matched.group(1)}-Q{matched.group(2)}" if matched else None
    if quarter:
        start, end = resources.quarter_bounds(quarter)
    today = date.today()
    start = start or date(today.year - YEARS_BACK, 1, 1).isoformat()
    end = end or date(today.year + YEARS_AHEAD, 12, 31).isoformat()
    if start > end:
        errors.append(FieldError("to", text(WEB, "error.period_order", lang, start=start, end=end)))
    by_quarter: dict[str, list[dict[str, object]]] = defaultdict(list)
    if not errors:
        for item in timeline_items(request, start, end, lang):
            by_quarter[quarter_of(str(item["due"]))].append(item)
    return render(
        request,
        "timeline.html",
        "timeline.title",
        status_code=422 if errors else 200,
        errors=errors,
        chosen={"quarter": params.get("quarter", "")[:20], "from": start, "to": end},
        quarters=sorted(by_quarter.items()),
        neighbours=[shift_quarter(quarter, by) for by in (-1, 1)] if quarter else [],
        diagram=None if errors else embed_cached(request.app.state, _answers(request), "swimlane", lang),
    )


@router.get("/annual-clock", response_class=HTMLResponse)
def annual_clock(request: Request) -> HTMLResponse:
    """The annual clocks of steering, drawn and listed month by month."""
    lang = page_language(request)
    errors: list[FieldError] = []
    at = date_value(request.query_params.get("at"), "at", lang, errors)
    data = None if errors else gather_annual_clock(_answers(request), Filters(lang=lang, at=at))
    clocks: list[dict[str, object]] = []
    if data:
        every = data.milestones
        for clock in data.clocks:
            milestones = sorted((m for m in every if m.clock == clock.clock), key=lambda m: m.start or "")
            clocks.append({"clock": clock, "milestones": milestones})
    return render(
        request,
        "annual_clock.html",
        "annual_clock.title",
        status_code=422 if errors else 200,
        errors=errors,
        at=request.query_params.get("at", "")[:40] if errors else at or "",
        clocks=clocks,
        diagram=None
        if errors
        else embed_cached(request.app.state, _answers(request), "annual-clock", lang, at),
    )

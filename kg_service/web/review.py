"""The workspace's home, the review queue, one change's page, and approving or rejecting.

Approving and rejecting go through the same service call as POST /api/changes/{id}/approve and
/reject (Editing.review): a proposal is validated again on the graph as it is then, applied
atomically, and never reviewed by its own author (a 403 page). Every page here needs a signed-in
user; the buttons appear only for users whose role allows them.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kg_service.answers.assemble import Answers
from kg_service.api.deps import AnswersDep
from kg_service.api.errors import respond
from kg_service.editing.changeset import ChangeError
from kg_service.editing.journal import Change
from kg_service.editing.service import Editing, RefusedError
from kg_service.editing.users import User
from kg_service.i18n import text
from kg_service.i18n.changes import TEXTS as CHANGE_TEXTS
from kg_service.web.change_views import COLUMNS, namer, view
from kg_service.web.edit_forms import FORMS, shown_findings
from kg_service.web.forms import read_form
from kg_service.web.session import (
    FORM_FIELD,
    WorkspaceRefusal,
    check_form_token,
    editing_or_refuse,
    require_user,
    signed_in,
)
from kg_service.web.sign_in import sign_in_first, with_lang
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)
QUEUE_SIZE = 20
"""Proposals shown on one page of the queue, oldest first (each with its before/after table)."""
MAX_PAGE_DIGITS = 6
"""A page number longer than this is refused unread (no queue has a million pages)."""
OWN_SIZE = 20


def _changes(editing: Editing, keep: object = None) -> list[Change]:
    """Every change, oldest first, without their triples (cheap), filtered by ``keep``."""
    found = [editing.journal.get(i, with_triples=False) for i in editing.journal.ids()]
    return [c for c in found if c is not None and (keep is None or keep(c))]  # type: ignore[operator]


def _sign_in_first(request: Request) -> Response | None:
    """A redirect to the sign-in form for a signed-out browser, else None."""
    editing_or_refuse(request)
    return None if signed_in(request) is not None else sign_in_first(request)


@router.get("/workspace", response_class=HTMLResponse)
def home(request: Request) -> Response:
    """The forms, the queue's length and the user's own recent proposals."""
    redirect = _sign_in_first(request)
    if redirect is not None:
        return redirect
    user = require_user(request)
    editing = editing_or_refuse(request)
    changes = _changes(editing)
    own = [c for c in reversed(changes) if c.proposed_by == user.name][:OWN_SIZE]
    waiting = sum(1 for c in changes if c.state == "proposed")
    return render(
        request, "workspace.html", "workspace.title", user=user, kinds=list(FORMS), own=own, waiting=waiting
    )


def _page_number(raw: str | None, pages: int) -> int:
    """The queue page asked for (1 when none), at most the last; 400 for anything but a whole number."""
    if raw is None or raw == "":
        return 1
    if len(raw) > MAX_PAGE_DIGITS or not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise WorkspaceRefusal(400, "review.bad_page", "page")
    return min(int(raw), pages)


@router.get("/workspace/review", response_class=HTMLResponse)
def queue(request: Request, answers: AnswersDep) -> Response:
    """Proposals awaiting review, a page at a time, each with its reason, source, author and
    before/after table; links to the previous and next pages with their counts."""
    redirect = _sign_in_first(request)
    if redirect is not None:
        return redirect
    user = require_user(request)
    editing = editing_or_refuse(request)
    lang = page_language(request)
    waiting = _changes(editing, lambda c: c.state == "proposed")
    pages = max(1, -(-len(waiting) // QUEUE_SIZE))
    page = _page_number(request.query_params.get("page"), pages)
    first = (page - 1) * QUEUE_SIZE
    shown = waiting[first : first + QUEUE_SIZE]
    views = []
    for change in shown:
        full = editing.journal.get(change.id)
        if full is not None:
            views.append(view(request, answers, full, lang))
    return render(
        request,
        "review.html",
        "review.title",
        user=user,
        views=views,
        total=len(waiting),
        page=page,
        pages=pages,
        first=first + 1,
        last=first + len(shown),
        previous_count=QUEUE_SIZE if page > 1 else 0,
        next_count=min(QUEUE_SIZE, len(waiting) - first - len(shown)),
        columns=COLUMNS,
    )


@router.get("/workspace/changes/{change_id}", response_class=HTMLResponse)
def change_page(request: Request, change_id: str, answers: AnswersDep) -> Response:
    """One change: its state, who and why, what it adds and removes, and (proposed) the buttons."""
    redirect = _sign_in_first(request)
    if redirect is not None:
        return redirect
    user = require_user(request)
    editing = editing_or_refuse(request)
    change = editing.journal.get(change_id[:100])
    if change is None:
        raise WorkspaceRefusal(404, "review.no_such_change", "id")
    lang = page_language(request)
    return render(
        request,
        "change.html",
        "change.title",
        user=user,
        item=view(request, answers, change, lang),
        columns=COLUMNS,
        findings=[],
        errors=[],
        typed={},
    )


async def _review(request: Request, answers: Answers, change_id: str, approve: bool) -> Response:
    user: User = require_user(request, "review")
    editing = editing_or_refuse(request)
    form = await read_form(request)
    check_form_token(request, form.get(FORM_FIELD))
    try:
        await run_in_threadpool(editing.review, change_id[:100], user, approve)
    except RefusedError as refused:  # the graph moved since the proposal: say what it would break now
        change = editing.journal.get(change_id[:100])
        lang = page_language(request)
        if change is None:
            raise
        name = namer(request, answers, change.add + change.remove, lang)
        return render(
            request,
            "change.html",
            "change.title",
            status_code=422,
            user=user,
            item=view(request, answers, change, lang),
            columns=COLUMNS,
            findings=shown_findings(refused, lang, name),
            errors=[],
            typed={},
        )
    except ChangeError as error:
        failed = error
        return respond(
            request,
            failed.status,
            lambda lang: text(CHANGE_TEXTS, failed.key, lang, **failed.values),
            failed.parameter,
        )
    return RedirectResponse(
        with_lang(f"/workspace/changes/{change_id[:100]}", page_language(request)), status_code=303
    )


@router.post("/workspace/changes/{change_id}/approve", response_class=HTMLResponse)
async def approve(request: Request, change_id: str, answers: AnswersDep) -> Response:
    """Approve and so apply a proposal (approver or admin; never one's own); one the graph as it is
    now would break is shown again with its findings (422)."""
    return await _review(request, answers, change_id, approve=True)


@router.post("/workspace/changes/{change_id}/reject", response_class=HTMLResponse)
async def reject(request: Request, change_id: str, answers: AnswersDep) -> Response:
    """Reject a proposal (approver or admin; never one's own): the graph is not touched."""
    return await _review(request, answers, change_id, approve=False)

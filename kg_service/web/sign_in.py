"""Signing in to the web workspace with a name and password, and signing out.

Failed sign-ins count in the same limiter as the API's bearer tokens (shared by every process)
(kg_service.api.auth.limiter_of), by client address: past the limit even the right password
waits, so guessing gains nothing. The password is never logged, echoed into the page or kept
anywhere but as its Argon2 hash in the users file.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kg_service.api.auth import limiter_of
from kg_service.editing.users import MAX_PASSWORD
from kg_service.i18n import text
from kg_service.i18n.web import WEB
from kg_service.web.forms import FieldError, read_form
from kg_service.web.session import (
    FORM_FIELD,
    SESSION_COOKIE,
    check_form_token,
    clear_session_cookie,
    editing_or_refuse,
    require_user,
    sessions_of,
    set_session_cookie,
    signed_in,
)
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)
WORKSPACE = "/workspace"


def safe_next(raw: str | None) -> str:
    """Where to go after signing in: a path of ours only (never another site), else the workspace."""
    if raw and len(raw) <= 300 and raw.startswith("/") and not raw.startswith("//") and "\\" not in raw:
        return raw
    return WORKSPACE


def with_lang(path: str, lang: str) -> str:
    """``path`` with the page language (a path that has a query keeps it)."""
    return path + ("&" if "?" in path else "?") + urlencode({"lang": lang})


def sign_in_first(request: Request) -> RedirectResponse:
    """Send a signed-out browser to the sign-in form, coming back to this page (and its query)."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    target = request.url.path + ("?" + urlencode(kept) if kept else "")
    where = "/sign-in?" + urlencode({"next": target})
    return RedirectResponse(with_lang(where, page_language(request)), status_code=303)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request) -> Response:
    """The sign-in form (a signed-in user goes on to where they were going)."""
    editing_or_refuse(request)
    lang = page_language(request)
    target = safe_next(request.query_params.get("next"))
    if signed_in(request) is not None:
        return RedirectResponse(with_lang(target, lang), status_code=303)
    return render(request, "sign_in.html", "signin.title", errors=[], name="", target=target)


@router.post("/sign-in", response_class=HTMLResponse)
async def sign_in(request: Request) -> Response:
    """Check the name and password; on success a new session, on failure one more counted failure."""
    editing = editing_or_refuse(request)
    lang = page_language(request)
    form = await read_form(request)
    check_form_token(request, form.get(FORM_FIELD))
    name = form.get("username", "")[:64].strip()
    password = form.get("password", "")
    target = safe_next(form.get("next"))
    client = request.client.host if request.client else "?"
    limiter = limiter_of(request)
    if limiter.blocked(client):
        error = FieldError("username", text(WEB, "signin.too_many", lang))
        return render(request, "sign_in.html", "signin.title", 429, errors=[error], name=name, target=target)
    user = None
    if name and password and len(password) <= MAX_PASSWORD:
        user = await run_in_threadpool(editing.users.check_password, name, password)
    if user is None:
        limiter.fail(client)
        error = FieldError("username", text(WEB, "signin.failed", lang))
        return render(request, "sign_in.html", "signin.title", 401, errors=[error], name=name, target=target)
    sessions = sessions_of(request.app)
    sessions.end(request.cookies.get(SESSION_COOKIE))  # a fresh id: no session fixation
    response = RedirectResponse(with_lang(target, lang), status_code=303)
    set_session_cookie(request, response, sessions.start(user.name))
    return response


@router.post("/sign-out", response_class=HTMLResponse)
async def sign_out(request: Request) -> Response:
    """End the session and forget its cookie."""
    require_user(request)
    form = await read_form(request)
    check_form_token(request, form.get(FORM_FIELD))
    sessions_of(request.app).end(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse(with_lang("/", page_language(request)), status_code=303)
    clear_session_cookie(request, response)
    return response

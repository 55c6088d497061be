"""Who is signed in to the web workspace, and the token every form carries (CSRF protection).

A session is a random id in a cookie (HttpOnly, SameSite=Strict, Secure over https, eight hours
at most); the service keeps only a hash of the id with the user's name and the session's form
token, in a file every process shares (kg_service.web.session_store), so a restart or another
worker process keeps the browser signed in. The user's role is read from the users file on every
request, so a revoked user or a changed role counts at once.

Every form of the workspace carries a synchroniser token, checked on every POST: the session's
own token once signed in; before that (the sign-in form, the draft check) a random value that is
also set as a cookie (double submit), which another site can neither read nor set.
"""

from __future__ import annotations

import secrets

from fastapi import FastAPI, Request
from fastapi.responses import Response

from kg_service.editing.service import Editing
from kg_service.editing.users import User
from kg_service.web.session_store import FILE_NAME as SESSIONS_FILE
from kg_service.web.session_store import SESSION_SECONDS, TOKEN_LENGTH, Session, Sessions

SESSION_COOKIE = "kg_session"
FORM_COOKIE = "kg_form"
FORM_FIELD = "csrf"


class WorkspaceRefusal(Exception):  # noqa: N818 - a refusal, not a fault of the service
    """A workspace request refused: its status, the key of its message (web text table) and field."""

    def __init__(self, status: int, key: str, parameter: str | None = None) -> None:
        super().__init__(key)
        self.status, self.key, self.parameter = status, key, parameter


def sessions_of(app: FastAPI) -> Sessions:
    """The app's sessions: in KG_DATA_DIR, shared by every process of the service."""
    if getattr(app.state, "web_sessions", None) is None:
        app.state.web_sessions = Sessions(app.state.settings.data_dir / SESSIONS_FILE)
    sessions: Sessions = app.state.web_sessions
    return sessions


def editing_or_refuse(request: Request) -> Editing:
    """The app's change workflow; a read-only service (a remote store) has no workspace."""
    editing: Editing | None = getattr(request.app.state, "editing", None)
    if editing is None:
        raise WorkspaceRefusal(403, "workspace.read_only")
    return editing


def current_session(request: Request) -> Session | None:
    """The request's live session, if its user is still active."""
    editing: Editing | None = getattr(request.app.state, "editing", None)
    if editing is None:  # a read-only service: no workspace, no sessions file
        return None
    sessions = sessions_of(request.app)
    session = sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    if editing.users.active(session.user) is None:
        sessions.end_user(session.user)  # revoked: a user added again later signs in afresh
        return None
    return session


def signed_in(request: Request) -> User | None:
    """The signed-in user with their role as the users file says now, or None."""
    session = current_session(request)
    if session is None:
        return None
    return request.app.state.editing.users.active(session.user)


def require_user(request: Request, action: str | None = None) -> User:
    """The signed-in user, allowed to do ``action`` (kg_service.editing.users.ALLOWED): 401, 403 otherwise."""
    editing_or_refuse(request)
    user = signed_in(request)
    if user is None:
        raise WorkspaceRefusal(401, "workspace.sign_in_needed")
    if action is not None and not user.may(action):
        raise WorkspaceRefusal(403, "workspace.forbidden")
    return user


def form_token(request: Request) -> str:
    """The token this page's forms carry: the session's, else the form cookie's (made if missing)."""
    session = current_session(request)
    if session is not None:
        return session.form_token
    cookie = request.cookies.get(FORM_COOKIE)
    if cookie and len(cookie) == TOKEN_LENGTH:
        return cookie
    made: str | None = getattr(request.state, "new_form_cookie", None)
    if made is None:
        made = secrets.token_urlsafe(32)
        request.state.new_form_cookie = made
    return made


def check_form_token(request: Request, submitted: str | None) -> None:
    """Refuse (403) a POST whose form token is not the session's (or, signed out, the cookie's)."""
    session = current_session(request)
    expected = session.form_token if session is not None else request.cookies.get(FORM_COOKIE)
    if not expected or not submitted or not secrets.compare_digest(expected, submitted):
        raise WorkspaceRefusal(403, "workspace.form_expired", FORM_FIELD)


def secure(request: Request) -> bool:
    """Whether the page was served over https (then cookies are marked Secure)."""
    return request.url.scheme == "https"


def set_cookies(request: Request, response: Response) -> None:
    """Set the form cookie a page's forms need, if this request made one."""
    made = getattr(request.state, "new_form_cookie", None)
    if made:
        response.set_cookie(
            FORM_COOKIE, made, httponly=True, samesite="strict", secure=secure(request), path="/"
        )


def set_session_cookie(request: Request, response: Response, cookie: str) -> None:
    """The session cookie: HttpOnly, SameSite=Strict, Secure over https, ending with the session."""
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=SESSION_SECONDS,
        httponly=True,
        samesite="strict",
        secure=secure(request),
        path="/",
    )


def clear_session_cookie(request: Request, response: Response) -> None:
    """Remove the session cookie from the browser."""
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=secure(request))

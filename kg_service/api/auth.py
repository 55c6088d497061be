"""Who is calling a write route: the bearer token, checked against the users file, and their role.

Reads need no account. A write route without credentials answers 401, with a token of the wrong
role 403. Failed sign-ins are counted per client address (in a file every worker process shares,
kg_service.editing.sign_in_limits) and refused with 429 past the limit, so tokens cannot be
guessed at speed. The token itself never reaches a log or an error message.
"""

from __future__ import annotations

from fastapi import Request

from kg_service.editing.changeset import ChangeError
from kg_service.editing.service import Editing
from kg_service.editing.sign_in_limits import FILE_NAME, FailureLimiter
from kg_service.editing.users import User


def editing_of(request: Request) -> Editing:
    """The app's change workflow, or a 403 when the service reads a remote store."""
    editing = getattr(request.app.state, "editing", None)
    if editing is None:
        raise ChangeError(403, "read-only", None)
    return editing


def limiter_of(request: Request) -> FailureLimiter:
    """The counter of failed sign-ins: in KG_DATA_DIR, shared by every process of the service."""
    state = request.app.state
    if getattr(state, "sign_in_limiter", None) is None:
        state.sign_in_limiter = FailureLimiter(state.settings.data_dir / FILE_NAME)
    return state.sign_in_limiter


def require(request: Request, action: str) -> User:
    """The signed-in user allowed to do ``action``; 401, 403 or 429 otherwise."""
    client = request.client.host if request.client else "?"
    limiter = limiter_of(request)
    if limiter.blocked(client):
        raise ChangeError(429, "too-many-failures", "Authorization")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ChangeError(401, "unauthenticated", "Authorization")
    editing = editing_of(request)
    user = editing.users.authenticate(token.strip())
    if user is None:
        limiter.fail(client)
        raise ChangeError(401, "bad-credentials", "Authorization")
    if not user.may(action):
        raise ChangeError(403, "forbidden", "Authorization")
    return user

"""A refused workspace request as an answer: a page in the browser's language, or, for a program,
the one JSON error shape (kg_service.api.errors.respond decides which)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response

from kg_service.api.errors import respond
from kg_service.i18n import text
from kg_service.i18n.web import WEB
from kg_service.web.session import WorkspaceRefusal


def install_refusals(app: FastAPI) -> None:
    """Answer every WorkspaceRefusal with its status and its message from the web text table."""

    @app.exception_handler(WorkspaceRefusal)
    def refused(request: Request, error: WorkspaceRefusal) -> Response:
        response = respond(request, error.status, lambda lang: text(WEB, error.key, lang), error.parameter)
        if error.status == 401:
            response.headers["WWW-Authenticate"] = 'Cookie realm="workspace"'
        return response

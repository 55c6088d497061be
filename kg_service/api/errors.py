"""One error format for every error the service returns, and the mapping of errors to status codes.

The body is always {"error": {"status": int, "message": str, "parameter": str | None}}. Caller
mistakes get 4xx with a message saying what is wrong and where; only real faults of ours or of
the store get 5xx, and those are logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from kg_service.api.fairness import ClientBusyError
from kg_service.editing.changeset import ChangeError
from kg_service.i18n import LANGUAGES, negotiate, text
from kg_service.i18n.changes import TEXTS as CHANGE_TEXTS
from kg_service.i18n.errors import ERRORS, Localised, said, say
from kg_service.queries.stored import ParameterError
from kg_service.store.base import QueryError, QueryTimeoutError, ResultLimitError, StoreError
from kg_service.store.workers import QueryMemoryError, QueryWorkersBusyError

log = logging.getLogger("kg_service")


class NotFoundError(LookupError):
    """An id the graph does not know."""


def error_body(status: int, message: str, parameter: str | None = None) -> dict[str, object]:
    """The one error shape."""
    return {"error": {"status": status, "message": message, "parameter": parameter}}


def error_response(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    """A JSON error response."""
    return JSONResponse(error_body(status, message, parameter), status_code=status)


def api_language(request: Request) -> str:
    """The language of a JSON error: the one asked (`lang`, Accept-Language), else English.

    Programs that ask for no language keep the English messages they were written against;
    a person's browser always sends Accept-Language and gets fi or sv.
    """
    asked = request.query_params.get("lang")
    header = request.headers.get("accept-language")
    if asked not in LANGUAGES and not header:
        return "en"
    return negotiate(asked, header)


def wants_html(request: Request) -> bool:
    """A browser opening a page (not the API or the SPARQL protocol) gets an HTML error page."""
    path = request.url.path
    if path.startswith(("/api/", "/sparql", "/openapi")):
        return False
    first = request.headers.get("accept", "").split(",")[0].split(";")[0].strip().lower()
    return first in ("text/html", "application/xhtml+xml")


Say = Callable[[str], str]


def respond(request: Request, status: int, message: Say, parameter: str | None = None) -> Response:
    """The error in the one JSON shape, or as a page for a browser, in the request's language."""
    if wants_html(request):
        from kg_service.web.error_page import error_page  # the web layer sits above the API

        return error_page(request, status, message, parameter)
    return error_response(status, message(api_language(request)), parameter)


def install_error_handlers(app: FastAPI) -> None:
    """Map every error type to its status code and the one error format."""

    @app.exception_handler(ParameterError)
    def parameter_error(request: Request, error: ParameterError) -> Response:
        def message(lang: str) -> str:
            return text(ERRORS, "parameter", lang, parameter=error.parameter, reason=say(error.reason, lang))

        return respond(request, 422, message, error.parameter)

    @app.exception_handler(ChangeError)
    def change_refused(request: Request, error: ChangeError) -> JSONResponse:
        from kg_service.editing.service import RefusedError

        asked = request.query_params.get("lang")
        lang = asked if asked in LANGUAGES else negotiate(None, request.headers.get("accept-language"))
        body = error_body(error.status, text(CHANGE_TEXTS, error.key, lang, **error.values), error.parameter)
        if isinstance(error, RefusedError):
            body["error"]["findings"] = [f.model_dump(mode="json") for f in error.findings(lang)]  # type: ignore[index]
        headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
        return JSONResponse(body, status_code=error.status, headers=headers)

    @app.exception_handler(NotFoundError)
    def not_found(request: Request, error: NotFoundError) -> Response:
        found = error.args[0] if error.args else Localised("not_found")
        return respond(request, 404, lambda lang: say(found, lang))

    @app.exception_handler(QueryTimeoutError)
    def timeout(request: Request, error: QueryTimeoutError) -> Response:
        return respond(request, 422, lambda lang: say(error.args[0], lang))

    @app.exception_handler(QueryMemoryError)
    def memory(request: Request, error: QueryMemoryError) -> Response:
        what = error.args[0]
        parameter = "body" if isinstance(what, Localised) and what.key == "check.memory" else "query"
        return respond(request, 422, lambda lang: say(what, lang), parameter)

    @app.exception_handler(ClientBusyError)
    def client_busy(request: Request, error: ClientBusyError) -> Response:
        response = respond(request, 429, lambda lang: say(error.args[0], lang))
        response.headers["Retry-After"] = "1"
        return response

    @app.exception_handler(QueryWorkersBusyError)
    def busy(request: Request, error: QueryWorkersBusyError) -> Response:
        response = respond(request, 503, lambda lang: say(error.args[0], lang))
        response.headers["Retry-After"] = "1"
        return response

    @app.exception_handler(ResultLimitError)
    def too_large(request: Request, error: ResultLimitError) -> Response:
        return respond(request, 413, lambda lang: said(error, lang))

    @app.exception_handler(QueryError)
    def bad_query(request: Request, error: QueryError) -> Response:
        return respond(request, 400, lambda lang: said(error, lang), "query")

    @app.exception_handler(StoreError)
    def store_failed(request: Request, error: StoreError) -> Response:
        log.error("store failure: %s", error)
        return respond(request, 502, Localised("store.failed", detail=str(error)).say)

    @app.exception_handler(RequestValidationError)
    def invalid_request(request: Request, error: RequestValidationError) -> Response:
        first = error.errors()[0] if error.errors() else {}
        location = [str(part) for part in first.get("loc", ()) if part not in ("query", "body", "path")]
        parameter = ".".join(location) or None
        reason = validation_reason(first)

        def message(lang: str) -> str:
            named = parameter or text(ERRORS, "request", lang)
            return text(ERRORS, "parameter", lang, parameter=named, reason=reason.say(lang))

        return respond(request, 422, message, parameter)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, error: StarletteHTTPException) -> Response:
        keys = {404: "not_found", 405: "method_not_allowed"}
        parameter = getattr(error, "parameter", None)
        if error.status_code in keys and str(error.detail) in ("Not Found", "Method Not Allowed"):
            response = respond(request, error.status_code, Localised(keys[error.status_code]).say)
        elif (key := getattr(error, "key", None)) in ERRORS:
            values = getattr(error, "values", {})
            response = respond(
                request, error.status_code, lambda lang: text(ERRORS, str(key), lang, **values), parameter
            )
        else:
            response = respond(request, error.status_code, lambda _: str(error.detail), parameter)
        response.headers.update(error.headers or {})
        if error.status_code == 405:
            response.headers["Allow"] = ", ".join(allowed_methods(request))
        return response

    @app.exception_handler(RecursionError)
    def too_deep(request: Request, error: RecursionError) -> Response:
        return respond(request, 400, Localised("body.too-deep").say, "body")

    @app.exception_handler(Exception)
    def fault(request: Request, error: Exception) -> Response:
        log.exception("unexpected failure", exc_info=error)
        return respond(request, 500, Localised("service.fault").say)


VALIDATION_KEYS = {
    "missing": "param.required",
    "int_parsing": "param.not_integer",
    "int_type": "param.not_integer",
    "date_parsing": "param.not_date",
    "date_from_datetime_parsing": "param.not_date",
    "string_too_short": "param.too_short",
    "string_too_long": "param.too_long_by",
    "greater_than_equal": "param.at_least",
    "less_than_equal": "param.at_most",
    "enum": "param.not_allowed_value",
    "literal_error": "param.not_allowed_value",
    "json_invalid": "param.body_not_json",
}
"""Pydantic's error types a caller can meet, as keys of our text table (others: param.invalid)."""
LIMITS = ("min_length", "max_length", "ge", "le")


def validation_reason(detail: Mapping[str, Any]) -> Localised:
    """FastAPI's (English) validation error as our message, with the limit or value it names."""
    context = detail.get("ctx") or {}
    key = VALIDATION_KEYS.get(str(detail.get("type")), "param.invalid")
    limit = next((context[name] for name in LIMITS if name in context), "")
    allowed = str(context.get("expected", "")).replace(" or ", ", ")  # Pydantic's list ends in English
    return Localised(key, value=repr(detail.get("input")), limit=limit, allowed=allowed)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route answers on the request's path (GET implies HEAD)."""
    methods = {
        method
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE")
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.routes
        )
    }
    return sorted(methods | ({"HEAD"} if "GET" in methods else set()))

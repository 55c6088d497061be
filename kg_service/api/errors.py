"""One error format for every error the service returns, and the mapping of errors to status codes.

The body is always {"error": {"status": int, "message": str, "parameter": str | None}}. Caller
mistakes get 4xx with a message saying what is wrong and where; only real faults of ours or of
the store get 5xx, and those are logged.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg_service.queries.stored import ParameterError
from kg_service.store.base import QueryError, QueryTimeoutError, ResultLimitError, StoreError

log = logging.getLogger("kg_service")


class NotFoundError(LookupError):
    """An id the graph does not know."""


def error_body(status: int, message: str, parameter: str | None = None) -> dict[str, object]:
    """The one error shape."""
    return {"error": {"status": status, "message": message, "parameter": parameter}}


def error_response(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    """A JSON error response."""
    return JSONResponse(error_body(status, message, parameter), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Map every error type to its status code and the one error format."""

    @app.exception_handler(ParameterError)
    def parameter_error(_: Request, error: ParameterError) -> JSONResponse:
        return error_response(422, str(error), error.parameter)

    @app.exception_handler(NotFoundError)
    def not_found(_: Request, error: NotFoundError) -> JSONResponse:
        return error_response(404, str(error.args[0]) if error.args else "not found")

    @app.exception_handler(QueryTimeoutError)
    def timeout(_: Request, error: QueryTimeoutError) -> JSONResponse:
        return error_response(422, str(error))

    @app.exception_handler(ResultLimitError)
    def too_large(_: Request, error: ResultLimitError) -> JSONResponse:
        return error_response(413, str(error))

    @app.exception_handler(QueryError)
    def bad_query(_: Request, error: QueryError) -> JSONResponse:
        return error_response(400, str(error), "query")

    @app.exception_handler(StoreError)
    def store_failed(_: Request, error: StoreError) -> JSONResponse:
        log.error("store failure: %s", error)
        return error_response(502, f"the store failed: {error}")

    @app.exception_handler(RequestValidationError)
    def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        location = [str(part) for part in first.get("loc", ()) if part not in ("query", "body", "path")]
        parameter = ".".join(location) or None
        return error_response(422, f"{parameter or 'request'}: {first.get('msg', 'invalid')}", parameter)

    @app.exception_handler(StarletteHTTPException)
    def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        return error_response(error.status_code, str(error.detail))

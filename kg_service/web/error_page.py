"""The error page a browser gets instead of the JSON error: same status, message in its language."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request
from fastapi.responses import HTMLResponse

from kg_service.web.templating import page_language, render


def error_page(
    request: Request, status: int, message: Callable[[str], str], parameter: str | None
) -> HTMLResponse:
    """A page in the layout saying what went wrong, with the status code kept."""
    lang = page_language(request)
    return render(
        request,
        "error.html",
        "error.title",
        status_code=status,
        status=status,
        message=message(lang),
        field=parameter,
    )

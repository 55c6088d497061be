"""`/docs` (Swagger UI) and `/redoc` (ReDoc), every asset served from /static/vendor/, and `/openapi.json`
in the page language.

FastAPI's own pages load their scripts from a CDN, which leaves a blank page offline; these
use the vendored copies, turn off Swagger's online validator badge and ReDoc's Google Fonts,
and carry the page language so a screen reader reads the headings right.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from kg_service.i18n import Table, text
from kg_service.i18n.web import WEB
from kg_service.i18n.widgets import REDOC, SWAGGER, swagger_css, widget_words
from kg_service.web.sparql_page import embedded_json
from kg_service.web.templating import page_language

router = APIRouter(include_in_schema=False)
OPENAPI_URL = "/openapi.json"
VENDOR = "/static/vendor"
FAVICON = "/static/favicon.svg"


def _with_language(
    response: HTMLResponse, lang: str, widget: Table, root: str, style: str = ""
) -> HTMLResponse:
    """The same page with ``<html lang>`` set (FastAPI's template has none) and the widget rooted
    at ``root`` given our words for its English controls (static/relabel.js, ``style`` for what
    its style sheet writes)."""
    body = bytes(response.body).decode("utf-8").replace("<html>", f'<html lang="{lang}">', 1)
    words = embedded_json(widget_words(widget, lang, root))
    relabel = (
        f'<script type="application/json" id="widget-words">{words}</script>\n'
        '<script src="/static/relabel.js"></script>\n</body>'
    )
    body = body.replace("</body>", relabel, 1)
    if style:
        body = body.replace("</head>", f"<style>{style}</style>\n</head>", 1)
    return HTMLResponse(body, headers={"Content-Language": lang})


@router.get("/docs")
def swagger(request: Request) -> HTMLResponse:
    """The interactive API description."""
    lang = page_language(request)
    page = get_swagger_ui_html(
        openapi_url=f"{OPENAPI_URL}?lang={lang}",
        title=text(WEB, "docs.title", lang),
        swagger_js_url=f"{VENDOR}/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url=f"{VENDOR}/swagger-ui/swagger-ui.css",
        swagger_favicon_url=FAVICON,
        swagger_ui_parameters={"validatorUrl": None},
    )
    return _with_language(page, lang, SWAGGER, "#swagger-ui", swagger_css(lang))


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    """The API description as one readable page."""
    lang = page_language(request)
    page = get_redoc_html(
        openapi_url=f"{OPENAPI_URL}?lang={lang}",
        title=text(WEB, "docs.title", lang),
        redoc_js_url=f"{VENDOR}/redoc/redoc.standalone.js",
        redoc_favicon_url=FAVICON,
        with_google_fonts=False,
    )
    return _with_language(page, lang, REDOC, "redoc")


@router.get(OPENAPI_URL)
def openapi_description(
    request: Request,
    lang: Literal["fi", "sv", "en"] = Query("en", description="the language of the texts"),
) -> JSONResponse:
    """The OpenAPI description; English by default (programs read it), Finnish or Swedish for
    /docs and /redoc in those languages. Only the texts differ: paths, parameters and schemas are
    one and the same."""
    return JSONResponse(request.app.openapi(lang))

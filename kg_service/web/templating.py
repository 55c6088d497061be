"""Rendering a page: the Jinja2 environment, the page language and the helpers every template gets.

The language of a page is the ``lang`` parameter, then the ``lang`` cookie (set when a user picks
a language with the switch), then Accept-Language, else Finnish. Every word comes from the text
table ``kg_service.i18n.web``; autoescaping is on, so graph text can never become markup. A
form puts ``form_token()`` in its hidden ``csrf`` field (kg_service.web.session checks it).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from kg_service import __version__
from kg_service.i18n import LANGUAGES, negotiate, text
from kg_service.i18n.web import WEB
from kg_service.namespaces import ES
from kg_service.web.navigation import menu
from kg_service.web.session import form_token, set_cookies

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LANG_COOKIE = "lang"
GROUP_KEYS = ("form.kinds", "form.organisations", "form.municipalities")
"""The headings of the actor pick list's groups (kg_service.web.choices)."""
COOKIE_MAX_AGE = 365 * 24 * 3600


@cache
def environment() -> Environment:
    """The template environment (built once; templates are read from the package)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["LANGUAGES"] = LANGUAGES
    env.globals["version"] = __version__
    env.globals["id_href"] = id_href
    env.globals["known_keys"] = frozenset(WEB)
    return env


def page_language(request: Request) -> str:
    """The language of the page: parameter, cookie, Accept-Language, Finnish."""
    asked = request.query_params.get("lang")
    if asked not in LANGUAGES:
        asked = request.cookies.get(LANG_COOKIE)
    return negotiate(asked, request.headers.get("accept-language"))


def id_href(iri: str | None) -> str:
    """Where a node is shown: our IRIs open their card at /id/..., other IRIs go to themselves."""
    if not iri:
        return "#"
    return "/id/" + iri[len(str(ES)) :] if iri.startswith(str(ES)) else iri


def url_with(request: Request, **changes: str | None) -> str:
    """This page's path and query with ``changes`` applied (None removes a parameter)."""
    params = dict(request.query_params)
    for key, change in changes.items():
        if change is None:
            params.pop(key, None)
        else:
            params[key] = change
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def render(
    request: Request,
    template: str,
    title_key: str,
    status_code: int = 200,
    title_text: str | None = None,
    **context: object,
) -> HTMLResponse:
    """The page ``template`` in the request's language, with the shared helpers."""
    lang = page_language(request)

    def t(key: str, **values: object) -> str:
        return text(WEB, key, lang, **values)

    def url(path: str, **params: object) -> str:
        """``path`` with its parameters (empty ones dropped) and the page language kept."""
        kept = {k: str(v) for k, v in params.items() if v not in (None, "")}
        query = urlencode(kept | {"lang": lang})
        return f"{path}?{query}"

    html = (
        environment()
        .get_template(template)
        .render(
            request=request,
            lang=lang,
            t=t,
            url=url,
            switch={code: url_with(request, lang=code) for code in LANGUAGES},
            title=title_text or t(title_key),
            path=request.url.path,
            nav=menu(request.app),
            group_names={key: t(key) for key in GROUP_KEYS},
            form_token=lambda: form_token(request),
            editable=getattr(request.app.state, "editing", None) is not None,
            **context,
        )
    )
    response = HTMLResponse(html, status_code=status_code)
    set_cookies(request, response)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=COOKIE_MAX_AGE, samesite="lax")
    response.headers["Content-Language"] = lang
    return response

"""The SPARQL page: YASGUI (vendored @zazuko/yasgui) on our own endpoint, for browsers asking /sparql.

Protocol clients keep `/sparql` as it was; a browser (Accept led by text/html, no `format`) gets
this page instead. The editor starts with our prefixes, and every stored query is offered as an
example (with its example values bound, so it runs as shown) and can be opened as a tab.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse

from kg_service.api.deps import get_queries
from kg_service.i18n.widgets import YASGUI, table_language, widget_words
from kg_service.namespaces import PREFIXES
from kg_service.queries.stored import StoredQuery
from kg_service.store.binding import bind_values
from kg_service.web.templating import page_language, render

STARTER = "roles"
"""The stored query a new tab opens with, after all our prefixes: short, and shows RACI."""


def wants_page(request: Request) -> bool:
    """True when a browser asks for /sparql: HTML first in Accept and no explicit format."""
    if request.query_params.get("format"):
        return False
    accept = request.headers.get("accept", "")
    first = accept.split(",")[0].split(";")[0].strip().lower()
    return first in ("text/html", "application/xhtml+xml")


def prefix_block() -> str:
    """PREFIX lines for our namespaces."""
    return "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in PREFIXES.items())


def example_text(query: StoredQuery) -> str:
    """The stored query with its example values bound (the VALUES block the service would add)."""
    return bind_values(query.text, query.bind(query.example)) if query.example else query.text


def starter_text(queries: dict[str, StoredQuery]) -> str:
    """All our prefixes, then the starter query without its own prefix lines."""
    body = "\n".join(
        line for line in queries[STARTER].text.splitlines() if not line.upper().startswith(("PREFIX", "#+"))
    )
    return prefix_block() + body.strip() + "\n"


def examples(queries: dict[str, StoredQuery], lang: str) -> list[dict[str, str]]:
    """Every stored query as an example: name, summary in ``lang`` (else Finnish), SPARQL."""
    return [
        {
            "name": q.name,
            "summary": q.summary.get(lang) or q.summary.get("fi") or "",
            "query": example_text(q),
            "csv": f"/api/queries/{q.name}?" + urlencode(q.example | {"format": "csv"}),
        }
        for q in sorted(queries.values(), key=lambda q: q.name)
        if q.audience != "service"
    ]


def sparql_page(request: Request) -> HTMLResponse:
    """The query editor page, optionally opened with the query given in the URL."""
    lang = page_language(request)
    stored = examples(get_queries(request), lang)
    asked = request.query_params.get("query", "")[:100_000]
    config = {
        "endpoint": "/sparql",
        "start": asked or starter_text(get_queries(request)),
        "examples": stored,
        "openTab": request.query_params.get("example", ""),
        "tableLanguage": table_language(lang),
    }
    return render(
        request,
        "sparql.html",
        "sparql.title",
        examples=stored,
        config=embedded_json(config),
        widget_words=embedded_json(widget_words(YASGUI, lang, "#yasgui")),
    )


def embedded_json(data: object) -> str:
    """JSON safe inside a <script type="application/json"> element (no closing tag in it)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

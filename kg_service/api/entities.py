"""Our entity IRIs resolve on the service: `/id/...` answers HTML for browsers and RDF otherwise.

The IRIs are minted under https://w3id.org/fi-employment-steering/id/; a redirect there points
at this service's /id/ path. Content negotiation (Accept or `format`) picks Turtle, N-Triples,
JSON-LD, RDF/XML or an HTML summary with labels in the asked language and links that resolve.
"""

from __future__ import annotations

from html import escape
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse, Response

from kg_service.answers.assemble import Answers, value
from kg_service.answers.labels import pick
from kg_service.api.errors import NotFoundError
from kg_service.api.negotiation import choose_format, choose_language
from kg_service.namespaces import ES
from kg_service.queries.results import serialise
from kg_service.store.base import GraphResult

router = APIRouter(tags=["entities"])
MAX_INCOMING = 500
TITLES = {
    "fi": ("Tiedot", "Viittaukset tähän", "Lähteet"),
    "sv": ("Uppgifter", "Hänvisningar hit", "Källor"),
    "en": ("Statements", "Pointing here", "Sources"),
}


def _link(iri: str, label: str | None) -> str:
    """An HTML link: our IRIs go to this service's /id/ path."""
    href = "/id/" + iri[len(str(ES)) :] if iri.startswith(str(ES)) else iri
    return f'<a href="{escape(href, quote=True)}">{escape(label or iri)}</a>'


def _cell(
    term: ox.NamedNode | ox.Literal | ox.BlankNode, labels: dict[str, dict[str, str]], lang: str
) -> str:
    if isinstance(term, ox.NamedNode):
        return _link(term.value, pick(labels.get(term.value), lang))
    suffix = (
        f' <span class="lang">@{escape(term.language)}</span>'
        if isinstance(term, ox.Literal) and term.language
        else ""
    )
    return escape(term.value) + suffix


def render_html(iri: str, rows: list, labels: dict[str, dict[str, str]], lang: str) -> str:
    """A self-contained HTML summary of one node."""
    title = pick(labels.get(iri), lang) or iri
    out_title, in_title, _ = TITLES[lang]
    outgoing = [r for r in rows if value(r, "direction") == "out"]
    incoming = [r for r in rows if value(r, "direction") == "in"][:MAX_INCOMING]

    def table(items: list, heading: str) -> str:
        body = "".join(
            f"<tr><td>{_cell(r['property'], labels, lang)}</td>"
            f"<td>{_cell(r['value'], labels, lang)}</td></tr>"
            for r in items
        )
        return f"<h2>{escape(heading)}</h2><table>{body}</table>" if items else ""

    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "td{padding:.2em .6em;vertical-align:top;border-bottom:1px solid #ddd}.lang{color:#888}"
        f"code{{color:#555}}</style></head><body><h1>{escape(title)}</h1><p><code>{escape(iri)}</code></p>"
        f'<p>RDF: <a href="?format=turtle">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> · '
        f'<a href="?format=ntriples">N-Triples</a></p>'
        f"{table(outgoing, out_title)}{table(incoming, in_title)}</body></html>"
    )


@router.get("/id/{path:path}", summary="Resolve an entity IRI (HTML or RDF)")
def resolve(
    request: Request,
    path: str,
    format: Annotated[str | None, Query(description="html, turtle, ntriples, jsonld, rdfxml")] = None,
    lang: str | None = None,
    accept: Annotated[str | None, Header()] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """The node ``ES + path``: its statements and the statements pointing at it."""
    answers: Answers = request.app.state.answers
    iri = str(ES) + path
    rows = answers.run("describe", {"node": iri})
    if not rows:
        raise NotFoundError(f"no entity {iri} in the graph")
    fmt = choose_format(format, accept, {"html", "turtle", "ntriples", "jsonld", "rdfxml"}, "turtle")
    if fmt == "html":
        language = choose_language(lang, accept_language)
        iris = {iri} | {
            r[k].value for r in rows for k in ("property", "value") if isinstance(r[k], ox.NamedNode)
        }
        return HTMLResponse(render_html(iri, rows, answers.labels(iris), language))
    node = ox.NamedNode(iri)
    triples = [
        ox.Triple(node, r["property"], r["value"])
        if value(r, "direction") == "out"
        else ox.Triple(r["value"], r["property"], node)
        for r in rows
    ]
    body, media = serialise(GraphResult(triples), fmt)
    return Response(body, media_type=media)

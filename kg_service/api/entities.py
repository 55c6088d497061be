"""Our entity IRIs resolve on the service: `/id/...` answers HTML for browsers and RDF otherwise.

The IRIs are minted under https://w3id.org/fi-employment-steering/id/; a redirect there points
at this service's /id/ path. Content negotiation (Accept or `format`) picks Turtle, N-Triples,
JSON-LD, RDF/XML or an HTML summary with labels in the asked language and links that resolve.
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from kg_service.api.deps import AnswersDep
from kg_service.api.errors import NotFoundError
from kg_service.api.negotiation import choose_format
from kg_service.i18n.errors import Localised
from kg_service.namespaces import ES
from kg_service.queries.results import serialise
from kg_service.store.base import GraphResult, value
from kg_service.web.cards import card

router = APIRouter(tags=["entities"])


@router.get("/id/{path:path}", summary="Resolve an entity IRI (HTML or RDF)")
def resolve(
    request: Request,
    answers: AnswersDep,
    path: str,
    format: Annotated[str | None, Query(description="html, turtle, ntriples, jsonld, rdfxml")] = None,
    lang: str | None = None,
    accept: Annotated[str | None, Header()] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    """The node ``ES + path``: its statements and the statements pointing at it."""
    iri = str(ES) + path
    rows = answers.run("describe", {"node": iri})
    if not rows:
        raise NotFoundError(Localised("no_entity", iri=iri))
    fmt = choose_format(format, accept, {"html", "turtle", "ntriples", "jsonld", "rdfxml"}, "turtle")
    if fmt == "html":
        return card(request, answers, iri, rows)
    node = ox.NamedNode(iri)
    triples = []
    for r in rows:
        prop, other = r["property"], r["value"]
        if not isinstance(prop, ox.NamedNode):
            continue  # a property is always an IRI; the query cannot bind anything else
        if value(r, "direction") == "out":
            triples.append(ox.Triple(node, prop, other))
        elif not isinstance(other, ox.Literal):
            triples.append(ox.Triple(other, prop, node))
    body, media = serialise(GraphResult(triples), fmt)
    return Response(body, media_type=media)

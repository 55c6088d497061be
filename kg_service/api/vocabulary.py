"""Vocabulary, downloads and catalogue as data: `/api/vocabulary`, `/downloads/...`, `/catalog`.

The vocabulary pages (HTML) are built on the same functions; these routes give analysts and
harvesters the machine-readable side: each term's description as JSON, whole graphs in three
RDF formats, and a DCAT description that a data portal can harvest.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from kg_service.api.errors import NotFoundError
from kg_service.api.models import DownloadList, VocabularyIndex
from kg_service.api.negotiation import choose_format, choose_language
from kg_service.api.resources import AcceptLanguage, Lang
from kg_service.i18n.errors import Localised
from kg_service.vocabulary.downloads import FORMATS, GRAPHS, UnknownDownloadError, catalog, listing
from kg_service.vocabulary.model import Vocabulary
from kg_service.vocabulary.records import TermDetail

router = APIRouter(tags=["vocabulary"])
CATALOG_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt"}
CATALOG_MEDIA = {
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
}


def vocabulary(request: Request) -> Vocabulary:
    """The app's vocabulary (read from the model files on first use)."""
    return request.app.state.vocabulary.get()


def base_url(request: Request) -> str:
    """The service's own address as the client reached it, without a trailing slash."""
    return str(request.base_url).rstrip("/")


@router.get(
    "/api/vocabulary",
    response_model=VocabularyIndex,
    summary="Every class, property, shape and concept scheme of ours",
)
def terms(request: Request, lang: Lang = None, accept_language: AcceptLanguage = None) -> dict[str, object]:
    """The model's terms grouped by kind, with label and definition in the asked language."""
    language = choose_language(lang, accept_language)
    grouped = vocabulary(request).index(language)
    return {"lang": language, "count": sum(len(v) for v in grouped.values()), "terms": grouped}


@router.get(
    "/api/vocabulary/{term:path}",
    response_model=TermDetail,
    summary="One term: labels, definition, relations, shapes, worked query",
)
def term(
    request: Request, term: str, lang: Lang = None, accept_language: AcceptLanguage = None
) -> TermDetail:
    """A term by prefixed name (eso:Task, shp:TaskShape, es:scheme/roles) or full IRI."""
    language = choose_language(lang, accept_language)
    found = vocabulary(request).find(term)
    if found is None:
        raise NotFoundError(Localised("unknown_term", value=repr(term)))
    return vocabulary(request).detail(found, language)


@router.get("/api/downloads", response_model=DownloadList, summary="The whole-graph downloads")
def downloads(
    request: Request, lang: Lang = None, accept_language: AcceptLanguage = None
) -> dict[str, object]:
    """Ontology, shapes and data in Turtle, JSON-LD and N-Triples, with their addresses."""
    language = choose_language(lang, accept_language)
    return {"lang": language, "downloads": listing(base_url(request), language)}


@router.get(
    "/downloads/{name}", summary="Download a whole graph: ontology, shapes or data (.ttl, .jsonld, .nt)"
)
def download(request: Request, name: str) -> Response:
    """One graph in one format, as a file."""
    graph, _, fmt = name.rpartition(".")
    try:
        body, media = request.app.state.downloads.get(graph, fmt)
    except UnknownDownloadError:
        names = ", ".join(f"{g}.{f}" for g in GRAPHS for f in FORMATS)
        raise NotFoundError(Localised("unknown_download", value=repr(name), offered=names)) from None
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="fi-employment-steering-{graph}.{fmt}"'},
    )


@router.get("/catalog", summary="DCAT description of the dataset, its downloads and services")
def dcat_catalog(
    request: Request,
    format: Annotated[str | None, Query(description="turtle, jsonld or ntriples")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    """The catalogue in Turtle (default), JSON-LD or N-Triples, by `format` or Accept."""
    fmt = choose_format(format, accept, set(CATALOG_FORMATS), "turtle")
    body = catalog(base_url(request)).serialize(format=CATALOG_FORMATS[fmt], encoding="utf-8")
    return Response(body, media_type=CATALOG_MEDIA[fmt])

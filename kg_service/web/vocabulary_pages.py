"""Vocabulary pages (/vocabulary, /vocabulary/{term}) and the downloads page (/downloads).

In the manner of pyLODE and Skosmos: an index of every class, property, shape and concept scheme
of ours, and a page per term with its names and definition in fi/sv/en, its place in the model,
the shapes that constrain it and a worked query run on the data. The pages show what
GET /api/vocabulary returns, from the same functions.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg_service.answers.labels import with_label_columns
from kg_service.i18n import text
from kg_service.i18n.vocabulary import CATALOG
from kg_service.queries.stored import ParameterError
from kg_service.store.base import QueryError
from kg_service.vocabulary.downloads import FORMATS, GRAPHS
from kg_service.vocabulary.model import KIND_ORDER, Vocabulary, curie
from kg_service.vocabulary.records import TermDetail
from kg_service.web.search_page import page_text
from kg_service.web.templating import id_href, page_language, render

router = APIRouter(include_in_schema=False)
WORKED_ROWS = 10
FORMAT_NAMES = {"ttl": "Turtle", "jsonld": "JSON-LD", "nt": "N-Triples"}


def _vocabulary(request: Request) -> Vocabulary:
    return request.app.state.vocabulary.get()


@router.get("/vocabulary", response_class=HTMLResponse)
def vocabulary_index(request: Request) -> HTMLResponse:
    """Every term of ours, by kind."""
    lang = page_language(request)
    v = page_text(lang)
    return render(
        request,
        "vocabulary_index.html",
        "nav.vocabulary",
        title_text=v("vocab.title"),
        v=v,
        groups=_vocabulary(request).index(lang),
        kinds=KIND_ORDER,
    )


@router.get("/vocabulary/{term:path}", response_class=HTMLResponse)
def vocabulary_term(request: Request, term: str) -> HTMLResponse:
    """One term's page; an unknown term is a 404 page in the page language."""
    lang = page_language(request)
    v = page_text(lang)
    vocabulary = _vocabulary(request)
    found = vocabulary.find(term[:300])
    if found is None:
        return render(
            request,
            "vocabulary_unknown.html",
            "nav.vocabulary",
            status_code=404,
            title_text=v("vocab.title"),
            v=v,
            term=term[:300],
        )
    detail = vocabulary.detail(found, lang)
    heading = detail.label or detail.curie
    return render(
        request,
        "vocabulary_term.html",
        "nav.vocabulary",
        title_text=f"{heading} – {v('vocab.title')}",
        v=v,
        term=detail,
        heading=heading,
        worked=_worked_rows(request, detail, lang),
    )


def _worked_rows(request: Request, detail: TermDetail, lang: str) -> dict[str, object] | None:
    """The first rows of the term's worked query, labelled, run on the data the service serves."""
    worked = detail.workedQuery
    if worked is None:
        return None
    query = request.app.state.queries[worked.name]
    settings = request.app.state.settings
    try:
        rows = query.run(request.app.state.store, dict(worked.parameters), timeout=settings.query_timeout)
    except (ParameterError, QueryError):
        return {"columns": [], "rows": [], "total": 0}
    columns, labelled = with_label_columns(
        list(query.columns), rows[:WORKED_ROWS], request.app.state.answers.labels, lang
    )
    shown = [c for c in columns if not c.endswith("Label") or c[: -len("Label")] not in columns]
    table = [[_cell(row, c, lang) for c in shown] for row in labelled]
    return {"columns": shown, "rows": table, "total": len(rows)}


def _cell(row: dict, column: str, lang: str) -> dict[str, object]:
    """A cell as its text and, for an IRI, the link to its page.

    The text is the label, unless the only label is English on a Finnish or Swedish page: then the
    node's prefixed name stands in (a page in Finnish or Swedish holds no English prose).
    """
    term, label = row.get(column), row.get(f"{column}Label")
    iri = isinstance(term, ox.NamedNode)
    if label is not None and not (label.language == "en" and lang != "en"):
        shown, code = label.value, False
    elif isinstance(term, ox.NamedNode):
        shown, code = curie(term.value), True
    else:
        shown, code = (term.value if term is not None else ""), False
    return {"text": shown, "code": code, "href": id_href(term.value) if iri and term is not None else None}


@router.get("/downloads", response_class=HTMLResponse)
def downloads_page(request: Request) -> HTMLResponse:
    """The whole-graph downloads and the DCAT catalogue."""
    lang = page_language(request)
    v = page_text(lang)
    return render(
        request,
        "downloads.html",
        "nav.vocabulary",
        title_text=v("downloads.title"),
        v=v,
        graphs=GRAPHS,
        formats=FORMATS,
        graph_titles={g: text(CATALOG, f"graph.{g}", lang) for g in GRAPHS},
        format_names=FORMAT_NAMES,
    )

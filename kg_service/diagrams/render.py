"""One entry for the CLI and the API: check a request, gather its rows, draw it.

Both `kg draw` and GET /api/diagrams/{kind} reach ``draw_diagram`` (through
documents.drawing.draw_any, which makes the Word and PDF formats) with the caller's raw text
values, so the same request on the same graph gives the same bytes whichever way it came.
Caller mistakes raise ParameterError (the API answers 422, the CLI exits 2) naming the parameter;
an unknown kind raises UnknownKindError (404, exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg_service.answers.assemble import Answers
from kg_service.diagrams import tools
from kg_service.diagrams.common import BINARY_FORMATS, DOCUMENT_FORMATS, MEDIA_TYPES
from kg_service.diagrams.data import Filters
from kg_service.diagrams.describe import describe, label_svg, title_of
from kg_service.diagrams.registry import FORMATS, KINDS
from kg_service.diagrams.rows import DiagramData
from kg_service.i18n import LANGUAGES
from kg_service.i18n.errors import Localised
from kg_service.queries.stored import ParameterError, ParamType, coerce_value


class UnknownKindError(LookupError):
    """A diagram kind we do not draw."""


@dataclass(frozen=True)
class Drawing:
    """A rendered diagram: its bytes, media type and a file name to save it under."""

    body: bytes
    media_type: str
    filename: str


def check_request(
    kind: str, fmt: str | None, lang: str | None, at: str | None, part: str | None, actor: str | None
) -> tuple[str, Filters]:
    """The format and the filters of a request, every value checked; raises on the first bad one."""
    if kind not in KINDS:
        raise UnknownKindError(Localised("unknown_kind", value=repr(kind), kinds=", ".join(KINDS)))
    allowed = FORMATS[kind]
    fmt = (fmt or allowed[0]).strip().lower()
    if fmt not in allowed:
        raise ParameterError(
            "format", Localised("param.drawn_as", kind=kind, allowed=", ".join(allowed), value=repr(fmt))
        )
    lang = (lang or "fi").strip().lower()
    if lang not in LANGUAGES:
        raise ParameterError("lang", Localised("param.not_language", value=repr(lang)))
    return fmt, Filters(
        lang=lang,
        at=coerce_value("at", ParamType.DATE, at).value if at else None,
        part=coerce_value("part", ParamType.IRI, part).value if part else None,
        actor=coerce_value("actor", ParamType.IRI, actor).value if actor else None,
    )


def must_be_known(answers: Answers, filters: Filters) -> None:
    """A part or actor the graph has no label for is a typo, not an empty diagram."""
    for name, iri in (("part", filters.part), ("actor", filters.actor)):
        if iri and not answers.labels({iri}):
            raise ParameterError(name, Localised("param.not_in_graph", name=name, iri=iri))


def draw_diagram(
    answers: Answers,
    kind: str,
    fmt: str | None = None,
    lang: str | None = None,
    at: str | None = None,
    part: str | None = None,
    actor: str | None = None,
) -> Drawing:
    """The diagram ``kind`` drawn in ``fmt`` for the filters, as bytes. Word and PDF documents of
    a diagram are made by kg_service.documents.drawing.draw_any, which callers use."""
    fmt, filters = check_request(kind, fmt, lang, at, part, actor)
    if fmt in DOCUMENT_FORMATS:
        raise ParameterError("format", f"{fmt} is a document: make it with documents.drawing.draw_any")
    must_be_known(answers, filters)
    data = KINDS[kind].gather(answers, filters)
    return render(kind, fmt, data, filters.lang)


def render(kind: str, fmt: str, data: DiagramData, lang: str) -> Drawing:
    """Draw gathered ``data``: the kind's module gives text (SVG, DOT, ...) or bytes (XLSX); PNG is
    made from the SVG (hand-drawn kinds) or by Graphviz from the DOT source (graph kinds). Every
    SVG gets a <title> and <desc> in ``lang`` (describe.label_svg)."""
    declared = KINDS[kind]
    if declared.graphviz and fmt in ("svg", "png"):
        body = tools.dot(str(declared.draw("dot", data, lang)), fmt)
        if fmt == "svg":
            body = label_svg(body.decode("utf-8"), title_of(data), describe(kind, data, lang)).encode("utf-8")
    elif fmt == "png":
        body = tools.svg_to_png(str(declared.draw("svg", data, lang)))
    else:
        out = declared.draw(fmt, data, lang)
        if fmt == "svg":
            out = label_svg(str(out), title_of(data), describe(kind, data, lang))
        body = out if isinstance(out, bytes) else out.encode("utf-8")
    suffix = f"{kind}-{lang}.{fmt}"
    return Drawing(body, MEDIA_TYPES[fmt], suffix)


__all__ = ["BINARY_FORMATS", "Drawing", "UnknownKindError", "check_request", "draw_diagram", "render"]

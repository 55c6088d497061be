"""Diagrams inside pages: the service's own SVG, inlined, with its text alternative beside it.

The SVG comes from the same ``draw_diagram`` as /api/diagrams and `kg draw`, and already carries
role="img", <title> and <desc> in the page language; the page repeats the description as a
caption so that sighted readers and screen readers get the same words. Inlining (rather than an
<img>) keeps the text in the SVG selectable and the page one request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urlencode

from markupsafe import Markup

from kg_service.answers.assemble import Answers
from kg_service.diagrams.render import draw_diagram

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?")
_TITLE = re.compile(r"<title[^>]*>([^<]*)</title>")
_DESC = re.compile(r"<desc[^>]*>([^<]*)</desc>")


@dataclass(frozen=True)
class Embedded:
    """An inline SVG with its title, description and the address of the same drawing."""

    svg: Markup
    title: str
    description: str
    href: str


CACHE_SIZE = 64
"""Drawings kept per app: the graph does not change while the service runs, so a drawing is
the same every time for the same choices; the oldest is dropped past this many."""


def embed_cached(
    state: object,
    answers: Answers,
    kind: str,
    lang: str,
    at: str | None = None,
    part: str | None = None,
    actor: str | None = None,
) -> Embedded:
    """``embed``, remembered on the app state for the same choices."""
    cache: dict[tuple[str | None, ...], Embedded] = getattr(state, "web_drawings", None) or {}
    key = (kind, lang, at, part, actor)
    if key not in cache:
        if len(cache) >= CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = embed(answers, kind, lang, at, part, actor)
        state.web_drawings = cache  # type: ignore[attr-defined]
    return cache[key]


def embed(
    answers: Answers,
    kind: str,
    lang: str,
    at: str | None = None,
    part: str | None = None,
    actor: str | None = None,
) -> Embedded:
    """The diagram ``kind`` as inline SVG for a page in ``lang``."""
    drawing = draw_diagram(answers, kind, "svg", lang, at, part, actor)
    svg = _XML_DECLARATION.sub("", drawing.body.decode("utf-8"))
    title, description = _TITLE.search(svg), _DESC.search(svg)
    params = {k: v for k, v in {"lang": lang, "at": at, "part": part, "actor": actor}.items() if v}
    return Embedded(
        Markup(svg),  # noqa: S704 - our own renderer's SVG; every text in it is escaped there
        unescape(title.group(1)) if title else kind,
        unescape(description.group(1)) if description else "",
        f"/api/diagrams/{kind}?" + urlencode(params),
    )

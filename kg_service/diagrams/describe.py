"""What a diagram shows, in words: the SVG's <title> and <desc>, and the alternative text of its
image in a Word or PDF document (WCAG 1.1.1).

The description is made from the same gathered data the drawing is made from, so its counts are
the drawing's; the sentences are the diagrams' own text (common.TEXTS, in fi, sv and en).
"""

from __future__ import annotations

import re
from html import escape

from kg_service.diagrams.common import say
from kg_service.diagrams.registry import KINDS
from kg_service.diagrams.rows import DiagramData


def describe(kind: str, data: DiagramData, lang: str) -> str:
    """One or two sentences saying what the diagram of ``kind`` drawn from ``data`` shows (the
    kind's own counts in its sentence ``desc-<kind>``)."""
    return say(f"desc-{kind}", lang, **KINDS[kind].counts(data))


def title_of(data: DiagramData) -> str:
    """The diagram's title and filters on one line (its <title> and the caption of its image)."""
    return " · ".join(data.caption.lines)


_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
_LEADING_TITLE = re.compile(r"\s*<title>[^<]*</title>")
_GRAPHVIZ_TITLE = re.compile(r'(<g id="graph0"[^>]*>\s*<title>)[^<]*(</title>)')


def label_svg(svg: str, title: str, desc: str) -> str:
    """``svg`` with its own <title> and <desc> first inside the root (what screen readers and Word
    read) and role="img" naming them; Graphviz's title (the DOT graph's name) becomes ``title``."""
    opening = _SVG_OPEN.search(svg)
    if opening is None:
        return svg
    tag = opening.group(0)
    if "role=" not in tag:
        tag = tag[:-1] + ' role="img" aria-labelledby="diagram-title diagram-desc">'
    rest = _LEADING_TITLE.sub("", svg[opening.end() :], count=1)
    rest = _GRAPHVIZ_TITLE.sub(lambda m: m.group(1) + escape(title) + m.group(2), rest, count=1)
    head = (
        f'\n<title id="diagram-title">{escape(title)}</title>\n<desc id="diagram-desc">{escape(desc)}</desc>'
    )
    return svg[: opening.start()] + tag + head + rest

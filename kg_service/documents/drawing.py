"""Any diagram in any of its formats: the one entry for `kg draw KIND` and GET /api/diagrams/{kind}.

A Word or PDF document of a diagram is made here (kg_service.documents: the RACI as a table, any
other kind as a captioned picture); every other format is drawn by diagrams.render. Keeping this
choice above both packages lets the diagrams know nothing of documents (no import cycle), and
the document writers (python-docx, WeasyPrint) are imported only when a document is asked for.
"""

from __future__ import annotations

from kg_service.answers.assemble import Answers
from kg_service.diagrams.common import DOCUMENT_FORMATS
from kg_service.diagrams.render import Drawing, check_request, draw_diagram, must_be_known


def draw_any(
    answers: Answers,
    kind: str,
    fmt: str | None = None,
    lang: str | None = None,
    at: str | None = None,
    part: str | None = None,
    actor: str | None = None,
) -> Drawing:
    """The diagram ``kind`` in ``fmt`` (a drawing, or a DOCX or PDF document of it) as bytes."""
    checked, filters = check_request(kind, fmt, lang, at, part, actor)
    if checked not in DOCUMENT_FORMATS:
        return draw_diagram(answers, kind, checked, lang, at, part, actor)
    must_be_known(answers, filters)
    from kg_service.documents.make import make_document

    return make_document(answers, (kind,), checked, filters, kind)

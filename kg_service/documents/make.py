"""One entry for the CLI and the API: a document (the guidance annex or one diagram) as DOCX or
PDF for checked filters, with the file name it is saved under.

The annex describes one day: ``at`` if given, else the day it is made, so that the ELY centres and
their successors never share a table; a single diagram keeps the diagrams' meaning of no ``at``
(every assignment, whatever its dates).
"""

from __future__ import annotations

from datetime import date

from kg_service.answers.assemble import Answers
from kg_service.diagrams.common import MEDIA_TYPES
from kg_service.diagrams.data import Filters
from kg_service.diagrams.render import Drawing, check_request, must_be_known
from kg_service.documents.content import ANNEX_KINDS, gather
from kg_service.documents.pdf import to_pdf
from kg_service.documents.word import to_docx
from kg_service.i18n.errors import Localised
from kg_service.queries.stored import ParameterError

ANNEX_FORMATS = ("docx", "pdf")


def make_document(answers: Answers, kinds: tuple[str, ...], fmt: str, filters: Filters, name: str) -> Drawing:
    """The document of ``kinds`` in ``fmt`` (docx or pdf), made today."""
    content = gather(answers, filters, kinds, date.today())
    body = to_docx(content) if fmt == "docx" else to_pdf(content)
    return Drawing(body, MEDIA_TYPES[fmt], f"{name}-{filters.lang}.{fmt}")


def make_annex(
    answers: Answers,
    fmt: str | None = None,
    lang: str | None = None,
    at: str | None = None,
    part: str | None = None,
    actor: str | None = None,
) -> Drawing:
    """The guidance annex: every value checked as for a diagram; raises ParameterError naming the
    first bad one."""
    fmt = (fmt or ANNEX_FORMATS[0]).strip().lower()
    if fmt not in ANNEX_FORMATS:
        raise ParameterError(
            "format", Localised("param.not_format", value=repr(fmt), allowed=", ".join(ANNEX_FORMATS))
        )
    _, filters = check_request("raci", fmt, lang, at or date.today().isoformat(), part, actor)
    must_be_known(answers, filters)
    return make_document(answers, ANNEX_KINDS, fmt, filters, "annex")

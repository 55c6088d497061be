"""The document as DOCX (python-docx): A4, the language set on the whole document (fi-FI, sv-SE or
en-GB, so Word checks spelling in the right language), headings in Word's heading styles, the RACI
matrix as native tables (header row repeated on every page, rows kept whole, landscape pages when
wide), pictures with alternative text and numbered captions, page numbers in the footer.

Accessibility as Word's checker sees it: a document title, heading styles, table header rows,
alternative text on every picture, text that names each colour's meaning (RACI letters, status
marks). The same content gives the same bytes (fixed dates and zip times).
"""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from kg_service.diagrams.common import RACI_COLOURS, say
from kg_service.documents.content import Content, Figure
from kg_service.documents.layout import (
    PORTRAIT,
    Page,
    actor_chunks,
    chunk_groups,
    column_widths_cm,
    picture_page,
    picture_size_cm,
    raci_page,
)
from kg_service.documents.packaging import fixed_zip_times

LOCALES = {"fi": "fi-FI", "sv": "sv-SE", "en": "en-GB"}
HEADER_FILL, GROUP_FILL, WHITE = "1F618D", "EAEDED", RGBColor(0xFF, 0xFF, 0xFF)
TABLE_FONT = Pt(8)


def _set_language(document: DocxDocument, lang: str) -> None:
    """Every run's default language (docDefaults and any style that names one)."""
    locale = LOCALES[lang]
    for element in document.styles.element.iter(qn("w:lang")):
        element.set(qn("w:val"), locale)
        element.set(qn("w:eastAsia"), locale)
    settings = document.settings.element
    for element in settings.iter(qn("w:themeFontLang")):
        element.set(qn("w:val"), locale)


def _page(document: DocxDocument, page: Page, new: bool = True) -> None:
    """Start a new section (on a new page) with ``page``'s orientation, A4 and the margins."""
    section = document.add_section(WD_SECTION.NEW_PAGE) if new else document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT if page is PORTRAIT else WD_ORIENT.LANDSCAPE
    width, height = page.size_cm
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES, SEQ ...) with the value shown until Word updates it."""
    for kind, content in (("begin", None), ("instr", instruction), ("separate", None), ("text", shown)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {content} "
            run._r.append(element)
        elif kind == "text":
            run.text = str(content)
        else:
            run._r.append(_fld_char(kind))
    paragraph.add_run()._r.append(_fld_char("end"))


def _fld_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shading)


def _row_flags(row: object, header: bool) -> None:
    """Keep a row on one page; a header row repeats at the top of every page."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant_split = OxmlElement("w:cantSplit")
    properties.append(cant_split)
    if header:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)


def _cell_text(cell: _Cell, text: str, bold: bool = False, white: bool = False) -> Paragraph:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold, run.font.size = bold, TABLE_FONT
    if white:
        run.font.color.rgb = WHITE
    return paragraph


def _caption(document: DocxDocument, content: Content, kind: str, number: int, title: str) -> None:
    """ "Kuva 2. Title" / "Taulukko 1. Title" in the Caption style, the number a SEQ field."""
    word = content.t(kind)
    paragraph = document.add_paragraph(style="Caption")
    paragraph.add_run(f"{word} ")
    _field(paragraph, f"SEQ {word} \\* ARABIC", str(number))
    paragraph.add_run(f". {title}")
    paragraph.paragraph_format.keep_with_next = kind == "table"


def _raci_table(document: DocxDocument, content: Content, columns: range, page: Page) -> Table:
    matrix = content.matrix
    assert matrix is not None  # noqa: S101 - called only when the matrix is included
    actors = [matrix.actors[i] for i in columns]
    task_width, actor_width = column_widths_cm(page, len(actors))
    table = document.add_table(rows=1, cols=1 + len(actors))
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0]
    _row_flags(header, header=True)
    for index, cell in enumerate(header.cells):
        label = say("task", content.lang) if index == 0 else actors[index - 1][1]
        _cell_text(cell, label, bold=True, white=True)
        _shade(cell, HEADER_FILL)
    for _, group_label, tasks in chunk_groups(matrix, actors):
        row = table.add_row()
        _row_flags(row, header=False)
        merged = row.cells[0].merge(row.cells[-1])
        _cell_text(merged, group_label, bold=True)
        _shade(merged, GROUP_FILL)
        for task, label in tasks:
            row = table.add_row()
            _row_flags(row, header=False)
            _cell_text(row.cells[0], label)
            for cell, (actor, _) in zip(row.cells[1:], actors, strict=True):
                entries = matrix.cell(task, actor)
                if not entries:
                    continue
                _shade(cell, RACI_COLOURS[entries[0].code])
                paragraph = cell.paragraphs[0]
                for number, entry in enumerate(entries):
                    code = paragraph.add_run(
                        ("\n" if number else "") + entry.code + ("*" if entry.inherited else "")
                    )
                    code.bold, code.font.size = True, TABLE_FONT
                    if entry.verbs:
                        verbs = paragraph.add_run(f" ({', '.join(entry.verbs)})")
                        verbs.font.size = Pt(7)
    _widths(table, [task_width] + [actor_width] * len(actors))
    return table


def _widths(table: Table, widths_cm: list[float]) -> None:
    """Column widths in the table grid and in every cell (Word reads the cells, LibreOffice the grid)."""
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _legend(document: DocxDocument, content: Content) -> None:
    document.add_heading(content.t("legend-heading"), level=2)
    for heading, items in (
        (content.t("legend-raci"), content.raci_items()),
        (content.t("legend-status"), content.statuses),
    ):
        document.add_paragraph(heading).runs[0].bold = True
        for fill, label in items:
            paragraph = document.add_paragraph(style="List Bullet")
            swatch = paragraph.add_run("\u2003\u2003")
            properties = swatch._r.get_or_add_rPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:fill"), fill.lstrip("#").upper())
            properties.append(shading)
            paragraph.add_run(f" {label}")
    document.add_paragraph(content.inherited_note)


def _figure(
    document: DocxDocument, content: Content, figure: Figure, number: int, heading: str | None
) -> None:
    page = picture_page(figure.width, figure.height)
    _page(document, page)
    if heading:
        document.add_heading(heading, level=1)
    width, _ = picture_size_cm(figure.width, figure.height, page)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.keep_with_next = True
    shape = paragraph.add_run().add_picture(io.BytesIO(figure.png), width=Cm(width))
    properties = shape._inline.docPr
    properties.set("descr", figure.alt)
    properties.set("title", figure.title)
    _caption(document, content, "figure", number, figure.title)


def _sources(document: DocxDocument, content: Content) -> None:
    document.add_heading(content.t("sources-heading"), level=1)
    if not content.sources:
        document.add_paragraph(content.t("no-sources"))
        return
    document.add_paragraph(content.t("sources-intro"))
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    widths = (4.5, 5.5, 5.0, 2.0)
    keys = ("source-document", "source-locator", "source-tasks", "source-confidence")
    _row_flags(table.rows[0], header=True)
    for cell, key in zip(table.rows[0].cells, keys, strict=True):
        _cell_text(cell, content.t(key), bold=True, white=True)
        _shade(cell, HEADER_FILL)
    for source in content.sources:
        row = table.add_row()
        for cell, text in zip(
            row.cells,
            (source.document, source.locator, "; ".join(source.tasks), source.confidence),
            strict=True,
        ):
            _cell_text(cell, text)
    _widths(table, list(widths))


def _footer(document: DocxDocument, content: Content) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = 1  # centred
    paragraph.add_run(f"{content.t('page')} ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" / ")
    _field(paragraph, "NUMPAGES", "1")


def to_docx(content: Content) -> bytes:
    """The document's bytes."""
    document = Document()
    _set_language(document, content.lang)
    _page(document, PORTRAIT, new=False)
    _footer(document, content)
    properties = document.core_properties
    made = datetime.fromisoformat(content.made_on)
    properties.title, properties.language = content.title, LOCALES[content.lang]
    properties.author = properties.last_modified_by = ""
    properties.created = properties.modified = properties.last_printed = made
    properties.comments = properties.keywords = properties.subject = ""
    if content.kicker:
        document.add_paragraph(content.kicker, style="Subtitle")
    document.add_paragraph(content.title, style="Title")
    for line in content.lines:
        document.add_paragraph(line)
    tables = 0
    if content.matrix is not None:
        page = raci_page(len(content.matrix.actors))
        if page is not PORTRAIT:
            _page(document, page)
        document.add_heading(content.t("raci-heading"), level=1)
        document.add_paragraph(content.t("raci-intro"))
        chunks = actor_chunks(len(content.matrix.actors))
        for index, columns in enumerate(chunks):
            if index:
                document.add_page_break()
            tables += 1
            title = content.raci_title
            if len(chunks) > 1:
                title = content.t(
                    "raci-part", first=columns.start + 1, last=columns.stop, total=len(content.matrix.actors)
                )
            _caption(document, content, "table", tables, title)
            table = _raci_table(document, content, columns, page)
            table._tbl.tblPr.append(_table_text("w:tblCaption", title))
            table._tbl.tblPr.append(_table_text("w:tblDescription", content.raci_alt))
        _legend(document, content)
    for number, figure in enumerate(content.figures, start=1):
        heading = content.t("figures-heading") if number == 1 and content.matrix is not None else None
        _figure(document, content, figure, number, heading)
    _page(document, PORTRAIT)
    _sources(document, content)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip_times(out.getvalue())


def _table_text(tag: str, text: str) -> BaseOxmlElement:
    """The table's title or alternative text (Word: Table Properties > Alt Text)."""
    element = OxmlElement(tag)
    element.set(qn("w:val"), text)
    return element

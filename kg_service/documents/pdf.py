"""The document as PDF (WeasyPrint): the same content as the Word file, laid out by HTML and CSS
for print: A4 with page numbers, landscape pages for wide tables and pictures, table header rows
repeated on every page, DejaVu Sans embedded (å, ä, ö and the status marks).

The PDF is tagged (PDF/UA-1: structure tree, the document's language and title, alternative text
on pictures, table headers), so screen readers can follow it. ``html_to_pdf`` prints any of our
self-contained HTML pages (the check report) the same way.
"""

from __future__ import annotations

import base64
from html import escape

from kg_service.diagrams.common import RACI_COLOURS, say
from kg_service.documents.content import Content, Figure
from kg_service.documents.layout import (
    MARGIN_CM,
    PORTRAIT,
    actor_chunks,
    chunk_groups,
    column_widths_cm,
    picture_page,
    picture_size_cm,
    raci_page,
)
from kg_service.i18n import text
from kg_service.i18n.documents import DOCUMENTS

FONT = "'DejaVu Sans', Verdana, sans-serif"


def print_css(lang: str) -> str:
    """A4 pages with "Sivu n / N" at the foot, a named landscape page, the print font."""
    page = text(DOCUMENTS, "page", lang)
    return f"""
@page {{ size: A4; margin: {MARGIN_CM}cm; font-family: {FONT};
  @bottom-center {{ content: "{page} " counter(page) " / " counter(pages); font-size: 9pt;
    font-family: {FONT}; color: #333; }} }}
@page wide {{ size: A4 landscape; }}
html {{ font-family: {FONT}; font-size: 10pt; color: #1c2833; }}
body {{ margin: 0; background: #fff; }}
main {{ max-width: none; padding: 0; }}
.wide {{ page: wide; }}
.new-page {{ break-before: page; }}
h1, h2, h3 {{ break-after: avoid; }}
table {{ border-collapse: collapse; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
td, th {{ overflow-wrap: break-word; hyphens: auto; }}
td.nowrap {{ white-space: normal !important; }}
table:not(.raci):not(.sources) {{ font-size: 8.5pt; }}
table:not(.raci):not(.sources) th, table:not(.raci):not(.sources) td {{ padding: 3pt 4pt !important; }}
"""


DOCUMENT_CSS = f"""
.kicker {{ color: #1f618d; font-size: 12pt; margin: 0; }}
h1.title {{ font-size: 22pt; margin: 4pt 0 14pt; color: #154360; }}
h1 {{ font-size: 16pt; color: #154360; }} h2 {{ font-size: 13pt; color: #154360; }}
table.raci, table.sources {{ width: 100%; table-layout: fixed; font-size: 7.5pt; }}
table.raci th, table.raci td, table.sources th, table.sources td {{ border: 0.5pt solid #aab7b8;
  padding: 2pt 3pt; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }}
table thead th {{ background: #1f618d; color: #fff; text-align: left; }}
table.raci tr.group th {{ background: #eaeded; text-align: left; }}
table.raci tbody th {{ font-weight: normal; text-align: left; }}
.verb {{ font-size: 6.5pt; }}
caption, figcaption {{ caption-side: top; text-align: left; font-size: 9pt; color: #1f618d;
  font-weight: bold; margin: 4pt 0; }}
figure {{ margin: 0; }} figure img {{ display: block; }}
.swatch {{ display: inline-block; width: 1.6em; height: 0.9em; border: 0.5pt solid #566573;
  vertical-align: middle; margin-right: 0.4em; }}
ul.legend {{ list-style: none; padding-left: 0; }}
body {{ font-family: {FONT}; }}
"""


def _raci_tables(content: Content) -> list[str]:
    matrix = content.matrix
    assert matrix is not None  # noqa: S101 - called only when the matrix is included
    page = raci_page(len(matrix.actors))
    chunks = actor_chunks(len(matrix.actors))
    parts = []
    for index, columns in enumerate(chunks):
        actors = [matrix.actors[i] for i in columns]
        task_cm, actor_cm = column_widths_cm(page, len(actors))
        title = content.raci_title
        if len(chunks) > 1:
            title = content.t(
                "raci-part", first=columns.start + 1, last=columns.stop, total=len(matrix.actors)
            )
        cols = f'<col style="width:{task_cm:.2f}cm">' + "".join(
            f'<col style="width:{actor_cm:.2f}cm">' for _ in actors
        )
        head = f'<th scope="col">{escape(say("task", content.lang))}</th>' + "".join(
            f'<th scope="col">{escape(label)}</th>' for _, label in actors
        )
        rows = []
        for _, group_label, tasks in chunk_groups(matrix, actors):
            span = len(actors) + 1
            rows.append(
                f'<tr class="group"><th colspan="{span}" scope="rowgroup">{escape(group_label)}</th></tr>'
            )
            for task, label in tasks:
                cells = []
                for actor, _ in actors:
                    entries = matrix.cell(task, actor)
                    fill = f' style="background:{RACI_COLOURS[entries[0].code]}"' if entries else ""
                    inner = "<br>".join(
                        f"<b>{escape(e.code + ('*' if e.inherited else ''))}</b>"
                        + (f' <span class="verb">({escape(", ".join(e.verbs))})</span>' if e.verbs else "")
                        for e in entries
                    )
                    cells.append(f"<td{fill}>{inner}</td>")
                rows.append(f'<tr><th scope="row">{escape(label)}</th>{"".join(cells)}</tr>')
        breaking = " new-page" if index else ""
        parts.append(
            f'<table class="raci{breaking}"><caption>{escape(title)}</caption><colgroup>{cols}</colgroup>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    return parts


def _legend(content: Content) -> str:
    def items(pairs: list[tuple[str, str]]) -> str:
        return "".join(
            f'<li><span class="swatch" style="background:{fill}"></span>{escape(label)}</li>'
            for fill, label in pairs
        )

    return (
        f"<h2>{escape(content.t('legend-heading'))}</h2>"
        f'<h3>{escape(content.t("legend-raci"))}</h3><ul class="legend">{items(content.raci_items())}</ul>'
        f'<h3>{escape(content.t("legend-status"))}</h3><ul class="legend">{items(content.statuses)}</ul>'
        f"<p>{escape(content.inherited_note)}</p>"
    )


def _figure(content: Content, figure: Figure, number: int, heading: str | None) -> str:
    page = picture_page(figure.width, figure.height)
    width, _ = picture_size_cm(figure.width, figure.height, page)
    wide = " wide" if page is not PORTRAIT else ""
    data = base64.b64encode(figure.png).decode("ascii")
    top = f"<h1>{escape(heading)}</h1>" if heading else ""
    return (
        f'<section class="new-page{wide}">{top}<figure><figcaption>{escape(content.t("figure"))} {number}. '
        f"{escape(figure.title)}</figcaption>"
        f'<img src="data:image/png;base64,{data}" alt="{escape(figure.alt)}" style="width:{width:.2f}cm">'
        f"</figure></section>"
    )


def _sources(content: Content) -> str:
    parts = [f'<section class="new-page"><h1>{escape(content.t("sources-heading"))}</h1>']
    if not content.sources:
        return "".join([*parts, f"<p>{escape(content.t('no-sources'))}</p></section>"])
    keys = ("source-document", "source-locator", "source-tasks", "source-confidence")
    head = "".join(f'<th scope="col">{escape(content.t(k))}</th>' for k in keys)
    rows = "".join(
        f"<tr><td>{escape(s.document)}</td><td>{escape(s.locator)}</td>"
        f"<td>{escape('; '.join(s.tasks))}</td><td>{escape(s.confidence)}</td></tr>"
        for s in content.sources
    )
    widths = "".join(f'<col style="width:{w}cm">' for w in (4.5, 5.5, 5.0, 2.0))
    return "".join(
        [
            *parts,
            f"<p>{escape(content.t('sources-intro'))}</p>",
            f'<table class="sources"><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></section>",
        ]
    )


def to_html(content: Content) -> str:
    """The document as one self-contained HTML page laid out for print."""
    parts = [
        f'<!DOCTYPE html><html lang="{content.lang}"><head><meta charset="utf-8">',
        f"<title>{escape(content.title)}</title><style>{DOCUMENT_CSS}</style></head><body><main>",
    ]
    if content.kicker:
        parts.append(f'<p class="kicker">{escape(content.kicker)}</p>')
    parts.append(f'<h1 class="title">{escape(content.title)}</h1>')
    parts += [f"<p>{escape(line)}</p>" for line in content.lines]
    if content.matrix is not None:
        wide = " wide" if raci_page(len(content.matrix.actors)) is not PORTRAIT else ""
        parts.append(f'<section class="new-page{wide}"><h1>{escape(content.t("raci-heading"))}</h1>')
        parts.append(f"<p>{escape(content.t('raci-intro'))}</p>")
        parts += _raci_tables(content)
        parts.append(_legend(content) + "</section>")
    for number, figure in enumerate(content.figures, start=1):
        heading = content.t("figures-heading") if number == 1 and content.matrix is not None else None
        parts.append(_figure(content, figure, number, heading))
    parts.append(_sources(content))
    parts.append("</main></body></html>\n")
    return "".join(parts)


def html_to_pdf(html: str, lang: str) -> bytes:
    """Print a self-contained HTML page to a tagged A4 PDF (PDF/UA-1) with page numbers."""
    from weasyprint import CSS, HTML

    document = HTML(string=html, base_url=None)
    return document.write_pdf(stylesheets=[CSS(string=print_css(lang))], pdf_variant="pdf/ua-1")


def to_pdf(content: Content) -> bytes:
    """The document's PDF bytes."""
    return html_to_pdf(to_html(content), content.lang)

"""The RACI matrix: tasks (rows, grouped by the workstream or part they belong to) by actors
(columns), as SVG, PNG, HTML, CSV and XLSX.

A cell lists the actor's RACI codes on the task in the order A, R, C, I; a code is followed by the
graph's own verb where the role is a narrower one (R (ohjeistaa)), and by * where the assignment
is inherited from a workstream, a part or the whole model. Pure functions of the rows that
data.role_rows gives; the XLSX is written without a clock (fixed document dates and zip times),
so the same rows always give the same bytes.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from kg_service.diagrams.common import (
    GRID,
    INK,
    RACI_COLOURS,
    RACI_ORDER,
    Caption,
    legend_items,
    say,
    sort_key,
    svg_caption,
    svg_document,
    svg_line,
    svg_rect,
    svg_text,
)
from kg_service.diagrams.data import gather_raci
from kg_service.diagrams.kind import DiagramKind
from kg_service.diagrams.rows import RaciData, RoleRow
from kg_service.diagrams.text import text_width, wrap

FIXED_TIME = datetime(2000, 1, 1)
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass
class Entry:
    """One RACI code of one actor on one task: the code, the narrower verbs, inherited or not."""

    code: str
    verbs: list[str] = field(default_factory=list)
    inherited: bool = True

    def text(self) -> str:
        mark = "*" if self.inherited else ""
        return f"{self.code}{mark}" + (f" ({', '.join(self.verbs)})" if self.verbs else "")


@dataclass
class Matrix:
    """Actors (columns), groups of tasks (rows) and the cells."""

    actors: list[tuple[str, str]]
    groups: list[tuple[str | None, str, list[tuple[str, str]]]]
    cells: dict[tuple[str, str], list[Entry]]

    def cell(self, task: str, actor: str) -> list[Entry]:
        return self.cells.get((task, actor), [])

    def cell_text(self, task: str, actor: str) -> str:
        return ", ".join(entry.text() for entry in self.cell(task, actor))


def build(rows: list[RoleRow], legend: dict[str, str], lang: str) -> Matrix:
    """The matrix of ``rows``; a role whose label is its RACI code's own adds no verb."""
    actors = {str(r.actor): str(r.actor_label) for r in rows}
    tasks = {str(r.task): str(r.task_label) for r in rows}
    group_of = {str(r.task): (r.group, r.group_label) for r in rows}
    entries: dict[tuple[str, str], dict[str, Entry]] = {}
    for row in rows:
        code = str(row.raci)
        entry = entries.setdefault((str(row.task), str(row.actor)), {}).setdefault(code, Entry(code))
        entry.inherited = entry.inherited and bool(row.inherited)
        verb = str(row.role_label)
        if verb != legend.get(code) and verb not in entry.verbs:
            entry.verbs.append(verb)
    cells = {key: [codes[c] for c in RACI_ORDER if c in codes] for key, codes in entries.items()}
    for cell in cells.values():
        for entry in cell:
            entry.verbs.sort(key=str.casefold)
    grouped: dict[str | None, list[tuple[str, str]]] = {}
    for task, label in tasks.items():
        grouped.setdefault(group_of[task][0], []).append((task, label))
    labels = {
        g: str(group_of[items[0][0]][1]) if g else say("other-tasks", lang) for g, items in grouped.items()
    }
    order = sorted(grouped, key=lambda g: (g is None, *sort_key(labels[g], g or "")))
    return Matrix(
        actors=sorted(actors.items(), key=lambda a: sort_key(a[1], a[0])),
        groups=[(g, labels[g], sorted(grouped[g], key=lambda t: sort_key(t[1], t[0]))) for g in order],
        cells=cells,
    )


# ----------------------------------------------------------------------------------- CSV


def to_csv(matrix: Matrix, lang: str) -> str:
    """Group, task and one column per actor; RFC 4180 (CRLF line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([say("group", lang), say("task", lang), *(label for _, label in matrix.actors)])
    for _, group_label, tasks in matrix.groups:
        for task, label in tasks:
            cells = [matrix.cell_text(task, actor) for actor, _ in matrix.actors]
            writer.writerow([group_label, label, *cells])
    return out.getvalue()


# ---------------------------------------------------------------------------------- HTML

HTML_STYLE = (
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:14px;color:#1c2833}"
    "table{border-collapse:collapse}"
    "th,td{border:1px solid #aab7b8;padding:4px 6px;vertical-align:top}"
    "thead th{background:#1f618d;color:#fff}tr.group th{background:#eaeded;text-align:left}"
    "tbody th{text-align:left;font-weight:normal;max-width:28em}td{text-align:center}"
    ".filters,.legend{color:#566573}"
)


def to_html(matrix: Matrix, cap: Caption, legend: dict[str, str], lang: str) -> str:
    """A self-contained HTML page with the matrix as a table (paste into Word or a web page)."""
    head = "".join(f"<th>{escape(label)}</th>" for _, label in matrix.actors)
    body = []
    span = len(matrix.actors) + 1
    for _, group_label, tasks in matrix.groups:
        body.append(f'<tr class="group"><th colspan="{span}">{escape(group_label)}</th></tr>')
        for task, label in tasks:
            cells = []
            for actor, _ in matrix.actors:
                entries = matrix.cell(task, actor)
                colour = RACI_COLOURS[entries[0].code] if entries else "#ffffff"
                text = "<br>".join(escape(entry.text()) for entry in entries)
                cells.append(f'<td style="background:{colour}">{text}</td>')
            body.append(f'<tr><th scope="row">{escape(label)}</th>{"".join(cells)}</tr>')
    keys = " · ".join(
        f'<span style="background:{RACI_COLOURS[c]}">&nbsp;{c}&nbsp;</span> {escape(legend[c])}'
        for c in RACI_ORDER
    )
    filters = f'<p class="filters">{escape(cap.filters)}</p>\n' if cap.filters else ""
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(cap.title)}</title><style>{HTML_STYLE}</style></head><body>\n"
        f"<h1>{escape(cap.title)}</h1>\n{filters}"
        f"<table><thead><tr><th>{escape(say('task', lang))}</th>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(body)
        + "\n</tbody></table>\n"
        f'<p class="legend">{keys}<br>{escape(say("inherited", lang))}</p>\n</body></html>\n'
    )


# ----------------------------------------------------------------------------------- SVG

TASK_WIDTH, MARGIN, SIZE, HEADER_SIZE, VERB_SIZE = 330.0, 24.0, 13.0, 12.0, 10.5


def to_svg(matrix: Matrix, cap: Caption, legend: dict[str, str], lang: str) -> str:
    """The matrix drawn as a table; long labels wrap, row heights follow their content."""
    widths = []
    for _, label in matrix.actors:
        longest_word = max((text_width(w, HEADER_SIZE, True) for w in label.split()), default=0)
        widths.append(min(max(longest_word + 14, 88.0), 170.0))
    headers = [
        wrap(label, w - 10, HEADER_SIZE, bold=True)
        for (_, label), w in zip(matrix.actors, widths, strict=True)
    ]
    width = max(MARGIN * 2 + TASK_WIDTH + sum(widths), 640.0)
    body, y = svg_caption(cap, MARGIN, MARGIN, width - 2 * MARGIN)
    header_height = max((len(lines) for lines in headers), default=1) * HEADER_SIZE * 1.25 + 14
    table_width = TASK_WIDTH + sum(widths)
    body.append(svg_rect(MARGIN, y, table_width, header_height, "#1f618d"))
    body.append(
        svg_text(MARGIN + 8, y + 8 + HEADER_SIZE, [say("task", lang)], HEADER_SIZE, bold=True, fill="#ffffff")
    )
    x = MARGIN + TASK_WIDTH
    for lines, w in zip(headers, widths, strict=True):
        body.append(
            svg_text(
                x + w / 2, y + 8 + HEADER_SIZE, lines, HEADER_SIZE, anchor="middle", bold=True, fill="#ffffff"
            )
        )
        x += w
    y += header_height
    for _, group_label, tasks in matrix.groups:
        lines = wrap(group_label, table_width - 16, SIZE, bold=True)
        height = len(lines) * SIZE * 1.25 + 10
        body.append(svg_rect(MARGIN, y, table_width, height, "#eaeded", stroke=GRID))
        body.append(svg_text(MARGIN + 8, y + 5 + SIZE, lines, SIZE, bold=True))
        y += height
        for task, label in tasks:
            y = _svg_row(body, matrix, task, label, widths, y)
    for column_x in _column_edges(widths):
        body.append(svg_line(column_x, y - 0.5, column_x, y - 0.5))
    items = [(RACI_COLOURS[c], f"{c} = {legend[c]}", None) for c in RACI_ORDER]
    legend_svg, y = legend_items(items, MARGIN, y + 14, width - 2 * MARGIN)
    body += legend_svg
    body.append(svg_text(MARGIN, y + 14, wrap(say("inherited", lang), width - 2 * MARGIN, 12), 12, fill=INK))
    return svg_document(width, y + 32, cap.title, body)


def _column_edges(widths: list[float]) -> list[float]:
    edges, x = [], MARGIN + TASK_WIDTH
    for w in widths:
        edges.append(x)
        x += w
    return edges


def _svg_row(body: list[str], matrix: Matrix, task: str, label: str, widths: list[float], y: float) -> float:
    """One task row; returns the y below it."""
    task_lines = wrap(label, TASK_WIDTH - 16, SIZE)
    contents = []
    for (actor, _), w in zip(matrix.actors, widths, strict=True):
        entries = matrix.cell(task, actor)
        # the codes on one line (A* R*), then the graph's verbs of the narrower roles, smaller
        codes = " ".join(e.code + ("*" if e.inherited else "") for e in entries)
        lines: list[tuple[str, bool]] = [(codes, True)]
        lines += [
            (line, False) for e in entries for verb in e.verbs for line in wrap(verb, w - 10, VERB_SIZE)
        ]
        contents.append(lines if entries else [])
    cell_height = max(
        (sum(SIZE * 1.3 if bold else VERB_SIZE * 1.25 for _, bold in c) for c in contents), default=0
    )
    height = max(len(task_lines) * SIZE * 1.25, cell_height) + 10
    body.append(svg_rect(MARGIN, y, TASK_WIDTH, height, "#ffffff", stroke=GRID))
    body.append(svg_text(MARGIN + 8, y + 5 + SIZE, task_lines, SIZE))
    x = MARGIN + TASK_WIDTH
    for (actor, _), w, lines in zip(matrix.actors, widths, contents, strict=True):
        entries = matrix.cell(task, actor)
        fill = RACI_COLOURS[entries[0].code] if entries else "#ffffff"
        body.append(svg_rect(x, y, w, height, fill, stroke=GRID))
        line_y = y + 5
        for text, bold in lines:
            size = SIZE if bold else VERB_SIZE
            line_y += size * (1.3 if bold else 1.25)
            body.append(svg_text(x + w / 2, line_y - size * 0.25, [text], size, anchor="middle", bold=bold))
        x += w
    return y + height


# ---------------------------------------------------------------------------------- XLSX


def to_xlsx(matrix: Matrix, cap: Caption, legend: dict[str, str], lang: str) -> bytes:
    """A workbook: the matrix (styled header, frozen panes, fitted widths) and a sheet of rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "RACI"
    thin = Side(style="thin", color="AAB7B8")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_font, header_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F618D")
    sheet["A1"] = cap.title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = cap.filters
    header = [say("group", lang), say("task", lang), *(label for _, label in matrix.actors)]
    group_width = min(max((len(g[1]) for g in matrix.groups), default=10) + 2, 40)
    task_width = min(max((len(t[1]) for g in matrix.groups for t in g[2]), default=10) + 2, 60)
    widths = [group_width, task_width]
    for label in header[2:]:
        longest_word = max((len(word) for word in label.split()), default=4)
        widths.append(max(longest_word + 2, -(-len(label) // 4) + 2, 10))
    lines = max(_text_lines(text, w - 2) for text, w in zip(header, widths, strict=True))
    for column, (text, width) in enumerate(zip(header, widths, strict=True), start=1):
        cell = sheet.cell(row=4, column=column, value=text)
        cell.font, cell.fill, cell.border = header_font, header_fill, border
        cell.alignment = Alignment(
            wrap_text=True, vertical="center", horizontal="center" if column > 2 else "left"
        )
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[4].height = 15 * max(lines, 1) + 4
    row = 5
    for _, group_label, tasks in matrix.groups:
        for task, label in tasks:
            sheet.cell(row=row, column=1, value=group_label)
            sheet.cell(row=row, column=2, value=label)
            for column, (actor, _) in enumerate(matrix.actors, start=3):
                entries = matrix.cell(task, actor)
                cell = sheet.cell(row=row, column=column, value=matrix.cell_text(task, actor) or None)
                if entries:
                    cell.fill = PatternFill("solid", fgColor=_argb(RACI_COLOURS[entries[0].code]))
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
            for column in range(1, len(header) + 1):
                sheet.cell(row=row, column=column).border = border
                if column <= 2:
                    sheet.cell(row=row, column=column).alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
    sheet.freeze_panes = "C5"
    row += 1
    for code in RACI_ORDER:
        sheet.cell(row=row, column=2, value=f"{code} = {legend[code]}").fill = PatternFill(
            "solid", fgColor=_argb(RACI_COLOURS[code])
        )
        row += 1
    sheet.cell(row=row, column=2, value=say("inherited", lang))
    _print_setup(sheet, "4:4", "A:B")
    _rows_sheet(book, matrix, lang, header_font, header_fill)
    return _deterministic_bytes(book)


def _print_setup(sheet: object, title_rows: str, title_columns: str | None = None) -> None:
    """Print as the guidance author needs: A4 landscape, the columns fitted to the page width (rows
    run on over pages), the header row (and the group and task columns) repeated on every page,
    page numbers in the footer."""
    setup = sheet.page_setup  # type: ignore[attr-defined]
    setup.orientation, setup.paperSize = "landscape", 9  # 9 = A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
    sheet.print_title_rows = title_rows  # type: ignore[attr-defined]
    if title_columns:
        sheet.print_title_cols = title_columns  # type: ignore[attr-defined]
    sheet.oddFooter.center.text = "&P / &N"  # type: ignore[attr-defined]


def _text_lines(text: str, width: float) -> int:
    """How many lines Excel needs for ``text`` wrapped at words in a column ``width`` characters wide."""
    count, current = 1, 0
    for word in text.split():
        if current and current + 1 + len(word) > width:
            count, current = count + 1, len(word)
        else:
            current += (1 if current else 0) + len(word)
    return count


def _argb(colour: str) -> str:
    """#aed6f1 as openpyxl wants it (AED6F1)."""
    return colour.lstrip("#").upper()


def _rows_sheet(book: object, matrix: Matrix, lang: str, font: object, fill: object) -> None:
    """One row per task, actor and RACI code, with a filter on the header (for sorting in Excel)."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(say("roles-sheet", lang))  # type: ignore[attr-defined]
    header = [say("group", lang), say("task", lang), say("lane", lang), "RACI", say("role", lang)]
    rows = [
        [
            group_label,
            label,
            actor_label,
            entry.code + ("*" if entry.inherited else ""),
            ", ".join(entry.verbs),
        ]
        for _, group_label, tasks in matrix.groups
        for task, label in tasks
        for actor, actor_label in matrix.actors
        for entry in matrix.cell(task, actor)
    ]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font, cell.fill = font, fill
    for values in rows:
        sheet.append(values)
    for column in range(1, len(header) + 1):
        longest = max((len(str(r[column - 1])) for r in [header, *rows]), default=8)
        sheet.column_dimensions[get_column_letter(column)].width = min(longest + 2, 60)
    sheet.freeze_panes = "A2"
    _print_setup(sheet, "1:1")
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def _deterministic_bytes(book: object) -> bytes:
    """The workbook's bytes with fixed document dates and zip entry times."""
    from openpyxl.writer.excel import ExcelWriter

    book.properties.created = book.properties.modified = FIXED_TIME  # type: ignore[attr-defined]
    book.properties.creator = "kg_service"  # type: ignore[attr-defined]
    first = io.BytesIO()
    with zipfile.ZipFile(first, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    fixed = io.BytesIO()
    with zipfile.ZipFile(first) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(name))
    return fixed.getvalue()


# ------------------------------------------------------------------------------ dispatch


def draw(fmt: str, data: RaciData, lang: str) -> str | bytes:
    """The matrix in ``fmt`` (svg, html, csv or xlsx; png is made from the svg by the caller)."""
    legend, cap = data.legend, data.caption
    matrix = build(data.rows, legend, lang)
    if fmt == "csv":
        return to_csv(matrix, lang)
    if fmt == "html":
        return to_html(matrix, cap, legend, lang)
    if fmt == "xlsx":
        return to_xlsx(matrix, cap, legend, lang)
    return to_svg(matrix, cap, legend, lang)


def counts(data: RaciData) -> dict[str, int]:
    """The tasks and actors the matrix shows (its description's numbers)."""
    return {"tasks": len({r.task for r in data.rows}), "actors": len({r.actor for r in data.rows})}


KIND = DiagramKind("raci", ("svg", "png", "html", "csv", "xlsx"), gather_raci, draw, counts)

"""The blank table a drafter fills in: a CSV header and an XLSX workbook with instructions and ids.

The workbook's first sheet is the one the checker reads; the second explains each column in
Finnish and English, and the third lists every actor, role and task id the graph knows with its
name, so a drafter can pick ids without looking at RDF (the columns offer them as a drop-down,
without refusing a name such as "TEM" that the checker also understands).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kg_service.checks.table_input import COLUMNS

TEMPLATE_COLUMNS = [c for c in COLUMNS if c.key != "exclusive"]
HEADERS = [f"{c.fi} / {c.en}" for c in TEMPLATE_COLUMNS]
INSTRUCTIONS = [
    (
        "säännös / provision",
        "Luonnoksen kohta, esim. 3 § tai 3 § 2 mom.",
        "The draft's provision, e.g. 3 § or 3 § 2 mom.",
    ),
    (
        "toimija / actor",
        "Toimijan tunniste (actor/tem, kind/te-offices, ely/1) tai nimi (TEM); ks. tunnisteet.",
        "The actor's id (actor/tem, kind/te-offices, ely/1) or name (TEM); see the ids sheet.",
    ),
    (
        "rooli / role",
        "Rooli: role/accountable, role/prepares … tai nimi (tilivelvollinen, valmistelee, A).",
        "The role: role/accountable, role/prepares … or a name (accountable, prepares, A).",
    ),
    (
        "tehtävä / task",
        "Tehtävän tunniste, esim. task/organise-employment-services.",
        "The task's id, e.g. task/organise-employment-services.",
    ),
    (
        "voimassa / effective date or period",
        "Voimaantulopäivä (2026-01-01 tai 1.1.2026) tai jakso (2026-01-01/2027-12-31).",
        "The date the duty takes effect (2026-01-01 or 1.1.2026) or a period (2026-01-01/2027-12-31).",
    ),
    (
        "oikeusperusta / legal basis",
        "Säädös tai pykälä: 380/2023 21 §, 531/2025 tai law/380-2023/s21; useampi puolipisteellä.",
        "Statute or section: 380/2023 21 §, 531/2025 or law/380-2023/s21; several separated by semicolons.",
    ),
    ("huomautus / note", "Vapaa huomautus (valinnainen).", "A free note (optional)."),
    (
        "yksinomainen / exclusive",
        "Valinnainen lisäsarake: kyllä, jos vastuu kuuluu vain tälle toimijalle.",
        "Optional extra column: yes when the duty belongs to this actor alone.",
    ),
]


def template_csv() -> str:
    """The CSV template: the header row only."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(HEADERS)
    return buffer.getvalue()


def template_xlsx(path: Path, ids: dict[str, list[tuple[str, str, str]]]) -> None:
    """Write the XLSX template; ``ids`` gives (id, Finnish name, English name) for actor, role, task."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "luonnos"
    sheet.append(HEADERS)
    for index, width in enumerate((14, 30, 22, 40, 26, 26, 40), start=1):
        sheet.column_dimensions[chr(64 + index)].width = width
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4F0")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"

    help_sheet = workbook.create_sheet("ohjeet")
    help_sheet.append(["sarake / column", "ohje", "instructions"])
    for row in INSTRUCTIONS:
        help_sheet.append(list(row))
    for column, width in zip("ABC", (30, 70, 70), strict=True):
        help_sheet.column_dimensions[column].width = width

    id_sheet = workbook.create_sheet("tunnisteet")
    id_sheet.append(["toimija / actor", "nimi", "rooli / role", "nimi", "tehtävä / task", "nimi"])
    longest = max((len(v) for v in ids.values()), default=0)
    for index in range(longest):
        values: list[str] = []
        for kind in ("actor", "role", "task"):
            entries = ids.get(kind, [])
            entry = entries[index] if index < len(entries) else ("", "", "")
            values += [entry[0], entry[1] or entry[2]]
        id_sheet.append(values)
    for column, width in zip("ABCDEF", (34, 50, 26, 30, 46, 70), strict=True):
        id_sheet.column_dimensions[column].width = width
    for target, column, kind in (("B", "A", "actor"), ("C", "C", "role"), ("D", "E", "task")):
        count = len(ids.get(kind, []))
        if count:
            span = f"=tunnisteet!${column}$2:${column}${count + 1}"
            validation = DataValidation(type="list", formula1=span, allow_blank=True, showErrorMessage=False)
            validation.add(f"{target}2:{target}500")
            sheet.add_data_validation(validation)
    workbook.save(path)

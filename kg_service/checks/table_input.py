"""The table form of a draft: a CSV or XLSX sheet a drafter fills in without knowing RDF.

One row is one duty a provision gives: provision, actor, role, task, effective date or period,
legal basis, note (and optionally exclusive). Header names may be Finnish or English (the
template's "toimija / actor" matches either). Each row becomes an eso:Obligation in our
vocabulary, derived from a source location "provision X, row N" of the draft, so every finding
can point back to the row. Actors, roles and tasks are ids the graph knows (actor/tem,
role/accountable, task/...) or a name it gives them (TEM, tilivelvollinen); an unknown one, an
unreadable date or legal basis, or a missing column is an error naming its cell or column.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

import pyoxigraph as ox

from kg_service.checks.errors import DraftError, Part, part, say
from kg_service.checks.overlay import Draft
from kg_service.checks.terms import KnownTerms, TermError
from kg_service.i18n import LANGUAGES
from kg_service.i18n.checks import TERM_KINDS
from kg_service.namespaces import ES, ESO, FINLEX, PROV, RDF, RDFS, XSD
from kg_service.queries.stored import ParameterError, expand_iri

MAX_ROWS = 5000
MAX_COLUMNS = 200
SNIFF_CHARS = 4096
MAX_XLSX_PARTS = 1000
MAX_XLSX_UNPACKED = 50_000_000
MAX_XLSX_CELLS = MAX_ROWS * 50
"""Bounds of a draft table, checked before a reader builds anything (issue 10: a 244 kB workbook
of 2M cells or a 1 MB one of a 1 GB cell took over 2 GB). No template of ours comes near them
(examples/templates/ has 8 columns)."""


@dataclass(frozen=True)
class Column:
    """A column of the table form: its key, its names in English, Finnish and Swedish, and if it must
    be there."""

    key: str
    en: str
    fi: str
    sv: str
    required: bool = True
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> dict[str, str]:
        return {"fi": self.fi, "sv": self.sv, "en": self.en}

    def matches(self, header: str) -> bool:
        """True when a header cell names this column (any language, any part of "fi / en")."""
        parts = {_normal(part) for part in header.split("/")} | {_normal(header)}
        return bool(parts & {_normal(n) for n in (self.key, self.en, self.fi, self.sv, *self.aliases)})


COLUMNS = (
    Column("provision", "provision", "säännös", "bestämmelse", aliases=("pykälä", "paragraf")),
    Column("actor", "actor", "toimija", "aktör"),
    Column("role", "role", "rooli", "roll"),
    Column("task", "task", "tehtävä", "uppgift"),
    Column(
        "effective",
        "effective date or period",
        "voimassa",
        "i kraft",
        aliases=("effective", "effective date", "period", "voimaantulo", "ajanjakso", "ikraftträdande"),
    ),
    Column("legal basis", "legal basis", "oikeusperusta", "rättslig grund"),
    Column("note", "note", "huomautus", "anmärkning", required=False, aliases=("huom", "lisätieto")),
    Column("exclusive", "exclusive", "yksinomainen", "exklusiv", required=False),
)
_CITATION = re.compile(
    r"^(?:laki|asetus|vna|l|a)?\s*(\d{1,4})\s*/\s*(\d{4})(?:\s*,?\s*(\d+\s*[a-z]?)\s*§)?$", re.IGNORECASE
)
_PERIOD = re.compile(r"^(?P<start>.+?)(?:\s*(?:/|–|—|\.\.|\s-\s)\s*(?P<end>.*))?$")
_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_TRUE = {"yes", "kyllä", "ja", "x", "true", "1", "on"}
_FALSE = {"", "no", "ei", "nej", "false", "0"}


@dataclass(frozen=True)
class Cell:
    """One cell's value and where it is (B3), so every error can name it."""

    value: str | date | None
    ref: str
    column: str
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The value as text ('' for an empty cell)."""
        if self.value is None:
            return ""
        return self.value.isoformat() if isinstance(self.value, date) else self.value.strip()

    def fail(self, reason: Part) -> DraftError:
        """An error naming this cell."""
        return DraftError(
            part("cell", ref=self.ref, column=self.names, reason=reason), cell=self.ref, column=self.column
        )


def _normal(text: str) -> str:
    return " ".join(text.replace("*", "").casefold().split())


def column_letter(index: int) -> str:
    """A for 0, B for 1, ..., AA for 26 (spreadsheet column names)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# ------------------------------------------------------------------------------- reading


def read_csv_rows(data: bytes) -> list[list[str | date | None]]:
    """The rows of a CSV file (UTF-8, or Windows-1252 as Excel saves it; comma, semicolon or tab)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text[:SNIFF_CHARS].split("\n", 1)[0]  # the sniffer is slow on a very wide line
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str | date | None]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            _bound_width(len(rows) + 1, len(row))
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error as error:
        raise DraftError(part("csv-syntax", reason=str(error)), status=400) from None
    return rows


def _bound_width(row: int, columns: int) -> None:
    """Refuse a row wider than any table of ours could be (a header of a million columns)."""
    if columns > MAX_COLUMNS:
        raise DraftError(part("too-many-columns", row=row, n=MAX_COLUMNS), status=413)


def inspect_xlsx(data: bytes) -> None:
    """Refuse a workbook that unpacks too large, holds too many cells or declares a DTD, before
    openpyxl builds anything: the sizes come from the zip directory, the cells are counted by
    streaming each XML part through defusedxml (which refuses DTDs and entities)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_XLSX_PARTS or sum(p.file_size for p in parts) > MAX_XLSX_UNPACKED:
                mb = MAX_XLSX_UNPACKED // 1_000_000
                raise DraftError(part("xlsx-unpacks", mb=mb, parts=MAX_XLSX_PARTS), status=413)
            cells = 0
            for member in parts:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as stream:
                    for _, element in iterparse(stream, forbid_dtd=True):
                        if element.tag.endswith("}c") or element.tag == "c":
                            cells += 1
                            if cells > MAX_XLSX_CELLS:
                                raise DraftError(part("xlsx-cells", n=MAX_XLSX_CELLS), status=413)
                        element.clear()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as error:
        raise DraftError(part("not-xlsx", reason=str(error)), status=400) from None
    except DefusedXmlException:
        raise DraftError(part("xlsx-dtd"), status=400) from None
    except SyntaxError as error:  # xml.etree.ElementTree.ParseError
        raise DraftError(part("not-xlsx", reason=f"XML: {error}"), status=400) from None


def read_xlsx_rows(data: bytes) -> list[list[str | date | None]]:
    """The rows of the first worksheet of an XLSX workbook, dates as dates."""
    from openpyxl import load_workbook

    inspect_xlsx(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises what its parts raise; a broken workbook is a 400
        raise DraftError(part("not-xlsx", reason=str(error)), status=400) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[str | date | None]] = []
        for values in sheet.iter_rows(values_only=True):
            _bound_width(len(rows) + 1, len(values))
            rows.append([_xlsx_value(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except DraftError:
        raise
    except Exception as error:  # a part that parses but is not what openpyxl expects
        raise DraftError(part("not-xlsx", reason=str(error)), status=400) from None
    finally:
        workbook.close()


def _xlsx_value(value: object) -> str | date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def table_cells(rows: list[list[str | date | None]]) -> list[tuple[int, dict[str, Cell]]]:
    """Data rows as {column key: Cell}, numbered as in a spreadsheet (the header is row 1)."""
    if not rows or not any(_filled(v) for v in rows[0]):
        required = [part("column-named", column=c.names, fi=c.fi) for c in COLUMNS if c.required]
        missing = _joined(required, ", ")
        raise DraftError(part("no-header", missing=missing), column="header")
    header = rows[0]
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        if not _filled(name):
            continue
        for column in COLUMNS:
            if column.matches(str(name)):
                if column.key in positions:
                    raise DraftError(
                        part("column-twice", ref=f"{column_letter(index)}1", column=column.names),
                        cell=f"{column_letter(index)}1",
                        column=column.en,
                    )
                positions[column.key] = index
    missing_columns = [c for c in COLUMNS if c.required and c.key not in positions]
    if missing_columns:
        found = ", ".join(repr(str(h)) for h in header if _filled(h)) or part("nothing")
        first = missing_columns[0]
        names = _joined([part("missing-column", column=c.names, fi=c.fi) for c in missing_columns], "; ")
        raise DraftError(part("missing-columns", names=names, found=found), column=first.en)
    if len(rows) > MAX_ROWS + 1:
        raise DraftError(part("too-many-rows", n=MAX_ROWS), status=413)
    result = []
    for number, values in enumerate(rows[1:], start=2):
        if not any(_filled(v) for v in values):
            continue
        cells = {}
        for column in COLUMNS:
            if column.key in positions:
                index = positions[column.key]
                value = values[index] if index < len(values) else None
                cells[column.key] = Cell(value, f"{column_letter(index)}{number}", column.en, column.names)
        result.append((number, cells))
    return result


def _joined(parts: list[Part], separator: str) -> dict[str, str]:
    """Parts joined into one word in every language (a value of another part)."""
    return {lang: separator.join(say(p, lang) for p in parts) for lang in LANGUAGES}


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


# ---------------------------------------------------------------------------- converting


def table_to_draft(rows: list[list[str | date | None]], terms: KnownTerms, name: str, fmt: str) -> Draft:
    """Every data row as an eso:Obligation with its provision as the source location."""
    document = ox.NamedNode(f"{ES}draft/document")
    triples = [
        ox.Triple(document, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(ESO.SourceDocument))),
        ox.Triple(document, ox.NamedNode(str(RDFS.label)), ox.Literal(name or "draft")),
    ]
    for number, cells in table_cells(rows):
        triples += _row_triples(number, cells, terms, document)
    return Draft(tuple(triples), name, fmt)


def _row_triples(
    number: int, cells: dict[str, Cell], terms: KnownTerms, document: ox.NamedNode
) -> list[ox.Triple]:
    assignment = ox.NamedNode(f"{ES}draft/assignment/row-{number}")
    location = ox.NamedNode(f"{ES}draft/loc/row-{number}")
    holder = _resolve(cells["actor"], "actor", terms)
    role = _resolve(cells["role"], "role", terms)
    task = _resolve(cells["task"], "task", terms)
    start, end = _period(cells["effective"])
    provision = cells["provision"].text
    # the provision and its cell (A5): a place any reader finds, in no one language
    where = cells["provision"].ref
    locator = f"{provision} ({where})" if provision else where

    def triple(subject: ox.NamedNode, predicate: str, value: ox.NamedNode | ox.Literal) -> ox.Triple:
        return ox.Triple(subject, ox.NamedNode(predicate), value)

    triples = [
        triple(assignment, str(RDF.type), ox.NamedNode(str(ESO.Obligation))),
        triple(assignment, str(ESO.forTask), ox.NamedNode(task)),
        triple(assignment, str(PROV.agent), ox.NamedNode(holder)),
        triple(assignment, str(PROV.hadRole), ox.NamedNode(role)),
        triple(assignment, str(ESO.startDate), _date(start)),
        triple(assignment, str(PROV.wasDerivedFrom), location),
        triple(location, str(RDF.type), ox.NamedNode(str(ESO.SourceLocation))),
        triple(location, str(ESO.inDocument), document),
        triple(location, str(ESO.locator), ox.Literal(locator)),
    ]
    if end is not None:
        triples.append(triple(assignment, str(ESO.endDate), _date(end)))
    triples += [
        triple(assignment, str(ESO.legalBasis), ox.NamedNode(iri))
        for iri in _legal_bases(cells["legal basis"])
    ]
    if "note" in cells and cells["note"].text:
        triples.append(triple(assignment, str(RDFS.comment), ox.Literal(cells["note"].text)))
    if "exclusive" in cells and _exclusive(cells["exclusive"]):
        triples.append(
            triple(
                assignment, str(ESO.exclusive), ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean)))
            )
        )
    return triples


def _resolve(cell: Cell, kind: str, terms: KnownTerms) -> str:
    if not cell.text:
        raise cell.fail(part("empty-id", kind=TERM_KINDS[kind], example=_EXAMPLES[kind]))
    try:
        return terms.resolve(kind, cell.text)
    except TermError as error:
        raise cell.fail(error.part) from None


_EXAMPLES = {"actor": "actor/tem", "role": "role/accountable", "task": "task/organise-employment-services"}


def _date(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.date)))


def _period(cell: Cell) -> tuple[date, date | None]:
    """A date (open-ended from it) or a period start/end, ISO (2026-01-01) or Finnish (1.1.2026)."""
    if isinstance(cell.value, date):
        return cell.value, None
    text = cell.text
    if not text:
        raise cell.fail(part("empty-date"))
    match = _PERIOD.match(text)
    start_text, end_text = (match.group("start"), match.group("end")) if match else (text, None)
    start = _parse_date(start_text, cell)
    end = _parse_date(end_text, cell) if end_text else None
    return start, end


def _parse_date(text: str, cell: Cell) -> date:
    text = text.strip()
    finnish = _FINNISH_DATE.match(text)
    try:
        if finnish:
            day, month, year = (int(g) for g in finnish.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise cell.fail(part("not-date", text=repr(text))) from None


def _legal_bases(cell: Cell) -> list[str]:
    """Ids (law/380-2023/s21), IRIs or citations (380/2023 21 §, 531/2025), separated by ';' or ','."""
    if not cell.text:
        return []
    bases = []
    for piece in re.split(r"[;\n]|,(?!\s*\d+\s*[a-z]?\s*§)", cell.text):
        text = piece.strip()
        if not text:
            continue
        citation = _CITATION.match(text)
        if citation:
            number, year, section = citation.groups()
            if section:
                bases.append(f"{ES}law/{number}-{year}/s{section.replace(' ', '')}")
            else:
                bases.append(f"{FINLEX}{year}/{number}")
            continue
        try:
            if "/" not in text and ":" not in text:
                raise ParameterError("legal basis", text)
            bases.append(expand_iri("legal basis", text).value)
        except ParameterError:
            raise cell.fail(part("not-legal-basis", text=repr(text))) from None
    return bases


def _exclusive(cell: Cell) -> bool:
    text = cell.text.casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise cell.fail(part("not-yes-no", text=repr(cell.text)))

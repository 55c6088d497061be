"""The guidance annex and single diagrams as Word and PDF (issue 13), over real HTTP on the shipped
graph, opened the way their readers open them: python-docx reads the Word structure, LibreOffice
(Debian's, headless) converts the Finnish and the Swedish annex to PDF without errors, Poppler reads
the PDFs' text, page sizes and tagging.

Facts asserted: the RACI tables hold exactly the actors, tasks and RACI codes of the RACI matrix
the diagrams API gives for the same filters; every picture has alternative text and a caption;
pages are A4, wide tables in landscape, header rows repeat; texts are in the asked language.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import httpx
import pytest
from docx.oxml.ns import qn

from kg_service.diagrams.raci import Matrix
from kg_service.documents.layout import actor_chunks, chunk_groups
from tests.language import english_leaks

AT = "2025-06-01"
TEM = "actor/tem"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TASK_HEADER = {"fi": "Tehtävä", "sv": "Uppgift"}
CODES = re.compile(r"\b([ARCI])(\*?)(?![\w])")


@pytest.fixture(scope="module")
def service(shipped_store):
    """The service over HTTP on 127.0.0.1 (embedded store); yields its base URL."""
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from tests.servers import running_app

    with running_app(create_app(shipped_store, Settings(result_limit=5000))) as base:
        yield base


def fetch(base: str, path: str, headers: dict[str, str] | None = None, **params: str) -> httpx.Response:
    return httpx.get(f"{base}{path}", params=params, headers=headers or {}, timeout=300)


@pytest.fixture(scope="module")
def annexes(service) -> dict[str, bytes]:
    """The Finnish annex of the whole model and the Swedish one of TEM (DOCX), and the Swedish
    whole-model annex as PDF, each fetched once."""
    cases = {
        "fi-all": ({"lang": "fi", "at": AT}, {}),
        "sv-tem": ({"lang": "sv", "at": AT, "actor": TEM}, {}),
        "sv-all-pdf": ({"lang": "sv", "at": AT}, {"Accept": "application/pdf"}),
    }
    found = {}
    for name, (params, headers) in cases.items():
        response = fetch(service, "/api/documents/annex", headers, **params)
        assert response.status_code == 200, response.text
        found[name] = response.content
    return found


def raci_csv(base: str, **params: str) -> tuple[list[str], dict[tuple[str, str], set[str]], set[str]]:
    """The actors, the (task, actor) -> RACI codes and the tasks of the RACI matrix as CSV."""
    text = fetch(base, "/api/diagrams/raci", format="csv", **params).text
    rows = list(csv.reader(io.StringIO(text)))
    actors = rows[0][2:]
    cells = {
        (row[1], actor): set(CODES.findall(cell))
        for row in rows[1:]
        for actor, cell in zip(actors, row[2:], strict=True)
        if cell
    }
    return actors, cells, {row[1] for row in rows[1:]}


def docx_raci(document: docx.document.Document, lang: str) -> list[docx.table.Table]:
    return [t for t in document.tables if t.rows[0].cells[0].text == TASK_HEADER[lang]]


SOURCE_HEADER = {"Lähde", "Källa"}


def all_text(document: docx.document.Document) -> str:
    """Every paragraph and cell, the footer and the pictures' alternative text; not the places in
    the sources (column 2 of the sources table): a locator is the source's own words, in the
    source's language (English for DOMAIN_FACTS.md, Finnish for the seeds)."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        is_sources = table.rows[0].cells[0].text in SOURCE_HEADER
        parts += [
            c.text for row in table.rows for n, c in enumerate(row.cells) if not (is_sources and n == 1)
        ]
    parts += [p.text for section in document.sections for p in section.footer.paragraphs]
    parts += [shape._inline.docPr.get("descr") or "" for shape in document.inline_shapes]
    return "\n".join(parts)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout


# --------------------------------------------------------------------------------------- layout


def test_wide_matrices_split_evenly_and_narrow_ones_stay_whole() -> None:
    assert [len(c) for c in actor_chunks(19)] == [7, 6, 6]
    assert [len(c) for c in actor_chunks(9)] == [5, 4]
    assert [len(c) for c in actor_chunks(5)] == [5]
    assert [list(c) for c in actor_chunks(3)] == [[0, 1, 2]]


def test_a_part_table_keeps_only_rows_its_actors_have_a_role_in() -> None:
    from kg_service.diagrams.raci import Entry

    matrix = Matrix(
        actors=[("a", "A-toimija"), ("b", "B-toimija")],
        groups=[("g", "Ryhmä", [("t1", "Yksi"), ("t2", "Kaksi")]), (None, "Muut", [("t3", "Kolme")])],
        cells={("t1", "a"): [Entry("A")], ("t2", "b"): [Entry("R")], ("t3", "b"): [Entry("C")]},
    )
    assert chunk_groups(matrix, [("a", "A-toimija")]) == [("g", "Ryhmä", [("t1", "Yksi")])]
    assert [g[1] for g in chunk_groups(matrix, [("b", "B-toimija")])] == ["Ryhmä", "Muut"]


# -------------------------------------------------------------------------------- Word annex


@pytest.mark.parametrize(
    "name, lang, params, title",
    [
        ("fi-all", "fi", {"at": AT}, "Työllisyyden edistämisen ohjauksen vastuut"),
        ("sv-tem", "sv", {"at": AT, "actor": TEM}, "Ansvaret i styrningen av sysselsättningsfrämjandet"),
    ],
)
def test_word_annex_holds_the_raci_matrix_as_tables(annexes, service, name, lang, params, title) -> None:
    document = docx.Document(io.BytesIO(annexes[name]))
    assert document.core_properties.title == title
    locale = {"fi": "fi-FI", "sv": "sv-SE"}[lang]
    assert document.core_properties.language == locale
    langs = {e.get(qn("w:val")) for e in document.styles.element.iter(qn("w:lang"))}
    assert langs == {locale}
    actors, cells, tasks = raci_csv(service, lang=lang, **params)
    tables = docx_raci(document, lang)
    assert len(tables) == len(actor_chunks(len(actors)))
    seen_actors: list[str] = []
    seen_cells: dict[tuple[str, str], set[str]] = {}
    seen_tasks: set[str] = set()
    for table in tables:
        header = table.rows[0]
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
        columns = [c.text for c in header.cells[1:]]
        seen_actors += columns
        for row in table.rows[1:]:
            first = row.cells[0]
            if len({id(c._tc) for c in row.cells}) == 1:  # a group row spans the table
                continue
            seen_tasks.add(first.text)
            for actor, cell in zip(columns, row.cells[1:], strict=True):
                if cell.text:
                    seen_cells[(first.text, actor)] = set(CODES.findall(cell.text))
    assert seen_actors == actors
    assert seen_tasks == tasks
    assert seen_cells == cells


@pytest.mark.parametrize("name, lang", [("fi-all", "fi"), ("sv-tem", "sv")])
def test_word_annex_is_a4_with_captioned_pictures_and_alt_text(annexes, name, lang) -> None:
    document = docx.Document(io.BytesIO(annexes[name]))
    sizes = {(round(s.page_width.cm, 1), round(s.page_height.cm, 1)) for s in document.sections}
    assert sizes <= {(21.0, 29.7), (29.7, 21.0)} and (29.7, 21.0) in sizes
    shapes = document.inline_shapes
    assert len(shapes) == 4  # roles, swimlane, annual clock, dependencies
    for shape in shapes:
        properties = shape._inline.docPr
        assert len(properties.get("descr", "")) > 40 and properties.get("title")
    word = {"fi": "Kuva", "sv": "Figur"}[lang]
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert [c.split(".")[0] for c in captions if c.startswith(word)] == [f"{word} {n}" for n in range(1, 5)]
    footer = document.sections[0].footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    text = all_text(document)
    assert {"fi": "Tiedot kuvaavat tilannetta 1.6.2025.", "sv": "Uppgifterna beskriver läget den 1.6.2025."}[
        lang
    ] in text
    assert {"fi": "Lähteet", "sv": "Källor"}[lang] in text
    assert english_leaks(text) == []


def test_libreoffice_opens_both_annexes(annexes, tmp_path) -> None:
    """The Finnish whole-model and the Swedish TEM annex convert to PDF in LibreOffice (Debian's
    libreoffice-writer, headless): no error, several A4 pages, page numbers computed."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is not installed: run scripts/install-test.d/30-office.sh"
    for name in ("fi-all", "sv-tem"):
        (tmp_path / f"{name}.docx").write_bytes(annexes[name])
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "fi-all.docx"),
            str(tmp_path / "sv-tem.docx"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name, page in (("fi-all", "Sivu"), ("sv-tem", "Sida")):
        pdf = (tmp_path / f"{name}.pdf").read_bytes()
        info = pdf_info(pdf, tmp_path)
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        assert pages >= 5
        text = pdf_text(pdf, tmp_path)
        assert f"{page} 1 / {pages}" in text and f"{page} {pages} / {pages}" in text


# ------------------------------------------------------------------------------------ PDF annex


def test_pdf_annex_is_tagged_a4_with_page_numbers_in_swedish(annexes, tmp_path) -> None:
    pdf = annexes["sv-all-pdf"]
    assert pdf.startswith(b"%PDF-")
    info = pdf_info(pdf, tmp_path)
    assert re.search(r"^Tagged:\s+yes", info, re.M)
    sizes = set(re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info))
    assert {(round(float(w)), round(float(h))) for w, h in sizes} == {(595, 842), (842, 595)}
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    text = pdf_text(pdf, tmp_path)
    for expected in (
        "Bilaga",
        "Ansvarsfördelning (RACI)",
        "Teckenförklaring",
        "Källor",
        f"Sida {pages} / {pages}",
    ):
        assert expected in text, expected
    # up to the sources, whose places are the sources' own words (see all_text)
    assert english_leaks(text[: text.rindex("Källor")]) == []


# --------------------------------------------------------------------------------- one diagram


def test_a_single_raci_as_word_is_one_table_without_pictures(service) -> None:
    response = fetch(
        service, "/api/diagrams/raci", format="docx", lang="sv", part="part/regional-discussions"
    )
    assert response.status_code == 200 and response.headers["content-type"] == DOCX
    document = docx.Document(io.BytesIO(response.content))
    actors, _, tasks = raci_csv(service, lang="sv", part="part/regional-discussions")
    tables = docx_raci(document, "sv")
    assert len(tables) == len(actor_chunks(len(actors))) and not document.inline_shapes
    assert tasks <= {row.cells[0].text for table in tables for row in table.rows}
    assert document.core_properties.title == "RACI-matris"


def test_a_single_diagram_as_word_and_pdf_has_its_picture_described(service, tmp_path) -> None:
    word = fetch(service, "/api/diagrams/roles", format="docx", lang="fi", at=AT)
    document = docx.Document(io.BytesIO(word.content))
    assert len(document.inline_shapes) == 1
    alt = document.inline_shapes[0]._inline.docPr.get("descr")
    assert alt.startswith("Kaavio, jossa") and "toimijaa" in alt
    pdf = fetch(service, "/api/diagrams/swimlane", format="pdf", lang="sv", at=AT)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    text = pdf_text(pdf.content, tmp_path)
    assert "Figur 1. Uppgifterna per aktör på en tidslinje" in text
    assert re.search(r"^Tagged:\s+yes", pdf_info(pdf.content, tmp_path), re.M)


# ---------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"format": "xlsx"}, "format"),
        ({"lang": "de"}, "lang"),
        ({"at": "2025-13-01"}, "at"),
        ({"actor": "actor/no-such-actor"}, "actor"),
        ({"part": "part/no-such-part"}, "part"),
    ],
)
def test_bad_annex_requests_are_422_naming_the_parameter(service, params, parameter) -> None:
    response = fetch(service, "/api/documents/annex", **params)
    assert response.status_code == 422
    assert response.json()["error"]["parameter"] == parameter


def test_cli_annex_needs_an_output_file_and_gives_the_api_bytes(service, tmp_path) -> None:
    import sys

    from tests.conftest import REPO

    command = [sys.executable, "-m", "kg_service.cli", "draw", "annex", "--lang", "sv"]
    refused = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=600, check=False)
    assert refused.returncode == 2 and "--output" in refused.stderr
    out = tmp_path / "annex.docx"
    params = ["--part", "part/regional-discussions", "--at", AT, "--output", str(out)]
    done = subprocess.run(
        [*command, *params], capture_output=True, text=True, cwd=REPO, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr
    api = fetch(service, "/api/documents/annex", lang="sv", part="part/regional-discussions", at=AT)
    assert out.read_bytes() == api.content


# ------------------------------------------------------------------------------ check report


def test_check_report_as_pdf_in_swedish(service, tmp_path) -> None:
    draft = (
        Path(__file__).resolve().parent.parent / "examples" / "drafts" / "te-offices-after-2024.csv"
    ).read_bytes()
    response = httpx.post(
        f"{service}/api/check",
        content=draft,
        params={"lang": "sv"},
        headers={"Content-Type": "text/csv", "Accept": "application/pdf"},
        timeout=300,
    )
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    info = pdf_info(response.content, tmp_path)
    assert re.search(r"^Tagged:\s+yes", info, re.M) and "595.276 x 841.89" in info
    text = pdf_text(response.content, tmp_path)
    for expected in ("Koherenskontroll av ett utkast", "Inte koherent: 2 fel.", "CHK-ACC-MANY", "Sida 1 / "):
        assert expected in text, expected


def test_cli_check_pdf_needs_an_output_file(tmp_path) -> None:
    from kg_service.cli import main as kg_main

    assert kg_main(["check", "--format", "pdf"]) == 2
    out = tmp_path / "report.pdf"
    assert kg_main(["check", "--format", "pdf", "--lang", "sv", "--output", str(out)]) in (0, 1)
    assert out.read_bytes().startswith(b"%PDF-")


def test_pictures_fit_the_page_and_are_never_blown_up() -> None:
    from kg_service.documents.layout import LANDSCAPE, PORTRAIT, picture_page, picture_size_cm

    assert picture_page(3000, 1000) is LANDSCAPE and picture_page(1000, 1500) is PORTRAIT
    width, height = picture_size_cm(4000, 9000, PORTRAIT)  # a tall picture fits the height
    assert height <= PORTRAIT.text_height_cm and width < PORTRAIT.text_width_cm
    assert picture_size_cm(400, 200, LANDSCAPE) == pytest.approx((400 * 2.54 / 192, 200 * 2.54 / 192))


def test_a_single_diagram_document_cites_the_sources_of_the_tasks_it_shows(service) -> None:
    import xml.etree.ElementTree as ET

    svg = fetch(service, "/api/diagrams/swimlane", lang="fi", at=AT).content
    drawn = {
        " ".join(t.itertext()).strip() for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")
    }
    document = docx.Document(
        io.BytesIO(fetch(service, "/api/diagrams/swimlane", format="docx", lang="fi", at=AT).content)
    )
    sources = [t for t in document.tables if t.rows[0].cells[0].text in SOURCE_HEADER]
    cited = {task for row in sources[0].rows[1:] for task in row.cells[2].text.split("; ")}
    _, _, all_tasks = raci_csv(service, lang="fi", at=AT)
    assert cited and cited < all_tasks  # fewer than the RACI's tasks: only the scheduled ones
    assert all(any(task.startswith(line) or line.startswith(task[:20]) for line in drawn) for task in cited)

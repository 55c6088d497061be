"""The diagrams over real HTTP (uvicorn on 127.0.0.1, once per store: embedded and Oxigraph server)
and through the `kg draw` command line, on the shipped graph.

Every kind is fetched in Finnish and Swedish and its content checked: the right actors, tasks,
cells and labels for the filters. The same request through the CLI gives the same bytes as the
API, on either store ("same graph, same bytes"). Rendering needs Graphviz and rsvg-convert
(scripts/install.d/20-diagram-tools.sh); without them these tests fail, they do not skip.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import openpyxl
import pytest

from tests.conftest import REPO

SVG = "{http://www.w3.org/2000/svg}"
REGIONAL = {"part": "part/regional-discussions"}
CLI_CASES = [
    ("raci", "fi", "xlsx", REGIONAL),
    ("raci", "sv", "svg", REGIONAL),
    ("roles", "fi", "png", {"at": "2025-06-01"}),
    ("roles", "sv", "svg", {"at": "2025-06-01"}),
    ("swimlane", "fi", "svg", {}),
    ("swimlane", "sv", "png", {"at": "2024-03-15"}),
    ("annual-clock", "fi", "png", {"at": "2024-05-20"}),
    ("annual-clock", "sv", "svg", {}),
    ("dependencies", "fi", "svg", {}),
    ("dependencies", "sv", "mmd", {"part": "part/national-objectives"}),
]


@pytest.fixture(scope="module")
def diagrams(any_store):
    """The service with the diagrams router, over HTTP on 127.0.0.1; yields its base URL."""
    from kg_service.api import diagrams as diagrams_api
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from tests.servers import running_app

    for tool in ("dot", "rsvg-convert"):
        assert shutil.which(tool), f"'{tool}' is not installed: run scripts/install.d/20-diagram-tools.sh"
    app = create_app(any_store, Settings(result_limit=5000, query_timeout=30))
    if not any(getattr(route, "path", "") == "/api/diagrams/{kind}" for route in app.routes):
        app.include_router(diagrams_api.router)
    with running_app(app) as base:
        yield base


@pytest.fixture(scope="session")
def cli_outputs(tmp_path_factory) -> dict[tuple[str, str, str], bytes]:
    """Every CLI case drawn once by `python -m kg_service.cli draw` (in parallel)."""
    folder = tmp_path_factory.mktemp("cli")
    running = []
    for kind, lang, fmt, filters in CLI_CASES:
        target = folder / f"{kind}-{lang}.{fmt}"
        options = [f"--{name}={text}" for name, text in filters.items()]
        command = [
            sys.executable,
            "-m",
            "kg_service.cli",
            "draw",
            kind,
            "--lang",
            lang,
            "--format",
            fmt,
            "--output",
            str(target),
            *options,
        ]
        process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE)
        running.append(((kind, lang, fmt), target, process))
    outputs = {}
    for key, target, process in running:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors.decode()
        outputs[key] = Path(target).read_bytes()
    return outputs


def get(base: str, kind: str, **params: str) -> httpx.Response:
    return httpx.get(f"{base}/api/diagrams/{kind}", params=params, timeout=120)


def svg_texts(body: bytes) -> list[str]:
    """Each <text> of an SVG (its lines joined by spaces); fails if the SVG is not XML."""
    root = ET.fromstring(body)
    return [
        " ".join(p.strip() for p in element.itertext() if p.strip()) for element in root.iter(f"{SVG}text")
    ]


def assert_error(response: httpx.Response, status: int, parameter: str | None = None) -> None:
    assert response.status_code == status, response.text[:300]
    body = response.json()["error"]
    assert body["status"] == status and body["message"]
    if parameter:
        assert body["parameter"] == parameter


# -------------------------------------------------------------------------------------- RACI


@pytest.mark.parametrize(
    "lang, title, task, actor, verb, part",
    [
        (
            "fi",
            "RACI-matriisi",
            "Aluekeskustelujen järjestämisen ohjeistaminen (2023)",
            "työ- ja elinkeinoministeriö",
            "ohjeistaa",
            "osa: Alueelliset yhteistyö- ja seurantakeskustelut",
        ),
        (
            "sv",
            "RACI-matris",
            "Anvisningar för att ordna de regionala samtalen (2023)",
            "arbets- och näringsministeriet",
            "instruerar",
            "del: Regionala samarbets- och uppföljningssamtal",
        ),
    ],
)
def test_raci_svg_for_a_part(diagrams, lang, title, task, actor, verb, part) -> None:
    response = get(diagrams, "raci", lang=lang, **REGIONAL)
    assert response.status_code == 200 and response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"] == f'inline; filename="raci-{lang}.svg"'
    found = svg_texts(response.content)
    for expected in (title, part, task, actor, verb, "A R"):  # TEM instructs and answers for it (issue 8)
        assert expected in found, expected
    assert not {"valtioneuvosto", "statsrådet"} & set(found)  # no statutory task of the Government here


def test_raci_xlsx_in_swedish_has_the_cells(diagrams) -> None:
    response = get(diagrams, "raci", lang="sv", format="xlsx", **REGIONAL)
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["RACI"]
    header = [cell.value for cell in sheet[4]]
    assert header[:2] == ["Helhet", "Uppgift"] and "arbets- och näringsministeriet" in header
    assert sheet.freeze_panes == "C5" and sheet["A4"].font.bold
    rows = {
        sheet.cell(r, 2).value: {header[c - 1]: sheet.cell(r, c).value for c in range(3, len(header) + 1)}
        for r in range(5, sheet.max_row + 1)
        if sheet.cell(r, 1).value
    }
    assert (
        rows["Anvisningar för att ordna de regionala samtalen (2023)"]["arbets- och näringsministeriet"]
        == "A, R (instruerar)"
    )
    assert (
        rows["Definition av samtalens innehåll"][
            "beredningsgruppen (som bygger samarbets- och uppföljningsmodellen)"
        ]
        == "A*, R* (bereder)"
    )
    assert (
        rows["Det centrala innehållet i kommunernas informationsproduktion definieras"]["kommunerna"]
        == "C (producerar information)"
    )


def test_raci_csv_for_one_actor_lists_its_tasks_with_everyone_on_them(diagrams) -> None:
    response = get(diagrams, "raci", lang="fi", format="csv", actor="actor/tem", at="2025-06-01")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    tasks = {r["Tehtävä"]: r for r in rows}
    statutory = tasks["Työllisyyden edistämisen valtakunnallisten tavoitteiden asettaminen hallituskaudeksi"]
    assert statutory["työ- ja elinkeinoministeriö"] == "R (valmistelee)"
    assert statutory["valtioneuvosto"] == "A (päättää)"
    assert statutory["Työllisyyden edistämisen valtakunnallinen neuvottelukunta"] == "C (kuullaan)"
    assert "Aluekeskustelujen järjestämisen ohjeistaminen (2024 ja 2025)" in tasks  # 2023's ended 31.12.2023
    assert "Aluekeskustelujen järjestämisen ohjeistaminen (2023)" not in tasks
    assert "Määritellään keskeiset sisällöt kuntien tietotuotannolle" not in tasks


def test_raci_html_page(diagrams) -> None:
    response = get(diagrams, "raci", lang="sv", format="html", **REGIONAL)
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="sv">' in response.text and "R (instruerar)" in response.text


# ------------------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "fi",
            [
                "Toimijat ja niiden suhteet",
                "tilanne 1.6.2025",
                "valtioneuvosto",
                "työ- ja elinkeinoministeriö",
                "Kuntajaosto",
                "Tietojaosto",
                "valmistelee (2)",
                "kuullaan (2)",
            ],
        ),
        (
            "sv",
            [
                "Aktörerna och deras relationer",
                "läget 1.6.2025",
                "statsrådet",
                "arbets- och näringsministeriet",
                "Kuntajaosto",
                "bereder (2)",
                "hörs (2)",
            ],
        ),
    ],
)
def test_roles_svg_actors_sections_and_relations(diagrams, lang, expected) -> None:
    response = get(diagrams, "roles", lang=lang, at="2025-06-01")
    assert response.status_code == 200
    found = " ".join(svg_texts(response.content))  # Graphviz writes each line of a label on its own
    for label in expected:
        assert label in found, label


def test_roles_before_the_council_existed_leave_out_the_council_and_its_sections(diagrams) -> None:
    found = " ".join(svg_texts(get(diagrams, "roles", lang="fi", at="2024-06-01").content))
    assert "Kuntajaosto" not in found and "neuvottelukunta" not in found
    assert "TE-toimistot" in found


def test_roles_sources_in_dot_and_mermaid(diagrams) -> None:
    dot = get(diagrams, "roles", lang="sv", format="dot", at="2025-06-01")
    assert dot.headers["content-type"].startswith("text/vnd.graphviz")
    assert dot.text.startswith("digraph roles {") and '"bereder (2)"' in dot.text
    mermaid = get(diagrams, "roles", lang="fi", format="mmd", at="2025-06-01")
    assert "flowchart LR" in mermaid.text and '-->|"valmistelee (2)"|' in mermaid.text


def test_roles_png(diagrams) -> None:
    response = get(diagrams, "roles", lang="fi", format="png", part="part/national-objectives")
    assert response.headers["content-type"] == "image/png" and response.content.startswith(b"\x89PNG")


# ---------------------------------------------------------------------------------- swimlane


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "fi",
            [
                "Tehtävät toimijoittain aikajanalla",
                "valmisteluryhmä (yhteistyö- ja seurantamallin rakentaja)",
                "Ohjauksen vuosikello",
                "Ilmoitus työ- ja elinkeinoministeriölle työvoimapalveluiden järjestämistavasta",
                "kunnat",
                "A* R*",
                "◐ Työn alla",
                "○ Aloittamatta",
                "◐ Q3/2023–Q2/2024",
                "2024",
            ],
        ),
        (
            "sv",
            [
                "Uppgifterna per aktör på en tidslinje",
                "beredningsgruppen (som bygger samarbets- och uppföljningsmodellen)",
                "Styrningens årsklocka",
                "kommunerna",
                "◐ Pågår",
                "○ Inte påbörjad",
            ],
        ),
    ],
)
def test_swimlane_lanes_tasks_and_status_legend(diagrams, lang, expected) -> None:
    found = svg_texts(get(diagrams, "swimlane", lang=lang).content)
    for label in expected:
        assert label in found, label


def test_swimlane_for_one_actor_has_only_its_lane_and_the_date(diagrams) -> None:
    found = svg_texts(get(diagrams, "swimlane", lang="fi", actor="actor/keha", at="2023-11-01").content)
    assert "Ohjauksen tietopohja" in found and "tilanne 1.11.2023" in found
    assert "Ohjauksen vuosikello" not in found


def test_swimlane_mermaid_gantt(diagrams) -> None:
    text = get(diagrams, "swimlane", lang="fi", format="mmd").text
    assert text.startswith("gantt\n")
    assert "section valmisteluryhmä (yhteistyö- ja seurantamallin rakentaja)" in text


# ------------------------------------------------------------------------------ annual clock


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "fi",
            [
                "Ohjauksen vuosikellot",
                "Ohjauksen vuosikello 2025",
                "huhti",
                "touko",
                "joulu",
                "Vuosikellon 2025 luonnokset lähetekeskustelussa (4/23)",
                "hyväksyminen · 5/2023",
                "Vuosikello: vaalivuosi (muunnelma: Vuosikellot vakiintuneen toiminnan vuosille)",
                "Vuosikello: muut vuodet (muunnelma: Vuosikellot vakiintuneen toiminnan vuosille)",
            ],
        ),
        (
            "sv",
            [
                "Styrningens årsklockor",
                "Styrningens årsklocka 2025",
                "apr",
                "maj",
                "Utkasten till årsklockan 2025 i en inledande diskussion (4/23)",
                "godkännande · 5/2023",
                "Årsklocka: valår (variant av: Årsklockor för åren med etablerad verksamhet)",
                "Grafen har inga milstolpar för denna årsklocka.",
            ],
        ),
    ],
)
def test_annual_clock_months_milestones_and_variants(diagrams, lang, expected) -> None:
    found = svg_texts(get(diagrams, "annual-clock", lang=lang).content)
    for label in expected:
        assert label in found, label


def test_annual_clock_for_an_actor_without_clock_tasks_has_no_milestones(diagrams) -> None:
    found = " ".join(svg_texts(get(diagrams, "annual-clock", lang="fi", actor="actor/keha").content))
    assert "Ohjauksen vuosikello 2025" in found and "luonnokset" not in found


def test_annual_clock_outside_its_part_says_there_is_none(diagrams) -> None:
    found = svg_texts(get(diagrams, "annual-clock", lang="sv", part="part/national-objectives").content)
    assert "Inga årsklockor med dessa val." in found
    inside = svg_texts(get(diagrams, "annual-clock", lang="sv", part="part/steering-whole").content)
    assert "Styrningens årsklocka 2025" in inside


# ------------------------------------------------------------------------------ dependencies


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "fi",
            [
                "Tehtävien riippuvuudet",
                "Asetusvalmistelu: työvoimapalveluiden ohjaus",
                "valtioneuvoston asetus työvoimapalveluiden ohjauksesta (386/2024)",
                "Yleiskuvaus arviointikohteista",
                "Arvioinnin ja palautteen prosessi",
                "pisin polku (kestot yhteensä)",
                "edeltää (aikataulu, sama kokonaisuus)",
            ],
        ),
        (
            "sv",
            [
                "Uppgifternas beroenden",
                "Beredning av förordning: styrningen av arbetskraftsservicen",
                "Översikt över vad som utvärderas",
                "längsta vägen (sammanlagd längd)",
            ],
        ),
    ],
)
def test_dependencies_tasks_decree_and_longest_path(diagrams, lang, expected) -> None:
    found = " ".join(svg_texts(get(diagrams, "dependencies", lang=lang).content))
    for label in expected:
        assert label in found, label


def test_dependencies_for_a_part(diagrams) -> None:
    source = get(diagrams, "dependencies", lang="fi", format="dot", part="part/evaluation-feedback").text
    assert source.count("penwidth=3") == 3  # two tasks and the arrow between them
    drawn = get(diagrams, "dependencies", lang="fi", part="part/evaluation-feedback")
    found = " ".join(svg_texts(drawn.content))
    assert "Yleiskuvaus arviointikohteista" in found and "Arvioinnin ja palautteen prosessi" in found
    assert "Asetusvalmistelu" not in found


# ---------------------------------------------------------------------------------- errors


def test_unknown_kind_is_404(diagrams) -> None:
    assert_error(get(diagrams, "org-chart"), 404)


@pytest.mark.parametrize(
    "kind, params, parameter",
    [
        ("annual-clock", {"format": "xlsx"}, "format"),
        ("raci", {"lang": "de"}, "lang"),
        ("roles", {"at": "2025-02-30"}, "at"),
        ("raci", {"part": "part/no-such-part"}, "part"),
        ("swimlane", {"actor": "not an id"}, "actor"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(diagrams, kind, params, parameter) -> None:
    assert_error(get(diagrams, kind, **params), 422, parameter)


def test_kinds_are_listed(diagrams) -> None:
    kinds = httpx.get(f"{diagrams}/api/diagrams", timeout=30).json()["kinds"]
    assert [k["kind"] for k in kinds] == ["raci", "roles", "swimlane", "annual-clock", "dependencies"]
    assert kinds[0]["formats"] == ["svg", "png", "html", "csv", "xlsx", "docx", "pdf"]


# --------------------------------------------------------------------- CLI = API, byte for byte


@pytest.mark.parametrize(
    "kind, lang, fmt, filters", CLI_CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CLI_CASES]
)
def test_cli_and_api_give_the_same_bytes(diagrams, cli_outputs, kind, lang, fmt, filters) -> None:
    response = get(diagrams, kind, lang=lang, format=fmt, **filters)
    assert response.status_code == 200
    assert response.content == cli_outputs[(kind, lang, fmt)]


def test_cli_refuses_bad_input_with_exit_code_2(tmp_path) -> None:
    def run(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "kg_service.cli", "draw", *arguments],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    binary = run("raci", "--format", "xlsx")
    assert binary.returncode == 2 and "--output" in binary.stderr
    wrong = run("annual-clock", "--format", "csv")
    assert wrong.returncode == 2 and "parameter 'format'" in wrong.stderr
    date = run("roles", "--at", "1.6.2025")
    assert date.returncode == 2 and "parameter 'at'" in date.stderr
    text = run("dependencies", "--format", "mmd", "--lang", "sv")
    assert text.returncode == 0 and text.stdout.startswith("---\ntitle:")

"""`POST /api/check` over real HTTP (uvicorn on 127.0.0.1): the same findings as `kg check` run as a
subprocess on every example, every body type (Turtle, JSON-LD, CSV, XLSX), reports by Accept, and
errors in the project's format naming the line or cell."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import httpx
import pyoxigraph as ox
import pytest

from tests.conftest import REPO

EXAMPLES = REPO / "examples" / "drafts"
CONTENT_TYPES = {
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in CONTENT_TYPES)


@pytest.fixture(scope="module")
def check_service(shipped_store):
    """The service on the shipped graph, with the check router (the lead wires it into the app)."""
    from kg_service.api import check
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from tests.servers import running_app

    app = create_app(shipped_store, Settings(result_limit=5000))
    if not any(getattr(route, "path", None) == "/api/check" for route in app.routes):
        app.include_router(check.router)
    with running_app(app) as base:
        yield base


def post(
    service: str, body: bytes, content_type: str, accept: str = "application/json", **params: str
) -> httpx.Response:
    return httpx.post(
        service + "/api/check",
        content=body,
        params=params,
        timeout=60,
        headers={"Content-Type": content_type, "Accept": accept},
    )


def summary(report: dict) -> dict:
    """What must agree between the CLI and the API: each finding, and the before/after table."""
    return {
        "coherent": report["coherent"],
        "findings": [
            (f["id"], f["severity"], f["inDraft"], f["key"], f["provisions"]) for f in report["findings"]
        ],
        "diff": report["diff"],
    }


def cli_report(path, *args: str) -> tuple[int, dict]:
    command = [sys.executable, "-m", "kg_service.cli", "check", str(path), "--format", "json", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO, check=False)
    return done.returncode, json.loads(done.stdout)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_api_and_cli_give_the_same_findings(check_service: str, path) -> None:
    code, from_cli = cli_report(path)
    response = post(check_service, path.read_bytes(), CONTENT_TYPES[path.suffix], name=path.name)
    assert response.status_code == 200, response.text
    from_api = response.json()
    assert summary(from_api) == summary(from_cli)
    assert code == (0 if from_api["coherent"] else 1)
    fmt = path.suffix.lstrip(".").replace("ttl", "turtle")
    assert from_api["draft"] == {"name": path.name, "format": fmt}


def test_api_and_cli_agree_on_an_effective_date(check_service: str) -> None:
    path = EXAMPLES / "te-offices-after-2024.csv"
    _, from_cli = cli_report(path, "--at", "2026-06-01")
    response = post(check_service, path.read_bytes(), "text/csv", at="2026-06-01")
    assert summary(response.json()) == summary(from_cli)
    assert response.json()["at"] == "2026-06-01"


def test_turtle_and_json_ld_bodies_agree(check_service: str) -> None:
    turtle = (EXAMPLES / "schedule-contradiction.ttl").read_bytes()
    json_ld = ox.serialize(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE)), format=ox.RdfFormat.JSON_LD)
    from_turtle = post(check_service, turtle, "text/turtle").json()
    from_json_ld = post(check_service, json_ld, "application/ld+json").json()
    assert summary(from_turtle) == summary(from_json_ld)
    assert [f["id"] for f in from_turtle["findings"] if f["inDraft"]] == [
        "CHK-SCHED-MILESTONE",
        "CHK-SCHED-OUTPUT",
    ]


def test_csv_and_xlsx_bodies_agree(check_service: str) -> None:
    from openpyxl import Workbook

    text = (EXAMPLES / "te-offices-after-2024.csv").read_text(encoding="utf-8")
    workbook = Workbook()
    for row in csv.reader(io.StringIO(text)):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    from_csv = post(check_service, text.encode(), "text/csv").json()
    from_xlsx = post(check_service, buffer.getvalue(), CONTENT_TYPES[".xlsx"]).json()
    assert summary(from_csv) == summary(from_xlsx)
    assert [f["id"] for f in from_csv["findings"] if f["inDraft"]] == ["CHK-ACC-MANY", "CHK-ACTOR-ENDED"]


def test_reports_by_accept_and_format(check_service: str) -> None:
    body = (EXAMPLES / "te-offices-after-2024.csv").read_bytes()
    page = post(check_service, body, "text/csv", accept="text/html", lang="en")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<!DOCTYPE html>" in page.text and "Not coherent: 2 errors." in page.text
    markdown = post(check_service, body, "text/csv", accept="text/markdown")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# Luonnoksen koherenssitarkistus")
    forced = post(check_service, body, "text/csv", accept="text/html", format="json")
    assert forced.json()["findings"]


def test_empty_body_checks_the_current_graph(check_service: str) -> None:
    report = post(check_service, b"", "text/turtle").json()
    assert report["coherent"] is True and report["draft"]["format"] == "none"
    assert sum(f["id"] == "CHK-SRC-DISAGREE" for f in report["findings"]) == 11


def assert_error(response: httpx.Response, status: int, parameter: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["status"] == status and body["parameter"] == parameter
    return body["message"]


def test_bad_bodies_get_4xx_naming_line_or_cell(check_service: str) -> None:
    broken = b"@prefix es: <https://w3id.org/fi-employment-steering/id/> .\nes:x es:y\n"
    # the message is in the report's language (lang, Finnish by default)
    for lang, line in (
        ("fi", "rivi 3, sarake 1: Turtle-syntaksivirhe"),
        ("sv", "rad 3, kolumn 1: syntaxfel i Turtle"),
        ("en", "line 3, column 1: Turtle syntax error"),
    ):
        message = assert_error(post(check_service, broken, "text/turtle", lang=lang), 400, "body")
        assert message.startswith(line), message
    bad_cell = (
        b"provision,actor,role,task,effective,legal basis\n1,actor/nobody,A,task/report-use,2026-01-01,\n"
    )
    for lang, cell in (
        ("fi", "solu B2 (toimija): tuntematon toimija"),
        ("sv", "cell B2 (aktör): okänd aktör"),
        ("en", "cell B2 (actor): unknown actor"),
    ):
        assert assert_error(post(check_service, bad_cell, "text/csv", lang=lang), 422, "body").startswith(
            cell
        )
    missing = b"provision,actor,role,task\n"
    assert "missing column 'effective date or period'" in assert_error(
        post(check_service, missing, "text/csv", lang="en"), 422, "body"
    )
    assert "kolumnen 'i kraft' saknas" in assert_error(
        post(check_service, missing, "text/csv", lang="sv"), 422, "body"
    )
    assert assert_error(post(check_service, b"x", "application/pdf"), 415, "Content-Type")
    assert assert_error(post(check_service, b"", "text/turtle", at="2026-02-30"), 422, "at")
    assert assert_error(post(check_service, b"", "text/turtle", format="docx"), 422, "format")


def test_checks_leave_the_served_graph_unchanged(check_service: str) -> None:
    before = httpx.get(check_service + "/health", timeout=30).json()["triples"]
    for path in EXAMPLE_FILES:
        post(check_service, path.read_bytes(), CONTENT_TYPES[path.suffix])
    post(check_service, b"es:x a es:y .", "text/turtle")
    assert httpx.get(check_service + "/health", timeout=30).json()["triples"] == before

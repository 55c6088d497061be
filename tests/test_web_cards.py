"""Readable cards at /id/... for browsers, the SPARQL editor page and the offline API docs."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kg_service.api.app import create_app
from tests.test_web_pages import visible_text

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(shipped_store) -> TestClient:
    return TestClient(create_app(shipped_store))


def card(client: TestClient, path: str, **params: str) -> str:
    response = client.get(path, params=params, headers=HTML)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_actor_card_duties_match_the_api(client: TestClient) -> None:
    html = card(client, "/id/actor/tem", lang="fi", at="2026-01-01")
    api = client.get("/api/actors/actor/tem", params={"at": "2026-01-01"}).json()
    assert "<h1>työ- ja elinkeinoministeriö</h1>" in html
    assert f"Tehtävät 2026-01-01 ({len(api['responsibilities'])})" in html
    assert html.count('<td class="raci">') == len(api["responsibilities"])
    assert html.count("<li>Tehtävässä ”") == len(api["responsibilities"])
    # the legal basis links to Finlex's ELI address, the parent organisation to its card
    assert 'href="http://data.finlex.fi/eli/sd/2024/386"' in html
    assert 'href="/id/actor/government"' in html


def test_actor_card_is_finnish_without_interface_english(client: TestClient) -> None:
    text = visible_text(card(client, "/id/actor/tem", lang="fi"))
    for english in ("had role", "rdf:type", "Statements", "Pointing here", "Sources", "Duties on"):
        assert english not in text


def test_municipality_card_shows_its_areas_on_the_date(client: TestClient) -> None:
    before = card(client, "/id/municipality/005", lang="sv", at="2025-06-01")
    after = card(client, "/id/municipality/005", lang="sv", at="2026-06-01")
    current = re.compile(r'<li><a href="/id/(edc|ely)/\d+">')
    assert {m.group(1) for m in current.finditer(before)} == {"ely"}
    assert {m.group(1) for m in current.finditer(after)} == {"edc"}
    assert "välfärdsområde" in before and "sysselsättningsområde" in before


def test_council_card_lists_its_sections(client: TestClient) -> None:
    html = card(client, "/id/actor/advisory-council", lang="fi")
    assert "Jaostot ja alayksiköt" in html
    assert html.count('href="/id/actor/advisory-council-') == 3


def test_task_and_part_cards(client: TestClient) -> None:
    task = card(client, "/id/task/set-national-objectives", lang="sv")
    assert "Fastställande av de nationella målen" in task
    assert "Vem gör vad" in task
    part = card(client, "/id/part/national-objectives", lang="fi")
    assert "Tehtävät (" in part and 'href="/id/task/' in part


def test_other_nodes_get_a_labelled_statement_list(client: TestClient) -> None:
    html = card(client, "/id/role/accountable", lang="fi")
    assert "tilivelvollinen" in html and "Ominaisuus" in html


def test_card_rdf_is_one_click_and_one_accept_away(client: TestClient) -> None:
    html = card(client, "/id/actor/tem", lang="fi")
    assert 'href="?format=turtle"' in html
    turtle = client.get("/id/actor/tem", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")


def test_card_refuses_a_bad_date_in_the_language(client: TestClient) -> None:
    response = client.get("/id/actor/tem", params={"at": "31.12.2025", "lang": "sv"}, headers=HTML)
    assert response.status_code == 422
    assert "Datumet ”31.12.2025” duger inte" in response.text


def test_sparql_page_for_browsers_protocol_unchanged(client: TestClient) -> None:
    page = client.get("/sparql", params={"lang": "fi"}, headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200 and "yasgui.min.js" in page.text
    config = re.search(r'<script type="application/json" id="sparql-config">(.*?)</script>', page.text, re.S)
    assert config and "PREFIX eso: <https://w3id.org/fi-employment-steering/ontology#>" in config.group(1)
    stored = client.get("/api/queries").json()["queries"]
    shown = {q["name"] for q in stored if q["audience"] != "service"}
    assert shown and all(f'data-example="{name}"' in page.text for name in shown)
    protocol = client.get(
        "/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+json"}
    )
    assert protocol.json() == {"head": {}, "boolean": True}
    no_accept = client.get("/sparql", params={"query": "ASK {}"})
    assert no_accept.headers["content-type"].startswith("application/sparql-results+json")


@pytest.mark.parametrize(
    ("path", "asset"), [("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")]
)
def test_api_docs_use_local_assets(client: TestClient, path: str, asset: str) -> None:
    html = client.get(path, params={"lang": "sv"}).text
    assert '<html lang="sv">' in html
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(asset in s for s in sources)
    assert all(s.startswith("/") for s in sources), sources
    for source in sources:
        assert client.get(source).status_code == 200

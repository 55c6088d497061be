"""Names change on dates (issue 8, item 8): the name in force on a day, everywhere a name is shown.

KEHA was "ELY-keskusten ja TE-toimistojen kehittämis- ja hallintokeskus" from its founding on
1 Jan 2015 and is "Työllisyys-, kehittämis- ja hallintokeskus (KEHA-keskus)" from 2026
(DOMAIN_FACTS, citing tyomarkkinatori.fi and HE 37/2024). The rule (kg_service/answers/names.py)
is tested on its own, then through the graph, the API, the web card, a diagram, the check report
and search: each asks for the same actor on a day in 2025 and a day in 2026.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from fastapi.testclient import TestClient

from kg_service.answers.names import DatedName, labels_on, name_on
from kg_service.api.app import create_app
from kg_service.checks.runner import Checker
from tests.conftest import ES
from tests.test_checks import added, assignment, ttl

OLD = "ELY-keskusten ja TE-toimistojen kehittämis- ja hallintokeskus"
NEW = "Työllisyys-, kehittämis- ja hallintokeskus (KEHA-keskus)"
KEHA = ES + "actor/keha"
BEFORE, AFTER = "2025-06-01", "2026-02-01"
SVG = "{http://www.w3.org/2000/svg}"


# --------------------------------------------------------------------------------- the rule

FIRST = DatedName("n/1", "2015-01-01", "2025-12-31", {"fi": "Vanha", "sv": "Gamla"})
SECOND = DatedName("n/2", "2026-01-01", None, {"fi": "Uusi"})


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2014-12-31", None),
        ("2015-01-01", FIRST),
        ("2025-12-31", FIRST),
        ("2026-01-01", SECOND),
        ("2099-01-01", SECOND),
    ],
)
def test_the_name_on_a_day_is_the_one_whose_period_holds_it(day: str, expected: DatedName | None) -> None:
    assert name_on([SECOND, FIRST], day) == expected


def test_overlapping_names_give_one_answer_whatever_the_order() -> None:
    overlapping = DatedName("n/3", "2020-01-01", None, {"fi": "Välissä"})
    assert name_on([FIRST, overlapping], "2021-01-01") == overlapping
    assert name_on([overlapping, FIRST], "2021-01-01") == overlapping


def test_a_dated_name_replaces_every_language_of_the_undated_labels() -> None:
    undated = {"x": {"fi": "Uusi", "sv": "Nya", "en": "New"}, "y": {"fi": "Muu"}}
    names = {"x": [FIRST, SECOND]}
    then = {"x": {"fi": "Vanha", "sv": "Gamla"}, "y": {"fi": "Muu"}}
    assert labels_on(undated, names, "2020-06-01") == then
    assert labels_on(undated, names, "2014-06-01") == undated
    assert labels_on(undated, names, None) == undated


# -------------------------------------------------------------------------------- the graph


def test_keha_has_two_dated_names_from_the_source(select) -> None:
    rows = select(
        """
        SELECT ?label ?start ?end ?confidence ?locator ?cites WHERE {
          actor:keha eso:datedName ?name .
          ?name skos:prefLabel ?label ; eso:startDate ?start ; eso:confidence ?confidence ;
                prov:wasDerivedFrom ?location .
          ?location eso:locator ?locator ; eso:inDocument source:domain-facts .
          OPTIONAL { ?location eso:citesSource ?cites }
          OPTIONAL { ?name eso:endDate ?end }
        }
        """
    )
    found = {(r["label"], r["start"], r.get("end")) for r in rows}
    assert found == {(OLD, "2015-01-01", "2025-12-31"), (NEW, "2026-01-01", None)}
    cited = {r["cites"] for r in rows if r["label"] == OLD}
    assert cited == {ES + "source/tyomarkkinatori-fi", ES + "source/he-37-2024"}
    assert {r["confidence"] for r in rows} == {ES + "confidence/confirmed"}


def test_an_open_ended_dated_name_is_the_undated_label(select) -> None:
    """The undated label is today's name: every node's latest, open-ended name must be it."""
    rows = select(
        """
        SELECT ?node ?named ?label WHERE {
          ?node eso:datedName ?name .
          ?name skos:prefLabel ?named .
          FILTER NOT EXISTS { ?name eso:endDate ?end }
          OPTIONAL { ?node skos:prefLabel ?label FILTER (LANG(?label) = LANG(?named)) }
        }
        """
    )
    assert rows, "no node has an open-ended dated name"
    assert [r for r in rows if r.get("label") != r["named"]] == []


# ---------------------------------------------------------------------------------- the API


@pytest.fixture(scope="module")
def client(shipped_store) -> TestClient:
    return TestClient(create_app(shipped_store))


@pytest.mark.parametrize(("day", "name"), [(BEFORE, OLD), (AFTER, NEW), (None, NEW)])
def test_actor_card_names_keha_as_on_the_day(client: TestClient, day: str | None, name: str) -> None:
    card = client.get("/api/actors/actor/keha", params={"at": day} if day else {}).json()
    assert card["labels"] == {"fi": name}
    assert [n["labels"]["fi"] for n in card["names"] if n["current"]] == [name]
    periods = [(n["start"], n["end"]) for n in card["names"]]
    assert periods == [("2015-01-01", "2025-12-31"), ("2026-01-01", None)]
    assert all(n["sources"] and n["confidence"] for n in card["names"])
    labels = {r["actor"]["label"] for r in card["responsibilities"]}
    assert labels == {name}


def test_a_swedish_reader_gets_the_finnish_name_of_the_day_not_a_later_name(client: TestClient) -> None:
    card = client.get("/api/actors/actor/keha", params={"at": BEFORE, "lang": "sv"}).json()
    assert {r["actor"]["label"] for r in card["responsibilities"]} == {OLD}


@pytest.mark.parametrize(("day", "name"), [(BEFORE, OLD), (AFTER, NEW)])
def test_responsibilities_on_a_day_name_keha_as_then(client: TestClient, day: str, name: str) -> None:
    rows = client.get("/api/responsibilities", params={"at": day}).json()["rows"]
    keha = {r["actor"]["label"] for r in rows if r["actor"]["id"] == KEHA}
    assert keha == {name}


def test_actor_list_on_a_day_names_keha_as_then(client: TestClient) -> None:
    def listed(day: str) -> str:
        actors = client.get("/api/actors", params={"at": day}).json()["actors"]
        return next(a["actor"]["label"] for a in actors if a["actor"]["id"] == KEHA)

    assert (listed(BEFORE), listed(AFTER)) == (OLD, NEW)


def test_actor_card_refuses_a_day_that_is_not_a_date(client: TestClient) -> None:
    response = client.get("/api/actors/actor/keha", params={"at": "2025-13-01"})
    assert response.status_code == 422
    assert response.json()["error"]["parameter"] == "at"


# ------------------------------------------------------------------------------ the web card


@pytest.mark.parametrize(("day", "name", "other"), [(BEFORE, OLD, NEW), (AFTER, NEW, OLD)])
def test_web_card_heads_with_the_name_of_the_day(client: TestClient, day: str, name: str, other: str) -> None:
    response = client.get("/id/actor/keha", params={"at": day, "lang": "fi"}, headers={"Accept": "text/html"})
    assert response.status_code == 200
    html = response.text
    assert f"<h1>{name}</h1>" in html and f"<title>{name}" in html
    assert "Nimet eri aikoina" in html and f"(nimi {day})" in html
    # both names are listed with their periods; only the day's name is marked
    history = html.split("Nimet eri aikoina", 1)[1].split("</dd>", 1)[0]
    assert name in history and other in history
    marked = history.split(f"(nimi {day})", 1)[0].rsplit("<li>", 1)[1]
    assert name in marked and other not in marked


# ------------------------------------------------------------------------------- a diagram


@pytest.mark.parametrize(("day", "name", "other"), [(BEFORE, OLD, NEW), (AFTER, NEW, OLD)])
def test_raci_drawn_for_a_day_names_keha_as_then(client: TestClient, day: str, name: str, other: str) -> None:
    response = client.get("/api/diagrams/raci", params={"actor": "actor/keha", "at": day, "lang": "fi"})
    assert response.status_code == 200, response.text[:300]
    texts = " ".join(
        " ".join(p.strip() for p in e.itertext() if p.strip())
        for e in ET.fromstring(response.content).iter(f"{SVG}text")
    )
    assert name in texts and other not in texts


# ------------------------------------------------------------------------ the check report


@pytest.mark.parametrize(("day", "name"), [("2025-06-01", OLD), ("2026-06-01", NEW)])
def test_check_report_names_keha_as_on_the_effective_date(shipped_store, day: str, name: str) -> None:
    checker = Checker(shipped_store)
    body = ttl(assignment("a", "task/monitor-evaluate-objectives", "actor/keha", "accountable", "2025-01-01"))
    result = checker.check(checker.read(body, "turtle", "test"), date.fromisoformat(day))
    [finding] = added(result, "CHK-ACC-MANY")
    [keha] = [a for a in finding.actors if a.id == KEHA]
    assert keha.text("fi") == name and name in finding.message["fi"]


# ---------------------------------------------------------------------------------- search


def test_the_former_name_finds_keha(client: TestClient) -> None:
    results = client.get("/api/search", params={"q": OLD, "lang": "fi"}).json()["results"]
    assert results[0]["id"] == KEHA
    assert results[0]["matched"]["text"] == OLD
    assert all("/name/" not in r["id"] for r in results)

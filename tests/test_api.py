"""The HTTP service over real HTTP on 127.0.0.1, once on each store (embedded and Oxigraph server).

Every request goes through uvicorn; /sparql is exercised with SPARQLWrapper as the client.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import httpx
import pytest
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from tests.conftest import ES

LABEL_QUERY = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label WHERE { <https://w3id.org/fi-employment-steering/id/actor/tem> skos:prefLabel ?label }
ORDER BY ?label"""


def get(service: str, path: str, **params: str) -> httpx.Response:
    return httpx.get(service + path, params=params, timeout=60)


def assert_error(response: httpx.Response, status: int, parameter: str | None = None) -> dict:
    assert response.status_code == status, response.text[:500]
    body = response.json()["error"]
    assert body["status"] == status and body["message"]
    if parameter is not None:
        assert body["parameter"] == parameter
    return body


# ------------------------------------------------------------------------------- /sparql


def sparql_client(service: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(service + "/sparql")
    client.setReturnFormat(fmt)
    return client


def test_sparql_select_json_with_sparqlwrapper(service) -> None:
    client = sparql_client(service, JSON)
    client.setQuery(LABEL_QUERY)
    result = client.queryAndConvert()
    labels = {b["label"]["value"]: b["label"].get("xml:lang") for b in result["results"]["bindings"]}
    assert labels["työ- ja elinkeinoministeriö"] == "fi"
    assert labels["arbets- och näringsministeriet"] == "sv"
    assert labels["Ministry of Economic Affairs and Employment"] == "en"


def test_sparql_select_xml_csv_tsv(service) -> None:
    client = sparql_client(service, XML)
    client.setQuery(LABEL_QUERY)
    document = client.query().response.read()
    literals = ET.fromstring(document).findall(".//{http://www.w3.org/2005/sparql-results#}literal")
    assert "työ- ja elinkeinoministeriö" in {lit.text for lit in literals}
    client = sparql_client(service, CSV)
    client.setQuery(LABEL_QUERY)
    rows = list(csv.reader(io.StringIO(client.query().response.read().decode())))
    assert rows[0] == ["label"] and ["työ- ja elinkeinoministeriö"] in rows
    client = sparql_client(service, TSV)
    client.setQuery(LABEL_QUERY)
    lines = client.query().response.read().decode().splitlines()
    assert lines[0] == "?label" and '"työ- ja elinkeinoministeriö"@fi' in lines


def test_sparql_post_form_and_direct_body(service) -> None:
    form = httpx.post(
        service + "/sparql",
        data={"query": LABEL_QUERY},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    direct = httpx.post(
        service + "/sparql",
        content=LABEL_QUERY.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert form.status_code == direct.status_code == 200
    assert form.json() == direct.json()


def test_sparql_ask_and_construct(service) -> None:
    client = sparql_client(service, JSON)
    client.setQuery("ASK { ?s a <https://w3id.org/fi-employment-steering/ontology#Task> }")
    assert client.queryAndConvert()["boolean"] is True
    client = sparql_client(service, TURTLE)
    client.setQuery(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . "
        "FILTER (?s = <https://w3id.org/fi-employment-steering/id/actor/tem>) }"
    )
    graph = client.queryAndConvert()
    assert len(graph) > 5
    response = httpx.get(
        service + "/sparql",
        timeout=60,
        params={
            "query": "DESCRIBE <https://w3id.org/fi-employment-steering/id/actor/tem>",
            "format": "jsonld",
        },
    )
    assert response.headers["content-type"].startswith("application/ld+json")
    assert any(node.get("@id") == ES + "actor/tem" for node in response.json())


def test_sparql_syntax_error_is_400_with_parser_message(service) -> None:
    body = assert_error(get(service, "/sparql", query="SELECT * WHERE {"), 400, "query")
    # the parser's own message with the place it stopped: Oxigraph's "1:17", Virtuoso's "line 2"
    assert re.search(r"\b\d+:\d+\b|\bline \d+\b", body["message"]), body["message"]


def test_sparql_updates_and_federation_are_refused(service) -> None:
    assert_error(httpx.post(service + "/sparql", data={"update": "CLEAR DEFAULT"}, timeout=60), 403, "update")
    update = httpx.post(
        service + "/sparql",
        content=b"CLEAR DEFAULT",
        timeout=60,
        headers={"Content-Type": "application/sparql-update"},
    )
    assert_error(update, 403, "update")
    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    assert_error(get(service, "/sparql", query=federated), 400, "query")
    assert_error(get(service, "/sparql"), 400, "query")


def test_sparql_result_limit_is_413(service) -> None:
    # the service under test runs with result_limit=5000 (tests/conftest.py)
    big = "SELECT * WHERE { ?s ?p ?o . ?x a ?type } LIMIT 5001"
    assert_error(get(service, "/sparql", query=big), 413)
    small = get(service, "/sparql", query="SELECT * WHERE { ?s ?p ?o . ?x a ?type } LIMIT 5000")
    assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 5000


def test_sparql_unknown_format_is_422(service) -> None:
    assert_error(get(service, "/sparql", query=LABEL_QUERY, format="yaml"), 422, "format")


# ----------------------------------------------------------------- /api/responsibilities


def test_responsibilities_of_a_task_include_inherited_accountability(service) -> None:
    body = get(service, "/api/responsibilities", task="task/steering-knowledge-base", lang="en").json()
    by_raci = {(row["raci"], row["actor"]["id"]) for row in body["rows"]}
    assert ("A", ES + "actor/preparation-group") in by_raci
    assert ("C", ES + "actor/keha") in by_raci
    accountable = next(r for r in body["rows"] if r["raci"] == "A")
    assert accountable["inheritedFrom"]["id"] == ES + "model/steering"
    assert accountable["due"] == "2023-12-31"
    assert accountable["status"]["label"] == "In progress"
    assert accountable["statusNote"] == "Aloitettu KEHAn tiedolla johtamisen hankkeessa"
    assert accountable["sources"] and accountable["sources"][0]["document"]["id"] == ES + "source/seed-000"


def test_responsibilities_labels_follow_lang_and_accept_language(service) -> None:
    swedish = get(service, "/api/responsibilities", task="task/report-use", lang="sv").json()
    assert swedish["lang"] == "sv"
    assert swedish["rows"][0]["task"]["label"] == "Utnyttjande av utredningen"
    header = httpx.get(
        service + "/api/responsibilities",
        params={"task": "task/report-use"},
        headers={"Accept-Language": "en-GB,en;q=0.9"},
        timeout=60,
    ).json()
    assert header["lang"] == "en" and header["rows"][0]["task"]["label"] == "Use of the report"


def test_responsibilities_filter_by_role_counts_narrower_roles(service) -> None:
    rows = get(service, "/api/responsibilities", actor="actor/tem", role="role/responsible").json()["rows"]
    assert rows and all(row["raci"] == "R" for row in rows)
    roles = {row["role"]["id"] for row in rows}
    assert {ES + "role/instructs", ES + "role/coordinates", ES + "role/prepares"} <= roles
    assert all(
        role.rsplit("/", 1)[1]
        in {
            "responsible",
            "instructs",
            "coordinates",
            "prepares",
            "monitors",
            "intermediate-body",
            "supervises",
            "notifies",
            "runs-project",
        }
        for role in roles
    )


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"at": "2024-13-01"}, "at"),
        ({"from": "yesterday"}, "from"),
        ({"from": "2025-01-01", "to": "2024-01-01"}, "from"),
        ({"actor": "not an iri <>"}, "actor"),
        ({"lang": "de"}, "lang"),
    ],
)
def test_responsibilities_bad_parameters_are_422_naming_the_parameter(service, params, parameter) -> None:
    assert_error(get(service, "/api/responsibilities", **params), 422, parameter)


def test_injection_attempts_change_nothing(service) -> None:
    sneaky = 'x" } UNION { ?s ?p ?o } #'
    assert_error(get(service, "/api/responsibilities", actor=sneaky), 422, "actor")
    # search reads words, never SPARQL: the query's punctuation has no effect on what is found
    found = get(service, "/api/search", q=sneaky).json()["results"]
    words_only = get(service, "/api/search", q="x UNION s p o").json()["results"]
    assert [r["id"] for r in found] == [r["id"] for r in words_only]
    assert all(r["label"] for r in found)


# ------------------------------------------------------------------------------ resources


def test_actor_card_and_unknown_ids(service) -> None:
    card = get(service, "/api/actors/actor/tem", lang="en").json()
    assert card["labels"]["sv"] == "arbets- och näringsministeriet"
    assert ES + "kind/ministries" in card["facts"]["classification"]
    assert {row["task"]["id"] for row in card["responsibilities"]} >= {ES + "task/instruct-discussions-2023"}
    assert_error(get(service, "/api/actors/actor/nobody"), 404)
    assert_error(get(service, "/api/tasks/task/nothing"), 404)
    assert_error(get(service, "/api/processes/part/nothing"), 404)


def test_task_card(service) -> None:
    card = get(service, "/api/tasks/task/discussions-2023-2024", lang="fi").json()
    assert card["status"]["id"] == ES + "status/in-progress"
    assert sorted(s["notation"] for s in card["schedules"]) == ["Q1-3 / 2024", "Q2-3 / 2023"]
    assert card["due"] == "2024-09-30"
    assert {d["id"] for d in card["relations"]["disagreement"]} == {ES + "disagreement/discussions-grouping"}


def test_processes_and_timeline(service) -> None:
    parts = get(service, "/api/processes").json()["processes"]
    assert ES + "part/regional-discussions" in {p["node"]["id"] for p in parts}
    part = get(service, "/api/processes/part/evaluation-feedback").json()
    assert {t["task"]["id"] for t in part["tasks"]} == {
        ES + "task/evaluation-targets-description",
        ES + "task/evaluation-feedback-process",
    }
    quarter = get(service, "/api/timeline", quarter="2023-Q4", lang="en").json()
    assert (quarter["from"], quarter["to"]) == ("2023-10-01", "2023-12-31")
    due = {item["item"]["id"] for item in quarter["items"]}
    assert {ES + "task/steering-knowledge-base", ES + "task/evaluation-targets-description"} <= due
    assert_error(get(service, "/api/timeline", quarter="2023-Q5"), 422, "quarter")
    assert_error(get(service, "/api/timeline"), 422, "from")


def test_search_over_three_languages(service) -> None:
    for text, expected in [
        ("neuvottelukunta", "actor/advisory-council"),
        ("årsklocka", "clock/2025"),
        ("annual clock", "clock/2025"),
    ]:
        ids = {r["id"] for r in get(service, "/api/search", q=text).json()["results"]}
        assert ES + expected in ids, text
    assert_error(get(service, "/api/search", q="x"), 422, "q")


# -------------------------------------------------------------------------- stored queries


def test_stored_queries_are_listed_with_parameters(service) -> None:
    listing = get(service, "/api/queries").json()
    names = {q["name"] for q in listing["queries"]}
    assert {"responsibilities", "who-is-responsible", "due-between", "tasks-without-accountable"} <= names
    due = next(q for q in listing["queries"] if q["name"] == "due-between")
    assert [(p["name"], p["type"], p["required"]) for p in due["parameters"]] == [
        ("from", "date", True),
        ("to", "date", True),
        ("lang", "lang", False),  # the language of the label columns, on every stored query
    ]


def test_stored_query_runs_as_json_and_csv(service) -> None:
    as_json = get(service, "/api/queries/due-between", **{"from": "2023-10-01", "to": "2023-12-31"}).json()
    items = {b["item"]["value"] for b in as_json["results"]["bindings"]}
    assert ES + "task/evaluation-targets-description" in items
    as_csv = get(
        service, "/api/queries/due-between", **{"from": "2023-10-01", "to": "2023-12-31", "format": "csv"}
    )
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert {row["item"] for row in rows} == items
    posted = httpx.post(
        service + "/api/queries/due-between", timeout=60, json={"from": "2023-10-01", "to": "2023-12-31"}
    ).json()
    assert posted == as_json


def test_stored_query_errors(service) -> None:
    assert_error(get(service, "/api/queries/no-such-query"), 404)
    assert_error(get(service, "/api/queries/due-between", **{"from": "2023-10-01"}), 422, "to")
    assert_error(
        get(
            service, "/api/queries/due-between", **{"from": "2023-10-01", "to": "2023-12-31", "colour": "red"}
        ),
        422,
        "colour",
    )
    bad_json = httpx.post(
        service + "/api/queries/due-between",
        content=b"{not json",
        timeout=60,
        headers={"Content-Type": "application/json"},
    )
    assert_error(bad_json, 422, "body")


# ----------------------------------------------------------------------------- IRIs resolve


def test_iris_resolve_by_content_negotiation(service) -> None:
    html = httpx.get(service + "/id/actor/tem", headers={"Accept": "text/html"}, timeout=60)
    assert html.headers["content-type"].startswith("text/html")
    assert "<h1>työ- ja elinkeinoministeriö</h1>" in html.text
    turtle = httpx.get(service + "/id/actor/tem", headers={"Accept": "text/turtle"}, timeout=60)
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert "arbets- och näringsministeriet" in turtle.text
    jsonld = httpx.get(service + "/id/actor/tem", headers={"Accept": "application/ld+json"}, timeout=60)
    assert any(node.get("@id") == ES + "actor/tem" for node in json.loads(jsonld.text))
    assert_error(httpx.get(service + "/id/actor/nobody", timeout=60), 404)


def test_openapi_and_health(service) -> None:
    spec = get(service, "/openapi.json").json()
    assert {"/sparql", "/api/responsibilities", "/api/queries/{name}"} <= set(spec["paths"])
    assert get(service, "/health").json()["triples"] > 1000


def test_period_filter_checks_task_schedules(service) -> None:
    """A duty whose task is scheduled in Q4/2023 shows for Q4/2023, not for Q1/2024."""
    q4 = get(
        service,
        "/api/responsibilities",
        actor="municipality/233",
        **{"from": "2023-10-01", "to": "2023-12-31"},
    ).json()
    q1 = get(
        service,
        "/api/responsibilities",
        actor="municipality/233",
        **{"from": "2024-01-01", "to": "2024-03-31"},
    ).json()
    notify = ES + "task/notify-organisation-of-services"
    assert notify in {row["task"]["id"] for row in q4["rows"]}
    assert notify not in {row["task"]["id"] for row in q1["rows"]}
    held = next(row for row in q4["rows"] if row["task"]["id"] == notify)
    assert held["holder"]["id"] == ES + "kind/municipalities" and held["due"] == "2023-10-31"
    assert [b["id"] for b in held["legalBasis"]] == [ES + "law/380-2023/s15"]

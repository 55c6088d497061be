"""Every error path the API and the pages can take answers in Finnish or Swedish when asked.

Each case is a request that fails in a different place (FastAPI's own validation, a parameter of
ours, an unknown id, the SPARQL protocol, the query time, memory and row limits, a full worker
pool, a failing store, the draft upload). Asked in fi and sv, the message holds none of the
English words found so far and is not the English message: it was said in the asked language.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.store.remote import RemoteStore
from tests.language import english_leaks
from tests.servers import free_port, running_app
from tests.test_query_workers import MEMORY_BOMB, RUNAWAY

ROW_LIMIT = 10
EVERYTHING = "SELECT * WHERE { ?s ?p ?o }"

# (name, method, path, query parameters, body, Content-Type, expected status)
CASES: list[tuple[str, str, str, dict[str, str], bytes | None, str | None, int]] = [
    ("validation: too short", "GET", "/api/search", {"q": "x"}, None, None, 422),
    ("validation: missing", "GET", "/api/search", {}, None, None, 422),
    ("validation: not an integer", "GET", "/api/search", {"q": "tem", "limit": "abc"}, None, None, 422),
    ("validation: too large", "GET", "/api/search", {"q": "tem", "limit": "9999"}, None, None, 422),
    ("parameter: not a date", "GET", "/api/responsibilities", {"at": "huomenna"}, None, None, 422),
    ("parameter: period", "GET", "/api/timeline", {"from": "2024-01-01"}, None, None, 422),
    ("parameter: format", "GET", "/api/diagrams/swimlane", {"format": "zzz"}, None, None, 422),
    ("parameter: stored query", "GET", "/api/queries/roles", {"nothing": "x"}, None, None, 422),
    ("parameter: JSON body", "POST", "/api/queries/roles", {}, b"{", "application/json", 422),
    ("unknown task", "GET", "/api/tasks/task/nothing", {}, None, None, 404),
    ("unknown stored query", "GET", "/api/queries/nothing", {}, None, None, 404),
    ("unknown diagram kind", "GET", "/api/diagrams/nothing", {}, None, None, 404),
    ("unknown vocabulary term", "GET", "/api/vocabulary/nothing", {}, None, None, 404),
    ("unknown route", "GET", "/api/nothing", {}, None, None, 404),
    ("SPARQL: syntax", "GET", "/sparql", {"query": "SELEC ?x"}, None, None, 400),
    ("SPARQL: missing query", "GET", "/sparql", {}, None, None, 400),
    ("SPARQL: update", "POST", "/sparql", {}, b"DELETE WHERE {?s ?p ?o}", "application/sparql-update", 403),
    ("SPARQL: content type", "POST", "/sparql", {}, b"x", "text/plain", 415),
    (
        "SPARQL: SERVICE",
        "GET",
        "/sparql",
        {"query": "SELECT * { SERVICE <http://x.example.fi/> {} }"},
        None,
        None,
        400,
    ),
    ("SPARQL: row limit", "GET", "/sparql", {"query": EVERYTHING}, None, None, 413),
    ("SPARQL: time limit", "GET", "/sparql", {"query": RUNAWAY}, None, None, 422),
    ("SPARQL: memory", "GET", "/sparql", {"query": MEMORY_BOMB}, None, None, 422),
    ("stored query: row limit", "GET", "/api/queries/roles", {}, None, None, 413),
    ("check: format", "POST", "/api/check", {"format": "zzz"}, b"", "text/turtle", 422),
    ("check: content type", "POST", "/api/check", {}, b"x", "text/plain", 415),
]


@pytest.fixture(scope="module")
def service(shipped_store) -> Iterator[str]:
    settings = Settings(
        result_limit=ROW_LIMIT,
        query_timeout=1.5,
        query_workers=1,
        query_wait=0.2,
        query_memory_mb=128,
        query_per_client=4,  # one client may fill the pool: the pool's own refusal is what is tested
    )
    with running_app(create_app(shipped_store, settings)) as base:
        yield base


def message(base: str, case: tuple, lang: str, client: httpx.Client) -> str:
    _, method, path, params, body, media, status = case
    headers = {"Content-Type": media} if media else {}
    response = client.request(
        method, base + path, params=params | {"lang": lang}, content=body, headers=headers
    )
    assert response.status_code == status, response.text
    return response.json()["error"]["message"]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_every_error_path_speaks_finnish_and_swedish(service: str, case: tuple) -> None:
    with httpx.Client(timeout=30) as client:
        said = {lang: message(service, case, lang, client) for lang in ("fi", "sv", "en")}
    assert english_leaks(said["fi"]) == [] and english_leaks(said["sv"]) == []
    assert len({said["fi"], said["sv"], said["en"]}) == 3, said


def test_a_full_worker_pool_says_so_in_finnish_and_swedish(service: str) -> None:
    with httpx.Client(timeout=30) as client:
        runaway = threading.Thread(target=lambda: client.get(f"{service}/sparql", params={"query": RUNAWAY}))
        runaway.start()
        time.sleep(0.3)
        said = {
            lang: client.get(f"{service}/sparql", params={"query": f"ASK {{ ?s ?p '{lang}' }}", "lang": lang})
            for lang in ("fi", "sv")
        }
        runaway.join(timeout=30)
    assert [r.status_code for r in said.values()] == [503, 503]
    assert said["fi"].json()["error"]["message"].startswith("Kaikki 1 kyselyprosessia ovat varattuja")
    assert said["sv"].json()["error"]["message"].startswith("Alla 1 frågeprocesser är upptagna")


def test_a_failing_store_says_so_in_finnish_and_swedish_and_keeps_the_detail_in_english() -> None:
    nowhere = RemoteStore(f"http://127.0.0.1:{free_port()}/sparql", timeout=2)
    with running_app(create_app(nowhere, Settings(store="remote"))) as base:
        answers = {
            lang: httpx.get(
                f"{base}/api/tasks/task/set-national-objectives", params={"lang": lang}, timeout=30
            )
            for lang in ("fi", "sv", "en")
        }
    assert {r.status_code for r in answers.values()} == {502}
    assert (
        answers["fi"].json()["error"]["message"]
        == "Tietovarasto ei vastannut oikein; virhe on kirjattu lokiin."
    )
    assert answers["sv"].json()["error"]["message"] == "Datalagret svarade inte korrekt; felet har loggats."
    assert answers["en"].json()["error"]["message"].startswith("the store failed: cannot reach")


def test_a_browser_gets_an_unknown_id_as_a_finnish_page(service: str) -> None:
    page = httpx.get(
        f"{service}/id/task/nothing", params={"lang": "fi"}, headers={"Accept": "text/html"}, timeout=30
    )
    assert page.status_code == 404 and 'lang="fi"' in page.text
    words = re.sub(r"<[^>]+>", " ", page.text.split("<main", 1)[1])
    assert "tietoverkossa ei ole kohdetta" in words and english_leaks(words) == []

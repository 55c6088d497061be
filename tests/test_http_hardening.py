"""Issue 10's HTTP-level triggers: each gets its 4xx in the one error shape, never a plain 500.

SERVICE refused by the query's tokens (not a word match), bodies bounded before they are read,
405 with Allow, HEAD on GET routes, security headers on HTML, answers with ETag and 304.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.queries.lexer import uses_service
from tests.servers import running_app


@pytest.fixture(scope="module")
def hardened(shipped_store) -> Iterator[str]:
    with running_app(create_app(shipped_store, Settings(query_timeout=60.0, result_limit=1000))) as base:
        yield base


def assert_error(response: httpx.Response, status: int, parameter: str | None = None) -> str:
    """The status, the one JSON error shape, and (when given) the parameter it names."""
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"status", "message", "parameter"}
    assert error["status"] == status and error["message"]
    if parameter is not None:
        assert error["parameter"] == parameter
    return error["message"]


@pytest.mark.parametrize(
    "query",
    [
        "ASK { <http://example.org/public-service> ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # a comment about a SERVICE",
        'ASK { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" }',
        "PREFIX service: <https://example.fi/> ASK { ?service service:x ?o }",
    ],
)
def test_the_word_service_in_iris_literals_comments_and_names_is_fine(hardened, query) -> None:
    assert not uses_service(query)
    assert httpx.get(f"{hardened}/sparql", params={"query": query}, timeout=30).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "select * where { optional { service silent <http://127.0.0.1:9/> { ?s ?p ?o } } }",
        "ASK { FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }",
    ],
)
def test_federation_is_refused_by_structure(hardened, query) -> None:
    message = assert_error(httpx.get(f"{hardened}/sparql", params={"query": query}, timeout=30), 400, "query")
    assert "SERVICE" in message
    finnish = httpx.get(
        f"{hardened}/sparql", params={"query": query}, headers={"Accept-Language": "fi"}, timeout=30
    )
    assert "Hajautetut kyselyt" in assert_error(finnish, 400, "query")


def test_every_stored_query_text_passes_the_federation_rule(hardened) -> None:
    listing = httpx.get(f"{hardened}/api/queries", timeout=30).json()["queries"]
    assert listing
    for query in listing:
        text = httpx.get(f"{hardened}{query['path']}/sparql", timeout=30).text
        assert not uses_service(text), query["name"]


def test_a_body_over_the_limit_is_refused_from_its_content_length(hardened) -> None:
    response = httpx.post(
        f"{hardened}/sparql",
        content=b"x" * 1_500_000,
        headers={"Content-Type": "application/sparql-query"},
        timeout=30,
    )
    assert "larger than 1000000 bytes" in assert_error(response, 413, "body")


def test_a_streamed_body_is_refused_once_it_passes_the_limit(hardened) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(200):  # 200 x 64 kB would be 13 MB; the service stops reading at 5 MB
            yield b"#" * 65_536

    response = httpx.post(
        f"{hardened}/api/check", content=chunks(), headers={"Content-Type": "text/turtle"}, timeout=60
    )
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413


def test_deeply_nested_json_is_a_400(hardened) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    response = httpx.post(
        f"{hardened}/api/queries/describe",
        content=body,
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    assert 400 <= response.status_code < 500
    assert_error(response, response.status_code)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/queries/describe", {"node": "http://x/a\x01"}),
        ("/id/actor/tem%00", {}),
        ("/id/%E4%F6", {}),
    ],
)
def test_invalid_iri_characters_are_a_4xx(hardened, path, params) -> None:
    response = httpx.get(f"{hardened}{path}", params=params, timeout=30)
    assert 400 <= response.status_code < 500, response.text[:200]
    assert_error(response, response.status_code)


def test_405_says_what_is_allowed_and_head_answers_like_get(hardened) -> None:
    refused = httpx.delete(f"{hardened}/api/responsibilities", timeout=30)
    assert_error(refused, 405)
    assert refused.headers["allow"] == "GET, HEAD"
    assert httpx.put(f"{hardened}/sparql", timeout=30).headers["allow"] == "GET, HEAD, POST"
    get = httpx.get(f"{hardened}/api/actors", timeout=30)
    head = httpx.head(f"{hardened}/api/actors", timeout=30)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"] == str(len(get.content))


def test_html_carries_security_headers(hardened) -> None:
    page = httpx.get(f"{hardened}/id/actor/tem", headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/responsibilities", {"actor": "actor/tem"}),
        ("/id/actor/tem", {}),
        (
            "/sparql",
            {
                "query": "SELECT ?l WHERE { <https://w3id.org/fi-employment-steering/id/actor/tem> ?p ?l } "
                "LIMIT 3"
            },
        ),
    ],
)
def test_read_routes_answer_304_to_a_matching_etag(hardened, path, params) -> None:
    first = httpx.get(f"{hardened}{path}", params=params, timeout=30)
    assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
    etag = first.headers["etag"]
    again = httpx.get(f"{hardened}{path}", params=params, headers={"If-None-Match": etag}, timeout=30)
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    other = httpx.get(f"{hardened}{path}", params=params, headers={"If-None-Match": '"other"'}, timeout=30)
    assert other.status_code == 200 and other.content == first.content
    swedish = httpx.get(f"{hardened}{path}", params=params, headers={"Accept-Language": "sv"}, timeout=30)
    assert swedish.headers["etag"] != etag  # negotiated variants have their own tags


def test_openapi_documents_the_error_shape_statuses_and_sparql_parameters(hardened) -> None:
    spec = httpx.get(f"{hardened}/openapi.json", timeout=30).json()
    get = spec["paths"]["/sparql"]["get"]
    assert [p["name"] for p in get["parameters"]] == ["query", "format"]
    for status in ("400", "404", "405", "413", "415", "422", "503"):
        assert (
            get["responses"][status]["content"]["application/json"]["schema"]["$ref"]
            == "#/components/schemas/Error"
        )
    lang = next(p for p in spec["paths"]["/api/responsibilities"]["get"]["parameters"] if p["name"] == "lang")
    assert lang["schema"]["enum"] == ["fi", "sv", "en"]

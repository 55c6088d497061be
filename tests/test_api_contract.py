"""The API's published contract: typed answers in /openapi.json, and no route that holds up the rest.

Every /api route's 200 response must name its fields (a client generates code from it); a route
that answers something other than JSON (CSV, SVG, SPARQL text) must say which media types, each
with a schema. A slow stored query must run off the event loop, so /health answers meanwhile.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from kg_service.api.app import create_app
from kg_service.api.deps import get_queries
from kg_service.config import Settings
from kg_service.queries.stored import StoredQuery, load_queries
from tests.servers import running_app

METHODS = {"get", "post", "put", "patch", "delete"}
# Every typed node against every other: about 3.6 million rows counted, a couple of seconds on
# the shipped graph, finite (an abandoned query would keep a core busy after the test).
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?u . }"


@pytest.fixture(scope="module")
def openapi(shipped_store) -> dict:
    with running_app(create_app(shipped_store, Settings())) as base:
        return httpx.get(f"{base}/openapi.json", timeout=30).json()


def resolve(spec: dict, schema: dict) -> dict:
    """The schema itself, following a $ref into components."""
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def api_operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        if path.startswith("/api") or path == "/health"
        for method, operation in item.items()
        if method in METHODS
    ]


def test_the_walk_sees_the_api(openapi: dict) -> None:
    paths = {path for path, _, _ in api_operations(openapi)}
    assert {"/api/responsibilities", "/api/actors", "/api/tasks", "/api/check", "/health"} <= paths


def test_every_api_json_answer_names_its_fields(openapi: dict) -> None:
    untyped = []
    for path, method, operation in api_operations(openapi):
        responses = operation["responses"]
        success = next(responses[code] for code in ("200", "201") if code in responses)
        content = success.get("content", {})
        if not content:
            untyped.append(f"{method.upper()} {path}: no content declared")
        for media, body in content.items():
            schema = resolve(openapi, body.get("schema", {}))
            if media.endswith(("/json", "+json")) and not schema.get("properties"):
                untyped.append(f"{method.upper()} {path}: {media} without named properties")
            elif not media.endswith(("/json", "+json")) and schema.get("type") != "string":
                untyped.append(f"{method.upper()} {path}: {media} without a schema")
    assert untyped == []


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/api/responsibilities", {"lang", "filters", "count", "rows"}),
        ("/api/actors", {"lang", "count", "actors"}),
        ("/api/tasks", {"lang", "at", "count", "tasks"}),
        ("/api/timeline", {"lang", "from", "to", "count", "items"}),
    ],
)
def test_answers_are_described_field_by_field(openapi: dict, path: str, fields: set[str]) -> None:
    body = openapi["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    assert set(resolve(openapi, body["schema"])["properties"]) == fields


def test_a_responsibility_row_is_described_down_to_its_sources(openapi: dict) -> None:
    row = resolve(openapi, {"$ref": "#/components/schemas/Responsibility"})
    assert {"actor", "role", "raci", "task", "period", "legalBasis", "sources"} <= set(row["properties"])
    source = resolve(openapi, {"$ref": "#/components/schemas/Source"})
    assert {"document", "locator", "quote"} <= set(source["properties"])


def slow_queries() -> dict[str, StoredQuery]:
    queries = dict(load_queries())
    queries["slow-cross-product"] = StoredQuery(
        name="slow-cross-product",
        path=Path("slow-cross-product.rq"),
        text=SLOW_QUERY,
        summary={"fi": "hidas", "en": "slow"},
        audience="tests",
        parameters=(),
        columns=("n",),
    )
    return queries


def test_a_slow_stored_query_does_not_hold_up_health(shipped_store) -> None:
    """/health is asked again and again while the slow query runs; some answers must come back in
    the second half of the slow request's time, when a blocked event loop could answer none."""
    app = create_app(shipped_store, Settings(query_timeout=60))
    app.dependency_overrides[get_queries] = slow_queries
    times: dict[str, float] = {}
    answered: list[float] = []
    with running_app(app) as base, httpx.Client(timeout=120) as client:

        def run_slow() -> None:
            times["sent"] = time.monotonic()
            response = httpx.get(f"{base}/api/queries/slow-cross-product", timeout=120)
            times["rows"] = float(response.json()["results"]["bindings"][0]["n"]["value"])
            times["received"] = time.monotonic()

        slow = threading.Thread(target=run_slow)
        slow.start()
        for _ in range(2_000):
            if not slow.is_alive():
                break
            assert client.get(f"{base}/health").status_code == 200
            answered.append(time.monotonic())
        slow.join(timeout=120)
    assert times["rows"] > 1_000_000, "the slow query did not run in full"
    half_way = times["sent"] + (times["received"] - times["sent"]) / 2
    assert [t for t in answered if half_way < t < times["received"]], "/health waited for the slow query"

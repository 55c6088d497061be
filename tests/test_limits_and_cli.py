"""The query time limit, and `kg query` as a user runs it (a real subprocess)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import httpx

from kg_service.api.app import create_app
from kg_service.config import Settings
from tests.conftest import ES, REPO
from tests.servers import running_app

# about nine million pairs of typed nodes: well over 50 ms, well under a few seconds
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?u }"


def test_time_limit_gives_a_clear_error_not_a_hang(shipped_store) -> None:
    app = create_app(shipped_store, Settings(query_timeout=0.05, result_limit=1000))
    with running_app(app) as base:
        response = httpx.get(f"{base}/sparql", params={"query": SLOW_QUERY}, timeout=30)
        assert response.status_code == 422
        assert "time limit of 0.05 s" in response.json()["error"]["message"]
        assert httpx.get(f"{base}/health", timeout=30).status_code == 200


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg_service.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )


def test_kg_query_prints_table_csv_and_json() -> None:
    params = ["--param", "from=2023-10-01", "--param", "to=2023-12-31"]
    table = kg("query", "due-between", *params)
    assert table.returncode == 0, table.stderr
    assert "es:task/steering-knowledge-base" in table.stdout and "rows)" in table.stdout
    rows = list(csv.DictReader(io.StringIO(kg("query", "due-between", *params, "--format", "csv").stdout)))
    assert ES + "task/evaluation-targets-description" in {row["item"] for row in rows}
    as_json = json.loads(kg("query", "due-between", *params, "--format", "json").stdout)
    assert {row["item"] for row in as_json} == {row["item"] for row in rows}


def test_kg_query_runs_a_plain_rq_file(tmp_path) -> None:
    query = tmp_path / "labels.rq"
    query.write_text(
        "SELECT ?l WHERE { <https://w3id.org/fi-employment-steering/id/actor/tem> "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?l",
        encoding="utf-8",
    )
    result = kg("query", str(query), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert {"l": "työ- ja elinkeinoministeriö"} in json.loads(result.stdout)


def test_kg_query_bad_input_exits_two_with_a_message() -> None:
    bad_date = kg("query", "due-between", "--param", "from=yesterday", "--param", "to=2023-12-31")
    assert bad_date.returncode == 2 and "parameter 'from'" in bad_date.stderr
    unknown = kg("query", "no-such-query")
    assert unknown.returncode == 2 and "unknown stored query" in unknown.stderr
    malformed = kg("query", "due-between", "--param", "from")
    assert malformed.returncode == 2 and "name=value" in malformed.stderr

"""Every stored query parses (in Oxigraph and in rdflib), declares what it returns, and gives its
golden result for its example call on the shipped graph."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql.parser import parseQuery

from kg_service.queries.stored import load_queries
from scripts.update_golden import golden_rows

GOLDEN = Path(__file__).resolve().parent / "golden" / "queries"
QUERIES = load_queries()
USER_AUDIENCES = {"legal drafters", "analysts", "guidance authors", "anyone"}


def test_there_are_at_least_twelve_stored_queries_for_users() -> None:
    users = [q for q in QUERIES.values() if q.audience in USER_AUDIENCES]
    assert len(users) >= 12
    assert {q.audience for q in users} >= {"legal drafters", "analysts", "guidance authors"}


def test_every_query_has_a_golden_file_and_every_golden_file_a_query() -> None:
    assert {p.stem for p in GOLDEN.glob("*.json")} == set(QUERIES)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_parses_in_rdflib_too(name: str) -> None:
    """Parsed by a second engine, so the query is portable to other SPARQL 1.1 stores."""
    parseQuery(QUERIES[name].text)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_declared_columns_are_the_projected_variables(name: str) -> None:
    result = ox.Store().query(QUERIES[name].text.replace("WHERE {", "WHERE { FILTER(false)", 1))
    assert [v.value for v in result.variables] == list(QUERIES[name].columns)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_gives_its_golden_result(name: str, shipped_store) -> None:
    query = QUERIES[name]
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert expected["example"] == query.example
    assert golden_rows(query.run(shipped_store, query.example)) == expected["rows"]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_gives_its_golden_result_on_every_server(name: str, remote_store) -> None:
    query = QUERIES[name]
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    rows = golden_rows(query.run(remote_store, query.example))
    if "ORDER BY" in query.text:
        assert rows == expected["rows"]
    else:
        assert sorted(map(str, rows)) == sorted(map(str, expected["rows"]))


def calls_without_optional_parameters() -> list[tuple[str, dict[str, str]]]:
    """Each query's example with some of its optional parameters left out (not the full example,
    which the golden test runs): the "not given" branches are where engines have disagreed."""
    calls = []
    for name, query in sorted(QUERIES.items()):
        optional = sorted(p.name for p in query.parameters if not p.required and p.name in query.example)
        for size in range(len(optional)):
            for left_out in itertools.combinations(optional, len(optional) - size):
                raw = {k: v for k, v in query.example.items() if k not in left_out}
                calls.append((name, raw))
    return calls


PARTIAL_CALLS = calls_without_optional_parameters()


@pytest.mark.parametrize(
    ("name", "raw"), PARTIAL_CALLS, ids=[f"{n}-{'+'.join(sorted(r)) or 'none'}" for n, r in PARTIAL_CALLS]
)
def test_every_server_agrees_with_the_embedded_store_without_optional_parameters(
    name: str, raw: dict[str, str], shipped_store, remote_store
) -> None:
    query = QUERIES[name]
    expected = golden_rows(query.run(shipped_store, raw))
    rows = golden_rows(query.run(remote_store, raw))
    assert rows, "a call that finds nothing on the shipped graph shows no agreement"
    if "ORDER BY" in query.text:
        assert rows == expected
    else:
        assert sorted(map(str, rows)) == sorted(map(str, expected))

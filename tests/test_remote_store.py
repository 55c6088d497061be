"""A remote store is never silently wrong: cut answers, time limits, bad terms and stale caches.

Run against real servers on loopback: Debian's Virtuoso (whose default row cap and "anytime"
time limit cut answers short) and Oxigraph servers.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_service.answers.assemble import Answers
from kg_service.queries.stored import load_queries
from kg_service.store import remote
from kg_service.store.base import QueryError, QueryTimeoutError, StoreError, term_from_json
from kg_service.store.remote import RemoteStore, TruncatedResultError, engine_of
from tests.conftest import ES
from tests.servers import oxigraph_server

CPU_CHECK_SECONDS = 2.0
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c FILTER (STR(?o) < STR(?c)) }"
"""160 million comparisons: minutes of work, under Virtuoso's cost estimate limit."""


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime, stime in clock ticks (100 Hz)


def test_the_engine_is_recognised(virtuoso_store, oxigraph_store) -> None:
    assert virtuoso_store.engine() == "virtuoso"
    assert oxigraph_store.engine() == "other"


def test_an_answer_cut_at_virtuosos_row_cap_is_an_error(virtuoso_store, shipped_store) -> None:
    """12,670 triples, Virtuoso's ResultSetMaxRows is 10,000: an error, never 10,000 rows."""
    assert shipped_store.triple_count() > 10_000
    with pytest.raises(TruncatedResultError, match="10000"):
        virtuoso_store.execute("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")


def test_the_time_limit_stops_the_query_on_the_server(virtuoso_store) -> None:
    with pytest.raises(QueryTimeoutError, match="time limit of 1 s"):
        virtuoso_store.execute(HEAVY, timeout=1)
    before = cpu_seconds(virtuoso_store.server_pid)
    time.sleep(CPU_CHECK_SECONDS)
    used = cpu_seconds(virtuoso_store.server_pid) - before
    assert used < CPU_CHECK_SECONDS / 2, f"Virtuoso kept working: {used:.1f} s of CPU after the limit"
    assert virtuoso_store.execute("ASK { ?s ?p ?o }") is True


def test_ask_and_construct_are_answered_by_every_server(remote_store) -> None:
    assert remote_store.execute("ASK { ?s ?p ?o }") is True
    assert remote_store.execute("ASK { <urn:example:none> ?p ?o }") is False
    result = remote_store.execute(
        f"CONSTRUCT {{ <{ES}actor/tem> ?p ?o }} WHERE {{ <{ES}actor/tem> ?p ?o }}", timeout=10
    )
    assert ox.Triple(
        ox.NamedNode(ES + "actor/tem"),
        ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
        ox.Literal("työ- ja elinkeinoministeriö", language="fi"),
    ) in set(result.triples)


def test_a_syntax_error_is_the_engines_message(remote_store) -> None:
    with pytest.raises(QueryError) as caught:
        remote_store.execute("SELECT * WHERE {")
    message = str(caught.value)
    assert "syntax" in message.lower() or "expected" in message.lower(), message
    assert "SPARQL query:" not in message and "Response:" not in message


def test_the_graph_copy_in_small_pages_is_complete(virtuoso_store, shipped_store, monkeypatch) -> None:
    """Pages of 2,000 force the split by subject hash for the big predicates; nothing is lost."""
    monkeypatch.setattr(remote, "PAGE_SIZE", 2000)
    copied = {str(t) for t in virtuoso_store.all_triples()}
    assert copied == {str(t) for t in shipped_store.all_triples()}


def test_a_term_that_is_not_rdf_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not valid RDF"):
        term_from_json({"type": "uri", "value": "https://example.fi/a\\b"})
    with pytest.raises(StoreError, match="not valid RDF"):
        term_from_json({"value": "no type"})


def test_engine_of_reads_the_server_header() -> None:
    from email.message import Message

    headers = Message()
    headers["Server"] = "Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu"
    assert engine_of(headers) == "virtuoso"
    fuseki = Message()
    fuseki["Fuseki-Request-Id"] = "7"
    assert engine_of(fuseki) == "fuseki"
    assert engine_of(Message()) == "other"


def test_labels_are_read_again_once_the_remote_store_may_have_changed(tmp_path) -> None:
    """A label missing at first (store not yet loaded) appears after the cache window, unrestarted."""
    node = ES + "actor/example-fictitious"
    data = tmp_path / "label.ttl"
    data.write_text(f'<{node}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Esimerkki"@fi .\n', "utf-8")
    with oxigraph_server() as base:
        loader = RemoteStore(f"{base}/query", graph_store=f"{base}/store", timeout=10)
        served = RemoteStore(f"{base}/query", timeout=10, cache_seconds=1)
        answers = Answers(served, load_queries(), 10)
        assert answers.labels({node}) == {}
        loader.load_files([data])  # another client reloads the store behind the service's back
        found: dict[str, dict[str, str]] = {}
        for _ in range(30):  # bounded: at most 3 s, three cache windows
            found = answers.labels({node})
            if found:
                break
            time.sleep(0.1)
        assert found == {node: {"fi": "Esimerkki"}}

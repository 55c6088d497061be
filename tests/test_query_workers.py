"""Callers' queries run in worker processes that are really stopped at their time and memory limits.

Real processes, a real store and the service over real HTTP on 127.0.0.1; every wait is bounded.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.base import QueryTimeoutError
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.workers import QueryMemoryError, QueryWorkers, QueryWorkersBusyError
from tests.servers import running_app

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?c . ?d a ?f . ?g a ?h }"
"""Issue 10's heavy query: a three-way cross product of typed nodes, days of work on this graph."""
MEMORY_BOMB = (
    'SELECT (STRLEN(?v26) AS ?n) WHERE { BIND("0123456789abcdef" AS ?v0) '
    + " ".join(f"BIND(CONCAT(?v{i},?v{i}) AS ?v{i + 1})" for i in range(26))
    + " }"
)
"""Issue 10's memory bomb: 26 doublings of a 16-byte string ask for a gigabyte."""
CHEAP = "ASK { ?s ?p ?o }"


def gone(pid: int, within: float = 3.0) -> bool:
    """Whether the process ends (or is only a zombie) within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        status = Path(f"/proc/{pid}/status")
        try:
            if "State:\tZ" in status.read_text(encoding="ascii"):
                return True
        except OSError:
            return True
        time.sleep(0.02)
    return False


def worker_pids(workers: QueryWorkers) -> set[int]:
    return {worker.pid for worker in list(workers._idle.queue)}


def wait_for_workers(workers: QueryWorkers, count: int) -> None:
    deadline = time.monotonic() + 30
    while len(worker_pids(workers)) < count and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.fixture()
def workers(shipped_store):
    pool = QueryWorkers(shipped_store, size=1, memory_limit=256 * 1024 * 1024, wait=0.3)
    pool.execute(CHEAP, timeout=30)  # start the zygote and the worker
    yield pool
    pool.close()


def test_a_runaway_query_is_killed_at_its_time_limit_and_replaced(workers) -> None:
    (pid,) = worker_pids(workers)
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="time limit of 1 s"):
        workers.execute(RUNAWAY, timeout=1.0)
    assert time.monotonic() - started < 2.5
    assert gone(pid, within=1.0), "the worker still runs after its query's time limit"
    wait_for_workers(workers, 1)
    assert worker_pids(workers) and pid not in worker_pids(workers)
    assert workers.execute(CHEAP, timeout=30) is True
    assert workers.status()["stopped"] == 1


def test_a_memory_bomb_fails_alone_and_frees_its_memory(workers) -> None:
    (pid,) = worker_pids(workers)
    with pytest.raises(QueryMemoryError, match="more than 256 MB"):
        workers.execute(MEMORY_BOMB, timeout=60)
    assert gone(pid, within=1.0)
    assert workers.execute(CHEAP, timeout=30) is True


def test_a_full_pool_refuses_at_once_instead_of_queueing(workers) -> None:
    errors: list[Exception] = []

    def run() -> None:
        try:
            workers.execute(RUNAWAY, timeout=3.0)
        except QueryTimeoutError as error:
            errors.append(error)

    heavy = threading.Thread(target=run)
    heavy.start()
    time.sleep(0.3)
    assert workers.status()["busy"] == 1
    with pytest.raises(QueryWorkersBusyError):
        workers.execute(CHEAP, timeout=30)
    heavy.join(timeout=30)
    assert len(errors) == 1


def test_workers_follow_a_change_of_the_graph() -> None:
    store = EmbeddedStore.from_files(ontology_files() + instance_files())
    pool = QueryWorkers(store, size=1)
    probe = "ASK { <https://example.fi/draft/a> ?p ?o }"
    try:
        assert pool.execute(probe, timeout=30) is False
        store.store.add(
            ox.Quad(
                ox.NamedNode("https://example.fi/draft/a"),
                ox.NamedNode("https://example.fi/p"),
                ox.Literal("b"),
            )
        )
        store.mark_changed()
        assert pool.execute(probe, timeout=30) is True
    finally:
        pool.close()


def test_service_keeps_answering_cheap_requests_during_runaway_queries(shipped_store) -> None:
    # one client may fill the pool here (the per-client budget: tests/test_hostile_input.py)
    settings = Settings(
        query_timeout=3.0, result_limit=1000, query_workers=2, query_wait=0.2, query_per_client=3
    )
    with running_app(create_app(shipped_store, settings)) as base:
        assert httpx.get(f"{base}/sparql", params={"query": CHEAP}, timeout=30).status_code == 200
        with httpx.Client(timeout=30) as client:
            results: list[httpx.Response] = []
            heavy = [
                threading.Thread(
                    target=lambda: results.append(client.get(f"{base}/sparql", params={"query": RUNAWAY}))
                )
                for _ in range(2)
            ]
            for thread in heavy:
                thread.start()
            time.sleep(0.5)
            health = client.get(f"{base}/health").json()
            assert health["status"] == "saturated" and health["queryWorkers"]["busy"] == 2
            # another text than the one answered above: that answer is cached and needs no worker
            refused = client.get(f"{base}/sparql", params={"query": CHEAP + "\n# not yet asked"})
            assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
            assert refused.json()["error"]["status"] == 503
            cheap = client.get(f"{base}/api/responsibilities", params={"actor": "actor/tem"})
            assert cheap.status_code == 200 and cheap.json()
            for thread in heavy:
                thread.join(timeout=30)
            assert sorted(r.status_code for r in results) == [422, 422]
            started = time.monotonic()
            while client.get(f"{base}/health").json()["status"] != "ok" and time.monotonic() - started < 10:
                time.sleep(0.05)
            assert client.get(f"{base}/sparql", params={"query": CHEAP}).json()["boolean"] is True

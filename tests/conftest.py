"""Shared fixtures: the shipped graph in a real (embedded Oxigraph) store, loaded once."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_service import namespaces
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
# Every store the tests (and the commands they run) create lives in a fresh directory, never in
# the checkout's var/kg, so that a developer's own changes cannot alter a test's answer.
os.environ["KG_DATA_DIR"] = tempfile.mkdtemp(prefix="kg-test-data-")
atexit.register(shutil.rmtree, os.environ["KG_DATA_DIR"], True)
# The services the tests start do not build their page caches ahead (dozens of apps on 2 cores):
# tests/test_warming.py starts one that does.
os.environ.setdefault("KG_WARM_UP", "0")
ES = str(namespaces.ES)
PREFIXES = namespaces.sparql_prefixes()


def es(path: str) -> ox.NamedNode:
    """An instance IRI."""
    return ox.NamedNode(ES + path)


def date(text: str) -> ox.Literal:
    """An xsd:date literal."""
    return ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))


@pytest.fixture(scope="session")
def shipped_store() -> EmbeddedStore:
    """The shipped ontology and instances in the embedded store."""
    return EmbeddedStore.from_files(ontology_files() + instance_files())


@pytest.fixture(scope="session")
def select(shipped_store: EmbeddedStore):
    """Run a SELECT (with the project prefixes) and return rows of plain values."""

    def run(query: str, **values: ox.NamedNode | ox.Literal) -> list[dict[str, str]]:
        rows = shipped_store.select(PREFIXES + query, values)
        return [{k: v.value for k, v in row.items()} for row in rows]

    return run


MATRIX = ("oxigraph", "virtuoso")
"""The SPARQL servers of the engine matrix; every test taking `any_store` or `remote_store` runs on each."""
REMOTE_ENGINES = tuple(
    engine for engine in os.environ.get("KG_TEST_ENGINES", ",".join(MATRIX)).split(",") if engine in MATRIX
)
"""The servers this run uses: all of MATRIX unless KG_TEST_ENGINES names fewer (to time the matrix)."""


@pytest.fixture(scope="session")
def oxigraph_store():
    """The shipped data loaded into a real Oxigraph server (Graph Store Protocol), as a RemoteStore."""
    from kg_service.store.remote import RemoteStore
    from tests.servers import oxigraph_server

    with oxigraph_server() as base:
        store = RemoteStore(f"{base}/query", graph_store=f"{base}/store", timeout=30)
        store.load_files(ontology_files() + instance_files())
        yield store


@pytest.fixture(scope="session")
def virtuoso_store():
    """The shipped data in Debian's Virtuoso, loaded by the README's recipe (scripts/load-virtuoso.sh)."""
    from kg_service.store.remote import RemoteStore
    from tests.servers import VIRTUOSO_GRAPH, load_virtuoso, virtuoso_server

    with virtuoso_server() as (base, sql_address, pid):
        load_virtuoso(sql_address)
        store = RemoteStore(f"{base}/sparql", timeout=30, default_graph=VIRTUOSO_GRAPH)
        store.server_pid = pid  # type: ignore[attr-defined]  # for tests of the server's own limits
        yield store


@pytest.fixture(scope="session", params=REMOTE_ENGINES)
def remote_store(request):
    """Each SPARQL server of the matrix in turn."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture(scope="session", params=("embedded", *REMOTE_ENGINES))
def any_store(request):
    """Each test using this runs on the embedded store and on every SPARQL server of the matrix."""
    name = "shipped" if request.param == "embedded" else request.param
    return request.getfixturevalue(f"{name}_store")


@pytest.fixture(scope="session")
def service(any_store):
    """The service over HTTP on 127.0.0.1, backed by each store in turn; yields its base URL."""
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from tests.servers import running_app

    with running_app(create_app(any_store, Settings(result_limit=5000, query_timeout=30))) as base:
        yield base

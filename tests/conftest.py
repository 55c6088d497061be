"""Shared fixtures: the shipped graph in a real (embedded Oxigraph) store, loaded once."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_service import namespaces
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
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


@pytest.fixture(scope="session")
def remote_store():
    """The shipped data loaded into a real Oxigraph server (Graph Store Protocol), as a RemoteStore."""
    from kg_service.store.remote import RemoteStore
    from tests.servers import oxigraph_server

    with oxigraph_server() as base:
        store = RemoteStore(f"{base}/query", graph_store=f"{base}/store", timeout=30)
        store.load_files(ontology_files() + instance_files())
        yield store


@pytest.fixture(scope="session", params=["embedded", "remote"])
def any_store(request, shipped_store, remote_store):
    """Each test using this runs once on the embedded store and once on the Oxigraph server."""
    return shipped_store if request.param == "embedded" else remote_store


@pytest.fixture(scope="session")
def service(any_store):
    """The service over HTTP on 127.0.0.1, backed by each store in turn; yields its base URL."""
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from tests.servers import running_app

    with running_app(create_app(any_store, Settings(result_limit=5000))) as base:
        yield base

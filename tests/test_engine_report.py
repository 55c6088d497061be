"""Reading pyshacl-turbo's report with Oxigraph gives exactly the findings of its public validate().

kg_service.quality.engine_report asks the engine below its public method (for speed); these
tests hold it to the public path's findings, field by field, on every shape fixture (each shape's
failing and passing drafts) and on the whole shipped graph, for every node and for chosen focus
nodes, so an engine upgrade that changes the internals fails here.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pyshacl_turbo
import pytest
from rdflib import Graph

from kg_service.quality.engine_report import engine_findings, public_findings
from kg_service.quality.validation import ShapeFinding, build_data_graph
from kg_service.rdf.files import instance_files, load_graph, ontology_files, shape_files
from tests.conftest import REPO

FIXTURES = sorted((REPO / "tests" / "data" / "shapes").glob("*/*.ttl"))


def _fields(findings: list[ShapeFinding]) -> list[tuple]:
    return sorted(
        (f.shape, f.focus, f.severity.value, f.name, tuple(sorted(f.message.items())), f.path, f.value)
        for f in findings
    )


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_graph(shape_files())


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph(ontology_files())


@pytest.fixture(scope="module")
def compiled(shapes: Graph) -> pyshacl_turbo.CompiledShapes:
    return pyshacl_turbo.compile_shapes(shapes)


def _store(instances: list[Path], ontology: Graph) -> ox.Store:
    data = build_data_graph(load_graph(instances), ontology).serialize(format="nt", encoding="utf-8")
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def test_every_fixture_gives_the_public_findings(compiled, shapes, ontology) -> None:
    assert len(FIXTURES) > 100
    violations = 0
    for path in FIXTURES:
        store = _store([path], ontology)
        fast = engine_findings(compiled, store, None, shapes)
        assert _fields(fast) == _fields(public_findings(compiled, store, None, shapes)), path.name
        violations += sum(f.severity.value == "Violation" for f in fast)
    assert violations > 100  # the failing fixtures were judged, not skipped


def test_the_shipped_graph_gives_the_public_findings_for_all_nodes_and_for_some(
    compiled, shapes, ontology
) -> None:
    store = _store(instance_files(), ontology)
    fast = engine_findings(compiled, store, None, shapes)
    assert fast and _fields(fast) == _fields(public_findings(compiled, store, None, shapes))
    some = sorted({f.focus for f in fast})[:5]
    chosen = engine_findings(compiled, store, some, shapes)
    assert chosen and {f.focus for f in chosen} <= set(some)
    assert _fields(chosen) == _fields(public_findings(compiled, store, some, shapes))

"""The ontology loads in owlready2 and HermiT finds it (and the data) consistent."""

from __future__ import annotations

from pathlib import Path

from kg_service.quality.reasoning import check_consistency, check_graph_consistency
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.snapshot import rdflib_graph


def test_ontology_alone_is_consistent() -> None:
    result = check_consistency(ontology_files())
    assert result.consistent, result.message
    assert result.unsatisfiable_classes == []
    assert result.classes >= 60


def test_ontology_with_all_instances_is_consistent() -> None:
    result = check_consistency(ontology_files() + instance_files())
    assert result.consistent, result.message
    assert result.individuals > 1000


def test_a_node_typed_as_both_task_and_organisation_is_caught(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix eso: <https://w3id.org/fi-employment-steering/ontology#> .\n"
        "@prefix cv: <http://data.europa.eu/m8g/> .\n"
        "<http://example.org/test/x> a eso:Task , cv:PublicOrganisation .\n",
        encoding="utf-8",
    )
    result = check_consistency([*ontology_files(), broken])
    assert not result.consistent


def test_the_graph_a_remote_store_serves_reasons_like_the_files(remote_store) -> None:
    """`kg reason --store remote` reads the store's whole graph: the same data, the same verdict."""
    served = check_graph_consistency(rdflib_graph(remote_store))
    files = check_consistency(ontology_files() + instance_files())
    assert served.consistent, served.message
    assert (served.classes, served.individuals) == (files.classes, files.individuals)

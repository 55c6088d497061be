"""The ontology loads in owlready2 and HermiT finds it (and the data) consistent."""

from __future__ import annotations

from pathlib import Path

from kg_service.quality.reasoning import check_consistency
from kg_service.rdf.files import instance_files, ontology_files


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

"""Validating a change by what it touches agrees with validating the whole graph.

Random changesets (valid and invalid: moved dates, retyped nodes, new and removed assignments,
removed sources, personal contact data) are judged both ways on the shipped graph: the
incremental findings of the affected focus nodes must equal the full report's findings of those
nodes after the change, and no node outside them may change its findings.
"""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg_service.editing.service import ontology_triples
from kg_service.quality.incremental import ChangeValidator, View, affected, read_paths
from kg_service.rdf.files import load_graph, ontology_files, shape_files
from kg_service.store.embedded import EmbeddedStore
from tests.conftest import ES

DEFAULT = ox.DefaultGraph()
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ESO = "https://w3id.org/fi-employment-steering/ontology#"
PROV = "http://www.w3.org/ns/prov#"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
CHANGESETS = 14


@pytest.fixture(scope="module")
def validator() -> ChangeValidator:
    ontology = ontology_files()
    return ChangeValidator(load_graph(shape_files()), load_graph(ontology), ontology_triples(ontology))


def _of_type(store: ox.Store, cls: str) -> list[ox.NamedNode]:
    return sorted(
        {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(cls), DEFAULT)}, key=str
    )


def _triples(store: ox.Store, subject: ox.Term, predicate: str | None = None) -> list[ox.Triple]:
    p = ox.NamedNode(predicate) if predicate else None
    return [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(subject, p, None, DEFAULT)
    ]


def _date(rng: random.Random) -> ox.Literal:
    return ox.Literal(f"{rng.randint(2018, 2032)}-{rng.randint(1, 12):02d}-01", datatype=XSD_DATE)


def random_change(store: ox.Store, rng: random.Random) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """One random changeset of a kind people make (and some they should not)."""
    assignments = _of_type(store, ESO + "Obligation") + _of_type(store, ESO + "ResponsibilityAssignment")
    tasks, actors = (
        _of_type(store, ESO + "Task"),
        _of_type(store, "http://data.europa.eu/m8g/PublicOrganisation"),
    )
    roles = [ox.NamedNode(ES + f"role/{r}") for r in ("accountable", "responsible", "prepares", "consulted")]
    kind = rng.choice(
        ["end-date", "actor-end", "role", "new", "drop", "retype", "source", "contact", "start"]
    )
    a = rng.choice(assignments)
    if kind == "end-date":
        return [ox.Triple(a, ox.NamedNode(ESO + "endDate"), _date(rng))], _triples(store, a, ESO + "endDate")
    if kind == "start":
        return [ox.Triple(a, ox.NamedNode(ESO + "startDate"), _date(rng))], _triples(
            store, a, ESO + "startDate"
        )
    if kind == "actor-end":
        actor = rng.choice(actors)
        return [ox.Triple(actor, ox.NamedNode(ESO + "endDate"), _date(rng))], _triples(
            store, actor, ESO + "endDate"
        )
    if kind == "role":
        return [ox.Triple(a, ox.NamedNode(PROV + "hadRole"), rng.choice(roles))], _triples(
            store, a, PROV + "hadRole"
        )
    if kind == "new":
        task, actor = rng.choice(tasks), rng.choice(actors)
        node = ox.NamedNode(ES + f"assignment/test-{rng.randrange(10**6)}")
        added = [
            ox.Triple(node, RDF_TYPE, ox.NamedNode(ESO + "ResponsibilityAssignment")),
            ox.Triple(node, ox.NamedNode(ESO + "forTask"), task),
            ox.Triple(node, ox.NamedNode(PROV + "agent"), actor),
            ox.Triple(node, ox.NamedNode(PROV + "hadRole"), rng.choice(roles)),
            ox.Triple(node, ox.NamedNode(ESO + "startDate"), _date(rng)),
        ]
        if rng.random() < 0.6:
            added.append(
                ox.Triple(
                    node, ox.NamedNode(PROV + "wasDerivedFrom"), ox.NamedNode(ES + "loc/seed-000/slide-3")
                )
            )
        return added, []
    if kind == "drop":
        return [], _triples(store, a)
    if kind == "retype":
        node = rng.choice(tasks + actors)
        return [ox.Triple(node, RDF_TYPE, ox.NamedNode(ESO + "Workstream"))], _triples(
            store, node, str(RDF_TYPE.value)
        )
    if kind == "source":
        node = rng.choice(tasks + assignments)
        return [], _triples(store, node, PROV + "wasDerivedFrom")
    node = rng.choice(tasks)
    return [ox.Triple(node, ox.NamedNode(ESO + "statusNote"), ox.Literal("soita 040 000 0000"))], []


def _identities(findings) -> set[tuple]:
    return {(f.shape, f.focus, f.severity.value, f.path, f.value) for f in findings}


def test_every_sparql_shape_declares_its_read_paths() -> None:
    shapes = load_graph(shape_files())
    assert read_paths(shapes)  # raises for an undeclared sh:sparql shape or an unknown path form
    shapes_without = Graph()
    for triple in shapes:
        if "readPath" not in str(triple[1]):
            shapes_without.add(triple)
    with pytest.raises(ValueError, match="declares no shp:readPath"):
        read_paths(shapes_without)


def test_full_validation_from_the_store_agrees_with_kg_validate(validator, shipped_store) -> None:
    from kg_service.quality.validation import validate_files

    assert _identities(validator.full_findings(View(shipped_store.store), after=False)) == _identities(
        validate_files().findings
    )


def test_incremental_validation_agrees_with_full_validation(validator, shipped_store: EmbeddedStore) -> None:
    store = shipped_store.store
    rng = random.Random(12)  # noqa: S311 (reproducible test data, not secrets)
    before = _identities(validator.full_findings(View(store), after=False))
    refused = accepted = 0
    for _ in range(CHANGESETS):
        add, remove = random_change(store, rng)
        view = View(store, add, remove)
        focus = affected(view, validator.paths, {t.subject for t in add + remove})
        focus_iris = {n.value for n in focus}
        full_after = _identities(validator.full_findings(view, after=True))
        incremental = _identities(validator.findings_on(view, focus, after=True))
        assert incremental == {f for f in full_after if f[1] in focus_iris}
        assert {f for f in full_after if f[1] not in focus_iris} == {
            f for f in before if f[1] not in focus_iris
        }
        verdict = validator.check(store, add, remove)
        new_full = {f for f in full_after - before if f[2] == "Violation"}
        assert _identities(verdict.new_violations) == new_full
        refused += not verdict.accepted
        accepted += verdict.accepted
    assert refused >= 3 and accepted >= 3  # the random changes exercised both verdicts

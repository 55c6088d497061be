"""Validating a change by what it touches agrees with validating the whole graph.

Random changesets (valid and invalid: moved dates, retyped nodes, new and removed assignments,
removed sources, personal contact data, dependencies that close a cycle, exclusive duties, unknown
legal bases, moved schedules) are judged both ways on the shipped graph: the incremental findings
of the affected focus nodes (shapes and error checks) must equal the whole graph's findings of
those nodes after the change, no node outside them may change its findings, and the verdict (the
violations and check findings the change adds) must equal the one from the whole graph.
"""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg_service.checks.loader import Severity, load_checks
from kg_service.checks.overlay import build_overlay
from kg_service.checks.rdf_input import read_rdf
from kg_service.editing.service import ontology_triples
from kg_service.quality.change_validation import ChangeValidator, Findings
from kg_service.quality.coherence import finding_focus, identity
from kg_service.quality.incremental import View, affected, group_by_rules, reaching, read_paths, shape_paths
from kg_service.rdf.files import load_graph, ontology_files, shape_files
from kg_service.store.embedded import EmbeddedStore
from tests.conftest import ES, REPO

DEFAULT = ox.DefaultGraph()
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ESO = "https://w3id.org/fi-employment-steering/ontology#"
PROV = "http://www.w3.org/ns/prov#"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
DCT_REQUIRES = ox.NamedNode("http://purl.org/dc/terms/requires")
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
CHANGESETS = 24
KINDS = (
    *("end-date", "actor-end", "role", "new", "drop", "retype", "source", "contact", "start"),
    *("requires", "exclusive", "basis", "schedule"),
)


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


def _triples_to(store: ox.Store, node: ox.Term, predicate: str) -> list[ox.Triple]:
    return [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), node, DEFAULT)
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
    kind = rng.choice(KINDS)
    a = rng.choice(assignments)
    if kind == "requires":  # closes a cycle when the other task already waits for this one
        first, second = rng.sample(tasks, 2)
        waits = [ox.Triple(first, DCT_REQUIRES, second)]
        return waits + ([ox.Triple(second, DCT_REQUIRES, first)] if rng.random() < 0.7 else []), []
    if kind == "exclusive":
        task = rng.choice([t for t in tasks if len(_triples_to(store, t, ESO + "forTask")) >= 2])
        return [
            ox.Triple(t.subject, ox.NamedNode(ESO + "exclusive"), ox.Literal("true", datatype=XSD_BOOLEAN))
            for t in _triples_to(store, task, ESO + "forTask")
        ], []
    if kind == "basis":
        basis = ox.NamedNode(ES + f"statute/unknown-{rng.randrange(100)}")
        return [ox.Triple(a, ox.NamedNode(ESO + "legalBasis"), basis)], []
    if kind == "schedule":
        schedule = rng.choice(_of_type(store, ESO + "Schedule") or tasks)
        return [ox.Triple(schedule, ox.NamedNode(ESO + "endDate"), _date(rng))], _triples(
            store, schedule, ESO + "endDate"
        )
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


def _checks(found: Findings) -> set[tuple]:
    """Error-check findings as (check, key, focus node)."""
    return {(*identity(r), finding_focus(r)) for r in found.checks}


def test_every_sparql_shape_declares_its_read_paths() -> None:
    shapes = load_graph(shape_files())
    assert read_paths(shapes)  # raises for an undeclared sh:sparql shape or an unknown path form
    shapes_without = Graph()
    for triple in shapes:
        if "readPath" not in str(triple[1]):
            shapes_without.add(triple)
    with pytest.raises(ValueError, match="declares no shp:readPath"):
        read_paths(shapes_without)


def test_the_paths_of_the_node_shapes_are_every_path_the_shapes_read() -> None:
    shapes = load_graph(shape_files())
    by_shape = shape_paths(shapes)
    assert set().union(*by_shape.values()) == set(read_paths(shapes))
    assert all(by_shape[str(ES.replace("id/", "shapes#")) + "AccountableExistsShape"])


def test_a_fan_out_change_judges_the_tasks_it_reaches_only_by_the_rules_that_reach_it(
    validator, shipped_store: EmbeddedStore
) -> None:
    """An accountable assignment on the whole steering model reaches every task inside it through
    the rules reading the assignments of a task (^eso:forTask, up eso:partOf*); those tasks are
    judged by those rules alone, and the verdict is the whole graph's."""
    store = shipped_store.store
    part = ox.NamedNode(ES + "model/steering")
    new = ox.NamedNode(ES + "assignment/test/fan-out")
    add = [
        ox.Triple(new, RDF_TYPE, ox.NamedNode(ESO + "ResponsibilityAssignment")),
        ox.Triple(new, ox.NamedNode(ESO + "forTask"), part),
        ox.Triple(new, ox.NamedNode(PROV + "agent"), ox.NamedNode(ES + "actor/tem")),
        ox.Triple(new, ox.NamedNode(PROV + "hadRole"), ox.NamedNode(ES + "role/accountable")),
    ]
    view = View(store, add, [])
    reach = reaching(view, validator.paths, {new})
    focus = affected(view, validator.paths, {new}, reach)
    groups = group_by_rules(reach, {new}, focus, validator.rule_paths)
    assert groups[None] == {new}
    inside = set().union(*(nodes for rules, nodes in groups.items() if rules is not None))
    assert len(inside) > 20  # the model, its parts and their tasks
    for_task = ox.NamedNode(ESO + "forTask")
    reads_assignments = {
        rule
        for rule, paths in validator.rule_paths.items()
        if any(step.predicate == for_task and step.inverse for path in paths for step in path)
    }
    assert all(rules <= reads_assignments for rules in groups if rules is not None)
    verdict = validator.check(store, add, [])
    before = validator.full_findings(View(store), after=False)
    after = validator.full_findings(view, after=True)
    new_violations = {
        f for f in _identities(after.shapes) - _identities(before.shapes) if f[2] == "Violation"
    }
    assert _identities(verdict.new_violations) == new_violations
    assert {(f.check, f.key) for f in verdict.new_check_findings} == {f[:2] for f in _checks(after)} - {
        f[:2] for f in _checks(before)
    }


def test_full_validation_from_the_store_agrees_with_kg_validate(validator, shipped_store) -> None:
    from kg_service.quality.validation import validate_files

    assert _identities(validator.full_findings(View(shipped_store.store), after=False).shapes) == _identities(
        validate_files().findings
    )


def test_incremental_validation_agrees_with_full_validation(validator, shipped_store: EmbeddedStore) -> None:
    store = shipped_store.store
    rng = random.Random(12)  # noqa: S311 (reproducible test data, not secrets)
    whole_before = validator.full_findings(View(store), after=False)
    before, checks_before = _identities(whole_before.shapes), _checks(whole_before)
    refused = accepted = refused_by_checks = 0
    for _ in range(CHANGESETS):
        add, remove = random_change(store, rng)
        view = View(store, add, remove)
        focus = affected(view, validator.paths, {t.subject for t in add + remove})
        linked = validator.gate.linked(view, add + remove, limit=5_000)
        focus_iris = {n.value for n in focus}
        whole_after = validator.full_findings(view, after=True)
        full_after, checks_after = _identities(whole_after.shapes), _checks(whole_after)
        small = validator.findings_on(view, focus, after=True, linked=linked)
        assert _identities(small.shapes) == {f for f in full_after if f[1] in focus_iris}
        assert {f for f in full_after if f[1] not in focus_iris} == {
            f for f in before if f[1] not in focus_iris
        }
        cycles = {f for f in checks_after if f[0] == "CHK-DEP-CYCLE"}
        assert _checks(small) == {f for f in checks_after if f[2] in focus_iris} | cycles
        assert {f for f in checks_after - cycles if f[2] not in focus_iris} == {
            f for f in checks_before if f[0] != "CHK-DEP-CYCLE" and f[2] not in focus_iris
        }
        # judged by the rules whose answer can change (by node): a subset of the whole graph's
        # findings, and everything the whole graph says of a changed subject
        subjects = {t.subject for t in add + remove}
        reach = reaching(view, validator.paths, subjects)
        grouped = validator.findings_on(view, focus, after=True, linked=linked, reach=reach)
        changed_iris = {n.value for n in subjects if isinstance(n, ox.NamedNode)}
        assert _identities(grouped.shapes) <= full_after
        assert {f for f in full_after if f[1] in changed_iris} <= _identities(grouped.shapes)
        assert _checks(grouped) <= _checks(small)
        verdict = validator.check(store, add, remove)
        new_full = {f for f in full_after - before if f[2] == "Violation"}
        assert _identities(verdict.new_violations) == new_full
        new_checks = {f[:2] for f in checks_after} - {f[:2] for f in checks_before}
        assert {(f.check, f.key) for f in verdict.new_check_findings} == new_checks
        refused += not verdict.accepted
        accepted += verdict.accepted
        refused_by_checks += bool(verdict.new_check_findings)
    # the random changes exercised both verdicts, and the checks refused some on their own
    assert refused >= 3 and accepted >= 3 and refused_by_checks >= 3


ERROR_CHECKS = sorted(c.id for c in load_checks() if c.severity is Severity.ERROR)
FIXTURES = REPO / "tests" / "data" / "checks"


def fixture_change(store: ox.Store, path) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """A check's fixture draft as a change: its triples, replacing the values it restates (as the
    draft checker's overlay does)."""
    draft = read_rdf(path.read_bytes(), "turtle", path.name)
    replaced = build_overlay(store.quads_for_pattern(None, None, None, DEFAULT), draft).replaced
    return list(draft.triples), [ox.Triple(q.subject, q.predicate, q.object) for q in replaced]


@pytest.fixture(scope="module")
def checks_before(validator, shipped_store: EmbeddedStore) -> set[tuple]:
    """The shipped graph's own error-check findings."""
    return _checks(validator.full_findings(View(shipped_store.store), after=False))


@pytest.mark.parametrize("check_id", ERROR_CHECKS)
def test_each_error_check_refuses_its_failing_fixture_and_accepts_the_corrected_one(
    validator, shipped_store: EmbeddedStore, checks_before: set[tuple], check_id: str
) -> None:
    """Every error check's own fixtures as changes of the shipped graph: the failing draft is
    refused by that check, the corrected one is not, both exactly as validating the whole graph
    says (so each check's declared focus and read paths are enough)."""
    store = shipped_store.store
    for verdict_expected in ("fail", "pass"):
        for path in sorted((FIXTURES / check_id).glob(f"{verdict_expected}-*.ttl")):
            add, remove = fixture_change(store, path)
            verdict = validator.check(store, add, remove)
            found = {(f.check, f.key) for f in verdict.new_check_findings}
            whole_after = _checks(validator.full_findings(View(store, add, remove), after=True))
            assert found == {f[:2] for f in whole_after} - {f[:2] for f in checks_before}, path.name
            assert (check_id in {f[0] for f in found}) == (verdict_expected == "fail"), path.name
            if verdict_expected == "fail":
                assert not verdict.accepted and verdict.mode == "incremental"


def test_findings_the_graph_already_had_do_not_block_a_change(validator, shipped_store) -> None:
    """A graph with a dependency cycle already in it (as if edited behind the service's back): a
    change touching those tasks is judged by what it adds, not by the cycle that was there."""
    store = ox.Store()
    store.extend(shipped_store.store.quads_for_pattern(None, None, None, DEFAULT))
    first, second, third = (
        ox.NamedNode(f"{ES}task/{t}")
        for t in ("steering-annual-clock", "steering-knowledge-base", "advisory-council-definition")
    )
    store.extend([ox.Quad(first, DCT_REQUIRES, second), ox.Quad(second, DCT_REQUIRES, first)])
    label = ox.Triple(first, ox.NamedNode(SKOS_ALT), ox.Literal("Vuosikello", language="fi"))
    touched = validator.check(store, [label, ox.Triple(third, DCT_REQUIRES, first)], [])
    assert touched.accepted and touched.mode == "incremental"
    closing = validator.check(
        store, [ox.Triple(first, DCT_REQUIRES, third), ox.Triple(third, DCT_REQUIRES, first)], []
    )
    assert [(f.check, set(f.key)) for f in closing.new_check_findings] == [
        ("CHK-DEP-CYCLE", {first.value, third.value})
    ]

"""The before/after table of a change, computed around the change, equals the table computed on a
copy of the whole graph: random changesets on the shipped graph (move a duty to another actor or
role, end it, move its start, change its legal basis, add or remove an assignment, rename a task),
on random days, give the same added, removed and changed lines and the same unchanged count."""

from __future__ import annotations

import random
from datetime import date

import pyoxigraph as ox
import pytest

from kg_service.checks.runner import Checker
from tests.conftest import ES

ESO = "https://w3id.org/fi-employment-steering/ontology#"
PROV = "http://www.w3.org/ns/prov#"
FOR_TASK, AGENT, ROLE = (
    ox.NamedNode(ESO + "forTask"),
    ox.NamedNode(PROV + "agent"),
    ox.NamedNode(PROV + "hadRole"),
)
START, END, BASIS = (
    ox.NamedNode(ESO + "startDate"),
    ox.NamedNode(ESO + "endDate"),
    ox.NamedNode(ESO + "legalBasis"),
)
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
CHANGESETS = 40


def day(rng: random.Random) -> ox.Literal:
    return ox.Literal(
        f"{rng.randint(2015, 2032)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=XSD_DATE
    )


def random_changeset(rng: random.Random, graph: list[ox.Triple]) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """One to three random edits of assignments (and sometimes a task's name), as (add, remove)."""
    by = {p: [t for t in graph if t.predicate == p] for p in (FOR_TASK, AGENT, ROLE, START, END, BASIS)}
    assignments = sorted({t.subject.value for t in by[FOR_TASK]})
    actors = sorted({t.object.value for t in by[AGENT]})
    roles = sorted({t.object.value for t in by[ROLE]})
    tasks = sorted({t.object.value for t in by[FOR_TASK]})
    bases = sorted({t.object.value for t in by[BASIS]})
    add: list[ox.Triple] = []
    remove: list[ox.Triple] = []
    for _ in range(rng.randint(1, 3)):
        node = ox.NamedNode(rng.choice(assignments))
        own = [t for t in graph if t.subject == node]
        kind = rng.choice(["actor", "role", "end", "start", "basis", "new", "drop", "task", "name"])
        if kind in ("actor", "role", "basis", "end", "start"):
            predicate = {"actor": AGENT, "role": ROLE, "basis": BASIS, "end": END, "start": START}[kind]
            remove += [t for t in own if t.predicate == predicate]
            pool = {"actor": actors, "role": roles, "basis": bases}.get(kind)
            value = ox.NamedNode(rng.choice(pool)) if pool else day(rng)
            add.append(ox.Triple(node, predicate, value))
        elif kind == "new":
            new = ox.NamedNode(f"{ES}assignment/example-{rng.randrange(10**6)}")
            add += [
                ox.Triple(new, FOR_TASK, ox.NamedNode(rng.choice(tasks))),
                ox.Triple(new, AGENT, ox.NamedNode(rng.choice(actors))),
                ox.Triple(new, ROLE, ox.NamedNode(rng.choice(roles))),
                ox.Triple(new, START, day(rng)),
            ]
        elif kind == "drop":
            remove += own
        elif kind == "task":
            remove += [t for t in own if t.predicate == FOR_TASK]
            add.append(ox.Triple(node, FOR_TASK, ox.NamedNode(rng.choice(tasks))))
        else:  # a new name for the assignment's task beside a duty edit
            task = next(t.object for t in own if t.predicate == FOR_TASK)
            label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
            add += [
                ox.Triple(task, label, ox.Literal("Esimerkkitehtävä", language="fi")),
                ox.Triple(node, END, day(rng)),
            ]
    return add, remove


@pytest.mark.parametrize("seed", range(4))
def test_the_table_around_a_change_equals_the_table_on_a_whole_copy(shipped_store, seed: int) -> None:
    checker = Checker(shipped_store)
    graph = [ox.Triple(q.subject, q.predicate, q.object) for q in checker.base_quads()]
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not a secret
    changed_lines = 0
    for _ in range(CHANGESETS // 4):
        add, remove = random_changeset(rng, graph)
        at = rng.choice([None, date(2020, 1, 1), date(2026, 6, 30)])
        local = checker.duty_changes(add, remove, at)
        whole = checker.duty_changes_by_copy(add, remove, at)
        assert local == whole, (add, remove, at)
        changed_lines += len(local.added) + len(local.removed) + len(local.changed)
    assert changed_lines > 0  # the random edits did change duties


def test_a_change_with_a_blank_node_is_computed_on_the_whole_copy(shipped_store) -> None:
    checker = Checker(shipped_store)
    graph = [ox.Triple(q.subject, q.predicate, q.object) for q in checker.base_quads()]
    task = next(t.object for t in graph if t.predicate == FOR_TASK)
    actor = next(t.object for t in graph if t.predicate == AGENT)
    role = next(t.object for t in graph if t.predicate == ROLE)
    blank = ox.BlankNode()
    add = [ox.Triple(blank, FOR_TASK, task), ox.Triple(blank, AGENT, actor), ox.Triple(blank, ROLE, role)]
    assert checker.duty_changes(add, []) == checker.duty_changes_by_copy(add, [])

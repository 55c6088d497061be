"""What an answer reads per node (facts, task facts, sources, ancestors) is read once per graph
version (kg_service/answers/assemble.py: Answers.node_rows), and an answer built from those kept
rows is the answer built afresh."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

from kg_service.answers import assemble as answers_module
from kg_service.answers.assemble import Answers
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.remote import RemoteStore

ES = "https://w3id.org/fi-employment-steering/id/"
ESO = "https://w3id.org/fi-employment-steering/ontology#"
PER_NODE = ("facts-of", "task-facts", "sources-of", "ancestors")
DAYS = ("2024-06-01", "2025-03-15", "2025-04-15", "2025-09-30", "2025-12-31", "2026-01-01", "2026-06-30")


@pytest.fixture
def counted(monkeypatch) -> tuple[EmbeddedStore, Counter[str]]:
    """A store of the shipped graph that counts the stored queries run on it, by name."""
    store = EmbeddedStore.from_files(ontology_files() + instance_files())
    asked: Counter[str] = Counter()
    execute = store.execute

    def counting(query: str, timeout: float | None = None, limit: int | None = None):
        asked[query.split("#+ name: ", 1)[-1].split("\n", 1)[0]] += 1
        return execute(query, timeout=timeout, limit=limit)

    monkeypatch.setattr(store, "execute", counting)
    return store, asked


def dumped(answers: Answers, raw: dict[str, str]) -> list[dict[str, object]]:
    return [row.model_dump() for row in answers.responsibilities(raw, "fi")]


def test_answers_for_other_days_read_each_node_once_and_equal_fresh_ones(counted) -> None:
    store, asked = counted
    queries = load_queries()
    kept = Answers(store, queries)
    first = dumped(kept, {"actor": "actor/tem", "at": DAYS[0]})
    assert first and all(asked[name] == 1 for name in PER_NODE[:3])  # ancestors: only if contested
    kept_reads = fresh_reads = 0
    for day in DAYS[1:]:
        before = asked.copy()
        answer = dumped(kept, {"actor": "actor/tem", "at": day})
        kept_reads += sum((asked - before)[name] for name in PER_NODE)
        before = asked.copy()
        assert answer == dumped(Answers(store, queries), {"actor": "actor/tem", "at": day})
        fresh_reads += sum((asked - before)[name] for name in PER_NODE)
    assert kept_reads < fresh_reads / 2  # only nodes new on a day are read (the 2026 reform brings some)
    before = asked.copy()
    assert dumped(kept, {"actor": "actor/tem", "at": DAYS[2]})
    assert not any((asked - before)[name] for name in PER_NODE)
    assert (asked - before)["actor-responsibilities"] == 1


def test_kept_rows_follow_the_graph_version(counted) -> None:
    store, _ = counted
    answers = Answers(store, load_queries())
    rows = answers.responsibilities({"actor": "actor/tem"}, "en")
    assignment = rows[0].assignment
    basis = "https://example.fi/act/fictitious-decree"
    assert all(ref.id != basis for ref in rows[0].legalBasis)
    store.store.add(ox.Quad(ox.NamedNode(assignment), ox.NamedNode(ESO + "legalBasis"), ox.NamedNode(basis)))
    assert basis not in {
        ref.id for ref in answers.responsibilities({"actor": "actor/tem"}, "en")[0].legalBasis
    }
    store.mark_changed()  # every write marks the change; the kept rows are then read again
    again = next(
        row for row in answers.responsibilities({"actor": "actor/tem"}, "en") if row.assignment == assignment
    )
    assert basis in {ref.id for ref in again.legalBasis}


def test_a_full_row_cache_is_emptied_and_refilled_without_losing_rows(counted, monkeypatch) -> None:
    store, _ = counted
    monkeypatch.setattr(answers_module, "ROW_CACHE_SIZE", 5)
    queries = load_queries()
    for day in DAYS[:2]:
        small = dumped(Answers(store, queries), {"actor": "actor/tem", "at": day})
        assert small == dumped(answers_module.Answers(store, queries), {"actor": "actor/tem", "at": day})
    answers = Answers(store, queries)
    dumped(answers, {"actor": "actor/tem"})
    assert len(answers._rows) <= 5
    assert dumped(answers, {"actor": "ely/10"}) == dumped(Answers(store, queries), {"actor": "ely/10"})


def test_only_a_store_across_the_network_gets_a_time_limit_on_look_ups(shipped_store) -> None:
    queries = load_queries()
    assert Answers(shipped_store, queries, timeout=7.0).limit is None
    remote = RemoteStore("http://127.0.0.1:9/sparql", timeout=7.0)
    assert Answers(remote, queries, timeout=7.0).limit == 7.0

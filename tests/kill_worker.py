"""A process that applies changesets as fast as it can until it is killed (test_kill_apply.py).

Each changeset n replaces the BATCH value triples of batch n-1 with those of batch n, so a graph
holding values of two batches, or of a batch without its journal record, is a torn apply.
"""

from __future__ import annotations

import sys

import pyoxigraph as ox

from kg_service.editing.changeset import Proposal
from kg_service.editing.journal import Journal

SUBJECT = ox.NamedNode("https://w3id.org/fi-employment-steering/id/test/counter")
VALUE = ox.NamedNode("https://w3id.org/fi-employment-steering/ontology#testValue")
BATCH = 200
MAX_CHANGES = 10_000


def batch(n: int) -> list[ox.Triple]:
    """The triples that batch n consists of (none for batch 0)."""
    return [ox.Triple(SUBJECT, VALUE, ox.Literal(f"{n}-{i}")) for i in range(BATCH)] if n else []


def main(location: str) -> None:
    store = ox.Store(location)
    journal = Journal(store)
    journal.recover()
    done = journal.applied_count()
    print("ready", flush=True)
    for n in range(done + 1, done + MAX_CHANGES):
        change = journal.propose(Proposal(f"batch {n}", "test", tuple(batch(n)), tuple(batch(n - 1))), "edna")
        journal.apply(change, "aarne", batch(n - 1), batch(n))
        print(f"ack {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])

"""Both stores hold the same graph and answer the store protocol alike."""

from __future__ import annotations


def test_both_stores_hold_the_same_triples(shipped_store, remote_store) -> None:
    embedded = {str(t) for t in shipped_store.all_triples()}
    remote = {str(t) for t in remote_store.all_triples()}
    assert len(embedded) == shipped_store.triple_count() == remote_store.triple_count()
    assert embedded == remote

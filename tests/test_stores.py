"""Both stores hold the same graph and answer the store protocol alike."""

from __future__ import annotations


def test_both_stores_hold_the_same_triples(shipped_store, remote_store) -> None:
    embedded = {str(t) for t in shipped_store.all_triples()}
    remote = {str(t) for t in remote_store.all_triples()}
    assert len(embedded) == shipped_store.triple_count() == remote_store.triple_count()
    assert embedded == remote


def test_embedded_version_follows_the_files_and_every_change(shipped_store, tmp_path) -> None:
    from kg_service.rdf.files import instance_files, ontology_files
    from kg_service.store.embedded import EmbeddedStore

    again = EmbeddedStore.from_files(ontology_files() + instance_files())
    assert again.version() == shipped_store.version()  # replicas of the same files agree
    extra = tmp_path / "extra.ttl"
    extra.write_text('<http://example.fi/a> <http://example.fi/b> "c" .\n', encoding="utf-8")
    again.load_file(extra)
    loaded = again.version()
    assert loaded != shipped_store.version()
    again.mark_changed()
    assert again.version() not in (loaded, shipped_store.version())


def test_remote_version_moves_with_its_cache_window(remote_store) -> None:
    from kg_service.store.remote import RemoteStore

    assert remote_store.version() == remote_store.version()
    uncached = RemoteStore(remote_store.endpoint, cache_seconds=0)
    assert uncached.version() != uncached.version()


def test_rows_read_in_one_call_equal_rows_read_one_by_one(shipped_store, tmp_path) -> None:
    """The service's own look-ups (no row limit) read the rows as one JSON document, callers'
    queries (a limit) one by one: every kind of term must come out the same either way."""
    from kg_service.store.embedded import EmbeddedStore

    store = EmbeddedStore()
    extra = tmp_path / "terms.ttl"
    extra.write_text(
        '<http://example.fi/a> <http://example.fi/p> "sana"@fi , "word" ,'
        ' "3"^^<http://www.w3.org/2001/XMLSchema#integer> ,'
        ' "rivi\\n\\"lainaus\\""@sv-FI , _:b1 , <http://example.fi/b> .\n',
        encoding="utf-8",
    )
    store.load_file(extra)
    queries = [
        "SELECT * WHERE { ?s ?p ?o }",
        "SELECT ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o <http://example.fi/none> ?missing } }",
    ]
    for found in (store, shipped_store):
        for query in queries:
            whole = found.execute(query).rows  # type: ignore[union-attr]
            limited = found.execute(query, limit=10**9).rows  # type: ignore[union-attr]
            assert whole, query
            assert [sorted(row.items()) for row in whole] == [sorted(row.items()) for row in limited]
    kinds = {type(row["o"]).__name__ for row in store.execute(queries[0]).rows}  # type: ignore[union-attr]
    assert kinds == {"Literal", "BlankNode", "NamedNode"}

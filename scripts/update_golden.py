"""Rewrite tests/golden/queries/*.json from the shipped graph: run each stored query's example.

Run it after a deliberate change to the data or a query, then read the diff before committing:
the golden files are what the tests hold the queries to. Tests never write these files.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden" / "queries"


def golden_rows(rows: list[dict]) -> list[dict[str, str]]:
    """Rows as N-Triples text, so datatypes and languages are part of the comparison."""
    return [{name: str(term) for name, term in sorted(row.items())} for row in rows]


def main() -> None:
    """Write one golden file per stored query."""
    store = EmbeddedStore.from_files(ontology_files() + instance_files())
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, query in sorted(load_queries().items()):
        rows = golden_rows(query.run(store, query.example))
        document = {"query": name, "example": query.example, "rows": rows}
        (GOLDEN / f"{name}.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()

"""Conformance on a third engine: every stored query through Apache Jena's ARQ gives the answers of
the embedded store, and every `.rq` file under queries/ passes ARQ's strict SPARQL 1.1 parser.

ARQ comes from Debian's libapache-jena-java (scripts/install-test.d/31-jena.sh); one JVM runs all
queries (tests/jena/ArqBatch.java, started with Java's source launcher; the class path is
tests/jena's).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files, project_root
from kg_service.store.base import term_from_json
from kg_service.store.binding import bind_values
from scripts.update_golden import golden_rows
from tests.jena import RUNNERS, class_path, require_jena

BATCH = RUNNERS / "ArqBatch.java"
QUERIES = load_queries()
OTHER_FILES = sorted(
    path
    for path in (project_root() / "queries").rglob("*.rq")
    if path.resolve() not in {q.path.resolve() for q in QUERIES.values()}
)


@pytest.fixture(scope="module")
def arq(tmp_path_factory) -> Path:
    """Every stored query (bound to its example) and every other .rq file, run by ARQ at once."""
    require_jena()
    work = tmp_path_factory.mktemp("arq")
    queries = work / "queries"
    queries.mkdir()
    for name, query in QUERIES.items():
        (queries / f"{name}.rq").write_text(bind_values(query.text, query.bind(query.example)), "utf-8")
    for path in OTHER_FILES:
        (queries / f"file-{path.parent.name}-{path.stem}.rq").write_text(path.read_text("utf-8"), "utf-8")
    data = [str(path) for path in ontology_files() + instance_files()]
    subprocess.run(
        ["java", "-cp", class_path(work / "messages"), str(BATCH), str(queries), *data],
        check=True,
        timeout=600,
        capture_output=True,
    )
    return queries


def arq_rows(queries: Path, name: str) -> list[dict[str, str]]:
    """ARQ's rows for one query, as golden rows; its error message fails the test."""
    error = queries / f"{name}.error"
    assert not error.exists(), error.read_text("utf-8")
    document = json.loads((queries / f"{name}.json").read_text("utf-8"))
    return golden_rows(
        [{k: term_from_json(v) for k, v in row.items()} for row in document["results"]["bindings"]]
    )


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_stored_query_gives_the_embedded_answer_on_jena(name: str, arq: Path, shipped_store) -> None:
    query = QUERIES[name]
    expected = golden_rows(query.run(shipped_store, query.example))
    rows = arq_rows(arq, name)
    if "ORDER BY" in query.text:
        assert rows == expected
    else:
        assert sorted(map(str, rows)) == sorted(map(str, expected))


@pytest.mark.parametrize("path", OTHER_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_other_query_file_parses_and_runs_on_jena(path: Path, arq: Path) -> None:
    arq_rows(arq, f"file-{path.parent.name}-{path.stem}")

"""Every Turtle file in the repository loads unchanged into three parsers: Apache Jena's RIOT,
rdflib and Oxigraph read the same number of distinct triples from it, and Jena reports no warning
(an invalid date, a bad IRI) and no error. One JVM parses all files (tests/jena/TurtleCount.java).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from tests.conftest import REPO
from tests.jena import RUNNERS, class_path, require_jena

SKIPPED_FOLDERS = {"node_modules", "build", "dist", "htmlcov"}
"""Folders of tools and outputs, not the project's Turtle (hidden folders are passed over too)."""


def turtle_files() -> list[Path]:
    """Every .ttl file of the project: ontology, shapes, instances, examples, test fixtures."""
    return sorted(
        path
        for path in REPO.rglob("*.ttl")
        if not any(part.startswith(".") or part in SKIPPED_FOLDERS for part in path.relative_to(REPO).parts)
    )


FILES = turtle_files()


def jena_read(files: list[Path], work: Path) -> dict[Path, tuple[int, str]]:
    """{file: (distinct triples Jena read or -1, Jena's warnings and errors)} from one JVM."""
    require_jena()
    done = subprocess.run(
        ["java", "-cp", class_path(work / "messages"), str(RUNNERS / "TurtleCount.java"), *map(str, files)],
        check=True,
        timeout=300,
        capture_output=True,
        text=True,
    )
    found: dict[Path, tuple[int, str]] = {}
    for line in done.stdout.splitlines():
        path, size, messages = line.split("\t", 2)
        found[Path(path)] = (int(size), messages)
    return found


@pytest.fixture(scope="module")
def jena(tmp_path_factory) -> dict[Path, tuple[int, str]]:
    return jena_read(FILES, tmp_path_factory.mktemp("jena"))


def rdflib_count(path: Path) -> int:
    return len(rdflib.Graph().parse(path, format="turtle"))


def oxigraph_count(path: Path) -> int:
    triples = pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE, base_iri=path.as_uri())
    return len({(t.subject, t.predicate, t.object) for t in triples})


def test_the_walk_finds_every_kind_of_turtle_file() -> None:
    folders = {path.relative_to(REPO).parts[0] for path in FILES}
    assert {"ontology", "shapes", "instances", "examples", "tests"} <= folders
    assert REPO / "instances" / "actors.ttl" in FILES
    assert len(FILES) >= 180
    assert sum(1 for p in FILES if p.stat().st_size > 0) > 150


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_jena_rdflib_and_oxigraph_read_the_same_triples(path: Path, jena) -> None:
    size, messages = jena[path]
    assert messages == ""
    assert size >= 0
    assert rdflib_count(path) == size
    assert oxigraph_count(path) == size


def test_a_file_jena_warns_about_fails_the_comparison(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ex: <http://example.fi/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        'ex:a ex:day "2026-13-45"^^xsd:date .\n',
        encoding="utf-8",
    )
    broken = tmp_path / "broken.ttl"
    broken.write_text("ex:a ex:b ex:c .\n", encoding="utf-8")
    read = jena_read([bad, broken], tmp_path)
    assert read[bad][0] == 1
    assert "not valid for datatype" in read[bad][1]
    assert read[broken][0] == -1
    assert "Undefined prefix" in read[broken][1]

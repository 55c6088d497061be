"""One table of prefixes: every @prefix and PREFIX written in the repository (Turtle, queries,
fixtures, examples, docs) names the IRI that kg_service.namespaces gives that prefix, and no
Turtle file needs a `\\/` escape or a query a full IRI that a prefix covers."""

from __future__ import annotations

import re
from pathlib import Path

from kg_service.namespaces import ES, SOURCE_PREFIXES
from kg_service.queries.stored import expand_iri
from tests.conftest import REPO

DECLARATION = re.compile(r"(?:@prefix|\bPREFIX)\s+([A-Za-z][\w-]*|):\s*<([^>]*)>", re.IGNORECASE)
SOURCES = ("ontology", "shapes", "instances", "queries", "examples", "tests/data", "docs", "sources")
SUFFIXES = {".ttl", ".rq", ".trig", ".md"}


def source_files() -> list[Path]:
    return sorted(
        path
        for folder in SOURCES
        for path in (REPO / folder).rglob("*")
        if path.suffix in SUFFIXES and path.is_file()
    )


def declarations() -> list[tuple[str, str, str]]:
    """(file:line, prefix, IRI) of every prefix declaration."""
    found = []
    for path in source_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for prefix, iri in DECLARATION.findall(line):
                found.append((f"{path.relative_to(REPO)}:{number}", prefix, iri))
    return found


def test_the_walk_finds_the_declarations() -> None:
    prefixes = {prefix for _, prefix, _ in declarations()}
    assert {"eso", "actor", "task", "role", "prov", "skos"} <= prefixes


def test_every_declared_prefix_is_the_namespaces_module_one() -> None:
    table = {prefix: str(namespace) for prefix, namespace in SOURCE_PREFIXES.items()}
    wrong = [
        f"{where}: {prefix}: <{iri}> (namespaces: {table.get(prefix, 'unknown prefix')})"
        for where, prefix, iri in declarations()
        if table.get(prefix) != iri
    ]
    assert wrong == []


def test_a_wrong_declaration_would_be_found() -> None:
    assert DECLARATION.findall("@prefix actor: <https://example.org/actor/> .") == [
        ("actor", "https://example.org/actor/")
    ]


def test_no_turtle_file_escapes_a_slash() -> None:
    escaped = [
        str(path.relative_to(REPO))
        for path in source_files()
        if path.suffix == ".ttl" and "\\/" in path.read_text()
    ]
    assert escaped == []


def test_no_query_spells_out_an_iri_a_prefix_covers() -> None:
    covered = tuple(str(ns) for ns in SOURCE_PREFIXES.values())
    full = re.compile(r"<(https?://[^>\s]+)>")
    spelled = [
        f"{path.relative_to(REPO)}:{number}: {iri}"
        for path in sorted((REPO / "queries").rglob("*.rq"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if not DECLARATION.search(line)
        for iri in full.findall(line)
        if iri.startswith(covered)
    ]
    assert spelled == []


def test_a_parameter_may_name_an_id_as_the_turtle_does() -> None:
    for spelling in ("actor:tem", "es:actor/tem", "actor/tem", f"{ES}actor/tem"):
        assert expand_iri("actor", spelling).value == f"{ES}actor/tem"

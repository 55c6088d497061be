"""One rule, one verdict: a check or analyst query that states a shape's rule judges the shape's
own fixtures (tests/data/shapes/<Shape>/{pass,fail}-*.ttl) as the shape does.

A query declares the shape it restates with `#+ shape: <local name>`. A check runs without a
date (any date); a query that needs a date (`at`) is run on every date the fixture names and on
one before them all, which is enough: two periods that overlap at all overlap on the later start.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from kg_service.checks.loader import load_checks
from kg_service.queries.stored import StoredQuery, load_queries
from kg_service.rdf.files import ontology_files, shape_files
from kg_service.store.embedded import EmbeddedStore

FIXTURES = Path(__file__).resolve().parent / "data" / "shapes"
DATE = re.compile(r'"(\d{4}-\d{2}-\d{2})"\^\^xsd:date')
EARLY = "1900-01-01"
EXPECTED_RULES = {
    "SingleAccountableShape": {"CHK-ACC-MANY", "tasks-with-several-accountable"},
    "AccountableExistsShape": {"CHK-ACC-NONE", "tasks-without-accountable"},
    "ActorExistsShape": {"CHK-ACTOR-ENDED", "CHK-ACTOR-NOT-CREATED"},
    "PeriodOrderShape": {"CHK-SCHED-ORDER"},
    "ObligationShape": {"CHK-LEGAL-MISSING"},
}
"""The rules stated both as a shape and as queries; a new `#+ shape:` header must be added here."""


def restatements() -> dict[str, dict[str, str]]:
    """shape -> {check id or query name: SPARQL text} for every query naming a shape."""
    found: dict[str, dict[str, str]] = {}
    for check in load_checks():
        if check.shape:
            found.setdefault(check.shape, {})[check.id] = check.text
    for query in stored_queries().values():
        if query.shape:
            found.setdefault(query.shape, {})[query.name] = query.name
    return found


@cache
def fixture_store(path: Path) -> EmbeddedStore:
    return EmbeddedStore.from_files([*ontology_files(), path])


@cache
def stored_queries() -> dict[str, StoredQuery]:
    return load_queries()


def query_finds(store: EmbeddedStore, text: str, fixture: Path) -> bool:
    """True when the check or stored query returns a row on the fixture (on some date)."""
    queries = stored_queries()
    if text not in queries:
        return bool(store.select(text, {}))
    query: StoredQuery = queries[text]
    if not any(p.name == "at" for p in query.parameters):
        return bool(query.run(store, {}))
    dates = sorted(set(DATE.findall(fixture.read_text(encoding="utf-8"))) | {EARLY})
    return any(query.run(store, {"at": day}) for day in dates)


def test_the_declared_restatements_are_the_expected_ones() -> None:
    assert {shape: set(rules) for shape, rules in restatements().items()} == EXPECTED_RULES


@pytest.mark.parametrize("shape", sorted(EXPECTED_RULES))
def test_each_restated_shape_exists_and_has_both_kinds_of_fixture(shape: str) -> None:
    shapes_text = "".join(path.read_text(encoding="utf-8") for path in shape_files())
    assert f"shp:{shape} a sh:NodeShape" in shapes_text
    names = [path.name for path in (FIXTURES / shape).glob("*.ttl")]
    assert any(n.startswith("pass-") for n in names) and any(n.startswith("fail-") for n in names)


CASES = [
    (shape, rule, fixture)
    for shape, rules in sorted(EXPECTED_RULES.items())
    for rule in sorted(rules)
    for fixture in sorted((FIXTURES / shape).glob("*.ttl"))
]


@pytest.mark.parametrize(
    ("shape", "rule", "fixture"), CASES, ids=[f"{rule}-{f.stem}" for _, rule, f in CASES]
)
def test_query_gives_the_shapes_verdict(shape: str, rule: str, fixture: Path) -> None:
    text = restatements()[shape][rule]
    rules_of_shape = restatements()[shape]
    store = fixture_store(fixture)
    if rule.startswith("CHK-") and sum(r.startswith("CHK-") for r in rules_of_shape) > 1:
        # several checks split one shape (actor ended / not yet created): together they judge
        found = any(query_finds(store, t, fixture) for r, t in rules_of_shape.items() if r.startswith("CHK-"))
    else:
        found = query_finds(store, text, fixture)
    assert found == fixture.name.startswith("fail-"), f"{rule} on {shape}/{fixture.name}"

"""The coherence checks (queries/checks/) as a gate on changes, run on what a change touches.

A changeset must not add an error-severity finding of a check, as it must not add a violation of
a shape. Each error check declares the column its findings are about (``#+ focus:``) and the
paths its query reads from that node (``#+ reads:``), like the SHACL-SPARQL shapes' read paths:
the change validator adds these paths to the shapes' own, so the small graph it builds for the
affected focus nodes holds everything each check can see, and the check runs there with its
focus column bound to those nodes (VALUES). The dependency-cycle check reads no fixed path: a
cycle lies within one connected part of the graph of the predicates it declares, so a change to
one of those predicates (or to a type) is checked on the part around the changed nodes.
Findings are identified by check and key columns, as `kg check` identifies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg_service.answers.labels import fetch_labels
from kg_service.checks.loader import CheckDefinition, CheckKind, Severity, load_checks
from kg_service.checks.runner import RawFinding, cycles, group_rows, render
from kg_service.i18n import LANGUAGES
from kg_service.quality.incremental import Path, Step, View
from kg_service.queries.stored import StoredQuery, load_query, queries_dir, run_for_many
from kg_service.rdf.terms import Node
from kg_service.store.base import Store
from kg_service.store.embedded import EmbeddedStore

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
Identity = tuple[str, tuple[str, ...]]


class CheckDeclarationError(ValueError):
    """An error-severity check that does not say what it reads, so no change could be judged by it."""


@dataclass(frozen=True)
class CheckViolation:
    """A finding of an error check that a change would add, with its message in every language."""

    check: str
    key: tuple[str, ...]
    focus: str
    message: dict[str, str]

    def text(self, lang: str) -> str:
        """The message in ``lang`` (every check has fi, sv and en)."""
        return self.message.get(lang) or self.message["fi"]


def identity(finding: RawFinding) -> Identity:
    """What makes two findings the same one: the check and its key columns (as `kg check`)."""
    return (finding.check.id, finding.key)


def finding_focus(finding: RawFinding) -> str:
    """The node a finding is about: its focus column's value, or a cycle's first task."""
    column = finding.check.focus or "task"
    found = finding.values.get(column) or []
    return found[0].value if found else ""


class CoherenceGate:
    """The error checks, ready to judge a change on a small graph or the whole graph."""

    def __init__(self, checks: list[CheckDefinition] | None = None) -> None:
        errors = [c for c in checks or load_checks() if c.severity is Severity.ERROR]
        self.rows = [c for c in errors if c.kind is CheckKind.VIOLATION]
        self.edges = [c for c in errors if c.kind is CheckKind.EDGES]
        for check in self.rows:
            if check.focus is None:
                raise CheckDeclarationError(f"{check.path}: an error check declares its '#+ focus:' column")
        for check in self.edges:
            if not check.reads or any(len(path) != 1 or path[0].repeat for path in check.reads):
                raise CheckDeclarationError(f"{check.path}: declare the linking predicates in '#+ reads:'")
        self.paths: list[Path] = sorted(
            {path for check in self.rows for path in check.reads},
            key=lambda p: [(s.predicate.value, s.inverse, s.repeat) for s in p],
        )
        """The paths every row check reads from its focus node, for the change validator's closure."""
        self.links = sorted({path[0].predicate for check in self.edges for path in check.reads}, key=str)
        self.labels_query: StoredQuery = load_query(queries_dir() / "api" / "labels.rq")

    # ------------------------------------------------------------------ row checks

    def on_focus(self, data: ox.Store, focus: Mapping[str, Iterable[Node]]) -> list[RawFinding]:
        """The row checks' findings about the focus nodes given for each (by check id), on a graph
        holding their read closure."""
        store = EmbeddedStore(data)
        found: list[RawFinding] = []
        for check in self.rows:
            assert check.focus is not None  # noqa: S101 (checked in __init__; for the type checker)
            iris = {node.value for node in focus.get(check.id, ()) if isinstance(node, ox.NamedNode)}
            if iris:
                found += group_rows(check, run_for_many(store, check.text, check.focus, iris))
        return found

    def on_whole(self, store: Store) -> list[RawFinding]:
        """Every error check's findings on a whole graph (full validation; any store)."""
        found: list[RawFinding] = []
        for check in self.rows:
            found += group_rows(check, store.select(check.text))
        return found + self.cycles_in(store)

    # ------------------------------------------------------------------ the cycle check

    def linked(self, view: View, changed: Iterable[ox.Triple], limit: int) -> set[Node] | None:
        """The nodes connected (either way, before or after the change) by the linking predicates
        to a node whose links or type the change touches; None when they exceed ``limit``."""
        links = set(self.links)
        seeds: set[Node] = set()
        for triple in changed:
            if triple.predicate in links:
                seeds |= {triple.subject, triple.object}
            elif triple.predicate == RDF_TYPE:
                seeds.add(triple.subject)
        reached: set[Node] = {n for n in seeds if not isinstance(n, ox.Literal)}
        frontier = set(reached)
        while frontier:
            following: set[Node] = set()
            for predicate in links:
                for inverse in (False, True):
                    following |= view.step(frontier, Step(predicate, inverse), after=False)
            frontier = {n for n in following - reached if not isinstance(n, ox.Literal)}
            reached |= frontier
            if len(reached) > limit:
                return None
        return reached

    def cycles_in(self, store: Store) -> list[RawFinding]:
        """Every dependency cycle of a graph."""
        return [f for check in self.edges for f in cycles(check, store.select(check.text))]

    # ------------------------------------------------------------------ messages

    def describe(self, store: Store, raw: list[RawFinding]) -> list[CheckViolation]:
        """Findings with their messages in every language, the nodes named by their labels."""
        iris = {v.value for r in raw for vs in r.values.values() for v in vs if isinstance(v, ox.NamedNode)}
        labels = fetch_labels(store, self.labels_query, iris) if iris else {}
        return [
            CheckViolation(
                check=r.check.id,
                key=r.key,
                focus=finding_focus(r),
                message={lang: render(r.check, r.values, lang, labels) for lang in LANGUAGES},
            )
            for r in sorted(raw, key=identity)
        ]

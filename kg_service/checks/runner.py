"""Run the coherence checks on the current graph with a draft on top.

Every check runs twice: on the current graph alone (cached per effective date, since the graph
does not change while the service runs) and on the overlay of current graph and draft. A finding
whose key (check id and key columns) the current graph already has is reported with
inDraft=false, so a drafter sees at once what the draft adds; findings the draft makes disappear
are listed as resolved. The queries return IRIs and plain values only; labels and sources are
fetched afterwards in two batched look-ups, as the rest of the service does.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg_service.answers.labels import pick
from kg_service.answers.names import fetch_labels_on
from kg_service.checks.diff import Duties, compare, iris_named, who_does_what
from kg_service.checks.errors import DraftError, part
from kg_service.checks.loader import CheckDefinition, CheckKind, load_checks, load_support_queries
from kg_service.checks.model import (
    CheckFinding,
    CheckRef,
    CheckReport,
    CheckSource,
    CheckSummary,
    DraftName,
    DutyDiff,
    ReplacedValue,
)
from kg_service.checks.overlay import Draft, build_overlay
from kg_service.checks.overlay import base_quads as read_base_quads
from kg_service.checks.rdf_input import check_terms, read_rdf
from kg_service.checks.table_input import read_csv_rows, read_xlsx_rows, table_to_draft
from kg_service.checks.terms import KnownTerms, known_terms
from kg_service.i18n import LANGUAGES, text
from kg_service.i18n.checks import REPORT
from kg_service.namespaces import shorten
from kg_service.queries.stored import StoredQuery, load_query, queries_dir, run_for_many
from kg_service.store.base import Row, Store, value
from kg_service.store.binding import Term, date_literal
from kg_service.store.embedded import EmbeddedStore

FORMATS = ("turtle", "jsonld", "csv", "xlsx")
MAX_CYCLES = 100
MAX_BASELINES = 32  # effective dates whose current-graph findings are kept
CLOSURE_DEPTH = 3
"""Steps out from a change's assignments that its before/after table can read: the assignment's
actor, task, role, basis and source; their dated names and documents; those names' labels."""
MAX_SURROUNDINGS = 50_000
"""Nodes read around one change before the table is computed on a copy of the whole graph instead."""
FOR_TASK = ox.NamedNode("https://w3id.org/fi-employment-steering/ontology#forTask")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
Value = Term | ox.BlankNode


def term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """A term's plain value (a quoted triple, which has none, in its N-Triples form)."""
    return str(term) if isinstance(term, ox.Triple) else term.value


@dataclass
class RawFinding:
    """A finding before labels and sources: its check, key and the distinct values of each column."""

    check: CheckDefinition
    key: tuple[str, ...]
    values: dict[str, list[Value]]


@dataclass
class Baseline:
    """What the current graph alone gives, for one effective date."""

    raw: list[RawFinding]
    duties: dict[tuple[str, str, str], dict[str, set]]


class Checker:
    """Checks drafts against one current graph, which it only ever reads."""

    def __init__(self, store: Store, timeout: float | None = None, root: Path | None = None) -> None:
        self.store = store
        self.timeout = timeout
        self.checks = load_checks(root)
        self.support = load_support_queries(root)
        self.labels_query: StoredQuery = load_query(queries_dir(root) / "api" / "labels.rq")
        self.names_query: StoredQuery = load_query(queries_dir(root) / "api" / "dated-names.rq")
        self._lock = threading.RLock()  # the caches are filled once, by one thread
        self._quads: list[ox.Quad] | None = None
        self._current: Store | None = None
        self._terms: KnownTerms | None = None
        self._baselines: dict[str | None, Baseline] = {}
        self._duty_counts: dict[str | None, int] = {}

    # ----------------------------------------------------------------------- inputs

    def base_quads(self) -> list[ox.Quad]:
        """The current graph's quads, read once."""
        with self._lock:
            if self._quads is None:
                self._quads = read_base_quads(self.store)
            return self._quads

    def current(self) -> Store:
        """A private copy of the current graph (with an empty draft), for the baseline and look-ups."""
        with self._lock:
            if self._current is None:
                self._current = build_overlay(self.base_quads(), Draft.empty()).store
            return self._current

    def current_terms(self) -> KnownTerms:
        """The actors, roles, tasks, properties and classes of the current graph."""
        with self._lock:
            if self._terms is None:
                self._terms = known_terms(self.current(), self.support["known-terms"], self.timeout)
            return self._terms

    def read(self, data: bytes, fmt: str, name: str = "") -> Draft:
        """A draft in one of FORMATS, read and checked for unknown terms; DraftError otherwise."""
        if fmt in ("turtle", "jsonld"):
            draft = read_rdf(data, fmt, name)
            overlay = build_overlay(self.base_quads(), draft).store
            check_terms(draft, data, known_terms(overlay, self.support["known-terms"], self.timeout))
            return draft
        if fmt == "csv":
            return table_to_draft(read_csv_rows(data), self.current_terms(), name, fmt)
        if fmt == "xlsx":
            return table_to_draft(read_xlsx_rows(data), self.current_terms(), name, fmt)
        raise DraftError(part("unsupported-format", fmt=fmt, formats=", ".join(FORMATS)), status=415)

    # ------------------------------------------------------------------------- runs

    def baseline(self, at: date | None) -> Baseline:
        """The current graph's own findings and duties for ``at``, computed once."""
        key = at.isoformat() if at else None
        with self._lock:
            if key not in self._baselines:
                store = self.current()
                duties = who_does_what(store, self.support["who-does-what"], at, self.timeout)
                while len(self._baselines) >= MAX_BASELINES:
                    self._baselines.pop(next(iter(self._baselines)))
                self._baselines[key] = Baseline(self.run_raw(store, at), duties)
            return self._baselines[key]

    def check(self, draft: Draft, at: date | None = None) -> CheckReport:
        """Every check on current graph + draft; findings marked with whether the draft adds them."""
        base = self.baseline(at)
        overlay = build_overlay(self.base_quads(), draft)
        store = overlay.store
        raw = self.run_raw(store, at)
        known = {(r.check.id, r.key) for r in base.raw}
        now = {(r.check.id, r.key) for r in raw}
        day = at.isoformat() if at else None
        findings = self.describe(store, raw, known, day)
        resolved = self.describe(
            self.current(), [r for r in base.raw if (r.check.id, r.key) not in now], known, day
        )
        after = who_does_what(store, self.support["who-does-what"], at, self.timeout)
        diff = compare(base.duties, after, self._refs_for(store, day), self._provisions_for(store))
        replaced = [
            ReplacedValue(
                subject=term_value(q.subject), property=q.predicate.value, value=term_value(q.object)
            )
            for q in overlay.replaced
        ]
        checks = [
            CheckSummary(
                id=c.id,
                severity=c.severity,
                summary=c.summary,
                findings=sum(1 for f in findings if f.id == c.id),
            )
            for c in self.checks
        ]
        return CheckReport(
            draft=DraftName(name=draft.name, format=draft.format),
            at=at.isoformat() if at else None,
            findings=sorted(findings, key=CheckFinding.sort_key),
            resolved=sorted(resolved, key=CheckFinding.sort_key),
            diff=diff,
            replaced=replaced,
            checks=checks,
        )

    def duty_changes(
        self, add: Sequence[ox.Triple], remove: Sequence[ox.Triple], at: date | None = None
    ) -> DutyDiff:
        """The before/after table of a changeset: who does what now, and with ``remove`` taken out
        and ``add`` put in (the review queue shows it beside each proposal).

        Only the duties of the tasks the change touches can differ, so the table is computed on a
        small copy of their surroundings read from the store (CLOSURE_DEPTH steps out from every
        assignment of those tasks), not on a copy of the whole graph: milliseconds at a million
        triples instead of seconds. A change that names no property the duty query reads (a
        status, a name) changes no duty. A change with blank nodes, which the store cannot be
        asked about by name, falls back to the whole copy (duty_changes_by_copy)."""
        read = iris_named(self.support["who-does-what"])
        if not any(t.predicate.value in read for t in (*add, *remove)):
            return DutyDiff(unchanged=self.duty_count(at))
        if any(isinstance(term, ox.BlankNode) for t in (*add, *remove) for term in (t.subject, t.object)):
            return self.duty_changes_by_copy(add, remove, at)
        before_quads = self._surroundings(add, remove)
        if before_quads is None:
            return self.duty_changes_by_copy(add, remove, at)
        gone = {ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in remove}
        before_store, after_store = ox.Store(), ox.Store()
        before_store.bulk_extend(before_quads)
        after_store.bulk_extend(q for q in before_quads if q not in gone)
        after_store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in add)
        tasks = self._touched_tasks(before_store, after_store, add, remove)
        query = self.support["who-does-what"]
        before = _of_tasks(who_does_what(EmbeddedStore(before_store), query, at, self.timeout), tasks)
        after_view = EmbeddedStore(after_store)
        after = _of_tasks(who_does_what(after_view, query, at, self.timeout), tasks)
        diff = compare(
            before,
            after,
            self._refs_for(after_view, at.isoformat() if at else None),
            self._provisions_for(after_view),
        )
        # the lines outside the touched tasks are the same before and after: count them from the store
        return diff.model_copy(
            update={"unchanged": self.duty_count(at) - len(diff.removed) - len(diff.changed)}
        )

    def duty_changes_by_copy(
        self, add: Sequence[ox.Triple], remove: Sequence[ox.Triple], at: date | None = None
    ) -> DutyDiff:
        """The same table computed on a copy of the whole graph (seconds at a million triples): for
        changes with blank nodes, and as the reference the tests hold duty_changes to."""
        base = self.baseline(at)
        gone = {ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in remove}
        copy = ox.Store()
        copy.bulk_extend(q for q in self.base_quads() if q not in gone)
        copy.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in add)
        after_store = EmbeddedStore(copy)
        after = who_does_what(after_store, self.support["who-does-what"], at, self.timeout)
        return compare(
            base.duties,
            after,
            self._refs_for(after_store, at.isoformat() if at else None),
            self._provisions_for(after_store),
        )

    def duty_count(self, at: date | None) -> int:
        """How many duty lines (actor, task, role) the current graph has on ``at``, counted once
        per graph version (the checker is made anew after every applied change)."""
        key = at.isoformat() if at else None
        with self._lock:
            if key not in self._duty_counts:
                values: dict[str, Term | None] = {"at": date_literal(at) if at else None}
                rows = self.store.select(self.support["duty-count"].text, values, timeout=self.timeout)
                self._duty_counts[key] = int(rows[0]["duties"].value) if rows else 0
            return self._duty_counts[key]

    def _touched_tasks(
        self, before: ox.Store, after: ox.Store, add: Sequence[ox.Triple], remove: Sequence[ox.Triple]
    ) -> set[str]:
        """The tasks of the assignments the change names, as the graph says before and after it."""
        subjects = {t.subject for t in (*add, *remove)}
        return {
            q.object.value
            for store in (before, after)
            for subject in subjects
            for q in store.quads_for_pattern(subject, FOR_TASK, None, ox.DefaultGraph())
            if isinstance(q.object, ox.NamedNode)
        }

    def _surroundings(self, add: Sequence[ox.Triple], remove: Sequence[ox.Triple]) -> list[ox.Quad] | None:
        """The current graph's quads around a change: every assignment of the tasks its subjects
        name (before or after it) and the nodes it adds as values, and CLOSURE_DEPTH steps out from
        them (their actors, roles,
        legal bases, names and sources), read from the store by name. None if the store answers
        with blank nodes, which cannot be followed by name."""
        subjects = {t.subject.value for t in (*add, *remove) if isinstance(t.subject, ox.NamedNode)}
        found: dict[str, list[ox.Quad]] = {}
        first = self._outgoing(subjects, found)
        if first is None:
            return None
        tasks = {
            q.object.value for q in first if q.predicate == FOR_TASK and isinstance(q.object, ox.NamedNode)
        }
        tasks |= {
            t.object.value for t in add if t.predicate == FOR_TASK and isinstance(t.object, ox.NamedNode)
        }
        rows = run_for_many(self.store, self.support["task-assignments"].text, "task", tasks, self.timeout)
        frontier = {row["assignment"].value for row in rows} | tasks
        frontier |= {t.object.value for t in add if isinstance(t.object, ox.NamedNode)}  # a new holder's name
        for _ in range(CLOSURE_DEPTH):
            quads = self._outgoing(frontier, found)
            if quads is None:
                return None
            frontier = {q.object.value for q in quads if isinstance(q.object, ox.NamedNode)}
        return [q for quads in found.values() for q in quads]

    def _outgoing(self, nodes: set[str], found: dict[str, list[ox.Quad]]) -> list[ox.Quad] | None:
        """The outgoing quads of ``nodes``, read from the store for those not yet in ``found``
        (and recorded there); None past MAX_SURROUNDINGS nodes or on a blank node."""
        unread = nodes - found.keys()
        if len(found) + len(unread) > MAX_SURROUNDINGS:
            return None
        for iri in unread:
            found[iri] = []
        for row in run_for_many(self.store, self.support["outgoing"].text, "node", unread, self.timeout):
            subject, prop, value = row["node"], row["property"], row["value"]
            if isinstance(value, ox.BlankNode) or not isinstance(subject, ox.NamedNode):
                return None
            if not isinstance(prop, ox.NamedNode):  # a predicate is always an IRI
                continue
            found[subject.value].append(ox.Quad(subject, prop, value, ox.DefaultGraph()))
        return [q for iri in nodes for q in found[iri]]

    def run_raw(self, store: Store, at: date | None) -> list[RawFinding]:
        """Every check's findings on ``store``, grouped by their key columns."""
        raw: list[RawFinding] = []
        at_term = date_literal(at) if at else None
        for check in self.checks:
            values: dict[str, Term | None] = {"at": at_term} if check.takes_date else {}
            rows = store.select(check.text, values, timeout=self.timeout)
            raw += cycles(check, rows) if check.kind is CheckKind.EDGES else group_rows(check, rows)
        return raw

    # -------------------------------------------------------------------- describing

    def describe(
        self,
        store: Store,
        raw: list[RawFinding],
        known: set[tuple[str, tuple[str, ...]]],
        day: str | None = None,
    ) -> list[CheckFinding]:
        """Findings with labels (names as on the effective ``day``), sources and messages, marked
        inDraft unless ``known`` has them."""
        source_nodes = {v.value for r in raw for v in _source_values(r) if isinstance(v, ox.NamedNode)}
        provenance = self._provenance(store, source_nodes)
        iris = {v.value for r in raw for vs in r.values.values() for v in vs if isinstance(v, ox.NamedNode)}
        iris |= {s.document.id for sources in provenance.values() for s in sources if s.document}
        labels = self._labels(store, iris, day)
        return [_finding(r, labels, provenance, in_draft=(r.check.id, r.key) not in known) for r in raw]

    def _labels(self, store: Store, iris: set[str], day: str | None) -> dict[str, dict[str, str]]:
        """Every label of the IRIs as on ``day`` (answers/names.py); an assignment, which has no
        name of its own, is named by its task, actor and role, so a report never shows it as a bare
        identifier path."""
        if not iris:
            return {}
        labels = fetch_labels_on(store, self.labels_query, self.names_query, iris, day)
        unnamed = iris - labels.keys()
        parts = run_for_many(
            store, self.support["assignment-parts"].text, "assignment", unnamed, self.timeout
        )
        if not parts:
            return labels
        named = fetch_labels_on(
            store, self.labels_query, self.names_query, {row[c].value for row in parts for c in PARTS}, day
        )
        for row in parts:
            words = {c: named.get(row[c].value, {}) for c in PARTS}
            labels[row["assignment"].value] = {
                lang: text(
                    REPORT,
                    "assignment",
                    lang,
                    **{c: pick(w, lang) or shorten(row[c].value) for c, w in words.items()},
                )
                for lang in LANGUAGES
            }
        return labels

    def _provenance(self, store: Store, nodes: set[str]) -> dict[str, list[CheckSource]]:
        found: dict[str, list[CheckSource]] = defaultdict(list)
        for row in run_for_many(store, self.support["provenance"].text, "node", nodes, self.timeout):
            node = row["node"].value
            found[node].append(
                CheckSource(
                    about=CheckRef.of(node),
                    location=row["location"].value,
                    document=CheckRef.of(row["document"].value) if "document" in row else None,
                    locator=value(row, "locator"),
                    quote=value(row, "quote"),
                    in_draft=value(row, "inDraft") == "true",
                )
            )
        return found

    def _refs_for(self, store: Store, day: str | None) -> Callable[[set[str]], Callable[[str], CheckRef]]:
        def make(iris: set[str]) -> Callable[[str], CheckRef]:
            return _ref_maker(self._labels(store, iris, day))

        return make

    def _provisions_for(self, store: Store) -> Callable[[set[str]], dict[str, list[str]]]:
        def provisions(assignments: set[str]) -> dict[str, list[str]]:
            found = self._provenance(store, assignments)
            return {
                node: [s.locator or s.location for s in sources if s.in_draft]
                for node, sources in found.items()
            }

        return provisions


PARTS = ("task", "actor", "role")
"""What names an assignment: the columns of the assignment-parts query."""


def _finding(
    raw: RawFinding,
    labels: dict[str, dict[str, str]],
    provenance: dict[str, list[CheckSource]],
    in_draft: bool,
) -> CheckFinding:
    """One finding in full: messages in every language, tasks, actors, provisions and sources."""
    ref = _ref_maker(labels)
    check = raw.check
    sources: list[CheckSource] = []
    for node in _source_values(raw):
        for source in provenance.get(node.value, []):
            if all(source.location != s.location for s in sources):
                sources.append(
                    source.model_copy(
                        update={
                            "about": ref(source.about.id),
                            "document": ref(source.document.id) if source.document else None,
                        }
                    )
                )
    dates = [v.value for v in raw.values.get("date", []) if isinstance(v, ox.Literal)]
    return CheckFinding(
        id=check.id,
        severity=check.severity,
        message={lang: render(check, raw.values, lang, labels) for lang in LANGUAGES},
        in_draft=in_draft,
        key=raw.key,
        tasks=_refs(raw, ("task",) if check.kind is CheckKind.EDGES else check.tasks, ref),
        actors=_refs(raw, check.actors, ref),
        provisions=list(dict.fromkeys(s.locator or s.location for s in sources if s.in_draft)),
        sources=sources,
        subjects=[ref(v.value) for v in dict.fromkeys(_source_values(raw)) if isinstance(v, ox.NamedNode)],
        date=dates[0] if dates else None,
    )


# ---------------------------------------------------------------------------- grouping


def group_rows(check: CheckDefinition, rows: list[Row]) -> list[RawFinding]:
    """Rows with the same key columns are one finding; other columns keep their distinct values."""
    groups: dict[tuple[str, ...], dict[str, list[Value]]] = {}
    for row in rows:
        key = tuple(row[c].value if c in row else "" for c in check.key)
        values = groups.setdefault(key, {c: [] for c in check.columns})
        for column in check.columns:
            if column in row and row[column] not in values[column]:
                values[column].append(row[column])
    return [RawFinding(check, key, values) for key, values in groups.items()]


def cycles(check: CheckDefinition, rows: list[Row]) -> list[RawFinding]:
    """Every elementary cycle of the task dependency graph, each starting at its smallest IRI."""
    graph = nx.DiGraph()
    graph.add_edges_from((row["from"].value, row["to"].value) for row in rows)
    found = []
    for cycle in itertools.islice(nx.simple_cycles(graph), MAX_CYCLES):
        first = cycle.index(min(cycle))
        ordered = cycle[first:] + cycle[:first]
        nodes: list[Value] = [ox.NamedNode(n) for n in ordered]
        found.append(RawFinding(check, tuple(ordered), {"task": nodes, "cycle": nodes}))
    return sorted(found, key=lambda f: f.key)


def _source_values(finding: RawFinding) -> list[Value]:
    if finding.check.kind is CheckKind.EDGES:
        return finding.values["task"]
    return [v for column in finding.check.sources for v in finding.values.get(column, [])]


# ------------------------------------------------------------------------------ texts


def render(
    check: CheckDefinition, values: dict[str, list[Value]], lang: str, labels: dict[str, dict[str, str]]
) -> str:
    """The check's message in ``lang`` with each {column} replaced by its values' labels.

    A [bracketed part] of the message is left out when a column it names has no value.
    """
    ref = _ref_maker(labels)

    def text(value: Value) -> str:
        if isinstance(value, ox.NamedNode):
            return ref(value.value).text(lang)
        return f"_:{value.value}" if isinstance(value, ox.BlankNode) else value.value

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        shown = [text(v) for v in values.get(name, [])]
        if name == "cycle" and shown:
            return " → ".join([*shown, shown[0]])
        return ", ".join(shown) if shown else check.empty[lang].get(name, "–")

    def optional(match: re.Match[str]) -> str:
        names = _PLACEHOLDER.findall(match.group(1))
        return match.group(1) if all(values.get(name) for name in names) else ""

    return _PLACEHOLDER.sub(fill, _OPTIONAL.sub(optional, check.message[lang]))


def _ref_maker(labels: dict[str, dict[str, str]]) -> Callable[[str], CheckRef]:
    def ref(iri: str) -> CheckRef:
        return CheckRef.of(iri, labels.get(iri))

    return ref


def _refs(finding: RawFinding, columns: tuple[str, ...], ref: Callable[[str], CheckRef]) -> list[CheckRef]:
    values = [v for c in columns for v in finding.values.get(c, []) if isinstance(v, ox.NamedNode)]
    return [ref(v.value) for v in dict.fromkeys(values)]


def _of_tasks(duties: Duties, tasks: set[str]) -> Duties:
    """The duty lines of ``tasks`` only (a copy of surroundings also holds some of other tasks)."""
    return {key: entry for key, entry in duties.items() if key[1] in tasks}

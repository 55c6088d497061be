"""Answers assembled from stored queries: responsibility rows with labels, dates, status and sources.

The stored queries return IRIs and plain values; this module runs the few look-ups that fill in
labels (in the asked language), task facts (status, due date) and provenance, and groups the
rows so that an assignment with two legal bases or two sources is still one row. It holds no
state besides the store and the loaded queries, and knows nothing of HTTP.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg_service.answers.inheritance import keep_nearest
from kg_service.answers.labels import fetch_labels, pick
from kg_service.answers.names import DatedName, fetch_dated_names, labels_on
from kg_service.answers.records import Period, Ref, Responsibility, Schedule, Source, Status
from kg_service.answers.status import Observation, in_force, status_code
from kg_service.queries.stored import StoredQuery, run_for_many
from kg_service.store.base import Row, Store, value
from kg_service.store.embedded import EmbeddedStore

LABEL_CACHE_SIZE = 100_000
ROW_CACHE_SIZE = 100_000
"""How many IRIs' labels, and how many (query, IRI) row sets, are kept per graph version."""


@dataclass
class TaskFacts:
    """What a task card and a responsibility row say about a task besides who does it."""

    status: str | None = None
    statusNote: str | None = None  # noqa: N815 - the field's name in the JSON answers
    statusAsOf: str | None = None  # noqa: N815 - the field's name in the JSON answers
    statusObservation: str | None = None  # noqa: N815 - the observation in force
    due: str | None = None
    schedules: dict[str, Schedule] = field(default_factory=dict)
    outputs: set[str] = field(default_factory=set)


def _period(own: dict[str, list[str]], starts: list[str], ends: list[str]) -> Period:
    """The assignment's period cut to the answering actor's existence; where a source (with a
    recorded disagreement) dates the duty outside that existence, the cut would leave nothing, so
    the assignment's own dates are shown as the source gives them."""
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    if start and end and start > end:
        own_start, own_end = own.get("startDate", []), own.get("endDate", [])
        return Period(start=own_start[0] if own_start else None, end=own_end[0] if own_end else None)
    return Period(start=start, end=end)


def schedule_reaches(fact: TaskFacts | None, start: str | None, end: str | None) -> bool:
    """True when the task has no schedule, or one of its schedules overlaps [start, end].

    Done here, on the few candidate rows, because the same test in SPARQL (an EXISTS over the
    schedules) is planned as a scan of every schedule by Oxigraph 0.5.
    """
    if fact is None or not fact.schedules:
        return True
    return any(
        (end is None or str(s.start) <= end) and (start is None or str(s.end) >= start)
        for s in fact.schedules.values()
    )


def store_version(store: Store) -> str | None:
    """The store's version token (None for a store that never changes while it is served)."""
    version = getattr(store, "version", None)
    return version() if callable(version) else None


@dataclass
class Answers:
    """Runs stored queries on a store and shapes their results for people."""

    store: Store
    queries: dict[str, StoredQuery]
    timeout: float | None = None
    _cache: dict[str, dict[str, str]] = field(default_factory=dict)
    _names: dict[str, list[DatedName]] = field(default_factory=dict)
    _rows: dict[tuple[str, str], list[Row]] = field(default_factory=dict)
    _cache_version: str | None = None

    @property
    def limit(self) -> float | None:
        """The time limit of a look-up: ``timeout`` on a store across the network, whose server
        may never answer; none on an embedded store.

        pyoxigraph cannot stop a query, so a limit there only means waiting for the query in
        another thread and giving up at the limit while it runs on. The look-ups are the
        service's own, with bound values, and take milliseconds; the hand-over to and from that
        thread cost each one more than the query under load (issue 10: the p99 of uncached
        answers). Callers' queries are stopped for real, in killable workers (store/workers.py).
        """
        return None if isinstance(self.store, EmbeddedStore) else self.timeout

    def run(self, name: str, raw: dict[str, str]) -> list[Row]:
        """Run one stored query with the caller's raw (text) parameters."""
        return self.queries[name].run(self.store, raw, timeout=self.limit)

    def run_for_many(self, name: str, variable: str, iris: set[str]) -> list[Row]:
        """Run a stored query once for a whole set of IRIs bound to ``variable``."""
        return run_for_many(self.store, self.queries[name].text, variable, iris, self.limit)

    def _follow_version(self) -> None:
        """Forget what was read from the graph when its version has moved."""
        version = store_version(self.store)
        if version != self._cache_version:
            self._cache.clear()
            self._names.clear()
            self._rows.clear()
            self._cache_version = version

    def node_rows(self, name: str, variable: str, iris: set[str]) -> list[Row]:
        """The rows of a per-node stored query (each row names its node in ``variable``) for
        the IRIs, in IRI order, each node's rows read once per graph version.

        An answer for another day, period or language asks about the same assignments, tasks
        and sources again, and these look-ups were most of an uncached answer's time (issue 10:
        the tail latency of cheap look-ups). Kept under the same rules as the labels.
        """
        self._follow_version()
        found: dict[str, list[Row] | None] = {iri: self._rows.get((name, iri)) for iri in iris if iri}
        missing = {iri for iri, rows in found.items() if rows is None}
        if len(self._rows) + len(missing) > ROW_CACHE_SIZE:
            self._rows.clear()
        if missing:
            read: dict[str, list[Row]] = defaultdict(list)
            for row in self.run_for_many(name, variable, missing):
                read[value(row, variable) or ""].append(row)
            for iri in missing:
                found[iri] = rows = read.get(iri, [])
                if len(self._rows) < ROW_CACHE_SIZE:
                    self._rows[(name, iri)] = rows
        return [row for iri in sorted(found) for row in found[iri] or []]

    def labels(self, iris: set[str], at: str | None = None) -> dict[str, dict[str, str]]:
        """All labels of the IRIs, by language; with ``at``, as they were on that day (a dated
        name in force then replaces the undated labels: answers/names.py).

        Labels and dated names once read are kept, up to LABEL_CACHE_SIZE IRIs (a node without
        labels too), for as long as the store's version stays the same: a remote store may be
        reloaded behind the service's back, and its version moves at least every few seconds
        (store/remote.py).
        """
        self._follow_version()
        wanted = {i for i in iris if i}
        missing = wanted - self._cache.keys()
        if len(self._cache) + len(missing) > LABEL_CACHE_SIZE:
            self._cache.clear()
            self._names.clear()
            missing = wanted
        if missing:
            found = fetch_labels(self.store, self.queries["labels"], missing)
            names = fetch_dated_names(self.store, self.queries["dated-names"], missing)
            for iri in missing:
                self._cache[iri] = found.get(iri, {})
                self._names[iri] = names.get(iri, [])
        undated = {iri: self._cache[iri] for iri in wanted if self._cache.get(iri)}
        if at is None:
            return undated
        return labels_on(undated, {iri: self._names[iri] for iri in wanted if self._names.get(iri)}, at)

    def dated_names(self, iri: str) -> list[DatedName]:
        """The node's dated names, oldest first (none for most nodes)."""
        self.labels({iri})
        return sorted(self._names.get(iri, []), key=lambda n: (n.start or "", n.iri))

    def refs(self, iris: set[str], lang: str, at: str | None = None) -> dict[str, Ref]:
        """Each IRI with its label in ``lang`` (as on ``at`` when given: answers/names.py)."""
        labels = self.labels(iris, at)
        return {iri: Ref(id=iri, label=pick(labels.get(iri), lang)) for iri in iris if iri}

    def task_facts(self, tasks: set[str], at: str | None = None) -> dict[str, TaskFacts]:
        """Status in force on ``at`` (today when None) with its note, date and observation, due
        date (latest schedule end), schedules and outputs of tasks."""
        facts: dict[str, TaskFacts] = defaultdict(TaskFacts)
        observed: dict[str, dict[str, Observation]] = defaultdict(dict)
        for row in self.node_rows("task-facts", "task", tasks):
            task = value(row, "task") or ""
            fact = facts[task]
            observation = value(row, "observation")
            if observation:
                observed[task][observation] = Observation(
                    iri=observation,
                    status=value(row, "status") or "",
                    as_of=value(row, "asOf") or "",
                    note=value(row, "statusNote"),
                )
            end = value(row, "end")
            if end and (fact.due is None or end > fact.due):
                fact.due = end
            schedule = value(row, "schedule")
            if schedule:
                fact.schedules[schedule] = Schedule(
                    start=value(row, "start"), end=end, notation=value(row, "notation")
                )
            output = value(row, "output")
            if output:
                fact.outputs.add(output)
        for task, observations in observed.items():
            current = in_force(list(observations.values()), at)
            if current:
                fact = facts[task]
                fact.status, fact.statusNote = current.status, current.note
                fact.statusAsOf, fact.statusObservation = current.as_of, current.iri
        return dict(facts)

    def statuses(self, task_facts: dict[str, TaskFacts], lang: str) -> dict[str, Status]:
        """The status object of each task that has one in force: label, code, date, note, sources."""
        current = {task: f for task, f in task_facts.items() if f.status and f.statusObservation}
        observations = {str(f.statusObservation) for f in current.values()}
        refs = self.refs({str(f.status) for f in current.values()}, lang)
        sources = self.sources(observations, lang)
        facts = self.facts_of(observations)
        names = ("confidence", "asOfConfidence")
        wanted = {c for node in observations for name in names for c in facts[node][name]}
        confidence_refs = self.refs(wanted, lang)

        def first_ref(node: str, name: str) -> Ref | None:
            found = facts[node][name]
            return confidence_refs[found[0]] if found else None

        return {
            task: Status(
                id=str(f.status),
                label=refs[str(f.status)].label,
                code=status_code(str(f.status)),
                asOf=str(f.statusAsOf),
                note=f.statusNote,
                observation=str(f.statusObservation),
                confidence=first_ref(str(f.statusObservation), "confidence"),
                asOfConfidence=first_ref(str(f.statusObservation), "asOfConfidence"),
                sources=sources.get(str(f.statusObservation), []),
            )
            for task, f in current.items()
        }

    def sources(self, nodes: set[str], lang: str) -> dict[str, list[Source]]:
        """Where each node comes from: document (with label), place in it, quote, cited sources."""
        rows = self.node_rows("sources-of", "node", nodes)
        documents = {value(r, "document") or "" for r in rows} | {value(r, "cites") or "" for r in rows}
        refs = self.refs(documents, lang)
        found: dict[str, dict[str, Source]] = defaultdict(dict)
        for row in rows:
            node, location = value(row, "node") or "", value(row, "location") or ""
            source = found[node].setdefault(
                location,
                Source(
                    location=location,
                    document=refs[value(row, "document") or ""],
                    locator=value(row, "locator"),
                    quote=value(row, "quote"),
                ),
            )
            cites = value(row, "cites")
            if cites and refs[cites] not in source.cites:
                source.cites.append(refs[cites])
        return {node: list(locations.values()) for node, locations in found.items()}

    def ancestors(self, nodes: set[str]) -> dict[str, set[str]]:
        """Everything each node is part of."""
        found: dict[str, set[str]] = defaultdict(set)
        for row in self.node_rows("ancestors", "node", nodes):
            found[value(row, "node") or ""].add(value(row, "ancestor") or "")
        return found

    def nearest(self, rows: list[Row], code: str = "raciCode") -> list[Row]:
        """Rows of inherited assignments that a nearer scope overrides are dropped."""
        return keep_nearest(
            rows,
            lambda r: (value(r, "task") or "", value(r, code) or "", value(r, "via") or ""),
            self.ancestors,
        )

    def facts_of(self, nodes: set[str]) -> dict[str, dict[str, list[str]]]:
        """Dates, legal bases and confidence of nodes, as {node: {property name: [values]}}."""
        facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for row in self.node_rows("facts-of", "node", nodes):
            name = (value(row, "property") or "").rsplit("#", 1)[-1]
            facts[value(row, "node") or ""][name].append(value(row, "value") or "")
        return facts

    def responsibilities(self, raw: dict[str, str], lang: str) -> list[Responsibility]:
        """Rows of who is responsible for what, when, filtered as asked, labelled in ``lang``."""
        name = "actor-responsibilities" if raw.get("actor") else "responsibilities"
        rows = self.nearest(self.run(name, raw))
        unique = {(value(r, "assignment"), value(r, "task"), value(r, "answering")): r for r in rows}
        assignments = {value(r, "assignment") or "" for r in unique.values()}
        actors = {value(r, "answering") or "" for r in unique.values()}
        facts = self.facts_of(assignments | actors)
        iris: set[str] = set()
        for row in unique.values():
            iris |= {value(row, n) or "" for n in ("answering", "holder", "assignedRole", "task", "via")}
        for node in assignments:
            iris |= set(facts[node]["legalBasis"]) | set(facts[node]["confidence"])
        tasks = {value(r, "task") or "" for r in unique.values()}
        day = raw.get("at") or raw.get("to")  # statuses and names as on the asked day (or period end)
        task_facts = self.task_facts(tasks, day)
        if raw.get("from") or raw.get("to"):
            unique = {
                key: row
                for key, row in unique.items()
                if schedule_reaches(task_facts.get(value(row, "task") or ""), raw.get("from"), raw.get("to"))
            }
        iris |= {f.status for f in task_facts.values() if f.status}
        refs = self.refs(iris, lang, day)
        sources = self.sources(assignments, lang)
        return [self._shape(row, facts, task_facts, refs, sources) for row in unique.values()]

    @staticmethod
    def _shape(
        row: Row,
        facts: dict[str, dict[str, list[str]]],
        task_facts: dict[str, TaskFacts],
        refs: dict[str, Ref],
        sources: dict[str, list[Source]],
    ) -> Responsibility:
        """One response row; the period is the assignment's, cut to the answering actor's existence."""
        assignment = value(row, "assignment") or ""
        task = value(row, "task") or ""
        via = value(row, "via")
        own, actor = facts.get(assignment, {}), facts.get(value(row, "answering") or "", {})
        starts = [d for d in (own.get("startDate", [])[:1] + actor.get("startDate", [])[:1]) if d]
        ends = [d for d in (own.get("endDate", [])[:1] + actor.get("endDate", [])[:1]) if d]
        fact = task_facts.get(task) or TaskFacts()
        status = fact.status
        confidence = own.get("confidence", [])

        def ref(iri: str | None) -> Ref | None:
            return refs[iri] if iri else None

        return Responsibility(
            assignment=assignment,
            actor=ref(value(row, "answering")),
            holder=ref(value(row, "holder")),
            role=ref(value(row, "assignedRole")),
            raci=value(row, "raciCode"),
            task=ref(task),
            inheritedFrom=ref(via) if via and via != task else None,
            period=_period(own, starts, ends),
            due=fact.due,
            status=ref(status),
            statusNote=fact.statusNote,
            statusAsOf=fact.statusAsOf,
            legalBasis=[refs[iri] for iri in sorted(own.get("legalBasis", []))],
            confidence=ref(confidence[0]) if confidence else None,
            sources=sources.get(assignment, []),
        )

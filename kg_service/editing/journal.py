"""The change journal: changesets, their review states and the PROV-O history, in the store itself.

Each changeset is a prov:Activity in the named graph es:graph/changes; the triples it proposes
and, once approved, the triples it really removes and adds are named graphs of their own
(``change/ID/proposed-add`` ... ``change/ID/added``). States are only ever added, never rewritten
(proposed, then rejected, or approved then applied), so no step leaves a changeset without one.

Applying is atomic by write-ahead: approval writes, in one transaction, the exact triples to
remove and add together with the state "approved"; the default graph is then changed, and a
second transaction marks the changeset "applied". A process killed in between finds an approved,
unapplied changeset when it restarts and finishes it (removing and adding again is idempotent),
so after any restart a changeset is either wholly applied or not at all, and an approval is
acknowledged only after its "applied" mark is written.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyoxigraph as ox

from kg_service.editing.changeset import ChangeError, Proposal
from kg_service.namespaces import DCTERMS, ES, ESO, PROV, RDF, XSD
from kg_service.rdf.terms import Node, lexical

CHANGES = ox.NamedNode(str(ES) + "graph/changes")
DEFAULT = ox.DefaultGraph()
STATES = ("proposed", "rejected", "approved", "applied")
"""In the order a changeset passes them; the latest state present is the changeset's state."""
PARTS = ("proposed-add", "proposed-remove", "added", "removed")


def _iri(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


TYPE = _iri(RDF.type)
STATE = _iri(ESO.changeState)
SEQUENCE = _iri(ESO.changeSequence)
PROPOSED_BY = _iri(ESO.proposedBy)
REVIEWED_BY = _iri(ESO.reviewedBy)
ASSOCIATED = _iri(PROV.wasAssociatedWith)
CHANGESET = _iri(ESO.Changeset)
ACTIVITY = _iri(PROV.Activity)
AGENT = _iri(PROV.Agent)
STARTED = _iri(PROV.startedAtTime)
ENDED = _iri(PROV.endedAtTime)
GENERATED = _iri(PROV.generated)
INVALIDATED = _iri(PROV.invalidated)
DESCRIPTION = _iri(DCTERMS.description)
SOURCE = _iri(DCTERMS.bibliographicCitation)
DATETIME = _iri(XSD.dateTime)
INTEGER = _iri(XSD.integer)


def change_node(change_id: str) -> ox.NamedNode:
    """The IRI of a changeset."""
    return ox.NamedNode(f"{ES}change/{change_id}")


def part_graph(change_id: str, part: str) -> ox.NamedNode:
    """The named graph holding one part of a changeset (see PARTS)."""
    return ox.NamedNode(f"{ES}change/{change_id}/{part}")


def user_node(name: str) -> ox.NamedNode:
    """The prov:Agent of a user account."""
    return ox.NamedNode(f"{ES}user/{name}")


def now() -> ox.Literal:
    """The current UTC time as an xsd:dateTime literal."""
    return ox.Literal(
        datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"), datatype=DATETIME
    )


@dataclass
class Change:
    """One changeset as the journal holds it."""

    id: str
    state: str
    reason: str
    source: str
    proposed_by: str
    proposed_at: str
    reviewed_by: str | None = None
    applied_at: str | None = None
    sequence: int | None = None
    add: list[ox.Triple] = field(default_factory=list)
    remove: list[ox.Triple] = field(default_factory=list)
    added: list[ox.Triple] = field(default_factory=list)
    removed: list[ox.Triple] = field(default_factory=list)


class Journal:
    """Changesets and history of one on-disk store; every write goes through its lock."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.lock = threading.RLock()

    # ------------------------------------------------------------------------ reading

    def _values(self, node: ox.NamedNode, predicate: ox.NamedNode) -> list[Node]:
        return [q.object for q in self.store.quads_for_pattern(node, predicate, None, CHANGES)]

    def _one(self, node: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
        values = self._values(node, predicate)
        return lexical(values[0]) if values else None

    def triples(self, change_id: str, part: str) -> list[ox.Triple]:
        """The triples of one part of a changeset, in a stable order."""
        quads = self.store.quads_for_pattern(None, None, None, part_graph(change_id, part))
        return sorted((ox.Triple(q.subject, q.predicate, q.object) for q in quads), key=str)

    def ids(self) -> list[str]:
        """Every changeset id, oldest first (ids start with their creation time)."""
        prefix = f"{ES}change/"
        return sorted(
            lexical(q.subject)[len(prefix) :]
            for q in self.store.quads_for_pattern(None, TYPE, CHANGESET, CHANGES)
        )

    def get(self, change_id: str, with_triples: bool = True) -> Change | None:
        """One changeset, or None."""
        node = change_node(change_id)
        states = {lexical(v) for v in self._values(node, STATE)}
        if not states:
            return None
        state = max(states, key=STATES.index)
        by = self._one(node, PROPOSED_BY)
        reviewer = self._one(node, REVIEWED_BY)
        sequence = self._one(node, SEQUENCE)
        change = Change(
            id=change_id,
            state=state,
            reason=self._one(node, DESCRIPTION) or "",
            source=self._one(node, SOURCE) or "",
            proposed_by=by.rsplit("/", 1)[-1] if by else "",
            proposed_at=self._one(node, STARTED) or "",
            reviewed_by=reviewer.rsplit("/", 1)[-1] if reviewer else None,
            applied_at=self._one(node, ENDED),
            sequence=int(sequence) if sequence is not None else None,
        )
        if with_triples:
            change.add, change.remove = self.triples(change_id, PARTS[0]), self.triples(change_id, PARTS[1])
            change.added, change.removed = (
                self.triples(change_id, PARTS[2]),
                self.triples(change_id, PARTS[3]),
            )
        return change

    def applied_count(self) -> int:
        """How many changesets have been applied (the graph's version number)."""
        return sum(1 for _ in self.store.quads_for_pattern(None, SEQUENCE, None, CHANGES))

    def touching(self, iri: ox.NamedNode) -> list[str]:
        """Ids of the applied changesets whose added or removed triples mention ``iri``."""
        prefix = f"{ES}change/"
        found: set[str] = set()
        for quads in (
            self.store.quads_for_pattern(iri, None, None, None),
            self.store.quads_for_pattern(None, None, iri, None),
        ):
            for quad in quads:
                graph = quad.graph_name
                if isinstance(graph, ox.NamedNode) and graph.value.startswith(prefix):
                    change_id, _, part = graph.value[len(prefix) :].partition("/")
                    if part in ("added", "removed"):
                        found.add(change_id)
        return sorted(found)

    # ------------------------------------------------------------------------ writing

    def propose(self, proposal: Proposal, user: str) -> str:
        """Record a proposal (already validated); return its new id."""
        change_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + secrets.token_hex(3)
        node, agent = change_node(change_id), user_node(user)
        quads = [
            ox.Quad(node, TYPE, CHANGESET, CHANGES),
            ox.Quad(node, TYPE, ACTIVITY, CHANGES),
            ox.Quad(agent, TYPE, AGENT, CHANGES),
            ox.Quad(node, DESCRIPTION, ox.Literal(proposal.reason), CHANGES),
            ox.Quad(node, SOURCE, ox.Literal(proposal.source), CHANGES),
            ox.Quad(node, PROPOSED_BY, agent, CHANGES),
            ox.Quad(node, ASSOCIATED, agent, CHANGES),
            ox.Quad(node, STARTED, now(), CHANGES),
            ox.Quad(node, STATE, ox.Literal("proposed"), CHANGES),
        ]
        quads += _in_graph(proposal.add, part_graph(change_id, PARTS[0]))
        quads += _in_graph(proposal.remove, part_graph(change_id, PARTS[1]))
        with self.lock:
            self.store.extend(quads)
        return change_id

    def reject(self, change_id: str, user: str) -> None:
        """Mark a proposed changeset rejected."""
        node, agent = change_node(change_id), user_node(user)
        with self.lock:
            self._must_be_proposed(change_id)
            self.store.extend(
                [
                    ox.Quad(node, REVIEWED_BY, agent, CHANGES),
                    ox.Quad(agent, TYPE, AGENT, CHANGES),
                    ox.Quad(node, ENDED, now(), CHANGES),
                    ox.Quad(node, STATE, ox.Literal("rejected"), CHANGES),
                ]
            )

    def _must_be_proposed(self, change_id: str) -> Change:
        change = self.get(change_id, with_triples=False)
        if change is None:
            raise ChangeError(404, "no-such-change", "id", id=change_id)
        if change.state != "proposed":
            raise ChangeError(409, "not-proposed", "id", state=change.state)
        return change

    def apply(self, change_id: str, user: str, remove: list[ox.Triple], add: list[ox.Triple]) -> int:
        """Approve and apply: write ahead, change the default graph, mark applied; the new version.

        ``remove`` and ``add`` are the changeset's triples; only those that really change the
        graph (present to remove, absent to add) are recorded, so that history undoes exactly.
        """
        node, agent = change_node(change_id), user_node(user)
        with self.lock:
            self._must_be_proposed(change_id)
            removed = [t for t in remove if _quad(t) in self.store]
            added = [t for t in add if _quad(t) not in self.store]
            unchanged = set(removed) & set(add)
            removed = [t for t in removed if t not in unchanged]
            self.store.extend(
                _in_graph(removed, part_graph(change_id, "removed"))
                + _in_graph(added, part_graph(change_id, "added"))
                + [
                    ox.Quad(node, REVIEWED_BY, agent, CHANGES),
                    ox.Quad(agent, TYPE, AGENT, CHANGES),
                    ox.Quad(node, STATE, ox.Literal("approved"), CHANGES),
                ]
            )
            return self._finish(change_id)

    def _finish(self, change_id: str) -> int:
        """Change the default graph by an approved changeset's recorded triples; mark it applied."""
        node = change_node(change_id)
        for triple in self.triples(change_id, "removed"):
            self.store.remove(_quad(triple))
        self.store.extend([_quad(t) for t in self.triples(change_id, "added")])
        sequence = self.applied_count() + 1
        self.store.extend(
            [
                ox.Quad(node, GENERATED, part_graph(change_id, "added"), CHANGES),
                ox.Quad(node, INVALIDATED, part_graph(change_id, "removed"), CHANGES),
                ox.Quad(node, ENDED, now(), CHANGES),
                ox.Quad(node, SEQUENCE, ox.Literal(str(sequence), datatype=INTEGER), CHANGES),
                ox.Quad(node, STATE, ox.Literal("applied"), CHANGES),
            ]
        )
        # No Store.flush(): each write above is a RocksDB transaction in its write-ahead log,
        # which a killed process does not lose (tests/test_kill_apply.py); flushing the memtables
        # to disk on every apply cost 70-200 ms and adds nothing against a kill.
        return sequence

    def recover(self) -> list[str]:
        """Finish every changeset approved but not applied (a kill between the two); their ids."""
        finished = []
        with self.lock:
            for quad in list(self.store.quads_for_pattern(None, STATE, ox.Literal("approved"), CHANGES)):
                change_id = str(quad.subject)[1:-1].rsplit("/", 1)[-1]
                change = self.get(change_id, with_triples=False)
                if change is not None and change.state == "approved":
                    self._finish(change_id)
                    finished.append(change_id)
        return finished

    def applied_after(self, moment: str) -> list[Change]:
        """Applied changesets whose apply time is after ``moment`` (ISO text), newest first."""
        later = []
        for change_id in self.ids():
            change = self.get(change_id, with_triples=False)
            if change and change.state == "applied" and change.applied_at and change.applied_at > moment:
                later.append(change)
        return sorted(later, key=lambda c: c.sequence or 0, reverse=True)


def _quad(triple: ox.Triple) -> ox.Quad:
    return ox.Quad(triple.subject, triple.predicate, triple.object, DEFAULT)


def _in_graph(triples: Iterable[ox.Triple], graph: ox.NamedNode) -> list[ox.Quad]:
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]

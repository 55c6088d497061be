"""The change workflow over the durable store: propose, review, apply, and read the history.

This is the one place that decides whether a changeset may go in: it must not touch the
ontology (which changes through Git), every triple it removes must be in the graph, and it must
not add a violation of the shapes nor an error finding of the coherence checks
(kg_service.quality.change_validation). Approval checks all of that
again on the graph as it is then, because other changes may have been applied since the
proposal; approving and applying are one step, serialised by the journal's lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

import pyoxigraph as ox
from pydantic import Field

from kg_service.answers.records import Record
from kg_service.editing.changeset import ChangeError, Proposal
from kg_service.editing.journal import DEFAULT, Change, Journal
from kg_service.editing.users import User, UserBook
from kg_service.quality.change_validation import ChangeValidator, Verdict
from kg_service.quality.coherence import CheckViolation
from kg_service.quality.validation import ShapeFinding
from kg_service.rdf.files import load_graph, ontology_files, shape_files
from kg_service.rdf.terms import Node
from kg_service.store.durable import memory_copy, open_durable
from kg_service.store.embedded import EmbeddedStore


class RefusedError(ChangeError):
    """A change that would break the shapes or the coherence checks; carries the verdict."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(422, "invalid", "add", count=verdict.count)
        self.verdict = verdict

    def findings(self, lang: str) -> list[Refusal]:
        """Every finding the change would add, for the caller in their language."""
        shapes: list[Refusal] = [refusal(f, lang) for f in self.verdict.new_violations]
        return shapes + [refusal(f, lang) for f in self.verdict.new_check_findings]


class ShapeRefusal(Record):
    """A shape the change would break: the shape, the focus node, the path and value, the message."""

    shape: str
    focus: str
    severity: str = Field(description="Violation, Warning or Info")
    path: str | None
    value: str | None
    message: str


class CheckRefusal(Record):
    """A coherence check's error the change would add: the check, the focus node, the key values."""

    check: str
    focus: str
    severity: Literal["error"] = Field(description="always error")
    key: list[str]
    message: str


Refusal = ShapeRefusal | CheckRefusal
"""A finding that refuses a change, as the caller gets it in the error answer's ``findings``."""


def refusal(finding: ShapeFinding | CheckViolation, lang: str) -> Refusal:
    """A finding for the caller: its message in their language (Swedish falls back to Finnish).

    A shape's finding names the shape; a coherence check's names the check and its key values."""
    if isinstance(finding, CheckViolation):
        return CheckRefusal(
            check=finding.check,
            focus=finding.focus,
            severity="error",
            key=list(finding.key),
            message=finding.text(lang),
        )
    message = finding.message.get(lang) or finding.message.get("fi") or finding.text(lang)
    return ShapeRefusal(
        shape=finding.shape,
        focus=finding.focus,
        severity=finding.severity.value,
        path=finding.path,
        value=finding.value,
        message=message,
    )


def ontology_triples(paths: list[Path]) -> set[ox.Triple]:
    """The ontology files' triples, as the store holds them."""
    triples: set[ox.Triple] = set()
    for path in paths:
        triples.update(
            ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        )
    return triples


@dataclass
class Editing:
    """Changesets against one durable store, whose graph is read from a copy in memory.

    The on-disk store (RocksDB) keeps the graph and the journal; every read of the graph (the
    service's answers, validating a change, the query workers' copy) goes to ``store``, the
    default graph copied into memory at start and changed by each applied changeset right after
    the disk: an answer not yet cached took 21 ms on disk and 7.5 ms in memory (issue 10). A
    restart copies the graph again from the disk, so the copy can never outlive what was written.
    """

    store: EmbeddedStore
    journal: Journal
    validator: ChangeValidator
    users: UserBook
    ontology_subjects: set[Node]
    listeners: list[Callable[[], None]] = field(default_factory=list)
    _recorded: dict[tuple[str, int], EmbeddedStore] = field(default_factory=dict)

    @classmethod
    def open(cls, data_dir: Path, seed: list[Path]) -> Editing:
        """Open (seeding if new) the store in ``data_dir`` and finish any interrupted apply."""
        durable = open_durable(data_dir, seed)
        journal = Journal(durable.store)
        journal.recover()
        store = memory_copy(durable)
        onto = ontology_triples(ontology_files())
        validator = ChangeValidator(load_graph(shape_files()), load_graph(ontology_files()), onto)
        return cls(store, journal, validator, UserBook(data_dir), {t.subject for t in onto})

    @property
    def version(self) -> int:
        """How many changesets have been applied to this store."""
        return self.journal.applied_count()

    # ------------------------------------------------------------------------ checks

    def _screen(
        self,
        add: tuple[ox.Triple, ...] | list[ox.Triple],
        remove: tuple[ox.Triple, ...] | list[ox.Triple],
        stale: bool,
    ) -> Verdict:
        for triple in list(add) + list(remove):
            if triple.subject in self.ontology_subjects:
                raise ChangeError(422, "ontology-term", "add", term=str(triple.subject))
        for triple in remove:
            if ox.Quad(triple.subject, triple.predicate, triple.object, DEFAULT) not in self.store.store:
                raise ChangeError(
                    409 if stale else 422, "stale" if stale else "not-in-graph", "remove", triple=str(triple)
                )
        verdict = self.validator.check(self.store.store, add, remove)
        if not verdict.accepted:
            raise RefusedError(verdict)
        return verdict

    def validate(self, proposal: Proposal) -> Verdict:
        """Judge a proposal on the graph as it is now (raises RefusedError or ChangeError)."""
        return self._screen(proposal.add, proposal.remove, stale=False)

    # ------------------------------------------------------------------------ workflow

    def propose(self, proposal: Proposal, user: User) -> tuple[str, Verdict]:
        """Validate and record a proposal; its id and the verdict."""
        with self.journal.lock:
            verdict = self.validate(proposal)
            return self.journal.propose(proposal, user.name), verdict

    def review(self, change_id: str, user: User, approve: bool) -> Change:
        """Approve (and so apply) or reject a proposal; never the reviewer's own."""
        with self.journal.lock:
            change = self.journal.get(change_id)
            if change is None:
                raise ChangeError(404, "no-such-change", "id", id=change_id)
            if change.state != "proposed":
                raise ChangeError(409, "not-proposed", "id", state=change.state)
            if change.proposed_by == user.name:
                raise ChangeError(403, "own-proposal", "id")
            if approve:
                self._screen(change.add, change.remove, stale=True)
                self.journal.apply(change_id, user.name, change.remove, change.add)
                self._copy_applied(change_id)
                self.store.mark_changed()  # caches and the query workers follow Store.version()
                self._recorded.clear()
                for listener in self.listeners:
                    listener()
            else:
                self.journal.reject(change_id, user.name)
        found = self.journal.get(change_id)
        if found is None:
            raise ChangeError(404, "no-such-change", "id", id=change_id)
        return found

    def _copy_applied(self, change_id: str) -> None:
        """Change the graph in memory as the journal changed it on disk (its recorded triples)."""
        for triple in self.journal.triples(change_id, "removed"):
            self.store.store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, DEFAULT))
        self.store.store.extend(
            ox.Quad(t.subject, t.predicate, t.object, DEFAULT)
            for t in self.journal.triples(change_id, "added")
        )

    # ------------------------------------------------------------------------ reading

    def recorded(self, day: date) -> EmbeddedStore:
        """The graph as it was recorded at the end of ``day`` (transaction time), in memory.

        The current graph with every change applied after that day undone, newest first; exact
        because the journal records only the triples a change really added and removed.
        """
        key = (day.isoformat(), self.version)
        if key not in self._recorded:
            later = self.journal.applied_after(day.isoformat() + "T23:59:59.999Z")
            copy = ox.Store()
            copy.bulk_extend(self.store.store.quads_for_pattern(None, None, None, DEFAULT))
            for change in later:
                for triple in self.journal.triples(change.id, "added"):
                    copy.remove(ox.Quad(triple.subject, triple.predicate, triple.object, DEFAULT))
                copy.extend(
                    ox.Quad(t.subject, t.predicate, t.object, DEFAULT)
                    for t in self.journal.triples(change.id, "removed")
                )
            self._recorded.clear()
            self._recorded[key] = EmbeddedStore(copy)
        return self._recorded[key]

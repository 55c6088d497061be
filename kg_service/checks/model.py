"""What a check run produces: findings, the before/after table, and the run's verdict.

Plain dataclasses with `as_dict()` for JSON; the report module renders the same objects as
Markdown and HTML, so the three formats cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg_service.answers.labels import pick
from kg_service.checks.loader import Severity
from kg_service.namespaces import shorten

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Ref:
    """A node with its labels by language (empty for a node the graph gives no name)."""

    id: str
    labels: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str) -> str:
        """The label in ``lang`` (else Finnish, English, Swedish), else the prefixed IRI."""
        return pick(dict(self.labels), lang) or shorten(self.id)

    def as_dict(self) -> dict[str, object]:
        """{"id": ..., "label": {"fi": ..., "en": ...}}; a label without a language is under "und"."""
        return {"id": self.id, "label": {lang or "und": text for lang, text in self.labels}}


@dataclass(frozen=True)
class Source:
    """A place in a source document that a finding rests on (the draft's own rows included)."""

    about: Ref
    location: str
    document: Ref | None
    locator: str | None
    quote: str | None
    in_draft: bool

    def as_dict(self) -> dict[str, object]:
        """The source as JSON."""
        return {
            "about": self.about.as_dict(),
            "location": self.location,
            "document": self.document.as_dict() if self.document else None,
            "locator": self.locator,
            "quote": self.quote,
            "inDraft": self.in_draft,
        }


@dataclass
class Finding:
    """One incoherence: which check, how bad, what it says, and what it concerns."""

    id: str
    severity: Severity
    message: dict[str, str]
    in_draft: bool
    key: tuple[str, ...]
    tasks: list[Ref] = field(default_factory=list)
    actors: list[Ref] = field(default_factory=list)
    provisions: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    subjects: list[Ref] = field(default_factory=list)
    date: str | None = None

    def sort_key(self) -> tuple[int, bool, str, tuple[str, ...]]:
        """Errors first; within a severity what the draft adds first; then by check and key."""
        return (SEVERITY_ORDER[self.severity], not self.in_draft, self.id, self.key)

    def as_dict(self) -> dict[str, object]:
        """The finding as JSON."""
        return {
            "id": self.id,
            "severity": self.severity.value,
            "message": self.message,
            "inDraft": self.in_draft,
            "provisions": self.provisions,
            "tasks": [t.as_dict() for t in self.tasks],
            "actors": [a.as_dict() for a in self.actors],
            "date": self.date,
            "subjects": [s.as_dict() for s in self.subjects],
            "sources": [s.as_dict() for s in self.sources],
            "key": list(self.key),
        }


@dataclass(frozen=True)
class DutyRow:
    """One line of the who-does-what table: an actor in a role in a task, with its periods."""

    actor: Ref
    task: Ref
    role: Ref
    periods: tuple[tuple[str | None, str | None], ...]
    bases: tuple[Ref, ...] = ()
    provisions: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The row as JSON."""
        return {
            "actor": self.actor.as_dict(),
            "task": self.task.as_dict(),
            "role": self.role.as_dict(),
            "periods": [{"start": s, "end": e} for s, e in self.periods],
            "legalBasis": [b.as_dict() for b in self.bases],
            "provisions": list(self.provisions),
        }


@dataclass
class Diff:
    """Who does what before and after the draft: rows added, removed and changed."""

    added: list[DutyRow] = field(default_factory=list)
    removed: list[DutyRow] = field(default_factory=list)
    changed: list[tuple[DutyRow, DutyRow]] = field(default_factory=list)
    unchanged: int = 0

    def as_dict(self) -> dict[str, object]:
        """The table as JSON."""
        return {
            "added": [r.as_dict() for r in self.added],
            "removed": [r.as_dict() for r in self.removed],
            "changed": [{"before": b.as_dict(), "after": a.as_dict()} for b, a in self.changed],
            "unchanged": self.unchanged,
        }


@dataclass
class CheckResult:
    """A whole run: findings with and without the draft, the before/after table and the verdict."""

    draft_name: str
    draft_format: str
    at: str | None
    findings: list[Finding]
    resolved: list[Finding]
    diff: Diff
    replaced: list[dict[str, str]] = field(default_factory=list)
    checks: list[dict[str, object]] = field(default_factory=list)

    @property
    def coherent(self) -> bool:
        """True when no finding of error severity remains (warnings and notes allowed)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def count(self, severity: Severity, in_draft: bool | None = None) -> int:
        """How many findings of a severity (only the draft's, only the current graph's, or all)."""
        return sum(
            1
            for f in self.findings
            if f.severity is severity and (in_draft is None or f.in_draft is in_draft)
        )

    def as_dict(self) -> dict[str, object]:
        """The run as JSON: {"findings": [...], "diff": {...}, ...}."""
        return {
            "coherent": self.coherent,
            "draft": {"name": self.draft_name, "format": self.draft_format},
            "at": self.at,
            "summary": {s.value: {"total": self.count(s), "inDraft": self.count(s, True)} for s in Severity},
            "findings": [f.as_dict() for f in self.findings],
            "resolved": [f.as_dict() for f in self.resolved],
            "diff": self.diff.as_dict(),
            "replaced": self.replaced,
            "checks": self.checks,
        }

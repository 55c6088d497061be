"""What a check run produces: findings, the before/after table, and the run's verdict.

Pydantic models whose fields are the JSON answer: the runner builds them, the report module
renders the same objects as Markdown and HTML (so the formats cannot disagree), and POST /api/check
documents its answer with these very classes (api/models.py), so /openapi.json cannot drift
from what is sent.
"""

from __future__ import annotations

from pydantic import Field, computed_field

from kg_service.answers.labels import pick
from kg_service.answers.records import Period, Record
from kg_service.checks.loader import Severity
from kg_service.namespaces import shorten

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
UNTAGGED = "und"
"""The key of a label without a language in a report's label map (BCP 47's 'undetermined')."""


class CheckRef(Record):
    """A node in a check report, with its labels by language (empty for a node the graph gives no name)."""

    id: str
    label: dict[str, str] = Field(default_factory=dict)

    @classmethod
    def of(cls, iri: str, labels: dict[str, str] | None = None) -> CheckRef:
        """The node with its labels as fetched ({language or '': text})."""
        return cls(id=iri, label={lang or UNTAGGED: text for lang, text in sorted((labels or {}).items())})

    def text(self, lang: str) -> str:
        """The label in ``lang`` (else Finnish, English, Swedish), else the prefixed IRI."""
        labels = {("" if code == UNTAGGED else code): text for code, text in self.label.items()}
        return pick(labels, lang) or shorten(self.id)


class CheckSource(Record):
    """Where a finding's statement comes from (the draft's own rows included), and whether that is
    the draft itself."""

    about: CheckRef
    location: str
    document: CheckRef | None = None
    locator: str | None = None
    quote: str | None = None
    in_draft: bool = Field(serialization_alias="inDraft")


class CheckFinding(Record):
    """One incoherence: which check, how bad, what it says, and what it concerns."""

    id: str
    severity: Severity
    message: dict[str, str]
    in_draft: bool = Field(serialization_alias="inDraft")
    provisions: list[str] = Field(default_factory=list)
    tasks: list[CheckRef] = Field(default_factory=list)
    actors: list[CheckRef] = Field(default_factory=list)
    date: str | None = None
    subjects: list[CheckRef] = Field(default_factory=list)
    sources: list[CheckSource] = Field(default_factory=list)
    key: tuple[str, ...]

    def sort_key(self) -> tuple[int, bool, str, tuple[str, ...]]:
        """Errors first; within a severity what the draft adds first; then by check and key."""
        return (SEVERITY_ORDER[self.severity], not self.in_draft, self.id, self.key)


class DutyRow(Record):
    """One line of the who-does-what table, before or after the draft: an actor in a role in a
    task, with its periods, legal bases and (after) the draft's provisions."""

    actor: CheckRef
    task: CheckRef
    role: CheckRef
    periods: list[Period]
    bases: list[CheckRef] = Field(default_factory=list, serialization_alias="legalBasis")
    provisions: list[str] = Field(default_factory=list)


class ChangedDuty(Record):
    """A line the draft changes."""

    before: DutyRow
    after: DutyRow


class DutyDiff(Record):
    """Who does what before and after the draft: lines added, removed and changed."""

    added: list[DutyRow] = Field(default_factory=list)
    removed: list[DutyRow] = Field(default_factory=list)
    changed: list[ChangedDuty] = Field(default_factory=list)
    unchanged: int = 0


class DraftName(Record):
    """The draft checked."""

    name: str
    format: str


class SeverityCount(Record):
    """Findings of one severity: in all, and in the draft's own statements."""

    total: int
    in_draft: int = Field(serialization_alias="inDraft")


class CheckSummary(Record):
    """A check that was run and how many findings it gave."""

    id: str
    severity: Severity
    summary: dict[str, str]
    findings: int


class ReplacedValue(Record):
    """A value of the current graph that the draft replaces."""

    subject: str
    property: str
    value: str


class CheckReport(Record):
    """A whole run: findings with and without the draft, the before/after table and the verdict."""

    draft: DraftName
    at: str | None = None
    findings: list[CheckFinding]
    resolved: list[CheckFinding]
    diff: DutyDiff
    replaced: list[ReplacedValue] = Field(default_factory=list)
    checks: list[CheckSummary] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def coherent(self) -> bool:
        """True when no finding of error severity remains (warnings and notes allowed)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def summary(self) -> dict[str, SeverityCount]:
        """Findings by severity: in all, and in the draft's own statements."""
        return {s.value: SeverityCount(total=self.count(s), in_draft=self.count(s, True)) for s in Severity}

    def count(self, severity: Severity, in_draft: bool | None = None) -> int:
        """How many findings of a severity (only the draft's, only the current graph's, or all)."""
        return sum(
            1
            for f in self.findings
            if f.severity is severity and (in_draft is None or f.in_draft is in_draft)
        )

    def as_dict(self) -> dict[str, object]:
        """The run as JSON, the verdict first for a reader of the file."""
        return {"coherent": self.coherent} | self.model_dump(mode="json", by_alias=True)

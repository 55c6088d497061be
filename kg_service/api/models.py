"""The JSON answers of the /api routes as Pydantic models, so /openapi.json names every field.

A route declares its model with ``response_model=``; FastAPI then checks each answer against it
and documents it, and a client can generate code from the description. The records answers are
built of (a labelled node, a period, a source, a status, a responsibility row) are declared once,
in kg_service/answers/records.py, and nested here as they are; so is the base ``Model``
(``extra="forbid"``: a field the answer carries but the model lacks is an error in the tests).
POST /api/check answers with the check run's own records (kg_service/checks/model.py).
"""

from __future__ import annotations

from pydantic import Field

from kg_service.answers.records import DatedNameRecord, Ref, Responsibility, Schedule, Source, Status
from kg_service.answers.records import Record as Model
from kg_service.search.results import SearchHit
from kg_service.vocabulary.downloads import DownloadItem
from kg_service.vocabulary.records import TermEntry


class Responsibilities(Model):
    """The answer of /api/responsibilities."""

    lang: str
    filters: dict[str, str]
    count: int
    rows: list[Responsibility]


class ActorItem(Model):
    """An actor in the list: its types (classes), kinds and dates of existence."""

    actor: Ref
    types: list[str]
    kinds: list[Ref]
    start: str | None = None
    end: str | None = None


class ActorList(Model):
    """The answer of /api/actors."""

    lang: str
    count: int
    actors: list[ActorItem]


class SubOrganisation(Model):
    """A unit or section of an organisation (e.g. a section of the advisory council), with its dates."""

    unit: Ref
    start: str | None = None
    end: str | None = None


class ActorCard(Model):
    """The answer of /api/actors/{id}."""

    lang: str
    id: str
    at: str | None = Field(None, description="the day the names and duties are as of (YYYY-MM-DD)")
    labels: dict[str, str] = Field(description="the names in force on `at` (without it, today's)")
    names: list[DatedNameRecord] = Field([], description="the names the actor bore, each with its period")
    facts: dict[str, list[str]]
    sub_organisations: list[SubOrganisation] = Field(alias="subOrganisations")
    sources: list[Source]
    responsibilities: list[Responsibility]


class TaskItem(Model):
    """A task in a list, with what it is part of, its status and due date."""

    task: Ref
    parent: Ref | None = None
    status: Status | None = None
    due: str | None = None


class TaskList(Model):
    """The answer of /api/tasks."""

    lang: str
    at: str = Field(description="the day the statuses are in force (YYYY-MM-DD)")
    count: int
    tasks: list[TaskItem]


class TaskCard(Model):
    """The answer of /api/tasks/{id}."""

    lang: str
    id: str
    labels: dict[str, str]
    at: str = Field(description="the day the status is in force (YYYY-MM-DD)")
    status: Status | None = None
    statusNote: str | None = None  # noqa: N815
    due: str | None = None
    schedules: list[Schedule]
    outputs: list[Ref]
    relations: dict[str, list[Ref | str]]
    sources: list[Source]
    responsibilities: list[Responsibility]


class ProcessItem(Model):
    """The model, a part or a workstream, with what it belongs to."""

    node: Ref
    type: str | None = None
    parent: Ref | None = None


class ProcessList(Model):
    """The answer of /api/processes."""

    lang: str
    processes: list[ProcessItem]


class ProcessCard(Model):
    """The answer of /api/processes/{id}."""

    lang: str
    id: str
    labels: dict[str, str]
    children: list[ProcessItem]
    tasks: list[TaskItem]


class TimelineItem(Model):
    """A task or milestone falling due in the period, with who takes part in it."""

    item: Ref
    type: str | None = None
    due: str | None = None
    start: str | None = None
    notation: str | None = None
    status: Status | None = Field(None, description="the status in force on the period's last day")
    responsibilities: list[Responsibility]
    outputs: list[Ref] = Field(description="what the task produces (empty for milestones)")


class Timeline(Model):
    """The answer of /api/timeline."""

    lang: str
    from_: str = Field(alias="from")
    to: str
    count: int
    items: list[TimelineItem]


class SearchResults(Model):
    """The answer of /api/search."""

    q: str
    lang: str
    count: int
    results: list[SearchHit]


class QueryParameter(Model):
    """A typed parameter of a stored query."""

    name: str
    type: str = Field(description="iri, date, lang, string or integer")
    required: bool
    description: str


class QueryDescription(Model):
    """A stored query: what it answers, its parameters, columns and an example call."""

    name: str
    summary: dict[str, str]
    audience: str
    parameters: list[QueryParameter]
    columns: list[str]
    example: dict[str, str]
    path: str


class QueryList(Model):
    """The answer of /api/queries."""

    count: int
    queries: list[QueryDescription]


class SparqlVariables(Model):
    """The `head` of SPARQL 1.1 JSON results."""

    vars: list[str]


class SparqlBindings(Model):
    """The `results` of SPARQL 1.1 JSON results: one object per row, variable -> RDF term."""

    bindings: list[dict[str, dict[str, str]]]


class SparqlResults(Model):
    """A stored query's rows as SPARQL 1.1 Query Results JSON (the default format)."""

    head: SparqlVariables
    results: SparqlBindings


class DiagramKind(Model):
    """A diagram kind, its formats (the first is the default) and their media types."""

    kind: str
    formats: list[str]
    path: str
    media_types: dict[str, str]


class DiagramKinds(Model):
    """The answer of /api/diagrams."""

    kinds: list[DiagramKind]


class QueryWorkersStatus(Model):
    """How busy the processes running callers' queries are."""

    workers: int
    busy: int
    waiting: int
    stopped: int


class Health(Model):
    """The answer of /health: ok or saturated (every query worker taken), the graph's version and size."""

    status: str
    store: str
    version: str
    triples: int
    queryWorkers: QueryWorkersStatus | None = None  # noqa: N815 - the JSON name
    warmedUp: bool | None = Field(  # noqa: N815 - the JSON name
        None, description="whether the page caches are built (null: the service does not warm up)"
    )


# ------------------------------------------------------------------- areas, themes (issue 11)


class CentreServing(Model):
    """An ELY Centre or Economic Development Centre serving an employment area on the date."""

    centre: Ref
    kind: Ref
    municipalities: int = Field(description="how many of the area's municipalities it is competent for")
    start: str | None = None
    end: str | None = None
    sources: list[Source]


class AreaCentres(Model):
    """The answer of /api/employment-areas/{id}/centres."""

    lang: str
    area: Ref
    at: str
    centres: list[CentreServing]


class ThemePeriod(Model):
    """A theme's implementation period: dates and the source's own notation."""

    id: str
    label: str | None = None
    start: str | None = None
    end: str | None = None
    notation: str | None = None


class FundingEstimate(Model):
    """A funding frame estimate as the source states it."""

    amount: float
    currency: str


class ThemeCard(Model):
    """A national theme of a funding programme."""

    id: str
    label: str | None = None
    labels: dict[str, str]
    programme: Ref | None = None
    period: ThemePeriod | None = None
    fundingEstimate: FundingEstimate | None = None  # noqa: N815
    specificObjectives: list[Ref]  # noqa: N815
    sources: list[Source]


class ThemeAnswer(ThemeCard):
    """The answer of /api/themes/{id}."""

    lang: str


class ThemeList(Model):
    """The answer of /api/themes."""

    lang: str
    count: int
    themes: list[ThemeCard]


# ---------------------------------------------------------------- vocabulary (issue 11)


class VocabularyIndex(Model):
    """The answer of /api/vocabulary: terms by kind (class, property, shape, scheme)."""

    lang: str
    count: int
    terms: dict[str, list[TermEntry]]


class DownloadList(Model):
    """The answer of /api/downloads."""

    lang: str
    downloads: list[DownloadItem]


class ChangeDiff(Model):
    """The triples a changeset adds and removes, as N-Triples lines."""

    add: list[str]
    remove: list[str]


class ChangeRecord(Model):
    """A changeset: its state (proposed, rejected, approved, applied), who and when, why, and its diff."""

    id: str
    state: str = Field(description="proposed, rejected, approved or applied")
    reason: str
    source: str
    proposedBy: str | None = None  # noqa: N815
    proposedAt: str | None = None  # noqa: N815
    reviewedBy: str | None = None  # noqa: N815
    appliedAt: str | None = None  # noqa: N815
    version: int | None = Field(None, description="the changeset's place in the journal")
    diff: ChangeDiff


class ChangeList(Model):
    """Changesets, newest first, and the graph version they were listed at."""

    version: int = Field(description="how many changesets have been applied to the store")
    count: int
    changes: list[ChangeRecord]


class ChangeValidation(Model):
    """How a proposal was validated: incrementally (its focus nodes) or in full, and how long it took."""

    mode: str
    focusNodes: int  # noqa: N815
    ms: float


class Proposed(Model):
    """A changeset accepted for review: its id and its validation."""

    id: str
    state: str
    validation: ChangeValidation


class History(Model):
    """Applied changesets that mention an entity, oldest first."""

    entity: str
    count: int
    changes: list[ChangeRecord]

"""The records answers are made of: a labelled node, a period, a schedule, a source, a task's
status and a responsibility row, each declared once as a Pydantic model.

Answers builds them (answers/assemble.py), the web pages read their attributes, and the /api
routes answer with them: api/models.py nests these same classes in its response models, so
/openapi.json describes exactly what is built and a field cannot be added in one place and
forgotten in the other. Field names are the JSON names (camelCase where the API has always
written them so). ``extra="forbid"`` makes a field the answer carries but the record lacks an
error in the tests, not a silent loss.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """The base of every answer record and response model: unknown fields are an error, and every
    field is always in the JSON (a None as null), so the published schema marks each one required."""

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, json_schema_serialization_defaults_required=True
    )


class Ref(Record):
    """An IRI with its label in the asked language (None when the graph has none there)."""

    id: str
    label: str | None = None


class Period(Record):
    """Dates as YYYY-MM-DD; None is open (since always, or until further notice)."""

    start: str | None = None
    end: str | None = None


class Schedule(Period):
    """A scheduled period of a task, with its notation (e.g. 'Q1 annually')."""

    notation: str | None = None


class Source(Record):
    """Where a statement comes from: the document, the place in it, the source's own words."""

    location: str
    document: Ref
    locator: str | None = None
    quote: str | None = None
    cites: list[Ref] = []


class DatedNameRecord(Period):
    """A name a node bore for a period (answers/names.py), in the languages the source gives, with
    whether it is the name on the asked day, its confidence and its sources."""

    id: str
    labels: dict[str, str]
    current: bool = Field(description="whether this is the name on the asked day")
    confidence: Ref | None = None
    sources: list[Source] = []


class Status(Record):
    """A task's status in force on the asked day: the latest observation dated on or before it."""

    id: str
    label: str | None = None
    code: str = Field(description="not-started, in-progress or done")
    asOf: str = Field(description="the day the observation describes (YYYY-MM-DD)")  # noqa: N815
    note: str | None = Field(None, description="the source's own status note")
    observation: str
    confidence: Ref | None = Field(None, description="how certain the reading of the status is")
    asOfConfidence: Ref | None = Field(None, description="how certain the date is")  # noqa: N815
    sources: list[Source] = []


class Responsibility(Record):
    """Who is responsible for a task, in which role, over which period, on what basis."""

    assignment: str
    actor: Ref | None = None
    holder: Ref | None = None
    role: Ref | None = None
    raci: str | None = Field(None, description="A, R, C or I")
    task: Ref | None = None
    inheritedFrom: Ref | None = Field(None, description="the workstream, part or model assigned")  # noqa: N815
    period: Period
    due: str | None = None
    status: Ref | None = None
    statusNote: str | None = None  # noqa: N815
    statusAsOf: str | None = None  # noqa: N815
    legalBasis: list[Ref] = []  # noqa: N815
    confidence: Ref | None = None
    sources: list[Source] = []

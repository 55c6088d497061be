"""The rows each diagram is drawn from, and the data of each kind, as typed records.

diagrams/data.py gathers them through the stored queries; the kind modules draw them, describe.py
puts them in words and documents/ cites their tasks' sources. Labels are already in the asked
language (None where the graph has none there); IRIs are plain strings. Tests hand-make them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg_service.answers.records import Schedule
from kg_service.diagrams.common import Caption


@dataclass(frozen=True)
class RoleRow:
    """A role of an actor in a task after inheritance: the RACI code, the role and its dates."""

    task: str
    task_label: str | None
    group: str | None
    """The workstream or part the task belongs to."""
    group_label: str | None
    actor: str
    actor_label: str | None
    raci: str
    role: str
    role_label: str | None
    inherited: bool
    """True when the role is given to a workstream, part or the model the task is part of."""
    via: str | None
    via_label: str | None
    start: str | None
    end: str | None


@dataclass
class TaskRow:
    """A task with its status on the asked day and its schedules (and, for dependencies, its group)."""

    task: str
    label: str | None
    status: str | None
    status_label: str | None
    schedules: list[Schedule] = field(default_factory=list)
    group: str | None = None
    group_label: str | None = None


@dataclass(frozen=True)
class Relation:
    """An organisational relation between two actors (org:unitOf, org:memberOf, ...)."""

    actor: str | None
    relation: str | None
    other: str | None


@dataclass(frozen=True)
class ActorRow:
    """An actor shown in the roles diagram, with its classes."""

    actor: str
    label: str | None
    types: list[str]


@dataclass
class Clock:
    """An annual clock, and the clock it is a variant of (an election year's, for example)."""

    clock: str
    label: str | None
    variant_of: str | None
    variant_of_label: str | None


@dataclass
class Milestone:
    """A milestone of an annual clock: its month, dates and notation."""

    clock: str | None
    milestone: str | None
    type: str | None
    month: str | None
    start: str | None
    end: str | None
    notation: str | None
    label: str | None = None
    type_label: str | None = None


@dataclass
class Feed:
    """A task whose result feeds the preparation of a decree."""

    task: str | None
    preparation: str | None
    decree: str | None
    preparation_label: str | None = None
    decree_label: str | None = None


@dataclass(frozen=True)
class Stated:
    """A dependency a source states: ``before`` must be done before ``after``."""

    before: str
    after: str


@dataclass
class DiagramData:
    """What every kind's data has: the caption (title and filters) the drawing carries."""

    caption: Caption


@dataclass
class RaciData(DiagramData):
    """What the RACI matrix is drawn from."""

    rows: list[RoleRow]
    legend: dict[str, str]
    """RACI code -> the label of its role in the graph."""


@dataclass
class RolesData(DiagramData):
    """What the roles diagram is drawn from."""

    assignments: list[RoleRow]
    relations: list[Relation]
    actors: list[ActorRow]
    legend: dict[str, str]


@dataclass
class SwimlaneData(DiagramData):
    """What the swimlane is drawn from."""

    rows: list[RoleRow]
    tasks: list[TaskRow]
    legend: dict[str, str]
    at: str | None
    statuses: dict[str, str]
    """status IRI -> its label."""


@dataclass
class AnnualClockData(DiagramData):
    """What the annual clock is drawn from."""

    at: str | None
    clocks: list[Clock]
    milestones: list[Milestone]


@dataclass
class DependenciesData(DiagramData):
    """What the dependency diagram is drawn from."""

    tasks: list[TaskRow]
    stated: list[Stated]
    feeds: list[Feed]
    relations: dict[str, str]
    """'feeds' and 'resulted' -> the labels of those properties."""
    statuses: dict[str, str]

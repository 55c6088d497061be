"""The rows each diagram is drawn from, gathered by running stored queries through Answers.

This is the only place where the diagrams meet the store: every SPARQL query is a stored one in
queries/ (task-roles, actor-relations, milestone-tasks, stated-dependencies, annual-clock,
decree-preparation, actors, task-facts, labels, dated-names). The result is plain lists of dicts
with labels already in the asked language, as the typed records of diagrams/rows.py, so the
diagram modules are pure functions of them and tests can hand-make the rows.

Filters mean the same for every kind: ``part`` keeps what lies inside that part of the model (or
workstream); ``actor`` keeps the tasks in which the actor, or a kind of actor it belongs to, has a
role, with everyone's roles on them; ``at`` keeps the assignments (and organisational relations)
in force on that date, and names every node as it was named that day (answers/names.py).
Inherited assignments (given to a workstream, a part or the whole model) are dropped where a
nearer scope has its own of the same RACI code, as everywhere in the service.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg_service.answers.assemble import Answers, TaskFacts
from kg_service.diagrams.common import Caption, caption, sort_key
from kg_service.diagrams.rows import (
    ActorRow,
    AnnualClockData,
    Clock,
    DependenciesData,
    Feed,
    Milestone,
    RaciData,
    Relation,
    RoleRow,
    RolesData,
    Stated,
    SwimlaneData,
    TaskRow,
)
from kg_service.namespaces import ES, ESO
from kg_service.store.base import value

ROLE_SCHEME = {
    "R": ES["role/responsible"],
    "A": ES["role/accountable"],
    "C": ES["role/consulted"],
    "I": ES["role/informed"],
}
RELATIONS = {"feeds": str(ESO.feedsDecreePreparation), "resulted": str(ESO.resultedIn)}


@dataclass(frozen=True)
class Filters:
    """What the caller asked for: language, and the date, part and actor filters (IRIs, ISO date)."""

    lang: str = "fi"
    at: str | None = None
    part: str | None = None
    actor: str | None = None

    def raw(self) -> dict[str, str]:
        """The task-roles query's parameters."""
        pairs = {"scope": self.part, "actor": self.actor, "at": self.at}
        return {name: text for name, text in pairs.items() if text}


def _caption(answers: Answers, kind: str, filters: Filters) -> Caption:
    refs = answers.refs({iri for iri in (filters.part, filters.actor) if iri}, filters.lang, filters.at)
    return caption(
        kind,
        filters.lang,
        refs[filters.part].label if filters.part else None,
        refs[filters.actor].label if filters.actor else None,
        filters.at,
    )


def _label(refs: dict, iri: str | None) -> str | None:
    return (refs[iri].label or iri) if iri else None


def role_rows(answers: Answers, filters: Filters) -> list[RoleRow]:
    """One row per (task, actor, RACI code, role) after inheritance, labelled, in a fixed order."""
    rows = answers.nearest(answers.run("task-roles", filters.raw()))
    unique: dict[tuple[str, ...], dict[str, str | None]] = {}
    for row in rows:
        names = ("task", "holder", "raciCode", "role", "via", "start", "end")
        key = tuple(value(row, name) or "" for name in names)
        parent = value(row, "parent")
        known = unique.get(key)
        if known is None or (parent or "") < (known["parent"] or ""):
            unique[key] = {name: value(row, name) for name in (*names, "parent")}
    iris = {
        iri
        for row in unique.values()
        for name in ("task", "holder", "role", "via", "parent")
        if (iri := row[name])
    }
    refs = answers.refs(iris, filters.lang, filters.at)
    shaped = [
        RoleRow(
            task=row["task"] or "",
            task_label=_label(refs, row["task"]),
            group=row["parent"],
            group_label=_label(refs, row["parent"]),
            actor=row["holder"] or "",
            actor_label=_label(refs, row["holder"]),
            raci=row["raciCode"] or "",
            role=row["role"] or "",
            role_label=_label(refs, row["role"]),
            inherited=row["via"] != row["task"],
            via=row["via"],
            via_label=_label(refs, row["via"]),
            start=row["start"],
            end=row["end"],
        )
        for row in unique.values()
    ]
    return sorted(
        shaped,
        key=lambda r: (
            sort_key(str(r.task_label), r.task),
            sort_key(str(r.actor_label), r.actor),
            r.raci,
            r.role,
            str(r.via),
            r.start or "",
            r.end or "",
        ),
    )


def raci_legend(answers: Answers, lang: str) -> dict[str, str]:
    """The RACI codes with the labels of their roles in the graph."""
    refs = answers.refs({str(iri) for iri in ROLE_SCHEME.values()}, lang)
    return {code: refs[str(iri)].label or code for code, iri in ROLE_SCHEME.items()}


def gather_raci(answers: Answers, filters: Filters) -> RaciData:
    """Rows of the RACI matrix."""
    return RaciData(
        caption=_caption(answers, "raci", filters),
        rows=role_rows(answers, filters),
        legend=raci_legend(answers, filters.lang),
    )


def gather_roles(answers: Answers, filters: Filters) -> RolesData:
    """Assignments (for the task relations), organisational relations and the actors' types."""
    rows = role_rows(answers, filters)
    relations = [
        Relation(actor=value(r, "actor"), relation=value(r, "relation"), other=value(r, "other"))
        for r in answers.run("actor-relations", {"at": filters.at} if filters.at else {})
    ]
    actors = {r.actor for r in rows} | {str(iri) for r in relations for iri in (r.actor, r.other)}
    types: dict[str, set[str]] = {}
    for row in answers.run_for_many("actors", "actor", actors):
        types.setdefault(value(row, "actor") or "", set()).add(value(row, "type") or "")
    refs = answers.refs(actors, filters.lang, filters.at)
    return RolesData(
        caption=_caption(answers, "roles", filters),
        assignments=rows,
        relations=relations,
        actors=[
            ActorRow(actor=iri, label=_label(refs, iri), types=sorted(types.get(iri, set())))
            for iri in sorted(actors)
        ],
        legend=raci_legend(answers, filters.lang),
    )


def _tasks_with_facts(answers: Answers, tasks: set[str], filters: Filters) -> list[TaskRow]:
    """Status (labelled) and schedules of each task, in task order."""
    lang = filters.lang
    facts = answers.task_facts(tasks, filters.at)
    statuses = {f.status for f in facts.values() if f.status}
    refs = answers.refs(tasks | statuses, lang, filters.at)
    shaped: list[TaskRow] = []
    for task in sorted(tasks):
        fact = facts.get(task) or TaskFacts()
        schedules = sorted(
            fact.schedules.values(), key=lambda s: (s.start or "", s.end or "", s.notation or "")
        )
        shaped.append(
            TaskRow(
                task=task,
                label=_label(refs, task),
                status=fact.status,
                status_label=_label(refs, fact.status),
                schedules=schedules,
            )
        )
    return shaped


def gather_swimlane(answers: Answers, filters: Filters) -> SwimlaneData:
    """Roles on tasks and the tasks' schedules and statuses."""
    rows = role_rows(answers, filters)
    tasks = _tasks_with_facts(answers, {r.task for r in rows}, filters)
    return SwimlaneData(
        caption=_caption(answers, "swimlane", filters),
        rows=rows,
        tasks=tasks,
        legend=raci_legend(answers, filters.lang),
        at=filters.at,
        statuses=status_labels(answers, filters.lang),
    )


def status_labels(answers: Answers, lang: str) -> dict[str, str]:
    iris = {str(ES[f"status/{key}"]) for key in ("not-started", "in-progress", "done")}
    refs = answers.refs(iris, lang)
    return {iri: refs[iri].label or iri for iri in sorted(iris)}


def gather_annual_clock(answers: Answers, filters: Filters) -> AnnualClockData:
    """The clocks and their milestones, kept to the part and to the actor's tasks if asked."""
    rows = answers.run("annual-clock", {})
    clocks = {value(r, "clock") or "" for r in rows}
    if filters.part:
        inside = answers.ancestors(clocks)
        clocks = {c for c in clocks if filters.part in inside.get(c, set())}
    keep_milestone = None
    if filters.actor:
        tasks = {r.task for r in role_rows(answers, filters)}
        keep_milestone = {
            value(r, "milestone") for r in answers.run("milestone-tasks", {}) if value(r, "task") in tasks
        }
    milestones = [
        Milestone(
            **{
                name: value(r, name)
                for name in ("clock", "milestone", "type", "month", "start", "end", "notation")
            }
        )
        for r in rows
        if value(r, "milestone")
        and value(r, "clock") in clocks
        and (keep_milestone is None or value(r, "milestone") in keep_milestone)
    ]
    variants = {value(r, "clock"): value(r, "variantOf") for r in rows if value(r, "clock") in clocks}
    iris = (
        clocks
        | {str(v) for v in variants.values() if v}
        | {str(iri) for m in milestones for iri in (m.milestone, m.type)}
    )
    refs = answers.refs(iris, filters.lang, filters.at)
    for milestone in milestones:
        milestone.label = _label(refs, milestone.milestone)
        milestone.type_label = _label(refs, milestone.type)
    return AnnualClockData(
        caption=_caption(answers, "annual-clock", filters),
        at=filters.at,
        clocks=[
            Clock(
                clock=c,
                label=_label(refs, c),
                variant_of=variants.get(c),
                variant_of_label=_label(refs, variants.get(c)),
            )
            for c in sorted(clocks)
        ],
        milestones=sorted(milestones, key=lambda m: (str(m.clock), str(m.start), str(m.milestone))),
    )


def gather_dependencies(answers: Answers, filters: Filters) -> DependenciesData:
    """Tasks with their groups, schedules and statuses, and the tasks' decree-preparation links."""
    rows = role_rows(answers, filters)
    groups = {r.task: (r.group, r.group_label) for r in rows}
    tasks = _tasks_with_facts(answers, set(groups), filters)
    for task in tasks:
        task.group, task.group_label = groups[task.task]
    feeds = [
        Feed(task=value(r, "task"), preparation=value(r, "preparation"), decree=value(r, "decree"))
        for r in answers.run("decree-preparation", {})
        if value(r, "task") in groups
    ]
    unique = {(f.task, f.preparation, f.decree): f for f in feeds}
    iris = {iri for f in unique.values() for iri in (f.preparation, f.decree) if iri}
    iris |= set(RELATIONS.values())
    refs = answers.refs(iris, filters.lang, filters.at)
    for feed in unique.values():
        feed.preparation_label = _label(refs, feed.preparation)
        feed.decree_label = _label(refs, feed.decree)
    stated = sorted(
        {
            (value(r, "from"), value(r, "to"))
            for r in answers.run("stated-dependencies", {})
            if value(r, "from") in groups and value(r, "to") in groups
        }
    )
    return DependenciesData(
        caption=_caption(answers, "dependencies", filters),
        tasks=tasks,
        stated=[Stated(before=str(source), after=str(target)) for source, target in stated],
        feeds=[unique[key] for key in sorted(unique, key=lambda k: tuple(map(str, k)))],
        relations={name: _label(refs, iri) or iri for name, iri in RELATIONS.items()},
        statuses=status_labels(answers, filters.lang),
    )

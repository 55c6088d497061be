"""The role diagram: actors and how they relate, as Graphviz DOT (SVG and PNG by `dot`) and Mermaid.

Two sorts of relation, both read from the graph and nothing else:

* organisational ones (stored query actor-relations): a sub-organisation or section and the
  organisation it belongs to (org:subOrganizationOf: the ministries under the Government, the
  advisory council's sections), memberships (org:Membership), an organisation and its kind of
  actor (org:classification), a narrower kind inside a broader one (skos:broader);
* task ones, derived from the assignments on a shared task: on every task, each actor with a role
  other than accountable gets an arrow to the task's accountable actor(s), labelled with its role
  in the graph's words (prepares, instructs, produces data for, is consulted, ...), provided the two
  assignments are in force at the same time (so a role from 2025 never points at an actor whose
  duty ended in 2024). Arrows with the same ends and role are one arrow with the number of tasks.
  A task without an accountable actor gives no arrow: whom the others serve there is not said.

The actors drawn are those with a role on the tasks the filters keep, and the organisations related
to them. Kinds of actor (which hold duties as a whole) have a dashed border.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg_service.diagrams.common import (
    MUTED,
    RACI_EDGE_COLOURS,
    RACI_ORDER,
    say,
    sort_key,
    stable_ids,
)
from kg_service.diagrams.data import gather_roles
from kg_service.diagrams.graphs import (
    dot_document,
    dot_lines,
    dot_string,
    header_label,
    line_swatch,
    mermaid_label,
    mermaid_lines,
    swatch,
)
from kg_service.diagrams.kind import DiagramKind
from kg_service.diagrams.rows import ActorRow, Relation, RoleRow, RolesData
from kg_service.namespaces import CV, ESO, ORG, SKOS

TYPE_FILLS = [
    (str(ESO.ActorKind), "#ffffff"),
    (str(ORG.OrganizationalUnit), "#e8daef"),
    (str(ESO.WorkingGroup), "#fdebd0"),
    (str(ORG.OrganizationalCollaboration), "#d5f5e3"),
    (str(CV.PublicOrganisation), "#d6eaf8"),
]
SUB_ORGANISATION, MEMBER, CLASSIFICATION, BROADER = (
    str(ORG.subOrganizationOf),
    str(ORG.memberOf),
    str(ORG.classification),
    str(SKOS.broader),
)
NODE_WIDTH = 130.0


@dataclass
class Arrow:
    """An actor's role towards the accountable actor of the same tasks, and those tasks."""

    source: str
    target: str
    role: str
    role_label: str | None
    raci: str
    tasks: list[str] = field(default_factory=list)


def task_relations(assignments: list[RoleRow]) -> list[Arrow]:
    """(actor, accountable actor, role) arrows with the tasks they come from, in a fixed order."""
    by_task: dict[str, list[RoleRow]] = defaultdict(list)
    for row in assignments:
        by_task[row.task].append(row)
    arrows: dict[tuple[str, str, str], Arrow] = {}
    for task, rows in sorted(by_task.items()):
        accountable = [r for r in rows if r.raci == "A"]
        answering = {str(r.actor) for r in accountable}
        for row in rows:
            actor = str(row.actor)
            if actor in answering:
                continue
            for target in sorted({str(a.actor) for a in accountable if overlap(row, a)}):
                key = (actor, target, str(row.role))
                arrow = arrows.setdefault(
                    key,
                    Arrow(
                        source=actor, target=target, role=row.role, role_label=row.role_label, raci=row.raci
                    ),
                )
                if task not in arrow.tasks:
                    arrow.tasks.append(task)
    return [arrows[key] for key in sorted(arrows)]


def overlap(one: RoleRow, other: RoleRow) -> bool:
    """Whether two assignments are in force on some common day (no date = open-ended)."""
    latest_start = max(one.start or "", other.start or "")
    ends = [end for end in (one.end, other.end) if end]
    return not ends or latest_start <= min(ends)


def select(data: RolesData) -> tuple[dict[str, ActorRow], list[Arrow], list[Relation]]:
    """The actors to draw (by IRI), the task arrows and the organisational relations among them."""
    assignments = data.assignments
    arrows = task_relations(assignments)
    nodes = {r.actor for r in assignments}
    relations = [r for r in data.relations if r.actor in nodes or r.other in nodes]
    nodes |= {str(iri) for r in relations for iri in (r.actor, r.other)}
    actors = {a.actor: a for a in data.actors if a.actor in nodes}
    named = {r.actor: r.actor_label for r in assignments}
    for iri in nodes - set(actors):
        actors[iri] = ActorRow(actor=iri, label=named.get(iri) or iri, types=[])
    return actors, arrows, sorted(relations, key=lambda r: (str(r.relation), str(r.actor), str(r.other)))


def _fill(types: list[str]) -> tuple[str, bool]:
    for type_iri, fill in TYPE_FILLS:
        if type_iri in types:
            return fill, type_iri == str(ESO.ActorKind)
    return "#f2f3f4", False


def _arrow_label(arrow: Arrow) -> str:
    count = len(arrow.tasks)
    return f"{arrow.role_label} ({count})" if count > 1 else str(arrow.role_label)


def _legend(
    data: RolesData,
    arrows: list[Arrow],
    relations: list[Relation],
    actors: dict[str, ActorRow],
    lang: str,
) -> list[tuple[str, str]]:
    """Legend rows for what the diagram shows, and only that."""
    codes = {str(arrow.raci) for arrow in arrows}
    kinds = {relation.relation for relation in relations}
    legend = [
        (line_swatch(RACI_EDGE_COLOURS[code], "──▶"), f"{code}: {data.legend[code]}")
        for code in RACI_ORDER
        if code in codes
    ]
    if SUB_ORGANISATION in kinds:
        legend.append((line_swatch(MUTED, "◆──"), say("sub-organisation", lang)))
    if MEMBER in kinds:
        legend.append((line_swatch(MUTED, "- - ▷"), say("member", lang)))
    dotted = [
        say(key, lang)
        for key, iri in (("kind-of-actor", CLASSIFICATION), ("narrower-kind", BROADER))
        if iri in kinds
    ]
    if dotted:
        legend.append((line_swatch(MUTED, "····▷"), " / ".join(dotted)))
    if any(_fill(a.types)[1] for a in actors.values()):
        legend.append((swatch("#ffffff", dashed=True), say("kind-node", lang)))
    if arrows:
        legend.append(("", say("task-edge", lang)))
    return legend


def to_dot(data: RolesData, lang: str) -> str:
    """The DOT source: actors as boxes, relations as styled arrows, title and legend on top."""
    actors, arrows, relations = select(data)
    ids = stable_ids(actors)
    lines = ['node [shape=box, style="rounded,filled", margin="0.14,0.07"];']
    for iri in sorted(actors, key=lambda i: sort_key(str(actors[i].label), i)):
        fill, dashed = _fill(actors[iri].types)
        style = ', style="rounded,filled,dashed"' if dashed else ""
        lines.append(
            f"{ids[iri]} [label={dot_lines(str(actors[iri].label), NODE_WIDTH, 12)}, "
            f'fillcolor="{fill}"{style}];'
        )
    for relation in relations:
        a, b = ids[str(relation.actor)], ids[str(relation.other)]
        if relation.relation == SUB_ORGANISATION:
            lines.append(f'{b} -> {a} [dir=back, arrowtail=diamond, color="{MUTED}", penwidth=1.6];')
        elif relation.relation == MEMBER:
            lines.append(
                f'{a} -> {b} [style=dashed, arrowhead=empty, color="{MUTED}", '
                f"label={dot_string(say('member', lang))}];"
            )
        else:
            lines.append(f'{a} -> {b} [style=dotted, arrowhead=empty, color="{MUTED}"];')
    for arrow in arrows:
        colour = RACI_EDGE_COLOURS[str(arrow.raci)]
        label = dot_lines(_arrow_label(arrow), 95, 10)
        lines.append(
            f"{ids[arrow.source]} -> {ids[arrow.target]} "
            f'[label={label}, color="{colour}", fontcolor="{colour}"];'
        )
    if not actors:
        lines.append(f"empty [shape=plaintext, label={dot_string(say('no-actors', lang))}];")
    legend = _legend(data, arrows, relations, actors, lang)
    cap = data.caption
    return dot_document(
        "roles",
        {
            "rankdir": "LR",
            "nodesep": "0.18",
            "ranksep": "0.35",
            "pad": "0.3",
            "labelloc": "t",
            "labeljust": "l",
            "label": header_label(cap, legend),
        },
        lines,
    )


def to_mermaid(data: RolesData, lang: str) -> str:
    """The same diagram as a Mermaid flowchart (for wikis and Markdown pages)."""
    actors, arrows, relations = select(data)
    ids = stable_ids(actors)
    cap = data.caption
    out = ["---", f"title: {mermaid_label(' · '.join(cap.lines))}", "---", "flowchart LR"]
    kinds = []
    for iri in sorted(actors, key=lambda i: sort_key(str(actors[i].label), i)):
        out.append(f"  {ids[iri]}[{mermaid_lines(str(actors[iri].label), NODE_WIDTH)}]")
        if _fill(actors[iri].types)[1]:
            kinds.append(ids[iri])
    for relation in relations:
        a, b = ids[str(relation.actor)], ids[str(relation.other)]
        if relation.relation == SUB_ORGANISATION:
            out.append(f"  {b} ---|{mermaid_label(say('sub-organisation', lang))}| {a}")
        elif relation.relation == MEMBER:
            out.append(f"  {a} -.->|{mermaid_label(say('member', lang))}| {b}")
        else:
            label = say("kind-of-actor" if relation.relation == CLASSIFICATION else "narrower-kind", lang)
            out.append(f"  {a} -.->|{mermaid_label(label)}| {b}")
    for arrow in arrows:
        label = mermaid_label(_arrow_label(arrow))
        out.append(f"  {ids[arrow.source]} -->|{label}| {ids[arrow.target]}")
    if kinds:
        out += ["  classDef kind stroke-dasharray: 5 5", f"  class {','.join(kinds)} kind"]
    return "\n".join(out) + "\n"


def draw(fmt: str, data: RolesData, lang: str) -> str:
    """DOT (also the source of the SVG and PNG) or Mermaid."""
    return to_mermaid(data, lang) if fmt == "mmd" else to_dot(data, lang)


def counts(data: RolesData) -> dict[str, int]:
    """The actors the diagram shows (its description's number)."""
    return {"actors": len(data.actors)}


KIND = DiagramKind("roles", ("svg", "png", "dot", "mmd"), gather_roles, draw, counts, graphviz=True)

"""The task dependency graph (networkx) with its longest path highlighted, as Graphviz DOT (SVG and
PNG by `dot`) and Mermaid.

The graph states few dependencies outright, so besides those the arrows are derived from what it
does say, by two rules; nothing is added to the data:

0. Stated dependencies (stored query stated-dependencies): a task that requires another's output
   or the task itself (dct:requires), or is preceded by it (p-plan:isPrecededBy). The shipped
   data has none yet; when it has, they are drawn as solid dark arrows.
1. Schedule order within one group: of two tasks that are part of the same workstream or part of
   the model (eso:partOf), the one whose schedule ends before the other's begins precedes it.
   Only immediate predecessors are drawn (the transitive reduction), so A -> B -> C has no A -> C.
   Tasks in different groups, or outside the model (the statutory tasks), are never ordered by
   date alone: across groups, one ending before another begins says nothing of one waiting.
2. The decree-preparation links: a task marked '=> asetus' in the source feeds a decree
   preparation (eso:feedsDecreePreparation), which resulted in a decree (eso:resultedIn).

A task with several schedules counts from its first start to its last end for ordering, and by
the sum of its schedules' days for the longest path, which is the chain of tasks with the most
scheduled days (ties settled in one fixed order, by IRI, so the same graph gives the same path);
if stated dependencies form a cycle (a data error the checks report) no path is highlighted.
Tasks with no dependency are left out and counted under the legend.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import networkx as nx

from kg_service.answers.records import Schedule
from kg_service.diagrams.common import (
    CRITICAL,
    INK,
    MUTED,
    STATUS_COLOURS,
    period_text,
    say,
    sort_key,
    stable_ids,
    status_key,
    status_legend,
    status_mark,
)
from kg_service.diagrams.data import gather_dependencies
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
from kg_service.diagrams.rows import DependenciesData, TaskRow

FEED_COLOUR = "#1f618d"
START = "\u22a4"  # the virtual start of every path (not an IRI, so never a real node)


def _days(schedule: Schedule) -> int:
    return (date.fromisoformat(str(schedule.end)) - date.fromisoformat(str(schedule.start))).days + 1


def build(data: DependenciesData) -> tuple[nx.DiGraph, int]:
    """The dependency graph and the number of tasks left out for having no dependency."""
    graph = nx.DiGraph()
    tasks = [t for t in data.tasks if t.schedules]
    for task in tasks:
        schedules = task.schedules
        graph.add_node(
            task.task,
            kind="task",
            label=task.label,
            group=task.group,
            group_label=task.group_label,
            status=task.status,
            start=min(str(s.start) for s in schedules),
            end=max(str(s.end) for s in schedules),
            schedules=[(s.start, s.end) for s in schedules],
            days=sum(_days(s) for s in schedules),
        )
    order = nx.DiGraph()
    for first in tasks:
        for second in tasks:
            one, other = graph.nodes[first.task], graph.nodes[second.task]
            if one["group"] and one["group"] == other["group"] and one["end"] < other["start"]:
                order.add_edge(first.task, second.task)
    for source, target in nx.transitive_reduction(order).edges:
        graph.add_edge(source, target, kind="precedes")
    labels = {t.task: t for t in data.tasks}
    for feed in data.feeds:
        fed, preparation = str(feed.task), str(feed.preparation)
        if fed not in graph:
            _add_unscheduled(graph, labels[fed])
        graph.add_node(preparation, kind="preparation", label=feed.preparation_label, days=0)
        graph.add_edge(fed, preparation, kind="feeds")
        if feed.decree:
            graph.add_node(feed.decree, kind="decree", label=feed.decree_label, days=0)
            graph.add_edge(preparation, feed.decree, kind="resulted")
    for stated in data.stated:
        for end in (stated.before, stated.after):
            if end not in graph:
                _add_unscheduled(graph, labels[end])
        graph.add_edge(stated.before, stated.after, kind="stated")
    lonely = [node for node in graph if graph.degree(node) == 0]
    graph.remove_nodes_from(lonely)
    return graph, len(lonely)


def _add_unscheduled(graph: nx.DiGraph, task: TaskRow) -> None:
    """A task without a schedule that still has a dependency (stated, or feeding a decree)."""
    graph.add_node(
        task.task,
        kind="task",
        label=task.label,
        group=task.group,
        group_label=task.group_label,
        status=task.status,
        start="",
        end="",
        schedules=[],
        days=0,
    )


def longest_path(graph: nx.DiGraph) -> list[str]:
    """The path with the most scheduled days (a node's days count on the edges into it)."""
    if not graph or not nx.is_directed_acyclic_graph(graph):
        return []
    weighted = nx.DiGraph()
    for node in graph:
        weighted.add_edge(START, node, days=graph.nodes[node]["days"])
    for source, target in graph.edges:
        weighted.add_edge(source, target, days=graph.nodes[target]["days"])
    order = list(nx.lexicographical_topological_sort(weighted, key=str))
    path = nx.dag_longest_path(weighted, weight="days", topo_order=order)
    return [node for node in path if node != START]


def _node_label(attributes: dict[str, object], lang: str) -> str:
    """The task's status mark and label, and its schedules in the reader's notation."""
    label = f"{status_mark(attributes.get('status'))} {attributes['label']}"  # type: ignore[arg-type]
    periods = " ; ".join(period_text(start, end, lang) for start, end in attributes.get("schedules", []))  # type: ignore[attr-defined]
    return f"{label}\n{periods}" if periods else label


def to_dot(data: DependenciesData, lang: str) -> str:
    """Tasks in their groups (clusters), the decree nodes, the arrows, the longest path in red."""
    graph, left_out = build(data)
    path = longest_path(graph)
    on_path = set(pairwise(path))
    ids = stable_ids(list(graph.nodes))
    lines = ['node [shape=box, style="rounded,filled", margin="0.12,0.06"];']
    groups: dict[str, list[str]] = {}
    for node in graph:
        if graph.nodes[node]["kind"] == "task" and graph.nodes[node]["group"]:
            groups.setdefault(str(graph.nodes[node]["group"]), []).append(node)
    for number, (_, members) in enumerate(sorted(groups.items()), start=1):
        label = dot_lines(str(graph.nodes[members[0]]["group_label"]), 260, 11, justify="l")
        inside = " ".join(ids[m] for m in sorted(members))
        lines.append(
            f"subgraph cluster_{number} {{ label={label}; labeljust=l; fontsize=11; "
            f'style="rounded,dashed"; color="{MUTED}"; {inside} }}'
        )
    for node in sorted(graph, key=lambda n: sort_key(str(graph.nodes[n]["label"]), n)):
        attributes = graph.nodes[node]
        extra = f', color="{CRITICAL}", penwidth=3' if node in path else ""
        if attributes["kind"] == "task":
            fill = STATUS_COLOURS[status_key(attributes.get("status"))]
            lines.append(
                f"{ids[node]} [label={dot_lines(_node_label(attributes, lang), 180, 11)}, "
                f'fillcolor="{fill}", fontsize=11{extra}];'
            )
        else:
            preparation = attributes["kind"] == "preparation"
            shape, fill = ("note", "#fef9e7") if preparation else ("folder", "#f4ecf7")
            lines.append(
                f"{ids[node]} [label={dot_lines(str(attributes['label']), 200, 11)}, shape={shape}, "
                f'style=filled, fillcolor="{fill}", fontsize=11{extra}];'
            )
    for source, target in sorted(graph.edges, key=lambda e: (ids[e[0]], ids[e[1]])):
        kind = graph.edges[source, target]["kind"]
        style = "style=dashed, " if kind == "precedes" else ""
        colour = {"precedes": MUTED, "stated": INK}.get(kind, FEED_COLOUR)
        if (source, target) in on_path:
            colour, style = CRITICAL, style + "penwidth=3, "
        lines.append(f'{ids[source]} -> {ids[target]} [{style}color="{colour}"];')
    if not graph:
        lines.append(f"empty [shape=plaintext, label={dot_string(say('no-dependencies', lang))}];")
    relations, statuses = data.relations, data.statuses
    legend = [(swatch(fill), text) for fill, text in status_legend(statuses, lang)]
    if any(kind == "stated" for _, _, kind in graph.edges(data="kind")):
        legend.append((line_swatch(INK, "──▶"), say("stated", lang)))
    legend += [
        (line_swatch(MUTED, "- - ▶"), say("precedes", lang)),
        (line_swatch(FEED_COLOUR, "──▶"), f"{relations['feeds']} / {relations['resulted']}"),
        (line_swatch(CRITICAL, "━━▶"), say("longest-path", lang)),
    ]
    if left_out:
        legend.append(("", say("left-out", lang, n=left_out)))
    cap = data.caption
    layout = {
        "rankdir": "LR",
        "nodesep": "0.25",
        "ranksep": "0.45",
        "pad": "0.3",
        "labelloc": "t",
        "labeljust": "l",
        "label": header_label(cap, legend),
    }
    return dot_document("dependencies", layout, lines)


def to_mermaid(data: DependenciesData, lang: str) -> str:
    """The same graph as a Mermaid flowchart; the longest path's arrows are thick and red."""
    graph, _ = build(data)
    path = longest_path(graph)
    on_path = set(pairwise(path))
    ids = stable_ids(list(graph.nodes))
    cap = data.caption
    out = ["---", f"title: {mermaid_label(' · '.join(cap.lines))}", "---", "flowchart LR"]
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for node in sorted(graph, key=lambda n: ids[n]):
        group = graph.nodes[node].get("group")
        (groups.setdefault(str(group), []) if group else loose).append(node)
    for number, (_, members) in enumerate(sorted(groups.items()), start=1):
        out.append(f"  subgraph g{number}[{mermaid_lines(str(graph.nodes[members[0]]['group_label']), 260)}]")
        out += [f"    {ids[m]}[{mermaid_lines(_node_label(graph.nodes[m], lang), 180)}]" for m in members]
        out.append("  end")
    out += [f"  {ids[n]}[{mermaid_lines(_node_label(graph.nodes[n], lang), 200)}]" for n in loose]
    critical = []
    for index, (source, target) in enumerate(sorted(graph.edges, key=lambda e: (ids[e[0]], ids[e[1]]))):
        arrow = "-.->" if graph.edges[source, target]["kind"] == "precedes" else "-->"
        out.append(f"  {ids[source]} {arrow} {ids[target]}")
        if (source, target) in on_path:
            critical.append(str(index))
    if critical:
        out.append(f"  linkStyle {','.join(critical)} stroke:{CRITICAL},stroke-width:3px")
    for key, colour in sorted(STATUS_COLOURS.items()):
        members = [
            ids[n]
            for n in sorted(graph, key=lambda n: ids[n])
            if graph.nodes[n]["kind"] == "task" and status_key(graph.nodes[n].get("status")) == key
        ]
        if members:
            name = key.replace("-", "_") or "unknown"
            out += [f"  classDef {name} fill:{colour}", f"  class {','.join(members)} {name}"]
    if path:
        out.append(f"  classDef critical stroke:{CRITICAL},stroke-width:3px")
        out.append(f"  class {','.join(ids[n] for n in path)} critical")
    if not graph:
        out.append(f"  empty[{mermaid_label(say('no-dependencies', lang))}]")
    return "\n".join(out) + "\n"


def draw(fmt: str, data: DependenciesData, lang: str) -> str:
    """DOT (also the source of the SVG and PNG) or Mermaid."""
    return to_mermaid(data, lang) if fmt == "mmd" else to_dot(data, lang)


def counts(data: DependenciesData) -> dict[str, int]:
    """The scheduled tasks the diagram is drawn from (its description's number)."""
    return {"tasks": sum(1 for task in data.tasks if task.schedules)}


KIND = DiagramKind(
    "dependencies", ("svg", "png", "dot", "mmd"), gather_dependencies, draw, counts, graphviz=True
)

"""The status of tasks on a day (issue 8's rule), side by side in one run: the service's way
beside the Oxigraph server running the same query, at the shipped size and on a synthetic graph.

    python -m benchmarks.status [--sizes shipped,100000] [--repeat 15] [--out FILE.md]

The service reads every observation of the tasks with the stored query `task-facts` and picks
the latest one on or before the day in Python (kg_service/answers/status.py). The same query is
timed on the Oxigraph server over HTTP (with the same Python pick), and the rule written wholly
in SPARQL (a NOT EXISTS for a later observation) on both stores, so a reader sees what the
Python step costs and what SPARQL alone would. Each is asked for one task (a task card) and for
every task (the task list, /api/tasks?at=), and the API route is timed over loopback HTTP too.
Every number is a median of --repeat runs after one warm-up, in ms; the statuses found are
compared across all ways, so a faster wrong answer cannot pass unnoticed. Ratios are against the
Oxigraph server running the SPARQL-only rule. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import httpx
import pyoxigraph as ox

from benchmarks.common import SIZES_HELP, graph_files, hand_in, median_ms
from kg_service.answers.assemble import Answers
from kg_service.answers.status import Observation, in_force
from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.queries.stored import load_queries
from kg_service.store.base import Store, value
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.remote import RemoteStore
from tests.servers import oxigraph_server, running_app

ES = "https://w3id.org/fi-employment-steering/id/"
DAY = "2025-06-01"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
TASKS = """PREFIX eso: <https://w3id.org/fi-employment-steering/ontology#>
SELECT ?task WHERE { ?task a eso:Task }"""
SPARQL_RULE = """PREFIX eso: <https://w3id.org/fi-employment-steering/ontology#>
SELECT ?task ?status WHERE {
  ?task eso:statusObservation ?observation .
  ?observation eso:asOf ?asOf ; eso:statusValue ?status .
  FILTER (?asOf <= ?day)
  FILTER NOT EXISTS {
    ?task eso:statusObservation ?later .
    ?later eso:asOf ?laterAsOf .
    FILTER (?laterAsOf <= ?day
            && (?laterAsOf > ?asOf || (?laterAsOf = ?asOf && STR(?later) > STR(?observation))))
  }
}"""


def sparql_rule(store: Store, task: str | None) -> dict[str, str]:
    """{task: status} by the rule written wholly in SPARQL, the day (and the task) bound as values."""
    values: dict[str, ox.NamedNode | ox.Literal] = {"day": ox.Literal(DAY, datatype=XSD_DATE)}
    if task:
        values["task"] = ox.NamedNode(task)
    rows = store.select(SPARQL_RULE, values)
    return {value(r, "task") or "": value(r, "status") or "" for r in rows}


def service_rule(answers: Answers, tasks: set[str]) -> dict[str, str]:
    """{task: status} the service's way: `task-facts` for the tasks, then the pick in Python."""
    return {task: fact.status for task, fact in answers.task_facts(tasks, DAY).items() if fact.status}


def pick_only(answers: Answers, tasks: set[str]) -> dict[str, str]:
    """The same query and pick as service_rule, spelled out, for a store without Answers' extras."""
    observed: dict[str, dict[str, Observation]] = {}
    for row in answers.run_for_many("task-facts", "task", tasks):
        observation = value(row, "observation")
        if observation:
            observed.setdefault(value(row, "task") or "", {})[observation] = Observation(
                observation, value(row, "status") or "", value(row, "asOf") or ""
            )
    found = {task: in_force(list(o.values()), DAY) for task, o in observed.items()}
    return {task: o.status for task, o in found.items() if o}


def measure(size: str, paths: list[Path], repeat: int) -> list[str]:
    """One table for one graph: each way, for one task and for every task."""
    embedded = EmbeddedStore.from_files(paths)
    queries = load_queries()
    tasks = {value(r, "task") or "" for r in embedded.select(TASKS)}
    one = ES + ("task/first-objectives-2025-2027" if size == "shipped" else "synthetic/task/500")
    lines = [
        f"\n### {size}: {embedded.triple_count():,} triples, {len(tasks):,} tasks, status on {DAY}\n",
        "| question | service: `task-facts` + Python pick, embedded | same, Oxigraph server | "
        "SPARQL-only rule, embedded | SPARQL-only rule, Oxigraph server | API (HTTP) | "
        "service / server SPARQL-only |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    with oxigraph_server() as base:
        remote = RemoteStore(f"{base}/query", graph_store=f"{base}/store", timeout=120)
        remote.load_files(paths)
        local = Answers(embedded, queries, 120)
        served = Answers(remote, queries, 120)
        app = create_app(embedded, Settings(query_timeout=120, result_limit=1_000_000))
        with running_app(app) as service, httpx.Client(base_url=service, timeout=120) as client:
            for label, wanted, target, path in [
                ("one task (task card)", {one}, one, f"/api/tasks/{one.removeprefix(ES)}?at={DAY}"),
                ("every task (task list)", tasks, None, f"/api/tasks?at={DAY}&status=done"),
            ]:
                answers = {
                    "service": service_rule(local, wanted),
                    "server": pick_only(served, wanted),
                    "sparql": sparql_rule(embedded, target),
                    "server-sparql": sparql_rule(remote, target),
                }
                same = len({tuple(sorted(a.items())) for a in answers.values()}) == 1
                assert same, f"{size}, {label}: the ways disagree"
                times = [
                    median_ms(lambda w=wanted: service_rule(local, w), repeat),
                    median_ms(lambda w=wanted: pick_only(served, w), repeat),
                    median_ms(lambda t=target: sparql_rule(embedded, t), repeat),
                    median_ms(lambda t=target: sparql_rule(remote, t), repeat),
                    median_ms(lambda p=path: client.get(p).raise_for_status(), repeat),
                ]
                cells = " | ".join(f"{t:.2f}" for t in times)
                lines.append(
                    f"| {label}: {len(answers['service']):,} statuses | {cells} | {times[0] / times[3]:.2f} |"
                )
    return lines


def main() -> None:
    """Run the measurements and print (and optionally write) a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="shipped,100000", help=SIZES_HELP)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    lines = ["## The status on a day (median ms)"]
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes.split(","):
            lines += measure(size, graph_files(size, Path(scratch)), args.repeat)
            print("\n".join(lines[-6:]), flush=True)
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

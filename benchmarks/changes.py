"""Validating a change: incremental (what the change touches) beside full validation, side by side.

For the shipped graph and synthetic graphs (benchmarks/generate.py), the time to judge (shapes
and error checks) typical changes (a task's status, an assignment's role, a new assignment) and
fan-out changes (an actor's end date reaching all its assignments; an assignment on a workstream
reaching every task inside it), median and p95, in wall time and in this process's CPU time (the
work itself, when other jobs share the machine), against one full validation of the same graph.
Each change is judged, never applied, so every repetition sees the same graph.

    python -m benchmarks.changes [--sizes 10000,100000,1000000] [--repeat 21] [--full-up-to N] [--out FILE.md]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from benchmarks.common import graph_files, hand_in, machine_load, percentile, samples_ms
from kg_service.editing.service import ontology_triples
from kg_service.quality.change_validation import ChangeValidator
from kg_service.quality.incremental import View
from kg_service.rdf.files import load_graph, ontology_files, shape_files

D = ox.DefaultGraph()
ES = "https://w3id.org/fi-employment-steering/id/"
ESO = "https://w3id.org/fi-employment-steering/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
Change = tuple[list[ox.Triple], list[ox.Triple]]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _triples(
    store: ox.Store, s: ox.Term | None, p: ox.NamedNode | None, o: ox.Term | None = None
) -> list[ox.Triple]:
    return [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(s, p, o, D)]


def changes(store: ox.Store) -> dict[str, Change]:
    """The measured changes, found in whatever graph is loaded."""
    roles = _triples(store, None, _n(PROV + "hadRole"))
    role = roles[len(roles) // 2]
    task = _triples(store, None, RDF_TYPE, _n(ESO + "Task"))[-1].subject
    loc = _triples(store, None, _n(PROV + "wasDerivedFrom"))[0].object
    new = _n(ES + "assignment/benchmark/new")
    agents = Counter(t.object for t in _triples(store, None, _n(PROV + "agent")))
    busiest, duties = agents.most_common(1)[0]
    workstream = _triples(store, None, RDF_TYPE, _n(ESO + "Workstream"))[0].subject
    on_ws = _n(ES + "assignment/benchmark/workstream")
    day = ox.Literal("2026-01-01", datatype=XSD_DATE)
    assignment = [
        ox.Triple(new, RDF_TYPE, _n(ESO + "ResponsibilityAssignment")),
        ox.Triple(new, _n(ESO + "forTask"), task),
        ox.Triple(new, _n(PROV + "agent"), busiest),
        ox.Triple(new, _n(PROV + "hadRole"), _n(ES + "role/participates")),
        ox.Triple(new, _n(ESO + "confidence"), _n(ES + "confidence/confirmed")),
        ox.Triple(new, _n(PROV + "wasDerivedFrom"), loc),
        ox.Triple(new, _n(ESO + "startDate"), day),
    ]
    observation = _n(ES + f"status-observation/{task.value.rsplit('/', 1)[-1]}/2026-01-01")
    status = [
        ox.Triple(task, _n(ESO + "statusObservation"), observation),
        ox.Triple(observation, RDF_TYPE, _n(ESO + "StatusObservation")),
        ox.Triple(observation, _n(ESO + "statusValue"), _n(ES + "status/done")),
        ox.Triple(observation, _n(ESO + "asOf"), day),
        ox.Triple(observation, _n(ESO + "confidence"), _n(ES + "confidence/confirmed")),
        ox.Triple(observation, _n(PROV + "wasDerivedFrom"), loc),
    ]
    return {
        "typical: a task's status": (status, []),
        "typical: an assignment's role": (
            [ox.Triple(role.subject, role.predicate, _n(ES + "role/participates"))],
            [role],
        ),
        "typical: a new assignment": (assignment, []),
        f"fan-out: an actor's end date ({duties} assignments)": (
            [ox.Triple(busiest, _n(ESO + "endDate"), ox.Literal("2099-12-31", datatype=XSD_DATE))],
            _triples(store, busiest, _n(ESO + "endDate")),
        ),
        "fan-out: an assignment on a workstream": (
            [
                ox.Triple(
                    on_ws if t.subject == new else t.subject,
                    t.predicate,
                    workstream if t.object == task else t.object,
                )
                for t in assignment
            ],
            [],
        ),
    }


TYPICAL_MS, FAN_OUT_MS = 50, 300
"""The issue's aims: a typical change under 50 ms, a fan-out change under 300 ms, at every size."""


def measure(
    size: str, paths: list[Path], validator: ChangeValidator, repeat: int, full_up_to: int, disk: Path | None
) -> list[str]:
    """One graph: full validation (up to ``full_up_to`` triples) and each change's timings, in
    memory (as the service reads its graph) or on an on-disk store in ``disk``."""
    store = ox.Store(str(disk)) if disk else ox.Store()
    for path in paths:
        fmt = ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE
        store.bulk_load(path=str(path), format=fmt)
    full_ms: float | None = None
    if len(store) <= full_up_to:
        started = time.perf_counter()
        full = validator.full_findings(View(store), after=False)
        full_ms = (time.perf_counter() - started) * 1000
        found = f"{len(full.shapes)} shape findings, {len(full.checks)} check errors"
        summary = f"full validation {full_ms / 1000:.1f} s ({found})"
    else:
        summary = f"full validation not run (above {full_up_to:,} triples)"
    lines = [
        f"### {size}: {len(store):,} triples; {summary}",
        "",
        "| change | focus nodes | verdict | wall ms median | wall ms p95 | CPU ms median | CPU ms p95"
        " | aim | full / incremental |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, (add, remove) in changes(store).items():
        verdict = validator.check(store, add, remove)
        wall, cpu = samples_ms(lambda a=add, r=remove: validator.check(store, a, r), repeat)
        outcome = "accepted" if verdict.accepted else f"refused ({verdict.count})"
        aim = TYPICAL_MS if label.startswith("typical") else FAN_OUT_MS
        ratio = f"{full_ms / percentile(wall, 0.5):,.0f}x" if full_ms else "-"
        figures = " | ".join(f"{percentile(t, q):.1f}" for t in (wall, cpu) for q in (0.5, 0.95))
        lines.append(
            f"| {label} | {verdict.focus} | {outcome} ({verdict.mode}) | {figures} | < {aim} | {ratio} |"
        )
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument(
        "--store",
        choices=["disk", "memory"],
        default="memory",
        help="in memory (the service validates against its in-memory copy of the durable store) or on disk",
    )
    parser.add_argument(
        "--full-up-to", type=int, default=200_000, help="skip full validation above this many triples"
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    validator = ChangeValidator(
        load_graph(shape_files()), load_graph(ontology_files()), ontology_triples(ontology_files())
    )
    lines = [
        "## Validating a change: incremental beside full (pyshacl-turbo)",
        "",
        f"On {'an on-disk (RocksDB)' if args.store == 'disk' else 'an in-memory'} Oxigraph store; "
        f"shapes and error checks; {args.repeat} runs a change after a warm-up; "
        f"at the start {machine_load()}.",
        "",
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes.split(","):
            paths = graph_files(size, Path(scratch))
            disk = Path(scratch) / f"store-{size}" if args.store == "disk" else None
            lines += measure(size, paths, validator, args.repeat, args.full_up_to, disk)
            print("\n".join(lines), flush=True)
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

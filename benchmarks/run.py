"""Side-by-side speed measurements, all in one run: the API against the raw store query it wraps,
the embedded Oxigraph store against a plain rdflib Graph and against the Oxigraph server over
HTTP, load times and full SHACL validation, at the shipped size and at synthetic 100k and 1M.

    python -m benchmarks.run [--sizes shipped,100000,1000000] [--repeat 15] [--out FILE.md]

Every number is a median of --repeat runs after one warm-up. rdflib is measured in a child
process with a time limit (it cannot be interrupted), and only up to --rdflib-max triples.
Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from pathlib import Path

import httpx
import rdflib

from benchmarks.common import graph_files, hand_in, median_ms
from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.quality.validation import Engine, validate_graphs
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import load_graph, ontology_files, shape_files
from kg_service.store.binding import bind_values
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.remote import RemoteStore
from tests.servers import oxigraph_server, running_app

ES = "https://w3id.org/fi-employment-steering/id/"
RDFLIB_TIMEOUT = 60.0


def cases(size: str) -> list[tuple[str, str, dict[str, str], str | None]]:
    """(label, stored query, parameters, API path wrapping it) for the shipped or synthetic data."""
    if size == "shipped":
        task, actor, municipality = "task/steering-knowledge-base", "ely/10", "municipality/233"
    else:
        task, actor, municipality = (
            "synthetic/task/500",
            "synthetic/ely-centres/3",
            "synthetic/municipality/7",
        )
    return [
        (
            "who on date D",
            "who-is-responsible",
            {"task": task, "at": "2025-06-01"},
            f"/api/queries/who-is-responsible?task={task}&at=2025-06-01",
        ),
        (
            "what an actor owes in a quarter",
            "actor-responsibilities",
            {"actor": actor, "from": "2024-01-01", "to": "2024-03-31"},
            f"/api/responsibilities?actor={actor}&from=2024-01-01&to=2024-03-31",
        ),
        ("a task's card", "responsibilities", {"task": task}, f"/api/tasks/{task}"),
        (
            "who for a municipality on D",
            "for-municipality-on-date",
            {"municipality": municipality, "at": "2024-06-01"},
            f"/api/queries/for-municipality-on-date?municipality={municipality}&at=2024-06-01",
        ),
        ("tasks without an accountable actor (whole graph)", "tasks-without-accountable", {}, None),
        (
            "tasks with several accountable on D (whole graph)",
            "tasks-with-several-accountable",
            {"at": "2025-06-01"},
            None,
        ),
        (
            "what an actor owes in a quarter, with legal basis",
            "actor-duties-in-period",
            {"actor": actor, "from": "2024-01-01", "to": "2024-03-31"},
            None,
        ),
    ]


def _rdflib_worker(paths: list[str], query: str, repeat: int, out: multiprocessing.Queue) -> None:
    graph = rdflib.Graph()
    for path in paths:
        graph.parse(path, format="nt" if path.endswith(".nt") else "turtle")
    out.put(median_ms(lambda: list(graph.query(query)), repeat))


def rdflib_ms(paths: list[Path], query: str, repeat: int) -> str:
    """The rdflib median in a child process, or '> N s' when it runs past the limit."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(
        target=_rdflib_worker, args=([str(p) for p in paths], query, min(repeat, 3), queue)
    )
    child.start()
    child.join(RDFLIB_TIMEOUT)
    if child.is_alive():
        child.kill()
        child.join()
        return f"> {RDFLIB_TIMEOUT:.0f} s"
    return f"{queue.get():.1f}"


def measure_size(size: str, paths: list[Path], repeat: int, rdflib_max: int) -> list[str]:
    """All measurements for one graph size, as Markdown lines."""
    lines: list[str] = []
    started = time.perf_counter()
    embedded = EmbeddedStore.from_files(paths)
    load_oxigraph = time.perf_counter() - started
    triples = embedded.triple_count()
    lines.append(f"\n### {size}: {triples:,} triples\n")
    load_line = f"- load: pyoxigraph {load_oxigraph:.2f} s"
    if triples <= rdflib_max:
        started = time.perf_counter()
        _rdflib_graph(paths)
        load_line += f"; rdflib {time.perf_counter() - started:.2f} s"
    queries = load_queries()
    with oxigraph_server() as base:
        remote = RemoteStore(f"{base}/query", graph_store=f"{base}/store", timeout=120)
        started = time.perf_counter()
        remote.load_files(paths)
        server_load = time.perf_counter() - started
        lines.append(load_line + f"; Oxigraph server (Graph Store Protocol) {server_load:.2f} s")
        started = time.perf_counter()
        report = validate_graphs(
            _rdflib_graph(paths), load_graph(ontology_files()), load_graph(shape_files()), Engine.TURBO
        )
        lines.append(
            f"- full SHACL validation (pyshacl-turbo, incl. copying the graph): "
            f"{time.perf_counter() - started:.2f} s, {len(report.findings)} findings\n"
        )
        app = create_app(embedded, Settings(query_timeout=120, result_limit=1_000_000))
        with running_app(app) as service, httpx.Client(base_url=service, timeout=120) as client:
            lines.append(
                "| question | embedded (in-process) | Oxigraph server (HTTP) | API (HTTP) | rdflib Graph |"
            )
            lines.append("|---|---|---|---|---|")
            for label, name, params, api_path in cases(size):
                query = queries[name]
                values = query.bind(params)
                text = bind_values(query.text, values)
                emb = median_ms(lambda q=query, p=params: q.run(embedded, p), repeat)
                rem = median_ms(lambda q=query, p=params: q.run(remote, p), repeat)
                api = (
                    f"{median_ms(lambda a=api_path: client.get(a).raise_for_status(), repeat):.1f}"
                    if api_path
                    else "–"
                )
                rdf = rdflib_ms(paths, text, repeat) if triples <= rdflib_max else "not run"
                lines.append(f"| {label} (`{name}`) | {emb:.1f} | {rem:.1f} | {api} | {rdf} |")
            empty = median_ms(lambda: client.get("/health").raise_for_status(), repeat)
            lines.append(f"\nHTTP floor: `/health` (one store count) {empty:.1f} ms median.")
    return lines


def _rdflib_graph(paths: list[Path]) -> rdflib.Graph:
    """The files in one plain rdflib Graph (Turtle or N-Triples by suffix)."""
    graph = rdflib.Graph()
    for path in paths:
        graph.parse(path, format="nt" if path.suffix == ".nt" else "turtle")
    return graph


def main() -> None:
    """Run the measurements and print (and optionally write) a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="shipped,100000,1000000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--rdflib-max", type=int, default=150_000, help="largest graph (triples) to measure rdflib on"
    )
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    lines = ["## Benchmark (median ms unless stated)"]
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes.split(","):
            paths = graph_files(size, Path(scratch))
            lines += measure_size(size, paths, args.repeat, args.rdflib_max)
            print("\n".join(lines[-14:]), flush=True)
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

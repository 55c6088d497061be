"""Load and hostile queries, side by side with the Oxigraph server, in one run (issue 10's targets).

    python -m benchmarks.load [--seconds 10] [--out FILE.md]

The service runs as `kg serve` in its own process (one HTTP worker) on 127.0.0.1, once its
warm-up is done, the Oxigraph server beside it with the same data; wrk (benchmarks/load_generator.py)
keeps c requests in flight for --seconds and reports requests per second and latency percentiles.
Then:
- cheap API look-ups that are never cached (each asks another day), alone and while 8 runaway
  queries are sent to /sparql all the time; and a mix of such look-ups and cached answers;
- the service's total memory (its process and every child) while the memory bomb runs;
- how long after a runaway query's time limit a new query is answered again (one query worker,
  so the answer waits for the killed worker's replacement).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx

from benchmarks.common import hand_in, machine_load
from benchmarks.load_generator import run_load
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.binding import bind_values
from kg_service.store.remote import RemoteStore
from tests.servers import LOOPBACK, free_port, oxigraph_server

ROOT = Path(__file__).resolve().parent.parent
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?c . ?d a ?f . ?g a ?h }"
MEMORY_BOMB = (
    'SELECT (STRLEN(?v26) AS ?n) WHERE { BIND("0123456789abcdef" AS ?v0) '
    + " ".join(f"BIND(CONCAT(?v{i},?v{i}) AS ?v{i + 1})" for i in range(26))
    + " }"
)
ACTOR, TASK = "actor/tem", "task/steering-knowledge-base"
RESULTS_JSON = {"Accept": "application/sparql-results+json"}
PAGE = os.sysconf("SC_PAGE_SIZE")


class Service:
    """`kg serve` in a child process with the given settings; stopped on exit."""

    def __init__(self, **environment: str) -> None:
        self.port = free_port()
        self.base = f"http://{LOOPBACK}:{self.port}"
        self.environment = {**os.environ, "PYTHONPATH": str(ROOT), **environment}

    def __enter__(self) -> Service:
        command = [sys.executable, "-m", "kg_service.cli", "serve", "--port", str(self.port)]
        self.process = subprocess.Popen(  # noqa: S603 - our own command
            command, env=self.environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                health = httpx.get(f"{self.base}/health", timeout=5)
                if health.status_code == 200 and health.json().get("warmedUp") is not False:
                    return self  # measured once ready, as a load balancer would route to it
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError("the service did not start")

    def __exit__(self, *_: object) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)

    def memory(self) -> int:
        """Resident bytes of the service and every process below it."""
        return sum(_resident(pid) for pid in _tree(self.process.pid))


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _resident(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def oxigraph_path(name: str, params: dict[str, str]) -> str:
    """The raw query a route wraps, as a GET of the Oxigraph server's SPARQL endpoint."""
    query = load_queries()[name]
    return "/query?" + urlencode({"query": bind_values(query.text, query.bind(params))})


def cached_answers(seconds: float) -> list[str]:
    """Cached API answers against the Oxigraph server's raw query, c=1 and c=32."""
    lines = ["| question | c | API (cached answers) | Oxigraph server, raw query |", "|---|---|---|---|"]
    with oxigraph_server() as oxigraph, Service() as service:
        RemoteStore(f"{oxigraph}/query", graph_store=f"{oxigraph}/store").load_files(
            ontology_files() + instance_files()
        )
        questions = [
            (
                f"/api/responsibilities?actor={ACTOR}",
                "actor-responsibilities",
                {"actor": ACTOR},
            ),
            (f"/api/tasks/{TASK}", "task-card", {"task": TASK}),
        ]
        for path, name, params in questions:
            for concurrency in (1, 32):
                api = run_load(service.base, [path], concurrency, seconds)
                raw = run_load(oxigraph, [oxigraph_path(name, params)], concurrency, seconds, RESULTS_JSON)
                lines.append(f"| `{path}` / `{name}` | {concurrency} | {api} | {raw} |")
    return lines


CHEAP_ACTORS = ("actor/tem", "actor/keha", "ely/10", "kind/ely-centres")
CHEAP_DAYS = (date(2024, 1, 1), date(2027, 12, 31))
"""The look-ups never answered from the cache: these actors, on every day of these years (when
the model has duties to show: from 0 to 15 rows each), in each language, never twice in a run."""


def never_cached(parts: int) -> list[list[str]]:
    """Every actor, day and language of the cheap look-ups, in a fixed random order, dealt into
    ``parts`` lists of distinct paths (one a run, so no run asks what an earlier one cached)."""
    first, last = CHEAP_DAYS
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    paths = [
        f"/api/responsibilities?actor={actor}&at={day}&lang={lang}"
        for actor in CHEAP_ACTORS
        for day in days
        for lang in ("fi", "sv", "en")
    ]
    random.Random(10).shuffle(paths)
    return [paths[n::parts] for n in range(parts)]


def among(uncached: list[str], cached: list[str], every: int) -> list[str]:
    """One never-cached path, then ``every`` - 1 cached ones in turn, and again."""
    cycle = itertools.cycle(cached)
    return [path for new in uncached for path in [new, *(next(cycle) for _ in range(every - 1))]]


def hostile(seconds: float) -> list[str]:
    """Cheap look-ups alone and during 8 runaway queries; memory through the bomb; recovery."""
    lines: list[str] = []
    with Service(KG_QUERY_TIMEOUT="5") as service:
        cached = [
            f"/api/responsibilities?actor={ACTOR}",
            f"/api/tasks/{TASK}",
            "/api/responsibilities?actor=ely/10",
        ]
        for path in cached:
            httpx.get(service.base + path, timeout=60).raise_for_status()
        alone, attacked, alone_mixed, attacked_mixed = never_cached(4)
        workloads = [
            ("never cached (each a new actor, day and language)", [alone, attacked]),
            (
                "one in eight never cached, the rest cached",
                [among(alone_mixed, cached, 8), among(attacked_mixed, cached, 8)],
            ),
        ]
        quiet = [run_load(service.base, paths[0], 4, seconds) for _, paths in workloads]
        stop = threading.Event()

        def runaway() -> None:
            with httpx.Client(timeout=60) as client:
                while not stop.is_set():
                    client.get(f"{service.base}/sparql", params={"query": RUNAWAY})

        attackers = [threading.Thread(target=runaway) for _ in range(8)]
        for thread in attackers:
            thread.start()
        time.sleep(1)
        try:
            loaded = [run_load(service.base, paths[1], 4, seconds) for _, paths in workloads]
        finally:
            stop.set()
            for thread in attackers:
                thread.join(timeout=60)
        lines += [
            "| cheap API look-ups (c=4) | alone | while 8 runaway queries are sent all the time |",
            "|---|---|---|",
            *(
                f"| {name} | {alone} | {hostile} |"
                for (name, _), alone, hostile in zip(workloads, quiet, loaded, strict=True)
            ),
        ]
        time.sleep(6)
        peak, before = 0, service.memory()
        bomb = threading.Thread(
            target=lambda: httpx.get(f"{service.base}/sparql", params={"query": MEMORY_BOMB}, timeout=120)
        )
        bomb.start()
        while bomb.is_alive():
            peak = max(peak, service.memory())
            time.sleep(0.02)
        after = service.memory()
        lines.append(
            f"\nMemory of the service and its children through the memory bomb (budget 1 GB): "
            f"{before / 1e6:,.0f} MB before, peak {peak / 1e6:,.0f} MB, {after / 1e6:,.0f} MB after."
        )
    with Service(KG_QUERY_TIMEOUT="2", KG_QUERY_WORKERS="1", KG_QUERY_WAIT="5") as service:
        probe = "SELECT ?l WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } LIMIT {n}"
        with httpx.Client(timeout=60) as client:
            client.get(f"{service.base}/sparql", params={"query": probe.replace("{n}", "1")})
            times = []
            for attempt in range(3):
                refused = client.get(f"{service.base}/sparql", params={"query": RUNAWAY})
                limit_hit = time.perf_counter()
                assert refused.status_code == 422, refused.text
                answer = client.get(
                    f"{service.base}/sparql", params={"query": probe.replace("{n}", str(attempt + 2))}
                )
                assert answer.status_code == 200, answer.text
                times.append((time.perf_counter() - limit_hit) * 1000)
        lines.append(
            "Recovery after a runaway query's time limit (2 s, one query worker, so the next query "
            f"waits for the replacement): {', '.join(f'{t:.0f} ms' for t in times)}."
        )
    return lines


def main() -> None:
    """Run both parts and print (and optionally write) the Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each load run")
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    lines = [
        f"## Load and hostile queries (shipped graph, {args.seconds:g} s runs, load from wrk)",
        "",
        f"At the start: {machine_load()}.",
        "",
    ]
    lines += cached_answers(args.seconds)
    lines += ["", *hostile(args.seconds)]
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

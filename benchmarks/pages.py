"""Server-side rendering time and weight of every page kind, beside the Oxigraph server answering
the page's main query, in one run.

    python -m benchmarks.pages [--repeat 11] [--out FILE.md]

The service runs on 127.0.0.1 over the shipped graph (embedded Oxigraph). For each page kind a
fresh app is started, so the first request is the cold one (no page caches, no pick lists, no
labels fetched yet); then a fresh app that warms up at start (as `kg serve` does, web/warming.py)
is given its first request once /health says it is warm; then the page is fetched ``repeat``
times in Finnish and in Swedish (warm, median). Beside it, the Oxigraph server (`oxigraph
serve`, the same data loaded over the Graph Store Protocol) answers the stored query that gives
the page its main content, with the page's values bound, over HTTP: the page's warm time over
that is the cost of everything around the data (further queries, labels, the template). Weight
is the HTML plus every /static asset it links; pages that load YASGUI, Swagger UI or ReDoc are
marked.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path

import httpx

from benchmarks.common import hand_in, median_ms
from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files, shape_files
from kg_service.store.binding import bind_values
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.remote import RemoteStore
from tests.servers import oxigraph_server, running_app

ES = "https://w3id.org/fi-employment-steering/id/"
PART = f"{ES}part/national-objectives"
# (page kind, path, the stored query giving its main content, that query's values)
PAGES: list[tuple[str, str, str | None, dict[str, str]]] = [
    ("front", "/", "actors", {}),
    (
        "responsibilities",
        f"/responsibilities?actor={ES}actor/tem&at=2026-01-01",
        "actor-responsibilities",
        {"actor": "actor/tem", "at": "2026-01-01"},
    ),
    ("search", "/search?q=elinvoimakeskuksille", "search-index", {}),
    ("actor card", "/id/actor/tem?at=2026-01-01", "actor-card", {"actor": "actor/tem"}),
    ("council card", "/id/actor/advisory-council", "actor-card", {"actor": "actor/advisory-council"}),
    (
        "municipality card",
        "/id/municipality/005?at=2025-06-01",
        "for-municipality-on-date",
        {"municipality": "municipality/005", "at": "2025-06-01"},
    ),
    (
        "employment area card",
        "/id/employment-area/1",
        "centre-for-employment-area",
        {"area": "employment-area/1", "at": "2025-06-01"},
    ),
    ("task card", "/id/task/set-national-objectives", "task-card", {"task": "task/set-national-objectives"}),
    ("part card", "/id/part/national-objectives", "task-roles", {"scope": "part/national-objectives"}),
    ("other node card", "/id/role/accountable", "describe", {"node": "role/accountable"}),
    ("timeline", "/timeline?quarter=2024-Q2", "due-between", {"from": "2024-04-01", "to": "2024-06-30"}),
    ("annual clock", "/annual-clock", "annual-clock", {}),
    ("check form", "/check", None, {}),
    (
        "diagram studio",
        f"/diagrams?kind=swimlane&part={PART}",
        "task-roles",
        {"scope": "part/national-objectives"},
    ),
    ("vocabulary", "/vocabulary", "vocab-terms", {}),
    ("vocabulary: class", "/vocabulary/eso:Task", "vocab-terms", {}),
    ("vocabulary: property", "/vocabulary/eso:forTask", "vocab-terms", {}),
    ("vocabulary: shape", "/vocabulary/shp:PublicOrganisationShape", "vocab-shape-properties", {}),
    ("vocabulary: scheme", "/vocabulary/es:scheme/roles", "vocab-concepts", {}),
    ("downloads", "/downloads", None, {}),
    ("error page", "/id/actor/nobody", "describe", {"node": "actor/nobody"}),
    ("sparql (YASGUI)", "/sparql", None, {}),
    ("docs (Swagger UI)", "/docs", None, {}),
]
HEAVY = ("/sparql", "/docs")
"""Pages that load a vendored editor or API browser (over a megabyte of script): weighed apart."""
ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')
HTML = {"Accept": "text/html"}


def timed_ms(client: httpx.Client, url: str) -> float:
    """Wall time of one GET ``url`` in milliseconds (any status: the error page answers 404)."""
    start = time.perf_counter()
    client.get(url, headers=HTML)
    return (time.perf_counter() - start) * 1000


def page_ms(client: httpx.Client, url: str, repeat: int) -> float:
    """Median wall time of GET ``url`` as a browser asks for it, after a warm-up."""
    return median_ms(lambda: client.get(url, headers=HTML), repeat)


def with_lang(path: str, lang: str) -> str:
    return path + ("&" if "?" in path else "?") + f"lang={lang}"


def weight(client: httpx.Client, base: str, path: str) -> tuple[int, int]:
    """(HTML bytes, HTML plus linked /static assets bytes)."""
    html = client.get(base + path, headers=HTML).content
    assets = sum(len(client.get(base + a).content) for a in set(ASSET.findall(html.decode("utf-8"))))
    return len(html), len(html) + assets


def oxigraph_ms(client: httpx.Client, endpoint: str, text: str, repeat: int) -> float:
    """Median wall time of the Oxigraph server answering ``text`` (SPARQL JSON), after a warm-up."""
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    return median_ms(lambda: client.post(endpoint, content=text, headers=headers).raise_for_status(), repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    files = ontology_files() + instance_files()
    store = EmbeddedStore.from_files(files)
    queries = load_queries() | load_queries(subdir="vocabulary")
    bound = {name: bind_values(queries[q].text, queries[q].bind(v)) for name, _, q, v in PAGES if q}
    rows = []
    with oxigraph_server() as server, httpx.Client(timeout=120) as client:
        # the vocabulary pages read the model with its shapes: the server holds them too
        RemoteStore(f"{server}/query", graph_store=f"{server}/store", timeout=120).load_files(
            files + shape_files()
        )
        for name, path, main_query, _ in PAGES:
            with running_app(create_app(store, Settings())) as base:
                cold = timed_ms(client, base + with_lang(path, "fi"))
            with running_app(create_app(store, Settings(warm_up=True))) as base:
                warmed_up_ms = wait_for_warm_up(client, base)
                first = timed_ms(client, base + with_lang(path, "fi"))
                warm = {
                    lang: page_ms(client, base + with_lang(path, lang), args.repeat) for lang in ("fi", "sv")
                }
                own, total = weight(client, base, with_lang(path, "fi"))
            oxigraph = None
            if main_query:
                oxigraph = oxigraph_ms(client, f"{server}/query", bound[name], args.repeat)
            rows.append((name, path, main_query, cold, first, warmed_up_ms, warm, oxigraph, own, total))
    hand_in(render(rows, args.repeat), args.out)


def wait_for_warm_up(client: httpx.Client, base: str, limit_s: float = 120) -> float:
    """Milliseconds from here until /health says the service's caches are built (bounded)."""
    start = time.perf_counter()
    while not client.get(f"{base}/health").json()["warmedUp"]:
        if time.perf_counter() - start > limit_s:
            raise SystemExit(f"{base} did not warm up in {limit_s} s")
        time.sleep(0.05)
    return (time.perf_counter() - start) * 1000


def render(rows: list, repeat: int) -> list[str]:
    """The figures as the lines of a Markdown table, with the machine's load stated."""
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [
        f"# Web pages, shipped graph: cold (first request of a fresh app), first request of an app that "
        f"warmed up at start, and warm (median of {repeat})",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M')} UTC, load average {load} "
        "(a shared 2-core machine: compare rows of one run, not runs).",
        "",
        "| page | cold ms | first after warm-up ms | warm-up ms | warm fi ms | warm sv ms | main query "
        "| Oxigraph server ms | warm / Oxigraph | HTML kB | with assets kB |",
        "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    for name, path, main_query, cold, first, warmed_up_ms, warm, oxigraph, own, total in rows:
        ratio = f"{warm['fi'] / oxigraph:.1f}x" if oxigraph else "–"
        server = f"{oxigraph:.1f}" if oxigraph else "–"
        heavy = " (vendored bundle)" if path.startswith(HEAVY) else ""
        lines.append(
            f"| {name} | {cold:.1f} | {first:.1f} | {warmed_up_ms:.0f} | {warm['fi']:.1f} "
            f"| {warm['sv']:.1f} | {main_query or '–'} | {server} "
            f"| {ratio} | {own / 1000:.0f} | {total / 1000:.0f}{heavy} |"
        )
    return lines


if __name__ == "__main__":
    main()

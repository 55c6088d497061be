"""Server-side rendering time and weight of the web pages, beside the JSON API route each wraps.

    python -m benchmarks.pages [--repeat 15] [--out FILE.md]

The service runs on 127.0.0.1 with the shipped graph; every page kind is fetched in Finnish and
Swedish over HTTP after one warm-up, and the median is reported next to the median of the API
call that gives the same data (the page's cost over its data). Weight is the HTML plus every
/static asset the page links (the SPARQL page's YASGUI is listed apart).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import httpx

from benchmarks.common import hand_in, median_ms
from kg_service.api.app import create_app
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore
from tests.servers import running_app

TEM = "https://w3id.org/fi-employment-steering/id/actor/tem"
PAGES: list[tuple[str, str, str | None]] = [
    ("front", "/", None),
    (
        "responsibilities",
        f"/responsibilities?actor={TEM}&at=2026-01-01",
        f"/api/responsibilities?actor={TEM}&at=2026-01-01",
    ),
    ("actor card", "/id/actor/tem?at=2026-01-01", "/api/actors/actor/tem?at=2026-01-01"),
    ("municipality card", "/id/municipality/005?at=2025-06-01", "/api/actors/municipality/005?at=2025-06-01"),
    ("task card", "/id/task/set-national-objectives", "/api/tasks/task/set-national-objectives"),
    ("timeline", "/timeline?quarter=2024-Q2", "/api/timeline?quarter=2024-Q2"),
    ("annual clock", "/annual-clock", "/api/diagrams/annual-clock"),
    ("diagram studio", "/diagrams?kind=swimlane", "/api/diagrams/swimlane"),
    ("check form", "/check", None),
    ("sparql (YASGUI)", "/sparql", None),
]
ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')


def get_ms(client: httpx.Client, url: str, repeat: int, headers: dict[str, str]) -> float:
    """Median wall time of GET ``url`` in milliseconds, after one warm-up."""
    return median_ms(lambda: client.get(url, headers=headers).raise_for_status(), repeat)


def weight(client: httpx.Client, url: str) -> tuple[int, int]:
    """(HTML bytes, HTML plus linked /static assets bytes)."""
    html = client.get(url, headers={"Accept": "text/html"}).content
    assets = sum(len(client.get(a).content) for a in set(ASSET.findall(html.decode("utf-8"))))
    return len(html), len(html) + assets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    app = create_app(EmbeddedStore.from_files(ontology_files() + instance_files()))
    lines = [
        "| page | fi ms | sv ms | API ms | page / API | HTML kB | with assets kB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    with running_app(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        html = {"Accept": "text/html"}
        for name, page, api in PAGES:
            fi = get_ms(client, page + ("&" if "?" in page else "?") + "lang=fi", args.repeat, html)
            sv = get_ms(client, page + ("&" if "?" in page else "?") + "lang=sv", args.repeat, html)
            api_ms = get_ms(client, api, args.repeat, {}) if api else None
            own, total = weight(client, page)
            api_cell = f"{api_ms:.1f} | {fi / api_ms:.1f}x" if api_ms else "– | –"
            lines.append(
                f"| {name} | {fi:.1f} | {sv:.1f} | {api_cell} | {own / 1000:.0f} | {total / 1000:.0f} |"
            )
    hand_in(
        [f"# Web pages, shipped graph, median of {args.repeat} (ms over HTTP on 127.0.0.1)", "", *lines],
        args.out,
    )


if __name__ == "__main__":
    main()

"""The web workspace's pages and form posts beside the API routes doing the same work, in one run.

    python -m benchmarks.workspace [--repeat 11] [--queue 1,10] [--out FILE.md]

The service runs on 127.0.0.1 over a fresh durable store seeded with the shipped graph, with an
editor and an approver (fictitious). Each row is the median of ``repeat`` runs after one warm-up
(benchmarks/common.median_ms), over real HTTP with a client keeping cookies as a browser does;
its peer is the API call a program would make for the same result, so the ratio is the cost of
the page around the work (forms' pick lists, names in words, the before/after table). The Oxigraph
server answering the before/after table's main query (who-does-what) over HTTP is the floor.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

import httpx

from benchmarks.common import hand_in, median_ms
from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.editing.service import Editing
from kg_service.queries.stored import load_query, queries_dir
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.remote import RemoteStore
from tests.servers import oxigraph_server, running_app

ES = "https://w3id.org/fi-employment-steering/id/"
PASSWORDS = {"edna": "edna-bench-passphrase", "aarne": "aarne-bench-passphrase"}
STATUS = {
    "task": ES + "task/steering-annual-clock",
    "status": ES + "status/done",
    "derived_from": ES + "loc/seed-000/slide-6-row-1",
    "confidence": ES + "confidence/inferred",
    "reason": "Benchmark (fictitious)",
    "source": "Benchmark memo (fictitious)",
}
HTML = {"Accept": "text/html"}


def token(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def browser(base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120, headers=HTML)
    form = client.get("/sign-in").text
    client.post("/sign-in", data={"csrf": token(form), "username": name, "password": PASSWORDS[name]})
    return client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--queue", default="1,10", help="proposals waiting in the review queue")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows: list[tuple[str, float, str, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        editing = Editing.open(Path(scratch), ontology_files() + instance_files())
        tokens = {
            n: editing.users.add(n, r, PASSWORDS[n]) for n, r in (("edna", "editor"), ("aarne", "approver"))
        }
        app = create_app(settings=Settings(data_dir=Path(scratch)), editing=editing)
        with (
            running_app(app) as base,
            oxigraph_server() as oxigraph,
            httpx.Client(base_url=base, timeout=120) as api,
        ):
            editor, approver = browser(base, "edna"), browser(base, "aarne")
            bearer = {"Authorization": f"Bearer {tokens['edna']}"}
            days = iter(range(10_000))

            def status_form() -> dict[str, str]:
                """A new status observation each time (a day not used before)."""
                day = next(days)
                return STATUS | {"as_of": f"{2030 + day // 336}-{1 + day // 28 % 12:02}-{1 + day % 28:02}"}

            def sign_in() -> None:
                with httpx.Client(base_url=base, timeout=120, headers=HTML) as fresh:
                    form = fresh.get("/sign-in").text
                    fresh.post(
                        "/sign-in",
                        data={"csrf": token(form), "username": "edna", "password": PASSWORDS["edna"]},
                    )

            def waiting_ids() -> list[str]:
                found = (editing.journal.get(i, with_triples=False) for i in editing.journal.ids())
                return [c.id for c in found if c is not None and c.state == "proposed"]

            def queue_of(size: int) -> None:
                """Exactly ``size`` proposals waiting (the rest rejected, more proposed)."""
                reviewer = editing.users.active("aarne")
                assert reviewer is not None
                for change in waiting_ids()[size:]:
                    editing.review(change, reviewer, approve=False)
                for _ in range(size - len(waiting_ids())):
                    api.post("/api/changes", json=status_form() | {"kind": "set-status"}, headers=bearer)

            def ms(action) -> float:  # type: ignore[no-untyped-def]
                return median_ms(action, args.repeat)

            rows.append(
                (
                    "sign in (form page + Argon2 check)",
                    ms(sign_in),
                    "GET /api/changes (bearer)",
                    ms(lambda: api.get("/api/changes", headers=bearer)),
                )
            )
            rows.append(
                (
                    "edit form page (set-status)",
                    ms(lambda: editor.get("/workspace/edit/set-status")),
                    "GET /api/tasks/{id}",
                    ms(lambda: api.get("/api/tasks/task/steering-annual-clock")),
                )
            )
            form_token = token(editor.get("/workspace/edit/set-status").text)
            rows.append(
                (
                    "propose from the form (validated)",
                    ms(
                        lambda: editor.post(
                            "/workspace/edit/set-status", data=status_form() | {"csrf": form_token}
                        )
                    ),
                    "POST /api/changes",
                    ms(
                        lambda: api.post(
                            "/api/changes", json=status_form() | {"kind": "set-status"}, headers=bearer
                        )
                    ),
                )
            )
            for size in (int(n) for n in args.queue.split(",")):
                queue_of(size)
                rows.append(
                    (
                        f"review queue, {size} waiting (with before/after tables)",
                        ms(lambda: approver.get("/workspace/review")),
                        "GET /api/changes?state=proposed",
                        ms(lambda: api.get("/api/changes?state=proposed")),
                    )
                )
            entity = {"entity": "task/steering-annual-clock"}
            rows.append(
                (
                    "history page",
                    ms(lambda: api.get("/history", params=entity, headers=HTML)),
                    "GET /api/history",
                    ms(lambda: api.get("/api/history", params=entity)),
                )
            )
            RemoteStore(f"{oxigraph}/query", graph_store=f"{oxigraph}/store", timeout=120).load_files(
                ontology_files() + instance_files()
            )
            remote = RemoteStore(f"{oxigraph}/query", timeout=120)
            who = load_query(queries_dir() / "checks" / "who-does-what.rq")
            floor = ms(lambda: who.run(remote, {}))
    lines = [
        "# Web workspace: pages and posts beside the API (median ms, warm)",
        "",
        f"repeat {args.repeat}; shipped graph in a fresh durable store; real HTTP on 127.0.0.1",
        "",
        "| action | page ms | peer | peer ms | ratio |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {a} | {p:.1f} | {peer} | {q:.1f} | {p / q:.1f} |" for a, p, peer, q in rows]
    lines += [
        "",
        f"Oxigraph server, who-does-what over HTTP (the before/after table's main query): {floor:.1f} ms",
    ]
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

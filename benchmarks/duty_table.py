"""A proposal's before/after table at 10k, 100k and 1M triples: computed around the change beside
the former computation on a copy of the whole graph, and the review page and POST /api/changes
that show and make such a proposal, in one run.

    python -m benchmarks.duty_table [--sizes shipped,10000,100000,1000000] [--repeat 5]
                                    [--copy-up-to N] [--out FILE.md]

For each graph (benchmarks/generate.py, seeded into a fresh durable store as the service keeps
it) the changes of benchmarks/changes.py that touch assignments are timed: "cold" is the first
table after a graph version (a new checker: the duty count on the whole graph, then the change's
surroundings), "warm" a further proposal on the same version. The copy of the whole graph is
timed once cold (its baseline runs every coherence check) and warm (the copy alone). The review
page is timed cold (its table cache and checker dropped before each request) with one proposal
waiting; POST /api/changes validates and records that proposal.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from benchmarks.changes import changes
from benchmarks.common import graph_files, hand_in, machine_load, median_ms
from kg_service.api.app import create_app
from kg_service.checks.runner import Checker
from kg_service.config import Settings
from kg_service.editing.service import Editing
from tests.servers import running_app

PASSWORD = "aarne-bench-passphrase"  # noqa: S105 - fictitious, for a throwaway store
TOUCHING = ("an assignment's role", "a new assignment", "an assignment on a workstream")


def ms(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def nt(triples: list[ox.Triple]) -> str:
    return "".join(f"{t} .\n" for t in triples)


def measure(size: str, scratch: Path, repeat: int, copy_up_to: int) -> list[str]:
    data_dir = scratch / f"kg-{size}"
    started = time.perf_counter()
    editing = Editing.open(data_dir, graph_files(size, scratch))
    seeded = time.perf_counter() - started
    store = editing.store
    count = store.triple_count()
    found = {k: v for k, v in changes(store.store).items() if any(t in k for t in TOUCHING)}
    lines = [
        f"### {size}: {count:,} triples (seeded in {seeded:.0f} s)",
        "",
        "| change | around, cold ms | around, warm ms | whole copy, cold ms | whole copy, warm ms"
        " | cold ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, (add, remove) in found.items():
        cold = min(ms(lambda a=add, r=remove: Checker(store).duty_changes(a, r)) for _ in range(3))
        checker = Checker(store)
        warm = median_ms(lambda c=checker, a=add, r=remove: c.duty_changes(a, r), repeat)
        if count <= copy_up_to:
            whole = Checker(store)
            copy_cold = ms(lambda w=whole, a=add, r=remove: w.duty_changes_by_copy(a, r))
            copy_warm = ms(lambda w=whole, a=add, r=remove: w.duty_changes_by_copy(a, r))
            assert whole.duty_changes_by_copy(add, remove) == checker.duty_changes(add, remove)
            figures = f"{copy_cold:,.0f} | {copy_warm:,.0f} | {copy_cold / cold:,.0f}x"
        else:
            figures = "not run | not run | -"
        lines.append(f"| {label} | {cold:.1f} | {warm:.1f} | {figures} |")
    token = editing.users.add("edna", "editor")
    editing.users.add("aarne", "approver", PASSWORD)
    app = create_app(settings=Settings(data_dir=data_dir), editing=editing)

    def body(change: tuple[list[ox.Triple], list[ox.Triple]]) -> dict[str, str]:
        return {"reason": "Benchmark (fictitious)", "source": "Benchmark memo (fictitious)"} | {
            "add": nt(change[0]),
            "remove": nt(change[1]),
        }

    with running_app(app) as base, httpx.Client(base_url=base, timeout=600) as client:
        bearer = {"Authorization": f"Bearer {token}"}
        answers = {
            k: client.post("/api/changes", json=body(c), headers=bearer).status_code for k, c in found.items()
        }
        accepted = next((k for k, status in answers.items() if status == 201), next(iter(found)))
        post = median_ms(
            lambda: client.post("/api/changes", json=body(found[accepted]), headers=bearer), repeat
        )
        proposed = [
            c for c in (editing.journal.get(i, with_triples=False) for i in editing.journal.ids()) if c
        ]
        waiting = next((c.id for c in proposed if c.state == "proposed"), None)
        reviewer = editing.users.active("aarne")
        assert reviewer is not None
        for change in (editing.journal.get(i, with_triples=False) for i in editing.journal.ids()):
            if change is not None and change.state == "proposed" and change.id != waiting:
                editing.review(change.id, reviewer, approve=False)  # one proposal left waiting
        form = client.get("/sign-in").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', form)
        assert csrf
        client.post("/sign-in", data={"csrf": csrf.group(1), "username": "aarne", "password": PASSWORD})

        def cold_page() -> int:
            app.state.web_duty_tables = None
            app.state.checker = None
            return client.get("/workspace/review", headers={"Accept": "text/html"}).status_code

        page_cold = median_ms(cold_page, repeat)
        page_warm = median_ms(
            lambda: client.get("/workspace/review", headers={"Accept": "text/html"}), repeat
        )
    lines += [
        "",
        f"POST /api/changes ({accepted}, validated and recorded; first answers {answers}): {post:.1f} ms",
        f"review page with that proposal: cold (new checker, table computed) {page_cold:.1f} ms,"
        f" warm {page_warm:.1f} ms",
        "",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="shipped,10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copy-up-to", type=int, default=2_000_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [
        "## A proposal's before/after table: around the change beside a copy of the whole graph",
        "",
        f"Durable (on-disk) store; {args.repeat} runs after a warm-up unless marked cold (best of 3);"
        f" at the start {machine_load()}.",
        "",
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes.split(","):
            lines += measure(size, Path(scratch), args.repeat, args.copy_up_to)
            print("\n".join(lines), flush=True)
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

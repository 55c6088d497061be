"""The stored queries rewritten for portability (issue 14), before and after, side by side in one
run on the embedded Oxigraph store, at the shipped size and on a synthetic graph.

    python -m benchmarks.portable_queries [--before REF] [--sizes shipped,100000] [--repeat 15]
        [--out FILE.md]

"Before" is each query's text at git revision REF (the last one before the rewrite), "after" the
text in the working tree. Each is run with its example parameters (shipped data) and with no
parameters; every number is the median of --repeat runs after one warm-up, in milliseconds, and
the row counts of both are shown so a faster wrong answer cannot pass unnoticed.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from benchmarks.common import graph_files, hand_in, median_ms
from kg_service.queries.stored import StoredQuery, load_queries
from kg_service.rdf.files import project_root
from kg_service.store.base import QueryTimeoutError
from kg_service.store.embedded import EmbeddedStore

BEFORE = "d7ccc51"
"""The last revision of main before the rewrite."""
REWRITTEN = (
    "actor-relations",
    "actor-responsibilities",
    "ancestors",
    "raci-matrix",
    "responsibilities",
    "task-roles",
    "tasks",
)
TIMEOUT_SECONDS = 120.0


def text_at(revision: str, query: StoredQuery) -> str:
    """A query file's text at a git revision."""
    relative = query.path.resolve().relative_to(project_root())
    return subprocess.run(  # noqa: S603 - git with the revision the person benchmarking names
        ["git", "show", f"{revision}:{relative}"],  # noqa: S607 - git from PATH
        cwd=project_root(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def run_text(store: EmbeddedStore, query: StoredQuery, text: str, raw: dict[str, str]) -> int:
    """Rows of ``text`` bound like the stored query (same parameters, same typing)."""
    return len(store.select(text, query.bind(raw), timeout=TIMEOUT_SECONDS))


def timed(
    store: EmbeddedStore, query: StoredQuery, text: str, raw: dict[str, str], repeat: int
) -> tuple[str, str]:
    """(rows, median ms) of one text, or the time limit when it runs past it (once is enough)."""
    try:
        rows = run_text(store, query, text, raw)
        return str(rows), f"{median_ms(lambda: run_text(store, query, text, raw), repeat):.2f}"
    except QueryTimeoutError:
        return "-", f"> {TIMEOUT_SECONDS:g} s"


def measure(size: str, paths: list[Path], before: str, repeat: int) -> list[str]:
    """One table: each rewritten query, before and after, with and without its example."""
    store = EmbeddedStore.from_files(paths)
    queries = load_queries()
    lines = [
        f"### {size} ({store.triple_count()} triples)",
        "",
        "| query | parameters | before ms | after ms | after/before | rows before | rows after |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name in REWRITTEN:
        query = queries[name]
        old = text_at(before, query)
        calls = [("none", {})] + ([("example", query.example)] if size == "shipped" else [])
        for label, raw in calls:
            if any(p.required and p.name not in raw for p in query.parameters):
                continue
            rows_before, old_ms = timed(store, query, old, raw, repeat)
            rows_after, new_ms = timed(store, query, query.text, raw, repeat)
            both = "s" not in old_ms + new_ms
            ratio = f"{float(new_ms) / float(old_ms):.2f}" if both else "-"
            lines.append(
                f"| {name} | {label} | {old_ms} | {new_ms} | {ratio} | {rows_before} | {rows_after} |"
            )
            print(lines[-1], flush=True)
    return [*lines, ""]


def main() -> None:
    """Measure and print (and optionally write) a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--sizes", default="shipped,100000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [f"## Portable queries on embedded Oxigraph: before ({args.before}) and after (median ms)", ""]
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes.split(","):
            paths = graph_files(size, Path(scratch))
            lines += measure(size, paths, args.before, args.repeat)
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

"""The stored queries rewritten for portability (issue 14), before and after, side by side in one
run on the embedded Oxigraph store, at the shipped size and on a synthetic graph.

    python -m benchmarks.portable_queries [--before REF] [--first REF] [--sizes shipped,100000]
        [--repeat 15] [--queries NAME,...] [--out FILE.md]

"Before" is each query's text at git revision REF (the last one before the rewrite), "first" its
text after the first portable rewrite (which made Oxigraph slower), "after" the text in the
working tree. Each is run with no parameters and with its example parameters (on the synthetic
graph: SYNTHETIC_EXAMPLES, nodes that graph has); every number is the median of --repeat runs
after one warm-up, in milliseconds, and the row counts are shown so a faster wrong answer cannot
pass unnoticed.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.common import graph_files, hand_in, median_ms
from kg_service.queries.stored import StoredQuery, load_queries
from kg_service.rdf.files import project_root
from kg_service.store.base import QueryTimeoutError
from kg_service.store.embedded import EmbeddedStore

BEFORE = "d7ccc51"
"""The last revision of main before the rewrite."""
FIRST = "0cae2ad"
"""Main after the first portable rewrite, before it was made fast again on Oxigraph."""
REWRITTEN = (
    "actor-relations",
    "actor-responsibilities",
    "actors",
    "ancestors",
    "raci-matrix",
    "responsibilities",
    "task-roles",
    "tasks",
    "tasks-without-accountable",
)
SYNTHETIC_EXAMPLES = {
    "actors": {"kind": "kind/ely-centres", "at": "2025-06-01"},
    "task-roles": {"scope": "synthetic/part/0", "at": "2024-01-01"},
    "tasks": {"within": "synthetic/part/0"},
}
"""Parameters naming nodes of benchmarks/generate.py's graph. task-roles goes without `actor`:
the text before the rewrite runs for minutes with it at 100k (its EXISTS per task), and
pyoxigraph cannot stop a query, so one such run holds a core long after its time limit."""
TIMEOUT_SECONDS = 120.0
SLOW_SECONDS = 2.0
SLOW_REPEAT = 3


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
    """(rows, median ms) of one text, or the time limit when it runs past it (once is enough).

    A text slower than SLOW_SECONDS on its warm-up run is timed SLOW_REPEAT times, not
    ``repeat`` times, so that the slow forms do not hold the shared machine for many minutes.
    """
    try:
        started = time.perf_counter()
        rows = run_text(store, query, text, raw)
        runs = SLOW_REPEAT if time.perf_counter() - started > SLOW_SECONDS else repeat
        return str(rows), f"{median_ms(lambda: run_text(store, query, text, raw), runs):.2f}"
    except QueryTimeoutError:
        return "-", f"> {TIMEOUT_SECONDS:g} s"


def ratio(new_ms: str, old_ms: str) -> str:
    """new/old, or '-' when either ran past the time limit."""
    return "-" if "s" in new_ms + old_ms else f"{float(new_ms) / float(old_ms):.2f}"


def measure(
    size: str, paths: list[Path], revisions: tuple[str, str], repeat: int, names: tuple[str, ...]
) -> list[str]:
    """One table: each rewritten query before, after the first rewrite and now, with and
    without its example."""
    store = EmbeddedStore.from_files(paths)
    queries = load_queries()
    lines = [
        f"### {size} ({store.triple_count()} triples)",
        "",
        "| query | parameters | before ms | first rewrite ms | now ms | now/before "
        "| rows before | rows first | rows now |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in names:
        query = queries[name]
        before, first = (text_at(revision, query) for revision in revisions)
        example = query.example if size == "shipped" else SYNTHETIC_EXAMPLES.get(name)
        calls = [("none", {})] + ([(_label(example), example)] if example else [])
        for label, raw in calls:
            if any(p.required and p.name not in raw for p in query.parameters):
                continue
            rows_before, before_ms = timed(store, query, before, raw, repeat)
            rows_first, first_ms = timed(store, query, first, raw, repeat)
            rows_now, now_ms = timed(store, query, query.text, raw, repeat)
            lines.append(
                f"| {name} | {label} | {before_ms} | {first_ms} | {now_ms} | {ratio(now_ms, before_ms)} "
                f"| {rows_before} | {rows_first} | {rows_now} |"
            )
            print(lines[-1], flush=True)
    return [*lines, ""]


def _label(example: dict[str, str]) -> str:
    """The parameters of a call, as a table cell."""
    return ", ".join(f"{key}={value}" for key, value in sorted(example.items()))


def main() -> None:
    """Measure and print (and optionally write) a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--first", default=FIRST)
    parser.add_argument("--queries", default=",".join(REWRITTEN), help="some of the rewritten queries")
    parser.add_argument("--sizes", default="shipped,100000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [
        f"## Portable queries on embedded Oxigraph: before ({args.before}), first rewrite "
        f"({args.first}) and now (median ms)",
        "",
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes.split(","):
            paths = graph_files(size, Path(scratch))
            lines += measure(
                size, paths, (args.before, args.first), args.repeat, tuple(args.queries.split(","))
            )
    hand_in(lines, args.out)


if __name__ == "__main__":
    main()

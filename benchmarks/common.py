"""What every benchmark does the same way: time an action, pick the graph of a size, hand in the
report. Written once so that every figure in benchmarks/results/ is measured alike (a warm-up
call, then the median of the repeats) and read from the same files."""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import write as write_synthetic
from kg_service.rdf.files import instance_files, ontology_files

SIZES_HELP = "comma-separated: 'shipped' (the repository's graph) or a number of synthetic triples"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` in milliseconds over ``repeat`` runs, after one warm-up call."""
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def samples_ms(action: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (this process) times of ``action`` in milliseconds, ``repeat`` runs after one
    warm-up call. CPU time shows the work itself when other jobs share the machine."""
    action()
    wall, cpu = [], []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def machine_load() -> str:
    """The load averages and core count, as every report states them (figures of a busy machine
    are not comparable with a quiet one's)."""
    return f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` 0.5 = median, 0.95 = p95) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def graph_files(size: str, scratch: Path) -> list[Path]:
    """The files of a benchmark graph: the shipped ontology and instances for 'shipped', else the
    ontology with a synthetic graph of ``size`` triples written into ``scratch``."""
    if size == "shipped":
        return ontology_files() + instance_files()
    target = scratch / f"synthetic-{size}.nt"
    write_synthetic(int(size), target)
    return [*ontology_files(), target]


def hand_in(lines: list[str], out: Path | None) -> None:
    """Print the Markdown report and, when asked, write it to ``out``."""
    report = "\n".join(lines) + "\n"
    print(report)
    if out:
        out.write_text(report, encoding="utf-8")

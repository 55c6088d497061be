"""Load from wrk (Debian's package), so that the generator is not what is measured.

A load generator on the same 2 cores as the service takes CPU from it. The Python generator
these benchmarks used first (httpx, asyncio) needed about 1.5 ms of CPU per request and more than
a core under the hostile test, and its own waits for CPU showed up as the service's latency.
wrk, written in C, needs a few microseconds a request. It runs one thread with ``concurrency``
connections, each sending the next path of a cycle as soon as its answer is in (as the Python
generator did), and reports the rate, percentiles and failed requests (errors and 4xx/5xx).

Installed by ``make bench-load`` (Debian's package wrk).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("cycle_paths.lua")
_RESULT = re.compile(
    r"^RESULT requests=(\d+) seconds=([\d.]+) p50_us=(\d+) p99_us=(\d+) failed=(\d+)$", re.MULTILINE
)


@dataclass(frozen=True)
class Load:
    """What one load run measured."""

    rate: float
    p50_ms: float
    p99_ms: float
    failed: int

    def __str__(self) -> str:
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self.rate:,.0f} req/s, p50 {self.p50_ms:.1f} ms, p99 {self.p99_ms:.1f} ms{failed}"


def run_load(
    base: str, paths: list[str], concurrency: int, seconds: float, headers: dict[str, str] | None = None
) -> Load:
    """Keep ``concurrency`` requests in flight for ``seconds``, cycling through ``paths`` (each
    beginning with '/') on ``base``, a loopback URL."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed: apt-get install wrk (make bench-load installs it)")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as listed:
        listed.write("\n".join(paths) + "\n")
        listed.flush()
        command = [wrk, "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--timeout", "60s"]
        for name, value in (headers or {}).items():
            command += ["-H", f"{name}: {value}"]
        done = subprocess.run(  # noqa: S603 - wrk with our own arguments
            [*command, "-s", str(SCRIPT), base],
            capture_output=True,
            text=True,
            env={**os.environ, "WRK_PATHS": listed.name},
            timeout=seconds + 120,
            check=False,
        )
    found = _RESULT.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    requests, elapsed, p50, p99, failed = found.groups()
    return Load(int(requests) / float(elapsed), int(p50) / 1000, int(p99) / 1000, int(failed))

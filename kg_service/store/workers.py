"""Callers' SPARQL and draft checks run in worker processes that are killed past their limits.

Oxigraph cannot cancel a query, so a thread that gives up waiting leaves the query running: one
short GET could hold gigabytes and four heavy ones could occupy every thread for minutes (issue
10). Here each query of a caller runs in a worker process forked from a zygote holding a copy of
the graph (``zygote.py``). The service waits for the answer; past the time limit, or when the
worker's resident memory grows past the budget, it kills the worker (the CPU and memory are back
at once) and forks a replacement in the background. Workers run at nice 10 so that the
service's own cheap look-ups get the CPU first, and at most ``size`` of them run at once:
a caller who finds them all busy for ``wait`` seconds gets a 503 instead of joining a queue.

A draft check (kg_service.checks.request) is sent to the same workers with the check's own time
limit (KG_CHECK_TIMEOUT): a 1 MB draft could keep a core busy for minutes (issue 10).

When the graph changes (``Store.version()`` moves) the zygote is replaced by one loaded from the
new graph, so no worker answers from an older graph.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.reduction import send_handle
from pathlib import Path

import pyoxigraph as ox

from kg_service.checks.errors import DraftError
from kg_service.checks.model import CheckReport
from kg_service.checks.request import CheckRequest
from kg_service.i18n.errors import Localised, syntax_error
from kg_service.store.base import (
    GraphResult,
    QueryError,
    QueryResult,
    QueryTimeoutError,
    ResultLimitError,
    SelectResult,
    Store,
    StoreError,
    solution_rows,
)
from kg_service.store.embedded import EmbeddedStore

PAGE = os.sysconf("SC_PAGE_SIZE")
WATCH_INTERVAL = 0.02
"""How often the service looks at a running worker's memory (seconds)."""
START_TIMEOUT = 600.0
"""Longest wait for a zygote to load the graph (a million triples take a few seconds)."""


class QueryMemoryError(QueryError):
    """The query needed more memory than a query may use."""


class QueryWorkersBusyError(StoreError):
    """Every query worker stayed busy for the admission wait: the caller should retry later."""


def resident_bytes(pid: int) -> int:
    """A process's resident memory (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def kill(pid: int) -> None:
    """Kill a worker; it may already be gone."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


@dataclass
class Worker:
    """One forked worker: its pid, its end of the socket and the graph generation it holds."""

    pid: int
    connection: Connection
    generation: int
    baseline: int = field(default=0)
    alive: bool = True

    def stop(self) -> None:
        """Kill the worker and close its socket."""
        self.alive = False
        kill(self.pid)
        self.connection.close()

    def ask(self, request: tuple[str, tuple[object, ...]], timeout: float, budget: int) -> tuple[str, object]:
        """Send a query or a draft check and wait for the answer, killing the worker past the time
        or memory budget."""
        kind, args = request
        self.connection.send((kind, args, timeout))
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stop()
                key = "check.timeout" if kind == "check" else "query.timeout"
                raise QueryTimeoutError(Localised(key, seconds=f"{timeout:g}"))
            if self.connection.poll(min(WATCH_INTERVAL, remaining)):
                try:
                    return self.connection.recv()
                except (EOFError, OSError):
                    # The worker died mid-query: the address-space ceiling aborts it when an
                    # allocation jumps past the budget between two looks at its memory.
                    self.stop()
                    raise memory_error(kind, budget) from None
            if resident_bytes(self.pid) - self.baseline > budget:
                self.stop()
                raise memory_error(kind, budget)


def memory_error(kind: str, budget: int) -> QueryMemoryError:
    """The caller's explanation of a query or check stopped for its memory use."""
    megabytes = budget // (1024 * 1024)
    return QueryMemoryError(Localised(f"{kind}.memory", megabytes=megabytes))


class QueryWorkers(Store):
    """A small pool of killable query workers over an embedded store's graph."""

    name = "embedded"

    def __init__(
        self,
        store: EmbeddedStore,
        size: int = 2,
        memory_limit: int = 1024 * 1024 * 1024,
        wait: float = 1.0,
    ) -> None:
        self.store = store
        self.size = max(1, size)
        self.memory_limit = memory_limit
        self.wait = wait
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._lock = threading.RLock()  # the zygote conversation and the generation
        self._zygote: subprocess.Popen[bytes] | None = None
        self._control: Connection | None = None
        self._generation = 0
        self._version: str | None = None
        self._busy = 0
        self._waiting = 0
        self.stopped = 0
        self.closed = False

    # -- the store protocol -------------------------------------------------------------------
    def version(self) -> str:
        """The version of the graph being served."""
        return self.store.version()

    def triple_count(self) -> int:
        """How many triples the graph holds."""
        return self.store.triple_count()

    def all_triples(self) -> list[ox.Triple]:
        """Every triple of the default graph."""
        return self.store.all_triples()

    def execute(self, query: str, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """Run any read query in a worker, within the time, memory and size limits."""
        kind, payload = self._ask(("query", (query, limit)), timeout)
        return to_result(kind, payload, limit)

    def check(self, request: CheckRequest, timeout: float) -> CheckReport | str | bytes:
        """Check a draft against the graph in a worker, killed past the time or memory budget:
        the report rendered as ``request.fmt`` asks, or the result itself when it asks none."""
        kind, payload = self._ask(("check", (request,)), timeout)
        if kind == "draft-error":
            assert isinstance(payload, tuple)  # noqa: S101 - the worker sends DraftError.state()
            raise DraftError.from_state(payload)
        if kind != "checked":
            raise StoreError(f"the check failed: {payload}")
        assert isinstance(payload, CheckReport | str | bytes)  # noqa: S101 - see zygote.run_check
        return payload

    def _ask(self, request: tuple[str, tuple[object, ...]], timeout: float | None) -> tuple[str, object]:
        worker = self._acquire()
        try:
            return worker.ask(request, timeout or 3600.0, self.memory_limit)
        finally:
            self._release(worker)

    # -- workers ---------------------------------------------------------------------------------
    def status(self) -> dict[str, int]:
        """How busy the workers are, for /health (no store access: O(1))."""
        return {
            "workers": self.size,
            "busy": self._busy,
            "waiting": self._waiting,
            "stopped": self.stopped,
        }

    def refresh(self) -> None:
        """Serve the store's current graph: a new zygote, new workers; old ones end after their query."""
        with self._lock:
            if self.closed:
                raise StoreError("the query workers are shut down")
            self._stop_zygote()
            self._generation += 1
            self._start_zygote()
            for _ in range(self.size):
                self._idle.put(self._fork())

    def close(self) -> None:
        """Stop every worker and the zygote."""
        with self._lock:
            self.closed = True
            self._stop_zygote()

    def _acquire(self) -> Worker:
        if self._version != self.store.version():
            with self._lock:
                if self._version != self.store.version():
                    self.refresh()
        self._waiting += 1
        try:
            worker = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise QueryWorkersBusyError(Localised("query.busy", workers=self.size)) from None
        finally:
            self._waiting -= 1
        self._busy += 1
        return worker

    def _release(self, worker: Worker) -> None:
        self._busy -= 1
        current = worker.generation == self._generation and not self.closed
        if worker.alive and current:
            self._idle.put(worker)
            return
        if worker.alive:
            worker.stop()
        if current:
            self.stopped += 1
            threading.Thread(target=self._replace, args=(worker.generation,), daemon=True).start()

    def _replace(self, generation: int) -> None:
        """Fork a replacement off the request path (unless the graph moved on meanwhile)."""
        with self._lock:
            if generation == self._generation and not self.closed:
                self._idle.put(self._fork())

    def _start_zygote(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="kg-graph-"))
        try:
            dump = folder / "graph.nq"
            version = self.store.version()
            self.store.store.dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
            with theirs:
                self._zygote = subprocess.Popen(  # noqa: S603 - our own module, no shell
                    [sys.executable, "-m", "kg_service.store.zygote", str(theirs.fileno()), str(dump)],
                    pass_fds=[theirs.fileno()],
                    env={**os.environ, "RUST_BACKTRACE": "0"},
                )
            self._control = Connection(ours.detach())
            if not self._control.poll(START_TIMEOUT) or self._control.recv() != "ready":
                raise StoreError("the query worker process did not start")
            self._version = version
        except (EOFError, OSError) as error:
            raise StoreError(f"the query worker process did not start: {error}") from None
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _fork(self) -> Worker:
        assert self._control is not None and self._zygote is not None  # noqa: S101 - started first
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        with theirs:
            send_handle(self._control, theirs.fileno(), self._zygote.pid)
            self._control.send(self.memory_limit)
            pid = self._control.recv()
        worker = Worker(pid, Connection(ours.detach()), self._generation)
        worker.baseline = resident_bytes(pid)
        return worker

    def _stop_zygote(self) -> None:
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._zygote is not None:
            try:
                self._zygote.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._zygote.kill()
                self._zygote.wait(timeout=10)
            self._zygote = None
        self._version = None


def user_query_store(store: Store, size: int, memory_mb: int, wait: float) -> Store:
    """Where callers' own SPARQL runs: killable workers over an embedded graph; a remote store
    runs queries in its own server, which the HTTP client stops waiting for at the limit."""
    if isinstance(store, EmbeddedStore):
        return QueryWorkers(store, size=size, memory_limit=memory_mb * 1024 * 1024, wait=wait)
    return store


def to_result(kind: str, payload: object, limit: int | None) -> QueryResult:
    """A worker's tagged answer as a query result (or the error it stands for)."""
    if kind == "boolean":
        return bool(payload)
    if kind == "triples":
        assert isinstance(payload, bytes)  # noqa: S101 - the worker sends N-Triples bytes
        return GraphResult([quad.triple for quad in ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)])
    if kind == "rows":
        assert isinstance(payload, bytes)  # noqa: S101 - the worker sends SPARQL TSV bytes
        solutions = ox.parse_query_results(payload, format=ox.QueryResultsFormat.TSV)
        assert isinstance(solutions, ox.QuerySolutions)  # noqa: S101
        variables = [variable.value for variable in solutions.variables]
        return SelectResult(variables, solution_rows(variables, solutions))
    if kind == "syntax":
        raise QueryError(syntax_error(str(payload)))
    if kind == "too-many":
        raise ResultLimitError(Localised(f"query.too_many_{payload}", limit=limit))
    raise QueryError(Localised("query.failed", detail=payload))

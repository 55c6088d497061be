"""The process that holds a copy of the graph and forks query workers from it.

Oxigraph cannot cancel a running query (RECIPES.md, "Stopping queries"): the only sure way to
stop a runaway query and free its memory is to kill the process running it. Forking a worker
from the service itself is unsafe once the service runs threads, so this small process is
started afresh (``python -m kg_service.store.zygote FD DUMP``), loads the graph from a dump and
stays single-threaded: every fork from it is clean and costs milliseconds, and the workers share
its loaded graph copy-on-write.

Control protocol on FD (a Unix socket): the parent sends a socket end (SCM_RIGHTS) followed by
the worker's memory budget in bytes; the zygote forks a worker serving that socket and answers
with the worker's pid. End of file on FD means the service is gone or serves a newer graph: the
zygote exits, and each worker ends when its own socket closes. A worker also arms an alarm for
every query (the default action of SIGALRM ends the process even inside Oxigraph), so a query
can outlive its limit only by a few seconds even if the service itself died meanwhile. A worker
answers draft checks too (``run_check``), with a checker over its own copy of the graph.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from multiprocessing.connection import Connection
from multiprocessing.reduction import recv_handle

import pyoxigraph as ox

from kg_service.checks.errors import DraftError
from kg_service.checks.request import CheckRequest, perform
from kg_service.checks.runner import Checker
from kg_service.store.embedded import EmbeddedStore

WORKER_NICENESS = 10
ALARM_GRACE = 2
"""Seconds past a query's time limit after which the worker ends itself (the service kills it
at the limit; this only matters when the service is gone)."""
EXTRA_ADDRESS_SPACE = 512 * 1024 * 1024
"""Address space a worker may reserve beyond its budget before the kernel refuses: a backstop
for the parent's watch of resident memory, which stops a query at the budget itself."""


def run_query(store: ox.Store, query: str, limit: int | None) -> tuple[str, object]:
    """Run one query; the answer is a tagged tuple the parent turns back into a result.

    Rows travel as SPARQL TSV and triples as N-Triples, written and read by Oxigraph itself:
    pickling terms one by one costs ~50 µs a row, these bytes well under a tenth of that. Both
    formats put one row or triple on a line (line breaks inside literals are escaped), so
    counting lines enforces the size limit.
    """
    try:
        result = store.query(query)
    except SyntaxError as error:
        return "syntax", str(error)
    except (OSError, ValueError, RuntimeError) as error:
        return "failed", str(error)
    if isinstance(result, ox.QueryBoolean):
        return "boolean", bool(result)
    if isinstance(result, ox.QueryTriples):
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        if limit is not None and data.count(b"\n") > limit:
            return "too-many", "triples"
        return "triples", data
    data = result.serialize(format=ox.QueryResultsFormat.TSV) or b""
    if limit is not None and data.count(b"\n") - 1 > limit:
        return "too-many", "rows"
    return "rows", data


def run_check(store: ox.Store, request: CheckRequest) -> tuple[str, object]:
    """Check a draft against this worker's graph: the report (or result), or the draft's error.

    The checker is made on a worker's first check (a fifth of a second on the shipped graph) and
    kept for the worker's life: a worker serves one graph generation only.
    """
    global _checker
    if _checker is None:
        _checker = Checker(EmbeddedStore(store))
    try:
        return "checked", perform(_checker, request)
    except DraftError as error:
        return "draft-error", error.state()


_checker: Checker | None = None


def serve(store: ox.Store, connection: Connection) -> None:
    """A worker's life: answer queries and draft checks one at a time until the parent hangs up."""
    while True:
        try:
            kind, args, seconds = connection.recv()
        except (EOFError, OSError):
            os._exit(0)
        signal.alarm(int(seconds) + ALARM_GRACE)
        try:
            answer = run_check(store, *args) if kind == "check" else run_query(store, *args)
        except Exception as error:
            answer = ("failed", f"{type(error).__name__}: {error}")
        signal.alarm(0)
        connection.send(answer)


def become_worker(store: ox.Store, fd: int, budget: int, control: int) -> None:
    """In the forked child: a low CPU priority, a memory ceiling, then serve until told to stop."""
    os.close(control)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    # A low priority: a heavy query gets a tenth of the CPU the service's own requests get.
    # (SCHED_IDLE or nice 19 would be stricter, but starve queries outright on a machine busy
    # with other work.)
    os.setpriority(os.PRIO_PROCESS, 0, WORKER_NICENESS)
    with open("/proc/self/statm", encoding="ascii") as statm:
        reserved = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    ceiling = reserved + budget + EXTRA_ADDRESS_SPACE
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    serve(store, Connection(fd))


def main(control_fd: int, dump: str) -> None:
    """Load the graph, then fork a worker for every socket the parent sends."""
    store = ox.Store()
    store.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
    control = Connection(control_fd)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps finished workers
    control.send("ready")
    while True:
        try:
            fd = recv_handle(control)
            budget = control.recv()
        except (EOFError, OSError):
            break
        pid = os.fork()
        if pid == 0:
            try:
                become_worker(store, fd, budget, control_fd)
            finally:
                os._exit(0)
        os.close(fd)
        control.send(pid)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])

"""Real servers for the tests, on 127.0.0.1 only: Oxigraph and Virtuoso SPARQL servers, the service.

Every wait loop is bounded in count and time, and every server is stopped by its fixture.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import uvicorn
from fastapi import FastAPI

LOOPBACK = "127.0.0.1"
WAIT_STEPS = 100
WAIT_STEP_SECONDS = 0.1


def free_port() -> int:
    """A TCP port free on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def wait_for(url: str) -> None:
    """Poll ``url`` until it answers (any HTTP status), at most WAIT_STEPS times."""
    for _ in range(WAIT_STEPS):
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(WAIT_STEP_SECONDS)
    raise RuntimeError(f"{url} did not come up within {WAIT_STEPS * WAIT_STEP_SECONDS:.0f} s")


def oxigraph_binary() -> str:
    """The `oxigraph` command from the PyPI package, next to this Python or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


@contextlib.contextmanager
def oxigraph_server() -> Iterator[str]:
    """An in-memory Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--bind", f"{LOOPBACK}:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://{LOOPBACK}:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


VIRTUOSO_GRAPH = "https://w3id.org/fi-employment-steering/graph"
"""The named graph the tests load Virtuoso into (the README's recipe) and read as default graph."""
VIRTUOSO_PASSWORD = "dba"  # noqa: S105 - a temporary database on loopback, Virtuoso's default
"""The password of a fresh database's `dba` user; the database is temporary and on loopback only."""
VIRTUOSO_START_STEPS = 600
"""A fresh database is created at the first start: allow up to 60 s (it takes ~6 s here)."""

VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = {host}:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 0
DirsAllowed = ., {dir}, {root}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = {host}:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 400
"""
"""Debian's settings, made private: loopback ports, a temporary directory, the shipped result cap
(10,000 rows, which the remote store must detect rather than pass on as a short answer)."""


def wait_steps(url: str, steps: int) -> None:
    """Poll ``url`` until it answers with 200, at most ``steps`` times."""
    for _ in range(steps):
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(WAIT_STEP_SECONDS)
    raise RuntimeError(f"{url} did not come up within {steps * WAIT_STEP_SECONDS:.0f} s")


@contextlib.contextmanager
def virtuoso_server() -> Iterator[tuple[str, str, int]]:
    """Debian's Virtuoso with a temporary database on free loopback ports.

    Yields the HTTP base URL, the SQL server address (for the loader) and the process id (to
    see whether the server is still working). The database directory is removed afterwards.
    """
    binary = shutil.which("virtuoso-t")
    if not binary:
        raise RuntimeError("Virtuoso is not installed (Debian package virtuoso-opensource)")
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="kg-virtuoso-") as directory:
        sql_port, http_port = free_port(), free_port()
        ini = Path(directory) / "virtuoso.ini"
        ini.write_text(
            VIRTUOSO_INI.format(
                dir=directory, root=root, host=LOOPBACK, sql_port=sql_port, http_port=http_port
            ),
            encoding="utf-8",
        )
        process = subprocess.Popen(
            [binary, "+configfile", str(ini), "+foreground"],
            cwd=directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://{LOOPBACK}:{http_port}"
        try:
            wait_steps(f"{base}/sparql?query=ASK%7B%7D", VIRTUOSO_START_STEPS)
            yield base, f"{LOOPBACK}:{sql_port}", process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def load_virtuoso(sql_address: str) -> None:
    """Load the shipped graph with the README's recipe, scripts/load-virtuoso.sh."""
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [str(root / "scripts" / "load-virtuoso.sh"), sql_address, VIRTUOSO_GRAPH],
        env={**os.environ, "VIRTUOSO_PASSWORD": VIRTUOSO_PASSWORD},
        check=True,
        timeout=300,
        capture_output=True,
    )


@contextlib.contextmanager
def running_app(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn in a thread on a free loopback port; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=LOOPBACK, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://{LOOPBACK}:{port}"
    try:
        wait_for(f"{base}/health")
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)

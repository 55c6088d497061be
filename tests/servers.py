"""Real servers for the tests, on 127.0.0.1 only: an Oxigraph SPARQL server and the service.

Every wait loop is bounded in count and time, and every server is stopped by its fixture.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
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

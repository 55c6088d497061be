"""The issue's "done when", from the outside: `kg` commands and the service as real processes.

Create an editor and an approver with `kg user add`, propose a status change over HTTP, approve
it, see it in the task and its history, restart the service and still see it, and find it as a
one-line diff of the instance files after `kg export`. An invalid changeset is refused with its
findings and the triple count does not move.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ES, REPO
from tests.servers import LOOPBACK, free_port, wait_for
from tests.test_changes import BROKEN, STATUS_CHANGE, TASK, call

START_ATTEMPTS = 9
"""wait_for waits 10 s; a first start seeds the store, so allow up to 90 s on a busy machine."""
KG = [sys.executable, "-c", "import sys; from kg_service.cli import main; sys.exit(main())"]


def kg(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], env=env, capture_output=True, text=True, timeout=300, check=False)


@contextmanager
def service(env: dict[str, str], *flags: str) -> Iterator[str]:
    """`kg serve` as a process on a free loopback port; stopped (SIGTERM, then SIGKILL) at the end."""
    port = free_port()
    process = subprocess.Popen(
        [*KG, "serve", "--host", LOOPBACK, "--port", str(port), *flags],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://{LOOPBACK}:{port}"
    try:
        for attempt in range(START_ATTEMPTS):
            try:
                wait_for(f"{base}/health")
                break
            except RuntimeError:
                if attempt == START_ATTEMPTS - 1 or process.poll() is not None:
                    raise
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def test_done_when(tmp_path: Path) -> None:
    env = os.environ | {"KG_DATA_DIR": str(tmp_path / "kg"), "PYTHONPATH": str(REPO)}
    added = {
        name: kg(env, "user", "add", name, "--role", role)
        for name, role in (("edna", "editor"), ("aarne", "approver"))
    }
    assert all(r.returncode == 0 for r in added.values())
    editor, approver = (added[n].stdout.strip().splitlines()[-1] for n in ("edna", "aarne"))

    with service(env) as base:
        count = call(base, "GET", "/health")[1]["triples"]
        status, proposed = call(base, "POST", "/api/changes", STATUS_CHANGE, editor)
        assert status == 201
        assert call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=approver)[0] == 200
        assert call(base, "GET", f"/api/tasks/{TASK}?at=2026-12-01")[1]["status"]["id"] == ES + "status/done"
        assert call(base, "GET", f"/api/history?entity={TASK}")[1]["count"] == 1
        count = call(base, "GET", "/health")[1]["triples"]
        status, refused = call(base, "POST", "/api/changes", BROKEN, editor)
        assert status == 422 and refused["error"]["findings"]
        assert call(base, "GET", "/health")[1]["triples"] == count

    with service(env) as base:  # a restart keeps the applied change
        assert call(base, "GET", f"/api/tasks/{TASK}?at=2026-12-01")[1]["status"]["id"] == ES + "status/done"
        history = call(base, "GET", f"/api/history?entity={TASK}")[1]["changes"]
        assert [c["id"] for c in history] == [proposed["id"]]
        assert call(base, "GET", "/health")[1]["triples"] == count
        exported = kg(env, "export", "--to", str(tmp_path / "instances"))  # beside the running service
    assert exported.returncode == 0, exported.stderr
    diff = subprocess.run(
        ["diff", "-r", str(REPO / "instances"), str(tmp_path / "instances")],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    changed = [line for line in diff.splitlines() if line[:2] in ("< ", "> ")]
    removed = [line[2:] for line in changed if line.startswith("< ")]
    added = [line[2:] for line in changed if line.startswith("> ")]
    # the task's one statement gains the new observation; the observation is written out; nothing is lost
    new = "<status-observation/steering-annual-clock/2026-11-30>"
    seed = "<status-observation/steering-annual-clock/seed-000>"
    assert removed == [f"task:steering-annual-clock eso:statusObservation {seed} ."]
    assert added[0] == removed[0][:-2] + f" , {new} ."
    assert f"{new} a eso:StatusObservation ;" in added and "    eso:statusValue status:done ;" in added
    again = kg(env, "export", "--to", str(tmp_path / "instances"))
    assert again.returncode == 0 and again.stdout == ""  # the same graph gives the same bytes

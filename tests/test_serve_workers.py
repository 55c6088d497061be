"""`kg serve --workers N`: several HTTP worker processes serve read-only; taking changes needs one.

Real `kg serve` processes on loopback ports, the processes counted from /proc.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from kg_service.cli import main
from tests.conftest import REPO
from tests.test_changes import STATUS_CHANGE
from tests.test_changes_end_to_end import service


def serving_processes(base: str) -> list[int]:
    """The pid listening on ``base``'s port, found through /proc/net/tcp and the sockets' inodes."""
    port = int(base.rsplit(":", 1)[1])
    inodes = set()
    for line in Path("/proc/net/tcp").read_text(encoding="ascii").splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == "0A":  # LISTEN
            inodes.add(fields[9])
    owners = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if any(f"socket:[{inode}]" in links for inode in inodes):
            owners.append(int(entry.name))
    return owners


def test_several_workers_serve_read_only(tmp_path) -> None:
    env = os.environ | {"KG_DATA_DIR": str(tmp_path / "kg"), "PYTHONPATH": str(REPO)}
    with service(env, "--workers", "2", "--read-only") as base:
        with httpx.Client(timeout=60) as client:
            for _ in range(4):
                assert client.get(f"{base}/health").json()["status"] == "ok"
            asked = client.get(f"{base}/sparql", params={"query": "ASK { ?s a ?t }"})
            assert asked.status_code == 200 and asked.json()["boolean"] is True
            token = {"Authorization": "Bearer any-token"}
            refused = client.post(f"{base}/api/changes", json=STATUS_CHANGE, headers=token)
            assert refused.status_code == 403 and refused.json()["error"]["status"] == 403
        # the master and its two HTTP worker processes share the listening socket
        assert len(serving_processes(base)) >= 3


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--workers", "2"], "--read-only"),  # a second writer of the durable store
        (["--workers", "0", "--read-only"], "--workers"),
    ],
)
def test_serve_refuses_workers_it_cannot_run(tmp_path, monkeypatch, capsys, flags, said) -> None:
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path / "kg"))
    assert main(["serve", "--port", "9", *flags]) == 2
    assert said in capsys.readouterr().err
    assert not (tmp_path / "kg").exists()  # nothing was opened for writing


def test_a_serving_process_lets_threads_take_the_gil_every_millisecond() -> None:
    """`kg serve` and each of its worker processes set the GIL's switch interval (cli/serve.py)."""
    import sys

    from kg_service.cli.serve import GIL_SWITCH_INTERVAL_S, share_the_gil_finely

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        share_the_gil_finely()
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_INTERVAL_S) == pytest.approx(0.001)
    finally:
        sys.setswitchinterval(before)

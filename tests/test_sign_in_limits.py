"""Failed sign-ins are limited across processes: the counts live in a file in KG_DATA_DIR.

Several HTTP worker processes (or a restarted service) must not each grant the limit anew:
real processes record failures in one file, and two services on one data directory refuse
a client together.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.editing.service import Editing
from kg_service.editing.sign_in_limits import FILE_NAME, FailureLimiter
from kg_service.rdf.files import instance_files, ontology_files
from tests.conftest import REPO
from tests.servers import running_app
from tests.test_changes import call

CLIENT = "192.0.2.7"  # an address of the documentation range (RFC 5737)


def test_failures_recorded_by_another_process_count_here(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    other = textwrap.dedent(f"""
        from pathlib import Path
        from kg_service.editing.sign_in_limits import FailureLimiter
        limiter = FailureLimiter(Path({str(path)!r}))
        for _ in range(6):
            limiter.fail({CLIENT!r})
    """)
    subprocess.run([sys.executable, "-c", other], cwd=REPO, check=True, timeout=60)
    here = FailureLimiter(path)
    for _ in range(3):
        here.fail(CLIENT)
    assert not here.blocked(CLIENT)  # nine failures in all
    here.fail(CLIENT)
    assert here.blocked(CLIENT)
    assert not here.blocked("192.0.2.8")  # another address is not punished


def test_failures_past_the_window_are_forgotten_and_the_table_stays_bounded(tmp_path: Path) -> None:
    now = [1_000_000.0]
    limiter = FailureLimiter(tmp_path / FILE_NAME, limit=3, window=60, clients=2, clock=lambda: now[0])
    for _ in range(3):
        limiter.fail(CLIENT)
    assert limiter.blocked(CLIENT)
    now[0] += 61
    assert not limiter.blocked(CLIENT)
    for n in range(20):
        limiter.fail(f"192.0.2.{n}")
    (rows,) = limiter._db.execute("SELECT COUNT(*) FROM failure").fetchone()
    assert rows == 2 * 3  # clients x limit at most


def test_two_services_on_one_data_directory_refuse_a_guesser_together(tmp_path: Path) -> None:
    editing = Editing.open(tmp_path, ontology_files() + instance_files())
    token = editing.users.add("ulla", "editor")
    first = create_app(settings=Settings(data_dir=tmp_path), editing=editing)
    second = create_app(settings=Settings(data_dir=tmp_path), editing=editing)
    with running_app(first) as one, running_app(second) as two:
        answers = [call(one, "POST", "/api/changes", [], f"ulla.guess-{n}")[0] for n in range(5)]
        answers += [call(two, "POST", "/api/changes", [], f"ulla.guess-{n}")[0] for n in range(5)]
        assert answers == [401] * 10
        assert call(one, "POST", "/api/changes", [], token)[0] == 429
        assert call(two, "POST", "/api/changes", [], token)[0] == 429


def test_a_data_directory_it_cannot_write_still_limits_per_process(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    limiter = FailureLimiter(blocker / FILE_NAME, limit=2)  # its parent is a file: no SQLite there
    limiter.fail(CLIENT)
    limiter.fail(CLIENT)
    assert limiter.blocked(CLIENT)

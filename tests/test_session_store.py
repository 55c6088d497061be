"""Web sessions live in a file in KG_DATA_DIR: a restarted service or another process knows them.

A real `kg serve` process signs a browser in, is stopped and started again, and the same cookie
still opens the workspace and posts a form; after `kg user revoke` it no longer does. The table
stays bounded and forgets expired sessions; an unwritable directory falls back to memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx

from kg_service.web.session_store import FILE_NAME, Sessions
from tests.conftest import REPO
from tests.test_changes_end_to_end import KG, kg, service
from tests.test_web_workspace import token_of

PASSWORD = "example-passphrase-for-tests"  # noqa: S105 - fictitious, for a throwaway store


def sign_in(base: str, cookies: httpx.Cookies) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60, headers={"Accept": "text/html"}, cookies=cookies)
    form = client.get("/sign-in?lang=fi").text
    answer = client.post(
        "/sign-in?lang=fi",
        data={"csrf": token_of(form), "username": "edna", "password": PASSWORD, "next": "/workspace"},
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/workspace?lang=fi"
    return client


def test_a_session_survives_a_restart_and_ends_when_its_user_is_revoked(tmp_path: Path) -> None:
    env = os.environ | {"KG_DATA_DIR": str(tmp_path / "kg"), "PYTHONPATH": str(REPO)}
    added = subprocess.run(
        [*KG, "user", "add", "edna", "--role", "editor", "--password-stdin"],
        env=env,
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    with service(env) as base:
        browser = sign_in(base, httpx.Cookies())
        cookies = browser.cookies
        before = browser.get("/workspace?lang=fi")
        assert before.status_code == 200
    assert (tmp_path / "kg" / FILE_NAME).is_file()
    with service(env) as base:  # a new process on the same data directory
        browser = httpx.Client(base_url=base, timeout=60, headers={"Accept": "text/html"}, cookies=cookies)
        page = browser.get("/workspace?lang=fi")
        assert page.status_code == 200
        assert token_of(page.text) == token_of(before.text)  # the same session, its own form token
        assert "edna" in page.text
        assert kg(env, "user", "revoke", "edna").returncode == 0
        assert browser.get("/workspace?lang=fi", follow_redirects=False).status_code == 303
        refused = browser.post("/workspace/edit/set-status?lang=fi", data={"csrf": token_of(page.text)})
        assert refused.status_code == 401


def test_sessions_are_shared_by_processes_expire_and_stay_bounded(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    other = textwrap.dedent(f"""
        from pathlib import Path
        from kg_service.web.session_store import Sessions
        print(Sessions(Path({str(path)!r})).start("edna"))
    """)
    made = subprocess.run([sys.executable, "-c", other], cwd=REPO, capture_output=True, text=True, timeout=60)
    cookie = made.stdout.strip()
    now = [1_000_000.0]
    here = Sessions(path, seconds=60, limit=3, clock=lambda: now[0])
    session = here.get(cookie)
    assert session is not None and session.user == "edna"
    assert here.get(cookie[:-1] + ("A" if cookie[-1] != "A" else "B")) is None
    mine = here.start("aarne")
    assert here.get(mine) is not None
    now[0] += 61
    assert here.get(mine) is None  # expired
    for _ in range(5):
        here.start("aino")
    assert here.count() == 3  # the expired row dropped, the oldest past the bound too
    assert here.get(cookie) is not None  # edna's ends last (the real clock): kept
    here.end_user("aino")
    assert here.count() == 1


def test_an_unwritable_data_directory_keeps_sessions_in_memory(tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    sessions = Sessions(blocker / FILE_NAME)  # its parent is a file: no SQLite there
    assert "sessions kept in this process only" in caplog.text
    cookie = sessions.start("edna")
    assert sessions.get(cookie) is not None
    sessions.end(cookie)
    assert sessions.get(cookie) is None

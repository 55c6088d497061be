"""The signed-in sessions of the web workspace, in a small SQLite file every process shares.

Sessions kept in one process's memory end when the service restarts and are unknown to its other
worker processes (``kg serve --workers N``), so a browser would be signed out at random. They are
kept instead in ``KG_DATA_DIR/sessions.sqlite`` (SQLite's own file locks, a bounded wait for them),
with wall-clock expiry times that all processes share. A row holds only a hash of the cookie value,
the user's name, the session's form token and its end, so the file never holds a usable cookie.
The table stays small: expired rows are dropped whenever a session starts, and past ``limit``
sessions the oldest go first. A data directory the service cannot write falls back to memory
(one process, signed out by a restart) with a log line, rather than failing every sign-in.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg_service.editing.local_tables import open_shared_or_local

FILE_NAME = "sessions.sqlite"
SESSION_SECONDS = 8 * 3600
MAX_SESSIONS = 10_000
TOKEN_LENGTH = 43
"""Length of secrets.token_urlsafe(32): a cookie or form token of any other length is refused unread."""


@dataclass(frozen=True)
class Session:
    """One signed-in browser: whose it is, its form token and when it ends (wall-clock seconds)."""

    user: str
    form_token: str
    expires: float


SCHEMA = (
    "CREATE TABLE IF NOT EXISTS session (key TEXT PRIMARY KEY, user TEXT NOT NULL, "
    "form_token TEXT NOT NULL, expires REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS session_expires ON session (expires)",
    "CREATE INDEX IF NOT EXISTS session_user ON session (user)",
)


class Sessions:
    """The signed-in sessions of a service, bounded in number and in time, shared by its processes."""

    def __init__(
        self,
        path: Path | None = None,
        seconds: float = SESSION_SECONDS,
        limit: int = MAX_SESSIONS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``path`` None keeps the sessions in this process's memory only; ``clock`` gives the
        wall-clock time every process agrees on (a test may move it)."""
        self.seconds, self.limit, self.clock = seconds, limit, clock
        self._lock = threading.Lock()
        self._db = open_shared_or_local(
            path, SCHEMA, "web sessions kept in this process only (a restart signs out)"
        )

    def start(self, user: str) -> str:
        """A new session for ``user``; returns the cookie value (kept here only as a hash)."""
        cookie = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM session WHERE expires <= ?", (now,))
                self._db.execute(
                    "INSERT INTO session (key, user, form_token, expires) VALUES (?, ?, ?, ?)",
                    (_digest(cookie), user, secrets.token_urlsafe(32), now + self.seconds),
                )
                self._db.execute(
                    "DELETE FROM session WHERE key IN (SELECT key FROM session ORDER BY expires DESC "
                    "LIMIT -1 OFFSET ?)",
                    (self.limit,),
                )
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise
        return cookie

    def get(self, cookie: str | None) -> Session | None:
        """The live session of a cookie value, or None (unknown, malformed or expired)."""
        if not cookie or len(cookie) != TOKEN_LENGTH:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT user, form_token, expires FROM session WHERE key = ? AND expires > ?",
                (_digest(cookie), self.clock()),
            ).fetchone()
        return None if row is None else Session(*row)

    def end(self, cookie: str | None) -> None:
        """Forget a session (sign-out)."""
        if cookie:
            with self._lock:
                self._db.execute("DELETE FROM session WHERE key = ?", (_digest(cookie),))

    def end_user(self, user: str) -> None:
        """Forget every session of ``user`` (revoked: a user added again later starts afresh)."""
        with self._lock:
            self._db.execute("DELETE FROM session WHERE user = ?", (user,))

    def count(self) -> int:
        """How many sessions the table holds (expired ones not yet dropped included)."""
        with self._lock:
            (rows,) = self._db.execute("SELECT COUNT(*) FROM session").fetchone()
        return int(rows)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()

"""Failed sign-ins counted in a small SQLite file beside the store, shared by every process.

A limiter in memory counts per process: with several HTTP workers (``kg serve --workers N``)
or a restarted service, a guesser would get the limit once per process. The failures are kept
instead in ``KG_DATA_DIR/sign-in-failures.sqlite``, which SQLite lets several processes read and
write safely (its own file locks, a bounded wait for them), with wall-clock times that all
processes share. The table stays small: a failure older than the window is deleted when the
next one is recorded, and past ``clients`` addresses the oldest rows go first. Only the client
address and the time are stored, never a name or a token.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from kg_service.editing.local_tables import open_shared_or_local

FILE_NAME = "sign-in-failures.sqlite"


SCHEMA = (
    "CREATE TABLE IF NOT EXISTS failure (client TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS failure_client ON failure (client, at)",
)


class FailureLimiter:
    """Refuse a client after ``limit`` failed sign-ins within ``window`` seconds."""

    def __init__(
        self,
        path: Path | None = None,
        limit: int = 10,
        window: float = 60.0,
        clients: int = 10_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``path`` None keeps the counts in this process's memory only; ``clock`` gives the
        wall-clock time every process agrees on (a test may move it)."""
        self.limit, self.window, self.clients, self.clock = limit, window, clients, clock
        self._lock = threading.Lock()
        # a data directory the service cannot write (a read-only mount): counting per process
        # still limits guessing, where failing every sign-in with a 500 would help no one
        self._db = open_shared_or_local(path, SCHEMA, "sign-in failures counted per process")

    def blocked(self, client: str) -> bool:
        """True while ``client`` has had ``limit`` failures within the window (in any process)."""
        with self._lock:
            (count,) = self._db.execute(
                "SELECT COUNT(*) FROM failure WHERE client = ? AND at >= ?",
                (client, self.clock() - self.window),
            ).fetchone()
        return bool(count >= self.limit)

    def fail(self, client: str) -> None:
        """Record one failed sign-in, forgetting those past the window (and the oldest past the bound)."""
        now = self.clock()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM failure WHERE at < ?", (now - self.window,))
                self._db.execute("INSERT INTO failure (client, at) VALUES (?, ?)", (client, now))
                self._db.execute(
                    "DELETE FROM failure WHERE rowid IN (SELECT rowid FROM failure ORDER BY at DESC "
                    "LIMIT -1 OFFSET ?)",
                    (self.clients * self.limit,),
                )
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

"""Small SQLite tables in the data directory that every process of the service shares.

The failed-sign-in counter and the web sessions must hold across worker processes and restarts,
and must not fail the service when the data directory cannot be written (a read-only mount): one
opener with one fallback to this process's memory, so both behave alike.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

LOCK_WAIT_SECONDS = 5.0
"""How long a statement waits for another process's write before failing."""

log = logging.getLogger(__name__)


def open_table(path: Path | None, schema: Sequence[str]) -> sqlite3.Connection:
    """The database at ``path`` (created if need be) with ``schema`` applied, or one in memory
    for None. Each statement commits at once; callers serialise their threads with a lock."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(
        ":memory:" if path is None else str(path),
        timeout=LOCK_WAIT_SECONDS,
        check_same_thread=False,
        isolation_level=None,
    )
    if path is not None:
        db.execute("PRAGMA journal_mode=WAL")
    for statement in schema:
        db.execute(statement)
    return db


def open_shared_or_local(path: Path | None, schema: Sequence[str], fallback: str) -> sqlite3.Connection:
    """``open_table`` at ``path``; if the directory cannot be written, a table in this process's
    memory and a warning saying ``fallback`` (what that costs the users)."""
    try:
        return open_table(path, schema)
    except (OSError, sqlite3.Error) as error:
        log.warning("%s: %s: %s", fallback, path, error)
        return open_table(None, schema)

"""Who may change the graph: users, their roles, API tokens and web passwords, in one JSON file.

Secrets are stored only as Argon2 hashes. A token is ``NAME.SECRET``: the name picks the one hash
to verify, so a request costs one Argon2 check, not one per user. A password (for the web
workspace's sign-in) is hashed the same way. The file is re-read when it
changes on disk, so a user added by ``kg user add`` while the service runs can call it at once,
and a revoked one is refused at once. Writes go to a temporary file that replaces the old one,
under a lock, so two ``kg user`` commands cannot lose each other's work.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

USERS_FILE = "users.json"
NAME = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
MAX_TOKEN_LENGTH = 200
MIN_PASSWORD = 12
MAX_PASSWORD = 1024
"""A password's length bounds (characters): long enough to resist guessing, short enough to hash."""
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))
"""Verified against when the user is unknown, so a wrong name costs as long as a wrong password."""


class Role(StrEnum):
    """What a signed-in user may do; readers need no account."""

    EDITOR = "editor"
    APPROVER = "approver"
    ADMIN = "admin"


ALLOWED: dict[str, frozenset[Role]] = {
    "propose": frozenset({Role.EDITOR, Role.APPROVER, Role.ADMIN}),
    "review": frozenset({Role.APPROVER, Role.ADMIN}),
}
"""Which roles may do which action (one definition, used by the API and the tests)."""


class UserError(ValueError):
    """A user command that cannot be done (bad name, unknown user, duplicate)."""


@dataclass(frozen=True)
class User:
    """A signed-in user."""

    name: str
    role: Role

    def may(self, action: str) -> bool:
        """True when the user's role allows ``action`` (see ALLOWED)."""
        return self.role in ALLOWED[action]


class UserBook:
    """The users file of one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / USERS_FILE
        self._lock = threading.Lock()
        self._loaded: tuple[int, dict[str, dict[str, str]]] | None = None
        self._verified: dict[str, tuple[int, User]] = {}

    # ------------------------------------------------------------------ commands (kg user)

    def add(self, name: str, role: str, password: str | None = None) -> str:
        """Create a user with a fresh token (and a web password, if given); return the token
        (shown once, stored only hashed)."""
        if not NAME.match(name):
            raise UserError(f"a user name is 1-64 of a-z, 0-9, _ and -, starting with a letter: {name!r}")
        try:
            chosen = Role(role)
        except ValueError:
            raise UserError(f"unknown role {role!r}; choose editor, approver or admin") from None
        if password is not None:
            check_password_rules(password)
        secret = secrets.token_urlsafe(32)
        with self._writing() as users:
            if name in users and not users[name].get("revoked"):
                raise UserError(f"the user {name!r} exists; revoke it first to issue a new token")
            users[name] = {"role": chosen.value, "token_hash": _HASHER.hash(secret)}
            if password is not None:
                users[name]["password_hash"] = _HASHER.hash(password)
        return f"{name}.{secret}"

    def set_password(self, name: str, password: str) -> None:
        """Give an active user a (new) password for signing in to the web workspace."""
        check_password_rules(password)
        with self._writing() as users:
            if name not in users or users[name].get("revoked"):
                raise UserError(f"no active user {name!r}")
            users[name]["password_hash"] = _HASHER.hash(password)

    def revoke(self, name: str) -> None:
        """Revoke a user's token: their next request is refused."""
        with self._writing() as users:
            if name not in users:
                raise UserError(f"no user {name!r}")
            users[name]["revoked"] = "yes"
            users[name]["token_hash"] = ""
            users[name]["password_hash"] = ""

    def names(self) -> dict[str, str]:
        """Every active user's role, by name."""
        return {n: u["role"] for n, u in self._read().items() if not u.get("revoked")}

    # --------------------------------------------------------------------- sign-in

    def authenticate(self, token: str) -> User | None:
        """The user a token belongs to, or None (unknown user, wrong secret, revoked)."""
        if len(token) > MAX_TOKEN_LENGTH or "." not in token:
            return None
        version = self._version()
        key = _digest(token)
        cached = self._verified.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        name, _, secret = token.rpartition(".")
        record = self._read().get(name)
        if not record or record.get("revoked") or not record.get("token_hash"):
            return None
        try:
            _HASHER.verify(record["token_hash"], secret)
        except (VerificationError, InvalidHashError):
            return None
        user = User(name, Role(record["role"]))
        if len(self._verified) > 1000:
            self._verified.clear()
        self._verified[key] = (version, user)
        return user

    def check_password(self, name: str, password: str) -> User | None:
        """The user whose name and web password these are, or None (one Argon2 check either way)."""
        record = self._read().get(name) if isinstance(name, str) and len(name) <= 64 else None
        stored = (record or {}).get("password_hash") or ""
        if record is None or record.get("revoked") or not stored or len(password) > MAX_PASSWORD:
            with contextlib.suppress(VerificationError, InvalidHashError):
                _HASHER.verify(_DUMMY_HASH, password[:MAX_PASSWORD])
            return None
        try:
            _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        return User(name, Role(record["role"]))

    def active(self, name: str) -> User | None:
        """The user of this name as the file says now (None once revoked), for a signed-in session."""
        record = self._read().get(name)
        if not record or record.get("revoked"):
            return None
        return User(name, Role(record["role"]))

    # ------------------------------------------------------------------------ file

    def _version(self) -> int:
        try:
            return self.path.stat().st_mtime_ns
        except FileNotFoundError:
            return 0

    def _read(self) -> dict[str, dict[str, str]]:
        version = self._version()
        with self._lock:
            if self._loaded is None or self._loaded[0] != version:
                users = json.loads(self.path.read_text(encoding="utf-8")) if version else {}
                self._loaded = (version, users)
            return self._loaded[1]

    @contextlib.contextmanager
    def _writing(self) -> Iterator[dict[str, dict[str, str]]]:
        """Read, let the caller change, and atomically replace the file, under an exclusive lock."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            users = json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
            yield users
            temporary = self.path.with_suffix(".tmp")
            with open(temporary, "w", encoding="utf-8") as out:
                json.dump(users, out, indent=1, sort_keys=True)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)


def check_password_rules(password: str) -> None:
    """Refuse a password too short to resist guessing or too long to hash."""
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserError(f"a password has {MIN_PASSWORD} to {MAX_PASSWORD} characters")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

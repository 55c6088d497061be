"""Service settings from the environment (and CLI flags that set the same variables).

The embedded store lives on disk in KG_DATA_DIR (default var/kg in the checkout): the first start
seeds it from the shipped files and every applied change survives a restart. A remote store is
read-only to the service.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

STORE_ENV = "KG_STORE"
ENDPOINT_ENV = "KG_SPARQL_ENDPOINT"
GRAPH_ENV = "KG_DEFAULT_GRAPH"
TIMEOUT_ENV = "KG_QUERY_TIMEOUT"
LIMIT_ENV = "KG_RESULT_LIMIT"
WORKERS_ENV = "KG_QUERY_WORKERS"
MEMORY_ENV = "KG_QUERY_MEMORY_MB"
WAIT_ENV = "KG_QUERY_WAIT"
CHECK_TIMEOUT_ENV = "KG_CHECK_TIMEOUT"
PER_CLIENT_ENV = "KG_QUERY_PER_CLIENT"
DATA_DIR_ENV = "KG_DATA_DIR"
WARM_UP_ENV = "KG_WARM_UP"


def default_data_dir() -> Path:
    """var/kg in the checkout (git-ignored): the on-disk store, the users file and nothing else."""
    return Path(__file__).resolve().parents[1] / "var" / "kg"


class ConfigError(ValueError):
    """A setting has a value the service cannot use."""


@dataclass(frozen=True)
class Settings:
    """What the service needs to know to start."""

    store: str = "embedded"
    endpoint: str | None = None
    query_timeout: float = 10.0
    result_limit: int = 10_000
    default_graph: str | None = None
    """The remote store's graph to read as the default graph (Virtuoso: the graph loaded into)."""
    query_workers: int = 2
    """Processes running callers' SPARQL at once (the rest wait up to ``query_wait``, then 503)."""
    query_memory_mb: int = 1024
    """Memory one caller's query may take before it is stopped."""
    query_wait: float = 1.0
    """Seconds a query waits for a free worker before the caller is told to retry."""
    data_dir: Path = field(default_factory=default_data_dir)
    check_timeout: float = 60.0
    """Time limit of one draft check (`/api/check`, the check page, `kg check`)."""
    query_per_client: int | None = None
    """Queries and checks one client may run at once (None: one fewer than the workers, at least 1)."""
    warm_up: bool = False
    """Build the page caches when the service starts (web/warming.py): on for `kg serve` unless
    KG_WARM_UP=0; off for an app built in code (tests start dozens)."""

    @property
    def client_budget(self) -> int:
        """Queries and checks one client may run at once: one worker stays free for the others."""
        return self.query_per_client or max(1, self.query_workers - 1)

    @classmethod
    def from_env(cls) -> Settings:
        """Read the settings from KG_* environment variables."""
        store = os.environ.get(STORE_ENV, "embedded")
        if store not in ("embedded", "remote"):
            raise ConfigError(f"{STORE_ENV} must be 'embedded' or 'remote', not {store!r}")
        endpoint = os.environ.get(ENDPOINT_ENV) or None
        if store == "remote" and not endpoint:
            raise ConfigError(f"{STORE_ENV}=remote needs {ENDPOINT_ENV} (the SPARQL query URL)")
        try:
            timeout = float(os.environ.get(TIMEOUT_ENV, "10"))
            limit = int(os.environ.get(LIMIT_ENV, "10000"))
            workers = int(os.environ.get(WORKERS_ENV, "2"))
            memory = int(os.environ.get(MEMORY_ENV, "1024"))
            wait = float(os.environ.get(WAIT_ENV, "1"))
            check_timeout = float(os.environ.get(CHECK_TIMEOUT_ENV, "60"))
            per_client = int(os.environ.get(PER_CLIENT_ENV, "0")) or None
        except ValueError as error:
            raise ConfigError(
                f"{TIMEOUT_ENV}, {LIMIT_ENV}, {WORKERS_ENV}, {MEMORY_ENV}, {WAIT_ENV} and "
                f"{CHECK_TIMEOUT_ENV} must be numbers: {error}"
            ) from None
        if min(timeout, limit, workers, memory, check_timeout) <= 0 or wait < 0 or (per_client or 1) < 0:
            raise ConfigError(
                f"{TIMEOUT_ENV}, {LIMIT_ENV}, {WORKERS_ENV}, {MEMORY_ENV} and {CHECK_TIMEOUT_ENV} "
                "must be positive"
            )
        return cls(
            store,
            endpoint,
            timeout,
            limit,
            default_graph=os.environ.get(GRAPH_ENV) or None,
            query_workers=workers,
            query_memory_mb=memory,
            query_wait=wait,
            data_dir=Path(os.environ.get(DATA_DIR_ENV) or default_data_dir()),
            check_timeout=check_timeout,
            query_per_client=per_client,
            warm_up=os.environ.get(WARM_UP_ENV, "1") != "0",
        )

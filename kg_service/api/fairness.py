"""Per-client budgets for the heavy work callers ask for: their own SPARQL, stored queries, checks.

The query workers are few (KG_QUERY_WORKERS) and a runaway query holds one until its time
limit. Without a budget per caller, one client sending a handful of heavy queries holds every
worker and everyone else's queries are refused (issue 10). So a client (keyed by its address)
may have at most ``per_client`` such requests running at once; one more is refused at once with
429 and Retry-After, leaving the remaining workers to other clients. The service's own answers
(/api/..., cards, pages) never take a worker and are not limited here; cached answers are served
before any route runs.

Behind a reverse proxy every caller has the proxy's address: give the proxy its own limits.
"""

from __future__ import annotations

from kg_service.i18n.errors import Localised


class ClientBusyError(RuntimeError):
    """The client already runs as many heavy requests as a client may."""

    def __init__(self, limit: int) -> None:
        super().__init__(Localised("query.client_busy", limit=limit))


class ClientSlots:
    """How many heavy requests each client has running; used only on the event loop (no lock)."""

    def __init__(self, per_client: int) -> None:
        self.per_client = max(1, per_client)
        self._running: dict[str, int] = {}

    def take(self, client: str) -> None:
        """Count one more running request of ``client``, or refuse it (ClientBusyError)."""
        running = self._running.get(client, 0)
        if running >= self.per_client:
            raise ClientBusyError(self.per_client)
        self._running[client] = running + 1

    def give_back(self, client: str) -> None:
        """The request of ``client`` has ended."""
        running = self._running.get(client, 0) - 1
        if running > 0:
            self._running[client] = running
        else:
            self._running.pop(client, None)

    def clients(self) -> int:
        """How many clients have heavy requests running (for /health)."""
        return len(self._running)

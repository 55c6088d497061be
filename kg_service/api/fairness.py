"""Per-client budgets for the heavy work callers ask for: their own SPARQL, stored queries, checks.

The query workers are few (KG_QUERY_WORKERS) and a runaway query holds one until its time
limit. Without a budget per caller, one client sending a handful of heavy queries holds every
worker and everyone else's queries are refused (issue 10). So a client (keyed by its address)
may have at most ``per_client`` such requests running at once; one more waits for one of them to
end, at most ``wait`` seconds (KG_QUERY_WAIT, as for a free worker), and is then refused with 429
and Retry-After, leaving the remaining workers to other clients. The wait is a queue per client
that also slows a client who resends at once. The service's own answers
(/api/..., cards, pages) never take a worker and are not limited here; cached answers are served
before any route runs.

Behind a reverse proxy every caller has the proxy's address: give the proxy its own limits.
"""

from __future__ import annotations

import asyncio
import time

from kg_service.i18n.errors import Localised


class ClientBusyError(RuntimeError):
    """The client already runs as many heavy requests as a client may."""

    def __init__(self, limit: int) -> None:
        super().__init__(Localised("query.client_busy", limit=limit))


class ClientSlots:
    """How many heavy requests each client has running; used only on the event loop (no lock)."""

    def __init__(self, per_client: int, wait: float = 1.0) -> None:
        self.per_client = max(1, per_client)
        self.wait = wait
        self._running: dict[str, int] = {}
        self._ended: asyncio.Condition | None = None  # made on the event loop that uses it

    async def take(self, client: str) -> None:
        """Count one more running request of ``client``, waiting up to ``wait`` seconds for one of
        its requests to end; refuse it then (ClientBusyError)."""
        if self._ended is None:
            self._ended = asyncio.Condition()
        deadline = time.monotonic() + self.wait
        async with self._ended:
            while self._running.get(client, 0) >= self.per_client:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ClientBusyError(self.per_client)
                try:
                    await asyncio.wait_for(self._ended.wait(), remaining)
                except TimeoutError:
                    raise ClientBusyError(self.per_client) from None
            self._running[client] = self._running.get(client, 0) + 1

    async def give_back(self, client: str) -> None:
        """The request of ``client`` has ended: a request of that client waiting may go."""
        running = self._running.get(client, 0) - 1
        if running > 0:
            self._running[client] = running
        else:
            self._running.pop(client, None)
        if self._ended is not None:
            async with self._ended:
                self._ended.notify_all()

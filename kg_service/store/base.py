"""What every store offers the rest of the service: run a SPARQL query, get typed rows back.

Two implementations: the embedded Oxigraph store (default, no server) and a remote SPARQL 1.1
endpoint. Rows are dicts of pyoxigraph terms, so callers never see which store answered.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import pyoxigraph as ox

from kg_service.store.binding import Term

Row = dict[str, Term | ox.BlankNode]


class StoreError(RuntimeError):
    """The store failed (unreachable, broken): a fault of ours, not of the caller."""


class QueryError(ValueError):
    """The query itself is wrong (syntax, unsupported form): the caller's mistake."""


class QueryTimeoutError(StoreError):
    """The query ran past its time limit."""


@runtime_checkable
class Store(Protocol):
    """A read-only SPARQL store."""

    name: str

    def select(self, query: str, values: dict[str, Term | None] | None = None,
               timeout: float | None = None) -> list[Row]:
        """Run a SELECT query with bound values; return its rows."""
        ...

    def ask(self, query: str, values: dict[str, Term | None] | None = None) -> bool:
        """Run an ASK query."""
        ...

    def raw(self, query: str, result_format: str, timeout: float | None = None) -> tuple[bytes, str]:
        """Run any read query, serialised in ``result_format``; return (body, media type)."""
        ...

    def triple_count(self) -> int:
        """How many triples the store holds."""
        ...

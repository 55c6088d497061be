"""What every store offers the rest of the service: run SPARQL, get typed results back.

Two implementations: the embedded Oxigraph store (default, no server) and a remote SPARQL 1.1
endpoint. Results are pyoxigraph terms whichever store answered, so the API, the serialisers
and the tests never need to know which one it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import pyoxigraph as ox

from kg_service.i18n.errors import Localised
from kg_service.store.binding import Term, bind_values

Row = dict[str, Term | ox.BlankNode]


def value(row: Row, name: str) -> str | None:
    """A row's value as plain text, or None when the variable is unbound."""
    term = row.get(name)
    return None if term is None else term.value


class StoreError(RuntimeError):
    """The store failed (unreachable, broken): a fault of ours, not of the caller."""


class QueryError(ValueError):
    """The query itself is wrong (syntax, an update, an unsupported form): the caller's mistake."""


class QueryTimeoutError(QueryError):
    """The query ran past its time limit."""


class ResultLimitError(QueryError):
    """The query returned more rows or triples than the configured limit."""


@dataclass(frozen=True)
class SelectResult:
    """The variables and rows of a SELECT query."""

    variables: list[str]
    rows: list[Row]


@dataclass(frozen=True)
class GraphResult:
    """The triples of a CONSTRUCT or DESCRIBE query."""

    triples: list[ox.Triple]


QueryResult = SelectResult | GraphResult | bool


def term_from_json(binding: dict[str, str]) -> Term | ox.BlankNode:
    """A SPARQL JSON results term as a pyoxigraph term; a term that is not valid RDF is a StoreError."""
    try:
        kind = binding["type"]
        if kind == "uri":
            return ox.NamedNode(binding["value"])
        if kind == "bnode":
            return ox.BlankNode(binding["value"])
        if "xml:lang" in binding:
            return ox.Literal(binding["value"], language=binding["xml:lang"])
        if "datatype" in binding:
            return ox.Literal(binding["value"], datatype=ox.NamedNode(binding["datatype"]))
        return ox.Literal(binding["value"])
    except (KeyError, TypeError, ValueError) as error:
        raise StoreError(f"the store returned a term that is not valid RDF ({error}): {binding!r}") from None


def json_rows(bindings: list[dict[str, dict[str, str]]]) -> list[Row]:
    """The rows of SPARQL JSON results' ``bindings``, an unbound variable left out of its row."""
    return [{name: term_from_json(term) for name, term in binding.items()} for binding in bindings]


def solution_rows(variables: list[str], solutions: Iterable[ox.QuerySolution]) -> list[Row]:
    """Oxigraph's solutions as rows, an unbound variable left out of its row."""
    return [
        {name: term for name, term in zip(variables, solution, strict=True) if term is not None}
        for solution in solutions
    ]


@runtime_checkable
class Store(Protocol):
    """A read-only SPARQL store.

    The stores (embedded, remote, the query workers) name it as their base, so they share
    ``select``: binding the values, running the query and refusing any other result than rows is
    written once, here.
    """

    name: str

    def select(
        self, query: str, values: Mapping[str, Term | None] | None = None, timeout: float | None = None
    ) -> list[Row]:
        """Run a SELECT query with bound values; return its rows."""
        result = self.execute(bind_values(query, values or {}), timeout=timeout)
        if not isinstance(result, SelectResult):
            raise QueryError(Localised("query.not_select"))
        return result.rows

    def execute(self, query: str, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """Run any read query (SELECT, ASK, CONSTRUCT, DESCRIBE) within a time and size limit."""
        ...

    def version(self) -> str:
        """An opaque token that changes whenever the served graph changes.

        Caches of answers, labels and HTTP ETags key on it, and query workers holding a copy of
        the graph are replaced when it moves, so nobody serves an answer of an older graph.
        """
        ...

    def triple_count(self) -> int:
        """How many triples the store holds."""
        ...

    def all_triples(self) -> list[ox.Triple]:
        """Every triple of the default graph (to copy the graph, e.g. under a draft)."""
        ...

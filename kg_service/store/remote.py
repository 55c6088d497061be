"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, Virtuoso) through SPARQLWrapper.

Queries go out with SPARQL 1.1 Protocol (POST), answers come back as SPARQL JSON results or
N-Triples and are turned into the same pyoxigraph terms the embedded store returns. Loading
uses the Graph Store Protocol (an HTTP POST of Turtle to the store's graph endpoint).
Parameter values are bound as a VALUES block of escaped terms (binding.py), as for the embedded
store: nothing the caller types becomes query text.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlparse

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointNotFound, QueryBadFormed, SPARQLWrapperException

from kg_service.store.base import (
    GraphResult,
    QueryError,
    QueryResult,
    QueryTimeoutError,
    ResultLimitError,
    Row,
    SelectResult,
    StoreError,
)
from kg_service.store.binding import Term, bind_values

GRAPH_QUERY_TYPES = ("CONSTRUCT", "DESCRIBE")


def term_from_json(binding: dict[str, str]) -> Term | ox.BlankNode:
    """A SPARQL JSON results term as a pyoxigraph term."""
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


class RemoteStore:
    """A read-only view of a SPARQL 1.1 query endpoint."""

    name = "remote"

    def __init__(self, endpoint: str, graph_store: str | None = None, timeout: float = 30.0) -> None:
        parsed = urlparse(endpoint)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise StoreError(f"not an http(s) SPARQL endpoint URL: {endpoint!r}")
        self.endpoint = endpoint
        self.graph_store = graph_store
        self.timeout = timeout

    def _wrapper(self, query: str, timeout: float | None) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.endpoint)
        wrapper.setMethod(POST)
        wrapper.setQuery(query)
        wrapper.setTimeout(max(1, round(timeout or self.timeout)))
        return wrapper

    def execute(self, query: str, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """Run any read query on the endpoint."""
        wrapper = self._wrapper(query, timeout)
        if wrapper.queryType in GRAPH_QUERY_TYPES:
            wrapper.setRequestMethod("postdirectly")
            wrapper.addCustomHttpHeader("Accept", "application/n-triples")
            body = self._call(wrapper, timeout)
            triples = [quad.triple for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            if limit is not None and len(triples) > limit:
                raise ResultLimitError(f"the result has more than {limit} triples; add a LIMIT")
            return GraphResult(triples)
        wrapper.setReturnFormat(JSON)
        document = self._call(wrapper, timeout, as_json=True)
        if "boolean" in document:
            return bool(document["boolean"])
        variables = document["head"].get("vars", [])
        bindings = document["results"]["bindings"]
        if limit is not None and len(bindings) > limit:
            raise ResultLimitError(f"the result has more than {limit} rows; add a LIMIT or narrow the query")
        rows = [{name: term_from_json(term) for name, term in binding.items()} for binding in bindings]
        return SelectResult(variables, rows)

    def _call(self, wrapper: SPARQLWrapper, timeout: float | None, as_json: bool = False):
        """Send the request; map the endpoint's failures to the store's error types."""
        try:
            response = wrapper.query()
            return response.convert() if as_json else response.response.read()
        except QueryBadFormed as error:
            raise QueryError(f"the endpoint rejected the query: {error}") from None
        except EndPointNotFound as error:
            raise StoreError(f"SPARQL endpoint not found: {self.endpoint}: {error}") from None
        except TimeoutError:
            raise QueryTimeoutError(
                f"the endpoint did not answer within {timeout or self.timeout:g} s"
            ) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError | socket.timeout):
                raise QueryTimeoutError(
                    f"the endpoint did not answer within {timeout or self.timeout:g} s"
                ) from None
            raise StoreError(f"cannot reach the SPARQL endpoint {self.endpoint}: {error.reason}") from None
        except SPARQLWrapperException as error:
            raise StoreError(f"the SPARQL endpoint failed: {error}") from None

    def select(
        self, query: str, values: Mapping[str, Term | None] | None = None, timeout: float | None = None
    ) -> list[Row]:
        """Run a SELECT query with bound values."""
        result = self.execute(bind_values(query, values or {}), timeout=timeout)
        if not isinstance(result, SelectResult):
            raise QueryError("not a SELECT query")
        return result.rows

    # The two whole-graph queries below are generic store operations, kept with the store (the
    # only SPARQL outside queries/; tests/test_layout.py holds that line).
    def triple_count(self) -> int:
        """How many triples the endpoint's default graph holds."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"].value) if rows else 0

    def all_triples(self) -> list[ox.Triple]:
        """Every triple of the endpoint's default graph."""
        result = self.execute("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        if not isinstance(result, GraphResult):
            raise StoreError("the endpoint did not answer CONSTRUCT with triples")
        return result.triples

    def load_files(self, paths: list[Path]) -> None:
        """Add Turtle files to the default graph with the Graph Store Protocol."""
        if not self.graph_store:
            raise StoreError("no Graph Store Protocol URL configured for loading")
        target = f"{self.graph_store}?default"
        for path in paths:
            request = urllib.request.Request(  # noqa: S310 - the URL is checked to be http(s) above
                target,
                data=path.read_bytes(),
                method="POST",
                headers={"Content-Type": "text/turtle; charset=utf-8"},
            )
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                    response.read()
            except urllib.error.URLError as error:
                raise StoreError(f"loading {path} into {target} failed: {error}") from None

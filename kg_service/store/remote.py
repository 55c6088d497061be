"""A remote SPARQL 1.1 store (Oxigraph server, Virtuoso; others untested) through SPARQLWrapper.

Every query goes out the one way every engine handles: an `application/x-www-form-urlencoded`
POST with content negotiation (a raw `application/sparql-query` body leaves Virtuoso waiting for
more input until the client gives up). SELECT and ASK answers come back as SPARQL JSON results,
CONSTRUCT and DESCRIBE as N-Triples, and are turned into the pyoxigraph terms the embedded store
returns. Parameter values are bound as a VALUES block of escaped terms (binding.py), as for the
embedded store: nothing the caller types becomes query text.

A remote store must never be silently wrong, so:
- the time limit is passed to the engine (Virtuoso's `timeout`), which then stops the query
  itself; a client-side timeout alone leaves the server busy long after the caller gave up;
- an answer the engine cut short (Virtuoso's `X-SQL-State: S1TAT` after its time limit, its
  `X-SPARQL-MaxRows` row cap) is an error, never a short answer;
- the whole-graph copy is read in pages below any row cap, each page checked against a count;
- a term the endpoint sends that is not valid RDF is the store's fault (StoreError, a 502 in
  the one error shape), not an unexplained 500.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import math
import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import urlparse

import pyoxigraph as ox
from SPARQLWrapper import POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
)

from kg_service.i18n.errors import Localised
from kg_service.store.base import (
    GraphResult,
    QueryError,
    QueryResult,
    QueryTimeoutError,
    ResultLimitError,
    SelectResult,
    Store,
    StoreError,
    json_rows,
)
from kg_service.store.binding import Term, bind_values

GRAPH_QUERY_TYPES = ("CONSTRUCT", "DESCRIBE")
_COMMENT = re.compile(r"(^|\s)#[^\n]*")
_PROLOGUE = re.compile(r"(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE)
_FORM = re.compile(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples, text/plain;q=0.5"
CLIENT_GRACE_SECONDS = 5.0
"""How much longer the client waits than the engine's own limit, so the engine reports first."""
PAGE_SIZE = 5000
"""Triples per page of the whole-graph copy: below Virtuoso's default cap of 10,000 rows."""
MAX_SPLIT_DEPTH = 3
"""A page too big is split by the first 1, 2, 3 hex digits of its subjects' MD5 (up to 4,096 parts)."""
HEX = "0123456789abcdef"
MESSAGE_LIMIT = 1000
"""The longest engine message passed on to the caller."""

# The whole-graph queries are generic store operations, kept with the store (the only SPARQL
# outside queries/; tests/test_layout.py holds that line). Each is plain SPARQL 1.1.
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_BY_PREDICATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
COUNT_PAGE = """SELECT (COUNT(*) AS ?n) WHERE {
  ?s ?p ?o
  FILTER((BOUND(?hash) && isIRI(?s) && STRSTARTS(MD5(STR(?s)), ?hash)) || (!BOUND(?hash) && !isIRI(?s)))
}"""
CONSTRUCT_PAGE = """CONSTRUCT { ?s ?p ?o } WHERE {
  ?s ?p ?o
  FILTER(!BOUND(?split) || (BOUND(?hash) && isIRI(?s) && STRSTARTS(MD5(STR(?s)), ?hash))
         || (!BOUND(?hash) && !isIRI(?s)))
}"""


class TruncatedResultError(ResultLimitError):
    """The engine cut the answer short at its own row cap; the rest would be missing silently."""


def engine_message(error: SPARQLWrapperException) -> str:
    """The engine's own message from a SPARQLWrapper error (its first paragraph), without the
    wrapper's boilerplate and without the query the engine echoes after it."""
    text = str(error)
    _, found, body = text.partition("Response:\n")
    if not found:
        return text.strip()
    with contextlib.suppress(ValueError, SyntaxError, AttributeError):
        body = ast.literal_eval(body.strip()).decode("utf-8", "replace")
    return body.strip().split("\n\n", 1)[0].strip()[:MESSAGE_LIMIT]


def ask_answer(document: dict) -> bool:
    """An ASK answered as a table (Virtuoso 7.2's JSON: one row `__ask_retval` 1 when true, no
    rows when false) as a boolean."""
    bindings = document.get("results", {}).get("bindings", [])
    if not bindings:
        return False
    if len(bindings) != 1 or len(bindings[0]) != 1:
        raise StoreError("the store answered ASK with neither a boolean nor a one-value row")
    value = next(iter(bindings[0].values())).get("value")
    if value not in ("0", "1", "true", "false"):
        raise StoreError(f"the store answered ASK with {value!r}")
    return value in ("1", "true")


@dataclass(frozen=True)
class Response:
    """What the endpoint answered: its headers and body."""

    headers: Message
    body: bytes


def engine_of(headers: Message) -> str:
    """The engine behind an endpoint, from its `Server` header: 'virtuoso', 'fuseki' or 'other'."""
    server = (headers.get("Server") or "").lower()
    if "virtuoso" in server:
        return "virtuoso"
    if "fuseki" in server or headers.get("Fuseki-Request-Id"):
        return "fuseki"
    return "other"


class RemoteStore(Store):
    """A read-only view of a SPARQL 1.1 query endpoint."""

    name = "remote"

    def __init__(
        self,
        endpoint: str,
        graph_store: str | None = None,
        timeout: float = 30.0,
        default_graph: str | None = None,
        cache_seconds: float = 60.0,
    ) -> None:
        parsed = urlparse(endpoint)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise StoreError(f"not an http(s) SPARQL endpoint URL: {endpoint!r}")
        self.endpoint = endpoint
        self.graph_store = graph_store
        self.timeout = timeout
        self.default_graph = default_graph
        self.cache_seconds = cache_seconds
        self._generation = 0
        self._engine: str | None = None

    def version(self) -> str:
        """A token that moves every ``cache_seconds`` and on every load through this client.

        Another client may change a remote store at any time and SPARQL 1.1 has no way to ask
        whether it did, so answers cached against this token are at most that many seconds old.
        """
        endpoint = hashlib.sha256(self.endpoint.encode()).hexdigest()[:8]
        window = int(time.time() // self.cache_seconds) if self.cache_seconds > 0 else time.time_ns()
        return f"{endpoint}.{window}.{self._generation}"

    # ------------------------------------------------------------------------------ requests

    def engine(self) -> str:
        """The engine behind the endpoint (asked once, by an ASK without a time limit)."""
        if self._engine is None:
            self._engine = engine_of(
                self._send("ASK {}", SELECT_ACCEPT, self.timeout, engine="other").headers
            )
        return self._engine

    def _send(self, query: str, accept: str, timeout: float, engine: str | None = None) -> Response:
        """POST the query form-encoded with content negotiation; check the engine's own signals."""
        wrapper = SPARQLWrapper(self.endpoint)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setOnlyConneg(True)
        wrapper.setQuery(query)
        # SPARQLWrapper guesses the form from the first keyword anywhere, comments included (a
        # check's "#+ message_en: ... is created ..." made it an update): ours skips comments.
        wrapper.queryType = _query_type(query)
        wrapper.addCustomHttpHeader("Accept", accept)
        if self.default_graph:
            wrapper.addParameter("default-graph-uri", self.default_graph)
        engine = engine or self.engine()
        # The engine's own limit stops the query on the server; the client waits a little longer.
        if engine == "virtuoso":
            wrapper.addParameter("timeout", str(max(1, math.ceil(timeout * 1000))))
        elif engine == "fuseki":
            wrapper.addParameter("timeout", f"{timeout:g}")
        wrapper.setTimeout(max(1, math.ceil(timeout + CLIENT_GRACE_SECONDS)))
        try:
            result = wrapper.query()
            headers = result.response.info()
            body = result.response.read()
        except QueryBadFormed as error:
            raise QueryError(Localised("query.rejected", detail=engine_message(error))) from None
        except EndPointNotFound as error:
            raise StoreError(f"SPARQL endpoint not found: {self.endpoint}: {engine_message(error)}") from None
        except EndPointInternalError as error:
            message = engine_message(error)
            if "S1TAT" in message or "result timeout" in message:  # Virtuoso, cut while sending
                raise self._timeout(timeout) from None
            if "execution time" in message.lower():  # Virtuoso's estimate before it starts
                raise QueryTimeoutError(Localised("query.estimate", seconds=f"{timeout:g}")) from None
            raise StoreError(f"the SPARQL endpoint failed: {message}") from None
        except TimeoutError:
            raise self._timeout(timeout) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError | socket.timeout):
                raise self._timeout(timeout) from None
            raise StoreError(f"cannot reach the SPARQL endpoint {self.endpoint}: {error.reason}") from None
        except SPARQLWrapperException as error:
            raise StoreError(f"the SPARQL endpoint failed: {error}") from None
        except OSError as error:
            raise StoreError(f"the SPARQL endpoint {self.endpoint} failed: {error}") from None
        if (headers.get("X-SQL-State") or "").strip() == "S1TAT":
            raise self._timeout(timeout)
        if headers.get("X-SPARQL-MaxRows"):
            raise TruncatedResultError(
                f"the store cut the answer at its limit of {headers['X-SPARQL-MaxRows'].strip()} rows; "
                "narrow the query or add a LIMIT"
            )
        return Response(headers, body)

    def _timeout(self, timeout: float) -> QueryTimeoutError:
        return QueryTimeoutError(Localised("query.timeout", seconds=f"{timeout:g}"))

    # ------------------------------------------------------------------------------- queries

    def execute(self, query: str, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """Run any read query on the endpoint."""
        seconds = timeout or self.timeout
        if _query_type(query) in GRAPH_QUERY_TYPES:
            body = self._send(query, GRAPH_ACCEPT, seconds).body
            try:
                triples = [quad.triple for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            except (SyntaxError, ValueError) as error:
                raise StoreError(f"the store sent N-Triples that do not parse: {error}") from None
            if limit is not None and len(triples) > limit:
                raise ResultLimitError(Localised("query.too_many_triples", limit=limit))
            return GraphResult(triples)
        body = self._send(query, SELECT_ACCEPT, seconds).body
        try:
            document = json.loads(body)
        except ValueError as error:
            raise StoreError(f"the store's answer is not SPARQL JSON results: {error}") from None
        if "boolean" in document:
            return bool(document["boolean"])
        if _query_type(query) == "ASK":
            return ask_answer(document)
        variables = document.get("head", {}).get("vars", [])
        bindings = document.get("results", {}).get("bindings", [])
        if limit is not None and len(bindings) > limit:
            raise ResultLimitError(Localised("query.too_many_rows", limit=limit))
        return SelectResult(variables, json_rows(bindings))

    def triple_count(self) -> int:
        """How many triples the endpoint's default graph holds."""
        rows = self.select(COUNT_ALL)
        return int(rows[0]["n"].value) if rows else 0

    def all_triples(self) -> list[ox.Triple]:
        """Every triple of the default graph, read in pages each checked against its count.

        A single CONSTRUCT of the whole graph is cut at the engine's row cap without an error by
        some engines, so the copy is read predicate by predicate, a big predicate split further
        by the MD5 of its subjects, and every page must hold exactly the triples it counted.
        """
        triples: list[ox.Triple] = []
        expected = 0
        for row in self.select(COUNT_BY_PREDICATE):
            predicate, count = row["p"], int(row["n"].value)
            expected += count
            if not isinstance(predicate, ox.NamedNode):
                raise StoreError(f"the store returned a predicate that is not an IRI: {predicate}")
            triples += self._page(predicate, count, None, 0)
        total = self.triple_count()
        if len(triples) != expected or expected != total:
            raise StoreError(
                f"the store's copy of the graph is incomplete: read {len(triples)} triples, "
                f"counted {expected} by predicate and {total} in all"
            )
        return triples

    def _page(
        self, predicate: ox.NamedNode, count: int, hash_prefix: str | None, depth: int
    ) -> list[ox.Triple]:
        """The triples of one predicate (and subject-hash prefix), split until a page fits."""
        if count == 0:
            return []
        if count <= PAGE_SIZE:
            values: dict[str, Term | None] = {"p": predicate, "split": None, "hash": None}
            if depth:
                values["split"] = ox.Literal("yes")
                values["hash"] = None if hash_prefix is None else ox.Literal(hash_prefix)
            result = self.execute(bind_values(CONSTRUCT_PAGE, values), limit=None)
            page = result.triples if isinstance(result, GraphResult) else []
            if len(page) != count:
                raise StoreError(
                    f"a page of the graph copy ({predicate.value}) has {len(page)} triples, not {count}"
                )
            return page
        if depth >= MAX_SPLIT_DEPTH:
            raise StoreError(f"cannot page {predicate.value}: {count} triples share a subject-hash prefix")
        parts: list[ox.Triple] = []
        prefixes = [f"{hash_prefix or ''}{digit}" for digit in HEX]
        if hash_prefix is None:
            prefixes.append("")  # the part for blank-node subjects (no hash)
        for prefix in prefixes:
            bound = None if prefix == "" else ox.Literal(prefix)
            rows = self.select(COUNT_PAGE, {"p": predicate, "hash": bound})
            parts += self._page(predicate, int(rows[0]["n"].value), prefix or None, depth + 1)
        return parts

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
            finally:
                self._generation += 1


def _query_type(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after comments and the prologue."""
    text = _COMMENT.sub(" ", query)
    text = _PROLOGUE.sub(" ", text)
    match = _FORM.match(text)
    return match.group(1).upper() if match else "SELECT"

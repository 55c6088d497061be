"""The embedded default store: Oxigraph in memory, loaded from the repository's Turtle files.

Oxigraph answers the look-ups of this graph's shape in well under a millisecond where plain
rdflib needs tens of milliseconds to minutes (PERFORMANCE.md), and it needs no server. The
store is loaded once at start and never written afterwards, so any number of service replicas
can load the same files and agree.
"""

from __future__ import annotations

import concurrent.futures
from pathlib import Path

import pyoxigraph as ox

from kg_service.files import DataFileError
from kg_service.store.base import QueryError, QueryTimeoutError, Row
from kg_service.store.binding import Term, bind_values

RESULT_FORMATS = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
}
GRAPH_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
}
_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="oxigraph")


class EmbeddedStore:
    """An in-memory pyoxigraph store."""

    name = "embedded"

    def __init__(self, store: ox.Store | None = None) -> None:
        self.store = store if store is not None else ox.Store()

    @classmethod
    def from_files(cls, paths: list[Path]) -> EmbeddedStore:
        """Load Turtle files; a syntax error names the file and line."""
        embedded = cls()
        for path in paths:
            embedded.load_turtle(path)
        return embedded

    def load_turtle(self, path: Path) -> None:
        """Add one Turtle file to the store."""
        try:
            self.store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        except SyntaxError as error:
            line = getattr(error, "lineno", None)
            raise DataFileError(path, line, f"Turtle syntax error: {error.msg}") from None

    def _run(self, query: str, timeout: float | None) -> object:
        """Run a query, giving up waiting after ``timeout`` seconds."""
        try:
            if timeout is None:
                return self.store.query(query)
            future = _POOL.submit(self._materialise, query)
            return future.result(timeout=timeout)
        except SyntaxError as error:
            raise QueryError(str(error)) from None
        except concurrent.futures.TimeoutError:
            raise QueryTimeoutError(f"the query ran past its time limit of {timeout:g} s") from None

    def _materialise(self, query: str) -> object:
        """Run a query to the end inside a worker, so the time limit covers all of it."""
        result = self.store.query(query)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            return variables, [list(solution) for solution in result]
        if isinstance(result, ox.QueryTriples):
            return list(result)
        return result

    def select(self, query: str, values: dict[str, Term | None] | None = None,
               timeout: float | None = None) -> list[Row]:
        """Run a SELECT query with bound values."""
        result = self._run(bind_values(query, values or {}), timeout)
        if isinstance(result, tuple):
            variables, rows = result
            return [{v: t for v, t in zip(variables, row, strict=True) if t is not None}
                    for row in rows]
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        variables = [v.value for v in result.variables]
        return [{v: solution[v] for v in variables if solution[v] is not None}
                for solution in result]

    def ask(self, query: str, values: dict[str, Term | None] | None = None) -> bool:
        """Run an ASK query with bound values."""
        result = self._run(bind_values(query, values or {}), None)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def raw(self, query: str, result_format: str, timeout: float | None = None) -> tuple[bytes, str]:
        """Run any read query and serialise its result (results formats or RDF formats)."""

        def run_and_serialise() -> tuple[bytes, str]:
            result = self.store.query(query)
            if isinstance(result, ox.QueryTriples):
                fmt, media = GRAPH_FORMATS.get(result_format, GRAPH_FORMATS["turtle"])
            else:
                fmt, media = RESULT_FORMATS.get(result_format, RESULT_FORMATS["json"])
            return result.serialize(format=fmt), media

        try:
            if timeout is None:
                return run_and_serialise()
            return _POOL.submit(run_and_serialise).result(timeout=timeout)
        except SyntaxError as error:
            raise QueryError(str(error)) from None
        except concurrent.futures.TimeoutError:
            raise QueryTimeoutError(f"the query ran past its time limit of {timeout:g} s") from None

    def triple_count(self) -> int:
        """How many triples (quads in the default graph) the store holds."""
        return len(self.store)

"""The embedded default store: Oxigraph in memory, loaded from the repository's Turtle files.

Oxigraph answers the look-ups of this graph's shape in well under a millisecond where plain
rdflib needs tens of milliseconds to minutes (benchmarks/ has the figures), and it needs no server. The
store is loaded once at start and never written afterwards, so any number of service replicas
can load the same files and agree.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import itertools
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg_service.i18n.errors import Localised, syntax_error
from kg_service.rdf.files import DataFileError
from kg_service.store.base import (
    GraphResult,
    QueryError,
    QueryResult,
    QueryTimeoutError,
    ResultLimitError,
    SelectResult,
    Store,
    json_rows,
    solution_rows,
)

_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="oxigraph")
T = TypeVar("T")


class EmbeddedStore(Store):
    """An in-memory pyoxigraph store."""

    name = "embedded"

    def __init__(self, store: ox.Store | None = None, token: str | None = None) -> None:
        self.store = store if store is not None else ox.Store()
        # Files loaded by several replicas give the same token (a digest of their bytes); a
        # store handed in from outside gets the token its opener knows for its content (the
        # durable store's: store/durable.py), else a random one.
        self._origin = hashlib.sha256() if store is None else None
        self._token = token or uuid.uuid4().hex[:16]
        self._generation = 0

    @classmethod
    def from_files(cls, paths: list[Path]) -> EmbeddedStore:
        """Load Turtle or N-Triples files; a syntax error names the file and line."""
        embedded = cls()
        for path in paths:
            embedded.load_file(path)
        return embedded

    def load_file(self, path: Path) -> None:
        """Add one Turtle (.ttl) or N-Triples (.nt) file to the store."""
        fmt = ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE
        try:
            self.store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as error:
            line = getattr(error, "lineno", None)
            raise DataFileError(path, line, f"syntax error: {error.msg}") from None
        if self._origin is not None:
            self._origin.update(path.name.encode() + b"\0" + path.read_bytes())
            self._token = self._origin.hexdigest()[:16]
        else:
            self.mark_changed()

    def version(self) -> str:
        """The graph's version: a digest of the loaded files, then a count of changes since."""
        return f"{self._token}.{self._generation}"

    def mark_changed(self) -> None:
        """Record that the graph changed (every write must call it: caches and workers follow)."""
        self._generation += 1

    def _within(self, work: Callable[[], T], timeout: float | None) -> T:
        """Run ``work`` in a worker thread and stop waiting after ``timeout`` seconds.

        pyoxigraph cannot cancel a running query, so an abandoned query finishes in the
        background; the caller gets a clear error at once instead of a hang.
        """
        try:
            if timeout is None:
                return work()
            return _POOL.submit(work).result(timeout=timeout)
        except SyntaxError as error:
            raise QueryError(syntax_error(str(error))) from None
        except concurrent.futures.TimeoutError:
            raise QueryTimeoutError(Localised("query.timeout", seconds=f"{timeout:g}")) from None

    def execute(self, query: str, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """Run any read query, refusing results larger than ``limit`` rows or triples."""

        def run() -> QueryResult | str:
            # Oxigraph's result objects must die on the thread that made them, so this worker
            # turns them into plain terms and reports an over-size result as text, not by raising.
            result = self.store.query(query)
            if isinstance(result, ox.QueryBoolean):
                return bool(result)
            cap = None if limit is None else limit + 1
            if isinstance(result, ox.QueryTriples):
                triples = list(itertools.islice(result, cap))
                del result
                return "triples" if limit is not None and len(triples) > limit else GraphResult(triples)
            variables = [v.value for v in result.variables]
            if limit is None:
                # One call writes every row: pyoxigraph lets go of the GIL for each row it yields,
                # and under load each such row then waits up to a thread switch to go on (a
                # look-up of 15 rows took 50 ms beside a busy thread instead of 2.4: issue 10).
                written = result.serialize(format=ox.QueryResultsFormat.JSON)
                bindings = json.loads(written)["results"]["bindings"] if written else []
                return SelectResult(variables, json_rows(bindings))
            rows = solution_rows(variables, itertools.islice(result, cap))
            del result
            return "rows" if len(rows) > limit else SelectResult(variables, rows)

        outcome = self._within(run, timeout)
        if isinstance(outcome, str):
            raise ResultLimitError(
                f"the result has more than {limit} {outcome}; add a LIMIT or narrow the query"
            )
        return outcome

    def triple_count(self) -> int:
        """How many triples the default graph holds (the named graphs are the store's own records)."""
        total = len(self.store)
        for graph in self.store.named_graphs():
            total -= sum(1 for _ in self.store.quads_for_pattern(None, None, None, graph))
        return total

    def all_triples(self) -> list[ox.Triple]:
        """Every triple of the default graph."""
        return [quad.triple for quad in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())]

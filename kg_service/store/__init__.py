"""The store layer: where SPARQL runs (embedded Oxigraph or a remote endpoint through SPARQLWrapper).

Results come back as pyoxigraph terms from either store, so the answers, checks and diagrams
read pyoxigraph terms too; only this layer opens a store, runs a query or copies a graph.
"""

from kg_service.store.base import QueryError, Row, Store, StoreError
from kg_service.store.binding import bind_values

__all__ = ["QueryError", "Row", "Store", "StoreError", "bind_values"]

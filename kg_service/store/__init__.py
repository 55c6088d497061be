"""The store layer: the only code that touches Oxigraph, rdflib graphs or SPARQLWrapper."""

from kg_service.store.base import QueryError, Row, Store, StoreError
from kg_service.store.binding import bind_values

__all__ = ["QueryError", "Row", "Store", "StoreError", "bind_values"]

"""The FastAPI application factory.

The app is built by a function, not at import time, so that tests and the CLI choose the store
(embedded by default) and nothing heavy happens on import.
"""

from __future__ import annotations

from fastapi import FastAPI

from kg_service import __version__
from kg_service.files import instance_files, ontology_files
from kg_service.store.base import Store
from kg_service.store.embedded import EmbeddedStore


def default_store() -> Store:
    """The embedded Oxigraph store loaded with the shipped ontology and instances."""
    return EmbeddedStore.from_files(ontology_files() + instance_files())


def create_app(store: Store | None = None) -> FastAPI:
    """Build the service around ``store`` (the embedded store with the shipped data by default)."""
    app = FastAPI(
        title="Employment-steering knowledge graph",
        version=__version__,
        description="Who is responsible for what, and when, in Finland's employment-promotion steering.",
    )
    app.state.store = store if store is not None else default_store()

    @app.get("/health", tags=["service"])
    def health() -> dict[str, object]:
        """Liveness and the size of the graph being served."""
        return {"status": "ok", "store": app.state.store.name,
                "triples": app.state.store.triple_count()}

    return app

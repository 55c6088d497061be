"""The FastAPI application factory.

The app is built by a function, not at import time, so that tests and the CLI choose the store
(embedded by default, or a remote SPARQL endpoint by KG_STORE / KG_SPARQL_ENDPOINT) and nothing
heavy happens on import.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from kg_service import __version__
from kg_service.answers.assemble import Answers
from kg_service.api import check, diagrams, documents, entities, resources, responsibilities, sparql, stored
from kg_service.api.deps import StoreDep
from kg_service.api.errors import install_error_handlers
from kg_service.api.models import Health
from kg_service.config import Settings
from kg_service.queries.stored import load_queries
from kg_service.store.base import Store
from kg_service.store.factory import store_from_settings
from kg_service.web import apidocs, calendar, check_page, pages, studio
from kg_service.web.templating import STATIC


def create_app(store: Store | None = None, settings: Settings | None = None) -> FastAPI:
    """Build the service around ``store`` (by default as the settings say)."""
    settings = settings or Settings.from_env()
    app = FastAPI(
        title="Employment-steering knowledge graph",
        version=__version__,
        description="Who is responsible for what, and when, in Finland's employment-promotion steering.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store if store is not None else store_from_settings(settings)
    app.state.queries = load_queries()
    app.state.answers = Answers(app.state.store, app.state.queries, settings.query_timeout)
    install_error_handlers(app)
    app.include_router(sparql.router)
    app.include_router(responsibilities.router)
    app.include_router(resources.router)
    app.include_router(stored.router)
    app.include_router(entities.router)
    app.include_router(diagrams.router)
    app.include_router(documents.router)
    app.include_router(check.router)
    app.include_router(pages.router)
    app.include_router(apidocs.router)
    app.include_router(calendar.router)
    app.include_router(check_page.router)
    app.include_router(studio.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/health", tags=["service"], response_model=Health)
    def health(served: StoreDep) -> dict[str, object]:
        """Liveness and the size of the graph being served."""
        return {"status": "ok", "store": served.name, "triples": served.triple_count()}

    return app

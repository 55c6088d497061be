"""The FastAPI application factory.

The app is built by a function, not at import time, so that tests and the CLI choose the store
(embedded by default, or a remote SPARQL endpoint by KG_STORE / KG_SPARQL_ENDPOINT) and nothing
heavy happens on import.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from kg_service import __version__
from kg_service.answers.assemble import Answers
from kg_service.api import (
    areas,
    changes,
    check,
    diagrams,
    documents,
    entities,
    resources,
    responsibilities,
    sparql,
    stored,
    themes,
    vocabulary,
)
from kg_service.api.caching import AnswerCache, CachedAnswers
from kg_service.api.errors import install_error_handlers
from kg_service.api.fairness import ClientSlots
from kg_service.api.hardening import BoundedBodies, HeadAsGet, SecurityHeaders
from kg_service.api.models import Health
from kg_service.api.openapi import describe
from kg_service.config import Settings
from kg_service.editing.service import Editing
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.search.results import search_service
from kg_service.store.base import Store
from kg_service.store.factory import store_from_settings
from kg_service.store.workers import user_query_store
from kg_service.vocabulary.downloads import Downloads
from kg_service.vocabulary.model import VocabularyService
from kg_service.web import (
    apidocs,
    calendar,
    check_page,
    edit_forms,
    history_page,
    pages,
    review,
    search_page,
    sign_in,
    studio,
    vocabulary_pages,
)
from kg_service.web.refusals import install_refusals
from kg_service.web.templating import STATIC
from kg_service.web.warming import start_warming


def refresh_after_change(app: FastAPI) -> None:
    """Forget what was read from the graph before a change: labels, the checker's copy, the web
    pages' pick lists, drawings and timelines (each is rebuilt from the changed graph on next use; the check
    workers follow the graph's version themselves)."""
    state = app.state
    state.answers = Answers(state.store, state.queries, state.settings.query_timeout)
    state.checker = None
    state.web_choices = None
    state.web_edit_choices = None
    state.web_drawings = None
    state.web_timelines = None


def create_app(
    store: Store | None = None, settings: Settings | None = None, editing: Editing | None = None
) -> FastAPI:
    """Build the service around ``store`` (by default as the settings say).

    With ``editing`` (or, by default, with the embedded store) the service serves the durable
    store in KG_DATA_DIR and takes reviewed changes; given a store, it serves that store read-only.
    """
    settings = settings or Settings.from_env()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm_up:
            start_warming(app)  # in a thread: /health and the pages answer meanwhile
        yield
        for workers in (app.state.user_queries, getattr(app.state, "check_workers", None)):
            close = getattr(workers, "close", None)
            if close is not None:
                close()  # the query and check workers end with the service

    if store is None and editing is None and settings.store == "embedded":
        editing = Editing.open(settings.data_dir, ontology_files() + instance_files())
    if editing is not None:
        store = editing.store
    app = FastAPI(
        lifespan=lifespan,
        title="Employment-steering knowledge graph",
        version=__version__,
        description="Who is responsible for what, and when, in Finland's employment-promotion steering.",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # web/apidocs.py serves it, in the language asked
    )
    app.state.settings = settings
    app.state.warmed = None  # None: not asked to warm up; False while warming; True when done
    app.state.store = store if store is not None else store_from_settings(settings)
    app.state.queries = load_queries()
    app.state.answers = Answers(app.state.store, app.state.queries, settings.query_timeout)
    # Callers' SPARQL (/sparql, stored queries) runs apart from the service's own look-ups, in
    # workers that are killed at the time or memory limit (store/workers.py).
    app.state.user_queries = user_query_store(
        app.state.store, settings.query_workers, settings.query_memory_mb, settings.query_wait
    )
    app.state.client_slots = ClientSlots(settings.client_budget, settings.query_wait)
    app.state.counted = (None, 0)
    app.state.editing = editing
    if editing is not None:
        editing.listeners.append(lambda: refresh_after_change(app))
    app.state.search = search_service(app.state.answers)
    app.state.vocabulary = VocabularyService(app.state.queries)
    app.state.downloads = Downloads.over(app.state.store)
    app.state.answer_cache = AnswerCache()

    def openapi(lang: str = "en") -> dict[str, Any]:
        """The description in ``lang`` (FastAPI's app.openapi() takes no language)."""
        return describe(app, list(app.state.queries), lang)

    app.openapi = openapi  # type: ignore[method-assign]
    install_error_handlers(app)
    install_refusals(app)
    # Outermost last: headers on every answer; HEAD as GET; bodies bounded; cached answers.
    app.add_middleware(CachedAnswers, version=app.state.store.version, cache=app.state.answer_cache)
    app.add_middleware(BoundedBodies)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    app.include_router(sparql.router)
    app.include_router(responsibilities.router)
    app.include_router(resources.router)
    app.include_router(areas.router)
    app.include_router(themes.router)
    app.include_router(vocabulary.router)
    app.include_router(stored.router)
    app.include_router(entities.router)
    app.include_router(diagrams.router)
    app.include_router(documents.router)
    app.include_router(check.router)
    app.include_router(changes.router)
    app.include_router(pages.router)
    app.include_router(search_page.router)
    app.include_router(vocabulary_pages.router)
    app.include_router(apidocs.router)
    app.include_router(calendar.router)
    app.include_router(check_page.router)
    app.include_router(studio.router)
    app.include_router(sign_in.router)
    app.include_router(edit_forms.router)
    app.include_router(review.router)
    app.include_router(history_page.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/health", tags=["service"], response_model=Health)
    def health() -> dict[str, object]:
        """Liveness, the graph's version and size, and how busy the query workers are.

        O(1): the size is counted once per graph version, not on every call.
        """
        store = app.state.store
        version = store.version()
        if app.state.counted[0] != version:
            app.state.counted = (version, store.triple_count())
        workers: dict[str, int] = getattr(app.state.user_queries, "status", dict)()
        saturated = bool(workers) and workers["busy"] + workers["waiting"] >= workers["workers"]
        return {
            "status": "saturated" if saturated else "ok",
            "store": store.name,
            "version": version,
            "triples": app.state.counted[1],
            "queryWorkers": workers or None,
            "warmedUp": app.state.warmed,
        }

    return app

"""What a route needs from the running service, as FastAPI dependencies.

create_app() puts the settings, the store, the stored queries and the answer assembler on the
app once; routes ask for them by type (``answers: AnswersDep``) instead of reaching into
``request.app.state``, so a route's signature says what it uses and tests can override one.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from kg_service.answers.assemble import Answers
from kg_service.api.fairness import ClientSlots
from kg_service.checks.overlay import base_quads
from kg_service.checks.runner import Checker
from kg_service.config import Settings
from kg_service.queries.stored import StoredQuery
from kg_service.search.index import SearchService
from kg_service.store.base import Store
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.workers import QueryWorkers, user_query_store


def get_settings(request: Request) -> Settings:
    """The settings the service was started with."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> Store:
    """The store the service answers from."""
    store: Store = request.app.state.store
    return store


async def get_user_queries(request: Request) -> AsyncIterator[Store]:
    """Where callers' own SPARQL runs: killable worker processes (embedded) or the remote store,
    held for the request within the client's budget (kg_service.api.fairness)."""
    store: Store = request.app.state.user_queries
    async with client_slot(request):
        yield store


@contextlib.asynccontextmanager
async def client_slot(request: Request) -> AsyncIterator[None]:
    """One of the client's slots for heavy work, for as long as the block runs (429 when none)."""
    slots: ClientSlots = request.app.state.client_slots
    client = request.client.host if request.client else "?"
    await slots.take(client)
    try:
        yield
    finally:
        await slots.give_back(client)


def get_queries(request: Request) -> dict[str, StoredQuery]:
    """The stored queries, by name."""
    queries: dict[str, StoredQuery] = request.app.state.queries
    return queries


def get_answers(request: Request) -> Answers:
    """The assembler of labelled answers over the store."""
    answers: Answers = request.app.state.answers
    return answers


def get_search(request: Request) -> SearchService:
    """The search index over the store (rebuilt when the store's version changes)."""
    service: SearchService = request.app.state.search
    return service


def get_checker(request: Request) -> Checker:
    """The coherence checker over the store, made on first use (loading the checks takes a moment).

    For the service's own bounded work (a proposal's before/after table for its reviewers);
    callers' drafts are checked in killable workers (get_check_workers).
    """
    state = request.app.state
    if getattr(state, "checker", None) is None:
        state.checker = Checker(state.store, timeout=state.settings.query_timeout)
    checker: Checker = state.checker
    return checker


async def get_check_workers(request: Request) -> AsyncIterator[QueryWorkers]:
    """The check workers, held for the request within the client's budget."""
    async with client_slot(request):
        yield await run_in_threadpool(check_workers, request)  # a remote graph is read the first time


def check_workers(request: Request) -> QueryWorkers:
    """Where drafts are checked: killable workers over the served graph (issue 10).

    Over the embedded store these are the workers that run callers' SPARQL (one budget for all
    heavy work). A remote store's graph is copied once into a local graph for the workers, as
    the checker always did (checks need a private copy to add the draft to).
    """
    state = request.app.state
    if isinstance(state.user_queries, QueryWorkers):
        return state.user_queries
    if getattr(state, "check_workers", None) is None:
        snapshot = EmbeddedStore()
        snapshot.store.extend(base_quads(state.store))
        settings: Settings = state.settings
        state.check_workers = user_query_store(
            snapshot, settings.query_workers, settings.query_memory_mb, settings.query_wait
        )
    workers: QueryWorkers = state.check_workers
    return workers


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
UserQueriesDep = Annotated[Store, Depends(get_user_queries)]
QueriesDep = Annotated[dict[str, StoredQuery], Depends(get_queries)]
AnswersDep = Annotated[Answers, Depends(get_answers)]
CheckWorkersDep = Annotated[QueryWorkers, Depends(get_check_workers)]
SearchDep = Annotated[SearchService, Depends(get_search)]

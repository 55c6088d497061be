"""What a route needs from the running service, as FastAPI dependencies.

create_app() puts the settings, the store, the stored queries and the answer assembler on the
app once; routes ask for them by type (``answers: AnswersDep``) instead of reaching into
``request.app.state``, so a route's signature says what it uses and tests can override one.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg_service.answers.assemble import Answers
from kg_service.checks.runner import Checker
from kg_service.config import Settings
from kg_service.queries.stored import StoredQuery
from kg_service.search.index import SearchService
from kg_service.store.base import Store


def get_settings(request: Request) -> Settings:
    """The settings the service was started with."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> Store:
    """The store the service answers from."""
    store: Store = request.app.state.store
    return store


def get_user_queries(request: Request) -> Store:
    """Where callers' own SPARQL runs: killable worker processes (embedded) or the remote store."""
    store: Store = request.app.state.user_queries
    return store


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
    """The coherence checker over the store, made on first use (loading the checks takes a moment)."""
    state = request.app.state
    if getattr(state, "checker", None) is None:
        state.checker = Checker(state.store, timeout=state.settings.query_timeout)
    checker: Checker = state.checker
    return checker


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
UserQueriesDep = Annotated[Store, Depends(get_user_queries)]
QueriesDep = Annotated[dict[str, StoredQuery], Depends(get_queries)]
AnswersDep = Annotated[Answers, Depends(get_answers)]
CheckerDep = Annotated[Checker, Depends(get_checker)]
SearchDep = Annotated[SearchService, Depends(get_search)]

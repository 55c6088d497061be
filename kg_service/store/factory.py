"""Which store to open: the one place that turns settings into a store, for the API and the CLI."""

from __future__ import annotations

from kg_service.config import Settings
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.base import Store
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.remote import RemoteStore


def store_from_settings(settings: Settings) -> Store:
    """The embedded store with the shipped data, or the configured remote endpoint."""
    if settings.store == "remote" and settings.endpoint:
        return RemoteStore(
            settings.endpoint, timeout=settings.query_timeout, default_graph=settings.default_graph
        )
    return EmbeddedStore.from_files(ontology_files() + instance_files())

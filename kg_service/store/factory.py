"""Which store to open: the one place that turns settings into a store, for the API and the CLI."""

from __future__ import annotations

from kg_service.config import Settings
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.base import Store
from kg_service.store.durable import read_only_durable
from kg_service.store.embedded import EmbeddedStore
from kg_service.store.remote import RemoteStore


def store_from_settings(settings: Settings) -> Store:
    """For commands: the durable store in KG_DATA_DIR read-only (as the service serves it, and
    beside it), or the shipped files when no store has been made yet, or the remote endpoint.
    (The service itself opens the durable store for writing: kg_service.editing.service.)"""
    if settings.store == "remote" and settings.endpoint:
        return RemoteStore(
            settings.endpoint, timeout=settings.query_timeout, default_graph=settings.default_graph
        )
    durable = read_only_durable(settings.data_dir)
    return durable if durable is not None else EmbeddedStore.from_files(ontology_files() + instance_files())

"""The draft as an overlay on the current graph, in a fresh in-memory store of its own.

A check never writes to the store the service answers from: the current graph's quads are copied
into a new pyoxigraph Store, and the draft is added to the copy twice, to the default graph (so
every check sees current graph and draft as one) and to the named graph es:graph/draft (so a
check can ask what the draft itself says, e.g. which open questions it touches).

A draft may restate a property of a node the current graph already has, e.g. give an existing
assignment a new end date or holder. For the properties where a second value would make no sense
(dates, holder, role, task, legal basis, exclusivity) the draft's values replace the current ones
in the copy, so that "the decree moves this duty" reads as a change, not as a contradiction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg_service.namespaces import ES, ESO, PROV
from kg_service.store.base import Store
from kg_service.store.embedded import EmbeddedStore

DRAFT_GRAPH = ox.NamedNode(str(ES) + "graph/draft")
REPLACED_BY_DRAFT = frozenset(
    ox.NamedNode(iri)
    for iri in (
        str(ESO.startDate),
        str(ESO.endDate),
        str(ESO.forTask),
        str(ESO.legalBasis),
        str(ESO.exclusive),
        str(PROV.agent),
        str(PROV.hadRole),
    )
)


@dataclass(frozen=True)
class Draft:
    """A draft read into triples, with what it was read from (for messages and the report)."""

    triples: tuple[ox.Triple, ...]
    name: str
    format: str

    @classmethod
    def empty(cls, name: str = "") -> Draft:
        """No draft at all: the checks then describe the current graph itself."""
        return cls((), name, "none")


@dataclass
class Overlay:
    """The current graph with the draft on top, and the current values the draft replaced."""

    store: EmbeddedStore
    replaced: list[ox.Quad] = field(default_factory=list)


def base_quads(store: Store) -> list[ox.Quad]:
    """Every quad of the current graph, read through the store layer (embedded or remote)."""
    return [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in store.all_triples()]


def build_overlay(base: Iterable[ox.Quad], draft: Draft) -> Overlay:
    """A new store holding ``base`` and ``draft``; ``base`` itself is only read."""
    store = ox.Store()
    store.bulk_extend(base)
    drafted = set(draft.triples)
    replaced: list[ox.Quad] = []
    restated = {(t.subject, t.predicate) for t in draft.triples if t.predicate in REPLACED_BY_DRAFT}
    for subject, predicate in sorted(restated, key=str):
        for quad in list(store.quads_for_pattern(subject, predicate, None, ox.DefaultGraph())):
            if ox.Triple(quad.subject, quad.predicate, quad.object) not in drafted:
                store.remove(quad)
                replaced.append(quad)
    store.bulk_extend(
        [
            ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in draft.triples
            for graph in (ox.DefaultGraph(), DRAFT_GRAPH)
        ]
    )
    return Overlay(EmbeddedStore(store), replaced)

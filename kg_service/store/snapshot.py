"""A store's whole graph as an rdflib Graph, for the tools that read rdflib (SHACL, HermiT).

`kg validate --store remote` and `kg reason --store remote` check what a store serves rather than
the files on disk; the graph goes over as N-Triples, which every store and rdflib read alike.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from kg_service.namespaces import bind_prefixes
from kg_service.store.base import Store


def rdflib_graph(store: Store) -> Graph:
    """Every triple of the store's default graph, copied into a new rdflib Graph."""
    graph = Graph()
    bind_prefixes(graph.namespace_manager)
    text = ox.serialize(store.all_triples(), format=ox.RdfFormat.N_TRIPLES)
    if text:
        graph.parse(data=text.decode("utf-8"), format="nt")
    return graph

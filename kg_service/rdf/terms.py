"""Oxigraph terms as rdflib terms, for handing a graph held in the store to a SHACL engine.

A plain string is an xsd:string in Oxigraph but a literal without datatype in rdflib's Turtle
parser; it is converted to the latter so that a graph read from the store validates exactly as
the same graph read from the files.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node as RdflibNode

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
Node = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
"""Any term pyoxigraph may put in a triple (a quoted triple included, though we never make one)."""


def lexical(term: Node) -> str:
    """The IRI, blank node id or literal text of a term (N-Triples text for a quoted triple)."""
    return str(term) if isinstance(term, ox.Triple) else term.value


def make_triple(subject: Node, predicate: Node, obj: Node) -> ox.Triple:
    """A triple from terms typed as any node; a literal subject or non-IRI predicate is a bug."""
    if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
        raise TypeError(f"not a triple: {subject} {predicate} {obj}")
    return ox.Triple(subject, predicate, obj)


def to_rdflib(term: Node) -> RdflibNode:
    """One Oxigraph term as the rdflib term a Turtle parser would have made."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Triple):
        raise ValueError(f"quoted triples are not supported: {term}")
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == XSD_STRING else Literal(term.value, datatype=URIRef(datatype))


def graph_of(triples: Iterable[ox.Triple], into: Graph | None = None) -> Graph:
    """An rdflib Graph holding ``triples`` (added to ``into`` when given)."""
    graph = into if into is not None else Graph()
    for triple in triples:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph

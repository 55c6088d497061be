"""OWL consistency of the ontology (and optionally the data) under HermiT, through owlready2.

This is the only module that uses owlready2. owlready2 reads RDF/XML or N-Triples, not Turtle,
so the Turtle files are merged with rdflib and handed over as N-Triples. HermiT accepts only the
OWL 2 datatype map, which lacks xsd:date; for the consistency check alone every xsd:date literal
is handed to it as the xsd:dateTime at midnight of that day (same order, same equalities), which
changes no answer the reasoner can give about classes and individuals.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import owlready2
from rdflib import Graph, Literal
from rdflib.namespace import OWL, XSD

from kg_service.rdf.files import load_graph, ontology_files


@dataclass(frozen=True)
class ReasonerResult:
    """What HermiT said about the graph."""

    consistent: bool
    unsatisfiable_classes: list[str]
    classes: int
    individuals: int
    message: str = ""


def owl_ready_graph(graph: Graph) -> Graph:
    """A copy of ``graph`` HermiT can read: local imports resolved, xsd:date as xsd:dateTime."""
    copy = Graph()
    for subject, predicate, obj in graph:
        if predicate == OWL.imports:
            continue  # the imported modules are already merged in from local files
        if isinstance(obj, Literal) and obj.datatype == XSD.date:
            obj = Literal(f"{obj}T00:00:00", datatype=XSD.dateTime)
        copy.add((subject, predicate, obj))
    return copy


def check_consistency(paths: list[Path] | None = None) -> ReasonerResult:
    """Load the ontology files (or the given files) into owlready2 and run HermiT."""
    return check_graph_consistency(load_graph(paths if paths is not None else ontology_files()))


def check_graph_consistency(source: Graph) -> ReasonerResult:
    """Run HermiT over ``source`` (the ontology with or without data, e.g. a store's whole graph)."""
    graph = owl_ready_graph(source)
    world = owlready2.World()
    with tempfile.TemporaryDirectory() as scratch:
        nt_path = Path(scratch) / "graph.nt"
        graph.serialize(nt_path, format="nt", encoding="utf-8")
        ontology = world.get_ontology(nt_path.as_uri()).load(format="ntriples")
        classes = len(list(world.classes()))
        individuals = sum(1 for entity in world.search(iri="*") if isinstance(entity, owlready2.Thing))
        try:
            with ontology:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            return ReasonerResult(False, [], classes, individuals, str(error))
    unsatisfiable = sorted(c.iri for c in world.inconsistent_classes())
    return ReasonerResult(not unsatisfiable, unsatisfiable, classes, individuals)

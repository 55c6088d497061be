"""Validating a change by what it can affect, not the whole graph.

A shape reads a focus node's own triples and whatever its paths reach: each property shape's
``sh:path`` and, for the SHACL-SPARQL rules, the paths declared beside them (``shp:readPath`` in
shapes/coherence.ttl). Every node reached on such a path is read with all its own triples. So a
changed triple (s, p, o) can alter the result of exactly those focus nodes from which s is
reachable along some prefix of some read path (in the graph before or after the change: their
union). Walking each prefix backwards from every changed subject finds them; the nodes those
paths reach in the graph after the change, with their triples and the ontology's class hierarchy
and concept schemes, form a small graph on which the engine validates just those focus nodes.
The same is done on the graph before the change, and the change is refused for the violations
it would add. A differential test compares this with validating the whole graph.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
import pyshacl_turbo
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.term import Node as RdfNode

from kg_service.namespaces import SH, SHP
from kg_service.quality.validation import (
    ShaclSeverity,
    ShapeFinding,
    build_data_graph,
    findings_from,
)
from kg_service.rdf.terms import Node, lexical, make_triple

DEFAULT = ox.DefaultGraph()
FOCUS_LIMIT = 5_000
"""Above this many affected focus nodes, validating the whole graph is the cheaper way."""
NESTED = (SH.node, SH.qualifiedValueShape, SH["or"], SH["and"], SH.xone, SH["not"])


@dataclass(frozen=True)
class Step:
    """One step of a read path: a predicate, forwards or backwards, once or any number of times."""

    predicate: ox.NamedNode
    inverse: bool = False
    repeat: bool = False


Path = tuple[Step, ...]


class ShapePathError(ValueError):
    """A shape uses a path form the change validator cannot follow."""


def _steps(shapes: Graph, node: RdfNode) -> list[Path]:
    """The alternatives a SHACL path denotes, each as a sequence of steps."""
    if isinstance(node, URIRef):
        return [(Step(ox.NamedNode(str(node))),)]
    if (node, RDF.first, None) in shapes:
        sequences: list[Path] = [()]
        for member in Collection(shapes, node):
            sequences = [s + t for s in sequences for t in _steps(shapes, member)]
        return sequences
    inverse = shapes.value(node, SH.inversePath)
    if isinstance(inverse, URIRef):
        return [(Step(ox.NamedNode(str(inverse)), inverse=True),)]
    for repeated in (SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath):
        inner = shapes.value(node, repeated)
        if inner is not None:
            found = _steps(shapes, inner)
            if any(len(path) != 1 for path in found):
                raise ShapePathError(f"a repeated sequence path is not supported: {node}")
            return [(Step(p[0].predicate, p[0].inverse, repeat=True),) for p in found]
    alternatives = shapes.value(node, SH.alternativePath)
    if alternatives is not None:
        return [path for member in Collection(shapes, alternatives) for path in _steps(shapes, member)]
    raise ShapePathError(f"unknown SHACL path form at {node}")


def read_paths(shapes: Graph) -> list[Path]:
    """Every path any shape reads from a focus node (the node's own triples are always read)."""
    paths: set[Path] = set()
    for shape, path in shapes.subject_objects(SH.path):
        for nested in NESTED:
            for inner in shapes.objects(shape, nested):
                if (inner, SH.path, None) in shapes or (inner, SH.property, None) in shapes:
                    raise ShapePathError(f"{shape}: nested shapes with paths are not supported")
        paths.update(_steps(shapes, path))
    for shape in set(shapes.subjects(SH.sparql, None)):
        declared = list(shapes.objects(shape, SHP.readPath))
        if not declared:
            raise ShapePathError(f"{shape} has sh:sparql but declares no shp:readPath")
        for path in declared:
            if path != RDF.nil:
                paths.update(_steps(shapes, path))
    return sorted(paths, key=lambda p: [(s.predicate.value, s.inverse, s.repeat) for s in p])


@dataclass
class View:
    """The store's default graph with a pending change: before, after, or the union of both."""

    store: ox.Store
    add: Iterable[ox.Triple] = ()
    remove: Iterable[ox.Triple] = ()
    _out: dict[tuple[Node, Node], list[Node]] = field(init=False)
    _in: dict[tuple[Node, Node], list[Node]] = field(init=False)
    _removed: set[ox.Triple] = field(init=False)

    def __post_init__(self) -> None:
        self._out, self._in = defaultdict(list), defaultdict(list)
        self._removed = set(self.remove)
        for t in self.add:
            self._out[(t.subject, t.predicate)].append(t.object)
            self._in[(t.object, t.predicate)].append(t.subject)

    def step(self, nodes: set[Node], step: Step, after: bool, backwards: bool = False) -> set[Node]:
        """Nodes one step (or any number of repeated steps) away from ``nodes``."""
        forward = step.inverse == backwards
        reached = set(nodes) if step.repeat else set()
        frontier = set(nodes)
        while frontier:
            following: set[Node] = set()
            for node in frontier:
                if isinstance(node, ox.Literal):
                    continue
                following.update(self._next(node, step.predicate, forward, after))
            following -= reached
            reached |= following
            frontier = following if step.repeat else set()
        return reached

    def _next(self, node: Node, predicate: ox.NamedNode, forward: bool, after: bool) -> list[Node]:
        if isinstance(node, ox.Literal):
            return []
        found: list[Node]
        if forward:
            found = [q.object for q in self.store.quads_for_pattern(node, predicate, None, DEFAULT)]
            found += self._out.get((node, predicate), [])
            if after:
                found = [o for o in found if make_triple(node, predicate, o) not in self._removed]
        else:
            found = [q.subject for q in self.store.quads_for_pattern(None, predicate, node, DEFAULT)]
            found += self._in.get((node, predicate), [])
            if after:
                found = [s for s in found if make_triple(s, predicate, node) not in self._removed]
        return found

    def own_triples(self, node: Node, after: bool) -> list[ox.Triple]:
        """Every triple with ``node`` as subject, before or after the change."""
        if isinstance(node, ox.Literal):
            return []
        triples = [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self.store.quads_for_pattern(node, None, None, DEFAULT)
        ]
        if not after:
            return triples
        extra = [
            make_triple(node, p, o) for (s, p), objects in self._out.items() if s == node for o in objects
        ]
        return [t for t in triples if t not in self._removed] + extra


def affected(view: View, paths: list[Path], subjects: set[Node]) -> set[Node]:
    """Focus nodes whose validation can change: those that reach a changed subject on a read path."""
    focus = set(subjects)
    for path in paths:
        for end in range(len(path), 0, -1):
            frontier = set(subjects)
            for step in reversed(path[:end]):
                frontier = view.step(frontier, step, after=False, backwards=True)
                if not frontier:
                    break
            focus |= frontier
            if len(focus) > FOCUS_LIMIT:
                return focus
    return {n for n in focus if not isinstance(n, ox.Literal)}


def closure(view: View, paths: list[Path], focus: set[Node], after: bool) -> list[ox.Triple]:
    """The triples validating ``focus`` can read: every node on a read path, with its own triples."""
    nodes = set(focus)
    for start in focus:
        for path in paths:
            frontier = {start}
            for step in path:
                frontier = view.step(frontier, step, after=after)
                nodes |= frontier
                if not frontier:
                    break
    return [t for node in nodes for t in view.own_triples(node, after)]


@dataclass
class Verdict:
    """What a change would do to the graph's conformance."""

    new_violations: list[ShapeFinding]
    focus: int
    mode: str
    seconds: float

    @property
    def accepted(self) -> bool:
        """True when the change adds no violation."""
        return not self.new_violations


def _identity(finding: ShapeFinding) -> tuple[str, str, str, str | None, str | None]:
    return (finding.shape, finding.focus, finding.severity.value, finding.path, finding.value)


class ChangeValidator:
    """Validates changes to one store against the shapes; built once, used for every change."""

    def __init__(self, shapes: Graph, ontology: Graph, ontology_triples: set[ox.Triple]) -> None:
        self.shapes = shapes
        self.ontology = ontology
        self.ontology_triples = ontology_triples
        self.paths = read_paths(shapes)
        self.compiled = pyshacl_turbo.compile_shapes(shapes)
        schema = build_data_graph(Graph(), ontology).serialize(format="nt", encoding="utf-8")
        self.schema = list(ox.parse(schema, format=ox.RdfFormat.N_TRIPLES))
        """The hierarchy and concept schemes every validation needs (see build_data_graph)."""

    def findings_on(self, view: View, focus: set[Node], after: bool) -> list[ShapeFinding]:
        """The findings of the focus nodes in the before or after graph, validating a small graph."""
        data = ox.Store()
        data.extend(self.schema)
        data.extend(
            ox.Quad(t.subject, t.predicate, t.object) for t in closure(view, self.paths, focus, after)
        )
        _conforms, results, _text = self.compiled.validate(
            data,
            inference="none",
            allow_warnings=True,
            allow_infos=True,
            focus_nodes=[URIRef(lexical(n)) for n in focus],
        )
        wanted = {lexical(n) for n in focus}
        return [f for f in findings_from(results, self.shapes) if f.focus in wanted]

    def full_findings(self, view: View, after: bool) -> list[ShapeFinding]:
        """Every finding of the whole graph (before or after the change), as `kg validate` sees it:
        the instances (the store's triples that are not the ontology's) with the schema."""
        data = ox.Store()
        data.extend(self.schema)
        removed = set(view.remove) if after else set()
        data.extend(
            q
            for q in view.store.quads_for_pattern(None, None, None, DEFAULT)
            if ox.Triple(q.subject, q.predicate, q.object) not in self.ontology_triples
            and ox.Triple(q.subject, q.predicate, q.object) not in removed
        )
        if after:
            data.extend(
                ox.Quad(t.subject, t.predicate, t.object) for t in view.add if t not in self.ontology_triples
            )
        _conforms, results, _text = self.compiled.validate(
            data, inference="none", allow_warnings=True, allow_infos=True
        )
        return findings_from(results, self.shapes)

    def check(self, store: ox.Store, add: Iterable[ox.Triple], remove: Iterable[ox.Triple]) -> Verdict:
        """Judge a change: the violations it would add (incremental unless it touches too much)."""
        started = time.perf_counter()
        add, remove = list(add), list(remove)
        view = View(store, add, remove)
        subjects: set[Node] = {t.subject for t in add + remove}
        focus = affected(view, self.paths, subjects)
        if len(focus) > FOCUS_LIMIT:
            before, after, mode = self.full_findings(view, False), self.full_findings(view, True), "full"
        else:
            # The graph before the change is validated only when the change leaves violations:
            # an accepted change costs one small validation.
            after = self.findings_on(view, focus, after=True)
            violated = any(f.severity is ShaclSeverity.VIOLATION for f in after)
            before = self.findings_on(view, focus, after=False) if violated else []
            mode = "incremental"
        known = {_identity(f) for f in before}
        new = [f for f in after if f.severity is ShaclSeverity.VIOLATION and _identity(f) not in known]
        return Verdict(new, len(focus), mode, time.perf_counter() - started)

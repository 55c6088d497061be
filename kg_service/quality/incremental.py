"""Validating a change by what it can affect, not the whole graph.

A shape reads a focus node's own triples and whatever its paths reach: each property shape's
``sh:path`` and, for the SHACL-SPARQL rules, the paths declared beside them (``shp:readPath`` in
shapes/coherence.ttl), and for the coherence checks the paths their headers declare
(``#+ reads:``). Every node reached on such a path is read with all its own triples. So a
changed triple (s, p, o) can alter the result of exactly those focus nodes from which s is
reachable along some prefix of some read path (in the graph before or after the change: their
union). Walking each prefix backwards from every changed subject finds them; the nodes those
paths reach in the graph after the change, with their triples and the ontology's class hierarchy
and concept schemes, form a small graph on which just those focus nodes are validated
(kg_service.quality.change_validation judges the change). A focus node that is not itself a
changed subject reaches the change only along some paths, so only the rules reading those paths
can answer differently for it (group_by_rules). A differential test compares this with
validating the whole graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.term import Node as RdfNode

from kg_service.namespaces import SH, SHP
from kg_service.rdf.terms import Node, make_triple

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


def _own_paths(shapes: Graph, shape: RdfNode) -> set[Path]:
    """The paths one shape reads: its ``sh:path`` and, for a SHACL-SPARQL shape, its declared ones."""
    paths: set[Path] = set()
    for nested in NESTED:
        for inner in shapes.objects(shape, nested):
            if (inner, SH.path, None) in shapes or (inner, SH.property, None) in shapes:
                raise ShapePathError(f"{shape}: nested shapes with paths are not supported")
    for path in shapes.objects(shape, SH.path):
        paths.update(_steps(shapes, path))
    if (shape, SH.sparql, None) in shapes:
        declared = list(shapes.objects(shape, SHP.readPath))
        if not declared:
            raise ShapePathError(f"{shape} has sh:sparql but declares no shp:readPath")
        for path in declared:
            if path != RDF.nil:
                paths.update(_steps(shapes, path))
    return paths


def shape_paths(shapes: Graph) -> dict[str, frozenset[Path]]:
    """Each node shape (by IRI) with every path it reads from a focus node: its own and its
    property shapes' (the node's own triples are always read)."""
    found: dict[str, frozenset[Path]] = {}
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        paths = _own_paths(shapes, shape)
        for member in shapes.objects(shape, SH.property):
            paths |= _own_paths(shapes, member)
        found[str(shape)] = frozenset(paths)
    return found


def read_paths(shapes: Graph) -> list[Path]:
    """Every path any shape reads from a focus node (the node's own triples are always read)."""
    paths: set[Path] = set()
    for shape in set(shapes.subjects(SH.path, None)) | set(shapes.subjects(SH.sparql, None)):
        paths |= _own_paths(shapes, shape)
    return sorted(paths, key=lambda p: [(s.predicate.value, s.inverse, s.repeat) for s in p])


@dataclass
class View:
    """The store's default graph with a pending change: before, after, or the union of both.

    Every store read is made once per node (its own triples) or once per node and predicate
    (the subjects pointing at it): an on-disk store answers each read in tens of microseconds,
    and a fan-out change would otherwise read the same nodes once per read path.
    """

    store: ox.Store
    add: Iterable[ox.Triple] = ()
    remove: Iterable[ox.Triple] = ()
    _out: dict[tuple[Node, Node], list[Node]] = field(init=False)
    _in: dict[tuple[Node, Node], list[Node]] = field(init=False)
    _added: dict[Node, list[ox.Quad]] = field(init=False)
    _removed: set[ox.Triple] = field(init=False)
    _stored: dict[Node, tuple[dict[ox.NamedNode, list[Node]], list[ox.Quad]]] = field(init=False)
    """Each node's stored triples, by predicate and as quads of the default graph."""
    _pointing: dict[tuple[Node, ox.NamedNode], list[Node]] = field(init=False)
    """The stored subjects pointing at a node with a predicate."""

    def __post_init__(self) -> None:
        self.add, self.remove = tuple(self.add), tuple(self.remove)
        self._out, self._in, self._added = defaultdict(list), defaultdict(list), defaultdict(list)
        self._removed = set(self.remove)
        self._stored, self._pointing = {}, {}
        for t in self.add:
            self._out[(t.subject, t.predicate)].append(t.object)
            self._in[(t.object, t.predicate)].append(t.subject)
            self._added[t.subject].append(ox.Quad(t.subject, t.predicate, t.object, DEFAULT))

    def step(self, nodes: set[Node], step: Step, after: bool, backwards: bool = False) -> set[Node]:
        """Nodes one step (or any number of repeated steps) away from ``nodes``."""
        forward = step.inverse == backwards
        reached = set(nodes) if step.repeat else set()
        frontier = set(nodes)
        while frontier:
            following: set[Node] = set()
            for node in frontier:
                if not isinstance(node, ox.Literal):
                    following.update(self._next(node, step.predicate, forward, after))
            following -= reached
            reached |= following
            frontier = following if step.repeat else set()
        return reached

    def _next(self, node: Node, predicate: ox.NamedNode, forward: bool, after: bool) -> list[Node]:
        if forward:
            found = self._stored_of(node)[0].get(predicate, []) + self._out.get((node, predicate), [])
            if after and self._removed:
                found = [o for o in found if make_triple(node, predicate, o) not in self._removed]
            return found
        key = (node, predicate)
        stored = self._pointing.get(key)
        if stored is None:
            stored = [q.subject for q in self.store.quads_for_pattern(None, predicate, node, DEFAULT)]
            self._pointing[key] = stored
        found = stored + self._in.get(key, [])
        if after and self._removed:
            found = [s for s in found if make_triple(s, predicate, node) not in self._removed]
        return found

    def _stored_of(self, node: Node) -> tuple[dict[ox.NamedNode, list[Node]], list[ox.Quad]]:
        found = self._stored.get(node)
        if found is None:
            if isinstance(node, ox.Literal):
                return {}, []
            by_predicate: dict[ox.NamedNode, list[Node]] = defaultdict(list)
            quads = list(self.store.quads_for_pattern(node, None, None, DEFAULT))
            for quad in quads:
                by_predicate[quad.predicate].append(quad.object)
            found = self._stored[node] = (by_predicate, quads)
        return found

    def own_quads(self, node: Node, after: bool) -> list[ox.Quad]:
        """Every triple with ``node`` as subject, before or after the change, as default-graph quads."""
        if isinstance(node, ox.Literal):
            return []
        quads = self._stored_of(node)[1]
        if not after:
            return quads
        if self._removed:
            quads = [q for q in quads if q.triple not in self._removed]
        return quads + self._added.get(node, [])


Reach = dict[Path, set[Node]]
"""For each read path, the nodes from which a changed subject lies on (a prefix of) that path."""


def reaching(view: View, paths: list[Path], subjects: set[Node], limit: int = FOCUS_LIMIT) -> Reach:
    """The nodes that reach a changed subject along each read path (walked backwards, before the
    change); stops early once more than ``limit`` nodes are found."""
    reach: Reach = {}
    total: set[Node] = set(subjects)
    for path in paths:
        found: set[Node] = set()
        for end in range(len(path), 0, -1):
            frontier = set(subjects)
            for step in reversed(path[:end]):
                frontier = view.step(frontier, step, after=False, backwards=True)
                if not frontier:
                    break
            found |= {n for n in frontier if not isinstance(n, ox.Literal)}
        reach[path] = found
        total |= found
        if len(total) > limit:
            break
    return reach


def affected(view: View, paths: list[Path], subjects: set[Node], reach: Reach | None = None) -> set[Node]:
    """Focus nodes whose validation can change: the changed subjects and those that reach one on
    a read path."""
    if reach is None:
        reach = reaching(view, paths, subjects)
    focus = set(subjects).union(*reach.values())
    return {n for n in focus if not isinstance(n, ox.Literal)}


RuleSet = frozenset[str] | None
"""The rules (node shapes by IRI, error checks by id) a group of focus nodes is validated against;
None for every rule."""


def group_by_rules(
    reach: Reach, subjects: set[Node], focus: set[Node], rule_paths: dict[str, frozenset[Path]]
) -> dict[RuleSet, set[Node]]:
    """The focus nodes grouped by the rules whose answer can change for them.

    A changed subject's own triples changed, so every rule may answer differently for it. Any other
    focus node reaches the change only along some read paths, so only the rules reading one of
    those paths can: a fan-out change reaches dozens of tasks through one rule's path, and those
    tasks need neither the other rules nor what only the other rules read.
    """
    paths_of: dict[Node, set[Path]] = defaultdict(set)
    for path, nodes in reach.items():
        for node in nodes:
            paths_of[node].add(path)
    grouped: dict[RuleSet, set[Node]] = defaultdict(set)
    for node in focus:
        if node in subjects:
            grouped[None].add(node)
            continue
        read = paths_of.get(node, set())
        rules = frozenset(name for name, paths in rule_paths.items() if not paths.isdisjoint(read))
        if rules:
            grouped[rules].add(node)
    return dict(grouped)


def closure(view: View, paths: list[Path], focus: set[Node], after: bool) -> list[ox.Quad]:
    """The triples validating ``focus`` can read: every node on a read path, with its own triples.

    A step from a set of nodes reaches the union of what each node reaches, so each path is walked
    once from all focus nodes together, and a prefix shared by several paths is walked once.
    """
    nodes = set(focus)
    walked: dict[Path, set[Node]] = {(): set(focus)}
    for path in paths:
        for end in range(1, len(path) + 1):
            prefix = path[:end]
            if prefix not in walked:
                walked[prefix] = view.step(walked[path[: end - 1]], path[end - 1], after=after)
                nodes |= walked[prefix]
            if not walked[prefix]:
                break
    return [q for node in nodes for q in view.own_quads(node, after)]

"""Judging a change: the shape violations and error-check findings it would add to the graph.

The change's focus nodes (kg_service.quality.incremental.affected, over the shapes' read paths
and the checks' declared ones) are validated on the small graph of what those paths see, after
the change; only when that finds something are the same nodes validated before the change, so
that what the graph already had does not block a change. A change touching more than
FOCUS_LIMIT nodes is judged on the whole graph instead, as `kg validate` would.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
import pyshacl_turbo
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node as RdfNode

from kg_service.checks.loader import CheckKind
from kg_service.checks.runner import RawFinding
from kg_service.namespaces import SH
from kg_service.quality.coherence import CheckViolation, CoherenceGate, finding_focus, identity
from kg_service.quality.engine_report import engine_findings
from kg_service.quality.incremental import (
    DEFAULT,
    FOCUS_LIMIT,
    Path,
    Reach,
    RuleSet,
    View,
    affected,
    closure,
    group_by_rules,
    reaching,
    read_paths,
    shape_paths,
)
from kg_service.quality.validation import ShaclSeverity, ShapeFinding, build_data_graph
from kg_service.rdf.terms import Node, lexical
from kg_service.store.embedded import EmbeddedStore


@dataclass
class Findings:
    """What one validation found: shape findings (every severity) and error-check findings."""

    shapes: list[ShapeFinding] = field(default_factory=list)
    checks: list[RawFinding] = field(default_factory=list)

    def flagged(self) -> set[str]:
        """The focus nodes with a violation or an error-check finding."""
        return {f.focus for f in self.shapes if f.severity is ShaclSeverity.VIOLATION} | {
            finding_focus(r) for r in self.checks
        }


@dataclass
class Verdict:
    """What a change would do to the graph's conformance and coherence."""

    new_violations: list[ShapeFinding]
    new_check_findings: list[CheckViolation]
    focus: int
    mode: str
    seconds: float

    @property
    def accepted(self) -> bool:
        """True when the change adds no violation and no error-check finding."""
        return not self.new_violations and not self.new_check_findings

    @property
    def count(self) -> int:
        """How many findings the change would add."""
        return len(self.new_violations) + len(self.new_check_findings)


def shape_identity(finding: ShapeFinding) -> tuple[str, str, str, str | None, str | None]:
    """What makes two shape findings the same one."""
    return (finding.shape, finding.focus, finding.severity.value, finding.path, finding.value)


def _by_path(path: Path) -> list[tuple[str, bool, bool]]:
    return [(s.predicate.value, s.inverse, s.repeat) for s in path]


SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
SUBSETS_KEPT = 64
"""How many engines compiled for a set of shapes are kept (a set recurs for the same kind of change)."""


def _restricted(groups: dict[RuleSet, set[Node]], only: frozenset[str]) -> dict[RuleSet, set[Node]]:
    """The same groups asking none but the ``only`` rules (groups left with no rule dropped)."""
    kept: dict[RuleSet, set[Node]] = {}
    for rules, nodes in groups.items():
        narrowed = only if rules is None else rules & only
        if narrowed:
            kept.setdefault(narrowed, set()).update(nodes)
    return kept


def shape_owners(shapes: Graph) -> dict[str, set[str]]:
    """Each shape a finding may name (a node shape, a property shape) with the node shapes it belongs to."""
    owners: dict[str, set[str]] = {}
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        owners.setdefault(str(shape), set()).add(str(shape))
        for member in shapes.objects(shape, SH.property):
            owners.setdefault(str(member), set()).add(str(shape))
    return owners


def shapes_subgraph(shapes: Graph, names: Iterable[str] | None) -> Graph:
    """The named node shapes (None: every shape) with everything they are made of (property
    shapes, lists, prefixes), in a graph without namespace bindings: the engine copies every
    binding into every report it makes, which cost more than validating a typical change."""
    part = Graph(bind_namespaces="none")
    if names is None:
        for triple in shapes:
            part.add(triple)
        return part
    pending: list[RdfNode] = [URIRef(name) for name in names]
    seen: set[RdfNode] = set()
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in shapes.triples((node, None, None)):
            part.add(triple)
            if (triple[2], None, None) in shapes:
                pending.append(triple[2])
    return part


class ChangeValidator:
    """Validates changes to one store against the shapes and the error checks; built once."""

    def __init__(
        self,
        shapes: Graph,
        ontology: Graph,
        ontology_triples: set[ox.Triple],
        gate: CoherenceGate | None = None,
    ) -> None:
        self.shapes = shapes
        self.ontology_triples = ontology_triples
        self.gate = gate or CoherenceGate()
        self.paths = sorted(set(read_paths(shapes)) | set(self.gate.paths), key=_by_path)
        self.compiled = pyshacl_turbo.compile_shapes(shapes_subgraph(shapes, None))
        paths_of_shapes = shape_paths(shapes)
        paths_of_checks = {check.id: frozenset(check.reads) for check in self.gate.rows}
        self.rule_paths = {**paths_of_shapes, **paths_of_checks}
        """Every rule (node shape, error check) with the paths it reads from its focus node."""
        self.shape_names = frozenset(paths_of_shapes)
        self.check_ids = frozenset(paths_of_checks)
        self.owners = shape_owners(shapes)
        self._subsets: dict[frozenset[str], pyshacl_turbo.CompiledShapes] = {}
        schema = build_data_graph(Graph(), ontology).serialize(format="nt", encoding="utf-8")
        self.schema = list(ox.parse(schema, format=ox.RdfFormat.N_TRIPLES))
        """The hierarchy and concept schemes a whole-graph validation needs (see build_data_graph)."""
        self.hierarchy = [q for q in self.schema if q.predicate == SUBCLASS]
        """What a small graph needs besides its closure: the class hierarchy (for targets and
        sh:class). The concepts it reads are in the store and reached on the read paths; copying
        all of them into every small graph cost the engine more than the rest of a typical change."""

    # ------------------------------------------------------------------ small graphs

    def _with_schema(self, quads: Iterable[ox.Quad], schema: list[ox.Quad]) -> ox.Store:
        data = ox.Store()
        data.extend(schema)
        data.extend(quads)
        return data

    def _compiled_for(self, shapes: frozenset[str]) -> pyshacl_turbo.CompiledShapes:
        """The engine compiled for some node shapes only (a few sets recur; each compiled once)."""
        compiled = self._subsets.get(shapes)
        if compiled is None:
            if len(self._subsets) >= SUBSETS_KEPT:
                self._subsets.clear()
            compiled = self._subsets[shapes] = pyshacl_turbo.compile_shapes(
                shapes_subgraph(self.shapes, shapes)
            )
        return compiled

    def _shape_findings(
        self, data: ox.Store, focus: set[Node] | None, shapes: frozenset[str] | None = None
    ) -> list[ShapeFinding]:
        """The shapes' findings on ``data`` about the focus nodes (None: every node), by every
        shape or by the given node shapes only."""
        if (focus is not None and not focus) or shapes == frozenset():
            return []
        compiled = self.compiled if shapes is None else self._compiled_for(shapes)
        found = engine_findings(
            compiled, data, None if focus is None else [lexical(n) for n in focus], self.shapes
        )
        if shapes is not None:
            # a shape the chosen ones refer to (sh:node) may judge its own targets too: not asked
            found = [f for f in found if not self.owners.get(f.shape, set()).isdisjoint(shapes)]
        if focus is None:
            return found
        wanted = {lexical(n) for n in focus}
        return [f for f in found if f.focus in wanted]

    def _paths_of(self, rules: frozenset[str]) -> list[Path]:
        return sorted(set().union(*(self.rule_paths[rule] for rule in rules)), key=_by_path)

    def findings_on(
        self,
        view: View,
        focus: set[Node],
        after: bool,
        linked: set[Node] | None = None,
        reach: Reach | None = None,
        only: frozenset[str] | None = None,
    ) -> Findings:
        """The findings of the focus nodes (and the cycles among ``linked`` nodes) before or after
        the change, each validated on a small graph of what it can read.

        With ``reach`` (what reaches the change on each read path), a focus node that is not a
        changed subject is judged only by the rules reading a path that reaches the change, on the
        graph those rules read: the findings of the other rules cannot differ before and after.
        With ``only``, no rule but those (node shapes, check ids) is asked.
        """
        subjects: set[Node] = {t.subject for t in (*view.add, *view.remove)}
        groups: dict[RuleSet, set[Node]] = {None: focus}
        if reach is not None:
            groups = group_by_rules(reach, subjects, focus, self.rule_paths)
        if only is not None:
            groups = _restricted(groups, only)
        found = Findings()
        # each error check with the nodes it is asked about, run once on what all groups read
        checked: dict[str, set[Node]] = defaultdict(set)
        read: list[ox.Quad] = []
        for rules, nodes in groups.items():
            paths = self.paths if rules is None else self._paths_of(rules)
            quads = closure(view, paths, nodes, after)
            read += quads
            shapes = None if rules is None else rules & self.shape_names
            found.shapes += self._shape_findings(self._with_schema(quads, self.hierarchy), nodes, shapes)
            for check in self.check_ids if rules is None else rules - self.shape_names:
                checked[check] |= nodes
        if checked:
            # a check's answer about a node depends only on what its paths read from that node,
            # so the closures of other groups beside it change nothing
            found.checks += self.gate.on_focus(self._with_schema(read, self.hierarchy), checked)
        if linked:
            part = self._with_schema((q for node in linked for q in view.own_quads(node, after)), [])
            found.checks += self.gate.cycles_in(EmbeddedStore(part))
        return found

    def whole_graph(self, view: View, after: bool) -> ox.Store:
        """The whole graph (before or after the change) as `kg validate` sees it: the instances
        (the store's triples that are not the ontology's) with the schema."""
        removed = set(view.remove) if after else set()
        instances = (
            ox.Triple(q.subject, q.predicate, q.object)
            for q in view.store.quads_for_pattern(None, None, None, DEFAULT)
        )
        kept = (t for t in instances if t not in self.ontology_triples and t not in removed)
        added = (t for t in view.add if t not in self.ontology_triples) if after else ()
        quads = (ox.Quad(t.subject, t.predicate, t.object) for source in (kept, added) for t in source)
        return self._with_schema(quads, self.schema)

    def full_findings(self, view: View, after: bool) -> Findings:
        """Every finding of the whole graph before or after the change."""
        data = self.whole_graph(view, after)
        return Findings(self._shape_findings(data, None), self.gate.on_whole(EmbeddedStore(data)))

    # ------------------------------------------------------------------ the verdict

    def check(self, store: ox.Store, add: Iterable[ox.Triple], remove: Iterable[ox.Triple]) -> Verdict:
        """Judge a change: what it would add (incremental unless it touches too much)."""
        started = time.perf_counter()
        add, remove = list(add), list(remove)
        view = View(store, add, remove)
        reach = reaching(view, self.paths, {t.subject for t in add + remove})
        focus = affected(view, self.paths, {t.subject for t in add + remove}, reach)
        linked = self.gate.linked(view, add + remove, FOCUS_LIMIT)
        if len(focus) > FOCUS_LIMIT or linked is None:
            before, after, mode = self.full_findings(view, False), self.full_findings(view, True), "full"
        else:
            mode = "incremental"
            after = self.findings_on(view, focus, after=True, linked=linked, reach=reach)
            flagged = after.flagged()
            # Only the nodes with a finding after the change need looking at before it: an
            # accepted change costs one small validation.
            again = {n for n in focus if lexical(n) in flagged}
            cycles = linked if any(r.check.kind is CheckKind.EDGES for r in after.checks) else None
            before = Findings()
            if flagged:
                # and only by the rules that found something after it
                asked = {r.check.id for r in after.checks if r.check.id in self.rule_paths}
                for finding in after.shapes:
                    if finding.severity is ShaclSeverity.VIOLATION:
                        asked |= self.owners.get(finding.shape, set())
                before = self.findings_on(
                    view, again, after=False, linked=cycles, reach=reach, only=frozenset(asked)
                )
        known = {shape_identity(f) for f in before.shapes}
        new_shapes = [
            f
            for f in after.shapes
            if f.severity is ShaclSeverity.VIOLATION and shape_identity(f) not in known
        ]
        had = {identity(r) for r in before.checks}
        new_checks = [r for r in after.checks if identity(r) not in had]
        described = self.gate.describe(EmbeddedStore(store), new_checks) if new_checks else []
        return Verdict(new_shapes, described, len(focus), mode, time.perf_counter() - started)

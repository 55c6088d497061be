"""SHACL validation of the graph: runs an engine, turns its report into findings people can read.

Two engines give the same report format: pyshacl-turbo (a Rust engine with pySHACL's API) does
the work on the full graph in about a second, and pySHACL stays the reference that the fixture
tests compare it against, shape by shape (see tests/test_shapes.py). Conformance is decided here,
from the severities, so that warnings (a missing Swedish label) never fail a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import pyshacl
import pyshacl_turbo
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kg_service.namespaces import SH
from kg_service.rdf.files import instance_files, load_graph, ontology_files, shape_files

if TYPE_CHECKING:
    from kg_service.quality.coherence import CheckViolation


class Engine(StrEnum):
    """The SHACL engines we can run."""

    TURBO = "turbo"
    PYSHACL = "pyshacl"


class ShaclSeverity(StrEnum):
    """SHACL severities, most serious first."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


@dataclass(frozen=True)
class ShapeFinding:
    """One SHACL validation result, with the shape's own name and messages."""

    shape: str
    focus: str
    severity: ShaclSeverity
    name: str
    message: dict[str, str]
    path: str | None = None
    value: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """(shape, focus node, severity): what the two engines must agree on."""
        return (self.shape, self.focus, self.severity.value)

    def text(self, lang: str) -> str:
        """The message in ``lang``, falling back to English."""
        return self.message.get(lang) or self.message.get("en") or self.name


@dataclass
class Report:
    """The findings of one validation run."""

    engine: Engine
    findings: list[ShapeFinding] = field(default_factory=list)
    seconds: float = 0.0
    checks: list[CheckViolation] | None = None
    """Error findings of the coherence checks run on the same graph (None: not run)."""
    source: str = ""
    """What was validated (files, the durable store, a remote store), for the reader."""

    @property
    def shapes_conform(self) -> bool:
        """True when no shape finding is of Violation severity."""
        return not any(f.severity is ShaclSeverity.VIOLATION for f in self.findings)

    @property
    def conforms(self) -> bool:
        """True when nothing of Violation severity was found and no error check found anything."""
        return self.shapes_conform and not self.checks

    def count(self, severity: ShaclSeverity) -> int:
        """How many findings of one severity."""
        return sum(1 for f in self.findings if f.severity is severity)

    def keys(self) -> set[tuple[str, str, str]]:
        """Every finding as (shape, focus, severity)."""
        return {f.key for f in self.findings}


def build_data_graph(instances: Graph, ontology: Graph) -> Graph:
    """The graph SHACL sees: the instances, the concept schemes and the class hierarchy only.

    Targets such as ``sh:targetClass eso:ResponsibilityAssignment`` must reach instances of
    subclasses (eso:Obligation), which SHACL does through rdfs:subClassOf triples in the data
    graph. Copying only those triples, not the whole ontology, keeps ontology nodes from being
    validated as data and keeps the run fast.
    """
    data = Graph()
    data += instances
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        data.add(triple)
    for subject in set(ontology.subjects(RDF.type, None)):
        if _is_concept_instance(ontology, subject):
            for triple in ontology.triples((subject, None, None)):
                data.add(triple)
    return data


def _is_concept_instance(ontology: Graph, subject: Node) -> bool:
    """True for members of the concept schemes (roles, statuses, kinds...), not OWL terms."""
    types = set(ontology.objects(subject, RDF.type))
    owl_terms = {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.Ontology,
        OWL.TransitiveProperty,
    }
    return not (types & owl_terms) and (SKOS.Concept in types or SKOS.ConceptScheme in types)


def run_engine(engine: Engine, data: Graph, shapes: Graph) -> Graph:
    """Run one SHACL engine and return its results graph."""
    validate: Callable[..., tuple[bool, Graph, str]] = (
        pyshacl_turbo.validate if engine is Engine.TURBO else pyshacl.validate
    )
    _conforms, results, _text = validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, allow_infos=True
    )
    return results


def findings_from(results: Graph, shapes: Graph) -> list[ShapeFinding]:
    """Turn a SHACL results graph into findings carrying the shapes' own names and messages."""
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(result, SH.sourceShape)
        if shape is None:
            continue  # every engine names the shape; a result without one cannot be explained
        severity_node = results.value(result, SH.resultSeverity)
        severity = ShaclSeverity(str(severity_node).rsplit("#", 1)[-1])
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        engine_messages: dict[str, str] = {}
        for message in results.objects(result, SH.resultMessage):
            engine_messages.setdefault(getattr(message, "language", None) or "en", str(message))
        findings.append(
            ShapeFinding(
                shape=str(shape),
                focus=str(results.value(result, SH.focusNode)),
                severity=severity,
                name=shape_name(shapes, shape),
                message=shape_messages(shapes, shape) or engine_messages,
                path=str(path) if path is not None else None,
                value=str(value) if value is not None else None,
            )
        )
    return sorted(findings, key=finding_order)


def finding_order(finding: ShapeFinding) -> tuple[int, str, str]:
    """Most serious first, then by shape and focus node."""
    return (list(ShaclSeverity).index(finding.severity), finding.shape, finding.focus)


def shape_name(shapes: Graph, shape: Node) -> str:
    """The shape's sh:name, else its IRI."""
    names = list(shapes.objects(shape, SH.name))
    return str(names[0]) if names else str(shape)


def shape_messages(shapes: Graph, shape: Node) -> dict[str, str]:
    """The shape's own sh:message by language (the engine's text is the fallback when it has none)."""
    messages: dict[str, str] = {}
    for message in shapes.objects(shape, SH.message):
        if isinstance(message, Literal):
            messages.setdefault(message.language or "en", str(message))
    return messages


def validate_graphs(
    instances: Graph, ontology: Graph, shapes: Graph, engine: Engine = Engine.TURBO
) -> Report:
    """Validate instance data (with the ontology's hierarchy and schemes) against shapes."""
    started = time.perf_counter()
    data = build_data_graph(instances, ontology)
    results = run_engine(engine, data, shapes)
    report = Report(engine=engine, findings=findings_from(results, shapes))
    report.seconds = time.perf_counter() - started
    return report


def validate_instances(instances: Graph, engine: Engine = Engine.TURBO) -> Report:
    """Validate instance data against the shipped shapes, with the shipped ontology."""
    return validate_graphs(instances, load_graph(ontology_files()), load_graph(shape_files()), engine)


def validate_files(instance_paths: list[Path] | None = None, engine: Engine = Engine.TURBO) -> Report:
    """Validate the shipped instances (or the given files) against the shipped shapes."""
    return validate_instances(
        load_graph(instance_paths if instance_paths is not None else instance_files()), engine
    )

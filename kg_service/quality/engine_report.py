"""pyshacl-turbo's report read with Oxigraph's parser instead of rdflib's.

The engine hands its report back as N-Triples text; its public ``validate`` parses that text into
an rdflib Graph with a pure-Python parser, which took longer than validating a change's small
graph itself (about 4 ms for a report of 20 lines, several reports a change). This module asks the
engine for the same text one level below the public method and parses it with Oxigraph, then
builds the same findings as ``findings_from``. It relies on pyshacl-turbo's internals (pinned to
0.6.x in pyproject.toml): ``tests/test_engine_report.py`` requires exactly the public path's
findings, so an upgrade that changes them fails there, not in front of a user.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
import pyshacl_turbo
from pyshacl_turbo.rdf import input_graph  # the engine's own input adapter, as validate() uses it
from rdflib import Graph, URIRef

from kg_service.namespaces import SH
from kg_service.quality.validation import (
    ShaclSeverity,
    ShapeFinding,
    finding_order,
    findings_from,
    shape_messages,
    shape_name,
)
from kg_service.rdf.terms import Node, lexical

RESULT = ox.NamedNode(str(SH.ValidationResult))
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FIELDS = {
    str(SH.sourceShape): "shape",
    str(SH.focusNode): "focus",
    str(SH.resultSeverity): "severity",
    str(SH.resultPath): "path",
    str(SH.value): "value",
}
MESSAGE = str(SH.resultMessage)


def public_findings(
    compiled: pyshacl_turbo.CompiledShapes, data: ox.Store, focus: list[str] | None, shapes: Graph
) -> list[ShapeFinding]:
    """The same findings through the engine's public validate() (the reference for the fast way)."""
    _conforms, results, _text = compiled.validate(
        data,
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        focus_nodes=None if focus is None else [URIRef(iri) for iri in focus],
    )
    return findings_from(results, shapes)


def engine_findings(
    compiled: pyshacl_turbo.CompiledShapes, data: ox.Store, focus: list[str] | None, shapes: Graph
) -> list[ShapeFinding]:
    """Every finding of ``compiled`` on ``data`` (for the ``focus`` IRIs, or every node), as
    ``findings_from`` makes them from the public validate()."""
    source = input_graph(data, None, direct=True)
    namespaces = [(prefix, str(namespace)) for prefix, namespace in source.namespaces.items()]
    # (data, format, base, iterate rules, max rule iterations, max depth, in place, infos,
    # warnings, abort on first, focus nodes, shapes to use, namespaces): as validate() passes them
    _conforms, report, _text, _expanded, _warnings = compiled._native.validate(
        source.source, source.format, source.base, False, 100, 15, False, True, True, False,
        list(focus or []), [], namespaces,
    )  # fmt: skip
    labels = {**getattr(compiled, "_blank_nodes", {}), **dict(source.blank_nodes or {})}
    results: dict[ox.BlankNode | ox.NamedNode, dict[str, Node]] = defaultdict(dict)
    messages: dict[ox.BlankNode | ox.NamedNode, list[ox.Literal]] = defaultdict(list)
    typed: set[ox.BlankNode | ox.NamedNode] = set()
    for triple in ox.parse(report, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=False):
        subject, predicate = triple.subject, triple.predicate.value
        if isinstance(subject, ox.Triple):
            continue
        if triple.predicate == TYPE and triple.object == RESULT:
            typed.add(subject)
        elif predicate in FIELDS:
            results[subject][FIELDS[predicate]] = triple.object
        elif predicate == MESSAGE and isinstance(triple.object, ox.Literal):
            messages[subject].append(triple.object)

    def text(term: Node | None) -> str | None:
        if term is None:
            return None
        if isinstance(term, ox.BlankNode):
            return str(labels.get(term.value, term.value))
        return lexical(term)

    findings = []
    for result in typed:
        fields = results[result]
        shape = fields.get("shape")
        if shape is None:
            continue  # as findings_from: a result without its shape cannot be explained
        if not isinstance(shape, ox.NamedNode):  # pragma: no cover - every shape of ours is named
            return public_findings(compiled, data, focus, shapes)
        shape_iri = URIRef(shape.value)
        fallback = {(m.language or "en"): m.value for m in reversed(messages[result])}
        findings.append(
            ShapeFinding(
                shape=shape.value,
                focus=text(fields.get("focus")) or "",
                severity=ShaclSeverity((text(fields.get("severity")) or "").rsplit("#", 1)[-1]),
                name=shape_name(shapes, shape_iri),
                message=shape_messages(shapes, shape_iri) or fallback,
                path=text(fields.get("path")),
                value=text(fields.get("value")),
            )
        )
    return sorted(findings, key=finding_order)

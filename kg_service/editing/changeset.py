"""A changeset as people send it: a reason, a source, triples to add and triples to remove.

The raw form carries Turtle (with its own prefixes) or JSON-LD; the typed forms build the triples
of the common edits from a few ids, so an editor need not write RDF. Either way the result is a
Proposal of plain pyoxigraph triples, read with every size bounded first. Blank nodes are refused:
a triple to remove must name the very nodes it removes, and history must be able to name them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyoxigraph as ox

from kg_service.namespaces import ES, ESO, PREFIXES

MAX_TRIPLES = 5_000
MAX_TEXT = 2_000
FORMATS = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
_PARSER_PREFIX = re.compile(r"^Parser error (?:at|between) [^:]*: ")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$")
DEFAULT = ox.DefaultGraph()
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
RDF_TYPE = ox.NamedNode(str(PREFIXES["rdf"]) + "type")
PROV = str(PREFIXES["prov"])
SKOS = str(PREFIXES["skos"])


class ChangeError(ValueError):
    """A changeset the service refuses: a status, a message key with values, and the field at fault."""

    def __init__(self, status: int, key: str, parameter: str | None = None, **values: object) -> None:
        super().__init__(key, values)
        self.status, self.key, self.parameter, self.values = status, key, parameter, values


@dataclass(frozen=True)
class Proposal:
    """What a changeset asks for, read and bounded."""

    reason: str
    source: str
    add: tuple[ox.Triple, ...]
    remove: tuple[ox.Triple, ...]


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ChangeError(422, "field-required", name, field=name)
    if len(value) > MAX_TEXT:
        raise ChangeError(422, "field-too-long", name, field=name, limit=MAX_TEXT)
    return value.strip()


def parse_triples(value: object, fmt: str, field: str) -> tuple[ox.Triple, ...]:
    """Turtle text or a JSON-LD document (object, list or text) into IRI-only triples."""
    if value is None or value == "":
        return ()
    if fmt == "jsonld" or not isinstance(value, str):
        fmt = "jsonld"
        data = (value if isinstance(value, str) else json.dumps(value)).encode()
    else:
        data = value.encode()
    try:
        quads = list(ox.parse(data, format=FORMATS[fmt]))
    except SyntaxError as error:
        reason = _PARSER_PREFIX.sub("", str(error.msg))
        raise ChangeError(
            400, "syntax", field, line=getattr(error, "lineno", None) or "?", reason=reason
        ) from None
    if len(quads) > MAX_TRIPLES:
        raise ChangeError(413, "too-many-triples", field, limit=MAX_TRIPLES)
    triples = []
    for quad in quads:
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            raise ChangeError(422, "named-graph", field)
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            raise ChangeError(422, "blank-node", field)
        triples.append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return tuple(dict.fromkeys(triples))


def proposal_from_json(body: object, graph: ox.Store) -> Proposal:
    """A changeset from its JSON body: the raw form (add/remove) or one of the typed forms."""
    if not isinstance(body, dict):
        raise ChangeError(422, "not-an-object", None)
    reason, source = _text(body, "reason"), _text(body, "source")
    kind = body.get("kind")
    if kind is not None:
        builder = TYPED_FORMS.get(kind) if isinstance(kind, str) else None
        if builder is None:
            raise ChangeError(422, "unknown-kind", "kind", kinds=", ".join(sorted(TYPED_FORMS)))
        add, remove = builder(body, graph)
        return Proposal(reason, source, add, remove)
    fmt = body.get("format", "turtle")
    if fmt not in FORMATS:
        raise ChangeError(422, "unknown-format", "format")
    add = parse_triples(body.get("add"), fmt, "add")
    remove = parse_triples(body.get("remove"), fmt, "remove")
    if not add and not remove:
        raise ChangeError(422, "empty", "add")
    return Proposal(reason, source, add, remove)


# ------------------------------------------------------------------------------ typed forms


def entity(body: dict[str, Any], name: str, family: str, graph: ox.Store | None = None) -> ox.NamedNode:
    """An id field (``task/x``, ``x`` in its family, or a full IRI of ours) as an IRI."""
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ChangeError(422, "field-required", name, field=name)
    if value.startswith(str(ES)):
        value = value[len(str(ES)) :]
    if value.startswith("es:"):
        value = value[3:]
    if not value.startswith(family + "/"):
        value = f"{family}/{value}"
    if not _ID.match(value):
        raise ChangeError(422, "bad-id", name, field=name)
    node = ox.NamedNode(str(ES) + value)
    if graph is not None and next(iter(graph.quads_for_pattern(node, None, None, DEFAULT)), None) is None:
        raise ChangeError(422, "unknown-id", name, field=name, id=value)
    return node


def day(body: dict[str, Any], name: str, required: bool = True) -> ox.Literal | None:
    """A date field (YYYY-MM-DD) as an xsd:date literal."""
    value = body.get(name)
    if value is None and not required:
        return None
    try:
        return ox.Literal(date.fromisoformat(str(value)).isoformat(), datatype=XSD_DATE)
    except ValueError:
        raise ChangeError(422, "bad-date", name, field=name) from None


def required_day(body: dict[str, Any], name: str) -> ox.Literal:
    """A required date field as an xsd:date literal."""
    value = day(body, name)
    if value is None:
        raise ChangeError(422, "bad-date", name, field=name)
    return value


def _eso(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(ESO) + name)


def _prov(name: str) -> ox.NamedNode:
    return ox.NamedNode(PROV + name)


def _slug(node: ox.NamedNode) -> str:
    return node.value[len(str(ES)) :].split("/", 1)[-1]


Triples = tuple[ox.Triple, ...]


def add_assignment(body: dict[str, Any], graph: ox.Store) -> tuple[Triples, Triples]:
    """A new responsibility assignment: task, actor, role, start date, optional end, the place
    in a source it comes from and that source's own certainty (``confidence``)."""
    task, actor = entity(body, "task", "task", graph), entity(body, "actor", "actor", graph)
    role, located = entity(body, "role", "role", graph), entity(body, "derived_from", "loc", graph)
    confidence = entity(body, "confidence", "confidence", graph)
    node = ox.NamedNode(f"{ES}assignment/{_slug(task)}/{_slug(actor)}/{_slug(role)}")
    triples = [
        ox.Triple(node, RDF_TYPE, _eso("ResponsibilityAssignment")),
        ox.Triple(node, _eso("forTask"), task),
        ox.Triple(node, _prov("agent"), actor),
        ox.Triple(node, _prov("hadRole"), role),
        ox.Triple(node, _prov("wasDerivedFrom"), located),
        ox.Triple(node, _eso("confidence"), confidence),
    ]
    for field, prop in (("start", "startDate"), ("end", "endDate")):
        value = day(body, field, required=field == "start")
        if value is not None:
            triples.append(ox.Triple(node, _eso(prop), value))
    return tuple(triples), ()


def end_assignment(body: dict[str, Any], graph: ox.Store) -> tuple[Triples, Triples]:
    """End an assignment on a date: its end date replaces any it had."""
    node = entity(body, "assignment", "assignment", graph)
    end = required_day(body, "end")
    current = tuple(
        ox.Triple(q.subject, q.predicate, q.object)
        for q in graph.quads_for_pattern(node, _eso("endDate"), None, DEFAULT)
    )
    return (ox.Triple(node, _eso("endDate"), end),), current


def set_status(body: dict[str, Any], graph: ox.Store) -> tuple[Triples, Triples]:
    """A task's status as of a date, as a source gives it: a new status observation (the pattern
    of issue 8: the status on a day is the latest observation dated on or before it), so earlier
    observations stay as they were recorded."""
    task = entity(body, "task", "task", graph)
    status = entity(body, "status", "status", graph)
    as_of = required_day(body, "as_of")
    located = entity(body, "derived_from", "loc", graph)
    confidence = entity(body, "confidence", "confidence", graph)
    node = ox.NamedNode(f"{ES}status-observation/{_slug(task)}/{as_of.value}")
    triples = [
        ox.Triple(task, _eso("statusObservation"), node),
        ox.Triple(node, RDF_TYPE, _eso("StatusObservation")),
        ox.Triple(node, _eso("statusValue"), status),
        ox.Triple(node, _eso("asOf"), as_of),
        ox.Triple(node, _eso("confidence"), confidence),
        ox.Triple(node, _prov("wasDerivedFrom"), located),
    ]
    note = body.get("note")
    if note is not None:
        if not isinstance(note, str) or not note.strip() or len(note) > MAX_TEXT:
            raise ChangeError(422, "field-required", "note", field="note")
        triples.append(ox.Triple(node, _eso("statusNote"), ox.Literal(note.strip(), language="fi")))
    return tuple(triples), ()


def add_task(body: dict[str, Any], graph: ox.Store) -> tuple[Triples, Triples]:
    """A new task inside a workstream, part or task: its id, Finnish name (Swedish and English
    when known), the place in a source it comes from and that source's certainty."""
    slug = body.get("id")
    if not isinstance(slug, str) or not _ID.match(f"task/{slug}") or "/" in slug:
        raise ChangeError(422, "bad-id", "id", field="id")
    node = ox.NamedNode(f"{ES}task/{slug}")
    if next(iter(graph.quads_for_pattern(node, None, None, DEFAULT)), None) is not None:
        raise ChangeError(422, "bad-id", "id", field="id")
    parent = body.get("within")
    if not isinstance(parent, str) or not parent:
        raise ChangeError(422, "field-required", "within", field="within")
    family = parent.removeprefix(str(ES)).removeprefix("es:").split("/", 1)[0]
    within = entity(
        body, "within", family if family in ("workstream", "part", "task") else "workstream", graph
    )
    triples = [
        ox.Triple(node, RDF_TYPE, _eso("Task")),
        ox.Triple(node, _eso("partOf"), within),
        ox.Triple(node, _prov("wasDerivedFrom"), entity(body, "derived_from", "loc", graph)),
        ox.Triple(node, _eso("confidence"), entity(body, "confidence", "confidence", graph)),
    ]
    for lang in ("fi", "sv", "en"):
        label = body.get(f"label_{lang}")
        if label is None and lang != "fi":
            continue
        if not isinstance(label, str) or not label.strip() or len(label) > MAX_TEXT:
            raise ChangeError(422, "field-required", f"label_{lang}", field=f"label_{lang}")
        triples.append(
            ox.Triple(node, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(label.strip(), language=lang))
        )
    return tuple(triples), ()


TYPED_FORMS = {
    "add-assignment": add_assignment,
    "end-assignment": end_assignment,
    "set-status": set_status,
    "add-task": add_task,
}
"""The typed forms by `kind`: each builds the triples of a common edit from a few ids."""

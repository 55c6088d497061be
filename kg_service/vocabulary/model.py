"""The model described for people: every class, property, shape and concept scheme of ours.

Analysts learning the model want what pyLODE and Skosmos show: a term's names and definition in
their language, where it sits (super- and subclasses, domain and range), which properties are
used with it, which shapes constrain it and a query that shows it at work. This module reads
the ontology and the shapes (the package's files, whatever store serves the data) through the
stored queries in queries/vocabulary/ once, and answers from memory: the model is small (about
150 terms) and does not change while the service runs.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg_service.i18n import LANGUAGES
from kg_service.i18n.vocabulary import META_TERMS
from kg_service.namespaces import OWL, PREFIXES, RDFS, SH, SKOS
from kg_service.queries.stored import StoredQuery, load_queries
from kg_service.rdf.files import ontology_files, shape_files
from kg_service.store.base import Row, Store
from kg_service.store.binding import bind_values
from kg_service.store.embedded import EmbeddedStore
from kg_service.vocabulary.records import (
    ConstrainedProperty,
    SchemeConcept,
    ShapeConstraint,
    TermDetail,
    TermEntry,
    TermRef,
    WorkedQuery,
)

KINDS = {
    str(OWL.Class): "class",
    str(OWL.ObjectProperty): "property",
    str(OWL.DatatypeProperty): "property",
    str(SH.NodeShape): "shape",
    str(SKOS.ConceptScheme): "scheme",
}
KIND_ORDER = ("class", "property", "shape", "scheme")
WORKED_QUERY = {"class": ("instances-of-class", "class"), "property": ("uses-of-property", "property")}
WORKED_QUERY |= {"scheme": ("concepts-in-scheme", "scheme"), "shape": ("instances-of-class", "class")}
FALLBACK = {"fi": ("fi", "sv"), "sv": ("sv", "fi"), "en": ("en", "fi", "sv")}
"""A Finnish or Swedish page never falls back to English; an English one may show Finnish."""


def text_in(texts: dict[str, str] | None, lang: str) -> tuple[str, str] | None:
    """The text in ``lang`` or its fallback, with the language it is in; None if there is none."""
    for language in FALLBACK.get(lang, (lang,)):
        if texts and language in texts:
            return texts[language], language
    return None


def curie(iri: str) -> str:
    """A prefixed name for ``iri`` (eso:Task, es:scheme/roles), or the IRI itself."""
    best = max(
        ((prefix, str(ns)) for prefix, ns in PREFIXES.items() if iri.startswith(str(ns))),
        key=lambda pair: len(pair[1]),
        default=None,
    )
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else iri


def _text(row: Row, name: str) -> tuple[str, str] | None:
    term = row.get(name)
    if isinstance(term, ox.Literal):
        return (term.language or "").split("-")[0], term.value
    return None


def _iri(row: Row, name: str) -> str | None:
    term = row.get(name)
    return term.value if isinstance(term, ox.NamedNode) else None


def _plain(row: Row, name: str) -> str | None:
    term = row.get(name)
    return term.value if term is not None else None


@dataclass
class Term:
    """A class, property, shape or concept scheme of ours."""

    iri: str
    kind: str
    types: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)


@dataclass
class Constraint:
    """One property constraint of a shape."""

    path: str | None
    min_count: str | None
    max_count: str | None
    datatype: str | None
    value_class: str | None
    node_kind: str | None
    pattern: str | None
    severity: str | None
    messages: dict[str, str] = field(default_factory=dict)


@dataclass
class Vocabulary:
    """The model's terms and their relations, read once from the model store."""

    terms: dict[str, Term]
    labels: dict[str, dict[str, str]]
    links: list[tuple[str, str, str]]
    constraints: dict[str, list[Constraint]]
    concepts: dict[str, list[dict[str, object]]]
    worked: dict[str, StoredQuery]

    @classmethod
    def read(
        cls, store: Store, queries: dict[str, StoredQuery], worked: dict[str, StoredQuery]
    ) -> Vocabulary:
        """Run the vocabulary queries on ``store`` (the ontology and the shapes)."""
        terms: dict[str, Term] = {}
        for row in queries["vocab-terms"].run(store, {}):
            iri, kind = _iri(row, "term") or "", KINDS.get(_iri(row, "type") or "", "")
            term = terms.setdefault(iri, Term(iri, kind))
            term.types.add(_iri(row, "type") or "")
            for column, target in (("label", term.labels), ("definition", term.definitions)):
                found = _text(row, column)
                if found and found[0]:
                    target.setdefault(found[0], found[1])
        labels: dict[str, dict[str, str]] = defaultdict(dict)
        for row in queries["vocab-labels"].run(store, {}):
            found = _text(row, "label")
            if found and found[0]:
                labels[_iri(row, "node") or ""].setdefault(found[0], found[1])
        for term in terms.values():
            labels[term.iri] = {**term.labels, **labels.get(term.iri, {})}
        links = [
            (_iri(r, "subject") or "", _iri(r, "link") or "", _iri(r, "object") or "")
            for r in queries["vocab-links"].run(store, {})
        ]
        return cls(
            terms=terms,
            labels=dict(labels),
            links=links,
            constraints=_constraints(queries["vocab-shape-properties"].run(store, {})),
            concepts=_concepts(queries["vocab-concepts"].run(store, {})),
            worked=worked,
        )

    # ----------------------------------------------------------------------------- reading

    def find(self, raw: str) -> Term | None:
        """The term named by a prefixed name (eso:Task) or a full IRI."""
        prefix, _, rest = raw.partition(":")
        iri = str(PREFIXES[prefix]) + rest if prefix in PREFIXES and not rest.startswith("//") else raw
        return self.terms.get(iri)

    def ref(self, iri: str | None, lang: str) -> TermRef | None:
        """An IRI with its prefixed name, label (and its language) and page (only for terms that
        have one here)."""
        return self._named(iri, lang) if iri else None

    def _named(self, iri: str, lang: str) -> TermRef:
        chosen = text_in(self.labels.get(iri) or META_TERMS.get(iri), lang)  # type: ignore[arg-type]
        return TermRef(
            id=iri,
            curie=curie(iri),
            label=chosen[0] if chosen else None,
            labelLang=chosen[1] if chosen else None,
            page=f"/vocabulary/{curie(iri)}" if iri in self.terms else None,
        )

    def index(self, lang: str) -> dict[str, list[TermEntry]]:
        """Every term of ours, grouped by kind, sorted by label."""
        grouped: dict[str, list[TermEntry]] = {kind: [] for kind in KIND_ORDER}
        for term in self.terms.values():
            chosen = text_in(term.definitions, lang)
            definition = chosen[0] if chosen else None
            named = self._named(term.iri, lang)
            grouped[term.kind].append(TermEntry(**named.model_dump(), definition=definition))
        for entries in grouped.values():
            entries.sort(key=lambda e: ((e.label or e.curie).casefold(), e.id))
        return grouped

    def detail(self, term: Term, lang: str) -> TermDetail:
        """Everything the page of ``term`` shows, in ``lang``."""
        chosen = text_in(term.definitions, lang)
        body: dict[str, object] = {
            **self._named(term.iri, lang).model_dump(),
            "lang": lang,
            "kind": term.kind,
            "types": [self.ref(t, lang) for t in sorted(term.types)],
            "labels": {lang_: term.labels[lang_] for lang_ in LANGUAGES if lang_ in term.labels},
            "definition": chosen[0] if chosen else None,
            "definitionLang": chosen[1] if chosen else None,
            "definitions": {
                lang_: term.definitions[lang_] for lang_ in LANGUAGES if lang_ in term.definitions
            },
        }
        body |= getattr(self, f"_{term.kind}")(term.iri, lang)
        body["workedQuery"] = self.worked_query(term)
        return TermDetail.model_validate(body)

    def _out(self, subject: str, link: object) -> list[str]:
        return sorted({o for s, p, o in self.links if s == subject and p == str(link)})

    def _in(self, obj: str, link: object) -> list[str]:
        return sorted({s for s, p, o in self.links if o == obj and p == str(link)})

    def _refs(self, iris: list[str], lang: str) -> list[TermRef | None]:
        return [self.ref(i, lang) for i in iris]

    def _class(self, iri: str, lang: str) -> dict[str, object]:
        targeting = self._in(iri, SH.targetClass)
        constrained = sorted(
            {(c.path, shape) for shape in targeting for c in self.constraints.get(shape, []) if c.path}
        )
        valued = sorted({s for s, cs in self.constraints.items() for c in cs if c.value_class == iri})
        return {
            "superclasses": self._refs(self._out(iri, RDFS.subClassOf), lang),
            "subclasses": self._refs(self._in(iri, RDFS.subClassOf), lang),
            "domainOf": self._refs(self._in(iri, RDFS.domain), lang),
            "rangeOf": self._refs(self._in(iri, RDFS.range), lang),
            "constrainedProperties": [
                ConstrainedProperty(property=self.ref(path, lang), shape=self.ref(shape, lang))
                for path, shape in constrained
            ],
            "shapes": self._refs(targeting, lang),
            "valueOfShapes": self._refs(valued, lang),
        }

    def _property(self, iri: str, lang: str) -> dict[str, object]:
        shapes = sorted({s for s, cs in self.constraints.items() for c in cs if c.path == iri})
        return {
            "domain": self._refs(self._out(iri, RDFS.domain), lang),
            "range": self._refs(self._out(iri, RDFS.range), lang),
            "superproperties": self._refs(self._out(iri, RDFS.subPropertyOf), lang),
            "subproperties": self._refs(self._in(iri, RDFS.subPropertyOf), lang),
            "inverse": self._refs(self._out(iri, OWL.inverseOf) + self._in(iri, OWL.inverseOf), lang),
            "shapes": self._refs(shapes, lang),
        }

    def _shape(self, iri: str, lang: str) -> dict[str, object]:
        def constraint(c: Constraint) -> ShapeConstraint:
            message = text_in(c.messages, lang)
            return ShapeConstraint(
                path=self.ref(c.path, lang),
                minCount=int(c.min_count) if c.min_count else None,
                maxCount=int(c.max_count) if c.max_count else None,
                datatype=self.ref(c.datatype, lang),
                value_class=self.ref(c.value_class, lang),
                nodeKind=self.ref(c.node_kind, lang),
                pattern=c.pattern,
                severity=self.ref(c.severity, lang),
                message=message[0] if message else None,
                messageLang=message[1] if message else None,
            )

        return {
            "targets": self._refs(self._out(iri, SH.targetClass), lang),
            "constraints": [constraint(c) for c in self.constraints.get(iri, [])],
        }

    def _scheme(self, iri: str, lang: str) -> dict[str, object]:
        top = set(self._in(iri, SKOS.topConceptOf))
        concepts = []
        for concept in self.concepts.get(iri, []):
            node = str(concept["concept"])
            definition = text_in(concept["definitions"], lang)  # type: ignore[arg-type]
            concepts.append(
                SchemeConcept(
                    concept=self.ref(node, lang),
                    notation=concept["notation"],  # type: ignore[arg-type]
                    definition=definition[0] if definition else None,
                    broader=self._refs(self._out(node, SKOS.broader), lang),
                    top=node in top,
                )
            )
        concepts.sort(key=_concept_order)
        return {"concepts": concepts}

    def worked_query(self, term: Term) -> WorkedQuery | None:
        """The stored query that shows the term at work, with the term bound, and where to run it."""
        name, parameter = WORKED_QUERY[term.kind]
        subject = term.iri
        if term.kind == "shape":
            targets = self._out(term.iri, SH.targetClass)
            if not targets:
                return None
            subject = targets[0]
        query = self.worked[name]
        body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#+")).strip()
        return WorkedQuery(
            name=name,
            parameters={parameter: curie(subject)},
            sparql=bind_values(body, {parameter: ox.NamedNode(subject)}),
            api=f"/api/queries/{name}?{parameter}={curie(subject)}",
        )


def _constraints(rows: list[Row]) -> dict[str, list[Constraint]]:
    by_key: dict[tuple[str, str], Constraint] = {}
    shapes: dict[str, list[Constraint]] = defaultdict(list)
    for row in rows:
        shape = _iri(row, "shape") or ""
        key = (shape, str(row.get("constraint")))
        if key not in by_key:
            by_key[key] = Constraint(
                path=_iri(row, "path"),
                min_count=_plain(row, "minCount"),
                max_count=_plain(row, "maxCount"),
                datatype=_iri(row, "datatype"),
                value_class=_iri(row, "class"),
                node_kind=_iri(row, "nodeKind"),
                pattern=_plain(row, "pattern"),
                severity=_iri(row, "severity"),
            )
            shapes[shape].append(by_key[key])
        message = _text(row, "message")
        if message and message[0]:
            by_key[key].messages.setdefault(message[0], message[1])
    for constraints in shapes.values():
        constraints.sort(key=lambda c: (c.path or "", c.min_count or "", c.max_count or ""))
    return dict(shapes)


def _concept_order(concept: SchemeConcept) -> tuple[bool, str, str]:
    """Top concepts first, then by notation, then by label."""
    label = concept.concept.label if concept.concept else None
    return (not concept.top, concept.notation or "", label or "")


def _concepts(rows: list[Row]) -> dict[str, list[dict[str, object]]]:
    found: dict[str, dict[str, dict[str, object]]] = defaultdict(dict)
    for row in rows:
        scheme, concept = _iri(row, "scheme") or "", _iri(row, "concept") or ""
        definitions: dict[str, str] = {}
        entry = found[scheme].setdefault(
            concept, {"concept": concept, "notation": None, "definitions": definitions}
        )
        notation = row.get("notation")
        if notation is not None:
            entry["notation"] = notation.value
        definition = _text(row, "definition")
        if definition and definition[0]:
            texts = entry["definitions"]
            if isinstance(texts, dict):
                texts.setdefault(definition[0], definition[1])
    return {scheme: list(concepts.values()) for scheme, concepts in found.items()}


class VocabularyService:
    """The vocabulary of the package's model, read on first use (thread-safe)."""

    def __init__(self, worked: dict[str, StoredQuery]) -> None:
        self._worked = worked
        self._vocabulary: Vocabulary | None = None
        self._lock = threading.Lock()

    def get(self) -> Vocabulary:
        """The vocabulary, read from the ontology and shapes files the first time."""
        with self._lock:
            if self._vocabulary is None:
                store = EmbeddedStore.from_files(ontology_files() + shape_files())
                self._vocabulary = Vocabulary.read(store, load_queries(subdir="vocabulary"), self._worked)
            return self._vocabulary

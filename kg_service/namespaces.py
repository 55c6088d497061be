"""Every namespace the project uses, in one place.

Code names IRIs through these objects only, so that a change of base IRI is one edit and
no IRI string is scattered through the package (after the namespaces module of the Brick schema).
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    NamespaceManager,
)

BASE = "https://w3id.org/fi-employment-steering/"

ESO = Namespace(BASE + "ontology#")
"""Our own terms: only what the reused vocabularies lack."""

ES = Namespace(BASE + "id/")
"""Instance data: actors, tasks, assignments, concepts, sources."""

SHP = Namespace(BASE + "shapes#")
"""SHACL shapes: the application profile (shapes/)."""

ORG = Namespace("http://www.w3.org/ns/org#")
CV = Namespace("http://data.europa.eu/m8g/")
CPSV = Namespace("http://purl.org/vocab/cpsv#")
PPLAN = Namespace("http://purl.org/net/p-plan#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
SH = Namespace("http://www.w3.org/ns/shacl#")
FINLEX = Namespace("http://data.finlex.fi/eli/sd/")
EXAMPLE = Namespace("http://example.org/test/")
"""Made-up nodes of test fixtures and examples (never real data)."""

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "eso": ESO,
    "es": ES,
    "shp": SHP,
    "org": ORG,
    "cv": CV,
    "cpsv": CPSV,
    "p-plan": PPLAN,
    "eli": ELI,
    "adms": ADMS,
    "prov": PROV,
    "time": TIME,
    "skos": SKOS,
    "dcat": DCAT,
    "dct": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}
"""The vocabularies' prefixes, bound on every rdflib graph and used to shorten IRIs for people."""

ID_FAMILIES = (
    "actor",
    "claim",
    "clock",
    "confidence",
    "data-source",
    "decree-prep",
    "disagreement",
    "draft",
    "edc",
    "ely",
    "employment-area",
    "esf",
    "goal",
    "graph",
    "indicator",
    "kind",
    "knowledge-need",
    "law",
    "milestone",
    "milestone-type",
    "model",
    "municipality",
    "objective",
    "output",
    "part",
    "party-list",
    "period",
    "procedure",
    "question",
    "reform",
    "role",
    "schedule",
    "scheme",
    "source",
    "status",
    "target-group",
    "task",
    "theme",
    "workstream",
)
"""The identifier families under es: (es:actor/tem is actor:tem in Turtle and in the queries)."""

ID_PREFIXES: dict[str, Namespace] = {family: Namespace(f"{ES}{family}/") for family in ID_FAMILIES}
"""A prefix per identifier family, as the Turtle files and queries write them (no `\\/` escapes)."""

SOURCE_PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = PREFIXES | ID_PREFIXES | {"ex": EXAMPLE}
"""Every prefix a Turtle file or query of the repository may declare, with its one IRI
(tests/test_prefixes.py holds every @prefix and PREFIX to it)."""


def sparql_prefixes() -> str:
    """PREFIX lines for every prefix of the table (for SPARQL written in tests and examples)."""
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in SOURCE_PREFIXES.items())


def shorten(iri: str | None) -> str:
    """An IRI in prefixed form (es:actor/tem) where a vocabulary prefix fits; '' for None."""
    if iri is None:
        return ""
    for prefix, namespace in _LONGEST_FIRST:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


_LONGEST_FIRST = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda item: -len(item[1]))
"""The prefixes, longest namespace first (sorted once: a draft's check shortens thousands of IRIs)."""


def bind_prefixes(manager: NamespaceManager) -> None:
    """Bind the project's prefixes on an rdflib namespace manager (for readable output)."""
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)

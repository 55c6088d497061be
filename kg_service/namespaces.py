"""Every namespace the project uses, in one place.

Code names IRIs through these objects only, so that a change of base IRI is one edit and
no IRI string is scattered through the package (STYLE.md, after Brick's namespaces module).
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
KUNTA = Namespace("http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/")

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


def bind_prefixes(manager: NamespaceManager) -> None:
    """Bind the project's prefixes on an rdflib namespace manager (for readable output)."""
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)

"""Whole-graph downloads (ontology, shapes, data in Turtle, JSON-LD and N-Triples) and the DCAT
description of the dataset and of the services that serve it.

The ontology and the shapes are the package's files; the data is the graph the service answers
from (the store's triples), so a download is what the API is answering right now. Serialised
files are kept in memory: the model does not change while the service runs, and the data is
kept per store version when the store reports one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF

from kg_service import __version__
from kg_service.answers.records import Record
from kg_service.i18n import LANGUAGES, text
from kg_service.i18n.vocabulary import CATALOG
from kg_service.namespaces import ES, PREFIXES, bind_prefixes
from kg_service.rdf.files import ontology_files, shape_files
from kg_service.store.base import Store

GRAPHS = ("ontology", "shapes", "data")
FORMATS = {
    "ttl": ("text/turtle", ox.RdfFormat.TURTLE, "RDF_TURTLE"),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD, "JSON_LD"),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES, "RDF_N_TRIPLES"),
}
EUPL = URIRef(
    "https://interoperable-europe.ec.europa.eu/licence/european-union-public-licence-version-12-eupl"
)
"""The EUPL 1.2 (the project's licence, pyproject.toml), named as the ontology names it."""
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
LANGUAGE_CODES = {"fi": "FIN", "sv": "SWE", "en": "ENG"}
FINLAND = URIRef("http://publications.europa.eu/resource/authority/country/FIN")
IANA = "http://www.iana.org/assignments/media-types/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")
OPENAPI = URIRef("https://spec.openapis.org/oas/v3.1.0")


class UnknownDownloadError(LookupError):
    """A graph or format name the service does not offer."""


def _from_files(paths: list) -> list[ox.Triple]:
    triples: list[ox.Triple] = []
    for path in paths:
        triples += list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return triples


@dataclass
class Downloads:
    """Serialised graphs, made on first request and kept."""

    store: Store
    _cache: dict[tuple[str, str, object], bytes]
    _lock: threading.Lock

    @classmethod
    def over(cls, store: Store) -> Downloads:
        return cls(store, {}, threading.Lock())

    def _version(self) -> object:
        version: Callable[[], object] | None = getattr(self.store, "version", None)
        return version() if callable(version) else None

    def triples(self, graph: str) -> list[ox.Triple]:
        """The triples of one downloadable graph."""
        if graph == "ontology":
            return _from_files(ontology_files())
        if graph == "shapes":
            return _from_files(shape_files())
        if graph == "data":
            return self.store.all_triples()
        raise UnknownDownloadError(graph)

    def get(self, graph: str, fmt: str) -> tuple[bytes, str]:
        """The graph serialised in ``fmt`` (ttl, jsonld, nt) and its media type."""
        if graph not in GRAPHS or fmt not in FORMATS:
            raise UnknownDownloadError(f"{graph}.{fmt}")
        media, rdf_format, _ = FORMATS[fmt]
        key = (graph, fmt, self._version() if graph == "data" else None)
        with self._lock:
            if key not in self._cache:
                for stale in [k for k in self._cache if k[:2] == key[:2]]:
                    del self._cache[stale]  # an older version of the data: never asked again
                prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if fmt == "ttl" else None
                self._cache[key] = (
                    ox.serialize(self.triples(graph), format=rdf_format, prefixes=prefixes) or b""
                )
            return self._cache[key], media


class DownloadItem(Record):
    """One whole-graph download."""

    graph: str
    format: str
    mediaType: str  # noqa: N815
    title: str
    url: str


def listing(base: str, lang: str) -> list[DownloadItem]:
    """Every download with its URL, media type and name in ``lang``."""
    return [
        DownloadItem(
            graph=graph,
            format=fmt,
            mediaType=FORMATS[fmt][0],
            title=text(CATALOG, f"graph.{graph}", lang),
            url=f"{base}/downloads/{graph}.{fmt}",
        )
        for graph in GRAPHS
        for fmt in FORMATS
    ]


def catalog(base: str) -> Graph:
    """DCAT description (DCAT-AP style) of the dataset, its downloads and the two services."""
    graph = Graph()
    bind_prefixes(graph.namespace_manager)
    home = URIRef(f"{base}/catalog")
    dataset, sparql, api = URIRef(f"{home}#dataset"), URIRef(f"{home}#sparql"), URIRef(f"{home}#api")

    def titled(node: URIRef | BNode, key: str) -> None:
        for lang in LANGUAGES:
            graph.add((node, DCTERMS.title, Literal(text(CATALOG, f"{key}.title", lang), lang=lang)))
            if f"{key}.description" in CATALOG:
                description = text(CATALOG, f"{key}.description", lang)
                graph.add((node, DCTERMS.description, Literal(description, lang=lang)))

    graph.add((home, RDF.type, DCAT.Catalog))
    titled(home, "catalog")
    graph.add((home, DCTERMS.publisher, ES["actor/tem"]))
    graph.add((home, DCAT.dataset, dataset))
    graph.add((home, DCAT.service, sparql))
    graph.add((home, DCAT.service, api))
    graph.add((home, URIRef("http://xmlns.com/foaf/0.1/homepage"), URIRef(f"{base}/")))

    graph.add((dataset, RDF.type, DCAT.Dataset))
    titled(dataset, "dataset")
    graph.add((dataset, DCTERMS.publisher, ES["actor/tem"]))
    graph.add((dataset, DCTERMS.license, EUPL))
    graph.add((dataset, DCTERMS.spatial, FINLAND))
    graph.add((dataset, OWL.versionInfo, Literal(__version__)))
    graph.add((dataset, DCTERMS.conformsTo, URIRef("https://w3id.org/fi-employment-steering/ontology")))
    for code in LANGUAGE_CODES.values():
        graph.add((dataset, DCTERMS.language, URIRef(LANGUAGE + code)))
    for lang in LANGUAGES:
        for keyword in text(CATALOG, "dataset.keywords", lang).split(", "):
            graph.add((dataset, DCAT.keyword, Literal(keyword, lang=lang)))
    graph.add((dataset, DCAT.landingPage, URIRef(f"{base}/")))
    for graph_name in GRAPHS:
        for fmt, (media, _, file_type) in FORMATS.items():
            distribution = URIRef(f"{home}#{graph_name}-{fmt}")
            graph.add((dataset, DCAT.distribution, distribution))
            graph.add((distribution, RDF.type, DCAT.Distribution))
            for lang in LANGUAGES:
                name = f"{text(CATALOG, f'graph.{graph_name}', lang)} ({fmt})"
                graph.add((distribution, DCTERMS.title, Literal(name, lang=lang)))
            url = URIRef(f"{base}/downloads/{graph_name}.{fmt}")
            graph.add((distribution, DCAT.downloadURL, url))
            graph.add((distribution, DCAT.accessURL, url))
            graph.add((distribution, DCAT.mediaType, URIRef(IANA + media)))
            graph.add((distribution, DCTERMS.format, URIRef(FILE_TYPE + file_type)))
            graph.add((distribution, DCTERMS.license, EUPL))

    for service, key, endpoint, description, standard in (
        (sparql, "sparql", f"{base}/sparql", f"{base}/sparql", SPARQL_PROTOCOL),
        (api, "api", f"{base}/api/", f"{base}/openapi.json", OPENAPI),
    ):
        graph.add((service, RDF.type, DCAT.DataService))
        titled(service, key)
        graph.add((service, DCAT.endpointURL, URIRef(endpoint)))
        graph.add((service, DCAT.endpointDescription, URIRef(description)))
        graph.add((service, DCTERMS.conformsTo, standard))
        graph.add((service, DCAT.servesDataset, dataset))
        graph.add((service, DCTERMS.license, EUPL))
    return graph

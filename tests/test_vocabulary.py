"""Vocabulary descriptions, whole-graph downloads and the DCAT catalogue, over real HTTP.

The expected terms are read from the ontology and shapes files with rdflib (an independent
parser), so a term added to the model without a page fails here.
"""

from __future__ import annotations

import json

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.plugins.sparql.parser import parseQuery

from kg_service.namespaces import SH
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import load_graph, ontology_files, shape_files
from kg_service.vocabulary.model import curie
from tests.conftest import ES
from tests.test_api import assert_error, get

DCAT = Namespace("http://www.w3.org/ns/dcat#")
BASE = "https://w3id.org/fi-employment-steering/"
ESO = BASE + "ontology#"
MODEL = load_graph(ontology_files() + shape_files())
KINDS = {OWL.Class: "class", OWL.ObjectProperty: "property", OWL.DatatypeProperty: "property"}
KINDS |= {SH.NodeShape: "shape", SKOS.ConceptScheme: "scheme"}
OURS = sorted(
    {
        (str(s), kind)
        for t, kind in KINDS.items()
        for s in MODEL.subjects(RDF.type, t)
        if str(s).startswith(BASE)
    }
)


def test_the_index_lists_every_term_of_ours(service) -> None:
    listed = get(service, "/api/vocabulary", lang="sv").json()
    found = {(entry["id"], kind) for kind, entries in listed["terms"].items() for entry in entries}
    assert found == set(OURS)
    assert listed["count"] == len(OURS) > 140


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_class_and_property_has_a_page_with_its_labels(service, lang: str) -> None:
    for iri, kind in OURS:
        if kind not in ("class", "property"):
            continue
        page = get(service, f"/api/vocabulary/{curie(iri)}", lang=lang).json()
        expected = {lit.language: str(lit) for lit in MODEL.objects(URIRef(iri), RDFS.label)}
        assert page["labels"] == expected, iri
        assert page["label"] == expected[lang], iri
        definitions = {lit.language: str(lit) for lit in MODEL.objects(URIRef(iri), SKOS.definition)}
        assert page["definition"] == definitions[lang], iri


def test_a_class_page_shows_its_place_properties_shapes_and_a_worked_query(service) -> None:
    page = get(service, "/api/vocabulary/eso:Task", lang="fi").json()
    assert page["kind"] == "class"
    assert {s["curie"] for s in page["superclasses"]} == {
        curie(str(o)) for o in MODEL.objects(URIRef(ESO + "Task"), RDFS.subClassOf)
    }
    assert "eso:hasOutput" in {p["curie"] for p in page["domainOf"]}
    assert "eso:transfersTask" in {p["curie"] for p in page["rangeOf"]}
    shapes = {str(s) for s in MODEL.subjects(SH.targetClass, URIRef(ESO + "Task"))}
    assert {s["id"] for s in page["shapes"]} == shapes and shapes
    worked = page["workedQuery"]
    assert worked["parameters"] == {"class": "eso:Task"}
    assert "<https://w3id.org/fi-employment-steering/ontology#Task>" in worked["sparql"]
    rows = get(service, worked["api"].split("?")[0], **worked["parameters"]).json()["results"]["bindings"]
    assert ES + "task/discussions-2023-2024" in {r["node"]["value"] for r in rows}


def test_a_property_page_shows_domain_range_and_shapes(service) -> None:
    page = get(service, "/api/vocabulary/eso:forTask", lang="en").json()
    assert page["kind"] == "property"
    assert {d["curie"] for d in page["domain"]} == {"eso:ResponsibilityAssignment"}
    assert page["shapes"], "a shape constrains eso:forTask"


def test_a_shape_page_lists_its_constraints_in_the_page_language(service) -> None:
    page = get(service, "/api/vocabulary/shp:PublicOrganisationShape", lang="fi").json()
    assert [t["curie"] for t in page["targets"]] == ["cv:PublicOrganisation"]
    label = next(c for c in page["constraints"] if c["path"]["curie"] == "skos:prefLabel")
    assert label["minCount"] == 1
    assert label["message"] == "Kohteelta puuttuu nimi (skos:prefLabel)."
    assert label["severity"]["label"] == "virhe"
    swedish = get(service, "/api/vocabulary/shp:PublicOrganisationShape", lang="sv").json()
    assert swedish["definitionLang"] == "sv"
    label = next(c for c in swedish["constraints"] if c["path"]["curie"] == "skos:prefLabel")
    assert label["message"] == "Noden saknar namn (skos:prefLabel)."


def test_a_scheme_page_lists_its_concepts_top_first(service) -> None:
    page = get(service, "/api/vocabulary/es:scheme/roles", lang="fi").json()
    concepts = page["concepts"]
    top = [c["notation"] for c in concepts if c["top"]]
    assert sorted(top) == ["A", "C", "I", "R"]
    assert concepts[0]["top"] and not concepts[-1]["top"]
    narrower = [c for c in concepts if not c["top"]]
    assert all(c["broader"] for c in narrower)


def test_unknown_terms_are_404(service) -> None:
    assert_error(get(service, "/api/vocabulary/eso:NoSuchThing"), 404)
    assert_error(get(service, "/api/vocabulary/skos:Concept"), 404)


@pytest.mark.parametrize(
    ("name", "media", "parse_as"),
    [
        ("ontology.ttl", "text/turtle", "turtle"),
        ("shapes.jsonld", "application/ld+json", "json-ld"),
        ("data.nt", "application/n-triples", "nt"),
        ("data.ttl", "text/turtle", "turtle"),
    ],
)
def test_downloads_hold_the_whole_graph(service, any_store, name: str, media: str, parse_as: str) -> None:
    response = httpx.get(f"{service}/downloads/{name}", timeout=60)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert "attachment" in response.headers["content-disposition"]
    graph = Graph().parse(data=response.content, format=parse_as)
    files = {"ontology": ontology_files(), "shapes": shape_files()}
    graph_name = name.split(".")[0]
    if graph_name == "data":
        assert len(graph) == any_store.triple_count()
    else:
        assert graph.isomorphic(load_graph(files[graph_name]))


def test_unknown_downloads_are_404(service) -> None:
    assert_error(httpx.get(f"{service}/downloads/data.xml", timeout=60), 404)
    assert_error(httpx.get(f"{service}/downloads/secrets.ttl", timeout=60), 404)
    assert_error(httpx.get(f"{service}/downloads/..%2Fpyproject.toml", timeout=60), 404)


def test_dcat_catalogue_describes_dataset_downloads_and_services(service) -> None:
    turtle = httpx.get(f"{service}/catalog", timeout=60)
    assert turtle.headers["content-type"].startswith("text/turtle")
    catalog = Graph().parse(data=turtle.text, format="turtle")
    (dataset,) = catalog.subjects(RDF.type, DCAT.Dataset)
    titles = {t.language for t in catalog.objects(dataset, URIRef("http://purl.org/dc/terms/title"))}
    assert titles == {"fi", "sv", "en"}
    distributions = list(catalog.objects(dataset, DCAT.distribution))
    assert len(distributions) == 9
    for distribution in distributions:
        url = str(catalog.value(distribution, DCAT.downloadURL))
        media = str(catalog.value(distribution, DCAT.mediaType)).rsplit("/", 2)[-2:]
        head = httpx.get(url, timeout=60)
        assert head.status_code == 200, url
        assert head.headers["content-type"].startswith("/".join(media)), url
    endpoints = {
        str(catalog.value(s, DCAT.endpointURL)) for s in catalog.subjects(RDF.type, DCAT.DataService)
    }
    assert endpoints == {f"{service}/sparql", f"{service}/api/"}
    ask = httpx.get(f"{service}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=60)
    assert ask.json()["boolean"] is True
    as_jsonld = httpx.get(f"{service}/catalog", headers={"Accept": "application/ld+json"}, timeout=60)
    assert Graph().parse(data=as_jsonld.text, format="json-ld").isomorphic(catalog)
    assert json.loads(as_jsonld.text)


@pytest.mark.parametrize("name", sorted(load_queries(subdir="vocabulary")))
def test_vocabulary_queries_parse_in_rdflib_too(name: str) -> None:
    parseQuery(load_queries(subdir="vocabulary")[name].text)

"""The regional graph (instances/regions.ttl) is what scripts/build_regions.py makes of
data/regions/, and it says what the classification says: counts, memberships, competence,
the ELY centres' successors, Helsinki and Åland, and provenance on every node."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg_service.namespaces import ES, ESO, ORG, PROV, RDF, SKOS
from scripts.build_regions import build_graph, to_turtle

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data" / "regions"
REGIONS_FILE = ROOT / "instances" / "regions.ttl"
ALAND_REGION = "21"


def municipality(code: str) -> URIRef:
    return ES[f"municipality/{code}"]


@pytest.fixture(scope="module")
def built() -> Graph:
    return build_graph(DATA_DIR)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(REGIONS_FILE, format="turtle")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with (DATA_DIR / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def of_kind(graph: Graph, kind: str) -> set[URIRef]:
    return set(graph.subjects(ORG.classification, ES[f"kind/{kind}"]))


def finnish_name(graph: Graph, node: URIRef) -> str:
    return next(str(label) for label in graph.objects(node, SKOS.prefLabel) if label.language == "fi")


def test_the_file_is_the_graph_the_script_builds(built: Graph, graph: Graph) -> None:
    assert isomorphic(built, graph), "instances/regions.ttl is stale: run scripts/build_regions.py"


def test_the_file_is_byte_for_byte_what_the_script_writes(built: Graph) -> None:
    """Stable output: regenerating never produces a diff unless the data changed."""
    assert to_turtle(built) == REGIONS_FILE.read_text(encoding="utf-8")
    assert to_turtle(build_graph(DATA_DIR)) == to_turtle(built)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("municipalities", 308),
        ("employment-areas", 45),
        ("wellbeing-services-counties", 21),
        ("ely-centres", 15),
        ("economic-development-centres", 10),
    ],
)
def test_counts_of_organisations(graph: Graph, kind: str, expected: int) -> None:
    assert len(of_kind(graph, kind)) == expected


def test_regions_include_aland(graph: Graph) -> None:
    regions = set(graph.subjects(RDF.type, ESO.Region))
    assert len(regions) == 19
    assert ES[f"region/{ALAND_REGION}"] in regions


def test_every_mainland_municipality_is_in_exactly_one_employment_area(graph: Graph, rows) -> None:
    mainland = {row["municipality_code"] for row in rows if row["region_code"] != ALAND_REGION}
    assert len(rows) == 308
    assert len(mainland) == 308 - 16 == 292
    assert {row["municipality_code"] for row in rows if row["employment_area_code"] != "46"} == mainland

    members = [graph.value(m, ORG.member) for m in graph.subjects(RDF.type, ORG.Membership)]
    assert len(members) == 292
    assert set(members) == {municipality(code) for code in mainland}


def test_aland_is_coverage_only(graph: Graph, rows) -> None:
    for node in (
        ES["employment-area/46"],
        ES["wellbeing-county/90"],
        ES["wellbeing-county/91"],
        ES["ely/16"],
    ):
        assert (node, None, None) not in graph
    aland = [municipality(row["municipality_code"]) for row in rows if row["region_code"] == ALAND_REGION]
    assert len(aland) == 16
    areas_counties_elys = (
        of_kind(graph, "employment-areas")
        | of_kind(graph, "wellbeing-services-counties")
        | of_kind(graph, "ely-centres")
    )
    for node in aland:
        assert (node, RDF.type, None) in graph
        assert set(graph.subjects(ESO.competentFor, node)) & areas_counties_elys == set()
        assert (None, ORG.member, node) not in graph


def test_kauhava_is_in_kymppi_under_south_ostrobothnia(graph: Graph) -> None:
    kauhava = municipality("233")
    kymppi = ES["employment-area/18"]
    assert finnish_name(graph, kauhava) == "Kauhava"
    assert finnish_name(graph, kymppi) == "Kymppi"

    membership = ES["membership/employment-area-18-233"]
    assert (membership, RDF.type, ORG.Membership) in graph
    assert graph.value(membership, ORG.member) == kauhava
    assert graph.value(membership, ORG.organization) == kymppi
    assert graph.value(membership, ORG.role) is None

    competent = set(graph.subjects(ESO.competentFor, kauhava))
    assert competent & of_kind(graph, "employment-areas") == {kymppi}
    assert competent & of_kind(graph, "ely-centres") == {ES["ely/11"]}
    assert competent & of_kind(graph, "economic-development-centres") == {ES["edc/7"]}
    assert finnish_name(graph, ES["ely/11"]) == "Etelä-Pohjanmaan ELY-keskus"


def test_hame_ely_has_two_successors(graph: Graph, rows) -> None:
    assert {row["edc_code_2026"] for row in rows if row["ely_code_2025"] == "4"} == {"3", "4"}
    successors = set(graph.objects(ES["ely/4"], ESO.successor))
    assert successors == {ES["edc/3"], ES["edc/4"]}
    assert {finnish_name(graph, node) for node in successors} == {
        "Sisä-Suomen elinvoimakeskus",
        "Kaakkois-Suomen elinvoimakeskus",
    }


def test_every_other_ely_has_one_successor(graph: Graph) -> None:
    for ely in of_kind(graph, "ely-centres") - {ES["ely/4"]}:
        assert len(set(graph.objects(ely, ESO.successor))) == 1, ely


def test_the_single_municipality_areas(graph: Graph) -> None:
    single = set()
    for area in of_kind(graph, "employment-areas"):
        members = set(graph.objects(area, ESO.competentFor))
        assert members == {graph.value(m, ORG.member) for m in graph.subjects(ORG.organization, area)}
        if len(members) == 1:
            single.add(finnish_name(graph, area))
    assert single == {"Lahti", "Kouvola", "Helsinki", "Vantaa"}


def test_helsinki_organises_wellbeing_services_itself(graph: Graph) -> None:
    helsinki = municipality("091")
    counties = of_kind(graph, "wellbeing-services-counties")
    assert set(graph.subjects(ESO.competentFor, helsinki)) & counties == set()
    notes = list(graph.objects(helsinki, SKOS.scopeNote))
    assert len(notes) == 1
    assert notes[0].language == "en"
    assert "616/2021" in notes[0]


def test_every_municipality_outside_helsinki_and_aland_has_one_county(graph: Graph, rows) -> None:
    counties = of_kind(graph, "wellbeing-services-counties")
    for row in rows:
        expected = 0 if row["wellbeing_county_code"] in ("90", "91") else 1
        node = municipality(row["municipality_code"])
        assert len(set(graph.subjects(ESO.competentFor, node)) & counties) == expected, node


def test_every_node_has_provenance(graph: Graph) -> None:
    locations = set(graph.subjects(RDF.type, ESO.SourceLocation))
    nodes = set(graph.subjects()) - locations
    assert len(nodes) == 308 + 19 + 45 + 292 + 21 + 15 + 10
    for node in nodes:
        sources = set(graph.objects(node, PROV.wasDerivedFrom))
        assert sources, node
        assert sources <= locations, node
    for location in locations:
        assert graph.value(location, ESO.inDocument) == ES["source/statfi-regions"]
        assert graph.value(location, ESO.locator) is not None


def test_labels_in_three_languages_without_stray_spaces(graph: Graph) -> None:
    for node in set(graph.subjects(SKOS.prefLabel)):
        labels = list(graph.objects(node, SKOS.prefLabel))
        assert sorted(label.language for label in labels) == ["en", "fi", "sv"], node
        for label in labels:
            assert str(label) == " ".join(str(label).split()), (node, label)

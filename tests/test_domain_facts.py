"""The facts of DOMAIN_FACTS.md as modelled in instances/legal.ttl, reforms.ttl, obligations.ttl and
national-objectives.ttl: who holds a duty on a date across the 2025 and 2026 reforms, one
accountable holder per task and date, legal bases of obligations, the national objectives,
unconfirmed facts kept as unconfirmed, and a source on every node."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from kg_service import namespaces

ROOT = Path(__file__).resolve().parents[1]
INSTANCES = ROOT / "instances"
OUR_FILES = ("legal.ttl", "reforms.ttl", "obligations.ttl", "national-objectives.ttl")
ESO = str(namespaces.ESO)
ES = str(namespaces.ES)
PREFIXES = namespaces.sparql_prefixes()
ACT_380 = URIRef("http://data.finlex.fi/eli/sd/2023/380")
OBJECTIVES_DECISION = URIRef(ES + "law/vn-decision-2024-12-19-national-objectives")
UNCONFIRMED = URIRef(ES + "confidence/unconfirmed")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
# Regional organisations come from regions.ttl, generated from the official classification.
REGIONAL = tuple(ES + p for p in ("ely/", "edc/", "municipality/", "employment-area/", "wellbeing-county/"))
TEST_DATES = (
    "2023-06-01",
    "2024-06-01",
    "2024-12-31",
    "2025-01-01",
    "2025-01-15",
    "2025-06-01",
    "2025-12-31",
    "2026-01-01",
    "2026-06-01",
)
N_TASKS = 21
N_OBLIGATIONS = 14

ACCOUNTABLE_ON_DATE = """
SELECT DISTINCT ?assignment ?agent WHERE {
    ?assignment eso:forTask ?task ;
                prov:agent ?agent ;
                prov:hadRole/skos:broader* role:accountable .
    OPTIONAL { ?assignment eso:startDate ?start }
    OPTIONAL { ?assignment eso:endDate ?end }
    FILTER ((!BOUND(?start) || ?start <= ?at) && (!BOUND(?end) || ?end >= ?at))
}
"""
ANY_ON_DATE = """
SELECT DISTINCT ?assignment WHERE {
    ?assignment eso:forTask ?task .
    OPTIONAL { ?assignment eso:startDate ?start }
    OPTIONAL { ?assignment eso:endDate ?end }
    FILTER ((!BOUND(?start) || ?start <= ?at) && (!BOUND(?end) || ?end >= ?at))
}
"""


def es(path: str) -> URIRef:
    return URIRef(ES + path)


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD_DATE)


def select(g: Graph, query: str, **bindings: object) -> list[tuple]:
    return [tuple(row) for row in g.query(PREFIXES + query, initBindings=bindings)]


@pytest.fixture(scope="module")
def graph() -> Graph:
    """The ontology, the schemes and every instance file, as the service loads them."""
    g = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")) + sorted(INSTANCES.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def ours() -> Graph:
    """The four files of this concern alone, for checks about what they themselves say."""
    g = Graph()
    for name in OUR_FILES:
        g.parse(INSTANCES / name, format="turtle")
    return g


@pytest.fixture(scope="module")
def our_tasks(ours: Graph) -> list[URIRef]:
    return sorted(ours.subjects(RDF.type, URIRef(ESO + "Task")))


def accountable(g: Graph, task: str, at: str) -> list[tuple]:
    return select(g, ACCOUNTABLE_ON_DATE, task=es(task), at=day(at))


# ----------------------------------------------------------------- who, on which date


@pytest.mark.parametrize(
    ("at", "holder"),
    [
        ("2024-06-01", "kind/te-offices"),
        ("2024-12-31", "kind/te-offices"),
        ("2025-01-01", "kind/municipalities-employment-areas"),
        ("2025-06-01", "kind/municipalities-employment-areas"),
    ],
)
def test_one_organiser_of_employment_services_on_each_side_of_the_2025_reform(
    graph: Graph, at: str, holder: str
) -> None:
    rows = accountable(graph, "task/organise-employment-services", at)
    assert [agent for _, agent in rows] == [es(holder)]
    role = graph.value(rows[0][0], URIRef("http://www.w3.org/ns/prov#hadRole"))
    assert role == es("role/organises")


def test_the_2025_reform_ends_and_starts_the_organising_duty(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?agent ?how WHERE {
            ?assignment eso:forTask task:organise-employment-services ;
                        prov:hadRole role:organises ;
                        prov:agent ?agent .
            { ?assignment eso:endedBy reform:2025-employment-services . BIND ("ended" AS ?how) }
            UNION
            { ?assignment eso:establishedBy reform:2025-employment-services . BIND ("started" AS ?how) }
        }""",
    )
    assert set(rows) == {
        (es("kind/te-offices"), Literal("ended")),
        (es("kind/municipalities-employment-areas"), Literal("started")),
    }


def test_only_the_new_organiser_is_an_obligation_with_act_380(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?agent ?basis WHERE {
            ?assignment a eso:Obligation ;
                        eso:forTask task:organise-employment-services ;
                        prov:agent ?agent ;
                        eso:legalBasis ?basis .
        }""",
    )
    assert rows == [(es("kind/municipalities-employment-areas"), ACT_380)]


@pytest.mark.parametrize(
    ("at", "holder"),
    [("2025-12-31", "kind/ely-centres"), ("2026-01-01", "kind/economic-development-centres")],
)
def test_regional_employment_moves_from_ely_to_economic_development_centres(
    graph: Graph, at: str, holder: str
) -> None:
    rows = select(
        graph,
        """
        SELECT DISTINCT ?agent WHERE {
            ?assignment eso:forTask task:regional-employment-skilled-labour ;
                        prov:agent ?agent .
            OPTIONAL { ?assignment eso:startDate ?start }
            OPTIONAL { ?assignment eso:endDate ?end }
            FILTER ((!BOUND(?start) || ?start <= ?at) && (!BOUND(?end) || ?end >= ?at))
        }""",
        at=day(at),
    )
    assert rows == [(es(holder),)]
    assert [agent for _, agent in accountable(graph, "task/regional-employment-skilled-labour", at)] == [
        es(holder)
    ]


def test_the_economic_development_centres_duty_rests_on_act_531_section_2(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?basis WHERE {
            ?assignment a eso:Obligation ;
                        eso:forTask task:regional-employment-skilled-labour ;
                        prov:agent kind:economic-development-centres ;
                        eso:legalBasis ?basis .
            ?basis eli:is_part_of <http://data.finlex.fi/eli/sd/2025/531> .
        }""",
    )
    assert rows == [(es("law/531-2025/s2"),)]


@pytest.mark.parametrize(
    ("at", "holder"),
    [("2025-06-01", "actor/avi-western-inland"), ("2026-06-01", "actor/permit-supervision-agency")],
)
def test_supervisor_of_employment_authorities(graph: Graph, at: str, holder: str) -> None:
    assert [agent for _, agent in accountable(graph, "task/supervise-employment-authorities", at)] == [
        es(holder)
    ]


def test_the_government_decides_the_objectives_and_tem_prepares_them(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?agent ?role ?basis WHERE {
            ?assignment a eso:Obligation ;
                        eso:forTask task:set-national-objectives ;
                        prov:agent ?agent ;
                        prov:hadRole ?role ;
                        eso:legalBasis ?basis .
        }""",
    )
    assert set(rows) == {
        (es("actor/government"), es("role/decides"), es("law/380-2023/s21")),
        (es("actor/tem"), es("role/prepares"), es("law/386-2024/s1")),
        (es("actor/advisory-council"), es("role/is-consulted"), es("law/386-2024/s1")),
    }


# ------------------------------------------------------------ one accountable per task


def test_the_tasks_are_all_there(our_tasks: list[URIRef]) -> None:
    assert len(our_tasks) == N_TASKS


@pytest.mark.parametrize("at", TEST_DATES)
def test_every_task_has_exactly_one_accountable_holder_whenever_it_has_holders(
    graph: Graph, our_tasks: list[URIRef], at: str
) -> None:
    for task in our_tasks:
        if not select(graph, ANY_ON_DATE, task=task, at=day(at)):
            continue
        rows = select(graph, ACCOUNTABLE_ON_DATE, task=task, at=day(at))
        assert len(rows) == 1, (task, at, rows)


def test_every_task_has_holders_on_some_tested_date(graph: Graph, our_tasks: list[URIRef]) -> None:
    idle = [
        t for t in our_tasks if not any(select(graph, ANY_ON_DATE, task=t, at=day(d)) for d in TEST_DATES)
    ]
    assert idle == []


def test_accountability_that_is_our_reading_is_marked_inferred_or_unconfirmed(ours: Graph) -> None:
    """A bare 'accountable' is never the source's own word, so it is never marked confirmed."""
    rows = select(
        ours,
        """
        SELECT ?assignment ?confidence WHERE {
            ?assignment prov:hadRole role:accountable ; eso:confidence ?confidence .
        }""",
    )
    assert rows
    assert {c for _, c in rows} <= {es("confidence/inferred"), UNCONFIRMED}


def test_assignments_stay_within_their_holders_existence(graph: Graph, ours: Graph) -> None:
    """No start before the holder exists, no end (or open end) after it ends. An open start means
    'since a date the sources do not give' and is not checked."""
    rows = select(
        graph,
        """
        SELECT ?assignment WHERE {
            ?assignment eso:forTask ?task ; prov:agent ?agent .
            OPTIONAL { ?assignment eso:startDate ?start }
            OPTIONAL { ?assignment eso:endDate ?end }
            OPTIONAL { ?agent eso:startDate ?agentStart }
            OPTIONAL { ?agent eso:endDate ?agentEnd }
            FILTER ((BOUND(?agentStart) && BOUND(?start) && ?start < ?agentStart)
                    || (BOUND(?agentEnd) && (!BOUND(?end) || ?end > ?agentEnd)))
        }""",
    )
    ours_assignments = set(ours.subjects(URIRef(ESO + "forTask"), None))
    assert ours_assignments
    assert [a for (a,) in rows if a in ours_assignments] == []


# ------------------------------------------------------------------ legal bases


def test_every_obligation_has_a_legal_basis(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?obligation WHERE {
            ?obligation a eso:Obligation .
            FILTER NOT EXISTS { ?obligation eso:legalBasis ?basis }
        }""",
    )
    assert rows == []


def test_our_obligations_count_and_rest_on_legal_resources(graph: Graph, ours: Graph) -> None:
    obligations = set(ours.subjects(RDF.type, URIRef(ESO + "Obligation")))
    assert len(obligations) == N_OBLIGATIONS
    rows = select(
        graph,
        """
        SELECT ?obligation WHERE {
            ?obligation a eso:Obligation ; eso:legalBasis ?basis .
            FILTER NOT EXISTS { ?basis a/rdfs:subClassOf* eli:LegalResource }
        }""".replace("SELECT", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT"),
    )
    assert not {o for (o,) in rows} & obligations


def test_act_380_and_its_sections(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?number ?inForce WHERE {
            ?section eli:is_part_of <http://data.finlex.fi/eli/sd/2023/380> ;
                     eli:number ?number ;
                     eli:first_date_entry_in_force ?inForce .
        }""",
    )
    assert {(str(n), str(d)) for n, d in rows} == {
        ("12", "2023-04-01"),
        ("13", "2023-04-01"),
        ("15", "2023-04-01"),
        ("16", "2023-04-01"),
    }  # ss. 21 and 22: no source states their own entry into force (issue 8, item 8)
    eli = "http://data.europa.eu/eli/ontology#"
    assert str(graph.value(ACT_380, URIRef(eli + "first_date_entry_in_force"))) == "2025-01-01"
    titles = {t.language: str(t) for t in graph.objects(ACT_380, URIRef(eli + "title"))}
    assert titles == {
        "fi": "laki työvoimapalveluiden järjestämisestä",
        "sv": "lag om ordnande av arbetskraftsservice",
    }


def test_the_objectives_decision_predates_the_act_it_rests_on(graph: Graph) -> None:
    """Kept as the sources give it: decided 19 Dec 2024, in force 1 Jan 2025 with Act 380/2023."""
    eli = "http://data.europa.eu/eli/ontology#"
    assert str(graph.value(OBJECTIVES_DECISION, URIRef(eli + "date_document"))) == "2024-12-19"
    assert str(graph.value(OBJECTIVES_DECISION, URIRef(eli + "first_date_entry_in_force"))) == "2025-01-01"
    assert graph.value(OBJECTIVES_DECISION, URIRef(eli + "passed_by")) == es("actor/government")


# ----------------------------------------------------------------- national objectives


def test_five_objectives_with_notations_a_finnish_label_marked_as_ours_and_no_swedish(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?objective ?notation WHERE {
            ?objective a eso:NationalObjective ;
                       skos:notation ?notation ;
                       eso:setBy law:vn-decision-2024-12-19-national-objectives ;
                       eso:forPeriod period:government-term-objectives-2025-2027 ;
                       eso:confidence confidence:confirmed .
        }""",
    )
    assert sorted(str(n) for _, n in rows) == ["1", "2", "3", "4", "5"]
    for objective, _ in rows:
        languages = {
            label.language
            for label in graph.objects(objective, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))
        }
        assert languages == {"en", "fi"}
        notes = {
            str(n)
            for n in graph.objects(objective, URIRef("http://www.w3.org/2004/02/skos/core#editorialNote"))
        }
        assert any("our translation" in note for note in notes)


def test_the_objectives_period(graph: Graph) -> None:
    period = es("period/government-term-objectives-2025-2027")
    assert str(graph.value(period, URIRef(ESO + "startDate"))) == "2025-01-01"
    assert str(graph.value(period, URIRef(ESO + "endDate"))) == "2027-12-31"


def test_the_objectives_cite_tem_and_the_kirkkonummi_minutes(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT DISTINCT ?cited WHERE {
            ?objective a eso:NationalObjective ;
                       prov:wasDerivedFrom/eso:citesSource ?cited .
        }""",
    )
    assert {c for (c,) in rows} == {es("source/tem-fi"), es("source/kirkkonummi-minutes-2025")}


# ------------------------------------------------------------------ unconfirmed facts


@pytest.mark.parametrize(
    "node",
    [
        "law/380-2023/s12",
        "law/380-2023/s13",
        "assignment/supervise-employment-authorities/permit-supervision-agency/supervises",
        "assignment/supervise-employment-authorities/permit-supervision-agency/accountable",
        "assignment/agree-employment-area-cooperation/municipalities/responsible",
        "claim/pohjois-suomi-edc-composition",
        "claim/decree-386-2024-governs-council-sections",
    ],
)
def test_unconfirmed_facts_are_marked_unconfirmed(graph: Graph, node: str) -> None:
    assert list(graph.objects(es(node), URIRef(ESO + "confidence"))) == [UNCONFIRMED]


def test_unconfirmed_facts_stay_out_of_confirmed_answers(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?agent WHERE {
            ?assignment eso:forTask task:supervise-employment-authorities ;
                        prov:agent ?agent ;
                        eso:confidence confidence:confirmed .
            OPTIONAL { ?assignment eso:startDate ?start }
            FILTER (!BOUND(?start) || ?start <= "2026-06-01"^^xsd:date)
            OPTIONAL { ?assignment eso:endDate ?end }
            FILTER (!BOUND(?end) || ?end >= "2026-06-01"^^xsd:date)
        }""",
    )
    assert rows == []


# ------------------------------------------------------------------------ reforms


def test_the_two_reforms(graph: Graph) -> None:
    organise = es("task/organise-employment-services")
    rows = select(
        graph,
        """
        SELECT ?reform ?date ?original ?resulting ?task WHERE {
            ?reform a eso:Reform ; eso:date ?date ; org:originalOrganization ?original ;
                    org:resultingOrganization ?resulting ; eso:transfersTask ?task .
        }""",
    )
    by_reform: dict[URIRef, set] = {}
    for reform, date, original, resulting, task in rows:
        by_reform.setdefault(reform, set()).add((str(date), original, resulting, task))
    assert by_reform[es("reform/2025-employment-services")] == {
        ("2025-01-01", es("kind/te-offices"), es("kind/employment-areas"), organise),
        ("2025-01-01", es("kind/te-offices"), es("kind/municipalities"), organise),
    }
    assert by_reform[es("reform/2026-economic-development-centres")] == {
        (
            "2026-01-01",
            es("kind/ely-centres"),
            es("kind/economic-development-centres"),
            es("task/regional-employment-skilled-labour"),
        ),
        (
            "2026-01-01",
            es("kind/ely-centres"),
            es("actor/permit-supervision-agency"),
            es("task/regional-employment-skilled-labour"),
        ),
    }


def test_employment_area_models_only_on_the_six_named_areas(ours: Graph) -> None:
    model = URIRef(ESO + "employmentAreaModel")
    found = {(str(s).removeprefix(ES), str(o)) for s, o in ours.subject_objects(model) if o.language == "en"}
    assert found == {
        ("employment-area/19", "single municipality"),
        ("employment-area/16", "single municipality"),
        ("employment-area/8", "single municipality"),
        ("employment-area/43", "single municipality"),
        ("employment-area/38", "joint municipal authority"),
        ("employment-area/18", "joint municipal authority"),
    }


def test_lead_municipalities_coordinate_in_their_areas(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?agent ?area WHERE {
            ?assignment eso:forTask task:organise-employment-services ;
                        prov:hadRole role:coordinates ;
                        prov:agent ?agent ;
                        <http://purl.org/dc/terms/spatial> ?area .
        }""",
    )
    assert set(rows) == {
        (es("municipality/257"), es("employment-area/15")),
        (es("municipality/638"), es("employment-area/30")),
    }


# ------------------------------------------------------------------- sources and terms


def test_every_node_we_describe_has_a_source_location(graph: Graph, ours: Graph) -> None:
    location = URIRef(ESO + "SourceLocation")
    derived = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    missing = []
    for subject in set(ours.subjects(RDF.type, None)):
        if (subject, RDF.type, location) in ours:
            continue
        sources = list(ours.objects(subject, derived))
        if not sources or not all((s, RDF.type, location) in graph for s in sources):
            missing.append(subject)
    assert missing == []


def test_source_locations_cite_declared_documents(graph: Graph, ours: Graph) -> None:
    document = URIRef(ESO + "SourceDocument")
    for loc in ours.subjects(RDF.type, URIRef(ESO + "SourceLocation")):
        for prop in ("inDocument", "citesSource"):
            for doc in ours.objects(loc, URIRef(ESO + prop)):
                assert (doc, RDF.type, document) in graph, (loc, doc)


def test_every_term_we_use_is_declared(graph: Graph, ours: Graph) -> None:
    """Our own (eso:) terms are in the ontology; every es: node we point at exists in the graph."""
    undeclared = set()
    for _, p, o in ours:
        for term in (p, o):
            if isinstance(term, URIRef) and str(term).startswith(ESO) and (term, RDF.type, None) not in graph:
                undeclared.add(term)
        if (
            isinstance(o, URIRef)
            and str(o).startswith(ES)
            and not str(o).startswith(REGIONAL)
            and (o, RDF.type, None) not in graph
        ):
            undeclared.add(o)
    assert undeclared == set()


def test_regional_nodes_we_point_at_exist_once_regions_are_loaded(graph: Graph, ours: Graph) -> None:
    if not (INSTANCES / "regions.ttl").exists():
        pytest.skip("instances/regions.ttl not generated yet")
    regional = {o for o in ours.objects() if isinstance(o, URIRef) and str(o).startswith(REGIONAL)}
    regional |= {s for s in ours.subjects() if isinstance(s, URIRef) and str(s).startswith(REGIONAL)}
    assert regional
    assert {r for r in regional if (r, RDF.type, None) not in graph} == set()

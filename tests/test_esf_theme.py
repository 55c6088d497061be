"""The ESF+ national theme (seed 004 and the ESF+ rows of DOMAIN_FACTS) as modelled in
instances/esf-theme.ttl: labels, objectives, period, funding, who does what on a date, target
groups, goals, indicators, the source disagreement, and no personal contact data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg_service import namespaces

ROOT = Path(__file__).resolve().parents[1]
THEME_FILE = ROOT / "instances" / "esf-theme.ttl"
ESO = str(namespaces.ESO)
ES = str(namespaces.ES)
PREFIXES = namespaces.sparql_prefixes()
THEME = URIRef(ES + "esf/theme-matching")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
PHONE = re.compile(r"\+358|\b0?29\d[ \d]{5,}")

N_GOALS = 21
N_INDICATORS = 7


@pytest.fixture(scope="module")
def graph() -> Graph:
    """The ontology, the schemes and every instance file, as the service loads them."""
    g = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")) + sorted((ROOT / "instances").glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def theme_graph() -> Graph:
    """This file alone, for checks about what it itself says."""
    return Graph().parse(THEME_FILE, format="turtle")


def select(g: Graph, query: str, **bindings: object) -> list[tuple]:
    return [tuple(row) for row in g.query(PREFIXES + query, initBindings=bindings)]


def test_theme_has_its_three_labels(graph: Graph) -> None:
    rows = select(graph, "SELECT ?l WHERE { ?t skos:prefLabel ?l }", t=THEME)
    labels = {(str(r[0]), r[0].language) for r in rows}
    assert labels == {
        ("Työmarkkinoiden kohtaanto", "fi"),
        ("Matchning på arbetsmarknaden", "sv"),
        ("Matching of labour supply and demand in the labour market", "en"),
    }


def test_theme_comes_under_both_specific_objectives(graph: Graph) -> None:
    rows = select(
        graph,
        """SELECT ?so ?n ?l WHERE {
             ?t eso:specificObjective ?so .
             ?so a eso:SpecificObjective ; skos:notation ?n ; skos:prefLabel ?l ;
                 skos:inScheme scheme:esf-specific-objectives .
             FILTER (lang(?l) = "fi") }""",
        t=THEME,
    )
    assert {(str(so), str(n), str(lab)) for so, n, lab in rows} == {
        (ES + "esf/so-4-1", "4.1", "Polkuja töihin"),
        (ES + "esf/so-4-2", "4.2", "Uutta osaamista työelämään"),
    }


def test_theme_sits_in_priority_4_of_the_programme(graph: Graph) -> None:
    assert graph.query(
        PREFIXES
        + """ASK { esf:theme-matching eso:partOfProgramme ?p .
                   ?p a eso:FundingProgramme ;
                      eso:partOfProgramme esf:programme-2021-2027 . }"""
    ).askAnswer


def test_funding_estimate_is_14_million(graph: Graph) -> None:
    rows = select(graph, "SELECT ?v WHERE { ?t eso:fundingEstimate ?v }", t=THEME)
    assert [r[0].toPython() for r in rows] == [14000000]
    assert rows[0][0].datatype == XSD_DECIMAL


def test_theme_period_is_2022_to_2027(graph: Graph) -> None:
    rows = select(
        graph,
        """SELECT ?s ?e ?n WHERE { ?t eso:forPeriod ?p .
             ?p a eso:Period ; eso:startDate ?s ; eso:endDate ?e ; eso:notation ?n }""",
        t=THEME,
    )
    assert [(str(s), str(e), str(n)) for s, e, n in rows] == [("2022-01-01", "2027-12-31", "2022 - 2027")]


ON_DATE = """
SELECT ?agent ?conf WHERE {
  ?a eso:forTask ?task ; prov:agent ?agent ; prov:hadRole ?role ; eso:confidence ?conf .
  OPTIONAL { ?a eso:startDate ?s } OPTIONAL { ?a eso:endDate ?e }
  FILTER ((!BOUND(?s) || ?s <= ?d) && (!BOUND(?e) || ?e >= ?d))
}"""


def holders(g: Graph, task: str, role: str, day: str) -> set[tuple[str, str]]:
    rows = select(
        g,
        ON_DATE,
        task=URIRef(ES + task),
        role=URIRef(ES + role),
        d=Literal(day, datatype=XSD_DATE),
    )
    return {(str(agent), str(conf)) for agent, conf in rows}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-06-01", {(ES + "ely/10", ES + "confidence/confirmed")}),
        ("2026-06-01", {(ES + "edc/5", ES + "confidence/unconfirmed")}),
    ],
)
def test_intermediate_body_on_a_date(graph: Graph, day: str, expected: set) -> None:
    assert holders(graph, "task/esf-theme-intermediate-body", "role/intermediate-body", day) == (expected)


def test_tem_coordinates_the_theme(graph: Graph) -> None:
    agents = {a for a, _ in holders(graph, "task/esf-theme-coordination", "role/coordinates", "2024-01-01")}
    assert agents == {ES + "actor/tem"}


def test_uusimaa_ely_runs_the_coordination_project_2023_2025(graph: Graph) -> None:
    task, role = "task/esf-coordination-project", "role/runs-project"
    assert holders(graph, task, role, "2022-12-31") == set()
    assert {a for a, _ in holders(graph, task, role, "2023-01-01")} == {ES + "ely/1"}
    assert holders(graph, task, role, "2026-01-01") == set()
    assert graph.query(
        PREFIXES + "ASK { ?q a eso:OpenQuestion ; eso:concerns task:esf-coordination-project }"
    ).askAnswer


@pytest.mark.parametrize(
    ("task", "days"),
    [
        ("task/esf-theme-intermediate-body", ["2025-06-01", "2026-06-01"]),
        ("task/esf-theme-coordination", ["2024-01-01", "2026-06-01"]),
        ("task/esf-coordination-project", ["2023-06-01", "2025-12-31"]),
        ("task/esf-theme-contact", ["2024-01-01", "2026-06-01"]),
    ],
)
def test_one_accountable_on_each_date(graph: Graph, task: str, days: list[str]) -> None:
    for day in days:
        assert len(holders(graph, task, "role/accountable", day)) == 1, day


def test_contact_points_are_organisations_only(graph: Graph) -> None:
    agents = {a for a, _ in holders(graph, "task/esf-theme-contact", "role/contact-point", "2025-06-01")}
    assert agents == {ES + "ely/10", ES + "ely/1", ES + "actor/tem"}


def test_target_groups_per_specific_objective(graph: Graph) -> None:
    rows = select(
        graph,
        """SELECT ?so ?tg WHERE { ?t eso:targetGroup ?tg .
             ?tg a eso:TargetGroup ; eso:specificObjective ?so ;
                 skos:inScheme scheme:esf-target-groups }""",
        t=THEME,
    )
    by_so: dict[str, set[str]] = {}
    for so, tg in rows:
        by_so.setdefault(str(so).rsplit("/", 1)[1], set()).add(str(tg).rsplit("/", 1)[1])
    assert by_so == {
        "so-4-1": {"jobseekers", "unemployed", "employed", "outside-labour-force"},
        "so-4-2": {"staff-of-organisations", "employers-employees-in-change"},
    }


def test_number_of_goals_and_indicators(theme_graph: Graph) -> None:
    goals = select(theme_graph, "SELECT DISTINCT ?g WHERE { ?g a eso:Goal }")
    linked = select(theme_graph, "SELECT DISTINCT ?g WHERE { ?t eso:hasGoal ?g }", t=THEME)
    indicators = select(theme_graph, "SELECT DISTINCT ?i WHERE { ?i a eso:Indicator }")
    assert len(goals) == len(linked) == N_GOALS
    assert len(indicators) == N_INDICATORS
    assert (
        select(
            theme_graph,
            """SELECT ?x WHERE { { ?x a eso:Goal } UNION { ?x a eso:Indicator }
             FILTER NOT EXISTS { ?x eso:quote ?q ; skos:prefLabel ?fi , ?en .
                                 FILTER (lang(?fi) = "fi" && lang(?en) = "en") } }""",
        )
        == []
    )


def test_disagreement_has_two_claims_from_different_sources(graph: Graph) -> None:
    rows = select(
        graph,
        """SELECT ?c ?doc WHERE {
             disagreement:esf-coordination-contact a eso:SourceDisagreement ;
                 eso:concerns task:esf-coordination-project ; eso:claim ?c .
             ?c a eso:Claim ; eso:quote ?q ; prov:wasDerivedFrom ?loc .
             ?loc eso:inDocument ?doc }""",
    )
    claims = {c for c, _ in rows}
    docs = {str(d) for _, d in rows}
    assert len(claims) == 2
    assert docs == {ES + "source/seed-004", ES + "source/domain-facts"}


def test_every_node_has_provenance(theme_graph: Graph) -> None:
    missing = select(
        theme_graph,
        """SELECT ?s WHERE { ?s a ?c . FILTER (?c != eso:SourceLocation)
             FILTER NOT EXISTS { ?s prov:wasDerivedFrom ?loc } }""",
    )
    assert missing == []


def test_every_own_term_is_defined(graph: Graph, theme_graph: Graph) -> None:
    terms = {str(x) for t in theme_graph for x in t if isinstance(x, URIRef)}
    undefined = {t for t in terms if t.startswith(ESO) and (URIRef(t), None, None) not in graph}
    assert undefined == set()


def test_no_personal_contact_data(theme_graph: Graph) -> None:
    for _, _, o in theme_graph:
        if isinstance(o, Literal):
            assert not EMAIL.search(str(o)), str(o)
            assert not PHONE.search(str(o)), str(o)
    text = THEME_FILE.read_text(encoding="utf-8")
    assert not EMAIL.search(text)
    assert "+358" not in text

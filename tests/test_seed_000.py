"""The questions seed 000 answers, asked of the graph with SPARQL on the real store.

Expected values are the seed's own words and numbers (sources/seeds/000_aa1f391581ac86ea.txt).
"""

from __future__ import annotations

import pytest

from tests.conftest import ES, date, es

# (task, part, output (fi), schedule notations, start, end, status, status note) — slide 6, rows 1-14
TASK_TABLE = [
    (
        "steering-annual-clock",
        "steering-whole",
        "Yhteisesti sovittu yhteistyön ja seurannan vuosikello",
        ["Luonnos Q2 / 2023", "Päivitys Q2 / 2024"],
        "2023-04-01",
        "2024-06-30",
        "in-progress",
        "luonnos hyväksytty 5/23",
    ),
    (
        "steering-knowledge-base",
        "steering-whole",
        "Määrittely siitä millaisella tietopohjalla työllisyyspolitiikkaa tehdään jatkossa",
        ["Q4 / 2023"],
        "2023-10-01",
        "2023-12-31",
        "in-progress",
        "Aloitettu KEHAn tiedolla johtamisen hankkeessa",
    ),
    (
        "advisory-council-definition",
        "steering-whole",
        "Määritellään neuvottelukunnan kokoonpano, jaostot, tehtävät ja työskentelytavat => asetusvalmistelu",
        ["Q3 /2023 – Q2 / 2024"],
        "2023-07-01",
        "2024-06-30",
        "in-progress",
        "Aloitettu",
    ),
    (
        "roles-responsibilities-description",
        "steering-whole",
        "Kuvaus rooleista ja vastuista ohjauksessa ja tiedolla johtamisessa: VN ja ministeriöt (TEM, VM …?); "
        "KEHA ja ELYt sekä työllisyysalueet",
        ["Q2 / 2023 – Q2 / 2024"],
        "2023-04-01",
        "2024-06-30",
        "done",  # 'Yleisen tason kuvaus valmis': done at the general level (issue 8, item 8)
        "Yleisen tason kuvaus valmis. Ei käsitelty valmisteluryhmässä.",
    ),
    (
        "objectives-general-description",
        "national-objectives",
        "Asetusvalmistelu",
        ["Q3 /2023 – Q2 / 2024"],
        "2023-07-01",
        "2024-06-30",
        "in-progress",
        "Aloitettu",
    ),
    (
        "objectives-definition-process",
        "national-objectives",
        "Prosessikuvaus => asetus",
        ["Q3 /2023 – Q2 / 2024"],
        "2023-07-01",
        "2024-06-30",
        "in-progress",
        "Aloitettu",
    ),
    (
        "first-objectives-2025-2027",
        "national-objectives",
        "Luonnos tavoitteista (neuvottelukunnalle ja TEM:lle)",
        ["Q4 / 2024"],
        "2024-10-01",
        "2024-12-31",
        "not-started",
        "Aloittamatta",
    ),
    (
        "discussions-2023-2024",
        "regional-discussions",
        "Keskustelut järjestetty ja opit dokumentoitu",
        ["Q2-3 / 2023", "Q1-3 / 2024"],
        "2023-04-01",
        "2024-09-30",
        "in-progress",
        "2023 keskustelut käyty",
    ),
    (
        "discussions-process-content-2025",
        "regional-discussions",
        "= > asetus",
        ["Q3 /2023 – Q2 / 2024"],
        "2023-07-01",
        "2024-06-30",
        "in-progress",
        "Aloitettu",
    ),
    (
        "discussions-results-use",
        "regional-discussions",
        "Opas tai ohje",
        ["Q3 / 2024"],
        "2024-07-01",
        "2024-09-30",
        "not-started",
        "Aloittamatta",
    ),
    (
        "evaluation-targets-description",
        "evaluation-feedback",
        "Muistio",
        ["Q4 / 2023"],
        "2023-10-01",
        "2023-12-31",
        "not-started",
        "Aloittamatta",
    ),
    (
        "evaluation-feedback-process",
        "evaluation-feedback",
        "Prosessikuvaus",
        ["Q1 / 2024"],
        "2024-01-01",
        "2024-03-31",
        "not-started",
        "Aloittamatta",
    ),
    (
        "report-content-process",
        "government-term-report",
        "Prosessikuvaus",
        ["Q3 / 2024"],
        "2024-07-01",
        "2024-09-30",
        "not-started",
        "Aloittamatta",
    ),
    (
        "report-use",
        "government-term-report",
        "Prosessikuvaus",
        ["Q 4 / 2024"],
        "2024-10-01",
        "2024-12-31",
        "not-started",
        "Aloittamatta",
    ),
]

TASK_ROW_QUERY = """
SELECT ?part ?output ?notation ?start ?end ?status ?note WHERE {
  ?task eso:partOf ?part ;
        eso:hasOutput ?outputNode ;
        eso:hasSchedule ?schedule ;
        eso:statusObservation ?observation .
  # the seed's own observation: the one with the table's status note (later ones have none)
  ?observation eso:statusValue ?status ;
               eso:statusNote ?note .
  ?outputNode skos:prefLabel ?output FILTER (LANG(?output) = "fi")
  ?schedule eso:notation ?notation ; eso:startDate ?start ; eso:endDate ?end .
}
"""


@pytest.mark.parametrize("row", TASK_TABLE, ids=[r[0] for r in TASK_TABLE])
def test_each_row_of_the_task_table(select, row) -> None:
    key, part, output, notations, first_start, last_end, status, note = row
    rows = select(TASK_ROW_QUERY, task=es(f"task/{key}"))
    assert rows, f"task {key} is missing"
    assert {r["part"] for r in rows} == {ES + f"part/{part}"}
    assert {r["output"] for r in rows} == {output}
    assert sorted({r["notation"] for r in rows}) == sorted(notations)
    assert min(r["start"] for r in rows) == first_start
    assert max(r["end"] for r in rows) == last_end
    assert {r["status"] for r in rows} == {ES + f"status/{status}"}
    assert {r["note"] for r in rows} == {note}


def test_the_task_table_has_fourteen_rows_each_from_its_own_row(select) -> None:
    rows = select("""
        SELECT ?task ?locator WHERE {
          ?task a eso:Task ; eso:statusObservation/eso:statusNote ?note ; prov:wasDerivedFrom ?loc .
          ?loc eso:locator ?locator FILTER (STRSTARTS(?locator, "dia 6: tehtävätaulukko, rivi"))
        }""")
    assert len({r["task"] for r in rows}) == len(TASK_TABLE) == 14
    assert len({r["locator"] for r in rows}) == 14


def test_what_falls_due_in_q4_2023(select) -> None:
    """The docs' worked example: tasks whose schedule ends inside Q4/2023."""
    rows = select(
        """
        SELECT DISTINCT ?task WHERE {
          ?task a eso:Task ; eso:hasSchedule ?s . ?s eso:endDate ?end .
          FILTER (?end >= ?from && ?end <= ?to)
        }""",
        **{"from": date("2023-10-01"), "to": date("2023-12-31")},
    )
    assert {r["task"] for r in rows} >= {
        ES + "task/steering-knowledge-base",
        ES + "task/evaluation-targets-description",
    }


PARTY_LISTS = {
    "objectives-roles": {
        "actor/government",
        "actor/advisory-council",
        "kind/ministries",
        "kind/municipalities-employment-areas",
        "kind/wellbeing-services-counties",
        "kind/ely-centres",
        "actor/keha",
        "kind/others",
    },
    "report-roles": {
        "actor/government",
        "actor/advisory-council",
        "kind/ministries",
        "kind/municipalities-employment-areas",
        "kind/wellbeing-services-counties",
        "kind/ely-centres",
        "actor/keha",
        "kind/others",
    },
    "steering-roles": {
        "actor/government",
        "actor/advisory-council",
        "kind/ministries",
        "kind/municipalities-employment-areas",
        "kind/wellbeing-services-counties",
        "kind/ely-centres",
        "actor/keha",
        "kind/others",
    },
    "table-roles": {
        "actor/government",
        "kind/ministries",
        "actor/tem",
        "actor/vm",
        "actor/keha",
        "kind/ely-centres",
        "kind/employment-areas",
    },
}


@pytest.mark.parametrize("name", sorted(PARTY_LISTS))
def test_each_list_of_parties(select, name) -> None:
    rows = select("SELECT ?party WHERE { ?list eso:listedParty ?party }", list=es(f"party-list/{name}"))
    assert {r["party"] for r in rows} == {ES + p for p in PARTY_LISTS[name]}


def test_list_of_parties_keeps_the_seeds_spelling(select) -> None:
    rows = select("SELECT ?quote WHERE { ?list eso:quote ?quote }", list=es("party-list/objectives-roles"))
    assert rows == [
        {
            "quote": "- VN - Neuvottelukunta - Ministeriöt - Kunnat / työllisuusalueet - "
            "hyvinvointialueet - ELYt - KEHA - Muut"
        }
    ]


def test_annual_clock_milestones(select) -> None:
    rows = select("""
        SELECT ?milestone ?type ?month ?notation ?start ?end WHERE {
          ?milestone eso:milestoneOf es:clock\\/2025 ; eso:milestoneType ?type ;
                     eso:monthOfYear ?month ; eso:hasSchedule ?s .
          ?s eso:notation ?notation ; eso:startDate ?start ; eso:endDate ?end .
        } ORDER BY ?start""")
    assert [(r["type"].rsplit("/", 1)[1], r["month"], r["notation"], r["start"], r["end"]) for r in rows] == [
        ("draft", "4", "4/23", "2023-04-01", "2023-04-30"),
        ("approval", "5", "5/23", "2023-05-01", "2023-05-31"),
        ("refinement", "5", "5/24", "2024-05-01", "2024-05-31"),
    ]


def test_annual_clock_variants(select) -> None:
    rows = select("""
        SELECT ?variant ?label WHERE {
          ?variant eso:variantOf es:clock\\/established ; skos:prefLabel ?label FILTER (LANG(?label) = "fi")
        }""")
    assert {r["label"] for r in rows} == {"Vuosikello: vaalivuosi", "Vuosikello: muut vuodet"}


def test_model_parts_and_cross_cutting_themes(select) -> None:
    parts = select("SELECT ?part WHERE { ?part a eso:ModelPart ; eso:partOf+ es:model\\/steering }")
    assert {r["part"].rsplit("/", 1)[1] for r in parts} == {
        "vn-steering",
        "national-objectives",
        "regional-discussions",
        "evaluation-feedback",
        "government-term-report",
        "steering-whole",
    }
    themes = select("SELECT ?t WHERE { es:model\\/steering eso:hasCrossCuttingTheme ?t }")
    assert len(themes) == 3


def test_workstreams_per_part(select) -> None:
    rows = select("""
        SELECT ?part (COUNT(?ws) AS ?n) WHERE { ?ws a eso:Workstream ; eso:partOf ?part }
        GROUP BY ?part""")
    counts = {r["part"].rsplit("/", 1)[1]: int(r["n"]) for r in rows}
    assert counts == {
        "national-objectives": 3,
        "government-term-report": 2,
        "regional-discussions": 6,
        "steering-whole": 6,
    }


def test_tem_instructs_the_regional_discussions(select) -> None:
    rows = select("""
        SELECT ?task WHERE { ?a eso:forTask ?task ; prov:agent es:actor\\/tem ;
                                prov:hadRole es:role\\/instructs }""")
    assert {r["task"].rsplit("/", 1)[1] for r in rows} == {
        "instruct-discussions-2023",
        "instruct-discussions-2024-2025",
        "instruct-discussions-2026",
    }


def test_knowledge_needs_and_their_producers(select) -> None:
    rows = select("""
        SELECT ?source ?producer WHERE {
          es:knowledge-need\\/discussions-material eso:satisfiedBy ?source .
          ?source dct:publisher ?producer }""")
    assert {r["producer"] for r in rows} == {
        ES + p for p in ("actor/tem", "kind/municipalities", "kind/others", "actor/keha", "kind/ely-centres")
    }
    unmet = select("""
        SELECT ?need WHERE { ?need a eso:KnowledgeNeed FILTER NOT EXISTS { ?need eso:satisfiedBy ?s } }""")
    assert ES + "knowledge-need/report-knowledge-base" in {r["need"] for r in unmet}


def test_tasks_feeding_decree_preparation(select) -> None:
    rows = select("SELECT ?task WHERE { ?task eso:feedsDecreePreparation es:decree-prep\\/steering-decree }")
    assert {r["task"].rsplit("/", 1)[1] for r in rows} == {
        "advisory-council-definition",
        "objectives-general-description",
        "objectives-definition-process",
        "discussions-process-content-2025",
    }


def test_open_questions_are_kept_as_questions(select) -> None:
    rows = select("""
        SELECT ?q ?label WHERE {
          ?q a eso:OpenQuestion ; skos:prefLabel ?label FILTER (LANG(?label) = "fi") }""")
    labels = {r["label"] for r in rows}
    assert "Suhde neuvottelumenettelyyn?" in labels
    assert "Vaatiiko roolien ja vastuiden järjestäminen säädösmuutoksia?" in labels


def test_disagreements_in_the_seed_keep_both_claims_with_their_sources(select) -> None:
    rows = select("""
        SELECT ?d ?claim ?locator WHERE {
          ?d a eso:SourceDisagreement ; eso:claim ?claim .
          ?claim prov:wasDerivedFrom ?loc .
          ?loc eso:inDocument es:source\\/seed-000 ; eso:locator ?locator }""")
    by_disagreement: dict[str, set[str]] = {}
    for r in rows:
        by_disagreement.setdefault(r["d"].rsplit("/", 1)[1], set()).add(r["claim"])
    for name in (
        "model-parts",
        "discussions-from-year",
        "discussions-grouping",
        "evaluation-process-placement",
    ):
        assert len(by_disagreement[name]) == 2, name
    years = select("""
        SELECT ?start WHERE { ?x eso:appliesFrom ?p . ?p eso:startDate ?start }""")
    assert {r["start"] for r in years} == {"2025-01-01", "2026-01-01"}


def test_the_preparation_group_is_accountable_for_the_whole_model(select) -> None:
    rows = select("""
        SELECT ?agent ?confidence WHERE {
          ?a eso:forTask es:model\\/steering ; prov:hadRole es:role\\/accountable ;
             prov:agent ?agent ; eso:confidence ?confidence }""")
    assert rows == [{"agent": ES + "actor/preparation-group", "confidence": ES + "confidence/inferred"}]

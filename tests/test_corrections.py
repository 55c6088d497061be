"""The correction pass of issue 8: each test fails on the data as it was before the pass.

Facts are checked through the service (a real HTTP server on 127.0.0.1 over the embedded store)
where users meet them, and in the graph where the question is about the data itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from kg_service.answers.status import Observation, in_force
from tests.conftest import ES, es

GROUP = ES + "actor/preparation-group"


@pytest.fixture(scope="module")
def api(shipped_store) -> Iterator[str]:
    from kg_service.api.app import create_app
    from kg_service.config import Settings
    from tests.servers import running_app

    with running_app(create_app(shipped_store, Settings(result_limit=5000))) as base:
        yield base


def get(api: str, path: str, **params: str) -> dict:
    response = httpx.get(api + path, params=params, timeout=60)
    assert response.status_code == 200, response.text[:500]
    return response.json()


def holders(api: str, task: str, at: str) -> set[tuple[str, str, str]]:
    """(RACI code, actor IRI, role IRI) of every responsibility for the task on the day."""
    rows = get(api, "/api/responsibilities", task=task, at=at, lang="en")["rows"]
    return {(r["raci"], r["actor"]["id"], r["role"]["id"]) for r in rows}


# ------------------------------------------------------------ 1. roles and the statutes


def test_the_preparation_group_holds_nothing_in_2026(api) -> None:
    assert get(api, "/api/responsibilities", actor="actor/preparation-group", at="2026-06-01")["rows"] == []
    assert get(api, "/api/responsibilities", actor="actor/preparation-group", at="2024-06-01")["rows"]


def test_no_seed_task_has_the_group_accountable_in_2026(api) -> None:
    body = get(api, "/api/responsibilities", role="role/accountable", at="2026-03-01")
    assert body["rows"]
    assert GROUP not in {r["actor"]["id"] for r in body["rows"]}


def test_a_statutory_role_is_not_shadowed_by_the_inherited_group(api) -> None:
    on_decision_day = holders(api, "task/first-objectives-2025-2027", "2024-12-19")
    accountable = {actor for code, actor, _ in on_decision_day if code == "A"}
    assert accountable == {ES + "actor/government"}
    assert ("R", ES + "actor/tem", ES + "role/prepares") in on_decision_day
    assert GROUP not in {actor for _, actor, _ in on_decision_day}


# --------------------------------------------------- 2. the objectives decided on 19 Dec 2024


def test_someone_prepares_and_decides_the_objectives_on_the_decision_day(api) -> None:
    found = holders(api, "task/set-national-objectives", "2024-12-19")
    assert ("A", ES + "actor/government", ES + "role/decides") in found
    assert ("R", ES + "actor/tem", ES + "role/prepares") in found
    later = holders(api, "task/set-national-objectives", "2025-06-01")
    assert ("C", ES + "actor/advisory-council", ES + "role/is-consulted") in later


def test_the_2024_decision_names_no_legal_basis_that_was_not_in_force(select) -> None:
    rows = select("""
        SELECT ?basis WHERE {
          <https://w3id.org/fi-employment-steering/id/law/vn-decision-2024-12-19-national-objectives>
              eli:based_on ?basis }""")
    assert rows == []
    rows = select("""
        SELECT ?a ?basis WHERE {
          ?a eso:forTask es:task\\/set-national-objectives ; eso:startDate ?start ; eso:legalBasis ?basis .
          FILTER (?start < "2025-01-01"^^xsd:date) }""")
    assert rows == []


# ------------------------------------------- 3. the council before it existed, kept and visible


def test_the_council_in_q4_2024_is_kept_and_its_conflict_recorded(api, select) -> None:
    assert ("I", ES + "actor/advisory-council", ES + "role/informed") in holders(
        api, "task/first-objectives-2025-2027", "2024-11-01"
    )
    card = get(api, "/api/tasks/task/first-objectives-2025-2027", lang="en")
    disagreements = {d["id"] for d in card["relations"]["disagreement"]}
    assert ES + "disagreement/council-before-appointment" in disagreements
    rows = select(
        "SELECT ?claim WHERE { ?d eso:concerns ?a ; eso:claim ?claim }",
        d=es("disagreement/council-before-appointment"),
        a=es("assignment/first-objectives-2025-2027/advisory-council/informed"),
    )
    assert len(rows) == 2


# ------------------------------------------------------------------------ 4. dated statuses


def test_the_status_in_force_is_the_latest_observation_on_or_before_the_day() -> None:
    seed = Observation("s", ES + "status/not-started", "2023-09-30")
    decided = Observation("d", ES + "status/done", "2024-12-19")
    assert in_force([decided, seed], "2023-09-29") is None
    assert in_force([decided, seed], "2023-09-30") == seed
    assert in_force([decided, seed], "2024-12-18") == seed
    assert in_force([decided, seed], "2024-12-19") == decided
    assert in_force([seed, decided]) == decided  # today


def test_a_task_card_gives_the_status_as_of_the_asked_day(api) -> None:
    before = get(api, "/api/tasks/task/first-objectives-2025-2027", at="2024-06-01", lang="fi")["status"]
    assert (before["code"], before["asOf"], before["label"]) == ("not-started", "2023-09-30", "Aloittamatta")
    assert before["asOfConfidence"]["id"] == ES + "confidence/inferred"
    assert [s["document"]["id"] for s in before["sources"]] == [ES + "source/seed-000"]
    after = get(api, "/api/tasks/task/first-objectives-2025-2027", at="2025-01-01", lang="en")["status"]
    assert (after["code"], after["asOf"], after["label"]) == ("done", "2024-12-19", "Done")
    assert {s["document"]["id"] for s in after["sources"]} == {ES + "source/domain-facts"}
    today = get(api, "/api/tasks/task/first-objectives-2025-2027", lang="en")
    assert today["status"]["code"] == "done"
    assert get(api, "/api/tasks/task/first-objectives-2025-2027", at="2023-01-01")["status"] is None


def test_tasks_filter_by_the_status_in_force(api) -> None:
    def done(at: str) -> set[str]:
        return {t["task"]["id"] for t in get(api, "/api/tasks", status="done", at=at)["tasks"]}

    assert done("2024-06-01") == {ES + "task/roles-responsibilities-description"}
    decided = {ES + "task/first-objectives-2025-2027", ES + "task/advisory-council-definition"}
    assert decided <= done("2025-06-01")
    not_started = get(api, "/api/tasks", status="not-started", at="2024-06-01")["tasks"]
    assert ES + "task/first-objectives-2025-2027" in {t["task"]["id"] for t in not_started}
    assert all(t["status"]["code"] == "not-started" for t in not_started)


@pytest.mark.parametrize(
    ("params", "parameter"), [({"status": "valmis"}, "status"), ({"at": "2024-13-01"}, "at")]
)
def test_a_bad_status_or_day_is_a_422(api, params: dict[str, str], parameter: str) -> None:
    response = httpx.get(api + "/api/tasks", params=params, timeout=60)
    assert response.status_code == 422
    assert response.json()["error"]["parameter"] == parameter


def test_statuses_read_from_notes_are_inferred(select) -> None:
    rows = select("""
        SELECT ?row ?confidence ?value WHERE {
          ?task eso:statusObservation ?o .
          ?o eso:statusNote ?note ; eso:confidence ?confidence ; eso:statusValue ?value ;
             prov:wasDerivedFrom/eso:locator ?row }""")
    by_row = {r["row"].split(",")[1].split("(")[0].strip(): r for r in rows}
    for row in ("rivi 1", "rivi 4", "rivi 8"):
        assert by_row[row]["confidence"] == ES + "confidence/inferred"
    assert by_row["rivi 4"]["value"] == ES + "status/done"
    assert by_row["rivi 3"]["confidence"] == ES + "confidence/confirmed"


# ---------------------------------------------------------------- 5. stated dependencies


def test_the_seeds_dependencies_are_stated_with_their_source(api, select) -> None:
    rows = select("""
        SELECT ?from ?to ?locator WHERE {
          ?d a eso:Dependency ; eso:prerequisite ?from ; eso:dependent ?to ;
             prov:wasDerivedFrom/eso:locator ?locator }""")
    edges = {(r["from"].rsplit("/", 1)[-1], r["to"].rsplit("/", 1)[-1]) for r in rows}
    assert ("first-objectives-2025-2027", "define-keha-material") in edges
    assert ("first-objectives-2025-2027", "define-tem-data") in edges
    assert ("analyse-discussions-2023", "instruct-discussions-2024-2025") in edges
    assert ("clock-2025-draft", "clock-2025-approval") in edges
    assert ("clock-2025-approval", "clock-2025-refinement") in edges
    card = get(api, "/api/tasks/task/define-keha-material", lang="en")
    assert {d["id"] for d in card["relations"]["dependsOn"]} == {ES + "task/first-objectives-2025-2027"}


# ------------------------------------------------------------- 6. the seed model and the law


def test_the_seed_model_is_linked_to_the_law_and_its_outcomes(api) -> None:
    card = get(api, "/api/tasks/task/first-objectives-2025-2027", lang="en")["relations"]
    assert {d["id"] for d in card["implements"]} == {ES + "task/set-national-objectives"}
    led_to = {d["id"] for d in card["ledTo"]}
    assert ES + "law/vn-decision-2024-12-19-national-objectives" in led_to
    assert {ES + f"objective/2025-2027-{n}" for n in range(1, 6)} <= led_to
    council = get(api, "/api/tasks/task/advisory-council-definition", lang="en")["relations"]
    assert {d["id"] for d in council["about"]} == {ES + "actor/advisory-council"}
    statutory = get(api, "/api/tasks/task/set-national-objectives", lang="en")["relations"]
    assert ES + "part/national-objectives" in {d["id"] for d in statutory["implementedBy"]}


# -------------------------------------------------------------------- 8. over-certain facts


def test_no_seed_assignment_reaches_back_before_its_source(select) -> None:
    rows = select("""
        SELECT ?a ?start WHERE {
          ?a a eso:ResponsibilityAssignment ; prov:wasDerivedFrom/eso:inDocument ?doc .
          FILTER (?doc IN (es:source\\/seed-000, es:source\\/seed-004))
          OPTIONAL { ?a eso:startDate ?start } }""")
    assert rows
    undated_or_early = [r["a"] for r in rows if r.get("start", "0000") < "2022-01-01"]
    assert undated_or_early == []


def test_keha_employment_tasks_start_with_the_2026_reform(select) -> None:
    rows = select("""
        SELECT ?a ?start WHERE {
          ?a prov:agent es:actor\\/keha ; eso:forTask ?task .
          ?task prov:wasDerivedFrom <https://w3id.org/fi-employment-steering/id/loc/domain-facts/keha> .
          OPTIONAL { ?a eso:startDate ?start } }""")
    assert len(rows) == 8 and {r.get("start") for r in rows} == {"2026-01-01"}


def test_tem_coordinating_the_esf_theme_is_our_reading(select) -> None:
    rows = select("""
        SELECT ?confidence WHERE {
          <https://w3id.org/fi-employment-steering/id/assignment/esf-theme-coordination/tem/coordinates>
              eso:confidence ?confidence }""")
    assert rows == [{"confidence": ES + "confidence/inferred"}]


# ------------------------------------------------------ 9. disagreements and open questions


@pytest.mark.parametrize(
    ("disagreement", "concerns"),
    [
        ("first-objectives-preparer", "task/first-objectives-2025-2027"),
        ("seed-status-vs-outcomes", "task/advisory-council-definition"),
        ("group-naming", "actor/preparation-group"),
        ("esf-specific-objective", "esf/theme-matching"),
        ("esf-te-services-goal", "goal/esf-company-cooperation"),
    ],
)
def test_the_missing_disagreements_are_recorded(select, disagreement: str, concerns: str) -> None:
    rows = select(
        "SELECT ?claim ?loc WHERE { ?d a eso:SourceDisagreement ; eso:concerns ?c ; eso:claim ?claim . "
        "?claim prov:wasDerivedFrom ?loc }",
        d=es(f"disagreement/{disagreement}"),
        c=es(concerns),
    )
    assert len({r["claim"] for r in rows}) >= 2
    assert len({r["loc"] for r in rows}) >= 2


def test_the_two_groups_are_an_open_question(select) -> None:
    rows = select("SELECT ?q WHERE { ?q a eso:OpenQuestion ; eso:concerns es:actor\\/preparation-group }")
    assert [r["q"] for r in rows] == [ES + "question/group-identity"]


# ----------------------------------------------------------------------------- 10. labels


def test_every_node_has_a_finnish_label_and_the_validation_conforms() -> None:
    from kg_service.quality.validation import validate_files

    report = validate_files()
    assert report.conforms
    assert not [f for f in report.findings if "LabelFiShape" in f.shape]


def test_labels_are_in_their_language(select) -> None:
    rows = select("SELECT ?label WHERE { ?n skos:prefLabel ?label FILTER (LANG(?label) IN ('sv', 'en')) }")
    labels = [r["label"] for r in rows]
    wrongs = ("remissdebatt", "referral discussion", "delegation", "Delegation", "Luonnos Q2", "Päivitys Q2")
    for wrong in wrongs:
        assert not [label for label in labels if wrong in label], wrong
    assert not [label for label in labels if label.startswith("Parties") and "Neuvottelukunta" in label]
    assert "Evaluation of and feedback on employment services" not in labels

"""Search that speaks Finnish and Swedish: inflected and compound forms find their entity.

Each case is a fact about the language and the shipped graph: the form a reader types, and the
entity it names, which must come first. The API tests run over real HTTP on both stores.
"""

from __future__ import annotations

import threading

import httpx
import pytest

from kg_service.answers.assemble import Answers
from kg_service.answers.records import Ref
from kg_service.queries.stored import load_queries
from kg_service.search.morphology import Morphology, compound_parts
from kg_service.search.results import SearchMatch, search, search_service
from tests.conftest import ES
from tests.test_api import assert_error, get

FIRST_HIT = [
    # Finnish: case endings, plurals and compounds
    ("elinvoimakeskuksille", "kind/economic-development-centres"),  # allative plural
    ("työllisyysalueiden", "kind/employment-areas"),  # genitive plural
    ("neuvottelukunnan", "actor/advisory-council"),  # genitive singular
    ("kuntien", "kind/municipalities"),  # genitive plural, stem change kunta → kuntien
    ("ministeriöille", "kind/ministries"),
    ("ELY-keskuksille", "kind/ely-centres"),
    # Swedish: definite and plural forms
    ("kommunerna", "kind/municipalities"),
    ("livskraftscentralerna", "kind/economic-development-centres"),
    ("sysselsättningsområdena", "kind/employment-areas"),
    # alternative labels and notations
    ("TyöNVK", "actor/advisory-council"),
    ("091", "municipality/091"),
]


@pytest.fixture(scope="module")
def answers(shipped_store) -> Answers:
    return Answers(shipped_store, load_queries())


@pytest.fixture(scope="module")
def index(answers):
    return search_service(answers)


@pytest.mark.parametrize(("query", "expected"), FIRST_HIT)
def test_inflected_form_finds_its_entity_first(answers, index, query: str, expected: str) -> None:
    hits = search(answers, index, query, "fi")
    assert hits, query
    assert hits[0].id == ES + expected, [h.id for h in hits[:3]]


def test_voikko_gives_base_forms_and_compound_parts() -> None:
    morphology = Morphology()
    forms = morphology.forms("elinvoimakeskuksille", "fi")
    assert "elinvoimakeskus" in forms.forms
    assert {"elin", "voima", "keskus"} <= forms.parts
    assert compound_parts("+työ(työ)+llisy(+nen)+ys(+ys)+palvel(palvella)+u(+u)") == {"työllisyys", "palvelu"}
    assert compound_parts("+kunta(kunta)") == set()


def test_swedish_definite_forms_share_a_stem() -> None:
    morphology = Morphology()
    for a, b in [("årsklockan", "årsklocka"), ("områdena", "område"), ("kommunerna", "kommun")]:
        assert morphology.forms(a, "sv").forms == morphology.forms(b, "sv").forms, (a, b)


def test_two_helsinkis_are_told_apart_by_their_kind(answers, index) -> None:
    hits = {h.id: h for h in search(answers, index, "Helsinki", "fi")}
    municipality, area = hits[ES + "municipality/091"], hits[ES + "employment-area/8"]
    assert municipality.label == area.label == "Helsinki"
    assert municipality.kind == Ref(id=ES + "kind/municipalities", label="kunnat")
    assert area.kind == Ref(id=ES + "kind/employment-areas", label="työllisyysalueet")


def test_compound_part_and_partial_typing_find_the_whole(answers, index) -> None:
    keskus = {h.id for h in search(answers, index, "keskukset", "fi", limit=10)}
    assert {ES + "kind/ely-centres", ES + "kind/economic-development-centres"} <= keskus
    partial = [h.id for h in search(answers, index, "neuvottelu", "fi", limit=5)]
    assert ES + "actor/advisory-council" in partial


def test_definitions_and_notations_are_searched(answers, index) -> None:
    by_id = {h.id: h for h in search(answers, index, "replaced", "en")}
    assert by_id[ES + "kind/economic-development-centres"].matched.field == "definition"
    notation = search(answers, index, "091", "fi")[0]
    assert notation.matched == SearchMatch(field="identifier", text="091", lang=None)


def test_kinds_are_named_in_the_asked_language(answers, index) -> None:
    for lang, name in [("fi", "luokka"), ("sv", "klass"), ("en", "class")]:
        hits = {h.id: h for h in search(answers, index, "vuosikello", lang)}
        kind = hits["https://w3id.org/fi-employment-steering/ontology#AnnualClock"].kind
        assert kind is not None and kind.label == name
    hits = search(answers, index, "Helsingfors", "sv")
    assert {h.kind.label if h.kind else None for h in hits} == {"kommunerna", "sysselsättningsområdena"}


# ------------------------------------------------------------------------------- over HTTP


def test_api_search_understands_inflection(service) -> None:
    found = get(service, "/api/search", q="elinvoimakeskuksille", lang="fi").json()
    assert found["results"][0]["id"] == ES + "kind/economic-development-centres"
    assert found["results"][0]["kind"]["label"] == "Toimijatyypit"
    assert found["lang"] == "fi"


def test_api_search_lang_limits_the_texts_matched(service) -> None:
    assert get(service, "/api/search", q="Helsingfors", lang="fi").json()["count"] == 0
    swedish = get(service, "/api/search", q="Helsingfors", lang="sv").json()
    assert {r["label"] for r in swedish["results"]} == {"Helsingfors"}
    english = httpx.get(
        service + "/api/search", params={"q": "kunnat"}, headers={"Accept-Language": "sv"}
    ).json()
    assert english["lang"] == "sv"
    assert english["results"][0]["label"] == "kommunerna"


def test_api_search_refuses_bad_parameters(service) -> None:
    assert_error(get(service, "/api/search", q="x"), 422, "q")
    assert_error(get(service, "/api/search", q="x" * 201), 422, "q")
    assert_error(get(service, "/api/search", q="kunta", lang="de"), 422, "lang")
    assert_error(get(service, "/api/search", q="kunta", limit="0"), 422, "limit")
    assert_error(get(service, "/api/search", q="kunta", limit="201"), 422, "limit")
    assert len(get(service, "/api/search", q="kunta", limit="3").json()["results"]) == 3


def test_parallel_searches_agree_with_serial_ones(service) -> None:
    """Voikko is not thread-safe; the service's lock must keep answers right under concurrency."""
    queries = [q for q, _ in FIRST_HIT]
    expected = {q: get(service, "/api/search", q=q).json()["results"][0]["id"] for q in queries}
    seen: dict[str, set[str]] = {q: set() for q in queries}

    def worker(offset: int) -> None:
        for step in range(len(queries)):
            q = queries[(offset + step) % len(queries)]
            seen[q].add(get(service, "/api/search", q=q).json()["results"][0]["id"])

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert seen == {q: {expected[q]} for q in queries}

"""The API gaps of issue 11 item 9, over real HTTP on both stores: label columns beside every IRI
column, the centre serving an employment area on a date, a council's sections, outputs on the
timeline and the ESF+ theme's period and funding as fields."""

from __future__ import annotations

import csv
import io

import httpx

from tests.conftest import ES
from tests.test_api import assert_error, get

DUE = {"from": "2023-10-01", "to": "2023-12-31"}


def test_stored_query_has_a_label_column_beside_every_iri_column(service) -> None:
    body = get(service, "/api/queries/due-between", **DUE, lang="sv").json()
    assert body["head"]["vars"] == [
        "item",
        "itemLabel",
        "type",
        "typeLabel",
        "due",
        "start",
        "notation",
    ]
    rows = {b["item"]["value"]: b for b in body["results"]["bindings"]}
    row = rows[ES + "task/evaluation-targets-description"]
    assert row["itemLabel"] == {
        "type": "literal",
        "value": "Översikt över vad som utvärderas",
        "xml:lang": "sv",
    }
    assert row["typeLabel"]["value"] == "uppgift"


def test_label_columns_in_csv_follow_lang_and_accept_language(service) -> None:
    finnish = get(service, "/api/queries/due-between", **DUE, format="csv", lang="fi")
    rows = list(csv.DictReader(io.StringIO(finnish.text)))
    by_item = {r["item"]: r for r in rows}
    assert (
        by_item[ES + "task/evaluation-targets-description"]["itemLabel"] == "Yleiskuvaus arviointikohteista"
    )
    assert list(rows[0])[:2] == ["item", "itemLabel"]
    swedish = httpx.get(
        service + "/api/queries/due-between",
        params={**DUE, "format": "csv"},
        headers={"Accept-Language": "sv-FI"},
        timeout=60,
    )
    assert "uppgift" in {r["typeLabel"] for r in csv.DictReader(io.StringIO(swedish.text))}
    assert_error(get(service, "/api/queries/due-between", **DUE, lang="de"), 422, "lang")


def test_every_stored_query_lists_lang(service) -> None:
    listed = get(service, "/api/queries").json()["queries"]
    assert all(any(p["name"] == "lang" for p in q["parameters"]) for q in listed)


def test_centre_serving_an_employment_area_on_a_date(service) -> None:
    ely = get(service, "/api/employment-areas/employment-area/8/centres", at="2025-06-01", lang="fi").json()
    assert [c["centre"]["id"] for c in ely["centres"]] == [ES + "ely/1"]
    assert ely["centres"][0]["kind"]["label"] == "ELY-keskukset"
    assert ely["centres"][0]["end"] == "2025-12-31"
    assert ely["centres"][0]["sources"], "the centre's source is given"
    edc = get(service, "/api/employment-areas/employment-area/8/centres", at="2026-06-01", lang="sv").json()
    assert [c["centre"]["label"] for c in edc["centres"]] == ["Nylands livskraftscentral"]
    # an area across two regions is served by two centres, the larger share first
    split = get(service, "/api/employment-areas/employment-area/6/centres", at="2025-06-01").json()
    assert [(c["centre"]["id"], c["municipalities"]) for c in split["centres"]] == [
        (ES + "ely/10", 7),
        (ES + "ely/5", 1),
    ]
    # before the employment areas existed (1 Jan 2025) no centre served one
    assert (
        get(service, "/api/employment-areas/employment-area/8/centres", at="2024-06-01").json()["centres"]
        == []
    )
    assert_error(get(service, "/api/employment-areas/municipality/091/centres", at="2025-06-01"), 404)
    assert_error(get(service, "/api/employment-areas/employment-area/8/centres", at="2025-13-01"), 422, "at")


def test_council_card_lists_its_sections(service) -> None:
    card = get(service, "/api/actors/actor/advisory-council", lang="fi").json()
    sections = {s["unit"]["label"]: s for s in card["subOrganisations"]}
    assert set(sections) == {"Kuntajaosto", "Tietojaosto", "Yhdyspintajaosto"}
    assert sections["Kuntajaosto"]["start"] == "2025-01-30"


def test_timeline_items_carry_their_outputs(service) -> None:
    items = get(service, "/api/timeline", quarter="2023-Q4", lang="fi").json()["items"]
    by_id = {i["item"]["id"]: i for i in items}
    assert by_id[ES + "task/evaluation-targets-description"]["outputs"] == [
        {"id": ES + "output/evaluation-targets-description", "label": "Muistio"}
    ]
    assert all(isinstance(i["outputs"], list) for i in items)


def test_esf_theme_period_and_funding_are_fields(service) -> None:
    theme = get(service, "/api/themes/esf/theme-matching", lang="fi").json()
    assert theme["period"]["start"] == "2022-01-01"
    assert theme["period"]["end"] == "2027-12-31"
    assert theme["period"]["notation"] == "2022 - 2027"
    assert theme["fundingEstimate"] == {"amount": 14000000, "currency": "EUR"}
    assert theme["programme"]["id"] == ES + "esf/priority-4"
    assert {o["id"] for o in theme["specificObjectives"]} == {ES + "esf/so-4-1", ES + "esf/so-4-2"}
    assert theme["sources"]
    listed = get(service, "/api/themes", lang="sv").json()
    assert [t["label"] for t in listed["themes"]] == ["Matchning på arbetsmarknaden"]
    assert_error(get(service, "/api/themes/actor/tem"), 404)

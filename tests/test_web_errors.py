"""API errors in the asked language, and an HTML error page for browsers with the status kept."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kg_service.api.app import create_app
from kg_service.i18n import missing_translations
from kg_service.i18n.errors import ERRORS, Localised


@pytest.fixture(scope="module")
def client(shipped_store) -> TestClient:
    return TestClient(create_app(shipped_store))


def test_every_error_text_has_all_three_languages() -> None:
    assert missing_translations(ERRORS) == []
    assert str(Localised("param.not_date", value="'x'")) == "not a date: 'x' (use YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("params", "headers", "message"),
    [
        ({}, {}, "parameter 'at': not a date: 'huomenna' (use YYYY-MM-DD)"),
        ({"lang": "fi"}, {}, "parametri ”at”: ei päivämäärä: 'huomenna' (käytä muotoa VVVV-KK-PP)"),
        (
            {},
            {"Accept-Language": "sv-FI"},
            "parametern ”at”: inte ett datum: 'huomenna' (använd formen ÅÅÅÅ-MM-DD)",
        ),
    ],
)
def test_api_error_message_in_the_asked_language(
    client: TestClient, params: dict[str, str], headers: dict[str, str], message: str
) -> None:
    response = client.get("/api/responsibilities", params={"at": "huomenna"} | params, headers=headers)
    assert response.status_code == 422
    assert response.json() == {"error": {"status": 422, "message": message, "parameter": "at"}}


def test_unknown_route_and_id_in_finnish(client: TestClient) -> None:
    route = client.get("/api/nothing", headers={"Accept-Language": "fi"})
    assert route.json()["error"] == {"status": 404, "message": "Ei löytynyt.", "parameter": None}
    node = client.get("/api/actors/actor/nobody", params={"lang": "fi"}).json()["error"]["message"]
    assert node.startswith("tuntematon tunniste: 'actor/nobody'")


@pytest.mark.parametrize(
    ("path", "lang", "status", "words"),
    [
        ("/id/actor/nobody", "sv", 404, "grafen har ingen entitet"),
        ("/no/such/page", "fi", 404, "Ei löytynyt."),
        ("/id/actor/tem?format=pdf", "fi", 422, "parametri ”format”"),
    ],
)
def test_browsers_get_an_error_page(
    client: TestClient, path: str, lang: str, status: int, words: str
) -> None:
    response = client.get(path, headers={"Accept": "text/html", "Accept-Language": lang})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert words in response.text and f'<html lang="{lang}">' in response.text
    assert 'role="alert"' in response.text


def test_programs_still_get_json_errors(client: TestClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert response.json() == {"error": {"status": 404, "message": "Not Found", "parameter": None}}


PAGE_WEIGHT_LIMIT = 300_000
"""Bytes a page may weigh with its own assets (the issue's bar; YASGUI's page is apart)."""


def test_every_page_kind_without_yasgui_weighs_under_300_kb(client: TestClient) -> None:
    import re

    from tests.browser.pages import PAGE_KINDS

    heavy = {}
    for kind, path, _ in PAGE_KINDS:
        if kind == "sparql":
            continue
        html = client.get(path, headers={"Accept": "text/html"}).content
        assets = set(re.findall(r'(?:href|src)="(/static/[^"]+)"', html.decode("utf-8")))
        total = len(html) + sum(len(client.get(asset).content) for asset in assets)
        if total >= PAGE_WEIGHT_LIMIT:
            heavy[kind] = total
    assert heavy == {}

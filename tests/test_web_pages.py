"""The web workspace rendered by the real app (in-process HTTP): language choice, forms, bad input."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kg_service.api.app import create_app
from kg_service.i18n import LANGUAGES, missing_translations
from kg_service.i18n.web import WEB
from kg_service.web.navigation import NAV
from tests.conftest import ES

TEM = ES + "actor/tem"
ACCOUNTABLE = ES + "role/accountable"


@pytest.fixture(scope="module")
def client(shipped_store) -> TestClient:
    return TestClient(create_app(shipped_store))


def visible_text(html: str) -> str:
    """The page's text without tags, scripts and styles (what a reader sees)."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_every_web_text_has_all_three_languages() -> None:
    assert missing_translations(WEB) == []
    assert all(item.key in WEB for item in NAV)


@pytest.mark.parametrize(
    ("query", "header", "lang", "heading"),
    [
        ("", None, "fi", "Kuka vastaa?"),
        ("?lang=sv", "fi", "sv", "Vem ansvarar?"),
        ("", "sv-FI,sv;q=0.9", "sv", "Vem ansvarar?"),
        ("?lang=en", None, "en", "Who is responsible?"),
    ],
)
def test_front_page_language(
    client: TestClient, query: str, header: str | None, lang: str, heading: str
) -> None:
    response = client.get("/" + query, headers={"Accept-Language": header} if header else {})
    assert response.status_code == 200
    assert response.headers["content-language"] == lang
    assert f'<html lang="{lang}">' in response.text
    assert heading in response.text
    assert 'href="#content"' in response.text and 'id="content"' in response.text


def test_language_choice_is_remembered_by_cookie(client: TestClient) -> None:
    chosen = client.get("/?lang=sv")
    assert chosen.cookies.get("lang") == "sv"
    client.cookies.clear()
    client.cookies.set("lang", "sv")
    assert client.get("/").headers["content-language"] == "sv"
    client.cookies.clear()
    assert client.get("/").headers["content-language"] == "fi"


def test_switch_links_keep_the_query(client: TestClient) -> None:
    html = client.get("/responsibilities", params={"actor": TEM, "lang": "fi"}).text
    assert re.search(r'href="/responsibilities\?actor=[^"]*tem&amp;lang=sv"', html)


def test_front_page_offers_search_and_who_form(client: TestClient) -> None:
    html = client.get("/?lang=fi").text
    assert 'action="/search"' in html and 'name="q"' in html
    for field in ("actor", "task", "role", "at"):
        assert f'id="{field}"' in html and f'for="{field}"' in html
    assert f'<option value="{TEM}"' in html
    assert "Kunnat" in html  # municipalities grouped apart from organisations


def test_finnish_page_has_no_english_interface_words(client: TestClient) -> None:
    text = visible_text(client.get("/?lang=fi").text)
    for english in ("Search", "Who is responsible", "Actor", "Role", "Legal drafter", "Skip to content"):
        assert english not in text


def test_responsibilities_page_answers_with_rows(client: TestClient) -> None:
    response = client.get(
        "/responsibilities", params={"actor": TEM, "role": ACCOUNTABLE, "at": "2026-01-01", "lang": "fi"}
    )
    assert response.status_code == 200
    rows = re.findall(r'<td class="raci">([A-Z])</td>', response.text)
    assert rows and set(rows) == {"A"}
    api = client.get(
        "/api/responsibilities", params={"actor": TEM, "role": ACCOUNTABLE, "at": "2026-01-01"}
    ).json()
    assert len(rows) == api["count"]
    assert f"{len(rows)} vastuuta" in response.text


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"at": "2026-13-01", "lang": "fi"}, "at", "Päivämäärä ”2026-13-01” ei kelpaa"),
        ({"at": "eilen", "lang": "sv"}, "at", "Datumet ”eilen” duger inte"),
        ({"actor": "<script>", "lang": "fi"}, "actor", "Valintaa ”&lt;script&gt;” ei ole tietoverkossa"),
        ({"role": "x" * 600, "lang": "en"}, "role", "The value is too long"),
    ],
)
def test_bad_form_input_is_a_message_in_the_language(
    client: TestClient, params: dict[str, str], field: str, message: str
) -> None:
    response = client.get("/responsibilities", params=params)
    assert response.status_code == 422
    assert 'role="alert"' in response.text
    assert f'href="#{field}"' in response.text
    assert message in response.text
    assert "<script>" not in response.text


def test_static_assets_are_served_by_us(client: TestClient) -> None:
    html = client.get("/").text
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    assert assets
    for asset in assets:
        assert client.get(asset).status_code == 200
    assert not re.search(r'(?:href|src)="https?://', re.sub(r"<a [^>]*>", "", html))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_lists_only_pages_that_exist(client: TestClient, lang: str) -> None:
    html = client.get("/", params={"lang": lang}).text
    menu = re.search(r'<nav class="main".*?</nav>', html, re.S).group(0)
    for path in re.findall(r'href="([^"?]+)', menu):
        # as a browser asks: /sparql is the query page for text/html, the protocol endpoint otherwise
        assert client.get(path, params={"lang": lang}, headers={"Accept": "text/html"}).status_code == 200

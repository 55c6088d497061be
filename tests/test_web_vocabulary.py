"""The search, vocabulary and downloads pages rendered by the real app (in-process HTTP)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kg_service.api.app import create_app
from kg_service.i18n import missing_translations
from kg_service.i18n.vocabulary import CATALOG, META_TERMS, PAGES
from tests.conftest import ES

ENGLISH_ONLY = re.compile(r"\b(the|and|of|with|Search|Vocabulary|Downloads|Classes|Properties)\b")


@pytest.fixture(scope="module")
def client(shipped_store) -> TestClient:
    return TestClient(create_app(shipped_store))


def visible_text(html: str) -> str:
    """The page's prose: no tags, scripts, styles, code identifiers, raw query output (samp) or
    parts marked as English."""
    html = re.sub(r"<(script|style|pre|code|samp)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<(\w+)[^>]*\blang="en"[^>]*>.*?</\1>', " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_every_page_text_has_all_three_languages() -> None:
    assert missing_translations(PAGES) == []
    assert missing_translations(CATALOG) == []
    assert missing_translations(META_TERMS) == []


def test_search_page_finds_inflected_forms_and_shows_kinds(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Helsinki", "lang": "fi"})
    assert page.status_code == 200
    text = visible_text(page.text)
    assert "Helsinki Laji: kunnat" in text and "Helsinki Laji: työllisyysalueet" in text
    assert 'href="/id/municipality/091"' in page.text and 'href="/id/employment-area/8"' in page.text
    inflected = client.get("/search", params={"q": "elinvoimakeskuksille", "lang": "fi"})
    first = re.search(r'<ol class="results">\s*<li>\s*<a href="([^"]+)"', inflected.text)
    assert first and first.group(1) == "/id/kind/economic-development-centres"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x", "lang": "fi"}, "Kirjoita vähintään 2 merkkiä."),
        ({"q": "x", "lang": "sv"}, "Skriv minst 2 tecken."),
        ({"q": "k" * 201, "lang": "fi"}, "Hakusana saa olla enintään 200 merkkiä."),
        ({"q": "kunta", "only": "de", "lang": "sv"}, "Välj ett språk i listan."),
    ],
)
def test_search_page_bad_input_is_a_message_in_the_page_language(client: TestClient, params, message) -> None:
    page = client.get("/search", params=params)
    assert page.status_code == 422
    assert message in page.text
    assert 'role="alert"' in page.text


def test_vocabulary_index_links_every_term(client: TestClient) -> None:
    page = client.get("/vocabulary", params={"lang": "fi"})
    terms = client.get("/api/vocabulary").json()["terms"]
    for entries in terms.values():
        for entry in entries:
            assert f'href="{entry["page"]}?lang=fi"' in page.text, entry["curie"]
    assert ENGLISH_ONLY.findall(visible_text(page.text)) == []


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_term_page_renders_in_finnish_and_swedish_without_english(
    client: TestClient, lang: str
) -> None:
    terms = client.get("/api/vocabulary").json()["terms"]
    for entries in terms.values():
        for entry in entries:
            page = client.get(entry["page"], params={"lang": lang})
            assert page.status_code == 200, entry["curie"]
            assert f"<code>{entry['curie']}</code>" in page.text
            text = visible_text(page.text)
            assert ENGLISH_ONLY.findall(text) == [], (entry["curie"], ENGLISH_ONLY.findall(text)[:5])


def test_class_page_runs_its_worked_query_on_the_data(client: TestClient) -> None:
    page = client.get("/vocabulary/eso:Reform", params={"lang": "fi"})
    assert (
        "VALUES (?class) { (&lt;https://w3id.org/fi-employment-steering/ontology#Reform&gt;) }" in page.text
    )
    assert 'href="/id/reform/2025-employment-services"' in page.text
    assert "TE-palveluiden siirto kunnille ja työllisyysalueille 1.1.2025" in page.text


def test_scheme_page_lists_concepts_with_notations(client: TestClient) -> None:
    page = client.get("/vocabulary/es:scheme/roles", params={"lang": "sv"})
    assert "redovisningsskyldig" in page.text
    assert f'href="/id/{(ES + "role/accountable")[len(ES) :]}"' in page.text


def test_unknown_term_is_a_404_page(client: TestClient) -> None:
    page = client.get("/vocabulary/eso:Nothing", params={"lang": "sv"})
    assert page.status_code == 404
    assert "Termen finns inte i modellen: eso:Nothing" in page.text


def test_downloads_page_links_every_file(client: TestClient) -> None:
    page = client.get("/downloads", params={"lang": "fi"})
    for graph in ("ontology", "shapes", "data"):
        for fmt in ("ttl", "jsonld", "nt"):
            assert f'href="/downloads/{graph}.{fmt}"' in page.text
    assert 'href="/catalog?format=turtle"' in page.text
    assert "Koko tietoverkko" in page.text


def test_menu_lists_the_search_and_vocabulary_pages(client: TestClient) -> None:
    page = client.get("/vocabulary", params={"lang": "fi"})
    menu = page.text[
        page.text.index('<nav class="main"') : page.text.index("</nav>", page.text.index('<nav class="main"'))
    ]
    assert 'href="/search?lang=fi"' in menu and 'href="/vocabulary?lang=fi"' in menu

"""The review queue shows its proposals a page at a time, with counts and links in the page language.

Twenty-five proposals on a store of their own: the first page holds the twenty oldest and a link
to the next five, the second page those five and a link back; a page number past the end shows
the last page, and anything but a whole number is a 400 naming the parameter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.editing.service import Editing
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.web.review import QUEUE_SIZE
from tests.servers import running_app
from tests.test_changes import STATUS_CHANGE, call
from tests.test_web_workspace import HTML

PROPOSALS = 25
SOURCE = "Ohjausyksikön muistio 12/2026 (kuvitteellinen)"
PASSWORD = "aarne-example-passphrase"  # noqa: S105 - fictitious, for a throwaway store


@pytest.fixture(scope="module")
def queue(tmp_path_factory) -> Iterator[httpx.Client]:
    """A service whose queue holds PROPOSALS status changes; an approver's browser signed in."""
    data_dir = Path(tmp_path_factory.mktemp("kg-review-paging"))
    editing = Editing.open(data_dir, ontology_files() + instance_files())
    editor = editing.users.add("edna", "editor")
    editing.users.add("aarne", "approver", PASSWORD)
    app = create_app(settings=Settings(data_dir=data_dir), editing=editing)
    with running_app(app) as base:
        for n in range(1, PROPOSALS + 1):
            change = STATUS_CHANGE | {
                "reason": f"Esimerkkiehdotus numero {n:02d}",
                "source": SOURCE,
                "as_of": f"2026-01-{n:02d}",
            }
            assert call(base, "POST", "/api/changes", change, editor)[0] == 201
        browser = httpx.Client(base_url=base, timeout=60, headers=HTML)
        form = browser.get("/sign-in?lang=fi").text
        token = re.search(r'name="csrf" value="([^"]+)"', form)
        assert token
        answer = browser.post(
            "/sign-in?lang=fi",
            data={"csrf": token.group(1), "username": "aarne", "password": PASSWORD, "next": "/workspace"},
        )
        assert answer.status_code == 303
        yield browser


def shown(html: str) -> list[int]:
    """The numbers of the proposals a queue page shows, in its order."""
    return [int(n) for n in re.findall(r">Esimerkkiehdotus numero (\d+)</a></h2>", html)]


def links(html: str) -> dict[str, str]:
    """The pager's links by their rel (prev, next) with their text."""
    pager = html.split('<nav class="pager"', 1)[1].split("</nav>", 1)[0]
    return {rel: text for rel, text in re.findall(r'<a rel="(\w+)" href="[^"]+">([^<]+)</a>', pager)}


def test_the_first_page_shows_the_twenty_oldest_and_links_to_the_rest(queue) -> None:
    page = queue.get("/workspace/review?lang=fi").text
    assert shown(page) == list(range(1, QUEUE_SIZE + 1))
    assert "Käsittelyä odottavat ehdotukset, vanhin ensin: 25." in page
    assert "Näytetään ehdotukset 1–20, yhteensä 25." in page
    assert links(page) == {"next": "Seuraavat 5 ehdotusta →"}
    assert 'aria-current="page">Sivu 1/2<' in page
    assert 'href="/workspace/review?page=2&amp;lang=fi"' in page


@pytest.mark.parametrize(
    ("lang", "showing", "previous", "current"),
    [
        ("fi", "Näytetään ehdotukset 21–25, yhteensä 25.", "← Edelliset 20 ehdotusta", "Sivu 2/2"),
        ("sv", "Förslag 21–25 av 25 visas.", "← Föregående 20 förslag", "Sida 2 av 2"),
        ("en", "Showing proposals 21–25 of 25.", "← Previous 20 proposals", "Page 2 of 2"),
    ],
)
def test_the_second_page_shows_the_rest_in_each_language(queue, lang, showing, previous, current) -> None:
    page = queue.get(f"/workspace/review?page=2&lang={lang}").text
    assert shown(page) == list(range(QUEUE_SIZE + 1, PROPOSALS + 1))
    assert showing in page
    assert links(page) == {"prev": previous}
    assert f'aria-current="page">{current}<' in page


def test_past_the_end_shows_the_last_page_and_a_bad_number_is_refused(queue) -> None:
    assert shown(queue.get("/workspace/review?page=7&lang=fi").text) == list(range(21, 26))
    for bad in ("0", "-1", "abc", "1.5", "²", "9" * 50):
        answer = queue.get(
            "/workspace/review", params={"page": bad, "lang": "fi"}, headers={"Accept": "application/json"}
        )
        assert answer.status_code == 400, bad
        assert answer.json()["error"]["parameter"] == "page"
        assert answer.json()["error"]["message"] == "Sivunumeron pitää olla positiivinen kokonaisluku."

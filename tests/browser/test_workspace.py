"""The web workspace in a real browser: the editor-to-approver path end to end, every workspace page
under axe in Finnish and Swedish, and signing in and proposing with the keyboard alone.

The service runs over its own durable store in a fresh directory, with fictitious users.
Screenshots of the pages go to KG_SCREENSHOTS (when set), for a person to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.editing.service import Editing
from kg_service.rdf.files import instance_files, ontology_files
from tests.browser.conftest import PAGE_TIMEOUT_MS, run_axe
from tests.servers import running_app
from tests.test_changes import STATUS_CHANGE, call

ES = "https://w3id.org/fi-employment-steering/id/"
PASSWORDS = {"edna": "edna-browser-passphrase", "aarne": "aarne-browser-passphrase"}
"""Fictitious users and passwords."""
SHOTS = os.environ.get("KG_SCREENSHOTS")
SOURCE = "Ohjausyksikön muistio 12/2026 (kuvitteellinen)"


@pytest.fixture(scope="module")
def workspace_site(tmp_path_factory) -> Iterator[tuple[str, Editing]]:
    """The service over a fresh durable store with an editor and an approver."""
    data_dir = tmp_path_factory.mktemp("kg-browser-data")
    editing = Editing.open(data_dir, ontology_files() + instance_files())
    for name, role in (("edna", "editor"), ("aarne", "approver")):
        editing.users.add(name, role, PASSWORDS[name])
    app = create_app(settings=Settings(data_dir=Path(data_dir)), editing=editing)
    with running_app(app) as base:
        yield base, editing


@pytest.fixture
def tab(browser: Browser, workspace_site) -> Iterator[Page]:
    """A fresh page (own cookies) whose requests to any other host fail the test."""
    base, _ = workspace_site
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    outside: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.url.startswith(base) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    yield context.new_page()
    context.close()
    assert outside == [], f"the page tried to reach other hosts: {outside}"


def sign_in(page: Page, base: str, name: str, lang: str = "fi") -> None:
    page.goto(f"{base}/sign-in?lang={lang}")
    page.fill("#username", name)
    page.fill("#password", PASSWORDS[name])
    page.click("#sign-in-form button[type=submit]")
    expect(page.locator(".user-bar")).to_be_visible()


def shoot(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_editor_proposes_approver_approves_and_the_card_shows_the_status(tab: Page, workspace_site) -> None:
    base, _ = workspace_site
    tab.goto(f"{base}/id/task/steering-annual-clock?lang=fi")
    before = tab.locator("dl.facts").inner_text()
    assert "Valmis" not in before
    tab.click("text=Tehtävän tilanne tiettynä päivänä")  # the card's link: signed out, so sign in first
    tab.wait_for_url("**/sign-in?**")
    tab.fill("#username", "edna")
    tab.fill("#password", PASSWORDS["edna"])
    tab.click("#sign-in-form button[type=submit]")
    tab.wait_for_url("**/workspace/edit/set-status?**")
    assert tab.locator("#task").input_value() == ES + "task/steering-annual-clock"  # the card named it
    tab.select_option("#status", ES + "status/done")
    tab.fill("#as_of", "2026-11-30")
    tab.select_option("#derived_from", ES + "loc/seed-000/slide-6-row-1")
    tab.select_option("#confidence", ES + "confidence/inferred")
    tab.fill("#reason", "Neljännesvuosipäivitys (esimerkki)")
    tab.fill("#source", "Ohjausyksikön muistio 12/2026 (kuvitteellinen)")
    shoot(tab, "edit-set-status-fi")
    tab.click("#edit-form button[type=submit]")
    tab.wait_for_url("**/workspace/changes/**")
    expect(tab.locator("p[role=status]")).to_contain_text("odottaa toisen henkilön hyväksyntää")
    assert tab.locator("button.approve").count() == 0  # not for an editor, not for one's own
    tab.click("text=Kirjaudu ulos")
    tab.wait_for_url(re.compile(r".*/\?lang=fi$"))

    sign_in(tab, base, "aarne", "sv")
    tab.goto(f"{base}/workspace/review?lang=sv")
    change = tab.locator("section.change").first
    expect(change).to_contain_text("Neljännesvuosipäivitys (esimerkki)")
    expect(change).to_contain_text("edna")
    expect(change).to_contain_text("Klar")
    shoot(tab, "review-sv")
    assert run_axe(tab) == []
    change.locator("button.approve").click()
    tab.wait_for_url("**/workspace/changes/**")
    expect(tab.locator("dd.state")).to_have_text("genomförd")
    expect(tab.locator("#revert-form")).to_be_visible()  # an applied change offers its revert
    shoot(tab, "change-applied-sv")
    assert run_axe(tab) == []

    tab.goto(f"{base}/id/task/steering-annual-clock?lang=fi&at=2026-12-01")
    expect(tab.locator("dl.facts")).to_contain_text("Valmis (tilanne 2026-11-30)")
    tab.click("text=Muutoshistoria")
    expect(tab.locator("main")).to_contain_text("Neljännesvuosipäivitys (esimerkki)")
    shoot(tab, "history-fi")
    assert run_axe(tab) == []


WORKSPACE_PAGES = [
    ("sign-in", "/sign-in", None),
    ("workspace", "/workspace", "edna"),
    ("edit-set-status", "/workspace/edit/set-status", "edna"),
    ("edit-add-assignment", "/workspace/edit/add-assignment", "edna"),
    ("edit-end-assignment", "/workspace/edit/end-assignment", "edna"),
    ("edit-add-task", "/workspace/edit/add-task", "edna"),
    ("review", "/workspace/review", "aarne"),
    ("history", "/history?entity=task/steering-annual-clock", None),
    ("task-card-editable", "/id/task/steering-annual-clock", None),
]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_workspace_pages_have_no_serious_accessibility_violations(
    tab: Page, workspace_site, lang: str
) -> None:
    base, _ = workspace_site
    for name in ("edna", "aarne"):
        for kind, path, user in WORKSPACE_PAGES:
            if user not in (None, name):
                continue
            if user == name and not tab.locator(".user-bar").count():
                sign_in(tab, base, name, lang)
            separator = "&" if "?" in path else "?"
            response = tab.goto(f"{base}{path}{separator}lang={lang}")
            assert response is not None and response.status == 200, (kind, response and response.status)
            assert tab.locator("html").get_attribute("lang") == lang
            assert run_axe(tab) == [], kind
            shoot(tab, f"{kind}-{lang}-{name}")
        tab.context.clear_cookies()
    # a refused change: the findings on the page; then a missing reason, marked on its field
    sign_in(tab, base, "edna", lang)
    tab.goto(f"{base}/workspace/edit/add-assignment?lang={lang}")
    tab.select_option("#task", ES + "task/steering-annual-clock")
    tab.select_option("#actor", ES + "actor/tem")
    tab.select_option("#role", ES + "role/accountable")
    tab.fill("#start", "2026-01-01")
    tab.fill("#end", "2025-01-01")
    tab.select_option("#derived_from", ES + "loc/seed-000/slide-6-row-1")
    tab.select_option("#confidence", ES + "confidence/inferred")
    tab.fill("#reason", "Esimerkki")
    tab.fill("#source", "Kuvitteellinen")
    tab.click("#edit-form button[type=submit]")
    expect(tab.locator(".findings")).to_be_visible()
    assert tab.locator(".findings li").count() >= 2
    shoot(tab, f"edit-refused-{lang}")
    assert run_axe(tab) == []
    tab.fill("#reason", "")
    tab.click("#edit-form button[type=submit]")
    expect(tab.locator("#errors")).to_be_visible()
    assert tab.locator("#reason").get_attribute("aria-invalid") == "true"
    assert run_axe(tab) == []


def test_sign_in_and_propose_with_the_keyboard_alone(tab: Page, workspace_site) -> None:
    base, editing = workspace_site
    before = len(editing.journal.ids())
    tab.goto(f"{base}/sign-in?lang=fi")
    tab.focus("#username")
    tab.keyboard.type("edna")
    tab.keyboard.press("Tab")
    tab.keyboard.type(PASSWORDS["edna"])
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/workspace?**")
    tab.goto(f"{base}/workspace/edit/end-assignment?lang=fi")
    tab.focus("#assignment")
    tab.keyboard.press("ArrowDown")  # the first assignment
    tab.keyboard.press("Tab")
    tab.keyboard.type("01012030")  # digits, in the browser's own order of day and month
    for field, words in (("#reason", "Esimerkki näppäimistöltä"), ("#source", "Kuvitteellinen lähde")):
        tab.focus(field)
        tab.keyboard.type(words)
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/workspace/changes/**")
    assert len(editing.journal.ids()) == before + 1
    change = editing.journal.get(editing.journal.ids()[-1])
    assert change is not None and change.reason == "Esimerkki näppäimistöltä"
    assert any(t.object.value == "2030-01-01" for t in change.add)  # type: ignore[union-attr]


def test_the_review_queue_pages_with_the_keyboard(tab: Page, workspace_site) -> None:
    """Twenty-five proposals: the pager's link is reached with Tab and followed with Enter; then
    the proposals are rejected again, so the queue is as the other tests left it."""
    base, editing = workspace_site
    proposer = editing.users.add("pekka", "editor")
    reviewer = editing.users.add("riikka", "approver")
    ids = []
    try:
        for n in range(1, 26):
            change = STATUS_CHANGE | {
                "reason": f"Sivutusesimerkki {n:02d}",
                "source": SOURCE,
                "as_of": f"2026-02-{n:02d}",
            }
            status, answer = call(base, "POST", "/api/changes", change, proposer)
            assert status == 201
            ids.append(answer["id"])
        sign_in(tab, base, "aarne", "fi")
        tab.goto(f"{base}/workspace/review?lang=fi")
        assert tab.locator("section.change").count() == 20
        for _ in range(300):  # bounded: every link and button of twenty proposals, then the pager
            tab.keyboard.press("Tab")
            if tab.evaluate("document.activeElement.getAttribute('rel')") == "next":
                break
        else:
            pytest.fail("Tab never reached the pager's next link")
        expect(tab.locator("a[rel=next]")).to_be_focused()
        tab.keyboard.press("Enter")
        tab.wait_for_url("**/workspace/review?page=2**")
        expect(tab.locator("nav.pager [aria-current=page]")).to_have_text("Sivu 2/2")
        assert tab.locator("section.change").count() >= 5
        expect(tab.locator("section.change").last).to_contain_text("Sivutusesimerkki 25")
        shoot(tab, "review-page-2-fi")
        assert run_axe(tab) == []
    finally:
        for change_id in ids:
            call(base, "POST", f"/api/changes/{change_id}/reject", token=reviewer)
        editing.users.revoke("pekka")
        editing.users.revoke("riikka")

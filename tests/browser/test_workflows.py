"""End-to-end in Chromium: what the three user groups do, click by click."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import run_axe
from tests.conftest import REPO

BUNDLE_TIMEOUT_MS = 30_000
DRAFT = REPO / "examples" / "drafts" / "te-offices-after-2024.csv"


def test_front_page_to_actor_card_to_duties_on_a_date(page: Page, site: str) -> None:
    page.goto(f"{site}/?lang=fi")
    page.select_option("#actor", label="työ- ja elinkeinoministeriö")
    page.fill("#at", "2026-01-01")
    page.click("form.who button[type=submit]")
    page.wait_for_url("**/responsibilities?**")
    rows = page.locator("table.data tbody tr")
    assert rows.count() > 5
    page.locator("table.data tbody tr td a[href^='/id/actor/tem']").first.click()
    page.wait_for_url("**/id/actor/tem**")
    expect(page.locator("h1")).to_have_text("työ- ja elinkeinoministeriö")
    page.fill("#at", "2024-06-01")
    page.click("form.date-form button")
    page.wait_for_url("**at=2024-06-01**")
    heading = page.locator("#duties-heading").inner_text()
    assert heading.startswith("Tehtävät 2024-06-01")
    assert page.locator("td.raci").count() >= 1


def test_run_a_stored_query_in_yasgui(page: Page, site: str) -> None:
    page.goto(f"{site}/sparql?lang=sv", wait_until="networkidle")
    expect(page.locator("#yasgui[data-ready=true]")).to_have_count(1, timeout=BUNDLE_TIMEOUT_MS)
    page.click("button.open-example[data-example='roles']")
    with page.expect_response(
        lambda r: r.url.startswith(f"{site}/sparql") and r.request.method == "POST"
    ) as done:
        page.evaluate("window.kgYasgui.getTab().getYasqe().query()")
    assert done.value.status == 200
    results = page.locator(".yasr:visible")
    table = results.locator("table.dataTable tbody tr")
    expect(table.first).to_be_visible()
    assert table.count() >= 4
    assert "role/accountable" in results.inner_text()


def test_upload_a_draft_and_see_the_findings(page: Page, site: str) -> None:
    page.goto(f"{site}/check?lang=sv")
    page.set_input_files("#draft", str(DRAFT))
    page.fill("#at", "2025-06-01")
    page.click("#check-form button[type=submit]")
    expect(page.locator("#result")).to_be_visible()
    assert "Motstridig" in page.locator(".verdict").inner_text()
    new, old = page.locator(".finding.new"), page.locator(".finding.old")
    assert new.count() >= 1 and old.count() >= 1
    expect(old.first).to_be_visible()
    page.check("#only_new")  # hides what the graph already had, without sending the draft again
    expect(old.first).to_be_hidden()
    expect(new.first).to_be_visible()
    with page.expect_download() as download:
        page.click("a.download-json")
    assert download.value.suggested_filename.endswith(".json")
    assert run_axe(page) == []


def test_download_a_diagram_from_the_studio(page: Page, site: str, tmp_path: Path) -> None:
    page.goto(f"{site}/diagrams?lang=fi")
    page.select_option("#kind", "annual-clock")
    page.select_option("#diagram_lang", "sv")
    page.click("#studio-form button[type=submit]")
    expect(page.locator("figure.diagram svg")).to_be_visible()
    with page.expect_download() as download:
        page.click("a.button:text-is('PNG')")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert saved.name == "annual-clock-sv.png"


def test_api_docs_render_offline(page: Page, site: str) -> None:
    page.goto(f"{site}/docs?lang=fi")
    # the bundles are large (1-2 MB of script): give a loaded machine time to parse them
    # the API's own texts in the page language (/openapi.json?lang=fi)
    expect(page.locator(".swagger-ui .info .title")).to_contain_text(
        "Työllisyydenhoidon ohjauksen tietograafi", timeout=BUNDLE_TIMEOUT_MS
    )
    assert page.locator(".opblock").count() > 10
    expect(page.locator(".swagger-ui")).to_contain_text("Tarkista asetusluonnos nykyistä graafia vasten")
    page.goto(f"{site}/redoc?lang=sv")
    expect(page.locator(".api-info h1").first).to_contain_text(
        "Kunskapsgrafen för sysselsättningsstyrningen", timeout=BUNDLE_TIMEOUT_MS
    )


def test_search_then_actor_card_then_duties_on_a_date(page: Page, site: str) -> None:
    page.goto(f"{site}/?lang=fi")
    page.fill("#q", "elinkeinoministeriö")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?**")
    page.locator("ol.results a[href='/id/actor/tem']").first.click()
    page.wait_for_url("**/id/actor/tem**")
    expect(page.locator("h1")).to_have_text("työ- ja elinkeinoministeriö")
    page.fill("#at", "2026-01-01")
    page.click("form.date-form button")
    page.wait_for_url("**at=2026-01-01**")
    assert page.locator("#duties-heading").inner_text().startswith("Tehtävät 2026-01-01")
    assert page.locator("td.raci").count() >= 10

"""End-to-end in Chromium: what the three user groups do, click by click."""

from __future__ import annotations

from playwright.sync_api import Page, expect


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
    expect(page.locator("#yasgui[data-ready=true]")).to_have_count(1)
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

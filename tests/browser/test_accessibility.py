"""WCAG 2.1 AA in a real browser: axe-core over every page kind in Finnish and Swedish, and the keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import run_axe
from tests.browser.pages import PAGE_KINDS


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize(("kind", "path", "exclude"), PAGE_KINDS, ids=[k[0] for k in PAGE_KINDS])
def test_no_serious_accessibility_violations(
    page: Page, site: str, kind: str, path: str, exclude: tuple[str, ...], lang: str
) -> None:
    separator = "&" if "?" in path else "?"
    response = page.goto(f"{site}{path}{separator}lang={lang}")
    assert response is not None and response.status < 500
    assert page.locator("html").get_attribute("lang") == lang
    assert run_axe(page, exclude) == []


def test_keyboard_reaches_skip_link_language_switch_and_form(page: Page, site: str) -> None:
    page.goto(f"{site}/?lang=fi")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#content"
    visited = []
    for _ in range(40):
        page.keyboard.press("Tab")
        visited.append(
            page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()")
        )
    assert "q" in visited and "actor" in visited and "at" in visited


def test_keyboard_only_search_for_responsibilities(page: Page, site: str) -> None:
    page.goto(f"{site}/?lang=sv")
    page.focus("#role")
    page.keyboard.press("ArrowDown")  # the first role after "alla"
    page.focus("#at")
    page.keyboard.type("01012026")
    page.keyboard.press("Enter")
    page.wait_for_url("**/responsibilities?**")
    assert page.locator("h2#answer-heading").inner_text().endswith("ansvar")
    assert page.locator("td.raci").count() > 0

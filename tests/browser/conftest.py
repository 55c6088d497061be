"""A real browser (Debian's Chromium, driven by Playwright) against the real service on 127.0.0.1.

One browser for the whole session; each test gets a fresh page. `playwright install` is never
used: the browser is /usr/bin/chromium, installed by scripts/install-test.d/30-browser.sh.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from kg_service.api.app import create_app
from tests.browser.locale import context_options, launch_options
from tests.servers import running_app

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
PAGE_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def site(shipped_store) -> Iterator[str]:
    """The service with the shipped graph, over HTTP on a free loopback port."""
    with running_app(create_app(shipped_store)) as base:
        yield base


@pytest.fixture(scope="session")
def browsers() -> Iterator[Callable[[str], Browser]]:
    """Headless Chromium in a reader's language (its own controls too), each launched once."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make setup-test` (scripts/install-test.d/30-browser.sh)")
    launched: dict[str, Browser] = {}
    with sync_playwright() as playwright:

        def browser_in(lang: str) -> Browser:
            if lang not in launched:
                launched[lang] = playwright.chromium.launch(
                    executable_path=CHROMIUM, headless=True, **launch_options(lang)
                )
            return launched[lang]

        yield browser_in
        for opened in launched.values():
            opened.close()


@pytest.fixture(scope="session")
def browser(browsers: Callable[[str], Browser]) -> Browser:
    """The browser in Finnish, the workspace's first language."""
    return browsers("fi")


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    """A fresh page (own cookies) whose requests to any host but the service fail the test."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, accept_downloads=True, **context_options("fi")
    )
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    outside: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.url.startswith(site) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    opened = context.new_page()
    yield opened
    context.close()
    assert outside == [], f"the page tried to reach other hosts: {outside}"


def run_axe(page: Page, exclude: tuple[str, ...] = ()) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on the page, serious and critical ones only."""
    # Evaluated through the browser's debugging channel, not as a <script> tag: the pages' own
    # Content-Security-Policy (no inline scripts) stays in force for everything they run.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async (exclude) => {
            const context = exclude.length ? {exclude: exclude.map(s => [s])} : document;
            const found = await axe.run(context, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
            return found.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }""",
        list(exclude),
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]

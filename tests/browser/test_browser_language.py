"""The browser's own controls speak the page's language: Chromium started in Finnish or Swedish
(tests/browser/locale.py, with Debian's chromium-l10n) names the file field's state and the date
field's parts in that language and orders the date as the locale does, and our labels add no
format hint of their own that could disagree with what the date field shows.

Read from Chromium's accessibility tree (what a screen reader hears), through its debugging channel.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import PAGE_TIMEOUT_MS
from tests.browser.locale import context_options

EXPECTED = {
    "fi": {"no_file": "Ei valittua tiedostoa", "date_parts": ["Päivä", "Kuukausi", "Vuosi"]},
    "sv": {"no_file": "Ingen fil har valts", "date_parts": ["År", "Månad", "Dag"]},
}
ENGLISH_CONTROLS = {"Choose File", "No file chosen", "Show date picker", "Day", "Month", "Year"}


def accessibility_tree(browser: Browser, url: str, lang: str) -> list[dict]:
    context = browser.new_context(**context_options(lang))
    try:
        page = context.new_page()
        page.goto(url, timeout=PAGE_TIMEOUT_MS)
        return context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    finally:
        context.close()


def said(node: dict, key: str) -> str:
    return str(node.get(key, {}).get("value", ""))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_check_page_controls_speak_the_page_language(browsers, site: str, lang: str) -> None:
    nodes = accessibility_tree(browsers(lang), f"{site}/check?lang={lang}", lang)
    file_field = [n for n in nodes if said(n, "role") == "button" and said(n, "value")]
    assert [said(n, "value") for n in file_field] == [EXPECTED[lang]["no_file"]]
    date_parts = [said(n, "name").split(" ")[0] for n in nodes if said(n, "role") == "spinbutton"]
    assert date_parts == EXPECTED[lang]["date_parts"]
    names = {said(n, "name") for n in nodes} | {said(n, "value") for n in nodes}
    assert not {name for name in names for word in ENGLISH_CONTROLS if word in name.split(" ")}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_date_field_is_named_by_its_label_alone(browsers, site: str, lang: str) -> None:
    """The date field shows its own format (pp.kk.vvvv, åååå-mm-dd): no "(VVVV-KK-PP)" beside it."""
    nodes = accessibility_tree(browsers(lang), f"{site}/check?lang={lang}", lang)
    dates = [said(n, "name") for n in nodes if said(n, "role") == "Date"]
    assert dates == [{"fi": "Voimaantulopäivä", "sv": "Ikraftträdandedag"}[lang]]

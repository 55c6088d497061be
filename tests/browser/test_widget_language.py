"""The vendored widgets speak the page's language: YASGUI's, Swagger UI's and ReDoc's own controls, as drawn
in Chromium (also what they draw after a query has run or an operation was opened), hold none of
the widget's English texts that our tables give words for, and show ours instead."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from kg_service.i18n import missing_translations
from kg_service.i18n.widgets import REDOC, SWAGGER, TABLE, YASGUI, patterns
from tests.browser.test_workflows import BUNDLE_TIMEOUT_MS

CONTROL_TEXTS = """(root) => {
  const texts = [];
  const element = document.querySelector(root);
  const skip = ".CodeMirror-lines, .CodeMirror-gutters, pre, code, table.dataTable tbody";
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.closest(skip) && node.nodeValue.trim()) texts.push(node.nodeValue.trim());
  }
  element.querySelectorAll("[title], [aria-label], [placeholder]").forEach((e) => {
    ["title", "aria-label", "placeholder"].forEach((a) => e.getAttribute(a) && texts.push(e.getAttribute(a)));
  });
  return texts;
}"""


def english_controls(texts: list[str], table: dict, lang: str) -> set[str]:
    """The widget's own English texts (the rows' ``en``) still shown, pattern rows included
    (a word that is the same in ``lang``, such as Schema in Swedish, is not English there)."""
    plain = {row["en"] for row in table.values() if "{" not in row["en"] and row["en"] != row[lang]}
    tails = [row["en"].split("}")[-1] for row in table.values() if "{" in row["en"]]
    return {t for t in texts if t in plain or any(tail.strip() and t.endswith(tail) for tail in tails)}


@pytest.mark.parametrize(
    ("lang", "run_query", "results"), [("fi", "Suorita kysely", "tulosta"), ("sv", "Kör frågan", "resultat")]
)
def test_yasgui_controls_in_the_page_language(
    page: Page, site: str, lang: str, run_query: str, results: str
) -> None:
    page.goto(f"{site}/sparql?lang={lang}", wait_until="networkidle")
    expect(page.locator("#yasgui[data-ready=true]")).to_have_count(1, timeout=BUNDLE_TIMEOUT_MS)
    page.click("button.open-example[data-example='roles']")
    with page.expect_response(lambda r: r.url.startswith(f"{site}/sparql") and r.request.method == "POST"):
        page.evaluate("window.kgYasgui.getTab().getYasqe().query()")
    expect(page.locator(".yasr:visible table.dataTable tbody tr").first).to_be_visible()
    texts = page.evaluate(CONTROL_TEXTS, "#yasgui")
    assert english_controls(texts, YASGUI, lang) == set()
    assert run_query in texts and any(results in t for t in texts)


@pytest.mark.parametrize(("lang", "try_it"), [("fi", "Kokeile"), ("sv", "Prova")])
def test_swagger_controls_in_the_page_language(page: Page, site: str, lang: str, try_it: str) -> None:
    page.goto(f"{site}/docs?lang={lang}", wait_until="networkidle")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible(timeout=BUNDLE_TIMEOUT_MS)
    page.locator(".opblock-summary").first.click()
    expect(page.locator("button.try-out__btn").first).to_have_text(try_it)
    page.locator("button.try-out__btn").first.click()
    page.locator("button.execute").first.click()
    texts = page.evaluate(CONTROL_TEXTS, "#swagger-ui")
    assert english_controls(texts, SWAGGER, lang) == set()


def test_every_widget_text_has_all_three_languages_and_patterns_keep_their_values() -> None:
    for table in (YASGUI, SWAGGER, REDOC, TABLE):
        assert missing_translations(table) == []
    for source, ours in patterns(YASGUI, "fi"):
        python = re.compile(source.replace("(?<", "(?P<"))
        assert set(python.groupindex) == set(re.findall(r"\$<(\w+)>", ours))


@pytest.mark.parametrize(("lang", "responses"), [("fi", "Vastaukset"), ("sv", "Svar")])
def test_redoc_controls_in_the_page_language(page: Page, site: str, lang: str, responses: str) -> None:
    page.goto(f"{site}/redoc?lang={lang}", wait_until="networkidle")
    expect(page.locator("redoc .api-content").first).to_be_visible(timeout=BUNDLE_TIMEOUT_MS)
    expect(page.locator("redoc[data-relabelled=true]")).to_have_count(1)
    texts = page.evaluate(CONTROL_TEXTS, "redoc")
    assert english_controls(texts, REDOC, lang) == set()
    assert responses in texts

"""Screenshots of every page kind in Finnish and Swedish, for the README and for looking at.

    python -m scripts.take_screenshots [--out docs/screenshots] [--full]

Serves the shipped graph on 127.0.0.1, opens each page of tests/browser/pages.py in Debian's
Chromium (headless, 1280 px wide, started in the page's language so that its own controls,
the file button and the date fields, speak it too: tests/browser/locale.py) and saves
``<kind>-<lang>.png`` in 256 colours: the first screen, or with
``--full`` the whole page (for reviewing, not for the repository). The SPARQL page is taken once
YASGUI is ready and has run its starter query, so the picture shows the editor and a result.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore
from tests.browser.locale import context_options, launch_options
from tests.browser.pages import PAGE_KINDS
from tests.servers import running_app

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
WIDGET_TIMEOUT_MS = 60_000


def to_palette(path: Path) -> None:
    """The picture in 256 colours: a page of text and flat colours looks the same at under half
    the bytes, which keeps fifty screenshots in the repository small (Pillow comes with WeasyPrint)."""
    with Image.open(path) as picture:
        reduced = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    reduced.save(path, "PNG", optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--full", action="store_true", help="the whole page, not the first screen")
    parser.add_argument("--only", nargs="*", help="page kinds to take (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    store = EmbeddedStore.from_files(ontology_files() + instance_files())
    kinds = [k for k in PAGE_KINDS if not args.only or k[0] in args.only]
    kinds += [(k, f"/{k}", ()) for k in ("docs", "redoc") if not args.only or k in args.only]
    with running_app(create_app(store, Settings())) as base, sync_playwright() as playwright:
        for lang in ("fi", "sv"):
            # the browser's own controls (file chooser, date fields) in the reader's language too
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, **launch_options(lang)
            )
            for kind, path, _ in kinds:
                page = browser.new_page(viewport={"width": 1280, "height": 900}, **context_options(lang))
                page.goto(
                    base + path + ("&" if "?" in path else "?") + f"lang={lang}", wait_until="networkidle"
                )
                if path.startswith("/sparql"):
                    page.wait_for_selector("#yasgui[data-ready=true]", timeout=WIDGET_TIMEOUT_MS)
                    page.evaluate("window.kgYasgui.getTab().getYasqe().query()")
                    page.wait_for_selector(".yasr table.dataTable tbody tr", timeout=WIDGET_TIMEOUT_MS)
                if path.startswith("/docs"):
                    page.wait_for_selector(".swagger-ui .opblock", timeout=WIDGET_TIMEOUT_MS)
                    page.locator(".opblock-summary").first.click()
                if path.startswith("/redoc"):
                    page.wait_for_selector(
                        "redoc[data-relabelled=true] .api-content", timeout=WIDGET_TIMEOUT_MS
                    )
                target = args.out / f"{kind}-{lang}.png"
                page.screenshot(path=str(target), full_page=args.full)
                to_palette(target)
                page.close()
            browser.close()


if __name__ == "__main__":
    main()

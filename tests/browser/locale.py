"""How to start Chromium in a reader's language, so its own controls (the file field's button,
the date field's order and names) are Finnish or Swedish like the page around them.

On Linux Chromium takes its interface language from the environment (LANGUAGE, LC_ALL), not
from ``--lang`` alone, and needs Debian's chromium-l10n (scripts/install-test.d/32-browser-locales.sh)
for anything but en-US. The context's ``locale`` sets Accept-Language and the page's own
``navigator.language``. Used by the browser tests and scripts/take_screenshots.py.
"""

from __future__ import annotations

import os
from typing import Any

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def launch_options(lang: str) -> dict[str, Any]:
    """Playwright's launch keywords for a browser whose own controls speak ``lang``."""
    posix = LOCALES[lang].replace("-", "_")
    env = {**os.environ, "LANGUAGE": posix, "LC_ALL": f"{posix}.UTF-8", "LANG": f"{posix}.UTF-8"}
    return {"args": [f"--lang={LOCALES[lang]}"], "env": env}


def context_options(lang: str) -> dict[str, Any]:
    """Playwright's context keywords for a reader of ``lang`` (locale, hence Accept-Language)."""
    return {"locale": LOCALES[lang]}

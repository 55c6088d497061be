"""Every string a user sees, in Finnish, Swedish and English, and how a request picks its language.

Users are Finnish civil servants: Finnish first, Swedish second (both official), English third.
Text lives in tables (one module per area: ``errors``, ``web``, ...), each a mapping of a key to
its three translations, so that a test can require every key in every language and a Finnish
output never falls back to English. Code asks for ``text(TABLE, key, lang, **values)``.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
"""The languages of the service, in order of preference."""

DEFAULT_LANGUAGE = "fi"

Table = Mapping[str, Mapping[str, str]]
"""key -> {language -> text}; text may hold str.format fields such as {name}."""


def negotiate(requested: str | None, accept_language: str | None = None) -> str:
    """The language to answer in: an explicit choice, else the best of Accept-Language, else Finnish."""
    if requested in LANGUAGES:
        return requested
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, index, primary))
    return sorted(ranked)[0][2] if ranked else DEFAULT_LANGUAGE


def text(table: Table, key: str, lang: str, **values: object) -> str:
    """The text of ``key`` in ``lang`` with ``values`` filled in (KeyError for an unknown key)."""
    translations = table[key]
    template = translations.get(lang) or translations[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def missing_translations(table: Table) -> list[str]:
    """Keys of ``table`` lacking a language (a test requires none)."""
    return [f"{key}:{lang}" for key, row in table.items() for lang in LANGUAGES if not row.get(lang)]

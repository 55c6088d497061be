"""Language choice for a request (explicit choice, then Accept-Language, then Finnish)."""

from __future__ import annotations

import pytest

from kg_service.i18n import missing_translations, negotiate, text


@pytest.mark.parametrize(
    ("requested", "header", "expected"),
    [
        ("sv", "en", "sv"),
        (None, "sv-FI,sv;q=0.9,en;q=0.5", "sv"),
        (None, "de, en;q=0.4, fi;q=0.8", "fi"),
        (None, "en-GB", "en"),
        (None, "de", "fi"),
        (None, None, "fi"),
        ("xx", "sv;q=0", "fi"),
    ],
)
def test_negotiate(requested: str | None, header: str | None, expected: str) -> None:
    assert negotiate(requested, header) == expected


def test_text_and_missing_translations() -> None:
    table = {
        "hello": {"fi": "Hei {name}", "sv": "Hej {name}", "en": "Hello {name}"},
        "bye": {"fi": "Hei hei"},
    }
    assert text(table, "hello", "sv", name="Aino") == "Hej Aino"
    assert text(table, "bye", "en") == "Hei hei"
    assert missing_translations(table) == ["bye:sv", "bye:en"]

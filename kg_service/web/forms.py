"""Reading form values a page was sent: bounded, typed, and refused with a message in the page language.

Every value is checked before it reaches a query: dates must be real dates, choices must be ones
the form offered. A refused value becomes a ``FieldError`` the page shows next to the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg_service.i18n import text
from kg_service.i18n.web import WEB

MAX_FIELD = 500
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class FieldError:
    """A message for one form field (``field`` is the input's id, for a link to it)."""

    field: str | None
    message: str


def field_value(raw: str | None, name: str, lang: str, errors: list[FieldError]) -> str | None:
    """The trimmed value, or None when empty; an over-long value is refused."""
    if raw is None or not raw.strip():
        return None
    if len(raw) > MAX_FIELD:
        errors.append(FieldError(name, text(WEB, "error.too_long", lang, limit=MAX_FIELD)))
        return None
    return raw.strip()


def date_value(raw: str | None, name: str, lang: str, errors: list[FieldError]) -> str | None:
    """An ISO date (YYYY-MM-DD), or None when empty."""
    found = field_value(raw, name, lang, errors)
    if found is None:
        return None
    if ISO_DATE.match(found):
        try:
            return date.fromisoformat(found).isoformat()
        except ValueError:
            pass
    errors.append(FieldError(name, text(WEB, "error.bad_date", lang, value=found[:40])))
    return None


def choice_value(
    raw: str | None, name: str, offered: set[str], lang: str, errors: list[FieldError]
) -> str | None:
    """One of the IRIs the form offered, or None when empty."""
    found = field_value(raw, name, lang, errors)
    if found is None:
        return None
    if found not in offered:
        errors.append(FieldError(name, text(WEB, "error.unknown_choice", lang, value=found[:80])))
        return None
    return found

"""Reading form values a page was sent: bounded, typed, and refused with a message in the page language.

Every value is checked before it reaches a query: dates must be real dates, choices must be ones
the form offered. A refused value becomes a ``FieldError`` the page shows next to the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from fastapi import Request

from kg_service.i18n import text
from kg_service.i18n.web import WEB
from kg_service.web.session import WorkspaceRefusal

MAX_FIELD = 500
MAX_FORM_BYTES = 64_000
MAX_FORM_FIELDS = 40
MAX_FORM_VALUE = 4_000
"""Bounds of a posted form (bytes, fields, characters of one value): the edit forms are small."""
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


async def read_form(request: Request) -> dict[str, str]:
    """A posted form's text fields, every size bounded before parsing; a file or an over-long value
    is dropped, so a hostile body costs at most MAX_FORM_BYTES."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise WorkspaceRefusal(413, "workspace.form_too_large")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_FORM_BYTES:
            raise WorkspaceRefusal(413, "workspace.form_too_large")
    request._body = bytes(body)
    form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_FORM_BYTES)
    return {k: v for k, v in form.items() if isinstance(v, str) and len(v) <= MAX_FORM_VALUE}

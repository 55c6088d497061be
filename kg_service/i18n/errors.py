"""Error messages of the API and the pages, in fi, sv and en.

The API answers in the request's language (`lang`, else Accept-Language, else Finnish) through
kg_service.api.errors; an error raised with a key of this table is translated there, one raised
with plain text keeps its text. Add a key here when you add an error a user can meet.
"""

from __future__ import annotations

from kg_service.i18n import Table

ERRORS: Table = {
    "upload.too_large": {
        "fi": "Luonnos on liian suuri (enintään {limit} tavua).",
        "sv": "Utkastet är för stort (högst {limit} byte).",
        "en": "The draft is larger than {limit} bytes.",
    },
    "upload.missing": {
        "fi": "Lähetä luonnostiedosto lomakkeen kentässä ”draft”.",
        "sv": "Skicka utkastfilen i formulärfältet ”draft”.",
        "en": "Send the draft file in the form field 'draft'.",
    },
    "upload.unknown_type": {
        "fi": "Tiedoston ”{name}” muotoa ei tunneta: "
        "käytä CSV-, XLSX-, Turtle- (.ttl) tai JSON-LD-tiedostoa.",
        "sv": "Filen ”{name}” har ett okänt format: använd en CSV-, XLSX-, Turtle- (.ttl) eller JSON-LD-fil.",
        "en": "The file '{name}' has an unknown format: send a CSV, XLSX, Turtle (.ttl) or JSON-LD file.",
    },
}

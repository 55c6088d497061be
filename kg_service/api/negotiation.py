"""Content negotiation: pick a serialisation from a `format` parameter or the Accept header.

An explicit `format` wins over Accept. Accept is read with its q-values; the first supported
media type of highest preference is taken; anything else falls back to the default.
"""

from __future__ import annotations

from kg_service.i18n import LANGUAGES, negotiate
from kg_service.i18n.errors import Localised
from kg_service.queries.stored import ParameterError

MEDIA_TO_FORMAT = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "text/html": "html",
}
FORMATS = {"json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld", "rdfxml", "html"}


def parse_accept(accept: str | None) -> list[str]:
    """Media types of an Accept header, most preferred first."""
    if not accept:
        return []
    weighted = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            weighted.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(weighted)]


def normalise_formats(values: list[str], allowed: set[str]) -> str | None:
    """The first usable one of several `format` values, each a short name or a media type.

    Clients differ here: SPARQLWrapper sends both `format=tsv` and
    `format=text/tab-separated-values`. None when no value was given.
    """
    if not values:
        return None
    for raw in values:
        fmt = MEDIA_TO_FORMAT.get(raw.strip().lower(), raw.strip().lower())
        if fmt in allowed:
            return fmt
    return values[0]


def choose_format(explicit: str | None, accept: str | None, allowed: set[str], default: str) -> str:
    """The format to answer in: ``explicit`` if given (and allowed), else from Accept."""
    if explicit:
        explicit = MEDIA_TO_FORMAT.get(explicit.lower(), explicit.lower())
        if explicit not in allowed:
            raise ParameterError(
                "format",
                Localised("param.not_format", value=repr(explicit), allowed=", ".join(sorted(allowed))),
            )
        return explicit
    for media in parse_accept(accept):
        fmt = MEDIA_TO_FORMAT.get(media)
        if fmt in allowed:
            return fmt
    return default


def choose_language(explicit: str | None, accept_language: str | None) -> str:
    """fi, sv or en: the `lang` parameter, else the first supported Accept-Language, else fi."""
    if explicit and explicit not in LANGUAGES:
        raise ParameterError("lang", Localised("param.not_language", value=repr(explicit)))
    return negotiate(explicit, accept_language)

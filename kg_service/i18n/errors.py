"""Error messages of the API and the pages, in fi, sv and en.

The API answers in the request's language (`lang`, else Accept-Language, else Finnish) through
kg_service.api.errors; an error raised with a key of this table is translated there, one raised
with plain text keeps its text. Add a key here when you add an error a user can meet.
"""

from __future__ import annotations

from kg_service.i18n import Table, text

ERRORS: Table = {
    "parameter": {
        "fi": "parametri ”{parameter}”: {reason}",
        "sv": "parametern ”{parameter}”: {reason}",
        "en": "parameter '{parameter}': {reason}",
    },
    "not_found": {"fi": "Ei löytynyt.", "sv": "Hittades inte.", "en": "Not Found"},
    "method_not_allowed": {
        "fi": "Menetelmä ei ole sallittu tässä osoitteessa.",
        "sv": "Metoden är inte tillåten på den här adressen.",
        "en": "Method Not Allowed",
    },
    "param.not_date": {
        "fi": "ei päivämäärä: {value} (käytä muotoa VVVV-KK-PP)",
        "sv": "inte ett datum: {value} (använd formen ÅÅÅÅ-MM-DD)",
        "en": "not a date: {value} (use YYYY-MM-DD)",
    },
    "param.not_iri": {
        "fi": "ei IRI eikä tunnettu tunniste: {value} (käytä koko IRI:ä, es:actor/tem tai actor/tem)",
        "sv": "inte en IRI eller känd identifierare: {value} (använd hel IRI, es:actor/tem eller actor/tem)",
        "en": "not an IRI or known id: {value} (use a full IRI, es:actor/tem or actor/tem)",
    },
    "param.not_language": {
        "fi": "kieltä ei tueta: {value} (käytä fi, sv tai en)",
        "sv": "språket stöds inte: {value} (använd fi, sv eller en)",
        "en": "not a supported language: {value} (use fi, sv or en)",
    },
    "param.not_integer": {
        "fi": "ei kokonaisluku: {value}",
        "sv": "inte ett heltal: {value}",
        "en": "not a whole number: {value}",
    },
    "param.too_long": {
        "fi": "pidempi kuin 500 merkkiä",
        "sv": "längre än 500 tecken",
        "en": "longer than 500 characters",
    },
    "param.empty": {
        "fi": "arvo on tyhjä (jätä parametri pois, jos et halua rajata sillä)",
        "sv": "värdet är tomt (utelämna parametern om du inte vill avgränsa med den)",
        "en": "the value is empty (leave the parameter out to drop the filter)",
    },
    "param.required": {"fi": "on pakollinen", "sv": "är obligatorisk", "en": "is required"},
    "param.period_order": {
        "fi": "alku ({first}) on lopun ({last}) jälkeen",
        "sv": "början ({first}) är efter slutet ({last})",
        "en": "'from' ({first}) is after 'to' ({last})",
    },
    "param.not_status": {
        "fi": "tuntematon tila: {value} (käytä: not-started, in-progress tai done)",
        "sv": "okänd status: {value} (använd: not-started, in-progress eller done)",
        "en": "unknown status: {value} (use not-started, in-progress or done)",
    },
    "param.not_quarter": {
        "fi": "ei vuosineljännes: {value} (käytä muotoa VVVV-Qn, esim. 2023-Q4)",
        "sv": "inte ett kvartal: {value} (använd formen ÅÅÅÅ-Qn, t.ex. 2023-Q4)",
        "en": "not a quarter: {value} (use YYYY-Qn, e.g. 2023-Q4)",
    },
    "unknown_id": {
        "fi": "tuntematon tunniste: {value} (tietoverkossa ei ole tällaista solmua)",
        "sv": "okänd identifierare: {value} (ingen sådan nod i grafen)",
        "en": "unknown id: {value} (no such node in the graph)",
    },
    "no_entity": {
        "fi": "tietoverkossa ei ole kohdetta {iri}",
        "sv": "grafen har ingen entitet {iri}",
        "en": "no entity {iri} in the graph",
    },
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
    "query.service": {
        "fi": "Hajautetut kyselyt (SERVICE) eivät ole sallittuja tässä palvelussa.",
        "sv": "Federerade frågor (SERVICE) är inte tillåtna i den här tjänsten.",
        "en": "federated queries (SERVICE) are not allowed on this endpoint",
    },
    "body.too-large": {
        "fi": "Pyynnön runko on suurempi kuin {limit} tavua.",
        "sv": "Begärans innehåll är större än {limit} byte.",
        "en": "the request body is larger than {limit} bytes",
    },
    "body.length": {
        "fi": "Content-Length ei ole luku.",
        "sv": "Content-Length är inte ett tal.",
        "en": "Content-Length is not a number",
    },
    "body.too-deep": {
        "fi": "Pyynnön runko on liian syvälle sisäkkäinen luettavaksi.",
        "sv": "Begärans innehåll är för djupt nästlat för att läsas.",
        "en": "the request body is nested too deeply to read",
    },
    "query.timeout": {
        "fi": "Kysely ylitti {seconds} sekunnin aikarajan ja keskeytettiin; rajaa kyselyä tai lisää LIMIT.",
        "sv": "Frågan överskred tidsgränsen på {seconds} sekunder och avbröts; avgränsa den eller lägg "
        "till LIMIT.",
        "en": "the query ran past the time limit of {seconds} s and was stopped; narrow it or add a LIMIT",
    },
    "query.memory": {
        "fi": "Kysely tarvitsi yli {megabytes} Mt muistia ja keskeytettiin; rajaa kyselyä tai lisää LIMIT.",
        "sv": "Frågan behövde mer än {megabytes} MB minne och avbröts; avgränsa den eller lägg till LIMIT.",
        "en": "the query needed more than {megabytes} MB of memory and was stopped; narrow it or add a LIMIT",
    },
    "query.busy": {
        "fi": "Kaikki {workers} kyselyprosessia ovat varattuja; yritä hetken kuluttua uudelleen.",
        "sv": "Alla {workers} frågeprocesser är upptagna; försök igen om en stund.",
        "en": "all {workers} query workers are busy; try again in a moment",
    },
    "query.client_busy": {
        "fi": "Sinulla on jo {limit} kyselyä tai tarkistusta käynnissä; odota, että ne valmistuvat, "
        "ja yritä uudelleen.",
        "sv": "Du har redan {limit} frågor eller granskningar igång; vänta tills de är klara och "
        "försök igen.",
        "en": "you already have {limit} queries or checks running; wait for them to finish and try again",
    },
    "check.timeout": {
        "fi": "Luonnoksen tarkistus ylitti {seconds} sekunnin aikarajan ja keskeytettiin; jaa luonnos osiin.",
        "sv": "Granskningen av utkastet överskred tidsgränsen på {seconds} sekunder och avbröts; "
        "dela upp utkastet.",
        "en": "the check ran past the time limit of {seconds} s and was stopped; split the draft",
    },
    "check.memory": {
        "fi": "Luonnoksen tarkistus tarvitsi yli {megabytes} Mt muistia ja keskeytettiin; jaa luonnos osiin.",
        "sv": "Granskningen av utkastet behövde mer än {megabytes} MB minne och avbröts; dela upp utkastet.",
        "en": "the check needed more than {megabytes} MB of memory and was stopped; split the draft",
    },
    "service.fault": {
        "fi": "Palvelussa tapahtui odottamaton virhe; se on kirjattu lokiin.",
        "sv": "Ett oväntat fel inträffade i tjänsten; det har loggats.",
        "en": "an unexpected failure of the service; it has been logged",
    },
}


class Localised(str):
    """An error message that knows its key: reads as English, and can be said in fi or sv.

    Raise sites pass ``Localised(key, **values)`` where they passed text; the API's error handlers
    say it in the request's language (kg_service.api.errors), logs and the CLI keep English.
    """

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, **values: object) -> Localised:
        made = super().__new__(cls, text(ERRORS, key, "en", **values))
        made.key, made.values = key, values
        return made

    def say(self, lang: str) -> str:
        """The message in ``lang``."""
        return text(ERRORS, self.key, lang, **self.values)


def say(message: object, lang: str) -> str:
    """A message in ``lang`` when it is Localised, else as it is."""
    return message.say(lang) if isinstance(message, Localised) else str(message)

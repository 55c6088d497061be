"""Error messages of the API and the pages, in fi, sv and en.

The API answers in the request's language (`lang`, else Accept-Language, else Finnish) through
kg_service.api.errors; an error raised with a key of this table is translated there, one raised
with plain text keeps its text. Add a key here when you add an error a user can meet.
"""

from __future__ import annotations

import re

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
    "param.not_format": {
        "fi": "tuntematon muoto: {value} (käytä: {allowed})",
        "sv": "okänt format: {value} (använd: {allowed})",
        "en": "unsupported format {value} (use one of: {allowed})",
    },
    "param.drawn_as": {
        "fi": "kaaviota {kind} ei piirretä muodossa {value} (muodot: {allowed})",
        "sv": "diagrammet {kind} ritas inte som {value} (format: {allowed})",
        "en": "{kind} is drawn as {allowed}, not {value}",
    },
    "param.not_in_graph": {
        "fi": "tietoverkossa ei ole tällaista kohdetta: {iri}",
        "sv": "ingen sådan nod i grafen: {iri}",
        "en": "no such {name} in the graph: {iri}",
    },
    "param.not_a_parameter": {
        "fi": "ei kyselyn {query} parametri (parametrit: {known})",
        "sv": "inte en parameter för frågan {query} (parametrar: {known})",
        "en": "not a parameter of query '{query}' (it takes: {known})",
    },
    "param.period_missing": {
        "fi": "anna alku (from) ja loppu (to) muodossa VVVV-KK-PP tai vuosineljännes (quarter)",
        "sv": "ange början (from) och slut (to) i formen ÅÅÅÅ-MM-DD eller ett kvartal (quarter)",
        "en": "give 'from' and 'to' (YYYY-MM-DD) or 'quarter'",
    },
    "param.no_history": {
        "fi": "tämä palvelu lukee etätietovarastoa, joka ei säilytä muutoshistoriaa",
        "sv": "den här tjänsten läser ett fjärrlager, som inte sparar någon historik",
        "en": "this service reads a remote store, which keeps no history",
    },
    "param.body_not_json": {
        "fi": "runko ei ole kelvollista JSONia",
        "sv": "innehållet är inte giltig JSON",
        "en": "the body is not valid JSON",
    },
    "param.body_not_object": {
        "fi": "lähetä JSON-olio, jossa parametrien nimet ja niiden tekstiarvot",
        "sv": "skicka ett JSON-objekt med parameternamn och deras textvärden",
        "en": "send a JSON object of parameter names to text values",
    },
    "param.too_short": {
        "fi": "vähintään {limit} merkkiä",
        "sv": "minst {limit} tecken",
        "en": "at least {limit} characters",
    },
    "param.too_long_by": {
        "fi": "enintään {limit} merkkiä",
        "sv": "högst {limit} tecken",
        "en": "at most {limit} characters",
    },
    "param.at_least": {"fi": "vähintään {limit}", "sv": "minst {limit}", "en": "at least {limit}"},
    "param.at_most": {"fi": "enintään {limit}", "sv": "högst {limit}", "en": "at most {limit}"},
    "param.not_allowed_value": {
        "fi": "ei sallittu arvo (sallitut: {allowed})",
        "sv": "inte ett tillåtet värde (tillåtna: {allowed})",
        "en": "not an allowed value (use {allowed})",
    },
    "param.invalid": {"fi": "virheellinen arvo", "sv": "ogiltigt värde", "en": "not a valid value"},
    "request": {"fi": "pyyntö", "sv": "begäran", "en": "request"},
    "unknown_task": {
        "fi": "tuntematon tehtävä: {value}",
        "sv": "okänd uppgift: {value}",
        "en": "unknown task: {value}",
    },
    "unknown_process": {
        "fi": "tuntematon osa tai työvirta: {value}",
        "sv": "okänd del eller arbetsflöde: {value}",
        "en": "unknown part or workstream: {value}",
    },
    "unknown_area": {
        "fi": "tuntematon työllisyysalue: {value}",
        "sv": "okänt sysselsättningsområde: {value}",
        "en": "unknown employment area: {value}",
    },
    "unknown_theme": {
        "fi": "tuntematon kansallinen teema: {value}",
        "sv": "okänt nationellt tema: {value}",
        "en": "unknown national theme: {value}",
    },
    "unknown_query": {
        "fi": "tuntematon tallennettu kysely: {value} (luettelo: /api/queries)",
        "sv": "okänd sparad fråga: {value} (förteckning: /api/queries)",
        "en": "unknown stored query: {value} (see /api/queries)",
    },
    "unknown_kind": {
        "fi": "tuntematon kaaviolaji: {value} (lajit: {kinds})",
        "sv": "okänd diagramtyp: {value} (typer: {kinds})",
        "en": "unknown diagram kind {value} (kinds: {kinds})",
    },
    "unknown_term": {
        "fi": "ei sanastomme luokka, ominaisuus, muoto eikä käsitejärjestelmä: {value}",
        "sv": "inte en klass, egenskap, form eller begreppsordning i vår vokabulär: {value}",
        "en": "not a class, property, shape or concept scheme of ours: {value}",
    },
    "unknown_download": {
        "fi": "tuntematon lataus: {value} (tarjolla: {offered})",
        "sv": "okänd nedladdning: {value} (erbjuds: {offered})",
        "en": "no such download: {value} (offered: {offered})",
    },
    "upload.content_type": {
        "fi": "sisältötyyppiä {value} ei tueta: lähetä luonnos muodossa {allowed}",
        "sv": "innehållstypen {value} stöds inte: skicka utkastet som {allowed}",
        "en": "unsupported Content-Type {value}; send the draft as {allowed}",
    },
    "query.estimate": {
        "fi": "Tietovarasto arvioi kyselyn kestävän yli {seconds} sekuntia: rajaa sitä.",
        "sv": "Datalagret uppskattar att frågan skulle ta mer än {seconds} sekunder: avgränsa den.",
        "en": "the store estimates the query would run past {seconds} s; narrow it",
    },
    "query.too_many_rows": {
        "fi": "Tuloksessa on yli {limit} riviä: lisää LIMIT tai rajaa kyselyä.",
        "sv": "Resultatet har fler än {limit} rader: lägg till LIMIT eller avgränsa frågan.",
        "en": "the result has more than {limit} rows; add a LIMIT or narrow the query",
    },
    "query.too_many_triples": {
        "fi": "Tuloksessa on yli {limit} kolmikkoa: lisää LIMIT tai rajaa kyselyä.",
        "sv": "Resultatet har fler än {limit} tripler: lägg till LIMIT eller avgränsa frågan.",
        "en": "the result has more than {limit} triples; add a LIMIT or narrow the query",
    },
    "query.syntax": {
        "fi": "SPARQL-kyselyssä on kielioppivirhe{where}.",
        "sv": "SPARQL-frågan har ett syntaxfel{where}.",
        "en": "SPARQL syntax error: {detail}",
    },
    "query.syntax_at": {
        "fi": " rivillä {line}, sarakkeessa {column}",
        "sv": " på rad {line}, kolumn {column}",
        "en": " at line {line}, column {column}",
    },
    "query.rejected": {
        "fi": "Tietovarasto hylkäsi kyselyn.",
        "sv": "Datalagret avvisade frågan.",
        "en": "the store rejected the query: {detail}",
    },
    "query.failed": {
        "fi": "Kysely epäonnistui.",
        "sv": "Frågan misslyckades.",
        "en": "the query failed: {detail}",
    },
    "query.not_select": {
        "fi": "ei SELECT-kysely",
        "sv": "inte en SELECT-fråga",
        "en": "not a SELECT query",
    },
    "query.missing": {
        "fi": "parametri ”query” puuttuu (SPARQL 1.1 -kysely)",
        "sv": "parametern ”query” saknas (en SPARQL 1.1-fråga)",
        "en": "missing 'query' parameter (a SPARQL 1.1 query)",
    },
    "query.too_long": {
        "fi": "Kysely on pidempi kuin {limit} tavua.",
        "sv": "Frågan är längre än {limit} byte.",
        "en": "the query is longer than {limit} bytes",
    },
    "query.update": {
        "fi": "SPARQL-päivitykset hylätään: tämä osoite on vain luettavissa.",
        "sv": "SPARQL-uppdateringar avvisas: den här adressen är skrivskyddad.",
        "en": "SPARQL updates are refused: this endpoint is read only",
    },
    "query.content_type": {
        "fi": "sisältötyyppiä {value} ei tueta: lähetä application/sparql-query "
        "tai application/x-www-form-urlencoded",
        "sv": "innehållstypen {value} stöds inte: skicka application/sparql-query "
        "eller application/x-www-form-urlencoded",
        "en": "unsupported content type {value}: send application/sparql-query "
        "or application/x-www-form-urlencoded",
    },
    "store.failed": {
        "fi": "Tietovarasto ei vastannut oikein; virhe on kirjattu lokiin.",
        "sv": "Datalagret svarade inte korrekt; felet har loggats.",
        "en": "the store failed: {detail}",
    },
    "tool.missing": {
        "fi": "Kaavion piirtämiseen tarvittavaa ohjelmaa ei ole asennettu palvelimelle.",
        "sv": "Programmet som behövs för att rita diagrammet är inte installerat på servern.",
        "en": "{detail}",
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
        made = super().__new__(cls, text(ERRORS, key, "en", **_said(values, "en")))
        made.key, made.values = key, values
        return made

    def say(self, lang: str) -> str:
        """The message in ``lang``."""
        return text(ERRORS, self.key, lang, **_said(self.values, lang))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled (across query worker processes) as its key and values, not as its English."""
        return (_localised, (self.key, self.values))


def _localised(key: str, values: dict[str, object]) -> Localised:
    return Localised(key, **values)


def _said(values: dict[str, object], lang: str) -> dict[str, object]:
    """Values that are messages themselves (a place in a query) said in ``lang`` too."""
    return {
        name: say(value, lang) if isinstance(value, Localised) else value for name, value in values.items()
    }


def say(message: object, lang: str) -> str:
    """A message in ``lang`` when it is Localised, else as it is."""
    return message.say(lang) if isinstance(message, Localised) else str(message)


def said(error: BaseException, lang: str) -> str:
    """An exception's message in ``lang``: its Localised argument, else its text."""
    return say(error.args[0], lang) if error.args else str(error)


POSITION = re.compile(r"(?:line[: ]+|at )(\d+)(?::|, col(?:umn)?[: ]+)(\d+)", re.IGNORECASE)


def syntax_error(detail: str) -> Localised:
    """A SPARQL syntax error: the parser's place (line, column) in words, its own text in English."""
    found = POSITION.search(detail)
    where = Localised("query.syntax_at", line=found[1], column=found[2]) if found else ""
    return Localised("query.syntax", detail=detail, where=where)

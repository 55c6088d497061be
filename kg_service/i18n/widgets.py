"""Our words for the controls of the vendored widgets (YASGUI, Swagger UI), in fi, sv and en.

The widgets are built in English and offer no Finnish or Swedish of their own. Each row's ``en``
is the widget's own text exactly as it renders it (the key to find it by); ``fi`` and ``sv`` are
what a reader sees instead. ``web/static/relabel.js`` swaps them in the page, including text the
widget adds later (results, expanded operations); DataTables' sentences with counts are given to
YASGUI's table as its ``language`` option (``TABLE``), where _START_, _END_, _TOTAL_ and _MENU_
are DataTables' own placeholders.
"""

from __future__ import annotations

import re

from kg_service.i18n import Table

YASGUI: Table = {
    "query": {"fi": "Kysely", "sv": "Fråga", "en": "Query"},
    "close-tab": {"fi": "Sulje välilehti", "sv": "Stäng fliken", "en": "Close tab"},
    "add-tab": {"fi": "Lisää välilehti", "sv": "Lägg till flik", "en": "Add tab"},
    "add-new-tab": {"fi": "Lisää uusi välilehti", "sv": "Lägg till en ny flik", "en": "Add a new tab"},
    "settings": {"fi": "Asetukset", "sv": "Inställningar", "en": "Settings"},
    "open-settings": {"fi": "Avaa asetukset", "sv": "Öppna inställningar", "en": "Open settings"},
    "request-method": {"fi": "Pyyntötapa", "sv": "Begäransmetod", "en": "Request method"},
    "accept-headers": {"fi": "Vastausmuodot (Accept)", "sv": "Svarsformat (Accept)", "en": "Accept Headers"},
    "ask-select": {"fi": "ASK / SELECT", "sv": "ASK / SELECT", "en": "Ask / Select"},
    "construct-describe": {
        "fi": "CONSTRUCT / DESCRIBE",
        "sv": "CONSTRUCT / DESCRIBE",
        "en": "Construct / Describe",
    },
    "arguments": {"fi": "URL-parametrit", "sv": "URL-parametrar", "en": "Arguments"},
    "header-arguments": {"fi": "Otsakkeet", "sv": "Huvuden", "en": "Header Arguments"},
    "default-graphs": {"fi": "Oletusgraafit", "sv": "Standardgrafer", "en": "Default Graphs"},
    "named-graphs": {"fi": "Nimetyt graafit", "sv": "Namngivna grafer", "en": "Named Graphs"},
    "table": {"fi": "Taulukko", "sv": "Tabell", "en": "Table"},
    "response": {"fi": "Vastaus", "sv": "Svar", "en": "Response"},
    "clear-endpoint": {"fi": "Tyhjennä osoite", "sv": "Töm adressen", "en": "Clear endpoint"},
    "share-query": {"fi": "Jaa kysely", "sv": "Dela frågan", "en": "Share query"},
    "run-query": {"fi": "Suorita kysely", "sv": "Kör frågan", "en": "Run query"},
    "shows-table": {"fi": "Näytä taulukkona", "sv": "Visa som tabell", "en": "Shows Table view"},
    "shows-response": {
        "fi": "Näytä vastaus sellaisenaan",
        "sv": "Visa svaret som det är",
        "en": "Shows Response view",
    },
    "download-results": {"fi": "Lataa tulokset", "sv": "Ladda ned resultaten", "en": "Download Results"},
    "doc-table": {
        "fi": "Taulukkonäkymän ohje",
        "sv": "Hjälp för tabellvyn",
        "en": "View documentation of Table",
    },
    "doc-response": {
        "fi": "Vastausnäkymän ohje",
        "sv": "Hjälp för svarsvyn",
        "en": "View documentation of Response",
    },
    "simple-view": {"fi": "Yksinkertainen näkymä", "sv": "Enkel vy", "en": "Simple view"},
    "ellipse": {"fi": "Lyhennä pitkät arvot", "sv": "Förkorta långa värden", "en": "Ellipse"},
    "filter-results": {"fi": "Suodata tuloksia", "sv": "Filtrera resultaten", "en": "Filter query results"},
    "show-all": {"fi": "Näytä kaikki", "sv": "Visa alla", "en": "Show all"},
    "close-other-tabs": {"fi": "Sulje muut välilehdet", "sv": "Stäng andra flikar", "en": "Close other tabs"},
    "close-settings": {"fi": "Sulje asetukset", "sv": "Stäng inställningar", "en": "Close settings"},
    "search-endpoint": {
        "fi": "Hae tai lisää kyselyosoite",
        "sv": "Sök eller lägg till en frågeadress",
        "en": "Search or add an endpoint",
    },
    "add-endpoint": {
        "fi": "Lisää osoite painamalla Enter",
        "sv": "Tryck på Enter för att lägga till adressen",
        "en": 'Press "enter" to add this endpoint',
    },
    "download-result": {"fi": "Lataa tulos", "sv": "Ladda ned resultatet", "en": "Download result"},
    "download-unsupported": {
        "fi": "Tätä näkymää ei voi ladata",
        "sv": "Den här vyn kan inte laddas ned",
        "en": "Download not supported",
    },
    "page-size": {"fi": "Rivejä sivulla:", "sv": "Rader per sida:", "en": "Page size:"},
    "curl": {"fi": "cURL-komento", "sv": "cURL-kommando", "en": "cURL"},
    "endpoint-down": {
        "fi": "Kyselyosoite ei vastaa",
        "sv": "Frågeadressen svarar inte",
        "en": "Endpoint is down",
    },
    "endpoint-wrong": {
        "fi": "Virheellinen kyselyosoite",
        "sv": "Felaktig frågeadress",
        "en": "Incorrect endpoint URL",
    },
    "no-response": {
        "fi": "Kyselyosoitteesta ei saatu vastausta. Mahdollisia syitä:",
        "sv": "Inget svar från frågeadressen. Möjliga orsaker:",
        "en": "Unable to get response from endpoint. Possible reasons:",
    },
    "new-window": {
        "fi": "Kokeile kyselyä uudessa selainikkunassa",
        "sv": "Prova frågan i ett nytt webbläsarfönster",
        "en": "Try query in a new browser window",
    },
    "error": {"fi": "Tapahtui virhe", "sv": "Ett fel inträffade", "en": "An error has occurred"},
    "all": {"fi": "Kaikki", "sv": "Alla", "en": "All"},
    "pagination": {"fi": "Sivutus", "sv": "Sidnumrering", "en": "pagination"},
    "first": {"fi": "Ensimmäinen sivu", "sv": "Första sidan", "en": "First"},
    "previous": {"fi": "Edellinen sivu", "sv": "Föregående sida", "en": "Previous"},
    "next": {"fi": "Seuraava sivu", "sv": "Nästa sida", "en": "Next"},
    "last": {"fi": "Viimeinen sivu", "sv": "Sista sidan", "en": "Last"},
    "results": {
        "fi": "{count} tulosta {seconds} sekunnissa",
        "sv": "{count} resultat på {seconds} sekunder",
        "en": "{count} results in {seconds} seconds",
    },
    "result": {
        "fi": "{count} tulos {seconds} sekunnissa",
        "sv": "{count} resultat på {seconds} sekunder",
        "en": "{count} result in {seconds} seconds",
    },
    "sort": {
        "fi": "{column}: lajittele painamalla",
        "sv": "{column}: sortera genom att trycka",
        "en": "{column}: Activate to sort",
    },
    "cannot-render": {
        "fi": "tulosta ei voi näyttää",
        "sv": "resultatet kan inte visas",
        "en": "cannot render result",
    },
}

TABLE: Table = {
    "info": {
        "fi": "Rivit _START_–_END_, yhteensä _TOTAL_",
        "sv": "Rader _START_–_END_ av _TOTAL_",
        "en": "Showing _START_ to _END_ of _TOTAL_ entries",
    },
    "infoEmpty": {"fi": "Ei rivejä", "sv": "Inga rader", "en": "Showing 0 to 0 of 0 entries"},
    "infoFiltered": {
        "fi": "(suodatettu _MAX_ rivistä)",
        "sv": "(filtrerat från _MAX_ rader)",
        "en": "(filtered from _MAX_ total entries)",
    },
    "lengthMenu": {"fi": "Näytä _MENU_ riviä", "sv": "Visa _MENU_ rader", "en": "Show _MENU_ entries"},
    "search": {"fi": "Hae:", "sv": "Sök:", "en": "Search:"},
    "zeroRecords": {"fi": "Ei osumia", "sv": "Inga träffar", "en": "No matching records found"},
    "emptyTable": {"fi": "Ei tuloksia", "sv": "Inga resultat", "en": "No data available in table"},
}

SWAGGER: Table = {
    "try-it-out": {"fi": "Kokeile", "sv": "Prova", "en": "Try it out"},
    "cancel": {"fi": "Peruuta", "sv": "Avbryt", "en": "Cancel"},
    "execute": {"fi": "Suorita", "sv": "Kör", "en": "Execute"},
    "clear": {"fi": "Tyhjennä", "sv": "Töm", "en": "Clear"},
    "parameters": {"fi": "Parametrit", "sv": "Parametrar", "en": "Parameters"},
    "no-parameters": {"fi": "Ei parametreja", "sv": "Inga parametrar", "en": "No parameters"},
    "responses": {"fi": "Vastaukset", "sv": "Svar", "en": "Responses"},
    "name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "code": {"fi": "Koodi", "sv": "Kod", "en": "Code"},
    "links": {"fi": "Linkit", "sv": "Länkar", "en": "Links"},
    "no-links": {"fi": "Ei linkkejä", "sv": "Inga länkar", "en": "No links"},
    "media-type": {"fi": "Mediatyyppi", "sv": "Medietyp", "en": "Media type"},
    "example-value": {"fi": "Esimerkkiarvo", "sv": "Exempelvärde", "en": "Example Value"},
    "schema": {"fi": "Skeema", "sv": "Schema", "en": "Schema"},
    "schemas": {"fi": "Skeemat", "sv": "Scheman", "en": "Schemas"},
    "request-body": {"fi": "Pyynnön runko", "sv": "Begärans innehåll", "en": "Request body"},
    "required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "server-response": {"fi": "Palvelimen vastaus", "sv": "Serverns svar", "en": "Server response"},
    "response-body": {"fi": "Vastauksen runko", "sv": "Svarets innehåll", "en": "Response body"},
    "response-headers": {"fi": "Vastauksen otsakkeet", "sv": "Svarets huvuden", "en": "Response headers"},
    "request-url": {"fi": "Pyynnön osoite", "sv": "Begärans adress", "en": "Request URL"},
    "details": {"fi": "Tiedot", "sv": "Detaljer", "en": "Details"},
    "download": {"fi": "Lataa", "sv": "Ladda ned", "en": "Download"},
    "undocumented": {"fi": "Kuvaamaton", "sv": "Odokumenterad", "en": "Undocumented"},
    "default": {"fi": "oletus", "sv": "standard", "en": "Default value"},
    "controls": {"fi": "Määrää", "sv": "Styr", "en": "Controls"},
    "header": {"fi": "-otsakkeen.", "sv": "-huvudet.", "en": "header."},
    "available-values": {"fi": "Sallitut arvot", "sv": "Tillåtna värden", "en": "Available values"},
    "parameter-content-type": {
        "fi": "Parametrin sisältötyyppi",
        "sv": "Parameterns innehållstyp",
        "en": "Parameter content type",
    },
    "loading": {"fi": "Ladataan...", "sv": "Laddar...", "en": "Loading..."},
    "servers": {"fi": "Palvelimet", "sv": "Servrar", "en": "Servers"},
    "expand-all": {"fi": "Avaa kaikki", "sv": "Öppna alla", "en": "Expand all"},
    "collapse-all": {"fi": "Sulje kaikki", "sv": "Stäng alla", "en": "Collapse all"},
    "copy": {"fi": "Kopioi leikepöydälle", "sv": "Kopiera till urklipp", "en": "Copy to clipboard"},
    "authorize": {"fi": "Tunnistaudu", "sv": "Autentisera", "en": "Authorize"},
    "close": {"fi": "Sulje", "sv": "Stäng", "en": "Close"},
    "logout": {"fi": "Kirjaudu ulos", "sv": "Logga ut", "en": "Logout"},
    "collapse-operation": {"fi": "Sulje toiminto", "sv": "Stäng operationen", "en": "Collapse operation"},
    "copy-path": {
        "fi": "Kopioi polku leikepöydälle",
        "sv": "Kopiera sökvägen till urklipp",
        "en": "Copy path to clipboard",
    },
    "media-type-label": {"fi": "Mediatyyppi", "sv": "Medietyp", "en": "Media Type"},
    "correct-errors": {
        "fi": "Korjaa seuraavat virheet ja yritä uudelleen.",
        "sv": "Rätta följande fel och försök igen.",
        "en": "Please correct the following validation errors and try again.",
    },
    "required-missing": {
        "fi": "Pakollinen kenttä puuttuu",
        "sv": "Ett obligatoriskt fält saknas",
        "en": "Required field is not provided",
    },
    "required-missing-for": {
        "fi": "Kenttä ”{field}”: pakollinen kenttä puuttuu.",
        "sv": "Fältet ”{field}”: ett obligatoriskt fält saknas.",
        "en": "For '{field}': Required field is not provided.",
    },
    "available-authorizations": {
        "fi": "Tunnistautumistavat",
        "sv": "Autentiseringssätt",
        "en": "Available authorizations",
    },
}


PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")


REDOC: Table = {
    "parameters": {"fi": "Parametrit", "sv": "Parametrar", "en": "Parameters"},
    "responses": {"fi": "Vastaukset", "sv": "Svar", "en": "Responses"},
    "response-samples": {"fi": "Esimerkkivastaukset", "sv": "Exempelsvar", "en": "Response samples"},
    "request-samples": {"fi": "Esimerkkipyynnöt", "sv": "Exempelbegäranden", "en": "Request samples"},
    "content-type": {"fi": "Sisältötyyppi", "sv": "Innehållstyp", "en": "Content type"},
    "copy": {"fi": "Kopioi", "sv": "Kopiera", "en": "Copy"},
    "body-schema": {
        "fi": "Pyynnön rungon skeema:",
        "sv": "Schema för begärans innehåll:",
        "en": "Request Body schema:",
    },
    "required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "optional": {"fi": "valinnainen", "sv": "valfri", "en": "optional"},
    "expand-all": {"fi": "Avaa kaikki", "sv": "Öppna alla", "en": "Expand all"},
    "collapse-all": {"fi": "Sulje kaikki", "sv": "Stäng alla", "en": "Collapse all"},
    "no-sample": {"fi": "Ei esimerkkiä", "sv": "Inget exempel", "en": "No sample"},
    "payload": {"fi": "Sisältö", "sv": "Innehåll", "en": "Payload"},
    "search": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "search-placeholder": {"fi": "Hae...", "sv": "Sök...", "en": "Search..."},
    "download": {"fi": "Lataa", "sv": "Ladda ned", "en": "Download"},
    "download-spec": {
        "fi": "Lataa OpenAPI-kuvaus:",
        "sv": "Ladda ned OpenAPI-beskrivningen:",
        "en": "Download OpenAPI specification:",
    },
    "download-spec-label": {
        "fi": "Lataa OpenAPI-kuvaus",
        "sv": "Ladda ned OpenAPI-beskrivningen",
        "en": "Download OpenAPI specification",
    },
    "by-redocly": {
        "fi": "Sivun tekee ReDoc (Redocly)",
        "sv": "Sidan görs av ReDoc (Redocly)",
        "en": "API docs by Redocly",
    },
    "expand": {"fi": "avaa", "sv": "öppna", "en": "expand"},
    "collapse": {"fi": "sulje", "sv": "stäng", "en": "collapse"},
    "characters-at-most": {
        "fi": "<= {count} merkkiä",
        "sv": "<= {count} tecken",
        "en": "<= {count} characters",
    },
    "characters-between": {
        "fi": "[ {least} .. {most} ] merkkiä",
        "sv": "[ {least} .. {most} ] tecken",
        "en": "[ {least} .. {most} ] characters",
    },
    "characters-at-least": {
        "fi": ">= {count} merkkiä",
        "sv": ">= {count} tecken",
        "en": ">= {count} characters",
    },
}

SWAGGER_CSS = """.swagger-ui .parameter__name.required:after{{content:"{required}"}}
.swagger-ui .loading-container .loading:after{{content:"{loading}"}}"""
"""Two words Swagger UI writes from its style sheet (CSS ``content``), not into the page."""


def swagger_css(lang: str) -> str:
    """Swagger UI's ``required`` and ``loading`` marks in ``lang``."""
    required, loading = SWAGGER["required"][lang], SWAGGER["loading"][lang].rstrip(".")
    return SWAGGER_CSS.format(required=required, loading=loading)


def replacements(table: Table, lang: str) -> dict[str, str]:
    """{the widget's own English text: ours in ``lang``} (empty for English: nothing to swap)."""
    if lang == "en":
        return {}
    return {row["en"]: row[lang] for row in table.values() if row["en"] != row[lang] and "{" not in row["en"]}


def patterns(table: Table, lang: str) -> list[tuple[str, str]]:
    """The rows with {placeholders} as (JavaScript pattern, replacement) pairs: the widget's own
    English with each {name} a named group, ours with each {name} as $<name>."""
    if lang == "en":
        return []
    return [
        (
            "^" + PLACEHOLDER.sub(r"(?<\1>.+?)", re.escape(row["en"])) + "$",
            re.sub(r"\{(\w+)\}", r"$<\1>", row[lang]),
        )
        for row in table.values()
        if "{" in row["en"]
    ]


def widget_words(table: Table, lang: str, root: str) -> dict[str, object]:
    """What static/relabel.js reads: the widget's root, its words and its patterns in ``lang``."""
    return {"root": root, "words": replacements(table, lang), "patterns": patterns(table, lang)}


def table_language(lang: str) -> dict[str, str]:
    """DataTables' ``language`` option in ``lang`` (its pagination arrows stay YASGUI's)."""
    return {key: row[lang] for key, row in TABLE.items()}

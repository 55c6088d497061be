"""The words of the coherence check report (kg check, POST /api/check) in Finnish, Swedish and
English. The findings' own messages come from the check files (queries/checks/*.rq: message_fi,
message_sv, message_en)."""

from __future__ import annotations

from kg_service.i18n import Table

REPORT: Table = {
    "title": {
        "fi": "Luonnoksen koherenssitarkistus",
        "sv": "Koherenskontroll av ett utkast",
        "en": "Coherence check of a draft",
    },
    "draft": {"fi": "Luonnos", "sv": "Utkast", "en": "Draft"},
    "assignment": {
        "fi": "{task} / {actor} / rooli: {role}",
        "sv": "{task} / {actor} / roll: {role}",
        "en": "{task} / {actor} / role: {role}",
    },
    "none": {
        "fi": "ei luonnosta (nykyinen graafi)",
        "sv": "inget utkast (den nuvarande grafen)",
        "en": "no draft (the current graph)",
    },
    "at": {"fi": "Tarkastelupäivä", "sv": "Granskningsdag", "en": "Effective date"},
    "each_start": {
        "fi": "kunkin vastuun oma alkupäivä",
        "sv": "varje ansvars egen begynnelsedag",
        "en": "each assignment's own start date",
    },
    "coherent": {"fi": "Yhtenäinen: ei virheitä.", "sv": "Koherent: inga fel.", "en": "Coherent: no errors."},
    "incoherent": {
        "fi": "Ei yhtenäinen: {n} virhettä.",
        "sv": "Inte koherent: {n} fel.",
        "en": "Not coherent: {n} errors.",
    },
    "incoherent_one": {
        "fi": "Ei yhtenäinen: 1 virhe.",
        "sv": "Inte koherent: 1 fel.",
        "en": "Not coherent: 1 error.",
    },
    "summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "severity": {"fi": "Vakavuus", "sv": "Allvarlighet", "en": "Severity"},
    "added": {"fi": "Luonnoksen tuomat", "sv": "Tillförda av utkastet", "en": "Added by the draft"},
    "existing": {
        "fi": "Jo nykyisessä graafissa",
        "sv": "Redan i den nuvarande grafen",
        "en": "Already in the current graph",
    },
    "findings": {"fi": "Löydökset", "sv": "Iakttagelser", "en": "Findings"},
    "none_found": {"fi": "Ei löydöksiä.", "sv": "Inga iakttagelser.", "en": "No findings."},
    "resolved": {
        "fi": "Luonnoksen poistamat löydökset",
        "sv": "Iakttagelser som utkastet åtgärdar",
        "en": "Findings the draft resolves",
    },
    "tasks": {"fi": "Tehtävä tai kohde", "sv": "Uppgift eller objekt", "en": "Task or subject"},
    "actors": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "provisions": {"fi": "Luonnoksen kohta", "sv": "Ställe i utkastet", "en": "Provision of the draft"},
    "date": {"fi": "Päivä", "sv": "Dag", "en": "Date"},
    "sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "new": {"fi": "uusi", "sv": "ny", "en": "new"},
    "old": {"fi": "ennestään", "sv": "sedan tidigare", "en": "existing"},
    "diff": {
        "fi": "Kuka tekee mitä: ennen ja jälkeen",
        "sv": "Vem gör vad: före och efter",
        "en": "Who does what: before and after",
    },
    "change": {"fi": "Muutos", "sv": "Ändring", "en": "Change"},
    "role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "before": {"fi": "Ennen", "sv": "Före", "en": "Before"},
    "after": {"fi": "Jälkeen", "sv": "Efter", "en": "After"},
    "basis": {"fi": "Oikeusperusta", "sv": "Rättslig grund", "en": "Legal basis"},
    "provision": {"fi": "Kohta", "sv": "Bestämmelse", "en": "Provision"},
    "row_added": {"fi": "lisätty", "sv": "tillagd", "en": "added"},
    "row_removed": {"fi": "poistettu", "sv": "borttagen", "en": "removed"},
    "row_changed": {"fi": "muuttunut", "sv": "ändrad", "en": "changed"},
    "unchanged": {"fi": "{n} riviä ennallaan.", "sv": "{n} rader oförändrade.", "en": "{n} rows unchanged."},
    "unchanged_one": {"fi": "1 rivi ennallaan.", "sv": "1 rad oförändrad.", "en": "1 row unchanged."},
    "no_changes": {"fi": "Ei muutoksia.", "sv": "Inga ändringar.", "en": "No changes."},
    "replaced": {
        "fi": "Luonnoksen korvaamat nykyiset arvot",
        "sv": "Nuvarande värden som utkastet ersätter",
        "en": "Current values the draft replaces",
    },
    "checks": {"fi": "Tarkistukset", "sv": "Kontroller", "en": "Checks"},
    "check": {"fi": "Tunnus", "sv": "Id", "en": "Id"},
    "count": {"fi": "Löydöksiä", "sv": "Iakttagelser", "en": "Findings"},
    "error": {"fi": "virhe", "sv": "fel", "en": "error"},
    "warning": {"fi": "varoitus", "sv": "varning", "en": "warning"},
    "info": {"fi": "huomio", "sv": "obs", "en": "note"},
    "open": {"fi": "…", "sv": "…", "en": "…"},
    "subject": {"fi": "Kohde", "sv": "Objekt", "en": "Subject"},
    "property": {"fi": "Ominaisuus", "sv": "Egenskap", "en": "Property"},
    "value": {"fi": "Nykyinen arvo", "sv": "Nuvarande värde", "en": "Current value"},
}

# A draft that cannot be read (kg check exit 2; POST /api/check 400/413/415/422). A message is made
# of parts (key, values); a value may itself be a part or a {language: text} word.
DRAFT_ERRORS: Table = {
    "at-line": {"fi": "rivi {line}: ", "sv": "rad {line}: ", "en": "line {line}: "},
    "at-line-column": {
        "fi": "rivi {line}, sarake {column}: ",
        "sv": "rad {line}, kolumn {column}: ",
        "en": "line {line}, column {column}: ",
    },
    "syntax": {
        "fi": "{where}{format}-syntaksivirhe: {reason}",
        "sv": "{where}syntaxfel i {format}: {reason}",
        "en": "{where}{format} syntax error: {reason}",
    },
    "not-utf8": {
        "fi": "{where}luonnos ei ole UTF-8-tekstiä",
        "sv": "{where}utkastet är inte UTF-8-text",
        "en": "{where}the draft is not UTF-8 text",
    },
    "remote-context": {
        "fi": "{where}JSON-LD-kontekstia ei haeta verkosta ({context}); kirjoita konteksti asiakirjaan",
        "sv": "{where}JSON-LD-kontexter hämtas inte från nätet ({context}); skriv kontexten i dokumentet",
        "en": "{where}remote JSON-LD contexts are not fetched ({context}); put the context in the document",
    },
    "undefined-term": {
        "fi": "{where}tuntematon termi '{term}': @context ei määrittele sitä, joten JSON-LD jättäisi sen "
        "pois (käytä etuliitteellistä nimeä, kuten eso:forTask)",
        "sv": "{where}okänd term '{term}': @context definierar den inte, så JSON-LD skulle utelämna den "
        "(använd ett namn med prefix, till exempel eso:forTask)",
        "en": "{where}unknown term '{term}': the @context does not define it, so JSON-LD would drop it "
        "(use a prefixed name such as eso:forTask)",
    },
    "rdf-star": {
        "fi": "lainattuja kolmikkoja (RDF-star) ei tueta luonnoksessa",
        "sv": "citerade tripler (RDF-star) stöds inte i ett utkast",
        "en": "quoted triples (RDF-star) are not supported in a draft",
    },
    "problem": {"fi": "{where}{problem}", "sv": "{where}{problem}", "en": "{where}{problem}"},
    "and-more": {"fi": " (ja {n} muuta)", "sv": " (och {n} till)", "en": " (and {n} more)"},
    "unknown-property": {
        "fi": "tuntematon ominaisuus {name}",
        "sv": "okänd egenskap {name}",
        "en": "unknown property {name}",
    },
    "unknown-class": {
        "fi": "tuntematon luokka {name}",
        "sv": "okänd klass {name}",
        "en": "unknown class {name}",
    },
    "unknown-reference": {
        "fi": "tuntematon {kind} {name} (ominaisuuden {predicate} arvona)",
        "sv": "okänd {kind} {name} (som värde för {predicate})",
        "en": "unknown {kind} {name} (as the object of {predicate})",
    },
    "needs-date": {
        "fi": "{predicate} vaatii xsd:date-päivämäärän (VVVV-KK-PP), ei {value}",
        "sv": "{predicate} kräver ett xsd:date-datum (ÅÅÅÅ-MM-DD), inte {value}",
        "en": "{predicate} needs an xsd:date (YYYY-MM-DD), not {value}",
    },
    "unsupported-format": {
        "fi": "luonnoksen muotoa '{fmt}' ei tueta (käytä jotakin näistä: {formats})",
        "sv": "utkastformatet '{fmt}' stöds inte (använd något av: {formats})",
        "en": "unsupported draft format '{fmt}' (use one of: {formats})",
    },
    "cell": {
        "fi": "solu {ref} ({column}): {reason}",
        "sv": "cell {ref} ({column}): {reason}",
        "en": "cell {ref} ({column}): {reason}",
    },
    "csv-syntax": {
        "fi": "CSV-syntaksivirhe: {reason}",
        "sv": "syntaxfel i CSV: {reason}",
        "en": "CSV syntax error: {reason}",
    },
    "not-xlsx": {
        "fi": "ei luettava XLSX-työkirja: {reason}",
        "sv": "ingen läsbar XLSX-arbetsbok: {reason}",
        "en": "not a readable XLSX workbook: {reason}",
    },
    "too-many-columns": {
        "fi": "rivillä {row} on yli {n} saraketta",
        "sv": "rad {row} har mer än {n} kolumner",
        "en": "row {row} has more than {n} columns",
    },
    "xlsx-unpacks": {
        "fi": "työkirja purkautuu yli {mb} megatavuksi tai yli {parts} osaksi",
        "sv": "arbetsboken packas upp till mer än {mb} megabyte eller fler än {parts} delar",
        "en": "the workbook unpacks to more than {mb} MB or more than {parts} parts",
    },
    "xlsx-cells": {
        "fi": "työkirjassa on yli {n} solua",
        "sv": "arbetsboken har mer än {n} celler",
        "en": "the workbook has more than {n} cells",
    },
    "xlsx-dtd": {
        "fi": "työkirja määrittelee DTD:n tai entiteettejä, joita ei hyväksytä",
        "sv": "arbetsboken deklarerar en DTD eller entiteter, vilket inte godtas",
        "en": "the workbook declares a DTD or entities, which are not accepted",
    },
    "json-too-deep": {
        "fi": "JSON on liian syvälle sisäkkäinen luettavaksi",
        "sv": "JSON-dokumentet är för djupt nästlat för att läsas",
        "en": "the JSON is nested too deeply to read",
    },
    "json-not-document": {
        "fi": "JSON-LD-luonnos on JSON-objekti tai -taulukko, ei yksittäinen arvo",
        "sv": "ett JSON-LD-utkast är ett JSON-objekt eller en JSON-array, inte ett enskilt värde",
        "en": "a JSON-LD draft is a JSON object or array, not a single value",
    },
    "no-header": {
        "fi": "rivin 1 on oltava otsikkorivi; puuttuvat sarakkeet: {missing}",
        "sv": "rad 1 måste vara rubrikraden; kolumner som saknas: {missing}",
        "en": "row 1 must be the header row; missing columns: {missing}",
    },
    "column-twice": {
        "fi": "solu {ref}: sarake '{column}' on kahdesti",
        "sv": "cell {ref}: kolumnen '{column}' förekommer två gånger",
        "en": "cell {ref}: column '{column}' appears twice",
    },
    "missing-columns": {
        "fi": "rivi 1 (otsikko): {names}; otsikossa on {found}",
        "sv": "rad 1 (rubrik): {names}; rubriken har {found}",
        "en": "row 1 (header): {names}; the header has {found}",
    },
    "missing-column": {
        "fi": "sarake '{column}' puuttuu",
        "sv": "kolumnen '{column}' saknas",
        "en": "missing column '{column}' ({fi})",
    },
    "column-named": {"fi": "'{column}'", "sv": "'{column}'", "en": "'{column}' ({fi})"},
    "nothing": {"fi": "ei mitään", "sv": "ingenting", "en": "nothing"},
    "too-many-rows": {
        "fi": "taulukossa on yli {n} riviä",
        "sv": "tabellen har mer än {n} rader",
        "en": "the table has more than {n} rows",
    },
    "empty-id": {
        "fi": "tyhjä; anna tunniste ({kind}, esim. {example})",
        "sv": "tom; ange ett id ({kind}, t.ex. {example})",
        "en": "empty; give the {kind}'s id (e.g. {example})",
    },
    "empty-date": {
        "fi": "tyhjä; anna päivä, jona velvoite tulee voimaan (2026-01-01), tai ajanjakso "
        "(2026-01-01/2027-12-31)",
        "sv": "tom; ange dagen då skyldigheten träder i kraft (2026-01-01) eller en period "
        "(2026-01-01/2027-12-31)",
        "en": "empty; give the date the duty takes effect (2026-01-01) or a period (2026-01-01/2027-12-31)",
    },
    "not-date": {
        "fi": "ei päivämäärä: {text} (käytä muotoa 2026-01-01 tai 1.1.2026; ajanjakso muodossa "
        "2026-01-01/2027-12-31)",
        "sv": "inte ett datum: {text} (använd 2026-01-01 eller 1.1.2026; en period som "
        "2026-01-01/2027-12-31)",
        "en": "not a date: {text} (use 2026-01-01 or 1.1.2026; a period as 2026-01-01/2027-12-31)",
    },
    "not-legal-basis": {
        "fi": "{text} ei ole oikeusperusta: käytä tunnistetta (law/380-2023/s21), IRI:tä tai viittausta, "
        "kuten '380/2023 21 §'",
        "sv": "{text} är ingen rättslig grund: använd ett id (law/380-2023/s21), en IRI eller en hänvisning "
        "som '380/2023 21 §'",
        "en": "{text} is not a legal basis: use an id (law/380-2023/s21), an IRI or a citation such as "
        "'380/2023 21 §'",
    },
    "not-yes-no": {
        "fi": "ei kyllä eikä ei: {text} (kyllä/ei, ja/nej, yes/no)",
        "sv": "varken ja eller nej: {text} (ja/nej, kyllä/ei, yes/no)",
        "en": "not yes or no: {text} (kyllä/ei, yes/no)",
    },
    "several": {
        "fi": "'{raw}' sopii usealle ({options}); käytä tunnistetta",
        "sv": "'{raw}' passar flera ({options}); använd id:t",
        "en": "'{raw}' names several {kinds} ({options}); use the id",
    },
    "unknown-term": {
        "fi": "tuntematon {kind} '{raw}'{suggestion}",
        "sv": "okänd {kind} '{raw}'{suggestion}",
        "en": "unknown {kind} '{raw}'{suggestion}",
    },
    "did-you-mean": {"fi": " (tarkoititko {id}?)", "sv": " (menade du {id}?)", "en": " (did you mean {id}?)"},
}

# the kinds of term a draft names, and the columns of the table form, in each language
TERM_KINDS: Table = {
    "actor": {"fi": "toimija", "sv": "aktör", "en": "actor"},
    "role": {"fi": "rooli", "sv": "roll", "en": "role"},
    "task": {"fi": "tehtävä", "sv": "uppgift", "en": "task"},
    "actors": {"fi": "toimijat", "sv": "aktörer", "en": "actors"},
    "roles": {"fi": "roolit", "sv": "roller", "en": "roles"},
    "tasks": {"fi": "tehtävät", "sv": "uppgifter", "en": "tasks"},
}

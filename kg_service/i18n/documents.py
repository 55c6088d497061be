"""The words of the Word and PDF documents (the guidance annex and a diagram on its own) in
Finnish, Swedish and English. What the graph names (tasks, actors, roles, statuses, sources) is
labelled from the graph; the diagrams' own phrases are in kg_service.diagrams.common.TEXTS."""

from __future__ import annotations

from kg_service.i18n import Table

DOCUMENTS: Table = {
    "annex-title": {
        "fi": "Työllisyyden edistämisen ohjauksen vastuut",
        "sv": "Ansvaret i styrningen av sysselsättningsfrämjandet",
        "en": "Responsibilities in the steering of employment promotion",
    },
    "annex-kicker": {"fi": "Liite", "sv": "Bilaga", "en": "Annex"},
    "as-of": {
        "fi": "Tiedot kuvaavat tilannetta {date}.",
        "sv": "Uppgifterna beskriver läget den {date}.",
        "en": "The data describe the situation on {date}.",
    },
    "scope": {"fi": "Rajaus: {filters}.", "sv": "Avgränsning: {filters}.", "en": "Scope: {filters}."},
    "whole-model": {
        "fi": "Rajaus: koko ohjausmalli ja lakisääteiset tehtävät.",
        "sv": "Avgränsning: hela styrmodellen och de lagstadgade uppgifterna.",
        "en": "Scope: the whole steering model and the statutory tasks.",
    },
    "made-from": {
        "fi": "Koottu työllisyyden edistämisen ohjauksen tietämysgraafista {date}. Jokainen vastuu, "
        "aikataulu ja tila on graafissa lähteineen; lähteet luetellaan liitteen lopussa.",
        "sv": "Sammanställd ur kunskapsgrafen över styrningen av sysselsättningsfrämjandet den {date}. "
        "Varje ansvar, tidsplan och status har sin källa i grafen; källorna förtecknas i slutet av "
        "bilagan.",
        "en": "Compiled from the knowledge graph of employment-promotion steering on {date}. Every "
        "responsibility, schedule and status carries its source in the graph; the sources are listed "
        "at the end of the annex.",
    },
    "raci-heading": {
        "fi": "Vastuunjakotaulukko (RACI)",
        "sv": "Ansvarsfördelning (RACI)",
        "en": "RACI matrix",
    },
    "raci-intro": {
        "fi": "Riveillä ovat tehtävät kokonaisuuksittain, sarakkeissa toimijat. Solun kirjaimet "
        "kertovat toimijan roolin tehtävässä; suluissa on tarkempi rooli. Kun toimijoita on monta, "
        "taulukko jakautuu osiin, ja kussakin osassa ovat ne tehtävät, joissa jollakin sen "
        "toimijoista on rooli.",
        "sv": "Raderna är uppgifterna per helhet, kolumnerna aktörerna. Bokstäverna i en cell anger "
        "aktörens roll i uppgiften; inom parentes en mer specifik roll. När aktörerna är många delas "
        "tabellen i delar, och varje del har de uppgifter där någon av dess aktörer har en roll.",
        "en": "Rows are the tasks by group, columns the actors. The letters in a cell give the actor's "
        "role in the task; a more specific role is in brackets. With many actors the table is split "
        "into parts, each with the tasks in which one of its actors has a role.",
    },
    "raci-part": {
        "fi": "Vastuunjakotaulukko, toimijat {first}–{last} / {total}",
        "sv": "Ansvarsfördelning, aktörerna {first}–{last} av {total}",
        "en": "RACI matrix, actors {first}–{last} of {total}",
    },
    "figures-heading": {"fi": "Kaaviot", "sv": "Diagram", "en": "Diagrams"},
    "legend-heading": {"fi": "Merkkien selitykset", "sv": "Teckenförklaring", "en": "Legend"},
    "legend-raci": {"fi": "Roolit", "sv": "Roller", "en": "Roles"},
    "legend-status": {"fi": "Tehtävän tila", "sv": "Uppgiftens status", "en": "Status of a task"},
    "sources-heading": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "sources-intro": {
        "fi": "Tehtävien lähteet: asiakirja, kohta siinä ja lähteen varmuus.",
        "sv": "Uppgifternas källor: dokument, ställe i det och källans säkerhet.",
        "en": "Where the tasks come from: the document, the place in it and the source's certainty.",
    },
    "source-document": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "source-locator": {"fi": "Kohta", "sv": "Ställe", "en": "Place"},
    "source-tasks": {"fi": "Tehtävät", "sv": "Uppgifter", "en": "Tasks"},
    "source-confidence": {"fi": "Varmuus", "sv": "Säkerhet", "en": "Certainty"},
    "no-sources": {
        "fi": "Valituille tehtäville ei ole lähdetietoja.",
        "sv": "De valda uppgifterna har inga källuppgifter.",
        "en": "The selected tasks have no sources.",
    },
    "figure": {"fi": "Kuva", "sv": "Figur", "en": "Figure"},
    "table": {"fi": "Taulukko", "sv": "Tabell", "en": "Table"},
    "page": {"fi": "Sivu", "sv": "Sida", "en": "Page"},
}

"""Text of the web workspace (kg_service.web): every word a page shows, in fi, sv and en."""

from __future__ import annotations

from kg_service.i18n import Table

WEB: Table = {
    # Layout
    "site.name": {
        "fi": "Työllisyydenhoidon ohjauksen tietoverkko",
        "sv": "Kunskapsgrafen för styrningen av sysselsättningsfrämjandet",
        "en": "Employment-steering knowledge graph",
    },
    "site.tagline": {
        "fi": "Kuka vastaa mistäkin ja milloin työllisyyden edistämisen ohjauksessa",
        "sv": "Vem ansvarar för vad och när i styrningen av sysselsättningsfrämjandet",
        "en": "Who is responsible for what, and when, in employment-promotion steering",
    },
    "layout.skip": {"fi": "Siirry sisältöön", "sv": "Hoppa till innehållet", "en": "Skip to content"},
    "layout.nav": {"fi": "Päävalikko", "sv": "Huvudmeny", "en": "Main menu"},
    "layout.languages": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "layout.footer.data": {
        "fi": "Tiedot: ohjausmallin lähdeasiakirjat, Finlex ja Tilastokeskus (CC BY 4.0).",
        "sv": "Uppgifter: styrmodellens källdokument, Finlex och Statistikcentralen (CC BY 4.0).",
        "en": "Data: the steering model's source documents, Finlex and Statistics Finland (CC BY 4.0).",
    },
    "layout.footer.version": {"fi": "Versio {version}", "sv": "Version {version}", "en": "Version {version}"},
    "layout.footer.api": {"fi": "Rajapinnan kuvaus", "sv": "API-beskrivning", "en": "API description"},
    "lang.fi": {"fi": "suomeksi", "sv": "suomeksi", "en": "suomeksi"},
    "lang.sv": {"fi": "på svenska", "sv": "på svenska", "en": "på svenska"},
    "lang.en": {"fi": "in English", "sv": "in English", "en": "in English"},
    # Navigation
    "nav.home": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "nav.responsibilities": {"fi": "Kuka vastaa", "sv": "Vem ansvarar", "en": "Who is responsible"},
    "nav.search": {"fi": "Haku", "sv": "Sökning", "en": "Search"},
    "nav.timeline": {"fi": "Aikajana", "sv": "Tidslinje", "en": "Timeline"},
    "nav.annual_clock": {"fi": "Vuosikello", "sv": "Årshjul", "en": "Annual clock"},
    "nav.check": {"fi": "Luonnoksen tarkistus", "sv": "Granskning av utkast", "en": "Draft check"},
    "nav.diagrams": {"fi": "Kaaviot", "sv": "Diagram", "en": "Diagrams"},
    "nav.sparql": {"fi": "SPARQL-kyselyt", "sv": "SPARQL-frågor", "en": "SPARQL queries"},
    "nav.vocabulary": {"fi": "Sanasto", "sv": "Vokabulär", "en": "Vocabulary"},
    # Front page
    "front.title": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "front.intro": {
        "fi": "Tietoverkko kokoaa, kuka vastaa mistäkin työllisyyden edistämisen ohjauksessa "
        "vuoden 2025 uudistuksen jälkeen: valtioneuvosto, ministeriöt, neuvottelukunta, kunnat ja "
        "työllisyysalueet, hyvinvointialueet, ELY-keskukset ja elinvoimakeskukset sekä KEHA-keskus. "
        "Jokaisella tiedolla on lähde, kohta lähteessä ja varmuus.",
        "sv": "Grafen samlar vem som ansvarar för vad i styrningen av sysselsättningsfrämjandet efter "
        "2025 års reform: statsrådet, ministerierna, delegationen, kommunerna och "
        "sysselsättningsområdena, välfärdsområdena, NTM-centralerna och livskraftscentralerna samt "
        "UF-centret. Varje uppgift har en källa, ett ställe i källan och en säkerhet.",
        "en": "The graph gathers who is responsible for what in employment-promotion steering after the "
        "2025 reform: the Government, the ministries, the advisory council, municipalities and "
        "employment areas, wellbeing services counties, ELY centres and Economic Development Centres, "
        "and the KEHA centre. Every fact carries its source, its place in the source and its certainty.",
    },
    "front.search.heading": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "front.search.label": {
        "fi": "Toimija, tehtävä, kunta tai käsite",
        "sv": "Aktör, uppgift, kommun eller begrepp",
        "en": "Actor, task, municipality or concept",
    },
    "front.search.button": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "front.who.heading": {"fi": "Kuka vastaa?", "sv": "Vem ansvarar?", "en": "Who is responsible?"},
    "front.who.hint": {
        "fi": "Valitse yksi tai useampi ehto. Päivämäärä rajaa tiedot sinä päivänä voimassa oleviin.",
        "sv": "Välj ett eller flera villkor. Datumet begränsar till det som gäller den dagen.",
        "en": "Choose one or more conditions. The date limits the answer to what is in force that day.",
    },
    "front.groups.heading": {
        "fi": "Aloita tehtävästäsi",
        "sv": "Börja från din uppgift",
        "en": "Start from your task",
    },
    "front.group.drafters": {"fi": "Säädösvalmistelija", "sv": "Lagberedare", "en": "Legal drafter"},
    "front.group.drafters.text": {
        "fi": "Tarkista luonnoksen vastuunjaon johdonmukaisuus nykyiseen tietoon nähden.",
        "sv": "Granska om ansvarsfördelningen i ett utkast är förenlig med nuvarande uppgifter.",
        "en": "Check that a draft's division of duties is coherent with the current graph.",
    },
    "front.group.analysts": {"fi": "Analyytikko", "sv": "Analytiker", "en": "Analyst"},
    "front.group.analysts.text": {
        "fi": "Kysy verkolta SPARQL-kielellä tai aja valmiita kyselyjä.",
        "sv": "Fråga grafen med SPARQL eller kör färdiga frågor.",
        "en": "Ask the graph in SPARQL or run the stored queries.",
    },
    "front.group.authors": {
        "fi": "Ohjeen kirjoittaja",
        "sv": "Författare av anvisningar",
        "en": "Author of guidance",
    },
    "front.group.authors.text": {
        "fi": "RACI-matriisit, uimaratakaaviot, vuosikello ja aikajana ohjeisiin.",
        "sv": "RACI-matriser, simbanediagram, årshjul och tidslinje för anvisningar.",
        "en": "RACI matrices, swimlanes, the annual clock and the timeline for guidance.",
    },
    "front.as_of": {
        "fi": "Vastaukset kuvaavat tilannetta {date}; lomakkeessa voit valita toisen päivän.",
        "sv": "Svaren beskriver läget {date}; i formuläret kan du välja en annan dag.",
        "en": "The answers describe the situation on {date}; the form lets you pick another day.",
    },
    # The who-is-responsible form and its answer page
    "form.actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "form.task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "form.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "form.date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "form.date.hint": {"fi": "muodossa VVVV-KK-PP", "sv": "i formen ÅÅÅÅ-MM-DD", "en": "as YYYY-MM-DD"},
    "form.any": {"fi": "kaikki", "sv": "alla", "en": "any"},
    "form.kinds": {"fi": "Toimijaryhmät", "sv": "Aktörsgrupper", "en": "Kinds of actor"},
    "form.organisations": {"fi": "Organisaatiot", "sv": "Organisationer", "en": "Organisations"},
    "form.municipalities": {"fi": "Kunnat", "sv": "Kommuner", "en": "Municipalities"},
    "form.show": {"fi": "Näytä", "sv": "Visa", "en": "Show"},
    "responsibilities.title": {"fi": "Kuka vastaa", "sv": "Vem ansvarar", "en": "Who is responsible"},
    "responsibilities.count": {
        "fi": "{count} vastuuta",
        "sv": "{count} ansvar",
        "en": "{count} responsibilities",
    },
    "responsibilities.none": {
        "fi": "Näillä ehdoilla ei löytynyt vastuita.",
        "sv": "Inga ansvar hittades med dessa villkor.",
        "en": "No responsibilities match these conditions.",
    },
    "col.actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "col.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "col.raci": {"fi": "RACI", "sv": "RACI", "en": "RACI"},
    "col.task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "col.period": {"fi": "Voimassa", "sv": "Gäller", "en": "In force"},
    "col.basis": {"fi": "Säädösperusta", "sv": "Rättslig grund", "en": "Legal basis"},
    "col.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "period.from": {"fi": "{start} alkaen", "sv": "från {start}", "en": "from {start}"},
    "period.until": {"fi": "{end} asti", "sv": "till {end}", "en": "until {end}"},
    "period.range": {"fi": "{start} – {end}", "sv": "{start} – {end}", "en": "{start} – {end}"},
    "period.open": {"fi": "ei rajattu", "sv": "obegränsad", "en": "open"},
    "inherited": {
        "fi": "kokonaisuuden {scope} kautta",
        "sv": "via helheten {scope}",
        "en": "through {scope}",
    },
    # Errors shown on pages
    "error.title": {"fi": "Virhe", "sv": "Fel", "en": "Error"},
    "error.heading": {
        "fi": "Pyyntöä ei voitu käsitellä",
        "sv": "Begäran kunde inte behandlas",
        "en": "The request could not be handled",
    },
    "error.back": {
        "fi": "Takaisin etusivulle",
        "sv": "Tillbaka till startsidan",
        "en": "Back to the home page",
    },
    "error.field": {"fi": "Kenttä: {field}", "sv": "Fält: {field}", "en": "Field: {field}"},
    "error.bad_date": {
        "fi": "Päivämäärä ”{value}” ei kelpaa: anna se muodossa VVVV-KK-PP, esim. 2026-01-01.",
        "sv": "Datumet ”{value}” duger inte: ange det i formen ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.",
        "en": 'The date "{value}" is not valid: give it as YYYY-MM-DD, e.g. 2026-01-01.',
    },
    "error.unknown_choice": {
        "fi": "Valintaa ”{value}” ei ole tietoverkossa.",
        "sv": "Valet ”{value}” finns inte i grafen.",
        "en": 'The choice "{value}" is not in the graph.',
    },
    "error.too_long": {
        "fi": "Arvo on liian pitkä (enintään {limit} merkkiä).",
        "sv": "Värdet är för långt (högst {limit} tecken).",
        "en": "The value is too long (at most {limit} characters).",
    },
}

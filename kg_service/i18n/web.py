"""Text of the web workspace (kg_service.web): every word a page shows, in fi, sv and en."""

from __future__ import annotations

from kg_service.i18n import Table
from kg_service.i18n.workspace import WORKSPACE

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
    # Cards (/id/... in a browser)
    "card.title": {"fi": "Kortti", "sv": "Kort", "en": "Card"},
    "card.rdf": {"fi": "Tiedot RDF-muodossa", "sv": "Uppgifterna som RDF", "en": "The data as RDF"},
    "card.finlex": {
        "fi": "Säädös Finlexissä (ELI)",
        "sv": "Författningen i Finlex (ELI)",
        "en": "The act at Finlex (ELI)",
    },
    "card.name.fi": {"fi": "Nimi suomeksi", "sv": "Namn på finska", "en": "Name in Finnish"},
    "card.name.sv": {"fi": "Nimi ruotsiksi", "sv": "Namn på svenska", "en": "Name in Swedish"},
    "card.name.en": {"fi": "Nimi englanniksi", "sv": "Namn på engelska", "en": "Name in English"},
    "card.dated_names": {"fi": "Nimet eri aikoina", "sv": "Namn under olika tider", "en": "Names over time"},
    "card.name_on_date": {"fi": "(nimi {date})", "sv": "(namnet {date})", "en": "(the name on {date})"},
    "card.abbreviations": {
        "fi": "Lyhenteet ja muut nimet",
        "sv": "Förkortningar och andra namn",
        "en": "Abbreviations and other names",
    },
    "card.identifier": {"fi": "Tunnus", "sv": "Kod", "en": "Code"},
    "card.period": {"fi": "Toiminnassa", "sv": "Verksam", "en": "In operation"},
    "card.kind": {"fi": "Toimijaryhmä", "sv": "Aktörsgrupp", "en": "Kind of actor"},
    "card.kind.actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "card.kind.task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "card.kind.process": {
        "fi": "Ohjausmallin osa",
        "sv": "Del av styrmodellen",
        "en": "Part of the steering model",
    },
    "card.kind.node": {"fi": "Tietoverkon solmu", "sv": "Nod i grafen", "en": "Node of the graph"},
    "card.note": {"fi": "Huomautus", "sv": "Anmärkning", "en": "Note"},
    "card.in_english": {
        "fi": "lähteen kielellä, englanniksi",
        "sv": "på källans språk, engelska",
        "en": "as in the source",
    },
    "card.on_date": {"fi": "Näytä tilanne päivältä", "sv": "Visa läget dagen", "en": "Show the situation on"},
    "card.not_on_date": {
        "fi": "(ei voimassa {date})",
        "sv": "(gäller inte {date})",
        "en": "(not in force on {date})",
    },
    "card.more": {"fi": "… ja {count} muuta", "sv": "… och {count} till", "en": "… and {count} more"},
    "card.link.successor:in": {"fi": "Edeltäjä", "sv": "Föregångare", "en": "Predecessor"},
    "card.link.successor:out": {"fi": "Seuraaja", "sv": "Efterträdare", "en": "Successor"},
    "card.link.subOrganizationOf:out": {"fi": "Kuuluu organisaatioon", "sv": "Hör till", "en": "Part of"},
    "card.link.subOrganizationOf:in": {
        "fi": "Jaostot ja alayksiköt",
        "sv": "Sektioner och underenheter",
        "en": "Sections and units",
    },
    "card.link.competentFor:in": {
        "fi": "Toimivaltaiset viranomaiset ja alueet "
        "(työllisyysalue, ELY-keskus tai elinvoimakeskus, hyvinvointialue)",
        "sv": "Behöriga myndigheter och områden "
        "(sysselsättningsområde, NTM-central eller livskraftscentral, välfärdsområde)",
        "en": "Competent bodies and areas "
        "(employment area, ELY centre or Economic Development Centre, wellbeing county)",
    },
    "card.link.competentFor:out": {
        "fi": "Toimivalta-alue",
        "sv": "Verksamhetsområde",
        "en": "Area of competence",
    },
    "card.link.memberOf:out": {"fi": "Jäsenyydet", "sv": "Medlemskap", "en": "Memberships"},
    "card.link.memberOf:in": {"fi": "Jäsenet", "sv": "Medlemmar", "en": "Members"},
    "card.duties": {
        "fi": "Tehtävät {date} ({count})",
        "sv": "Uppgifter {date} ({count})",
        "en": "Duties on {date} ({count})",
    },
    "card.who": {
        "fi": "Kuka tekee mitä {date} ({count})",
        "sv": "Vem gör vad {date} ({count})",
        "en": "Who does what on {date} ({count})",
    },
    "card.duties.table": {
        "fi": "Vastuut taulukkona, tilanne {date}",
        "sv": "Ansvaren som tabell, läget {date}",
        "en": "The responsibilities as a table, on {date}",
    },
    "card.no_duties": {
        "fi": "Ei vastuita päivänä {date}.",
        "sv": "Inga ansvar den {date}.",
        "en": "No responsibilities on {date}.",
    },
    "card.sentence.actor": {
        "fi": "Tehtävässä ”{task}” roolina {role} ({raci}), {period}.",
        "sv": "I uppgiften ”{task}” med rollen {role} ({raci}), {period}.",
        "en": "In ”{task}”: {role} ({raci}), {period}.",
    },
    "card.sentence.task": {
        "fi": "{actor}: {role} ({raci}), {period}.",
        "sv": "{actor}: {role} ({raci}), {period}.",
        "en": "{actor}: {role} ({raci}), {period}.",
    },
    "card.sources": {"fi": "Lähteet", "sv": "Källor", "en": "Sources"},
    "card.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "card.cites": {
        "fi": "lähteen omat lähteet",
        "sv": "källans egna källor",
        "en": "the source's own sources",
    },
    "card.status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "card.status_as_of": {"fi": "tilanne {date}", "sv": "läge {date}", "en": "as of {date}"},
    "card.due": {"fi": "Määräaika", "sv": "Tidsfrist", "en": "Due"},
    "card.output": {"fi": "Tuotos", "sv": "Resultat", "en": "Output"},
    "card.schedules": {"fi": "Aikataulu", "sv": "Tidsplan", "en": "Schedule"},
    "card.children": {
        "fi": "Osat ja tehtäväkokonaisuudet",
        "sv": "Delar och arbetshelheter",
        "en": "Parts and workstreams",
    },
    "card.tasks": {"fi": "Tehtävät ({count})", "sv": "Uppgifter ({count})", "en": "Tasks ({count})"},
    "card.statements": {"fi": "Tiedot", "sv": "Uppgifter", "en": "Statements"},
    "card.property": {"fi": "Ominaisuus", "sv": "Egenskap", "en": "Property"},
    "card.value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "card.pointing": {"fi": "viittaa tähän", "sv": "hänvisar hit", "en": "points here"},
    "card.relation.partOf": {"fi": "Kuuluu kokonaisuuteen", "sv": "Ingår i", "en": "Part of"},
    "card.relation.correspondsTo": {"fi": "Vastaa tehtävää", "sv": "Motsvarar", "en": "Corresponds to"},
    "card.relation.feedsDecreePreparation": {
        "fi": "Syöttää asetusvalmisteluun",
        "sv": "Matar förordningsberedningen",
        "en": "Feeds decree preparation",
    },
    "card.relation.openQuestion": {"fi": "Avoin kysymys", "sv": "Öppen fråga", "en": "Open question"},
    "card.relation.disagreement": {
        "fi": "Lähteet ristiriidassa",
        "sv": "Källorna motstrider varandra",
        "en": "Sources disagree",
    },
    "card.relation.partyList": {"fi": "Osapuolet", "sv": "Parter", "en": "Parties"},
    "card.relation.appliesFrom": {"fi": "Sovelletaan alkaen", "sv": "Tillämpas från", "en": "Applies from"},
    "card.relation.note": {"fi": "Huomautus", "sv": "Anmärkning", "en": "Note"},
    "card.relation.includedIn": {"fi": "Sisältyy", "sv": "Ingår i", "en": "Included in"},
    # Timeline and annual clock
    "timeline.title": {"fi": "Aikajana", "sv": "Tidslinje", "en": "Timeline"},
    "timeline.intro": {
        "fi": "Mitä erääntyy neljännes kerrallaan, ja kuka on vastuussa (A) tai tekee työn (R).",
        "sv": "Vad som förfaller kvartal för kvartal, och vem som är ansvarig (A) eller utför arbetet (R).",
        "en": "What falls due quarter by quarter, and who is accountable (A) or does the work (R).",
    },
    "timeline.quarter": {"fi": "Neljännes", "sv": "Kvartal", "en": "Quarter"},
    "timeline.quarter.hint": {"fi": "esim. 2024-Q2", "sv": "t.ex. 2024-Q2", "en": "e.g. 2024-Q2"},
    "timeline.from": {"fi": "Alkaen", "sv": "Från", "en": "From"},
    "timeline.to": {"fi": "Päättyen", "sv": "Till", "en": "To"},
    "timeline.quarter.heading": {
        "fi": "{quarter} ({count})",
        "sv": "{quarter} ({count})",
        "en": "{quarter} ({count})",
    },
    "timeline.caption": {
        "fi": "Erääntyvät tehtävät ja virstanpylväät, {quarter}",
        "sv": "Uppgifter och milstolpar som förfaller, {quarter}",
        "en": "Tasks and milestones falling due, {quarter}",
    },
    "timeline.due": {"fi": "Eräpäivä", "sv": "Förfallodag", "en": "Due"},
    "timeline.item": {
        "fi": "Tehtävä tai virstanpylväs",
        "sv": "Uppgift eller milstolpe",
        "en": "Task or milestone",
    },
    "timeline.kind": {"fi": "Laji", "sv": "Typ", "en": "Kind"},
    "timeline.kind.task": {"fi": "tehtävä", "sv": "uppgift", "en": "task"},
    "timeline.kind.milestone": {"fi": "virstanpylväs", "sv": "milstolpe", "en": "milestone"},
    "timeline.who": {"fi": "Vastuussa", "sv": "Ansvariga", "en": "Who"},
    "timeline.none": {
        "fi": "Valitulla jaksolla ei erääntynyt mitään.",
        "sv": "Inget förföll under den valda perioden.",
        "en": "Nothing falls due in the chosen period.",
    },
    "timeline.diagram": {"fi": "Uimaratakaavio", "sv": "Simbanediagram", "en": "Swimlane diagram"},
    "annual_clock.title": {"fi": "Vuosikello", "sv": "Årshjul", "en": "Annual clock"},
    "annual_clock.intro": {
        "fi": "Ohjauksen vuosikellot: mitä tapahtuu minäkin kuukautena, vaalivuosina ja muina vuosina.",
        "sv": "Styrningens årshjul: vad som sker varje månad, under valår och andra år.",
        "en": "The annual clocks of steering: what happens in which month, in election years and others.",
    },
    "annual_clock.at": {"fi": "Tilanne päivältä", "sv": "Läget dagen", "en": "As of"},
    "annual_clock.variant_of": {
        "fi": "Muunnelma: {clock}",
        "sv": "Variant av: {clock}",
        "en": "Variant of: {clock}",
    },
    "annual_clock.caption": {
        "fi": "{clock} kuukausittain",
        "sv": "{clock} månad för månad",
        "en": "{clock} month by month",
    },
    "annual_clock.none": {
        "fi": "Lähteissä ei ole tämän vuosikellon virstanpylväitä.",
        "sv": "Källorna har inga milstolpar för detta årshjul.",
        "en": "The sources give no milestones for this clock.",
    },
    "annual_clock.month": {"fi": "Kuukausi", "sv": "Månad", "en": "Month"},
    "annual_clock.milestone": {"fi": "Virstanpylväs", "sv": "Milstolpe", "en": "Milestone"},
    "annual_clock.type": {"fi": "Laji", "sv": "Typ", "en": "Kind"},
    "diagram.download_svg": {"fi": "Lataa SVG-kuvana", "sv": "Ladda ner som SVG", "en": "Download as SVG"},
    "diagram.download_png": {"fi": "Lataa PNG-kuvana", "sv": "Ladda ner som PNG", "en": "Download as PNG"},
    "diagram.studio": {
        "fi": "Lisää muotoja kaaviotyökalussa",
        "sv": "Fler format i diagramverktyget",
        "en": "More formats in the diagram studio",
    },
    "error.bad_quarter": {
        "fi": "Neljännes ”{value}” ei kelpaa: anna se muodossa VVVV-Qn, esim. 2024-Q2.",
        "sv": "Kvartalet ”{value}” duger inte: ange det i formen ÅÅÅÅ-Qn, t.ex. 2024-Q2.",
        "en": 'The quarter "{value}" is not valid: give it as YYYY-Qn, e.g. 2024-Q2.',
    },
    "error.period_order": {
        "fi": "Jakso päättyy ({end}) ennen kuin se alkaa ({start}).",
        "sv": "Perioden slutar ({end}) innan den börjar ({start}).",
        "en": "The period ends ({end}) before it starts ({start}).",
    },
    # Draft check page
    "check.title": {"fi": "Luonnoksen tarkistus", "sv": "Granskning av utkast", "en": "Draft check"},
    "check.intro": {
        "fi": "Tarkista säädösluonnoksen vastuunjako nykyistä tietoverkkoa vasten. Luonnos luetaan "
        "tietoverkon erilliseen kopioon; mitään ei tallenneta.",
        "sv": "Granska ansvarsfördelningen i ett författningsutkast mot den nuvarande grafen. Utkastet "
        "läses in i en separat kopia av grafen; ingenting sparas.",
        "en": "Check a draft regulation's division of duties against the current graph. The draft is "
        "read into a separate copy of the graph; nothing is stored.",
    },
    "check.file": {"fi": "Luonnostiedosto", "sv": "Utkastfil", "en": "Draft file"},
    "check.file.hint": {
        "fi": "Valitse tai pudota tähän CSV-, XLSX-, Turtle- (.ttl) tai JSON-LD-tiedosto (enintään 5 Mt).",
        "sv": "Välj eller släpp här en CSV-, XLSX-, Turtle- (.ttl) eller JSON-LD-fil (högst 5 MB).",
        "en": "Choose or drop here a CSV, XLSX, Turtle (.ttl) or JSON-LD file (at most 5 MB).",
    },
    "check.at": {"fi": "Voimaantulopäivä", "sv": "Ikraftträdandedag", "en": "Effective date"},
    "check.at.hint": {
        "fi": "Tyhjänä kunkin vastuun oma alkupäivä.",
        "sv": "Tomt: varje ansvars egen startdag.",
        "en": "Empty: each duty's own start date.",
    },
    "check.report_lang": {"fi": "Raportin kieli", "sv": "Rapportens språk", "en": "Report language"},
    "check.only_new": {
        "fi": "Näytä vain luonnoksen tuomat havainnot",
        "sv": "Visa bara iakttagelser som utkastet för med sig",
        "en": "Show only what the draft brings",
    },
    "check.submit": {"fi": "Tarkista", "sv": "Granska", "en": "Check"},
    "check.result": {"fi": "Tulos: {name}", "sv": "Resultat: {name}", "en": "Result: {name}"},
    "check.coherent": {
        "fi": "Johdonmukainen: ei virhetason havaintoja.",
        "sv": "Konsekvent: inga iakttagelser på felnivå.",
        "en": "Coherent: no findings of error severity.",
    },
    "check.incoherent": {
        "fi": "Ristiriitainen: luonnoksessa tai tietoverkossa on virhetason havaintoja.",
        "sv": "Motstridig: utkastet eller grafen har iakttagelser på felnivå.",
        "en": "Incoherent: the draft or the graph has findings of error severity.",
    },
    "check.downloads": {"fi": "Lataa raportti:", "sv": "Ladda ner rapporten:", "en": "Download the report:"},
    "check.download.html": {"fi": "HTML", "sv": "HTML", "en": "HTML"},
    "check.download.md": {"fi": "Markdown", "sv": "Markdown", "en": "Markdown"},
    "check.download.json": {"fi": "JSON", "sv": "JSON", "en": "JSON"},
    "check.counts": {
        "fi": "Luonnoksen tuomia havaintoja {new}, tietoverkossa jo ennestään {old}.",
        "sv": "Iakttagelser som utkastet för med sig: {new}; som grafen redan hade: {old}.",
        "en": "Findings the draft brings: {new}; findings the graph already had: {old}.",
    },
    "check.findings": {"fi": "Havainnot", "sv": "Iakttagelser", "en": "Findings"},
    "check.no_findings": {"fi": "Ei havaintoja.", "sv": "Inga iakttagelser.", "en": "No findings."},
    "check.tag.new": {"fi": "luonnoksesta", "sv": "från utkastet", "en": "from the draft"},
    "check.tag.old": {"fi": "ennestään", "sv": "sedan tidigare", "en": "already there"},
    "check.provisions": {"fi": "Säännökset", "sv": "Bestämmelser", "en": "Provisions"},
    "check.the_draft": {"fi": "luonnos", "sv": "utkastet", "en": "the draft"},
    "check.diff": {
        "fi": "Kuka tekee mitä ennen ja jälkeen",
        "sv": "Vem gör vad före och efter",
        "en": "Who does what, before and after",
    },
    "check.diff.caption": {"fi": "{count} muutosta", "sv": "{count} ändringar", "en": "{count} changes"},
    "check.no_changes": {
        "fi": "Ei muutoksia vastuisiin.",
        "sv": "Inga ändringar i ansvaren.",
        "en": "No change to the duties.",
    },
    "check.col.change": {"fi": "Muutos", "sv": "Ändring", "en": "Change"},
    "check.col.actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "check.col.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "check.col.task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "check.col.before": {"fi": "Ennen", "sv": "Före", "en": "Before"},
    "check.col.after": {"fi": "Jälkeen", "sv": "Efter", "en": "After"},
    "check.col.basis": {"fi": "Säädösperusta", "sv": "Rättslig grund", "en": "Legal basis"},
    "check.col.provision": {
        "fi": "Luonnoksen säännös",
        "sv": "Utkastets bestämmelse",
        "en": "Draft provision",
    },
    "check.error.line": {"fi": "rivillä {line}", "sv": "på rad {line}", "en": "on line {line}"},
    "check.error.cell": {"fi": "solussa {cell}", "sv": "i cell {cell}", "en": "in cell {cell}"},
    "check.error.column": {
        "fi": "sarakkeessa {column}",
        "sv": "i kolumnen {column}",
        "en": "in column {column}",
    },
    "check.error.unreadable": {"fi": "luonnoksessa", "sv": "i utkastet", "en": "in the draft"},
    "check.error.detail": {
        "fi": "Luonnosta ei voitu lukea: virhe {where}. Lukijan ilmoitus (englanniksi): {detail}",
        "sv": "Utkastet kunde inte läsas: fel {where}. Läsarens meddelande (på engelska): {detail}",
        "en": "The draft could not be read: an error {where}. The reader says: {detail}",
    },
    "severity.error": {"fi": "virhe", "sv": "fel", "en": "error"},
    "severity.warning": {"fi": "varoitus", "sv": "varning", "en": "warning"},
    "severity.info": {"fi": "huomio", "sv": "notis", "en": "note"},
    # Diagram studio
    "studio.title": {"fi": "Kaaviotyökalu", "sv": "Diagramverktyg", "en": "Diagram studio"},
    "studio.intro": {
        "fi": "Valitse kaavion laji ja rajaukset, esikatsele ja lataa kaavio ohjeeseen "
        "haluamassasi muodossa.",
        "sv": "Välj diagramtyp och avgränsningar, förhandsgranska och ladda ner diagrammet i önskat format.",
        "en": "Choose the kind of diagram and its filters, preview it and download it "
        "in the format you need.",
    },
    "studio.kind": {"fi": "Kaavion laji", "sv": "Diagramtyp", "en": "Kind of diagram"},
    "studio.kind.raci": {"fi": "RACI-matriisi", "sv": "RACI-matris", "en": "RACI matrix"},
    "studio.kind.roles": {"fi": "Roolikaavio", "sv": "Rolldiagram", "en": "Role diagram"},
    "studio.kind.swimlane": {"fi": "Uimaratakaavio", "sv": "Simbanediagram", "en": "Swimlane"},
    "studio.kind.annual-clock": {"fi": "Vuosikello", "sv": "Årshjul", "en": "Annual clock"},
    "studio.kind.dependencies": {"fi": "Riippuvuuskaavio", "sv": "Beroendediagram", "en": "Dependencies"},
    "studio.part": {"fi": "Mallin osa", "sv": "Del av modellen", "en": "Part of the model"},
    "studio.whole_model": {"fi": "koko malli", "sv": "hela modellen", "en": "the whole model"},
    "studio.diagram_lang": {
        "fi": "Kaavion kieli",
        "sv": "Diagrammets språk",
        "en": "Language of the diagram",
    },
    "lang.name.fi": {"fi": "suomi", "sv": "finska", "en": "Finnish"},
    "lang.name.sv": {"fi": "ruotsi", "sv": "svenska", "en": "Swedish"},
    "lang.name.en": {"fi": "englanti", "sv": "engelska", "en": "English"},
    "studio.preview": {"fi": "Esikatsele", "sv": "Förhandsgranska", "en": "Preview"},
    "studio.preview.heading": {"fi": "Esikatselu", "sv": "Förhandsgranskning", "en": "Preview"},
    "studio.downloads": {"fi": "Lataa:", "sv": "Ladda ner:", "en": "Download:"},
    "studio.error.filter": {
        "fi": "Valittu rajaus ei sovi tähän kaavioon.",
        "sv": "Den valda avgränsningen passar inte detta diagram.",
        "en": "The chosen filter does not fit this diagram.",
    },
    "studio.error.tool": {
        "fi": "Kaavion piirtotyökalu puuttuu palvelimelta (Graphviz tai rsvg-convert).",
        "sv": "Ritverktyget saknas på servern (Graphviz eller rsvg-convert).",
        "en": "The drawing tool is missing on the server (Graphviz or rsvg-convert).",
    },
    # SPARQL page
    "sparql.title": {"fi": "SPARQL-kyselyt", "sv": "SPARQL-frågor", "en": "SPARQL queries"},
    "sparql.intro": {
        "fi": "Kysy tietoverkolta SPARQL 1.1 -kielellä. Etuliitteet (eso:, es:, org:, skos: …) on "
        "valmiiksi määritelty. Sama osoite /sparql palvelee myös ohjelmia SPARQL-protokollalla.",
        "sv": "Fråga grafen på SPARQL 1.1. Prefixen (eso:, es:, org:, skos: …) är färdigt "
        "definierade. Samma adress /sparql betjänar också program med SPARQL-protokollet.",
        "en": "Ask the graph in SPARQL 1.1. The prefixes (eso:, es:, org:, skos: …) are defined "
        "already. The same address /sparql serves programs over the SPARQL protocol.",
    },
    "sparql.editor": {"fi": "Kyselyeditori", "sv": "Frågeredigerare", "en": "Query editor"},
    "sparql.editor.hint": {
        "fi": "Suorita kysely painikkeella tai Ctrl+Enter. Tulokset näkyvät editorin alla.",
        "sv": "Kör frågan med knappen eller Ctrl+Enter. Resultaten visas under redigeraren.",
        "en": "Run the query with the button or Ctrl+Enter. Results appear below the editor.",
    },
    "sparql.noscript": {
        "fi": "Editori tarvitsee JavaScriptin. Valmiit kyselyt voi ajaa alla olevista linkeistä.",
        "sv": "Redigeraren behöver JavaScript. Färdiga frågor kan köras via länkarna nedan.",
        "en": "The editor needs JavaScript. The stored queries run from the links below.",
    },
    "sparql.examples": {"fi": "Valmiit kyselyt", "sv": "Färdiga frågor", "en": "Stored queries"},
    "sparql.examples.caption": {
        "fi": "{count} valmista kyselyä",
        "sv": "{count} färdiga frågor",
        "en": "{count} stored queries",
    },
    "sparql.col.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "sparql.col.summary": {"fi": "Mitä se kertoo", "sv": "Vad den visar", "en": "What it tells"},
    "sparql.col.actions": {"fi": "Toiminnot", "sv": "Åtgärder", "en": "Actions"},
    "sparql.open": {"fi": "Avaa editoriin", "sv": "Öppna i redigeraren", "en": "Open in the editor"},
    "sparql.csv": {"fi": "Tulokset CSV-tiedostona", "sv": "Resultat som CSV-fil", "en": "Results as CSV"},
    # API description pages
    "docs.title": {
        "fi": "Rajapinnan kuvaus – työllisyydenhoidon ohjauksen tietoverkko",
        "sv": "API-beskrivning – kunskapsgrafen för sysselsättningsstyrningen",
        "en": "API description – employment-steering knowledge graph",
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

WEB = {**WEB, **WORKSPACE}
"""The pages' words and the editing pages' words (kg_service.i18n.workspace), in one table."""

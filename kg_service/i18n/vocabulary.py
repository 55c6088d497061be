"""Names of the modelling terms themselves (class, property, shape, ...), in fi, sv and en.

The graph labels our classes and the standard classes we reuse; the OWL, RDF and SHACL meta-terms
(owl:Class, sh:NodeShape) have no labels in our data, so their names, used as the kind of a search
hit and as headings of the vocabulary pages, come from this table.
"""

from __future__ import annotations

from kg_service.i18n import Table

META_TERMS: Table = {
    "http://www.w3.org/2002/07/owl#Class": {"fi": "luokka", "sv": "klass", "en": "class"},
    "http://www.w3.org/2000/01/rdf-schema#Class": {"fi": "luokka", "sv": "klass", "en": "class"},
    "http://www.w3.org/2002/07/owl#ObjectProperty": {
        "fi": "objektiominaisuus",
        "sv": "objektegenskap",
        "en": "object property",
    },
    "http://www.w3.org/2002/07/owl#DatatypeProperty": {
        "fi": "tietotyyppiominaisuus",
        "sv": "datatypsegenskap",
        "en": "datatype property",
    },
    "http://www.w3.org/2002/07/owl#AnnotationProperty": {
        "fi": "annotaatio-ominaisuus",
        "sv": "annoteringsegenskap",
        "en": "annotation property",
    },
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property": {
        "fi": "ominaisuus",
        "sv": "egenskap",
        "en": "property",
    },
    "http://www.w3.org/2002/07/owl#Ontology": {"fi": "ontologia", "sv": "ontologi", "en": "ontology"},
    "http://www.w3.org/ns/shacl#NodeShape": {
        "fi": "muoto (SHACL)",
        "sv": "form (SHACL)",
        "en": "shape (SHACL)",
    },
    "http://www.w3.org/ns/shacl#PropertyShape": {
        "fi": "ominaisuusmuoto (SHACL)",
        "sv": "egenskapsform (SHACL)",
        "en": "property shape (SHACL)",
    },
    "http://www.w3.org/ns/shacl#Violation": {"fi": "virhe", "sv": "fel", "en": "violation"},
    "http://www.w3.org/ns/shacl#Warning": {"fi": "varoitus", "sv": "varning", "en": "warning"},
    "http://www.w3.org/ns/shacl#Info": {"fi": "huomautus", "sv": "upplysning", "en": "information"},
}

CATALOG: Table = {
    "catalog.title": {
        "fi": "Työllisyyden edistämisen ohjauksen tietoluettelo",
        "sv": "Datakatalog för styrningen av främjandet av sysselsättningen",
        "en": "Catalogue of the employment-promotion steering data",
    },
    "catalog.description": {
        "fi": "Tietoaineisto ja palvelut, joista näkee, kuka vastaa mistäkin ja milloin.",
        "sv": "Datamängden och tjänsterna som visar vem som ansvarar för vad och när.",
        "en": "The dataset and the services that tell who is responsible for what, and when.",
    },
    "dataset.title": {
        "fi": "Työllisyyden edistämisen ohjauksen tietoverkko",
        "sv": "Kunskapsgrafen över styrningen av främjandet av sysselsättningen",
        "en": "Employment-promotion steering knowledge graph",
    },
    "dataset.description": {
        "fi": "Kuka vastaa mistäkin ja milloin työllisyyden edistämisen ohjauksessa: toimijat, tehtävät,"
        " roolit, aikataulut, säädösperusta ja lähteet.",
        "sv": "Vem ansvarar för vad och när i styrningen av främjandet av sysselsättningen: aktörer,"
        " uppgifter, roller, tidsplaner, rättslig grund och källor.",
        "en": "Who is responsible for what, and when, in Finland's employment-promotion steering: actors,"
        " tasks, roles, schedules, legal basis and sources.",
    },
    "dataset.keywords": {
        "fi": "työllisyyden edistäminen, ohjaus, vastuunjako, työllisyysalueet",
        "sv": "främjande av sysselsättningen, styrning, ansvarsfördelning, sysselsättningsområden",
        "en": "employment promotion, steering, responsibilities, employment areas",
    },
    "sparql.title": {
        "fi": "SPARQL-kyselypalvelu",
        "sv": "SPARQL-frågetjänst",
        "en": "SPARQL query service",
    },
    "sparql.description": {
        "fi": "SPARQL 1.1 -protokollan mukainen lukupalvelu koko tietoverkkoon.",
        "sv": "Lästjänst enligt SPARQL 1.1-protokollet för hela kunskapsgrafen.",
        "en": "Read access to the whole graph by the SPARQL 1.1 Protocol.",
    },
    "api.title": {
        "fi": "Vastuukyselyjen ohjelmointirajapinta",
        "sv": "Programmeringsgränssnitt för ansvarsfrågor",
        "en": "Responsibilities API",
    },
    "api.description": {
        "fi": "JSON-rajapinta: kuka vastaa, toimijat, tehtävät, aikajana, haku ja tallennetut kyselyt.",
        "sv": "JSON-gränssnitt: vem som ansvarar, aktörer, uppgifter, tidslinje, sökning och sparade frågor.",
        "en": "JSON API: who is responsible, actors, tasks, timeline, search and stored queries.",
    },
    "graph.ontology": {
        "fi": "Ontologia ja käsitteistöt",
        "sv": "Ontologi och begreppsscheman",
        "en": "Ontology and concept schemes",
    },
    "graph.shapes": {"fi": "SHACL-muodot", "sv": "SHACL-former", "en": "SHACL shapes"},
    "graph.data": {"fi": "Koko tietoverkko", "sv": "Hela kunskapsgrafen", "en": "The whole graph"},
}

PAGES: Table = {
    # search page
    "search.intro": {
        "fi": "Hae nimellä, lyhenteellä, tunnuksella tai määritelmän sanalla. Taivutetut muodot ja"
        " yhdyssanan osat käyvät (esim. elinvoimakeskuksille, kuntien).",
        "sv": "Sök på namn, förkortning, kod eller ett ord i definitionen. Böjda former och delar av"
        " sammansatta ord fungerar (t.ex. kommunerna, livskraftscentralerna).",
        "en": "Search by name, abbreviation, code or a word of the definition. Finnish and Swedish"
        " inflected forms and parts of compounds work (e.g. elinvoimakeskuksille, kommunerna).",
    },
    "search.label": {"fi": "Hakusana", "sv": "Sökord", "en": "Search words"},
    "search.button": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "search.only": {"fi": "Nimien kieli", "sv": "Namnens språk", "en": "Language of the names"},
    "search.only.any": {"fi": "kaikki kielet", "sv": "alla språk", "en": "all languages"},
    "search.count": {
        "fi": "{count} osumaa haulle ”{q}”",
        "sv": "{count} träffar för ”{q}”",
        "en": "{count} results for “{q}”",
    },
    "search.none": {
        "fi": "Ei osumia haulle ”{q}”. Kokeile lyhyempää sanaa tai toista kieltä.",
        "sv": "Inga träffar för ”{q}”. Pröva ett kortare ord eller ett annat språk.",
        "en": "No results for “{q}”. Try a shorter word or another language.",
    },
    "search.kind": {"fi": "Laji", "sv": "Typ", "en": "Kind"},
    "search.matched": {"fi": "Osui", "sv": "Träff i", "en": "Matched"},
    "search.too_short": {
        "fi": "Kirjoita vähintään 2 merkkiä.",
        "sv": "Skriv minst 2 tecken.",
        "en": "Type at least 2 characters.",
    },
    "search.too_long": {
        "fi": "Hakusana saa olla enintään {limit} merkkiä.",
        "sv": "Sökordet får vara högst {limit} tecken.",
        "en": "The search may be at most {limit} characters.",
    },
    "search.bad_lang": {
        "fi": "Valitse kieli luettelosta.",
        "sv": "Välj ett språk i listan.",
        "en": "Choose a language from the list.",
    },
    "field.prefLabel": {"fi": "nimi", "sv": "namn", "en": "name"},
    "field.label": {"fi": "nimi", "sv": "namn", "en": "name"},
    "field.altLabel": {"fi": "vaihtoehtoinen nimi", "sv": "alternativt namn", "en": "alternative name"},
    "field.notation": {"fi": "tunnus", "sv": "kod", "en": "notation"},
    "field.identifier": {"fi": "tunnus", "sv": "kod", "en": "identifier"},
    "field.definition": {"fi": "määritelmä", "sv": "definition", "en": "definition"},
    # vocabulary pages
    "vocab.title": {"fi": "Sanasto", "sv": "Vokabulär", "en": "Vocabulary"},
    "vocab.intro": {
        "fi": "Mallin luokat, ominaisuudet, SHACL-muodot ja käsitteistöt: nimet ja määritelmät suomeksi,"
        " ruotsiksi ja englanniksi, sijainti mallissa, rajoitteet ja esimerkkikysely.",
        "sv": "Modellens klasser, egenskaper, SHACL-former och begreppsscheman: namn och definitioner på"
        " finska, svenska och engelska, plats i modellen, begränsningar och en exempelfråga.",
        "en": "The model's classes, properties, SHACL shapes and concept schemes: names and definitions in"
        " Finnish, Swedish and English, their place in the model, constraints and a worked query.",
    },
    "vocab.kind.class": {"fi": "Luokat", "sv": "Klasser", "en": "Classes"},
    "vocab.kind.property": {"fi": "Ominaisuudet", "sv": "Egenskaper", "en": "Properties"},
    "vocab.kind.shape": {"fi": "SHACL-muodot", "sv": "SHACL-former", "en": "SHACL shapes"},
    "vocab.kind.scheme": {"fi": "Käsitteistöt", "sv": "Begreppsscheman", "en": "Concept schemes"},
    "vocab.one.class": {"fi": "Luokka", "sv": "Klass", "en": "Class"},
    "vocab.one.property": {"fi": "Ominaisuus", "sv": "Egenskap", "en": "Property"},
    "vocab.one.shape": {"fi": "SHACL-muoto", "sv": "SHACL-form", "en": "SHACL shape"},
    "vocab.one.scheme": {"fi": "Käsitteistö", "sv": "Begreppsschema", "en": "Concept scheme"},
    "vocab.count": {"fi": "{count} kpl", "sv": "{count} st.", "en": "{count}"},
    "vocab.col.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "vocab.col.curie": {"fi": "Tunniste", "sv": "Identifierare", "en": "Identifier"},
    "vocab.col.definition": {"fi": "Määritelmä", "sv": "Definition", "en": "Definition"},
    "vocab.names": {"fi": "Nimet", "sv": "Namn", "en": "Names"},
    "vocab.name.fi": {"fi": "suomeksi", "sv": "på finska", "en": "in Finnish"},
    "vocab.name.sv": {"fi": "ruotsiksi", "sv": "på svenska", "en": "in Swedish"},
    "vocab.name.en": {"fi": "englanniksi", "sv": "på engelska", "en": "in English"},
    "vocab.definition": {"fi": "Määritelmä", "sv": "Definition", "en": "Definition"},
    "vocab.no_definition": {
        "fi": "Määritelmää ei ole tällä kielellä.",
        "sv": "Ingen definition på detta språk.",
        "en": "No definition in this language.",
    },
    "vocab.iri": {"fi": "IRI-tunniste", "sv": "IRI", "en": "IRI"},
    "vocab.superclasses": {"fi": "Yläluokat", "sv": "Överklasser", "en": "Superclasses"},
    "vocab.subclasses": {"fi": "Alaluokat", "sv": "Underklasser", "en": "Subclasses"},
    "vocab.domainOf": {
        "fi": "Ominaisuudet, joiden kohde on tämä luokka",
        "sv": "Egenskaper vars subjekt är denna klass",
        "en": "Properties whose subject is this class",
    },
    "vocab.rangeOf": {
        "fi": "Ominaisuudet, joiden arvo on tämä luokka",
        "sv": "Egenskaper vars värde är denna klass",
        "en": "Properties whose value is this class",
    },
    "vocab.constrainedProperties": {
        "fi": "Ominaisuudet, joita muodot rajoittavat",
        "sv": "Egenskaper som formerna begränsar",
        "en": "Properties the shapes constrain",
    },
    "vocab.shapes": {
        "fi": "Muodot, jotka rajoittavat",
        "sv": "Former som begränsar",
        "en": "Shapes that constrain it",
    },
    "vocab.valueOfShapes": {
        "fi": "Muodot, jotka vaativat arvoksi tämän luokan",
        "sv": "Former som kräver denna klass som värde",
        "en": "Shapes that require this class as a value",
    },
    "vocab.domain": {"fi": "Kohdeluokka", "sv": "Domän", "en": "Domain"},
    "vocab.range": {"fi": "Arvoalue", "sv": "Värdemängd", "en": "Range"},
    "vocab.superproperties": {"fi": "Yläominaisuudet", "sv": "Överegenskaper", "en": "Superproperties"},
    "vocab.subproperties": {"fi": "Alaominaisuudet", "sv": "Underegenskaper", "en": "Subproperties"},
    "vocab.inverse": {"fi": "Käänteisominaisuus", "sv": "Invers egenskap", "en": "Inverse"},
    "vocab.targets": {"fi": "Kohdeluokat", "sv": "Målklasser", "en": "Target classes"},
    "vocab.constraints": {"fi": "Rajoitteet", "sv": "Begränsningar", "en": "Constraints"},
    "vocab.col.path": {"fi": "Ominaisuus", "sv": "Egenskap", "en": "Property"},
    "vocab.col.count": {"fi": "Lukumäärä", "sv": "Antal", "en": "Count"},
    "vocab.col.value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "vocab.col.severity": {"fi": "Vakavuus", "sv": "Allvarlighet", "en": "Severity"},
    "vocab.col.message": {"fi": "Viesti", "sv": "Meddelande", "en": "Message"},
    "vocab.count.range": {"fi": "{low}–{high}", "sv": "{low}–{high}", "en": "{low}–{high}"},
    "vocab.count.min": {"fi": "vähintään {low}", "sv": "minst {low}", "en": "at least {low}"},
    "vocab.count.max": {"fi": "enintään {high}", "sv": "högst {high}", "en": "at most {high}"},
    "vocab.value.datatype": {"fi": "tietotyyppi {name}", "sv": "datatyp {name}", "en": "datatype {name}"},
    "vocab.value.class": {"fi": "luokan {name} jäsen", "sv": "medlem av {name}", "en": "a member of {name}"},
    "vocab.value.pattern": {"fi": "muoto {pattern}", "sv": "mönster {pattern}", "en": "pattern {pattern}"},
    "vocab.concepts": {"fi": "Käsitteet", "sv": "Begrepp", "en": "Concepts"},
    "vocab.col.notation": {"fi": "Tunnus", "sv": "Kod", "en": "Notation"},
    "vocab.col.broader": {"fi": "Yläkäsite", "sv": "Överordnat begrepp", "en": "Broader"},
    "vocab.none": {"fi": "ei ole", "sv": "inga", "en": "none"},
    "vocab.worked": {"fi": "Esimerkkikysely", "sv": "Exempelfråga", "en": "Worked query"},
    "vocab.worked.intro": {
        "fi": "Tallennettu kysely, jossa tämä termi on sidottu arvoksi, ja sen tulokset:",
        "sv": "Den sparade frågan med denna term bunden som värde, och dess resultat:",
        "en": "The stored query with this term bound, and its results:",
    },
    "vocab.worked.none": {
        "fi": "Muodolla ei ole kohdeluokkaa, joten esimerkkikyselyä ei ole.",
        "sv": "Formen har ingen målklass och därför ingen exempelfråga.",
        "en": "The shape has no target class, so there is no worked query.",
    },
    "vocab.unknown": {
        "fi": "Tätä termiä ei ole mallissa: {term}",
        "sv": "Termen finns inte i modellen: {term}",
        "en": "This term is not in the model: {term}",
    },
    "vocab.back": {"fi": "Koko sanasto", "sv": "Hela vokabulären", "en": "The whole vocabulary"},
    # downloads
    "downloads.title": {"fi": "Lataukset", "sv": "Nedladdningar", "en": "Downloads"},
    "downloads.intro": {
        "fi": "Koko ontologia, SHACL-muodot ja tietoverkko ladattavina tiedostoina kolmessa RDF-muodossa."
        " Tietoluettelo (DCAT) kuvaa aineiston ja palvelut tietoportaaleille.",
        "sv": "Hela ontologin, SHACL-formerna och kunskapsgrafen som filer i tre RDF-format."
        " Datakatalogen (DCAT) beskriver datamängden och tjänsterna för dataportaler.",
        "en": "The whole ontology, SHACL shapes and graph as files in three RDF formats."
        " The catalogue (DCAT) describes the dataset and services for data portals.",
    },
    "downloads.col.graph": {"fi": "Aineisto", "sv": "Data", "en": "Graph"},
    "downloads.col.files": {"fi": "Tiedostot", "sv": "Filer", "en": "Files"},
    "downloads.catalog": {"fi": "Tietoluettelo (DCAT)", "sv": "Datakatalog (DCAT)", "en": "Catalogue (DCAT)"},
}

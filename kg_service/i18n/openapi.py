"""The API description's own words (title, summaries, descriptions, answers) in fi, sv and en.

The routes are written with English group names (tags), summaries and docstrings, and FastAPI
adds its own English ("Successful Response"). ``/openapi.json?lang=fi|sv`` (read by /docs and
/redoc in the page's language) swaps each of them for its translation here. A row's key is the
English text exactly as the description carries it, so a changed docstring without a new
translation is found by the test that requires every text of the Finnish and Swedish documents
to be translated (tests/test_openapi_language.py).
"""

from __future__ import annotations

from kg_service.i18n import Table

_ROWS: tuple[tuple[str, str, str], ...] = (
    # (en, fi, sv)
    (
        "Employment-steering knowledge graph",
        "Työllisyydenhoidon ohjauksen tietograafi",
        "Kunskapsgrafen för sysselsättningsstyrningen",
    ),
    (
        "Who is responsible for what, and when, in Finland's employment-promotion steering.",
        "Kuka vastaa mistäkin ja milloin Suomen työllisyyden edistämisen ohjauksessa.",
        "Vem som ansvarar för vad, och när, i styrningen av sysselsättningsfrämjandet i Finland.",
    ),
    (
        "SPARQL 1.1 query (GET, query in the URL)",
        "SPARQL 1.1 -kysely (GET, kysely osoitteessa)",
        "SPARQL 1.1-fråga (GET, frågan i adressen)",
    ),
    (
        "Run a read-only SPARQL query given as the `query` URL parameter (a browser gets the editor).",
        "Suorittaa vain lukevan SPARQL-kyselyn, joka annetaan osoitteen `query`-parametrina "
        "(selain saa kyselyeditorin).",
        "Kör en SPARQL-fråga som bara läser, given som adressens parameter `query` "
        "(en webbläsare får frågeredigeraren).",
    ),
    (
        "SPARQL 1.1 query (POST, form or application/sparql-query)",
        "SPARQL 1.1 -kysely (POST, lomake tai application/sparql-query)",
        "SPARQL 1.1-fråga (POST, formulär eller application/sparql-query)",
    ),
    (
        "Run a read-only SPARQL query sent as a form field or as the request body.",
        "Suorittaa vain lukevan SPARQL-kyselyn, joka lähetetään lomakkeen kenttänä tai pyynnön runkona.",
        "Kör en SPARQL-fråga som bara läser, skickad som ett formulärfält eller som begärans kropp.",
    ),
    (
        "Who is responsible for what, and when",
        "Kuka vastaa mistäkin ja milloin",
        "Vem ansvarar för vad, och när",
    ),
    (
        "Each row: actor, role (and RACI code), task, period, due date, status, legal basis, source.",
        "Kullakin rivillä toimija, rooli (ja RACI-kirjain), tehtävä, voimassaoloaika, määräaika, tila, "
        "oikeusperusta ja lähde.",
        "Varje rad: aktör, roll (och RACI-bokstav), uppgift, period, tidsfrist, status, rättslig grund, "
        "källa.",
    ),
    (
        "Actors: organisations, units, groups and kinds of actor",
        "Toimijat: organisaatiot, yksiköt, ryhmät ja toimijalajit",
        "Aktörer: organisationer, enheter, grupper och aktörstyper",
    ),
    (
        "Every actor with its type, kind and dates; filter by kind or by existence on a date.",
        "Kaikki toimijat tyyppeineen, lajeineen ja päivämäärineen; rajaus lajin tai päivänä "
        "olemassaolon mukaan.",
        "Alla aktörer med typ, slag och datum; filtrera efter slag eller efter existens en viss dag.",
    ),
    (
        "One actor and its responsibilities",
        "Yksi toimija ja sen vastuut",
        "En aktör och dess ansvar",
    ),
    (
        "The actor's facts, labels in every language, its sub-organisations (a council's sections)\n"
        "and what it is responsible for.",
        "Toimijan tiedot, nimet kaikilla kielillä, sen alaorganisaatiot (neuvottelukunnan jaostot) "
        "ja se, mistä se vastaa.",
        "Aktörens uppgifter, namn på alla språk, dess underorganisationer (en delegations sektioner) "
        "och vad den ansvarar för.",
    ),
    (
        "Tasks of the steering model and of the law",
        "Ohjausmallin ja lain tehtävät",
        "Styrmodellens och lagens uppgifter",
    ),
    (
        "Every task, or those inside one part or workstream, with parent, due date and the status in\n"
        "force on ``at``; ``status`` keeps the tasks whose status on that day has that code.",
        "Kaikki tehtävät tai yhden osan tai työvaiheen tehtävät, kunkin ylätehtävä, määräaika ja "
        "päivänä ``at`` voimassa oleva tila; ``status`` jättää ne tehtävät, joiden tila sinä päivänä "
        "on tämä koodi.",
        "Alla uppgifter, eller de inom en del eller ett arbetsskede, med överordnad uppgift, tidsfrist "
        "och status i kraft dagen ``at``; ``status`` behåller uppgifterna vars status den dagen har "
        "den koden.",
    ),
    (
        "One task: schedule, status, output, who does what",
        "Yksi tehtävä: aikataulu, tila, tuotos, kuka tekee mitä",
        "En uppgift: tidtabell, status, resultat, vem gör vad",
    ),
    (
        "The task card: labels, structure, schedules, status, outputs, responsibilities, sources.",
        "Tehtäväkortti: nimet, rakenne, aikataulut, tila, tuotokset, vastuut ja lähteet.",
        "Uppgiftskortet: namn, struktur, tidtabeller, status, resultat, ansvar och källor.",
    ),
    (
        "The steering model's parts and workstreams",
        "Ohjausmallin osat ja työvaiheet",
        "Styrmodellens delar och arbetsskeden",
    ),
    (
        "The model, its parts and workstreams, each with what it belongs to.",
        "Malli, sen osat ja työvaiheet, kukin sen kokonaisuuden kanssa, johon se kuuluu.",
        "Modellen, dess delar och arbetsskeden, vart och ett med det som det hör till.",
    ),
    (
        "One part or workstream and its tasks",
        "Yksi osa tai työvaihe ja sen tehtävät",
        "En del eller ett arbetsskede och dess uppgifter",
    ),
    (
        "A part or workstream with every task inside it.",
        "Osa tai työvaihe ja kaikki sen sisältämät tehtävät.",
        "En del eller ett arbetsskede med alla uppgifter inom det.",
    ),
    (
        "What falls due between two dates or in a quarter",
        "Mitä erääntyy kahden päivän välillä tai vuosineljänneksellä",
        "Vad som förfaller mellan två datum eller under ett kvartal",
    ),
    (
        "Tasks and milestones due in the period: who takes part, on what basis, what each produces.",
        "Jaksolla erääntyvät tehtävät ja virstanpylväät: ketkä osallistuvat, millä perusteella ja mitä "
        "kukin tuottaa.",
        "Uppgifter och milstolpar som förfaller under perioden: vem som deltar, på vilken grund och "
        "vad var och en ger.",
    ),
    (
        "Search in fi, sv and en, inflected forms too",
        "Haku suomeksi, ruotsiksi ja englanniksi, myös taivutetuilla muodoilla",
        "Sökning på finska, svenska och engelska, även med böjda former",
    ),
    (
        "Nodes whose labels, alternative labels, notations or definitions match ``q``, best first.\n\n"
        "Finnish words are compared by base form and compound part (Voikko), Swedish and English by\n"
        "stem (Snowball), with a substring as the weaker signal; each hit says what kind of thing it is.",
        "Solmut, joiden nimi, vaihtoehtoinen nimi, tunnus tai määritelmä vastaa hakua ``q``, "
        "parhaat ensin.\n\nSuomen sanoja verrataan perusmuodon ja yhdyssanan osien mukaan (Voikko), "
        "ruotsin ja englannin sanoja vartalon mukaan (Snowball); sanan osa on heikompi osuma. "
        "Kukin osuma kertoo, minkä lajin asia se on.",
        "Noder vars namn, alternativa namn, beteckningar eller definitioner matchar ``q``, bästa "
        "först.\n\nFinska ord jämförs efter grundform och sammansättningsled (Voikko), svenska och "
        "engelska efter stam (Snowball); en delsträng är en svagare träff. Varje träff anger vilket "
        "slags sak den är.",
    ),
    (
        "Which ELY Centre or Economic Development Centre serves an employment area on a date",
        "Mikä ELY-keskus tai elinvoimakeskus palvelee työllisyysaluetta tiettynä päivänä",
        "Vilken NTM-central eller livskraftscentral betjänar ett sysselsättningsområde en viss dag",
    ),
    (
        "The centres serving the area on ``at`` (default today), with their kind, dates and sources.",
        "Aluetta päivänä ``at`` (oletuksena tänään) palvelevat keskukset lajeineen, päivämäärineen ja "
        "lähteineen.",
        "Centralerna som betjänar området dagen ``at`` (i dag om inget anges), med slag, datum och källor.",
    ),
    (
        "National themes with their period and funding estimate",
        "Kansalliset teemat, niiden kausi ja rahoitusarvio",
        "Nationella teman med period och finansieringsuppskattning",
    ),
    (
        "Every national theme of a funding programme.",
        "Rahoitusohjelman kaikki kansalliset teemat.",
        "Alla nationella teman i ett finansieringsprogram.",
    ),
    (
        "One national theme: programme, period, funding, objectives",
        "Yksi kansallinen teema: ohjelma, kausi, rahoitus, tavoitteet",
        "Ett nationellt tema: program, period, finansiering, mål",
    ),
    (
        "One theme's card; 404 for an id that is not a national theme.",
        "Yhden teeman kortti; 404, jos tunnus ei ole kansallinen teema.",
        "Ett temas kort; 404 för en identifierare som inte är ett nationellt tema.",
    ),
    (
        "Every class, property, shape and concept scheme of ours",
        "Kaikki mallin luokat, ominaisuudet, muodot ja käsitejärjestelmät",
        "Alla modellens klasser, egenskaper, former och begreppsscheman",
    ),
    (
        "The model's terms grouped by kind, with label and definition in the asked language.",
        "Mallin termit lajeittain, nimi ja määritelmä pyydetyllä kielellä.",
        "Modellens termer grupperade efter slag, med namn och definition på det begärda språket.",
    ),
    (
        "One term: labels, definition, relations, shapes, worked query",
        "Yksi termi: nimet, määritelmä, suhteet, muodot, esimerkkikysely",
        "En term: namn, definition, relationer, former, exempelfråga",
    ),
    (
        "A term by prefixed name (eso:Task, shp:TaskShape, es:scheme/roles) or full IRI.",
        "Termi etuliitteellisellä nimellä (eso:Task, shp:TaskShape, es:scheme/roles) tai koko IRI:llä.",
        "En term med prefixnamn (eso:Task, shp:TaskShape, es:scheme/roles) eller fullständig IRI.",
    ),
    (
        "The whole-graph downloads",
        "Koko graafin lataukset",
        "Nedladdningar av hela grafen",
    ),
    (
        "Ontology, shapes and data in Turtle, JSON-LD and N-Triples, with their addresses.",
        "Ontologia, muodot ja tiedot Turtle-, JSON-LD- ja N-Triples-muodossa osoitteineen.",
        "Ontologi, former och data i Turtle, JSON-LD och N-Triples, med sina adresser.",
    ),
    (
        "Download a whole graph: ontology, shapes or data (.ttl, .jsonld, .nt)",
        "Lataa koko graafi: ontologia, muodot tai tiedot (.ttl, .jsonld, .nt)",
        "Ladda ned en hel graf: ontologi, former eller data (.ttl, .jsonld, .nt)",
    ),
    (
        "One graph in one format, as a file.",
        "Yksi graafi yhdessä muodossa tiedostona.",
        "En graf i ett format, som fil.",
    ),
    (
        "DCAT description of the dataset, its downloads and services",
        "Aineiston, sen latausten ja palvelujen DCAT-kuvaus",
        "DCAT-beskrivning av datamängden, dess nedladdningar och tjänster",
    ),
    (
        "The catalogue in Turtle (default), JSON-LD or N-Triples, by `format` or Accept.",
        "Luettelo Turtle- (oletus), JSON-LD- tai N-Triples-muodossa parametrin `format` tai "
        "Accept-otsakkeen mukaan.",
        "Katalogen i Turtle (standard), JSON-LD eller N-Triples, enligt `format` eller Accept.",
    ),
    (
        "List the stored queries",
        "Tallennetut kyselyt",
        "De sparade frågorna",
    ),
    (
        "Every stored query with its parameters and columns.",
        "Kaikki tallennetut kyselyt parametreineen ja sarakkeineen.",
        "Alla sparade frågor med parametrar och kolumner.",
    ),
    (
        "A stored query's SPARQL text",
        "Tallennetun kyselyn SPARQL-teksti",
        "En sparad frågas SPARQL-text",
    ),
    (
        "The query as it is stored (values are bound at run time, never pasted in).",
        "Kysely sellaisena kuin se on tallennettu (arvot sidotaan suoritettaessa, niitä ei liitetä "
        "tekstiin).",
        "Frågan som den är sparad (värden binds när den körs, klistras aldrig in).",
    ),
    (
        "Run a stored query (parameters as a form or JSON object)",
        "Suorita tallennettu kysely (parametrit lomakkeena tai JSON-oliona)",
        "Kör en sparad fråga (parametrar som formulär eller JSON-objekt)",
    ),
    (
        "Run a stored query with its parameters in the URL (GET) or in the body (POST: a form or a\n"
        "JSON object).",
        "Suorittaa tallennetun kyselyn, jonka parametrit annetaan osoitteessa (GET) tai pyynnön "
        "rungossa (POST: lomake tai JSON-olio).",
        "Kör en sparad fråga med parametrarna i adressen (GET) eller i kroppen (POST: ett formulär "
        "eller ett JSON-objekt).",
    ),
    (
        "Run a stored query (parameters in the URL)",
        "Suorita tallennettu kysely (parametrit osoitteessa)",
        "Kör en sparad fråga (parametrar i adressen)",
    ),
    (
        "Resolve an entity IRI (HTML or RDF)",
        "Avaa kohteen IRI (HTML tai RDF)",
        "Slå upp en entitets IRI (HTML eller RDF)",
    ),
    (
        "The node ``ES + path``: its statements and the statements pointing at it.",
        "Solmu ``ES + path``: sen omat väitteet ja siihen viittaavat väitteet.",
        "Noden ``ES + path``: dess påståenden och påståendena som pekar på den.",
    ),
    (
        "The diagram kinds and their formats",
        "Kaaviolajit ja niiden muodot",
        "Diagramtyperna och deras format",
    ),
    (
        "Every kind with its formats (the first is the default) and media types.",
        "Kukin laji muotoineen (ensimmäinen on oletus) ja mediatyyppeineen.",
        "Varje typ med sina format (det första är standard) och medietyper.",
    ),
    (
        "Draw a diagram from the graph",
        "Piirrä kaavio graafista",
        "Rita ett diagram ur grafen",
    ),
    (
        "The diagram ``kind`` (raci, roles, swimlane, annual-clock, dependencies) for the filters.",
        "Kaavio ``kind`` (raci, roles, swimlane, annual-clock, dependencies) annetuin rajauksin.",
        "Diagrammet ``kind`` (raci, roles, swimlane, annual-clock, dependencies) för filtren.",
    ),
    (
        "The guidance annex as Word or PDF",
        "Ohjeen liite Word- tai PDF-tiedostona",
        "Anvisningens bilaga som Word eller PDF",
    ),
    (
        "Title, date, RACI table (landscape and split when wide), diagrams, legend and sources.",
        "Otsikko, päivämäärä, RACI-taulukko (vaakasivuna ja jaettuna, kun se on leveä), kaaviot, "
        "selite ja lähteet.",
        "Rubrik, datum, RACI-tabell (liggande och delad när den är bred), diagram, teckenförklaring "
        "och källor.",
    ),
    (
        "Check a draft decree against the current graph",
        "Tarkista asetusluonnos nykyistä graafia vasten",
        "Granska ett förordningsutkast mot den nuvarande grafen",
    ),
    (
        "Findings (each with id, severity, message fi/en, provisions, tasks, actors, sources, inDraft)\n"
        "and who does what before and after the draft.",
        "Havainnot (kullakin tunnus, vakavuus, viesti, säännökset, tehtävät, toimijat, lähteet ja "
        "inDraft) sekä kuka tekee mitä ennen luonnosta ja sen jälkeen.",
        "Iakttagelser (var och en med identifierare, allvarlighet, meddelande, bestämmelser, "
        "uppgifter, aktörer, källor och inDraft) och vem som gör vad före och efter utkastet.",
    ),
    (
        "Propose a changeset (editor): validated at once, refused with findings",
        "Ehdota muutosta (muokkaaja): tarkistetaan heti, hylätään havaintoineen",
        "Föreslå en ändring (redigerare): valideras genast, avvisas med iakttagelser",
    ),
    (
        'Body: {"reason", "source", "add", "remove"} (Turtle, or JSON-LD with "format": "jsonld"),\n'
        'or a typed form {"kind": "add-assignment" | "end-assignment" | "set-status" | "add-task", ...}.',
        'Runko: {"reason", "source", "add", "remove"} (Turtle tai JSON-LD, kun "format": "jsonld") '
        'tai lomake {"kind": "add-assignment" | "end-assignment" | "set-status" | "add-task", ...}.',
        'Kropp: {"reason", "source", "add", "remove"} (Turtle, eller JSON-LD med "format": "jsonld") '
        'eller ett formulär {"kind": "add-assignment" | "end-assignment" | "set-status" | "add-task", '
        "...}.",
    ),
    (
        "Changesets with their state and diff",
        "Muutokset, niiden tila ja erot",
        "Ändringar med deras tillstånd och skillnader",
    ),
    (
        "Every changeset, newest first; `state` keeps one state (proposed, rejected, approved, applied).",
        "Kaikki muutokset, uusin ensin; `state` jättää yhden tilan muutokset (proposed = ehdotettu, "
        "rejected = hylätty, approved = hyväksytty, applied = toteutettu).",
        "Alla ändringar, nyaste först; `state` behåller ett tillstånd (proposed = föreslagen, "
        "rejected = avvisad, approved = godkänd, applied = genomförd).",
    ),
    (
        "One changeset",
        "Yksi muutos",
        "En ändring",
    ),
    (
        "One changeset with its diff.",
        "Yksi muutos eroineen.",
        "En ändring med sina skillnader.",
    ),
    (
        "Approve and apply a changeset (approver)",
        "Hyväksy ja toteuta muutos (hyväksyjä)",
        "Godkänn och genomför en ändring (godkännare)",
    ),
    (
        "Re-validates on the current graph, then applies all of the changeset or nothing.",
        "Tarkistaa muutoksen uudelleen nykyistä graafia vasten ja toteuttaa sen sitten kokonaan tai "
        "ei lainkaan.",
        "Validerar på nytt mot den nuvarande grafen och genomför sedan hela ändringen eller ingenting.",
    ),
    (
        "Reject a changeset (approver)",
        "Hylkää muutos (hyväksyjä)",
        "Avvisa en ändring (godkännare)",
    ),
    (
        "The changeset stays in the journal as rejected; the graph is not touched.",
        "Muutos jää muutoslokiin hylättynä; graafiin ei kosketa.",
        "Ändringen stannar i journalen som avvisad; grafen rörs inte.",
    ),
    (
        "What changed an entity: each applied change with its reason and source",
        "Mikä muutti kohdetta: kukin toteutettu muutos perusteineen ja lähteineen",
        "Vad som ändrade en entitet: varje genomförd ändring med motivering och källa",
    ),
    (
        "Applied changesets whose added or removed triples mention the entity, oldest first.",
        "Toteutetut muutokset, joiden lisätyt tai poistetut kolmikot mainitsevat kohteen, vanhin ensin.",
        "Genomförda ändringar vars tillagda eller borttagna tripplar nämner entiteten, äldsta först.",
    ),
    (
        "Health",
        "Palvelun tila",
        "Tjänstens tillstånd",
    ),
    (
        "Liveness, the graph's version and size, and how busy the query workers are.\n\n"
        "O(1): the size is counted once per graph version, not on every call.",
        "Onko palvelu käynnissä, graafin versio ja koko sekä kyselyprosessien kuormitus.\n\n"
        "O(1): koko lasketaan kerran graafin versiota kohden, ei jokaisella kutsulla.",
        "Om tjänsten lever, grafens version och storlek samt hur belastade frågeprocesserna är.\n\n"
        "O(1): storleken räknas en gång per grafversion, inte vid varje anrop.",
    ),
    # groups of operations (tags)
    ("changes", "muutokset", "ändringar"),
    ("coherence checks", "johdonmukaisuuden tarkistus", "granskning av samstämmighet"),
    ("diagrams", "kaaviot", "diagram"),
    ("documents", "asiakirjat", "dokument"),
    ("entities", "kohteet", "entiteter"),
    ("resources", "toimijat, tehtävät ja alueet", "aktörer, uppgifter och områden"),
    ("responsibilities", "vastuut", "ansvar"),
    ("service", "palvelu", "tjänsten"),
    ("sparql", "SPARQL-kyselyt", "SPARQL-frågor"),
    ("stored queries", "tallennetut kyselyt", "sparade frågor"),
    ("vocabulary", "sanasto", "vokabulär"),
    # parameters
    (
        "a SPARQL 1.1 query (read only; SERVICE is refused; longer ones by POST)",
        "SPARQL 1.1 -kysely (vain lukeva; SERVICE torjutaan; pidemmät POST-pyynnöllä)",
        "en SPARQL 1.1-fråga (bara läsande; SERVICE avvisas; längre med POST)",
    ),
    (
        "result format (else Accept)",
        "tulosten muoto (muuten Accept-otsakkeen mukaan)",
        "resultatformat (annars enligt Accept)",
    ),
    (
        "organisation or kind of actor: es:ely/10, kind/ely-centres or a full IRI",
        "organisaatio tai toimijalaji: es:ely/10, kind/ely-centres tai koko IRI",
        "organisation eller aktörstyp: es:ely/10, kind/ely-centres eller en fullständig IRI",
    ),
    (
        "a task id, e.g. task/steering-knowledge-base",
        "tehtävän tunnus, esim. task/steering-knowledge-base",
        "en uppgifts identifierare, t.ex. task/steering-knowledge-base",
    ),
    (
        "a role; narrower ones count: role/accountable",
        "rooli; myös sen alaroolit lasketaan: role/accountable",
        "en roll; även snävare roller räknas: role/accountable",
    ),
    (
        "only what is in force on this date (YYYY-MM-DD)",
        "vain tänä päivänä voimassa oleva (VVVV-KK-PP)",
        "bara det som gäller denna dag (ÅÅÅÅ-MM-DD)",
    ),
    ("period start (YYYY-MM-DD)", "jakson alku (VVVV-KK-PP)", "periodens början (ÅÅÅÅ-MM-DD)"),
    ("period end (YYYY-MM-DD)", "jakson loppu (VVVV-KK-PP)", "periodens slut (ÅÅÅÅ-MM-DD)"),
    (
        "fi, sv or en (else Accept-Language)",
        "fi, sv tai en (muuten Accept-Language-otsakkeen mukaan)",
        "fi, sv eller en (annars enligt Accept-Language)",
    ),
    (
        "what the graph said at the end of this day (YYYY-MM-DD, transaction time)",
        "mitä graafissa oli tämän päivän päättyessä (VVVV-KK-PP, tallennusaika)",
        "vad grafen sade vid slutet av denna dag (ÅÅÅÅ-MM-DD, transaktionstid)",
    ),
    (
        "not-started, in-progress or done",
        "not-started (ei aloitettu), in-progress (käynnissä) tai done (valmis)",
        "not-started (inte påbörjad), in-progress (pågår) eller done (klar)",
    ),
    (
        "the day the status is in force (default today)",
        "päivä, jona tila on voimassa (oletuksena tänään)",
        "dagen då statusen gäller (i dag om inget anges)",
    ),
    (
        "match only texts in fi, sv or en; label in it",
        "hae vain kielen fi, sv tai en teksteistä; nimet sillä kielellä",
        "sök bara i texter på fi, sv eller en; namn på det språket",
    ),
    ("turtle, jsonld or ntriples", "turtle, jsonld tai ntriples", "turtle, jsonld eller ntriples"),
    ("json, csv, tsv or xml", "json, csv, tsv tai xml", "json, csv, tsv eller xml"),
    (
        "html, turtle, ntriples, jsonld, rdfxml",
        "muoto: html, turtle, ntriples, jsonld, rdfxml",
        "format: html, turtle, ntriples, jsonld, rdfxml",
    ),
    (
        "svg png html csv xlsx dot mmd docx pdf",
        "muoto: svg png html csv xlsx dot mmd docx pdf",
        "format: svg png html csv xlsx dot mmd docx pdf",
    ),
    ("as of this date (YYYY-MM-DD)", "tämän päivän tilanne (VVVV-KK-PP)", "läget denna dag (ÅÅÅÅ-MM-DD)"),
    (
        "a part or workstream: part/regional-discussions",
        "osa tai työvaihe: part/regional-discussions",
        "en del eller ett arbetsskede: part/regional-discussions",
    ),
    (
        "an organisation or kind of actor: actor/tem",
        "organisaatio tai toimijalaji: actor/tem",
        "en organisation eller aktörstyp: actor/tem",
    ),
    (
        "docx (default) or pdf (else Accept)",
        "docx (oletus) tai pdf (muuten Accept-otsakkeen mukaan)",
        "docx (standard) eller pdf (annars enligt Accept)",
    ),
    (
        "the date the annex describes (default: today)",
        "päivä, jonka tilanteen liite kuvaa (oletuksena tänään)",
        "dagen som bilagan beskriver (i dag om inget anges)",
    ),
    (
        "the effective date YYYY-MM-DD (default: each assignment's own start date)",
        "voimaantulopäivä VVVV-KK-PP (oletuksena kunkin vastuun oma alkamispäivä)",
        "ikraftträdandedag ÅÅÅÅ-MM-DD (annars varje ansvars egen begynnelsedag)",
    ),
    (
        "report language: fi, sv or en",
        "raportin kieli: fi, sv tai en",
        "rapportens språk: fi, sv eller en",
    ),
    (
        "json, md, html or pdf (else Accept)",
        "json, md, html tai pdf (muuten Accept-otsakkeen mukaan)",
        "json, md, html eller pdf (annars enligt Accept)",
    ),
    ("the draft's name in the report", "luonnoksen nimi raportissa", "utkastets namn i rapporten"),
    (
        "a changeset's id, as POST /api/changes gave it",
        "muutoksen tunnus sellaisena kuin POST /api/changes sen antoi",
        "ändringens identifierare så som POST /api/changes gav den",
    ),
    ("an id, e.g. task/x", "tunnus, esim. task/x", "en identifierare, t.ex. task/x"),
    # answers
    ("Successful Response", "Onnistunut vastaus", "Lyckat svar"),
    ("Validation Error", "Virheellinen pyyntö", "Felaktig begäran"),
    (
        "The request cannot be read (syntax, a malformed body, a refused SPARQL feature)",
        "Pyyntöä ei voi lukea (syntaksi, virheellinen runko, torjuttu SPARQL-ominaisuus)",
        "Begäran kan inte läsas (syntax, en felaktig kropp, en avvisad SPARQL-funktion)",
    ),
    (
        "Sign in first: the change routes need a valid Bearer token",
        "Kirjaudu ensin: muutosreitit vaativat voimassa olevan Bearer-tunnisteen",
        "Logga in först: ändringsvägarna kräver en giltig Bearer-token",
    ),
    (
        "SPARQL updates are refused, or the signed-in user may not do this",
        "SPARQL-päivitykset torjutaan, tai kirjautunut käyttäjä ei saa tehdä tätä",
        "SPARQL-uppdateringar avvisas, eller så får den inloggade användaren inte göra detta",
    ),
    ("No such resource", "Kohdetta ei ole", "Resursen finns inte"),
    (
        "The method is not offered on this path (see Allow)",
        "Tätä menetelmää ei tarjota tässä osoitteessa (ks. Allow)",
        "Metoden erbjuds inte på denna adress (se Allow)",
    ),
    (
        "No representation matches Accept",
        "Mikään esitysmuoto ei vastaa Accept-otsaketta",
        "Ingen representation motsvarar Accept",
    ),
    (
        "The changeset is no longer a proposal (already applied or rejected)",
        "Muutos ei ole enää ehdotus (jo toteutettu tai hylätty)",
        "Ändringen är inte längre ett förslag (redan genomförd eller avvisad)",
    ),
    (
        "The body, the draft or the result is larger than allowed",
        "Runko, luonnos tai tulos on sallittua suurempi",
        "Kroppen, utkastet eller resultatet är större än tillåtet",
    ),
    (
        "The body's Content-Type is not accepted",
        "Rungon Content-Type-tyyppiä ei hyväksytä",
        "Kroppens Content-Type godtas inte",
    ),
    (
        "A parameter or the body is wrong, or the query or check passed its time or memory limit",
        "Parametri tai runko on virheellinen, tai kysely tai tarkistus ylitti aika- tai muistirajansa",
        "En parameter eller kroppen är felaktig, eller frågan eller granskningen överskred sin tids- "
        "eller minnesgräns",
    ),
    (
        "This client already runs as many queries or checks as a client may (see Retry-After)",
        "Tällä asiakkaalla on jo käynnissä niin monta kyselyä tai tarkistusta kuin sallitaan "
        "(ks. Retry-After)",
        "Denna klient kör redan så många frågor eller granskningar som en klient får (se Retry-After)",
    ),
    ("The store failed", "Tietovarasto epäonnistui", "Datalagret misslyckades"),
    (
        "Every query worker is busy (see Retry-After) or a tool is missing",
        "Kaikki kyselyprosessit ovat varattuja (ks. Retry-After) tai jokin työkalu puuttuu",
        "Alla frågeprocesser är upptagna (se Retry-After) eller ett verktyg saknas",
    ),
    (
        "Not modified: the If-None-Match tag is current",
        "Ei muuttunut: If-None-Match-tunniste on ajan tasalla",
        "Inte ändrad: If-None-Match-taggen är aktuell",
    ),
    ("The SPARQL text", "SPARQL-teksti", "SPARQL-texten"),
    (
        "The rows: SPARQL 1.1 results as JSON (below), CSV, TSV or XML",
        "Rivit: SPARQL 1.1 -tulokset JSON- (alla), CSV-, TSV- tai XML-muodossa",
        "Raderna: SPARQL 1.1-resultat som JSON (nedan), CSV, TSV eller XML",
    ),
    (
        "The diagram in the format asked (SVG by default)",
        "Kaavio pyydetyssä muodossa (oletuksena SVG)",
        "Diagrammet i det begärda formatet (SVG som standard)",
    ),
    (
        "The annex as a Word or PDF file",
        "Liite Word- tai PDF-tiedostona",
        "Bilagan som Word- eller PDF-fil",
    ),
    (
        "The report: JSON (below), or Markdown, HTML or PDF when asked",
        "Raportti: JSON (alla) tai pyydettäessä Markdown, HTML tai PDF",
        "Rapporten: JSON (nedan), eller Markdown, HTML eller PDF på begäran",
    ),
    # The descriptions of the schemas (components): model docstrings and field descriptions.
    (
        "A changeset accepted for review: its id and its validation.",
        "Käsiteltäväksi otettu muutos: sen tunnus ja tarkistuksen tulos.",
        "En ändring som tagits emot för granskning: dess identifierare och valideringen.",
    ),
    (
        "A changeset: its state (proposed, rejected, approved, applied), who and when, why, and its diff.",
        "Muutos: sen tila (proposed = ehdotettu, rejected = hylätty, approved = hyväksytty, applied = "
        "toteutettu), kuka ja milloin, miksi sekä sen erot.",
        "En ändring: dess tillstånd (proposed = föreslagen, rejected = avvisad, approved = godkänd, "
        "applied = genomförd), vem och när, varför samt dess skillnader.",
    ),
    (
        "A check that was run and how many findings it gave.",
        "Suoritettu tarkistus ja sen antamien havaintojen määrä.",
        "En kontroll som kördes och hur många iakttagelser den gav.",
    ),
    (
        "A coherence check's error the change would add: the check, the focus node, the key values.",
        "Koherenssitarkistuksen virhe, jonka muutos toisi: tarkistus, kohdesolmu ja avainarvot.",
        "Ett fel i en koherenskontroll som ändringen skulle tillföra: kontrollen, fokusnoden och "
        "nyckelvärdena.",
    ),
    (
        "A concept of a concept scheme.",
        "Käsitteistön käsite.",
        "Ett begrepp i ett begreppsschema.",
    ),
    (
        "A diagram kind, its formats (the first is the default) and their media types.",
        "Kaaviolaji, sen tiedostomuodot (ensimmäinen on oletus) ja niiden mediatyypit.",
        "Ett diagramslag, dess format (det första är standard) och deras medietyper.",
    ),
    (
        "A funding frame estimate as the source states it.",
        "Rahoituskehyksen arvio sellaisena kuin lähde sen esittää.",
        "En uppskattning av finansieringsramen så som källan anger den.",
    ),
    (
        "A line the draft changes.",
        "Rivi, jota luonnos muuttaa.",
        "En rad som utkastet ändrar.",
    ),
    (
        "A name a node bore for a period (answers/names.py), in the languages the source gives, "
        "with\nwhether it is the name on the asked day, its confidence and its sources.",
        "Nimi, joka solmulla oli tietyn ajan (answers/names.py), lähteen antamilla kielillä, sekä "
        "tieto\nsiitä, onko se nimi kysyttynä päivänä, sen varmuus ja lähteet.",
        "Ett namn som en nod bar under en period (answers/names.py), på de språk som källan ger, "
        "med\nuppgift om huruvida det är namnet den efterfrågade dagen, dess säkerhet och dess källor.",
    ),
    (
        "A national theme of a funding programme.",
        "Rahoitusohjelman kansallinen teema.",
        "Ett nationellt tema i ett finansieringsprogram.",
    ),
    (
        "A node found, its label in the asked language, its kind and types, and what matched.",
        "Löydetty solmu, sen nimi pyydetyllä kielellä, sen laji ja tyypit sekä se, mikä vastasi hakua.",
        "En funnen nod, dess namn på det begärda språket, dess slag och typer samt det som matchade.",
    ),
    (
        "A node in a check report, with its labels by language (empty for a node the graph gives no name).",
        "Tarkistusraportin solmu ja sen nimet kielittäin (tyhjä, jos graafi ei anna solmulle nimeä).",
        "En nod i en kontrollrapport med dess namn per språk (tomt för en nod som grafen inte ger något "
        "namn).",
    ),
    (
        "A property a shape targeting the class constrains.",
        "Ominaisuus, jota luokkaan kohdistuva SHACL-muoto rajoittaa.",
        "En egenskap som en SHACL-form riktad mot klassen begränsar.",
    ),
    (
        "A scheduled period of a task, with its notation (e.g. 'Q1 annually').",
        "Tehtävän aikataulun mukainen jakso ja sen merkintä lähteen omin sanoin (esim. 'Q1 annually').",
        "En schemalagd period för en uppgift, med dess beteckning med källans egna ord (t.ex. 'Q1 "
        "annually').",
    ),
    (
        "A shape the change would break: the shape, the focus node, the path and value, the message.",
        "SHACL-muoto, jota muutos rikkoisi: muoto, kohdesolmu, polku ja arvo sekä viesti.",
        "En SHACL-form som ändringen skulle bryta mot: formen, fokusnoden, stigen och värdet samt "
        "meddelandet.",
    ),
    (
        "A stored query's rows as SPARQL 1.1 Query Results JSON (the default format).",
        "Tallennetun kyselyn rivit SPARQL 1.1 -tulosten JSON-muodossa (oletusmuoto).",
        "En lagrad frågas rader i JSON-formatet för SPARQL 1.1-resultat (standardformatet).",
    ),
    (
        "A stored query: what it answers, its parameters, columns and an example call.",
        "Tallennettu kysely: mihin se vastaa, sen parametrit, sarakkeet ja esimerkkikutsu.",
        "En lagrad fråga: vad den besvarar, dess parametrar, kolumner och ett exempelanrop.",
    ),
    (
        "A task in a list, with what it is part of, its status and due date.",
        "Luettelon tehtävä, kokonaisuus, johon se kuuluu, sen tila ja määräaika.",
        "En uppgift i en lista, med det som den ingår i, dess status och tidsfrist.",
    ),
    (
        "A task or milestone falling due in the period, with who takes part in it.",
        "Jaksolla erääntyvä tehtävä tai virstanpylväs ja siihen osallistuvat.",
        "En uppgift eller milstolpe som förfaller under perioden, med dem som deltar i den.",
    ),
    (
        "A task's status in force on the asked day: the latest observation dated on or before it.",
        "Tehtävän tila kysyttynä päivänä: viimeisin tilannetieto, joka on päivätty sinä päivänä tai "
        "sitä ennen.",
        "En uppgifts status den efterfrågade dagen: den senaste observationen, daterad samma dag eller "
        "tidigare.",
    ),
    (
        "A term in the vocabulary index, with its definition.",
        "Sanaston hakemiston termi ja sen määritelmä.",
        "En term i vokabulärens register, med dess definition.",
    ),
    (
        "A term or IRI with its prefixed name, label (and the label's language) and page, if ours.",
        "Termi tai IRI, sen lyhyt muoto etuliitteineen, nimi (ja nimen kieli) sekä sivu, jos termi on "
        "palvelun oma.",
        "En term eller IRI med dess prefixform, namn (och namnets språk) och sida, om termen är "
        "tjänstens egen.",
    ),
    (
        "A theme's implementation period: dates and the source's own notation.",
        "Teeman toteutuskausi: päivämäärät ja lähteen oma merkintä.",
        "Ett temas genomförandeperiod: datum och källans egen beteckning.",
    ),
    (
        "A typed parameter of a stored query.",
        "Tallennetun kyselyn tyypitetty parametri.",
        "En typad parameter i en lagrad fråga.",
    ),
    (
        "A unit or section of an organisation (e.g. a section of the advisory council), with its dates.",
        "Organisaation yksikkö tai jaosto (esim. neuvottelukunnan jaosto) päivämäärineen.",
        "En enhet eller sektion i en organisation (t.ex. en sektion i delegationen), med dess datum.",
    ),
    (
        "A value of the current graph that the draft replaces.",
        "Nykyisen graafin arvo, jonka luonnos korvaa.",
        "Ett värde i den nuvarande grafen som utkastet ersätter.",
    ),
    (
        "A whole run: findings with and without the draft, the before/after table and the verdict.",
        "Koko ajo: havainnot luonnoksen kanssa ja ilman sitä, ennen ja jälkeen -taulukko sekä lopputulos.",
        "En hel körning: iakttagelser med och utan utkastet, tabellen före och efter samt utfallet.",
    ),
    (
        "A, R, C or I",
        "A, R, C tai I (tilivelvollinen, vastuussa toteutuksesta, kuultava tai tiedotettava)",
        "A, R, C eller I (redovisningsskyldig, ansvarig för genomförandet, konsulterad eller informerad)",
    ),
    (
        "An ELY Centre or Economic Development Centre serving an employment area on the date.",
        "ELY-keskus tai elinvoimakeskus, joka palvelee työllisyysaluetta kyseisenä päivänä.",
        "En NTM-central eller livskraftscentral som betjänar ett sysselsättningsområde den dagen.",
    ),
    (
        "An IRI with its label in the asked language (None when the graph has none there).",
        "IRI ja sen nimi pyydetyllä kielellä (null, jos graafissa ei ole nimeä sillä kielellä).",
        "En IRI med dess namn på det begärda språket (null när grafen inte har något namn på det språket).",
    ),
    (
        "An actor in the list: its types (classes), kinds and dates of existence.",
        "Luettelon toimija: sen tyypit (luokat), lajit ja olemassaolon päivämäärät.",
        "En aktör i listan: dess typer (klasser), slag och datum för när den funnits.",
    ),
    (
        "Applied changesets that mention an entity, oldest first.",
        "Toteutetut muutokset, jotka mainitsevat kohteen, vanhin ensin.",
        "Genomförda ändringar som nämner en entitet, äldsta först.",
    ),
    (
        "Changesets, newest first, and the graph version they were listed at.",
        "Muutokset uusin ensin sekä graafin versio, jonka mukaan ne lueteltiin.",
        "Ändringar, nyaste först, och den version av grafen som de listades vid.",
    ),
    (
        "Dates as YYYY-MM-DD; None is open (since always, or until further notice).",
        "Päivämäärät muodossa YYYY-MM-DD; null tarkoittaa avointa (alusta asti tai toistaiseksi).",
        "Datum som YYYY-MM-DD; null betyder öppet (sedan alltid eller tills vidare).",
    ),
    (
        "Findings by severity: in all, and in the draft's own statements.",
        "Havainnot vakavuuden mukaan: kaikkiaan ja luonnoksen omissa väitteissä.",
        "Iakttagelser efter allvarlighet: totalt och i utkastets egna påståenden.",
    ),
    (
        "Findings of one severity: in all, and in the draft's own statements.",
        "Yhden vakavuusasteen havainnot: kaikkiaan ja luonnoksen omissa väitteissä.",
        "Iakttagelser av en allvarlighetsgrad: totalt och i utkastets egna påståenden.",
    ),
    (
        "How a proposal was validated: incrementally (its focus nodes) or in full, and how long it took.",
        "Miten ehdotus tarkistettiin: osittain (sen kohdesolmut) tai kokonaan, ja kuinka kauan se kesti.",
        "Hur ett förslag validerades: stegvis (dess fokusnoder) eller helt, och hur lång tid det tog.",
    ),
    (
        "How bad a finding is; only errors make a draft incoherent (exit code 1).",
        "Havainnon vakavuus; vain virheet tekevät luonnoksesta ristiriitaisen (paluukoodi 1).",
        "Hur allvarlig en iakttagelse är; bara fel gör ett utkast motstridigt (slutkod 1).",
    ),
    (
        "How busy the processes running callers' queries are.",
        "Kuinka kuormitettuja kutsujien kyselyjä suorittavat prosessit ovat.",
        "Hur belastade de processer är som kör anroparnas frågor.",
    ),
    (
        "One incoherence: which check, how bad, what it says, and what it concerns.",
        "Yksi ristiriita: mikä tarkistus, kuinka vakava, mitä se sanoo ja mitä se koskee.",
        "En motstridighet: vilken kontroll, hur allvarlig, vad den säger och vad den gäller.",
    ),
    (
        "One line of the who-does-what table, before or after the draft: an actor in a role in a\ntask, "
        "with its periods, legal bases and (after) the draft's provisions.",
        "Yksi kuka tekee mitä -taulukon rivi ennen luonnosta tai sen jälkeen: toimija "
        "roolissa\ntehtävässä, voimassaoloajat, oikeusperustat ja (jälkeen) luonnoksen säännökset.",
        "En rad i tabellen över vem som gör vad, före eller efter utkastet: en aktör i en roll i "
        "en\nuppgift, med perioder, rättsliga grunder och (efter) utkastets bestämmelser.",
    ),
    (
        "One property constraint of a SHACL shape.",
        "SHACL-muodon yksi ominaisuusrajoite.",
        "En egenskapsbegränsning i en SHACL-form.",
    ),
    (
        "One whole-graph download.",
        "Yksi koko graafin lataus.",
        "En nedladdning av en hel graf.",
    ),
    (
        "Only when a change is refused (POST /api/changes, approve): what it would add, each naming a "
        "shape (shape, focus, path, value) or a coherence check (check, focus, key), with its message "
        "in the caller's language",
        "Vain kun muutos hylätään (POST /api/changes, hyväksyntä): mitä muutos toisi; kukin kohta "
        "nimeää SHACL-muodon (shape, focus, path, value) tai koherenssitarkistuksen (check, focus, "
        "key), ja sen viesti on kutsujan kielellä",
        "Endast när en ändring avvisas (POST /api/changes, godkännande): vad den skulle tillföra; var "
        "och en anger en SHACL-form (shape, focus, path, value) eller en koherenskontroll (check, "
        "focus, key), med meddelandet på anroparens språk",
    ),
    (
        "The `head` of SPARQL 1.1 JSON results.",
        "SPARQL 1.1 -tulosten JSON-muodon `head`-osa.",
        "Delen `head` av SPARQL 1.1-resultat i JSON.",
    ),
    (
        "The `results` of SPARQL 1.1 JSON results: one object per row, variable -> RDF term.",
        "SPARQL 1.1 -tulosten JSON-muodon `results`-osa: yksi olio riviä kohden, muuttuja -> RDF-termi.",
        "Delen `results` av SPARQL 1.1-resultat i JSON: ett objekt per rad, variabel -> RDF-term.",
    ),
    (
        "The answer of /api/actors.",
        "Reitin /api/actors vastaus.",
        "Svaret från /api/actors.",
    ),
    (
        "The answer of /api/actors/{id}.",
        "Reitin /api/actors/{id} vastaus.",
        "Svaret från /api/actors/{id}.",
    ),
    (
        "The answer of /api/diagrams.",
        "Reitin /api/diagrams vastaus.",
        "Svaret från /api/diagrams.",
    ),
    (
        "The answer of /api/downloads.",
        "Reitin /api/downloads vastaus.",
        "Svaret från /api/downloads.",
    ),
    (
        "The answer of /api/employment-areas/{id}/centres.",
        "Reitin /api/employment-areas/{id}/centres vastaus.",
        "Svaret från /api/employment-areas/{id}/centres.",
    ),
    (
        "The answer of /api/processes.",
        "Reitin /api/processes vastaus.",
        "Svaret från /api/processes.",
    ),
    (
        "The answer of /api/processes/{id}.",
        "Reitin /api/processes/{id} vastaus.",
        "Svaret från /api/processes/{id}.",
    ),
    (
        "The answer of /api/queries.",
        "Reitin /api/queries vastaus.",
        "Svaret från /api/queries.",
    ),
    (
        "The answer of /api/responsibilities.",
        "Reitin /api/responsibilities vastaus.",
        "Svaret från /api/responsibilities.",
    ),
    (
        "The answer of /api/search.",
        "Reitin /api/search vastaus.",
        "Svaret från /api/search.",
    ),
    (
        "The answer of /api/tasks.",
        "Reitin /api/tasks vastaus.",
        "Svaret från /api/tasks.",
    ),
    (
        "The answer of /api/tasks/{id}.",
        "Reitin /api/tasks/{id} vastaus.",
        "Svaret från /api/tasks/{id}.",
    ),
    (
        "The answer of /api/themes.",
        "Reitin /api/themes vastaus.",
        "Svaret från /api/themes.",
    ),
    (
        "The answer of /api/themes/{id}.",
        "Reitin /api/themes/{id} vastaus.",
        "Svaret från /api/themes/{id}.",
    ),
    (
        "The answer of /api/timeline.",
        "Reitin /api/timeline vastaus.",
        "Svaret från /api/timeline.",
    ),
    (
        "The answer of /api/vocabulary/{term}; the relation lists present depend on the kind.",
        "Reitin /api/vocabulary/{term} vastaus; mukana olevat suhdeluettelot riippuvat termin lajista.",
        "Svaret från /api/vocabulary/{term}; vilka relationslistor som ingår beror på termens slag.",
    ),
    (
        "The answer of /api/vocabulary: terms by kind (class, property, shape, scheme).",
        "Reitin /api/vocabulary vastaus: termit lajeittain (luokka, ominaisuus, SHACL-muoto, käsitteistö).",
        "Svaret från /api/vocabulary: termer per slag (klass, egenskap, SHACL-form, begreppsschema).",
    ),
    (
        "The answer of /health: ok or saturated (every query worker taken), the graph's version and size.",
        "Reitin /health vastaus: ok tai saturated (kaikki kyselyprosessit varattuina), graafin versio "
        "ja koko.",
        "Svaret från /health: ok eller saturated (alla frågeprocesser upptagna), grafens version och "
        "storlek.",
    ),
    (
        "The draft checked.",
        "Tarkistettu luonnos.",
        "Det granskade utkastet.",
    ),
    (
        "The model, a part or a workstream, with what it belongs to.",
        "Malli, osa tai työvaihe ja kokonaisuus, johon se kuuluu.",
        "Modellen, en del eller ett arbetsskede, med det som det hör till.",
    ),
    (
        "The stored query that shows a term at work, with the term bound.",
        "Tallennettu kysely, joka näyttää termin käytössä, termi sidottuna kyselyyn.",
        "Den lagrade frågan som visar termen i bruk, med termen bunden i frågan.",
    ),
    (
        "The text that matched: which field (prefLabel, altLabel, notation, definition...), its language.",
        "Hakua vastannut teksti: mikä kenttä (prefLabel, altLabel, notation, definition...) ja sen kieli.",
        "Texten som matchade: vilket fält (prefLabel, altLabel, notation, definition...) och dess språk.",
    ),
    (
        "The triples a changeset adds and removes, as N-Triples lines.",
        "Kolmikot, jotka muutos lisää ja poistaa, N-Triples-riveinä.",
        "Tripplarna som en ändring lägger till och tar bort, som N-Triples-rader.",
    ),
    (
        "True when no finding of error severity remains (warnings and notes allowed).",
        "true, kun yhtään virhetason havaintoa ei jää (varoitukset ja huomautukset sallitaan).",
        "true när ingen iakttagelse på felnivå återstår (varningar och anmärkningar tillåts).",
    ),
    (
        "Violation, Warning or Info",
        "Violation (rikkomus), Warning (varoitus) tai Info (tiedoksi)",
        "Violation (överträdelse), Warning (varning) eller Info (information)",
    ),
    (
        "Where a finding's statement comes from (the draft's own rows included), and whether that "
        "is\nthe draft itself.",
        "Mistä havainnon väite on peräisin (myös luonnoksen omat rivit) ja onko lähde\nluonnos itse.",
        "Varifrån en iakttagelses påstående kommer (utkastets egna rader medräknade) och om det "
        "är\nutkastet självt.",
    ),
    (
        "Where a statement comes from: the document, the place in it, the source's own words.",
        "Mistä väite on peräisin: asiakirja, kohta siinä ja lähteen omat sanat.",
        "Varifrån ett påstående kommer: dokumentet, stället i det och källans egna ord.",
    ),
    (
        "Who does what before and after the draft: lines added, removed and changed.",
        "Kuka tekee mitä ennen luonnosta ja sen jälkeen: lisätyt, poistetut ja muuttuneet rivit.",
        "Vem som gör vad före och efter utkastet: tillagda, borttagna och ändrade rader.",
    ),
    (
        "Who is responsible for a task, in which role, over which period, on what basis.",
        "Kuka vastaa tehtävästä, missä roolissa, minä aikana ja millä perusteella.",
        "Vem som ansvarar för en uppgift, i vilken roll, under vilken period och på vilken grund.",
    ),
    (
        "actor kind, concept scheme or class of the hit",
        "osuman toimijalaji, käsitteistö tai luokka",
        "träffens aktörsslag, begreppsschema eller klass",
    ),
    (
        "always error",
        "aina virhe",
        "alltid fel",
    ),
    (
        "how certain the date is",
        "kuinka varma päivämäärä on",
        "hur säkert datumet är",
    ),
    (
        "how certain the reading of the status is",
        "kuinka varma tilan tulkinta on",
        "hur säker tolkningen av statusen är",
    ),
    (
        "how many changesets have been applied to the store",
        "kuinka monta muutosta tietovarastoon on toteutettu",
        "hur många ändringar som har genomförts i lagret",
    ),
    (
        "how many of the area's municipalities it is competent for",
        "kuinka monen alueen kunnan asioissa se on toimivaltainen",
        "för hur många av områdets kommuner den är behörig",
    ),
    (
        "iri, date, lang, string or integer",
        "iri (IRI), date (päivämäärä), lang (kieli), string (merkkijono) tai integer (kokonaisluku)",
        "iri (IRI), date (datum), lang (språk), string (teckensträng) eller integer (heltal)",
    ),
    (
        "proposed, rejected, approved or applied",
        "proposed (ehdotettu), rejected (hylätty), approved (hyväksytty) tai applied (toteutettu)",
        "proposed (föreslagen), rejected (avvisad), approved (godkänd) eller applied (genomförd)",
    ),
    (
        "the changeset's place in the journal",
        "muutoksen järjestysnumero muutoslokissa",
        "ändringens plats i journalen",
    ),
    (
        "the day the names and duties are as of (YYYY-MM-DD)",
        "päivä, jonka mukaiset nimet ja tehtävät näytetään (YYYY-MM-DD)",
        "dagen som namnen och uppgifterna visas för (YYYY-MM-DD)",
    ),
    (
        "the day the observation describes (YYYY-MM-DD)",
        "päivä, jota tilannetieto kuvaa (YYYY-MM-DD)",
        "dagen som observationen beskriver (YYYY-MM-DD)",
    ),
    (
        "the day the status is in force (YYYY-MM-DD)",
        "päivä, jona tila on voimassa (YYYY-MM-DD)",
        "dagen då statusen gäller (YYYY-MM-DD)",
    ),
    (
        "the day the statuses are in force (YYYY-MM-DD)",
        "päivä, jona tilat ovat voimassa (YYYY-MM-DD)",
        "dagen då statusuppgifterna gäller (YYYY-MM-DD)",
    ),
    (
        "the names in force on `at` (without it, today's)",
        "päivänä `at` voimassa olevat nimet (ilman sitä tämän päivän nimet)",
        "namnen som gäller dagen `at` (utan den, dagens namn)",
    ),
    (
        "the names the actor bore, each with its period",
        "toimijan kaikki nimet, kukin voimassaoloaikoineen",
        "de namn som aktören har burit, vart och ett med sin period",
    ),
    (
        "the source's own status note",
        "lähteen oma huomautus tilasta",
        "källans egen anmärkning om statusen",
    ),
    (
        "the status in force on the period's last day",
        "jakson viimeisenä päivänä voimassa oleva tila",
        "statusen som gäller periodens sista dag",
    ),
    (
        "the workstream, part or model assigned",
        "työvaihe, osa tai malli, jolle vastuu on annettu",
        "arbetsskedet, delen eller modellen som ansvaret gavs till",
    ),
    (
        "what the task produces (empty for milestones)",
        "mitä tehtävä tuottaa (tyhjä virstanpylväillä)",
        "vad uppgiften ger (tomt för milstolpar)",
    ),
    (
        "whether the page caches are built (null: the service does not warm up)",
        "onko sivujen välimuistit rakennettu (null: palvelu ei esilämmitä niitä)",
        "om sidornas cacheminnen är byggda (null: tjänsten värmer inte upp dem)",
    ),
    (
        "whether this is the name on the asked day",
        "onko tämä nimi kysyttynä päivänä voimassa",
        "om detta är namnet som gäller den efterfrågade dagen",
    ),
)

OPENAPI: Table = {en: {"fi": fi, "sv": sv, "en": en} for en, fi, sv in _ROWS}
"""The English text of the API description -> its fi, sv and en."""

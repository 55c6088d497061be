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
)

OPENAPI: Table = {en: {"fi": fi, "sv": sv, "en": en} for en, fi, sv in _ROWS}
"""The English text of the API description -> its fi, sv and en."""

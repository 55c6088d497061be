"""Text of the web workspace's editing pages: sign-in, edit forms, review queue, history (fi, sv, en)."""

from __future__ import annotations

from kg_service.i18n import Table

FIELDS: Table = {
    "edit.field.task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "edit.field.status": {"fi": "Tilanne", "sv": "Läge", "en": "Status"},
    "edit.field.as_of": {"fi": "Tilanne päivänä", "sv": "Läget den", "en": "Status as of"},
    "edit.field.note": {
        "fi": "Huomautus tilanteesta",
        "sv": "Anmärkning om läget",
        "en": "Note on the status",
    },
    "edit.field.derived_from": {"fi": "Lähteen kohta", "sv": "Ställe i källan", "en": "Place in the source"},
    "edit.field.confidence": {
        "fi": "Lähteen varmuus",
        "sv": "Källans säkerhet",
        "en": "The source's certainty",
    },
    "edit.field.actor": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "edit.field.role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "edit.field.start": {"fi": "Alkaa", "sv": "Börjar", "en": "Starts"},
    "edit.field.end": {"fi": "Päättyy", "sv": "Slutar", "en": "Ends"},
    "edit.field.assignment": {"fi": "Vastuu", "sv": "Ansvar", "en": "Assignment"},
    "edit.field.id": {
        "fi": "Uuden tehtävän tunnus",
        "sv": "Den nya uppgiftens identifierare",
        "en": "The new task's id",
    },
    "edit.field.within": {"fi": "Kuuluu kokonaisuuteen", "sv": "Hör till helheten", "en": "Belongs to"},
    "edit.field.label_fi": {"fi": "Nimi suomeksi", "sv": "Namn på finska", "en": "Name in Finnish"},
    "edit.field.label_sv": {"fi": "Nimi ruotsiksi", "sv": "Namn på svenska", "en": "Name in Swedish"},
    "edit.field.label_en": {"fi": "Nimi englanniksi", "sv": "Namn på engelska", "en": "Name in English"},
    "edit.field.reason": {"fi": "Muutoksen syy", "sv": "Orsak till ändringen", "en": "Reason for the change"},
    "edit.field.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "edit.hint.reason": {
        "fi": "Miksi muutos tehdään, esim. ”neljännesvuosipäivitys”.",
        "sv": "Varför ändringen görs, t.ex. ”kvartalsuppdatering”.",
        "en": "Why the change is made, e.g. “quarterly update”.",
    },
    "edit.hint.source": {
        "fi": "Asiakirja, jonka mukaan muutos tehdään (nimi, päiväys, diaarinumero).",
        "sv": "Dokumentet som ändringen bygger på (namn, datum, diarienummer).",
        "en": "The document the change rests on (name, date, record number).",
    },
    "edit.hint.derived_from": {
        "fi": "Graafiin jo kirjattu lähteen kohta, josta tieto on peräisin.",
        "sv": "Det ställe i en källa, redan i grafen, som uppgiften kommer från.",
        "en": "The place in a source, already in the graph, the fact comes from.",
    },
    "edit.hint.confidence": {
        "fi": "Kuinka varmasti lähde itse sanoo asian.",
        "sv": "Hur säkert källan själv säger det.",
        "en": "How certainly the source itself says it.",
    },
    "edit.hint.id": {
        "fi": "Pienaakkoset, numerot ja yhdysmerkit, esim. raportointi-2027.",
        "sv": "Små bokstäver, siffror och bindestreck, t.ex. rapportering-2027.",
        "en": "Lower-case letters, digits and hyphens, e.g. reporting-2027.",
    },
    "edit.hint.as_of": {
        "fi": "Päivä, jolta lähde kertoo tilanteen.",
        "sv": "Dagen som källan anger läget för.",
        "en": "The day the source gives the status for.",
    },
}

WORKSPACE: Table = {
    **FIELDS,
    "nav.workspace": {"fi": "Ylläpito", "sv": "Underhåll", "en": "Maintenance"},
    "workspace.title": {"fi": "Ylläpito", "sv": "Underhåll", "en": "Maintenance"},
    "workspace.intro": {
        "fi": "Ehdota muutosta tietoverkkoon. Muutos tarkistetaan heti tietoverkon sääntöjä vasten, "
        "ja se tulee voimaan vasta, kun toinen henkilö on hyväksynyt sen.",
        "sv": "Föreslå en ändring i grafen. Ändringen granskas genast mot grafens regler och träder "
        "i kraft först när en annan person har godkänt den.",
        "en": "Propose a change to the graph. It is checked at once against the graph's rules and takes "
        "effect only once another person has approved it.",
    },
    "workspace.forms": {"fi": "Muutoslomakkeet", "sv": "Ändringsformulär", "en": "Change forms"},
    "workspace.waiting": {
        "fi": "Käsittelyä odottavat muutokset: {count}",
        "sv": "Ändringar som väntar på behandling: {count}",
        "en": "Changes awaiting review: {count}",
    },
    "workspace.own": {"fi": "Omat ehdotukseni", "sv": "Mina förslag", "en": "My proposals"},
    "workspace.own.caption": {
        "fi": "Viimeisimmät ehdotuksesi ({count})",
        "sv": "Dina senaste förslag ({count})",
        "en": "Your latest proposals ({count})",
    },
    "workspace.own.none": {
        "fi": "Et ole vielä ehdottanut muutoksia.",
        "sv": "Du har inte föreslagit några ändringar ännu.",
        "en": "You have not proposed any changes yet.",
    },
    "workspace.signed_in_as": {
        "fi": "Kirjautuneena: {name} ({role})",
        "sv": "Inloggad: {name} ({role})",
        "en": "Signed in: {name} ({role})",
    },
    "workspace.role.editor": {"fi": "muokkaaja", "sv": "redigerare", "en": "editor"},
    "workspace.role.approver": {"fi": "hyväksyjä", "sv": "godkännare", "en": "approver"},
    "workspace.role.admin": {"fi": "pääkäyttäjä", "sv": "huvudanvändare", "en": "administrator"},
    "workspace.read_only": {
        "fi": "Tämä palvelu vain lukee tietoverkkoa (etävarasto tai vain luku -tila) "
        "eikä ota vastaan muutoksia.",
        "sv": "Den här tjänsten läser bara grafen (fjärrlager eller skrivskyddat läge) "
        "och tar inte emot ändringar.",
        "en": "This service only reads the graph (a remote store or read-only mode) and takes no changes.",
    },
    "workspace.sign_in_needed": {
        "fi": "Kirjaudu sisään tehdäksesi tämän.",
        "sv": "Logga in för att göra det här.",
        "en": "Sign in to do this.",
    },
    "workspace.forbidden": {
        "fi": "Roolisi ei salli tätä toimintoa.",
        "sv": "Din roll tillåter inte den här åtgärden.",
        "en": "Your role does not allow this action.",
    },
    "workspace.form_expired": {
        "fi": "Lomake on vanhentunut tai se lähetettiin toiselta sivustolta. "
        "Lataa sivu uudelleen ja yritä uudestaan.",
        "sv": "Formuläret har gått ut eller skickades från en annan webbplats. "
        "Ladda om sidan och försök igen.",
        "en": "The form has expired or was sent from another site. Reload the page and try again.",
    },
    "workspace.form_too_large": {
        "fi": "Lomakkeen tiedot ovat liian suuret.",
        "sv": "Formulärets uppgifter är för stora.",
        "en": "The form's data are too large.",
    },
    # Sign-in
    "signin.title": {"fi": "Kirjaudu sisään", "sv": "Logga in", "en": "Sign in"},
    "signin.intro": {
        "fi": "Kirjautuminen tarvitaan vain muutosten ehdottamiseen ja hyväksymiseen; "
        "tietojen lukeminen on avointa.",
        "sv": "Inloggning behövs bara för att föreslå och godkänna ändringar; att läsa uppgifterna är öppet.",
        "en": "Signing in is needed only to propose and approve changes; reading is open to all.",
    },
    "signin.username": {"fi": "Käyttäjätunnus", "sv": "Användarnamn", "en": "User name"},
    "signin.password": {"fi": "Salasana", "sv": "Lösenord", "en": "Password"},
    "signin.button": {"fi": "Kirjaudu", "sv": "Logga in", "en": "Sign in"},
    "signin.accounts": {
        "fi": "Tunnukset antaa TEM:n ohjausyksikkö (komento kg user add).",
        "sv": "Användarkonton ges av ANM:s styrenhet (kommandot kg user add).",
        "en": "Accounts are given by TEM's steering unit (the command kg user add).",
    },
    "signin.failed": {
        "fi": "Käyttäjätunnus tai salasana on väärä.",
        "sv": "Användarnamnet eller lösenordet är fel.",
        "en": "The user name or password is wrong.",
    },
    "signin.too_many": {
        "fi": "Liian monta epäonnistunutta kirjautumista; yritä myöhemmin uudelleen.",
        "sv": "För många misslyckade inloggningar; försök igen senare.",
        "en": "Too many failed sign-ins; try again later.",
    },
    "signin.link": {"fi": "Kirjaudu sisään", "sv": "Logga in", "en": "Sign in"},
    "signout.button": {"fi": "Kirjaudu ulos", "sv": "Logga ut", "en": "Sign out"},
    # Edit forms
    "edit.kind.set-status": {
        "fi": "Tehtävän tilanne tiettynä päivänä",
        "sv": "En uppgifts läge en viss dag",
        "en": "A task's status as of a date",
    },
    "edit.kind.set-status.intro": {
        "fi": "Kirjaa tehtävän tilanne sellaisena kuin lähde sen tiettynä päivänä kertoo; "
        "aiemmat tilanteet säilyvät.",
        "sv": "Registrera uppgiftens läge så som källan anger det en viss dag; tidigare lägen finns kvar.",
        "en": "Record a task's status as a source gives it on a date; earlier statuses stay as recorded.",
    },
    "edit.kind.add-assignment": {"fi": "Uusi vastuu", "sv": "Nytt ansvar", "en": "New assignment"},
    "edit.kind.add-assignment.intro": {
        "fi": "Kirjaa, kuka vastaa tehtävästä missäkin roolissa mistä päivästä alkaen, "
        "esim. uuden asetuksen jälkeen.",
        "sv": "Registrera vem som ansvarar för en uppgift i vilken roll från vilken dag, "
        "t.ex. efter en ny förordning.",
        "en": "Record who is responsible for a task, in which role, from which day, e.g. after a new decree.",
    },
    "edit.kind.end-assignment": {
        "fi": "Vastuun päättyminen",
        "sv": "Ett ansvar upphör",
        "en": "End of an assignment",
    },
    "edit.kind.end-assignment.intro": {
        "fi": "Kirjaa päivä, jona vastuu päättyy, esim. uudistuksen vuoksi.",
        "sv": "Registrera dagen då ett ansvar upphör, t.ex. på grund av en reform.",
        "en": "Record the day an assignment ends, e.g. because of a reform.",
    },
    "edit.kind.add-task": {"fi": "Uusi tehtävä", "sv": "Ny uppgift", "en": "New task"},
    "edit.kind.add-task.intro": {
        "fi": "Lisää tehtävä ohjausmallin tehtäväkokonaisuuteen, osaan tai toiseen tehtävään.",
        "sv": "Lägg till en uppgift i styrmodellens uppgiftshelhet, del eller en annan uppgift.",
        "en": "Add a task to a workstream, part or task of the steering model.",
    },
    "edit.required": {
        "fi": "Kenttä ”{field}” on pakollinen.",
        "sv": "Fältet ”{field}” är obligatoriskt.",
        "en": "The field “{field}” is required.",
    },
    "edit.required_note": {
        "fi": "Tähdellä (*) merkityt kentät ovat pakollisia.",
        "sv": "Fält märkta med asterisk (*) är obligatoriska.",
        "en": "Fields marked with an asterisk (*) are required.",
    },
    "edit.optional": {"fi": "valinnainen", "sv": "frivilligt", "en": "optional"},
    "edit.choose": {"fi": "– valitse –", "sv": "– välj –", "en": "– choose –"},
    "edit.submit": {"fi": "Ehdota muutosta", "sv": "Föreslå ändringen", "en": "Propose the change"},
    "edit.unknown_kind": {
        "fi": "Tällaista muutoslomaketta ei ole.",
        "sv": "Det finns inget sådant ändringsformulär.",
        "en": "There is no such change form.",
    },
    "edit.findings": {
        "fi": "Muutos rikkoisi tietoverkon sääntöjä ({count}); mitään ei tallennettu",
        "sv": "Ändringen skulle bryta mot grafens regler ({count}); inget sparades",
        "en": "The change would break the graph's rules ({count}); nothing was saved",
    },
    "edit.group.workstreams": {"fi": "Tehtäväkokonaisuudet", "sv": "Uppgiftshelheter", "en": "Workstreams"},
    "edit.group.parts": {"fi": "Ohjausmallin osat", "sv": "Styrmodellens delar", "en": "Parts of the model"},
    "edit.group.tasks": {"fi": "Tehtävät", "sv": "Uppgifter", "en": "Tasks"},
    # One change
    "change.title": {"fi": "Muutosehdotus", "sv": "Ändringsförslag", "en": "Proposed change"},
    "change.awaiting": {
        "fi": "Ehdotus on tallennettu ja odottaa toisen henkilön hyväksyntää.",
        "sv": "Förslaget är sparat och väntar på att en annan person godkänner det.",
        "en": "The proposal is saved and awaits another person's approval.",
    },
    "change.state": {"fi": "Tila", "sv": "Skede", "en": "State"},
    "change.state.proposed": {"fi": "ehdotettu", "sv": "föreslagen", "en": "proposed"},
    "change.state.approved": {"fi": "hyväksytty", "sv": "godkänd", "en": "approved"},
    "change.state.rejected": {"fi": "hylätty", "sv": "avslagen", "en": "rejected"},
    "change.state.applied": {"fi": "voimassa", "sv": "genomförd", "en": "applied"},
    "change.reason": {"fi": "Syy", "sv": "Orsak", "en": "Reason"},
    "change.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "change.proposed": {"fi": "Ehdotettu", "sv": "Föreslagen", "en": "Proposed"},
    "change.by_at": {"fi": "{name}, {at} (UTC)", "sv": "{name}, {at} (UTC)", "en": "{name}, {at} (UTC)"},
    "change.reviewed": {"fi": "Käsitellyt", "sv": "Behandlad av", "en": "Reviewed by"},
    "change.duties.caption": {
        "fi": "Vastuut, jotka muutos lisää, poistaa tai muuttaa ({count})",
        "sv": "Ansvar som ändringen lägger till, tar bort eller ändrar ({count})",
        "en": "Duties the change adds, removes or alters ({count})",
    },
    "change.no_duty_changes": {
        "fi": "Muutos ei muuta sitä, kuka tekee mitä.",
        "sv": "Ändringen ändrar inte vem som gör vad.",
        "en": "The change does not alter who does what.",
    },
    "change.added": {
        "fi": "Lisättävät tiedot ({count})",
        "sv": "Uppgifter som läggs till ({count})",
        "en": "Statements added ({count})",
    },
    "change.removed": {
        "fi": "Poistettavat tiedot ({count})",
        "sv": "Uppgifter som tas bort ({count})",
        "en": "Statements removed ({count})",
    },
    "change.added.done": {
        "fi": "Lisätyt tiedot ({count})",
        "sv": "Tillagda uppgifter ({count})",
        "en": "Statements added ({count})",
    },
    "change.removed.done": {
        "fi": "Poistetut tiedot ({count})",
        "sv": "Borttagna uppgifter ({count})",
        "en": "Statements removed ({count})",
    },
    "change.more": {
        "fi": "Lisäksi {count} tietoa, joita ei näytetä.",
        "sv": "Dessutom {count} uppgifter som inte visas.",
        "en": "And {count} statements not shown.",
    },
    "change.property.type": {"fi": "on tyyppiä", "sv": "är av typen", "en": "is of type"},
    "change.property.derived_from": {
        "fi": "lähteen kohta",
        "sv": "ställe i källan",
        "en": "place in the source",
    },
    "change.property.agent": {"fi": "toimija", "sv": "aktör", "en": "actor"},
    "change.property.role": {"fi": "rooli", "sv": "roll", "en": "role"},
    "change.node.observation": {
        "fi": "tilanne {date}: {status}",
        "sv": "läge {date}: {status}",
        "en": "status as of {date}: {status}",
    },
    "change.col.subject": {"fi": "Kohde", "sv": "Objekt", "en": "Subject"},
    "change.col.property": {"fi": "Ominaisuus", "sv": "Egenskap", "en": "Property"},
    "change.col.value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    # Review queue
    "review.title": {
        "fi": "Hyväksyttävät muutokset",
        "sv": "Ändringar att godkänna",
        "en": "Changes to review",
    },
    "review.intro": {
        "fi": "Käsittelyä odottavat ehdotukset, vanhin ensin: {count}. Hyväksytty muutos tarkistetaan "
        "uudelleen ja tulee voimaan heti.",
        "sv": "Förslag som väntar på behandling, det äldsta först: {count}. En godkänd ändring granskas "
        "på nytt och träder i kraft genast.",
        "en": "Proposals awaiting review, oldest first: {count}. An approved change is checked again and "
        "takes effect at once.",
    },
    "review.showing": {
        "fi": "Näytetään ehdotukset {first}–{last}, yhteensä {total}.",
        "sv": "Förslag {first}–{last} av {total} visas.",
        "en": "Showing proposals {first}–{last} of {total}.",
    },
    "review.pages": {"fi": "Ehdotusten sivut", "sv": "Förslagens sidor", "en": "Pages of proposals"},
    "review.previous": {
        "fi": "← Edelliset {count} ehdotusta",
        "sv": "← Föregående {count} förslag",
        "en": "← Previous {count} proposals",
    },
    "review.next": {
        "fi": "Seuraavat {count} ehdotusta →",
        "sv": "Nästa {count} förslag →",
        "en": "Next {count} proposals →",
    },
    "review.page_of": {
        "fi": "Sivu {page}/{pages}",
        "sv": "Sida {page} av {pages}",
        "en": "Page {page} of {pages}",
    },
    "review.bad_page": {
        "fi": "Sivunumeron pitää olla positiivinen kokonaisluku.",
        "sv": "Sidnumret ska vara ett positivt heltal.",
        "en": "The page number must be a positive whole number.",
    },
    "review.empty": {
        "fi": "Ei käsittelyä odottavia muutoksia.",
        "sv": "Inga ändringar väntar på behandling.",
        "en": "No changes await review.",
    },
    "review.own": {
        "fi": "Tämä on oma ehdotuksesi: sen hyväksyy tai hylkää joku toinen.",
        "sv": "Det här är ditt eget förslag: någon annan godkänner eller avslår det.",
        "en": "This is your own proposal: someone else approves or rejects it.",
    },
    "review.approve": {
        "fi": "Hyväksy ja ota käyttöön",
        "sv": "Godkänn och genomför",
        "en": "Approve and apply",
    },
    "review.reject": {"fi": "Hylkää", "sv": "Avslå", "en": "Reject"},
    "review.no_such_change": {
        "fi": "Tällaista muutosta ei ole.",
        "sv": "Någon sådan ändring finns inte.",
        "en": "There is no such change.",
    },
    # Revert
    "revert.heading": {"fi": "Peru tämä muutos", "sv": "Ångra den här ändringen", "en": "Revert this change"},
    "revert.intro": {
        "fi": "Peruminen on uusi muutosehdotus: se poistaa tämän muutoksen lisäämät tiedot ja palauttaa "
        "sen poistamat, ja se tarkistetaan ja hyväksytään kuten muutkin.",
        "sv": "Att ångra är ett nytt ändringsförslag: det tar bort det som ändringen lade till och "
        "återställer det den tog bort, och det granskas och godkänns som alla andra.",
        "en": "A revert is a new proposal: it removes what this change added and puts back what it "
        "removed, and it is checked and approved like any other.",
    },
    "revert.submit": {
        "fi": "Ehdota perumista",
        "sv": "Föreslå att ändringen ångras",
        "en": "Propose the revert",
    },
    "revert.not_applied": {
        "fi": "Vain voimassa olevan muutoksen voi perua.",
        "sv": "Bara en genomförd ändring kan ångras.",
        "en": "Only an applied change can be reverted.",
    },
    # History
    "history.title": {"fi": "Muutoshistoria", "sv": "Ändringshistorik", "en": "Change history"},
    "history.heading": {
        "fi": "Muutoshistoria: {name}",
        "sv": "Ändringshistorik: {name}",
        "en": "Change history: {name}",
    },
    "history.back": {
        "fi": "Takaisin kortille: {name}",
        "sv": "Tillbaka till kortet: {name}",
        "en": "Back to the card: {name}",
    },
    "history.applied": {"fi": "Muutos {at}", "sv": "Ändring {at}", "en": "Change of {at}"},
    "history.none": {
        "fi": "Tähän ei ole tehty muutoksia ylläpidon kautta; tiedot ovat toimitetuista tiedostoista.",
        "sv": "Inga ändringar har gjorts här via underhållet; uppgifterna kommer från de levererade filerna.",
        "en": "No changes have been made here through maintenance; the data come from the shipped files.",
    },
    "card.history": {"fi": "Muutoshistoria", "sv": "Ändringshistorik", "en": "Change history"},
    "card.edit_status": {
        "fi": "Kirjaa uusi tilanne",
        "sv": "Registrera ett nytt läge",
        "en": "Record a new status",
    },
}

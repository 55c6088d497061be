"""Texts of the change workflow: refusals of changesets, sign-in errors, states."""

from __future__ import annotations

from kg_service.i18n import Table

TEXTS: Table = {
    "field-required": {
        "fi": "Kenttä {field} puuttuu tai on tyhjä.",
        "sv": "Fältet {field} saknas eller är tomt.",
        "en": "The field {field} is missing or empty.",
    },
    "field-too-long": {
        "fi": "Kenttä {field} on liian pitkä (enintään {limit} merkkiä).",
        "sv": "Fältet {field} är för långt (högst {limit} tecken).",
        "en": "The field {field} is too long (at most {limit} characters).",
    },
    "syntax": {
        "fi": "Kentän kolmikot eivät jäsenny (rivi {line}): {reason}",
        "sv": "Fältets tripler kan inte tolkas (rad {line}): {reason}",
        "en": "The field's triples cannot be parsed (line {line}): {reason}",
    },
    "too-many-triples": {
        "fi": "Muutoksessa on liikaa kolmikoita (enintään {limit}).",
        "sv": "Ändringen har för många tripler (högst {limit}).",
        "en": "The change has too many triples (at most {limit}).",
    },
    "named-graph": {
        "fi": "Muutos koskee vain oletusgraafia; nimettyjä graafeja ei voi muuttaa.",
        "sv": "En ändring gäller bara standardgrafen; namngivna grafer kan inte ändras.",
        "en": "A change concerns the default graph only; named graphs cannot be changed.",
    },
    "blank-node": {
        "fi": "Nimeä jokainen solmu IRI-tunnuksella: nimettömiä solmuja ei voi poistaa "
        "eikä seurata historiassa.",
        "sv": "Namnge varje nod med en IRI: blanka noder kan inte tas bort eller följas i historiken.",
        "en": "Name every node with an IRI: blank nodes cannot be removed or followed in the history.",
    },
    "not-an-object": {
        "fi": "Pyynnön rungon on oltava JSON-objekti.",
        "sv": "Begärans kropp måste vara ett JSON-objekt.",
        "en": "The request body must be a JSON object.",
    },
    "not-json": {
        "fi": "Pyynnön runko ei ole kelvollista JSONia.",
        "sv": "Begärans kropp är inte giltig JSON.",
        "en": "The request body is not valid JSON.",
    },
    "body-too-large": {
        "fi": "Pyynnön runko on liian suuri (enintään {limit} tavua).",
        "sv": "Begärans kropp är för stor (högst {limit} byte).",
        "en": "The request body is too large (at most {limit} bytes).",
    },
    "unknown-kind": {
        "fi": "Tuntematon muutoslomake; käytettävissä: {kinds}.",
        "sv": "Okänt ändringsformulär; tillgängliga: {kinds}.",
        "en": "Unknown kind of change; available: {kinds}.",
    },
    "unknown-format": {
        "fi": "Tuntematon muoto; käytä turtle tai jsonld.",
        "sv": "Okänt format; använd turtle eller jsonld.",
        "en": "Unknown format; use turtle or jsonld.",
    },
    "empty": {
        "fi": "Muutoksessa ei ole lisättäviä eikä poistettavia kolmikoita.",
        "sv": "Ändringen har inga tripler att lägga till eller ta bort.",
        "en": "The change has no triples to add or remove.",
    },
    "bad-id": {
        "fi": "Kentän {field} tunnus ei kelpaa.",
        "sv": "Identifieraren i fältet {field} duger inte.",
        "en": "The id in the field {field} is not valid.",
    },
    "unknown-id": {
        "fi": "Graafissa ei ole kentän {field} tunnusta {id}.",
        "sv": "Grafen har inte identifieraren {id} i fältet {field}.",
        "en": "The graph has no {id} (field {field}).",
    },
    "bad-date": {
        "fi": "Kentän {field} on oltava päivämäärä muodossa VVVV-KK-PP.",
        "sv": "Fältet {field} måste vara ett datum i formen ÅÅÅÅ-MM-DD.",
        "en": "The field {field} must be a date as YYYY-MM-DD.",
    },
    "ontology-term": {
        "fi": "Ontologiaa ja käsitteistöjä muutetaan versionhallinnassa, ei muutosehdotuksilla: {term}",
        "sv": "Ontologin och begreppsscheman ändras i versionshanteringen, inte med ändringsförslag: {term}",
        "en": "The ontology and concept schemes change through version control, not changesets: {term}",
    },
    "not-in-graph": {
        "fi": "Poistettavaa kolmikkoa ei ole graafissa: {triple}",
        "sv": "Triplen som ska tas bort finns inte i grafen: {triple}",
        "en": "The triple to remove is not in the graph: {triple}",
    },
    "stale": {
        "fi": "Graafi on muuttunut ehdotuksen jälkeen: poistettavaa kolmikkoa ei enää ole ({triple}). "
        "Tee uusi ehdotus.",
        "sv": "Grafen har ändrats efter förslaget: triplen att ta bort finns inte längre ({triple}). "
        "Gör ett nytt förslag.",
        "en": "The graph changed after the proposal: a triple to remove is gone ({triple}). "
        "Make a new proposal.",
    },
    "invalid": {
        "fi": "Muutos rikkoisi graafin sääntöjä ({count} kpl); graafi on ennallaan.",
        "sv": "Ändringen skulle bryta mot grafens regler ({count} st.); grafen är oförändrad.",
        "en": "The change would break the graph's rules ({count}); the graph is unchanged.",
    },
    "no-such-change": {
        "fi": "Muutosta {id} ei ole.",
        "sv": "Ändringen {id} finns inte.",
        "en": "There is no change {id}.",
    },
    "not-proposed": {
        "fi": "Muutos ei odota käsittelyä (tila: {state}).",
        "sv": "Ändringen väntar inte på behandling (skede: {state}).",
        "en": "The change is not awaiting review (state: {state}).",
    },
    "own-proposal": {
        "fi": "Omaa ehdotusta ei voi hyväksyä eikä hylätä.",
        "sv": "Man kan inte godkänna eller avslå sitt eget förslag.",
        "en": "You cannot approve or reject your own proposal.",
    },
    "unauthenticated": {
        "fi": "Kirjaudu: lähetä Authorization: Bearer -tunniste.",
        "sv": "Logga in: skicka en Authorization: Bearer-token.",
        "en": "Sign in: send an Authorization: Bearer token.",
    },
    "bad-credentials": {
        "fi": "Tunniste ei kelpaa tai se on peruttu.",
        "sv": "Token är ogiltig eller återkallad.",
        "en": "The token is not valid or has been revoked.",
    },
    "forbidden": {
        "fi": "Roolisi ei salli tätä toimintoa.",
        "sv": "Din roll tillåter inte den här åtgärden.",
        "en": "Your role does not allow this action.",
    },
    "too-many-failures": {
        "fi": "Liian monta epäonnistunutta kirjautumista; yritä myöhemmin uudelleen.",
        "sv": "För många misslyckade inloggningar; försök igen senare.",
        "en": "Too many failed sign-ins; try again later.",
    },
    "read-only": {
        "fi": "Tämä palvelu lukee etävarastoa eikä ota vastaan muutoksia.",
        "sv": "Den här tjänsten läser ett fjärrlager och tar inte emot ändringar.",
        "en": "This service reads a remote store and takes no changes.",
    },
    "bad-recorded": {
        "fi": "Parametrin recorded on oltava päivämäärä muodossa VVVV-KK-PP.",
        "sv": "Parametern recorded måste vara ett datum i formen ÅÅÅÅ-MM-DD.",
        "en": "The parameter recorded must be a date as YYYY-MM-DD.",
    },
}

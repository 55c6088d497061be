"""What every diagram shares: the kinds and their formats, the few words of the diagrams' own
(headings, legends, month names) in Finnish, Swedish and English, colours, and SVG helpers.

Everything the graph names (actors, tasks, roles, statuses, milestone types, relations of our own
ontology) is labelled from the graph; only what the graph has no label for is written here. The
helpers write SVG by hand with explicit coordinates, fonts and colours as attributes (not CSS),
because Word and some web editors ignore style sheets in pasted SVG.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from kg_service.diagrams.text import text_width, wrap

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"

DOCUMENT_FORMATS = ("docx", "pdf")  # a Word or PDF document of any kind (kg_service.documents), A4
MEDIA_TYPES = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "dot": "text/vnd.graphviz; charset=utf-8",
    "mmd": "text/vnd.mermaid; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
BINARY_FORMATS = frozenset({"png", "xlsx", "docx", "pdf"})

# RACI codes in the order a cell lists them, with their fill colours (dark text stays readable)
RACI_ORDER = ("A", "R", "C", "I")
RACI_COLOURS = {"A": "#f5b7b1", "R": "#aed6f1", "C": "#abebc6", "I": "#e5e7e9"}
RACI_EDGE_COLOURS = {"A": "#922b21", "R": "#1f618d", "C": "#1e8449", "I": "#707b7c"}
# statuses by the last part of their IRI (es:status/in-progress ...); anything else is "unknown".
# The fills stay apart under deuteranopia, protanopia and tritanopia (CAM02-UCS distance >= 15,
# tests/test_diagram_access.py) and keep dark text at 4.5:1 or more; a mark repeats each status
# in shape, so that colour is never the only sign (WCAG 1.4.1).
STATUS_COLOURS = {"not-started": "#f2f2f2", "in-progress": "#f0b54a", "done": "#5d9bd5", "": "#b5b5b5"}
STATUS_MARKS = {"not-started": "\u25cb", "in-progress": "\u25d0", "done": "\u2713", "": "?"}
CRITICAL = "#c0392b"
INK = "#1c2833"
MUTED = "#566573"
GRID = "#aab7b8"

TEXTS: dict[str, dict[str, str]] = {
    "raci": {"fi": "RACI-matriisi", "sv": "RACI-matris", "en": "RACI matrix"},
    "roles": {
        "fi": "Toimijat ja niiden suhteet",
        "sv": "Aktörerna och deras relationer",
        "en": "Actors and how they relate",
    },
    "swimlane": {
        "fi": "Tehtävät toimijoittain aikajanalla",
        "sv": "Uppgifterna per aktör på en tidslinje",
        "en": "Tasks by actor on a timeline",
    },
    "annual-clock": {
        "fi": "Ohjauksen vuosikellot",
        "sv": "Styrningens årsklockor",
        "en": "Annual clocks of steering",
    },
    "dependencies": {
        "fi": "Tehtävien riippuvuudet",
        "sv": "Uppgifternas beroenden",
        "en": "Task dependencies",
    },
    "all-tasks": {"fi": "kaikki tehtävät", "sv": "alla uppgifter", "en": "all tasks"},
    "part": {"fi": "osa", "sv": "del", "en": "part"},
    "actor": {"fi": "toimija", "sv": "aktör", "en": "actor"},
    "as-of": {"fi": "tilanne", "sv": "läget", "en": "as of"},
    "task": {"fi": "Tehtävä", "sv": "Uppgift", "en": "Task"},
    "group": {"fi": "Kokonaisuus", "sv": "Helhet", "en": "Group"},
    "other-tasks": {"fi": "Muut tehtävät", "sv": "Övriga uppgifter", "en": "Other tasks"},
    "inherited": {
        "fi": "* periytyy ylemmältä tasolta (mallin osa tai koko malli)",
        "sv": "* ärvs från en högre nivå (en del av modellen eller hela modellen)",
        "en": "* inherited from a higher level (a part of the model or the whole model)",
    },
    "roles-sheet": {"fi": "Roolit", "sv": "Roller", "en": "Roles"},
    "role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "inherited-from": {"fi": "Periytyy kohteesta", "sv": "Ärvs från", "en": "Inherited from"},
    "sub-organisation": {
        "fi": "alaorganisaatio tai jaosto",
        "sv": "underorganisation eller sektion",
        "en": "sub-organisation or section",
    },
    "member": {"fi": "jäsen", "sv": "medlem", "en": "member"},
    "kind-of-actor": {"fi": "kuuluu toimijatyyppiin", "sv": "hör till aktörstypen", "en": "is of the kind"},
    "narrower-kind": {
        "fi": "osa laajempaa toimijatyyppiä",
        "sv": "del av en bredare aktörstyp",
        "en": "part of a broader kind",
    },
    "task-edge": {
        "fi": "A → B: A:n rooli tehtävissä, joista B on tilivelvollinen (suluissa tehtävien määrä, "
        "jos useampi)",
        "sv": "A → B: A:s roll i uppgifter som B är redovisningsskyldig för (inom parentes antalet "
        "uppgifter, om flera)",
        "en": "A → B: A's role in tasks B is accountable for (in brackets the number of tasks, "
        "if more than one)",
    },
    "kind-node": {
        "fi": "toimijatyyppi (katkoviiva)",
        "sv": "aktörstyp (streckad)",
        "en": "kind of actor (dashed)",
    },
    "lane": {"fi": "Toimija", "sv": "Aktör", "en": "Actor"},
    "status-unknown": {"fi": "tila ei tiedossa", "sv": "status okänd", "en": "status unknown"},
    "no-schedules": {
        "fi": "Ei aikataulutettuja tehtäviä valinnoilla.",
        "sv": "Inga uppgifter med tidsplan med dessa val.",
        "en": "No scheduled tasks for these filters.",
    },
    "only-scheduled": {
        "fi": "Mukana tehtävät, joilla on aikataulu graafissa.",
        "sv": "Med är de uppgifter som har en tidsplan i grafen.",
        "en": "Shows the tasks that have a schedule in the graph.",
    },
    "variant-of": {"fi": "muunnelma", "sv": "variant av", "en": "variant of"},
    "no-milestones": {
        "fi": "Graafissa ei ole tämän vuosikellon virstanpylväitä.",
        "sv": "Grafen har inga milstolpar för denna årsklocka.",
        "en": "The graph has no milestones for this clock.",
    },
    "no-clocks": {
        "fi": "Ei vuosikelloja valinnoilla.",
        "sv": "Inga årsklockor med dessa val.",
        "en": "No annual clocks for these filters.",
    },
    "stated": {
        "fi": "riippuu (graafissa ilmaistu)",
        "sv": "beror på (angivet i grafen)",
        "en": "depends on (stated in the graph)",
    },
    "precedes": {
        "fi": "edeltää (aikataulu, sama kokonaisuus)",
        "sv": "föregår (tidsplan, samma helhet)",
        "en": "precedes (schedule, same group)",
    },
    "longest-path": {
        "fi": "pisin polku (kestot yhteensä)",
        "sv": "längsta vägen (sammanlagd längd)",
        "en": "longest path (total duration)",
    },
    "left-out": {
        "fi": "Ilman johdettuja riippuvuuksia jätetty pois: {n} tehtävää.",
        "sv": "Utan härledda beroenden utelämnade: {n} uppgifter.",
        "en": "Left out for having no derived dependency: {n} tasks.",
    },
    "no-dependencies": {
        "fi": "Ei riippuvuuksia valinnoilla.",
        "sv": "Inga beroenden med dessa val.",
        "en": "No dependencies for these filters.",
    },
    "no-rows": {
        "fi": "Ei tehtäviä valinnoilla.",
        "sv": "Inga uppgifter med dessa val.",
        "en": "No tasks for these filters.",
    },
    "no-actors": {
        "fi": "Ei toimijoita valinnoilla.",
        "sv": "Inga aktörer med dessa val.",
        "en": "No actors for these filters.",
    },
    # what a diagram shows, for its SVG <desc> and the alternative text of its image in a document
    "desc-raci": {
        "fi": "Taulukko, jonka riveillä on {tasks} tehtävää ja sarakkeissa {actors} toimijaa. Solun "
        "kirjain kertoo toimijan roolin tehtävässä: A tilivelvollinen, R vastuussa toteutuksesta, C "
        "kuultava, I tiedotettava.",
        "sv": "Tabell med {tasks} uppgifter på raderna och {actors} aktörer i kolumnerna. Bokstaven i "
        "en cell anger aktörens roll i uppgiften: A redovisningsskyldig, R ansvarig för genomförandet, "
        "C konsulteras, I informeras.",
        "en": "Table with {tasks} tasks as rows and {actors} actors as columns. The letter in a cell is "
        "the actor's role in the task: A accountable, R responsible, C consulted, I informed.",
    },
    "desc-roles": {
        "fi": "Kaavio, jossa {actors} toimijaa on laatikkoina. Viivat kertovat organisaatiosuhteet ja "
        "nuolet, missä roolissa toimija osallistuu toisen toimijan tilivelvollisuulle kuuluviin "
        "tehtäviin.",
        "sv": "Diagram med {actors} aktörer som rutor. Linjerna visar organisatoriska relationer och "
        "pilarna i vilken roll en aktör deltar i uppgifter som en annan aktör är redovisningsskyldig för.",
        "en": "Diagram with {actors} actors as boxes. Lines show how organisations relate, and arrows "
        "the role an actor has in tasks another actor is accountable for.",
    },
    "desc-swimlane": {
        "fi": "Aikajana vuosineljänneksittäin: {tasks} aikataulutettua tehtävää {lanes} toimijan "
        "kaistalla. Palkin väri ja merkki kertovat tehtävän tilan: ✓ valmis, ◐ työn alla, ○ "
        "aloittamatta, ? ei tiedossa.",
        "sv": "Tidslinje per kvartal: {tasks} uppgifter med tidsplan i {lanes} aktörers banor. Stapelns "
        "färg och tecken anger uppgiftens status: ✓ klar, ◐ pågår, ○ inte påbörjad, ? okänd.",
        "en": "Timeline by quarter: {tasks} scheduled tasks in the lanes of {lanes} actors. A bar's "
        "colour and mark give the task's status: ✓ done, ◐ in progress, ○ not started, ? unknown.",
    },
    "desc-annual-clock": {
        "fi": "{clocks} vuosikelloa. Kehällä ovat vuoden kuukaudet ja yhteensä {milestones} "
        "virstanpylvästä, kukin omassa kuukaudessaan.",
        "sv": "{clocks} årsklockor. På ringen står årets månader och sammanlagt {milestones} milstolpar, "
        "var och en i sin månad.",
        "en": "{clocks} annual clocks. The ring shows the months of the year and {milestones} milestones "
        "in all, each in its month.",
    },
    "desc-dependencies": {
        "fi": "{tasks} tehtävää laatikkoina kokonaisuuksittain. Nuolet kertovat, mikä tehtävä edeltää "
        "toista tai mihin säädösvalmisteluun se liittyy; pisin polku on korostettu. Laatikon väri ja "
        "merkki kertovat tehtävän tilan: ✓ valmis, ◐ työn alla, ○ aloittamatta, ? ei tiedossa.",
        "sv": "{tasks} uppgifter som rutor per helhet. Pilarna visar vilken uppgift som föregår en "
        "annan eller vilken författningsberedning den hör till; den längsta vägen är framhävd. Rutans "
        "färg och tecken anger uppgiftens status: ✓ klar, ◐ pågår, ○ inte påbörjad, ? okänd.",
        "en": "{tasks} tasks as boxes by group. Arrows show which task precedes another or which "
        "preparation of a decree it feeds; the longest path is highlighted. A box's colour and mark "
        "give the task's status: ✓ done, ◐ in progress, ○ not started, ? unknown.",
    },
}
MONTHS = {
    "fi": (
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ),
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def say(key: str, lang: str, **values: object) -> str:
    """One of the diagrams' own phrases in ``lang``."""
    text = TEXTS[key][lang]
    return text.format(**values) if values else text


@dataclass(frozen=True)
class Caption:
    """The title of a diagram and a line saying which filters made it."""

    title: str
    filters: str = ""

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.title, self.filters) if line]


def caption(
    kind: str, lang: str, part: str | None = None, actor: str | None = None, at: str | None = None
) -> Caption:
    """The caption of a diagram of ``kind``, naming the (labelled) filters that were used."""
    parts = []
    if part:
        parts.append(f"{say('part', lang)}: {part}")
    if actor:
        parts.append(f"{say('actor', lang)}: {actor}")
    if at:
        parts.append(f"{say('as-of', lang)} {format_date(at, lang)}")
    return Caption(say(kind, lang), " · ".join(parts))


def format_date(iso: str, lang: str) -> str:
    """A date as people write it: 1.6.2025 in Finnish and Swedish, 2025-06-01 in English."""
    day = date.fromisoformat(iso)
    return day.isoformat() if lang == "en" else f"{day.day}.{day.month}.{day.year}"


def period_text(start: str | None, end: str | None, lang: str) -> str:
    """A schedule in the reader's own notation, made from its dates (the sources' notations are in
    one language): Q3/2023 or Q3/2023–Q2/2024 for whole quarters, 4/2023 or 4/2023–5/2023 for whole
    months, else 31.10.2023 or 1.4.2023–31.10.2023 (ISO dates in English)."""
    if not start or not end:
        return format_date(start or end or "", lang) if (start or end) else ""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if first.day == 1 and first.month % 3 == 1 and _quarter_last_day(last):
        opening = f"Q{(first.month + 2) // 3}/{first.year}"
        closing = f"Q{(last.month + 2) // 3}/{last.year}"
        return opening if opening == closing else f"{opening}\u2013{closing}"
    if first == last:
        return format_date(start, lang)
    if first.day == 1 and _month_last_day(last):
        opening, closing = f"{first.month}/{first.year}", f"{last.month}/{last.year}"
        return opening if opening == closing else f"{opening}\u2013{closing}"
    return f"{format_date(start, lang)}\u2013{format_date(end, lang)}"


def _month_last_day(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def _quarter_last_day(day: date) -> bool:
    return day.month % 3 == 0 and _month_last_day(day)


def status_key(status: str | None) -> str:
    """The colour key of a status IRI (its last part), "" when unknown."""
    key = (status or "").rstrip("/").rsplit("/", 1)[-1]
    return key if key in STATUS_COLOURS else ""


def status_mark(status: str | None) -> str:
    """The mark (○ ◐ ✓ ?) that repeats a status's colour as a shape."""
    return STATUS_MARKS[status_key(status)]


def status_legend(statuses: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """(fill, mark and label) for each status the graph names, then for an unknown status."""
    items = [(STATUS_COLOURS[status_key(i)], f"{status_mark(i)} {label}") for i, label in statuses.items()]
    return [*items, (STATUS_COLOURS[""], f"{status_mark(None)} {say('status-unknown', lang)}")]


def stable_ids(iris: Iterable[str], prefix: str = "n") -> dict[str, str]:
    """Short ids (n1, n2, ...) for IRIs, numbered in sorted order so that the same graph gives the
    same ids, whatever order the store returned the rows in."""
    return {iri: f"{prefix}{number}" for number, iri in enumerate(sorted(iris), start=1)}


def sort_key(label: str | None, iri: str = "") -> tuple[str, str]:
    """Sort by label (case-insensitive), then by IRI so that equal labels keep a fixed order."""
    return ((label or iri).casefold(), iri)


# ------------------------------------------------------------------------------ SVG writing


def attr(value: object) -> str:
    """An XML attribute value, escaped."""
    return escape(str(value), quote=True)


def num(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing .0 (stable text, small files)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def svg_text(
    x: float,
    y: float,
    lines: list[str],
    size: float,
    *,
    anchor: str = "start",
    bold: bool = False,
    fill: str = INK,
    line_height: float | None = None,
    italic: bool = False,
) -> str:
    """A text block: one <text> with a <tspan> per line; ``y`` is the first line's baseline."""
    step = line_height or size * 1.25
    spans = "".join(
        f'<tspan x="{num(x)}" y="{num(y + i * step)}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    weight = ' font-weight="bold"' if bold else ""
    style = ' font-style="italic"' if italic else ""
    return f'<text font-size="{num(size)}" text-anchor="{anchor}" fill="{fill}"{weight}{style}>{spans}</text>'


def svg_rect(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: str,
    stroke: str = "none",
    radius: float = 0,
    dash: str | None = None,
) -> str:
    """A rectangle."""
    extra = f' rx="{num(radius)}"' if radius else ""
    extra += f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(width)}" height="{num(height)}" fill="{fill}" '
        f'stroke="{stroke}"{extra}/>'
    )


def svg_line(
    x1: float, y1: float, x2: float, y2: float, stroke: str = GRID, width: float = 1, dash: str | None = None
) -> str:
    """A line."""
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{stroke}" '
        f'stroke-width="{num(width)}"{extra}/>'
    )


def svg_document(width: float, height: float, title: str, body: list[str]) -> str:
    """A standalone SVG document of the given size with a white background."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(width)}" height="{num(height)}" '
        f'viewBox="0 0 {num(width)} {num(height)}" font-family="{attr(FONT)}">\n'
        f"<title>{escape(title)}</title>\n"
        f'<rect x="0" y="0" width="{num(width)}" height="{num(height)}" fill="#ffffff"/>\n'
        + "\n".join(body)
        + "\n</svg>\n"
    )


def svg_caption(cap: Caption, x: float, y: float, width: float) -> tuple[list[str], float]:
    """The title (bold) and the filter line, wrapped to ``width``; returns the elements and the
    y just below them."""
    elements = []
    title = wrap(cap.title, width, 20, bold=True)
    elements.append(svg_text(x, y + 20, title, 20, bold=True))
    y += 20 * 1.25 * len(title) + 6
    if cap.filters:
        lines = wrap(cap.filters, width, 13)
        elements.append(svg_text(x, y + 13, lines, 13, fill=MUTED))
        y += 13 * 1.25 * len(lines) + 4
    return elements, y + 8


def legend_items(
    items: Sequence[tuple[str, str, str | None]], x: float, y: float, width: float, size: float = 12
) -> tuple[list[str], float]:
    """A legend of (fill colour, text, border dash) swatches laid out in rows across ``width``;
    returns the elements and the y below the legend."""
    elements: list[str] = []
    cursor, row_height = x, size * 1.6
    for fill, label, dash in items:
        lines = wrap(label, width - 30, size)
        item_width = 22 + max(text_width(line, size) for line in lines) + 18
        if cursor > x and cursor + item_width > x + width:
            cursor, y = x, y + row_height
        elements.append(svg_rect(cursor, y, 16, 12, fill, stroke=MUTED, dash=dash))
        elements.append(svg_text(cursor + 22, y + 10.5, lines, size))
        cursor += item_width
        row_height = max(row_height, size * 1.25 * len(lines) + 6)
    return elements, y + row_height

"""What a document holds, gathered from the graph: the RACI matrix, the diagrams as pictures with
their captions and descriptions, the legend and the sources of the tasks shown.

Everything is gathered through the diagrams' own gatherers and renderers, so a figure in the annex
is the same picture `kg draw KIND --format png` gives for the same filters.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import date

from kg_service.answers.assemble import Answers
from kg_service.diagrams.common import RACI_COLOURS, RACI_ORDER, caption, format_date, say, status_legend
from kg_service.diagrams.data import Filters, gather_raci, status_labels
from kg_service.diagrams.describe import describe, title_of
from kg_service.diagrams.raci import Matrix, build
from kg_service.diagrams.registry import KINDS
from kg_service.diagrams.rows import DependenciesData, DiagramData, RolesData, SwimlaneData
from kg_service.i18n import text
from kg_service.i18n.documents import DOCUMENTS
from kg_service.store.base import value

FIGURE_KINDS = ("roles", "swimlane", "annual-clock", "dependencies")
ANNEX_KINDS = ("raci", *FIGURE_KINDS)


@dataclass(frozen=True)
class Figure:
    """A diagram as a picture: PNG bytes and size in pixels, caption title and alternative text."""

    kind: str
    title: str
    alt: str
    png: bytes
    width: int
    height: int


@dataclass(frozen=True)
class SourceRow:
    """One place in one source document, the tasks it backs and the certainty the graph gives."""

    document: str
    locator: str
    tasks: tuple[str, ...]
    confidence: str


@dataclass
class Content:
    """A document's parts in one language; ``matrix`` is None when the RACI is not included."""

    lang: str
    title: str
    kicker: str
    lines: list[str]
    matrix: Matrix | None = None
    raci_title: str = ""
    raci_alt: str = ""
    raci_legend: dict[str, str] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    statuses: list[tuple[str, str]] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)
    made_on: str = ""

    def t(self, key: str, **values: object) -> str:
        """A document phrase in the content's language."""
        return text(DOCUMENTS, key, self.lang, **values)

    def raci_items(self) -> list[tuple[str, str]]:
        """(fill colour, "A = label") for the RACI legend."""
        return [(RACI_COLOURS[code], f"{code} = {self.raci_legend[code]}") for code in RACI_ORDER]

    @property
    def inherited_note(self) -> str:
        return say("inherited", self.lang)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG from its header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def figure(answers: Answers, kind: str, filters: Filters) -> tuple[Figure, set[str] | None]:
    """The diagram ``kind`` as a PNG with its caption title and description, and the tasks it
    shows (None when it shows no tasks as such: the annual clock shows milestones)."""
    from kg_service.diagrams.render import render

    data = KINDS[kind].gather(answers, filters)
    png = render(kind, "png", data, filters.lang).body
    width, height = png_size(png)
    shown = Figure(kind, title_of(data), describe(kind, data, filters.lang), png, width, height)
    return shown, _tasks_shown(data)


def _tasks_shown(data: DiagramData) -> set[str] | None:
    if isinstance(data, RolesData):
        return {row.task for row in data.assignments}
    if isinstance(data, SwimlaneData | DependenciesData):
        return {task.task for task in data.tasks if task.schedules}
    return None


def _sources(answers: Answers, tasks: dict[str, str], lang: str) -> list[SourceRow]:
    """The sources of the tasks, one row per (document, place), with the tasks each backs."""
    rows = answers.run_for_many("sources-of", "node", set(tasks))
    iris = {value(r, k) or "" for r in rows for k in ("document", "confidence")}
    refs = answers.refs(iris, lang)
    places: dict[tuple[str, str], dict[str, set[str]]] = {}
    for row in rows:
        document = refs[value(row, "document") or ""].label or value(row, "document") or ""
        locator = value(row, "locator") or ""
        place = places.setdefault((document, locator), {"tasks": set(), "confidence": set()})
        place["tasks"].add(tasks[value(row, "node") or ""])
        if value(row, "confidence"):
            label = refs[value(row, "confidence") or ""].label
            place["confidence"].add(label or "")
    return [
        SourceRow(
            document,
            locator,
            tuple(sorted(place["tasks"], key=str.casefold)),
            ", ".join(sorted(place["confidence"])),
        )
        for (document, locator), place in sorted(places.items(), key=lambda p: (p[0][0].casefold(), p[0][1]))
    ]


def gather(answers: Answers, filters: Filters, kinds: tuple[str, ...], today: date) -> Content:
    """The content of a document of ``kinds`` for the filters; ``today`` is the day it is made."""
    lang = filters.lang
    single = len(kinds) == 1
    raci = gather_raci(answers, filters)
    content = Content(
        lang=lang,
        title="",
        kicker="",
        lines=[],
        raci_legend=raci.legend,
        made_on=today.isoformat(),
    )
    if filters.at:
        content.lines.append(content.t("as-of", date=format_date(filters.at, lang)))
    refs = answers.refs({iri for iri in (filters.part, filters.actor) if iri}, lang, filters.at)
    part, actor = (refs[iri].label or iri if iri else None for iri in (filters.part, filters.actor))
    scope = caption("raci", lang, part, actor).filters
    content.lines.append(content.t("scope", filters=scope) if scope else content.t("whole-model"))
    content.lines.append(content.t("made-from", date=format_date(today.isoformat(), lang)))
    if single:
        content.title = say(kinds[0], lang)
    else:
        content.kicker, content.title = content.t("annex-kicker"), content.t("annex-title")
    if "raci" in kinds:
        content.matrix = build(raci.rows, content.raci_legend, lang)
        content.raci_title = title_of(raci)
        content.raci_alt = describe("raci", raci, lang)
    drawn = [figure(answers, kind, filters) for kind in kinds if kind != "raci"]
    content.figures = [picture for picture, _ in drawn]
    content.statuses = status_legend(status_labels(answers, lang), lang)
    tasks = {r.task: str(r.task_label) for r in raci.rows}
    if "raci" not in kinds and all(shown is not None for _, shown in drawn):
        # a document of one diagram cites the sources of the tasks that diagram shows
        keep = set().union(*(shown for _, shown in drawn if shown is not None))
        tasks = {iri: label for iri, label in tasks.items() if iri in keep}
    content.sources = _sources(answers, tasks, lang)
    return content

"""A changeset in words, for the review queue and the history: its statements with every node and
property labelled in the page language, and the before/after table of who does what (the table
the draft check computes: duties that appear, disappear or change, with task, actor, role and
period in words).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from fastapi import Request

from kg_service.answers.assemble import Answers
from kg_service.api.deps import get_checker
from kg_service.checks.report import DIFF_COLUMNS, diff_rows
from kg_service.editing.journal import Change
from kg_service.i18n import text
from kg_service.i18n.web import WEB
from kg_service.namespaces import ES, ESO, PREFIXES, PROV, RDF
from kg_service.web.edit_choices import edit_choices_for

MAX_STATEMENTS = 200
"""Statements shown per side of a change (a changeset holds at most 5000: the rest is counted)."""


@dataclass(frozen=True)
class Statement:
    """One triple for a reader: subject, property and value, each as a label and (nodes) a link."""

    subject: str
    subject_iri: str
    property: str
    value: str
    value_iri: str | None
    value_lang: str | None


@dataclass(frozen=True)
class ChangeView:
    """A change as a page shows it."""

    change: Change
    added: list[Statement]
    removed: list[Statement]
    more: int
    duty_rows: list[tuple[str, tuple[str, ...]]] | None


PROPERTY_KEYS = {
    str(RDF.type): "change.property.type",
    str(PROV.wasDerivedFrom): "change.property.derived_from",
    str(PROV.agent): "change.property.agent",
    str(PROV.hadRole): "change.property.role",
}
"""Properties of other vocabularies the graph labels in English only: named from the text table."""
FOR_TASK, AGENT, ROLE = str(ESO.forTask), str(PROV.agent), str(PROV.hadRole)
STATUS_VALUE, AS_OF = str(ESO.statusValue), str(ESO.asOf)


def compact(iri: str) -> str:
    """An IRI as a reader can take it in: our id path (task/x), a prefixed name, else itself."""
    if iri.startswith(str(ES)):
        return iri[len(str(ES)) :]
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and prefix != "es":
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri


class Namer:
    """A page's names of nodes (see ``namer``), and the language of a name not in the page's."""

    def __init__(self, name: Callable[[str], str], languages: dict[str, str]) -> None:
        self._name, self._languages = name, languages

    def __call__(self, iri: str) -> str:
        return self._name(iri)

    def language(self, iri: str) -> str | None:
        """The language of the node's name when a source gives it in its own (a locator)."""
        return self._languages.get(iri)


def namer(request: Request, answers: Answers, triples: Iterable[ox.Triple], lang: str) -> Namer:
    """How a page names a node in words: its label in the page language (Swedish and English
    pages fall back to Finnish, never a Finnish or Swedish page to English); an assignment as
    "task: actor, role (period)" and a place in a source as "document, place" (the edit forms'
    lists); a node the change itself makes (a new assignment, a status observation) from its
    statements in the change; else its id or prefixed name."""
    own: dict[str, dict[str, str]] = defaultdict(dict)
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode):
            own[triple.subject.value][triple.predicate.value] = str(getattr(triple.object, "value", ""))
    choices = edit_choices_for(request.app.state, answers, lang)
    known = {o.id: f"{group}: {o.label}" for group, options in choices.assignments for o in options}
    known |= {o.id: f"{group}, {o.label}" for group, options in choices.locations for o in options}
    labels = answers.labels(set(own) | {v for p in own.values() for v in p.values() if v.startswith("http")})

    def name(iri: str) -> str:
        if iri in PROPERTY_KEYS:
            return text(WEB, PROPERTY_KEYS[iri], lang)
        found = labels.get(iri) or answers.labels({iri}).get(iri) or {}
        if found.get(lang) or found.get("fi"):
            return found.get(lang) or found["fi"]
        if iri in known:
            return known[iri]
        said = own.get(iri, {})
        if all(p in said for p in (FOR_TASK, AGENT, ROLE)):
            return f"{name(said[FOR_TASK])}: {name(said[AGENT])}, {name(said[ROLE])}"
        if STATUS_VALUE in said and AS_OF in said:
            return text(
                WEB, "change.node.observation", lang, status=name(said[STATUS_VALUE]), date=said[AS_OF]
            )
        return compact(iri)

    return Namer(name, {i: spoken for i, spoken in choices.languages.items() if spoken != lang})


def statements(name: Namer, triples: list[ox.Triple]) -> list[Statement]:
    """The triples in words (``name`` names each node and property)."""
    found = []
    for triple in triples[:MAX_STATEMENTS]:
        subject, term = str(getattr(triple.subject, "value", triple.subject)), triple.object
        node = isinstance(term, ox.NamedNode)
        found.append(
            Statement(
                subject=name(subject),
                subject_iri=subject,
                property=name(triple.predicate.value),
                value=name(term.value) if node else str(getattr(term, "value", term)),  # type: ignore[union-attr]
                value_iri=term.value if node else None,  # type: ignore[union-attr]
                value_lang=term.language
                if isinstance(term, ox.Literal)
                else name.language(term.value)  # type: ignore[union-attr]
                if node
                else None,
            )
        )
    return found


MAX_TABLES = 256
"""Before/after tables kept per app (by change, graph version and language)."""


def duty_table(request: Request, change: Change, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """A proposal's before/after table, computed once per graph version: the review queue shows
    the same proposals again and again, and the graph changes only when one is applied."""
    kept: dict[tuple[str, str, str], list[tuple[str, tuple[str, ...]]]]
    kept = getattr(request.app.state, "web_duty_tables", None) or {}
    key = (change.id, str(request.app.state.store.version()), lang)
    if key not in kept:
        if len(kept) >= MAX_TABLES:
            kept.clear()
        kept[key] = diff_rows(get_checker(request).duty_changes(change.add, change.remove), lang)
        request.app.state.web_duty_tables = kept
    return kept[key]


def view(request: Request, answers: Answers, change: Change, lang: str) -> ChangeView:
    """What ``change`` adds and removes; for a proposal also who would do what after it."""
    applied = change.state == "applied"
    add, remove = (change.added, change.removed) if applied else (change.add, change.remove)
    rows = duty_table(request, change, lang) if change.state == "proposed" else None
    more = max(0, len(add) - MAX_STATEMENTS) + max(0, len(remove) - MAX_STATEMENTS)
    name = namer(request, answers, list(add) + list(remove), lang)
    return ChangeView(
        change,
        statements(name, list(add)),
        statements(name, list(remove)),
        more,
        rows,
    )


COLUMNS = DIFF_COLUMNS
"""The before/after table's columns (their names are in kg_service.i18n.checks)."""

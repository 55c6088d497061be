"""A changeset in words, for the review queue and the history: its statements with every node and
property labelled in the page language, and the before/after table of who does what (the table
the draft check computes: duties that appear, disappear or change, with task, actor, role and
period in words).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from fastapi import Request

from kg_service.answers.assemble import Answers
from kg_service.api.deps import get_checker
from kg_service.checks.report import DIFF_COLUMNS, diff_rows
from kg_service.editing.journal import Change
from kg_service.i18n import text
from kg_service.i18n.web import WEB
from kg_service.namespaces import ES, PREFIXES, PROV, RDF

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


def compact(iri: str) -> str:
    """An IRI as a reader can take it in: our id path (task/x), a prefixed name, else itself."""
    if iri.startswith(str(ES)):
        return iri[len(str(ES)) :]
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and prefix != "es":
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri


def statements(answers: Answers, triples: list[ox.Triple], lang: str) -> list[Statement]:
    """The triples in words: labels in the page language (Swedish and English pages fall back to
    Finnish, never a Finnish or Swedish page to English), else the node's id or prefixed name."""
    shown = triples[:MAX_STATEMENTS]
    iris = {t.subject.value for t in shown if isinstance(t.subject, ox.NamedNode)}
    iris |= {t.predicate.value for t in shown}
    iris |= {t.object.value for t in shown if isinstance(t.object, ox.NamedNode)}
    labels = answers.labels(iris)

    def label(iri: str) -> str:
        if iri in PROPERTY_KEYS:
            return text(WEB, PROPERTY_KEYS[iri], lang)
        found = labels.get(iri) or {}
        return found.get(lang) or found.get("fi") or compact(iri)

    found = []
    for triple in shown:
        subject, term = str(getattr(triple.subject, "value", triple.subject)), triple.object
        found.append(
            Statement(
                subject=label(subject),
                subject_iri=subject,
                property=label(triple.predicate.value),
                value=label(term.value)
                if isinstance(term, ox.NamedNode)
                else str(getattr(term, "value", term)),
                value_iri=term.value if isinstance(term, ox.NamedNode) else None,
                value_lang=term.language if isinstance(term, ox.Literal) else None,
            )
        )
    return found


def view(request: Request, answers: Answers, change: Change, lang: str) -> ChangeView:
    """What ``change`` adds and removes; for a proposal also who would do what after it."""
    applied = change.state == "applied"
    add, remove = (change.added, change.removed) if applied else (change.add, change.remove)
    rows = None
    if change.state == "proposed":
        diff = get_checker(request).duty_changes(add, remove)
        rows = diff_rows(diff, lang)
    more = max(0, len(add) - MAX_STATEMENTS) + max(0, len(remove) - MAX_STATEMENTS)
    return ChangeView(
        change,
        statements(answers, list(add), lang),
        statements(answers, list(remove), lang),
        more,
        rows,
    )


COLUMNS = DIFF_COLUMNS
"""The before/after table's columns (their names are in kg_service.i18n.checks)."""

"""The name of a node on a day: the dated name whose period holds that day, else its undated label.

Organisations are renamed without becoming new organisations (KEHA: "ELY-keskusten ja
TE-toimistojen kehittämis- ja hallintokeskus" from 2015, "Työllisyys-, kehittämis- ja
hallintokeskus (KEHA-keskus)" from 2026), so a name is not a plain label: it is an
eso:DatedName with its own period and source. This module holds the one rule that picks among
them, so that the responsibility rows, the actor card, the diagrams and the check report all
call a node by the same name on the same day. The undated skos:prefLabel stays the default
(today's name): a day before, between or after every dated name gets it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg_service.answers.labels import fetch_labels
from kg_service.queries.stored import StoredQuery, run_for_many
from kg_service.store.base import Store, value


@dataclass(frozen=True)
class DatedName:
    """One name of a node: its IRI, its labels by language and its inclusive period (ISO dates)."""

    iri: str
    start: str | None
    end: str | None
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def holds_on(self, day: str) -> bool:
        """Whether the name was the node's name on ``day`` (open ends allowed)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def name_on(names: list[DatedName], day: str) -> DatedName | None:
    """The dated name in force on ``day``, else None.

    Should two names hold on one day (the shape DatedNamesOverlapShape reports that as a
    violation), the later start wins, then the IRI, so the answer never depends on row order.
    """
    holding = [n for n in names if n.holds_on(day)]
    return max(holding, key=lambda n: (n.start or "", n.iri)) if holding else None


def labels_on(
    labels: dict[str, dict[str, str]], names: dict[str, list[DatedName]], day: str | None
) -> dict[str, dict[str, str]]:
    """The labels of each IRI as they were on ``day``: a dated name in force replaces all of the
    node's undated labels (a later name in another language must not stand in for an earlier
    one), and without ``day`` the undated labels stand."""
    if day is None:
        return labels
    shown = dict(labels)
    for iri, found in names.items():
        current = name_on(found, day)
        if current is not None and current.labels:
            shown[iri] = dict(current.labels)
    return shown


def fetch_dated_names(store: Store, query: StoredQuery, iris: set[str]) -> dict[str, list[DatedName]]:
    """Every dated name of every IRI (the stored query `dated-names`), as {iri: [DatedName]}."""
    periods: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    texts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in run_for_many(store, query.text, "iri", iris):
        key = (value(row, "iri") or "", value(row, "name") or "")
        periods[key] = (value(row, "start"), value(row, "end"))
        label = row["label"]
        language = label.language if isinstance(label, ox.Literal) and label.language else ""
        texts[key].setdefault(language, label.value)
    found: dict[str, list[DatedName]] = defaultdict(list)
    for (iri, name), (start, end) in sorted(periods.items()):
        found[iri].append(DatedName(name, start, end, texts[iri, name]))
    return dict(found)


def fetch_labels_on(
    store: Store, labels_query: StoredQuery, names_query: StoredQuery, iris: set[str], day: str | None
) -> dict[str, dict[str, str]]:
    """Every label of every IRI as it was on ``day`` (today's undated labels when None), for
    callers without an Answers cache (the check report on a draft)."""
    if not iris:
        return {}
    labels = fetch_labels(store, labels_query, iris)
    return labels_on(labels, fetch_dated_names(store, names_query, iris), day) if day else labels

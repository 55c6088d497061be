"""Labels for IRIs in the language the caller asked for, with a stated fallback order.

Queries return IRIs only; one labels query fetches every label of every IRI in a result at once
(a VALUES list), and the language is chosen here: the asked language, then Finnish, English and
Swedish. A node with no label at all is shown by its IRI.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg_service.queries.stored import StoredQuery, run_for_many
from kg_service.store.base import Store

FALLBACK = ("fi", "en", "sv")


def fetch_labels(store: Store, labels_query: StoredQuery, iris: set[str]) -> dict[str, dict[str, str]]:
    """Every label of every IRI, as {iri: {language: label}}."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in run_for_many(store, labels_query.text, "iri", iris):
        label = row["label"]
        language = label.language if isinstance(label, ox.Literal) and label.language else ""
        found[row["iri"].value].setdefault(language, label.value)
    return dict(found)


def pick(labels: dict[str, str] | None, lang: str) -> str | None:
    """The label in ``lang``, else in the fallback order, else any."""
    if not labels:
        return None
    for language in (lang, *FALLBACK, ""):
        if language in labels:
            return labels[language]
    return next(iter(labels.values()))

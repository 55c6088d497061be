"""Labels for IRIs in the language the caller asked for, with a stated fallback order.

Queries return IRIs only; one labels query fetches every label of every IRI in a result at once
(a VALUES list), and the language is chosen here: the asked language, then Finnish, English and
Swedish. A node with no label at all is shown by its IRI.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pyoxigraph as ox

from kg_service.queries.stored import StoredQuery, run_for_many
from kg_service.store.base import Row, Store

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


def pick_tagged(labels: dict[str, str] | None, lang: str) -> tuple[str, str] | None:
    """The label ``pick`` would choose, with the language it is in ('' when untagged)."""
    if not labels:
        return None
    for language in (lang, *FALLBACK, ""):
        if language in labels:
            return labels[language], language
    return next(iter(labels.items()))[::-1]


LABEL_SUFFIX = "Label"


def with_label_columns(
    columns: list[str],
    rows: list[Row],
    labels_of: Callable[[set[str]], dict[str, dict[str, str]]],
    lang: str,
) -> tuple[list[str], list[Row]]:
    """The columns and rows with a `<column>Label` column after every column that holds IRIs.

    Stored queries return bare IRIs; a reader (and a spreadsheet made from the CSV) needs the
    name beside each. The label is a literal tagged with the language it is actually in, so a
    fallback to another language is visible.
    """
    iri_columns = [
        c
        for c in columns
        if f"{c}{LABEL_SUFFIX}" not in columns and any(isinstance(r.get(c), ox.NamedNode) for r in rows)
    ]
    if not iri_columns:
        return columns, rows
    labels = labels_of({r[c].value for r in rows for c in iri_columns if isinstance(r.get(c), ox.NamedNode)})
    out_columns: list[str] = []
    for column in columns:
        out_columns.append(column)
        if column in iri_columns:
            out_columns.append(f"{column}{LABEL_SUFFIX}")
    out_rows: list[Row] = []
    for row in rows:
        extended = dict(row)
        for column in iri_columns:
            term = row.get(column)
            chosen = pick_tagged(labels.get(term.value), lang) if isinstance(term, ox.NamedNode) else None
            if chosen:
                extended[f"{column}{LABEL_SUFFIX}"] = ox.Literal(chosen[0], language=chosen[1] or None)
        out_rows.append(extended)
    return out_columns, out_rows

"""Before and after: who does what (actor x task x role x period) without and with the draft.

A line of the table is one actor in one role in one task; its periods and legal bases are what
can change. A line only the draft has is added; a line the draft takes away (by moving a duty to
another holder, or, with --at, by ending it before that date) is removed; a line whose periods or
legal bases differ is changed. Assignments are grouped so that a duty split in two by a reform is
still one line with two periods.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from kg_service.answers.records import Period
from kg_service.checks.model import ChangedDuty, CheckRef, DutyDiff, DutyRow
from kg_service.checks.terms import node_key
from kg_service.queries.stored import StoredQuery
from kg_service.store.base import Store, value
from kg_service.store.binding import date_literal

DutyKey = tuple[str, str, str]
Duties = dict[DutyKey, dict[str, set]]


_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w-]*)?:\s*<([^>]*)>", re.I)
_NAME = re.compile(r"(?<![\w?$<])([A-Za-z][\w-]*)?:([A-Za-z_][\w-]*)")
_IRI = re.compile(r"<([^>\s]+)>")


def iris_named(query: StoredQuery) -> frozenset[str]:
    """Every IRI a query's text names (prefixed or in full): a superset of the properties it can
    read, so a change naming none of them cannot alter the query's answer."""
    prefixes = {m.group(1) or "": m.group(2) for m in _PREFIX.finditer(query.text)}
    body = _PREFIX.sub(" ", query.text)
    named = {
        prefixes[m.group(1) or ""] + m.group(2)
        for m in _NAME.finditer(body)
        if (m.group(1) or "") in prefixes
    }
    return frozenset(named | set(_IRI.findall(body)))


def who_does_what(store: Store, query: StoredQuery, at: date | None, timeout: float | None = None) -> Duties:
    """Every (actor, task, role) with its assignments, periods and legal bases (in force on ``at``)."""
    at_term = date_literal(at) if at else None
    duties: Duties = {}
    for row in store.select(query.text, {"at": at_term}, timeout=timeout):
        key = (node_key(row["actor"]), node_key(row["task"]), node_key(row["role"]))
        entry = duties.setdefault(key, {"assignments": set(), "periods": set(), "bases": set()})
        entry["assignments"].add(node_key(row["assignment"]))
        entry["periods"].add((value(row, "start"), value(row, "end")))
        if "basis" in row:
            entry["bases"].add(node_key(row["basis"]))
    return duties


def compare(
    before: Duties,
    after: Duties,
    refs_for: Callable[[set[str]], Callable[[str], CheckRef]],
    provisions_for: Callable[[set[str]], dict[str, list[str]]],
) -> DutyDiff:
    """The lines added, removed and changed from ``before`` to ``after``, with labels."""
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if _content(before[k]) != _content(after[k]))
    touched = [(k, before) for k in removed + changed] + [(k, after) for k in added + changed]
    iris = {part for key, _ in touched for part in key} | {b for k, d in touched for b in d[k]["bases"]}
    ref = refs_for({i for i in iris if not i.startswith("_:")})
    provisions = provisions_for(
        {a for k in added + changed for a in after[k]["assignments"] if not a.startswith("_:")}
    )

    def row(key: DutyKey, duties: Duties) -> DutyRow:
        entry = duties[key]
        return DutyRow(
            actor=ref(key[0]),
            task=ref(key[1]),
            role=ref(key[2]),
            periods=[
                Period(start=start, end=end)
                for start, end in sorted(entry["periods"], key=lambda p: (p[0] or "", p[1] or "9999"))
            ],
            bases=[ref(b) for b in sorted(entry["bases"])],
            provisions=list(
                dict.fromkeys(p for a in sorted(entry["assignments"]) for p in provisions.get(a, []))
            )
            if duties is after
            else [],
        )

    return DutyDiff(
        added=[row(k, after) for k in added],
        removed=[row(k, before) for k in removed],
        changed=[ChangedDuty(before=row(k, before), after=row(k, after)) for k in changed],
        unchanged=len(set(before) & set(after)) - len(changed),
    )


def _content(entry: dict[str, set]) -> tuple[set, set]:
    return entry["periods"], entry["bases"]

"""Which assignment reaches a task: the task's own, else the nearest scope's (workstream, part, model).

An assignment given to a workstream, a part or the whole model covers every task inside it. Where
a nearer scope (or the task itself) has an assignment of the same RACI code, the nearer one wins:
a task given its own accountable actor no longer inherits the model's. Doing this in Python on the
few candidate rows keeps the stored queries simple and fast (a SPARQL NOT EXISTS over the
hierarchy took seconds at 100k triples on Oxigraph 0.5).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

R = TypeVar("R")


def keep_nearest(
    rows: list[R],
    key: Callable[[R], tuple[str, str, str]],
    ancestors_of: Callable[[set[str]], dict[str, set[str]]],
) -> list[R]:
    """Drop rows whose scope is an ancestor of another candidate scope for the same task and code.

    ``key(row)`` gives (task, RACI code, scope); ``ancestors_of(scopes)`` gives, for each scope,
    everything it is part of. Only groups with more than one scope cost a look-up.
    """
    scopes_by_group: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        task, code, scope = key(row)
        scopes_by_group[(task, code)].add(scope)
    contested = {scope for scopes in scopes_by_group.values() if len(scopes) > 1 for scope in scopes}
    if not contested:
        return rows
    ancestors = ancestors_of(contested)
    overridden = {
        group: farther_scopes(scopes, ancestors)
        for group, scopes in scopes_by_group.items()
        if len(scopes) > 1
    }
    return [row for row in rows if key(row)[2] not in overridden.get((key(row)[0], key(row)[1]), set())]


def farther_scopes(scopes: Iterable[str], ancestors: dict[str, set[str]]) -> set[str]:
    """The scopes that are an ancestor of another scope in the same set (so not the nearest)."""
    scopes = set(scopes)
    return {
        scope
        for scope in scopes
        if any(scope in ancestors.get(other, set()) for other in scopes if other != scope)
    }

"""What a draft may name: the actors, roles, tasks, properties and classes the graph knows.

Both draft forms are checked against the same list. An RDF draft's properties, classes and the
holders, roles and tasks of its assignments must be known (to the current graph or defined in the
draft itself), so that a misspelt `eso:forTaks` is an error naming its line instead of a triple
every check silently ignores. The table form names actors, roles and tasks by id (actor/tem), and
for convenience by a name or abbreviation the graph gives them (TEM, tilivelvollinen, A).
Look-ups happen in Python on the listed terms: a drafter's text never goes into a query.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg_service.checks.errors import Part, part, say
from kg_service.i18n.checks import TERM_KINDS
from kg_service.namespaces import ES
from kg_service.queries.stored import ParameterError, StoredQuery, expand_iri
from kg_service.store.base import Store

KINDS = ("actor", "role", "task")


class TermError(LookupError):
    """A name in a draft that means no known term, or several; ``part`` says which, in any language."""

    def __init__(self, piece: Part) -> None:
        super().__init__(say(piece, "en"))
        self.part = piece


KIND_NAMES = {"actor": ("toimija", "actor"), "role": ("rooli", "role"), "task": ("tehtävä", "task")}
_DEFAULT_PREFIX = {"actor": "actor/", "role": "role/", "task": "task/"}


@dataclass
class KnownTerms:
    """Terms by kind, and the names each actor, role or task can be looked up by."""

    kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )

    def has(self, kind: str, iri: str) -> bool:
        """True when ``iri`` is known as a ``kind`` (actor, role, task, property, class)."""
        return iri in self.kinds[kind]

    def resolve(self, kind: str, text: str) -> str:
        """The IRI a table cell means, or a TermError saying why it cannot be found."""
        raw = text.strip()
        candidates = []
        for attempt in (raw, _DEFAULT_PREFIX[kind] + raw):
            try:
                candidates.append(expand_iri(kind, attempt).value)
            except ParameterError:
                continue
        for iri in candidates:
            if self.has(kind, iri):
                return iri
        found = self.names[kind].get(raw.casefold(), set())
        if len(found) == 1:
            return next(iter(found))
        if len(found) > 1:
            options = ", ".join(short_id(iri) for iri in sorted(found))
            raise TermError(part("several", raw=raw, kinds=TERM_KINDS[f"{kind}s"], options=options))
        suggestion = self._suggestion(kind, raw)
        raise TermError(part("unknown-term", kind=TERM_KINDS[kind], raw=raw, suggestion=suggestion or ""))

    def _suggestion(self, kind: str, raw: str) -> Part | None:
        ids = {short_id(iri): iri for iri in self.kinds[kind]}
        close = difflib.get_close_matches(raw, list(ids), n=1, cutoff=0.75)
        if not close:
            close = [
                short_id(next(iter(iris)))
                for name, iris in self.names[kind].items()
                if name in difflib.get_close_matches(raw.casefold(), list(self.names[kind]), n=1, cutoff=0.8)
            ][:1]
        return part("did-you-mean", id=close[0]) if close else None


def short_id(iri: str) -> str:
    """actor/tem for an es: IRI, else the IRI itself."""
    return iri[len(str(ES)) :] if iri.startswith(str(ES)) else iri


def node_key(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    """An IRI as itself, a blank node as _:id (a draft may define a new actor as a blank node)."""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def known_terms(store: Store, query: StoredQuery, timeout: float | None = None) -> KnownTerms:
    """Every known term of the store (the current graph, or current graph and draft)."""
    terms = KnownTerms()
    for row in store.select(query.text, timeout=timeout):
        iri, kind = node_key(row["term"]), row["kind"].value
        terms.kinds[kind].add(iri)
        if "name" in row and kind in KINDS:
            terms.names[kind][row["name"].value.strip().casefold()].add(iri)
    return terms

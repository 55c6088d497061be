"""Search hits shaped for people: label in the asked language, the kind of each hit, what matched.

Two nodes may share a name (the municipality Helsinki and the employment area Helsinki), so each
hit carries its kind: the actor kind it is classified under (org:classification), else the
concept scheme it belongs to, else its most specific class of ours, else any labelled class.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import Field

from kg_service.answers.assemble import Answers, value
from kg_service.answers.records import Record, Ref
from kg_service.i18n import text
from kg_service.i18n.vocabulary import META_TERMS
from kg_service.namespaces import CV, ESO, ORG
from kg_service.search.index import Hit, SearchService

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
RERANK_EXTRA = 20
ACTOR_PRIOR = 0.1
"""When an actor and, say, a task share a name (Neuvottelukunta), the actor comes first: the
service answers who is responsible, and the organisation is what a reader usually looks for."""
ACTOR_TYPES = frozenset(
    str(t)
    for t in (
        CV.PublicOrganisation,
        ORG.Organization,
        ORG.FormalOrganization,
        ORG.OrganizationalUnit,
        ORG.OrganizationalCollaboration,
        ESO.WorkingGroup,
    )
)


def search_service(answers: Answers) -> SearchService:
    """The search index over the store that ``answers`` reads, rebuilt when its version changes."""
    version = getattr(answers.store, "version", None)
    return SearchService(
        load_rows=lambda: answers.run("search-index", {}),
        version=version if callable(version) else None,
    )


def kinds_of(answers: Answers, nodes: set[str]) -> tuple[dict[str, str | None], dict[str, list[str]]]:
    """The IRI naming each node's kind (classification, scheme or class), and each node's classes."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in answers.run_for_many("search-kinds", "node", nodes):
        node = value(row, "node") or ""
        for column in ("classification", "scheme", "type"):
            if value(row, column):
                found[node][column].add(value(row, column) or "")
    labelled = answers.labels({iri for kinds in found.values() for group in kinds.values() for iri in group})
    kinds: dict[str, str | None] = {}
    for node in nodes:
        groups = found.get(node, {})
        types = sorted(groups.get("type", set()), key=lambda t: (not t.startswith(str(ESO)), t))
        candidates = sorted(groups.get("classification", ())) + sorted(groups.get("scheme", ())) + types
        kinds[node] = next((c for c in candidates if c in labelled or c in META_TERMS), None)
    return kinds, {node: sorted(found.get(node, {}).get("type", ())) for node in nodes}


class SearchMatch(Record):
    """The text that matched: which field (prefLabel, altLabel, notation, definition...), its language."""

    field: str
    text: str
    lang: str | None = None


class SearchHit(Record):
    """A node found, its label in the asked language, its kind and types, and what matched."""

    id: str
    label: str | None = None
    kind: Ref | None = Field(None, description="actor kind, concept scheme or class of the hit")
    types: list[str]
    matched: SearchMatch
    score: float


def search(
    answers: Answers,
    service: SearchService,
    q: str,
    lang: str,
    only_lang: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    """The best hits for ``q`` with labels and kinds in ``lang``; ``only_lang`` limits the texts matched."""
    hits = service.index().search(q, only_lang, limit + RERANK_EXTRA)
    nodes = {h.node for h in hits}
    kinds, types = kinds_of(answers, nodes)
    refs = answers.refs(nodes | {k for k in kinds.values() if k}, lang)
    for kind in {k for k in kinds.values() if k and k in META_TERMS}:
        refs[kind] = Ref(id=kind, label=text(META_TERMS, kind, lang))

    def prior(hit: Hit) -> float:
        return ACTOR_PRIOR if ACTOR_TYPES & set(types.get(hit.node, ())) else 0.0

    ranked = sorted(hits, key=lambda h: (-(h.score + prior(h)), len(h.entry.text), h.node))[:limit]
    return [shape(hit, refs, kinds, types) for hit in ranked]


def shape(
    hit: Hit, refs: dict[str, Ref], kinds: dict[str, str | None], types: dict[str, list[str]]
) -> SearchHit:
    """One result: id, label, kind, types, the text that matched and the score."""
    kind = kinds.get(hit.node)
    return SearchHit(
        id=hit.node,
        label=refs[hit.node].label or hit.entry.text,
        kind=refs[kind] if kind else None,
        types=types.get(hit.node, []),
        matched=SearchMatch(field=hit.entry.field, text=hit.entry.text, lang=hit.entry.lang or None),
        score=round(hit.score, 3),
    )

"""An in-memory search index over labels, alternative labels, notations and definitions.

Built from one stored query (`search-index`) and kept until the graph changes: a store that
reports a version (`store.version()`) has its index rebuilt when the version moves; otherwise the
index is built once, as the shipped graph is read-only while the service runs.

A query word matches a text word in three ways, strongest first: the same base form or stem
(`elinvoimakeskuksille` → elinvoimakeskus), a compound part (`keskus` inside elinvoimakeskus),
or a substring of the text (partial typing such as `neuvottelu`). Notations and identifiers
match only whole. A text scores by its field (a preferred label counts more than a definition),
by the share of query words it matches and by the share of its own words matched, so the short
label that is exactly the query comes before a long one that merely contains it.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg_service.search.morphology import Morphology, is_stopword, words
from kg_service.store.base import Row

FIELD_WEIGHTS = {
    "prefLabel": 1.0,
    "label": 1.0,
    "altLabel": 0.95,
    "notation": 0.9,
    "identifier": 0.9,
    "definition": 0.45,
}
WHOLE_FORM, COMPOUND_PART, SUBSTRING = 1.0, 0.8, 0.5
EXACT_TEXT_BONUS = 0.25
MIN_SUBSTRING = 3
TEXT_LANGUAGES = ("fi", "sv", "en")
WHOLE_ONLY_FIELDS = frozenset({"notation", "identifier"})


@dataclass(frozen=True)
class Entry:
    """One searchable text of one node."""

    node: str
    field: str
    lang: str
    text: str
    folded: str
    word_count: int


@dataclass(frozen=True)
class Hit:
    """A node found, its score and the text that matched best."""

    node: str
    score: float
    entry: Entry


@dataclass
class SearchIndex:
    """Entries and their word forms; `search` ranks nodes for a query."""

    morphology: Morphology
    entries: list[Entry] = field(default_factory=list)
    _forms: dict[str, set[tuple[int, int]]] = field(default_factory=lambda: defaultdict(set))
    _parts: dict[str, set[tuple[int, int]]] = field(default_factory=lambda: defaultdict(set))
    _whole: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def add(self, node: str, field_name: str, literal: ox.Literal) -> None:
        """Index one text of ``node``."""
        lang = (literal.language or "").split("-")[0]
        text = literal.value
        index = len(self.entries)
        if field_name in WHOLE_ONLY_FIELDS or lang not in TEXT_LANGUAGES:
            self._whole[text.casefold().strip()].add(index)
            self.entries.append(Entry(node, field_name, lang, text, text.casefold(), 1))
            return
        tokens = words(text)
        for position, word in enumerate(tokens):
            forms = self.morphology.forms(word, lang)
            for form in forms.forms:
                self._forms[f"{lang}:{form}"].add((index, position))
            for part in forms.parts:
                self._parts[f"{lang}:{part}"].add((index, position))
        self.entries.append(Entry(node, field_name, lang, text, text.casefold(), max(len(tokens), 1)))

    def search(self, query: str, lang: str | None = None, limit: int = 50) -> list[Hit]:
        """Nodes matching ``query`` (texts in ``lang`` only, if given), best first."""
        folded = query.casefold().strip()
        tokens = [w for w in words(query) if not is_stopword(w)] or words(query)
        languages = (lang,) if lang else TEXT_LANGUAGES
        # per entry: per query word, the best strength; and the entry's words that matched
        strengths: dict[int, dict[int, float]] = defaultdict(dict)
        covered: dict[int, set[int]] = defaultdict(set)

        def note(entry: int, query_word: int, strength: float, position: int | None) -> None:
            if strengths[entry].get(query_word, 0.0) < strength:
                strengths[entry][query_word] = strength
            if position is not None:
                covered[entry].add(position)

        for number, token in enumerate(tokens):
            for language in languages:
                for form in self.morphology.forms(token, language).forms:
                    for entry, position in self._forms.get(f"{language}:{form}", ()):
                        note(entry, number, WHOLE_FORM, position)
                    for entry, position in self._parts.get(f"{language}:{form}", ()):
                        note(entry, number, COMPOUND_PART, position)
            if len(token) >= MIN_SUBSTRING:
                for entry_number, text_entry in enumerate(self.entries):
                    if token in text_entry.folded and self._speaks(text_entry, lang):
                        note(entry_number, number, SUBSTRING, None)
        for entry_number in self._whole.get(folded, ()):
            if self._speaks(self.entries[entry_number], lang):
                for number in range(len(tokens)):
                    note(entry_number, number, WHOLE_FORM, 0)
        best: dict[str, Hit] = {}
        for entry_number, by_word in strengths.items():
            found = self.entries[entry_number]
            score = self._score(found, by_word, len(tokens), len(covered[entry_number]), folded)
            if found.node not in best or best[found.node].score < score:
                best[found.node] = Hit(found.node, score, found)
        ranked = sorted(best.values(), key=lambda h: (-h.score, len(h.entry.text), h.node))
        return ranked[:limit]

    @staticmethod
    def _speaks(entry: Entry, lang: str | None) -> bool:
        return lang is None or entry.lang in (lang, "")

    @staticmethod
    def _score(entry: Entry, by_word: dict[int, float], query_words: int, covered: int, folded: str) -> float:
        matched = sum(by_word.values()) / max(query_words, 1)
        coverage = min(covered, entry.word_count) / entry.word_count
        score = FIELD_WEIGHTS.get(entry.field, 0.5) * matched * (0.6 + 0.4 * coverage)
        return score + (EXACT_TEXT_BONUS if entry.folded.strip() == folded else 0.0)


def local_name(iri: str) -> str:
    """The last part of a property IRI (skos:prefLabel → prefLabel)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class SearchService:
    """The index of one store, rebuilt when the store's version changes (thread-safe)."""

    load_rows: Callable[[], list[Row]]
    version: Callable[[], object] | None = None
    morphology: Morphology = field(default_factory=Morphology)
    _index: SearchIndex | None = None
    _built_for: object = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def index(self) -> SearchIndex:
        """The current index, built on first use and again after the graph changed."""
        current = self.version() if self.version else None
        with self._lock:
            if self._index is None or current != self._built_for:
                self._index = self._build()
                self._built_for = current
            return self._index

    def _build(self) -> SearchIndex:
        index = SearchIndex(self.morphology)
        for row in self.load_rows():
            text = row.get("text")
            if isinstance(text, ox.Literal):
                index.add(str(row["node"].value), local_name(str(row["field"].value)), text)
        return index

"""Words reduced to the forms a search compares: Finnish by Voikko, Swedish and English by Snowball.

Finnish inflects and compounds heavily (`elinvoimakeskuksille` is the allative plural of
`elinvoimakeskus`, itself elin + voima + keskus), so a label is indexed under each reading's
base form and under its compound parts, and a query word is reduced to its base forms. Voikko
(Debian's libvoikko1 + voikko-fi through the PyPI `libvoikko` binding) gives both; a word it does
not know (abbreviations, rare terms) falls back to the Finnish Snowball stem. Swedish has no Voikko:
Snowball's Swedish stemmer misses plural definite -ena and definite -an, so a word is stemmed twice
and a remaining -an loses its n (årsklockan → årsklocka → årsklock). English uses Snowball.

One Voikko handle is not thread-safe (shared by threads it returns wrong analyses, then crashes
the interpreter), and FastAPI runs plain route functions in threads: every call goes through a
lock. Analyses are cached per word, since the same words recur in labels and queries.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import libvoikko
import Stemmer

MIN_PART = 3
"""Compound parts shorter than this (e.g. `yö` of a spurious reading) are not indexed."""

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_WORDBASE = re.compile(r"\+([^+(]*)\(([^)]*)\)")
_STOPWORDS = frozenset(
    [
        "ja",
        "tai",
        "sekä",
        "eli",
        "kuin",
        "on",
        "ovat",
        "että",
        "och",
        "eller",
        "samt",
        "av",
        "för",
        "i",
        "på",
        "till",
        "med",
        "som",
        "the",
        "and",
        "or",
        "of",
        "for",
        "in",
        "on",
        "to",
        "a",
        "an",
        "by",
        "with",
    ]
)


@dataclass(frozen=True)
class WordForms:
    """What one word is indexed or looked up under: whole-word forms and compound parts."""

    forms: frozenset[str]
    parts: frozenset[str]


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased; hyphens and punctuation separate words."""
    return [w.casefold() for w in _WORD.findall(text)]


def is_stopword(word: str) -> bool:
    """Conjunctions and prepositions that would match nearly every label."""
    return word in _STOPWORDS


class Morphology:
    """Base forms and stems for Finnish, Swedish and English words (thread-safe)."""

    def __init__(self) -> None:
        self._voikko = libvoikko.Voikko("fi")
        self._lock = threading.Lock()
        self._stemmers = {
            "fi": Stemmer.Stemmer("finnish"),
            "sv": Stemmer.Stemmer("swedish"),
            "en": Stemmer.Stemmer("english"),
        }
        self._forms = lru_cache(maxsize=100_000)(self._compute)

    def forms(self, word: str, lang: str) -> WordForms:
        """The forms of one lower-case word in ``lang`` (fi, sv or en)."""
        return self._forms(word, lang)

    def _compute(self, word: str, lang: str) -> WordForms:
        if lang == "fi":
            return self._finnish(word)
        if lang == "sv":
            return WordForms(frozenset({self._swedish(word)}), frozenset())
        with self._lock:
            stem = self._stemmers["en"].stemWord(word)
        return WordForms(frozenset({stem}), frozenset())

    def _finnish(self, word: str) -> WordForms:
        with self._lock:
            analyses = self._voikko.analyze(word)
            fallback = self._stemmers["fi"].stemWord(word)
        forms: set[str] = set()
        parts: set[str] = set()
        for analysis in analyses:
            base = analysis.get("BASEFORM")
            if base:
                forms.add(base.casefold())
            parts |= compound_parts(analysis.get("WORDBASES", ""))
        if not forms:
            forms = {word, fallback}
        return WordForms(frozenset(forms), frozenset(parts - forms))

    def _swedish(self, word: str) -> str:
        stemmer = self._stemmers["sv"]
        with self._lock:
            stem = stemmer.stemWord(stemmer.stemWord(word))
            if stem.endswith("an") and len(stem) > 4:
                stem = stemmer.stemWord(stem[:-1])
        return stem


def compound_parts(wordbases: str) -> set[str]:
    """The parts of a Finnish compound from Voikko's WORDBASES.

    `+työ(työ)+llisy(+nen)+ys(+ys)+alue(alue)` has two parts, työllisyys and alue: a segment
    whose base starts with + is a derivational suffix and joins the part before it.
    """
    parts: list[str] = []
    for surface, base in _WORDBASE.findall(wordbases):
        if base.startswith("+") and parts:
            parts[-1] += surface
        else:
            parts.append(surface)
    return {p.casefold() for p in parts if len(p) >= MIN_PART} if len(parts) > 1 else set()

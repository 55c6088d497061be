"""Every eso:quote is the source's own words (issue 8, item 7).

The convention, also in docs/model.md: a quote may differ from the text in sources/ only in
whitespace (runs of spaces and line breaks are one space), in a word broken over a line with a
hyphen (written joined, or with its hyphen), and in the cells of one table row, which are joined
with " | " in the order the text gives them. Anything else (added qualifiers, corrected words,
paraphrases) is a reading and goes in eso:reading.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from tests.conftest import REPO

CELL_JOINER = " | "

QUOTES = """
SELECT DISTINCT ?node ?quote ?file WHERE {
  ?node eso:quote ?quote .
  { ?node eso:inDocument ?doc } UNION { ?node prov:wasDerivedFrom/eso:inDocument ?doc }
  ?doc dct:identifier ?file .
}
"""


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def source_texts(identifier: str) -> tuple[str, str]:
    """The source's text, whitespace-normalised, with hyphenated line breaks joined and kept."""
    candidates = [REPO / "sources" / identifier, REPO / "sources" / "seeds" / identifier]
    path = next(p for p in candidates if p.is_file())
    raw = path.read_text(encoding="utf-8")
    broken = re.compile(r"(\w)-[ \t]*\n\s*(\w)")
    return _squash(broken.sub(r"\1\2", raw)), _squash(broken.sub(r"\1-\2", raw))


def _cells_in_order(cells: list[str], text: str) -> bool:
    """True when every cell occurs in the text, each after the one before it."""
    position = 0
    for cell in cells:
        found = text.find(cell, position)
        if found < 0:
            return False
        position = found + len(cell)
    return True


def is_verbatim(quote: str, identifier: str) -> bool:
    """True when the quote, read by the convention above, occurs in the source's text."""
    cells = [_squash(cell) for cell in quote.split(CELL_JOINER)]
    return any(_cells_in_order(cells, text) for text in source_texts(identifier))


def test_the_convention_allows_whitespace_hyphenation_and_cells_only() -> None:
    seed = "000_aa1f391581ac86ea.txt"
    assert is_verbatim("Vuosikellon 2025 luonnokset lähetekeskustelussa (4/23)", seed)
    assert is_verbatim("Vuosikellon 2025 luonnokset lähete-keskustelussa (4/23)", seed)
    assert is_verbatim("Neuvottelukunta | Määritellään neuvottelukunnan kokoonpano", seed)
    assert not is_verbatim("Vuosikellon 2025 luonnokset lähetekeskustelussa (4/2023)", seed)
    assert not is_verbatim("Aluekeskustelujen järjestämisen ohjeistaminen (2023)", seed)
    assert not is_verbatim("Muistio | Yleiskuvaus arviointikohteista", seed)  # cells out of order


def test_every_quote_is_in_its_source(select) -> None:
    rows = select(QUOTES)
    assert len(rows) > 100
    files = {row["file"] for row in rows}
    assert files <= set(SOURCES_WITH_QUOTES)
    by_node: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        by_node.setdefault((row["node"], row["quote"]), set()).add(row["file"])
    edited = [
        f"{node}: {quote!r}"
        for (node, quote), sources in sorted(by_node.items())
        if not any(is_verbatim(quote, file) for file in sources)
    ]
    assert edited == []


SOURCES_WITH_QUOTES = ["000_aa1f391581ac86ea.txt", "004_869492e0cfa9dd3b.txt", "DOMAIN_FACTS.md"]


@pytest.mark.parametrize("identifier", SOURCES_WITH_QUOTES)
def test_every_source_document_with_quotes_is_in_sources(identifier: str) -> None:
    assert source_texts(identifier)[0]

"""English leaks in Finnish and Swedish outputs: the words and phrases found so far (issue 13) and
the English of our own text tables that a fallback would show. A test renders an output in fi or
sv and requires none of them.

Words are matched whole and case-sensitively where the English word is also a Finnish or Swedish
one in another case or meaning ("Tehtävä" is never matched by "Task" in any case, but "as of" must
not match "has of").
"""

from __future__ import annotations

import re

ENGLISH_LEAKS = (
    # found in the outputs before issue 13
    "first deadline",
    "provision",
    "row",
    "errors",
    "Not coherent",
    "Coherent",
    "unsupported",
    "line",
    "expected",
    # our own English phrases that a missing translation would show
    "Task",
    "Actor",
    "inherited",
    "status unknown",
    "as of",
    "Figure",
    "Table",
    "Page",
    "Source",
    "Sources",
    "Legend",
    "Annex",
    "Diagrams",
    "Responsibilities",
    "accountable",
    "responsible",
    "consulted",
    "informed",
    "Findings",
    "Summary",
    "Draft",
    "Severity",
    "warning",
    "error",
    "note",
    "Checks",
    "Before",
    "After",
    "added",
    "removed",
    "changed",
)
_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ENGLISH_LEAKS) + r")(?![\w-])")


def english_leaks(text: str) -> list[str]:
    """The English words of ENGLISH_LEAKS found in ``text`` (whole words, case as listed)."""
    return sorted(set(_PATTERN.findall(text)))

"""SPARQL's tokens, to see which keywords a query really uses (SERVICE above all).

A word match on the raw text refused `<http://example.org/public-service>` and the project's own
stored queries (a comment said "service") while being the only thing between a caller and an
outbound request (issue 10). SPARQL keywords cannot be spelt inside an IRI, a literal, a
comment, a variable, a language tag or a prefixed name, and a keyword token outside those is
the keyword itself (or a syntax error). So lexing the query by the grammar's own terminals
(SPARQL 1.1, section 19.8) and looking at the keyword tokens decides by structure, in
microseconds, where a full parse costs tens of milliseconds a query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<long1>'''(?:[^'\\]|\\.|'(?!''))*''')
  | (?P<long2>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
  | (?P<short1>'(?:[^'\\\n\r]|\\.)*')
  | (?P<short2>"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$]\w+)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<bnode>_:[\w.\-]*)
  | (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w:%.\-]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[^\W\d_]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def keywords(query: str) -> Iterator[str]:
    """The query's bare words (keywords and function names), upper-cased, in order."""
    for match in _TOKEN.finditer(query):
        if match.lastgroup == "word":
            yield match.group().upper()


def uses_service(query: str) -> bool:
    """Whether the query asks for a federated SERVICE call (anywhere, SILENT or not)."""
    return "SERVICE" in keywords(query)

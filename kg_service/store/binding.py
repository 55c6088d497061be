"""Binding typed values into a stored query without pasting user text into it.

Values arrive already validated and typed (an IRI, a date, a language tag); each is written as
an N-Triples term by pyoxigraph, which escapes it, and the terms go into one VALUES block at the
start of the query's top-level WHERE group. The query's shape cannot change, whatever the value:
an IRI with a '>' or a space is refused before it gets here, and a literal's quotes are escaped.
The same binding serves the embedded store and any remote SPARQL 1.1 store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

import pyoxigraph as ox

Term = ox.NamedNode | ox.Literal
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def date_literal(day: date) -> ox.Literal:
    """A day as the xsd:date literal the graph writes dates in."""
    return ox.Literal(day.isoformat(), datatype=XSD_DATE)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_MARKER = re.compile(r"^[ \t]*# @bind[ \t]*$", re.MULTILINE)
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class BindingError(ValueError):
    """A value or variable name that cannot be bound safely."""


def term_text(term: Term) -> str:
    """The N-Triples form of a term (pyoxigraph escapes it)."""
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise BindingError(f"only IRIs and literals can be bound, not {type(term).__name__}")
    return str(term)


def bind_values(query: str, values: Mapping[str, Term | None]) -> str:
    """Return ``query`` with a VALUES block for the bound variables at its top-level WHERE.

    The same block also replaces every `# @bind` comment line, for groups evaluated on their own.

    Variables whose value is None stay unbound (UNDEF), so a query can test BOUND(?x) for an
    optional parameter. The VALUES block joins first, so filters and patterns see the bindings.
    """
    if not values:
        return query
    for name in values:
        if not _VARIABLE.match(name):
            raise BindingError(f"not a SPARQL variable name: {name!r}")
    match = _WHERE.search(query)
    if match is None:
        raise BindingError("the query has no WHERE group to bind values into")
    names = " ".join(f"?{name}" for name in values)
    row = " ".join("UNDEF" if term is None else term_text(term) for term in values.values())
    block = f"\n  VALUES ({names}) {{ ({row}) }}\n"
    # A group inside a UNION, OPTIONAL or sub-select is evaluated on its own (SPARQL's bottom-up
    # semantics), so a query marks such groups with a `# @bind` line to get the values there too.
    marked = _MARKER.sub(lambda _: block.strip("\n"), query)
    return marked[: match.end()] + block + marked[match.end() :]


def bind_rows(query: str, name: str, terms: Sequence[Term]) -> str:
    """Return ``query`` with a one-variable, many-row VALUES block (e.g. IRIs to label).

    As in bind_values, the block also replaces every `# @bind` comment line.
    """
    if not _VARIABLE.match(name):
        raise BindingError(f"not a SPARQL variable name: {name!r}")
    match = _WHERE.search(query)
    if match is None:
        raise BindingError("the query has no WHERE group to bind values into")
    rows = " ".join(term_text(term) for term in terms)
    block = f"\n  VALUES ?{name} {{ {rows} }}\n"
    marked = _MARKER.sub(lambda _: block.strip("\n"), query)
    return marked[: match.end()] + block + marked[match.end() :]

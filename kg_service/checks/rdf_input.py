"""A draft written in RDF (Turtle or JSON-LD in our vocabulary), read and checked for unknown terms.

Parsing is pyoxigraph's; a syntax error names its line and column. A parsed draft is then held
against the known terms (kg_service.checks.terms) of the current graph plus the draft, because an
RDF parser accepts any IRI: a misspelt property, class, holder, role or task would otherwise be
a triple no check looks at, and the draft would look coherent. JSON-LD also drops keys its context
does not define without a word, so those are refused here too. Every problem names its line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pyoxigraph as ox

from kg_service.checks.errors import DraftError, Part, part
from kg_service.checks.overlay import Draft
from kg_service.checks.terms import KnownTerms, node_key
from kg_service.i18n.checks import TERM_KINDS
from kg_service.namespaces import ESO, PREFIXES, PROV, RDF, RDFS, XSD, shorten

BUILT_IN_PROPERTIES = frozenset(str(p) for p in (RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso))
REFERENCES = {str(PROV.agent): "actor", str(PROV.hadRole): "role", str(ESO.forTask): "task"}
DATE_PROPERTIES = frozenset(str(p) for p in (ESO.startDate, ESO.endDate, ESO.date))
MAX_PROBLEMS = 5
_PARSER_PREFIX = re.compile(r"^Parser error (?:at|between) [^:]*: ")
UNKNOWN_LINE = 10**9
_BASE_LINE = re.compile(r"(?:@base|\bBASE)\s*<([^>]*)>", re.IGNORECASE)
_PREFIX_LINE = re.compile(
    r"^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE
)


def read_rdf(data: bytes, fmt: str, name: str) -> Draft:
    """Parse Turtle ("turtle") or JSON-LD ("jsonld"); a syntax error names its line."""
    text = _decode(data)
    if fmt == "jsonld":
        try:
            _check_json_ld(text)
        except RecursionError:  # our walks of the document, just under the JSON reader's limit
            raise DraftError(part("json-too-deep"), status=400) from None
        rdf_format = ox.RdfFormat.JSON_LD
    else:
        rdf_format = ox.RdfFormat.TURTLE
    try:
        quads = list(ox.parse(data, format=rdf_format))
    except SyntaxError as error:
        line, column = getattr(error, "lineno", None), getattr(error, "offset", None)
        reason = _PARSER_PREFIX.sub("", str(error.msg))
        where = _where(line, column)
        raise DraftError(
            part("syntax", where=where, format=_format_label(fmt), reason=reason), status=400, line=line
        ) from None
    triples = tuple(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    return Draft(triples, name, fmt)


def check_terms(draft: Draft, data: bytes, terms: KnownTerms) -> None:
    """Refuse a draft that names a property, class, actor, role or task nobody knows, or a bad date.

    Linear in the draft: the problems are collected first, then their lines come from one index
    of the draft's tokens (looking each one up by scanning the whole text made a draft of 10,000
    unknown terms take two minutes; issue 10). A spelling the index misses is looked for by a
    scan of the text, a few times at most.
    """
    found: dict[tuple[str, str], tuple[str, Part]] = {}
    for triple in draft.triples:
        if isinstance(triple.object, ox.Triple):
            found[("", "rdf-star")] = ("", part("rdf-star"))
            continue
        for term, problem in _problems(triple.predicate.value, triple.object, terms):
            found.setdefault((term, repr(problem)), (term, problem))
    if found:
        text = _decode(data)
        index = LineIndex(text)
        scans_left = MAX_PROBLEMS
        lines: list[tuple[int, Part]] = []
        for term, problem in found.values():
            line = index.line_of(term) if term else None
            if line is None and term and scans_left > 0:
                scans_left -= 1
                line = find_line(text, term)
            lines.append((line or UNKNOWN_LINE, problem))
        unique = {(line, repr(problem)): (line, problem) for line, problem in lines}
        problems = [unique[key] for key in sorted(unique)]
        shown = [
            part("problem", where=_where(None if line == UNKNOWN_LINE else line), problem=problem)
            for line, problem in problems[:MAX_PROBLEMS]
        ]
        more = len(problems) - MAX_PROBLEMS
        first = problems[0][0]
        raise DraftError(
            *shown,
            status=422,
            line=None if first == UNKNOWN_LINE else first,
            tail=part("and-more", n=more) if more > 0 else None,
        )


def _where(line: int | None, column: int | None = None) -> Part | str:
    """ "line 3, column 5: " (or "line 3: ") in the reader's language; "" when the line is unknown."""
    if not line:
        return ""
    return part("at-line-column", line=line, column=column) if column else part("at-line", line=line)


def _problems(
    predicate: str, value: ox.NamedNode | ox.BlankNode | ox.Literal, terms: KnownTerms
) -> Iterator[tuple[str, Part]]:
    if predicate not in BUILT_IN_PROPERTIES and not terms.has("property", predicate):
        yield predicate, part("unknown-property", name=shorten(predicate))
    if predicate == str(RDF.type) and isinstance(value, ox.NamedNode) and not terms.has("class", value.value):
        yield value.value, part("unknown-class", name=shorten(value.value))
    kind = REFERENCES.get(predicate)
    if kind and not terms.has(kind, node_key(value)):
        shown = shorten(value.value) if isinstance(value, ox.NamedNode) else str(value)
        problem = part("unknown-reference", kind=TERM_KINDS[kind], name=shown, predicate=shorten(predicate))
        yield value.value, problem
    if predicate in DATE_PROPERTIES and not _is_date(value):
        yield str(value.value), part("needs-date", predicate=shorten(predicate), value=str(value))


def _is_date(value: ox.NamedNode | ox.BlankNode | ox.Literal) -> bool:
    if not isinstance(value, ox.Literal) or value.datatype.value != str(XSD.date):
        return False
    try:
        date.fromisoformat(value.value)
    except ValueError:
        return False
    return True


class LineIndex:
    """The first line of every token of a draft (IRIs, strings and their content, names), built once."""

    _TOKEN = re.compile(r'<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|[^\s<>"{}()\[\],;]+')

    def __init__(self, text: str) -> None:
        self.declared = declared_prefixes(text)
        self.bases: list[str] = _BASE_LINE.findall(text)
        self.first: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            for token in self._TOKEN.findall(line):
                self.first.setdefault(token, number)
                if token.startswith('"'):
                    self.first.setdefault(token[1:-1], number)
                elif token.endswith("."):
                    self.first.setdefault(token.rstrip("."), number)

    def line_of(self, term: str) -> int | None:
        """The first line that spells ``term`` as a whole token, if any."""
        lines = [self.first[s] for s in spellings(term, self.declared, self.bases) if s in self.first]
        return min(lines) if lines else None


def declared_prefixes(text: str) -> dict[str, str]:
    """The prefixes a draft declares (Turtle or JSON-LD), then the project's own."""
    declared = {p: ns for p, ns in _PREFIX_LINE.findall(text)}
    declared |= _json_ld_prefixes(text)
    return declared | {p: str(ns) for p, ns in PREFIXES.items() if p not in declared}


def spellings(term: str, declared: dict[str, str], bases: list[str]) -> set[str]:
    """The ways a draft may write ``term``: <IRI>, "text", prefixed names, IRIs relative to a base."""
    found = {f"<{term}>", f'"{term}"'}
    for prefix, namespace in declared.items():
        if namespace and term.startswith(namespace) and len(term) > len(namespace):
            local = term[len(namespace) :]
            found |= {f"{prefix}:{local}", f"{prefix}:{local.replace('/', chr(92) + '/')}"}
    for base in bases:
        if base and term.startswith(base) and len(term) > len(base):
            found.add(f"<{term[len(base) :]}>")
    if not term.startswith(("http:", "https:", "urn:")):
        found.add(term)
    return found


def find_line(text: str, term: str) -> int | None:
    """The first line that spells ``term`` (a full IRI, a prefixed name or a literal's text)."""
    options = spellings(term, declared_prefixes(text), _BASE_LINE.findall(text))
    for number, line in enumerate(text.splitlines(), start=1):
        for spelling in options:
            position = line.find(spelling)
            if position >= 0 and not _continues(line, position + len(spelling)):
                return number
    return None


def _continues(line: str, end: int) -> bool:
    """True when a prefixed name found in a line goes on (eso:forTask is not eso:forTaskX)."""
    return end < len(line) and (line[end].isalnum() or line[end] in "_-")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DraftError(part("not-utf8", where=_where(line)), status=400, line=line) from None


def _format_label(fmt: str) -> str:
    return "JSON-LD" if fmt == "jsonld" else "Turtle"


def _json_ld_prefixes(text: str) -> dict[str, str]:
    """Prefixes a JSON-LD document defines in its contexts (for naming lines)."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    found: dict[str, str] = {}
    for context in _contexts(document):
        for key, value in context.items():
            if isinstance(value, str) and not key.startswith("@") and value.endswith(("/", "#")):
                found[key] = value
    return found


def _contexts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        context = node.get("@context")
        for item in context if isinstance(context, list) else [context]:
            if isinstance(item, dict):
                yield item
        for value in node.values():
            yield from _contexts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _contexts(item)


def _check_json_ld(text: str) -> None:
    """JSON syntax first (line and column), then keys the context leaves undefined (JSON-LD drops them)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DraftError(
            part("syntax", where=_where(error.lineno, error.colno), format="JSON", reason=error.msg),
            status=400,
            line=error.lineno,
        ) from None
    except RecursionError:
        raise DraftError(part("json-too-deep"), status=400) from None
    if not isinstance(document, dict | list):
        raise DraftError(part("json-not-document"), status=400)
    for context in _all_context_values(document):
        if isinstance(context, str):
            line = find_line(text, context)
            problem = part("remote-context", where=_where(line), context=context)
            raise DraftError(problem, status=422, line=line)
    undefined = sorted(_undefined_keys(document, set(), vocab=False))
    if undefined:
        line = find_line(text, undefined[0])
        raise DraftError(part("undefined-term", where=_where(line), term=undefined[0]), status=422, line=line)


def _all_context_values(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        context = node.get("@context")
        if context is not None:
            yield from context if isinstance(context, list) else [context]
        for key, value in node.items():
            if key != "@context":
                yield from _all_context_values(value)
    elif isinstance(node, list):
        for item in node:
            yield from _all_context_values(item)


def _undefined_keys(node: Any, defined: set[str], vocab: bool) -> set[str]:
    """Keys that are neither keywords, IRIs, prefixed names nor terms of an enclosing context."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= _undefined_keys(item, defined, vocab)
        return found
    if not isinstance(node, dict):
        return found
    defined = set(defined)
    contexts = node.get("@context")
    for context in contexts if isinstance(contexts, list) else [contexts]:
        if isinstance(context, dict):
            defined |= {k for k in context if not k.startswith("@")}
            vocab = vocab or "@vocab" in context
    for key, value in node.items():
        if key == "@context":
            continue
        if not (key.startswith("@") or ":" in key or key in defined or vocab):
            found.add(key)
        found |= _undefined_keys(value, defined, vocab)
    return found

"""`kg export`: the current graph written back into the instance files, as a reviewable diff.

The instance files are written by people, with comments and an order that explains the data, so
export rewrites as little as it can: each file is read as a sequence of statements (a subject and
its properties, up to the final " ."), and a statement whose triples are all still in the graph
is kept byte for byte, comments included. A statement that lost a triple, or the first statement
of a subject that gained one, is written anew in one canonical form (``a`` first, then properties
and values sorted, the file's own prefixes and base). A subject no file has yet goes at the end of
the file that holds most subjects of its id family (``assignment/``, ``task/``...). So the same
graph always gives the same bytes, an unchanged graph gives the files unchanged, and an applied
change shows in `git diff instances/` as the statements it touched.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg_service.namespaces import ES
from kg_service.rdf.terms import Node

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_PREFIX = re.compile(r"^\s*@prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>\s*\.\s*$")
_BASE = re.compile(r"^\s*@base\s+<([^>]*)>\s*\.\s*$")
_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
DEFAULT_FILE = "steering-model.ttl"


@dataclass
class Statement:
    """A run of lines: either a statement with its triples, or anything else (comments, prefixes)."""

    text: str
    triples: list[ox.Triple] = field(default_factory=list)

    @property
    def subjects(self) -> list[ox.NamedNode]:
        return list(dict.fromkeys(t.subject for t in self.triples if isinstance(t.subject, ox.NamedNode)))


@dataclass
class TurtleFile:
    """One instance file split into statements, with its prefixes and base."""

    name: str
    parts: list[Statement]
    prefixes: dict[str, str]
    base: str | None


def read_file(path: Path) -> TurtleFile:
    """Split a Turtle file into statements; each statement is parsed with the file's header."""
    prefixes: dict[str, str] = {}
    base: str | None = None
    parts: list[Statement] = []
    pending: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        prefix, based = _PREFIX.match(line), _BASE.match(line)
        if not pending and (prefix or based or not line.strip() or line.lstrip().startswith("#")):
            if prefix:
                prefixes[prefix.group(1) or ""] = prefix.group(2)
            if based:
                base = based.group(1)
            parts.append(Statement(line))
            continue
        pending.append(line)
        if line.rstrip().endswith("."):
            triples = _parse("".join(pending), prefixes, base)
            if triples is not None:
                parts.append(Statement("".join(pending), triples))
                pending = []
    if pending:
        raise ValueError(f"{path}: a statement does not end")
    return TurtleFile(path.name, parts, prefixes, base)


def _header(prefixes: dict[str, str], base: str | None) -> str:
    lines = [f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()]
    return "".join(lines) + (f"@base <{base}> .\n" if base else "")


def _parse(text: str, prefixes: dict[str, str], base: str | None) -> list[ox.Triple] | None:
    try:
        quads = ox.parse((_header(prefixes, base) + text).encode(), format=ox.RdfFormat.TURTLE)
        return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    except SyntaxError:
        return None


class Writer:
    """Terms in a file's own prefixes and base, statements in one canonical layout."""

    def __init__(self, prefixes: dict[str, str], base: str | None) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda item: -len(item[1]))
        self.base = base

    def iri(self, iri: str) -> str:
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and _LOCAL.match(iri[len(namespace) :]):
                return f"{prefix}:{iri[len(namespace) :]}"
        if self.base and iri.startswith(self.base) and len(iri) > len(self.base):
            return f"<{iri[len(self.base) :]}>"
        return f"<{iri}>"

    def term(self, term: Node) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.Literal):
            quoted = str(ox.Literal(term.value))
            if term.language:
                return f"{quoted}@{term.language}"
            if term.datatype.value == XSD_STRING:
                return quoted
            return f"{quoted}^^{self.iri(term.datatype.value)}"
        raise ValueError(f"cannot write {term} (blank nodes are not exported)")

    def statement(self, subject: ox.NamedNode, triples: list[ox.Triple], order: list[ox.Triple]) -> str:
        """One statement: properties in the order ``order`` (the old statement) has them, values
        in their old order, then what is new, sorted; ``a`` first in a statement of its own."""
        rank = {t.predicate: i for i, t in reversed(list(enumerate(order)))}
        was = {t: i for i, t in enumerate(order)}
        ordered = sorted(
            triples,
            key=lambda t: (
                t.predicate != RDF_TYPE if not order else False,
                rank.get(t.predicate, len(order)),
                "" if t.predicate in rank else self.iri(t.predicate.value),
                was.get(t, len(order)),
                self.term(t.object),
            ),
        )
        by_predicate: dict[str, list[str]] = {}
        for triple in ordered:
            key = "a" if triple.predicate == RDF_TYPE else self.iri(triple.predicate.value)
            by_predicate.setdefault(key, []).append(self.term(triple.object))
        lines = [f"{k} {' , '.join(dict.fromkeys(values))}" for k, values in by_predicate.items()]
        return f"{self.term(subject)} " + " ;\n    ".join(lines) + " .\n"


def family(subject: ox.NamedNode) -> str:
    """The id family of a subject: the first path segment after /id/ (or the whole IRI)."""
    value = subject.value
    return value[len(str(ES)) :].split("/", 1)[0] if value.startswith(str(ES)) else value


def export(graph: list[ox.Triple], sources: list[Path]) -> dict[str, str]:
    """The text of every instance file for ``graph`` (the instance triples), by file name."""
    files = [read_file(path) for path in sources]
    current: dict[ox.NamedNode, set[ox.Triple]] = defaultdict(set)
    for triple in graph:
        subject = triple.subject
        if not isinstance(subject, ox.NamedNode):
            raise ValueError(f"cannot export a blank node subject: {triple}")
        current[subject].add(triple)
    written: dict[ox.NamedNode, set[ox.Triple]] = defaultdict(set)
    first: dict[ox.NamedNode, tuple[int, int]] = {}
    families: dict[str, Counter[str]] = defaultdict(Counter)
    for index, turtle in enumerate(files):
        for position, part in enumerate(turtle.parts):
            for subject in part.subjects:
                written[subject].update(t for t in part.triples if t.subject == subject)
                first.setdefault(subject, (index, position))
                families[family(subject)][turtle.name] += 1
    texts: dict[str, str] = {}
    new_subjects = sorted((s for s in current if s not in written), key=lambda s: s.value)
    for index, turtle in enumerate(files):
        writer = Writer(turtle.prefixes, turtle.base)
        out: list[str] = []
        for position, part in enumerate(turtle.parts):
            if not part.triples:
                out.append(part.text)
                continue
            gained = {s for s in part.subjects if first[s] == (index, position) and current[s] - written[s]}
            if all(t in current.get(cast(ox.NamedNode, t.subject), ()) for t in part.triples) and not gained:
                out.append(part.text)
                continue
            for subject in part.subjects:
                kept = [t for t in part.triples if t.subject == subject and t in current[subject]]
                if subject in gained:
                    kept += sorted(current[subject] - written[subject], key=str)
                if kept:
                    out.append(
                        writer.statement(subject, kept, [t for t in part.triples if t.subject == subject])
                    )
        for subject in new_subjects:
            counts = families.get(family(subject))
            home = min(counts, key=lambda name: (-counts[name], name)) if counts else DEFAULT_FILE
            if home == turtle.name:
                out.append("\n" + writer.statement(subject, sorted(current[subject], key=str), []))
        texts[turtle.name] = "".join(out)
    return texts


def write_export(graph: list[ox.Triple], sources: list[Path], target: Path) -> list[str]:
    """Write the files into ``target``; the names of the files whose bytes changed."""
    target.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in export(graph, sources).items():
        path = target / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    return changed

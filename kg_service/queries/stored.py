"""Stored queries: `.rq` files under queries/ with a small `#+ key: value` header.

Each file is one named query (as in grlc), described by its header: a name, summaries in
Finnish and English, the audience, typed parameters, the returned columns and an example call
(`#+ example: k=v&k2=v2`, which the tests run against the shipped graph). Parameters arrive
as text from the HTTP API or the CLI; they are checked against their declared type here and
bound into the query as RDF terms (store/binding.py), never pasted into its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from urllib.parse import parse_qsl

import pyoxigraph as ox

from kg_service.i18n import LANGUAGES
from kg_service.i18n.errors import Localised
from kg_service.namespaces import ES, ID_PREFIXES, PREFIXES
from kg_service.rdf.files import project_root
from kg_service.store.base import Row, Store
from kg_service.store.binding import Term, bind_rows, date_literal

XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_HEADER = re.compile(r"^#\+\s*([a-z_]+)\s*:\s*(.*?)\s*$")
QUERY_KEYS = frozenset(
    {
        "name",
        "summary_fi",
        "summary_sv",
        "summary_en",
        "audience",
        "param",
        "columns",
        "example",
        "note",
        "shape",
    }
)
"""The header keys of a stored query (queries/README.md says what each means)."""
CHECK_KEYS = QUERY_KEYS | {
    "id",
    "severity",
    "message_fi",
    "message_sv",
    "message_en",
    "empty_fi",
    "empty_sv",
    "empty_en",
    "key",
    "sources",
    "tasks",
    "actors",
    "focus",
    "reads",
}
"""The header keys of a coherence check: a stored query's and the check's own."""
_SHORT_ID = re.compile(r"^[a-z][a-z0-9-]*(/[A-Za-z0-9._-]+)+$")


class ParamType(StrEnum):
    """The types a stored-query parameter can have."""

    IRI = "iri"
    DATE = "date"
    LANG = "lang"
    STRING = "string"
    INTEGER = "integer"


class QueryDefinitionError(ValueError):
    """A stored query file is malformed (a fault in queries/, found at load time)."""


class ParameterError(ValueError):
    """A caller's parameter value is missing or of the wrong type; names the parameter."""

    def __init__(self, parameter: str, reason: str) -> None:
        super().__init__(parameter, reason)
        self.parameter = parameter
        self.reason = reason

    def __str__(self) -> str:
        return f"parameter '{self.parameter}': {self.reason}"


@dataclass(frozen=True)
class Parameter:
    """One typed parameter of a stored query."""

    name: str
    type: ParamType
    required: bool
    description: str

    def coerce(self, raw: str) -> Term:
        """Check ``raw`` against the declared type and return it as an RDF term."""
        return coerce_value(self.name, self.type, raw)


@dataclass(frozen=True)
class StoredQuery:
    """A named query with its description and its SPARQL text."""

    name: str
    path: Path
    text: str
    summary: dict[str, str]
    audience: str
    parameters: tuple[Parameter, ...]
    columns: tuple[str, ...]
    example: dict[str, str] = field(default_factory=dict)
    shape: str | None = None
    """The SHACL shape (local name in shapes/) stating the same rule, which the tests hold it to."""

    def bind(self, raw: dict[str, str]) -> dict[str, Term | None]:
        """Typed values for every declared parameter; unknown or missing ones are refused."""
        known = {p.name for p in self.parameters}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ParameterError(
                unknown[0],
                Localised("param.not_a_parameter", query=self.name, known=", ".join(sorted(known)) or "–"),
            )
        values: dict[str, Term | None] = {}
        for parameter in self.parameters:
            text = raw.get(parameter.name)
            if text is None or text == "":
                if parameter.required:
                    raise ParameterError(parameter.name, Localised("param.required"))
                values[parameter.name] = None
            else:
                values[parameter.name] = parameter.coerce(text)
        return values

    def run(self, store: Store, raw: dict[str, str], timeout: float | None = None) -> list[Row]:
        """Bind the caller's values and run the query on ``store``."""
        return store.select(self.text, self.bind(raw), timeout=timeout)


BATCH = 500
"""How many IRIs one VALUES block binds when a query is run for many nodes at once."""


def run_for_many(
    store: Store, text: str, variable: str, iris: set[str], timeout: float | None = None
) -> list[Row]:
    """Run ``text`` for a set of IRIs bound to ``variable``, BATCH at a time, and join the rows."""
    rows: list[Row] = []
    ordered = sorted(iris)
    for start in range(0, len(ordered), BATCH):
        batch = [ox.NamedNode(iri) for iri in ordered[start : start + BATCH]]
        rows += store.select(bind_rows(text, variable, batch), timeout=timeout)
    return rows


def check_period(start: str | None, end: str | None) -> None:
    """A period whose 'from' is after its 'to' is a caller's mistake worth naming, not an empty answer."""
    if start and end:
        first = coerce_value("from", ParamType.DATE, start).value
        last = coerce_value("to", ParamType.DATE, end).value
        if first > last:
            raise ParameterError("from", Localised("param.period_order", first=first, last=last))


def expand_iri(name: str, raw: str) -> ox.NamedNode:
    """An IRI from a full IRI, a prefixed name (es:actor/tem, actor:tem) or a short id (actor/tem)."""
    text = raw.strip()
    prefix, _, rest = text.partition(":")
    known = PREFIXES | ID_PREFIXES
    if prefix in known and rest and not rest.startswith("//"):
        text = str(known[prefix]) + rest.replace("\\/", "/")
    elif _SHORT_ID.match(text):
        text = str(ES) + text
    try:
        if not _IRI.match(text):
            raise ValueError(text)
        return ox.NamedNode(text)
    except ValueError:  # also what Oxigraph says of control characters the pattern lets through
        raise ParameterError(name, Localised("param.not_iri", value=repr(raw))) from None


def coerce_value(name: str, kind: ParamType, raw: str) -> Term:
    """One raw text value as a typed RDF term, or a ParameterError saying what is wrong."""
    if kind is ParamType.IRI:
        return expand_iri(name, raw)
    if kind is ParamType.DATE:
        try:
            return date_literal(date.fromisoformat(raw.strip()))
        except ValueError:
            raise ParameterError(name, Localised("param.not_date", value=repr(raw))) from None
    if kind is ParamType.LANG:
        if raw not in LANGUAGES:
            raise ParameterError(name, Localised("param.not_language", value=repr(raw)))
        return ox.Literal(raw)
    if kind is ParamType.INTEGER:
        try:
            return ox.Literal(str(int(raw)), datatype=XSD_INTEGER)
        except ValueError:
            raise ParameterError(name, Localised("param.not_integer", value=repr(raw))) from None
    if len(raw) > 500:
        raise ParameterError(name, Localised("param.too_long"))
    return ox.Literal(raw)


def parse_header(path: Path, text: str, known: frozenset[str] = CHECK_KEYS) -> dict[str, list[str]]:
    """The `#+ key: value` lines at the top of a query file; a key not in ``known`` is refused."""
    header: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        match = _HEADER.match(line)
        if not match:
            raise QueryDefinitionError(f"{path}: malformed header line: {line!r}")
        if match.group(1) not in known:
            raise QueryDefinitionError(f"{path}: unknown header key '#+ {match.group(1)}:'")
        header.setdefault(match.group(1), []).append(match.group(2))
    return header


def parse_parameter(path: Path, spec: str) -> Parameter:
    """A `name | type | required|optional | description` parameter line."""
    parts = [part.strip() for part in spec.split("|")]
    if len(parts) != 4:
        raise QueryDefinitionError(f"{path}: parameter needs 'name | type | required | text': {spec!r}")
    name, kind, required, description = parts
    try:
        param_type = ParamType(kind)
    except ValueError:
        raise QueryDefinitionError(f"{path}: unknown parameter type {kind!r}") from None
    if required not in ("required", "optional"):
        raise QueryDefinitionError(f"{path}: say 'required' or 'optional', not {required!r}")
    return Parameter(name, param_type, required == "required", description)


def check_syntax(path: Path, text: str) -> None:
    """Parse the query with Oxigraph (on an empty store) so a broken file fails at load."""
    try:
        ox.Store().query(text)
    except SyntaxError as error:
        raise QueryDefinitionError(f"{path}: SPARQL syntax error: {error}") from None


def load_query(path: Path) -> StoredQuery:
    """Read, describe and syntax-check one `.rq` file."""
    text = path.read_text(encoding="utf-8")
    header = parse_header(path, text, QUERY_KEYS)
    for key in ("name", "summary_fi", "summary_en", "columns", "example"):
        if key not in header:
            raise QueryDefinitionError(f"{path}: header lacks '#+ {key}:'")
    name = header["name"][0]
    if name != path.stem:
        raise QueryDefinitionError(f"{path}: name {name!r} differs from the file name")
    parameters = tuple(parse_parameter(path, spec) for spec in header.get("param", []))
    for parameter in parameters:
        if f"?{parameter.name}" not in text.split("\n#", 1)[-1]:
            raise QueryDefinitionError(f"{path}: parameter ?{parameter.name} is not used")
    check_syntax(path, text)
    return StoredQuery(
        name=name,
        path=path,
        text=text,
        summary={"fi": header["summary_fi"][0], "en": header["summary_en"][0]},
        audience=header.get("audience", ["anyone"])[0],
        parameters=parameters,
        columns=tuple(c.strip() for c in header["columns"][0].split(",")),
        example=dict(parse_qsl(header["example"][0])),
        shape=header.get("shape", [None])[0],
    )


SEPARATE_SETS = ("checks", "vocabulary")
"""Subdirectories of queries/ whose queries run on another graph and are loaded on their own."""


def queries_dir(root: Path | None = None) -> Path:
    """The directory of stored queries."""
    return (root or project_root()) / "queries"


def load_queries(root: Path | None = None, subdir: str | None = None) -> dict[str, StoredQuery]:
    """Every stored query under queries/ (or one subdirectory), by name.

    The coherence checks in queries/checks/ and the vocabulary pages' queries over the model
    (ontology and shapes) in queries/vocabulary/ are loaded separately by their users.
    """
    base = queries_dir(root) / subdir if subdir else queries_dir(root)
    queries: dict[str, StoredQuery] = {}
    for path in sorted(base.rglob("*.rq")):
        if subdir is None and set(SEPARATE_SETS) & set(path.relative_to(base).parts):
            continue
        query = load_query(path)
        if query.name in queries:
            raise QueryDefinitionError(f"{path}: duplicate query name {query.name!r}")
        queries[query.name] = query
    return queries

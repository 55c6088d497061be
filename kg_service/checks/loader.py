"""The coherence checks as data: `queries/checks/<ID>-violation.rq` (any row is a finding) and
`<ID>-edges.rq` (the dependency edges whose cycles are findings).

A drafter's rule is a reviewed SPARQL file with a `#+` header, not code, so adding or rewording a
check is an edit to one file: its id, severity, messages in Finnish and English, which columns
identify one finding (`key`) and which nodes' provenance are its sources (`sources`). The header
syntax and the syntax check are the stored queries' own (kg_service.queries.stored); the support queries
in the same folder (provenance, who-does-what, known-terms) are ordinary stored queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pyoxigraph as ox

from kg_service.i18n import LANGUAGES
from kg_service.quality.incremental import Path as ReadPath
from kg_service.quality.incremental import Step
from kg_service.queries.stored import (
    Parameter,
    QueryDefinitionError,
    StoredQuery,
    check_syntax,
    load_query,
    parse_header,
    parse_parameter,
    queries_dir,
)

CHECKS_SUBDIR = "checks"
_ID = re.compile(r"^CHK-[A-Z0-9]+(-[A-Z0-9]+)*$")
_REQUIRED = (
    "name",
    "id",
    "severity",
    *(f"{text}_{lang}" for text in ("summary", "message") for lang in LANGUAGES),
    "columns",
)
SUPPORT_QUERIES = (
    "provenance",
    "who-does-what",
    "known-terms",
    "assignment-parts",
    "outgoing",
    "task-assignments",
    "duty-count",
)
_PREFIX = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_STEP = re.compile(r"^(\^?)([A-Za-z][\w-]*)?:([A-Za-z_][\w.-]*)(\*?)$")


class Severity(StrEnum):
    """How bad a finding is; only errors make a draft incoherent (exit code 1)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class CheckKind(StrEnum):
    """A row query (every row is a finding) or an edge query (every cycle is a finding)."""

    VIOLATION = "violation"
    EDGES = "edges"


@dataclass(frozen=True)
class CheckDefinition:
    """One coherence check, read from its `.rq` file."""

    id: str
    name: str
    kind: CheckKind
    severity: Severity
    summary: dict[str, str]
    message: dict[str, str]
    columns: tuple[str, ...]
    key: tuple[str, ...]
    sources: tuple[str, ...]
    tasks: tuple[str, ...]
    actors: tuple[str, ...]
    empty: dict[str, dict[str, str]]
    parameters: tuple[Parameter, ...]
    text: str
    path: Path
    shape: str | None = None
    """The SHACL shape (local name in shapes/) stating the same rule, which the tests hold it to."""
    focus: str | None = None
    """The column naming the node a finding is about, for validating a change by what it touches."""
    reads: tuple[ReadPath, ...] = ()
    """The paths the query reads from the focus node (an edge check: the predicates linking tasks)."""

    @property
    def takes_date(self) -> bool:
        """True when the check reads the effective date (`--at`)."""
        return any(p.name == "at" for p in self.parameters)


def _names(
    path: Path, header: dict[str, list[str]], key: str, columns: tuple[str, ...], default: tuple[str, ...]
) -> tuple[str, ...]:
    """A comma-separated list of column names from the header; each must be a column."""
    if key not in header:
        return tuple(c for c in default if c in columns)
    names = tuple(n.strip() for n in header[key][0].split(",") if n.strip())
    unknown = [n for n in names if n not in columns]
    if unknown:
        raise QueryDefinitionError(f"{path}: '#+ {key}:' names {unknown[0]!r}, which is not a column")
    return names


def _empty_texts(path: Path, header: dict[str, list[str]], lang: str) -> dict[str, str]:
    """`#+ empty_fi: end=toistaiseksi, start=alusta`: what an unbound column reads as."""
    texts: dict[str, str] = {}
    for spec in header.get(f"empty_{lang}", []):
        for part in spec.split(","):
            name, sep, text = part.partition("=")
            if not sep:
                raise QueryDefinitionError(f"{path}: '#+ empty_{lang}:' needs column=text, not {part!r}")
            texts[name.strip()] = text.strip()
    return texts


def _read_paths(path: Path, header: dict[str, list[str]], text: str) -> tuple[ReadPath, ...]:
    """`#+ reads: ^eso:forTask/prov:hadRole/skos:broader*, eso:legalBasis` (or `none`): the
    property paths the query follows from its focus node, with the query's own prefixes."""
    if "reads" not in header:
        return ()
    prefixes = {name or "": iri for name, iri in _PREFIX.findall(text)}
    prefixes.setdefault("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    paths: list[ReadPath] = []
    for spec in header["reads"][0].split(","):
        if spec.strip() == "none":
            continue
        steps = []
        for part in spec.strip().split("/"):
            match = _STEP.match(part.strip())
            if not match or (match.group(2) or "") not in prefixes:
                raise QueryDefinitionError(f"{path}: '#+ reads:' cannot read the path step {part!r}")
            inverse, prefix, local, repeat = match.groups()
            steps.append(Step(ox.NamedNode(prefixes[prefix or ""] + local), bool(inverse), bool(repeat)))
        paths.append(tuple(steps))
    return tuple(paths)


def load_check(path: Path) -> CheckDefinition:
    """Read, describe and syntax-check one check file."""
    text = path.read_text(encoding="utf-8")
    header = parse_header(path, text)
    for key in _REQUIRED:
        if key not in header:
            raise QueryDefinitionError(f"{path}: header lacks '#+ {key}:'")
    name, check_id = header["name"][0], header["id"][0]
    if name != path.stem:
        raise QueryDefinitionError(f"{path}: name {name!r} differs from the file name")
    kind = CheckKind(path.stem.rsplit("-", 1)[1])
    if not _ID.match(check_id) or path.stem != f"{check_id}-{kind.value}":
        raise QueryDefinitionError(f"{path}: id {check_id!r} must be CHK-... and name the file")
    try:
        severity = Severity(header["severity"][0])
    except ValueError:
        raise QueryDefinitionError(f"{path}: severity must be error, warning or info") from None
    columns = tuple(c.strip() for c in header["columns"][0].split(","))
    focus = header.get("focus", [None])[0]
    if focus is not None and focus not in columns:
        raise QueryDefinitionError(f"{path}: '#+ focus:' names {focus!r}, which is not a column")
    if (
        (focus is not None or kind is CheckKind.EDGES)
        and severity is Severity.ERROR
        and "reads" not in header
    ):
        raise QueryDefinitionError(f"{path}: an error check declares the paths it reads ('#+ reads:')")
    parameters = tuple(parse_parameter(path, spec) for spec in header.get("param", []))
    check_syntax(path, text)
    return CheckDefinition(
        id=check_id,
        name=name,
        kind=kind,
        severity=severity,
        summary={lang: header[f"summary_{lang}"][0] for lang in LANGUAGES},
        message={lang: header[f"message_{lang}"][0] for lang in LANGUAGES},
        columns=columns,
        key=_names(path, header, "key", columns, columns),
        sources=_names(path, header, "sources", columns, ()),
        tasks=_names(path, header, "tasks", columns, ("task",)),
        actors=_names(path, header, "actors", columns, ("actor",)),
        empty={lang: _empty_texts(path, header, lang) for lang in LANGUAGES},
        parameters=parameters,
        text=text,
        path=path,
        shape=header.get("shape", [None])[0],
        focus=focus,
        reads=_read_paths(path, header, text),
    )


def checks_dir(root: Path | None = None) -> Path:
    """The folder of check queries."""
    return queries_dir(root) / CHECKS_SUBDIR


def load_checks(root: Path | None = None) -> list[CheckDefinition]:
    """Every check, ordered by id; ids are unique."""
    checks: dict[str, CheckDefinition] = {}
    folder = checks_dir(root)
    for path in sorted([*folder.glob("*-violation.rq"), *folder.glob("*-edges.rq")]):
        check = load_check(path)
        if check.id in checks:
            raise QueryDefinitionError(f"{path}: duplicate check id {check.id!r}")
        checks[check.id] = check
    return [checks[i] for i in sorted(checks)]


def load_support_queries(root: Path | None = None) -> dict[str, StoredQuery]:
    """The checker's helper queries (provenance, who does what, known terms, assignment parts), by name."""
    return {name: load_query(checks_dir(root) / f"{name}.rq") for name in SUPPORT_QUERIES}

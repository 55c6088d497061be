"""Where the shipped graph lives on disk, and how its files are read with errors a person can act on.

The ontology, shapes and instances are plain Turtle files in the repository. Reading them is the
first thing every command does, so a syntax error must name the file and line rather than end
in a stack trace.
"""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from kg_service.namespaces import bind_prefixes

PROJECT_DIR_ENV = "KG_PROJECT_DIR"
"""Environment variable that points at another checkout's files (ontology/, shapes/, instances/).

(KG_DATA_DIR names the on-disk store instead: kg_service.config.)"""


class DataFileError(Exception):
    """A data file could not be read; says which file, which line and why."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        super().__init__(path, line, reason)
        self.path = path
        self.line = line
        self.reason = reason

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.reason}"


def project_root() -> Path:
    """The directory holding ontology/, shapes/ and instances/ (the repository by default)."""
    override = os.environ.get(PROJECT_DIR_ENV)
    return Path(override) if override else Path(__file__).resolve().parents[2]


def ontology_files(root: Path | None = None) -> list[Path]:
    """The ontology modules and concept schemes, in a stable order."""
    return sorted((root or project_root()).joinpath("ontology").glob("*.ttl"))


def shape_files(root: Path | None = None) -> list[Path]:
    """The SHACL shapes files, in a stable order."""
    return sorted((root or project_root()).joinpath("shapes").glob("*.ttl"))


def instance_files(root: Path | None = None) -> list[Path]:
    """The instance data files, in a stable order."""
    return sorted((root or project_root()).joinpath("instances").glob("*.ttl"))


def parse_into(graph: Graph, path: Path) -> Graph:
    """Parse one Turtle file into ``graph``; raise DataFileError naming file and line on failure."""
    try:
        graph.parse(path, format="turtle")
    except BadSyntax as error:
        raise DataFileError(path, error.lines + 1, f"Turtle syntax error: {error._why}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, None, f"cannot read the file: {error}") from None
    return graph


def load_graph(paths: list[Path]) -> Graph:
    """Read several Turtle files into one rdflib Graph with the project's prefixes bound."""
    graph = Graph()
    bind_prefixes(graph.namespace_manager)
    for path in paths:
        parse_into(graph, path)
    return graph

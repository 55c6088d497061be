"""What a diagram kind declares: its name, formats, how its data is gathered and how it is drawn.

Each kind module (raci.py, roles.py, ...) ends with one ``KIND = DiagramKind(...)``; registry.py
lists the modules. The CLI, the API and render.py read everything else from the registry, so a
new kind is a new module plus one line there (CONTRIBUTING.md has the recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kg_service.answers.assemble import Answers
from kg_service.diagrams.data import Filters
from kg_service.diagrams.rows import DiagramData

Data = TypeVar("Data", bound=DiagramData)


@dataclass(frozen=True)
class DiagramKind(Generic[Data]):
    """One kind of diagram: ``gather`` reads the rows it needs through the stored queries (no
    drawing) as its typed data (diagrams/rows.py); ``draw`` turns them into one format (fmt, data,
    lang), text or bytes (XLSX); ``counts`` says how many of what the drawing shows, for the
    sentence that describes it (common.TEXTS' ``desc-<kind>``)."""

    name: str
    formats: tuple[str, ...]
    """The formats it is drawn in, the default first."""
    gather: Callable[[Answers, Filters], Data]
    draw: Callable[[str, Data, str], str | bytes]
    counts: Callable[[Data], dict[str, int]]
    graphviz: bool = False
    """True when the module writes DOT and Graphviz lays out its SVG and PNG; otherwise PNG is
    made from the module's own SVG."""

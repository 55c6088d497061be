"""What a diagram kind declares: its name, formats, how its data is gathered and how it is drawn.

Each kind module (raci.py, roles.py, ...) ends with one ``KIND = DiagramKind(...)``; registry.py
lists the modules. The CLI, the API and render.py read everything else from the registry, so a
new kind is a new module plus one line there (CONTRIBUTING.md has the recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg_service.answers.assemble import Answers
from kg_service.diagrams.data import Filters

Gather = Callable[[Answers, Filters], dict[str, object]]
"""Reads the rows a kind needs through the stored queries (no drawing)."""

Draw = Callable[[str, dict[str, object], str], str | bytes]
"""Turns gathered rows into one format (fmt, data, lang); text or bytes (XLSX)."""


@dataclass(frozen=True)
class DiagramKind:
    """One kind of diagram."""

    name: str
    formats: tuple[str, ...]
    """The formats it is drawn in, the default first."""
    gather: Gather
    draw: Draw
    graphviz: bool = False
    """True when the module writes DOT and Graphviz lays out its SVG and PNG; otherwise PNG is
    made from the module's own SVG."""

"""The diagram kinds, in the order the CLI and the API list them.

Each kind is declared once, in its own module (``KIND = DiagramKind(...)``); this is the one list.
"""

from __future__ import annotations

from typing import Any

from kg_service.diagrams import annual_clock, dependencies, raci, roles, swimlane
from kg_service.diagrams.common import DOCUMENT_FORMATS
from kg_service.diagrams.kind import DiagramKind

KINDS: dict[str, DiagramKind[Any]] = {
    kind.name: kind for kind in (raci.KIND, roles.KIND, swimlane.KIND, annual_clock.KIND, dependencies.KIND)
}
"""Every diagram kind by name."""

FORMATS: dict[str, tuple[str, ...]] = {
    name: (*kind.formats, *DOCUMENT_FORMATS) for name, kind in KINDS.items()
}
"""kind -> formats, the default first: the kind's own, then Word and PDF documents of it
(kg_service.documents makes those for any kind). What /api/diagrams and `kg draw --help` list."""

"""Every page kind of the workspace, with an example address: the list axe and the screenshots use.

(kind, path, CSS selectors axe skips): a third-party widget is excluded only where its own
markup, not ours, is at fault, and the exclusion is named here.
"""

from __future__ import annotations

TEM = "https://w3id.org/fi-employment-steering/id/actor/tem"

PAGE_KINDS: list[tuple[str, str, tuple[str, ...]]] = [
    ("front", "/", ()),
    ("responsibilities", f"/responsibilities?actor={TEM}&at=2026-01-01", ()),
    ("bad-input", "/responsibilities?at=2026-13-01", ()),
    ("actor-card", "/id/actor/tem?at=2026-01-01", ()),
    ("council-card", "/id/actor/advisory-council", ()),
    ("renamed-actor-card", "/id/actor/keha?at=2025-06-01", ()),
    ("municipality-card", "/id/municipality/005?at=2025-06-01", ()),
    ("employment-area-card", "/id/employment-area/1", ()),
    ("task-card", "/id/task/set-national-objectives", ()),
    ("part-card", "/id/part/national-objectives", ()),
    ("other-node-card", "/id/role/accountable", ()),
    ("timeline", "/timeline?quarter=2024-Q2", ()),
    ("annual-clock", "/annual-clock", ()),
    ("check", "/check", ()),
    ("error-page", "/id/actor/nobody", ()),
    (
        "diagram-studio",
        "/diagrams?kind=swimlane&part=https://w3id.org/fi-employment-steering/id/part/national-objectives",
        (),
    ),
    # YASGUI's own editor widgets (CodeMirror, its tab bar) are not ours to fix: axe checks the rest.
    ("sparql", "/sparql", ("#yasgui",)),
    ("search", "/search?q=elinvoimakeskuksille", ()),
    ("search-bad-input", "/search?q=x", ()),
    ("vocabulary", "/vocabulary", ()),
    ("vocabulary-class", "/vocabulary/eso:Task", ()),
    ("vocabulary-property", "/vocabulary/eso:forTask", ()),
    ("vocabulary-shape", "/vocabulary/shp:PublicOrganisationShape", ()),
    ("vocabulary-scheme", "/vocabulary/es:scheme/roles", ()),
    ("downloads", "/downloads", ()),
]

"""Diagrams for guidance documents, drawn from the graph: the RACI matrix, the role diagram, the
swimlane timeline, the annual clock and the task dependency graph, in Finnish, Swedish and English.

data.py gathers rows through the stored queries; one module per kind turns rows into SVG, DOT,
Mermaid, HTML, CSV or XLSX without touching the store and declares the kind (``KIND``: name,
formats, gatherer, drawer); registry.py lists the kinds; render.py is the one entry for `kg draw`
(cli/draw.py) and the API (api/diagrams.py). docs/diagrams/README.md shows examples.
"""

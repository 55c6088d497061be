"""Diagrams for guidance documents, drawn from the graph: the RACI matrix, the role diagram, the
swimlane timeline, the annual clock and the task dependency graph, in Finnish, Swedish and English.

data.py gathers rows through the stored queries; one module per kind turns rows into SVG, DOT,
Mermaid, HTML, CSV or XLSX without touching the store; render.py is the one entry for the `kg draw`
command (cli.py) and the API (kg_service/api/diagrams.py). docs/diagrams/README.md shows examples.
"""

"""Coherence checks for legal drafters: a draft decree against the current graph.

A draft (Turtle, JSON-LD, or a CSV/XLSX table) is laid over a copy of the current graph
(overlay.py) and every check in queries/checks/ runs on it (runner.py): one accountable actor per
task and date, actors that exist when they hold a duty, legal bases, schedules, dependency cycles,
knowledge needs, exclusive duties, disagreeing sources and open questions. The result says which
findings the draft adds, what changes for whom (diff.py), and renders as JSON, Markdown or HTML
(report.py), from the command line (cli.py) and over HTTP (kg_service/api/check.py).
"""

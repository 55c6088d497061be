"""Regenerate the examples in docs/diagrams/ from the shipped graph (after a change to the data or
to a diagram): every file the README there lists, drawn exactly as `kg draw` draws it.

Run: .venv/bin/python scripts/build_diagram_docs.py   (then look at the pictures and the PDFs'
pages before committing: pdftoppm -png docs/diagrams/annex-fi.pdf /tmp/page)
"""

from __future__ import annotations

from pathlib import Path

from kg_service.answers.assemble import Answers
from kg_service.documents.drawing import draw_any
from kg_service.documents.make import make_annex
from kg_service.queries.stored import load_queries
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.embedded import EmbeddedStore

OUT = Path(__file__).resolve().parent.parent / "docs" / "diagrams"
REGIONAL = {"part": "part/regional-discussions"}
AT = {"at": "2025-06-01"}
# (file name, kind, language, formats, filters)
DIAGRAMS = [
    (
        "raci-regional-discussions-{lang}",
        "raci",
        "fi",
        ("png", "svg", "xlsx", "csv", "html", "docx", "pdf"),
        REGIONAL,
    ),
    ("raci-regional-discussions-{lang}", "raci", "sv", ("png", "docx"), REGIONAL),
    ("raci-regional-discussions-2026-{lang}", "raci", "fi", ("png",), {**REGIONAL, "at": "2026-06-01"}),
    ("roles-{lang}", "roles", "fi", ("png", "svg", "dot", "mmd"), AT),
    ("roles-{lang}", "roles", "sv", ("png",), AT),
    ("roles-tem-{lang}", "roles", "fi", ("png",), {**AT, "actor": "actor/tem"}),
    ("swimlane-{lang}", "swimlane", "fi", ("png", "svg", "mmd", "pdf"), {}),
    ("swimlane-{lang}", "swimlane", "sv", ("png",), {}),
    ("swimlane-{lang}", "swimlane", "en", ("png",), {"at": "2024-03-15"}),
    ("annual-clock-{lang}", "annual-clock", "fi", ("png", "svg"), AT),
    ("annual-clock-{lang}", "annual-clock", "sv", ("png",), AT),
    ("dependencies-{lang}", "dependencies", "fi", ("png", "svg", "dot", "mmd"), {}),
    ("dependencies-{lang}", "dependencies", "sv", ("png",), {}),
]
ANNEXES = [("annex-{lang}", "fi", AT), ("annex-tem-{lang}", "sv", {**AT, "actor": "actor/tem"})]


def main() -> None:
    answers = Answers(EmbeddedStore.from_files(ontology_files() + instance_files()), load_queries(), 120)
    for name, kind, lang, formats, filters in DIAGRAMS:
        for fmt in formats:
            drawing = draw_any(answers, kind, fmt, lang, **filters)
            (OUT / f"{name.format(lang=lang)}.{fmt}").write_bytes(drawing.body)
    for name, lang, filters in ANNEXES:
        for fmt in ("docx", "pdf"):
            drawing = make_annex(answers, fmt, lang, **filters)
            (OUT / f"{name.format(lang=lang)}.{fmt}").write_bytes(drawing.body)


if __name__ == "__main__":
    main()

"""Rows of a query as a terminal table, CSV or JSON (the CLI's output formats)."""

from __future__ import annotations

import csv
import io
import json

from kg_service.namespaces import shorten
from kg_service.store.base import Row, value

MAX_CELL = 60


def cell(row: Row, column: str) -> str:
    """A cell's plain value ('' when unbound)."""
    return value(row, column) or ""


def render_rows(columns: list[str], rows: list[Row], fmt: str) -> str:
    """The rows in ``fmt``: table (prefixed IRIs, aligned), csv or json (full values)."""
    if fmt == "json":
        return (
            json.dumps(
                [{c: cell(r, c) for c in columns if c in r} for r in rows], ensure_ascii=False, indent=2
            )
            + "\n"
        )
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[cell(r, c) for c in columns] for r in rows])
        return buffer.getvalue()
    table = [[_short(cell(r, c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(line[i]) for line in table]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)) for line in table]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _short(text: str) -> str:
    text = shorten(text) if text.startswith("http") else text
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"

"""The one error a draft can cause: it cannot be read, and the message says where.

Every reader (Turtle, JSON-LD, CSV, XLSX) raises DraftError naming the line, the cell or the
column, so the CLI can print it (exit 2) and the API can answer with the project's error format
(400 unreadable, 415 unsupported type, 422 readable but wrong), and nothing is written anywhere.
"""

from __future__ import annotations


class DraftError(ValueError):
    """A draft that cannot be checked: syntax error, unknown term or id, missing column."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 422,
        line: int | None = None,
        cell: str | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.line = line
        self.cell = cell
        self.column = column

    def __str__(self) -> str:
        return self.message

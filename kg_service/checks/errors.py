"""The one error a draft can cause: it cannot be read, and the message says where.

Every reader (Turtle, JSON-LD, CSV, XLSX) raises DraftError naming the line, the cell or the
column, so the CLI can print it (exit 2) and the API can answer with the project's error format
(400 unreadable, 415 unsupported type, 422 readable but wrong), and nothing is written anywhere.

The message is kept as parts of the fi/sv/en table kg_service/i18n/checks.py (DRAFT_ERRORS), so it
is told in the reader's language: ``error.text("sv")``; ``str(error)`` is the English. What a
third-party parser says (the reason of a syntax error) is quoted as it says it.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg_service.i18n import text
from kg_service.i18n.checks import DRAFT_ERRORS

Part = tuple[str, Mapping[str, object]]
"""A key of DRAFT_ERRORS and its values; a value may be a Part, a {language: text} word or text."""


def part(key: str, **values: object) -> Part:
    """One part of a message."""
    return (key, values)


def say(piece: Part, lang: str) -> str:
    """A part in ``lang``, its nested parts and words too."""
    key, values = piece

    def shown(value: object) -> object:
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
            return say(value, lang)
        if isinstance(value, Mapping):
            return value.get(lang) or value.get("en", "")
        return value

    return text(DRAFT_ERRORS, key, lang, **{name: shown(v) for name, v in values.items()})


class DraftError(ValueError):
    """A draft that cannot be checked: syntax error, unknown term or id, missing column."""

    def __init__(
        self,
        *parts: Part,
        status: int = 422,
        line: int | None = None,
        cell: str | None = None,
        column: str | None = None,
        separator: str = "; ",
        tail: Part | None = None,
    ) -> None:
        self.parts = parts
        self.separator = separator
        self.tail = tail
        super().__init__(self.text("en"))
        self.message = self.text("en")
        self.status = status
        self.line = line
        self.cell = cell
        self.column = column

    def state(self) -> tuple[object, ...]:
        """The error as plain values, to cross from a worker process to the service."""
        return (self.parts, self.status, self.line, self.cell, self.column, self.separator, self.tail)

    @classmethod
    def from_state(cls, state: tuple[object, ...]) -> DraftError:
        """The error ``state()`` describes."""
        parts, status, line, cell, column, separator, tail = state
        return cls(
            *parts,  # type: ignore[misc]
            status=status,  # type: ignore[arg-type]
            line=line,  # type: ignore[arg-type]
            cell=cell,  # type: ignore[arg-type]
            column=column,  # type: ignore[arg-type]
            separator=separator,  # type: ignore[arg-type]
            tail=tail,  # type: ignore[arg-type]
        )

    def text(self, lang: str) -> str:
        """The message in ``lang``."""
        joined = self.separator.join(say(p, lang) for p in self.parts)
        return joined + (say(self.tail, lang) if self.tail else "")

    def __str__(self) -> str:
        return self.message

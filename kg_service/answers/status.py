"""The status of a task on a day: the latest status observation dated on or before that day.

A status is never a plain property of a task: the seeds give an undated snapshot and later
sources give outcomes, each as of its own date (eso:StatusObservation). This module holds the one
rule that picks among them, so that the task card, the task list, the timeline, the responsibility
rows and the diagrams all say the same thing about the same day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

STATUS_CODES = ("not-started", "in-progress", "done")


@dataclass(frozen=True)
class Observation:
    """One observation: its IRI, the status IRI, the day it describes and the source's note."""

    iri: str
    status: str
    as_of: str
    note: str | None = None


def status_code(status_iri: str) -> str:
    """The code of a status concept: the last segment of its IRI (es:status/in-progress)."""
    return status_iri.rstrip("/").rsplit("/", 1)[-1]


def in_force(observations: list[Observation], day: str | None = None) -> Observation | None:
    """The latest observation dated on or before ``day`` (ISO date; today when None), else None.

    Two observations of the same day are ordered by IRI so the answer never depends on row order.
    """
    cutoff = day or date.today().isoformat()
    candidates = [o for o in observations if o.as_of <= cutoff]
    return max(candidates, key=lambda o: (o.as_of, o.iri)) if candidates else None

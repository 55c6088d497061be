"""One draft check as a value: what to check, and the one way to carry it out.

The API, the check page and the query workers all check a draft the same way: read it (an empty
body is an empty draft), check it on a date, and render the report when a format is asked for.
A request is a plain value so that it can be sent to a worker process that is killed when the
check passes its time or memory limit (kg_service.store.workers, issue 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kg_service.checks.overlay import Draft
from kg_service.checks.report import render

if TYPE_CHECKING:
    from kg_service.checks.model import CheckReport
    from kg_service.checks.runner import Checker


@dataclass(frozen=True)
class CheckRequest:
    """A draft (its bytes and reader: turtle, jsonld, csv or xlsx), the day and the report wanted."""

    body: bytes
    kind: str
    name: str = ""
    at: date | None = None
    fmt: str | None = None
    """json, md, html or pdf: the rendered report; None: the CheckReport itself (the web page)."""
    lang: str = "fi"


def perform(checker: Checker, request: CheckRequest) -> CheckReport | str | bytes:
    """Read and check the draft; the report in ``request.fmt``, or the result when none is asked."""
    body = request.body
    draft = checker.read(body, request.kind, request.name) if body.strip() else Draft.empty(request.name)
    result = checker.check(draft, request.at)
    return result if request.fmt is None else render(result, request.fmt, request.lang)

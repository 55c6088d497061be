"""The change routes: propose, list, approve or reject changesets, and read an entity's history.

Writes need a bearer token (kg_service.api.auth); reads are public. A proposal is validated at
once on the graph as it would be after the change: one that would break a shape is refused with
422 and its findings in the caller's language, and nothing is written. Approving applies at once
and atomically; the answer comes only after the change is durably applied.
"""

from __future__ import annotations

import json
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Header, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from kg_service.api.auth import editing_of, require
from kg_service.api.models import (
    ChangeDiff,
    ChangeList,
    ChangeRecord,
    ChangeValidation,
    History,
    Proposed,
)
from kg_service.api.negotiation import choose_language
from kg_service.editing.changeset import ChangeError, proposal_from_json
from kg_service.editing.journal import Change
from kg_service.queries.stored import ParamType, coerce_value

ChangeId = Annotated[
    str, Path(pattern=r"^[A-Za-z0-9._-]{1,80}$", description="a changeset's id, as POST /api/changes gave it")
]
"""A changeset id: made of the characters the journal mints ids from (any other is a 422, not a
failed IRI; issue 10's fuzzing found the 500)."""

router = APIRouter(prefix="/api", tags=["changes"])
MAX_BODY = 2_000_000
Lang = Annotated[str | None, Query(description="fi, sv or en (else Accept-Language)")]
AcceptLanguage = Annotated[str | None, Header()]


def change_record(change: Change) -> ChangeRecord:
    """A changeset for the caller: its state, who and when, reason, source and the diff."""
    applied = change.state == "applied"
    return ChangeRecord(
        id=change.id,
        state=change.state,
        reason=change.reason,
        source=change.source,
        proposedBy=change.proposed_by,
        proposedAt=change.proposed_at,
        reviewedBy=change.reviewed_by,
        appliedAt=change.applied_at if applied else None,
        version=change.sequence,
        diff=ChangeDiff(
            add=[str(t) + " ." for t in (change.added if applied else change.add)],
            remove=[str(t) + " ." for t in (change.removed if applied else change.remove)],
        ),
    )


async def _json_body(request: Request) -> object:
    """The request body as JSON, refused past MAX_BODY bytes before it is read in full."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise ChangeError(413, "body-too-large", None, limit=MAX_BODY)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY:
            raise ChangeError(413, "body-too-large", None, limit=MAX_BODY)
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ChangeError(400, "not-json", None) from None


@router.post(
    "/changes",
    status_code=201,
    response_model=Proposed,
    summary="Propose a changeset (editor): validated at once, refused with findings",
)
async def propose(request: Request, lang: Lang = None, accept_language: AcceptLanguage = None) -> Proposed:
    """Body: {"reason", "source", "add", "remove"} (Turtle, or JSON-LD with "format": "jsonld"),
    or a typed form {"kind": "add-assignment" | "end-assignment" | "set-status" | "add-task", ...}."""
    choose_language(lang, accept_language)
    user = require(request, "propose")
    editing = editing_of(request)
    body = await _json_body(request)
    proposal = proposal_from_json(body, editing.store.store)
    change_id, verdict = await run_in_threadpool(editing.propose, proposal, user)
    return Proposed(
        id=change_id,
        state="proposed",
        validation=ChangeValidation(
            mode=verdict.mode, focusNodes=verdict.focus, ms=round(verdict.seconds * 1000, 1)
        ),
    )


@router.get("/changes", response_model=ChangeList, summary="Changesets with their state and diff")
def changes(request: Request, state: str | None = None) -> ChangeList:
    """Every changeset, newest first; `state` keeps one state (proposed, rejected, approved, applied)."""
    editing = editing_of(request)
    found = [editing.journal.get(i) for i in reversed(editing.journal.ids())]
    items = [change_record(c) for c in found if c is not None and (state is None or c.state == state)]
    return ChangeList(version=editing.version, count=len(items), changes=items)


@router.get("/changes/{change_id}", response_model=ChangeRecord, summary="One changeset")
def change(request: Request, change_id: ChangeId) -> ChangeRecord:
    """One changeset with its diff."""
    found = editing_of(request).journal.get(change_id)
    if found is None:
        raise ChangeError(404, "no-such-change", "id", id=change_id)
    return change_record(found)


@router.post(
    "/changes/{change_id}/approve",
    response_model=ChangeRecord,
    summary="Approve and apply a changeset (approver)",
)
async def approve(request: Request, change_id: ChangeId) -> ChangeRecord:
    """Re-validates on the current graph, then applies all of the changeset or nothing."""
    user = require(request, "review")
    done = await run_in_threadpool(editing_of(request).review, change_id, user, True)
    return change_record(done)


@router.post(
    "/changes/{change_id}/reject", response_model=ChangeRecord, summary="Reject a changeset (approver)"
)
async def reject(request: Request, change_id: ChangeId) -> ChangeRecord:
    """The changeset stays in the journal as rejected; the graph is not touched."""
    user = require(request, "review")
    done = await run_in_threadpool(editing_of(request).review, change_id, user, False)
    return change_record(done)


@router.get(
    "/history",
    response_model=History,
    summary="What changed an entity: each applied change with its reason and source",
)
def history(request: Request, entity: Annotated[str, Query(description="an id, e.g. task/x")]) -> History:
    """Applied changesets whose added or removed triples mention the entity, oldest first."""
    editing = editing_of(request)
    iri = coerce_value("entity", ParamType.IRI, entity).value
    found = [editing.journal.get(i) for i in editing.journal.touching(ox.NamedNode(iri))]
    items = [change_record(c) for c in found if c is not None]
    return History(entity=iri, count=len(items), changes=items)

"""The workspace's forms for the common edits: a task's status as of a date, a new assignment, the
end of an assignment, a new task. Each needs a reason and a source.

A form is the web face of one typed form of POST /api/changes: its fields are read and checked
here (required, offered choices, real dates, bounded text) so the page can point at a field in
the page language; then the very same builder (kg_service.editing.changeset) and service
(Editing.propose) take over. A change that would break a shape is refused with its findings on
the page, and nothing is recorded: the graph stays exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kg_service.api.deps import AnswersDep
from kg_service.editing.changeset import MAX_TEXT, TYPED_FORMS, ChangeError, Proposal, proposal_from_json
from kg_service.editing.service import RefusedError
from kg_service.i18n import text
from kg_service.i18n.changes import TEXTS as CHANGE_TEXTS
from kg_service.i18n.web import WEB
from kg_service.web.change_views import COLUMNS, Namer, namer, view
from kg_service.web.choices import choices_for
from kg_service.web.edit_choices import edit_choices_for
from kg_service.web.forms import FieldError, date_value, read_form
from kg_service.web.session import (
    FORM_FIELD,
    WorkspaceRefusal,
    check_form_token,
    editing_or_refuse,
    require_user,
    signed_in,
)
from kg_service.web.sign_in import sign_in_first, with_lang
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Field:
    """One input of an edit form: the typed form's field name, its kind of input, whether required."""

    name: str
    widget: str
    required: bool = True


WHY = (Field("reason", "textarea"), Field("source", "text"))
"""Every form asks why and on what authority."""
PROVENANCE = (Field("derived_from", "location"), Field("confidence", "confidence"))
FORMS: dict[str, tuple[Field, ...]] = {
    "set-status": (
        Field("task", "task"),
        Field("status", "status"),
        Field("as_of", "date"),
        Field("note", "textarea", required=False),
        *PROVENANCE,
    ),
    "add-assignment": (
        Field("task", "task"),
        Field("actor", "actor"),
        Field("role", "role"),
        Field("start", "date"),
        Field("end", "date", required=False),
        *PROVENANCE,
    ),
    "end-assignment": (Field("assignment", "assignment"), Field("end", "date")),
    "add-task": (
        Field("id", "text"),
        Field("within", "container"),
        Field("label_fi", "text"),
        Field("label_sv", "text", required=False),
        Field("label_en", "text", required=False),
        *PROVENANCE,
    ),
}
"""The fields of each form, by the `kind` of its typed form (kg_service.editing.changeset)."""
assert set(FORMS) == set(TYPED_FORMS), "every typed form has a web form"  # noqa: S101


def fields_of(kind: str) -> tuple[Field, ...]:
    """A form's own fields, then reason and source."""
    return FORMS[kind] + WHY


def field_label(name: str, lang: str) -> str:
    """A field's name as its form shows it."""
    return text(WEB, f"edit.field.{name}", lang)


def read_fields(
    fields: tuple[Field, ...], raw: dict[str, str], offered: dict[str, set[str]], lang: str
) -> tuple[dict[str, str], list[FieldError]]:
    """The form's values (empty ones left out) and what is wrong with them."""
    values: dict[str, str] = {}
    errors: list[FieldError] = []
    for field in fields:
        given = (raw.get(field.name) or "").strip()
        if not given:
            if field.required:
                label = field_label(field.name, lang)
                errors.append(FieldError(field.name, text(WEB, "edit.required", lang, field=label)))
            continue
        if len(given) > MAX_TEXT:
            errors.append(FieldError(field.name, text(WEB, "error.too_long", lang, limit=MAX_TEXT)))
        elif field.widget == "date":
            found = date_value(given, field.name, lang, errors)
            if found:
                values[field.name] = found
        elif field.widget in offered and given not in offered[field.widget]:
            errors.append(FieldError(field.name, text(WEB, "error.unknown_choice", lang, value=given[:80])))
        else:
            values[field.name] = given
    return values, errors


def _offered(request: Request, answers: AnswersDep, lang: str) -> dict[str, set[str]]:
    """Every pick list's IRIs, by the widget that offers them."""
    state = request.app.state
    return choices_for(state, answers, lang).known() | edit_choices_for(state, answers, lang).known()


def shown_findings(refused: RefusedError, lang: str, name: Namer) -> list[dict[str, object]]:
    """A refusal's findings for the page, each with the language its message is in: a shape
    without a Swedish message speaks Finnish on a Swedish page, and says so (lang="fi")."""
    verdict = refused.verdict
    spoken = [
        lang if f.message.get(lang) else "fi" if f.message.get("fi") else "en" for f in verdict.new_violations
    ]
    spoken += [lang] * len(verdict.new_check_findings)  # the checks speak fi, sv and en
    return [
        found.model_dump() | {"focus_name": name(found.focus), "lang": language}
        for found, language in zip(refused.findings(lang), spoken, strict=True)
    ]


def _page(
    request: Request,
    answers: AnswersDep,
    kind: str,
    values: dict[str, str],
    errors: list[FieldError],
    findings: list[dict[str, object]],
    status: int = 200,
) -> HTMLResponse:
    lang = page_language(request)
    return render(
        request,
        "edit.html",
        f"edit.kind.{kind}",
        status_code=status,
        kind=kind,
        fields=fields_of(kind),
        values=values,
        errors=errors,
        findings=findings,
        choices=choices_for(request.app.state, answers, lang),
        edit=edit_choices_for(request.app.state, answers, lang),
        user=require_user(request, "propose"),
    )


def _known_kind(kind: str) -> str:
    if kind not in FORMS:
        raise WorkspaceRefusal(404, "edit.unknown_kind", "kind")
    return kind


@router.get("/workspace/edit/{kind}", response_class=HTMLResponse)
def edit_form(request: Request, kind: str, answers: AnswersDep) -> Response:
    """An empty form, or one filled from the address (a card's "change" link names its task)."""
    editing_or_refuse(request)
    lang = page_language(request)
    if signed_in(request) is None:
        return sign_in_first(request)
    kind = _known_kind(kind)
    offered = _offered(request, answers, lang)
    prefilled = {
        f.name: request.query_params[f.name]
        for f in fields_of(kind)
        if f.widget in offered and request.query_params.get(f.name) in offered[f.widget]
    }
    return _page(request, answers, kind, prefilled, [], [])


@router.post("/workspace/edit/{kind}", response_class=HTMLResponse)
async def propose(request: Request, kind: str, answers: AnswersDep) -> Response:
    """Check the form, build the typed changeset and propose it; refused changes stay on the page."""
    user = require_user(request, "propose")
    editing = editing_or_refuse(request)
    kind = _known_kind(kind)
    raw = await read_form(request)
    check_form_token(request, raw.get(FORM_FIELD))
    lang = page_language(request)
    values, errors = read_fields(fields_of(kind), raw, _offered(request, answers, lang), lang)
    shown = {k: v for k, v in raw.items() if k != FORM_FIELD}
    if errors:
        return _page(request, answers, kind, shown, errors, [], 422)
    try:
        proposal = proposal_from_json({"kind": kind, **values}, editing.store.store)
        change_id, _ = await run_in_threadpool(editing.propose, proposal, user)
    except RefusedError as refused:
        triples = proposal.add + proposal.remove
        findings = shown_findings(refused, lang, namer(request, answers, triples, lang))
        return _page(request, answers, kind, shown, [], findings, 422)  # the findings say it all
    except ChangeError as error:
        field = error.parameter
        label = field_label(field, lang) if field and f"edit.field.{field}" in WEB else field
        message = text(CHANGE_TEXTS, error.key, lang, **(error.values | {"field": label}))
        return _page(request, answers, kind, shown, [FieldError(field, message)], [], 422)
    return RedirectResponse(with_lang(f"/workspace/changes/{change_id}", lang), status_code=303)


@router.post("/workspace/changes/{change_id}/revert", response_class=HTMLResponse)
async def revert(request: Request, change_id: str, answers: AnswersDep) -> Response:
    """Propose the reverse of an applied change (what it added removed, what it removed put back),
    with its own reason and source: a revert is a new changeset, reviewed like any other."""
    user = require_user(request, "propose")
    editing = editing_or_refuse(request)
    raw = await read_form(request)
    check_form_token(request, raw.get(FORM_FIELD))
    change = editing.journal.get(change_id[:100])
    if change is None or change.state != "applied":
        raise WorkspaceRefusal(409, "revert.not_applied", "id")
    lang = page_language(request)
    values, errors = read_fields(WHY, raw, {}, lang)
    findings: list[dict[str, object]] = []
    if not errors:
        proposal = Proposal(values["reason"], values["source"], tuple(change.removed), tuple(change.added))
        try:
            reverse_id, _ = await run_in_threadpool(editing.propose, proposal, user)
            return RedirectResponse(with_lang(f"/workspace/changes/{reverse_id}", lang), status_code=303)
        except RefusedError as refused:
            findings = shown_findings(
                refused, lang, namer(request, answers, change.added + change.removed, lang)
            )
        except ChangeError as error:  # a later change took away what the revert would remove
            errors.append(FieldError(None, text(CHANGE_TEXTS, error.key, lang, **error.values)))
    return render(
        request,
        "change.html",
        "change.title",
        status_code=422,
        user=user,
        item=view(request, answers, change, lang),
        columns=COLUMNS,
        findings=findings,
        errors=errors,
        typed={k: v for k, v in raw.items() if k in ("reason", "source")},
    )

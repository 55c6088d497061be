"""The draft check page: upload a draft (CSV, XLSX, Turtle, JSON-LD), see the report, download it.

The upload is read by the same bounded reader as multipart POST /api/check and checked the same
way (kg_service.checks.request, in a worker killed at the time limit) on a private copy of the
graph, so page and API agree and nothing is written. The report's findings are shown here
(with a switch to hide what the graph already had) and can be downloaded as HTML, Markdown or
JSON: the three reports ride along in the page as data links, because the service keeps no state
between requests. A draft that cannot be read is a message in the page language pointing at its
line, cell or column. The form carries a token (kg_service.web.session), so another site cannot
make a visitor's browser post to it.
"""

from __future__ import annotations

import base64
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from kg_service.api.check import CONTENT_TYPES, MAX_BODY, run_check
from kg_service.api.deps import check_workers, client_slot, get_settings
from kg_service.api.upload import UploadError, read_upload
from kg_service.checks.errors import DraftError
from kg_service.checks.model import CheckReport
from kg_service.checks.report import DIFF_COLUMNS, diff_cells
from kg_service.checks.report import render as render_report
from kg_service.checks.request import CheckRequest
from kg_service.i18n import LANGUAGES, text
from kg_service.i18n.errors import ERRORS
from kg_service.i18n.web import WEB
from kg_service.web.forms import FieldError, date_value
from kg_service.web.session import FORM_FIELD, check_form_token
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)
REPORT_LANGUAGES = LANGUAGES
"""The languages the check messages are written in (kg_service.checks: fi, sv, en)."""
DOWNLOADS = (("html", "text/html"), ("md", "text/markdown"), ("json", "application/json"))


def report_language(asked: str | None, page: str) -> str:
    """The report's language: the one asked if the checks speak it, else Finnish."""
    if asked in REPORT_LANGUAGES:
        return asked
    return page if page in REPORT_LANGUAGES else "fi"


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request) -> HTMLResponse:
    """The upload form."""
    lang = page_language(request)
    return render(request, "check.html", "check.title", errors=[], result=None, chosen=_defaults(lang))


def _defaults(lang: str) -> dict[str, object]:
    return {"at": "", "report_lang": report_language(None, lang), "only_new": False}


@router.post("/check", response_class=HTMLResponse)
async def check_upload(request: Request) -> HTMLResponse:
    """Check the uploaded draft and show the report."""
    lang = page_language(request)
    errors: list[FieldError] = []
    chosen = _defaults(lang)
    try:
        upload = await read_upload(request, MAX_BODY, CONTENT_TYPES)
    except UploadError as error:
        errors.append(FieldError("draft", text(ERRORS, error.key, lang, **error.values)))
        return _page(request, errors, None, chosen)
    check_form_token(request, upload.fields.get(FORM_FIELD))  # a form other sites cannot post
    at = date_value(upload.fields.get("at"), "at", lang, errors)
    chosen = {
        "at": upload.fields.get("at", "")[:40],
        "report_lang": report_language(upload.fields.get("report_lang"), lang),
        "only_new": upload.fields.get("only_new") == "on",
    }
    if upload.kind is None:
        errors.append(FieldError("draft", text(ERRORS, "upload.unknown_type", lang, name=upload.name[:80])))
    if errors:
        return _page(request, errors, None, chosen)
    day = date.fromisoformat(at) if at else None
    check = CheckRequest(upload.body, upload.kind or "", upload.name, day)
    try:
        async with client_slot(request):
            workers = await run_in_threadpool(check_workers, request)
            result = await run_check(workers, get_settings(request), check)
    except DraftError as error:
        errors.append(FieldError("draft", _draft_message(error, lang)))
        return _page(request, errors, None, chosen)
    assert isinstance(result, CheckReport)  # noqa: S101 - no format asked: the result itself
    return _page(request, [], result, chosen)


def _draft_message(error: DraftError, lang: str) -> str:
    """Where the draft is unreadable, in the page language, then the reader's own words."""
    if error.line:
        where = text(WEB, "check.error.line", lang, line=error.line)
    elif error.cell:
        where = text(WEB, "check.error.cell", lang, cell=error.cell)
    elif error.column:
        where = text(WEB, "check.error.column", lang, column=error.column)
    else:
        where = text(WEB, "check.error.unreadable", lang)
    return text(WEB, "check.error.detail", lang, where=where, detail=error.text(lang)[:400])


def _page(
    request: Request, errors: list[FieldError], result: CheckReport | None, chosen: dict[str, object]
) -> HTMLResponse:
    report_lang = str(chosen["report_lang"])
    downloads = []
    if result is not None:
        for fmt, media in DOWNLOADS:
            body = str(render_report(result, fmt, report_lang)).encode("utf-8")
            downloads.append(
                {
                    "format": fmt,
                    "href": f"data:{media};charset=utf-8;base64,{base64.b64encode(body).decode('ascii')}",
                    "filename": f"check-{result.draft.name or 'draft'}.{fmt}".replace("/", "-"),
                }
            )
    return render(
        request,
        "check.html",
        "check.title",
        status_code=422 if errors else 200,
        errors=errors,
        result=result,
        chosen=chosen,
        report_lang=report_lang,
        diff_rows=diff_cells(result, report_lang) if result else [],
        diff_columns=DIFF_COLUMNS,
        downloads=downloads,
    )

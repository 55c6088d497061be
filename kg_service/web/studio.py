"""The diagram studio: pick kind, part, actor, date and language; preview; download every format.

The preview is the service's own SVG inlined (with its title and description), and the download
links are /api/diagrams addresses with the same choices, one per format the kind is drawn in, so
what a guidance author downloads is exactly what they saw.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg_service.answers.assemble import Answers, value
from kg_service.diagrams.registry import FORMATS
from kg_service.diagrams.tools import ToolMissingError
from kg_service.i18n import LANGUAGES, text
from kg_service.i18n.web import WEB
from kg_service.queries.stored import ParameterError
from kg_service.web.choices import Option, choices_for
from kg_service.web.embed import embed_cached
from kg_service.web.forms import FieldError, choice_value, date_value
from kg_service.web.templating import page_language, render

router = APIRouter(include_in_schema=False)


def parts(answers: Answers, lang: str) -> list[Option]:
    """The model's parts and workstreams, for the part filter."""
    nodes = {value(r, "node") or "" for r in answers.run("processes", {})}
    refs = answers.refs(nodes, lang)
    return sorted((Option(n, refs[n].label or n) for n in nodes), key=lambda o: o.label.casefold())


@router.get("/diagrams", response_class=HTMLResponse)
def studio(request: Request) -> HTMLResponse:
    """The studio form and, when a kind is chosen, its preview and downloads."""
    lang = page_language(request)
    answers: Answers = request.app.state.answers
    params = request.query_params
    errors: list[FieldError] = []
    choices = choices_for(request.app.state, answers, lang)
    part_options = parts(answers, lang)
    kind = params.get("kind") or "raci"
    if kind not in FORMATS:
        errors.append(FieldError("kind", text(WEB, "error.unknown_choice", lang, value=kind[:40])))
        kind = "raci"
    diagram_lang = params.get("diagram_lang") or lang
    if diagram_lang not in LANGUAGES:
        errors.append(
            FieldError("diagram_lang", text(WEB, "error.unknown_choice", lang, value=diagram_lang[:10]))
        )
        diagram_lang = lang
    chosen = {
        "kind": kind,
        "diagram_lang": diagram_lang,
        "part": choice_value(params.get("part"), "part", {o.id for o in part_options}, lang, errors),
        "actor": choice_value(params.get("actor"), "actor", choices.known()["actor"], lang, errors),
        "at": date_value(params.get("at"), "at", lang, errors),
    }
    preview, downloads = None, []
    if not errors and "kind" in params:
        try:
            preview = embed_cached(
                request.app.state, answers, kind, diagram_lang, chosen["at"], chosen["part"], chosen["actor"]
            )
        except ParameterError as error:
            errors.append(FieldError(error.parameter, text(WEB, "studio.error.filter", lang)))
        except ToolMissingError:
            errors.append(FieldError(None, text(WEB, "studio.error.tool", lang)))
        query = {k: v for k, v in chosen.items() if v and k not in ("kind", "diagram_lang")}
        query["lang"] = diagram_lang
        downloads = [
            {"format": fmt, "href": f"/api/diagrams/{kind}?" + urlencode(query | {"format": fmt})}
            for fmt in FORMATS[kind]
        ]
    return render(
        request,
        "studio.html",
        "studio.title",
        status_code=422 if errors else 200,
        errors=errors,
        kinds=list(FORMATS),
        parts=part_options,
        choices=choices,
        chosen=chosen | {"at": (params.get("at") or "")[:40]},
        preview=preview,
        downloads=downloads,
    )

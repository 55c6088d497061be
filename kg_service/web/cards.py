"""Readable cards for `/id/...` in a browser: actors, tasks, parts and workstreams, anything else.

A card reads like a page of a handbook, not a triple table: names in the three languages, what
the node is, its links to other actors on the chosen date (parent and sections, area of
competence, memberships, predecessors and successors), and duties on that date as sentences and
as a table with the legal basis linked to its Finlex ELI address and each source with its
locator. The data come from the same functions as the JSON API, so card and API cannot differ.
RDF stays one click away (the links at the top) and one Accept header away (same address).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse

from kg_service.answers.assemble import Answers
from kg_service.answers.labels import pick
from kg_service.answers.records import Ref, Responsibility
from kg_service.api import resources
from kg_service.namespaces import ESO, ORG, RDF
from kg_service.store.base import value
from kg_service.web.forms import FieldError, date_value
from kg_service.web.templating import page_language, render

ACTOR_TYPES = {
    "http://data.europa.eu/m8g/PublicOrganisation",
    str(ORG.Organization),
    str(ORG.OrganizationalUnit),
    str(ORG.OrganizationalCollaboration),
    str(ESO.WorkingGroup),
    str(ESO.ActorKind),
}
PROCESS_TYPES = {str(ESO.SteeringModel), str(ESO.ModelPart), str(ESO.Workstream)}
LINK_ORDER = (
    "successor:in",
    "successor:out",
    "subOrganizationOf:out",
    "subOrganizationOf:in",
    "competentFor:in",
    "competentFor:out",
    "memberOf:out",
    "memberOf:in",
)


@dataclass
class Link:
    """Another actor linked to this one, with the link's period and whether it holds on the date."""

    id: str
    label: str
    kind: str | None
    start: str | None
    end: str | None
    current: bool


def in_force(start: str | None, end: str | None, on: str) -> bool:
    """Whether a period (open ends allowed) contains the day ``on``."""
    return (not start or start <= on) and (not end or end >= on)


def chosen_date(request: Request, lang: str, errors: list[FieldError]) -> str:
    """The card's date: the `at` parameter, else today."""
    return date_value(request.query_params.get("at"), "at", lang, errors) or date.today().isoformat()


def actor_links(answers: Answers, iri: str, on: str, lang: str) -> list[tuple[str, list[Link]]]:
    """Links by relation and direction, in reading order; those in force on ``on`` first."""
    rows = answers.run("actor-links", {"actor": iri})
    others = {value(r, "other") or "" for r in rows} | {value(r, "kind") or "" for r in rows}
    refs = answers.refs(others, lang, on)
    grouped: dict[str, dict[str, Link]] = defaultdict(dict)
    for row in rows:
        key = f"{(value(row, 'relation') or '').rsplit('#', 1)[-1]}:{value(row, 'direction')}"
        other, kind = value(row, "other") or "", value(row, "kind")
        start, end = value(row, "start"), value(row, "end")
        grouped[key].setdefault(
            other,
            Link(
                other,
                refs[other].label or other,
                refs[kind].label if kind else None,
                start,
                end,
                in_force(start, end, on),
            ),
        )
    return [
        (key, sorted(grouped[key].values(), key=lambda link: (not link.current, link.label.casefold())))
        for key in LINK_ORDER
        if key in grouped
    ]


def finlex_links(answers: Answers, rows: list[Responsibility]) -> dict[str, str]:
    """The Finlex ELI address of every legal basis in the rows."""
    bases = {basis.id for row in rows for basis in row.legalBasis}
    found = answers.run_for_many("legal-acts", "basis", bases) if bases else []
    return {value(r, "basis") or "": value(r, "act") or "" for r in found}


def node_types(rows: list) -> set[str]:
    """The rdf:type values among a node's describe rows."""
    return {
        r["value"].value
        for r in rows
        if value(r, "direction") == "out" and r["property"].value == str(RDF.type)
    }


def card(request: Request, answers: Answers, iri: str, rows: list) -> HTMLResponse:
    """The card that suits the node's type."""
    lang = page_language(request)
    errors: list[FieldError] = []
    on = chosen_date(request, lang, errors)
    types = node_types(rows)
    common = {"iri": iri, "on": on, "errors": errors, "status_code": 422 if errors else 200}
    if types & ACTOR_TYPES:
        data = resources.actor(answers, iri, at=on, lang=lang, accept_language=None)
        duties = sorted(data["responsibilities"], key=_by_task)  # type: ignore[call-overload]
        return _render(
            request,
            "card_actor.html",
            data,
            common
            | {
                "links": actor_links(answers, iri, on, lang),
                "duties": duties,
                "finlex": finlex_links(answers, duties),
                "kinds": _refs(answers, data["facts"].get("classification", []), lang),  # type: ignore[attr-defined]
            },
        )
    if str(ESO.Task) in types:
        data = resources.task(answers, iri, at=on, lang=lang, accept_language=None)
        duties = sorted(data["responsibilities"], key=lambda r: (r.raci or "", _label(r.actor)))  # type: ignore[call-overload]
        return _render(
            request,
            "card_task.html",
            data,
            common | {"duties": duties, "finlex": finlex_links(answers, duties)},
        )
    if types & PROCESS_TYPES:
        data = resources.process(answers, iri, lang=lang, accept_language=None)
        duties = sorted(answers.responsibilities({"task": iri, "at": on}, lang), key=_by_task)
        return _render(
            request,
            "card_process.html",
            data,
            common | {"duties": duties, "finlex": finlex_links(answers, duties)},
        )
    return _render(
        request,
        "card_node.html",
        {"labels": answers.labels({iri}).get(iri, {})},
        common
        | {
            "statements": statements(answers, rows, lang),
        },
    )


def _label(ref: Ref | None) -> str:
    return (ref.label or "") if ref else ""


def _by_task(row: Responsibility) -> tuple[str, str]:
    return (_label(row.task).casefold(), row.raci or "")


def _refs(answers: Answers, iris: list[str], lang: str) -> list[Ref]:
    refs = answers.refs(set(iris), lang)
    return [refs[i] for i in sorted(iris)]


def _render(
    request: Request, template: str, data: dict[str, object], context: dict[str, object]
) -> HTMLResponse:
    lang = page_language(request)
    labels: dict[str, str] = data.get("labels") or {}  # type: ignore[assignment]
    heading = pick(labels, lang) or str(context["iri"])
    status = int(context.pop("status_code"))  # type: ignore[call-overload]
    return render(
        request,
        template,
        "card.title",
        status_code=status,
        title_text=heading,
        data=data,
        heading=heading,
        labels=labels,
        **context,
    )


def statements(answers: Answers, rows: list, lang: str) -> list[dict[str, object]]:
    """A node's statements with property and value labelled, for the card of any other node."""
    iris = {r[k].value for r in rows for k in ("property", "value") if isinstance(r[k], ox.NamedNode)}
    labels = answers.labels(iris)
    shown = []
    for row in rows[:500]:
        term = row["value"]
        shown.append(
            {
                "direction": value(row, "direction"),
                "property": row["property"].value,
                "property_label": pick(labels.get(row["property"].value), lang),
                "iri": term.value if isinstance(term, ox.NamedNode) else None,
                "text": pick(labels.get(term.value), lang) if isinstance(term, ox.NamedNode) else term.value,
                "language": term.language if isinstance(term, ox.Literal) else None,
            }
        )
    return shown

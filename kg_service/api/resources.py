"""Resources for actors, tasks, processes, the timeline and search.

Each handler binds the caller's parameters into one stored query, adds labels in the asked
language, and returns JSON. An id may be a full IRI, a prefixed name (es:actor/tem) or the part
after `id/` (actor/tem); an id the graph does not know is a 404.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from starlette.concurrency import run_in_threadpool

from kg_service.answers.assemble import Answers
from kg_service.answers.names import name_on
from kg_service.answers.records import DatedNameRecord
from kg_service.answers.status import STATUS_CODES
from kg_service.api.deps import AnswersDep, SearchDep
from kg_service.api.errors import NotFoundError
from kg_service.api.models import (
    ActorCard,
    ActorList,
    ProcessCard,
    ProcessList,
    SearchResults,
    TaskCard,
    TaskList,
    Timeline,
)
from kg_service.api.negotiation import choose_language
from kg_service.i18n.errors import Localised
from kg_service.queries.stored import ParameterError, ParamType, check_period, coerce_value
from kg_service.search.results import DEFAULT_LIMIT, MAX_LIMIT
from kg_service.search.results import search as run_search
from kg_service.store.base import Row, value

router = APIRouter(prefix="/api", tags=["resources"])
Lang = Annotated[str | None, Query(description="fi, sv or en (else Accept-Language)")]
AcceptLanguage = Annotated[str | None, Header()]
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)


async def answers_for(
    request: Request,
    recorded: Annotated[
        str | None,
        Query(description="what the graph said at the end of this day (YYYY-MM-DD, transaction time)"),
    ] = None,
) -> Answers:
    """The app's answers, or answers from the graph as recorded at the end of a past day.

    Asynchronous so that the usual case costs no hand-over to a worker thread; rebuilding a past
    graph is done in one.
    """
    state = request.app.state
    if recorded is None:
        answers: Answers = state.answers
        return answers
    try:
        day = date.fromisoformat(recorded)
    except ValueError:
        raise ParameterError("recorded", Localised("param.not_date", value=repr(recorded))) from None
    editing = getattr(state, "editing", None)
    if editing is None:
        raise ParameterError("recorded", Localised("param.no_history"))
    past = await run_in_threadpool(editing.recorded, day)
    return Answers(past, state.queries, state.settings.query_timeout)


RecordedAnswers = Annotated[Answers, Depends(answers_for)]
"""The answers as of `recorded` (transaction time) when the request gives it, else the current ones."""


def _labelled(
    answers: Answers, rows: Sequence[Mapping[str, object]], keys: tuple[str, ...], lang: str
) -> list[dict[str, object]]:
    """Replace the IRIs under ``keys`` with {id, label} in ``lang``."""
    iris = {str(row[k]) for row in rows for k in keys if row.get(k)}
    refs = answers.refs(iris, lang)
    return [{k: (refs[str(v)] if k in keys and v else v) for k, v in row.items()} for row in rows]


def _plain(rows: list[Row], columns: tuple[str, ...]) -> list[dict[str, object]]:
    return [{c: value(row, c) for c in columns} for row in rows]


def _must_exist(answers: Answers, raw_id: str, parameter: str) -> str:
    """The IRI of ``raw_id``, or a 404 when the graph has nothing about it."""
    iri = coerce_value(parameter, ParamType.IRI, raw_id).value
    if not answers.labels({iri}):
        raise NotFoundError(Localised("unknown_id", value=repr(raw_id)))
    return iri


@router.get(
    "/actors", response_model=ActorList, summary="Actors: organisations, units, groups and kinds of actor"
)
def actors(
    answers: AnswersDep,
    kind: str | None = None,
    at: str | None = None,
    lang: Lang = None,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """Every actor with its type, kind and dates; filter by kind or by existence on a date."""
    language = choose_language(lang, accept_language)
    raw = {k: v for k, v in {"kind": kind, "at": at}.items() if v}
    dates: dict[str, tuple[str | None, str | None]] = {}
    types: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in answers.run("actors", raw):
        iri = value(row, "actor") or ""
        dates.setdefault(iri, (value(row, "start"), value(row, "end")))
        types[iri].add(value(row, "type") or "")
        kind_iri = value(row, "actorKind")
        if kind_iri:
            kinds[iri].add(kind_iri)
    refs = answers.refs(set(dates) | {k for found in kinds.values() for k in found}, language, at)
    items = [
        {
            "actor": refs[iri],
            "types": sorted(types[iri]),
            "kinds": [refs[k] for k in sorted(kinds[iri])],
            "start": start,
            "end": end,
        }
        for iri, (start, end) in dates.items()
    ]
    return {"lang": language, "count": len(items), "actors": items}


@router.get("/actors/{actor_id:path}", response_model=ActorCard, summary="One actor and its responsibilities")
def actor(
    answers: AnswersDep,
    actor_id: str,
    at: str | None = None,
    lang: Lang = None,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """The actor's facts, labels in every language, its sub-organisations (a council's sections)
    and what it is responsible for."""
    language = choose_language(lang, accept_language)
    iri = _must_exist(answers, actor_id, "actor_id")
    facts: dict[str, list[str]] = defaultdict(list)
    for row in answers.run("actor-card", {"actor": iri}):
        facts[(value(row, "property") or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]].append(
            value(row, "value") or ""
        )
    raw = {"actor": iri} | ({"at": at} if at else {})
    day = _day(at) if at else None
    units = _plain(answers.run("sub-organisations", {"actor": iri}), ("unit", "start", "end"))
    return {
        "lang": language,
        "id": iri,
        "at": day,
        "labels": answers.labels({iri}, day).get(iri, {}),
        "names": _dated_names(answers, iri, day, language),
        "facts": dict(facts),
        "subOrganisations": _labelled(answers, units, ("unit",), language),
        "sources": answers.sources({iri}, language).get(iri, []),
        "responsibilities": answers.responsibilities(raw, language),
    }


def _dated_names(answers: Answers, iri: str, day: str | None, lang: str) -> list[DatedNameRecord]:
    """The node's dated names, oldest first, each marked whether it is the name on ``day``
    (today when None), with its confidence and sources."""
    names = answers.dated_names(iri)
    if not names:
        return []
    current = name_on(names, day or date.today().isoformat())
    nodes = {n.iri for n in names}
    facts = answers.facts_of(nodes)
    confidences = answers.refs({c for n in nodes for c in facts[n]["confidence"]}, lang)
    sources = answers.sources(nodes, lang)
    return [
        DatedNameRecord(
            id=n.iri,
            labels=n.labels,
            start=n.start,
            end=n.end,
            current=n == current,
            confidence=next((confidences[c] for c in facts[n.iri]["confidence"]), None),
            sources=sources.get(n.iri, []),
        )
        for n in names
    ]


@router.get("/tasks", response_model=TaskList, summary="Tasks of the steering model and of the law")
def tasks(
    answers: AnswersDep,
    within: str | None = None,
    status: Annotated[str | None, Query(description="not-started, in-progress or done")] = None,
    at: Annotated[str | None, Query(description="the day the status is in force (default today)")] = None,
    lang: Lang = None,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """Every task, or those inside one part or workstream, with parent, due date and the status in
    force on ``at``; ``status`` keeps the tasks whose status on that day has that code."""
    language = choose_language(lang, accept_language)
    day = _day(at)
    if status is not None and status not in STATUS_CODES:
        raise ParameterError("status", Localised("param.not_status", value=repr(status)))
    rows = _plain(answers.run("tasks", {"within": within} if within else {}), ("task", "parent"))
    facts = answers.task_facts({str(r["task"]) for r in rows}, day)
    statuses = answers.statuses(facts, language)
    for row in rows:
        fact = facts.get(str(row["task"]))
        row["due"] = fact.due if fact else None
    if status is not None:
        rows = [r for r in rows if (found := statuses.get(str(r["task"]))) and found.code == status]
    items = _with_status(_labelled(answers, rows, ("task", "parent"), language), "task", statuses)
    return {"lang": language, "at": day, "count": len(items), "tasks": items}


def _day(at: str | None) -> str:
    """The asked day as an ISO date (a 422 naming 'at' when it is not one), today when absent."""
    return str(coerce_value("at", ParamType.DATE, at).value) if at else date.today().isoformat()


def _with_status(
    items: list[dict[str, object]], key: str, statuses: Mapping[str, object]
) -> list[dict[str, object]]:
    """Each labelled item with the status object of the node under ``key`` (None when unknown)."""
    return [item | {"status": statuses.get(item[key].id)} for item in items]  # type: ignore[attr-defined]


@router.get(
    "/tasks/{task_id:path}",
    response_model=TaskCard,
    summary="One task: schedule, status, output, who does what",
)
def task(
    answers: RecordedAnswers,
    task_id: str,
    at: str | None = None,
    lang: Lang = None,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """The task card: labels, structure, schedules, status, outputs, responsibilities, sources."""
    language = choose_language(lang, accept_language)
    iri = coerce_value("task_id", ParamType.IRI, task_id).value
    day = _day(at)
    card = _plain(answers.run("task-card", {"task": iri}), ("relation", "value"))
    facts = answers.task_facts({iri}, day).get(iri)
    if facts is None:
        raise NotFoundError(Localised("unknown_task", value=repr(task_id)))
    relations: dict[str, list[object]] = defaultdict(list)
    links = answers.refs(
        {str(r["value"]) for r in card if str(r["value"]).startswith("http")} | facts.outputs,
        language,
    )
    for row in card:
        text = str(row["value"])
        relations[str(row["relation"])].append(links.get(text, text))
    raw = {"task": iri} | ({"at": at} if at else {})
    return {
        "lang": language,
        "id": iri,
        "labels": answers.labels({iri}).get(iri, {}),
        "at": day,
        "status": answers.statuses({iri: facts}, language).get(iri),
        "statusNote": facts.statusNote,
        "due": facts.due,
        "schedules": list(facts.schedules.values()),
        "outputs": [links[o] for o in sorted(facts.outputs)],
        "relations": dict(relations),
        "sources": answers.sources({iri}, language).get(iri, []),
        "responsibilities": answers.responsibilities(raw, language),
    }


@router.get("/processes", response_model=ProcessList, summary="The steering model's parts and workstreams")
def processes(
    answers: AnswersDep, lang: Lang = None, accept_language: AcceptLanguage = None
) -> dict[str, object]:
    """The model, its parts and workstreams, each with what it belongs to."""
    language = choose_language(lang, accept_language)
    rows = _plain(answers.run("processes", {}), ("node", "type", "parent"))
    return {"lang": language, "processes": _labelled(answers, rows, ("node", "parent"), language)}


@router.get(
    "/processes/{process_id:path}", response_model=ProcessCard, summary="One part or workstream and its tasks"
)
def process(
    answers: AnswersDep, process_id: str, lang: Lang = None, accept_language: AcceptLanguage = None
) -> dict[str, object]:
    """A part or workstream with every task inside it."""
    language = choose_language(lang, accept_language)
    iri = coerce_value("process_id", ParamType.IRI, process_id).value
    structure = [r for r in _plain(answers.run("processes", {}), ("node", "type", "parent"))]
    if iri not in {r["node"] for r in structure}:
        raise NotFoundError(Localised("unknown_process", value=repr(process_id)))
    inside = _plain(answers.run("tasks", {"within": iri}), ("task", "parent"))
    statuses = answers.statuses(answers.task_facts({str(r["task"]) for r in inside}), language)
    children = [r for r in structure if r["parent"] == iri]
    return {
        "lang": language,
        "id": iri,
        "labels": answers.labels({iri}).get(iri, {}),
        "children": _labelled(answers, children, ("node", "parent"), language),
        "tasks": _with_status(_labelled(answers, inside, ("task", "parent"), language), "task", statuses),
    }


def quarter_bounds(text: str) -> tuple[str, str]:
    """'2023-Q4' or '2023Q4' as its first and last day."""
    match = _QUARTER.match(text.strip())
    if not match:
        raise ParameterError("quarter", Localised("param.not_quarter", value=repr(text)))
    year, quarter = int(match.group(1)), int(match.group(2))
    first = date(year, 3 * quarter - 2, 1)
    last = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1).toordinal() - 1
    return first.isoformat(), date.fromordinal(last).isoformat()


@router.get("/timeline", response_model=Timeline, summary="What falls due between two dates or in a quarter")
def timeline(
    answers: AnswersDep,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
    quarter: str | None = None,
    lang: Lang = None,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """Tasks and milestones due in the period: who takes part, on what basis, what each produces."""
    language = choose_language(lang, accept_language)
    if quarter:
        from_, to = quarter_bounds(quarter)
    if not from_ or not to:
        raise ParameterError("from" if not from_ else "to", Localised("param.period_missing"))
    check_period(from_, to)
    rows = _plain(
        answers.run("due-between", {"from": from_, "to": to}),
        ("item", "type", "due", "start", "notation"),
    )
    facts = answers.task_facts({str(r["item"]) for r in rows if str(r["type"]).endswith("#Task")}, to)
    outputs = answers.refs({o for f in facts.values() for o in f.outputs}, language)
    statuses = answers.statuses(facts, language)
    for row in rows:
        row["responsibilities"] = (
            answers.responsibilities({"task": str(row["item"])}, language)
            if str(row["type"]).endswith("#Task")
            else []
        )
        produced = facts[str(row["item"])].outputs if str(row["item"]) in facts else set()
        row["outputs"] = [outputs[o] for o in sorted(produced)]
    return {
        "lang": language,
        "from": from_,
        "to": to,
        "count": len(rows),
        "items": _with_status(_labelled(answers, rows, ("item",), language), "item", statuses),
    }


@router.get("/search", response_model=SearchResults, summary="Search in fi, sv and en, inflected forms too")
def search(
    answers: AnswersDep,
    service: SearchDep,
    q: Annotated[str, Query(min_length=2, max_length=200)],
    lang: Annotated[str | None, Query(description="match only texts in fi, sv or en; label in it")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    accept_language: AcceptLanguage = None,
) -> dict[str, object]:
    """Nodes whose labels, alternative labels, notations or definitions match ``q``, best first.

    Finnish words are compared by base form and compound part (Voikko), Swedish and English by
    stem (Snowball), with a substring as the weaker signal; each hit says what kind of thing it is.
    """
    language = choose_language(lang, accept_language)
    results = run_search(answers, service, q, language, only_lang=lang, limit=limit)
    return {"q": q, "lang": language, "count": len(results), "results": results}

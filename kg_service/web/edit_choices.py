"""The pick lists of the edit forms beyond actors, tasks and roles: statuses, certainties, places
in sources, assignments and the workstreams, parts and tasks a new task can belong to.

Built from stored queries once per language and kept on the app until a change is applied
(kg_service.api.app.refresh_after_change forgets them), like the lists of kg_service.web.choices.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg_service.answers.assemble import Answers
from kg_service.namespaces import ES, ESO
from kg_service.store.base import value
from kg_service.web.choices import Option

Groups = list[tuple[str, list[Option]]]
"""Options under group headings (an <optgroup> each)."""
CONTAINER_TYPES = ((str(ESO.Workstream), "edit.group.workstreams"), (str(ESO.ModelPart), "edit.group.parts"))


@dataclass
class EditChoices:
    """The edit forms' lists in one language; group headings are labels or web text keys."""

    statuses: list[Option]
    confidences: list[Option]
    locations: Groups
    assignments: Groups
    containers: Groups
    languages: dict[str, str]
    """The language of each place in a source whose document says it has one (its locator is in it)."""

    def known(self) -> dict[str, set[str]]:
        """The IRIs each list offers, to refuse a value the form never offered."""

        def flat(groups: Groups) -> set[str]:
            return {o.id for _, options in groups for o in options}

        return {
            "status": {o.id for o in self.statuses},
            "confidence": {o.id for o in self.confidences},
            "location": flat(self.locations),
            "assignment": flat(self.assignments),
            "container": flat(self.containers),
        }


def _concepts(answers: Answers, scheme: str, lang: str) -> list[Option]:
    rows = answers.run("concepts-in-scheme", {"scheme": f"{ES}scheme/{scheme}"})
    iris = [value(r, "concept") or "" for r in rows]
    refs = answers.refs(set(iris), lang)
    return [Option(i, refs[i].label or i) for i in dict.fromkeys(iris)]


def _grouped(items: dict[str, list[Option]]) -> Groups:
    return [
        (group, sorted(options, key=lambda o: o.label.casefold()))
        for group, options in sorted(items.items(), key=lambda item: item[0].casefold())
    ]


def build_edit_choices(answers: Answers, lang: str) -> EditChoices:
    """Read the lists from the graph."""
    location_rows = answers.run("source-locations", {})
    documents = answers.refs({value(r, "document") or "" for r in location_rows}, lang)
    locations: dict[str, list[Option]] = defaultdict(list)
    languages: dict[str, str] = {}
    for row in location_rows:
        iri, document = value(row, "location") or "", value(row, "document") or ""
        locations[documents[document].label or document].append(Option(iri, value(row, "locator") or iri))
        if value(row, "language"):
            languages[iri] = value(row, "language") or ""

    assignment_rows = answers.run("assignments", {})
    named = {value(r, k) or "" for r in assignment_rows for k in ("task", "actor", "role")}
    refs = answers.refs(named, lang)
    assignments: dict[str, list[Option]] = defaultdict(list)
    for row in assignment_rows:
        period = f"{value(row, 'start') or '…'} – {value(row, 'end') or '…'}"
        actor, role = refs[value(row, "actor") or ""], refs[value(row, "role") or ""]
        label = f"{actor.label or actor.id}, {role.label or role.id} ({period})"
        task = refs[value(row, "task") or ""]
        assignments[task.label or task.id].append(Option(value(row, "assignment") or "", label))

    process_rows = answers.run("processes", {})
    process_refs = answers.refs({value(r, "node") or "" for r in process_rows}, lang)
    containers: Groups = []
    for type_iri, key in CONTAINER_TYPES:
        nodes = {value(r, "node") or "" for r in process_rows if value(r, "type") == type_iri}
        options = [Option(n, process_refs[n].label or n) for n in nodes]
        containers.append((key, sorted(options, key=lambda o: o.label.casefold())))
    task_iris = {value(r, "task") or "" for r in answers.run("tasks", {})}
    task_refs = answers.refs(task_iris, lang)
    tasks = [Option(i, task_refs[i].label or i) for i in task_iris]
    containers.append(("edit.group.tasks", sorted(tasks, key=lambda o: o.label.casefold())))
    return EditChoices(
        statuses=_concepts(answers, "statuses", lang),
        confidences=_concepts(answers, "confidence", lang),
        locations=_grouped(locations),
        assignments=_grouped(assignments),
        containers=containers,
        languages=languages,
    )


def edit_choices_for(app_state: object, answers: Answers, lang: str) -> EditChoices:
    """The lists in ``lang``, built on first use and kept on the app state."""
    cache: dict[str, EditChoices] = getattr(app_state, "web_edit_choices", None) or {}
    if lang not in cache:
        cache[lang] = build_edit_choices(answers, lang)
        app_state.web_edit_choices = cache  # type: ignore[attr-defined]
    return cache[lang]

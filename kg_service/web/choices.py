"""The pick lists of the forms (actors, tasks, roles), labelled in the page language.

The graph does not change while the service runs, so each list is built once per language and
kept on the app. Actors are grouped as a user looks for them: kinds of actor ("the ELY
centres"), organisations, then the 300-odd municipalities.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

from kg_service.answers.assemble import Answers
from kg_service.namespaces import ES, ESO
from kg_service.store.base import value

MUNICIPALITY_KIND = str(ES["kind/municipalities"])
ACTOR_KIND = str(ESO.ActorKind)


@dataclass(frozen=True)
class Option:
    """One choice: the node's IRI and its label."""

    id: str
    label: str


@dataclass
class Choices:
    """The form lists in one language."""

    actors: list[tuple[str, list[Option]]] = field(default_factory=list)
    tasks: list[Option] = field(default_factory=list)
    roles: list[Option] = field(default_factory=list)
    _actor_html: str | None = None
    _task_html: str | None = None

    def actor_options(self, selected: str | None, groups: dict[str, str]) -> Markup:
        """The actor <option>s grouped, rendered once per list and reused (400-odd of them)."""
        if self._actor_html is None:
            parts = []
            for group_key, options in self.actors:
                inner = "".join(f'<option value="{escape(o.id)}">{escape(o.label)}</option>' for o in options)
                parts.append(f'<optgroup label="{escape(groups[group_key])}">{inner}</optgroup>')
            self._actor_html = "".join(parts)
        return _select(self._actor_html, selected)

    def task_options(self, selected: str | None) -> Markup:
        """The task <option>s, rendered once and reused."""
        if self._task_html is None:
            self._task_html = "".join(
                f'<option value="{escape(o.id)}">{escape(o.label)}</option>' for o in self.tasks
            )
        return _select(self._task_html, selected)

    def known(self) -> dict[str, set[str]]:
        """The IRIs each list offers, to refuse a value the form never offered."""
        return {
            "actor": {o.id for _, group in self.actors for o in group},
            "task": {o.id for o in self.tasks},
            "role": {o.id for o in self.roles},
        }


def _select(options: str, selected: str | None) -> Markup:
    """``options`` (escaped HTML we built) with the one whose value is ``selected`` marked."""
    if selected:
        value = f'value="{escape(selected)}"'
        options = options.replace(value + ">", value + " selected>", 1)
    return Markup(options)  # noqa: S704 - every value and label in it went through escape()


def _sorted(answers: Answers, iris: set[str], lang: str) -> list[Option]:
    refs = answers.refs(iris, lang)
    return sorted((Option(i, refs[i].label or i) for i in iris), key=lambda o: o.label.casefold())


def build_choices(answers: Answers, lang: str) -> Choices:
    """Read the lists from the graph (stored queries ``actors``, ``tasks`` and ``roles``)."""
    kinds: set[str] = set()
    municipalities: set[str] = set()
    organisations: set[str] = set()
    for row in answers.run("actors", {}):
        actor = value(row, "actor") or ""
        if value(row, "type") == ACTOR_KIND:
            kinds.add(actor)
        elif value(row, "actorKind") == MUNICIPALITY_KIND:
            municipalities.add(actor)
        else:
            organisations.add(actor)
    organisations -= kinds | municipalities
    role_rows = answers.run("roles", {})
    role_refs = answers.refs({value(r, "role") or "" for r in role_rows}, lang)
    notation = {value(r, "role"): value(r, "notation") or "" for r in role_rows}
    broader = {value(r, "role"): value(r, "broader") for r in role_rows}

    def raci(role: str) -> str:
        own = notation.get(role, "")
        return own if len(own) == 1 else notation.get(broader.get(role), "")

    roles = [
        Option(role, f"{role_refs[role].label or role} ({raci(role)})")
        for role in (value(r, "role") or "" for r in role_rows)
    ]
    return Choices(
        actors=[
            ("form.kinds", _sorted(answers, kinds, lang)),
            ("form.organisations", _sorted(answers, organisations, lang)),
            ("form.municipalities", _sorted(answers, municipalities, lang)),
        ],
        tasks=_sorted(answers, {value(r, "task") or "" for r in answers.run("tasks", {})}, lang),
        roles=roles,
    )


def choices_for(app_state: object, answers: Answers, lang: str) -> Choices:
    """The lists in ``lang``, built on first use and kept on the app state."""
    cache: dict[str, Choices] = getattr(app_state, "web_choices", None) or {}
    if lang not in cache:
        cache[lang] = build_choices(answers, lang)
        app_state.web_choices = cache  # type: ignore[attr-defined]
    return cache[lang]

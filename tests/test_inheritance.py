"""The nearest scope's assignment wins (kg_service/answers/inheritance.py), with hand-made rows."""

from __future__ import annotations

from kg_service.answers.inheritance import farther_scopes, keep_nearest

ANCESTORS = {"task": {"ws", "part", "model"}, "ws": {"part", "model"}, "part": {"model"}, "model": set()}


def rows_of(*triples: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"task": t, "code": c, "via": v} for t, c, v in triples]


def run(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    calls: list[set[str]] = []

    def ancestors_of(scopes: set[str]) -> dict[str, set[str]]:
        calls.append(scopes)
        return {s: ANCESTORS[s] for s in scopes}

    kept = keep_nearest(rows, lambda r: (r["task"], r["code"], r["via"]), ancestors_of)
    assert len(calls) <= 1
    return kept


def test_own_assignment_beats_the_models() -> None:
    kept = run(rows_of(("task", "A", "model"), ("task", "A", "task"), ("task", "R", "model")))
    assert kept == rows_of(("task", "A", "task"), ("task", "R", "model"))


def test_workstream_beats_model_but_not_task() -> None:
    assert run(rows_of(("task", "A", "model"), ("task", "A", "ws"))) == rows_of(("task", "A", "ws"))
    assert run(rows_of(("task", "A", "ws"), ("task", "A", "task"), ("task", "A", "part"))) == rows_of(
        ("task", "A", "task")
    )


def test_two_assignments_on_the_same_scope_both_stay() -> None:
    rows = rows_of(("task", "A", "task"), ("task", "A", "task"))
    assert run(rows) == rows


def test_no_lookup_when_nothing_is_contested() -> None:
    rows = rows_of(("task", "A", "model"), ("other", "A", "task"))
    assert run(rows) == rows


def test_farther_scopes() -> None:
    assert farther_scopes({"task", "ws", "model"}, ANCESTORS) == {"ws", "model"}
    assert farther_scopes({"ws"}, ANCESTORS) == set()


def test_label_cache_survives_being_emptied(shipped_store, monkeypatch) -> None:
    """When the cache is full it is emptied and refilled: no label goes missing."""
    from kg_service.answers import assemble as answers_module
    from kg_service.answers.assemble import Answers
    from kg_service.queries.stored import load_queries

    monkeypatch.setattr(answers_module, "LABEL_CACHE_SIZE", 3)
    answers = Answers(shipped_store, load_queries())
    es = "https://w3id.org/fi-employment-steering/id/"
    first = answers.labels({es + "actor/tem", es + "actor/vm"})
    second = answers.labels({es + "actor/tem", es + "actor/keha", es + "actor/stm"})
    assert first[es + "actor/tem"]["sv"] == "arbets- och näringsministeriet"
    assert set(second) == {es + "actor/tem", es + "actor/keha", es + "actor/stm"}

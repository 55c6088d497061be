"""Reviewed changes over HTTP: sign-in, roles, proposals validated at once, approval, history.

A real service on 127.0.0.1 over a durable store in a fresh directory, real tokens from the
users file, real HTTP requests. The end-to-end "done when" path (the `kg` commands and a
restarted service process) is in test_changes_end_to_end.py.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.editing.changeset import proposal_from_json
from kg_service.editing.service import Editing
from kg_service.namespaces import ESO
from kg_service.quality.incremental import View
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.store.durable import memory_copy, read_only_durable
from kg_service.store.embedded import EmbeddedStore
from tests.conftest import ES
from tests.servers import running_app

PREFIXES = (
    "@prefix eso: <https://w3id.org/fi-employment-steering/ontology#> .\n"
    "@prefix adms: <http://www.w3.org/ns/adms#> .\n"
    "@base <https://w3id.org/fi-employment-steering/id/> .\n"
)
TASK = "task/steering-annual-clock"
STATUS_CHANGE = {
    "kind": "set-status",
    "reason": "Quarterly update of the annual clock's status",
    "source": "Steering unit memo 12/2026 (fictitious example)",
    "task": TASK,
    "status": "status/done",
    "as_of": "2026-11-30",
    "derived_from": "loc/seed-000/slide-6-row-1",
    "confidence": "confidence/inferred",
}
"""The typed form for a status as of a date: it adds one status observation (issue 8's pattern)."""
OBSERVATION = f"{ES}status-observation/steering-annual-clock/2026-11-30"
BROKEN = {
    "reason": "An end date before the start",
    "source": "example",
    "add": PREFIXES + '<assignment/set-national-objectives/tem/prepares> eso:endDate "2001-01-01"^^'
    "<http://www.w3.org/2001/XMLSchema#date> .",
}


def call(
    base: str, method: str, path: str, body: object = None, token: str | None = None, raw: bytes | None = None
):
    """One HTTP request; (status, JSON body)."""
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def page(base: str, path: str) -> str:
    """A web page's HTML."""
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return response.read().decode()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A service with its own durable store and three users; yields (base URL, tokens, editing)."""
    data_dir = tmp_path_factory.mktemp("kg-data")
    editing = Editing.open(data_dir, ontology_files() + instance_files())
    tokens = {
        "editor": editing.users.add("edna", "editor"),
        "approver": editing.users.add("aarne", "approver"),
        "second-approver": editing.users.add("aino", "approver"),
    }
    app = create_app(settings=Settings(data_dir=Path(data_dir)), editing=editing)
    with running_app(app) as base:
        yield base, tokens, editing


def triples(base: str) -> int:
    return call(base, "GET", "/health")[1]["triples"]


def test_a_status_change_is_proposed_approved_applied_and_recorded(workspace) -> None:
    base, tokens, _ = workspace
    count = triples(base)
    before = call(base, "GET", f"/api/tasks/{TASK}")[1]["status"]
    assert before["id"] != ES + "status/done"
    status, proposed = call(base, "POST", "/api/changes", STATUS_CHANGE, tokens["editor"])
    assert status == 201 and proposed["state"] == "proposed"
    assert call(base, "GET", f"/api/tasks/{TASK}")[1]["status"]["id"] == before["id"]  # not yet applied
    listed = call(base, "GET", "/api/changes?state=proposed")[1]["changes"]
    assert [c["id"] for c in listed] == [proposed["id"]]
    added = listed[0]["diff"]["add"]
    assert f"<{ES}{TASK}> <{ESO}statusObservation> <{OBSERVATION}> ." in added
    assert f"<{OBSERVATION}> <{ESO}statusValue> <{ES}status/done> ." in added
    assert listed[0]["diff"]["remove"] == []

    version = call(base, "GET", "/health")[1]["version"]
    status, approved = call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=tokens["approver"])
    assert status == 200 and approved["state"] == "applied" and approved["reviewedBy"] == "aarne"
    assert call(base, "GET", "/health")[1]["version"] != version  # caches and query workers follow
    ask = f"ASK {{ <{OBSERVATION}> <{ESO}statusValue> <{ES}status/done> }}"
    sparql = "/sparql?" + urllib.parse.urlencode({"query": ask, "format": "json"})
    assert call(base, "GET", sparql)[1]["boolean"] is True  # the SPARQL workers see it
    after = call(base, "GET", f"/api/tasks/{TASK}?at=2026-12-01")[1]["status"]
    assert (after["id"], after["asOf"]) == (ES + "status/done", "2026-11-30")
    earlier = call(base, "GET", f"/api/tasks/{TASK}?at=2026-11-29")[1]["status"]
    assert earlier["id"] == before["id"]  # valid time: the new observation starts on its date
    assert triples(base) == count + len(added)

    history = call(base, "GET", f"/api/history?entity={TASK}")[1]
    assert [(c["id"], c["reason"], c["source"]) for c in history["changes"]] == [
        (proposed["id"], STATUS_CHANGE["reason"], STATUS_CHANGE["source"])
    ]
    assert sorted(history["changes"][0]["diff"]["add"]) == sorted(added)
    # transaction time: on a day before the change the graph said what it said before
    past = call(base, "GET", f"/api/tasks/{TASK}?at=2026-12-01&recorded=2020-01-01")[1]
    assert past["status"]["id"] == before["id"]
    rows = call(base, "GET", f"/api/responsibilities?task={TASK}&recorded=2020-01-01")[1]
    assert rows["filters"]["recorded"] == "2020-01-01" and rows["count"] > 0
    # revert is a new changeset; the approved one cannot be approved again
    again = call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=tokens["second-approver"])
    assert again[0] == 409


def test_an_invalid_change_is_refused_with_findings_in_the_callers_language(workspace) -> None:
    base, tokens, _ = workspace
    count = triples(base)
    before = call(base, "GET", "/api/changes")[1]["count"]
    status, body = call(base, "POST", "/api/changes?lang=fi", BROKEN, tokens["editor"])
    assert status == 422
    finding = body["error"]["findings"][0]
    assert finding["shape"].endswith("PeriodOrderShape-order")
    assert finding["focus"] == ES + "assignment/set-national-objectives/tem/prepares"
    assert finding["message"].startswith("Alkupäivä on loppupäivän jälkeen")
    assert "graafi on ennallaan" in body["error"]["message"]
    status, body = call(base, "POST", "/api/changes?lang=en", BROKEN, tokens["editor"])
    assert body["error"]["findings"][0]["message"].startswith("The start date is after the end date")
    assert triples(base) == count
    assert call(base, "GET", "/api/changes")[1]["count"] == before  # nothing recorded


CYCLE = {
    "reason": "Each task waits for the other",
    "source": "example",
    "add": PREFIXES
    + "@prefix dct: <http://purl.org/dc/terms/> .\n"
    + "<task/steering-annual-clock> dct:requires <task/steering-knowledge-base> .\n"
    + "<task/steering-knowledge-base> dct:requires <task/steering-annual-clock> .\n",
}
"""Breaks no shape, but the coherence check of dependency cycles (CHK-DEP-CYCLE)."""


def test_a_change_breaking_a_coherence_check_but_no_shape_is_refused(workspace) -> None:
    base, tokens, editing = workspace
    count = triples(base)
    before = call(base, "GET", "/api/changes")[1]["count"]
    proposal = proposal_from_json(CYCLE, editing.store.store)
    shapes_only = editing.validator.findings_on(
        View(editing.store.store, proposal.add), {t.subject for t in proposal.add}, after=True
    )
    assert not any(f.severity.value == "Violation" for f in shapes_only.shapes)  # no shape objects
    status, body = call(base, "POST", "/api/changes?lang=fi", CYCLE, tokens["editor"])
    assert status == 422
    assert [f["check"] for f in body["error"]["findings"]] == ["CHK-DEP-CYCLE"]
    finding = body["error"]["findings"][0]
    assert finding["key"] == sorted([f"{ES}task/steering-annual-clock", f"{ES}task/steering-knowledge-base"])
    assert finding["message"].startswith("Tehtävät riippuvat toisistaan kehässä:")
    assert "graafi on ennallaan" in body["error"]["message"]
    swedish = call(base, "POST", "/api/changes?lang=sv", CYCLE, tokens["editor"])[1]
    assert swedish["error"]["findings"][0]["message"].startswith("Uppgifterna beror på varandra i en cirkel:")
    assert triples(base) == count
    assert call(base, "GET", "/api/changes")[1]["count"] == before  # nothing recorded


@pytest.mark.parametrize(
    ("body", "status", "parameter"),
    [
        ({"source": "x", "add": PREFIXES}, 422, "reason"),
        ({"reason": "x", "add": PREFIXES}, 422, "source"),
        ({"reason": "x", "source": "y", "add": "<a> <b"}, 400, "add"),
        ({"reason": "x", "source": "y", "add": "_:b <http://x/p> <http://x/o> ."}, 422, "add"),
        ({"reason": "x", "source": "y"}, 422, "add"),
        (
            {"reason": "x", "source": "y", "remove": PREFIXES + f"<{TASK}> adms:status <status/never> ."},
            422,
            "remove",
        ),
        (
            {
                "reason": "x",
                "source": "y",
                "add": "<https://w3id.org/fi-employment-steering/ontology#Task> "
                '<http://www.w3.org/2000/01/rdf-schema#label> "x" .',
            },
            422,
            "add",
        ),
        ({"reason": "x", "source": "y", "kind": "rename-everything"}, 422, "kind"),
        (
            {
                "reason": "x",
                "source": "y",
                "kind": "end-assignment",
                "assignment": "nope",
                "end": "2030-01-01",
            },
            422,
            "assignment",
        ),
        ([1, 2], 422, None),
    ],
)
def test_bad_changesets_are_clear_4xx_and_write_nothing(workspace, body, status, parameter) -> None:
    base, tokens, _ = workspace
    count, listed = triples(base), call(base, "GET", "/api/changes")[1]["count"]
    answer = call(base, "POST", "/api/changes", body, tokens["editor"])
    assert answer[0] == status and answer[1]["error"]["parameter"] == parameter
    assert triples(base) == count and call(base, "GET", "/api/changes")[1]["count"] == listed


def test_a_body_that_is_not_json_or_too_large_is_refused(workspace) -> None:
    base, tokens, _ = workspace
    assert call(base, "POST", "/api/changes", raw=b"{not json", token=tokens["editor"])[0] == 400
    huge = b'{"reason": "' + b"x" * 2_100_000 + b'"}'
    # refused from its Content-Length before it is read (httpx reads the answer sent while it writes)
    refused = httpx.post(
        base + "/api/changes",
        content=huge,
        headers={"Authorization": f"Bearer {tokens['editor']}", "Content-Type": "application/json"},
        timeout=60,
    )
    assert refused.status_code == 413 and refused.json()["error"]["status"] == 413


def test_typed_forms_add_and_end_an_assignment(workspace) -> None:
    base, tokens, _ = workspace
    form = {
        "kind": "add-assignment",
        "reason": "Decree 1/2026 (fictitious) names TEM as consulted",
        "source": "example",
        "task": "steering-annual-clock",
        "actor": "tem",
        "role": "consulted",
        "start": "2026-01-01",
        "derived_from": "loc/seed-000/slide-3",
        "confidence": "confirmed",
    }
    # the task's only accountable (inherited from the model) served 2023-04-01 - 2024-12-31: a
    # duty starting in 2026 would be in force on a day nobody is accountable (a coherence check)
    status, refused = call(base, "POST", "/api/changes", form, tokens["editor"])
    assert status == 422
    assert [(f["check"], f["key"]) for f in refused["error"]["findings"]] == [
        ("CHK-ACC-NONE", [f"{ES}{TASK}", "2026-01-01"])
    ]
    form["start"] = "2024-01-01"
    status, proposed = call(base, "POST", "/api/changes", form, tokens["editor"])
    assert status == 201, proposed
    assert call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=tokens["approver"])[0] == 200
    node = "assignment/steering-annual-clock/tem/consulted"
    rows = call(base, "GET", f"/api/responsibilities?task={TASK}&actor=actor/tem&role=role/consulted")[1][
        "rows"
    ]
    assert rows and {r["period"]["start"] for r in rows if r["assignment"].endswith("tem/consulted")} == {
        "2024-01-01"
    }
    end = {
        "kind": "end-assignment",
        "reason": "Reform",
        "source": "example",
        "assignment": node,
        "end": "2024-06-30",
    }
    status, proposed = call(base, "POST", "/api/changes", end, tokens["editor"])
    assert status == 201
    assert call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=tokens["approver"])[0] == 200
    later = call(
        base, "GET", f"/api/responsibilities?task={TASK}&actor=actor/tem&role=role/consulted&at=2024-08-01"
    )
    assert later[1]["count"] == 0
    history = call(base, "GET", f"/api/history?entity={node}")[1]
    assert [c["reason"] for c in history["changes"]] == [form["reason"], "Reform"]


def test_typed_forms_set_a_status_as_of_a_date_and_add_a_task(workspace) -> None:
    base, tokens, _ = workspace
    status_form = {
        "kind": "set-status",
        "reason": "Steering group minutes report the annual clock done",
        "source": "Minutes 3/2026 (fictitious example)",
        "task": TASK,
        "status": "done",
        "as_of": "2026-03-31",
        "derived_from": "loc/seed-000/slide-3",
        "confidence": "confirmed",
        "note": "vuosikello valmis",
    }
    status, proposed = call(base, "POST", "/api/changes", status_form, tokens["editor"])
    assert status == 201, proposed
    assert call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=tokens["approver"])[0] == 200
    observation = f"<{ES}status-observation/steering-annual-clock/2026-03-31>"
    added = call(base, "GET", f"/api/changes/{proposed['id']}")[1]["diff"]["add"]
    assert (
        f"<{ES}{TASK}> <https://w3id.org/fi-employment-steering/ontology#statusObservation> {observation} ."
        in added
    )
    assert any(line.startswith(observation) and '"2026-03-31"^^' in line for line in added)

    task_form = {
        "kind": "add-task",
        "reason": "Decree 2/2026 (fictitious) adds a reporting duty",
        "source": "example",
        "id": "report-quarterly-example",
        "within": "workstream/annual-clocks",
        "label_fi": "Raportoidaan neljännesvuosittain",
        "label_sv": "Rapportering kvartalsvis",
        "label_en": "Report quarterly",
        "derived_from": "loc/seed-000/slide-3",
        "confidence": "unconfirmed",
    }
    assert task_form["label_fi"] not in page(base, "/?lang=fi")  # the front page's pick list, now cached
    status, proposed = call(base, "POST", "/api/changes", task_form, tokens["editor"])
    assert status == 201, proposed
    assert call(base, "POST", f"/api/changes/{proposed['id']}/approve", token=tokens["approver"])[0] == 200
    assert task_form["label_fi"] in page(base, "/?lang=fi")  # an applied change reaches the pages at once
    card = call(base, "GET", "/api/tasks/task/report-quarterly-example?lang=sv")[1]
    assert card["labels"]["sv"] == "Rapportering kvartalsvis"
    # the same id again is refused: a typed form never overwrites an existing task
    assert call(base, "POST", "/api/changes", task_form, tokens["editor"])[1]["error"]["parameter"] == "id"


def test_the_graph_read_in_memory_is_the_graph_on_disk_after_an_applied_change(tmp_path) -> None:
    """The service reads a copy of the durable store's graph in memory: an applied change
    changes both alike, and a copy made again from the disk (as at a restart) is the same."""
    editing = Editing.open(tmp_path, ontology_files() + instance_files())
    editor = editing.users.authenticate(editing.users.add("edna", "editor"))
    approver = editing.users.authenticate(editing.users.add("aarne", "approver"))
    assert editor is not None and approver is not None
    assert editing.store.store is not editing.journal.store
    change_id, _ = editing.propose(proposal_from_json(STATUS_CHANGE, editing.store.store), editor)
    assert editing.review(change_id, approver, approve=True).state == "applied"
    default = ox.DefaultGraph()
    on_disk = set(editing.journal.store.quads_for_pattern(None, None, None, default))
    in_memory = set(editing.store.store)
    assert (
        ox.Quad(
            ox.NamedNode(OBSERVATION),
            ox.NamedNode(ESO + "statusValue"),
            ox.NamedNode(ES + "status/done"),
            default,
        )
        in in_memory
    )
    assert in_memory == on_disk
    assert set(memory_copy(EmbeddedStore(editing.journal.store)).store) == in_memory


def test_read_only_opens_of_the_durable_store_agree_on_its_version_until_a_change(tmp_path) -> None:
    """Each HTTP worker of `kg serve --workers N --read-only` opens the store itself: they must
    give the same graph the same version (so one's ETag is another's), and a changed graph another."""
    editing = Editing.open(tmp_path, ontology_files() + instance_files())
    first, second = read_only_durable(tmp_path), read_only_durable(tmp_path)
    assert first is not None and second is not None
    assert first.version() == second.version()
    editor = editing.users.authenticate(editing.users.add("edna", "editor"))
    approver = editing.users.authenticate(editing.users.add("aarne", "approver"))
    assert editor is not None and approver is not None
    change_id, _ = editing.propose(proposal_from_json(STATUS_CHANGE, editing.store.store), editor)
    proposed = read_only_durable(tmp_path)
    assert proposed is not None and proposed.version() == first.version()  # a proposal changes nothing
    assert editing.review(change_id, approver, approve=True).state == "applied"
    changed, again = read_only_durable(tmp_path), read_only_durable(tmp_path)
    assert changed is not None and again is not None
    assert changed.version() == again.version() != first.version()


def test_roles_and_tokens(workspace, caplog) -> None:
    base, tokens, editing = workspace
    caplog.set_level(logging.DEBUG)
    status, proposed = call(
        base,
        "POST",
        "/api/changes",
        BROKEN | {"add": ""} | {"add": PREFIXES + f'<{TASK}> eso:statusNote "x" .'},
        tokens["editor"],
    )
    assert status == 201
    change = proposed["id"]
    assert call(base, "POST", f"/api/changes/{change}/approve")[0] == 401
    assert call(base, "POST", f"/api/changes/{change}/approve", token=tokens["editor"])[0] == 403
    wrong = "edna.wrong-secret"
    assert call(base, "POST", f"/api/changes/{change}/approve", token=wrong)[0] == 401
    # the approver may not approve their own proposal
    status, own = call(
        base,
        "POST",
        "/api/changes",
        {**STATUS_CHANGE, "as_of": "2026-11-29"},
        tokens["approver"],
    )
    assert status == 201
    assert call(base, "POST", f"/api/changes/{own['id']}/approve", token=tokens["approver"])[0] == 403
    assert (
        call(base, "POST", f"/api/changes/{change}/reject", token=tokens["approver"])[1]["state"]
        == "rejected"
    )
    # a user added while the service runs can call it at once; a revoked one is refused at once
    late = editing.users.add("late", "editor")
    assert call(base, "POST", "/api/changes", [], late)[0] == 422
    editing.users.revoke("late")
    assert call(base, "POST", "/api/changes", [], late)[0] == 401
    secrets = [t.split(".", 1)[1] for t in tokens.values()] + [late.split(".", 1)[1]]
    logged = caplog.text
    assert not any(secret in logged for secret in secrets)
    stored = (editing.users.path).read_text()
    assert not any(secret in stored for secret in secrets) and "$argon2" in stored


def test_failed_sign_ins_are_rate_limited(tmp_path) -> None:
    editing = Editing.open(tmp_path, ontology_files() + instance_files())
    token = editing.users.add("ulla", "editor")
    with running_app(create_app(settings=Settings(data_dir=tmp_path), editing=editing)) as base:
        answers = [call(base, "POST", "/api/changes", [], f"ulla.guess-{n}")[0] for n in range(12)]
        assert answers[:10] == [401] * 10 and answers[10:] == [429, 429]
        # while blocked even the right token waits: guessing gains nothing
        status, body = call(base, "POST", "/api/changes", [], token)
        assert status == 429 and token not in json.dumps(body)


READ_ONLY_POSTS = {"/sparql", "/api/check", "/api/queries/{name}", "/check"}
"""POST routes that only read (a query, a draft check, the check page): they stay public."""
SIGN_IN = "/sign-in"
"""The one public POST that is no read: signing in (CSRF-protected and rate-limited, tested in
tests/test_web_workspace.py)."""
CONCRETE = {"{change_id}": "20260101T000000000000-abcdef", "{name}": "x", "{kind}": "set-status"}


def served_routes(routes) -> list[tuple[str, set[str]]]:
    """(path, methods) of every route, inside included routers too (FastAPI 0.16x nests them)."""
    found = []
    for route in routes:
        if hasattr(route, "effective_candidates"):
            found += [(c.path, set(c.methods or ())) for c in route.effective_candidates()]
        elif getattr(route, "methods", None):
            found.append((route.path, set(route.methods)))
        elif hasattr(route, "routes"):
            found += served_routes(route.routes)
    return found


def web_session(base: str, editing: Editing, name: str, role: str) -> str:
    """A web session cookie of a new user with ``role`` (signed in through the sign-in form)."""
    password = f"{name}-example-passphrase"
    editing.users.add(name, role, password)
    with httpx.Client(base_url=base, timeout=60) as browser:
        form = browser.get("/sign-in").text
        token = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        answer = browser.post("/sign-in", data={"csrf": token, "username": name, "password": password})
        assert answer.status_code == 303
        return browser.cookies["kg_session"]


def test_every_write_route_refuses_anonymous_and_under_privileged_callers(workspace) -> None:
    """Walks the app's own routes (pages and API, in the OpenAPI description or not): the API's by
    bearer token, the web workspace's by session cookie."""
    base, tokens, editing = workspace
    app = create_app(settings=Settings(data_dir=editing.users.path.parent), editing=editing)
    writes: dict[str, set[str]] = {}
    for path, methods in served_routes(app.routes):
        if methods - {"GET", "HEAD", "OPTIONS"} and path not in READ_ONLY_POSTS | {SIGN_IN}:
            writes.setdefault(path, set()).update(methods - {"GET", "HEAD", "OPTIONS"})
    assert {
        "/api/changes",
        "/api/changes/{change_id}/approve",
        "/api/changes/{change_id}/reject",
        "/workspace/edit/{kind}",
        "/workspace/changes/{change_id}/approve",
        "/workspace/changes/{change_id}/reject",
        "/sign-out",
    } <= set(writes)
    editor_session = web_session(base, editing, "walk-editor", "editor")
    count = triples(base)
    for path, methods in writes.items():
        concrete = path
        for placeholder, example in CONCRETE.items():
            concrete = concrete.replace(placeholder, example)
        reviews = "approve" in path or "reject" in path
        for method in methods:
            assert call(base, method, concrete, {})[0] == 401, (method, path)
            assert call(base, method, concrete, {}, "nobody.secret")[0] == 401, (method, path)
            if path.startswith("/api/"):
                if reviews:
                    assert call(base, method, concrete, {}, tokens["editor"])[0] == 403, (method, path)
                continue
            forged = httpx.request(method, base + concrete, cookies={"kg_session": "f" * 43}, timeout=60)
            assert forged.status_code == 401, (method, path)
            as_editor = httpx.request(
                method, base + concrete, cookies={"kg_session": editor_session}, timeout=60
            )
            # an editor may not review; where an editor may act, the missing form token refuses
            assert as_editor.status_code == 403, (method, path)
            assert as_editor.json()["error"]["parameter"] == (None if reviews else "csrf"), (method, path)
    assert triples(base) == count


def test_every_change_text_is_in_finnish_swedish_and_english() -> None:
    from kg_service.i18n import missing_translations
    from kg_service.i18n.changes import TEXTS

    assert missing_translations(TEXTS) == []

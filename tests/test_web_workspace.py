"""The web workspace over real HTTP: sign-in with a password and a session cookie, CSRF tokens on
every form, the edit forms, the review queue, approving and rejecting, and the history page.

A real service on 127.0.0.1 over a durable store in a fresh directory, users with Argon2 password
hashes, a real HTTP client keeping cookies as a browser does. The browser itself (keyboard, axe,
screenshots) is in tests/browser/test_workspace.py.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import httpx
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.editing.service import Editing
from kg_service.namespaces import ESO
from kg_service.rdf.files import instance_files, ontology_files
from kg_service.web.edit_forms import FORMS
from tests.conftest import ES
from tests.language import english_leaks
from tests.servers import running_app

PASSWORDS = {
    "edna": "edna-example-passphrase",
    "aarne": "aarne-example-passphrase",
    "aino": "aino-example-pass",
}
"""Fictitious users and passwords (no person behind them)."""
TASK = ES + "task/steering-annual-clock"
STATUS_FORM = {
    "task": TASK,
    "status": ES + "status/done",
    "as_of": "2026-11-30",
    "derived_from": ES + "loc/seed-000/slide-6-row-1",
    "confidence": ES + "confidence/inferred",
    "reason": "Neljännesvuosipäivitys (esimerkki)",
    "source": "Ohjausyksikön muistio 12/2026 (kuvitteellinen)",
}
BROKEN_ASSIGNMENT = {
    "task": TASK,
    "actor": ES + "actor/tem",
    "role": ES + "role/accountable",
    "start": "2026-01-01",
    "end": "2025-01-01",
    "derived_from": ES + "loc/seed-000/slide-6-row-1",
    "confidence": ES + "confidence/inferred",
    "reason": "Esimerkki: loppu ennen alkua",
    "source": "Kuvitteellinen lähde",
}
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Iterator[tuple[str, Editing]]:
    """A service with its own durable store and an editor and two approvers with passwords."""
    data_dir = tmp_path_factory.mktemp("kg-web-data")
    editing = Editing.open(data_dir, ontology_files() + instance_files())
    editing.users.add("edna", "editor", PASSWORDS["edna"])
    editing.users.add("aarne", "approver", PASSWORDS["aarne"])
    editing.users.add("aino", "approver", PASSWORDS["aino"])
    editing.users.add("tokenonly", "approver")  # an API user without a password
    app = create_app(settings=Settings(data_dir=Path(data_dir)), editing=editing)
    with running_app(app) as base:
        yield base, editing


def token_of(html: str) -> str:
    """The form token a page's forms carry."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form token"
    return found.group(1)


def signed_in(base: str, name: str) -> httpx.Client:
    """A client (a browser's cookie jar) signed in as ``name``."""
    client = httpx.Client(base_url=base, timeout=60, headers=HTML)
    form = client.get("/sign-in?lang=fi").text
    answer = client.post(
        "/sign-in?lang=fi",
        data={"csrf": token_of(form), "username": name, "password": PASSWORDS[name], "next": "/workspace"},
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/workspace?lang=fi"
    return client


def propose(client: httpx.Client, kind: str, form: dict[str, str], lang: str = "fi") -> httpx.Response:
    page = client.get(f"/workspace/edit/{kind}?lang={lang}")
    assert page.status_code == 200
    return client.post(f"/workspace/edit/{kind}?lang={lang}", data=form | {"csrf": token_of(page.text)})


def triples(editing: Editing) -> int:
    return editing.store.triple_count()


def test_signed_out_browsers_are_sent_to_sign_in_and_programs_get_401(workspace) -> None:
    base, _ = workspace
    with httpx.Client(base_url=base, timeout=60) as anonymous:
        page = anonymous.get("/workspace/review?lang=sv", headers=HTML)
        assert page.status_code == 303
        assert page.headers["location"] == "/sign-in?next=%2Fworkspace%2Freview&lang=sv"
        refused = anonymous.post("/workspace/edit/set-status?lang=fi", data=STATUS_FORM)
        assert refused.status_code == 401
        assert refused.json()["error"]["message"] == "Kirjaudu sisään tehdäksesi tämän."
        shown = anonymous.post("/workspace/edit/set-status?lang=sv", data=STATUS_FORM, headers=HTML)
        assert shown.status_code == 401 and "Logga in för att göra det här." in shown.text
        assert 'href="/sign-in?lang=sv"' in shown.text


def test_sign_in_sets_a_strict_http_only_session_cookie_and_sign_out_ends_it(workspace) -> None:
    base, _ = workspace
    with httpx.Client(base_url=base, timeout=60, headers=HTML) as browser:
        form = browser.get("/sign-in?lang=fi")
        form_cookie = form.headers["set-cookie"]
        assert "kg_form=" in form_cookie and "HttpOnly" in form_cookie and "SameSite=strict" in form_cookie
        answer = browser.post(
            "/sign-in?lang=fi",
            data={"csrf": token_of(form.text), "username": "edna", "password": PASSWORDS["edna"]},
        )
        cookie = answer.headers["set-cookie"]
        assert answer.status_code == 303
        assert "kg_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert "Max-Age=28800" in cookie and "Secure" not in cookie  # plain http on loopback
        home = browser.get("/workspace?lang=fi")
        assert home.status_code == 200 and "Kirjautuneena: edna (muokkaaja)" in home.text
        stolen = browser.cookies["kg_session"]
        out = browser.post("/sign-out?lang=fi", data={"csrf": token_of(home.text)})
        assert out.status_code == 303 and 'kg_session=""' in out.headers["set-cookie"]
    with httpx.Client(base_url=base, timeout=60, headers=HTML, cookies={"kg_session": stolen}) as replay:
        assert replay.get("/workspace").status_code == 303  # the old cookie opens nothing


def test_the_session_cookie_is_secure_behind_https(workspace) -> None:
    """Behind a TLS proxy on the same host (X-Forwarded-Proto from 127.0.0.1) cookies are Secure."""
    base, _ = workspace
    with httpx.Client(base_url=base, timeout=60, headers=HTML | {"X-Forwarded-Proto": "https"}) as browser:
        form = browser.get("/sign-in")
        assert "Secure" in form.headers["set-cookie"]
        token = token_of(form.text)
        browser.cookies.set("kg_form", token)  # a Secure cookie: the browser sends it over https only
        answer = browser.post(
            "/sign-in", data={"csrf": token, "username": "aarne", "password": PASSWORDS["aarne"]}
        )
        assert answer.status_code == 303 and "Secure" in answer.headers["set-cookie"]


def test_every_form_post_needs_its_token(workspace) -> None:
    base, editing = workspace
    journal = len(editing.journal.ids())
    with httpx.Client(base_url=base, timeout=60, headers=HTML) as browser:
        browser.get("/sign-in")
        login = {"username": "edna", "password": PASSWORDS["edna"]}
        assert browser.post("/sign-in", data=login).status_code == 403
        assert browser.post("/sign-in", data=login | {"csrf": "x" * 43}).status_code == 403
    editor = signed_in(base, "edna")
    foreign = editor.post("/workspace/edit/set-status?lang=fi", data=STATUS_FORM | {"csrf": "y" * 43})
    assert foreign.status_code == 403 and "Lomake on vanhentunut" in foreign.text
    assert editor.post("/workspace/edit/set-status", data=STATUS_FORM).status_code == 403
    assert editor.post("/sign-out", data={}).status_code == 403
    assert editor.get("/workspace").status_code == 200  # still signed in
    assert len(editing.journal.ids()) == journal


def test_a_wrong_password_is_refused_without_echoing_it_or_logging_it(workspace, caplog) -> None:
    base, _ = workspace
    caplog.set_level(logging.DEBUG)
    with httpx.Client(base_url=base, timeout=60, headers=HTML) as browser:
        form = browser.get("/sign-in?lang=sv").text
        wrong = "edna-wrong-passphrase-example"
        answer = browser.post(
            "/sign-in?lang=sv", data={"csrf": token_of(form), "username": "edna", "password": wrong}
        )
        assert answer.status_code == 401 and "Användarnamnet eller lösenordet är fel." in answer.text
        assert wrong not in answer.text and "kg_session" not in answer.headers.get("set-cookie", "")
        tokenless = browser.post(
            "/sign-in?lang=sv",
            data={"csrf": token_of(form), "username": "tokenonly", "password": "tokenonly-example-pass"},
        )
        assert tokenless.status_code == 401  # a user without a password cannot sign in on the web
    secrets = [*PASSWORDS.values(), wrong, "tokenonly-example-pass"]
    assert not any(secret in caplog.text for secret in secrets)


def test_failed_sign_ins_share_the_api_limiter(workspace, tmp_path) -> None:
    """Ten failures from one address block it on the web and the API alike, right password or not.
    (The failures are counted in the settings' data directory, here one of this test's own, so
    the block does not reach the other tests' service.)"""
    _, editing = workspace
    app = create_app(settings=Settings(data_dir=tmp_path), editing=editing)
    with running_app(app) as base, httpx.Client(base_url=base, timeout=60, headers=HTML) as browser:
        token = token_of(browser.get("/sign-in").text)
        statuses = [
            browser.post("/sign-in", data={"csrf": token, "username": "edna", "password": f"guess-{n:04}-x"})
            for n in range(11)
        ]
        assert [s.status_code for s in statuses] == [401] * 10 + [429]
        right = browser.post(
            "/sign-in", data={"csrf": token, "username": "edna", "password": PASSWORDS["edna"]}
        )
        assert right.status_code == 429 and "kg_session" not in right.headers.get("set-cookie", "")
        api = httpx.post(f"{base}/api/changes", json={}, headers={"Authorization": "Bearer edna.x"})
        assert api.status_code == 429


def test_a_status_change_is_proposed_on_the_web_approved_and_shown(workspace) -> None:
    base, editing = workspace
    editor, approver = signed_in(base, "edna"), signed_in(base, "aarne")
    count = triples(editing)
    proposed = propose(editor, "set-status", STATUS_FORM)
    assert proposed.status_code == 303
    change_id = proposed.headers["location"].split("/")[-1].split("?")[0]
    assert editing.journal.get(change_id).proposed_by == "edna"  # type: ignore[union-attr]
    assert triples(editing) == count  # proposed, not applied
    page = editor.get(proposed.headers["location"]).text
    assert "Ehdotus on tallennettu" in page and "/approve" not in page  # an editor gets no buttons
    assert "Tämä on oma ehdotuksesi" in page

    queue = approver.get("/workspace/review?lang=sv").text
    assert STATUS_FORM["reason"] in queue and STATUS_FORM["source"] in queue and "edna" in queue
    assert "Ändringen ändrar inte vem som gör vad." in queue  # a status moves no duty
    assert "Klar" in queue  # the new status in words (Swedish label of status/done)
    denied = editor.post(f"/workspace/changes/{change_id}/approve", data={"csrf": token_of(page)})
    assert denied.status_code == 403 and "Roolisi ei salli" in denied.text
    approved = approver.post(
        f"/workspace/changes/{change_id}/approve?lang=fi", data={"csrf": token_of(queue)}
    )
    assert approved.status_code == 303
    assert editing.journal.get(change_id).state == "applied"  # type: ignore[union-attr]
    assert triples(editing) == count + 6

    card = httpx.get(f"{base}/id/task/steering-annual-clock?lang=fi&at=2026-12-01", headers=HTML).text
    assert "Valmis" in card and "tilanne 2026-11-30" in card
    assert "/history?entity=" in card and "Muutoshistoria" in card
    history = httpx.get(f"{base}/history", params={"entity": "task/steering-annual-clock", "lang": "fi"})
    assert history.status_code == 200
    assert STATUS_FORM["reason"] in history.text and "aarne" in history.text and "voimassa" in history.text


def test_a_duty_change_shows_its_before_and_after_table(workspace) -> None:
    base, editing = workspace
    editor, approver = signed_in(base, "edna"), signed_in(base, "aino")
    assignment = ES + "assignment/set-national-objectives/tem/prepares"
    form = {
        "assignment": assignment,
        "end": "2027-06-30",
        "reason": "Esimerkki: vastuu päättyy uudistuksessa",
        "source": "Kuvitteellinen hallituksen esitys 1/2027",
    }
    proposed = propose(editor, "end-assignment", form)
    assert proposed.status_code == 303
    change_id = proposed.headers["location"].split("/")[-1].split("?")[0]
    page = approver.get(f"/workspace/changes/{change_id}?lang=fi").text
    table = page.split('class="data duties"', 1)[1].split("</table>", 1)[0]
    assert "muuttunut" in table and "2027-06-30" in table  # the period before and after, in words
    assert "työ- ja elinkeinoministeriö" in table
    rejected = approver.post(f"/workspace/changes/{change_id}/reject?lang=fi", data={"csrf": token_of(page)})
    assert rejected.status_code == 303
    assert editing.journal.get(change_id).state == "rejected"  # type: ignore[union-attr]
    again = approver.post(f"/workspace/changes/{change_id}/approve?lang=fi", data={"csrf": token_of(page)})
    assert again.status_code == 409


def test_nobody_reviews_their_own_proposal(workspace) -> None:
    base, editing = workspace
    approver = signed_in(base, "aarne")
    own = propose(approver, "set-status", STATUS_FORM | {"as_of": "2026-10-31"})
    assert own.status_code == 303
    change_id = own.headers["location"].split("/")[-1].split("?")[0]
    page = approver.get(own.headers["location"]).text
    assert "/approve" not in page
    answer = approver.post(f"/workspace/changes/{change_id}/approve?lang=sv", data={"csrf": token_of(page)})
    assert answer.status_code == 403 and "sitt eget förslag" in answer.text
    assert editing.journal.get(change_id).state == "proposed"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "heading", "check_message"),
    [
        (
            "fi",
            "Muutos rikkoisi tietoverkon sääntöjä ({count}); mitään ei tallennettu",
            "päättyy (2025-01-01) ennen kuin se alkaa (2026-01-01); tehtävä: Ohjauksen vuosikello.",
        ),
        (
            "sv",
            "Ändringen skulle bryta mot grafens regler ({count}); inget sparades",
            "slutar (2025-01-01) innan det börjar (2026-01-01); uppgift: Styrningens årsklocka.",
        ),
    ],
)
def test_a_refused_change_shows_its_findings_and_leaves_the_graph_as_it_was(
    workspace, lang: str, heading: str, check_message: str
) -> None:
    """The shapes' and the coherence checks' findings in the page language."""
    base, editing = workspace
    editor = signed_in(base, "edna")
    count, journal = triples(editing), len(editing.journal.ids())
    refused = propose(editor, "add-assignment", BROKEN_ASSIGNMENT, lang)
    assert refused.status_code == 422
    findings = re.findall(r'<li class="finding">(.*?)</li>', refused.text, re.S)
    assert heading.format(count=len(findings)) in refused.text
    shape_message = (
        "Startdatumet ligger efter slutdatumet" if lang == "sv" else "Alkupäivä on loppupäivän jälkeen"
    )
    assert any(shape_message in f for f in findings), findings
    assert any(check_message in f for f in findings), findings
    assert findings[0].startswith(f"<span>{shape_message}")  # in the page's language: no lang mark
    assert 'href="/id/assignment/steering-annual-clock/tem/accountable"' in findings[0]
    assert 'value="2025-01-01"' in refused.text  # the form keeps what was typed
    assert (triples(editing), len(editing.journal.ids())) == (count, journal)


def test_bad_form_values_are_named_in_the_page_language(workspace) -> None:
    base, editing = workspace
    editor = signed_in(base, "edna")
    journal = len(editing.journal.ids())
    missing = propose(editor, "set-status", STATUS_FORM | {"reason": "", "as_of": "30.11.2026"})
    assert missing.status_code == 422
    assert 'href="#reason">Kenttä ”Muutoksen syy” on pakollinen.' in missing.text
    assert 'href="#as_of">Päivämäärä ”30.11.2026” ei kelpaa' in missing.text
    foreign = propose(editor, "set-status", STATUS_FORM | {"status": "https://example.org/x"}, "sv")
    assert foreign.status_code == 422 and "Valet ”https://example.org/x” finns inte i grafen." in foreign.text
    existing = propose(
        editor,
        "add-task",
        {
            "id": "steering-annual-clock",
            "within": ES + "workstream/objectives-process",
            "label_fi": "Esimerkkitehtävä",
            "derived_from": ES + "loc/seed-000/slide-6-row-1",
            "confidence": ES + "confidence/inferred",
            "reason": "Esimerkki",
            "source": "Kuvitteellinen",
        },
    )
    assert existing.status_code == 422 and "Kentän Uuden tehtävän tunnus tunnus ei kelpaa." in existing.text
    assert editor.get("/workspace/edit/nothing?lang=fi").status_code == 404
    bad_entity = httpx.get(f"{base}/history", params={"entity": "task/a b", "lang": "fi"}, headers=HTML)
    assert bad_entity.status_code == 422 and "entity" in bad_entity.text
    assert len(editing.journal.ids()) == journal


def test_a_new_task_and_a_new_assignment_from_the_forms(workspace) -> None:
    base, _editing = workspace
    editor, approver = signed_in(base, "edna"), signed_in(base, "aarne")
    task = {
        "id": "example-web-reporting",
        "within": ES + "part/national-objectives",
        "label_fi": "Esimerkkiraportointi",
        "label_sv": "Exempelrapportering",
        "derived_from": ES + "loc/seed-000/slide-6-row-1",
        "confidence": ES + "confidence/inferred",
        "reason": "Esimerkki: uusi tehtävä",
        "source": "Kuvitteellinen muistio",
    }
    made = propose(editor, "add-task", task)
    assert made.status_code == 303, made.text
    page = approver.get(made.headers["location"]).text
    assert (
        approver.post(
            made.headers["location"].replace("?", "/approve?"), data={"csrf": token_of(page)}
        ).status_code
        == 303
    )
    assignment = {
        "task": ES + "task/example-web-reporting",
        "actor": ES + "actor/tem",
        "role": ES + "role/accountable",
        "start": "2027-01-01",
        "derived_from": ES + "loc/seed-000/slide-6-row-1",
        "confidence": ES + "confidence/inferred",
        "reason": "Esimerkki: vastuu uudelle tehtävälle",
        "source": "Kuvitteellinen muistio",
    }
    added = propose(editor, "add-assignment", assignment)  # the new task is in the pick list at once
    assert added.status_code == 303, added.text
    page = approver.get(added.headers["location"]).text
    table = page.split('class="data duties"', 1)[1].split("</table>", 1)[0]
    assert "lisätty" in table and "Esimerkkiraportointi" in table and "2027-01-01" in table


def test_a_revoked_user_is_signed_out_at_once(workspace) -> None:
    base, editing = workspace
    editing.users.add("ulla", "editor", "ulla-example-passphrase")
    PASSWORDS["ulla"] = "ulla-example-passphrase"
    browser = signed_in(base, "ulla")
    assert browser.get("/workspace").status_code == 200
    editing.users.revoke("ulla")
    assert browser.get("/workspace").status_code == 303
    assert browser.post("/workspace/edit/set-status", data=STATUS_FORM).status_code == 401


def test_a_read_only_service_has_no_workspace(shipped_store) -> None:
    app = create_app(shipped_store)
    with running_app(app) as base:
        front = httpx.get(f"{base}/?lang=fi", headers=HTML).text
        assert (
            'href="/workspace' not in front
            and "/history?entity" not in httpx.get(f"{base}/id/task/steering-annual-clock", headers=HTML).text
        )
        assert httpx.get(f"{base}/workspace", headers=HTML).status_code == 403
        assert httpx.get(f"{base}/sign-in").status_code == 403


def test_kg_user_sets_a_web_password_from_stdin(tmp_path: Path, monkeypatch, capsys) -> None:
    """`kg user add --password-stdin` and `kg user password`: Argon2-hashed, never on the command line."""
    from kg_service.cli import main
    from kg_service.cli.common import EXIT_BAD_INPUT, EXIT_OK
    from kg_service.editing.users import Role, User, UserBook

    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO("cli-example-passphrase\n"))
    assert main(["user", "add", "cli-user", "--role", "editor", "--password-stdin"]) == EXIT_OK
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("cli-user.")  # the token, last
    book = UserBook(tmp_path)
    assert book.check_password("cli-user", "cli-example-passphrase") == User("cli-user", Role.EDITOR)
    assert book.check_password("cli-user", "cli-example-passphrasE") is None
    assert book.check_password("nobody", "cli-example-passphrase") is None
    stored = (tmp_path / "users.json").read_text()
    assert "cli-example-passphrase" not in stored and stored.count("$argon2") == 2

    monkeypatch.setattr("sys.stdin", io.StringIO("too-short\n"))
    assert main(["user", "password", "cli-user", "--password-stdin"]) == EXIT_BAD_INPUT
    assert "12 to 1024 characters" in capsys.readouterr().err
    assert main(["user", "password", "cli-user"]) == EXIT_BAD_INPUT  # no password given at all
    monkeypatch.setattr("sys.stdin", io.StringIO("cli-second-passphrase\n"))
    assert main(["user", "password", "cli-user", "--password-stdin"]) == EXIT_OK
    assert book.check_password("cli-user", "cli-example-passphrase") is None
    assert book.check_password("cli-user", "cli-second-passphrase") is not None
    assert main(["user", "revoke", "cli-user"]) == EXIT_OK
    assert book.check_password("cli-user", "cli-second-passphrase") is None


def visible_text(html: str, lang: str) -> str:
    """What a reader sees of a page in ``lang``: the text between tags, entities decoded, without
    the parts marked as another language (a source's locator in its own language, lang="en")."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    other = re.compile(r'<(\w+)\b[^>]*\slang="(?!' + lang + r'")[a-z]+"[^>]*>.*?</\1>', re.S)
    body = other.sub(" ", body.split("<main", 1)[1].split("</main>", 1)[0])
    return unescape(re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_workspace_pages_have_no_english_in_finnish_and_swedish(workspace, lang: str) -> None:
    """Every workspace page in words of the page language: nodes named by labels or in words
    (an assignment by task, actor and role; a status observation by its date and status), not
    by identifier paths."""
    base, _ = workspace
    editor, approver = signed_in(base, "edna"), signed_in(base, "aino")
    end = {
        "assignment": ES + "assignment/set-national-objectives/tem/prepares",
        "end": "2027-12-31",
        "reason": "Esimerkki",
        "source": "Kuvitteellinen",
    }
    proposed = propose(editor, "end-assignment", end, lang)
    status = propose(editor, "set-status", STATUS_FORM | {"as_of": "2026-09-30"}, lang)
    assert proposed.status_code == status.status_code == 303
    pages = [editor.get(f"/workspace?lang={lang}"), approver.get(f"/workspace/review?lang={lang}")]
    pages += [editor.get(f"/workspace/edit/{kind}?lang={lang}") for kind in FORMS]
    pages += [approver.get(f"{p.headers['location']}") for p in (proposed, status)]
    pages.append(httpx.get(f"{base}/history?entity=task/steering-annual-clock&lang={lang}", headers=HTML))
    for page in pages:
        assert page.status_code == 200, page.url
        seen = visible_text(page.text, lang)
        assert english_leaks(seen) == [], page.url
        assert "status-observation/" not in seen and "assignment/" not in seen, page.url
    review = visible_text(pages[1].text, lang)
    observation = "tilanne 2026-09-30: Valmis" if lang == "fi" else "läge 2026-09-30: Klar"
    assert observation in review


def test_the_duty_table_skips_changes_no_duty_query_reads(shipped_store) -> None:
    """A status change names no property the duty query reads: its table is empty, as the full
    computation on a copy of the graph says too; an end date is read, and changes a line."""
    import pyoxigraph as ox

    from kg_service.checks.diff import iris_named
    from kg_service.checks.runner import Checker

    checker = Checker(shipped_store)
    read = iris_named(checker.support["who-does-what"])
    assert read == {
        "http://www.w3.org/ns/prov#agent",
        "http://www.w3.org/ns/prov#hadRole",
        f"{ESO}forTask",
        f"{ESO}startDate",
        f"{ESO}endDate",
        f"{ESO}legalBasis",
    }
    task = ox.NamedNode(TASK)
    note = (ox.Triple(task, ox.NamedNode(f"{ESO}statusNote"), ox.Literal("esimerkki", language="fi")),)
    skipped = checker.duty_changes(note, ())
    full = checker.duty_changes((*note, ox.Triple(task, ox.NamedNode(f"{ESO}endDate"), ox.Literal("x"))), ())
    assert skipped.added == skipped.removed == skipped.changed == []
    assert skipped.unchanged == full.unchanged > 0  # the copy, with a triple no assignment has, agrees
    assignment = ox.NamedNode(ES + "assignment/set-national-objectives/tem/prepares")
    end = ox.Literal("2027-06-30", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    ended = checker.duty_changes((ox.Triple(assignment, ox.NamedNode(f"{ESO}endDate"), end),), ())
    assert len(ended.changed) == 1 and ended.changed[0].after.periods[-1].end == "2027-06-30"


def test_hostile_sign_in_and_form_input_is_bounded(workspace) -> None:
    """A body past the form bound is a 413 before parsing; `next` never leads to another site; an
    endless password is a failed sign-in, not a long Argon2 run."""
    base, editing = workspace
    editor = signed_in(base, "edna")
    journal = len(editing.journal.ids())
    huge = editor.post("/workspace/edit/set-status?lang=fi", data=STATUS_FORM | {"reason": "x" * 70_000})
    assert huge.status_code == 413 and "Lomakkeen tiedot ovat liian suuret." in huge.text
    assert len(editing.journal.ids()) == journal
    with httpx.Client(base_url=base, timeout=60, headers=HTML) as browser:
        form = token_of(browser.get("/sign-in").text)
        for target in ("//elsewhere.example/x", "https://elsewhere.example/", "/\\elsewhere.example"):
            data = {"csrf": form, "username": "aino", "password": PASSWORDS["aino"], "next": target}
            answer = browser.post("/sign-in?lang=fi", data=data)
            assert answer.headers["location"] == "/workspace?lang=fi", target
            browser.cookies.delete("kg_session")
        long = browser.post("/sign-in", data={"csrf": form, "username": "aino", "password": "p" * 3000})
        assert long.status_code == 401


def test_a_proposal_the_graph_has_outgrown_is_shown_again_with_its_findings(workspace) -> None:
    """Two end dates proposed for one assignment: each valid alone; once one is applied the
    other would give the assignment two end dates, and approving it shows why, changing nothing."""
    base, editing = workspace
    editor, approver = signed_in(base, "edna"), signed_in(base, "aarne")
    assignment = ES + "assignment/set-national-objectives/tem/prepares"  # no end date yet
    first, second = (
        propose(
            editor,
            "end-assignment",
            {"assignment": assignment, "end": end, "reason": "Esimerkki", "source": "Kuvitteellinen"},
        )
        for end in ("2028-06-30", "2028-06-29")
    )
    assert first.status_code == second.status_code == 303
    page = approver.get(first.headers["location"]).text
    assert (
        approver.post(
            first.headers["location"].replace("?", "/approve?"), data={"csrf": token_of(page)}
        ).status_code
        == 303
    )
    count = triples(editing)
    outgrown = approver.post(
        second.headers["location"].replace("?", "/approve?"), data={"csrf": token_of(page)}
    )
    assert outgrown.status_code == 422
    assert "Muutos rikkoisi tietoverkon sääntöjä" in outgrown.text and 'class="finding"' in outgrown.text
    assert triples(editing) == count
    second_id = second.headers["location"].split("/")[-1].split("?")[0]
    assert editing.journal.get(second_id).state == "proposed"  # type: ignore[union-attr]


def test_an_applied_change_is_reverted_by_a_new_reviewed_change(workspace) -> None:
    base, editing = workspace
    editor, approver = signed_in(base, "edna"), signed_in(base, "aino")
    count = triples(editing)
    proposed = propose(editor, "set-status", STATUS_FORM | {"as_of": "2026-08-31"})
    change_page = proposed.headers["location"]
    not_yet = editor.post(
        change_page.replace("?", "/revert?"), data={"csrf": token_of(editor.get(change_page).text)}
    )
    assert not_yet.status_code == 409  # only an applied change can be reverted
    page = approver.get(change_page).text
    assert (
        approver.post(change_page.replace("?", "/approve?"), data={"csrf": token_of(page)}).status_code == 303
    )
    assert triples(editing) == count + 6
    applied = editor.get(change_page).text
    assert 'id="revert-form"' in applied and "Peru tämä muutos" in applied
    why = {"csrf": token_of(applied), "reason": "", "source": "Kuvitteellinen oikaisu"}
    missing = editor.post(change_page.replace("?", "/revert?"), data=why)
    assert missing.status_code == 422 and "Kenttä ”Muutoksen syy” on pakollinen." in missing.text
    reverted = editor.post(change_page.replace("?", "/revert?"), data=why | {"reason": "Esimerkki: peruttu"})
    assert reverted.status_code == 303
    reverse_id = reverted.headers["location"].split("/")[-1].split("?")[0]
    reverse = editing.journal.get(reverse_id)
    original = editing.journal.get(change_page.split("/")[-1].split("?")[0])
    assert reverse is not None and original is not None
    assert set(reverse.remove) == set(original.added) and reverse.add == original.removed == []
    page = approver.get(reverted.headers["location"]).text
    assert (
        approver.post(
            reverted.headers["location"].replace("?", "/approve?"), data={"csrf": token_of(page)}
        ).status_code
        == 303
    )
    assert triples(editing) == count
    history = httpx.get(f"{base}/history", params={"entity": "task/steering-annual-clock", "lang": "fi"})
    assert "Esimerkki: peruttu" in history.text and "Poistetut tiedot (6)" in history.text

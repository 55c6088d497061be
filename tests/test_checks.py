"""Coherence checks for legal drafters (kg_service/checks, queries/checks): every check on a mini
draft that breaks it and one that does not, the examples' exact findings, the shipped graph's own
source disagreements, malformed drafts, and that a check never changes the current graph."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql.parser import parseQuery

from kg_service.checks.errors import DraftError
from kg_service.checks.loader import Severity, load_checks, load_support_queries
from kg_service.checks.model import CheckReport, DutyRow
from kg_service.checks.overlay import Draft
from kg_service.checks.report import to_html, to_json, to_markdown
from kg_service.checks.runner import Checker
from kg_service.checks.template import template_csv
from kg_service.cli import main as kg_main
from tests.conftest import ES, REPO

EXAMPLES = REPO / "examples" / "drafts"
TEMPLATES = REPO / "examples" / "templates"
PREFIXES = """@base <https://w3id.org/fi-employment-steering/id/> .
@prefix eso: <https://w3id.org/fi-employment-steering/ontology#> .
@prefix es: <https://w3id.org/fi-employment-steering/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
SHIPPED_FINDINGS = [
    ("CHK-KNOW-UNPRODUCED", (ES + "knowledge-need/international-comparisons",)),
    ("CHK-KNOW-UNPRODUCED", (ES + "knowledge-need/report-knowledge-base",)),
    ("CHK-KNOW-UNPRODUCED", (ES + "knowledge-need/steering-knowledge-base",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/council-before-appointment",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/discussions-from-year",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/discussions-grouping",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/esf-coordination-contact",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/esf-specific-objective",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/esf-te-services-goal",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/evaluation-process-placement",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/first-objectives-preparer",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/group-naming",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/model-parts",)),
    ("CHK-SRC-DISAGREE", (ES + "disagreement/seed-status-vs-outcomes",)),
    ("CHK-SRC-SCHEDULE", (ES + "period/discussions-from-2025", ES + "period/discussions-from-2026")),
]


@pytest.fixture(scope="module")
def checker(shipped_store) -> Checker:
    """One checker over the shipped graph (it caches the current graph's own findings)."""
    return Checker(shipped_store)


def ttl(body: str) -> bytes:
    return (PREFIXES + body).encode()


def assignment(
    name: str,
    task: str,
    actor: str,
    role: str,
    start: str | None = "2026-01-01",
    end: str | None = None,
    basis: str | None = "<law/380-2023/s21>",
    extra: str = "",
) -> str:
    """A Turtle obligation of the draft (es:draft/assignment/<name>)."""
    lines = [
        f"<draft/assignment/{name}> a eso:Obligation ;",
        f"  eso:forTask <{task}> ;",
        f"  prov:agent <{actor}> ;",
        f"  prov:hadRole <role/{role}> ;",
    ]
    if start:
        lines.append(f'  eso:startDate "{start}"^^xsd:date ;')
    if end:
        lines.append(f'  eso:endDate "{end}"^^xsd:date ;')
    if basis:
        lines.append(f"  eso:legalBasis {basis} ;")
    lines.append(f"  {extra}" if extra else "")
    return "\n".join(lines).rstrip(" ;\n") + " .\n"


def added(result: CheckReport, check_id: str | None = None) -> list:
    return [f for f in result.findings if f.in_draft and (check_id is None or f.id == check_id)]


def run(checker: Checker, body: bytes, fmt: str = "turtle", at: str | None = None) -> CheckReport:
    return checker.check(checker.read(body, fmt, "test"), date.fromisoformat(at) if at else None)


# ------------------------------------------------------------------------------- the checks


def test_checks_load_with_unique_ids_and_both_languages() -> None:
    checks = load_checks()
    assert len(checks) == 15
    assert len({c.id for c in checks}) == len(checks)
    for check in checks:
        assert check.message["fi"] and check.message["en"] and check.summary["fi"] and check.summary["en"]
        assert check.path.name == f"{check.id}-{check.kind.value}.rq"


@pytest.mark.parametrize("check", load_checks(), ids=lambda c: c.id)
def test_check_query_parses_in_rdflib_too(check) -> None:
    """Portable to other SPARQL 1.1 stores, as the stored queries are."""
    parseQuery(check.text)


@pytest.mark.parametrize("check", load_checks(), ids=lambda c: c.id)
def test_declared_columns_are_the_projected_variables(check) -> None:
    result = ox.Store().query(check.text.replace("WHERE {", "WHERE { FILTER(false)", 1))
    assert [v.value for v in result.variables] == list(check.columns)


@pytest.mark.parametrize("name", ["provenance", "who-does-what", "known-terms"])
def test_support_queries_declare_their_columns(name: str) -> None:
    query = load_support_queries()[name]
    result = ox.Store().query(query.text.replace("WHERE {", "WHERE { FILTER(false)", 1))
    assert [v.value for v in result.variables] == list(query.columns)


CHECK_FIXTURES = Path(__file__).resolve().parent / "data" / "checks"
"""tests/data/checks/<ID>/fail-*.ttl: a draft the check finds exactly once; pass-*.ttl: the same
draft corrected, which the check finds nothing in."""


def check_fixtures(verdict: str) -> list[tuple[str, Path]]:
    return [(path.parent.name, path) for path in sorted(CHECK_FIXTURES.glob(f"*/{verdict}-*.ttl"))]


def test_every_check_has_a_failing_and_a_passing_fixture() -> None:
    ids = {c.id for c in load_checks()}
    assert {check_id for check_id, _ in check_fixtures("fail")} == ids
    assert {check_id for check_id, _ in check_fixtures("pass")} == ids
    assert {path.name for path in CHECK_FIXTURES.iterdir()} == ids


@pytest.mark.parametrize(("check_id", "path"), check_fixtures("fail"), ids=lambda v: getattr(v, "name", v))
def test_failing_fixture_violates_the_check_once(checker: Checker, check_id: str, path: Path) -> None:
    findings = added(run(checker, path.read_bytes()), check_id)
    assert len(findings) == 1, [f.message["en"] for f in findings]
    assert findings[0].message["fi"] and findings[0].message["en"]
    assert "{" not in findings[0].message["en"]


@pytest.mark.parametrize(("check_id", "path"), check_fixtures("pass"), ids=lambda v: getattr(v, "name", v))
def test_passing_fixture_passes_the_check(checker: Checker, check_id: str, path: Path) -> None:
    assert added(run(checker, path.read_bytes()), check_id) == []


def test_accountable_check_names_both_actors_and_the_provision(checker: Checker) -> None:
    body = ttl(
        '<draft/loc> a eso:SourceLocation ; eso:locator "2 §" .\n'
        + assignment(
            "a",
            "task/monitor-evaluate-objectives",
            "actor/keha",
            "accountable",
            extra="prov:wasDerivedFrom <draft/loc> ;",
        )
    )
    [finding] = added(run(checker, body), "CHK-ACC-MANY")
    assert [a.id for a in finding.actors] == [ES + "actor/keha", ES + "actor/tem"]
    assert finding.provisions == ["2 §"] and finding.date == "2026-01-01"
    assert finding.severity is Severity.ERROR
    assert finding.tasks[0].id == ES + "task/monitor-evaluate-objectives"


def test_effective_date_limits_the_checks_to_what_is_in_force(checker: Checker) -> None:
    body = ttl(
        assignment("a", "task/organise-employment-services", "kind/te-offices", "responsible", "2025-01-01")
    )
    assert len(added(run(checker, body, at="2025-06-01"), "CHK-ACTOR-ENDED")) == 1
    assert added(run(checker, body, at="2024-06-01"), "CHK-ACTOR-ENDED") == []


def test_knowledge_need_of_an_ended_producer_is_unproduced_on_a_later_date(checker: Checker) -> None:
    body = ttl(
        "<draft/need> a eso:KnowledgeNeed ; eso:neededFor <task/report-use> ; "
        "eso:satisfiedBy <data-source/ely-data-production> .\n"
    )
    assert added(run(checker, body, at="2025-06-01"), "CHK-KNOW-UNPRODUCED") == []
    assert len(added(run(checker, body, at="2026-06-01"), "CHK-KNOW-UNPRODUCED")) == 1


def test_cycle_lists_its_tasks_in_order(checker: Checker) -> None:
    [finding] = added(
        run(checker, (CHECK_FIXTURES / "CHK-DEP-CYCLE" / "fail-mini.ttl").read_bytes()), "CHK-DEP-CYCLE"
    )
    assert {t.id for t in finding.tasks} == {ES + "task/report-use", ES + "task/report-content-process"}
    assert finding.message["en"].count("→") == 2


# ---------------------------------------------------------------------------- the examples

EXPECTED = {
    "coherent.ttl": [],
    "coherent.jsonld": [],
    "te-offices-after-2024.csv": [
        (
            "CHK-ACC-MANY",
            ["5 § (A3)"],
            ["task/regional-employment-skilled-labour"],
            ["actor/keha", "kind/economic-development-centres"],
        ),
        (
            "CHK-ACTOR-ENDED",
            ["3 § (A2)"],
            ["task/organise-employment-services"],
            ["kind/te-offices"],
        ),
    ],
    "schedule-contradiction.ttl": [
        ("CHK-SCHED-MILESTONE", ["7 §"], ["task/draft-yearly-steering-report"], []),
        (
            "CHK-SCHED-OUTPUT",
            ["6 §"],
            ["task/draft-yearly-steering-report", "task/report-content-process"],
            [],
        ),
    ],
}
FORMATS = {".ttl": "turtle", ".jsonld": "jsonld", ".csv": "csv"}


def example_findings(result: CheckReport) -> list[tuple]:
    short = len(ES)
    return [
        (f.id, f.provisions, [t.id[short:] for t in f.tasks], [a.id[short:] for a in f.actors])
        for f in added(result)
    ]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_gives_exactly_its_findings(checker: Checker, name: str) -> None:
    path = EXAMPLES / name
    result = checker.check(checker.read(path.read_bytes(), FORMATS[path.suffix], name))
    assert example_findings(result) == EXPECTED[name]
    assert result.coherent is (not EXPECTED[name])
    assert [(f.id, f.key) for f in result.findings if not f.in_draft] == SHIPPED_FINDINGS


def test_every_example_file_is_tested() -> None:
    assert {p.name for p in EXAMPLES.iterdir() if p.suffix in FORMATS} == set(EXPECTED)


def periods(row: DutyRow) -> list[tuple[str | None, str | None]]:
    return [(p.start, p.end) for p in row.periods]


def test_te_offices_example_adds_two_lines_to_who_does_what(checker: Checker) -> None:
    path = EXAMPLES / "te-offices-after-2024.csv"
    diff = checker.check(checker.read(path.read_bytes(), "csv", path.name)).diff
    assert [(r.actor.id[len(ES) :], r.role.id[len(ES) :], periods(r), r.provisions) for r in diff.added] == [
        ("actor/keha", "role/accountable", [("2026-01-01", "2027-12-31")], ["5 § (A3)"]),
        ("kind/te-offices", "role/responsible", [("2025-01-01", None)], ["3 § (A2)"]),
    ]
    assert diff.removed == [] and diff.changed == []


def test_draft_that_moves_a_duty_shows_changed_and_removed_lines(checker: Checker) -> None:
    """Restating an existing assignment's end date replaces it in the copy; with --at the ended line goes."""
    body = ttl(
        "<assignment/supervise-employment-authorities/avi-western-inland/supervises> "
        'eso:endDate "2025-06-30"^^xsd:date .\n'
    )
    result = run(checker, body)
    [changed] = result.diff.changed
    assert periods(changed.before) == [("2025-01-01", "2025-12-31")]
    assert periods(changed.after) == [("2025-01-01", "2025-06-30")]
    assert result.replaced[0].value == "2025-12-31"
    removed = run(checker, body, at="2025-09-01").diff.removed
    assert [(r.actor.id[len(ES) :], r.role.id[len(ES) :]) for r in removed] == [
        ("actor/avi-western-inland", "role/supervises")
    ]


# ------------------------------------------------------------- the shipped graph's own findings


def test_shipped_graph_reports_its_disagreements_each_with_both_sources(checker: Checker) -> None:
    result = checker.check(Draft.empty())
    assert result.coherent
    assert [(f.id, f.key) for f in result.findings] == SHIPPED_FINDINGS
    assert not any(f.in_draft for f in result.findings)
    for finding in (f for f in result.findings if f.id == "CHK-SRC-DISAGREE"):
        claims = {s.about.id for s in finding.sources}
        documents = {s.location for s in finding.sources}
        assert len(claims) >= 2 and len(documents) >= 2, finding.key
        assert all(s.locator for s in finding.sources)
    [schedule] = [f for f in result.findings if f.id == "CHK-SRC-SCHEDULE"]
    assert {s.location for s in schedule.sources} == {
        ES + "loc/seed-000/slide-6-row-9",
        ES + "loc/seed-000/slide-2",
        ES + "loc/seed-000/slide-4",
    }


def test_esf_disagreement_names_both_documents(checker: Checker) -> None:
    result = checker.check(Draft.empty())
    [finding] = [f for f in result.findings if f.key == (ES + "disagreement/esf-coordination-contact",)]
    assert {s.document.id for s in finding.sources if s.document} == {
        ES + "source/seed-004",
        ES + "source/domain-facts",
    }


# ------------------------------------------------------------------------- malformed drafts


def test_turtle_syntax_error_names_the_line(checker: Checker) -> None:
    with pytest.raises(DraftError) as caught:
        checker.read(ttl("es:x a eso:Obligation ;\n  eso:forTask <task/x>\n  prov:agent .\n"), "turtle")
    assert caught.value.status == 400 and caught.value.line == 10
    assert str(caught.value).startswith("line 10, column")


def test_unknown_term_names_the_line(checker: Checker) -> None:
    body = ttl(
        "es:x a eso:Obligation ;\n  eso:forTaks <task/organise-employment-services> ;\n"
        "  prov:agent <actor/temm> .\n"
    )
    with pytest.raises(DraftError) as caught:
        checker.read(body, "turtle")
    message = str(caught.value)
    assert caught.value.status == 422 and caught.value.line == 9
    assert "line 9: unknown property eso:forTaks" in message
    assert "line 10: unknown actor es:actor/temm" in message


def test_unknown_class_and_bad_date_are_refused(checker: Checker) -> None:
    with pytest.raises(DraftError, match=r"line 8: unknown class eso:Obligatoin"):
        checker.read(ttl("es:x a eso:Obligatoin .\n"), "turtle")
    with pytest.raises(DraftError, match=r"line 8: eso:startDate needs an xsd:date"):
        checker.read(ttl('es:x eso:startDate "2026" .\n'), "turtle")


def test_json_ld_key_the_context_does_not_define_is_refused(checker: Checker) -> None:
    body = json.dumps({"@context": {"es": ES}, "@id": "es:x", "forTask": {"@id": "es:task/x"}}, indent=1)
    with pytest.raises(DraftError, match=r"line 6: unknown term 'forTask'") as caught:
        checker.read(body.encode(), "jsonld")
    assert caught.value.status == 422


def test_json_syntax_error_names_line_and_column(checker: Checker) -> None:
    with pytest.raises(DraftError, match=r"line 3, column 1: JSON syntax error") as caught:
        checker.read(b'{"@id": "x",\n "a":\n}', "jsonld")
    assert caught.value.status == 400


HEADER = "provision,actor,role,task,effective,legal basis\n"


def test_unknown_id_names_the_cell(checker: Checker) -> None:
    body = (
        HEADER + "1 §,actor/tem,role/accountable,task/organise-employment-services,2026-01-01,\n"
        "2 §,actor/temm,role/accountable,task/organise-employment-services,2026-01-01,\n"
    )
    with pytest.raises(DraftError) as caught:
        checker.read(body.encode(), "csv")
    assert caught.value.cell == "B3" and caught.value.column == "actor"
    assert str(caught.value) == "cell B3 (actor): unknown actor 'actor/temm' (did you mean actor/tem?)"


def test_unknown_task_and_bad_date_name_their_cells(checker: Checker) -> None:
    with pytest.raises(DraftError, match=r"^cell D2 \(task\): unknown task 'task/nothing'"):
        checker.read((HEADER + "1 §,TEM,A,task/nothing,2026-01-01,\n").encode(), "csv")
    with pytest.raises(DraftError, match=r"^cell E2 \(effective date or period\): not a date: '31.2.2026'"):
        checker.read((HEADER + "1 §,TEM,A,task/report-use,31.2.2026,\n").encode(), "csv")
    with pytest.raises(DraftError, match=r"^cell F2 \(legal basis\): 'Työllisyyslaki' is not a legal basis"):
        checker.read((HEADER + "1 §,TEM,A,task/report-use,2026-01-01,Työllisyyslaki\n").encode(), "csv")


def test_missing_column_is_named(checker: Checker) -> None:
    with pytest.raises(DraftError) as caught:
        checker.read(b"provision;toimija;rooli;teht\xc3\xa4v\xc3\xa4;oikeusperusta\n", "csv")
    assert caught.value.column == "effective date or period"
    assert "missing column 'effective date or period' (voimassa)" in str(caught.value)


def test_table_names_roles_and_actors_by_their_names(checker: Checker) -> None:
    body = (
        "säännös;toimija;rooli;tehtävä;voimassa;oikeusperusta\n"
        "2 §;TEM;tilivelvollinen;task/report-use;1.1.2026–31.12.2026;380/2023 21 §\n"
    )
    draft = checker.read(body.encode(), "csv", "taulukko.csv")
    objects = {
        t.predicate.value.rsplit("#", 1)[-1]: t.object.value
        for t in draft.triples
        if t.subject.value == ES + "draft/assignment/row-2"
    }
    assert objects["agent"] == ES + "actor/tem" and objects["hadRole"] == ES + "role/accountable"
    assert objects["startDate"] == "2026-01-01" and objects["endDate"] == "2026-12-31"
    assert objects["legalBasis"] == ES + "law/380-2023/s21"


def test_xlsx_form_reads_like_the_csv(checker: Checker) -> None:
    from openpyxl import Workbook

    csv_path = EXAMPLES / "te-offices-after-2024.csv"
    workbook = Workbook()
    import csv as csv_module

    for row in csv_module.reader(io.StringIO(csv_path.read_text(encoding="utf-8"))):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    from_xlsx = checker.check(checker.read(buffer.getvalue(), "xlsx", "x.xlsx"))
    from_csv = checker.check(checker.read(csv_path.read_bytes(), "csv", "x.csv"))
    assert example_findings(from_xlsx) == example_findings(from_csv) == EXPECTED[csv_path.name]


def test_unreadable_xlsx_is_refused(checker: Checker) -> None:
    with pytest.raises(DraftError, match="not a readable XLSX workbook") as caught:
        checker.read(b"PK not really", "xlsx")
    assert caught.value.status == 400


def test_templates_read_as_an_empty_draft(checker: Checker) -> None:
    assert (TEMPLATES / "draft-template.csv").read_text(encoding="utf-8") == template_csv()
    for name, fmt in (("draft-template.csv", "csv"), ("draft-template.xlsx", "xlsx")):
        draft = checker.read((TEMPLATES / name).read_bytes(), fmt, name)
        assert all("draft/assignment" not in t.subject.value for t in draft.triples)


# ------------------------------------------------------------------ nothing is ever written


def fingerprint(store) -> tuple[int, str]:
    dump = store.store.dump(format=ox.RdfFormat.N_QUADS)
    return len(store.store), hashlib.sha256(b"\n".join(sorted(dump.splitlines()))).hexdigest()


def test_a_check_never_changes_the_current_graph(checker: Checker, shipped_store) -> None:
    before = fingerprint(shipped_store)
    body = ttl(
        "<assignment/supervise-employment-authorities/avi-western-inland/supervises> "
        'eso:endDate "2025-06-30"^^xsd:date ; prov:agent <actor/keha> .\n'
    )
    run(checker, body)
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix in FORMATS:
            checker.check(checker.read(path.read_bytes(), FORMATS[path.suffix], path.name))
    with pytest.raises(DraftError):
        checker.read(ttl("es:x a eso:Obligatoin .\n"), "turtle")
    assert fingerprint(shipped_store) == before


# ------------------------------------------------------------------------ reports and the CLI


def test_reports_carry_the_findings_and_escape_the_draft(checker: Checker) -> None:
    body = ttl(
        '<draft/loc> a eso:SourceLocation ; eso:locator "<script>alert(1)</script>" .\n'
        + assignment(
            "a",
            "task/monitor-evaluate-objectives",
            "actor/keha",
            "accountable",
            extra="prov:wasDerivedFrom <draft/loc> ;",
        )
    )
    result = run(checker, body)
    page = to_html(result, "fi")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "CHK-ACC-MANY" in page and "Ei yhtenäinen" in page and "<style>" in page
    assert "http" not in page.split("<style>")[1].split("</style>")[0]
    markdown = to_markdown(result, "en")
    assert "**Not coherent: 1 error.**" in markdown and "CHK-ACC-MANY" in markdown
    data = json.loads(to_json(result))
    assert data["coherent"] is False and data["findings"][0]["id"] == "CHK-ACC-MANY"
    assert data["findings"][0]["inDraft"] is True and data["diff"]["added"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("coherent.ttl", 0), ("te-offices-after-2024.csv", 1), ("schedule-contradiction.ttl", 1)],
)
def test_cli_exit_codes(name: str, code: int, capsys) -> None:
    assert kg_main(["check", str(EXAMPLES / name), "--format", "md", "--lang", "en"]) == code
    assert "# Coherence check of a draft" in capsys.readouterr().out


def test_cli_unreadable_draft_exits_2_and_prints_nothing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("provision,actor\n1,actor/tem\n", encoding="utf-8")
    assert kg_main(["check", str(bad)]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "sarake 'voimassa' puuttuu" in out.err and "bad.csv" in out.err
    assert kg_main(["check", str(bad), "--lang", "sv"]) == 2
    assert "kolumnen 'i kraft' saknas" in capsys.readouterr().err
    assert kg_main(["check", str(tmp_path / "missing.ttl")]) == 2
    assert kg_main(["check", str(tmp_path / "draft.docx")]) == 2
    assert kg_main(["check", "--at", "2026-13-01", str(EXAMPLES / "coherent.ttl")]) == 2


def test_a_remote_store_gives_the_same_findings(checker: Checker, remote_store) -> None:
    """The served graph may be a SPARQL endpoint: the checker copies it once and checks the copy."""
    remote = Checker(remote_store, timeout=30)
    for name in ("te-offices-after-2024.csv", "schedule-contradiction.ttl"):
        path = EXAMPLES / name
        here = checker.check(checker.read(path.read_bytes(), FORMATS[path.suffix], name))
        there = remote.check(remote.read(path.read_bytes(), FORMATS[path.suffix], name))
        assert [(f.id, f.key, f.in_draft) for f in there.findings] == [
            (f.id, f.key, f.in_draft) for f in here.findings
        ]

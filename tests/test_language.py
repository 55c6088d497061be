"""Wholly in the reader's language (issue 13): every output rendered in Finnish and in Swedish holds
none of the English found in outputs so far (tests/language.py), on the shipped graph.

Covered: every diagram kind in every text format and the XLSX workbook, with and without a date;
the check report (Markdown, HTML) of every example draft, the current graph's own check, and the
errors of unreadable drafts. The Word and PDF documents are covered in test_documents.py.
Left out on purpose: the places and quotes of the sources a finding cites (the sources' own words,
in the sources' language) and what a third-party parser says about a syntax error.
"""

from __future__ import annotations

import html
import io
import re

import openpyxl
import pytest

from kg_service.answers.assemble import Answers
from kg_service.checks.errors import DraftError
from kg_service.checks.overlay import Draft
from kg_service.checks.report import render
from kg_service.checks.runner import Checker
from kg_service.diagrams.registry import FORMATS, KINDS
from kg_service.diagrams.render import draw_diagram
from kg_service.i18n import missing_translations
from kg_service.i18n.checks import DRAFT_ERRORS, REPORT, TERM_KINDS
from kg_service.i18n.documents import DOCUMENTS
from kg_service.queries.stored import load_queries
from tests.conftest import REPO
from tests.language import english_leaks

LANGS = ("fi", "sv")
TEXT_FORMATS = ("svg", "html", "csv", "mmd", "dot")
DRAFTS = REPO / "examples" / "drafts"
DRAFT_FORMATS = {".ttl": "turtle", ".jsonld": "jsonld", ".csv": "csv"}


def visible(body: str) -> str:
    """What a reader sees of SVG, HTML or DOT: the text without the markup's tags (<line ...>) and
    DOT's unquoted attribute values (shape=note)."""
    return html.unescape(re.sub(r"<[^>]*>|\b\w+=\w+\b", " ", body))


@pytest.fixture(scope="module")
def answers(shipped_store) -> Answers:
    return Answers(shipped_store, load_queries(), 60)


@pytest.fixture(scope="module")
def checker(shipped_store) -> Checker:
    return Checker(shipped_store)


def test_the_new_tables_are_complete() -> None:
    for table in (REPORT, DRAFT_ERRORS, TERM_KINDS, DOCUMENTS):
        assert missing_translations(table) == []


def test_the_word_list_finds_what_it_lists() -> None:
    """The leak finder can fail: the leaks of before issue 13 are found, Finnish is not."""
    assert english_leaks("Ei yhtenäinen: 1 virhettä; provision 5 § 2 mom., row 5") == ["provision", "row"]
    assert english_leaks("first deadline 31 Oct 2023") == ["first deadline"]
    assert english_leaks("Tehtävä · tilanne 1.6.2025 · Uppgift · läget") == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_diagram_in_every_text_format_is_in_one_language(answers, kind, lang) -> None:
    for fmt in (f for f in FORMATS[kind] if f in TEXT_FORMATS):
        for at in (None, "2025-06-01"):
            body = draw_diagram(answers, kind, fmt, lang, at).body.decode("utf-8")
            assert english_leaks(visible(body)) == [], (kind, fmt, at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_raci_workbook_is_in_one_language(answers, lang) -> None:
    book = openpyxl.load_workbook(io.BytesIO(draw_diagram(answers, "raci", "xlsx", lang, "2025-06-01").body))
    words = [str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value]
    words += [sheet.title for sheet in book]
    assert english_leaks("\n".join(words)) == []


def _without_sources(report: str) -> str:
    """The report without the lines that quote the sources (their own words)."""
    return "\n".join(
        line
        for line in report.splitlines()
        if not line.lstrip().startswith("- Lähteet") and not line.lstrip().startswith("- Källor")
    )


@pytest.mark.parametrize("lang", LANGS)
def test_check_reports_are_in_one_language(checker, lang) -> None:
    results = [checker.check(Draft.empty())]
    for path in sorted(DRAFTS.iterdir()):
        results.append(checker.check(checker.read(path.read_bytes(), DRAFT_FORMATS[path.suffix], path.name)))
    titles = {"fi": "# Luonnoksen koherenssitarkistus", "sv": "# Koherenskontroll av ett utkast"}
    for result in results:
        markdown = str(render(result, "md", lang))
        assert markdown.startswith(titles[lang])
        assert english_leaks(_without_sources(markdown)) == [], result.draft.name
        assert result.findings == [] or all(f.message[lang] for f in result.findings)
    incoherent = [r for r in results if not r.coherent]
    assert incoherent, "an example draft is incoherent"
    # an assignment is named by task, actor and role in words, never by its identifier path
    words = {"fi": "rooli: tiedotettava", "sv": "roll: informerad"}[lang]
    graph_report = str(render(results[0], "md", lang))
    assert words in graph_report and "assignment/" not in graph_report
    verdict = {"fi": "Ei yhtenäinen:", "sv": "Inte koherent:"}[lang]
    assert all(verdict in str(render(r, "md", lang)) for r in incoherent)


BAD_DRAFTS = [
    ("csv", b"s\xc3\xa4\xc3\xa4nn\xc3\xb6s,toimija\n1,actor/tem\n"),
    (
        "csv",
        b"provision,actor,role,task,effective,legal basis\n1,actor/nobody,A,task/report-use,2026-01-01,\n",
    ),
    ("csv", b"provision,actor,role,task,effective,legal basis\n1,actor/tem,A,task/report-use,31.2.2026,\n"),
    ("csv", b"provision,actor,role,task,effective,legal basis\n1,,A,task/report-use,2026-01-01,\n"),
    (
        "csv",
        b"provision,actor,role,task,effective,legal basis\n1,actor/tem,A,task/report-use,2026-01-01,x y\n",
    ),
    (
        "turtle",
        b"@prefix eso: <https://w3id.org/fi-employment-steering/ontology#> .\n"
        b"@prefix es: <https://w3id.org/fi-employment-steering/id/> .\n"
        b"@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        b"es:draft/a a eso:Obligatoin ;\n  prov:agent es:actor/temm ;\n  eso:forTaks es:task/report-use .\n",
    ),
    ("turtle", b"\xff\xfe not text"),
]


@pytest.mark.parametrize("lang", LANGS)
def test_draft_errors_are_in_one_language(checker, lang) -> None:
    for fmt, body in BAD_DRAFTS:
        with pytest.raises(DraftError) as caught:
            checker.read(body, fmt, "draft")
        message = caught.value.text(lang)
        assert message != caught.value.text("en"), message
        assert english_leaks(message) == [], message

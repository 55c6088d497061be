"""The check result as JSON, Markdown or a self-contained HTML page (pure functions, no I/O).

The HTML report needs no network and no files beside it (styles inline), so a drafter can mail it
or attach it to the draft's case file; the PDF is that page printed (A4, page numbers, tagged).
Texts are in Finnish, Swedish or English (kg_service/i18n/checks.py); the findings' own messages
come from the check files.
"""

from __future__ import annotations

import json
from html import escape

from kg_service.answers.records import Period
from kg_service.checks.loader import Severity
from kg_service.checks.model import CheckFinding, CheckRef, CheckReport, DutyDiff, DutyRow
from kg_service.i18n import text
from kg_service.i18n.checks import REPORT


def to_json(result: CheckReport) -> str:
    """The result as JSON ({"findings": [...], "diff": {...}, ...})."""
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"


def render(result: CheckReport, fmt: str, lang: str) -> str | bytes:
    """The result in ``fmt`` (json, md, html or pdf: the HTML page printed to a tagged A4 PDF)."""
    if fmt == "pdf":
        from kg_service.documents.pdf import html_to_pdf

        return html_to_pdf(to_html(result, lang), lang)
    if fmt == "md":
        return to_markdown(result, lang)
    if fmt == "html":
        return to_html(result, lang)
    return to_json(result)


def _t(lang: str) -> dict[str, str]:
    """The report's words in ``lang`` (kg_service/i18n/checks.py)."""
    return {key: text(REPORT, key, lang) for key in REPORT}


def period_text(period: Period, lang: str) -> str:
    """2025-01-01 – 2025-12-31; an open bound as an ellipsis."""
    return f"{period.start or _t(lang)['open']} – {period.end or _t(lang)['open']}"


def source_about(finding: CheckFinding, lang: str) -> dict[str, str]:
    """Which claim or period each source backs, when a finding rests on several named ones."""
    named = {s.about.id: s.about.text(lang) for s in finding.sources if s.about.label}
    return named if len(named) > 1 else {}


def _labels(refs: list[CheckRef], lang: str) -> str:
    return ", ".join(r.text(lang) for r in refs)


def _draft_name(result: CheckReport, lang: str) -> str:
    if result.draft.format == "none":
        return result.draft.name or _t(lang)["none"]
    return f"{result.draft.name or '–'} ({result.draft.format})"


def _verdict(result: CheckReport, lang: str) -> str:
    errors = result.count(Severity.ERROR)
    if result.coherent:
        return _t(lang)["coherent"]
    return _t(lang)["incoherent_one"] if errors == 1 else _t(lang)["incoherent"].format(n=errors)


def _unchanged(result: CheckReport, lang: str) -> str:
    count = result.diff.unchanged
    return _t(lang)["unchanged_one"] if count == 1 else _t(lang)["unchanged"].format(n=count)


DIFF_COLUMNS = ("change", "actor", "role", "task", "before", "after", "basis", "provision")


def diff_cells(result: CheckReport, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """The before/after table as (kind of change, cells in DIFF_COLUMNS order)."""
    return diff_rows(result.diff, lang)


def diff_rows(diff: DutyDiff, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """A before/after table (of a draft or a changeset) as (kind of change, cells in DIFF_COLUMNS order)."""
    t = _t(lang)
    pairs: list[tuple[str, DutyRow | None, DutyRow]] = [("row_added", None, r) for r in diff.added]
    pairs += [("row_removed", r, r) for r in diff.removed]
    pairs += [("row_changed", c.before, c.after) for c in diff.changed]
    rows: list[tuple[str, tuple[str, ...]]] = []
    for change, before, row in pairs:
        after = None if change == "row_removed" else row
        cells = (
            t[change],
            row.actor.text(lang),
            row.role.text(lang),
            row.task.text(lang),
            "; ".join(period_text(p, lang) for p in before.periods) if before else "",
            "; ".join(period_text(p, lang) for p in after.periods) if after else "",
            _labels(row.bases, lang),
            ", ".join(row.provisions),
        )
        rows.append((change, cells))
    return rows


# ------------------------------------------------------------------------------ Markdown


def _md(text: str) -> str:
    """Text safe in a Markdown table cell and inert as HTML: Markdown passes raw HTML through,
    and a draft's names, labels and values are the drafter's text (issue 10)."""
    inert = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return inert.replace("|", "\\|").replace("\n", " ")


def to_markdown(result: CheckReport, lang: str = "fi") -> str:
    """The result as a Markdown document."""
    t = _t(lang)
    lines = [
        f"# {t['title']}",
        "",
        f"- {t['draft']}: {_md(_draft_name(result, lang))}",
        f"- {t['at']}: {result.at or t['each_start']}",
        "",
        f"**{_verdict(result, lang)}**",
        "",
        f"## {t['summary']}",
        "",
        f"| {t['severity']} | {t['added']} | {t['existing']} |",
        "|---|---|---|",
    ]
    lines += [f"| {t[s.value]} | {result.count(s, True)} | {result.count(s, False)} |" for s in Severity]
    for title, findings in _sections(result, lang):
        lines += ["", f"## {t['findings']}: {title}", ""]
        lines += [line for f in findings for line in _md_finding(f, lang)] or [t["none_found"]]
    lines += ["", f"## {t['diff']}", ""]
    rows = diff_cells(result, lang)
    if rows:
        lines += ["| " + " | ".join(t[c] for c in DIFF_COLUMNS) + " |", "|---" * len(DIFF_COLUMNS) + "|"]
        lines += ["| " + " | ".join(_md(c) for c in cells) + " |" for _, cells in rows]
    lines += ["", _unchanged(result, lang) if rows else t["no_changes"]]
    if result.replaced:
        lines += ["", f"## {t['replaced']}", ""]
        lines += [f"- `{r.subject}` `{r.property}`: {_md(str(r.value))}" for r in result.replaced]
    lines += [
        "",
        f"## {t['checks']}",
        "",
        f"| {t['check']} | {t['severity']} | {t['count']} | |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {c.id} | {t[c.severity.value]} | {c.findings} | {_md(c.summary.get(lang, ''))} |"
        for c in result.checks
    ]
    return "\n".join(lines) + "\n"


def _sections(result: CheckReport, lang: str) -> list[tuple[str, list[CheckFinding]]]:
    """Findings the draft adds, those already in the current graph, and those it resolves (if any)."""
    t = _t(lang)
    sections = [
        (t["added"], [f for f in result.findings if f.in_draft]),
        (t["existing"], [f for f in result.findings if not f.in_draft]),
    ]
    return sections + ([(t["resolved"], result.resolved)] if result.resolved else [])


def _md_finding(finding: CheckFinding, lang: str) -> list[str]:
    t = _t(lang)
    status = t["new"] if finding.in_draft else t["old"]
    lines = [f"- **{t[finding.severity.value]} {finding.id}** ({status}): {_md(finding.message[lang])}"]
    if finding.provisions:
        lines.append(f"  - {t['provisions']}: {_md(', '.join(finding.provisions))}")
    if finding.tasks:
        lines.append(f"  - {t['tasks']}: {_md(_labels(finding.tasks, lang))}")
    if finding.actors:
        lines.append(f"  - {t['actors']}: {_md(_labels(finding.actors, lang))}")
    about = source_about(finding, lang)
    for source in finding.sources:
        document = source.document.text(lang) if source.document else source.location
        quote = f' – "{_md(source.quote)}"' if source.quote else ""
        claim = f"{_md(about[source.about.id])} ← " if source.about.id in about else ""
        lines.append(f"  - {t['sources']}: {claim}{_md(document)}, {_md(source.locator or '')}{quote}")
    return lines


# ---------------------------------------------------------------------------------- HTML

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;
color:#1d2330;line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:28px 32px 48px}
h1{font-size:1.7rem;margin:0 0 4px}h2{font-size:1.2rem;margin:32px 0 10px;border-bottom:2px solid #d9dce3;
padding-bottom:4px}h3{font-size:1rem;margin:22px 0 8px;color:#3c4456}
.meta{color:#545d70;margin:0 0 16px}.meta span{margin-right:18px}
.verdict{padding:12px 16px;border-radius:8px;font-weight:600;font-size:1.05rem}
.ok{background:#e3f4e8;color:#14532d;border:1px solid #9bd3ad}.bad{background:#fde8e8;color:#7f1d1d;
border:1px solid #f2a7a7}
table{border-collapse:collapse;width:100%;background:#fff;border-radius:8px;overflow:hidden;
box-shadow:0 1px 2px rgba(0,0,0,.06)}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid #eceef2;vertical-align:top;font-size:.92rem}
th{background:#eef0f4;font-weight:600}
table.summary{width:auto}table.summary td{text-align:center}
.card{background:#fff;border-radius:8px;padding:12px 16px;margin:0 0 12px;
box-shadow:0 1px 2px rgba(0,0,0,.06);border-left:5px solid #9aa3b5}
.card.error{border-left-color:#c62828}.card.warning{border-left-color:#e69a00}
.card.info{border-left-color:#2f6fce}
.head{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin-bottom:6px}
.badge{font-size:.75rem;font-weight:700;padding:2px 8px;border-radius:999px;text-transform:uppercase;
letter-spacing:.03em}
.badge.error{background:#c62828;color:#fff}.badge.warning{background:#f3b234;color:#3d2a00}
.badge.info{background:#2f6fce;color:#fff}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:#3c4456}
.tag{font-size:.75rem;padding:1px 7px;border-radius:4px;border:1px solid #b8bfcc;color:#3c4456}
.tag.new{border-color:#c62828;color:#c62828;font-weight:600}
.message{margin:4px 0 8px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0;font-size:.9rem}
dt{color:#545d70}dd{margin:0}
ul.sources{margin:2px 0 0;padding-left:18px}ul.sources li{margin:2px 0}
.quote{color:#545d70;font-style:italic}.claim{background:#fff4d6;padding:0 4px;border-radius:3px}
td.nowrap,.id{white-space:nowrap}
.change-row_added td:first-child{color:#14532d;font-weight:600}
.change-row_removed td:first-child{color:#7f1d1d;font-weight:600}
.change-row_changed td:first-child{color:#7a4b00;font-weight:600}
.muted{color:#6b7385}
footer{margin-top:36px;color:#6b7385;font-size:.85rem}
"""


def to_html(result: CheckReport, lang: str = "fi") -> str:
    """The result as one self-contained HTML page."""
    t = _t(lang)
    draft = escape(_draft_name(result, lang))
    verdict = "ok" if result.coherent else "bad"
    parts = [
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(t['title'])}: {draft}</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{escape(t['title'])}</h1>",
        f'<p class="meta"><span><b>{escape(t["draft"])}:</b> {draft}'
        f"</span><span><b>{escape(t['at'])}:</b> {escape(result.at or t['each_start'])}</span></p>",
        f'<div class="verdict {verdict}">{escape(_verdict(result, lang))}</div>',
        f"<h2>{escape(t['summary'])}</h2>",
        _html_summary(result, lang),
    ]
    for title, findings in _sections(result, lang):
        parts.append(f"<h2>{escape(t['findings'])}: {escape(title)} ({len(findings)})</h2>")
        parts += [_html_finding(f, lang) for f in findings] or [_muted(t["none_found"])]
    parts += [f"<h2>{escape(t['diff'])}</h2>", _html_diff(result, lang)]
    if result.replaced:
        parts.append(
            f"<h2>{escape(t['replaced'])}</h2>"
            + _html_table(
                [t["subject"], t["property"], t["value"]],
                [(r.subject, r.property, r.value) for r in result.replaced],
            )
        )
    parts.append(
        f"<h2>{escape(t['checks'])}</h2>"
        + _html_table(
            [t["check"], t["severity"], t["count"], ""],
            [(c.id, t[c.severity.value], str(c.findings), c.summary.get(lang, "")) for c in result.checks],
            nowrap=(0,),
        )
    )
    parts.append("<footer>kg check</footer></main></body></html>\n")
    return "".join(parts)


def _muted(text: str) -> str:
    return f'<p class="muted">{escape(text)}</p>'


def _html_table(
    head: list[str],
    rows: list[tuple[str, ...]],
    classes: list[str] | None = None,
    nowrap: tuple[int, ...] = (),
) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    wrap = {True: '<td class="nowrap">', False: "<td>"}
    body = "".join(
        f'<tr class="{escape(classes[i]) if classes else ""}">'
        + "".join(f"{wrap[n in nowrap]}{escape(c)}</td>" for n, c in enumerate(row))
        + "</tr>"
        for i, row in enumerate(rows)
    )
    return f"<table><tr>{cells}</tr>{body}</table>"


def _html_summary(result: CheckReport, lang: str) -> str:
    t = _t(lang)
    rows = "".join(
        f'<tr><th><span class="badge {s.value}">{escape(t[s.value])}</span></th>'
        f"<td>{result.count(s, True)}</td><td>{result.count(s, False)}</td></tr>"
        for s in Severity
    )
    return (
        f'<table class="summary"><tr><th>{escape(t["severity"])}</th><th>{escape(t["added"])}</th>'
        f"<th>{escape(t['existing'])}</th></tr>{rows}</table>"
    )


def _html_finding(finding: CheckFinding, lang: str) -> str:
    t = _t(lang)
    severity = finding.severity.value
    tag = (
        f'<span class="tag new">{escape(t["new"])}</span>'
        if finding.in_draft
        else f'<span class="tag">{escape(t["old"])}</span>'
    )
    details = []
    if finding.provisions:
        details.append((t["provisions"], escape(", ".join(finding.provisions))))
    if finding.tasks:
        details.append((t["tasks"], escape(_labels(finding.tasks, lang))))
    if finding.actors:
        details.append((t["actors"], escape(_labels(finding.actors, lang))))
    if finding.sources:
        items = []
        about = source_about(finding, lang)
        for source in finding.sources:
            document = source.document.text(lang) if source.document else source.location
            quote = f' <span class="quote">“{escape(source.quote)}”</span>' if source.quote else ""
            claim = (
                f'<span class="claim">{escape(about[source.about.id])}</span> ← '
                if source.about.id in about
                else ""
            )
            items.append(f"<li>{claim}<b>{escape(document)}</b>, {escape(source.locator or '')}{quote}</li>")
        details.append((t["sources"], f'<ul class="sources">{"".join(items)}</ul>'))
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in details)
    return (
        f'<div class="card {severity}"><div class="head"><span class="badge {severity}">'
        f'{escape(t[severity])}</span><span class="id">{escape(finding.id)}</span>{tag}</div>'
        f'<div class="message">{escape(finding.message[lang])}</div><dl>{rows}</dl></div>'
    )


def _html_diff(result: CheckReport, lang: str) -> str:
    t = _t(lang)
    rows = diff_cells(result, lang)
    if not rows:
        return _muted(t["no_changes"])
    table = _html_table(
        [t[c] for c in DIFF_COLUMNS],
        [cells for _, cells in rows],
        [f"change-{change}" for change, _ in rows],
        nowrap=(0, 4, 5),
    )
    return table + _muted(_unchanged(result, lang))

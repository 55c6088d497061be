"""Readable validation reports in Finnish or English, for people at a terminal.

Violations are listed one by one; warnings are grouped by shape with a few examples, since a
missing Swedish name on many nodes is one thing to fix, not hundreds.
"""

from __future__ import annotations

from collections import defaultdict

from kg_service.namespaces import shorten
from kg_service.quality.validation import Report, ShaclSeverity, ShapeFinding

TEXTS = {
    "fi": {
        "title": "SHACL-validointi ({engine}, {seconds:.2f} s)",
        "ok": "Tulos: graafi on muotojen mukainen.",
        "bad": "Tulos: graafi EI ole muotojen mukainen.",
        "counts": "{violations} rikkomusta, {warnings} varoitusta, {infos} huomautusta",
        "Violation": "Rikkomus",
        "Warning": "Varoitus",
        "Info": "Huomautus",
        "more": "… ja {n} muuta (näytä kaikki: --all)",
        "value": "arvo",
        "path": "ominaisuus",
        "source": "Validoitu: {source}",
        "checks-ok": "Yhtenäisyystarkistukset: ei virheitä.",
        "checks-bad": "Yhtenäisyystarkistukset: {count} virhettä; graafi EI ole yhtenäinen.",
    },
    "en": {
        "title": "SHACL validation ({engine}, {seconds:.2f} s)",
        "ok": "Result: the graph conforms to the shapes.",
        "bad": "Result: the graph does NOT conform to the shapes.",
        "counts": "{violations} violations, {warnings} warnings, {infos} infos",
        "Violation": "Violation",
        "Warning": "Warning",
        "Info": "Info",
        "more": "… and {n} more (show all: --all)",
        "value": "value",
        "path": "property",
        "source": "Validated: {source}",
        "checks-ok": "Coherence checks: no errors.",
        "checks-bad": "Coherence checks: {count} errors; the graph is NOT coherent.",
    },
}
EXAMPLES_PER_GROUP = 5


def format_report(report: Report, lang: str = "en", show_all: bool = False) -> str:
    """The report as text in ``lang`` (fi or en)."""
    texts = TEXTS.get(lang, TEXTS["en"])
    lines = [
        texts["title"].format(engine=report.engine.value, seconds=report.seconds),
        *([texts["source"].format(source=report.source)] if report.source else []),
        texts["ok"] if report.shapes_conform else texts["bad"],
        *_checks_line(report, texts),
        texts["counts"].format(
            violations=report.count(ShaclSeverity.VIOLATION),
            warnings=report.count(ShaclSeverity.WARNING),
            infos=report.count(ShaclSeverity.INFO),
        ),
        "",
    ]
    groups: dict[tuple[ShaclSeverity, str], list[ShapeFinding]] = defaultdict(list)
    for finding in report.findings:
        groups[(finding.severity, finding.shape)].append(finding)
    for (severity, shape), findings in groups.items():
        limit = None if show_all or severity is ShaclSeverity.VIOLATION else EXAMPLES_PER_GROUP
        lines.append(
            f"[{texts[severity.value]}] {shorten(shape)} ({len(findings)}): {findings[0].text(lang)}"
        )
        for finding in findings[:limit]:
            detail = f"  - {shorten(finding.focus)}"
            if finding.path:
                detail += f"  {texts['path']}: {shorten(finding.path)}"
            if finding.value:
                detail += f"  {texts['value']}: {shorten(finding.value)}"
            lines.append(detail)
        if limit is not None and len(findings) > limit:
            lines.append("    " + texts["more"].format(n=len(findings) - limit))
    for check in report.checks or []:
        lines.append(f"[{texts['Violation']}] {check.check}: {check.text(lang)}")
    return "\n".join(lines).rstrip() + "\n"


def _checks_line(report: Report, texts: dict[str, str]) -> list[str]:
    """The coherence checks' verdict, when they were run."""
    if report.checks is None:
        return []
    return [texts["checks-bad"].format(count=len(report.checks)) if report.checks else texts["checks-ok"]]

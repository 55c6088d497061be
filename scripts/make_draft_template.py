"""Write the drafters' table templates (examples/templates/draft-template.csv and .xlsx).

Run after the graph's actors, roles or tasks change: `.venv/bin/python scripts/make_draft_template.py`.
The XLSX lists every actor, role and task id of the shipped graph with its name.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg_service.answers.labels import fetch_labels  # noqa: E402
from kg_service.checks.runner import Checker  # noqa: E402
from kg_service.checks.template import template_csv, template_xlsx  # noqa: E402
from kg_service.checks.terms import short_id  # noqa: E402
from kg_service.rdf.files import instance_files, ontology_files  # noqa: E402
from kg_service.store.embedded import EmbeddedStore  # noqa: E402

OUT = ROOT / "examples" / "templates"


def main() -> int:
    """Build both templates from the shipped graph."""
    checker = Checker(EmbeddedStore.from_files(ontology_files() + instance_files()))
    terms = checker.current_terms()
    ids: dict[str, list[tuple[str, str, str]]] = {}
    for kind in ("actor", "role", "task"):
        iris = sorted(i for i in terms.kinds[kind] if not i.startswith("_:"))
        labels = fetch_labels(checker.current(), checker.labels_query, set(iris))
        ids[kind] = [
            (short_id(i), labels.get(i, {}).get("fi", ""), labels.get(i, {}).get("en", "")) for i in iris
        ]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "draft-template.csv").write_text(template_csv(), encoding="utf-8")
    template_xlsx(OUT / "draft-template.xlsx", ids)
    print(f"wrote {OUT / 'draft-template.csv'} and {OUT / 'draft-template.xlsx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

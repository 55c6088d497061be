"""House rules that code review alone would let slip: SPARQL lives in queries/, not in Python."""

from __future__ import annotations

import re

from tests.conftest import REPO

SPARQL = re.compile(r"\b(SELECT\s+(\?|\(|DISTINCT|\*)|CONSTRUCT\s*\{|PREFIX\s+\w*:\s*<|ASK\s*\{)")
ALLOWED = {"kg_service/store/remote.py"}  # generic whole-graph count and copy of a remote store


def test_no_sparql_in_the_package_outside_the_store_layer() -> None:
    offenders = []
    for path in sorted((REPO / "kg_service").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if relative in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SPARQL.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []

"""`kg validate` as a user runs it: a real subprocess, real files, the documented exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

KG = [sys.executable, "-m", "kg_service.cli"]
VIOLATING = """@prefix eso: <https://w3id.org/fi-employment-steering/ontology#> .
@prefix es: <https://w3id.org/fi-employment-steering/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<http://example.org/test/duty> a eso:Obligation ;
    eso:forTask <http://example.org/test/task> ;
    prov:agent es:actor\\/tem ;
    prov:hadRole es:role\\/prepares ;
    eso:confidence es:confidence\\/confirmed .
"""


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=REPO, timeout=300, check=False)


def test_shipped_data_conforms() -> None:
    result = run_kg("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Result: the graph conforms to the shapes." in result.stdout


def test_report_in_finnish() -> None:
    result = run_kg("validate", "--lang", "fi")
    assert "Tulos: graafi on muotojen mukainen." in result.stdout


def test_violation_exits_one_and_names_shape_and_node(tmp_path: Path) -> None:
    draft = tmp_path / "draft.ttl"
    draft.write_text(VIOLATING, encoding="utf-8")
    result = run_kg("validate", str(draft))
    assert result.returncode == 1
    assert "shp:ObligationShape-legal-basis" in result.stdout
    assert "http://example.org/test/duty" in result.stdout
    assert "The obligation has no legal basis" in result.stdout
    finnish = run_kg("validate", "--lang", "fi", str(draft))
    assert "Velvoitteelta puuttuu oikeusperusta" in finnish.stdout


def test_unreadable_input_exits_two_naming_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "open .\n', encoding="utf-8"
    )
    result = run_kg("validate", str(broken))
    assert result.returncode == 2
    assert f"{broken}:3:" in result.stderr
    assert "Turtle syntax error" in result.stderr


def test_missing_file_exits_two(tmp_path: Path) -> None:
    result = run_kg("validate", str(tmp_path / "nope.ttl"))
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_validate_a_remote_store_validates_what_it_serves(remote_store) -> None:
    served = run_kg("validate", "--store", "remote", "--endpoint", remote_store.endpoint)
    shipped = run_kg("validate")
    assert served.returncode == 0, served.stdout + served.stderr
    assert "Result: the graph conforms to the shapes." in served.stdout
    summary = [line for line in shipped.stdout.splitlines() if "warning" in line.lower()][:1]
    assert summary and summary[0] in served.stdout


def test_remote_store_without_endpoint_exits_two() -> None:
    result = run_kg("validate", "--store", "remote")
    assert result.returncode == 2
    assert "KG_SPARQL_ENDPOINT" in result.stderr

"""`kg validate` as a user runs it: a real subprocess, real files, the documented exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ES, REPO

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


def _store_with_a_cycle(data_dir: Path) -> None:
    """A durable store (as `kg serve` makes it) holding two tasks that wait for each other: a
    graph no change through the service could make, as if edited behind its back."""
    import gc

    import pyoxigraph as ox

    from kg_service.rdf.files import instance_files, ontology_files
    from kg_service.store.durable import open_durable

    store = open_durable(data_dir, ontology_files() + instance_files()).store
    requires = ox.NamedNode("http://purl.org/dc/terms/requires")
    first, second = (
        ox.NamedNode(f"{ES}task/{t}") for t in ("steering-annual-clock", "steering-knowledge-base")
    )
    store.extend([ox.Quad(first, requires, second), ox.Quad(second, requires, first)])
    store.flush()
    del store
    gc.collect()  # RocksDB's lock goes with the last reference


def test_validate_validates_the_store_the_service_serves_and_files_on_request(tmp_path: Path) -> None:
    _store_with_a_cycle(tmp_path)
    env = {**os.environ, "KG_DATA_DIR": str(tmp_path)}
    served = subprocess.run(
        [*KG, "validate"], capture_output=True, text=True, cwd=REPO, timeout=300, check=False, env=env
    )
    assert served.returncode == 1, served.stdout + served.stderr
    assert f"Validated: KG_DATA_DIR: {tmp_path}" in served.stdout
    assert "Result: the graph conforms to the shapes." in served.stdout  # a cycle breaks no shape
    assert "Coherence checks: 1 errors; the graph is NOT coherent." in served.stdout
    assert "CHK-DEP-CYCLE: The tasks depend on each other in a cycle:" in served.stdout
    finnish = subprocess.run(
        [*KG, "validate", "--lang", "fi"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
        env=env,
    )
    assert "CHK-DEP-CYCLE: Tehtävät riippuvat toisistaan kehässä:" in finnish.stdout
    shipped = subprocess.run(
        [*KG, "validate", "--files"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
        env=env,
    )
    assert shipped.returncode == 0, shipped.stdout
    assert "Validated: instances/*.ttl" in shipped.stdout
    assert "Coherence checks: no errors." in shipped.stdout

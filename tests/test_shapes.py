"""Every SHACL shape against small Turtle fixtures, on both engines.

``tests/data/shapes/<Shape>/pass-*.ttl`` must make the shape under test (the node shape and its
property shapes ``<Shape>-*``) report nothing; ``fail-*.ttl`` must make it report exactly the
results declared in the fixture's leading comment lines, one line per result::

    # expect: <Shape or property shape local name> <ex:local or full IRI> <Violation|Warning|Info>

Other shapes may fire on a fixture; only the shape under test is compared with the expectations.
Every fixture runs on pyshacl-turbo (the fast engine the service uses) and on pySHACL (the
reference). Over all shapes the two engines must report the same (shape, focus, severity) keys,
except on the shapes listed in KNOWN_ENGINE_DIFFERENCES, whose difference must still show on some
fixture so that the list cannot go stale. Fixtures are read relative to this file; nothing is
written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg_service.namespaces import SH, SHP
from kg_service.quality.validation import Engine, validate_graphs
from kg_service.rdf.files import load_graph, ontology_files, shape_files

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "data" / "shapes"
FIXTURE_FILES = sorted(FIXTURES.glob("*/*.ttl"))
EXPECTED_FIXTURE_COUNT = 136
"""How many fixture files there are: a deleted or misnamed fixture fails the suite, not shrinks it."""

EX = "http://example.org/test/"
ENGINES = (Engine.TURBO, Engine.PYSHACL)
FILE_NAME = re.compile(r"(pass|fail)-[a-z0-9]+(-[a-z0-9]+)*\.ttl")
EXPECT = re.compile(
    r"# expect: (?P<shape>[A-Za-z]+Shape(-[a-z0-9-]+)?) (?P<focus>\S+) "
    r"(?P<severity>Violation|Warning|Info)"
)

Key = tuple[str, str, str]
"""(shape local name, focus node IRI, severity): what a fixture expects and the engines must agree on."""


class KnownDifference(NamedTuple):
    """A shape on which the engines are known to disagree, and the engine not to trust there."""

    untrusted: Engine
    reason: str


KNOWN_ENGINE_DIFFERENCES: dict[str, KnownDifference] = {
    "PeriodOrderShape": KnownDifference(
        Engine.PYSHACL,
        "sh:lessThanOrEquals must report a pair of values that cannot be compared (SHACL 4.5.4). "
        "pySHACL 0.40 skips an xsd:date start against an xsd:gYear or xsd:dateTime end; "
        "pyshacl-turbo reports them as the spec says (fail-incomparable-dates.ttl). Here the "
        "reference engine is the one not trusted; the datatype property shapes flag such dates on "
        "most classes anyway.",
    ),
}

KNOWN_SHAPE_GAPS: dict[str, str] = {}
"""Fail fixtures that state what a shape should find but currently does not (both engines)."""

PROPERTY_SHAPE_EXEMPTIONS: dict[str, str] = {}
"""Constrained property shapes that no expect line needs to name, with the reason."""

NOT_CONSTRAINTS = {
    SH.path,
    SH.name,
    SH.description,
    SH.message,
    SH.severity,
    SH.order,
    SH.group,
    SH.deactivated,
    SH.property,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.target,
}


def fixture_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def fixture_params() -> list[object]:
    params = []
    for path in FIXTURE_FILES:
        gap = KNOWN_SHAPE_GAPS.get(fixture_id(path))
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        params.append(pytest.param(path, id=fixture_id(path), marks=marks))
    return params


def local(shape: str) -> str:
    """A shape's local name (``TaskShape-label``); IRIs outside the shapes namespace stay whole."""
    return shape[len(str(SHP)) :] if shape.startswith(str(SHP)) else shape


def node_shape_of(name: str) -> str:
    """``TaskShape-label`` -> ``TaskShape``: property shapes are named after their node shape."""
    return name.split("-", 1)[0]


def belongs_to(name: str, shape: str) -> bool:
    """True for the node shape itself and its property shapes ``<shape>-*``."""
    return name == shape or name.startswith(shape + "-")


def focus_iri(token: str) -> str:
    if token.startswith("ex:"):
        return EX + token[3:]
    if token.startswith("<") and token.endswith(">"):
        return token[1:-1]
    if re.match(r"(https?|urn):", token):
        return token
    raise ValueError(f"focus {token!r} is neither ex:local nor a full IRI")


def expectations(path: Path) -> frozenset[Key]:
    """The results a fixture declares in its leading comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header_end = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    expected = set()
    for line in lines[:header_end]:
        if "expect:" in line:
            match = EXPECT.fullmatch(line)
            if match is None:
                raise ValueError(f"{fixture_id(path)}: malformed expect line {line!r}")
            expected.add((match["shape"], focus_iri(match["focus"]), match["severity"]))
    stray = [line for line in lines[header_end:] if "expect:" in line]
    if stray:
        raise ValueError(f"{fixture_id(path)}: expect lines after the leading comments: {stray}")
    return frozenset(expected)


def show(keys: set[Key] | frozenset[Key]) -> str:
    return (
        "\n".join(
            f"  {shape} {focus.replace(EX, 'ex:')} {severity}" for shape, focus, severity in sorted(keys)
        )
        or "  (none)"
    )


def other(engine: Engine) -> Engine:
    return Engine.PYSHACL if engine is Engine.TURBO else Engine.TURBO


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph(ontology_files(REPO))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_graph(shape_files(REPO))


@pytest.fixture(scope="module")
def findings(ontology: Graph, shapes: Graph) -> Callable[[Path, Engine], frozenset[Key]]:
    """Validate a fixture with an engine, once per (fixture, engine) for the whole module."""

    @cache
    def run(path: Path, engine: Engine) -> frozenset[Key]:
        report = validate_graphs(load_graph([path]), ontology, shapes, engine)
        return frozenset((local(f.shape), f.focus, f.severity.value) for f in report.findings)

    return run


def node_shapes(shapes: Graph) -> dict[str, URIRef]:
    return {local(str(s)): s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}


def property_shapes(shapes: Graph) -> dict[str, URIRef]:
    return {
        local(str(p)): p
        for node in node_shapes(shapes).values()
        for p in shapes.objects(node, SH.property)
        if isinstance(p, URIRef)
    }


def has_constraint(shapes: Graph, shape: URIRef) -> bool:
    return any(
        str(p).startswith(str(SH)) and p not in NOT_CONSTRAINTS for p in shapes.predicates(shape, None)
    )


def declared_severity(shapes: Graph, name: str) -> str:
    severity = shapes.value(SHP[name], SH.severity)
    return str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"


# ------------------------------------------------------------------------------- per fixture


@pytest.mark.parametrize("path", [pytest.param(p, id=fixture_id(p)) for p in FIXTURE_FILES])
def test_fixture_is_well_formed(path: Path, shapes: Graph) -> None:
    """Named pass-/fail-…, expectations only on fail fixtures, naming real shapes and nodes."""
    shape = path.parent.name
    assert FILE_NAME.fullmatch(path.name), f"{path.name}: name it pass-<what>.ttl or fail-<what>.ttl"
    expected = expectations(path)
    if path.name.startswith("pass-"):
        assert not expected, "a pass fixture declares no expected results"
    else:
        assert expected, "a fail fixture declares at least one '# expect:' line"
    known = set(node_shapes(shapes)) | set(property_shapes(shapes))
    subjects = {str(s) for s in load_graph([path]).subjects()}
    for name, focus, severity in expected:
        assert belongs_to(name, shape), f"{name} is not {shape} or one of its property shapes"
        assert name in known, f"{name} is not a shape in shapes/"
        assert severity == declared_severity(shapes, name), (
            f"{name} has sh:severity {declared_severity(shapes, name)}, not {severity}"
        )
        assert focus in subjects, f"the focus {focus} is not described in the fixture"


@pytest.mark.parametrize("engine", ENGINES, ids=[e.value for e in ENGINES])
@pytest.mark.parametrize("path", fixture_params())
def test_shape_reports_expected_results(
    path: Path, engine: Engine, findings: Callable[[Path, Engine], frozenset[Key]]
) -> None:
    """The shape under test reports exactly what the fixture declares, nothing more or less."""
    shape = path.parent.name
    expected = expectations(path)
    got = {key for key in findings(path, engine) if belongs_to(key[0], shape)}
    known = KNOWN_ENGINE_DIFFERENCES.get(shape)
    if known is not None and engine is known.untrusted:
        trusted = {key for key in findings(path, other(engine)) if belongs_to(key[0], shape)}
        if got != trusted:
            pytest.skip(f"{engine.value} is not trusted for {shape}: {known.reason}")
    assert got == expected, (
        f"{shape} on {engine.value}\nexpected:\n{show(expected)}\n"
        f"missing:\n{show(expected - got)}\nunexpected:\n{show(got - expected)}"
    )


@pytest.mark.parametrize("path", [pytest.param(p, id=fixture_id(p)) for p in FIXTURE_FILES])
def test_engines_agree(path: Path, findings: Callable[[Path, Engine], frozenset[Key]]) -> None:
    """pyshacl-turbo and pySHACL report the same keys over every shape, bar the known differences."""
    turbo, reference = findings(path, Engine.TURBO), findings(path, Engine.PYSHACL)
    unexplained = {key for key in turbo ^ reference if node_shape_of(key[0]) not in KNOWN_ENGINE_DIFFERENCES}
    assert not unexplained, (
        f"only pyshacl-turbo:\n{show(unexplained & turbo)}\nonly pySHACL:\n{show(unexplained & reference)}"
    )


@pytest.mark.parametrize("shape", sorted(KNOWN_ENGINE_DIFFERENCES))
def test_known_engine_difference_still_occurs(
    shape: str, findings: Callable[[Path, Engine], frozenset[Key]]
) -> None:
    """Each listed engine difference still shows on a fixture of its shape; else drop the entry."""
    showing = [
        fixture_id(path)
        for path in FIXTURE_FILES
        if path.parent.name == shape
        and any(
            node_shape_of(key[0]) == shape
            for key in findings(path, Engine.TURBO) ^ findings(path, Engine.PYSHACL)
        )
    ]
    assert showing, f"the engines now agree on {shape}: remove it from KNOWN_ENGINE_DIFFERENCES"


# ---------------------------------------------------------------------------------- coverage


def test_fixture_count() -> None:
    assert len(FIXTURE_FILES) == EXPECTED_FIXTURE_COUNT, (
        "fixtures were added or removed: update EXPECTED_FIXTURE_COUNT on purpose"
    )


def test_every_node_shape_has_pass_and_fail_fixtures(shapes: Graph) -> None:
    lacking = []
    for shape in sorted(node_shapes(shapes)):
        names = [p.name for p in FIXTURES.joinpath(shape).glob("*.ttl")]
        for kind in ("pass", "fail"):
            if not any(name.startswith(kind + "-") for name in names):
                lacking.append(f"{shape}: no {kind}-*.ttl")
    assert not lacking, "\n".join(lacking)


def test_fixture_directories_name_existing_shapes(shapes: Graph) -> None:
    shape_names = set(node_shapes(shapes))
    unknown = sorted(d.name for d in FIXTURES.iterdir() if d.is_dir() and d.name not in shape_names)
    assert not unknown, f"fixture directories for shapes that do not exist: {unknown}"
    stray = sorted(
        str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*") if p.is_file() and p not in FIXTURE_FILES
    )
    assert not stray, f"files that are not collected as fixtures (<Shape>/<name>.ttl): {stray}"


def test_property_shapes_are_named_after_their_node_shape(shapes: Graph) -> None:
    """belongs_to() and node_shape_of() rely on the naming convention shp:XShape-suffix."""
    misnamed = sorted(
        f"{local(str(p))} (of {node})"
        for node, uri in node_shapes(shapes).items()
        for p in shapes.objects(uri, SH.property)
        if not (isinstance(p, URIRef) and local(str(p)).startswith(node + "-") and "-" not in node)
    )
    assert not misnamed, f"property shapes not named <NodeShape>-<suffix>: {misnamed}"


def test_every_constraint_is_exercised(shapes: Graph) -> None:
    """Each constrained property shape, and each node shape with its own constraints (SPARQL), is
    named in at least one expect line, so that every constraint is seen failing."""
    named = {name for path in FIXTURE_FILES for name, _focus, _severity in expectations(path)}
    constrained = {
        name
        for name, uri in {**node_shapes(shapes), **property_shapes(shapes)}.items()
        if has_constraint(shapes, uri)
    }
    missing = sorted(constrained - named - set(PROPERTY_SHAPE_EXEMPTIONS))
    assert not missing, f"constraints never seen failing in a fixture: {missing}"
    stale = sorted(set(PROPERTY_SHAPE_EXEMPTIONS) - (constrained - named))
    assert not stale, f"PROPERTY_SHAPE_EXEMPTIONS entries no longer needed: {stale}"


def test_declared_severities_are_known(shapes: Graph) -> None:
    """Every shape declares exactly one SHACL severity (the expect lines are checked against it)."""
    allowed = {SH.Violation, SH.Warning, SH.Info}
    odd = []
    for name, uri in {**node_shapes(shapes), **property_shapes(shapes)}.items():
        severities = set(shapes.objects(uri, SH.severity))
        if len(severities) != 1 or not severities <= allowed:
            odd.append(name)
    assert not odd, f"shapes without exactly one of sh:Violation, sh:Warning, sh:Info: {sorted(odd)}"


def test_every_shape_message_is_in_finnish_swedish_and_english() -> None:
    """A finding is read in the report's language: a Swedish report must not fall back to Finnish."""
    from kg_service.i18n import LANGUAGES

    shapes = load_graph(shape_files())
    incomplete = {}
    for shape in set(shapes.subjects(SH.message, None)):
        languages = sorted(getattr(m, "language", None) or "-" for m in shapes.objects(shape, SH.message))
        if languages != sorted(LANGUAGES):
            incomplete[local(str(shape))] = languages
    assert incomplete == {}


def test_a_swedish_finding_reads_the_shapes_swedish_message() -> None:
    from rdflib import Literal

    from kg_service.namespaces import ES, ESO

    data = Graph()
    data.add((ES["task/fictitious"], RDF.type, ESO.Task))
    data.add((ES["task/fictitious"], ESO.startDate, Literal("2026-01-01")))
    report = validate_graphs(data, load_graph(ontology_files()), load_graph(shape_files()), Engine.TURBO)
    swedish = {finding.text("sv") for finding in report.findings}
    assert "Noden saknar finskt namn (skos:prefLabel@fi)." in swedish

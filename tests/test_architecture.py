"""The package's shape: no import cycle, few modules at the root, one contract for every command."""

from __future__ import annotations

import ast
import re

import networkx as nx
import pytest

from kg_service.cli import COMMANDS, build_parser
from tests.conftest import REPO

PACKAGE = REPO / "kg_service"


def module_name(path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path, modules: set[str]) -> set[str]:
    """The kg_service modules a file imports (at the top or inside a function)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in modules)
    return found


def import_graph() -> nx.DiGraph:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    graph = nx.DiGraph()
    for path in paths:
        source = module_name(path)
        graph.add_node(source)
        for target in imported_modules(path, modules):
            if target != source and not source.startswith(target + "."):
                graph.add_edge(source, target)
    return graph


def test_the_import_graph_sees_the_package() -> None:
    graph = import_graph()
    assert graph.has_edge("kg_service.cli.draw", "kg_service.cli.common")
    assert graph.has_edge("kg_service.api.app", "kg_service.store.factory")


def test_no_import_cycle_in_the_package() -> None:
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == []


def test_a_cycle_would_be_found() -> None:
    graph = import_graph()
    graph.add_edge("kg_service.cli.common", "kg_service.cli.draw")
    assert list(nx.simple_cycles(graph))


def test_at_most_three_modules_at_the_package_root() -> None:
    root_modules = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(root_modules) <= 3, root_modules


def subcommand_parsers() -> dict[str, object]:
    actions = [a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction"]
    return dict(actions[0].choices)


def test_every_command_module_is_registered_once() -> None:
    names = [module.__name__.rsplit(".", 1)[-1] for module in COMMANDS]
    assert sorted(subcommand_parsers()) == sorted(names)
    for path in (PACKAGE / "cli").glob("*.py"):
        if path.stem not in {"__init__", "__main__", "common"}:
            assert path.stem in names, f"{path.name} is not listed in cli.COMMANDS"


@pytest.mark.parametrize(
    "command", [m.__name__.rsplit(".", 1)[-1] for m in COMMANDS if getattr(m, "USES_A_STORE", True)]
)
def test_every_command_on_a_store_takes_store_and_endpoint(command: str) -> None:
    """A command that reads the graph takes --store/--endpoint; one that does not (kg user) says so
    with USES_A_STORE = False and a docstring saying why."""
    options = {o for action in subcommand_parsers()[command]._actions for o in action.option_strings}
    assert {"--store", "--endpoint"} <= options


def test_exit_codes_are_defined_once() -> None:
    definition = re.compile(r"^EXIT_\w+(\s*,\s*EXIT_\w+)*\s*=", re.MULTILINE)
    owners = [
        path.relative_to(REPO).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if definition.search(path.read_text(encoding="utf-8"))
    ]
    assert owners == ["kg_service/cli/common.py"]

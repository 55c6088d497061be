"""The `kg` command line: one module per command, each with `register(subparsers)`.

A command module adds its subparser (with the shared --store/--endpoint flags from
cli/common.py) and sets ``handler``, a function of the parsed arguments returning an exit code
from cli/common.py. To add a command, write the module and list it in COMMANDS.
"""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from kg_service.cli import check, draw, export, query, reason, serve, user, validate

COMMANDS: tuple[ModuleType, ...] = (validate, reason, serve, query, check, draw, user, export)
"""The command modules, in the order `kg --help` lists them."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(prog="kg", description="The employment-steering knowledge graph.")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kg` console command (and of `python -m kg_service.cli`)."""
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())

"""`kg draw KIND`: a diagram from the graph, to stdout or a file.

``register(subparsers)`` adds the subcommand to the `kg` parser; ``main`` runs it on its own
(`python -m kg_service.cli.draw draw roles --lang sv`). The bytes are those the API gives
for the same request (both call render.draw_diagram). Exit codes: 0 drawn, 1 the store or a
renderer failed (or is not installed), 2 bad input (kind, format, language, date, part, actor,
or a binary format without --output).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg_service.diagrams.common import BINARY_FORMATS, FORMATS, KINDS, LANGUAGES

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
ANNEX = "annex"  # the guidance annex: RACI table, every diagram, legend and sources (docx or pdf)


def command_draw(args: argparse.Namespace) -> int:
    """Draw one diagram as the arguments say."""
    from kg_service.answers.assemble import Answers
    from kg_service.api.app import store_from_settings
    from kg_service.cli import _apply_store_flags
    from kg_service.config import ConfigError, Settings
    from kg_service.diagrams.render import UnknownKindError, draw_diagram
    from kg_service.diagrams.tools import RenderError, ToolMissingError
    from kg_service.queries.stored import ParameterError, load_queries
    from kg_service.rdf.files import DataFileError
    from kg_service.store.base import StoreError

    fmt = (args.format or FORMATS.get(args.kind, ("docx",))[0]).lower()
    if fmt in BINARY_FORMATS and not args.output:
        print(f"--format {fmt} is binary: give --output FILE", file=sys.stderr)
        return EXIT_BAD_INPUT
    _apply_store_flags(args)
    try:
        settings = Settings.from_env()
        answers = Answers(store_from_settings(settings), load_queries(), settings.query_timeout)
        if args.kind == ANNEX:
            from kg_service.documents.make import make_annex

            drawing = make_annex(answers, fmt, args.lang, args.at, args.part, args.actor)
        else:
            drawing = draw_diagram(answers, args.kind, fmt, args.lang, args.at, args.part, args.actor)
    except (ParameterError, UnknownKindError, ConfigError, DataFileError) as error:
        print(str(error.args[0]) if isinstance(error, UnknownKindError) else str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StoreError, ToolMissingError, RenderError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    if args.output:
        Path(args.output).write_bytes(drawing.body)
    else:
        sys.stdout.buffer.write(drawing.body)
        sys.stdout.flush()
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `draw` to the `kg` command's subparsers."""
    formats = sorted({f for kind_formats in FORMATS.values() for f in kind_formats})
    draw = subparsers.add_parser(
        "draw",
        help="draw a diagram from the graph (RACI, roles, swimlane, annual clock, dependencies)",
        description="; ".join(f"{kind}: {', '.join(f)}" for kind, f in FORMATS.items())
        + "; annex: docx, pdf",
    )
    draw.add_argument("kind", choices=[*KINDS, ANNEX], help="which diagram, or the whole guidance annex")
    draw.add_argument("--lang", choices=LANGUAGES, default="fi", help="label language (default fi)")
    draw.add_argument("--format", choices=formats, help="output format (default: svg; docx for the annex)")
    draw.add_argument("--at", help="as of this date (YYYY-MM-DD): only assignments in force then")
    draw.add_argument("--part", help="a part of the model or a workstream, e.g. part/regional-discussions")
    draw.add_argument("--actor", help="an organisation or kind of actor, e.g. actor/tem or kind/ely-centres")
    draw.add_argument(
        "--output", "-o", help="write to this file (required for png, xlsx, docx and pdf); default stdout"
    )
    draw.add_argument(
        "--store",
        choices=["embedded", "remote"],
        help="embedded Oxigraph with the shipped data (default) or a remote SPARQL store",
    )
    draw.add_argument("--endpoint", help="the remote store's SPARQL query URL")
    draw.set_defaults(handler=command_draw)
    return draw


def main(argv: list[str] | None = None) -> int:
    """Run `draw` without the rest of the `kg` command (tests, scripts)."""
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

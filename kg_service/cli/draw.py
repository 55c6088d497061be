"""`kg draw KIND`: a diagram from the graph, or the whole guidance annex, to stdout or a file.

The bytes are those the API gives for the same request (both call documents.drawing.draw_any, or
documents.make.make_annex for the annex). Exit codes: 0 drawn, 1 the store or a renderer failed
(or is not installed), 2 bad input (kind, format, language, date, part, actor, or a binary format
without --output).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg_service.cli.common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, add_store_flags, fail, open_store
from kg_service.diagrams.common import BINARY_FORMATS
from kg_service.diagrams.registry import FORMATS
from kg_service.i18n import LANGUAGES

ANNEX = "annex"  # the guidance annex: RACI table, every diagram, legend and sources (docx or pdf)


def command_draw(args: argparse.Namespace) -> int:
    """Draw one diagram (or the annex) as the arguments say."""
    from kg_service.answers.assemble import Answers
    from kg_service.config import ConfigError
    from kg_service.diagrams.render import UnknownKindError
    from kg_service.diagrams.tools import RenderError, ToolMissingError
    from kg_service.documents.drawing import draw_any
    from kg_service.queries.stored import ParameterError, load_queries
    from kg_service.rdf.files import DataFileError
    from kg_service.store.base import StoreError

    fmt = (args.format or FORMATS.get(args.kind, ("docx",))[0]).lower()
    if fmt in BINARY_FORMATS and not args.output:
        return fail(f"--format {fmt} is binary: give --output FILE")
    try:
        opened = open_store(args)
        answers = Answers(opened.store, load_queries(), opened.settings.query_timeout)
        if args.kind == ANNEX:
            from kg_service.documents.make import make_annex

            drawing = make_annex(answers, fmt, args.lang, args.at, args.part, args.actor)
        else:
            drawing = draw_any(answers, args.kind, fmt, args.lang, args.at, args.part, args.actor)
    except UnknownKindError as error:
        return fail(error.args[0], EXIT_BAD_INPUT)
    except (ParameterError, ConfigError, DataFileError) as error:
        return fail(error, EXIT_BAD_INPUT)
    except (StoreError, ToolMissingError, RenderError) as error:
        return fail(error, EXIT_FINDINGS)
    if args.output:
        Path(args.output).write_bytes(drawing.body)
    else:
        sys.stdout.buffer.write(drawing.body)
        sys.stdout.flush()
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `draw` to the `kg` parser."""
    formats = sorted({f for kind_formats in FORMATS.values() for f in kind_formats})
    parser = subparsers.add_parser(
        "draw",
        help="draw a diagram from the graph (RACI, roles, swimlane, annual clock, dependencies)",
        description="; ".join(f"{kind}: {', '.join(f)}" for kind, f in FORMATS.items())
        + "; annex: docx, pdf",
    )
    parser.add_argument("kind", choices=[*FORMATS, ANNEX], help="which diagram, or the whole guidance annex")
    parser.add_argument("--lang", choices=LANGUAGES, default="fi", help="label language (default fi)")
    parser.add_argument("--format", choices=formats, help="output format (default: svg; docx for the annex)")
    parser.add_argument("--at", help="as of this date (YYYY-MM-DD): only assignments in force then")
    parser.add_argument("--part", help="a part of the model or a workstream, e.g. part/regional-discussions")
    parser.add_argument(
        "--actor", help="an organisation or kind of actor, e.g. actor/tem or kind/ely-centres"
    )
    parser.add_argument(
        "--output", "-o", help="write to this file (required for png, xlsx, docx and pdf); default stdout"
    )
    add_store_flags(parser)
    parser.set_defaults(handler=command_draw)

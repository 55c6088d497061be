"""The two external renderers: Graphviz `dot` (role and dependency diagrams, SVG and PNG) and
`rsvg-convert` (PNG of the hand-drawn SVG diagrams). Both come from Debian's packages through
scripts/install.d/20-diagram-tools.sh.

They run as subprocesses with a fixed argument list and a time limit; the input goes through
stdin, nothing touches the shell. A missing tool is reported by name with the command that
installs it, never silently skipped.
"""

from __future__ import annotations

import shutil
import subprocess

TIMEOUT_SECONDS = 60
INSTALL_HINT = "install it with make setup (scripts/install.d/20-diagram-tools.sh: graphviz, librsvg2-bin)"
PNG_ZOOM = "2"  # hand-drawn SVG pixels per PNG pixel: sharp when scaled to A4 width
DOT_PNG_DPI = "144"  # Graphviz's points are 1/72 in; 144 dpi is twice the SVG's size


class ToolMissingError(RuntimeError):
    """A renderer the diagram needs is not installed."""


class RenderError(RuntimeError):
    """A renderer failed on input we gave it (a fault of ours)."""


def _binary(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise ToolMissingError(f"'{name}' is not installed: {INSTALL_HINT}")
    return found


def _run(arguments: list[str], data: bytes) -> bytes:
    try:
        done = subprocess.run(  # noqa: S603 - fixed arguments
            arguments,
            input=data,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(f"{arguments[0]} took longer than {TIMEOUT_SECONDS} s") from None
    if done.returncode != 0:
        raise RenderError(f"{arguments[0]} failed: {done.stderr.decode(errors='replace')[:500]}")
    return done.stdout


def dot(source: str, fmt: str) -> bytes:
    """Lay out Graphviz DOT ``source`` with `dot` and render it as "svg" or "png"."""
    arguments = [_binary("dot"), f"-T{fmt}"]
    if fmt == "png":
        arguments.append(f"-Gdpi={DOT_PNG_DPI}")
    return _run(arguments, source.encode("utf-8"))


def svg_to_png(svg: str) -> bytes:
    """A PNG of a hand-drawn SVG, by rsvg-convert (fonts through fontconfig: DejaVu Sans)."""
    return _run([_binary("rsvg-convert"), "--format", "png", "--zoom", PNG_ZOOM], svg.encode("utf-8"))

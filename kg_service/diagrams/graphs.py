"""Writing Graphviz DOT and Mermaid text for the graph-shaped diagrams (roles, dependencies).

Labels come from the graph and may hold any character, so each is escaped for the language it
goes into: a quoted DOT string, a DOT HTML-like label, or a Mermaid quoted label. Node ids are
the stable short ids of common.stable_ids, never the labels.
"""

from __future__ import annotations

from html import escape

from kg_service.diagrams.common import INK, MUTED, Caption
from kg_service.diagrams.text import text_width, wrap

FONT_NAME = "DejaVu Sans"
BREAK = '<BR ALIGN="LEFT"/>'


def dot_string(text: str, justify: str = "n") -> str:
    """A DOT quoted string; each line of ``text`` ends in \\n (centred) or \\l (left-aligned)."""
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    if justify == "l":
        return '"' + "".join(f"{line}\\l" for line in body.split("\n")) + '"'
    return '"' + body.replace("\n", "\\n") + '"'


def wrapped(text: str, width: float, size: float) -> str:
    """``text`` wrapped to ``width`` pixels at ``size``; its own line breaks are kept. A word wider
    than ``width`` (a long Swedish or Finnish compound) widens the box rather than being cut."""
    widest = max((text_width(word, size) for word in text.split()), default=0.0)
    return "\n".join(
        line for paragraph in text.split("\n") for line in wrap(paragraph, max(width, widest + 1), size)
    )


def dot_lines(text: str, width: float, size: float, justify: str = "n") -> str:
    """``text`` wrapped to ``width`` pixels at ``size`` as a DOT quoted string."""
    return dot_string(wrapped(text, width, size), justify)


def html(text: str) -> str:
    """Text for a DOT HTML-like label."""
    return escape(text, quote=True)


def header_label(cap: Caption, legend: list[tuple[str, str]], width: float = 620) -> str:
    """A DOT HTML-like graph label: the title, the filters and a legend of (swatch markup, text)."""
    title = BREAK.join(html(line) for line in wrap(cap.title, width, 18, True))
    rows = [
        f'<TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="18" COLOR="{INK}"><B>{title}'
        f"</B></FONT></TD></TR>"
    ]
    if cap.filters:
        rows.append(
            f'<TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="11" COLOR="{MUTED}">'
            f"{html(cap.filters)}</FONT></TD></TR>"
        )
    for swatch, text in legend:
        lines = BREAK.join(html(line) for line in wrap(text, width - 60, 11))
        rows.append(
            f'<TR><TD ALIGN="CENTER">{swatch}</TD><TD ALIGN="LEFT"><FONT POINT-SIZE="11">'
            f"{lines}{BREAK}</FONT></TD></TR>"
        )
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">{"".join(rows)}</TABLE>>'


def swatch(fill: str, border: str = MUTED, dashed: bool = False) -> str:
    """A small coloured box for a legend row (a nested one-cell table)."""
    style = ' STYLE="DASHED"' if dashed else ""
    return (
        f'<TABLE BORDER="1" CELLBORDER="0" COLOR="{border}" BGCOLOR="{fill}"{style} CELLPADDING="0" '
        f'CELLSPACING="0"><TR><TD WIDTH="22" HEIGHT="10" FIXEDSIZE="TRUE"> </TD></TR></TABLE>'
    )


def line_swatch(colour: str, symbol: str) -> str:
    """A legend sample for an edge style: a coloured symbol such as ──▶ or - - ▷."""
    return f'<FONT COLOR="{colour}" POINT-SIZE="12">{html(symbol)}</FONT>'


def dot_document(name: str, graph_attributes: dict[str, str], lines: list[str]) -> str:
    """A digraph with the project's fonts; ``graph_attributes`` values are written as given."""
    attributes = ", ".join(f"{key}={text}" for key, text in graph_attributes.items())
    return (
        f"digraph {name} {{\n"
        f'  graph [fontname="{FONT_NAME}", {attributes}];\n'
        f'  node [fontname="{FONT_NAME}", fontsize=12, fontcolor="{INK}"];\n'
        f'  edge [fontname="{FONT_NAME}", fontsize=10, fontcolor="{INK}"];\n'
        + "".join(f"  {line}\n" for line in lines)
        + "}\n"
    )


def mermaid_label(text: str) -> str:
    """A Mermaid quoted label: quotes and angle brackets as entities, line breaks as <br/>."""
    safe = text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
    return '"' + safe.replace("\n", "<br/>") + '"'


def mermaid_lines(text: str, width: float, size: float = 12) -> str:
    """``text`` wrapped and quoted for a Mermaid node."""
    return mermaid_label(wrapped(text, width, size))

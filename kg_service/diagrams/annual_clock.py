"""The annual clock (vuosikello): a wheel of the twelve months with the steering milestones placed
in their month, as SVG (PNG by rsvg-convert).

Every clock in the graph is drawn, except a clock that only groups variants (the clock of the
established years, whose variants are the election year and the other years) when it has no
milestones of its own. A clock with milestones gets a full-width panel, their labels in two
columns (January to June on the right, July to December on the left) with leader lines, spread
so that they never overlap; a clock without milestones gets a half-width panel saying so. With a
date filter, a red hand points at that day of the year.
"""

from __future__ import annotations

import math
from datetime import date

from kg_service.diagrams.common import (
    CRITICAL,
    MONTHS,
    MUTED,
    format_date,
    legend_items,
    num,
    period_text,
    say,
    sort_key,
    svg_caption,
    svg_document,
    svg_line,
    svg_text,
)
from kg_service.diagrams.data import gather_annual_clock
from kg_service.diagrams.kind import DiagramKind
from kg_service.diagrams.rows import AnnualClockData, Clock, Milestone
from kg_service.diagrams.text import wrap

WIDTH, MARGIN = 980.0, 24.0
QUARTER_FILLS = ("#d6eaf8", "#d5f5e3", "#fcf3cf", "#fadbd8")
TYPE_COLOURS = {"draft": "#2e86c1", "approval": "#1e8449", "refinement": "#ca6f1e"}
OTHER_TYPE = "#7f8c8d"
LABEL_SIZE, NOTE_SIZE = 12.0, 10.5


def clocks_to_draw(data: AnnualClockData) -> list[Clock]:
    """The clocks with milestones (by name), then the others that are not only a family of variants."""
    clocks = data.clocks
    with_milestones = {m.clock for m in data.milestones}
    families = {c.variant_of for c in clocks if c.variant_of}
    chosen = [c for c in clocks if c.clock in with_milestones or c.clock not in families]
    return sorted(
        chosen, key=lambda c: (c.clock not in with_milestones, *sort_key(str(c.label), str(c.clock)))
    )


def _point(cx: float, cy: float, radius: float, degrees: float) -> tuple[float, float]:
    """A point on a circle, angle measured clockwise from twelve o'clock."""
    angle = math.radians(degrees)
    return cx + radius * math.sin(angle), cy - radius * math.cos(angle)


def _sector(cx: float, cy: float, inner: float, outer: float, start: float, end: float) -> str:
    (x1, y1), (x2, y2) = _point(cx, cy, outer, start), _point(cx, cy, outer, end)
    (x3, y3), (x4, y4) = _point(cx, cy, inner, end), _point(cx, cy, inner, start)
    return (
        f"M{num(x1)},{num(y1)} A{num(outer)},{num(outer)} 0 0 1 {num(x2)},{num(y2)} "
        f"L{num(x3)},{num(y3)} A{num(inner)},{num(inner)} 0 0 0 {num(x4)},{num(y4)} Z"
    )


def _type_colour(type_iri: object) -> str:
    return TYPE_COLOURS.get(str(type_iri or "").rsplit("/", 1)[-1], OTHER_TYPE)


def wheel(cx: float, cy: float, radius: float, lang: str, at: str | None) -> list[str]:
    """The month ring with month names, and the hand for ``at``."""
    inner = radius * 0.52
    elements = []
    for month in range(12):
        path = _sector(cx, cy, inner, radius, month * 30, month * 30 + 30)
        fill = QUARTER_FILLS[month // 3]
        elements.append(f'<path d="{path}" fill="{fill}" stroke="#ffffff" stroke-width="2"/>')
        x, y = _point(cx, cy, (inner + radius) / 2, month * 30 + 15)
        elements.append(svg_text(x, y + 4, [MONTHS[lang][month]], 11, anchor="middle"))
    if at:
        day = date.fromisoformat(at)
        length = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
        degrees = 360 * (day.timetuple().tm_yday - 0.5) / length
        # the hand stays inside the hole (the month names stay readable); a pointer marks the rim
        x, y = _point(cx, cy, inner - 3, degrees)
        elements.append(svg_line(cx, cy, x, y, stroke=CRITICAL, width=2.5))
        elements.append(f'<circle cx="{num(cx)}" cy="{num(cy)}" r="4" fill="{CRITICAL}"/>')
        tip, left, right = (
            _point(cx, cy, radius + 9, degrees),
            _point(cx, cy, radius + 23, degrees - 4),
            _point(cx, cy, radius + 23, degrees + 4),
        )
        points = " ".join(f"{num(px)},{num(py)}" for px, py in (tip, left, right))
        elements.append(f'<polygon points="{points}" fill="{CRITICAL}"/>')
        label = wrap(f"{say('as-of', lang)} {format_date(at, lang)}", inner * 1.4, NOTE_SIZE, bold=True)
        height = len(label) * NOTE_SIZE * 1.25
        # the date goes in the half of the hole the hand does not point into
        first = cy + 12 + NOTE_SIZE if math.cos(math.radians(degrees)) > 0 else cy - 10 - height + NOTE_SIZE
        elements.append(svg_text(cx, first, label, NOTE_SIZE, anchor="middle", bold=True, fill=CRITICAL))
    return elements


def spread(
    wanted: list[float], heights: list[float], top: float, bottom: float, gap: float = 8
) -> list[float]:
    """Top y of each label, as near its wanted y as possible without overlapping, inside [top, bottom]."""
    placed: list[float] = []
    for want, height in zip(wanted, heights, strict=True):
        y = max(want - height / 2, top, placed[-1] + heights[len(placed) - 1] + gap if placed else top)
        placed.append(y)
    limit = bottom
    for index in range(len(placed) - 1, -1, -1):
        placed[index] = min(placed[index], limit - heights[index])
        limit = placed[index] - gap
    return placed


def full_panel(
    clock: Clock, milestones: list[Milestone], y: float, lang: str, at: str | None
) -> tuple[list[str], float]:
    """A clock with its milestones; returns the elements and the y below the panel."""
    radius, cx = 150.0, WIDTH / 2
    title = wrap(_title(clock, lang), WIDTH - 2 * MARGIN, 15, True)
    elements = [svg_text(MARGIN, y + 16, title, 15, bold=True)]
    cy = y + 40 + radius + 10
    elements += wheel(cx, cy, radius, lang, at)
    by_month: dict[int, list[Milestone]] = {}
    for milestone in milestones:
        by_month.setdefault(int(str(milestone.month)), []).append(milestone)
    sides: dict[str, list[tuple[float, float, float, Milestone]]] = {"right": [], "left": []}
    for month, items in sorted(by_month.items()):
        for index, milestone in enumerate(items):
            degrees = (month - 1) * 30 + 30 * (index + 1) / (len(items) + 1)
            x, dot_y = _point(cx, cy, radius, degrees)
            sides["right" if degrees < 180 else "left"].append((dot_y, x, degrees, milestone))
    column_width = cx - radius - 70 - MARGIN
    bottom = cy + radius + 30
    for side, placed in sides.items():
        placed.sort(key=lambda item: (item[0], item[2]))
        texts = [wrap(str(m.label), column_width, LABEL_SIZE) for _, _, _, m in placed]
        heights = [len(lines) * LABEL_SIZE * 1.25 + NOTE_SIZE * 1.3 for lines in texts]
        room = max(bottom, y + 36 + sum(heights) + 8 * len(heights))
        tops = spread([item[0] for item in placed], heights, y + 36, room)
        for (dot_y, dot_x, _, milestone), lines, top in zip(placed, texts, tops, strict=True):
            colour = _type_colour(milestone.type)
            text_x = cx + radius + 70 if side == "right" else cx - radius - 70
            elbow = cx + radius + 30 if side == "right" else cx - radius - 30
            anchor = "start" if side == "right" else "end"
            target_y = top + LABEL_SIZE * 0.8
            elements.append(
                f'<polyline points="{num(dot_x)},{num(dot_y)} {num(elbow)},{num(target_y)} '
                f'{num(text_x + (-6 if side == "right" else 6))},{num(target_y)}" fill="none" '
                f'stroke="{colour}" stroke-width="1.2"/>'
            )
            elements.append(
                f'<circle cx="{num(dot_x)}" cy="{num(dot_y)}" r="6" fill="{colour}" '
                f'stroke="#ffffff" stroke-width="1.5"/>'
            )
            elements.append(svg_text(text_x, top + LABEL_SIZE, lines, LABEL_SIZE, anchor=anchor))
            period = period_text(milestone.start, milestone.end, lang)
            note = f"{milestone.type_label} · {period}" if period else str(milestone.type_label)
            note_y = top + len(lines) * LABEL_SIZE * 1.25 + NOTE_SIZE
            elements.append(
                svg_text(text_x, note_y, [note], NOTE_SIZE, anchor=anchor, fill=colour, bold=True)
            )
            bottom = max(bottom, top + len(lines) * LABEL_SIZE * 1.25 + NOTE_SIZE * 1.3)
    return elements, bottom + 20


def small_panel(
    clock: Clock, x: float, y: float, width: float, lang: str, at: str | None
) -> tuple[list[str], float]:
    """A clock without milestones: its name, the wheel and a note; returns elements and bottom y."""
    lines = wrap(_title(clock, lang), width - 20, 14, bold=True)
    elements = [svg_text(x, y + 15, lines, 14, bold=True)]
    top = y + len(lines) * 17.5 + 10
    radius = 105.0
    elements += wheel(x + width / 2, top + radius + 8, radius, lang, at)
    note = wrap(say("no-milestones", lang), width - 20, NOTE_SIZE)
    elements.append(
        svg_text(x + width / 2, top + 2 * radius + 36, note, NOTE_SIZE, anchor="middle", fill=MUTED)
    )
    return elements, top + 2 * radius + 36 + len(note) * NOTE_SIZE * 1.25 + 12


def _title(clock: Clock, lang: str) -> str:
    if clock.variant_of_label:
        return f"{clock.label} ({say('variant-of', lang)}: {clock.variant_of_label})"
    return str(clock.label)


def to_svg(data: AnnualClockData, lang: str) -> str:
    """Every clock to draw, full panels first, then the small ones two by two, and a legend."""
    cap, at = data.caption, data.at or None
    body, y = svg_caption(cap, MARGIN, MARGIN, WIDTH - 2 * MARGIN)
    milestones = data.milestones
    chosen = clocks_to_draw(data)
    if not chosen:
        body.append(svg_text(MARGIN, y + 20, [say("no-clocks", lang)], 14))
        return svg_document(WIDTH, y + 48, cap.title, body)
    small = [c for c in chosen if not any(m.clock == c.clock for m in milestones)]
    for clock in chosen:
        if clock in small:
            continue
        elements, y = full_panel(clock, [m for m in milestones if m.clock == clock.clock], y, lang, at)
        body += elements
        body.append(svg_line(MARGIN, y - 8, WIDTH - MARGIN, y - 8, stroke="#d5dbdb"))
    half = (WIDTH - 2 * MARGIN) / 2
    for start in range(0, len(small), 2):
        bottoms = []
        for column, clock in enumerate(small[start : start + 2]):
            elements, bottom = small_panel(clock, MARGIN + column * half, y + 6, half, lang, at)
            body += elements
            bottoms.append(bottom)
        y = max(bottoms) + 10
    types = {str(m.type): str(m.type_label) for m in milestones}
    items = [(_type_colour(iri), label, None) for iri, label in sorted(types.items())]
    if items:
        legend, y = legend_items(items, MARGIN, y + 6, WIDTH - 2 * MARGIN)
        body += legend
    return svg_document(WIDTH, y + MARGIN, cap.title, body)


def draw(fmt: str, data: AnnualClockData, lang: str) -> str:
    """SVG (also the source of the PNG)."""
    return to_svg(data, lang)


def counts(data: AnnualClockData) -> dict[str, int]:
    """The clocks drawn and their milestones (the description's numbers)."""
    clocks = clocks_to_draw(data)
    drawn = {c.clock for c in clocks}
    return {"clocks": len(clocks), "milestones": sum(1 for m in data.milestones if m.clock in drawn)}


KIND = DiagramKind("annual-clock", ("svg", "png"), gather_annual_clock, draw, counts)

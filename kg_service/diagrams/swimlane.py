"""The swimlane timeline: tasks in actor lanes over quarters, from the schedules in the graph,
coloured by the task's status, as SVG (PNG by rsvg-convert) and as a Mermaid Gantt chart.

A lane is an actor; a task appears in the lane of every actor with a role on it, with that actor's
RACI codes beside it (A, R, C, I; * inherited). Only tasks with a schedule are drawn; a task with
two schedules (a draft and an update) has two bars on its row; a one-day schedule is a diamond.
With a date filter, a red line marks the date. Lanes with more tasks come first, then by name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from kg_service.answers.records import Schedule
from kg_service.diagrams.common import (
    CRITICAL,
    GRID,
    INK,
    MUTED,
    RACI_ORDER,
    STATUS_COLOURS,
    format_date,
    legend_items,
    num,
    period_text,
    say,
    sort_key,
    status_key,
    status_legend,
    status_mark,
    svg_caption,
    svg_document,
    svg_line,
    svg_rect,
    svg_text,
)
from kg_service.diagrams.data import gather_swimlane
from kg_service.diagrams.kind import DiagramKind
from kg_service.diagrams.rows import SwimlaneData, TaskRow
from kg_service.diagrams.text import text_width, wrap

MARGIN, TASK_WIDTH, CODE_WIDTH = 24.0, 290.0, 46.0
SIZE, SMALL = 12.5, 10.5
TIMELINE_WIDTH = 520.0


def lanes(data: SwimlaneData) -> list[tuple[str, str, list[tuple[TaskRow, str]]]]:
    """(actor, label, [(task, codes)]) for every actor with a role on a scheduled task."""
    scheduled = {t.task: t for t in data.tasks if t.schedules}
    codes: dict[tuple[str, str], dict[str, bool]] = defaultdict(dict)
    labels: dict[str, str] = {}
    for row in data.rows:
        if row.task in scheduled:
            seen = codes[(str(row.actor), str(row.task))]
            seen[str(row.raci)] = seen.get(str(row.raci), True) and bool(row.inherited)
            labels[str(row.actor)] = str(row.actor_label)
    by_actor: dict[str, list[tuple[TaskRow, str]]] = defaultdict(list)
    for (actor, task), found in codes.items():
        text = " ".join(code + ("*" if found[code] else "") for code in RACI_ORDER if code in found)
        by_actor[actor].append((scheduled[task], text))
    result = []
    for actor, items in by_actor.items():
        items.sort(
            key=lambda item: (
                str(item[0].schedules[0].start),
                *sort_key(str(item[0].label), str(item[0].task)),
            )
        )
        result.append((actor, labels[actor], items))
    return sorted(result, key=lambda lane: (-len(lane[2]), *sort_key(lane[1], lane[0])))


def quarters(data: SwimlaneData) -> list[tuple[int, int]]:
    """Every (year, quarter) from the earliest schedule start to the latest end (and the date)."""
    days = [
        date.fromisoformat(day)
        for task in data.tasks
        for s in task.schedules
        for day in (s.start, s.end)
        if day
    ]
    if data.at:
        days.append(date.fromisoformat(data.at))
    if not days:
        return []
    first, last = min(days), max(days)
    found, year, quarter = [], first.year, (first.month - 1) // 3 + 1
    while (year, quarter) <= (last.year, (last.month - 1) // 3 + 1):
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found


def to_svg(data: SwimlaneData, lang: str) -> str:
    """The timeline drawn by hand: lanes, task rows, quarter grid, bars, legend."""
    cap = data.caption
    all_lanes, span = lanes(data), quarters(data)
    quarter_width = max(TIMELINE_WIDTH / max(len(span), 1), 58.0)
    # the lane column is as wide as the longest word of a lane's name needs (150-230 px)
    words = [word for _, label, _ in all_lanes for word in label.split()]
    lane_width = min(max(max((text_width(w, SIZE, True) for w in words), default=0) + 18, 150.0), 230.0)
    timeline_x = MARGIN + lane_width + TASK_WIDTH + CODE_WIDTH
    width = timeline_x + quarter_width * len(span) + MARGIN
    body, y = svg_caption(cap, MARGIN, MARGIN, width - 2 * MARGIN)
    body.append(
        svg_text(
            MARGIN, y + SIZE, wrap(say("only-scheduled", lang), width - 2 * MARGIN, SMALL), SMALL, fill=MUTED
        )
    )
    y += 26
    if not all_lanes or not span:
        body.append(svg_text(MARGIN, y + 20, [say("no-schedules", lang)], 14))
        return svg_document(max(width, 640), y + 48, cap.title, body)
    start = date(span[0][0], 3 * span[0][1] - 2, 1)
    end = _quarter_end(span[-1]) + timedelta(days=1)

    def x_of(day: str) -> float:
        offset = (date.fromisoformat(day) - start).days / (end - start).days
        return timeline_x + offset * quarter_width * len(span)

    top = y
    body.append(svg_rect(MARGIN, y, width - 2 * MARGIN, 40, "#1f618d"))
    for text, x in (
        (say("lane", lang), MARGIN + 8),
        (say("task", lang), MARGIN + lane_width + 8),
        ("RACI", MARGIN + lane_width + TASK_WIDTH + 6),
    ):
        body.append(svg_text(x, y + 26, [text], SIZE, bold=True, fill="#ffffff"))
    for index, (year, quarter) in enumerate(span):
        x = timeline_x + index * quarter_width
        if quarter == 1 or index == 0:
            body.append(svg_text(x + 4, y + 15, [str(year)], SMALL, bold=True, fill="#ffffff"))
        body.append(
            svg_text(x + quarter_width / 2, y + 33, [f"Q{quarter}"], SMALL, anchor="middle", fill="#ffffff")
        )
    y += 40
    bars: list[str] = []
    for number, (_, lane_label, items) in enumerate(all_lanes):
        lane_top = y
        rows = []
        for task, codes in items:
            lines = wrap(str(task.label), TASK_WIDTH - 14, SIZE)
            rows.append((task, codes, lines, max(len(lines) * SIZE * 1.25 + 10, 28.0)))
        lane_lines = wrap(lane_label, lane_width - 14, SIZE, bold=True)
        lane_height = max(sum(r[3] for r in rows), len(lane_lines) * SIZE * 1.25 + 12)
        shade = "#f8f9f9" if number % 2 == 0 else "#ffffff"
        body.append(svg_rect(MARGIN, y, width - 2 * MARGIN, lane_height, shade, stroke=GRID))
        body.append(svg_text(MARGIN + 8, y + 6 + SIZE, lane_lines, SIZE, bold=True))
        row_y = y
        for task, codes, lines, height in rows:
            if row_y > y:
                body.append(svg_line(MARGIN + lane_width, row_y, width - MARGIN, row_y, stroke="#e5e8e8"))
            body.append(svg_text(MARGIN + lane_width + 8, row_y + 5 + SIZE, lines, SIZE))
            body.append(
                svg_text(MARGIN + lane_width + TASK_WIDTH + 6, row_y + 5 + SIZE, [codes], SMALL, bold=True)
            )
            for schedule in task.schedules:
                bars += _bar(task, schedule, x_of, row_y + height / 2, lang)
            row_y += height
        y = lane_top + lane_height
    for index in range(len(span) + 1):
        x = timeline_x + index * quarter_width
        strong = index < len(span) and span[index][1] == 1
        body.append(svg_line(x, top + 40, x, y, stroke=MUTED if strong else "#d5dbdb", width=1))
    for x in (MARGIN + lane_width, MARGIN + lane_width + TASK_WIDTH, timeline_x):
        body.append(svg_line(x, top, x, y, stroke=GRID))
    body += bars
    if data.at:
        at_x = x_of(data.at)
        body.append(svg_line(at_x, top + 40, at_x, y + 6, stroke=CRITICAL, width=2, dash="6 3"))
        label = f"{say('as-of', lang)} {format_date(data.at, lang)}"
        anchor = "end" if at_x + text_width(label, SMALL, True) > width - MARGIN else "start"
        body.append(
            svg_text(
                at_x + (-4 if anchor == "end" else 4),
                y + 18,
                [label],
                SMALL,
                bold=True,
                fill=CRITICAL,
                anchor=anchor,
            )
        )
    statuses = data.statuses
    swatches: list[tuple[str, str, str | None]] = [
        (fill, text, None) for fill, text in status_legend(statuses, lang)
    ]
    legend, y = legend_items(swatches, MARGIN, y + 30, width - 2 * MARGIN)
    body += legend
    codes_line = " · ".join(f"{code} = {data.legend[code]}" for code in RACI_ORDER)
    for text in (codes_line, say("inherited", lang)):
        lines = wrap(text, width - 2 * MARGIN, 12)
        body.append(svg_text(MARGIN, y + 12, lines, 12))
        y += len(lines) * 15 + 2
    return svg_document(width, y + MARGIN, cap.title, body)


def _quarter_end(quarter: tuple[int, int]) -> date:
    year, number = quarter
    return date(year + (number == 4), (3 * number) % 12 + 1, 1) - timedelta(days=1)


def _bar(
    task: TaskRow, schedule: Schedule, x_of: Callable[[str], float], middle: float, lang: str
) -> list[str]:
    """One schedule of a task: a bar (or a diamond for a single day) in the status's colour, with
    the status's mark and the period in the reader's notation (only the mark, beside it, for a
    diamond or a bar too short for the text)."""
    fill = STATUS_COLOURS[status_key(task.status)]
    mark = status_mark(task.status)
    x1 = x_of(str(schedule.start))
    x2 = x_of((date.fromisoformat(str(schedule.end)) + timedelta(days=1)).isoformat())
    period = period_text(schedule.start, schedule.end, lang)
    tooltip = f"<title>{_escape(str(task.label))}: {_escape(period)}</title>"
    text = f"{mark} {period}"
    if schedule.start == schedule.end:
        points = (
            f"{num(x1)},{num(middle - 8)} {num(x1 + 8)},{num(middle)} {num(x1)},{num(middle + 8)} "
            f"{num(x1 - 8)},{num(middle)}"
        )
        return [
            f'<g>{tooltip}<polygon points="{points}" fill="{fill}" stroke="{INK}"/>',
            svg_text(x1 + 11, middle + 3.5, [mark], 9.5),
            "</g>",
        ]
    elements = [f"<g>{tooltip}", svg_rect(x1, middle - 9, max(x2 - x1, 4), 18, fill, stroke=INK, radius=3)]
    if text_width(text, 9.5) + 8 <= x2 - x1:
        elements.append(svg_text((x1 + x2) / 2, middle + 3.5, [text], 9.5, anchor="middle"))
    else:
        elements.append(svg_text(max(x1, x2) + 4, middle + 3.5, [mark], 9.5))
    elements.append("</g>")
    return elements


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


def to_mermaid(data: SwimlaneData, lang: str) -> str:
    """A Mermaid Gantt chart: one section per lane, one bar per schedule (end dates inclusive)."""
    cap = data.caption
    out = [
        "gantt",
        f"  title {_gantt_text(' · '.join(cap.lines))}",
        "  dateFormat YYYY-MM-DD",
        "  axisFormat %Y-%m",
    ]
    tags = {"done": "done, ", "in-progress": "active, "}
    number = 0
    for _, lane_label, items in lanes(data):
        out.append(f"  section {_gantt_text(lane_label)}")
        for task, codes in items:
            for schedule in task.schedules:
                number += 1
                tag = tags.get(status_key(task.status), "")
                name = _gantt_text(f"{task.label} ({codes})")
                if schedule.start == schedule.end:
                    out.append(f"  {name} :milestone, {tag}t{number}, {schedule.start}, 0d")
                else:
                    until = (date.fromisoformat(str(schedule.end)) + timedelta(days=1)).isoformat()
                    out.append(f"  {name} :{tag}t{number}, {schedule.start}, {until}")
    if data.at:
        out.append(f"  %% {say('as-of', lang)} {data.at}")
    return "\n".join(out) + "\n"


def _gantt_text(text: str) -> str:
    """Text for a Gantt line: no colon, hash or semicolon (they end the name in Mermaid)."""
    return " ".join(text.replace(":", " -").replace("#", "").replace(";", ",").split())


def draw(fmt: str, data: SwimlaneData, lang: str) -> str:
    """SVG (also the source of the PNG) or Mermaid."""
    return to_mermaid(data, lang) if fmt == "mmd" else to_svg(data, lang)


def counts(data: SwimlaneData) -> dict[str, int]:
    """The scheduled tasks and the lanes the timeline shows (its description's numbers)."""
    drawn = lanes(data)
    return {"tasks": len({t.task for _, _, items in drawn for t, _ in items}), "lanes": len(drawn)}


KIND = DiagramKind("swimlane", ("svg", "png", "mmd"), gather_swimlane, draw, counts)

"""Diagrams a reader who cannot see colours, or cannot see at all, can still read (issue 13).

Status fills: simulated with colorspacious (Machado et al. 2009, severity 100) under deuteranopia,
protanopia and tritanopia, every two status fills stay at least MIN_DISTANCE apart in CAM02-UCS
(about 15 just-noticeable differences: clearly different swatches, not merely distinguishable
side by side); dark text on every fill keeps the 4.5:1 contrast of WCAG 1.4.3; and each status has
its own mark, so colour is never the only sign (WCAG 1.4.1).

SVG: every diagram, drawn from the shipped graph in Finnish and Swedish, starts with a <title> and
a <desc> in that language, and its root names them (role="img", aria-labelledby).
"""

from __future__ import annotations

import csv
import io
import itertools
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from kg_service.answers.assemble import Answers
from kg_service.diagrams.common import INK, STATUS_COLOURS, STATUS_MARKS
from kg_service.diagrams.registry import KINDS
from kg_service.diagrams.render import draw_diagram
from kg_service.queries.stored import load_queries
from tests.language import english_leaks

MIN_DISTANCE = 15.0
DEFICIENCIES = ("deuteranomaly", "protanomaly", "tritanomaly")  # at severity 100: -anopia
SVG = "{http://www.w3.org/2000/svg}"


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255


def seen(colour: str, deficiency: str | None) -> np.ndarray:
    if deficiency is None:
        return rgb(colour)
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(cspace_convert(rgb(colour), space, "sRGB1"), 0, 1)


def luminance(colour: str) -> float:
    channel = rgb(colour)
    linear = np.where(channel <= 0.04045, channel / 12.92, ((channel + 0.055) / 1.055) ** 2.4)
    return float(linear @ np.array([0.2126, 0.7152, 0.0722]))


@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_status_fills_stay_apart_under_colour_blindness(deficiency) -> None:
    for (one, first), (other, second) in itertools.combinations(STATUS_COLOURS.items(), 2):
        distance = deltaE(seen(first, deficiency), seen(second, deficiency), input_space="sRGB1")
        assert distance >= MIN_DISTANCE, (deficiency, one, other, distance)


def test_the_old_fills_would_fail_the_threshold() -> None:
    """The test can fail: the fills of before issue 13 come closer than the threshold."""
    old = {"not-started": "#d5d8dc", "in-progress": "#f8c471", "done": "#7dcea0", "": "#d6eaf8"}
    closest = min(
        deltaE(seen(a, "deuteranomaly"), seen(b, "deuteranomaly"), input_space="sRGB1")
        for a, b in itertools.combinations(old.values(), 2)
    )
    assert closest < MIN_DISTANCE


def test_dark_text_is_readable_on_every_status_fill_and_marks_differ() -> None:
    for fill in STATUS_COLOURS.values():
        lighter, darker = sorted((luminance(fill), luminance(INK)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, fill
    assert STATUS_MARKS.keys() == STATUS_COLOURS.keys()
    assert len(set(STATUS_MARKS.values())) == len(STATUS_MARKS)


@pytest.fixture(scope="module")
def answers(shipped_store) -> Answers:
    return Answers(shipped_store, load_queries(), 60)


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_svg_has_its_title_and_description_in_the_language(answers, kind, lang) -> None:
    body = draw_diagram(answers, kind, "svg", lang, "2025-06-01").body
    root = ET.fromstring(body)
    first, second = list(root)[:2]
    assert first.tag == f"{SVG}title" and second.tag == f"{SVG}desc"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "diagram-title diagram-desc"
    title, desc = first.text or "", second.text or ""
    words = {"fi": ("1.6.2025", "tilanne"), "sv": ("1.6.2025", "läget")}[lang]
    assert all(word in title for word in words), title
    assert len(desc) > 60 and english_leaks(title + " " + desc) == []
    # the description's counts are the drawing's: a RACI of n tasks and m actors says n and m
    if kind == "raci":
        table = draw_diagram(answers, "raci", "csv", lang, "2025-06-01").body.decode("utf-8")
        rows = list(csv.reader(io.StringIO(table)))
        assert f" {len(rows) - 1} " in desc and f" {len(rows[0]) - 2} " in desc, desc

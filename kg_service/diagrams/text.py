"""Text widths for laying out hand-drawn SVG: DejaVu Sans advance widths, wrapping to a width.

The SVG diagrams name DejaVu Sans first (installed with the diagram tools; it has å ä ö and
every Nordic letter). Boxes are sized from these widths, so a label measured here fits when the
SVG is rendered, by rsvg-convert for the PNG or by a browser or Word that has the font. The
widths are the fonts' own advance widths (thousandths of an em), read once from DejaVuSans.ttf
and DejaVuSans-Bold.ttf; a character outside the table counts as a wide one, so text is never
measured too short.
"""

from __future__ import annotations

# printable ASCII, Latin-1 and the dashes, quotes and arrows the labels use
_CHARS = "".join(map(chr, [*range(32, 127), *range(160, 256)])) + (
    "\u2013\u2014\u2026\u201d\u201c\u2019\u2018\u2022\u00b7\u2192\u2190\u2194\u00d7\u0160\u0161\u017d\u017e\u20ac")
_REGULAR = (
    318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,
    636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,
    787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,
    278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,318,401,636,636,
    636,636,337,500,500,1000,471,612,838,361,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,
    969,969,969,531,684,684,684,684,684,684,974,698,632,632,632,632,295,295,295,295,775,748,787,787,787,
    787,787,838,787,732,732,732,732,611,605,630,613,613,613,613,613,613,982,550,615,615,615,615,278,278,
    278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,635,592,500,1000,1000,518,518,318,
    318,590,318,838,838,838,838,635,521,685,525,636,
)
_BOLD = (
    348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,
    696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,
    733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,
    712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,348,
    456,696,696,636,696,365,500,500,1000,564,646,838,415,1000,500,500,838,438,438,500,736,636,380,500,
    438,564,646,1035,1035,1035,580,774,774,774,774,774,774,1085,734,683,683,683,683,372,372,372,372,838,
    837,850,850,850,850,850,838,850,812,812,812,812,724,738,719,675,675,675,675,675,675,1048,593,678,
    678,678,678,343,343,343,343,687,712,687,687,687,687,687,838,687,712,712,712,712,652,716,652,500,1000,
    1000,657,657,380,380,639,380,838,838,838,838,720,595,725,582,696,
)
_WIDTH = {char: (regular, bold) for char, regular, bold in zip(_CHARS, _REGULAR, _BOLD, strict=True)}
_UNKNOWN = (1000, 1000)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in pixels at font size ``size``."""
    index = 1 if bold else 0
    return sum(_WIDTH.get(char, _UNKNOWN)[index] for char in text) * size / 1000


def _split_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """A word too long for the width, cut into pieces that fit, each but the last ending in a hyphen
    (at least one character a piece)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char + "-", size, bold) > width:
            pieces.append(current + "-")
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels, at spaces where possible."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, size, bold) <= width:
            current = word
        else:
            *full, current = _split_word(word, width, size, bold)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines or [""]


def widest(lines: list[str], size: float, bold: bool = False) -> float:
    """The width of the widest of ``lines``."""
    return max((text_width(line, size, bold) for line in lines), default=0.0)

"""Page decisions shared by the Word and the PDF writer, made once: A4, margins, when a page turns
to landscape, how a wide RACI matrix is split into tables of a few actors each (the task column and
the header row repeated), and how large a picture is drawn.

A RACI table whose actors fit across a portrait page stays portrait; a wider one goes to landscape
pages, split into tables of at most MAX_ACTORS_LANDSCAPE actors, sized evenly (19 actors give
7 + 6 + 6), each with only the tasks some of its actors have a role in. Long tables run over pages
with their header row repeated (both writers mark it).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg_service.diagrams.raci import Matrix

A4_CM = (21.0, 29.7)
MARGIN_CM = 2.0
TASK_COLUMN_CM = {"portrait": 5.5, "landscape": 6.5}
MAX_ACTORS_PORTRAIT = 5
MAX_ACTORS_LANDSCAPE = 8
WIDE_PICTURE = 1.15  # width / height above which a picture gets a landscape page
CAPTION_ROOM_CM = 3.5  # heading, caption and spacing on a picture's page
# the PNGs have two pixels per CSS pixel (96 per inch): 2.54 cm / 192 pixels at natural size
NATURAL_CM_PER_PIXEL = 2.54 / 192


@dataclass(frozen=True)
class Page:
    """An A4 page's orientation and the size of its text area in centimetres."""

    orientation: str

    @property
    def size_cm(self) -> tuple[float, float]:
        return A4_CM if self.orientation == "portrait" else (A4_CM[1], A4_CM[0])

    @property
    def text_width_cm(self) -> float:
        return self.size_cm[0] - 2 * MARGIN_CM

    @property
    def text_height_cm(self) -> float:
        return self.size_cm[1] - 2 * MARGIN_CM


PORTRAIT, LANDSCAPE = Page("portrait"), Page("landscape")


def raci_page(actors: int) -> Page:
    """Portrait when every actor fits across a portrait page, else landscape."""
    return PORTRAIT if actors <= MAX_ACTORS_PORTRAIT else LANDSCAPE


def actor_chunks(actors: int) -> list[range]:
    """The actor columns of each RACI table: all in one when they fit, else even chunks."""
    if actors <= MAX_ACTORS_PORTRAIT:
        return [range(actors)]
    count = -(-actors // MAX_ACTORS_LANDSCAPE)
    size, extra = divmod(actors, count)
    chunks, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        chunks.append(range(start, end))
        start = end
    return chunks


def chunk_groups(
    matrix: Matrix, actors: list[tuple[str, str]]
) -> list[tuple[str | None, str, list[tuple[str, str]]]]:
    """The groups and tasks of ``matrix`` in which at least one of ``actors`` has a role: a table
    of some actors leaves out the rows that would be empty in it (every row is in some table)."""
    kept = []
    for group, label, tasks in matrix.groups:
        inside = [(task, name) for task, name in tasks if any(matrix.cell(task, a) for a, _ in actors)]
        if inside:
            kept.append((group, label, inside))
    return kept


def column_widths_cm(page: Page, actors: int) -> tuple[float, float]:
    """The task column's width and each actor column's width on ``page``."""
    task = TASK_COLUMN_CM[page.orientation]
    return task, (page.text_width_cm - task) / max(actors, 1)


def picture_page(width: int, height: int) -> Page:
    """Landscape for a wide picture, portrait otherwise."""
    return LANDSCAPE if width > height * WIDE_PICTURE else PORTRAIT


def picture_size_cm(width: int, height: int, page: Page) -> tuple[float, float]:
    """The picture scaled to fit the page's text area below its heading and caption, never drawn
    larger than its natural size (a small diagram, such as an empty one, stays small)."""
    room_w, room_h = page.text_width_cm, page.text_height_cm - CAPTION_ROOM_CM
    scale = min(room_w / width, room_h / height, NATURAL_CM_PER_PIXEL)
    return width * scale, height * scale

"""The diagrams as pure functions of hand-made rows: the SVG parses as XML and holds the right labels,
the XLSX has the right cells, header style, frozen panes and widths, the CSV, DOT and Mermaid the
right content; the same rows always give the same bytes. The tests that render through Graphviz
or rsvg-convert need them installed (scripts/install.d/20-diagram-tools.sh) and fail, not skip, without.
"""

from __future__ import annotations

import csv
import io
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from itertools import pairwise

import networkx as nx
import openpyxl
import pytest

from kg_service.answers.records import Schedule
from kg_service.diagrams import annual_clock, dependencies, raci, roles, swimlane
from kg_service.diagrams.common import STATUS_COLOURS, Caption, caption, stable_ids
from kg_service.diagrams.render import render
from kg_service.diagrams.rows import (
    ActorRow,
    AnnualClockData,
    Clock,
    DependenciesData,
    Feed,
    Milestone,
    RaciData,
    Relation,
    RoleRow,
    RolesData,
    Stated,
    SwimlaneData,
    TaskRow,
)
from kg_service.diagrams.text import text_width, wrap

SVG = "{http://www.w3.org/2000/svg}"
ES = "https://w3id.org/fi-employment-steering/id/"
ORG = "http://www.w3.org/ns/org#"
LEGEND = {"A": "tilivelvollinen", "R": "vastuussa toteutuksesta", "C": "kuultava", "I": "tiedotettava"}
STATUSES = {
    ES + "status/done": "Valmis",
    ES + "status/in-progress": "Työn alla",
    ES + "status/not-started": "Aloittamatta",
}


def require(tool: str) -> None:
    """Fail (not skip) when a renderer is missing."""
    assert shutil.which(tool), f"'{tool}' is not installed: run scripts/install.d/20-diagram-tools.sh"


def texts(svg: str | bytes) -> list[str]:
    """Every <text> of an SVG as one string (its lines joined by spaces); the SVG must parse."""
    root = ET.fromstring(svg)
    return [
        " ".join(part.strip() for part in element.itertext() if part.strip())
        for element in root.iter(f"{SVG}text")
    ]


def row(
    task: str,
    actor: str,
    code: str,
    role: str | None = None,
    *,
    inherited: bool = False,
    group: str | None = "workstream/ws",
    start: str | None = None,
    end: str | None = None,
) -> RoleRow:
    """A role row as data.role_rows gives it (labels are the ids, made readable)."""
    return RoleRow(
        task=ES + task,
        task_label=task.split("/")[-1].replace("-", " ").capitalize(),
        group=ES + group if group else None,
        group_label=group.split("/")[-1].upper() if group else None,
        actor=ES + actor,
        actor_label=actor.split("/")[-1],
        raci=code,
        role=ES + "role/" + (role or code),
        role_label=role or LEGEND[code],
        inherited=inherited,
        via=ES + ("model/m" if inherited else task),
        via_label=None,
        start=start,
        end=end,
    )


ROWS = [
    row("task/ohjeistaminen", "actor/työ- ja elinkeinoministeriö", "R", "ohjeistaa"),
    row("task/ohjeistaminen", "actor/valmisteluryhmä", "A", inherited=True),
    row("task/tietotuotanto", "kind/ELY-keskukset", "C", "tuottaa tietoa"),
    row("task/tietotuotanto", "actor/valmisteluryhmä", "A", inherited=True),
    row("task/tietotuotanto", "actor/valmisteluryhmä", "R", "valmistelee", inherited=True),
    row("task/lakisääteinen", "actor/valtioneuvosto", "A", "päättää", group=None),
]


# ------------------------------------------------------------------------------ text and ids


def test_wrap_keeps_lines_within_the_width_and_measures_nordic_letters() -> None:
    label = "Määritellään keskeiset sisällöt KEHAn tuottamalle aineistolle niin, että se vastaa tavoitteisiin"
    lines = wrap(label, 200, 13)
    assert " ".join(lines) == label
    assert all(text_width(line, 13) <= 200 for line in lines)
    assert text_width("ÅÄÖ", 13) > text_width("...", 13) > 0
    long_word = "elinkeinoministeriöelinkeinoministeriö"
    assert all(text_width(line, 12) <= 60 for line in wrap(long_word, 60, 12))


def test_stable_ids_do_not_depend_on_the_order_rows_came_in() -> None:
    assert stable_ids(["b", "a", "c"]) == stable_ids(["c", "b", "a"]) == {"a": "n1", "b": "n2", "c": "n3"}


def test_caption_names_the_filters_in_the_language() -> None:
    cap = caption("raci", "sv", "Regionala samtal", "arbets- och näringsministeriet", "2025-06-01")
    assert cap.title == "RACI-matris"
    assert cap.filters == "del: Regionala samtal · aktör: arbets- och näringsministeriet · läget 1.6.2025"


# ------------------------------------------------------------------------------------- RACI


def test_raci_matrix_cells_codes_verbs_and_inherited_marks() -> None:
    matrix = raci.build(ROWS, LEGEND, "fi")
    assert [label for _, label in matrix.actors] == [
        "ELY-keskukset",
        "työ- ja elinkeinoministeriö",
        "valmisteluryhmä",
        "valtioneuvosto",
    ]
    assert [label for _, label, _ in matrix.groups] == ["WS", "Muut tehtävät"]
    tem = ES + "actor/työ- ja elinkeinoministeriö"
    assert matrix.cell_text(ES + "task/ohjeistaminen", tem) == "R (ohjeistaa)"
    assert matrix.cell_text(ES + "task/tietotuotanto", ES + "actor/valmisteluryhmä") == "A*, R* (valmistelee)"
    assert matrix.cell_text(ES + "task/lakisääteinen", ES + "actor/valtioneuvosto") == "A (päättää)"
    assert matrix.cell_text(ES + "task/lakisääteinen", ES + "actor/valmisteluryhmä") == ""


def test_raci_csv_has_a_column_per_actor_and_a_row_per_task() -> None:
    rows = list(
        csv.reader(
            io.StringIO(raci.draw("csv", RaciData(caption=Caption("RACI"), rows=ROWS, legend=LEGEND), "fi"))
        )
    )
    assert rows[0] == [
        "Kokonaisuus",
        "Tehtävä",
        "ELY-keskukset",
        "työ- ja elinkeinoministeriö",
        "valmisteluryhmä",
        "valtioneuvosto",
    ]
    assert ["WS", "Tietotuotanto", "C (tuottaa tietoa)", "", "A*, R* (valmistelee)", ""] in rows
    assert ["Muut tehtävät", "Lakisääteinen", "", "", "", "A (päättää)"] in rows
    assert len(rows) == 4


def test_raci_svg_parses_and_shows_tasks_actors_codes_and_legend() -> None:
    data = RaciData(caption=Caption("RACI-matriisi", "osa: X"), rows=ROWS, legend=LEGEND)
    svg = raci.draw("svg", data, "fi")
    found = texts(svg)
    for expected in (
        "RACI-matriisi",
        "osa: X",
        "Ohjeistaminen",
        "työ- ja elinkeinoministeriö",
        "R",
        "ohjeistaa",
        "A*",
        "tuottaa tietoa",
        "A = tilivelvollinen",
        "Muut tehtävät",
    ):
        assert expected in found, expected
    assert any(line.startswith("* periytyy") for line in found)


def test_raci_html_is_a_table_with_the_cells() -> None:
    page = raci.draw("html", RaciData(caption=Caption("RACI-matriisi"), rows=ROWS, legend=LEGEND), "fi")
    assert page.startswith("<!doctype html>") and '<html lang="fi">' in page
    assert "<th>työ- ja elinkeinoministeriö</th>" in page and "R (ohjeistaa)" in page


def test_raci_xlsx_cells_header_style_frozen_panes_widths_and_same_bytes() -> None:
    data = RaciData(caption=Caption("RACI-matris", "läget 1.6.2025"), rows=ROWS, legend=LEGEND)
    body = raci.draw("xlsx", data, "sv")
    assert body == raci.draw("xlsx", data, "sv")
    book = openpyxl.load_workbook(io.BytesIO(body))
    sheet = book["RACI"]
    assert sheet["A1"].value == "RACI-matris" and sheet["A2"].value == "läget 1.6.2025"
    header = [cell.value for cell in sheet[4]]
    assert header == [
        "Helhet",
        "Uppgift",
        "ELY-keskukset",
        "työ- ja elinkeinoministeriö",
        "valmisteluryhmä",
        "valtioneuvosto",
    ]
    assert all(cell.font.bold and cell.fill.fgColor.rgb.endswith("1F618D") for cell in sheet[4])
    assert sheet.freeze_panes == "C5"
    for index, label in enumerate(header, start=1):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        assert width >= max(len(word) for word in label.split()), label
    cells = {
        (sheet.cell(r, 2).value, sheet.cell(4, c).value): sheet.cell(r, c).value
        for r in range(5, 8)
        for c in range(3, 7)
    }
    assert cells[("Ohjeistaminen", "työ- ja elinkeinoministeriö")] == "R (ohjeistaa)"
    assert cells[("Tietotuotanto", "valmisteluryhmä")] == "A*, R* (valmistelee)"
    assert book.properties.created.year == 2000
    rows_sheet = book["Roller"]
    assert [c.value for c in rows_sheet[1]] == ["Helhet", "Uppgift", "Aktör", "RACI", "Roll"]
    assert rows_sheet.max_row == 1 + 6


def test_raci_xlsx_prints_on_a4_landscape_fitted_to_width_with_titles_repeated() -> None:
    data = RaciData(caption=Caption("RACI-matriisi"), rows=ROWS, legend=LEGEND)
    book = openpyxl.load_workbook(io.BytesIO(raci.draw("xlsx", data, "fi")))
    for name, rows, columns in (("RACI", "$4:$4", "$A:$B"), ("Roolit", "$1:$1", None)):
        sheet = book[name]
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0  # rows run on over pages
        assert sheet.print_title_rows == rows and sheet.print_title_cols == columns
        assert sheet.oddFooter.center.text == "&P / &N"


# ------------------------------------------------------------------------------------ roles

ROLE_DATA = RolesData(
    caption=Caption("Toimijat"),
    legend=LEGEND,
    assignments=[
        row("task/tavoitteet", "actor/valtioneuvosto", "A", "päättää"),
        row("task/tavoitteet", "actor/tem", "R", "valmistelee"),
        row("task/tavoitteet", "actor/neuvottelukunta", "C", "kuullaan", start="2025-01-30"),
        row("task/tarkistus", "actor/valtioneuvosto", "A", "päättää"),
        row("task/tarkistus", "actor/tem", "R", "valmistelee"),
        row("task/palvelut", "kind/TE-toimistot", "A", "järjestää", end="2024-12-31"),
        row("task/palvelut", "kind/kunnat", "A", "järjestää", start="2025-01-01"),
        row("task/palvelut", "actor/porvoo", "R", "koordinoi", start="2025-01-01"),
    ],
    relations=[
        Relation(
            actor=ES + "actor/tem", relation=ORG + "subOrganizationOf", other=ES + "actor/valtioneuvosto"
        ),
        Relation(
            actor=ES + "actor/kuntajaosto",
            relation=ORG + "subOrganizationOf",
            other=ES + "actor/neuvottelukunta",
        ),
        Relation(actor=ES + "actor/elsewhere", relation=ORG + "memberOf", other=ES + "actor/nowhere"),
    ],
    actors=[
        ActorRow(
            actor=ES + "kind/kunnat",
            label="kunnat",
            types=["https://w3id.org/fi-employment-steering/ontology#ActorKind"],
        ),
        ActorRow(
            actor=ES + "actor/kuntajaosto",
            label="Kuntajaosto",
            types=["http://www.w3.org/ns/org#OrganizationalUnit"],
        ),
    ],
)


def test_task_relations_point_at_the_accountable_actor_in_force_at_the_same_time() -> None:
    arrows = {
        (a.source.rsplit("/", 1)[-1], a.target.rsplit("/", 1)[-1], a.role_label, len(a.tasks))
        for a in roles.task_relations(ROLE_DATA.assignments)
    }
    assert arrows == {
        ("tem", "valtioneuvosto", "valmistelee", 2),
        ("neuvottelukunta", "valtioneuvosto", "kuullaan", 1),
        ("porvoo", "kunnat", "koordinoi", 1),
    }


def test_roles_dot_and_mermaid_hold_actors_sections_and_labelled_arrows() -> None:
    source = roles.draw("dot", ROLE_DATA, "fi")
    assert source.startswith("digraph roles {") and 'fontname="DejaVu Sans"' in source
    assert '"valmistelee (2)"' in source and '"kuullaan"' in source and "arrowtail=diamond" in source
    assert '"Kuntajaosto"' in source and "elsewhere" not in source and '"porvoo"' in source
    assert 'style="rounded,filled,dashed"' in source  # the kind of actor
    mermaid = roles.draw("mmd", ROLE_DATA, "sv")
    assert "flowchart LR" in mermaid and '-->|"valmistelee (2)"|' in mermaid
    assert '---|"underorganisation eller sektion"|' in mermaid and "classDef kind" in mermaid


def test_roles_svg_and_png_through_graphviz() -> None:
    require("dot")
    svg = render("roles", "svg", ROLE_DATA, "fi").body
    found = texts(svg)
    for label in ("tem", "valtioneuvosto", "Kuntajaosto", "valmistelee (2)", "Toimijat"):
        assert label in found, label
    png = render("roles", "png", ROLE_DATA, "fi")
    assert png.body.startswith(b"\x89PNG") and png.media_type == "image/png"
    assert render("roles", "png", ROLE_DATA, "fi").body == png.body


# --------------------------------------------------------------------------------- swimlane

SWIM_DATA = SwimlaneData(
    caption=Caption("Aikajana"),
    legend=LEGEND,
    statuses=STATUSES,
    at="2024-03-15",
    rows=[
        row("task/vuosikello", "actor/ryhmä", "A", inherited=True),
        row("task/vuosikello", "actor/ryhmä", "R", "valmistelee", inherited=True),
        row("task/tietopohja", "actor/ryhmä", "A", inherited=True),
        row("task/tietopohja", "actor/keha", "C", "osallistuu"),
        row("task/ilman-aikataulua", "actor/keha", "R"),
    ],
    tasks=[
        TaskRow(
            task=ES + "task/vuosikello",
            label="Ohjauksen vuosikello",
            status=ES + "status/in-progress",
            status_label=None,
            schedules=[
                Schedule(start="2023-04-01", end="2023-06-30", notation="Luonnos Q2 / 2023"),
                Schedule(start="2024-04-01", end="2024-06-30", notation="Päivitys Q2 / 2024"),
            ],
        ),
        TaskRow(
            task=ES + "task/tietopohja",
            label="Ohjauksen tietopohja",
            status=ES + "status/not-started",
            status_label=None,
            schedules=[Schedule(start="2023-10-01", end="2023-12-31", notation="Q4 / 2023")],
        ),
        TaskRow(task=ES + "task/ilman-aikataulua", label="Ilman", status=None, status_label=None),
    ],
)


def test_swimlane_lanes_and_quarters() -> None:
    lanes = swimlane.lanes(SWIM_DATA)
    assert [(label, [(t.label, codes) for t, codes in items]) for _, label, items in lanes] == [
        ("ryhmä", [("Ohjauksen vuosikello", "A* R*"), ("Ohjauksen tietopohja", "A*")]),
        ("keha", [("Ohjauksen tietopohja", "C")]),
    ]
    assert swimlane.quarters(SWIM_DATA) == [(2023, 2), (2023, 3), (2023, 4), (2024, 1), (2024, 2)]


def test_swimlane_svg_has_lanes_tasks_bars_legend_and_date_line() -> None:
    svg = swimlane.draw("svg", SWIM_DATA, "fi")
    found = texts(svg)
    for expected in (
        "ryhmä",
        "keha",
        "Ohjauksen vuosikello",
        "A* R*",
        "Q4",
        "2024",
        "◐ Työn alla",
        "○ Aloittamatta",
        "? tila ei tiedossa",
        "tilanne 15.3.2024",
        "○ Q4/2023",
        "◐ Q2/2024",
    ):
        assert expected in found, expected
    assert "Ilman" not in found
    root = ET.fromstring(svg)
    bars = [
        r
        for r in root.iter(f"{SVG}rect")
        if r.get("fill") == STATUS_COLOURS["in-progress"] and r.get("rx") == "3"
    ]
    assert len(bars) == 2  # the annual clock's two schedules


def test_swimlane_mermaid_gantt() -> None:
    text = swimlane.draw("mmd", SWIM_DATA, "fi")
    assert text.startswith("gantt\n") and "  section ryhmä" in text
    assert "  Ohjauksen vuosikello (A* R*) :active, t1, 2023-04-01, 2023-07-01" in text


# ----------------------------------------------------------------------------- annual clock

CLOCK_DATA = AnnualClockData(
    caption=Caption("Årsklockor"),
    at=None,
    clocks=[
        Clock(clock=ES + "clock/2025", label="Årsklocka 2025", variant_of=None, variant_of_label=None),
        Clock(clock=ES + "clock/established", label="Etablerade år", variant_of=None, variant_of_label=None),
        Clock(
            clock=ES + "clock/election-year",
            label="Valår",
            variant_of=ES + "clock/established",
            variant_of_label="Etablerade år",
        ),
    ],
    milestones=[
        Milestone(
            clock=ES + "clock/2025",
            milestone=ES + "milestone/a",
            label="Utkast i remissdebatt (4/23)",
            type=ES + "milestone-type/draft",
            type_label="utkast",
            month="4",
            notation="4/23",
            start="2023-04-01",
            end="2023-04-30",
        ),
        Milestone(
            clock=ES + "clock/2025",
            milestone=ES + "milestone/b",
            label="Godkännande (5/23)",
            type=ES + "milestone-type/approval",
            type_label="godkännande",
            month="5",
            notation="5/23",
            start="2023-05-01",
            end="2023-05-31",
        ),
        Milestone(
            clock=ES + "clock/2025",
            milestone=ES + "milestone/c",
            label="Precisering (5/24)",
            type=ES + "milestone-type/refinement",
            type_label="precisering",
            month="5",
            notation="5/24",
            start="2024-05-01",
            end="2024-05-31",
        ),
    ],
)


def test_annual_clock_draws_clocks_with_milestones_and_variants_not_the_family() -> None:
    assert [c.label for c in annual_clock.clocks_to_draw(CLOCK_DATA)] == ["Årsklocka 2025", "Valår"]
    found = texts(annual_clock.draw("svg", replace(CLOCK_DATA, at="2025-06-01"), "sv"))
    for expected in (
        "Årsklocka 2025",
        "Valår (variant av: Etablerade år)",
        "apr",
        "maj",
        "dec",
        "Utkast i remissdebatt (4/23)",
        "precisering · 5/2024",
        "Grafen har inga milstolpar för denna årsklocka.",
        "läget 1.6.2025",
    ):
        assert expected in found, expected
    assert "Etablerade år" not in found


def test_label_spreading_never_overlaps_and_stays_inside() -> None:
    tops = annual_clock.spread([100, 101, 102, 300], [40, 40, 40, 40], 50, 400, gap=8)
    assert all(b >= a + 48 for a, b in pairwise(tops))
    assert tops[0] >= 50 and tops[-1] + 40 <= 400


# ---------------------------------------------------------------------------- dependencies


def _task(name: str, group: str | None, start: str, end: str, status: str = "not-started") -> TaskRow:
    return TaskRow(
        task=ES + "task/" + name,
        label=name.capitalize(),
        group=ES + group if group else None,
        group_label=group,
        status=ES + "status/" + status,
        status_label=None,
        schedules=[Schedule(start=start, end=end, notation=f"{start[:7]}")],
    )


DEP_DATA = DependenciesData(
    caption=Caption("Riippuvuudet"),
    statuses=STATUSES,
    relations={"feeds": "syöttää asetusvalmisteluun", "resulted": "johti säädökseen"},
    tasks=[
        _task("kuvaus", "part/a", "2023-07-01", "2024-06-30", "in-progress"),
        _task("prosessi", "part/a", "2023-07-01", "2024-06-30", "in-progress"),
        _task("tavoitteet", "part/a", "2024-10-01", "2024-12-31"),
        _task("seuraava", "part/a", "2025-01-01", "2025-03-31"),
        _task("muualla", "part/b", "2025-04-01", "2025-06-30"),
        _task("lakisääteinen", None, "2025-07-01", "2025-09-30"),
    ],
    feeds=[
        Feed(
            task=ES + "task/prosessi",
            preparation=ES + "decree-prep/x",
            preparation_label="Asetusvalmistelu",
            decree=ES + "law/386",
            decree_label="asetus 386/2024",
        )
    ],
    stated=[],
)


def test_dependencies_from_schedule_order_within_a_group_and_decree_links() -> None:
    graph, left_out = dependencies.build(DEP_DATA)
    edges = {(s.rsplit("/", 1)[-1], t.rsplit("/", 1)[-1], k) for s, t, k in graph.edges(data="kind")}
    assert edges == {
        ("kuvaus", "tavoitteet", "precedes"),
        ("prosessi", "tavoitteet", "precedes"),
        ("tavoitteet", "seuraava", "precedes"),  # not kuvaus -> seuraava: reduced
        ("prosessi", "x", "feeds"),
        ("x", "386", "resulted"),
    }
    assert left_out == 2  # other group, and outside the model
    assert nx.is_directed_acyclic_graph(graph)
    path = [node.rsplit("/", 1)[-1] for node in dependencies.longest_path(graph)]
    assert path == ["kuvaus", "tavoitteet", "seuraava"]


def test_dependencies_stated_edges_are_drawn_and_a_cycle_has_no_longest_path() -> None:
    stated = replace(DEP_DATA, stated=[Stated(before=ES + "task/muualla", after=ES + "task/lakisääteinen")])
    graph, left_out = dependencies.build(stated)
    assert graph.edges[ES + "task/muualla", ES + "task/lakisääteinen"]["kind"] == "stated" and left_out == 0
    cycle = replace(DEP_DATA, stated=[Stated(before=ES + "task/seuraava", after=ES + "task/kuvaus")])
    assert dependencies.longest_path(dependencies.build(cycle)[0]) == []


def test_dependencies_dot_and_mermaid_highlight_the_longest_path() -> None:
    source = dependencies.draw("dot", DEP_DATA, "fi")
    assert source.count("penwidth=3") == 3 + 2  # three nodes, two edges
    assert "cluster_1" in source and '"Asetusvalmistelu"' in source and "shape=folder" in source
    assert "Ilman johdettuja riippuvuuksia jätetty pois: 2 tehtävää." in source
    mermaid = dependencies.draw("mmd", DEP_DATA, "en")
    assert "flowchart LR" in mermaid and "linkStyle" in mermaid and "classDef critical" in mermaid
    assert " -.-> " in mermaid and " --> " in mermaid


def test_dependencies_svg_through_graphviz_shows_tasks_and_decree() -> None:
    require("dot")
    found = " ".join(texts(render("dependencies", "svg", DEP_DATA, "fi").body))
    for expected in ("Kuvaus", "Tavoitteet", "Asetusvalmistelu", "asetus 386/2024", "pisin polku"):
        assert expected in found, expected


@pytest.mark.parametrize(
    "kind, data",
    [
        ("raci", RaciData(caption=Caption("R"), rows=ROWS, legend=LEGEND)),
        ("swimlane", SWIM_DATA),
        ("annual-clock", CLOCK_DATA),
    ],
)
def test_hand_drawn_svg_becomes_png_by_rsvg_convert(kind: str, data: RaciData | SwimlaneData) -> None:
    require("rsvg-convert")
    first = render(kind, "png", data, "fi")
    assert first.body.startswith(b"\x89PNG") and first.filename == f"{kind}-fi.png"
    assert render(kind, "png", data, "fi").body == first.body


def test_a_missing_renderer_is_named_with_the_install_command(monkeypatch) -> None:
    from kg_service.diagrams import tools

    monkeypatch.setenv("PATH", "")
    with pytest.raises(tools.ToolMissingError, match=r"20-diagram-tools\.sh"):
        render("roles", "svg", ROLE_DATA, "fi")
    with pytest.raises(tools.ToolMissingError, match="'rsvg-convert' is not installed"):
        render("swimlane", "png", SWIM_DATA, "fi")

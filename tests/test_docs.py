"""The worked examples in docs/model.md run on the shipped graph and say what the docs say."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

DOC = (REPO / "docs" / "model.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```sparql\n(.*?)```", DOC, flags=re.S)


def test_the_docs_have_worked_examples() -> None:
    assert len(EXAMPLES) == 5


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_every_example_runs_and_answers(shipped_store, index: int) -> None:
    rows = shipped_store.select(EXAMPLES[index])
    assert rows, f"example {index + 1} returned nothing"


def test_q4_2023_example_answers_the_newcomers_question(shipped_store) -> None:
    rows = shipped_store.select(EXAMPLES[0])
    tasks = {row["taskLabel"].value for row in rows}
    assert tasks == {
        "Knowledge base of steering",
        "Overview of what is evaluated",
        next(t for t in tasks if t.startswith("Notifying the Ministry")),
    }
    bases = {row["basisLabel"].value for row in rows if "basisLabel" in row}
    assert bases == {"Act 380/2023 s. 15"}


def test_reform_example_gives_one_holder_per_day(shipped_store) -> None:
    rows = shipped_store.select(EXAMPLES[1])
    by_day = {row["day"].value: row["holder"].value.rsplit("/", 1)[1] for row in rows}
    assert by_day == {"2024-06-01": "te-offices", "2025-06-01": "municipalities-employment-areas"}
    assert len(rows) == 2


def test_kauhava_example(shipped_store) -> None:
    rows = shipped_store.select(EXAMPLES[2])
    found = {(row["day"].value, row["organisation"].value.split("/id/")[1]) for row in rows}
    assert found == {
        ("2024-06-01", "ely/11"),
        ("2024-06-01", "wellbeing-county/16"),
        ("2026-06-01", "edc/7"),
        ("2026-06-01", "wellbeing-county/16"),
        ("2026-06-01", "employment-area/18"),
    }

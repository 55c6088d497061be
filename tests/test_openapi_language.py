"""The API description in the reader's language: /openapi.json?lang=fi|sv for /docs and /redoc.

Only the texts change: the Finnish and Swedish documents have the same paths, operations,
parameters, statuses and schemas as the English one (which programs get by default), and every
title, summary, description and answer description in them is translated, the schemas' model
and field descriptions too.
"""

from __future__ import annotations

import copy
import re

import httpx
import pytest

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.i18n.openapi import OPENAPI
from tests.language import english_leaks
from tests.servers import running_app

IDENTIFIER = re.compile(r"\S*[:/]\S*")


@pytest.fixture(scope="module")
def documents(shipped_store) -> dict[str, dict]:
    with running_app(create_app(shipped_store, Settings())) as base:
        found = {
            lang: httpx.get(f"{base}/openapi.json", params={"lang": lang}, timeout=30)
            for lang in ("fi", "sv", "en")
        }
        found["default"] = httpx.get(f"{base}/openapi.json", timeout=30)
        found["xx"] = httpx.get(f"{base}/openapi.json", params={"lang": "xx"}, timeout=30)
        found["docs-sv"] = httpx.get(f"{base}/docs", params={"lang": "sv"}, timeout=30)
        found["redoc-fi"] = httpx.get(f"{base}/redoc", params={"lang": "fi"}, timeout=30)
    return found


def texts(spec: dict) -> list[tuple[str, str]]:
    """(where, text) of every text a reader of the description sees, the operations' group names
    (tags) and the schemas' descriptions included."""
    found = [("info.title", spec["info"]["title"]), ("info.description", spec["info"]["description"])]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            where = f"{method} {path}"
            found += [
                (f"{where} {key}", operation[key]) for key in ("summary", "description") if operation.get(key)
            ]
            found += [
                (f"{where} parameter {p['name']}", p["description"])
                for p in operation.get("parameters", [])
                if p.get("description")
            ]
            found += [(f"{where} {status}", r["description"]) for status, r in operation["responses"].items()]
            found += [(f"{where} tag {n}", tag) for n, tag in enumerate(operation.get("tags", []))]
    return found + schema_texts(spec.get("components", {}), "components")


def schema_texts(node: object, where: str) -> list[tuple[str, str]]:
    """(where, text) of every ``description`` under ``node``: the schemas' model and field texts."""
    if isinstance(node, dict):
        return [
            found
            for key, value in node.items()
            for found in (
                [(where, value)]
                if key == "description" and isinstance(value, str)
                else schema_texts(value, f"{where}.{key}")
            )
        ]
    if isinstance(node, list):
        return [found for n, item in enumerate(node) for found in schema_texts(item, f"{where}[{n}]")]
    return []


def without_schema_texts(node: object) -> None:
    """Drop, in place, every ``description`` text under ``node`` (a property named so stays)."""
    if isinstance(node, dict):
        for key in [k for k, v in node.items() if k == "description" and isinstance(v, str)]:
            del node[key]
        for value in node.values():
            without_schema_texts(value)
    elif isinstance(node, list):
        for item in node:
            without_schema_texts(item)


def prose(said: str) -> str:
    """``said`` without identifiers (eso:Task, role/accountable), which are the same in every language."""
    return IDENTIFIER.sub(" ", said)


def without_texts(spec: dict) -> dict:
    """``spec`` with the texts of ``texts`` removed: what must not depend on the language."""
    spec = copy.deepcopy(spec)
    del spec["info"]["title"], spec["info"]["description"]
    for operations in spec["paths"].values():
        for operation in operations.values():
            operation.pop("summary", None)
            operation.pop("description", None)
            operation.pop("tags", None)
            for parameter in operation.get("parameters", []):
                parameter.pop("description", None)
            for response in operation["responses"].values():
                response.pop("description")
    without_schema_texts(spec.get("components", {}))
    return spec


def test_programs_get_the_english_description_by_default(documents) -> None:
    assert documents["default"].status_code == 200
    assert documents["default"].json() == documents["en"].json()
    assert documents["en"].json()["info"]["title"] == "Employment-steering knowledge graph"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_text_of_the_description_is_translated(documents, lang: str) -> None:
    english = dict(texts(documents["en"].json()))
    translated = texts(documents[lang].json())
    assert len(translated) == len(english) > 200
    untranslated = [where for where, said in translated if said == english[where]]
    assert untranslated == []
    assert [
        (where, english_leaks(prose(said))) for where, said in translated if english_leaks(prose(said))
    ] == []
    assert [where for where, said in translated if said != OPENAPI[english[where]][lang]] == []


def test_finnish_and_swedish_have_the_contract_of_the_english(documents) -> None:
    english = without_texts(documents["en"].json())
    assert without_texts(documents["fi"].json()) == english
    assert without_texts(documents["sv"].json()) == english


def test_the_schemas_texts_are_translated_and_the_rest_kept(documents) -> None:
    en, fi, sv = (documents[lang].json()["components"]["schemas"] for lang in ("en", "fi", "sv"))
    assert len(schema_texts(en, "schemas")) > 90
    assert fi["Responsibility"]["properties"]["raci"]["description"].startswith("A, R, C tai I (")
    assert sv["TaskCard"]["description"] == "Svaret från /api/tasks/{id}."
    finding = fi["Error"]["properties"]["error"]["properties"]["findings"]
    assert finding["description"].startswith("Vain kun muutos hylätään (POST /api/changes")
    assert fi["Responsibility"]["properties"].keys() == en["Responsibility"]["properties"].keys()
    assert (
        fi["ChangeRecord"]["properties"]["state"]["title"]
        == en["ChangeRecord"]["properties"]["state"]["title"]
    )


def test_finnish_texts_read_as_finnish(documents) -> None:
    fi = documents["fi"].json()
    assert fi["info"]["title"] == "Työllisyydenhoidon ohjauksen tietograafi"
    assert fi["paths"]["/api/check"]["post"]["responses"]["404"]["description"] == "Kohdetta ei ole"
    assert fi["paths"]["/health"]["get"]["responses"]["200"]["description"] == "Onnistunut vastaus"
    sv = documents["sv"].json()
    assert sv["paths"]["/health"]["get"]["responses"]["200"]["description"] == "Lyckat svar"


def test_an_unknown_language_is_a_clear_422(documents) -> None:
    refused = documents["xx"]
    assert refused.status_code == 422
    assert refused.json()["error"]["parameter"] == "lang"


def test_docs_and_redoc_load_the_description_in_their_language(documents) -> None:
    assert "/openapi.json?lang=sv" in documents["docs-sv"].text
    assert "/openapi.json?lang=fi" in documents["redoc-fi"].text

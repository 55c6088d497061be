"""The OpenAPI description, completed so that clients and fuzzers see every answer the service gives.

FastAPI describes the routes' own parameters and a 200; it does not know the one error shape
every failure uses, the statuses the middleware answers with (304, 405, 413, 429, 503), the values
a parameter takes when a route checks them itself, or the `query` of `/sparql`, which the route
reads from the URL, a form or the body. They are added here, in one place, from the same lists
the routes use.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from kg_service.api.vocabulary import CATALOG_MEDIA
from kg_service.diagrams.common import MEDIA_TYPES as DIAGRAM_MEDIA
from kg_service.diagrams.registry import FORMATS as DIAGRAM_FORMATS
from kg_service.editing.service import CheckRefusal, ShapeRefusal
from kg_service.i18n import LANGUAGES
from kg_service.i18n.openapi import OPENAPI
from kg_service.queries.results import GRAPH_MEDIA, RESULT_MEDIA

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "message", "parameter"],
            "properties": {
                "status": {"type": "integer"},
                "message": {"type": "string"},
                "parameter": {"type": ["string", "null"]},
                "findings": {
                    "type": "array",
                    "description": "Only when a change is refused (POST /api/changes, approve): what it "
                    "would add, each naming a shape (shape, focus, path, value) or a coherence check "
                    "(check, focus, key), with its message in the caller's language",
                    "items": {
                        "anyOf": [
                            record.model_json_schema(mode="serialization")
                            for record in (ShapeRefusal, CheckRefusal)
                        ]
                    },
                },
            },
        }
    },
}
ERRORS = {
    "400": "The request cannot be read (syntax, a malformed body, a refused SPARQL feature)",
    "401": "Sign in first: the change routes need a valid Bearer token",
    "403": "SPARQL updates are refused, or the signed-in user may not do this",
    "404": "No such resource",
    "405": "The method is not offered on this path (see Allow)",
    "406": "No representation matches Accept",
    "409": "The changeset is no longer a proposal (already applied or rejected)",
    "413": "The body, the draft or the result is larger than allowed",
    "415": "The body's Content-Type is not accepted",
    "422": "A parameter or the body is wrong, or the query or check passed its time or memory limit",
    "429": "This client already runs as many queries or checks as a client may (see Retry-After)",
    "502": "The store failed",
    "503": "Every query worker is busy (see Retry-After) or a tool is missing",
}
SPARQL_RESULTS = ["json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld", "rdfxml"]
ENUMS: dict[tuple[str, str], list[str]] = {
    ("*", "lang"): list(LANGUAGES),
    ("/api/check", "format"): ["json", "md", "html"],
    ("/api/queries/{name}", "format"): ["json", "csv", "tsv", "xml"],
    ("/id/{path}", "format"): ["html", "turtle", "ntriples", "jsonld", "rdfxml"],
    ("/api/diagrams/{kind}", "kind"): list(DIAGRAM_FORMATS),
    ("/api/diagrams/{kind}", "format"): sorted({f for formats in DIAGRAM_FORMATS.values() for f in formats}),
    ("/api/documents/annex", "format"): ["docx", "pdf"],
    ("/sparql", "format"): SPARQL_RESULTS,
    ("/catalog", "format"): list(CATALOG_MEDIA),
}
ROWS = list(RESULT_MEDIA.values())
RDF = [media for media, _ in GRAPH_MEDIA.values()]
ANSWERS: dict[str, list[str]] = {
    "/sparql": ROWS + RDF,
    "/api/queries/{name}": ROWS,
    "/api/queries/{name}/sparql": ["application/sparql-query"],
    "/id/{path}": ["text/html", *RDF],
    "/api/diagrams/{kind}": sorted({media.split(";")[0] for media in DIAGRAM_MEDIA.values()}),
    "/api/documents/annex": [DIAGRAM_MEDIA["docx"], DIAGRAM_MEDIA["pdf"]],
    "/api/check": ["application/json", "text/markdown", "text/html"],
    "/catalog": list(CATALOG_MEDIA.values()),
}
"""What a successful answer may be, where it is not JSON (negotiated by Accept or `format`)."""
URL_QUERY_LIMIT = 8_000
"""Longest query in a URL: the HTTP server refuses longer request lines; POST takes 100,000 bytes."""

SPARQL_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "query",
        "in": "query",
        "required": True,
        "description": "a SPARQL 1.1 query (read only; SERVICE is refused; longer ones by POST)",
        "schema": {"type": "string", "minLength": 1, "maxLength": URL_QUERY_LIMIT},
    },
    {
        "name": "format",
        "in": "query",
        "required": False,
        "description": "result format (else Accept)",
        "schema": {"type": "string", "enum": SPARQL_RESULTS},
    },
]
SPARQL_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/sparql-query": {"schema": {"type": "string", "maxLength": 100_000}},
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "required": ["query"],
                "properties": {
                    "query": {"type": "string", "maxLength": 100_000},
                    "format": {"type": "string", "enum": SPARQL_RESULTS},
                },
            }
        },
    },
}


def media_schema(media: str, json_schema: dict[str, Any] | None) -> dict[str, Any]:
    """The schema of an answer in ``media``: a JSON kind (SPARQL results) is the route's JSON
    answer, or a JSON document (JSON-LD); the rest text or bytes."""
    if not media.endswith(("+json", "/json")):
        return {"type": "string"}
    return json_schema if json_schema and media != "application/ld+json" else {"type": ["object", "array"]}


def describe(app: FastAPI, stored_queries: list[str], lang: str = "en") -> dict[str, Any]:
    """The completed OpenAPI document of ``app`` with its texts in ``lang`` (each computed once,
    as FastAPI does; English is the one programs get by default)."""
    english = _describe_in_english(app, stored_queries)
    if lang == "en":
        return english
    translated: dict[str, dict[str, Any]] = app.state.__dict__.setdefault("openapi_by_language", {})
    if lang not in translated:
        translated[lang] = translate(english, lang)
    return translated[lang]


def _in(lang: str, english: str) -> str:
    """``english`` in ``lang`` from the OPENAPI table (unchanged when the table lacks it: the
    test of the Finnish and Swedish documents finds such a text)."""
    return OPENAPI.get(english, {}).get(lang, english)


def translate(spec: dict[str, Any], lang: str) -> dict[str, Any]:
    """A copy of ``spec`` whose title, group names, summaries and descriptions (operations,
    parameters, answers, and the schemas' models and fields) are in ``lang``; paths, parameters,
    schemas, property names and statuses stay as they are."""
    spec = copy.deepcopy(spec)
    _translate_descriptions(spec.get("components", {}), lang)
    info = spec["info"]
    for key in ("title", "description"):
        info[key] = _in(lang, info[key])
    for operations in spec["paths"].values():
        for operation in operations.values():
            for key in ("summary", "description"):
                if operation.get(key):
                    operation[key] = _in(lang, operation[key])
            operation["tags"] = [_in(lang, tag) for tag in operation.get("tags", [])]
            for parameter in operation.get("parameters", []):
                if parameter.get("description"):
                    parameter["description"] = _in(lang, parameter["description"])
            for response in operation.get("responses", {}).values():
                response["description"] = _in(lang, response["description"])
    return spec


def _translate_descriptions(node: Any, lang: str) -> None:
    """Translate, in place, every ``description`` text under ``node`` (the schemas' docstrings and
    field descriptions, at any depth); a property that happens to be named "description" is a
    schema (a dict), not a text, so it is walked, not translated."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = _in(lang, value)
            else:
                _translate_descriptions(value, lang)
    elif isinstance(node, list):
        for item in node:
            _translate_descriptions(item, lang)


def _describe_in_english(app: FastAPI, stored_queries: list[str]) -> dict[str, Any]:
    """The completed OpenAPI document in English (the routes' own texts), computed once."""
    if app.openapi_schema:
        return app.openapi_schema
    spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    spec.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    enums = dict(ENUMS)
    enums[("/api/queries/{name}", "name")] = sorted(stored_queries)
    enums[("/api/queries/{name}/sparql", "name")] = sorted(stored_queries)
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if path == "/sparql":
                operation["parameters"] = SPARQL_PARAMETERS if method == "get" else SPARQL_PARAMETERS[1:]
                if method == "post":
                    operation["requestBody"] = SPARQL_BODY
            for parameter in operation.get("parameters", []):
                values = enums.get((path, parameter["name"])) or enums.get(("*", parameter["name"]))
                if values and parameter["in"] in ("query", "path"):
                    parameter["schema"] = {"type": "string", "enum": values}
            responses = operation.setdefault("responses", {})
            if path in ANSWERS and "200" in responses:
                content = responses["200"].setdefault("content", {})
                json_schema = content.get("application/json", {}).get("schema")
                for media in ANSWERS[path]:
                    content.setdefault(media, {"schema": media_schema(media, json_schema)})
            for status, description in ERRORS.items():
                responses[status] = {
                    "description": description,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            if method == "get":
                responses["304"] = {"description": "Not modified: the If-None-Match tag is current"}
    spec.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
    spec.get("components", {}).get("schemas", {}).pop("ValidationError", None)
    app.openapi_schema = spec
    return spec

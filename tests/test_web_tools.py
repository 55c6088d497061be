"""Timeline, annual clock, draft check (page and multipart API) and diagram studio, over HTTP in-process."""

from __future__ import annotations

import base64
import json
import re

import pytest
from fastapi.testclient import TestClient

from kg_service.api.app import create_app
from tests.conftest import ES, REPO

DRAFT = REPO / "examples" / "drafts" / "te-offices-after-2024.csv"
NATIONAL_OBJECTIVES = ES + "part/national-objectives"


@pytest.fixture(scope="module")
def client(shipped_store) -> TestClient:
    return TestClient(create_app(shipped_store))


def test_timeline_quarter_matches_the_api(client: TestClient) -> None:
    page = client.get("/timeline", params={"quarter": "2024q2", "lang": "fi"})
    api = client.get("/api/timeline", params={"quarter": "2024-Q2"}).json()
    assert page.status_code == 200
    assert f"2024-Q2 ({api['count']})" in page.text
    for item in api["items"]:
        assert f'href="/id/{item["item"]["id"][len(ES) :]}"' in page.text
    assert "2024-Q1" in page.text and "2024-Q3" in page.text  # the neighbouring quarters
    assert "<svg" in page.text and 'role="img"' in page.text  # the swimlane, with its text alternative


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"quarter": "2024-Q5", "lang": "fi"}, "Neljännes ”2024-Q5” ei kelpaa"),
        ({"from": "2025-01-01", "to": "2024-01-01", "lang": "sv"}, "Perioden slutar (2024-01-01)"),
        ({"from": "1.1.2024", "lang": "en"}, "is not valid: give it as YYYY-MM-DD"),
    ],
)
def test_timeline_bad_input(client: TestClient, params: dict[str, str], message: str) -> None:
    response = client.get("/timeline", params=params)
    assert response.status_code == 422 and message in response.text


def test_annual_clock_page_lists_the_milestones_and_embeds_the_clock(client: TestClient) -> None:
    page = client.get("/annual-clock", params={"lang": "sv"}).text
    assert "Årshjul" in page
    assert page.count('href="/id/milestone/') >= 3
    desc = re.search(r"<desc[^>]*>([^<]+)</desc>", page)
    assert desc and desc.group(1) in page.split("</svg>", 1)[1]  # the description repeated as caption


def post_draft(client: TestClient, path: str, name: str, body: bytes, media: str, **fields: str):
    if path.startswith("/check"):  # the page's form carries its token (CSRF), as a browser sends it
        form = client.get("/check").text
        fields = fields | {"csrf": re.search(r'name="csrf" value="([^"]+)"', form).group(1)}  # type: ignore[union-attr]
    return client.post(path, files={"draft": (name, body, media)}, data=fields)


def test_check_page_refuses_a_post_without_its_form_token(client: TestClient) -> None:
    """Another site's form (no token, or one not matching the visitor's cookie) checks nothing."""
    body = DRAFT.read_bytes()
    for fields in ({}, {"csrf": "x" * 43}):
        response = client.post(
            "/check?lang=fi",
            files={"draft": (DRAFT.name, body, "text/csv")},
            data=fields,
            headers={"Accept": "text/html"},
        )
        assert response.status_code == 403 and "Lomake on vanhentunut" in response.text


def test_api_check_accepts_multipart(client: TestClient) -> None:
    body = DRAFT.read_bytes()
    raw = client.post(
        "/api/check", content=body, headers={"Content-Type": "text/csv"}, params={"at": "2025-06-01"}
    )
    form = post_draft(client, "/api/check", DRAFT.name, body, "text/csv", at="2025-06-01", lang="en")
    assert form.status_code == 200

    def essence(findings: list[dict]) -> list[tuple]:
        return [(f["id"], f["severity"], f["message"]["fi"], f["inDraft"]) for f in findings]

    assert essence(form.json()["findings"]) == essence(raw.json()["findings"])
    assert form.json()["at"] == "2025-06-01"
    by_extension = post_draft(client, "/api/check", "draft.csv", body, "application/octet-stream")
    assert by_extension.status_code == 200


@pytest.mark.parametrize(
    ("files", "status", "parameter"),
    [
        ({"draft": ("a.pdf", b"%PDF", "application/pdf")}, 415, "draft"),
        ({"other": ("a.csv", b"x", "text/csv")}, 422, "draft"),
    ],
)
def test_api_check_multipart_errors(client: TestClient, files: dict, status: int, parameter: str) -> None:
    response = client.post("/api/check", files=files)
    assert response.status_code == status
    assert response.json()["error"]["parameter"] == parameter


def test_api_check_refuses_an_oversized_upload_before_parsing(client: TestClient) -> None:
    huge = b"a," * 3_000_000
    response = post_draft(client, "/api/check", "big.csv", huge, "text/csv")
    assert response.status_code == 413


def test_check_page_shows_findings_and_offers_three_downloads(client: TestClient) -> None:
    response = post_draft(
        client, "/check?lang=fi", DRAFT.name, DRAFT.read_bytes(), "text/csv", at="2025-06-01"
    )
    assert response.status_code == 200
    html = response.text
    api = post_draft(client, "/api/check", DRAFT.name, DRAFT.read_bytes(), "text/csv", at="2025-06-01").json()
    new = [f for f in api["findings"] if f["inDraft"]]
    assert html.count('class="finding') == len(api["findings"])
    assert html.count(' new"') == len(new)
    for finding in new:
        assert finding["message"]["fi"] in html
    links = dict(re.findall(r'href="data:([a-z/]+);charset=utf-8;base64,([^"]+)"', html))
    assert set(links) == {"text/html", "text/markdown", "application/json"}
    report = json.loads(base64.b64decode(links["application/json"]))
    assert report["findings"] == api["findings"]


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("bad.ttl", b"@prefix x: <y> .\nfoo bar baz\n", "Utkastet kunde inte läsas: fel på rad"),
        ("a.pdf", b"%PDF", "okänt format"),
    ],
)
def test_check_page_bad_draft_in_the_language(
    client: TestClient, name: str, body: bytes, message: str
) -> None:
    response = post_draft(client, "/check?lang=sv", name, body, "application/octet-stream")
    assert response.status_code == 422 and message in response.text


def test_diagram_studio_preview_and_every_format(client: TestClient) -> None:
    page = client.get(
        "/diagrams",
        params={"lang": "sv", "kind": "swimlane", "part": NATIONAL_OBJECTIVES, "diagram_lang": "fi"},
    ).text
    assert 'role="img"' in page
    downloads = re.findall(r'href="(/api/diagrams/swimlane\?[^"]+)" download', page)
    formats = client.get("/api/diagrams").json()["kinds"]
    expected = next(k["formats"] for k in formats if k["kind"] == "swimlane")
    assert len(downloads) == len(expected)
    svg = client.get(downloads[0].replace("&amp;", "&"))
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")


@pytest.mark.parametrize(
    "params", [{"kind": "pie"}, {"kind": "raci", "actor": "nobody"}, {"kind": "raci", "at": "x"}]
)
def test_diagram_studio_bad_input(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/diagrams", params=params | {"lang": "fi"})
    assert response.status_code == 422 and 'role="alert"' in response.text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_check_page_offers_the_report_in_each_language_and_starts_with_the_pages(
    client: TestClient, lang: str
) -> None:
    page = client.get("/check", params={"lang": lang}).text
    offered = re.findall(
        r'<option value="(\w+)"[^>]*>', page.split('id="report_lang"')[1].split("</select>")[0]
    )
    chosen = re.search(r'<option value="(\w+)" selected', page.split('id="report_lang"')[1])
    assert offered == ["fi", "sv", "en"] and chosen and chosen.group(1) == lang

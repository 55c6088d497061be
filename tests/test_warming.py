"""The page caches are built when the service starts, off the event loop: /health answers while
they are built and says when they are, and afterwards a first page finds them ready."""

from __future__ import annotations

import gc
import time

import httpx

from kg_service.api.app import create_app
from kg_service.config import Settings
from kg_service.web.warming import steps, warm
from tests.servers import running_app

WAIT_S = 120


def test_a_warming_service_answers_health_at_once_and_ends_warm(shipped_store) -> None:
    app = create_app(shipped_store, Settings(warm_up=True))
    with running_app(app) as base:
        first = httpx.get(f"{base}/health", timeout=30).json()
        assert first["status"] == "ok" and first["warmedUp"] in (False, True)
        deadline = time.monotonic() + WAIT_S
        while not httpx.get(f"{base}/health", timeout=30).json()["warmedUp"]:
            assert time.monotonic() < deadline, "warming did not finish"
            time.sleep(0.2)
        # what the first pages would have built is there before any page was asked for
        assert set(app.state.web_choices) == {"fi", "sv", "en"}
        assert app.state.search._index is not None
        assert app.state.vocabulary._vocabulary is not None
        page = httpx.get(f"{base}/search", params={"q": "elinvoimakeskuksille", "lang": "fi"}, timeout=30)
        assert page.status_code == 200 and "/id/" in page.text


def test_a_service_not_asked_to_warm_says_so_and_builds_on_first_use(shipped_store) -> None:
    app = create_app(shipped_store, Settings())
    with running_app(app) as base:
        assert httpx.get(f"{base}/health", timeout=30).json()["warmedUp"] is None
        assert getattr(app.state, "web_choices", None) is None


def test_warming_stops_starting_steps_at_its_time_limit(shipped_store) -> None:
    app = create_app(shipped_store, Settings())
    warm(app, budget_s=0)  # the first step runs, none after it
    assert app.state.warmed is True
    assert getattr(app.state, "web_choices", None) is None
    assert app.state.search._index is None
    assert len(steps(app)) == 6


def test_kg_serve_warms_up_unless_told_not_to(monkeypatch) -> None:
    monkeypatch.setenv("KG_WARM_UP", "1")
    assert Settings.from_env().warm_up is True
    monkeypatch.setenv("KG_WARM_UP", "0")
    assert Settings.from_env().warm_up is False


def test_warming_ends_by_moving_the_start_up_heap_out_of_the_collectors_reach(shipped_store) -> None:
    """A full collection walks what was made after the warm-up only (web/warming.py: settle_heap)."""
    gc.unfreeze()
    try:
        warm(create_app(shipped_store, Settings()))
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual

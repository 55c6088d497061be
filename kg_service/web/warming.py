"""Warm the per-app caches when the service starts, so the first reader's page is as quick as
the rest.

A fresh app builds on its first requests what later ones reuse: the compiled templates, the
form pick lists in each language, the search index and the vocabulary (up to ~0.9 s on the
shipped graph). The lifespan runs ``warm`` in a thread (never on the event loop, so /health and
every page answer meanwhile; a page asked before its cache is warm simply builds it itself), one
step after another until ``budget_s`` has passed: a step begun then finishes (each query is
bounded by the query timeout), no new one starts. ``app.state.warmed`` records when it is done.

Last, the heap built so far is frozen out of the garbage collector's reach (``settle_heap``).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from functools import partial

from fastapi import FastAPI

from kg_service.i18n import LANGUAGES
from kg_service.web.choices import choices_for
from kg_service.web.templating import TEMPLATES, environment

WARM_UP_BUDGET_S = 30.0
log = logging.getLogger(__name__)


def steps(app: FastAPI) -> list[tuple[str, Callable[[], object]]]:
    """What a first request would otherwise build, most used first."""
    state = app.state
    found: list[tuple[str, Callable[[], object]]] = [
        ("templates", lambda: [environment().get_template(p.name) for p in sorted(TEMPLATES.glob("*.html"))]),
    ]
    found += [
        (f"pick lists ({lang})", partial(choices_for, state, state.answers, lang)) for lang in LANGUAGES
    ]
    found += [("search index", state.search.index), ("vocabulary", state.vocabulary.get)]
    return found


def warm(app: FastAPI, budget_s: float = WARM_UP_BUDGET_S) -> None:
    """Run the warming steps until done or ``budget_s`` has passed; a failing step is logged and
    skipped (the first request that needs it builds it, and reports any error in the one shape)."""
    deadline = time.monotonic() + budget_s
    for name, step in steps(app):
        if time.monotonic() > deadline:
            log.warning("warming stopped at its time limit before %s", name)
            break
        try:
            step()
        except Exception:  # a cache left cold is built on first use instead
            log.exception("warming %s failed", name)
    settle_heap()
    app.state.warmed = True


def settle_heap() -> None:
    """Move every object alive now (modules, the loaded queries, indexes, caches) out of the
    cyclic garbage collector's generations.

    A full collection walks every tracked object: about 200,000 once the service has started,
    200-250 ms on a 2-core machine, during which no request is answered. Uncached answers
    allocate enough to trigger one every few seconds under load, so those pauses set the tail
    latency (issue 10: the p99 of cheap look-ups). Objects of the start-up live as long as the
    service, so the collector has nothing to find among them; after ``gc.freeze`` a full
    collection walks only what was made since. One collection first, so no garbage is frozen.
    """
    gc.collect()
    gc.freeze()


def start_warming(app: FastAPI, budget_s: float = WARM_UP_BUDGET_S) -> threading.Thread:
    """``warm`` in a daemon thread (a stopping service does not wait for it)."""
    app.state.warmed = False
    thread = threading.Thread(target=warm, args=(app, budget_s), name="kg-warm-up", daemon=True)
    thread.start()
    return thread

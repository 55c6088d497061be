"""Kill -9 at any moment of an apply: after a restart each changeset is wholly applied or not at
all, and every change acknowledged before the kill is there.

A real subprocess (tests/kill_worker.py) applies changesets in a loop on an on-disk store and is
killed with SIGKILL at a random moment, RUNS times; after each kill the store is opened again as
a restarting service opens it (finishing interrupted applies) and checked.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import subprocess
import sys
import time

import pyoxigraph as ox

from kg_service.editing.journal import Journal
from tests.conftest import REPO
from tests.kill_worker import SUBJECT, VALUE, batch

RUNS = 50
READY_SECONDS = 60


def test_kill_minus_nine_never_tears_an_apply(tmp_path) -> None:
    location = str(tmp_path / "store")
    env = os.environ | {"PYTHONPATH": str(REPO)}
    rng = random.Random(9)  # noqa: S311 (reproducible kill moments, not secrets)
    acknowledged = 0
    interrupted = 0
    for _ in range(RUNS):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_worker", location], env=env, stdout=subprocess.PIPE, text=True
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=READY_SECONDS)
        acks = [int(line.split()[1]) for line in worker.stdout.read().splitlines() if line.startswith("ack ")]
        worker.stdout.close()
        acknowledged = max([acknowledged, *acks])

        store = ox.Store(location)  # the restart
        journal = Journal(store)
        interrupted += bool(journal.recover())  # an apply was cut between its two writes
        values = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(SUBJECT, VALUE, None, ox.DefaultGraph())
        }
        version = journal.applied_count()
        present = sorted({t.object.value.split("-")[0] for t in values})
        assert values == set(batch(version)), (
            f"torn or unrecorded apply: version {version}, batches {present}"
        )
        assert version >= acknowledged, "an acknowledged change was lost"
        states = {journal.get(i, with_triples=False).state for i in journal.ids()}
        assert states <= {"proposed", "applied"}
        del journal, store
        gc.collect()
    # the kills fell among the applies: some after acknowledgements, some in the middle of one
    assert acknowledged > 0 and interrupted > 0

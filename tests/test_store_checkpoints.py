"""Deferred WAL checkpoints: off the answer's path, and no answer the less safe."""

from __future__ import annotations

import subprocess
import sys

from studyapp.scheduling import Rating, Scheduler
from studyapp.store import CHECKPOINT_EVERY, Store


def record(store, clock, n: int) -> None:
    from studyapp.records import ReviewRecord

    scheduler = Scheduler(fuzz=False)
    for i in range(n):
        after = scheduler.review(None, Rating.GOOD, clock.now)
        store.record_review(ReviewRecord("p", f"q{i}", "place", clock.now, "A", True, "exact", 3, 10, None, after))
        clock.advance(seconds=5)


def test_checkpoints_wait_until_enough_commits_then_copy_the_wal(tmp_path, clock):
    store = Store.open(tmp_path / "p.sqlite3")
    store.defer_checkpoints()
    record(store, clock, CHECKPOINT_EVERY - 1)
    assert store.checkpoint_if_due() is False
    record(store, clock, 1)
    assert store.checkpoint_if_due() is True
    assert store.checkpoint_if_due() is False  # nothing new since
    busy, log, done = store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and log == done  # everything was already copied
    store.close()


def test_without_deferring_sqlite_checkpoints_by_itself(tmp_path, clock):
    store = Store.open(tmp_path / "p.sqlite3")
    record(store, clock, CHECKPOINT_EVERY + 5)
    assert store.checkpoint_if_due() is False
    assert store.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] > 0
    store.close()


def test_answers_committed_with_deferred_checkpoints_survive_a_kill(tmp_path):
    database = tmp_path / "p.sqlite3"
    code = f"""
import os, sys
sys.path.insert(0, {str(__import__("conftest").__file__.rsplit("/", 1)[0])!r})
from conftest import FakeClock
from test_store_checkpoints import record
from studyapp.store import Store
store = Store.open({str(database)!r})
store.defer_checkpoints()
record(store, FakeClock(), 25)
os._exit(9)  # no close, no checkpoint: as if killed
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    store = Store.open(database)
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 25
    store.close()

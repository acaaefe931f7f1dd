"""The store: answers round-trip, history survives, the schema migrates."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from studyapp.records import ReviewRecord
from studyapp.scheduling import Rating, Scheduler
from studyapp.store import SCHEMA_VERSION, Store


def record(store, clock, question_id="q1", rating=Rating.GOOD, correct=True, session_id=None):
    scheduler = Scheduler(fuzz=False)
    before = store.card("p", question_id)
    after = scheduler.review(before, rating, clock.now)
    review_id = store.record_review(
        ReviewRecord("p", question_id, "date", clock.now, "1958", correct, "exact", int(rating), 1200, before, after, session_id)
    )
    return review_id, after


def test_a_review_round_trips(store, clock):
    review_id, after = record(store, clock)
    assert store.card("p", "q1") == after
    rows = store.reviews_of("p", "q1")
    assert len(rows) == 1 and rows[0]["id"] == review_id
    assert rows[0]["answer"] == "1958" and rows[0]["reason"] == "exact" and rows[0]["response_ms"] == 1200
    assert rows[0]["state_before"] is None and rows[0]["state_after"]


def test_history_is_kept_when_a_question_disappears_from_its_pack(store, clock):
    record(store, clock, "gone")
    # The pack no longer has 'gone': nothing is deleted, the card and its log stay.
    assert store.card("p", "gone") is not None
    assert len(store.reviews_of("p", "gone")) == 1


def test_reopening_keeps_everything(tmp_path, clock):
    path = tmp_path / "db.sqlite3"
    s = Store.open(path)
    record(s, clock)
    s.close()
    s = Store.open(path)
    assert s.card("p", "q1") is not None
    assert s.schema_version == SCHEMA_VERSION
    assert s.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_amending_a_rating_moves_the_card(store, clock):
    review_id, good = record(store, clock)
    easy = Scheduler(fuzz=False).review(None, Rating.EASY, clock.now)
    store.amend_rating(review_id, int(Rating.EASY), easy)
    assert store.card("p", "q1") == easy
    assert store.reviews_of("p", "q1")[0]["rating"] == int(Rating.EASY)
    assert easy.due > good.due


def test_sessions_count_answers(store, clock):
    session_id = store.start_session(clock.now, ["p"])
    record(store, clock, "a", session_id=session_id)
    record(store, clock, "b", Rating.AGAIN, False, session_id=session_id)
    store.end_session(session_id, clock.advance(minutes=5))
    _, _, ended, packs, mode, answered, correct = store.session(session_id)
    assert (packs, mode, answered, correct) == ("p", "study", 2, 1)
    assert ended is not None


def test_due_and_counts(store, clock):
    record(store, clock, "a", Rating.AGAIN, False)
    record(store, clock, "b", Rating.EASY)
    later = clock.advance(minutes=30)
    assert [k[1] for k in store.due_keys(later)] == ["a"]
    counts = store.pack_counts(later)["p"]
    assert (counts.seen, counts.due, counts.reviews, counts.correct) == (2, 1, 2, 1)
    assert store.introduced_since(later - timedelta(hours=1)) == 2


def test_a_failed_write_rolls_back_whole(store, clock):
    record(store, clock, "a")
    try:
        with store.transaction() as conn:
            conn.execute("UPDATE cards SET reps = 99")
            raise RuntimeError("crash mid-write")
    except RuntimeError:
        pass
    assert store.card("p", "a").reps == 1


def test_a_newer_schema_is_refused_clearly(tmp_path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    import pytest

    from studyapp.store import StoreError

    with pytest.raises(StoreError, match="newer studyapp"):
        Store.open(path)


def test_a_stop_just_after_begin_leaves_nothing_to_finalise(tmp_path, capfd):
    """A stop signal can land after BEGIN IMMEDIATE and before the ``with`` body: the transaction
    is then never exited. Closing the store rolls it back, writes nothing, and prints nothing
    (a generator-based transaction printed "Exception ignored in ..." at exit)."""
    import gc

    path = tmp_path / "s.db"
    store = Store.open(path)
    entered = store.transaction()
    conn = entered.__enter__()
    conn.execute("INSERT INTO sessions (started_at, packs, mode) VALUES (0, 'p', 'study')")
    store.close()  # as if Stopped was raised here: __exit__ never runs, and the process ends
    del entered
    gc.collect()
    assert capfd.readouterr().err == ""
    again = Store.open(path)
    try:
        assert again.connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    finally:
        again.close()


def test_none_is_bound_as_null_through_the_adapter(store, clock):
    """``None`` goes through the adapter registered for it (no error raised and dropped inside
    ``sqlite3`` for each), and is stored as NULL as before: a new card's state_before, a step."""
    assert sqlite3.adapters[type(None), sqlite3.PrepareProtocol](None) is None
    assert store.connection.execute("SELECT typeof(?), ? IS NULL", (None, None)).fetchone() == ("null", 1)
    record(store, clock)
    clock.advance(days=30)
    record(store, clock, rating=Rating.EASY)  # graduated: the card's step is None
    kinds = store.connection.execute("SELECT typeof(state_before) FROM reviews ORDER BY id").fetchall()
    assert [k for (k,) in kinds] == ["null", "text"]
    assert store.connection.execute("SELECT typeof(step) FROM cards").fetchone()[0] == "null"

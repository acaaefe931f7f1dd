"""Schema 18: an answer leaves its session's row alone; the row is brought up to review_totals' mark by the fold.

Every reader adds the answers after the mark (store.SESSIONS_LIVE), so what the learner sees of a session
(answered, right, when it ended, the time spent, a mock's score) is what the row held when every answer
wrote it, before and after a fold, a reopen, an undo, "I was right", a kill, and the upgrade from schema 17.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from test_stats import database_at

from studyapp import mock, stats
from studyapp import store as store_module
from studyapp.commands.drill import right_response
from studyapp.scheduling import Rating, Scheduler
from studyapp.session import StudySession
from studyapp.store import SCHEMA_VERSION, SESSIONS_LIVE, Store, StoreError

EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def session_for(store, clock, pack, **kwargs):
    return StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock(), **kwargs)


def answer(session, clock, right=True):
    question = session.next_question(clock.advance(seconds=7))
    if question is None:
        question = session.next_question(clock.advance(minutes=15))
    session.prepare(question, clock())
    return session.answer(question, right_response(question) if right else "no such answer", clock.advance(seconds=5))


def seen(store) -> list:
    """What every reader shows of every session: the row by id, the history, the time spent, the mocks."""
    conn = store.connection
    ids = [row[0] for row in conn.execute("SELECT id FROM sessions ORDER BY id")]
    history = [(s.id, s.ended_at, s.answered, s.correct) for s in stats.session_history(conn, 50)]
    mocks = [(m.session_id, m.correct, m.total) for m in mock.history(store)]
    return [[store.session(i) for i in ids], history, stats.studied_since(conn, EPOCH), mocks]


def standing(store, session_id) -> tuple[int, int]:
    """(answered, right) counted from the log: what the answers' own writes added up to."""
    return store.connection.execute(
        "SELECT COUNT(*), TOTAL(correct) FROM reviews WHERE session_id = ? AND kind != 'undo' AND undone = 0", (session_id,)
    ).fetchone()


def row(store, session_id) -> tuple:
    return store.connection.execute("SELECT answered, correct, ended_at FROM sessions WHERE id = ?", (session_id,)).fetchone()


def test_an_answer_leaves_its_session_row_and_every_reader_counts_it(store, clock, example_pack):
    session = session_for(store, clock, example_pack)
    outcome = answer(session, clock)
    assert row(store, session.session_id) == (0, 0, None)  # the row is as of the mark
    assert store.session(session.session_id)[2:] == (outcome.answered_at.timestamp(), "example", "study", 1, 1)
    before = seen(store)
    store.fold_totals()
    assert row(store, session.session_id) == (1, 1, outcome.answered_at.timestamp())
    assert seen(store) == before


def test_undo_i_was_right_and_a_new_rating_count_as_the_row_did(store, clock, example_pack):
    session = session_for(store, clock, example_pack)
    question = session.next_question(clock())
    while question.id != "capital":
        session.prepare(question, clock())
        session.answer(question, right_response(question), clock.advance(seconds=5))
        question = session.next_question(clock())
    session.prepare(question, clock())
    wrong = session.answer(question, "Toronto", clock.advance(seconds=5))
    sid = session.session_id
    answered = len(session.outcomes)
    assert store.session(sid)[5:] == (answered, answered - 1)
    session.overrule(wrong, clock.advance(seconds=3))  # folds first, then correct + 1
    assert store.session(sid)[5:] == (answered, answered) == standing(store, sid)
    later = answer(session, clock, right=False)
    session.rerate(later, Rating.HARD)
    assert store.session(sid)[5:] == (answered + 1, answered) == standing(store, sid)
    session.undo(clock.advance(seconds=2))  # folds first, then answered - 1
    assert store.session(sid)[5:] == (answered, answered) == standing(store, sid)
    assert store.session(sid)[2] == later.answered_at.timestamp()  # an undo does not end the session (it did not)
    last = answer(session, clock)
    assert store.session(sid)[2] == last.answered_at.timestamp()
    before = seen(store)
    store.fold_totals()
    assert seen(store) == before
    assert row(store, sid)[:2] == standing(store, sid)


def test_a_session_ends_when_it_is_finished_after_its_last_answer(store, clock, example_pack):
    session = session_for(store, clock, example_pack)
    answer(session, clock)
    answer(session, clock, right=False)
    end = clock.advance(minutes=2)
    session.finish(end)
    assert store.session(session.session_id)[2] == end.timestamp()
    assert stats.studied_since(store.connection, EPOCH) == (end - session.started_at).total_seconds()
    after = answer(session, clock)  # an answer after the end ends it again, as its write did
    assert store.session(session.session_id)[2] == after.answered_at.timestamp()
    assert store.session(session.session_id)[5:] == (3, 2)


def test_the_history_lists_a_session_whose_answers_are_all_after_the_mark(store, clock, example_pack):
    empty = session_for(store, clock, example_pack)
    empty.open()
    session = session_for(store, clock, example_pack)
    answer(session, clock)
    history = stats.session_history(store.connection, 10)
    assert [(s.id, s.answered, s.correct) for s in history] == [(session.session_id, 1, 1)]  # the empty one is left out


def test_an_abandoned_mock_scores_the_answers_after_the_mark(store, clock, example_pack):
    sitting = mock.MockExam(store, Scheduler(fuzz=False), list(example_pack.questions), clock(), count=4, seed=3)
    for i in range(3):
        sitting.answer(right_response(sitting.current) if i != 1 else "no such answer", clock.advance(seconds=9), 5.0)
    assert row(store, sitting.session_id)[2] is None  # the row alone would not show it at all
    assert [(m.session_id, m.correct, m.total) for m in mock.history(store)] == [(sitting.session_id, 2, 4)]
    before = seen(store)
    store.close()
    reopened = Store.open(store.path)
    try:
        assert seen(reopened) == before
        reopened.fold_totals()
        assert seen(reopened) == before
    finally:
        reopened.close()


def test_a_kill_between_the_answers_and_the_fold_loses_no_count(tmp_path, example_pack):
    """The answers are committed, the fold never ran: the process is gone without closing anything."""
    data = tmp_path / "progress.sqlite3"
    script = f"""
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from studyapp.commands.drill import right_response
from studyapp.packs import load_packs
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.store import Store
store = Store.open({str(data)!r})
store.defer_checkpoints()
pack = load_packs([Path({str(example_pack.path.parent)!r})]).packs[0]
now = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], now)
for i in range(4):
    now += timedelta(seconds=10)
    question = session.next_question(now) or session.next_question(now + timedelta(minutes=15))
    session.answer(question, right_response(question) if i != 2 else "no such answer", now)
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", script], check=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    store = Store.open(data)
    try:
        assert row(store, 1) == (0, 0, None)
        assert store.session(1)[5:] == (4, 3) == standing(store, 1)
        before = seen(store)
        store.fold_totals()
        assert seen(store) == before and row(store, 1)[:2] == (4, 3)
    finally:
        store.close()


def _version_17_with_a_tail(path):
    """A schema-17 database as its studyapp left it: one answer folded, two after the mark, all three in the session's row."""
    conn = database_at(path, 17)
    conn.execute("INSERT INTO sessions (id, started_at, ended_at, packs, mode, answered, correct) VALUES (1, 100, 130, 'alpha', 'study', 3, 2)")
    for i, (at, correct) in enumerate(((110, 1), (120, 0), (130, 1)), 1):
        conn.execute(
            "INSERT INTO reviews (id, pack_id, question_id, category, reviewed_at, correct, reason, rating, kind, session_id, state_after)"
            " VALUES (?, 'alpha', ?, 'c', ?, ?, 'x', 3, 'study', 1, '{}')",
            (i, f"q{i}", at, correct),
        )
    conn.execute("INSERT INTO review_totals (pack_id, category, reviews, correct) VALUES ('alpha', 'c', 1, 1)")
    conn.execute("INSERT INTO review_quarters (quarter, reviews, correct, learned, learned_correct) VALUES (0, 1, 1, 0, 0)")
    conn.execute("UPDATE review_totals_mark SET last_id = 1")
    return conn


def test_the_upgrade_folds_the_tail_into_the_totals_and_not_into_the_sessions_again(tmp_path):
    path = tmp_path / "old.sqlite3"
    _version_17_with_a_tail(path).close()
    store = Store.open(path)
    try:
        conn = store.connection
        assert store.schema_version == SCHEMA_VERSION == 18
        assert conn.execute("SELECT last_id FROM review_totals_mark").fetchone() == (3,)
        assert conn.execute("SELECT reviews, correct FROM review_totals").fetchall() == [(3, 2)]
        assert conn.execute("SELECT SUM(reviews), SUM(correct) FROM review_quarters").fetchone() == (3, 2)
        assert row(store, 1) == (3, 2, 130.0)  # as schema 17's answers wrote it: not 5 and 3
        assert store.session(1)[2:] == (130.0, "alpha", "study", 3, 2)
        assert store.pack_reviews() == {"alpha": (3, 2)}
        before = seen(store)
        store.fold_totals()
        assert seen(store) == before and row(store, 1) == (3, 2, 130.0)
    finally:
        store.close()


def test_an_upgraded_database_counts_the_next_answer_once(tmp_path, clock, example_pack):
    path = tmp_path / "progress.sqlite3"
    database_at(path, 17).close()
    store = Store.open(path)
    try:
        session = session_for(store, clock, example_pack)
        answer(session, clock)
        assert store.session(session.session_id)[5:] == (1, 1)
        store.fold_totals()
        assert store.session(session.session_id)[5:] == (1, 1) == row(store, session.session_id)[:2]
    finally:
        store.close()


def test_a_schema_17_studyapp_refuses_the_file(tmp_path, monkeypatch):
    """It would count its answers in the rows and leave them after the mark, for the next fold to count again."""
    Store.open(tmp_path / "progress.sqlite3").close()
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 17)
    with pytest.raises(StoreError, match="made by a newer studyapp"):
        Store.open(tmp_path / "progress.sqlite3")


def test_a_review_after_the_mark_deleted_by_other_means_leaves_its_session(store, clock, example_pack):
    """No part of the app deletes a review; another writer's deletion after the mark is no longer in the
    session (the row counted it before schema 18), and one up to the mark stays counted, as before."""
    session = session_for(store, clock, example_pack)
    first = answer(session, clock)
    store.fold_totals()
    second = answer(session, clock)
    with store.transaction() as conn:
        conn.execute("DELETE FROM reviews WHERE id = ?", (second.review_id,))
    assert store.session(session.session_id)[5:] == (1, 1)
    with store.transaction() as conn:
        conn.execute("DELETE FROM reviews WHERE id = ?", (first.review_id,))
    assert store.session(session.session_id)[5:] == (1, 1)


def test_the_readers_read_the_tail_by_id(store):
    """SESSION_TAIL is a search of the log by id after the mark, as TOTALS_TAIL is: never a scan of the log."""
    plan = " ".join(row[3] for row in store.connection.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {SESSIONS_LIVE} WHERE id = 1"))
    assert "SEARCH reviews USING INTEGER PRIMARY KEY (rowid>?)" in plan, plan
    assert "SCAN reviews" not in plan, plan


"""Queries on the start-up and answer paths search an index: none walks the whole log or every card.

Each would be correct either way, and fast on a test's few rows: the plan is what
shows the difference a million reviews make (issue 17)."""

from __future__ import annotations

import json
from datetime import timedelta

from studyapp.records import ReviewRecord
from studyapp.scheduling import Rating, Scheduler
from studyapp.store import Store
from studyapp.study_order import answered_since


def _plan(store: Store, sql: str, params: tuple) -> str:
    return " | ".join(row[3] for row in store.connection.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_every_due_query_reads_the_filed_due_index_so_cards_due_is_gone(tmp_path, clock):
    """Schema 9 dropped cards_due, which every answer paid for, and schema 14 put cards_due_live
    on filed_due: the store's queries that read due times must still search an index
    (cards_filed_due, and the cards answered after the mark by key), never scan the cards."""
    store = Store.open(tmp_path / "db.sqlite3")
    try:
        indexes = {name for (name,) in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cards'")}
        assert not indexes & {"cards_due", "cards_due_live"} and "cards_filed_due" in indexes
        scheduler = Scheduler(fuzz=False)
        with store.transaction() as conn:
            for i in range(3000):
                state = scheduler.review(None, Rating.GOOD, clock.now)
                store._write_card(conn, f"p{i % 7}", f"q{i}", "", state, clock.now)
        store.connection.execute("ANALYZE")
        statements: list[str] = []
        store.connection.set_trace_callback(statements.append)
        store.card_states().due_at(clock.now)
        store.due_keys(clock.now)
        store.due_count(clock.now)
        store.next_due(clock.now)
        store.connection.set_trace_callback(None)
        assert len(statements) == 4
        for sql in statements:
            plan = _plan(store, sql, ())
            assert "cards_filed_due" in plan and "SCAN cards" not in plan and "SCAN reviews" not in plan, (sql, plan)
        # and the answer path itself still works through the store's own calls
        before = store.card("p0", "q0")
        after = scheduler.review(before, Rating.AGAIN, clock.now)
        review_id, recorded = store.record_answer(
            ReviewRecord("p0", "q0", "", clock.now, "x", False, "wrong", 1, 900, before, after), lambda current: scheduler.review(current, Rating.AGAIN, clock.now)
        )
        assert store.card("p0", "q0") == recorded.state_after == after
        assert json.loads(store.reviews_of("p0", "q0")[0]["state_after"]) == after.to_dict()
    finally:
        store.close()


def test_the_due_queries_are_answered_from_the_index_alone_with_no_look_up_per_card(tmp_path, clock):
    """Schema 15: cards_filed_due holds `retired` too, so the due queries read no card row
    for each index entry (SQLite 3.40 did, 3,500 look-ups of a start at 100,000 questions,
    since the queries name `retired`); the answers are the same, retired cards still out."""
    store = Store.open(tmp_path / "db.sqlite3")
    try:
        scheduler = Scheduler(fuzz=False)
        with store.transaction() as conn:
            for i in range(3000):
                when = clock.now - timedelta(days=40 - i % 40)
                store._write_card(conn, f"p{i % 7}", f"q{i}", "", scheduler.review(None, Rating.GOOD, when), when)
            conn.execute("UPDATE cards SET retired = 1 WHERE question_id IN ('q0', 'q1', 'q2')")
        store.connection.execute("ANALYZE")
        statements: list[str] = []
        store.connection.set_trace_callback(statements.append)
        due = store.card_states().due_at(clock.now)
        count = store.due_count(clock.now)
        store.next_due(clock.now)
        store.connection.set_trace_callback(None)
        for sql in statements:
            plan = _plan(store, sql, ())
            assert "COVERING INDEX cards_filed_due" in plan, (sql, plan)
            ops = [row[1] for row in store.connection.execute("EXPLAIN " + sql)]
            assert "NotFound" not in ops and "DeferredSeek" not in ops, sql
        expected = {
            (p, q): d for p, q, d in store.connection.execute("SELECT pack_id, question_id, due FROM cards NOT INDEXED WHERE retired = 0 AND due <= ?", (clock.now.timestamp(),))
        }
        assert due == expected and len(expected) > 0
        assert count == sum(d < clock.now.timestamp() for d in expected.values())  # due_count: strictly before
        assert not {("p0", "q0"), ("p1", "q1"), ("p2", "q2")} & set(due)
    finally:
        store.close()


def test_the_questions_answered_today_come_from_the_time_index_not_the_whole_log(tmp_path, clock):
    """Every session start asks which questions were answered today (siblings): with
    DISTINCT, SQLite walked the whole log for it (4.7 s at a million reviews)."""
    store = Store.open(tmp_path / "db.sqlite3")
    try:
        scheduler = Scheduler(fuzz=False)
        for i in range(300):
            when = clock.now - timedelta(days=300 - i)
            after = scheduler.review(None, Rating.GOOD, when)
            store.record_review(ReviewRecord("p", f"q{i % 40}", "", when, "a", True, "exact", 3, 900, None, after))
        store.connection.execute("ANALYZE")
        statements: list[str] = []
        store.connection.set_trace_callback(statements.append)
        assert answered_since(store, clock.now - timedelta(days=2)) == {("p", "q18"), ("p", "q19")}
        store.connection.set_trace_callback(None)
        sql = next(s for s in statements if "FROM reviews" in s)
        plan = _plan(store, sql, ())
        assert "SEARCH reviews USING" in plan and "reviewed_at" in plan and "SCAN" not in plan, plan
    finally:
        store.close()

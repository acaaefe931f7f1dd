"""The answer's statements compiled while the first question is read (issue 17): nothing run, nothing written."""

from __future__ import annotations

import re

from studyapp import store as store_module
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession


def _session(store, pack, clock) -> StudySession:
    return StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock.now)


def _template(sql: str) -> re.Pattern[str]:
    """A statement's text as the trace callback shows it run: each parameter replaced by its value."""
    return re.compile(r".+?".join(re.escape(part) for part in sql.split("?")), re.DOTALL)


def test_compiling_the_answer_statements_runs_none_of_them_and_opens_no_transaction(store, example_pack, clock):
    session = _session(store, example_pack, clock)
    conn = store.connection
    counts = [conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("reviews", "cards", "sessions")]
    changes = conn.total_changes
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        store.compile_answer_statements()
    finally:
        conn.set_trace_callback(None)
    assert traced == []
    assert not conn.in_transaction
    assert conn.total_changes == changes
    assert [conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("reviews", "cards", "sessions")] == counts
    question = session.next_question(clock.now)
    outcome = session.answer(question, "no such answer", clock.now)
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == counts[0] + 1
    assert store.card(question.pack_id, question.id) == outcome.state_after


def test_what_an_answer_runs_is_the_statements_compiled_ahead(store, example_pack, clock):
    """The cache is keyed by the statement's text: an answer's writes must use the very texts compiled."""
    session = _session(store, example_pack, clock)
    templates = [_template(sql) for sql in store_module._ANSWER_STATEMENTS]
    seen: set[int] = set()
    for rating_text in ("right", "wrong", "again"):
        question = session.next_question(clock.now)
        session.prepare(question, clock.now)
        traced: list[str] = []
        store.connection.set_trace_callback(traced.append)
        try:
            session.answer(question, question.answer if rating_text == "right" else "no such answer", clock.now)
        finally:
            store.connection.set_trace_callback(None)
        run = [sql for sql in traced if sql not in ("BEGIN IMMEDIATE", "COMMIT")]
        assert run, traced
        for sql in run:
            found = [i for i, template in enumerate(templates) if template.fullmatch(sql)]
            assert found, f"an answer ran a statement not compiled ahead: {sql}"
            seen.update(found)
    assert {1, 6} <= seen  # the review's INSERT, a new card's INSERT (the card read only when it moved: test_answer_as_assumed.py; the session's count at the fold)


def test_the_statements_are_compiled_once_a_session_when_the_first_question_is_prepared(store, example_pack, clock, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(type(store), "compile_answer_statements", lambda self: calls.append(1))
    session = _session(store, example_pack, clock)
    for _ in range(3):
        question = session.next_question(clock.now)
        session.prepare(question, clock.now)
        session.answer(question, "no such answer", clock.now)
    assert calls == [1]


def test_a_closed_connection_leaves_the_compiling_to_the_answer(store):
    """Work done ahead must never end the session: an error other than the refused parameters is let go."""
    store.connection.close()
    store.compile_answer_statements()

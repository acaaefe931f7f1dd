"""The answer's commit without a read of the card (issue 17, twentieth round): the writes check the card is as
the session read it, and anything else is rolled back and answered as before, from the card as it stands."""

from __future__ import annotations

from studyapp import store as store_module
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.store import Store


def _session(store, pack, clock, **kwargs) -> StudySession:
    return StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock.now, seed=1, **kwargs)


def _traced_answer(store, session, question, response, clock) -> tuple[object, list[str]]:
    traced: list[str] = []
    store.connection.set_trace_callback(traced.append)
    try:
        outcome = session.answer(question, response, clock.now)
    finally:
        store.connection.set_trace_callback(None)
    return outcome, traced


def _kinds(traced: list[str]) -> list[str]:
    """The statements run, by their first words (SQLite's trace repeats a statement whose trigger it starts)."""
    kinds = [" ".join(sql.split()[:4]) for sql in traced]
    return [kind for i, kind in enumerate(kinds) if i == 0 or kind != kinds[i - 1]]


def _row(store, key) -> tuple:
    return store.connection.execute(
        "SELECT state, step, stability, difficulty, due, last_review, reps, lapses, retired, last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", key
    ).fetchone()


def _prev_ids(store) -> list:
    return [row[0] for row in store.connection.execute("SELECT prev_id FROM reviews WHERE kind != 'undo' ORDER BY id")]


def test_an_answer_to_a_card_as_read_is_one_transaction_of_two_writes(store, example_pack, clock):
    first = _session(store, example_pack, clock, new_limit=1)
    question = first.next_question(clock.now)
    first.prepare(question, clock.now)
    new, traced = _traced_answer(store, first, question, "no such answer", clock)
    assert _kinds(traced) == ["BEGIN IMMEDIATE", "INSERT INTO reviews (pack_id,", "INSERT OR IGNORE INTO", "COMMIT"]
    clock.advance(minutes=15)
    again = _session(store, example_pack, clock, new_limit=0)
    question = again.next_question(clock.now)
    again.prepare(question, clock.now)
    seen, traced = _traced_answer(store, again, question, question.answer, clock)
    assert _kinds(traced) == ["BEGIN IMMEDIATE", "INSERT INTO reviews (pack_id,", "UPDATE cards SET category", "COMMIT"]  # the session counts it at the fold (schema 18)
    assert seen.state_before == new.state_after
    assert store.card(*question.key) == seen.state_after
    assert _row(store, question.key)[9] == seen.review_id
    assert _prev_ids(store) == [0, new.review_id]  # prev_id read by the review's INSERT from the card


def test_a_card_moved_since_it_was_read_is_rolled_back_and_answered_from_the_card(tmp_path, example_pack, clock):
    path = tmp_path / "progress.sqlite3"
    one, two = Store.open(path), Store.open(path)
    try:
        first = _session(one, example_pack, clock, new_limit=1)
        question = first.next_question(clock.now)
        first.answer(question, question.answer, clock.now)
        clock.advance(days=30)
        mine, other = _session(one, example_pack, clock, new_limit=0), _session(two, example_pack, clock, new_limit=0)
        assert mine.next_question(clock.now) == other.next_question(clock.now) == question
        mine.prepare(question, clock.now)
        theirs = other.answer(question, "no such answer", clock.now)  # the other terminal's lapse first
        reviews = one.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
        outcome, traced = _traced_answer(one, mine, question, question.answer, clock)
        assert traced.count("ROLLBACK") == 1 and traced.count("COMMIT") == 1, traced
        assert outcome.state_before == theirs.state_after and outcome.state_after.lapses == 1
        assert one.card(*question.key) == outcome.state_after
        assert one.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == reviews + 1  # nothing of the rolled back try left
        assert _prev_ids(one)[-1] == theirs.review_id
    finally:
        one.close()
        two.close()


def test_a_retired_card_assumed_new_is_answered_as_new_through_the_read(store, example_pack, clock):
    first = _session(store, example_pack, clock, new_limit=1)
    question = first.next_question(clock.now)
    old = first.answer(question, question.answer, clock.now)
    store.connection.execute("UPDATE cards SET retired = 1 WHERE pack_id = ? AND question_id = ?", question.key)
    clock.advance(days=2)
    again = _session(store, example_pack, clock, new_limit=5)
    assert again.state_of(question) is None
    outcome, traced = _traced_answer(store, again, question, question.answer, clock)
    assert "ROLLBACK" in traced
    assert outcome.state_before is None and outcome.state_after.reps == 1
    row = _row(store, question.key)
    assert row[8] == 0 and row[9] == outcome.review_id
    assert _prev_ids(store)[-1] == old.review_id  # as the card read gave it


def test_times_written_by_another_program_are_compared_as_read(store, example_pack, clock):
    """A due time that does not come back from its datetime as the same float (the benchmark's generated
    history has them) still takes the commit without a read: it is compared with the very values read."""
    first = _session(store, example_pack, clock, new_limit=1)
    question = first.next_question(clock.now)
    first.answer(question, question.answer, clock.now)
    due, last = store.connection.execute("SELECT due, last_review FROM cards").fetchone()
    odd_due, odd_last = due + 1.2345678e-7, last + 3.3e-8
    assert store_module.from_timestamp(odd_due).timestamp() != odd_due
    store.connection.execute("UPDATE cards SET due = ?, last_review = ?", (odd_due, odd_last))
    clock.advance(days=30)
    again = _session(store, example_pack, clock, new_limit=0)
    question = again.next_question(clock.now)
    again.prepare(question, clock.now)
    read = again.state_of(question)
    outcome, traced = _traced_answer(store, again, question, question.answer, clock)
    assert "ROLLBACK" not in traced and not any(sql.startswith("SELECT") for sql in traced), traced
    assert outcome.state_before == read
    assert store.card(*question.key) == outcome.state_after

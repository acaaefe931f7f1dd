"""Undo: the last answer (or several) is taken back exactly, and the log keeps the undo as an event."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Input

from studyapp.scheduling import Rating, Scheduler
from studyapp.session import StudySession, local_day_start
from studyapp.store import StoreError
from test_tui import SIZE, make_app, press_choice, screen_text


def card_row(store, key):
    return store.connection.execute("SELECT * FROM cards WHERE pack_id = ? AND question_id = ?", key).fetchone()


def log(store):
    return store.connection.execute("SELECT id, question_id, kind, undone, answer, rating FROM reviews ORDER BY id").fetchall()


def session_for(store, clock, pack, **kwargs):
    return StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock(), **kwargs)


def test_undoing_a_review_restores_the_card_row_exactly_and_logs_an_undo_event(store, clock, example_pack):
    first = session_for(store, clock, example_pack)
    question = first.next_question(clock())
    first.answer(question, "Ottawa", clock())
    first.finish(clock())
    clock.advance(days=9)
    session = session_for(store, clock, example_pack)
    assert session.next_question(clock()) == question  # due again
    before = card_row(store, question.key)
    outcome = session.answer(question, "Toronto", clock.advance(seconds=30))
    assert card_row(store, question.key) != before
    undone = session.undo(clock.advance(seconds=5))
    assert undone.review_id == outcome.review_id
    assert card_row(store, question.key) == before  # every column, bit for bit
    entries = log(store)
    assert entries[-2] == (outcome.review_id, "capital", "study", 1, "Toronto", 1)  # kept, marked undone
    event = entries[-1]
    assert event[2] == "undo" and event[4] == str(outcome.review_id)
    undo_row = store.connection.execute("SELECT state_before, state_after FROM reviews WHERE id = ?", (event[0],)).fetchone()
    assert json.loads(undo_row[0]) == outcome.state_after.to_dict()
    assert json.loads(undo_row[1]) == outcome.state_before.to_dict()
    assert store.session(session.session_id)[5:] == (0, 0)  # answered, correct


def test_undoing_a_first_answer_makes_the_question_new_again_and_frees_todays_new_slot(store, clock, example_pack):
    session = session_for(store, clock, example_pack, new_limit=1)
    question = session.next_question(clock())
    session.answer(question, "Ottawa", clock())
    assert store.introduced_since(local_day_start(clock())) == 1
    session.undo(clock())
    assert store.card(*question.key) is None
    assert store.introduced_since(local_day_start(clock())) == 0
    assert session.next_question(clock()) == question  # asked again, as new
    assert session.state_of(question) is None


def test_several_undos_newest_first_return_every_card_to_where_it_was(store, clock, example_pack):
    session = session_for(store, clock, example_pack)
    before = {q.key: card_row(store, q.key) for q in example_pack.questions}
    operation = next(q for q in example_pack.questions if q.id == "operation")
    answered = []
    for _ in range(4):
        question = session.next_question(clock.advance(seconds=20))
        response = ["NANOOK"] if question == operation else __import__("studyapp.commands.drill", fromlist=["x"]).right_response(question)
        answered.append(session.answer(question, response, clock()))
    # operation was wrong: it comes back within the session; answer it again
    clock.advance(minutes=15)
    while (question := session.next_question(clock())) != operation:
        answered.append(session.answer(question, __import__("studyapp.commands.drill", fromlist=["x"]).right_response(question), clock()))
    answered.append(session.answer(operation, ["UNIFIER"], clock()))
    assert [o.question.id for o in answered].count("operation") == 2
    for outcome in reversed(answered):
        assert session.undo(clock.advance(seconds=1)).review_id == outcome.review_id
    assert session.undo(clock()) is None
    assert {q.key: card_row(store, q.key) for q in example_pack.questions} == before
    standing = store.connection.execute("SELECT COUNT(*) FROM reviews WHERE kind != 'undo' AND undone = 0").fetchone()[0]
    assert standing == 0 and len(log(store)) == 2 * len(answered)
    assert session.finish(clock()).answered == 0


def test_undo_after_changing_the_rating_goes_back_to_before_the_answer(store, clock, example_pack):
    session = session_for(store, clock, example_pack)
    question = session.next_question(clock())
    outcome = session.answer(question, "Ottawa", clock())
    session.rerate(outcome, Rating.EASY)
    session.undo(clock())
    assert store.card(*question.key) is None


def test_an_older_answer_cannot_be_undone_over_a_newer_one_of_the_same_question(store, clock, example_pack):
    one = session_for(store, clock, example_pack)
    other = session_for(store, clock, example_pack)  # a second terminal on the same data
    question = one.next_question(clock())
    assert other.next_question(clock()) == question
    one.answer(question, "Ottawa", clock())
    later = other.answer(question, "Ottawa", clock.advance(seconds=10))
    row = card_row(store, question.key)
    with pytest.raises(StoreError, match="answered again after review"):
        one.undo(clock())
    assert card_row(store, question.key) == row and one.answered == 1
    other.undo(clock())
    # Back to what the card held before the other terminal's answer: the first terminal's answer, still standing.
    assert store.card(*question.key) == one.outcomes[-1].state_after
    assert other.state_of(question) == one.outcomes[-1].state_after
    one.undo(clock())
    assert store.card(*question.key) is None
    with pytest.raises(StoreError, match="already undone"):
        store.undo_review(later.review_id, clock())


def test_the_undone_question_comes_before_the_one_on_screen(store, clock, example_pack):
    session = session_for(store, clock, example_pack)
    first = session.next_question(clock())
    session.answer(first, "Ottawa", clock())
    on_screen = session.next_question(clock())
    total = session.total
    session.undo(clock())
    assert session.total == total
    assert session.next_question(clock()) == first
    session.answer(first, "Ottawa", clock())
    assert session.next_question(clock()) == on_screen


def test_home_counts_ignore_undone_answers(store, clock, example_pack):
    from studyapp.session import overview

    session = session_for(store, clock, example_pack)
    question = session.next_question(clock())
    session.answer(question, "Toronto", clock())
    session.undo(clock())
    question = session.next_question(clock())
    session.answer(question, "Ottawa", clock())
    row = overview(store, [example_pack], clock())[0]
    assert row.accuracy == 1.0 and row.new == len(example_pack.questions) - 1


# --- the study screen ---------------------------------------------------------------


async def test_u_on_the_feedback_and_ctrl_z_on_the_next_question_undo_answers(clock, isolated_dirs):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        study = app.screen
        await pilot.press(*"Toronto", "enter")  # capital, wrong
        assert study.phase == "feedback"
        await pilot.press("u")
        await pilot.pause()
        assert study.phase == "question" and study.question.id == "capital"
        assert app.store.card("example", "capital") is None
        await pilot.press(*"Ottawa", "enter")
        await pilot.press("enter")
        assert study.question.id == "operation"
        await press_choice(pilot, "UNIFIER")
        await pilot.press("enter")
        assert study.question.id == "budget" and isinstance(app.focused, Input)
        await pilot.press("u")  # typed into the answer field, not an undo
        assert app.focused.value == "u"
        await pilot.press("ctrl+z")  # from the next question: takes back "operation"
        await pilot.pause()
        assert study.question.id == "operation" and study.phase == "question"
        await pilot.press("ctrl+z")  # and again: takes back "capital"
        await pilot.pause()
        assert study.question.id == "capital"
        assert study.session.answered == 0
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Nothing to undo" in " ".join(str(n.message) for n in app._notifications)
        await pilot.press(*"Ottawa", "enter", "enter")
        assert study.question.id == "operation"
    kinds = app.store  # closed; read the file again
    from studyapp.store import Store

    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert [(r[1], r[2], r[3]) for r in log(store)] == [
        ("capital", "study", 1),
        ("capital", "undo", 0),
        ("capital", "study", 1),
        ("operation", "study", 1),
        ("operation", "undo", 0),
        ("capital", "undo", 0),
        ("capital", "study", 0),
    ]
    store.close()
    del kinds


async def test_help_lists_the_undo_key(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert "study.undo" in screen_text(app) and "ctrl+z,u" in screen_text(app)

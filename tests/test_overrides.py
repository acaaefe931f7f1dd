""""I was right" and "I don't know": the review row, the remembered answer, the counts."""

from __future__ import annotations

import pytest

from studyapp.grading import Reason
from studyapp.mock import MockExam
from studyapp.scheduling import Rating, Scheduler
from studyapp.session import StudySession
from studyapp.store import Store, StoreError


def new_session(store, pack, clock, **kwargs):
    kwargs.setdefault("seed", 1)
    kwargs.setdefault("new_limit", 1)
    return StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock.now, **kwargs)


def capital(pack):
    return next(q for q in pack.questions if q.id == "capital")


def test_i_dont_know_is_logged_as_a_wrong_answer_rated_again(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    question = session.next_question(clock.now)
    outcome = session.give_up(question, clock.now, 2000)
    assert not outcome.grade.correct and outcome.grade.reason is Reason.GAVE_UP
    assert outcome.rating == Rating.AGAIN and outcome.response == ""
    assert outcome.grade.expected == question.display_answer
    row = store.reviews_of("example", "capital")[0]
    assert (row["correct"], row["reason"], row["rating"], row["answer"], row["response_ms"]) == (0, "gave_up", 1, "", 2000)
    assert not session.can_overrule(outcome)  # nothing typed: nothing to accept
    assert session.next_question(clock.now).id == "capital"  # comes back like any wrong answer


def test_i_was_right_amends_the_review_and_rates_it_good_from_the_same_state(store, example_pack, clock):
    scheduler = Scheduler(fuzz=False)
    session = StudySession.for_packs(store, scheduler, [example_pack], clock.now, seed=1, new_limit=1)
    question = session.next_question(clock.now)
    wrong = session.answer(question, "Bytown", clock.now)
    assert not wrong.grade.correct and session.can_overrule(wrong)
    clock.advance(seconds=5)
    right = session.overrule(wrong, clock.now)
    assert right.grade.correct and right.grade.reason is Reason.OVERRULED
    assert right.rating == right.suggested == Rating.GOOD
    assert right.state_after == scheduler.review(None, Rating.GOOD, wrong.answered_at)
    row = store.reviews_of("example", "capital")[0]
    assert (row["correct"], row["reason"], row["rating"], row["overruled"]) == (1, "overruled", 3, 1)
    assert store.card("example", "capital") == right.state_after
    assert store.session(session.session_id)[5:] == (1, 1)  # answered, correct
    assert store.accepted_answers() == {("example", "capital"): ["Bytown"]}
    assert session.next_question(clock.now) is None  # graduated, not asked again today
    assert session.outcomes[-1] == right


def test_a_remembered_answer_is_right_next_time_on_this_machine(store, example_pack, clock, tmp_path):
    session = new_session(store, example_pack, clock)
    session.overrule(session.answer(session.next_question(clock.now), "Bytown", clock.now), clock.now)
    session.finish(clock.now)
    clock.advance(days=30)
    again = new_session(Store.open(store.path), example_pack, clock)
    question = capital(example_pack)
    outcome = again.answer(question, " bytown!", clock.now)
    assert outcome.grade.correct and outcome.grade.reason is Reason.ALTERNATIVE
    assert "accepted this answer before" in outcome.grade.detail
    assert not again.answer(question, "Toronto", clock.now).grade.correct  # only that answer


def test_undoing_an_overruled_answer_forgets_it(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    question = session.next_question(clock.now)
    session.overrule(session.answer(question, "Bytown", clock.now), clock.now)
    session.undo(clock.now)
    assert store.accepted_answers() == {}
    assert store.card("example", "capital") is None
    assert not session.answer(question, "Bytown", clock.now).grade.correct


def test_only_wrong_typed_answers_can_be_overruled(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=20)
    right = session.answer(capital(example_pack), "Ottawa", clock.now)
    assert not session.can_overrule(right)
    with pytest.raises(ValueError):
        session.overrule(right, clock.now)
    choice = next(q for q in example_pack.questions if q.type == "choice")
    wrong_choice = session.answer(choice, [c for c in choice.choices if c not in choice.answer][:1], clock.now)
    assert not wrong_choice.grade.correct and not session.can_overrule(wrong_choice)


def test_overruling_twice_is_refused_by_the_store(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    wrong = session.answer(session.next_question(clock.now), "Montreal", clock.now)
    session.overrule(wrong, clock.now)
    with pytest.raises(StoreError):
        store.overrule_review(wrong.review_id, 3, wrong.state_after, clock.now)


def test_after_another_terminals_newer_answer_it_is_refused_and_the_card_kept(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    wrong = session.answer(session.next_question(clock.now), "Montreal", clock.now)
    other = new_session(Store.open(store.path), example_pack, clock, new_limit=20)
    newer = other.answer(capital(example_pack), "Ottawa", clock.now)
    with pytest.raises(StoreError, match="answered again"):
        session.overrule(wrong, clock.now)  # the log must still replay to the card
    assert store.card("example", "capital") == newer.state_after
    assert store.reviews_of("example", "capital")[0]["correct"] == 0
    assert store.accepted_answers() == {}


def test_overrules_count_in_the_totals_and_the_log(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    session.overrule(session.answer(session.next_question(clock.now), "Montreal", clock.now), clock.now)
    totals = store.connection.execute("SELECT SUM(reviews), SUM(correct) FROM review_totals").fetchone()
    assert totals == (1, 1)
    assert store.connection.execute("SELECT COUNT(*) FROM reviews WHERE overruled = 1").fetchone()[0] == 1


def test_mock_exams_accept_remembered_answers_too(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    session.overrule(session.answer(session.next_question(clock.now), "Bytown", clock.now), clock.now)
    mock = MockExam(store, Scheduler(fuzz=False), [capital(example_pack)], clock.now, count=1, seed=1)
    assert mock.answer("BYTOWN", clock.now, 3.0)
    assert mock.answers[0].correct


def test_progress_counts_the_verdicts_overruled(store, example_pack, clock):
    from datetime import timezone

    from studyapp import stats

    session = new_session(store, example_pack, clock, new_limit=20)
    session.overrule(session.answer(capital(example_pack), "Bytown", clock.now), clock.now)
    session.answer(next(q for q in example_pack.questions if q.id == "budget"), "12", clock.now)
    figures = stats.compute(store.connection, [example_pack], clock.now, timezone.utc)
    assert figures.summary.overruled == 1
    assert stats.to_json(figures)["summary"]["overruled"] == 1
    session.undo(clock.now)  # the budget answer
    session.undo(clock.now)  # the overruled one
    assert stats.compute(store.connection, [example_pack], clock.now, timezone.utc).summary.overruled == 0

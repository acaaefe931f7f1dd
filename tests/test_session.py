"""A study session: queue order, answers committed at once, ratings, summary."""

from __future__ import annotations

import random
from datetime import timedelta

from studyapp.scheduling import REVIEW, Rating, Scheduler
from studyapp.session import StudySession, overview, shuffle_unsolved


def new_session(store, pack, clock, **kwargs):
    kwargs.setdefault("seed", 1)
    return StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock.now, **kwargs)


def by_id(pack, question_id):
    return next(q for q in pack.questions if q.id == question_id)


def test_new_questions_come_in_pack_order_up_to_the_daily_limit(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=4)
    assert session.remaining == 4
    assert session.next_question(clock.now).id == "capital"


def test_an_answer_is_committed_before_answer_returns(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    question = session.next_question(clock.now)
    outcome = session.answer(question, "ottawa", clock.now, 1500)
    assert outcome.grade.correct and outcome.rating == Rating.GOOD
    # A second connection sees it: it is on disk, not in a pending transaction.
    from studyapp.store import Store

    other = Store.open(store.path)
    assert other.card("example", "capital") == outcome.state_after
    assert other.reviews_of("example", "capital")[0]["response_ms"] == 1500
    other.close()


def test_a_session_opened_later_writes_its_row_at_open_or_at_its_first_answer(store, example_pack, clock):
    """``open_later`` (the study screen's way): no row until ``open()`` or the first answer, then the
    row a session opened at once writes (its start, packs and mode), and the answers carry its id."""

    def sessions():
        return store.connection.execute("SELECT id, started_at, packs, mode FROM sessions").fetchall()

    later = new_session(store, example_pack, clock, open_later=True)
    assert later.session_id == 0 and sessions() == []
    outcome = later.answer(later.next_question(clock.now), "Ottawa", clock.now)
    assert later.session_id and sessions() == [(later.session_id, clock.now.timestamp(), "example", "study")]
    assert store.connection.execute("SELECT session_id FROM reviews WHERE id = ?", (outcome.review_id,)).fetchone()[0] == later.session_id
    assert later.open() == later.session_id and len(sessions()) == 1  # once
    opened = new_session(store, example_pack, clock, open_later=True)
    assert opened.open() == opened.session_id and sessions()[-1][1:] == (clock.now.timestamp(), "example", "study")


def test_wrong_answer_is_again_and_comes_back_in_the_session(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=1)
    question = session.next_question(clock.now)
    outcome = session.answer(question, "Toronto", clock.now)
    assert not outcome.grade.correct and outcome.rating == Rating.AGAIN
    # Nothing else is queued; the learning step is within the learn-ahead window.
    assert session.next_question(clock.now).id == "capital"


def test_rerating_changes_the_stored_state_and_the_interval(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=1)
    question = session.next_question(clock.now)
    outcome = session.answer(question, "Ottawa", clock.now)
    easy = session.rerate(outcome, Rating.EASY)
    assert easy.rating == Rating.EASY and easy.state_after.state == REVIEW
    assert store.card("example", "capital") == easy.state_after
    assert store.reviews_of("example", "capital")[0]["rating"] == int(Rating.EASY)
    assert session.next_question(clock.now) is None  # graduated: not requeued
    assert easy.intervals[Rating.EASY] == easy.state_after.due - clock.now


def test_typo_suggests_hard(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=1)
    outcome = session.answer(session.next_question(clock.now), "Otawa", clock.now)
    assert outcome.grade.correct and outcome.grade.typo
    assert outcome.rating == Rating.HARD


def test_every_type_is_answered_through_the_session(store, example_pack, clock):
    session = new_session(store, example_pack, clock)
    answers = {
        "capital": "Ottawa",
        "operation": ["UNIFIER"],
        "budget": "9,700 million",
        "founded-alone": False,
        "norad-cloze": ["north american aerospace defence command", "1958"],
        "timeline": ["Alliance founded", "Command created", "Training mission begins"],
    }
    for question_id, response in answers.items():
        outcome = session.answer(by_id(example_pack, question_id), response, clock.now)
        assert outcome.grade.correct, (question_id, outcome.grade)
    wrong = session.answer(by_id(example_pack, "budget"), "9.6 billion", clock.now)
    assert not wrong.grade.correct


def test_due_reviews_come_before_new_questions_days_later(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=2)
    for _ in range(2):
        question = session.next_question(clock.now)
        session.rerate(session.answer(question, "wrong on purpose", clock.now), Rating.EASY)
    session.finish(clock.now)
    clock.advance(days=30)
    later = new_session(store, example_pack, clock, new_limit=2)
    first_two = [later.next_question(clock.now).id for _ in range(2)]
    assert set(first_two) == {"capital", "operation"}  # the due reviews
    assert later.next_question(clock.now).id == "budget"  # then new


def test_daily_new_limit_holds_across_sessions_the_same_day(store, example_pack, clock):
    first = new_session(store, example_pack, clock, new_limit=2)
    for _ in range(2):
        first.rerate(first.answer(first.next_question(clock.now), "x", clock.now), Rating.EASY)
    clock.advance(minutes=5)
    second = new_session(store, example_pack, clock, new_limit=2)
    assert second.remaining == 0


def test_summary_counts_categories_and_next_due(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=2)
    session.answer(session.next_question(clock.now), "Ottawa", clock.now)
    session.answer(session.next_question(clock.now), ["IMPACT"], clock.now)
    summary = session.finish(clock.advance(minutes=2))
    assert (summary.correct, summary.answered) == (1, 2)
    assert summary.by_category == {"operation": (0, 1), "place": (1, 1)}
    assert summary.duration == timedelta(minutes=2)
    # The wrong one is due again in 10 minutes; the right one graduated to days.
    assert [key[1] for key in summary.next_due] == ["operation", "capital"]
    assert summary.due_tomorrow == 1


def test_overview_counts_total_new_due_accuracy(store, example_pack, clock):
    session = new_session(store, example_pack, clock, new_limit=2)
    session.answer(session.next_question(clock.now), "Ottawa", clock.now)
    session.answer(session.next_question(clock.now), ["IMPACT"], clock.now)
    row = overview(store, [example_pack], clock.advance(minutes=15))[0]
    assert (row.total, row.new, row.due) == (6, 4, 1)  # only the wrong one is due again
    assert row.accuracy == 0.5


def test_overview_reads_accuracy_from_the_totals_and_walks_the_cards_once(store, example_pack, clock):
    """The home screen's counts: seen and due from one pass over the cards' due times (against
    today's questions), accuracy from review_totals and the log after its mark; the cards'
    own seen and due counts (Store.pack_counts, a second walk of every card: 40 ms at 100,000
    questions) are not read. The figures are pack_counts' own."""
    session = new_session(store, example_pack, clock, new_limit=3)
    for response in ("Ottawa", ["IMPACT"], "nowhere"):
        session.answer(session.next_question(clock.now), response, clock.now)
    store.fold_totals()  # part of the answers in review_totals, part after its mark
    session.answer(session.next_question(clock.now), "Ottawa", clock.now)
    later = clock.advance(minutes=15)
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    row = overview(store, [example_pack], later)[0]
    store.connection.set_trace_callback(None)
    assert sum("FROM cards" in sql for sql in statements) == 1, statements
    counts = store.pack_counts(later)[example_pack.id]
    assert store.pack_reviews() == {example_pack.id: (counts.reviews, counts.correct)}
    assert (row.total - row.new, row.due) == (counts.seen, counts.due)
    assert row.accuracy == counts.correct / counts.reviews


def test_shuffled_order_items_never_show_the_solution():
    rng = random.Random(0)
    for _ in range(50):
        assert shuffle_unsolved(["a", "b", "c"], rng) != ["a", "b", "c"]


def _card_reads_while_answering(store, session, question, clock) -> int:
    reads: list[str] = []
    store.connection.set_trace_callback(reads.append)
    try:
        session.answer(question, "Toronto", clock.now)  # wrong: the card stays due within minutes
    finally:
        store.connection.set_trace_callback(None)
    return sum(1 for sql in reads if sql.startswith("SELECT") and "FROM cards" in sql)


def test_a_prepared_question_answers_without_reading_its_card(store, example_pack, clock):
    first = new_session(store, example_pack, clock, new_limit=1)
    first.answer(first.next_question(clock.now), "Toronto", clock.now)  # the card exists now
    clock.advance(minutes=15)
    unprepared = new_session(store, example_pack, clock, new_limit=0)
    assert _card_reads_while_answering(store, unprepared, unprepared.next_question(clock.now), clock) == 1
    clock.advance(minutes=15)
    prepared = new_session(store, example_pack, clock, new_limit=0)
    question = prepared.next_question(clock.now)
    prepared.prepare(question)  # while the question is read; the commit's writes check the card is as read
    assert _card_reads_while_answering(store, prepared, question, clock) == 0


def test_a_card_answered_elsewhere_after_prepare_is_scheduled_from_where_it_stands(store, example_pack, clock):
    from studyapp.store import Store

    here = new_session(store, example_pack, clock, new_limit=1)
    question = here.next_question(clock.now)
    here.prepare(question)  # read the card (unseen) while the question is on screen
    other_store = Store.open(store.path)
    try:
        elsewhere = new_session(other_store, example_pack, clock, new_limit=1)
        moved = elsewhere.answer(elsewhere.next_question(clock.now), "Toronto", clock.now).state_after
    finally:
        other_store.close()
    clock.advance(minutes=1)
    outcome = here.answer(question, "Ottawa", clock.now)
    assert outcome.state_before == moved  # not the unseen card prepare read
    assert store.card("example", "capital") == outcome.state_after
    assert outcome.state_after == Scheduler(fuzz=False).review(moved, Rating.GOOD, clock.now)


def test_a_warmed_answer_path_compiles_none_of_the_graders_patterns_in_an_answer(store, example_pack, clock, monkeypatch):
    from studyapp.grading.text import LazyRegex
    from studyapp.session import warm_answer_path

    import sys

    import studyapp.grading  # noqa: F401 (its modules hold the patterns)

    for name, module in list(sys.modules.items()):  # as a fresh process has them, whatever ran before
        if name.startswith("studyapp.grading"):
            for value in list(vars(module).values()):
                if isinstance(value, LazyRegex):
                    for compiled in [key for key in vars(value) if not key.startswith("_")]:
                        monkeypatch.delattr(value, compiled)
    scheduler = Scheduler(fuzz=False)
    warm_answer_path(scheduler)
    compiled_in_answer = []
    first_use = LazyRegex.__getattr__

    def record(self, name):
        compiled_in_answer.append(self._pattern)
        return first_use(self, name)

    monkeypatch.setattr(LazyRegex, "__getattr__", record)
    session = StudySession.for_packs(store, scheduler, [example_pack], clock.now, seed=1)
    answers = {  # the first wrong number, typo, wrong text and cloze compiled 2-5 patterns each
        "budget": "123 million",
        "capital": "Otawa",
        "operation": ["ZZYZX"],
        "norad-cloze": ["north american aerospace defence command", "1958"],
    }
    for question_id, response in answers.items():
        question = by_id(example_pack, question_id)
        session.prepare(question)
        session.answer(question, response, clock.now)
    assert compiled_in_answer == []


def test_what_the_warm_up_built_is_frozen_out_of_the_collectors_passes():
    import gc

    from studyapp.session import warm_answer_path

    made_before = [["a list the collector tracks"]]
    warm_answer_path(Scheduler(fuzz=False))
    assert not any(obj is made_before for obj in gc.get_objects())


def test_a_prepared_answer_takes_its_states_from_the_plan_and_matches_an_unprepared_one(store, example_pack, clock, monkeypatch):
    """prepare(question, now) works the card's four outcomes out while it is read: the answer then runs
    no FSRS formula, and records what an answer without prepare records."""
    from studyapp.scheduling import Scheduler as S

    first = new_session(store, example_pack, clock, new_limit=1)
    first.answer(first.next_question(clock.now), "Toronto", clock.now)  # the card exists, in learning
    clock.advance(minutes=15)
    session = new_session(store, example_pack, clock, new_limit=0)
    session.scheduler.warm_up()
    question = session.next_question(clock.now)
    session.prepare(question, clock.now)
    calls = []
    real = S._next
    monkeypatch.setattr(S, "_next", staticmethod(lambda *a, **k: calls.append(a) or real(*a, **k)))
    clock.advance(seconds=30)
    outcome = session.answer(question, "Ottawa", clock.now)
    assert calls == []
    assert outcome.state_after == S(fuzz=False).review(outcome.state_before, Rating.GOOD, clock.now)
    assert outcome.intervals == S(fuzz=False).preview(outcome.state_before, clock.now)
    assert store.card("example", "capital") == outcome.state_after
    calls.clear()  # the checks above ran the formulas themselves
    changed = session.rerate(outcome, Rating.HARD)
    assert calls == []
    assert changed.state_after == S(fuzz=False).review(outcome.state_before, Rating.HARD, clock.now)

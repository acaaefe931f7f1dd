"""Card states read on demand give the same queue and counts as reading them all."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from itertools import zip_longest

import pytest

from studyapp.packs import Question
from studyapp.records import ReviewRecord
from studyapp.scheduling import REVIEW, CardState, Rating, Scheduler
from studyapp.session import StudySession, local_day_start, overview


def make_questions(packs: int, per_pack: int) -> list[Question]:
    return [
        Question(pack_id=f"p{p}", id=f"q{i:03d}", type="short", category="place", prompt=f"P{p}/{i}?", answer="A", draft=(i % 17 == 16))
        for p in range(packs)
        for i in range(per_pack)
    ]


def put_card(store, question: Question, due, introduced, retired: bool = False) -> None:
    state = CardState(state=REVIEW, step=None, stability=5.0, difficulty=5.0, due=due, last_review=due - timedelta(days=5), reps=3, lapses=0)
    store.record_review(
        ReviewRecord(question.pack_id, question.id, "place", introduced, "A", True, "exact", 3, 100, None, state)
    )
    if retired:
        store.connection.execute("UPDATE cards SET retired = 1 WHERE pack_id = ? AND question_id = ?", question.key)


def random_store(store, clock, seed: int, questions: list[Question]) -> None:
    rng = random.Random(seed)
    now = clock.now
    ties = now - timedelta(hours=3)
    for question in questions:
        draw = rng.random()
        if draw < 0.4:
            continue  # never seen
        due = ties if draw < 0.5 else now + timedelta(hours=rng.uniform(-72, 72))
        introduced = now - timedelta(days=rng.choice([0, 0, 3, 30]))
        put_card(store, question, due, introduced, retired=rng.random() < 0.05)


def reference_queue(store, questions, now, new_limit, seed):
    """The queue as it was built before card states were read on demand: every state
    read up front, new questions from the packs in turn (the session's pack order)."""
    states = store.cards(sorted({q.pack_id for q in questions}))
    due = [q for q in questions if not q.draft and q.key in states and states[q.key].due <= now]
    due.sort(key=lambda q: states[q.key].due)
    room = max(0, new_limit - store.introduced_since(local_day_start(now)))
    packs = [[q for q in questions if q.pack_id == pack_id] for pack_id in dict.fromkeys(q.pack_id for q in questions)]
    random.Random(f"packs {seed}").shuffle(packs)
    turns = [q for row in zip_longest(*packs) for q in row if q is not None]
    new = [q for q in turns if not q.draft and q.key not in states][:room]
    return due + new


@pytest.mark.parametrize("seed", range(4))
def test_the_queue_matches_reading_every_state(store, clock, seed):
    questions = make_questions(5, 180)  # more than one chunk of 400 keys
    random_store(store, clock, seed, questions)
    subset = [q for q in questions if q.pack_id != "p3"]
    for new_limit in (0, 20, 500):
        expected = reference_queue(store, subset, clock.now, new_limit, seed)
        session = StudySession(store, Scheduler(fuzz=False), subset, clock.now, new_limit=new_limit, seed=seed)
        got = []
        while (question := session.next_question(clock.now)) is not None:
            got.append(question.key)
        assert got == [q.key for q in expected]


def test_states_are_read_on_demand_and_match_the_store(store, clock):
    questions = make_questions(2, 30)
    random_store(store, clock, 7, questions)
    everything = store.cards()
    states = store.card_states(["p0", "p1"])
    for question in questions:
        assert states.get(question.key) == everything.get(question.key)
        assert (question.key in states) == (question.key in everything)
    assert dict(states.items()) == everything and len(states) == len(everything)


def test_a_retired_card_counts_as_never_seen(store, clock):
    question = make_questions(1, 1)[0]
    put_card(store, question, clock.now - timedelta(days=1), clock.now - timedelta(days=9), retired=True)
    states = store.card_states(["p0"])
    assert question.key not in states and states.get(question.key) is None
    assert states.first_unseen([question], 5, key=lambda q: q.key) == [question]
    assert store.seen_among([question.key]) == set()


def test_changes_made_here_win_over_the_store(store, clock):
    questions = make_questions(1, 3)
    for question in questions:
        put_card(store, question, clock.now + timedelta(days=3), clock.now - timedelta(days=9))
    states = store.card_states(["p0"])
    assert states.due_at(clock.now) == {}
    soon = states[questions[0].key]
    states[questions[0].key] = replace(soon, due=clock.now - timedelta(minutes=1))
    del states[questions[1].key]
    assert set(states.due_at(clock.now)) == {questions[0].key}
    assert questions[1].key not in states
    with pytest.raises(KeyError):
        del states[questions[1].key]
    assert set(states) == {questions[0].key, questions[2].key}


def test_states_outside_the_sessions_packs_are_not_read(store, clock):
    question = make_questions(1, 1)[0]
    put_card(store, question, clock.now - timedelta(days=1), clock.now - timedelta(days=9))
    assert store.card_states(["other"]).get(question.key) is None
    assert store.card_states(["other"]).due_at(clock.now) == {}
    assert question.key in store.card_states()


def test_due_counts_and_times_come_from_sql(store, clock):
    questions = make_questions(2, 4)
    for i, question in enumerate(questions):
        put_card(store, question, clock.now + timedelta(hours=12 * i), clock.now - timedelta(days=9), retired=(i == 1))
    cards = store.cards()
    assert {(p, q): due for p, q, due in store.due_times()} == {key: state.due.timestamp() for key, state in cards.items()}
    tomorrow = clock.now + timedelta(days=1)
    assert store.due_count(tomorrow) == sum(1 for s in cards.values() if s.due < tomorrow)
    assert store.due_count(tomorrow, ["p1"]) == sum(1 for k, s in cards.items() if k[0] == "p1" and s.due < tomorrow)


def test_overview_counts_match_the_card_states(store, clock, example_pack):
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [example_pack], clock.now, seed=1)
    question = session.next_question(clock.now)
    session.answer(question, "wrong answer", clock.now)
    [row] = overview(store, [example_pack], clock.now + timedelta(hours=1))
    assert (row.total, row.new, row.due) == (6, 5, 1)


def test_the_interval_shown_for_the_rating_given_is_the_one_scheduled(store, clock, example_pack):
    session = StudySession.for_packs(store, Scheduler(), [example_pack], clock.now, seed=1)  # fuzz on
    outcome = session.answer(session.next_question(clock.now), "Ottawa", clock.now)
    assert outcome.intervals[outcome.rating] == outcome.state_after.due - clock.now
    plain = Scheduler(fuzz=False)
    given = plain.review(None, Rating.GOOD, clock.now)
    assert plain.preview(None, clock.now, given=(Rating.GOOD, given)) == plain.preview(None, clock.now)

"""The answer's write path (issue 17): what an answer writes is what the reads need, no more."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from studyapp.scheduling import CardState, Rating, Scheduler
from studyapp.store import prepare_json, state_json


def test_state_json_writes_exactly_what_json_dumps_writes(clock):
    """The review log's states are written by hand for speed: the text must not change."""
    scheduler = Scheduler(fuzz=True)
    rng = random.Random(3)
    states = [CardState(1, 0, None, None, clock.now, None), CardState(2, None, 3, 5, clock.now, clock.now, 2, 1)]  # ints too
    states.append(CardState(2, None, float("inf"), 5.5, clock.now, clock.now))  # what JSON spells Infinity
    for _ in range(40):
        state, now = None, clock.now
        for _ in range(rng.randint(1, 6)):
            state = scheduler.review(state, Rating(rng.randint(1, 4)), now)
            now += timedelta(hours=rng.randint(1, 900))
            states.append(state)
    for state in states:
        assert state_json(state) == json.dumps(state.to_dict())
        assert CardState.from_dict(json.loads(state_json(state))) == state or state.stability == float("inf")


def test_the_texts_worked_out_while_the_question_is_read_are_what_json_dumps_writes(clock):
    """prepare_json writes a state and the fixed part of its four planned outcomes ahead; the
    answer's states, built from those very objects, must come out as json.dumps writes them, and
    a state made from other objects (equal or not) must not take a prepared text."""
    scheduler = Scheduler(fuzz=True)
    scheduler.warm_up()
    rng = random.Random(4)
    for _ in range(60):
        state, now = None, clock.now
        for _ in range(rng.randint(1, 6)):
            plan = scheduler.plan(state, now)
            prepare_json(state, plan.outcomes if plan is not None else ())
            if state is not None:
                assert state_json(state) == json.dumps(state.to_dict())
                twin = CardState(state.state, state.step, state.stability, state.difficulty, state.due + timedelta(seconds=1), state.last_review, state.reps, state.lapses)
                assert state_json(twin) == json.dumps(twin.to_dict())
            at = now + timedelta(seconds=rng.randint(5, 600))
            for rating in Rating:
                after = scheduler.review(state, rating, at, plan)
                assert state_json(after) == json.dumps(after.to_dict())
                other = CardState(3 - after.state % 2, after.step, after.stability, after.difficulty, after.due, after.last_review, after.reps, after.lapses)
                assert state_json(other) == json.dumps(other.to_dict())
            state = scheduler.review(state, Rating(rng.randint(1, 4)), at, plan)
            now = at + timedelta(hours=rng.randint(1, 900))


def test_a_state_written_from_the_values_the_answer_already_read_is_the_same_text(clock):
    """The answer hands ``state_json`` the times its card values already hold (``_card_values``), rather
    than reading them again: the text must be the one written without them."""
    from studyapp.store import _card_values

    scheduler = Scheduler(fuzz=True)
    rng = random.Random(5)
    for _ in range(40):
        state, now = None, clock.now
        for _ in range(rng.randint(1, 6)):
            state = scheduler.review(state, Rating(rng.randint(1, 4)), now)
            now += timedelta(hours=rng.randint(1, 900))
            assert state_json(state, _card_values(state)) == state_json(state) == json.dumps(state.to_dict())


def test_an_answer_runs_no_import_statement_once_the_answer_path_is_warm(store, example_pack, clock, monkeypatch):
    """An ``import`` inside a function costs 0.6-2 us each time it runs (Python 3.11): an answer asked for the grader
    and its records four times. Once warm, answering runs none."""
    import builtins

    from studyapp.session import StudySession, warm_answer_path

    scheduler = Scheduler(fuzz=False)
    session = StudySession.for_packs(store, scheduler, [example_pack], clock.now, seed=1)
    question = session.next_question(clock.now)
    warm_answer_path(scheduler, session, lambda: clock.now)
    session.prepare(question, clock.now)
    imported = []
    real = builtins.__import__

    def counting(name, *args, **kwargs):
        imported.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    outcome = session.answer(question, "ottawa", clock.now, 1500)
    session.next_question(clock.now)
    monkeypatch.undo()
    assert outcome.grade.correct and outcome.rating == Rating.GOOD
    assert imported == [], imported

"""The answer path's records built through their unfrozen twins (studyapp.frozen) are the
records ``cls(...)`` makes: same type, fields, equality, hash and repr, and still frozen."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from studyapp import scheduling
from studyapp.frozen import fast_constructor
from studyapp.records import AnswerOutcome, Committed, ReviewRecord, new_answer_outcome, new_committed, new_review_record
from studyapp.scheduling import CardState, Rating, Scheduler

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def same(made, expected) -> None:
    assert type(made) is type(expected)
    assert [getattr(made, f.name) for f in dataclasses.fields(expected)] == [getattr(expected, f.name) for f in dataclasses.fields(expected)]
    assert made == expected and repr(made) == repr(expected)
    if type(expected).__hash__ is not None:
        try:
            assert hash(made) == hash(expected)
        except TypeError:  # a field that cannot be hashed (a dict): the same for both
            with pytest.raises(TypeError):
                hash(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(expected)[0].name, None)
    assert dataclasses.replace(made) == expected


def test_card_states_reviews_and_outcomes_come_out_as_their_classes_make_them():
    Scheduler(fuzz=False).warm_up()  # makes CardState's twin
    assert scheduling._fast_card_state is not None and scheduling._fast_card_state is not CardState
    state = scheduling.new_card_state(2, None, 3.5, 5.25, NOW + timedelta(days=3), NOW, 4, 1)
    same(state, CardState(2, None, 3.5, 5.25, NOW + timedelta(days=3), NOW, 4, 1))
    same(scheduling.new_card_state(1, 0, None, None, NOW, None), CardState(1, 0, None, None, NOW, None))  # the defaults
    values = dict(pack_id="p", question_id="q", category="c", reviewed_at=NOW, answer="x", correct=True, reason="exact", rating=3,
                  response_ms=900, state_before=None, state_after=state)  # fmt: skip
    same(new_review_record(**values), ReviewRecord(**values))
    same(new_review_record(**values, session_id=4, kind="mock"), ReviewRecord(**values, session_id=4, kind="mock"))
    same(new_committed("grade", Rating.GOOD, state, 7, "x", None), Committed("grade", Rating.GOOD, state, 7, "x", None))
    outcome = ("question", "x", "grade", Rating.GOOD, Rating.GOOD, 7, None, state, {Rating.GOOD: timedelta(days=3)}, NOW)
    same(new_answer_outcome(*outcome), AnswerOutcome(*outcome))


def test_a_scheduler_review_gives_the_same_state_through_the_twin():
    scheduler = Scheduler(fuzz=False)
    plain = scheduler.review(None, Rating.GOOD, NOW)
    scheduler.warm_up()
    assert scheduler.review(None, Rating.GOOD, NOW) == plain


def test_a_class_the_twin_cannot_stand_for_is_made_as_it_is():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        x: int

        def __post_init__(self):
            if self.x < 0:
                raise ValueError

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        x: int

    assert fast_constructor(Checked) is Checked and fast_constructor(NoSlots) is NoSlots

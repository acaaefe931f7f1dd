"""The question in hand when FSRS is built is planned then (issue 17, seventeenth round): the session's first
question is drawn and prepared before the study screen's warm-up builds FSRS, so its ``prepare`` could not work
out its four outcomes and its answer computed them (0.2-0.25 ms). ``warm_answer_path`` now plans it; the plan is
used only for that question and state, and the answer is scheduled exactly as without it."""

from __future__ import annotations

from datetime import timedelta

from studyapp.scheduling import Scheduler
from studyapp.session import StudySession, warm_answer_path
from studyapp.store import Store


def _session(tmp_path, name, pack, clock) -> StudySession:
    return StudySession.for_packs(Store.open(tmp_path / f"{name}.sqlite3"), Scheduler(fuzz=False), [pack], clock.now, seed=1)


def test_the_first_question_is_planned_once_fsrs_is_built_and_answers_as_without(tmp_path, example_pack, clock):
    outcomes = []
    for name, warm in (("unplanned", False), ("planned", True)):
        session = _session(tmp_path, name, example_pack, clock)
        first = session.next_question(clock.now)
        session.prepare(first, clock.now)  # the study screen prepares before the warm-up has built FSRS
        if warm:
            assert session._plan is None
            warm_answer_path(session.scheduler, session, clock)
            assert session._plan is not None and session._plan[0] == first.key
        else:
            session.scheduler.warm_up()  # built, but the question in hand left unplanned
            assert session._plan is None
        outcomes.append(session.answer(first, "no idea at all", clock.now + timedelta(seconds=20), 4000))
        session.store.close()
    unplanned, planned = outcomes
    assert planned.question.key == unplanned.question.key
    assert planned.state_after == unplanned.state_after
    assert planned.intervals == unplanned.intervals and planned.rating == unplanned.rating


def test_no_plan_without_a_question_in_hand_or_for_one_answered_meanwhile(tmp_path, example_pack, clock):
    session = _session(tmp_path, "s", example_pack, clock)
    warm_answer_path(session.scheduler, session, clock)  # nothing drawn yet: nothing planned
    assert session._plan is None
    question = session.next_question(clock.now)
    session.answer(question, "no idea at all", clock.now, 1000)  # answered before the warm-up ended
    session.plan_in_hand(clock.now)
    assert session._plan is None
    warm_answer_path(session.scheduler, None, clock)  # a mock sitting's screen: no session to plan for
    session.store.close()

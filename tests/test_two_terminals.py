"""Two terminals on one question: every answer is scheduled from the card as it stands when it is saved.

Issue 18, item 2: a session answered from the card state it read when it
started, so with one question open in two terminals the second answer
overwrote the first (a review with no ``state_before``, a lapse forgotten).
Now ``Store.record_answer`` reads the card inside its write transaction; any
number of processes give the schedule one process gives answering in the same
order, which :func:`crashkit.replay` checks against the log.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import T0, FakeClock
from crashkit import consistency, replay, studyapp_command
from studyapp.commands.drill import right_response, wrong_response
from studyapp.scheduling import LEARNING, Rating, Scheduler
from studyapp.session import StudySession
from studyapp.store import Store, StoreError


def _pack(folder: Path) -> Path:
    folder.mkdir()
    question = {"id": "q", "type": "short", "category": "concept", "prompt": "Capital of Canada?", "answer": "Ottawa", "explanation": "e"}
    (folder / "one.yaml").write_text(yaml.safe_dump({"id": "one", "title": "One", "questions": [question]}))
    return folder


def _drill(data: Path, packs: Path) -> subprocess.Popen:
    command = [*studyapp_command(), "drill", "--data-dir", str(data), "--no-bundled", "--packs", str(packs), "--new", "10", "--clock", "2026-03-02T09:00Z"]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)


def _send(proc: subprocess.Popen, command: str, until: str) -> str:
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    while True:
        line = proc.stdout.readline()
        assert line, f"the drill ended early: {proc.stderr.read()}"
        if line.startswith(until):
            return line


@pytest.mark.parametrize("first, second", [("wrong", "right"), ("right", "wrong")])
def test_two_processes_answering_the_same_new_question_give_the_schedule_of_one(tmp_path, first, second):
    packs, data = _pack(tmp_path / "packs"), tmp_path / "data"
    procs = [_drill(data, packs) for _ in range(2)]
    for proc in procs:
        assert proc.stdout.readline().startswith("ready")
    for proc in procs:  # both sessions open, the question unseen in both: on screen in two terminals
        _send(proc, "undo", "nothing to undo")
    saved = [_send(proc, command, "saved ") for proc, command in zip(procs, (first, second))]
    for proc in procs:
        proc.stdin.write("end\n")
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0 and proc.stderr.read() == ""
        proc.stdout.close()
    assert f" {first} " in saved[0] and f" {second} " in saved[1]
    conn = sqlite3.connect(data / "progress.sqlite3")
    try:
        rows = conn.execute("SELECT state_before IS NULL FROM reviews WHERE kind != 'undo' ORDER BY id").fetchall()
        assert rows == [(1,), (0,)]  # the second answer was scheduled from the first one's result
        (reps,) = conn.execute("SELECT reps FROM cards").fetchone()
        assert reps == 2
        assert replay(conn) == [] and consistency(conn) == []
    finally:
        conn.close()


def _sessions(path: Path, pack, clock, count: int = 2) -> list[StudySession]:
    return [StudySession.for_packs(Store.open(path), Scheduler(fuzz=False), [pack], clock(), new_limit=20) for _ in range(count)]


@pytest.mark.parametrize("due", [False, True], ids=["new", "due"])
def test_the_second_terminal_shows_feedback_and_intervals_from_the_first_ones_answer(tmp_path, example_pack, due):
    clock = FakeClock(T0)
    path = tmp_path / "progress.sqlite3"
    question = next(q for q in example_pack.questions if q.id == "capital")
    if due:  # a card in review, due: the wrong answer below is a lapse
        (warm,) = _sessions(path, example_pack, clock, 1)
        warm.answer(question, "Ottawa", clock())
        clock.advance(days=30)
    one, two = _sessions(path, example_pack, clock)
    seen = two.state_of(question)  # the question is on screen in both
    wrong = one.answer(question, "Toronto", clock())
    right = two.answer(question, "Ottawa", clock.advance(seconds=30))
    assert right.state_before == wrong.state_after != seen
    assert right.intervals == Scheduler(fuzz=False).preview(wrong.state_after, clock(), None)
    if due:
        assert wrong.state_after.lapses == right.state_after.lapses == 1
    else:
        assert wrong.state_after.state == LEARNING and right.state_after.reps == 2
    assert two.store.card(*question.key) == right.state_after
    # Re-rating the older answer now would change what the newer one was scheduled from: refused.
    with pytest.raises(StoreError, match="answered again"):
        one.rerate(wrong, Rating.EASY)
    with pytest.raises(StoreError, match="answered again"):
        one.undo(clock())
    assert replay(two.store.connection) == [] and consistency(two.store.connection) == []
    for session in (one, two):
        session.store.close()


# --- any interleaving of answers, undos and re-ratings ------------------------------

ACTIONS = ("answer",) * 6 + ("undo", "rate", "wait")
STEP = st.tuples(st.sampled_from(ACTIONS), st.integers(0, 2), st.integers(0, 3))
"""(what, which terminal, a number: answer right unless 0 / the rating - 1 / how long to wait)"""
WAITS = (1, 15, 60, 3 * 24 * 60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=8, max_size=40))
def test_the_log_of_any_interleaving_of_three_terminals_replays_to_the_stored_cards(example_pack, steps):
    """Three sessions on their own connections, their answers, undos and re-ratings
    interleaved at random (SQLite serialises the writes, so this is every way a
    concurrent run can go): replaying the log in order gives every stored card."""
    clock = FakeClock(T0)
    with tempfile.TemporaryDirectory() as folder:
        sessions = _sessions(Path(folder) / "progress.sqlite3", example_pack, clock, 3)
        in_hand = [None, None, None]
        try:
            for action, who, value in steps:
                session = sessions[who]
                if action == "wait":
                    clock.advance(minutes=WAITS[value])
                elif action == "answer":
                    question = in_hand[who] or session.next_question(clock())
                    if question is None:  # done: the next sitting
                        session.finish(clock())
                        sessions[who] = session = StudySession.for_packs(session.store, session.scheduler, [example_pack], clock(), new_limit=20)
                        question = session.next_question(clock())
                        if question is None:
                            continue
                    in_hand[who] = None
                    session.answer(question, right_response(question) if value else wrong_response(question), clock.advance(seconds=10))
                    in_hand[who] = session.next_question(clock())  # on screen at once, as in the app
                elif action == "undo":
                    try:
                        session.undo(clock())
                    except StoreError:
                        pass  # answered again in another terminal since: refused
                    in_hand[who] = None
                elif session.outcomes:
                    try:
                        session.rerate(session.outcomes[-1], Rating(value + 1))
                    except StoreError:
                        pass
            conn = sessions[0].store.connection
            assert replay(conn) == []
            assert consistency(conn) == []
        finally:
            for session in sessions:
                session.store.close()


def test_the_replay_catches_an_answer_scheduled_from_a_stale_state(tmp_path, example_pack):
    """The check above can fail: an answer written the old way (from the state read at the start) is caught."""
    from studyapp.records import ReviewRecord

    clock = FakeClock(T0)
    (session,) = _sessions(tmp_path / "progress.sqlite3", example_pack, clock, 1)
    question = next(q for q in example_pack.questions if q.id == "capital")
    session.answer(question, "Toronto", clock())
    stale = Scheduler(fuzz=False).review(None, Rating.GOOD, clock.advance(seconds=30))
    session.store.record_review(ReviewRecord("example", "capital", "place", clock(), "Ottawa", True, "exact", 3, 0, None, stale))
    problems = replay(session.store.connection)
    assert any("scheduled from None" in p for p in problems) and any("replay of its answers gives" in p for p in problems)
    session.store.close()

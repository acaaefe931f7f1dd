"""Mock exams: a stratified sample, answers saved as mock reviews, the report, the trend, the CLI."""

from __future__ import annotations

import io
import random
from collections import Counter
from datetime import timedelta

import pytest

from conftest import EXAMPLE_PACKS, T0
from studyapp.cli import main
from studyapp.exam import set_exam
from studyapp.mock import MockError, MockExam, history, sample, trend
from studyapp.scheduling import Scheduler
from test_exam import right, write_pack


def wrong(question):
    """A wrong response for any question type."""
    if question.type == "truefalse":
        return not question.answer
    if question.type == "choice":
        return [next(c for c in question.choices if c not in question.answer)]
    if question.type == "cloze":
        return ["zzz"] * len(question.gaps)
    if question.type == "order":
        return list(reversed(question.items))
    return "zzz"


def test_the_sample_keeps_each_category_in_proportion(tmp_path):
    pack = write_pack(tmp_path / "a", "alpha", n=90)  # 30 date, 30 place, 30 concept
    other = write_pack(tmp_path / "b", "beta", n=30)
    pool = list(pack.questions) + list(other.questions)
    chosen = sample(pool, 40, random.Random(1))
    assert len(chosen) == 40 == len({q.key for q in chosen})
    by_stratum = Counter((q.pack_id, q.category) for q in chosen)
    for (pack_id, category), size in Counter((q.pack_id, q.category) for q in pool).items():
        assert abs(by_stratum[(pack_id, category)] - 40 * size / len(pool)) < 1
    assert sample(pool, 40, random.Random(1)) == chosen
    assert sample(pool, 40, random.Random(2)) != chosen


def test_the_sample_is_capped_by_the_pool_and_skips_drafts(example_pack):
    assert len(sample(example_pack.questions, 40, random.Random(0))) == len(example_pack.study_questions)
    with pytest.raises(MockError, match="no questions"):
        sample([], 10, random.Random(0))
    with pytest.raises(MockError, match="at least one"):
        sample(example_pack.questions, 0, random.Random(0))


def test_answers_are_saved_as_mock_reviews_and_the_report_breaks_them_down(store, example_pack, clock):
    exam = set_exam(store, "Final", T0.date() + timedelta(days=10), T0, packs=["example"])
    mock = MockExam(store, Scheduler(fuzz=False), example_pack.questions, clock(), count=6, exam=exam, seed=3)
    wrong = set()
    while (question := mock.current) is not None:
        clock.advance(seconds=12)
        if question.type in ("short", "numeric") and not wrong:
            wrong.add(question.key)
            assert mock.answer("certainly not", clock(), 12.0)
        else:
            assert mock.answer(right(question), clock(), 12.0)
    report = mock.finish(clock())
    assert (report.correct, report.total) == (5, 6) and report.score == pytest.approx(5 / 6)
    assert report.by_pack["example"].correct == 5 and sum(t.total for t in report.by_category.values()) == 6
    assert [a.question.key for a in report.missed] == list(wrong)
    assert report.missed[0].question.explanation and report.seconds_per_question == pytest.approx(12.0)
    rows = store.connection.execute("SELECT kind, session_id FROM reviews").fetchall()
    assert len(rows) == 6 and {r[0] for r in rows} == {"mock"} and {r[1] for r in rows} == {report.session_id}
    assert all(store.card(*q.key) is not None for q in example_pack.questions)  # retrieval practice counts
    session = store.connection.execute("SELECT mode, exam_id, planned, answered, correct FROM sessions").fetchone()
    assert session == ("mock", exam.id, 6, 6, 5)


def test_time_up_stops_answers_and_the_rest_count_as_missed(store, example_pack, clock):
    mock = MockExam(store, Scheduler(fuzz=False), example_pack.questions, clock(), count=6, time_limit=timedelta(minutes=2), seed=1)
    assert mock.time_left(clock()) == timedelta(minutes=2)
    clock.advance(seconds=30)
    assert mock.answer(right(mock.current), clock(), 30)
    clock.advance(minutes=2)
    assert mock.expired(clock()) and mock.time_left(clock()) == timedelta(0)
    assert not mock.answer(right(mock.current), clock(), 120)  # too late: not recorded
    report = mock.finish(clock())
    assert report.timed_out and (report.correct, report.total) == (1, 6) and len(report.unanswered) == 5
    assert report.duration == timedelta(minutes=2)
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1
    with pytest.raises(MockError, match="over"):
        mock.answer("x", clock(), 1)


def test_past_scores_make_a_trend_per_exam(store, example_pack, clock):
    exam = set_exam(store, "Final", T0.date() + timedelta(days=10), T0)
    for right_answers in (2, 4, 6):
        mock = MockExam(store, Scheduler(fuzz=False), example_pack.questions, clock(), count=6, exam=exam, seed=right_answers)
        for i in range(6):
            q = mock.current
            mock.answer(right(q) if i < right_answers else wrong(q), clock(), 5)
        mock.finish(clock())
        clock.advance(days=1)
    MockExam(store, Scheduler(fuzz=False), example_pack.questions, clock(), count=3).finish(clock())  # no exam, all unanswered
    past = history(store, exam)
    assert [(p.correct, p.total) for p in past] == [(2, 6), (4, 6), (6, 6)]
    assert trend(past).endswith("33% → 67% → 100%")
    assert len(history(store)) == 4
    assert trend([]) == "no mock exams yet"


def test_the_mock_command_asks_every_type_and_prints_the_report(monkeypatch, capsys, isolated_dirs):
    from studyapp.packs import load_packs
    from studyapp.store import Store

    lines_for = {
        "capital": ["Ottawa"],
        "operation": ["9", "x", "1"],  # 9 and x are refused and asked again; 1 is recorded, right or wrong
        "budget": ["9.7 billion"],
        "founded-alone": ["maybe", "f"],
        "norad-cloze": ["NORAD", "1958"],
        "timeline": ["1 1 2", "1 2 3"],  # an order must use each number once
    }
    pack = load_packs([EXAMPLE_PACKS]).packs[0]
    asked = sample(pack.study_questions, 6, random.Random(5))  # the command's own draw with --seed 5
    lines = [line for q in asked for line in lines_for[q.id]]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code = main(["mock", "--pack", "example", "-n", "6", "--seed", "5", "--packs", str(EXAMPLE_PACKS)])
    out = capsys.readouterr().out
    assert code == 0
    assert "6 questions, untimed" in out
    assert "please answer with the numbers shown" in out and "please answer t (true) or f (false)" in out
    for part in ("Score: ", "By pack:", "By category:", "Time per question:", "Mock exams so far:"):
        assert part in out
    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert store.connection.execute("SELECT COUNT(*), MIN(kind), MAX(kind) FROM reviews").fetchone() == (6, "mock", "mock")
    store.close()
    main(["mock", "--history"])
    assert "mock exams: " in capsys.readouterr().out


def test_the_mock_command_stops_at_end_of_input_and_counts_the_rest_missed(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["mock", "--pack", "example", "-n", "3", "--minutes", "10", "--packs", str(EXAMPLE_PACKS)]) == 0
    out = capsys.readouterr().out
    assert "3 questions, 10 minutes" in out and "Score: 0 / 3 (0%)" in out and "not answered" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["mock", "--exam", "Ghost"], "no exam named 'Ghost'"),
        (["mock", "--pack", "nope"], "no pack with id 'nope'"),
        (["mock", "--pack", "example", "-n", "0"], "at least one question"),
    ],
)
def test_mock_command_errors_are_one_line(capsys, argv, message):
    assert main([*argv, "--packs", str(EXAMPLE_PACKS)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err

"""One story on every screen: the home banner, the study header, Progress,
`studyapp stats` and `studyapp exam show` give the same exam-day recall for the
same data and say which ("if you follow the plan" / "if you stop now"); a
question never studied is never predicted at 100%; a second exam that takes
questions from the first says so; a mock counts for every exam covering it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from conftest import EXAMPLE_PACKS
from studyapp.cli import main
from studyapp.context import Context
from studyapp.exam import FOLLOW, STOP, list_exams, predicted, set_exam, shared_questions
from studyapp.packs import load_packs
from studyapp.paths import resolve_paths
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.store import Store
from test_exam import right, text_of, write_pack

SIZE = (100, 30)
FIGURES = re.compile(rf"(\d+)% {FOLLOW}, (\d+)% {STOP}")


@pytest.fixture
def studied(tmp_path, clock, isolated_dirs):
    """The example pack studied a week ago (every other answer wrong), a 40-question pack
    never studied, and an exam on both in 20 days at 15 questions a day."""
    more = tmp_path / "more"
    write_pack(more, "big", 40)
    folders = [EXAMPLE_PACKS, more]
    packs = load_packs(folders).packs
    store = Store.open(resolve_paths(None).database)
    week_ago = clock() - timedelta(days=7)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [p for p in packs if p.id == "example"], week_ago, new_limit=20)
    for i, question in enumerate(iter(lambda: session.next_question(week_ago), None)):
        session.answer(question, right(question) if i % 2 else "no idea", week_ago)
    set_exam(store, "Final", clock().date() + timedelta(days=20), clock(), packs=["example", "big"], daily_reviews=15)
    store.close()
    return folders


def figures(text: str) -> tuple[int, int]:
    match = FIGURES.search(" ".join(text.split()))
    assert match, text
    return int(match.group(1)), int(match.group(2))


def cli(argv, folders, capsys) -> str:
    args = [a for f in folders for a in ("--packs", str(f))]
    assert main([*argv, *args]) == 0
    return capsys.readouterr().out


async def test_every_screen_gives_exam_show_s_figures_and_says_which(studied, clock, capsys, monkeypatch):
    from studyapp.commands import exam as exam_command
    from studyapp.commands import stats as stats_command
    from studyapp.tui.app import StudyApp

    monkeypatch.setattr(exam_command, "_now", clock)
    monkeypatch.setattr(stats_command, "_now", clock)
    show = cli(["exam", "show"], studied, capsys)
    follow, stop = figures(show)
    assert 0 < stop < follow < 100
    assert f"exam-day recall: {follow}% {FOLLOW}, {stop}% {STOP}" in show
    assert figures(cli(["stats"], studied, capsys)) == (follow, stop)

    app = StudyApp(Context(resolve_paths(None), studied), clock=clock, seed=7, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # `exam show` chose the reserve: nothing to wait for, or planned in a thread
        await pilot.pause()
        assert figures(text_of(app.screen.query_one("#home-exam"))) == (follow, stop)
        await pilot.press("g")
        await pilot.pause()
        assert type(app.screen).__name__ == "ProgressScreen"
        assert figures(text_of(app.screen.query_one("#progress-exams"))) == (follow, stop)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("a")  # a study session on everything: the header
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen"
        assert figures(text_of(app.screen.query_one("#study-exam"))) == (follow, stop)


async def test_a_pack_never_studied_is_never_predicted_at_100_percent(studied, clock, capsys, monkeypatch):
    from studyapp.commands import exam as exam_command

    monkeypatch.setattr(exam_command, "_now", clock)
    show = cli(["exam", "show"], studied, capsys)
    by_pack = next(line for line in show.splitlines() if "by pack" in line)
    assert "Pack big" in by_pack and "100%" not in show
    assert predicted(0.9999) == "99%" and predicted(1.0) == "99%" and predicted(0.456) == "45%" and predicted(None) == "–"


def test_a_second_exam_that_takes_questions_from_the_first_says_so(studied, clock, capsys, monkeypatch):
    from studyapp.commands import exam as exam_command

    monkeypatch.setattr(exam_command, "_now", clock)
    out = cli(["exam", "set", "Quiz", "+5", "--pack", "big"], studied, capsys)
    assert "note: 'Quiz' comes sooner: 40 questions of 'Final' count for it until then ('Final': 46 → 6 questions)" in out
    out = cli(["exam", "set", "Later", "+60", "--pack", "example"], studied, capsys)
    assert "note: 6 questions 'Later' covers count for 'Final' first, which comes sooner" in out
    out = cli(["exam", "set", "Alone", "+3", "--tag", "nothing-has-this"], studied, capsys)
    assert "note:" not in out


def test_shared_questions_is_silent_without_overlap(studied, clock):
    store = Store.open(resolve_paths(None).database)
    try:
        packs = load_packs(studied).packs
        exams = list_exams(store)
        assert shared_questions(exams[0], exams, [q for p in packs for q in p.study_questions], clock()) == []
    finally:
        store.close()


async def test_the_exam_form_says_when_it_takes_questions_from_another_exam(studied, clock):
    from studyapp.tui.app import StudyApp

    app = StudyApp(Context(resolve_paths(None), studied), clock=clock, seed=7, fuzz=False)
    notes = []
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#exam-name").value = "Quiz"
        app.screen.query_one("#exam-date").value = "+5"
        packs = app.screen.query_one("#exam-packs")
        packs.deselect("example")  # the form starts from the current exam (Final: both packs)
        packs.select("big")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert any("'Quiz' comes sooner: 40 questions of 'Final' count for it until then" in n for n in notes), notes


def test_a_mock_counts_for_every_exam_that_covers_its_questions(studied, clock):
    from studyapp.mock import MockExam, history

    store = Store.open(resolve_paths(None).database)
    try:
        packs = load_packs(studied).packs
        questions = [q for p in packs for q in p.study_questions]
        pool = [q for q in questions if q.pack_id == "big"][:5]
        mock = MockExam(store, Scheduler(fuzz=False), pool, clock(), count=5, exam=None, seed=1)
        while mock.current is not None:
            mock.answer(right(mock.current), clock(), 5.0)
        mock.finish(clock())
        final, = list_exams(store)
        assert len(history(store, final, questions=questions)) == 1  # sat for no exam, but Final covers it
        other = set_exam(store, "Other", clock().date() + timedelta(days=9), clock(), packs=["example"])
        assert history(store, other, questions=questions) == []
    finally:
        store.close()


def test_progress_rows_add_up_to_the_exams_if_you_stop_now(studied, clock):
    """The by-pack and by-category "if you stop now" columns come from the planner's own model,
    so their question-weighted mean is the exam's headline figure (it was the plain FSRS formula,
    which does not count learning steps or the calibration the planner applies)."""
    from studyapp import stats
    from studyapp.exam import plans_for

    packs = load_packs(studied).packs
    store = Store.open(resolve_paths(None).database)
    try:
        scheduler = Scheduler(fuzz=False)
        now = clock()
        figures = stats.compute(store.connection, packs, now, now.tzinfo, scheduler.parameters)
        questions = [q for pack in packs for q in pack.study_questions]
        plans, _ = plans_for(store, scheduler, questions, store.card_states(), now, new_per_day=20, predict=True)
    finally:
        store.close()
    (plan,) = plans
    merged = stats.with_plans(figures, plans)
    for rows in (merged.packs, merged.categories):
        total = sum(r.questions for r in rows)
        assert total == len(plan.questions)
        assert sum(r.recall_exam * r.questions for r in rows) / total == pytest.approx(plan.predicted_now)
    assert merged.exams[0].recall_exam == pytest.approx(plan.predicted_now)

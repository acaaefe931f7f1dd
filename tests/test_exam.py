"""Exams: the model, the session's plan for exam day, the CLI and the TUI form and status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import yaml

from conftest import EXAMPLE_PACKS, T0
from studyapp.cli import main
from studyapp.exam import (
    Exam,
    ExamError,
    assign,
    clear_exam,
    daily_budget,
    exam_for,
    get_exam,
    list_exams,
    parse_date,
    set_exam,
    upcoming_exams,
)
from studyapp.packs import load_packs
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession

SIZE = (80, 24)


def write_pack(folder, pack_id="big", n=60):
    """A pack of ``n`` short questions over three categories; every third is tagged 'core'."""
    folder.mkdir(parents=True, exist_ok=True)
    categories = ["date", "place", "concept"]
    questions = [
        {
            "id": f"q{i}",
            "type": "short",
            "category": categories[i % 3],
            "prompt": f"Question {i}?",
            "answer": f"answer{i}",
            "explanation": f"Because {i}.",
            "tags": ["core"] if i % 3 == 0 else [],
        }
        for i in range(n)
    ]
    (folder / f"{pack_id}.yaml").write_text(yaml.safe_dump({"id": pack_id, "title": f"Pack {pack_id}", "questions": questions}))
    return load_packs([folder]).packs[0]


def right(question):
    """A right response for any question type."""
    if question.type == "cloze":
        return [gap[0] for gap in question.gaps]
    if question.type == "order":
        return list(question.items)
    if question.type == "choice":
        return list(question.answer)
    return question.answer


def answer_all(store, pack, now, new_limit=1000):
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], now, new_limit=new_limit)
    while (q := session.next_question(now)) is not None:
        session.answer(q, right(q), now)
    session.finish(now)
    return session


# --- the model ---------------------------------------------------------------


def test_set_list_replace_and_clear(store):
    today = T0.date()
    set_exam(store, "Final", today + timedelta(days=30), T0, packs=["example"], daily_reviews=40)
    set_exam(store, "Quiz", today + timedelta(days=7), T0, tags=["norad"], daily_minutes=15)
    assert [e.name for e in list_exams(store)] == ["Quiz", "Final"]
    replaced = set_exam(store, "Final", today + timedelta(days=20), T0, packs=["example", "other"])
    assert replaced.date == today + timedelta(days=20) and replaced.packs == ("example", "other") and replaced.daily_reviews is None
    assert len(list_exams(store)) == 2
    clear_exam(store, "Quiz")
    assert get_exam(store, "Quiz") is None
    with pytest.raises(ExamError, match="no exam named 'Quiz'"):
        clear_exam(store, "Quiz")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": " "}, "needs a name"),
        ({"packs": ["nope"]}, "no pack with id 'nope'"),
        ({"daily_reviews": 0}, "whole number above 0"),
        ({"daily_minutes": -5}, "whole number above 0"),
        ({"name": "x" * 61}, "at most 60"),
    ],
)
def test_bad_exams_are_refused_with_one_clear_line(store, kwargs, message):
    args = {"name": "Final", "packs": ["example"]} | kwargs
    name = args.pop("name")
    with pytest.raises(ExamError, match=message):
        set_exam(store, name, T0.date(), T0, known_packs=["example"], **args)


def test_dates_are_iso_or_days_from_today_and_never_past():
    today = date(2026, 3, 2)
    assert parse_date("2026-06-12", today) == date(2026, 6, 12)
    assert parse_date("+30", today) == date(2026, 4, 1)
    assert parse_date("+0", today) == today
    with pytest.raises(ExamError, match="in the past"):
        parse_date("2026-03-01", today)
    with pytest.raises(ExamError, match="YYYY-MM-DD"):
        parse_date("next friday", today)


def test_each_question_belongs_to_the_nearest_upcoming_exam_that_covers_it(example_pack):
    capital, operation = example_pack.questions[0], example_pack.questions[1]
    tagged = type(capital)(**{**{f: getattr(capital, f) for f in capital.__dataclass_fields__}, "tags": ("norad",), "id": "t"})
    late = Exam(1, "Final", T0.date() + timedelta(days=30), packs=("example",))
    soon = Exam(2, "Quiz", T0.date() + timedelta(days=5), tags=("norad",))
    past = Exam(3, "Old", T0.date() - timedelta(days=1), packs=("example",))
    exams = [late, soon, past]
    assert exam_for(tagged, exams, T0) is soon
    assert exam_for(operation, exams, T0) is late
    groups, free = assign([capital, tagged], exams, T0)
    assert groups == {1: [capital], 2: [tagged]} and free == []
    assert Exam(4, "All", T0.date()).covers(operation)  # neither packs nor tags: everything


def test_the_exam_starts_at_nine_local_time_and_is_over_after(store):
    exam = set_exam(store, "Final", T0.date() + timedelta(days=2), T0)
    assert exam.moment == T0.replace(hour=9) + timedelta(days=2)  # TZ=UTC in the tests
    assert exam.days_to(T0) == pytest.approx(2.0)
    assert exam.days_left(T0) == 2
    assert exam.upcoming(T0 + timedelta(days=1, hours=23)) and not exam.upcoming(T0 + timedelta(days=2))
    assert upcoming_exams(store, T0 + timedelta(days=3)) == []


def test_a_budget_in_minutes_uses_the_learners_own_pace(store, tmp_path):
    exam = set_exam(store, "Final", T0.date() + timedelta(days=9), T0, daily_minutes=10)
    assert daily_budget(exam, store) == 30  # 20 s a question before the log says otherwise
    pack = write_pack(tmp_path / "packs", n=30)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], T0, new_limit=30)
    while (q := session.next_question(T0)) is not None:
        session.answer(q, q.answer, T0, response_ms=10_000)
    assert daily_budget(exam, store) == 60
    both = set_exam(store, "Final", T0.date() + timedelta(days=9), T0, daily_minutes=10, daily_reviews=25)
    assert daily_budget(both, store) == 25


# --- the session follows the plan ------------------------------------------------


def test_an_exam_plans_the_day_within_its_budget(store, tmp_path):
    pack = write_pack(tmp_path / "packs", n=60)
    answer_all(store, pack, T0)
    set_exam(store, "Final", T0.date() + timedelta(days=12), T0, packs=["big"], daily_reviews=15)
    later = T0 + timedelta(days=3)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], later, new_limit=20)
    (plan,) = session.exam_plans
    assert plan.days_left == 9 and plan.budget == 15
    assert session.remaining == len(plan.reviews) <= 15
    assert 0 < plan.predicted_now < plan.predicted <= 1
    assert set(plan.by_category) == {"date", "place", "concept"} and set(plan.by_pack) == {"big"}


def test_the_final_reserve_is_chosen_once_from_the_exams_shape_and_again_when_it_changes(store, tmp_path, monkeypatch):
    import studyapp.planner as planner

    shapes = []
    real = planner.choose_reserve
    monkeypatch.setattr(planner, "choose_reserve", lambda memory, days, *shape, **kw: shapes.append(shape) or real(memory, days, *shape, **kw))
    pack = write_pack(tmp_path / "packs", n=60)
    set_exam(store, "Final", T0.date() + timedelta(days=12), T0, packs=["big"], daily_reviews=15)
    assert get_exam(store, "Final").final_reserve is None
    StudySession.for_packs(store, Scheduler(fuzz=False), [pack], T0, new_limit=20)
    assert shapes == [(60, 15, 20, planner.PlannerConfig())]  # questions, budget, new limit
    chosen = get_exam(store, "Final").final_reserve
    assert chosen in planner.RESERVES
    StudySession.for_packs(store, Scheduler(fuzz=False), [pack], T0 + timedelta(days=1), new_limit=20)
    assert len(shapes) == 1 and get_exam(store, "Final").final_reserve == chosen
    set_exam(store, "Final", T0.date() + timedelta(days=12), T0, packs=["big"], daily_reviews=30)
    assert get_exam(store, "Final").final_reserve is None
    StudySession.for_packs(store, Scheduler(fuzz=False), [pack], T0 + timedelta(days=1), new_limit=20)
    assert shapes[1][:2] == (60, 30) and get_exam(store, "Final").final_reserve in planner.RESERVES


def test_the_budget_counts_what_was_already_studied_today(store, tmp_path):
    pack = write_pack(tmp_path / "packs", n=90)
    answer_all(store, pack, T0)
    set_exam(store, "Final", T0.date() + timedelta(days=4), T0, packs=["big"], daily_reviews=30)
    later = T0 + timedelta(days=3)
    first = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], later)
    planned = first.remaining
    assert planned == 30  # the eve of the exam: everything below the goal wants a review
    for _ in range(10):
        q = first.next_question(later)
        first.answer(q, q.answer, later)
    first.finish(later)
    second = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], later + timedelta(hours=1))
    assert second.remaining == 20
    assert second.exam_plans[0].done_today == 10


def test_new_questions_are_paced_to_be_seen_well_before_the_exam(store, tmp_path):
    pack = write_pack(tmp_path / "packs", n=60)
    set_exam(store, "Final", T0.date() + timedelta(days=10), T0, packs=["big"], daily_reviews=100)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], T0, new_limit=5)
    # 60 questions within 60% of 10 days: 10 a day, above the learner's 5
    assert len(session.exam_plans[0].new) == 10 == session.remaining


def test_questions_no_exam_covers_keep_plain_fsrs(store, tmp_path, example_pack):
    pack = write_pack(tmp_path / "packs", n=30)
    answer_all(store, pack, T0)
    answer_all(store, example_pack, T0)
    later = T0 + timedelta(days=40)  # every card is FSRS-due by then
    set_exam(store, "Core", (later + timedelta(days=10)).date(), T0, tags=["core"], daily_reviews=5)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack, example_pack], later)
    (plan,) = session.exam_plans
    covered = {q.key for q in plan.questions}
    assert covered == {("big", f"q{i}") for i in range(0, 30, 3)}
    queued = {q.key for q in session._queue}
    due = {(p, q) for p, q, _ in store.due_keys(later)}
    assert due - covered <= queued
    assert 0 < len(queued & covered) <= 5


def test_after_the_exam_scheduling_is_plain_fsrs_with_nothing_lost(store, tmp_path):
    pack = write_pack(tmp_path / "packs", n=40)
    scheduler = Scheduler(fuzz=False)
    answer_all(store, pack, T0)
    set_exam(store, "Final", T0.date() + timedelta(days=6), T0, packs=["big"], daily_reviews=40)
    for day in range(1, 6):
        now = T0 + timedelta(days=day)
        session = StudySession.for_packs(store, scheduler, [pack], now)
        while (q := session.next_question(now)) is not None:
            before = store.card(*q.key)
            outcome = session.answer(q, q.answer, now)
            # the planner picks the card; FSRS itself decides its new state, due date included
            assert outcome.state_after == scheduler.review(before, outcome.rating, now)
        session.finish(now)
    after = T0 + timedelta(days=30)
    session = StudySession.for_packs(store, scheduler, [pack], after)
    assert session.exam_plans == []
    due = [(p, q) for p, q, _ in store.due_keys(after, ["big"])]
    assert sorted(q.key for q in session._queue) == sorted(due)
    dues = [store.card(*q.key).due for q in session._queue]
    assert dues == sorted(dues)  # oldest first, as before the exam


# --- the command line ------------------------------------------------------------


def test_exam_set_show_clear_from_the_command_line(capsys):
    packs = ["--packs", str(EXAMPLE_PACKS)]
    assert main(["exam", "set", "Final", "+10", "--pack", "example", "--reviews", "30", *packs]) == 0
    assert "exam 'Final' on" in capsys.readouterr().out
    assert main(["exam", "show", *packs]) == 0
    out = capsys.readouterr().out
    assert "Final:" in out and "in 10 days" in out and "30 questions a day" in out
    assert "exam-day recall: " in out and "if you follow the plan" in out and "if you stop now" in out and "today: 0 reviews, 6 new" in out
    assert "by category, if you follow the plan: concept" in out and "mock exams: no mock exams yet" in out
    assert main(["exam", "clear", "Final"]) == 0
    assert main(["exam", "show"]) == 0
    assert "no exams" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["exam", "set", "Final", "1999-01-01"], "is in the past"),
        (["exam", "set", "Final", "+3", "--pack", "nope"], "no pack with id 'nope'"),
        (["exam", "set", "Final", "+3", "--minutes", "0"], "whole number above 0"),
        (["exam", "clear", "Ghost"], "no exam named 'Ghost'"),
        (["exam", "show", "Ghost"], "no exam named 'Ghost'"),
    ],
)
def test_exam_command_errors_are_one_line(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


# --- the TUI -----------------------------------------------------------------------


def make_app(clock, folders=(EXAMPLE_PACKS,)):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp

    return StudyApp(Context(resolve_paths(None), list(folders), bundled=False), clock=clock, seed=7, fuzz=False)


def text_of(widget) -> str:
    import io

    from rich.console import Console

    console = Console(width=200, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()


async def test_the_exam_form_sets_an_exam_and_home_shows_days_prediction_and_plan(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#home-exam").display
        await pilot.press("e")
        await pilot.pause()
        assert type(app.screen).__name__ == "ExamScreen"
        await pilot.press(*"Final", "tab", *"+12", "tab", "space", "tab", "tab", *"25")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        await app.workers.wait_for_complete()  # the final reserve, chosen in a thread
        await pilot.pause()
        exam = get_exam(app.store, "Final")
        assert exam.packs == ("example",) and exam.daily_reviews == 25 and exam.days_left(clock()) == 12
        status = text_of(app.screen.query_one("#home-exam"))
        assert "Exam Final · 12 days left · exam-day recall" in status and "if you follow the plan" in status and "if you stop now" in status
        assert "today: 0 reviews, 6 new" in status
        assert "by pack: Example pack" in status and "by category: concept" in status


async def test_the_exam_form_reports_bad_input_and_clears_an_exam(clock):
    app = make_app(clock)
    set_exam(app.store, "Final", clock().date() + timedelta(days=5), clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#exam-name").value == "Final"  # the nearest exam is filled in
        date_field = app.screen.query_one("#exam-date")
        date_field.value = "yesterday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "use YYYY-MM-DD" in text_of(app.screen.query_one("#exam-date-error"))  # under the field it is about
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert list_exams(app.store) == []


async def test_the_study_screen_shows_the_exam_and_the_weakest_parts(clock):
    app = make_app(clock)
    set_exam(app.store, "Final", clock().date() + timedelta(days=3), clock(), packs=["example"], daily_reviews=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await app.workers.wait_for_complete()  # the final reserve, chosen in a thread; then the session opens
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "StudyScreen"
        line = text_of(screen.query_one("#study-exam"))
        assert "Exam Final · 3 days left · exam-day recall" in line and "if you stop now" in line and "today: 0 reviews, 4 new" in line
        assert "weakest:" in line
        assert screen.session.total == 4  # the exam's budget, not the 20 new a day


async def test_the_command_palette_offers_set_exam_and_mock_exam(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Set exam" in titles and "Mock exam" in titles


async def test_the_exam_form_sets_the_marking_scheme_and_shows_a_bad_one_under_its_field(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#exam-name").value = "Prelims"
        screen.query_one("#exam-date").value = "+30"
        screen.query_one("#exam-marking").value = "+2,-x"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = screen.query_one("#exam-marking-error")
        assert error.display and "is not a number" in str(error.render())
        assert type(app.screen).__name__ == "ExamScreen"
        screen.query_one("#exam-marking").value = "upsc"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert get_exam(app.store, "Prelims").marking == "upsc"


# --- the final reserve is chosen off the UI thread -------------------------------------------


def slow_reserve(monkeypatch):
    """planner.choose_reserve made to wait for ``release`` (or for ``stop``): a choice that takes as long as a test wants."""
    import threading

    import studyapp.planner as planner

    release, calls = threading.Event(), []

    def choose(memory, days, questions, budget, new_limit, config=planner.PlannerConfig(), *, stop=None):
        calls.append(threading.current_thread())
        while not release.wait(0.01):
            if stop is not None and stop():
                calls.append("stopped")
                return None
        return 0.15

    monkeypatch.setattr(planner, "choose_reserve", choose)
    return release, calls


async def test_after_ctrl_s_the_screen_answers_and_says_planning_while_the_reserve_is_chosen(clock, monkeypatch):
    import threading

    release, calls = slow_reserve(monkeypatch)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Final", "tab", *"+12", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen" and calls and calls[0] is not threading.main_thread()
        assert "Exam Final · 12 days left · planning…" in text_of(app.screen.query_one("#home-exam"))
        table = app.screen.query_one("#packs")
        await pilot.press("down")  # the choice is still running: the screen answers all the same
        await pilot.pause()
        assert table.cursor_row == 1 and not release.is_set() and app.workers
        await pilot.press("g")  # Progress says the same, without waiting
        await pilot.pause()
        assert type(app.screen).__name__ == "ProgressScreen"
        assert "on exam day planning…" in text_of(app.screen.query_one("#progress-exams"))
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        figures = text_of(app.screen.query_one("#progress-exams"))
        assert "planning" not in figures and "if you follow the plan" in figures
        await pilot.press("escape")
        await pilot.pause()
        status = text_of(app.screen.query_one("#home-exam"))
        assert "planning" not in status and "exam-day recall" in status and "if you follow the plan" in status
        assert get_exam(app.store, "Final").final_reserve == 0.15 and len(calls) == 1  # chosen once, stored


async def test_a_session_asked_for_while_the_exam_is_planned_opens_once_the_plan_is_there(clock, monkeypatch):
    release, calls = slow_reserve(monkeypatch)
    app = make_app(clock)
    set_exam(app.store, "Final", clock().date() + timedelta(days=3), clock(), packs=["example"], daily_reviews=4)
    notes = []
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen" and "Planning the exam: the session opens in a moment." in notes
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen" and app.screen.session.total == 4
        assert "planning" not in text_of(app.screen.query_one("#study-exam"))


async def test_quitting_while_the_exam_is_planned_stops_the_thread_and_keeps_the_exam(clock, monkeypatch):
    import time

    from studyapp.store import Store

    release, calls = slow_reserve(monkeypatch)
    app = make_app(clock)
    database = app.context.paths.database
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Final", "tab", *"+12", "ctrl+s")
        await pilot.pause()
        assert len(calls) == 1
        started = time.monotonic()
        await pilot.press("q")
    await app.workers.wait_for_complete()
    assert calls[-1] == "stopped" and time.monotonic() - started < 2 and not release.is_set()
    store = Store.open(database)
    try:
        exam = get_exam(store, "Final")  # saved before the choice began; the reserve is chosen next time
        assert exam.days_left(clock()) == 12 and exam.final_reserve is None
    finally:
        store.close()


def test_choose_reserves_stores_what_planning_would_choose_and_stops_when_told(store, tmp_path):
    import studyapp.planner as planner
    from studyapp.exam import choose_reserves

    pack = write_pack(tmp_path / "packs", n=60)
    set_exam(store, "Final", T0.date() + timedelta(days=12), T0, packs=["big"], daily_reviews=15)
    set_exam(store, "Empty", T0.date() + timedelta(days=20), T0, tags=["no-such-tag"])
    assert choose_reserves(store.path, Scheduler().parameters, pack.study_questions, T0, new_per_day=20, stop=lambda: True) == {}
    assert get_exam(store, "Final").final_reserve is None
    final = get_exam(store, "Final")
    chosen = choose_reserves(store.path, Scheduler().parameters, pack.study_questions, T0, new_per_day=20)
    expected = planner.choose_reserve(planner.Memory(), final.days_to(T0), 60, 15, 20, planner.PlannerConfig())  # plan_exam's shape
    assert chosen == {final.id: expected} and get_exam(store, "Final").final_reserve == expected
    assert get_exam(store, "Empty").final_reserve is None  # no questions, never planned
    assert choose_reserves(store.path, Scheduler().parameters, pack.study_questions, T0, new_per_day=20) == {}

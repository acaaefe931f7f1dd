"""The study screen by keys: bursts, incomplete answers, "I don't know", "I was right",
scrolling, leaving, and pack text that could fool the terminal."""

from __future__ import annotations

import fcntl
import os
import select
import sqlite3
import struct
import subprocess
import termios
import time

from textual.widgets import Input

from crashkit import studyapp_command
from studyapp.context import Context
from studyapp.grading import Reason
from studyapp.paths import resolve_paths
from test_tui import SIZE, make_app, screen_text

PACK = """\
id: keys
title: Keys pack
questions:
  - {id: first, type: short, category: place, prompt: First question?, answer: Ottawa}
  - {id: second, type: short, category: place, prompt: Second question?, answer: Paris}
  - {id: gaps, type: cloze, category: organisation, text: "The command is {{NORAD}}, created in {{1958}}."}
  - {id: two-of, type: choice, category: concept, prompt: Pick the two founders., choices: [Aland, Borduria, Carpania, Dorland], answer: [Aland, Carpania]}
  - id: seven
    type: order
    category: date
    prompt: Put these seven events in order, earliest first.
    items: [The first event of seven in a long list, The second event of seven in a long list, The third event of seven in a long list, The fourth event of seven in a long list, The fifth event of seven in a long list, The sixth event of seven in a long list, The seventh event of seven in a long list]
    explanation: "A long explanation that takes room on the screen, so that at 80x24 the feedback of this question cannot fit. A long explanation that takes room on the screen, so that at 80x24 the feedback of this question cannot fit. A long explanation that takes room on the screen, so that at 80x24 the feedback of this question cannot fit. A long explanation that takes room on the screen, so that at 80x24 the feedback of this question cannot fit. A long explanation that takes room on the screen, so that at 80x24 the feedback of this question cannot fit. A long explanation that takes room on the screen, so that at 80x24 the feedback of this question cannot fit."
  - {id: sneaky, type: short, category: concept, prompt: "Is gnp.exe\\u202e a picture?", answer: "no\\u200b"}
"""


def pack_app(clock, tmp_path, text: str = PACK):
    from studyapp.tui.app import StudyApp

    folder = tmp_path / "packs"
    folder.mkdir(exist_ok=True)
    (folder / "keys.yaml").write_text(text)
    context = Context(resolve_paths(None), [folder], bundled=False)
    return StudyApp(context, clock=clock, seed=7, fuzz=False)


async def study_question(pilot, question_id: str) -> None:
    """Open a focus session on one question of the pack (due or not)."""
    app = pilot.app
    question = app.packs.questions()[("keys", question_id)]
    app.start_session(questions=[question], mode="focus")
    await pilot.pause()
    assert app.screen.question.id == question_id


def reviews(app) -> list[tuple]:
    return app.store.connection.execute("SELECT question_id, answer, correct, reason FROM reviews WHERE kind != 'undo' ORDER BY id").fetchall()


def keybar(app) -> list[str]:
    from studyapp.tui.widgets.keybar import KeyBar

    return [description for _, description in app.screen.query_one(KeyBar).shown]


# --- a burst of keys in one read --------------------------------------------------------


def _run_burst(tmp_path, name: str, pack_text: str, keys: bytes) -> subprocess.Popen:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "pack.yaml").write_text(pack_text)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", STUDYAPP_DATA_DIR=str(tmp_path / f"{name}-data"))
    proc = subprocess.Popen(
        [*studyapp_command(), "--packs", str(folder), "study", "keys"],
        stdin=slave, stdout=slave, stderr=slave, start_new_session=True,  # Textual draws on stderr
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0), env=env,
    )  # fmt: skip
    os.close(slave)
    proc.master, proc.keys, proc.data = master, keys, tmp_path / f"{name}-data"
    return proc


def _pump(runs, seconds: float, until) -> None:
    """Read every terminal (an unread one would block its app) until ``until()`` or time is up."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        ready, _, _ = select.select([p.master for p in runs], [], [], 0.05)
        for proc in runs:
            if proc.master in ready:
                try:
                    proc.screen += os.read(proc.master, 65536)
                except OSError:
                    pass


def _saved(data) -> list[tuple[str, str]]:
    try:
        conn = sqlite3.connect(data / "progress.sqlite3", timeout=5)
        try:
            return conn.execute("SELECT question_id, answer FROM reviews ORDER BY id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def test_keys_arriving_in_one_read_belong_to_the_question_on_screen_when_typed(tmp_path):
    """`abc` Enter `def` Enter in ONE write to a real terminal: abc is the first answer, def
    the second; a cloze's gap texts, also in one write, land in their own gaps."""
    shorts = "id: keys\ntitle: Two\nquestions:\n" + "".join(
        f"  - {{id: q{i}, type: short, category: concept, prompt: Question {i}?, answer: A{i}}}\n" for i in (1, 2)
    )
    cloze = 'id: keys\ntitle: Gaps\nquestions:\n  - {id: gaps, type: cloze, category: concept, text: "{{NORAD}} was created in {{1958}}."}\n'
    runs = [_run_burst(tmp_path, "shorts", shorts, b"abc\rdef\r"), _run_burst(tmp_path, "cloze", cloze, b"NORAD\r1958\r")]
    for proc, shown in zip(runs, (b"Question", b"created")):
        proc.screen, proc.shown, proc.wanted = b"", shown, 2 if proc.keys.startswith(b"abc") else 1
    try:
        # each writes its whole burst in one write() once its first question is drawn
        _pump(runs, 60, until=lambda: all(p.shown in p.screen for p in runs))
        time.sleep(0.3)
        for proc in runs:
            assert proc.shown in proc.screen, "the first question never showed"
            os.write(proc.master, proc.keys)
        _pump(runs, 20, until=lambda: all(len(_saved(p.data)) >= p.wanted for p in runs))
    finally:
        for proc in runs:
            proc.terminate()
            proc.wait(timeout=30)
            os.close(proc.master)
    assert sorted(answer for _, answer in _saved(runs[0].data)) == ["abc", "def"]
    assert len({question for question, _ in _saved(runs[0].data)}) == 2  # one answer per question
    assert _saved(runs[1].data) == [("gaps", "NORAD | 1958")]


async def test_a_letter_typed_on_the_feedback_starts_the_next_answer(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        questions = app.packs.questions()
        app.start_session(questions=[questions[("keys", "first")], questions[("keys", "second")]], mode="focus")
        await pilot.pause()
        study = app.screen
        await pilot.press(*"abc", "enter", *"def")
        assert study.question.id == "second" and study.phase == "question"
        assert study.query_one("#answer-0", Input).value == "def"
        assert reviews(app)[0][:2] == ("first", "abc")


async def test_gap_texts_typed_fast_go_to_their_own_gaps(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "gaps")
        await pilot.press(*"NORAD", "tab", *"1958", "shift+tab", "end", *"!")
        assert [f.value for f in app.screen.answer_fields()] == ["NORAD!", "1958"]


# --- incomplete answers ---------------------------------------------------------------------


async def test_an_empty_answer_says_what_to_do_and_saves_nothing(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "first")
        await pilot.press("enter")
        assert app.screen.phase == "question" and reviews(app) == []
        assert "Type an answer, or press Ctrl+G to see it (counts as wrong)" in screen_text(app)
        await pilot.press("x")  # typing clears the message
        assert "Type an answer" not in screen_text(app)


async def test_a_cloze_with_a_blank_gap_asks_for_it_instead_of_saving_a_wrong_answer(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "gaps")
        study = app.screen
        await pilot.press(*"NORAD", "enter", "enter")
        assert study.phase == "question" and reviews(app) == []
        assert "Gap 2 is empty: fill in every gap" in screen_text(app)
        assert study.focused is study.answer_fields()[1]
        await pilot.press(*"1958", "enter")
        assert study.phase == "feedback" and study.outcome.grade.correct
        assert "NORAD / 1958" in screen_text(app) and "|" not in screen_text(app)  # one separator in the feedback


async def test_select_two_refuses_a_third_pick_and_asks_for_the_second(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "two-of")
        study = app.screen
        number = {choice: str(i + 1) for i, choice in enumerate(study.choices)}
        await pilot.press(number["Aland"], "enter")
        assert study.phase == "question" and "Select 2 answers: 1 selected so far" in screen_text(app)
        await pilot.press(number["Borduria"], number["Carpania"])
        assert study.picked == ["Aland", "Borduria"] and "2 are selected already" in screen_text(app)
        await pilot.press(number["Borduria"], number["Carpania"], "enter")
        assert study.phase == "feedback" and study.outcome.grade.correct


async def test_an_order_question_half_done_says_so_on_enter(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "seven")
        await pilot.press("1", "2", "enter")
        assert app.screen.phase == "question" and reviews(app) == []
        assert "Put all 7 items in order: 2 placed so far" in screen_text(app)


async def test_u_typed_in_an_answer_box_is_text_and_ctrl_z_undoes(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        questions = app.packs.questions()
        app.start_session(questions=[questions[("keys", "first")], questions[("keys", "second")]], mode="focus")
        await pilot.pause()
        study = app.screen
        await pilot.press(*"Ottawa", "enter", "enter", *"u")
        assert study.question.id == "second" and study.query_one("#answer-0", Input).value == "u"
        await pilot.press("ctrl+z")
        assert study.question.id == "first" and "Answer taken back" in screen_text(app)


# --- "I don't know" and "I was right" ----------------------------------------------------------


async def test_ctrl_g_shows_the_answer_while_typing_and_counts_it_wrong(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "first")
        assert "Don't know" in keybar(app)
        await pilot.press(*"Ott", "ctrl+g")
        study = app.screen
        assert study.phase == "feedback" and study.outcome.grade.reason is Reason.GAVE_UP and not study.outcome.grade.correct
        text = screen_text(app)
        assert "Ottawa" in text and "counts as wrong" in text
        assert study.outcome.rating == 1  # Again
        assert "Don't know" not in keybar(app) and "I was right" not in keybar(app)


async def test_i_overrules_a_wrong_verdict_on_a_typed_answer(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "first")
        assert "I was right" not in keybar(app)
        await pilot.press(*"Bytown", "enter")
        study = app.screen
        assert not study.outcome.grade.correct and "I was right" in keybar(app)
        await pilot.press("i")
        assert study.outcome.grade.correct and study.outcome.grade.reason is Reason.OVERRULED
        assert "Marked right by you: this answer will be accepted next time" in screen_text(app)
        assert "I was right" not in keybar(app)  # once is enough
        assert "Good" in str(study.query_one("#ratings").render())


async def test_i_is_not_offered_on_a_right_answer_or_a_choice(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "two-of")
        number = {choice: str(i + 1) for i, choice in enumerate(app.screen.choices)}
        await pilot.press(number["Borduria"], number["Dorland"], "enter")
        assert not app.screen.outcome.grade.correct and "I was right" not in keybar(app)
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "first")
        await pilot.press(*"Ottawa", "enter")
        assert app.screen.outcome.grade.correct and "I was right" not in keybar(app)


# --- room on the screen -------------------------------------------------------------------


async def test_a_seven_item_order_feedback_shows_the_verdict_and_scrolls_by_keys(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "seven")
        study = app.screen
        await pilot.press(*"7654321", "enter")
        await pilot.pause()
        body, feedback = study.query_one("#study-body"), study.query_one("#feedback")
        assert study.phase == "feedback"
        assert body.region.y <= feedback.region.y < body.region.bottom  # the verdict line is on screen
        assert body.max_scroll_y > 0
        start = body.scroll_y
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > start
        await pilot.press("home", "pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("home", "down")
        await pilot.pause()
        assert body.scroll_y == 1


# --- leaving ---------------------------------------------------------------------------------


async def test_esc_with_a_typed_answer_asks_first_and_an_empty_session_leaves_no_trace(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await study_question(pilot, "first")
        await pilot.press(*"Ott", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmScreen" and "not saved" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.question.id == "first" and app.screen.query_one("#answer-0", Input).value == "Ott"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"  # no 0/0 summary
        assert app.store.connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


async def test_esc_after_answers_ends_at_once_with_the_summary(clock, tmp_path):
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "first")
        await pilot.press(*"Ottawa", "enter", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen" and "Score: 1 / 1" in screen_text(app)


# --- pack text that could fool the terminal ---------------------------------------------------


async def test_right_to_left_overrides_and_zero_width_characters_are_shown_escaped(clock, tmp_path):
    from studyapp.tui.text import clean

    assert clean("gnp\u202e.exe\u200b\u2066x\ufeff") == "gnp\\u202e.exe\\u200b\\u2066x\\ufeff"
    assert clean("Zürich, 東京, café") == "Zürich, 東京, café"
    app = pack_app(clock, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "sneaky")
        await pilot.press("ctrl+g")
        text = screen_text(app)
        assert "gnp.exe\\u202e" in text and "no\\u200b" in text
        assert "\u202e" not in text and "\u200b" not in text


async def test_a_one_gap_cloze_asks_for_the_gap_and_says_why_a_wrong_one_is_wrong(clock, tmp_path):
    """One gap reads "Fill in the gap.", and a wrong gap says what was typed against what was wanted,
    not "0 of 1 gaps right"."""
    one_gap = PACK + '  - {id: one-gap, type: cloze, category: concept, text: "The allegation concerned {{Khalistan}} extremism."}\n'
    app = pack_app(clock, tmp_path, one_gap)
    async with app.run_test(size=SIZE) as pilot:
        await study_question(pilot, "one-gap")
        assert "Fill in the gap." in screen_text(app) and "gaps" not in screen_text(app)
        await pilot.press(*"China", "enter")
        assert app.screen.phase == "feedback" and not app.screen.outcome.grade.correct
        assert "'China' is not the answer 'Khalistan'" in screen_text(app)
        assert "of 1 gaps" not in screen_text(app)

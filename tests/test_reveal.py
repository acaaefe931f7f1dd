"""Reveal and rate: the self-graded question type for material nobody can type (LaTeX, proofs)."""

from __future__ import annotations

import random

import pytest

from studyapp.context import Context
from studyapp.paths import resolve_paths
from studyapp.packs import load_pack_file

PACK = """\
id: maths
title: Maths
sources:
  - {key: notes, title: Lecture notes, file: notes.pdf}
questions:
  - id: euler
    type: reveal
    category: concept
    prompt: State Euler's identity.
    answer: "\\\\(e^{i\\\\pi} + 1 = 0\\\\)"
    explanation: The five constants in one line.
    source: {key: notes, locator: "p. 3"}
    tags: [analysis]
  - id: capital
    type: short
    category: place
    prompt: Capital of Canada?
    answer: Ottawa
    source: notes
"""


@pytest.fixture
def maths(tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    path = folder / "maths.yaml"
    path.write_text(PACK, encoding="utf-8")
    pack, problems = load_pack_file(path)
    assert pack is not None and not [p for p in problems if p.severity == "error"], problems
    return pack


def test_a_reveal_question_loads_with_its_answer_text(maths):
    euler = maths.questions[0]
    assert (euler.type, euler.answer, euler.display_answer) == ("reveal", "\\(e^{i\\pi} + 1 = 0\\)", "\\(e^{i\\pi} + 1 = 0\\)")


def test_a_reveal_question_without_an_answer_is_an_error_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(PACK.replace('    answer: "\\\\(e^{i\\\\pi} + 1 = 0\\\\)"\n', "").replace("type: reveal\n", "type: reveal\n    choices: [a, b]\n"), encoding="utf-8")
    _, problems = load_pack_file(path)
    errors = [(p.line, p.question_id, p.message) for p in problems if p.severity == "error"]
    assert errors == [
        (8, "euler", "unknown field 'choices'"),
        (6, "euler", "missing 'answer' (the text shown when the learner reveals it)"),
    ]
    assert str(problems[0]).endswith("bad.yaml:8: question 'euler': unknown field 'choices'")


def test_grading_takes_the_learners_own_verdict(maths):
    from studyapp.grading import grade, suggested_rating

    euler = maths.questions[0]
    right, wrong = grade(euler, True), grade(euler, False)
    assert (right.correct, suggested_rating(right)) == (True, 3)
    assert (wrong.correct, suggested_rating(wrong)) == (False, 1)
    assert grade(euler, "y").correct and not grade(euler, "\\(e^{i\\pi} + 1 = 0\\)").correct  # typing the answer is no verdict


def test_mock_exams_leave_reveal_questions_out(maths):
    from studyapp.mock import MockError, sample

    assert [q.id for q in sample(maths.questions, 5, random.Random(1))] == ["capital"]
    with pytest.raises(MockError, match="reveal and rate"):
        sample(maths.questions[:1], 5, random.Random(1))


def test_export_to_csv_and_anki_and_back(maths, tmp_path):
    from studyapp.exporters import export_anki, export_csv, note_fields
    from studyapp.importers import build_pack, read_apkg, read_delimited

    assert note_fields(maths, maths.questions[0])[0] == "reveal"
    text, rows = export_csv(maths)
    assert rows == 2 and "reveal" in text
    back, _ = build_pack(read_delimited(text, "m.csv"), "maths", "Maths", "m.csv")
    assert (back["questions"][0]["type"], back["questions"][0]["answer"]) == ("reveal", maths.questions[0].answer)
    out = tmp_path / "m.apkg"
    export_anki(maths, out)
    result = read_apkg(out)
    again, _ = build_pack(result, "maths", "Maths", "m.apkg")
    euler = again["questions"][0]
    assert (euler["type"], euler["answer"], euler["source"]) == ("reveal", maths.questions[0].answer, {"key": "notes", "locator": "p. 3"})
    assert again["sources"] == [{"key": "notes", "title": "Lecture notes", "file": "notes.pdf"}]


async def test_the_study_screen_shows_the_prompt_reveals_on_a_key_and_takes_right_or_wrong(maths, clock, isolated_dirs):
    from test_tui import SIZE, screen_text
    from studyapp.store import Store
    from studyapp.tui.app import StudyApp

    app = StudyApp(Context(resolve_paths(None), [maths.path.parent], bundled=False), clock=clock, seed=3, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        study = app.screen
        while study.question.id != "euler":  # answer the typed one first when it comes first
            await pilot.press(*"Ottawa", "enter", "enter")
            await pilot.pause()
        shown = screen_text(app)
        assert "State Euler's identity." in shown and "press Enter or Space to reveal" in shown
        assert "e^{i" not in shown and not study.query_one("#inputs").display  # nothing to type
        await pilot.press("y")  # before the reveal, a verdict key does nothing
        assert study.phase == "question"
        await pilot.press("space")
        shown = screen_text(app)
        assert "\\(e^{i\\pi} + 1 = 0\\)" in shown and "Did you know it?" in shown
        await pilot.press("n")
        await pilot.pause()
        assert study.phase == "feedback" and not study.outcome.grade.correct
        assert "Your answer:    wrong" in screen_text(app)
    store = Store.open(isolated_dirs / "progress.sqlite3")
    try:
        review = store.reviews_of("maths", "euler")[0]
        assert (review["answer"], review["correct"], review["rating"]) == ("wrong", 0, 1)
    finally:
        store.close()


async def test_the_tui_import_previews_like_dry_run_then_writes_on_ctrl_s(clock, isolated_dirs, tmp_path):
    from test_tui import SIZE, screen_text
    from studyapp.tui.app import StudyApp
    from conftest import FIXTURES

    app = StudyApp(Context(resolve_paths(None), [FIXTURES / "packs"], bundled=False), clock=clock, seed=3, fuzz=False)
    deck = tmp_path / "capitals-quiz.csv"  # a sheet with option columns and the answer as the option's text
    deck.write_text(
        "Question,Option A,Option B,Option C,Answer\n"
        "What is the capital of Canada?,Toronto,Ottawa,Montreal,Ottawa\n"
        "What is the capital of Australia?,Sydney,Melbourne,Canberra,Canberra\n"
        "What is the capital of Brazil?,Brasília,Rio de Janeiro,São Paulo,Brasília\n"
    )
    target = isolated_dirs / "packs" / "capitals-quiz.yaml"
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+s")  # nothing to write before a preview
        assert not target.exists()
        await pilot.press(*str(FIXTURES / "import" / "nope.csv"), "enter")
        assert "no such file" in screen_text(app)
        app.screen.query_one("#import-path").value = str(deck)
        await pilot.press("enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "1. [choice] What is the capital of Canada?" in shown and "answer: Ottawa" in shown
        assert "Would write capitals-quiz.yaml: 3 question(s): 3 new" in shown and not target.exists()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert target.exists() and any(p.id == "capitals-quiz" for p in app.packs.packs)
        assert app.screen.__class__.__name__ == "HomeScreen"

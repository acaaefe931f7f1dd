"""Exam-native formats (statements, pairs, assertion-reason) and exam marking: validation,
options, grading with each statement's verdict, export and import, keys at 80x24, the mock report."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.exporters import export_anki, export_csv, note_fields
from studyapp.grading import grade
from studyapp.marking import MarkingError, mark, parse_marking
from studyapp.packs import load_pack_file

PACK = """\
id: fmt
title: Formats pack
sources: [{key: d, title: The document}]
questions:
  - id: which
    type: statements
    category: concept
    prompt: "Consider the following statements about NORAD:"
    statements:
      - {text: NORAD is binational., correct: true, why: Commanded by Americans and Canadians., locator: NORAD}
      - {text: NORAD ignores the sea., correct: false, why: It warns against maritime threats.}
      - {text: NORAD turned 65 in 2023., correct: true, why: The anniversary year is 2023.}
    explanation: All from one paragraph.
    source: {key: d, locator: NORAD}
  - id: count
    type: statements
    ask: how-many
    category: figure
    statements:
      - {text: Support counted from 2022., correct: true, why: Since 2022.}
      - {text: Training counted from 2022., correct: false, why: Since 2014.}
      - {text: Over 40000 trained., correct: true, why: Over 40000.}
      - {text: Cyber help given., correct: true, why: Cyber security assistance.}
    source: {key: d, locator: Ukraine}
  - id: pairs
    type: pairs
    heads: [Operation, Where]
    category: operation
    pairs:
      - {left: REASSURANCE, right: Latvia, why: Leads the battle group.}
      - {left: UNIFIER, right: Sahel, correct: false, why: UNIFIER is for Ukraine.}
      - {left: NANOOK, right: Arctic, why: Polar training.}
    source: {key: d, locator: Operations}
  - id: match
    type: pairs
    ask: match
    category: place
    pairs:
      - {left: Latvia, right: battle group, why: Canada leads it.}
      - {left: North Korea, right: sanctions, why: Monitored by ships.}
      - {left: Caribbean, right: drugs, why: Interdicted.}
      - {left: Venezuela, right: civil society, why: Supported.}
    source: {key: d, locator: Regions}
  - id: ar
    type: assertion
    category: concept
    statements:
      - {text: The military monitors the North., correct: true, why: Key role.}
      - {text: Canada is an Arctic nation., correct: true, why: The reason given.}
    explains: true
    source: {key: d, locator: Arctic}
"""


@pytest.fixture
def pack(tmp_path):
    path = tmp_path / "fmt.yaml"
    path.write_text(PACK)
    loaded, problems = load_pack_file(path)
    assert loaded is not None and problems == []
    return loaded


def by_id(pack):
    return {q.id: q for q in pack.questions}


def test_the_app_builds_the_papers_options_and_the_right_one(pack):
    q = by_id(pack)
    assert q["which"].choices == ("1 only", "3 only", "1 and 3 only", "1, 2 and 3") and q["which"].answer == ("1 and 3 only",)
    assert q["count"].choices == ("Only one", "Only two", "Only three", "All four") and q["count"].answer == ("Only three",)
    assert q["pairs"].choices == ("Only one", "Only two", "All three", "None") and q["pairs"].answer == ("Only two",)
    assert q["ar"].answer[0].startswith("Both Statement-I and Statement-II are correct and Statement-II is the correct")
    match = q["match"]
    assert len(match.choices) == 4 and match.answer[0] in match.choices and not match.shuffle
    stem = q["which"].stem.splitlines()
    assert stem[0] == "Consider the following statements about NORAD:" and stem[2] == "2. NORAD ignores the sea."
    assert stem[-1] == "Which of the statements given above is/are correct?"
    assert q["count"].stem.endswith("How many of the above statements are correct?")
    assert "Operation — Where" in q["pairs"].stem and q["pairs"].stem.endswith("correctly matched?")
    assert "Statement-II: Canada is an Arctic nation." in q["ar"].stem


def test_grading_is_a_choice_and_the_feedback_gives_each_statements_verdict(pack):
    for q in pack.questions:
        assert grade(q, list(q.answer)).correct, q.id
        wrong = next(c for c in q.choices if c not in q.answer)
        result = grade(q, [wrong])
        assert not result.correct and result.expected == q.answer[0], q.id
    from studyapp.exam_formats import ASSERTION_OPTIONS, misjudged

    q = by_id(pack)
    assert misjudged(q["which"], "1, 2 and 3") == "Judged wrongly: statement 2." and misjudged(q["which"], "1 and 3 only") == ""
    assert misjudged(q["which"], "3 only") == "Judged wrongly: statement 1."
    assert misjudged(q["count"], "Only two") == "3 of the 4 statements are correct; see which below."
    assert misjudged(q["ar"], ASSERTION_OPTIONS[1]).endswith("Statement-II does explain Statement-I.")
    assert misjudged(q["ar"], ASSERTION_OPTIONS[3]) == "Judged wrongly: Statement-I."
    wrong_code = next(c for c in q["match"].choices if c not in q["match"].answer)
    assert misjudged(q["match"], wrong_code).startswith("Matched wrongly: ") and misjudged(q["match"], wrong_code).count(",") == 1
    feedback = by_id(pack)["which"].feedback.splitlines()
    assert feedback == [
        "1: correct. Commanded by Americans and Canadians. (NORAD)",
        "2: incorrect. It warns against maritime threats.",
        "3: correct. The anniversary year is 2023.",
        "All from one paragraph.",
    ]
    assert "2: not correctly matched. UNIFIER is for Ukraine." in by_id(pack)["pairs"].feedback
    assert by_id(pack)["ar"].feedback.splitlines()[-1] == "Statement-II explains Statement-I."


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("    statements:\n      - {text: A., correct: true, why: a}\n      - {text: B., why: b}\n", 9, "'correct' must be true or false"),
        ("    statements:\n      - {text: A., correct: true}\n      - {text: B., correct: false, why: b}\n", 8, "missing 'why'"),
        ("    ask: which-one\n    statements: []\n", 7, "'ask' must be one of which, how-many"),
        ("    statements:\n      - {text: A., correct: true, why: a}\n", 7, "needs 2 to 6 entries"),
    ],
)
def test_bad_statements_are_reported_with_file_and_line(tmp_path, body, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text("id: bad\ntitle: Bad\nquestions:\n  - id: q\n    type: statements\n    category: concept\n" + body)
    loaded, problems = load_pack_file(path)
    assert [p for p in problems if p.severity == "error"], problems
    first = next(p for p in problems if p.severity == "error")
    assert first.line == line and message in first.message and first.question_id == "q", str(first)


def test_assertion_and_match_refuse_what_no_standard_option_covers(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "id: bad\ntitle: Bad\nquestions:\n"
        "  - id: both-false\n    type: assertion\n    category: concept\n    statements:\n"
        "      - {text: A., correct: false, why: a}\n      - {text: B., correct: false, why: b}\n"
        "  - id: wrong-match\n    type: pairs\n    ask: match\n    category: place\n    pairs:\n"
        "      - {left: a, right: b, why: x}\n      - {left: c, right: d, why: x}\n      - {left: e, right: f, correct: false, why: x}\n"
    )
    _, problems = load_pack_file(path)
    messages = [str(p) for p in problems]
    assert any(":7: question 'both-false': the four standard options" in m for m in messages), messages
    assert any(":17: question 'wrong-match': match lists hold the right pairs only" in m for m in messages), messages


def test_export_to_anki_is_a_choice_card_and_import_rebuilds_the_same_questions(pack, tmp_path):
    from studyapp.importers import build_pack, read_apkg, render_pack

    model, fields = note_fields(pack, by_id(pack)["which"])
    assert model == "choice" and fields[-1] == "choice" and "2. NORAD ignores the sea." in fields[0]
    assert "2: incorrect. It warns against maritime threats." in fields[4]
    out = tmp_path / "fmt.apkg"
    export_anki(pack, out)
    result = read_apkg(out)
    data, _ = build_pack(result, pack.id, pack.title, out.name)
    written = tmp_path / "back.yaml"
    written.write_text(render_pack(data, "round trip"), encoding="utf-8")
    again, problems = load_pack_file(written)
    assert again is not None and not [p for p in problems if p.severity == "error"], problems
    for original, back in zip(pack.questions, again.questions, strict=True):
        for name in ("type", "prompt", "claims", "ask", "heads", "explains", "choices", "answer", "explanation", "locator"):
            assert getattr(back, name) == getattr(original, name), (original.id, name)


def test_export_to_csv_is_the_choice_as_shown_and_imports_back_as_a_choice(pack, tmp_path):
    from studyapp.importers import build_pack, read_file

    text, rows = export_csv(pack)
    assert rows == 5
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["id"] == "which")
    assert row["type"] == "choice" and row["answer"] == "1 and 3 only" and "3. NORAD turned 65 in 2023." in row["prompt"]
    sheet = tmp_path / "fmt.csv"
    sheet.write_text(text, encoding="utf-8")
    data, _ = build_pack(read_file(sheet), "back", "Back", sheet.name)
    questions = {q["id"]: q for q in data["questions"]}
    assert questions["which"]["type"] == "choice" and questions["which"]["answer"] == "1 and 3 only"
    assert "1, 2 and 3" in questions["which"]["choices"]


def test_marking_schemes_parse_and_score():
    upsc = parse_marking("upsc")
    assert (upsc.right, round(upsc.wrong, 4), upsc.text) == (2.0, 0.6667, "upsc")
    assert parse_marking("+2,-0.667").wrong == 0.667 and parse_marking("1; 1/4").wrong == 0.25
    assert parse_marking(None).text == "plain"
    for bad in ("two", "2", "0,-1"):
        with pytest.raises(MarkingError):
            parse_marking(bad)
    sitting = mark(upsc, [(True, False), (True, False), (False, False), (True, True), (False, True), (False, True)], blank=2)
    assert (sitting.right, sitting.wrong, sitting.blank, sitting.maximum) == (3, 3, 2, 16.0)
    assert round(sitting.net, 3) == 4 and round(sitting.guess_net, 3) == round(2 - 4 / 3, 3)
    assert (sitting.sure_right, sitting.sure, sitting.guesses_right, sitting.guesses) == (2, 3, 1, 3)


def test_an_exam_stores_its_marking_and_the_mock_report_scores_guesses(store, clock, pack):
    from studyapp.exam import ExamError, get_exam, set_exam
    from studyapp.mock import MockExam, marking_lines
    from studyapp.scheduling import Scheduler

    with pytest.raises(ExamError, match="marking"):
        set_exam(store, "Prelims", clock().date() + timedelta(days=30), clock(), marking="lots")
    set_exam(store, "Prelims", clock().date() + timedelta(days=30), clock(), marking="upsc")
    exam = get_exam(store, "Prelims")
    assert exam.marking == "upsc"
    mock = MockExam(store, Scheduler(fuzz=False), pack.questions, clock(), count=5, exam=exam, seed=3)
    answers = [(True, False), (False, True), (True, True)]
    for correct, guess in answers:
        q = mock.current
        response = list(q.answer) if correct else [next(c for c in q.choices if c not in q.answer)]
        assert mock.answer(response, clock(), 5.0, guess=guess)
    report = mock.finish(clock())
    lines = marking_lines(report)
    assert lines[0] == "Net score: 3.333 of 10 marks (upsc: +2, -2/3 (preliminary paper); 2 right, 1 wrong, 2 blank)"
    assert lines[1].startswith("Guessing gained 1.333 marks: 1 of 2 guesses right")
    assert lines[2] == "Accuracy: sure 1 of 1 (100%) · guessed 1 of 2 (50%)"
    guesses = store.connection.execute("SELECT guess FROM reviews WHERE session_id = ? ORDER BY id", (report.session_id,)).fetchall()
    assert [g for (g,) in guesses] == [0, 1, 1]
    assert store.connection.execute("SELECT marking FROM sessions WHERE id = ?", (report.session_id,)).fetchone() == ("upsc",)


# --- by keys at 80x24 -----------------------------------------------------------------------


def _app(clock, tmp_path):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp

    folder = tmp_path / "packs"
    folder.mkdir(exist_ok=True)
    (folder / "fmt.yaml").write_text(PACK)
    return StudyApp(Context(resolve_paths(None), [folder], bundled=False), clock=clock, seed=7, fuzz=False)


async def test_each_format_is_answered_by_a_digit_at_80x24_and_the_feedback_shows_the_verdicts(clock, tmp_path):
    from test_mock_tui import screen_text

    app = _app(clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for qid in ("which", "count", "pairs", "match", "ar"):
            question = app.packs.questions()[("fmt", qid)]
            app.start_session(questions=[question], mode="focus")
            await pilot.pause()
            screen = app.screen
            shown = screen_text(app)
            assert question.stem.splitlines()[-1] in shown and question.choices[-1][:40] in shown
            right = screen.choices.index(question.answer[0]) + 1
            await pilot.press(str(right))
            await pilot.pause()
            assert screen.phase == "feedback" and screen.outcome.grade.correct, qid
            feedback = screen_text(app)
            assert question.claims[1].why in feedback.replace("\n", " ") or question.claims[1].why[:30] in feedback, qid
            await pilot.press("escape")
            await pilot.pause()
        question = app.packs.questions()[("fmt", "which")]
        app.start_session(questions=[question], mode="focus")
        await pilot.pause()
        await pilot.press(str(app.screen.choices.index("1, 2 and 3") + 1))  # believes statement 2 too
        await pilot.pause()
        assert "Judged wrongly: statement 2." in screen_text(app)
        rows = app.store.connection.execute("SELECT question_id, correct FROM reviews ORDER BY id").fetchall()
        assert rows == [(qid, 1) for qid in ("which", "count", "pairs", "match", "ar")] + [("which", 0)]


async def test_a_mock_marks_guesses_by_key_and_reports_the_net_score(clock, tmp_path):
    from studyapp.mock import MockExam
    from studyapp.tui.screens.mock import MockScreen
    from test_mock_tui import screen_text

    app = _app(clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        mock = MockExam(app.store, app.scheduler, [q for p in app.packs.packs for q in p.questions], clock(), count=3, seed=1, marking=parse_marking("upsc"))
        app.push_screen(MockScreen(mock))
        await pilot.pause()
        for guess, right in ((True, False), (False, True), (True, True)):
            screen = app.screen
            q = screen.question
            if guess:
                await pilot.press("g")
                assert "Marked as a guess" in screen_text(app)
            pick = q.answer[0] if right else next(c for c in screen.choices if c not in q.answer)
            await pilot.press(str(screen.choices.index(pick) + 1))
            await pilot.pause()
        assert type(app.screen).__name__ == "MockReportScreen"
        report = screen_text(app)
        assert "Net score: 3.333 of 6 marks (upsc" in report
        assert "Guessing gained 1.333 marks: 1 of 2 guesses right" in report
        assert "Accuracy: sure 1 of 1 (100%) · guessed 1 of 2 (50%)" in report


def test_the_pack_format_documents_every_exam_format():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "pack-format.md").read_text(encoding="utf-8")
    for word in ("type: statements", "type: pairs", "type: assertion", "ask: how-many", "ask: match", "explains:"):
        assert word in doc, word


def test_the_pack_cache_keeps_the_statements(tmp_path):
    import os
    import time

    from studyapp.exam_formats import Claim
    from studyapp.pack_cache import PackCache

    path = tmp_path / "fmt.yaml"
    path.write_text(PACK)
    os.utime(path, (time.time() - 60, time.time() - 60))  # settled: cached
    first, _ = PackCache(tmp_path / "cache").load_pack_file(path)
    assert list((tmp_path / "cache").iterdir())
    again, problems = PackCache(tmp_path / "cache").load_pack_file(path)
    assert problems == [] and again.questions == first.questions
    assert all(isinstance(c, Claim) for q in again.questions for c in q.claims)
    assert again.questions[0].feedback == first.questions[0].feedback


def test_the_commands_set_a_marking_and_a_terminal_mock_scores_guesses(monkeypatch, capsys, tmp_path, isolated_dirs):
    from studyapp.cli import main
    from studyapp.store import Store

    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "fmt.yaml").write_text(PACK)
    assert main(["exam", "set", "Prelims", "+30", "--pack", "fmt", "--marking", "+2,-0.5", "--packs", str(folder)]) == 0
    assert "marking +2 right, -0.5 wrong" in capsys.readouterr().out
    assert main(["exam", "set", "Bad", "+30", "--marking", "lots", "--packs", str(folder)]) == 2
    assert "studyapp exam: marking 'lots': use upsc, plain" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("1?\n1?\n1\n"))  # two guesses, one sure answer
    assert main(["mock", "--exam", "Prelims", "-n", "3", "--seed", "4", "--packs", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.count("with ? after it for a guess>") == 3
    net = next(line for line in out.splitlines() if line.startswith("Net score: "))
    store = Store.open(isolated_dirs / "progress.sqlite3")
    rows = store.connection.execute("SELECT correct, guess FROM reviews WHERE kind = 'mock' ORDER BY id").fetchall()
    store.close()
    assert [g for _, g in rows] == [1, 1, 0]
    right = sum(c for c, _ in rows)
    assert net.startswith(f"Net score: {2 * right - 0.5 * (3 - right):g} of 6 marks (+2 right, -0.5 wrong; {right} right")

"""Writing packs by hand: `studyapp new`, validate's warnings, and picking up edits (also in the TUI)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE_PACKS
from studyapp.cli import main
from studyapp.packs import TYPES, load_pack_file, load_packs

STARTER = Path(str(files("studyapp") / "templates" / "starter.yaml"))


def test_starter_template_is_valid_and_shows_every_type():
    pack, problems = load_pack_file(STARTER)
    assert pack is not None and problems == []
    assert {q.type for q in pack.questions} == set(TYPES)
    assert any(q.draft for q in pack.questions)
    assert STARTER.read_text(encoding="utf-8").count("\n  # ") >= len(TYPES)  # a comment before each example


def test_new_writes_a_commented_valid_pack_into_the_user_folder(isolated_dirs, capsys):
    assert main(["new", "my-exam", "--title", 'Exam: "week 1"']) == 0
    path = isolated_dirs / "packs" / "my-exam.yaml"
    pack, problems = load_pack_file(path)
    assert problems == [] and pack.id == "my-exam" and pack.title == 'Exam: "week 1"'
    assert path.read_text(encoding="utf-8").startswith("# A new question pack")
    assert "studyapp validate" in capsys.readouterr().out


def test_new_never_overwrites(isolated_dirs, capsys):
    assert main(["new", "mine"]) == 0
    path = isolated_dirs / "packs" / "mine.yaml"
    path.write_text("id: mine\ntitle: Edited by me\nquestions: []\n", encoding="utf-8")
    assert main(["new", "mine"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "id: mine\ntitle: Edited by me\nquestions: []\n"


@pytest.mark.parametrize("bad", ["../outside", "a/b", "..", ".hidden", "/etc/passwd", "x" * 200, "mine.yaml"])
def test_new_refuses_ids_that_are_not_pack_ids(tmp_path, isolated_dirs, bad):
    assert main(["new", bad]) == 2
    assert not list(tmp_path.rglob("*.yaml"))


def test_new_refuses_an_id_another_pack_uses(isolated_dirs, capsys):
    assert main(["--packs", str(EXAMPLE_PACKS), "new", "example"]) == 1
    assert "already used by" in capsys.readouterr().err


# --- validate's warnings for likely mistakes ------------------------------------------------

WARNINGS_PACK = """\
id: w
title: W
sources: [{key: doc}]
questions:
  - id: choice-in-prompt
    type: choice
    category: operation
    prompt: Operation UNIFIER trains which army? Is it UNIFIER?
    choices: [UNIFIER, NANOOK]
    answer: UNIFIER
    explanation: E
    source: {key: doc}
  - id: same-items
    type: order
    category: date
    prompt: Order them
    items: [NATO founded, nato founded!, NORAD created]
    explanation: E
    source: {key: doc}
  - id: numeric-in-prompt
    type: numeric
    category: date
    prompt: NATO was founded in 1949. In which year was NATO founded?
    answer: 1949
    explanation: E
    source: {key: doc}
  - id: cloze-gives-away
    type: cloze
    category: operation
    text: "Operation {{NANOOK}} happens in the Arctic, and NANOOK is yearly."
    explanation: E
    source: {key: doc}
  - id: cloze-a
    type: cloze
    category: date
    text: "{{NATO}} was founded in 1949."
    explanation: E
    source: {key: doc}
  - id: cloze-b
    type: cloze
    category: date
    text: "NATO was founded in {{1949}}."
    explanation: E
    source: {key: doc}
  - id: cloze-c
    type: cloze
    category: date
    text: "NATO was founded in {{1949|nineteen forty-nine}}."
    explanation: E
    source: {key: doc}
"""


def test_validate_warns_about_likely_mistakes(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text(WARNINGS_PACK, encoding="utf-8")
    pack, problems = load_pack_file(path)
    assert len(pack.questions) == 7 and not [p for p in problems if p.severity == "error"]
    warnings = {(p.question_id, p.message) for p in problems}
    assert ("choice-in-prompt", 'the answer "UNIFIER" appears in the prompt') in warnings
    assert ("same-items", "order items are not distinct") in warnings
    assert ("numeric-in-prompt", 'the answer "1949" appears in the prompt') in warnings
    assert ("cloze-gives-away", 'the answer "NANOOK" appears in the prompt') in warnings
    # one sentence asking two different facts is fine; the same gap twice is a duplicate
    duplicates = {q for q, m in warnings if m.startswith("same prompt as")}
    assert duplicates == {"cloze-c"}
    assert main(["validate", str(path), "--strict"]) == 1


# --- picking up added and edited packs ----------------------------------------------------

EXTRA = """\
id: extra
title: Extra pack
sources: [{key: doc}]
questions:
  - id: q1
    type: short
    category: place
    prompt: Capital of Canada?
    answer: Ottawa
    explanation: E
    source: {key: doc}
  - id: q2
    type: numeric
    category: date
    prompt: Year NATO was founded?
    answer: 1949
    explanation: E
    source: {key: doc}
"""


def test_a_pack_added_while_the_app_is_closed_is_loaded_at_start(isolated_dirs):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths

    (isolated_dirs / "packs").mkdir(parents=True)
    (isolated_dirs / "packs" / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    context = Context(resolve_paths(), bundled=False)
    assert [p.id for p in context.load_packs().packs] == ["extra"]


async def test_reload_key_picks_up_added_and_edited_packs_and_keeps_progress(clock, isolated_dirs):
    from textual.widgets import DataTable

    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.session import StudySession
    from studyapp.tui.app import StudyApp

    app = StudyApp(Context(resolve_paths(), [EXAMPLE_PACKS], bundled=False), clock=clock, seed=7, fuzz=False)
    folder = isolated_dirs / "packs"

    def row(key: str) -> list[str] | None:
        table = app.screen.query_one("#packs", DataTable)
        try:
            return [str(c) for c in table.get_row(key)][1:5]
        except Exception:  # RowDoesNotExist
            return None

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert row("extra") is None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "extra.yaml").write_text(EXTRA, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert row("extra") == ["Extra pack", "2", "2", "0"]

        # answer both questions, then edit the text of one and the id of the other
        pack = next(p for p in app.packs.packs if p.id == "extra")
        session = StudySession(app.store, app.scheduler, list(pack.questions), clock(), new_limit=10)
        for _ in range(2):
            question = session.next_question(clock())
            session.answer(question, "Ottawa" if question.id == "q1" else "1949", clock())
        await pilot.press("r")
        await pilot.pause()
        assert row("extra")[1:3] == ["2", "0"]
        data = yaml.safe_load(EXTRA)
        data["title"] = "Extra pack (edited)"
        data["questions"][0]["prompt"] = "Which city is the capital of Canada?"
        data["questions"][1]["id"] = "q2-renamed"
        (folder / "extra.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        # the edited question keeps its progress; the renamed one starts fresh
        assert row("extra") == ["Extra pack (edited)", "2", "1", "0"]
        questions = {q.id: q for q in next(p for p in app.packs.packs if p.id == "extra").questions}
        assert questions["q1"].prompt == "Which city is the capital of Canada?"
        assert app.store.card("extra", "q1") is not None and app.store.card("extra", "q2-renamed") is None

        (folder / "extra.yaml").unlink()
        await pilot.press("r")
        await pilot.pause()
        assert row("extra") is None and row("example") is not None
    assert load_packs([folder]).packs == []


def test_validate_on_a_fresh_machine_is_clean_but_a_named_path_must_exist(isolated_dirs, tmp_path, capsys):
    """A learner who has not made a pack yet has no pack folder: nothing to report. A path they name must exist."""
    assert not (isolated_dirs / "packs").exists()
    assert main(["validate"]) == 0
    assert "0 error(s)" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "nowhere.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().err

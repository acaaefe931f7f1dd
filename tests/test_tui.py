"""Pilot tests: drive the real screens by keys only."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

from conftest import EXAMPLE_PACKS
from studyapp.context import Context
from studyapp.paths import resolve_paths
from studyapp.store import Store

SIZE = (80, 24)


def make_app(clock, data_dir=None):
    from studyapp.tui.app import StudyApp

    context = Context(resolve_paths(data_dir), [EXAMPLE_PACKS], bundled=False)
    return StudyApp(context, clock=clock, seed=7, fuzz=False)


def screen_text(app) -> str:
    """Everything the visible Static widgets of the screen hold, as plain text."""
    import io

    from rich.console import Console
    from textual.widgets import Static

    console = Console(width=120, file=io.StringIO(), record=True, color_system=None)
    for widget in app.screen.query(Static):
        if widget.display:
            console.print(widget.content)
    return console.export_text()


async def press_choice(pilot, choice: str):
    screen = pilot.app.screen
    await pilot.press(str(screen.choices.index(choice) + 1))


def cells(app, row_key):
    table = app.screen.query_one("#packs", DataTable)
    return [str(c) for c in table.get_row(row_key)]


async def test_a_whole_session_by_keys_then_a_new_instance_sees_progress(clock, isolated_dirs):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert cells(app, "example")[2:5] == ["6", "6", "0"]
        await pilot.press("down", "enter")  # the example pack row
        await pilot.pause()
        study = app.screen
        assert study.question.id == "capital"

        # short, right; then change the rating to Easy
        await pilot.press(*"Ottawa", "enter")
        assert "Correct" in screen_text(app) and "Ottawa" in screen_text(app)
        await pilot.press("4")
        assert study.outcome.rating == 4
        await pilot.press("enter")

        # choice, wrong on purpose
        assert study.question.id == "operation"
        await press_choice(pilot, "NANOOK")
        assert not study.outcome.grade.correct and "Wrong" in screen_text(app)
        assert "The training mission is UNIFIER." in screen_text(app)
        await pilot.press("enter")

        # numeric, right in another scale
        assert study.question.id == "budget"
        await pilot.press(*"9,700 million", "enter")
        assert study.outcome.grade.correct and study.outcome.grade.reason == "numeric"
        await pilot.press("enter")

        # true/false, right
        assert study.question.id == "founded-alone"
        await pilot.press("f")
        assert study.outcome.grade.correct
        await pilot.press("enter")

        # cloze: Enter moves to the next gap, then submits
        assert study.question.id == "norad-cloze"
        await pilot.press(*"NORAD", "enter", *"1958", "enter")
        assert study.outcome.grade.correct
        await pilot.press("enter")

        # order, right
        assert study.question.id == "timeline"
        for item in ["Alliance founded", "Command created", "Training mission begins"]:
            await press_choice(pilot, item)
        await pilot.press("enter")
        assert study.outcome.grade.correct
        await pilot.press("enter")

        # the wrong choice question comes back (learning step); answer it right this time
        assert study.question.id == "operation"
        await press_choice(pilot, "UNIFIER")
        await pilot.press("enter")
        await pilot.pause()
        # nothing left within the session -> summary
        assert type(app.screen).__name__ == "SummaryScreen"
        summary = screen_text(app)
        assert "Score: 6 / 7" in summary and "Next reviews" in summary
        await pilot.press("enter")
        await pilot.pause()
        assert cells(app, "example")[2:5] == ["6", "0", "0"]

    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 7
    assert store.reviews_of("example", "capital")[0]["rating"] == 4
    store.close()

    clock.advance(days=40)
    again = make_app(clock)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        total, new, due, accuracy = cells(again, "example")[2:6]
        assert (total, new, due, accuracy) == ("6", "0", "6", "86%")


async def test_wrong_typed_answer_shows_why_and_the_right_answer(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press(*"Toronto", "enter")
        text = screen_text(app)
        assert "✗ Wrong" in text and "Your answer:    Toronto" in text and "Correct answer: Ottawa" in text
        assert "Again" in text and "Good" in text


async def test_escape_ends_the_session_with_answers_saved(clock, isolated_dirs):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press(*"Ottawa", "enter")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        assert "Score: 1 / 1" in screen_text(app)
    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert store.card("example", "capital") is not None
    store.close()


async def test_help_lists_the_keys(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        text = screen_text(app)
        for words in ("Study", "End session", "Again / Hard / Good / Easy", "command palette"):
            assert words in text
        await pilot.press("escape")
        assert type(app.screen).__name__ == "HomeScreen"


async def test_settings_are_saved_to_toml_and_applied(clock, tmp_path):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        field = app.screen.query_one("#new-per-day", Input)
        field.focus()
        await pilot.press("end", "backspace", "backspace", "5")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.settings.new_per_day == 5
    settings_file = app.context.paths.settings_file
    assert "new_per_day = 5" in settings_file.read_text()


async def test_marking_two_packs_studies_both(clock, tmp_path):
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "second.yaml").write_text(
        (EXAMPLE_PACKS / "example.yaml").read_text().replace("id: example", "id: second", 1).replace("title: Example pack", "title: Second pack")
    )
    from studyapp.tui.app import StudyApp

    app = StudyApp(Context(resolve_paths(None), [EXAMPLE_PACKS, extra], bundled=False), clock=clock, seed=1, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "space", "space", "enter")
        await pilot.pause()
        assert {q.pack_id for q in app.screen.session.questions} == {"example", "second"}
        assert app.screen.session.total == 12


async def test_broken_pack_is_reported_and_the_rest_load(clock, tmp_path):
    extra = tmp_path / "broken"
    extra.mkdir()
    (extra / "bad.yaml").write_text("id: bad\ntitle: Bad\nquestions:\n  - id: x\n    type: essay\n")
    from studyapp.tui.app import StudyApp

    app = StudyApp(Context(resolve_paths(None), [EXAMPLE_PACKS, extra], bundled=False), clock=clock, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "bad.yaml:5: question 'x': unknown type 'essay'" in " ".join(screen_text(app).split())
        await pilot.press("p")
        await pilot.pause()
        assert "unknown type 'essay'" in " ".join(screen_text(app).split())


@pytest.mark.parametrize("hostile", ["[bold]x[/bold]", "[@click=app.quit]Quit[/]", "[link=https://e.x]l[/link]", "esc\x1b[31mred"])
async def test_pack_text_is_shown_literally(clock, tmp_path, hostile):
    folder = tmp_path / "hostile"
    folder.mkdir()
    import yaml

    pack = {
        "id": "hostile",
        "title": hostile,
        "questions": [
            {"id": "q", "type": "choice", "category": "concept", "prompt": hostile, "choices": [hostile, "other"], "answer": hostile, "explanation": hostile}
        ],
    }
    (folder / "hostile.yaml").write_text(yaml.safe_dump(pack))
    from studyapp.tui.app import StudyApp
    from studyapp.tui.text import clean

    app = StudyApp(Context(resolve_paths(None), [folder], bundled=False), clock=clock, seed=1, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert clean(hostile) in screen_text(app)
        await press_choice(pilot, hostile)
        await pilot.pause()
        assert app.is_running and clean(hostile) in screen_text(app)


async def test_command_palette_starts_a_session(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Study everything due")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert type(app.screen).__name__ == "StudyScreen"


async def test_key_remaps_from_settings_toml_apply(clock, isolated_dirs):
    config = isolated_dirs.parent / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text('new_per_day = 3\n[keys]\n"home.settings" = "x"\n')
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        await pilot.press("x")
        await pilot.pause()
        assert type(app.screen).__name__ == "SettingsScreen"


async def test_quitting_mid_session_keeps_every_answer(clock, isolated_dirs):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press(*"Ottawa", "enter", "enter")
        await pilot.pause()
        await press_choice(pilot, "UNIFIER")
        await pilot.press("ctrl+q")
        await pilot.pause()
    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2
    store.close()


async def test_the_home_screen_paints_the_totals_first_then_the_counts_once_drawn(clock, isolated_dirs, monkeypatch):
    """The first paint shows each pack and its total, the store's columns marked as coming (never a
    number that is not yet known); the counts are read right after, and a return counts at once."""
    from studyapp.tui.screens.home import ALL_ROW, HomeScreen

    later: list = []
    original = HomeScreen.call_after_refresh

    def hold_first_counts(self, callback, *args, **kwargs):
        if getattr(callback, "__name__", "") == "_first_counts":
            later.append(callback)
            return True
        return original(self, callback, *args, **kwargs)

    monkeypatch.setattr(HomeScreen, "call_after_refresh", hold_first_counts)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen) and not home.counted and len(later) == 1
        total = sum(len(p.study_ids) for p in app.packs.packs)
        assert cells(app, ALL_ROW)[2:5] == [str(total), "…", "…"]
        assert "counting what is due" in screen_text(app)
        later.pop()()
        await pilot.pause()
        assert home.counted and "…" not in cells(app, ALL_ROW)[3:5] and "counting" not in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home and not later and "…" not in cells(app, ALL_ROW)[3:5]


async def test_a_home_screen_covered_at_once_counts_nothing_until_it_shows(clock, isolated_dirs, monkeypatch):
    """A session opened as the app starts (the cold-start probe's way) covers the home screen before
    it is drawn: the store's counts are read when it shows, not before the first question."""
    from studyapp.tui.app import StudyApp
    from studyapp.tui.screens import home as home_module
    from studyapp.tui.screens.home import ALL_ROW, HomeScreen

    counted: list = []
    original_overview = home_module.overview

    def overview(*args, **kwargs):
        counted.append(app.screen)
        return original_overview(*args, **kwargs)

    monkeypatch.setattr(home_module, "overview", overview)
    original_mount = StudyApp.on_mount

    def mount_then_study(self):
        original_mount(self)
        self.start_session()

    monkeypatch.setattr(StudyApp, "on_mount", mount_then_study)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen_stack[-2]
        assert isinstance(home, HomeScreen) and app.screen.question is not None
        assert not counted and not home.counted
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home and counted == [home] and home.counted
        assert "…" not in cells(app, ALL_ROW)[3:5] and "counting" not in screen_text(app)


async def test_a_sessions_row_is_written_once_its_first_question_is_drawn(clock, isolated_dirs, monkeypatch):
    """The session's row (and the first write of the process, which starts the WAL and waits for
    two syncs) follows the first question's paint; the answers then carry its id."""
    from studyapp.store import Store
    from studyapp.tui.screens.study import StudyScreen

    written: list = []
    original = Store.start_session

    def start_session(self, *args, **kwargs):
        screen = app.screen
        written.append(isinstance(screen, StudyScreen) and screen.question is not None and screen.question.prompt in screen_text(app))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "start_session", start_session)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert written == [True]
        session = app.screen.session
        assert app.store.connection.execute("SELECT id, mode FROM sessions").fetchall() == [(session.session_id, "study")]
        assert app.screen.question.id == "capital"
        await pilot.press(*"Ottawa", "enter")
        await pilot.pause()
        assert app.store.connection.execute("SELECT DISTINCT session_id FROM reviews").fetchall() == [(session.session_id,)]

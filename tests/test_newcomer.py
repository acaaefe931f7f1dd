"""What a newcomer tripped on (issue 19): forms, marks, Progress's figures, layout, small things."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from textual.widgets import DataTable, Input

from conftest import EXAMPLE_PACKS
from studyapp.context import Context
from studyapp.paths import resolve_paths
from test_tui import SIZE, make_app, screen_text


def keybar(app) -> list[str]:
    from studyapp.tui.widgets.keybar import KeyBar

    bar = app.screen.query_one(KeyBar)
    return [key for start, end, key, _ in bar._spans if end - start > 2]  # drawn whole, not cut to "…"


# --- forms: errors next to their field ------------------------------------------------------


async def test_settings_open_on_the_first_field_and_show_each_error_under_its_field(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert screen.focused is screen.query_one("#new-per-day", Input)
        await pilot.press("tab", "ctrl+a", "ctrl+k", *"1.5", "ctrl+s")
        await pilot.pause()
        error = screen.query_one("#retention-error")
        assert type(app.screen).__name__ == "SettingsScreen" and error.display
        assert "0.70 to 0.99" in str(error.render())
        assert screen.focused is screen.query_one("#retention", Input)
        assert error.region.bottom <= screen.size.height - 1  # on screen, not below it
        screen.query_one("#keys", Input).value = "nope.key=x"
        await pilot.press("ctrl+a", "ctrl+k", *"0.85", "ctrl+s")
        await pilot.pause()
        assert not error.display and "Unknown id nope.key" in str(screen.query_one("#keys-error").render())


async def test_esc_in_settings_with_changes_asks_before_throwing_them_away(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")  # nothing changed: straight back
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("end", "backspace", "5", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmScreen"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#new-per-day", Input).value == "25"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen" and app.settings.new_per_day == 20


@pytest.mark.parametrize(
    "text, expected",
    [("+30", date(2026, 4, 1)), ("30 days", date(2026, 4, 1)), ("12 June 2027", date(2027, 6, 12)), ("12/06/2027", date(2027, 6, 12)), ("2027-06-12", date(2027, 6, 12))],
)
def test_exam_dates_a_person_would_type(text, expected):
    from studyapp.exam import parse_date

    assert parse_date(text, date(2026, 3, 2)) == expected


async def test_the_exam_form_says_an_empty_date_is_missing_then_takes_plus_30(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        screen = app.screen
        await pilot.press(*"Final", "ctrl+s")
        await pilot.pause()
        error = screen.query_one("#exam-date-error")
        assert type(app.screen).__name__ == "ExamScreen" and error.display and "give the day" in str(error.render())
        assert screen.focused is screen.query_one("#exam-date", Input)
        await pilot.press(*"+30", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        from studyapp.exam import list_exams

        assert [(e.name, e.date) for e in list_exams(app.store)] == [("Final", date(2026, 4, 1))]


# --- marked packs ----------------------------------------------------------------------------


async def test_enter_with_marked_packs_studies_the_marked_ones_says_so_and_clears_the_marks(clock, tmp_path):
    from studyapp.tui.app import StudyApp

    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "second.yaml").write_text(
        (EXAMPLE_PACKS / "example.yaml").read_text().replace("id: example", "id: second", 1).replace("title: Example pack", "title: Second pack")
    )
    app = StudyApp(Context(resolve_paths(None), [EXAMPLE_PACKS, extra], bundled=False), clock=clock, seed=1, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "space", "up", "enter")  # mark Second, Enter on Example
        await pilot.pause()
        assert {q.pack_id for q in app.screen.session.questions} == {"second"}
        assert any("Studying the 1 marked pack(s): Second pack" in n.message for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen" and not app.screen.marked
        table = app.screen.query_one("#packs", DataTable)
        assert [str(table.get_row("second")[0])] == [""]


async def test_nothing_due_in_the_marked_packs_names_them_and_leaves_no_session(clock, isolated_dirs):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.settings.new_per_day = 0
        await pilot.press("down", "space", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert any("in the marked packs (Example pack)" in n.message for n in app._notifications)
        assert app.store.connection.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


# --- Progress agrees with home, and says what it counts -----------------------------------------------


async def test_home_and_progress_count_due_the_same_and_weak_spots_list_todays_wrong_answers(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        study = app.screen
        await pilot.press(*"Toronto", "enter", "enter")  # capital: wrong
        await pilot.press(str(study.choices.index("UNIFIER") + 1), "escape")
        await pilot.pause()
        await pilot.press("enter")
        clock.advance(hours=1)  # the wrong answer's learning step is due again
        await pilot.pause()
        app.screen.refresh_counts()
        home_due = int(screen_text(app).split(" due now")[0].rsplit("· ", 1)[1])
        assert home_due == 1
        await pilot.press("g")
        await pilot.pause()
        assert f"due now {home_due} " in screen_text(app)
        assert "mastered 0" in screen_text(app)  # one day of answers masters nothing
        await pilot.press("4")
        weak = app.screen.query_one("#weak-table", DataTable)
        rows = [[str(c) for c in weak.get_row_at(i)] for i in range(weak.row_count)]
        assert [row[1] for row in rows] == ["1"] and "Where is the alliance" in rows[0][-1]  # today's wrong answer, nothing else
        await pilot.press("3")
        groups = app.screen.query_one("#groups", DataTable)
        assert sum(column.get_render_width(groups) for column in groups.columns.values()) <= 80 - 4


async def test_help_defines_mastered_and_lists_binding_ids(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert "mastered: FSRS stability of 21 days or more" in text and "study.give_up" in text and "home.mock" in text


# --- layout ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (200, 50)])
async def test_home_shows_its_main_keys_and_every_count_column(clock, tmp_path, size):
    from studyapp.tui.app import StudyApp

    long = tmp_path / "long"
    long.mkdir()
    title = "Canada and the United States: defending common interests at home and abroad"
    (long / "long.yaml").write_text((EXAMPLE_PACKS / "example.yaml").read_text().replace("title: Example pack", f"title: '{title}'"))
    app = StudyApp(Context(resolve_paths(None), [long], bundled=False), clock=clock, seed=7, fuzz=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#packs", DataTable)
        widths = [column.get_render_width(table) for column in table.columns.values()]
        assert sum(widths) <= size[0] - 2  # Total, New, Due and Accuracy all show
        shown = str(table.get_row("example")[1])
        assert shown == title if size[0] >= 120 else shown.endswith("…")
        if size[0] >= 80:
            assert {"enter", "a", "g", "e", "m"} <= set(keybar(app))


async def test_ctrl_c_says_how_to_quit_in_plain_words_and_the_palette_lists_keys_once(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Press Ctrl+Q to quit" in m for m in messages) and not any("[b]" in m for m in messages)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles.count("Keys") == 1


def test_paths_lists_the_backups_folder(tmp_path):
    import os

    env = {**os.environ, "STUDYAPP_DATA_DIR": str(tmp_path / "data"), "STUDYAPP_CONFIG_DIR": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "studyapp", "paths"], capture_output=True, text=True, env=env, timeout=60)
    assert f"backups:       {tmp_path / 'data' / 'backups'}" in result.stdout.splitlines()


async def test_a_timed_mock_hands_itself_in_even_while_asking_hand_in_now(clock):
    async with make_app(clock).run_test(size=SIZE) as pilot:
        app = pilot.app
        await pilot.pause()
        await pilot.press("m", "tab", "1", "enter")  # 1 minute
        await pilot.pause()
        assert type(app.screen).__name__ == "MockScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmScreen"
        clock.advance(minutes=2)
        await pilot.pause(0.7)
        assert type(app.screen).__name__ == "MockReportScreen" and "time ran out" in screen_text(app)

"""Pilot tests of the Progress screen over a small hand-made log (the example pack)."""

from __future__ import annotations

from textual.widgets import DataTable, TabbedContent

from conftest import EXAMPLE_PACKS
from studyapp.context import Context
from studyapp.paths import resolve_paths
from studyapp.store import Store
from test_stats import card, review, utc
from test_tui import screen_text

SIZE = (80, 24)


def make_app(clock):
    from studyapp.tui.app import StudyApp

    return StudyApp(Context(resolve_paths(None), [EXAMPLE_PACKS], bundled=False), clock=clock, seed=7, fuzz=False)


def write_log(data_dir) -> None:
    """Today is Monday 2 March 2026, 09:00 UTC (the clock fixture)."""
    store = Store.open(data_dir / "progress.sqlite3")
    conn = store.connection
    card(conn, "example", "capital", stability=20, last_review=utc(2026, 3, 2, 8), category="place")  # due the 22nd
    card(conn, "example", "operation", stability=1, last_review=utc(2026, 2, 25, 9), lapses=3, category="operation")  # overdue
    card(conn, "example", "budget", stability=2, last_review=utc(2026, 2, 28, 9), lapses=1, category="figure")  # due 09:00 today
    review(conn, utc(2026, 2, 23, 9), "example", "operation", True, category="operation")
    review(conn, utc(2026, 2, 23, 9, 1), "example", "budget", False, category="figure")
    review(conn, utc(2026, 2, 23, 9, 2), "example", "budget", True, category="figure")
    review(conn, utc(2026, 2, 28, 9), "example", "budget", True, category="figure")
    review(conn, utc(2026, 3, 1, 10), "example", "capital", True, category="place")
    review(conn, utc(2026, 3, 1, 10, 1), "example", "operation", False, category="operation")
    review(conn, utc(2026, 3, 2, 8), "example", "capital", True, category="place")
    conn.execute(
        "INSERT INTO sessions (started_at, ended_at, packs, mode, answered, correct) VALUES (?, ?, 'example', 'study', 2, 1)",
        (utc(2026, 3, 1, 10).timestamp(), utc(2026, 3, 1, 10, 10).timestamp()),
    )
    store.close()


def described(app) -> str:
    """The heatmap's last line, as drawn."""
    heatmap = app.screen.query_one("#heatmap")
    return heatmap.render_line(heatmap.size.height - 1).text.strip()


def column(app, table_id: str, index: int) -> list[str]:
    table = app.screen.query_one(table_id, DataTable)
    return [str(table.get_row_at(row)[index]) for row in range(table.row_count)]


async def open_progress(pilot):
    await pilot.pause()
    await pilot.press("g")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "ProgressScreen"


async def test_progress_shows_the_summary_and_moves_through_the_heatmap(clock, isolated_dirs):
    write_log(isolated_dirs)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_progress(pilot)
        text = screen_text(app)
        assert "Seen 3/6" in text and "due now 2 (by tonight 2)" in text and "reviewed today 1" in text
        assert "Streak 3 days (longest 3)" in text  # 28 Feb, 1 and 2 March; 23 Feb stands alone
        assert "studied this week 0 min" in text  # the only session was on Sunday, last week

        assert described(app) == "Mon 02 Mar 2026: 1 review, 100% right (1)"
        await pilot.press("up")
        assert described(app) == "Sun 01 Mar 2026: 2 reviews, 50% right (1)"
        await pilot.press("left")
        assert described(app) == "Sun 22 Feb 2026: no reviews"
        await pilot.press("down")
        assert described(app) == "Mon 23 Feb 2026: 3 reviews, 67% right (2)"
        await pilot.press("right", "right", "right")  # past today: stays on the last day
        assert described(app) == "Mon 02 Mar 2026: 1 review, 100% right (1)"

        await pilot.press("2")
        assert app.screen.query_one(TabbedContent).active == "charts"
        forecast = app.screen.query_one("#forecast")
        assert forecast.values[0] == 2 and forecast.values[20] == 1 and sum(forecast.values) == 3  # capital on the 22nd
        accuracy = app.screen.query_one("#accuracy")
        assert accuracy.values == [round(100 * 4 / 6, 1), 100.0]  # week of 23 Feb (23rd, 28th, 1st), week of 2 March

        await pilot.press("5")
        assert column(app, "#sessions-table", 0) == ["2026-03-01 10:00"]
        assert column(app, "#sessions-table", 4) == ["1/2 50%"]


async def test_the_tables_by_pack_and_category_sort(clock, isolated_dirs):
    write_log(isolated_dirs)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_progress(pilot)
        await pilot.press("3")
        assert app.screen.query_one(TabbedContent).active == "tables"
        assert [str(c) for c in app.screen.query_one("#groups", DataTable).get_row_at(0)][:4] == ["Example pack", "6", "3", "71%"]  # 5/7 right

        await pilot.press("c")
        assert column(app, "#groups", 0) == ["concept", "date", "figure", "operation", "organisation", "place"]
        await pilot.press("s", "s", "s")  # Questions, Seen, then Accuracy: the best first, none last
        assert column(app, "#groups", 0)[:3] == ["place", "figure", "operation"]  # 100%, 67%, 50%
        assert column(app, "#groups", 3)[:4] == ["100%", "67%", "50%", "–"]
        assert "Accuracy ▼" in str(app.screen.query_one("#groups", DataTable).ordered_columns[3].label)
        await pilot.press("s")  # recall today
        recall = column(app, "#groups", 4)
        assert recall[0] == "100%" and recall[-3:] == ["0%", "0%", "0%"]


async def test_weak_spots_key_starts_a_session_on_exactly_those_questions(clock, isolated_dirs):
    write_log(isolated_dirs)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_progress(pilot)
        await pilot.press("4")
        # lapses: operation, budget; capital (never wrong, recalled today) is no weak spot
        assert column(app, "#weak-table", 0) == ["3", "1"]
        assert column(app, "#weak-table", 1) == ["1", "1"]  # wrong in the last 7 days: operation on the 1st, budget on 23 Feb 09:01
        await pilot.press("w")
        await pilot.pause()
        study = app.screen
        assert type(study).__name__ == "StudyScreen"
        assert [q.id for q in study.session.questions] == ["operation", "budget"]
        assert study.session.total == 2
        assert study.question.id == "operation"
        await pilot.press(str(study.choices.index("UNIFIER") + 1))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")  # end the session early
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ProgressScreen"
        assert "reviewed today 2" in screen_text(app)  # the figures are fresh
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert store.connection.execute("SELECT mode, answered FROM sessions ORDER BY id DESC LIMIT 1").fetchone() == ("focus", 1)
    store.close()


async def test_progress_on_a_new_database_has_nothing_to_study(clock):
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Progress" in [c.title for c in app.get_system_commands(app.screen)]  # the command palette
        app.open_progress()
        await pilot.pause()
        assert type(app.screen).__name__ == "ProgressScreen"
        assert "Seen 0/6" in screen_text(app) and "Streak 0 days" in screen_text(app)
        assert described(app) == "Mon 02 Mar 2026: no reviews"
        await pilot.press("w")
        await pilot.pause()
        assert type(app.screen).__name__ == "ProgressScreen"
        assert any("No weak spots" in str(n.message) for n in app._notifications)


async def test_every_tab_fits_80x24(clock, isolated_dirs):
    write_log(isolated_dirs)
    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_progress(pilot)
        for key in "12345":
            await pilot.press(key)
            await pilot.pause()
            tabs = app.screen.query_one("#progress-tabs")
            assert tabs.region.right <= 80 and tabs.region.bottom <= 23  # above the footer
        heatmap = app.screen.query_one("#heatmap")
        await pilot.press("1")
        await pilot.pause()
        assert heatmap.region.width <= 80 and heatmap.virtual_size.width <= heatmap.region.width
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Study weak spots" in screen_text(app) and "heatmap" in screen_text(app)

"""The header at the top of every screen: it follows the title and never fails as its screen goes."""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen
from textual.widgets import Static

from studyapp.tui.widgets.header import AppHeader


class Titled(Screen):
    def compose(self):
        yield AppHeader()
        yield Static("body")


class Shell(App):
    TITLE = "studyapp"

    def on_mount(self) -> None:
        self.push_screen(Titled())


def header_text(app) -> str:
    return str(app.screen.query_one("HeaderTitle", Static).render())


async def test_the_header_shows_the_title_and_follows_the_screen_and_app_titles():
    app = Shell()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert header_text(app) == "studyapp"
        app.screen.title = "Mock exam"
        app.screen.sub_title = "3 left"
        await pilot.pause()
        assert header_text(app) == "Mock exam — 3 left"
        app.screen.title = None
        app.sub_title = "app"
        app.screen.sub_title = None
        await pilot.pause()
        assert header_text(app) == "studyapp — app"


async def test_a_screen_closed_or_an_app_ended_as_soon_as_its_header_mounts_raises_nothing():
    """Textual's own Header queues its first title update; a screen popped at once (or an app taken
    down at once) ran it on a header without its title and failed with NoMatches."""
    app = Shell()
    async with app.run_test() as pilot:
        await pilot.pause()
        app.push_screen(Titled())
        app.pop_screen()
        await pilot.pause()
        app.push_screen(Titled())

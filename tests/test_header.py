"""The header at the top of every screen: it follows the title and never fails as its screen goes."""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen
from textual.widgets import Static

from studyapp.tui.widgets.header import CLOCK_WIDTH, ICON_WIDTH, AppHeader


class Titled(Screen):
    def compose(self):
        yield AppHeader()
        yield Static("body")


class Shell(App):
    TITLE = "studyapp"

    def on_mount(self) -> None:
        self.push_screen(Titled())


def header_text(app) -> str:
    """The title as drawn: between the icon's cells and the clock's."""
    return app.screen.query_one(AppHeader).render().plain[ICON_WIDTH:-CLOCK_WIDTH].strip()


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


async def test_the_header_is_drawn_as_textuals_and_its_icon_opens_the_command_palette():
    """One widget drawing what Textual's four did: the icon at the left, the title centred, a click
    on the icon opens the palette, a click elsewhere makes the header three lines tall."""
    from textual.command import CommandPalette

    app = Shell()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        header = app.screen.query_one(AppHeader)
        line = header.render().plain
        assert len(line) == 40 and line.startswith(" ⭘ ") and line.index("studyapp") == 8 + (40 - 18 - 8) // 2
        await pilot.click(AppHeader, offset=(20, 0))
        assert header.has_class("-tall") and header.size.height == 3
        await pilot.click(AppHeader, offset=(1, 1))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)

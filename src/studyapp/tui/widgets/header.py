"""The header at the top of every screen: Textual's ``Header`` drawn by one widget.

Why not ``Header`` itself (Textual 8.2):

* It is four widgets (the header, its icon, its title and the clock's space),
  each styled, mounted and restyled when its screen resumes: 29M instructions
  (about 9 ms) of the 10,000-question cold start, on every screen opened.
* On mount it watches the app's and the screen's title with an async callback,
  and Textual runs an async watcher later, queued on the app and on the screen.
  If the screen closes, or the app is taken down, before those queues are read
  (a screen popped as soon as it opens; a timed mock handing itself in from its
  countdown just as a test ends), the callback looks for a ``HeaderTitle``
  already removed and the app ends on ``NoMatches``. Here the watcher is plain
  and only asks for a repaint.

Drawn as ``Header`` draws itself: the icon in the first ``ICON_WIDTH`` cells (a
click opens the command palette, a hover lights it), the title and sub-title
(``App.format_title``) centred between it and the clock's ``CLOCK_WIDTH`` empty
cells, cut with an ellipsis when too long; a click elsewhere makes it three lines tall.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.style import Style
from textual.widget import Widget

ICON = "⭘"
ICON_WIDTH = 8
"""The icon's cells, its padding included (``HeaderIcon``)."""
CLOCK_WIDTH = 10
"""The empty cells at the right, where ``Header`` keeps room for a clock (``HeaderClockSpace``)."""


class AppHeader(Widget):
    """The screen's title (else the app's) and sub-title at the top of the screen."""

    DEFAULT_CSS = """
    AppHeader {
        dock: top;
        width: 100%;
        background: $panel;
        color: $foreground;
        height: 1;
    }
    AppHeader.-tall {
        height: 3;
    }
    AppHeader > .header--icon-hover {
        background: $foreground 10%;
    }
    """
    COMPONENT_CLASSES = {"header--icon-hover"}
    ALLOW_SELECT = False

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._icon_hover = False

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._title_changed, init=False)
            self.watch(node, "sub_title", self._title_changed, init=False)

    def _title_changed(self) -> None:
        if self.is_attached:
            self.refresh()

    @property
    def screen_title(self) -> str:
        """The title shown: the screen's, else the app's (as ``Header.screen_title``)."""
        title = self.screen.title
        return title if title is not None else self.app.title

    @property
    def screen_sub_title(self) -> str:
        sub_title = self.screen.sub_title
        return sub_title if sub_title is not None else self.app.sub_title

    def format_title(self) -> Content:
        return self.app.format_title(self.screen_title, self.screen_sub_title)

    def render(self) -> Content:
        width = self.size.width
        icon = Content(f" {ICON}".ljust(ICON_WIDTH)[: max(0, width)])
        if self._icon_hover:
            icon = icon.stylize(Style.from_rich_style(self.get_component_rich_style("header--icon-hover", partial=True)))
        room = max(0, width - ICON_WIDTH - CLOCK_WIDTH)
        title = self.format_title().rstrip().truncate(room, ellipsis=True)
        left = (room - title.cell_length) // 2  # centred as content-align does it (Content.center pads past the width)
        line = Content.assemble(icon, title.pad(left, room - left - title.cell_length), " " * CLOCK_WIDTH)
        if self.has_class("-tall"):
            return Content.assemble("\n", line, "\n")
        return line

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_icon_hover(event.x < ICON_WIDTH)

    def on_leave(self, event: events.Leave) -> None:
        self._set_icon_hover(False)

    def _set_icon_hover(self, hover: bool) -> None:
        if hover != self._icon_hover:
            self._icon_hover = hover
            self.tooltip = "Open the command palette" if hover and self.app.ENABLE_COMMAND_PALETTE else None
            self.refresh()

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        if event.x < ICON_WIDTH:
            if self.app.ENABLE_COMMAND_PALETTE:
                await self.run_action("app.command_palette")
        else:
            self.toggle_class("-tall")

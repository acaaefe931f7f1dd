"""Textual's ``Header``, whose title update cannot fail once its screen has gone.

Why not ``Header`` itself (Textual 8.2): on mount it watches the app's and the
screen's title with an async callback, and Textual runs an async watcher later,
queued on the app and on the screen. If the screen closes, or the app is taken
down, before those queues are read (a screen popped as soon as it opens; a
timed mock handing itself in from its countdown just as a test ends), the
callback looks for a ``HeaderTitle`` already removed and the app ends on
``NoMatches``. Here the watcher is plain, so it runs when the title is set,
and a header that has lost its title leaves it alone.
"""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.events import Mount
from textual.widget import Widget
from textual.widgets import Header, Static


class AppHeader(Header):
    """The screen's title at the top; shown and styled as Textual's ``Header``."""

    def _on_mount(self, event: Mount) -> None:
        event.prevent_default()  # not Header._on_mount, whose queued watcher is the crash
        Widget._on_mount(self, event)
        for node in (self.app, self.screen):
            self.watch(node, "title", self._show_title)
            self.watch(node, "sub_title", self._show_title)

    def _show_title(self) -> None:
        try:
            title = self.query_one("HeaderTitle", Static)
        except NoMatches:
            return  # the header is being taken down
        title.update(self.format_title())

"""The screen's keys on one line at the bottom, as Textual's ``Footer`` shows them.

Why not ``Footer``: it mounts a widget per key and recomposes them whenever the
bindings change (each focus change), which cost 70-100 ms of the half-second
start-up budget for the two screens drawn before the first question. This is
one widget that renders one line of text; a click on a key presses it.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget, can_focus=False):
    """The active screen's shown bindings (one per description) and the app's help and palette keys."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--disabled"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._left: list[tuple[str, str, str, bool]] = []
        """The screen's keys: (key, key as shown, description, enabled) in display order."""
        self._right: list[tuple[str, str, str, bool]] = []
        """The app's keys (help, command palette), drawn at the right edge."""
        self._spans: list[tuple[int, int, str, bool]] = []
        """(first cell, end cell, key, enabled) of each key as last rendered."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._collect()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self._collect()

    def _collect(self) -> None:
        """Read the screen's active bindings; repaint only when what is shown changed.

        The screen's keys come first, left to right; the app's own (help, the command
        palette) sit at the right edge, like ``Footer``'s palette key, so a narrow
        terminal cuts the screen's least important keys, never the way to list them all.
        """
        app = self.app
        left: list[tuple[str, str, str, bool]] = []
        right: list[tuple[str, str, str, bool]] = []
        seen: set[str] = set()
        for key, (node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            palette = app.ENABLE_COMMAND_PALETTE and key == app.COMMAND_PALETTE_BINDING
            if not (binding.show or palette):
                continue
            label = binding.description or binding.action
            if label in seen:  # "q Quit" and "ctrl+q Quit": the first is enough
                continue
            seen.add(label)
            (right if node is app else left).append((binding.key, app.get_key_display(binding), binding.description, enabled))
        if (left, right) != (self._left, self._right):
            self._left, self._right = left, right
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        disabled_style = self.get_component_rich_style("keybar--disabled")

        def draw(keys: list[tuple[str, str, str, bool]], offset: int) -> tuple[Text, list[tuple[int, int, str, bool]]]:
            line = Text(no_wrap=True, end="")
            spans = []
            for key, shown, description, enabled in keys:
                start = line.cell_len
                line.append(f" {shown} ", key_style if enabled else key_style + disabled_style)
                if description:
                    line.append(f"{description} ", description_style if enabled else description_style + disabled_style)
                spans.append((offset + start, offset + line.cell_len, key, enabled))
            return line, spans

        width = self.size.width
        right, _ = draw(self._right, 0)
        room = max(0, width - right.cell_len)
        left, left_spans = draw(self._left, 0)
        if left.cell_len > room:
            left.truncate(room, overflow="ellipsis")
            left_spans = [(start, min(end, room), key, enabled) for start, end, key, enabled in left_spans if start < room - 1]
        right_start = max(left.cell_len, width - right.cell_len)
        right, right_spans = draw(self._right, right_start)
        line = Text(no_wrap=True, end="")
        line.append_text(left)
        line.append(" " * (right_start - left.cell_len))
        line.append_text(right)
        self._spans = left_spans + right_spans
        return line

    def key_at(self, x: int) -> tuple[str, bool] | None:
        """The key drawn at column ``x`` (and whether it is enabled), if any."""
        for start, end, key, enabled in self._spans:
            if start <= x < end:
                return key, enabled
        return None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        hit = self.key_at(event.x)
        if hit is None:
            return
        key, enabled = hit
        if enabled:
            self.app.simulate_key(key)
        else:
            self.app.bell()

    @property
    def shown(self) -> list[tuple[str, str]]:
        """(key as shown, description) of every key the bar holds (a narrow one may cut some)."""
        return [(shown, description) for _key, shown, description, _enabled in self._left + self._right]

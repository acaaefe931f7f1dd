"""Settings: daily new limit, desired retention, theme and key remaps."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Label, Select, Static

from studyapp.config import THEMES, Settings
from studyapp.tui.widgets.keybar import KeyBar


def parse_keymap(text: str) -> dict[str, str]:
    """``study.end=ctrl+e, home.quit=x`` -> {"study.end": "ctrl+e", ...}."""
    keymap: dict[str, str] = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        binding_id, sep, keys = item.partition("=")
        if not sep or not binding_id.strip() or not keys.strip():
            raise ValueError(f"'{item.strip()}' is not binding.id=key")
        keymap[binding_id.strip()] = keys.strip()
    return keymap


class SettingsScreen(Screen):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="settings.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="settings.cancel"),
    ]

    def compose(self) -> ComposeResult:
        settings = self.app.settings
        themes = list(dict.fromkeys([settings.theme, *THEMES, *self.app.available_themes]))
        yield Header()
        with VerticalScroll(id="settings-body"):
            yield Label("New questions per day (0-1000)")
            yield Input(str(settings.new_per_day), id="new-per-day", type="integer")
            yield Label("Desired retention (0.70-0.99): the recall chance at which a review falls due")
            yield Input(f"{settings.desired_retention:.2f}", id="retention", type="number")
            yield Label("Theme")
            yield Select([(t, t) for t in themes], value=settings.theme, allow_blank=False, id="theme")
            yield Label("Key remaps: binding.id=key; separated by ';' (ids are in the help screen's keys)")
            yield Input("; ".join(f"{k}={v}" for k, v in settings.keys.items()), id="keys", placeholder="study.end=ctrl+e; home.quit=x")
            yield Static(id="settings-error")
            yield Static("Ctrl+S saves, Esc cancels.", id="settings-hint")
        yield KeyBar()

    def action_save(self) -> None:
        error = self.query_one("#settings-error", Static)
        try:
            new_per_day = int(self.query_one("#new-per-day", Input).value or "0")
            retention = float(self.query_one("#retention", Input).value or "0")
            if not 0 <= new_per_day <= 1000:
                raise ValueError("new questions per day must be 0-1000")
            if not 0.7 <= retention <= 0.99:
                raise ValueError("desired retention must be between 0.70 and 0.99")
            keys = parse_keymap(self.query_one("#keys", Input).value)
        except ValueError as exc:
            error.update(f"Not saved: {exc}")
            return
        theme = str(self.query_one("#theme", Select).value)
        try:
            self.app.save_settings(Settings(new_per_day=new_per_day, desired_retention=retention, theme=theme, keys=keys))
        except OSError as exc:
            error.update(f"Not saved: {exc}")
            return
        self.app.notify("Settings saved.")
        self.app.pop_screen()

    def action_cancel(self) -> None:
        self.app.apply_settings(self.app.settings)
        self.app.pop_screen()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.app.theme = str(event.value)

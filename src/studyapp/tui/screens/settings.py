"""Settings: daily new limit, desired retention, theme and key remaps."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, Select, Static

from studyapp.config import THEMES, Settings

DATE_ORDER_LABELS = {"dmy": "day first: 12.06.2026 is 12 June", "mdy": "month first: 06/12/2026 is 12 June", "ymd": "year first: 2026-06-12"}
from studyapp.tui.screens import styles
from studyapp.tui.widgets.header import AppHeader
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
    DEFAULT_CSS = styles("settings")

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="settings.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="settings.cancel"),
    ]

    def compose(self) -> ComposeResult:
        settings = self.app.settings
        themes = list(dict.fromkeys([settings.theme, *THEMES, *self.app.available_themes]))
        yield AppHeader()
        with VerticalScroll(id="settings-body"):
            # Labels fit 76 columns (80 less the padding); each field has its error line under it.
            yield Label("New questions a day (0-1000)")
            yield Input(str(settings.new_per_day), id="new-per-day", type="integer")
            yield Static(id="new-per-day-error", classes="field-error")
            yield Label("Desired retention, 0.70-0.99: the recall chance when a review falls due")
            yield Input(f"{settings.desired_retention:.2f}", id="retention", type="number")
            yield Static(id="retention-error", classes="field-error")
            yield Label("Dates typed as numbers (12.06.2026) are read")
            yield Select([(label, key) for key, label in DATE_ORDER_LABELS.items()], value=settings.date_order, allow_blank=False, id="date-order")
            yield Label("Theme")
            yield Select([(t, t) for t in themes], value=settings.theme, allow_blank=False, id="theme")
            yield Label("Key remaps: id=key; id=key (? lists every key with its id)")
            yield Input("; ".join(f"{k}={v}" for k, v in settings.keys.items()), id="keys", placeholder="study.end=ctrl+e; home.quit=x")
            yield Static(id="keys-error", classes="field-error")
            yield Static(id="settings-error")
            yield Static("Ctrl+S saves, Esc cancels.", id="settings-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        for field in self.query(".field-error"):
            field.display = False
        self.query_one("#settings-error", Static).display = False
        self.query_one("#new-per-day", Input).focus()
        self.saved_values = self.values()

    def values(self) -> tuple:
        """What the form holds now, to tell whether Esc would throw changes away."""
        inputs = tuple(field.value for field in self.query(Input))
        return inputs + tuple(str(select.value) for select in self.query(Select))

    def field_error(self, field_id: str, message: str) -> None:
        error = self.query_one(f"#{field_id}-error", Static)
        error.update(message)
        error.display = bool(message)

    def read_fields(self) -> tuple[int, float, dict[str, str]] | None:
        """The form's numbers and key remaps, or None with each problem shown under its field."""
        from studyapp.tui.screens.help import binding_ids

        problems: dict[str, str] = {}
        new_per_day, retention, keys = 0, 0.0, {}
        try:
            new_per_day = int(self.query_one("#new-per-day", Input).value.strip())
            if not 0 <= new_per_day <= 1000:
                raise ValueError
        except ValueError:
            problems["new-per-day"] = "A whole number from 0 to 1000, please."
        try:
            retention = float(self.query_one("#retention", Input).value.strip())
            if not 0.7 <= retention <= 0.99:
                raise ValueError
        except ValueError:
            problems["retention"] = "A number from 0.70 to 0.99, please (0.90 means a 90% recall chance)."
        try:
            keys = parse_keymap(self.query_one("#keys", Input).value)
            unknown = sorted(set(keys) - binding_ids())
            if unknown:
                raise ValueError(f"unknown id {', '.join(unknown)}: press ? to see every key's id")
        except ValueError as exc:
            problems["keys"] = f"{str(exc)[0].upper()}{str(exc)[1:]}."
        for field_id in ("new-per-day", "retention", "keys"):
            self.field_error(field_id, problems.get(field_id, ""))
        if problems:
            first = self.query_one(f"#{next(iter(problems))}", Input)
            first.focus()
            self.call_after_refresh(first.scroll_visible)
            return None
        return new_per_day, retention, keys

    def action_save(self) -> None:
        error = self.query_one("#settings-error", Static)
        read = self.read_fields()
        if read is None:
            return
        new_per_day, retention, keys = read
        theme = str(self.query_one("#theme", Select).value)
        date_order = str(self.query_one("#date-order", Select).value)
        try:
            self.app.save_settings(
                Settings(new_per_day=new_per_day, desired_retention=retention, theme=theme, keys=keys, date_order=date_order)
            )
        except OSError as exc:
            error.update(f"Not saved: {exc}")
            error.display = True
            return
        self.app.notify("Settings saved.")
        self.app.pop_screen()

    def action_cancel(self) -> None:
        """Esc: leave; with changes made, only after a yes."""
        if self.values() == self.saved_values:
            self.discard()
            return
        from studyapp.tui.screens.confirm import ConfirmScreen

        def answer(discard: bool | None) -> None:
            if discard:
                self.discard()

        self.app.push_screen(ConfirmScreen("Leave settings without saving your changes?", "leave, discard them", "no, stay (Ctrl+S saves)"), answer)

    def discard(self) -> None:
        self.app.apply_settings(self.app.settings)
        self.app.pop_screen()

    @on(Select.Changed, "#theme")
    def theme_changed(self, event: Select.Changed) -> None:
        """A theme is tried at once (Esc puts the saved one back); the other selects are not themes."""
        self.app.theme = str(event.value)

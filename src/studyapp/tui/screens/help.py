"""``?``: every key of every screen, read from the screens' own bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS = {
    "Study": [
        ("1-9", "choose an option / pick the next item of an order question"),
        ("t / f", "answer a true-or-false question"),
        ("1-4", "after answering: rate Again / Hard / Good / Easy"),
        ("Tab", "next gap of a cloze question"),
    ],
    "Progress": [
        ("arrows", "heatmap: a day up/down, a week left/right"),
    ],
    "Mock exam": [
        ("1-9 / t f", "answer as in Study; the next question follows at once, no feedback"),
    ],
    "Everywhere": [("ctrl+p", "command palette: every main action")],
}


def key_table() -> Table:
    from studyapp.tui.app import StudyApp
    from studyapp.tui.screens.home import HomeScreen
    from studyapp.tui.screens.progress import ProgressScreen
    from studyapp.tui.screens.settings import SettingsScreen
    from studyapp.tui.screens.study import StudyScreen
    from studyapp.tui.screens.summary import SummaryScreen

    table = Table(expand=True, show_header=True)
    table.add_column("Screen", style="bold")
    table.add_column("Key")
    table.add_column("Does")
    from studyapp.tui.screens.exam import ExamScreen
    from studyapp.tui.screens.mock import MockReportScreen, MockScreen, MockSetupScreen

    screens = [("Home", HomeScreen), ("Study", StudyScreen), ("Summary", SummaryScreen), ("Settings", SettingsScreen), ("Progress", ProgressScreen), ("Everywhere", StudyApp)]
    screens[-1:-1] = [("Exam", ExamScreen), ("Mock setup", MockSetupScreen), ("Mock exam", MockScreen), ("Mock report", MockReportScreen)]
    for name, cls in screens:
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                table.add_row(name, binding.key.replace("question_mark", "?"), binding.description)
        for key, text in EXTRA_KEYS.get(name, []):
            table.add_row(name, key, text)
    return table


class HelpScreen(ModalScreen):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys (Esc to close). Remap them in settings.toml under [keys], by binding id."), id="help-title")
            yield Static(key_table())

    def action_dismiss(self) -> None:
        self.dismiss()

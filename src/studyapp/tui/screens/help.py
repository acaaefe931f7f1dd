"""``?``: every key of every screen, read from the screens' own bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from studyapp.tui.screens import styles

EXTRA_KEYS = {
    "Study": [
        ("1-9", "choose an option / pick the next item of an order question"),
        ("t / f", "answer a true-or-false question"),
        ("1-4", "after answering: rate Again / Hard / Good / Easy"),
        ("Tab", "next gap of a cloze question"),
        ("a letter", "on the feedback of a typed answer: starts typing the next answer"),
        ("u", "undo (only outside a text box: there u is a letter; Ctrl+Z works everywhere)"),
    ],
    "Progress": [
        ("arrows", "heatmap: a day up/down, a week left/right"),
    ],
    "Mock exam": [
        ("1-9 / t f", "answer as in Study; the next question follows at once, no feedback"),
    ],
    "Everywhere": [("ctrl+p", "command palette: every main action")],
}


def screens() -> list[tuple[str, type]]:
    """Every screen with keys, by the name help gives it."""
    from studyapp.tui.app import StudyApp
    from studyapp.tui.screens.home import HomeScreen
    from studyapp.tui.screens.progress import ProgressScreen
    from studyapp.tui.screens.settings import SettingsScreen
    from studyapp.tui.screens.study import StudyScreen
    from studyapp.tui.screens.summary import SummaryScreen

    from studyapp.tui.screens.exam import ExamScreen
    from studyapp.tui.screens.mock import MockReportScreen, MockScreen, MockSetupScreen

    found = [("Home", HomeScreen), ("Study", StudyScreen), ("Summary", SummaryScreen), ("Settings", SettingsScreen), ("Progress", ProgressScreen), ("Everywhere", StudyApp)]
    found[-1:-1] = [("Exam", ExamScreen), ("Mock setup", MockSetupScreen), ("Mock exam", MockScreen), ("Mock report", MockReportScreen)]
    return found


def binding_ids() -> set[str]:
    """The ids a key remap in settings may name: those help shows."""
    return {b.id for _, cls in screens() for b in cls.BINDINGS if isinstance(b, Binding) and b.id and b.description}


def key_table() -> Table:
    table = Table(expand=True, show_header=True)
    table.add_column("Screen", style="bold")
    table.add_column("Key")
    table.add_column("Does")
    table.add_column("Id (to remap)", style="dim")
    for name, cls in screens():
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                table.add_row(name, binding.key.replace("question_mark", "?"), binding.description, binding.id or "")
        for key, text in EXTRA_KEYS.get(name, []):
            table.add_row(name, key, text, "")
    return table


TERMS = (
    ("seen", "questions answered at least once"),
    ("mastered", "FSRS stability of 21 days or more: a 90% chance of recall three weeks after the last review"),
    ("due now", "seen questions whose review is due at this moment (home and Progress count the same)"),
    ("by tonight", "due now, plus those falling due before midnight (short learning steps)"),
    ("recall", "the predicted chance of recalling a question today (or on exam day)"),
    ("weak spots", "questions forgotten after being learned (lapses) or answered wrong in the last 7 days, then those least likely recalled today"),
)
"""What Progress's figures mean: stats.py computes them this way."""


def terms_text() -> Text:
    text = Text("What Progress counts\n", style="bold")
    for term, meaning in TERMS:
        text.append(f"{term}: ", style="bold")
        text.append(f"{meaning}\n")
    return text


class HelpScreen(ModalScreen):
    DEFAULT_CSS = styles("help")

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys (Esc to close; ↑ ↓ PgUp PgDn scroll). Remap one in settings by its id: study.end=ctrl+e"), id="help-title")
            yield Static(key_table())
            yield Static(terms_text(), id="help-terms")

    def action_dismiss(self) -> None:
        self.dismiss()

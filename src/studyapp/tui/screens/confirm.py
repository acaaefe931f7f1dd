"""A yes/no question before something that would lose work (leaving a typed answer, handing in early)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from studyapp.tui.screens import styles
from studyapp.tui.text import literal


class ConfirmScreen(ModalScreen[bool]):
    """Dismissed with True for y (or Enter), False for n or Esc."""

    DEFAULT_CSS = styles("confirm")

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes", priority=True),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", priority=True),
    ]

    def __init__(self, question: str, yes: str = "yes", no: str = "no, stay") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(literal(self.question, "bold"), id="confirm-question")
            yield Static(Text.assemble(("y", "bold reverse"), f" {self.yes}   ", ("n", "bold reverse"), f" {self.no}"), id="confirm-keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

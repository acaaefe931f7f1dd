"""The pack problems found while loading, one per line."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from studyapp.packs import Problem
from studyapp.tui.screens import styles
from studyapp.tui.text import literal


class ProblemsScreen(ModalScreen):
    DEFAULT_CSS = styles("problems")

    BINDINGS = [Binding("escape,q,p", "dismiss", "Close", id="problems.close")]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        text = Text(f"{len(self.problems)} problem(s) found while loading packs (Esc to close)\n\n", style="bold")
        for problem in self.problems:
            text.append(literal(problem, "red" if problem.severity == "error" else "yellow"))
            text.append("\n")
        if not self.problems:
            text.append("Every pack loaded cleanly.")
        with VerticalScroll(id="problems-body"):
            yield Static(text)

    def action_dismiss(self) -> None:
        self.dismiss()

"""Summary at the end of a session: score, categories, time, what is due next."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from studyapp.records import SessionSummary
from studyapp.scheduling import format_interval
from studyapp.tui.screens import styles
from studyapp.tui.text import literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar


class SummaryScreen(Screen):
    DEFAULT_CSS = styles("summary")

    BINDINGS = [
        Binding("enter", "home", "Home", id="summary.home", priority=True),
        Binding("escape", "home", "Home", show=False, id="summary.back"),
    ]

    def __init__(self, summary: SessionSummary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="summary-body"):
            yield Static(self._headline(), id="summary-score")
            yield Static(self._categories(), id="summary-categories")
            yield Static(self._next(), id="summary-next")
        yield KeyBar()

    def _headline(self) -> Text:
        s = self.summary
        minutes, seconds = divmod(int(s.duration.total_seconds()), 60)
        text = Text("Session complete\n", style="bold")
        text.append(f"Score: {s.correct} / {s.answered}")
        if s.answered:
            text.append(f"  ({s.accuracy:.0%})")
        text.append(f"\nTime: {minutes} min {seconds:02d} s")
        if s.answered:
            text.append(f"  ({s.duration.total_seconds() / s.answered:.0f} s per answer)")
        return text

    def _categories(self) -> Table:
        table = Table(title="By category", title_justify="left", expand=False)
        table.add_column("Category")
        table.add_column("Right", justify="right")
        table.add_column("Answered", justify="right")
        table.add_column("Accuracy", justify="right")
        for category, (right, answered) in self.summary.by_category.items():
            table.add_row(literal(category), str(right), str(answered), f"{right / answered:.0%}")
        return table

    def _next(self) -> Text:
        s = self.summary
        text = Text("Next reviews\n", style="bold")
        if not s.next_due:
            text.append("Nothing scheduled yet.")
            return text
        now = self.app.clock()  # the app's clock, as everywhere else (tests and `--clock` move it)
        first = s.next_due[0][2]
        text.append(f"The next review is due in {format_interval(first - now)}; {s.due_tomorrow} due by the end of tomorrow.\n")
        for pack_id, question_id, due in s.next_due:
            text.append(f"  {due.astimezone():%a %d %b %H:%M}  ", style="dim")
            text.append(literal(f"{pack_id} / {question_id}"))
            text.append("\n")
        text.append("\nEnter: back to the packs")
        return text

    def action_home(self) -> None:
        self.app.pop_screen()

"""Mock exam: a setup form, the timed sitting (no feedback), and the report.

The sitting reuses the study screen's way of asking each question type;
what differs is that an answer is recorded and the next question follows at
once, a countdown runs when there is a time limit, and the end is a report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, Static

from studyapp.exam import Exam
from studyapp.mock import DEFAULT_QUESTIONS, MockError, MockExam, MockReport, describe_reason, history, marking_lines, trend
from studyapp.packs import Question
from studyapp.siblings import near_map
from studyapp.store import StoreError
from studyapp.tui.screens import styles
from studyapp.tui.screens.study import StudyScreen
from studyapp.tui.text import literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar
from studyapp.tui.widgets.status_line import StatusLine


def clock_text(left: timedelta) -> str:
    seconds = max(0, int(left.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class MockSetupScreen(ModalScreen):
    """How many questions and how long; the pool is the exam's packs (or the chosen packs)."""

    DEFAULT_CSS = styles("mock_setup")

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="mock_setup.cancel")]

    def __init__(self, pool: Sequence[Question], exam: Exam | None, source: str) -> None:
        super().__init__()
        self.pool = list(pool)
        self.exam = exam
        self.source = source

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="mock-setup"):
            from studyapp.marking import parse_marking

            marking = parse_marking(self.exam.marking if self.exam else None).label
            yield Static(Text.assemble(("Mock exam", "bold"), "\n", literal(self.source), f" · {len(self.pool)} questions to draw from · marking {marking}"))
            yield Label("Questions")
            yield Input(str(min(DEFAULT_QUESTIONS, len(self.pool)) or DEFAULT_QUESTIONS), id="mock-count", type="integer")
            yield Label("Time limit in minutes (empty: untimed)")
            yield Input(id="mock-minutes", placeholder="untimed", type="number")
            yield Static(id="mock-error")
            yield Static("Enter starts · Esc cancels. No feedback until the end.", id="mock-hint")

    def on_mount(self) -> None:
        self.query_one("#mock-error", Static).display = False
        self.query_one("#mock-count", Input).focus()

    @on(Input.Submitted)
    def start(self, event: Input.Submitted) -> None:
        event.stop()
        app = self.app
        error = self.query_one("#mock-error", Static)
        try:
            count = int(self.query_one("#mock-count", Input).value or DEFAULT_QUESTIONS)
            minutes_text = self.query_one("#mock-minutes", Input).value.strip()
            limit = timedelta(minutes=float(minutes_text)) if minutes_text else None
            mock = MockExam(
                app.store, app.scheduler, self.pool, app.clock(), count=count, time_limit=limit, exam=self.exam, seed=app.seed,
                date_order=app.settings.date_order, near=near_map(app.packs.packs, across=True),
            )  # fmt: skip
        except (ValueError, MockError, StoreError) as exc:
            error.update(literal(str(exc) if isinstance(exc, (MockError, StoreError)) else "Questions and minutes are numbers."))
            error.display = True
            return
        self.app.switch_screen(MockScreen(mock))

    def action_cancel(self) -> None:
        self.dismiss()


class _Sitting:
    """What the study screen asks of a session, answered by a mock exam."""

    exam_plans: list = []

    def __init__(self, mock: MockExam) -> None:
        self.mock = mock

    def next_question(self, now: datetime) -> Question | None:
        return None if self.mock.expired(now) else self.mock.current

    def shuffled(self, items: Sequence[str]) -> list[str]:
        return self.mock.shuffled(items)

    @property
    def answered(self) -> int:
        return self.mock.index

    @property
    def total(self) -> int:
        return len(self.mock.questions)


class MockScreen(StudyScreen, inherit_bindings=False):
    """One question after another; answers are saved, not judged on screen."""

    BINDINGS = [
        Binding("enter", "confirm", "Submit", id="mock.confirm"),
        Binding("escape", "hand_in", "Hand in", id="mock.hand_in"),
        Binding("backspace", "undo_pick", "Undo pick", show=False, id="mock.undo_pick"),
        Binding("g", "toggle_guess", "Guess", id="mock.guess"),
        Binding("ctrl+g", "toggle_guess", "Guess", show=False, id="mock.guess_typing"),  # g types into an answer box
        Binding("tab", "gap(1)", "Next gap", show=False, id="mock.next_gap"),
        Binding("shift+tab", "gap(-1)", "Previous gap", show=False, id="mock.previous_gap"),
    ]

    def __init__(self, mock: MockExam) -> None:
        super().__init__(_Sitting(mock))  # type: ignore[arg-type]
        self.mock = mock
        self.shown_clock: datetime | None = None
        self.guess = False
        """The question on screen is marked as a guess (g; Ctrl+G while typing)."""
        self.title = "Mock exam" + (f": {mock.exam.name}" if mock.exam else "")

    def on_mount(self) -> None:
        self.tick()
        if self.mock.time_limit is not None:
            self.set_interval(0.5, self.tick)
        super().on_mount()

    def tick(self) -> None:
        """Refresh the countdown; hand in when time is up."""
        if self.mock.finished is not None:
            return
        now = self.app.clock()
        left = self.mock.time_left(now)
        status = self.query_one(StatusLine)
        if left is None:
            status.show_clock("untimed ")
            return
        status.show_clock(Text(f"⏱ {clock_text(left)} ", style="bold red" if left < timedelta(minutes=1) else "bold"))
        if self.mock.expired(now):
            self.notify("Time is up.", timeout=4)
            self.finish()

    def show_next(self) -> None:
        self.guess = False
        super().show_next()
        self.shown_clock = self.app.clock()
        self._show_guess()

    def action_toggle_guess(self) -> None:
        if self.question is None or self.mock.finished is not None:
            return
        self.guess = not self.guess
        self._show_guess()

    def _show_guess(self) -> None:
        if self.question is not None:
            self.note("Marked as a guess (g again: sure)." if self.guess else "")

    def submit(self, response: object) -> None:
        if self.question is None or self.phase != "question" or self.mock.finished is not None:
            return
        now = self.app.clock()
        seconds = (now - self.shown_clock).total_seconds() if self.shown_clock else 0.0
        try:
            on_time = self.mock.answer(response, now, seconds, guess=self.guess)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=10)
            return
        if not on_time:
            self.notify("Time is up: that answer came too late.", timeout=4)
            self.finish()
            return
        self.show_next()

    can_give_up = False

    def action_hand_in(self) -> None:
        """Esc: hand in early, after a yes (the questions left count as wrong)."""
        from studyapp.tui.screens.confirm import ConfirmScreen

        left = len(self.mock.questions) - self.mock.index
        if left <= 0:
            self.finish()
            return

        def answer(hand_in: bool | None) -> None:
            if hand_in:
                self.finish()

        question = f"Hand in now? {left} of {len(self.mock.questions)} questions are unanswered and count as wrong."
        self.app.push_screen(ConfirmScreen(question, "hand in", "no, keep going"), answer)

    def finish(self) -> None:
        if self.mock.finished is not None:
            return  # already handed in (the countdown and the last answer can race)
        if self.app.screen is not self:
            self.app.pop_screen()  # time ran out while "hand in now?" was asked
        try:
            report = self.mock.finish(self.app.clock())
            past = history(self.app.store, self.mock.exam, questions=[q for p in self.app.packs.packs for q in p.study_questions])
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            self.app.pop_screen()
            return
        titles = {p.id: p.title for p in self.app.packs.packs}
        self.app.switch_screen(MockReportScreen(report, titles, trend(past)))


class MockReportScreen(Screen):
    DEFAULT_CSS = styles("mock_report")

    TITLE = "Mock exam report"
    BINDINGS = [
        Binding("enter", "home", "Home", id="mock_report.home", priority=True),
        Binding("escape", "home", "Home", show=False, id="mock_report.back"),
    ]

    def __init__(self, report: MockReport, titles: dict[str, str], trend_text: str) -> None:
        super().__init__()
        self.report = report
        self.titles = titles
        self.trend_text = trend_text

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="mock-report"):
            yield Static(self._headline(), id="mock-score")
            yield Static(self._breakdown("By pack", {self.titles.get(k, k): v for k, v in self.report.by_pack.items()}), id="mock-packs")
            yield Static(self._breakdown("By category", self.report.by_category), id="mock-categories")
            yield Static(self._times(), id="mock-times")
            yield Static(self._missed(), id="mock-missed")
        yield KeyBar()

    def _headline(self) -> Text:
        r = self.report
        text = Text("Mock exam" + (f": {r.exam}" if r.exam else "") + "\n", style="bold")
        text.append(f"Score: {r.correct} / {r.total} ({r.score:.0%})", style="bold")
        if r.timed_out:
            text.append(f" · time ran out with {len(r.unanswered)} unanswered", style="bold red")
        elif r.unanswered:
            text.append(f" · handed in with {len(r.unanswered)} unanswered")
        minutes, seconds = divmod(int(r.duration.total_seconds()), 60)
        text.append(f"\nTime: {minutes} min {seconds:02d} s")
        if r.answers:
            text.append(f" · {r.seconds_per_question:.0f} s per question")
        for line in marking_lines(r):
            text.append("\n" + line, style="bold" if line.startswith("Net score") else "")
        text.append("\nMock exams so far: ")
        text.append(self.trend_text)
        return text

    @staticmethod
    def _breakdown(title: str, tallies: dict) -> Table:
        table = Table(title=title, title_justify="left", expand=False)
        table.add_column(title.split()[-1].capitalize())
        table.add_column("Right", justify="right")
        table.add_column("Of", justify="right")
        table.add_column("Score", justify="right")
        for name, tally in tallies.items():
            table.add_row(literal(name), str(tally.correct), str(tally.total), f"{tally.share:.0%}")
        return table

    def _times(self) -> Table:
        table = Table(title="Time per question", title_justify="left", expand=False)
        table.add_column("#", justify="right")
        table.add_column("", width=1)
        table.add_column("Seconds", justify="right")
        table.add_column("Question")
        for i, answer in enumerate(self.report.answers, start=1):
            question = answer.question
            table.add_row(str(i), "✓" if answer.correct else "✗", f"{answer.seconds:.0f}", literal(" ".join((question.stem or question.text).split())[:50]))
        return table

    def _missed(self) -> Text:
        r = self.report
        text = Text("Missed questions\n", style="bold")
        if not r.missed and not r.unanswered:
            text.append("None: every answer was right.")
        for answer in r.missed:
            q = answer.question
            text.append("✗ ", style="bold red")
            text.append(literal(q.stem or q.text, "bold"))
            text.append("\n  Your answer: ")
            text.append(literal(answer.response or "(blank)"))
            text.append(f" ({describe_reason(answer.reason)})", style="dim")
            text.append("\n  Correct answer: ")
            text.append(literal(answer.expected))
            if q.claims:
                from studyapp.exam_formats import misjudged

                hint = misjudged(q, answer.response)
                if hint:
                    text.append("\n  ")
                    text.append(literal(hint, "italic"))
            if q.feedback:
                text.append("\n  ")
                text.append(literal(q.feedback.replace("\n", "\n  "), "italic"))  # each statement indented
            text.append("\n")
        for q in r.unanswered:
            text.append("– ", style="bold")
            text.append(literal(q.stem or q.text, "bold"))
            text.append("\n  Not answered · correct answer: ")
            text.append(literal(q.display_answer))
            if q.feedback:
                text.append("\n  ")
                text.append(literal(q.feedback.replace("\n", "\n  "), "italic"))  # each statement indented
            text.append("\n")
        text.append("\nEnter: back home")
        return text

    def action_home(self) -> None:
        self.app.pop_screen()

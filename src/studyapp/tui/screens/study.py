"""Study: one question at a time, feedback after each answer, ratings 1-4.

Phases: ``question`` (answering) then ``feedback`` (verdict, explanation,
rating). The answer is committed by the session before feedback shows.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Label, ProgressBar, Static

from studyapp.grading import Reason
from studyapp.packs import Question
from studyapp.scheduling import Rating, format_interval
from studyapp.session import AnswerOutcome, StudySession, warm_answer_path
from studyapp.store import StoreError
from studyapp.tui.text import literal
from studyapp.tui.widgets.keybar import KeyBar

REASON_TEXT = {
    Reason.EXACT: "Correct",
    Reason.ALTERNATIVE: "Correct",
    Reason.TYPO: "Correct, with a typo",
    Reason.NUMERIC: "Correct",
    Reason.DATE: "Correct",
    Reason.PARTIAL: "Partly right (counts as wrong)",
    Reason.WRONG: "Wrong",
}


class StudyScreen(Screen):
    BINDINGS = [
        Binding("enter", "confirm", "Submit / next", id="study.confirm"),
        Binding("escape", "end_session", "End session", id="study.end"),
        Binding("backspace", "undo_pick", "Undo pick", show=False, id="study.undo_pick"),
        Binding("ctrl+z,u", "undo_answer", "Undo answer", id="study.undo"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self.question: Question | None = None
        self.outcome: AnswerOutcome | None = None
        self.phase = "question"
        self.choices: list[str] = []
        self.picked: list[str] = []
        self.shown_at = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="study-status"):
            yield Label(id="study-where")
            yield ProgressBar(id="study-progress", show_eta=False, show_percentage=False)
            yield Label(id="study-count")
        yield Static(id="study-exam")
        with VerticalScroll(id="study-body"):
            yield Static(id="prompt")
            yield Static(id="cloze-text")
            yield Static(id="options")
            with Vertical(id="inputs"):
                yield Input(id="answer-0", classes="answer")
            yield Static(id="feedback")
        yield Static(id="ratings")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_exam()
        self.show_next()
        # Start-up leaves FSRS and the typo distance unimported; load them while the
        # first question is read, so the first answer is as quick as the rest.
        self.set_timer(0.25, self._warm_answer_path)

    def _warm_answer_path(self) -> None:
        scheduler = getattr(self.session, "scheduler", None) or self.app.scheduler  # a mock sitting has none of its own
        self.run_worker(lambda: warm_answer_path(scheduler), thread=True, group="warm-up", exit_on_error=False)

    def show_exam(self) -> None:
        """When an exam drives this session: days left, predicted exam-day recall, today's plan."""
        plans = getattr(self.session, "exam_plans", [])
        panel = self.query_one("#study-exam", Static)
        panel.display = bool(plans)
        if plans:
            from studyapp.tui.screens.exam import exam_status

            panel.update(exam_status(plans, {p.id: p.title for p in self.app.packs.packs}, detail=False))

    # --- showing a question ----------------------------------------------------

    def show_next(self) -> None:
        question = self.session.next_question(self.app.clock())
        if question is None:
            self.finish()
            return
        self.question, self.outcome, self.phase = question, None, "question"
        self.picked = []
        self.choices = self.session.shuffled(question.choices) if question.type == "choice" and question.shuffle else list(question.choices)
        if question.type == "order":
            self.choices = self.session.shuffled(question.items)
        if question.type == "truefalse":
            self.choices = ["True", "False"]
        pack = next((p for p in self.app.packs.packs if p.id == question.pack_id), None)
        where = f"{question.category} · {pack.title if pack else question.pack_id}"
        self.query_one("#study-where", Label).update(literal(where))
        answered = self.session.answered
        self.query_one("#study-count", Label).update(f"{answered + 1} of {self.session.total}")
        self.query_one("#study-progress", ProgressBar).update(total=self.session.total, progress=answered)
        self.query_one("#prompt", Static).update(literal(question.prompt or "Fill in the gaps.", "bold"))
        cloze = self.query_one("#cloze-text", Static)
        cloze.display = question.type == "cloze"
        if question.type == "cloze":
            cloze.update(self._cloze_text(question))
        self.query_one("#feedback", Static).display = False
        self.query_one("#ratings", Static).display = False
        self._build_inputs(question)
        self._render_options()
        self.shown_at = time.monotonic()

    def _cloze_text(self, question: Question) -> Text:
        text = Text()
        for part in question.cloze_parts():
            if isinstance(part, int):
                text.append(f"[{part + 1}]____", style="bold reverse")
            else:
                text.append(literal(part))
        return text

    def _build_inputs(self, question: Question) -> None:
        """Reuse one always-mounted input so keys typed right after Enter are never lost."""
        container = self.query_one("#inputs", Vertical)
        container.query(".extra-gap").remove()
        first = self.query_one("#answer-0", Input)
        first.value = ""
        first.disabled = False
        typed = question.type in ("short", "numeric", "cloze")
        container.display = typed
        if not typed:
            self.set_focus(None)
            return
        if question.type == "numeric":
            first.placeholder = "A number" + (f" ({question.unit})" if question.unit else "") + ", then Enter"
        elif question.type == "cloze":
            first.placeholder = "Gap 1"
            container.mount_all(Input(placeholder=f"Gap {i + 1}", classes="answer extra-gap") for i in range(1, len(question.gaps)))
        else:
            first.placeholder = "Type the answer and press Enter"
        self.set_focus(first)

    def _render_options(self) -> None:
        options = self.query_one("#options", Static)
        question = self.question
        if question is None or question.type not in ("choice", "truefalse", "order"):
            options.display = False
            return
        options.display = True
        text = Text()
        for index, choice in enumerate(self.choices, start=1):
            picked = choice in self.picked
            style = "reverse" if picked and question.type == "choice" else ("dim" if picked else "")
            text.append(f" {index} ", style="bold reverse")
            text.append(" ")
            text.append(literal(choice, style))
            text.append("\n")
        if question.type == "truefalse":
            text.append("Press 1 or t for True, 2 or f for False.", style="italic")
        elif question.type == "choice" and len(question.answer) > 1:
            text.append(f"Select {len(question.answer)} answers with their numbers, then Enter.", style="italic")
        elif question.type == "choice":
            text.append("Press the number of your answer.", style="italic")
        else:
            text.append("Press the numbers in the right order (Backspace undoes, Enter submits).\n", style="italic")
            text.append("Your order: ", style="bold")
            text.append(literal(" → ".join(self.picked) if self.picked else "…"))
        options.update(text)

    # --- keys --------------------------------------------------------------------

    def on_key(self, event) -> None:
        """Digits choose (question) or rate (feedback); t/f answer true/false."""
        if isinstance(self.focused, Input):
            return
        key = event.key
        if key.isdigit() and key != "0":
            event.stop()
            self.digit(int(key))
        elif self.phase == "question" and self.question is not None and self.question.type == "truefalse" and key in ("t", "f"):
            event.stop()
            self.submit(key == "t")

    def digit(self, number: int) -> None:
        question = self.question
        if question is None:
            return
        if self.phase == "feedback":
            if 1 <= number <= 4:
                self.rerate(Rating(number))
            return
        if not 1 <= number <= len(self.choices):
            return
        choice = self.choices[number - 1]
        if question.type == "truefalse":
            self.submit(choice == "True")
        elif question.type == "choice":
            if len(question.answer) == 1:
                self.submit([choice])
                return
            if choice in self.picked:
                self.picked.remove(choice)
            else:
                self.picked.append(choice)
            self._render_options()
        elif question.type == "order" and choice not in self.picked:
            self.picked.append(choice)
            self._render_options()

    def action_undo_answer(self) -> None:
        """Take back the last answer (from its feedback or the next question); press again for more."""
        try:
            undone = self.session.undo(self.app.clock())
        except StoreError as exc:
            self.notify(f"Not undone: {exc}", severity="error", timeout=10)
            return
        if undone is None:
            self.notify("Nothing to undo in this session.", timeout=3)
            return
        self.notify("Answer taken back: the question is asked again.", timeout=3)
        self.show_next()

    def action_undo_pick(self) -> None:
        if self.phase == "question" and self.picked:
            self.picked.pop()
            self._render_options()

    def action_confirm(self) -> None:
        if self.phase == "feedback":
            self.show_next()
            return
        question = self.question
        if question is None:
            return
        if question.type == "order":
            remaining = [c for c in self.choices if c not in self.picked]
            if len(remaining) == 1:
                self.picked.append(remaining[0])
            if len(self.picked) == len(self.choices):
                self.submit(list(self.picked))
            else:
                self.notify("Pick every item first.", timeout=2)
        elif question.type == "choice" and len(question.answer) > 1:
            if self.picked:
                self.submit([c for c in self.choices if c in self.picked])

    @on(Input.Submitted, ".answer")
    def answer_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        question = self.question
        if question is None or self.phase != "question":
            return
        fields = list(self.query(".answer").results(Input))
        index = fields.index(event.input)
        if question.type == "cloze" and index < len(fields) - 1:
            fields[index + 1].focus()
            return
        if question.type == "cloze":
            self.submit([f.value for f in fields])
        elif event.value.strip():
            self.submit(event.value)

    # --- answering ---------------------------------------------------------------

    def submit(self, response: object) -> None:
        question = self.question
        if question is None or self.phase != "question":
            return
        elapsed_ms = int((time.monotonic() - self.shown_at) * 1000)
        try:
            self.outcome = self.session.answer(question, response, self.app.clock(), elapsed_ms)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=10)
            return
        self.phase = "feedback"
        for field in self.query(".answer").results(Input):
            field.disabled = True
        self.query_one("#inputs").display = False  # "Your answer" in the feedback shows it
        self.set_focus(None)
        self.show_feedback()
        self.call_after_refresh(self.app.store.checkpoint_if_due)  # off the answer's path (Store.defer_checkpoints)

    def rerate(self, rating: Rating) -> None:
        if self.outcome is None:
            return
        try:
            self.outcome = self.session.rerate(self.outcome, rating)
        except StoreError as exc:
            self.notify(f"Rating not saved: {exc}", severity="error", timeout=10)
            return
        self._render_ratings()

    def show_feedback(self) -> None:
        outcome = self.outcome
        assert outcome is not None and self.question is not None
        grade, question = outcome.grade, self.question
        verdict = REASON_TEXT.get(grade.reason, str(grade.reason))
        text = Text()
        text.append(("✓ " if grade.correct else "✗ ") + verdict, style="bold green" if grade.correct else "bold red")
        if grade.detail:
            text.append(" · ")
            text.append(literal(grade.detail, "italic"))
        text.append("\nYour answer:    ", style="bold")
        text.append(literal(outcome.response or "(blank)"))
        text.append("\nCorrect answer: ", style="bold")
        text.append(literal(grade.expected or question.display_answer))
        if question.explanation:
            text.append("\n\n")
            text.append(literal(question.explanation))
        source = self._source_line(question)
        if source:
            text.append("\n\nSource: ", style="bold")
            text.append(literal(source, "italic"))
        feedback = self.query_one("#feedback", Static)
        feedback.set_class(grade.correct, "right")
        feedback.set_class(not grade.correct, "wrong")
        feedback.update(text)
        feedback.display = True
        self._render_options_after(outcome)
        self._render_ratings()
        self.query_one("#study-progress", ProgressBar).update(total=self.session.total, progress=self.session.answered)
        self.query_one("#study-body").scroll_home(animate=False)

    def _render_options_after(self, outcome: AnswerOutcome) -> None:
        """Mark the right choice(s) on a choice question once answered."""
        question = self.question
        if question is None or question.type != "choice":
            return
        text = Text()
        given = set(outcome.response.split("; "))
        for index, choice in enumerate(self.choices, start=1):
            right = choice in question.answer
            text.append(f" {index} ", style="bold reverse")
            text.append(" ")
            text.append(literal(choice, "bold green" if right else ("red" if choice in given else "dim")))
            text.append(" ✓\n" if right else (" ✗\n" if choice in given else "\n"))
        self.query_one("#options", Static).update(text)

    def _source_line(self, question: Question) -> str:
        if not question.source_key:
            return ""
        pack = next((p for p in self.app.packs.packs if p.id == question.pack_id), None)
        source = pack.source(question.source_key) if pack else None
        name = source.title or source.file if source else question.source_key
        return f"{name}" + (f", {question.locator}" if question.locator else "")

    def _render_ratings(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        text = Text("Rate 1-4, Enter: next  ", style="bold")
        for rating in Rating:
            chosen = rating == outcome.rating
            label = f" {int(rating)} {rating.label} {format_interval(outcome.intervals[rating])} "
            text.append(label, style="bold reverse" if chosen else "")
            text.append(" ")
        if outcome.suggested != outcome.rating:
            text.append(f"\n(suggested: {outcome.suggested.label})", style="dim")
        ratings = self.query_one("#ratings", Static)
        ratings.update(text)
        ratings.display = True

    # --- leaving -----------------------------------------------------------------

    def action_end_session(self) -> None:
        self.finish()

    def finish(self) -> None:
        from studyapp.tui.screens.summary import SummaryScreen

        try:
            summary = self.session.finish(self.app.clock())
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            self.app.pop_screen()
            return
        self.app.switch_screen(SummaryScreen(summary))

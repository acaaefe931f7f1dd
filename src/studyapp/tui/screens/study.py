"""Study: one question at a time, feedback after each answer, ratings 1-4.

Phases: ``question`` (answering) then ``feedback`` (verdict, explanation,
rating). The answer is committed by the session before feedback shows.

Keys are applied one at a time, in the order typed, to the screen as it
stands (:meth:`StudyScreen.take_key`, called by the app before Textual would
queue the key for a widget): ``abc`` Enter ``def`` arriving in one read saves
``abc`` and types ``def`` into the next question, and a cloze's gap texts land
in their own gaps, exactly as when typed slowly.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from studyapp.packs import Question
from studyapp.scheduling import Rating, format_interval
from studyapp.session import StudySession, warm_answer_path
from studyapp.store import StoreError
from studyapp.tui.text import clean, literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar
from studyapp.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from studyapp.records import AnswerOutcome

REASON_TEXT = {  # by grading.Reason's values (a StrEnum): the grader is not imported before the first answer
    "exact": "Correct",
    "alternative": "Correct",
    "typo": "Correct, with a typo",
    "numeric": "Correct",
    "date": "Correct",
    "partial": "Partly right (counts as wrong)",
    "wrong": "Wrong",
    "gave_up": "Not answered: you asked to see the answer (counts as wrong)",
    "overruled": "Marked right by you: this answer will be accepted next time",
}
TYPED = ("short", "numeric", "cloze")
"""Question types answered in text boxes (where letters are text, not keys)."""
BODY_PANELS = ("prompt", "cloze-text", "options", "inputs", "study-note", "feedback")
SCREEN_PANELS = ("study-status", "study-exam", "study-body", "ratings")
"""The screen's parts in their order; those not composed are mounted in place (StudyScreen._panel)."""


class StudyScreen(Screen):
    BINDINGS = [
        Binding("enter", "confirm", "Submit / next", id="study.confirm"),
        Binding("ctrl+g", "give_up", "Don't know", id="study.give_up"),
        Binding("i", "overrule", "I was right", id="study.overrule"),
        Binding("escape", "end_session", "End session", id="study.end"),
        Binding("backspace", "undo_pick", "Undo pick", show=False, id="study.undo_pick"),
        Binding("ctrl+z,u", "undo_answer", "Undo", id="study.undo"),
        Binding("tab", "gap(1)", "Next gap", show=False, id="study.next_gap"),
        Binding("shift+tab", "gap(-1)", "Previous gap", show=False, id="study.previous_gap"),
        Binding("pagedown", "scroll_body('scroll_page_down')", "Scroll down a page", show=False, id="study.page_down"),
        Binding("pageup", "scroll_body('scroll_page_up')", "Scroll up a page", show=False, id="study.page_up"),
        Binding("down", "scroll_body('scroll_down')", "Scroll down", show=False, id="study.down"),
        Binding("up", "scroll_body('scroll_up')", "Scroll up", show=False, id="study.up"),
        Binding("end", "scroll_body('scroll_end')", "Scroll to the end", show=False, id="study.end_of_page"),
        Binding("home", "scroll_body('scroll_home')", "Scroll to the top", show=False, id="study.top"),
    ]
    AUTO_FOCUS = None  # focus is set per question: the answer box, or nothing (keys go to the screen)
    can_give_up = True
    """Ctrl+G ("I don't know") shows the answer; a mock exam has no feedback and no such key."""

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self.question: Question | None = None
        self.outcome: AnswerOutcome | None = None
        self.phase = "question"
        self.choices: list[str] = []
        self.picked: list[str] = []
        self.shown_at = 0.0
        self.leaving = False
        self.revealed = False  # reveal and rate: the answer is shown, the learner says right or wrong

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield StatusLine(id="study-status")
        with VerticalScroll(id="study-body", can_focus=False):
            yield Static(id="prompt")
            with Vertical(id="inputs"):
                yield Input(id="answer-0", classes="answer", select_on_focus=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_exam()
        self.show_next()
        self.call_after_refresh(self._open_session)
        self.call_after_refresh(self._mount_panels)
        # Start-up leaves FSRS and the typo distance unimported; load them while the
        # first question is read, so the first answer is as quick as the rest.
        self.set_timer(0.25, self._warm_answer_path)

    def _open_session(self) -> None:
        """The session's row, written once the first question is drawn (``StudySession.open_later``);
        if the store refuses it now, the first answer tries again and says so."""
        open_session = getattr(self.session, "open", None)  # a mock sitting has its row already
        if open_session is not None and self.is_attached:
            try:
                open_session()
            except StoreError as exc:
                self.notify(str(exc), severity="error", timeout=10)

    def _warm_answer_path(self) -> None:
        scheduler = getattr(self.session, "scheduler", None) or self.app.scheduler  # a mock sitting has none of its own
        session, clock = self.session, self.app.clock  # then the first question's outcomes, which its prepare left out
        self.run_worker(lambda: warm_answer_path(scheduler, session, clock), thread=True, group="warm-up", exit_on_error=False)

    def _panel(self, name: str) -> Static:
        """The ``Static`` with id ``name``, one of the screen's panels that only some questions
        or phases show; mounted hidden, in its place, when first wanted.

        The first paint composes only what it shows (at 10,000 questions the six panels
        cost about 19M instructions, 6 ms, of the cold start); the rest are mounted right
        after it (``_mount_panels``), so an answer's feedback never waits for a mount.
        """
        for widget in self.query(f"#{name}"):
            return widget  # type: ignore[return-value]
        parent, order = (self.query_one("#study-body"), BODY_PANELS) if name in BODY_PANELS else (self, SCREEN_PANELS)
        panel = Static(id=name)
        panel.display = False
        before = next(other for other in reversed(order[: order.index(name)]) if parent.query_children(f"#{other}"))
        parent.mount(panel, after=f"#{before}")
        return panel

    def _hide(self, name: str) -> None:
        for widget in self.query(f"#{name}"):
            widget.display = False

    def _mount_panels(self) -> None:
        if self.is_attached:
            for name in (*SCREEN_PANELS, *BODY_PANELS):
                self._panel(name)

    def show_exam(self) -> None:
        """When an exam drives this session: days left, predicted exam-day recall, today's plan."""
        plans = getattr(self.session, "exam_plans", [])
        if not plans:
            self._hide("study-exam")
            return
        from studyapp.tui.screens.exam import exam_status

        panel = self._panel("study-exam")
        panel.display = True
        panel.update(exam_status(plans, {p.id: p.title for p in self.app.packs.packs}, detail=False))

    # --- showing a question ----------------------------------------------------

    def show_next(self) -> None:
        question = self.session.next_question(self.app.clock())
        take_lost = getattr(self.session, "take_lost", None)  # a mock sitting has none
        lost = take_lost() if take_lost is not None else []
        if lost:  # never a traceback: the questions that could not be read are skipped, said in a line
            more = f" ({len(lost)} question(s) skipped)" if len(lost) > 1 else " (a question skipped)"
            self.app.notify(lost[0] + more, severity="warning", timeout=10)
        if question is None:
            self.finish()
            return
        self.question, self.outcome, self.phase = question, None, "question"
        self.picked = []
        self.revealed = False
        self.choices = self.session.shuffled(question.choices) if question.type == "choice" and question.shuffle else list(question.choices)
        if question.type == "order":
            self.choices = self.session.shuffled(question.items)
        if question.type == "truefalse":
            self.choices = ["True", "False"]
        pack = next((p for p in self.app.packs.packs if p.id == question.pack_id), None)
        where = f"{question.category} · {pack.title if pack else question.pack_id}"
        answered = self.session.answered
        self.query_one(StatusLine).show(where=clean(where), count=f"{answered + 1} of {self.session.total}", total=self.session.total, progress=answered)
        self.query_one("#prompt", Static).update(literal(question.stem or ("Fill in the gap." if len(question.gaps) == 1 else "Fill in the gaps."), "bold"))
        if question.type == "cloze":
            cloze = self._panel("cloze-text")
            cloze.display = True
            cloze.update(self._cloze_text(question))
        else:
            self._hide("cloze-text")
        self._hide("feedback")
        self._hide("ratings")
        self.note("")
        self._build_inputs(question)
        self._render_options()
        self.query_one("#study-body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()
        self.shown_at = time.monotonic()
        prepare = getattr(self.session, "prepare", None)  # a mock sitting has none
        if prepare is not None:
            self.call_after_refresh(prepare, question, self.app.clock())  # while the question is read (StudySession.prepare)

    def _cloze_text(self, question: Question) -> Text:
        text = Text()
        for part in question.cloze_parts():
            if isinstance(part, int):
                text.append(f"[{part + 1}]____", style="bold reverse")
            else:
                text.append(literal(part))
        return text

    def _build_inputs(self, question: Question) -> None:
        """Reuse one always-mounted input; extra cloze gaps are mounted now, so that keys
        typed for gap 2 right after Enter have a box to go to (see take_key)."""
        container = self.query_one("#inputs", Vertical)
        old = container.query(".extra-gap")
        for field in old:
            field.remove_class("answer")  # gone at once from answer_fields, though removed later
        old.remove()
        first = self.query_one("#answer-0", Input)
        first.value = ""
        first.disabled = False
        typed = question.type in TYPED
        container.display = typed
        if not typed:
            self.set_focus(None)
            return
        if question.type == "numeric":
            first.placeholder = "A number" + (f" ({question.unit})" if question.unit else "") + ", then Enter"
        elif question.type == "cloze":
            first.placeholder = "Gap 1"
            container.mount_all(
                Input(placeholder=f"Gap {i + 1}", classes="answer extra-gap", select_on_focus=False) for i in range(1, len(question.gaps))
            )  # select_on_focus: its Focus event comes after keys already typed into it
        else:
            first.placeholder = "Type the answer and press Enter"
        self.set_focus(first)

    def answer_fields(self) -> list[Input]:
        """The text boxes of the question on screen, in gap order (extra gaps may still be mounting)."""
        return list(self.query(".answer").results(Input))

    def note(self, message: str) -> None:
        """A line under the answer: what is missing, or what just happened."""
        if not message:
            self._hide("study-note")
            return
        note = self._panel("study-note")
        note.display = True
        note.update(literal(message))
        self.call_after_refresh(note.scroll_visible, animate=False)  # below a long list on a small screen: brought into view

    def _render_options(self) -> None:
        question = self.question
        if question is None or not (question.type == "reveal" or question.is_choice or question.type in ("truefalse", "order")):
            self._hide("options")
            return
        options = self._panel("options")
        options.display = True
        if question.type == "reveal":
            options.update(self._reveal_text(question))
            return
        text = Text()
        for index, choice in enumerate(self.choices, start=1):
            picked = choice in self.picked
            style = "reverse" if picked and question.is_choice else ("dim" if picked else "")
            text.append(f" {index} ", style="bold reverse")
            text.append(" ")
            text.append(literal(choice, style))
            text.append("\n")
        if question.type == "truefalse":
            text.append("Press 1 or t for True, 2 or f for False.", style="italic")
        elif question.is_choice and len(question.answer) > 1:
            text.append(f"Select {len(question.answer)} answers with their numbers ({len(self.picked)} selected), then Enter.", style="italic")
        elif question.is_choice:
            text.append("Press the number of your answer.", style="italic")
        else:
            text.append("Press the numbers in the right order (Backspace undoes, Enter submits).\n", style="italic")
            text.append("Your order: ", style="bold")
            text.append(literal(" → ".join(self.picked) if self.picked else "…"))
        options.update(text)

    def _reveal_text(self, question: Question) -> Text:
        """Reveal and rate: first how to reveal, then the answer and how to say whether it was known."""
        if not self.revealed:
            return Text("Think of the answer, then press Enter or Space to reveal it.", style="italic")
        text = Text()
        text.append("Answer\n", style="bold")
        text.append(literal(str(question.answer)))
        text.append("\n\nDid you know it? Press 1 or y: right, 2 or n: wrong.", style="italic")
        return text

    def reveal(self) -> None:
        if self.question is not None and self.question.type == "reveal" and self.phase == "question" and not self.revealed:
            self.revealed = True
            self._render_options()
            self.refresh_bindings()

    # --- keys --------------------------------------------------------------------

    def take_key(self, event: events.Key) -> bool:
        """Apply one key now, to the question as it stands; False leaves it to Textual.

        Called by the app for every key while this screen is on top, before the key
        would be queued for a widget. Queued keys are what mixed up a burst: the
        text box took ``def`` before the screen saw the Enter in front of it.
        Priority bindings (quit, palette) and the app's own keys (help) pass through.
        """
        key = event.key
        typed = self.question is not None and self.question.type in TYPED
        if isinstance(self.focused, Input) and not (typed and self.phase == "question"):
            self.set_focus(None)  # a hidden answer box must not take the keys meant for the screen
        chain = self._modal_binding_chain  # the focused widget first, with the user's key remaps
        if any(binding.priority for _, bindings in chain for binding in bindings.key_to_bindings.get(key, ())):
            return False
        field = self.focused if isinstance(self.focused, Input) else None
        if field is not None and self.phase == "question":
            if key == "enter":
                self.enter_in(field)
                return True
            if event.is_printable and event.character:
                self.note("")
                if field.selection.is_empty:
                    field.insert_text_at_cursor(event.character)
                else:
                    field.replace(event.character, *field.selection)
                return True
        elif self.phase == "question" and self.question is not None and self.question.type == "reveal":
            if not self.revealed and key in ("enter", "space"):
                self.reveal()
                return True
            if self.revealed and key in ("1", "y", "2", "n"):
                self.submit(key in ("1", "y"))
                return True
        elif self.phase == "question" and self.question is not None:
            if key.isdigit() and key != "0":
                self.digit(int(key))
                return True
            if self.question.type == "truefalse" and key in ("t", "f"):
                self.submit(key == "t")
                return True
        elif self.phase == "feedback" and key.isdigit() and key != "0":
            self.digit(int(key))
            return True
        for node, bindings in chain:
            if node is self.app:
                break
            for binding in bindings.key_to_bindings.get(key, ()):
                if self._run_now(node, binding.action):
                    return True
        if self.phase == "feedback" and typed and event.character and event.character.isalpha() and not self.leaving:
            self.type_ahead(event.character)
            return True
        return False

    def _run_now(self, node, action: str) -> bool:
        """Run a binding's action on ``node`` at once; False if it is not active."""
        namespace, name, params = parse_action(action)
        if namespace and namespace != "screen":
            return False  # the app's actions take the usual path
        if not node.check_action(name, params):
            return False
        method = getattr(node, f"action_{name}", None)
        if method is None:
            return False
        result = method(*params)
        if inspect.isawaitable(result):
            asyncio.ensure_future(result)
        if isinstance(node, Input):
            node._restart_blink()  # as Input's own key handler does
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that do nothing now from the key bar (and from take_key)."""
        if action == "give_up":
            return self.can_give_up and self.phase == "question"
        if action == "overrule":
            return self.can_overrule()
        if action == "gap":
            return self.phase == "question" and self.question is not None and self.question.type == "cloze"
        if action == "undo_pick":
            return self.phase == "question" and bool(self.picked)
        return True

    def can_overrule(self) -> bool:
        outcome = self.outcome
        allowed = getattr(self.session, "can_overrule", None)  # a mock sitting has no feedback to overrule
        return self.phase == "feedback" and outcome is not None and allowed is not None and allowed(outcome)

    def type_ahead(self, character: str) -> None:
        """A letter typed on the feedback of a typed answer starts the next question's answer
        (a fast typist's next word, or the rest of a burst of keys, is not lost)."""
        self.show_next()
        if self.phase == "question" and isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor(character)

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
        elif question.is_choice:
            if len(question.answer) == 1:
                self.submit([choice])
                return
            if choice in self.picked:
                self.picked.remove(choice)
            elif len(self.picked) >= len(question.answer):
                self.note(f"Select {len(question.answer)} answers: {len(self.picked)} are selected already. Press a selected number again to unselect it.")
                return
            else:
                self.picked.append(choice)
            self.note("")
            self._render_options()
            self.refresh_bindings()
        elif question.type == "order" and choice not in self.picked:
            self.picked.append(choice)
            self.note("")
            self._render_options()
            self.refresh_bindings()

    def action_scroll_body(self, how: str) -> None:
        getattr(self.query_one("#study-body", VerticalScroll), how)(animate=False)

    def action_gap(self, step: int) -> None:
        """Tab / Shift+Tab: the next or previous gap of a cloze."""
        fields = self.answer_fields()
        if self.focused in fields:
            self.set_focus(fields[(fields.index(self.focused) + step) % len(fields)])

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
        self.show_next()
        # Said on the screen, not in a toast: a toast would cover the rating line of the next answer.
        self.note("Answer taken back: the question is asked again.")

    def action_undo_pick(self) -> None:
        if self.phase == "question" and self.picked:
            self.picked.pop()
            self._render_options()
            self.refresh_bindings()

    def action_confirm(self) -> None:
        if self.phase == "feedback":
            self.show_next()
            return
        question = self.question
        if question is None:
            return
        if question.type == "reveal":
            self.reveal()
            return
        if question.type == "order":
            remaining = [c for c in self.choices if c not in self.picked]
            if len(remaining) == 1:
                self.picked.append(remaining[0])
            if len(self.picked) == len(self.choices):
                self.submit(list(self.picked))
            else:
                self._render_options()
                self.note(f"Put all {len(self.choices)} items in order: {len(self.picked)} placed so far. {self._give_up_hint()}")
        elif question.is_choice and len(question.answer) > 1:
            if len(self.picked) == len(question.answer):
                self.submit([c for c in self.choices if c in self.picked])
            else:
                self.note(f"Select {len(question.answer)} answers: {len(self.picked)} selected so far. {self._give_up_hint()}")
        elif question.type in TYPED and isinstance(self.focused, Input):
            self.enter_in(self.focused)

    def _give_up_hint(self) -> str:
        return "Or press Ctrl+G to see the answer (counts as wrong)." if self.can_give_up else ""

    def enter_in(self, field: Input) -> None:
        """Enter in a text box: the next gap of a cloze, else submit, unless something is missing."""
        question = self.question
        if question is None or self.phase != "question":
            return
        fields = self.answer_fields()
        if field not in fields:
            return
        index = fields.index(field)
        if question.type == "cloze":
            if index < len(fields) - 1:
                self.set_focus(fields[index + 1])
                return
            blank = [i for i, f in enumerate(fields) if not f.value.strip()]
            if blank:
                self.set_focus(fields[blank[0]])
                which = ", ".join(str(i + 1) for i in blank)
                gaps = f"Gap {which} is" if len(blank) == 1 else f"Gaps {which} are"
                if self.can_give_up:
                    self.note(f"{gaps} empty: fill in every gap, or press Ctrl+G to see the answer (counts as wrong).")
                else:
                    self.note(f"{gaps} empty: fill in every gap.")
                return
            self.submit([f.value for f in fields])
        elif field.value.strip():
            self.submit(field.value)
        elif self.can_give_up:
            self.note("Type an answer, or press Ctrl+G to see it (counts as wrong).")
        else:
            self.note("Type an answer first.")

    # --- answering ---------------------------------------------------------------

    def submit(self, response: object) -> None:
        question = self.question
        if question is None or self.phase != "question":
            return
        elapsed_ms = int((time.monotonic() - self.shown_at) * 1000)
        try:
            outcome = self.session.answer(question, response, self.app.clock(), elapsed_ms)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=10)
            return
        self.answered(outcome)

    def action_give_up(self) -> None:
        """I don't know: the answer is shown and the question logged as wrong (Again)."""
        question = self.question
        if question is None or self.phase != "question" or not self.can_give_up:
            return
        elapsed_ms = int((time.monotonic() - self.shown_at) * 1000)
        try:
            outcome = self.session.give_up(question, self.app.clock(), elapsed_ms)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=10)
            return
        self.answered(outcome)

    def action_overrule(self) -> None:
        """I was right: a wrong verdict on a typed answer is turned into a right one (and remembered)."""
        if not self.can_overrule():
            return
        try:
            self.outcome = self.session.overrule(self.outcome, self.app.clock())
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=10)
            return
        self.show_feedback()
        self.refresh_bindings()

    def answered(self, outcome: AnswerOutcome) -> None:
        """The answer is saved: show its feedback."""
        self.outcome = outcome
        self.phase = "feedback"
        for field in self.query(".answer").results(Input):
            field.disabled = True
        self.query_one("#inputs").display = False  # "Your answer" in the feedback shows it
        self.note("")
        self.set_focus(None)
        self.show_feedback()
        self.refresh_bindings()
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
        from studyapp.grading import Reason  # imported by the answer already

        outcome = self.outcome
        assert outcome is not None and self.question is not None
        grade, question = outcome.grade, self.question
        verdict = REASON_TEXT.get(grade.reason, str(grade.reason))
        text = Text()
        text.append(("✓ " if grade.correct else "✗ ") + verdict, style="bold green" if grade.correct else "bold red")
        if grade.detail and grade.reason not in (Reason.OVERRULED, Reason.GAVE_UP):  # the verdict says it all
            text.append(" · ")
            text.append(literal(grade.detail, "italic"))
        text.append("\nYour answer:    ", style="bold")
        if grade.reason is Reason.GAVE_UP:
            text.append("(none: you asked to see it)", style="dim")
        else:
            text.append(literal(self._given(outcome) or "(blank)"))
        text.append("\nCorrect answer: ", style="bold")
        text.append(literal(grade.expected or question.display_answer))
        if question.claims and not grade.correct and grade.reason is not Reason.GAVE_UP:
            from studyapp.exam_formats import misjudged

            hint = misjudged(question, outcome.response)
            if hint:
                text.append("\n" + hint, style="italic")
        if question.feedback:
            text.append("\n\n")
            text.append(literal(question.feedback))
        source = self._source_line(question)
        if source:
            text.append("\n\nSource: ", style="bold")
            text.append(literal(source, "italic"))
        if self.can_overrule():
            text.append("\n\nYour answer was right after all? Press i to count it as right.", style="dim")
        feedback = self._panel("feedback")
        feedback.set_class(grade.correct, "right")
        feedback.set_class(not grade.correct, "wrong")
        feedback.update(text)
        feedback.display = True
        self._render_options_after(outcome)
        self._render_ratings()
        self.query_one(StatusLine).show(total=self.session.total, progress=self.session.answered)
        # The verdict first: when the feedback does not fit below the question, scroll it to the top.
        self.call_after_refresh(self._show_verdict)

    def _show_verdict(self) -> None:
        body = self.query_one("#study-body", VerticalScroll)
        feedback = self._panel("feedback")
        if self.phase == "feedback" and feedback.region.bottom > body.region.bottom:
            body.scroll_to_widget(feedback, animate=False, top=True)

    @staticmethod
    def _given(outcome: AnswerOutcome) -> str:
        """The answer as given; a cloze's gaps with the same separator as its correct answer."""
        if outcome.question.type == "cloze" and outcome.grade.given:
            return outcome.grade.given
        return outcome.response

    def _render_options_after(self, outcome: AnswerOutcome) -> None:
        """Mark the right choice(s) on a choice question once answered; an order
        question's list goes (the feedback shows both orders), so the verdict fits."""
        from studyapp.grading import Reason

        question = self.question
        if question is not None and question.type in ("order", "reveal"):
            self._hide("options")
            return
        if question is None or not question.is_choice:
            return
        text = Text()
        given = set(outcome.response.split("; ")) if outcome.grade.reason is not Reason.GAVE_UP else set()
        for index, choice in enumerate(self.choices, start=1):
            right = choice in question.answer
            text.append(f" {index} ", style="bold reverse")
            text.append(" ")
            text.append(literal(choice, "bold green" if right else ("red" if choice in given else "dim")))
            text.append(" ✓\n" if right else (" ✗\n" if choice in given else "\n"))
        self._panel("options").update(text)

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
        ratings = self._panel("ratings")
        ratings.update(text)
        ratings.display = True

    # --- leaving -----------------------------------------------------------------

    def unsaved_work(self) -> bool:
        """Something typed or picked for the question on screen, not yet submitted."""
        if self.phase != "question":
            return False
        return bool(self.picked) or any(field.value.strip() for field in self.answer_fields())

    def action_end_session(self) -> None:
        if not self.unsaved_work():
            self.finish()
            return
        from studyapp.tui.screens.confirm import ConfirmScreen

        def answer(leave: bool | None) -> None:
            if leave:
                self.finish()

        self.app.push_screen(ConfirmScreen("End the session? The answer you started for this question is not saved.", "end the session", "no, keep answering"), answer)

    def finish(self) -> None:
        from studyapp.tui.screens.summary import SummaryScreen

        self.leaving = True
        now = self.app.clock()
        try:
            summary = self.session.finish(now)
            discarded = summary.answered == 0 and self.app.store.discard_session(self.session.session_id)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            self.app.pop_screen()
            return
        if discarded:
            # Opened and left without an answer: nothing to sum up, no 0/0 session in the history.
            self.app.pop_screen()
            return
        self.app.switch_screen(SummaryScreen(summary))
        self.app.refit_memory_model()  # off the UI thread, only once 1,000 new reviews exist

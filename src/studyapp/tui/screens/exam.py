"""Set or clear an exam; and the one-glance exam status the home and study screens show."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, SelectionList, Static

from studyapp.exam import FOLLOW, STOP, Exam, ExamError, ExamPlan, clear_exam, list_exams, parse_date, predicted, set_exam, shared_questions, upcoming_exams
from studyapp.store import StoreError
from studyapp.tui.screens import styles
from studyapp.tui.text import literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar


def days_text(days: int) -> str:
    if days <= 0:
        return "exam today"
    return f"{days} day{'s' if days != 1 else ''} left"


def exam_status(plans: Sequence[ExamPlan], titles: dict[str, str], detail: bool = True) -> Text:
    """Per upcoming exam: days left, predicted exam-day recall (overall, by pack and category), today's plan.

    ``detail`` False (the study screen) names only the weakest pack and category.
    """
    text = Text()
    for plan in plans:
        if text:
            text.append("\n")
        text.append("Exam ", style="bold")
        text.append(literal(plan.exam.name, "bold"))
        text.append(f" · {days_text(plan.days_left)} · exam-day recall {predicted(plan.predicted)} {FOLLOW}", style="bold")
        text.append(f", {predicted(plan.predicted_now)} {STOP}")
        reviews = len(plan.reviews) + len(plan.learning)
        text.append(f" · today: {reviews} review{'s' if reviews != 1 else ''}, {len(plan.new)} new")
        if detail:
            packs = ", ".join(f"{_short(titles.get(k, k))} {predicted(v)}" for k, v in plan.by_pack.items())
            categories = ", ".join(f"{k} {predicted(v)}" for k, v in plan.by_category.items())
            text.append("\n")
            text.append(literal(f"{FOLLOW}, by pack: {packs} · by category: {categories}", "dim"))
        elif plan.by_category:
            pack = min(plan.by_pack, key=plan.by_pack.get)
            category = min(plan.by_category, key=plan.by_category.get)
            text.append(literal(f" · weakest: {category} {predicted(plan.by_category[category])}, {_short(titles.get(pack, pack))} {predicted(plan.by_pack[pack])}"))
    return text


def planning_status(exams: Sequence[Exam], now) -> Text:
    """What stands in for :func:`exam_status` while the exams are planned in a thread (about a second)."""
    text = Text()
    for exam in exams:
        if text:
            text.append("\n")
        text.append("Exam ", style="bold")
        text.append(literal(exam.name, "bold"))
        text.append(f" · {days_text(exam.days_left(now))} · planning…", style="bold")
    return text


def _short(title: str, width: int = 18) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


class ExamScreen(Screen):
    """The exam form: name, date, packs, tags and an optional daily budget."""

    DEFAULT_CSS = styles("exam")

    BINDINGS = [
        Binding("ctrl+s", "save", "Save exam", id="exam.save", priority=True),
        Binding("ctrl+d", "clear", "Clear exam", id="exam.clear", priority=True),
        Binding("escape", "close", "Back", id="exam.back"),
    ]

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="exam-body"):
            yield Static(id="exam-list")
            yield Label("Name")
            yield Input(placeholder="e.g. Final", id="exam-name")
            yield Static(id="exam-name-error", classes="field-error")
            yield Label("Date: 2027-06-12, 12 June 2027, 12/06/2027, or +30 (days from today)")
            yield Input(placeholder="e.g. 12 June 2027 or +30", id="exam-date")
            yield Static(id="exam-date-error", classes="field-error")
            yield Label("Packs it covers (Space to tick; none ticked and no tags: every pack)")
            yield SelectionList[str](id="exam-packs")
            yield Label("Tags it covers (comma-separated, optional)")
            yield Input(id="exam-tags")
            yield Label("Daily budget: questions a day, or minutes a day (optional)")
            yield Input(placeholder="questions", id="exam-reviews", type="integer")
            yield Static(id="exam-reviews-error", classes="field-error")
            yield Input(placeholder="minutes", id="exam-minutes", type="integer")
            yield Static(id="exam-minutes-error", classes="field-error")
            yield Label("Mock exam marking: upsc (+2, -2/3), plain (+1, no penalty) or +R,-W")
            yield Input(placeholder="plain", id="exam-marking")
            yield Static(id="exam-marking-error", classes="field-error")
            yield Static(id="exam-error")
            yield Static("Ctrl+S saves · Ctrl+D clears the exam named above · Esc goes back", id="exam-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        app = self.app
        now = app.clock()
        upcoming = upcoming_exams(app.store, now)
        current = upcoming[0] if upcoming else None
        selection = self.query_one("#exam-packs", SelectionList)
        for pack in app.packs.packs:
            selection.add_option((literal(pack.title), pack.id, bool(current and pack.id in current.packs)))
        if selection.option_count:
            selection.highlighted = 0
        if current is not None:
            self.query_one("#exam-name", Input).value = current.name
            self.query_one("#exam-date", Input).value = current.date.isoformat()
            self.query_one("#exam-tags", Input).value = ", ".join(current.tags)
            self.query_one("#exam-reviews", Input).value = str(current.daily_reviews or "")
            self.query_one("#exam-minutes", Input).value = str(current.daily_minutes or "")
            self.query_one("#exam-marking", Input).value = current.marking or ""
        self._show_exams()
        self._error("")
        self.query_one("#exam-name", Input).focus()

    def _show_exams(self) -> None:
        now = self.app.clock()
        exams = list_exams(self.app.store)
        text = Text("Exams: ", style="bold")
        if not exams:
            text.append("none yet", style="")
        for i, exam in enumerate(exams):
            text.append(", " if i else "", style="")
            text.append(literal(exam.name))
            state = days_text(exam.days_left(now)) if exam.upcoming(now) else "over"
            text.append(f" ({exam.date.isoformat()}, {state})", style="dim")
        self.query_one("#exam-list", Static).update(text)

    FIELD_OF_ERROR = (("exam date", "exam-date"), ("exam name", "exam-name"), ("an exam needs", "exam-name"), ("no exam named", "exam-name"),
                      ("questions a day", "exam-reviews"), ("minutes a day", "exam-minutes"), ("marking", "exam-marking"))  # fmt: skip
    """Which field an ExamError is about, by how its message starts: it is shown under that field."""

    def _error(self, message: str) -> None:
        """Show ``message`` under the field it is about (the rest of the form's errors cleared)."""
        field = next((f for start, f in self.FIELD_OF_ERROR if message.startswith(start)), None)
        for error in self.query(".field-error"):
            error.display = False
        general = self.query_one("#exam-error", Static)
        general.display = bool(message) and field is None
        if not message:
            return
        target = general if field is None else self.query_one(f"#{field}-error", Static)
        target.update(literal(message[0].upper() + message[1:]))
        target.display = True
        if field is not None:
            box = self.query_one(f"#{field}", Input)
            box.focus()
            self.call_after_refresh(box.scroll_visible)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def _number(self, field: str, what: str) -> int | None:
        value = self.query_one(field, Input).value.strip()
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            raise ExamError(f"{what}: a whole number, please") from None

    def action_save(self) -> None:
        app = self.app
        now = app.clock()
        try:
            date = parse_date(self.query_one("#exam-date", Input).value, now.astimezone().date(), app.settings.date_order)
            self._number("#exam-reviews", "questions a day")  # checked here too, so the first problem shows first
            self._number("#exam-minutes", "minutes a day")
            tags = [t for t in self.query_one("#exam-tags", Input).value.split(",")]
            exam = set_exam(
                app.store,
                self.query_one("#exam-name", Input).value,
                date,
                now,
                packs=list(self.query_one("#exam-packs", SelectionList).selected),
                tags=tags,
                daily_reviews=self._number("#exam-reviews", "questions a day"),
                daily_minutes=self._number("#exam-minutes", "minutes a day"),
                known_packs=[p.id for p in app.packs.packs],
                marking=self.query_one("#exam-marking", Input).value.strip() or None,
            )
        except (ExamError, StoreError) as exc:
            self._error(str(exc))
            return
        app.replan_exams()
        notes = shared_questions(exam, list_exams(app.store), [q for pack in app.packs.packs for q in pack.study_questions], now)
        app.notify(
            f"Exam {exam.name!r} on {exam.date.isoformat()}: the plan now aims at that day." + "".join(f"\n{line}." for line in notes),
            timeout=10 if notes else 5,
        )
        self.dismiss()

    def action_clear(self) -> None:
        name = self.query_one("#exam-name", Input).value
        try:
            clear_exam(self.app.store, name)
        except (ExamError, StoreError) as exc:
            self._error(str(exc))
            return
        self.app.replan_exams()
        self.app.notify(f"Exam {name.strip()!r} cleared: its questions follow plain FSRS again.", timeout=5)
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()

"""Progress: where the learner stands, in tabs that fit 80x24.

A thin layer over :mod:`studyapp.stats`: every figure is computed there
(once per visit, in SQL) and this screen only lays it out.
"""

from __future__ import annotations

from datetime import tzinfo

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from studyapp.exam import outlook, predicted
from studyapp.session import FOCUS
from studyapp.stats import GroupRow, Stats, compute, local_zone
from studyapp.tui.screens import styles
from studyapp.tui.text import literal
from studyapp.tui.widgets.charts import AccuracyChart, ForecastChart
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.heatmap import Heatmap
from studyapp.tui.widgets.keybar import KeyBar

TABS = ("overview", "charts", "tables", "weak", "sessions")
PROMPT_WIDTH = 48
GROUP_COLUMNS = ("Name", "Total", "Seen", "Accuracy", "Recall", "Exam day")
GROUP_NUMBERS_WIDTH = 40
"""Room for the number columns (with the sort arrow), their padding, the tab's padding and the
scroll bar: the name column gets the rest of the width, so the table fits 80 columns."""


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def minutes(seconds: float) -> str:
    total = int(seconds // 60)
    return f"{total // 60} h {total % 60:02d} min" if total >= 60 else f"{total} min"


def sort_groups(rows: list[GroupRow], column: int, reverse: bool) -> list[GroupRow]:
    """Sorted on the numbers, not their text; rows with no value (–) stay last either way."""

    def value(row: GroupRow):
        return (row.title.casefold(), row.questions, row.seen, row.accuracy, row.recall_today, row.recall_exam)[column]

    present = [r for r in rows if value(r) is not None]
    return sorted(present, key=value, reverse=reverse) + [r for r in rows if value(r) is None]


class ProgressScreen(Screen):
    DEFAULT_CSS = styles("progress")

    BINDINGS = [
        Binding("escape", "back", "Back", id="progress.back"),
        Binding("w", "study_weak", "Study weak spots", id="progress.weak"),
        Binding("s", "sort", "Sort", id="progress.sort"),
        Binding("c", "toggle_groups", "Packs/categories", id="progress.groups"),
        Binding("1", "tab('overview')", "Overview tab", show=False, id="progress.tab1"),
        Binding("2", "tab('charts')", "Charts tab", show=False, id="progress.tab2"),
        Binding("3", "tab('tables')", "Packs tab", show=False, id="progress.tab3"),
        Binding("4", "tab('weak')", "Weak spots tab", show=False, id="progress.tab4"),
        Binding("5", "tab('sessions')", "Sessions tab", show=False, id="progress.tab5"),
        Binding("r", "reload", "Refresh", show=False, id="progress.refresh"),
    ]

    def __init__(self, tz: tzinfo | None = None) -> None:
        super().__init__()
        self.tz = tz or local_zone()
        self.stats: Stats | None = None
        self.by_category = False
        self.sort_column = 0
        self.sort_reverse = False

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Static(id="progress-summary")
        with TabbedContent(initial="overview", id="progress-tabs"):
            with TabPane("1 Overview", id="overview"):
                with VerticalScroll():
                    yield Heatmap(id="heatmap")
                    yield Static(id="progress-retention")
                    yield Static(id="progress-exams")
            with TabPane("2 Charts", id="charts"):
                with VerticalScroll(id="charts-scroll"):
                    yield ForecastChart(id="forecast")
                    yield AccuracyChart(id="accuracy")
            with TabPane("3 Packs", id="tables"):
                yield Static(id="groups-title")
                yield DataTable(id="groups", cursor_type="row", zebra_stripes=True)
            with TabPane("4 Weak spots", id="weak"):
                yield Static(
                    "Questions you forgot after learning them (lapses) or got wrong in the last 7 days, then those"
                    " least likely recalled today. w: study exactly these.",
                    id="weak-hint",
                )
                yield DataTable(id="weak-table", cursor_type="row", zebra_stripes=True)
            with TabPane("5 Sessions", id="sessions"):
                yield DataTable(id="sessions-table", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        weak = self.query_one("#weak-table", DataTable)
        for label in ("Lapses", "Wrong 7d", "Recall", "Pack", "Category", "Question"):
            weak.add_column(label, key=label.lower())
        sessions = self.query_one("#sessions-table", DataTable)
        for label in ("Date", "Pack(s)", "Mode", "Questions", "Score", "Duration"):
            sessions.add_column(label, key=label.lower())
        self.query_one(Heatmap).focus()

    def on_screen_resume(self) -> None:
        self.load()

    # --- filling in -----------------------------------------------------------------

    def load(self) -> None:
        app = self.app
        self.stats = compute(app.store.connection, app.packs.packs, app.clock(), self.tz, app.scheduler.parameters)
        planning = bool(self.stats.exams) and app.exams_planning()  # a new exam's reserve, chosen in a thread
        if self.stats.exams and not planning:  # the exam figures from the planner itself, as the home screen and `exam show`
            from studyapp.exam import plans_for
            from studyapp.stats import with_plans

            questions = [q for pack in app.packs.packs for q in pack.study_questions]
            plans, _ = plans_for(app.store, app.scheduler, questions, app.store.card_states(), self.stats.now, new_per_day=app.settings.new_per_day, predict=True)
            self.stats = with_plans(self.stats, plans)
        s = self.stats
        summary = s.summary
        self.query_one("#progress-summary", Static).update(
            Text.assemble(
                (f"Seen {summary.seen}/{summary.questions}", "bold"),
                f" · mastered {summary.mastered} · due now {summary.due_now} (by tonight {summary.due_today})"
                f" · reviewed today {summary.reviews_today}\n",
                (f"Streak {summary.current_streak} day{'s' if summary.current_streak != 1 else ''}", "bold"),
                f" (longest {summary.longest_streak}) · studied this week {minutes(summary.studied_this_week)}"
                + (f" · verdicts you overruled {summary.overruled}" if summary.overruled else ""),
            )
        )
        self.query_one(Heatmap).set_days(s.heatmap)
        retention = Text("True retention (right answers on questions already learned): ", style="bold")
        retention.append(" · ".join(f"{r.days} days {percent(r.rate)} of {r.reviews}" for r in s.retention), style="")
        self.query_one("#progress-retention", Static).update(retention)
        exams = Text()
        for exam in s.exams:
            exams.append(literal(f"Exam '{exam.name}'"))
            exams.append(
                f" on {exam.exam_date:%a %d %b} (in {exam.days_left} day{'s' if exam.days_left != 1 else ''}): {exam.questions} questions,"
                f" recall today {percent(exam.recall_today)}, on exam day {'planning…' if planning else outlook(exam.recall_plan, exam.recall_exam)}\n"
            )
        exams_widget = self.query_one("#progress-exams", Static)
        exams_widget.display = bool(s.exams)
        exams.rstrip()
        exams_widget.update(exams)
        self.query_one(ForecastChart).show(s.forecast)
        self.query_one(AccuracyChart).show(s.weekly)
        self.fill_groups()
        self.fill_weak()
        self.fill_sessions()

    def on_exams_planned(self) -> None:
        if self.is_current:
            self.load()

    def fill_groups(self) -> None:
        assert self.stats is not None
        table = self.query_one("#groups", DataTable)
        with_exam = bool(self.stats.exams)
        rows = sort_groups(self.stats.categories if self.by_category else self.stats.packs, self.sort_column, self.sort_reverse)
        columns = GROUP_COLUMNS if with_exam else GROUP_COLUMNS[:-1]
        table.clear(columns=True)
        for index, label in enumerate(columns):
            arrow = (" ▼" if self.sort_reverse else " ▲") if index == self.sort_column else ""
            table.add_column(("Category" if self.by_category and index == 0 else label) + arrow, key=str(index))
        name_width = max(12, self.app.size.width - GROUP_NUMBERS_WIDTH - (10 if with_exam else 0))
        for row in rows:
            title = row.title if len(row.title) <= name_width else row.title[: name_width - 1] + "…"
            cells = [literal(title), *(Text(v, justify="right") for v in (str(row.questions), str(row.seen), percent(row.accuracy), percent(row.recall_today)))]
            if with_exam:
                cells.append(Text(predicted(row.recall_exam), justify="right"))
            table.add_row(*cells, key=row.key)
        what = "category" if self.by_category else "pack"
        self.query_one("#groups-title", Static).update(
            f"By {what} · c: by {'pack' if self.by_category else 'category'} · s or a click on a heading: sort"
            + " · recall: predicted today"
            + (" · exam day: predicted for the day of the exam covering each question, if you stop now" if with_exam else "")
        )

    def fill_weak(self) -> None:
        assert self.stats is not None
        table = self.query_one("#weak-table", DataTable)
        table.clear()
        width = max(20, min(PROMPT_WIDTH, self.app.size.width - 54))  # what the other columns leave: no sideways scrolling at 80
        for w in self.stats.weak_spots:
            prompt = w.prompt if len(w.prompt) <= width else w.prompt[: width - 1] + "…"
            table.add_row(
                str(w.lapses), str(w.misses), percent(w.recall), literal(w.pack_id), literal(w.category), literal(prompt), key=f"{w.pack_id}\x00{w.question_id}"
            )

    def fill_sessions(self) -> None:
        assert self.stats is not None
        table = self.query_one("#sessions-table", DataTable)
        table.clear()
        for session in self.stats.sessions:
            packs = ", ".join(session.packs)
            if len(packs) > 24:
                packs = f"{len(session.packs)} packs"
            table.add_row(
                f"{session.started_at.astimezone(self.tz):%Y-%m-%d %H:%M}",
                literal(packs or "–"),
                session.mode,
                str(session.answered),
                f"{session.correct}/{session.answered} {percent(session.accuracy)}",
                minutes(session.duration.total_seconds()),
                key=str(session.id),
            )

    # --- actions -------------------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_reload(self) -> None:
        self.load()

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        focus = {"overview": "#heatmap", "charts": "#charts-scroll", "tables": "#groups", "weak": "#weak-table", "sessions": "#sessions-table"}.get(tab)
        if focus:
            self.query_one(focus).focus()

    def action_toggle_groups(self) -> None:
        self.by_category = not self.by_category
        self.sort_column, self.sort_reverse = 0, False
        self.action_tab("tables")
        self.fill_groups()

    def action_sort(self) -> None:
        """Next column; numbers sort largest first, names A to Z."""
        count = len(GROUP_COLUMNS) if self.stats and self.stats.exams else len(GROUP_COLUMNS) - 1
        self.sort_by((self.sort_column + 1) % count, toggle=False)

    def sort_by(self, column: int, toggle: bool = True) -> None:
        if toggle and column == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = column, column != 0
        self.action_tab("tables")
        self.fill_groups()

    @on(DataTable.HeaderSelected, "#groups")
    def header_selected(self, event: DataTable.HeaderSelected) -> None:
        self.sort_by(int(event.column_key.value))

    def action_study_weak(self) -> None:
        """A session on exactly the weak spots listed, due or not."""
        if not self.stats or not self.stats.weak_spots:
            self.notify("No weak spots yet: answer some questions first.", timeout=5)
            return
        questions = self.app.packs.questions()
        chosen = [questions[(w.pack_id, w.question_id)] for w in self.stats.weak_spots if (w.pack_id, w.question_id) in questions]
        self.app.start_session(questions=chosen, mode=FOCUS)

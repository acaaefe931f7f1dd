"""Home: every pack with its counts; start a session on one, several or all."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from studyapp.session import local_day_start, overview
from studyapp.store import StoreError
from studyapp.tui.screens import styles
from studyapp.tui.text import literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar

ALL_ROW = "__all__"
PACK_COLUMN = 42
"""The pack column's width before the screen's is known; then it takes the room the counts leave."""
OTHER_COLUMNS = 36
"""Room for the mark and count columns, their padding, the body's padding and the scroll bar."""


def cell(text: str) -> Text:
    """A cell as DataTable makes one of a one-line string, but not read as markup: the first
    markup a process reads loads Rich's emoji table (2.5 ms before the home screen's first paint)."""
    return Text(text, no_wrap=True, end="")


def fit(title: str, width: int = PACK_COLUMN) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


class HomeScreen(Screen):
    DEFAULT_CSS = styles("home")

    BINDINGS = [
        # The key bar shows the first ones that fit (60 columns at 80): the rest are in the intro and in help.
        Binding("enter", "study", "Study", id="home.study", priority=True),
        Binding("a", "study_all", "All due", id="home.all"),
        Binding("g", "progress", "Progress", id="home.progress"),
        Binding("e", "exam", "Exam", id="home.exam"),
        Binding("m", "mock", "Mock", id="home.mock"),
        Binding("s", "settings", "Settings", id="home.settings"),
        Binding("space", "mark", "Mark", show=False, id="home.mark"),
        Binding("r", "reload", "Reload", show=False, id="home.reload"),
        Binding("p", "problems", "Problems", show=False, id="home.problems"),
        Binding("d", "drafts", "Drafts", id="home.drafts"),
        Binding("i", "import_deck", "Import", show=False, id="home.import"),
        Binding("q", "app.quit", "Quit", id="home.quit"),  # shown last (cut at 80); it hides ^q Quit
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: set[str] = set()
        self.counted = False
        """Whether the table shows the store's counts yet (the first paint shows each pack's total only)."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="home-body"):
            yield Static(id="home-intro")
            yield Static(id="home-exam")
            yield DataTable(id="packs", cursor_type="row", zebra_stripes=True)
            yield Static(id="home-problems")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#packs", DataTable)
        table.add_column(Text(" "), key="mark", width=1)
        table.add_column(Text("Pack"), key="pack", width=self.pack_width())
        table.add_column(Text("Total"), key="total")
        table.add_column(Text("New"), key="new")
        table.add_column(Text("Due"), key="due")
        table.add_column(Text("Accuracy"), key="accuracy")
        table.focus()  # the counts come with ScreenResume, which follows at once

    def on_screen_resume(self) -> None:
        if not self._seen():
            return  # covered at once (a session opened with the app): filled when it shows
        if self.counted:
            self.refresh_counts()
            return
        # The first paint: the packs and their totals (known without the store), the counts
        # marked as coming; they are read right after it is drawn (the store's walk of every
        # card: 9 ms at 10,000 questions, 100-175 ms at 100,000).
        self._show_totals()
        self.call_after_refresh(self._first_counts)

    def _first_counts(self) -> None:
        # Not while a screen drawn over it hides it (a session opened at once, as the cold-start
        # probe does: 13 ms before its question at 10,000): they are counted when it shows.
        if not self.counted and self.is_attached and self._seen():
            self.refresh_counts()

    def _seen(self) -> bool:
        """Whether the screen shows: it is the top one, or every screen above it lets it through
        (a dialog's translucent backdrop). Textual's ``is_current`` counts the one below the top too."""
        for screen in reversed(self.app.screen_stack):
            if screen is self:
                return True
            if screen.styles.background.a == 1:
                return False
        return False

    def _show_totals(self) -> None:
        table = self.query_one("#packs", DataTable)
        table.clear()
        packs = self.app.packs.packs
        total = sum(len(p.study_ids) for p in packs)
        coming = Text("…", style="dim")
        table.add_row(cell(""), Text("Everything due", style="bold"), cell(str(total)), coming, coming, cell(""), key=ALL_ROW)
        for pack in packs:
            table.add_row(cell(""), literal(fit(pack.title, self.pack_width())), cell(str(len(pack.study_ids))), coming, coming, coming, key=pack.id)
        self.query_one("#home-intro", Static).update(
            Text.assemble(
                (f"{len(packs)} packs · {total} questions", "bold"),
                " · counting what is due…",
                "\nEnter: study this pack · Space: mark several · a: all due · ?: every key",
            )
        )
        self.query_one("#home-exam", Static).display = False
        self.query_one("#home-problems", Static).display = False

    def pack_width(self) -> int:
        """Titles use the width there is: cut at 80 columns, whole at 200; the counts always show."""
        width = self.app.size.width
        longest = max((len(p.title) for p in self.app.packs.packs), default=PACK_COLUMN)
        longest = max(longest, len("Everything due"))
        return max(12, min(width - OTHER_COLUMNS, longest)) if width else PACK_COLUMN

    def on_resize(self) -> None:
        table = self.query_one("#packs", DataTable)
        column = table.columns.get("pack")
        if column is not None and column.width != self.pack_width():
            column.width = self.pack_width()
            self.refresh_counts()

    def refresh_counts(self) -> None:
        self.counted = True
        app = self.app
        table = self.query_one("#packs", DataTable)
        cursor = table.cursor_row
        table.clear()
        rows = overview(app.store, app.packs.packs, app.clock())
        total = sum(r.total for r in rows)
        new = sum(r.new for r in rows)
        due = sum(r.due for r in rows)
        table.add_row(cell(""), Text("Everything due", style="bold"), cell(str(total)), cell(str(new)), cell(str(due)), cell(""), key=ALL_ROW)
        for row in rows:
            accuracy = f"{row.accuracy:.0%}" if row.accuracy is not None else "–"
            mark = "●" if row.pack.id in self.marked else ""
            table.add_row(cell(mark), literal(fit(row.pack.title, self.pack_width())), cell(str(row.total)), cell(str(row.new)), cell(str(row.due)), cell(accuracy), key=row.pack.id)
        if table.row_count:
            table.move_cursor(row=min(max(cursor, 0), table.row_count - 1))
        new_today = max(0, app.settings.new_per_day - app.store.introduced_since(local_day_start(app.clock())))
        self.query_one("#home-intro", Static).update(
            Text.assemble(
                (f"{len(rows)} packs · {total} questions", "bold"),
                f" · {due} due now · up to {min(new, new_today)} new today",
                "\nEnter: study this pack · Space: mark several · a: all due · ?: every key",
            )
        )
        self.refresh_exam()
        problems = self.query_one("#home-problems", Static)
        errors = app.packs.errors
        problems.display = bool(errors)
        if errors:
            problems.update(literal(f"{len(errors)} problem(s) in packs, those questions are skipped (p to list). First: {errors[0]}"))

    def refresh_exam(self) -> None:
        """Upcoming exams: days left, predicted exam-day recall, today's plan (studyapp.exam).
        With no exam set (one query), the planner is not imported: most starts have none."""
        app = self.app
        panel = self.query_one("#home-exam", Static)
        try:
            if not app.store.has_exams():
                panel.display = False
                return
            from studyapp.exam import plans_for, upcoming_exams

            exams = upcoming_exams(app.store, app.clock())
            plans = []
            if exams and app.exams_planning():  # a new exam's reserve, chosen in a thread: figures follow
                from studyapp.tui.screens.exam import planning_status

                panel.display = True
                panel.update(planning_status(exams, app.clock()))
                return
            if exams:  # no exam, no need to gather every question
                questions = [q for pack in app.packs.packs for q in pack.study_questions]
                plans, _ = plans_for(app.store, app.scheduler, questions, app.store.card_states(), app.clock(), new_per_day=app.settings.new_per_day, predict=True, exams=exams)
        except StoreError as exc:
            plans = []
            self.notify(str(exc), severity="error", timeout=8)
        panel.display = bool(plans)
        if plans:
            from studyapp.tui.screens.exam import exam_status

            panel.update(exam_status(plans, {p.id: p.title for p in app.packs.packs}))

    def on_exams_planned(self) -> None:
        self.refresh_exam()

    def _selected_packs(self):
        table = self.query_one("#packs", DataTable)
        packs = {p.id: p for p in self.app.packs.packs}
        if self.marked:
            return [packs[i] for i in self.marked if i in packs]
        if table.row_count == 0:
            return []
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return None if key == ALL_ROW else [packs[key]]

    def action_study(self) -> None:
        """The pack under the cursor; when packs are marked, the marked ones, and it says so."""
        packs = self._selected_packs()
        if not self.marked:
            self.app.start_session(packs)
            return
        names = ", ".join(p.title for p in packs)
        before = self.app.screen
        self.app.start_session(packs, what=f"the marked packs ({names}); Space unmarks the pack under the cursor")
        if self.app.screen is not before:  # a session started: the marks have served
            self.notify(f"Studying the {len(packs)} marked pack(s): {names}.", timeout=4)
            self.marked.clear()

    def action_import_deck(self) -> None:
        self.app.open_import()

    def action_study_all(self) -> None:
        self.app.start_session(None)

    def action_mark(self) -> None:
        table = self.query_one("#packs", DataTable)
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key == ALL_ROW:
            return
        self.marked ^= {key}
        table.update_cell(key, "mark", cell("●" if key in self.marked else ""))
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def action_reload(self) -> None:
        self.app.reload_packs()
        self.refresh_counts()

    def action_problems(self) -> None:
        from studyapp.tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.app.packs.problems))

    def action_settings(self) -> None:
        self.app.open_settings()

    def action_progress(self) -> None:
        self.app.open_progress()

    def action_exam(self) -> None:
        self.app.open_exam()

    def action_drafts(self) -> None:
        """Review drafted questions: the pack under the cursor if it has drafts, else the first pack that has."""
        from studyapp.drafting.review import DraftReview, ReviewError
        from studyapp.tui.screens.draft_review import DraftReviewScreen

        selected = self._selected_packs() or []
        candidates = [*selected, *self.app.packs.packs]
        pack = next((p for p in candidates if len(p.study_ids) != len(p.ids)), None)
        if pack is None:
            self.notify("No drafts to review: studyapp draft FILE drafts questions from an article.", timeout=6)
            return
        try:
            review = DraftReview(pack.path, self.app.context.paths.data_dir / "drafts")
        except ReviewError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return

        def reviewed(_counts) -> None:
            self.app.reload_packs()
            self.refresh_counts()

        self.app.push_screen(DraftReviewScreen(review), callback=reviewed)

    def action_mock(self) -> None:
        """A mock exam on the marked packs, else on the nearest exam's packs (or every pack)."""
        packs = {p.id: p for p in self.app.packs.packs}
        self.app.open_mock([packs[i] for i in sorted(self.marked) if i in packs] if self.marked else None)


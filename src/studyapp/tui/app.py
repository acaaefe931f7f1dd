"""The Textual application: owns the store, the loaded packs and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from studyapp.config import Settings, save_settings
from studyapp.context import Context
from studyapp.packs import LoadResult, Pack, Question
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.store import Store, StoreError


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class StudyApp(App):
    """studyapp's TUI. ``clock`` and ``seed`` exist so tests can control time and shuffling."""

    CSS_PATH = "app.tcss"
    TITLE = "studyapp"
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    def __init__(
        self,
        context: Context,
        *,
        clock: Callable[[], datetime] = utc_now,
        seed: int | None = None,
        fuzz: bool = True,
    ) -> None:
        super().__init__()
        self.context = context
        self.clock = clock
        self.seed = seed
        self.fuzz = fuzz
        self.settings: Settings = context.settings
        self.store: Store = context.open_store()
        self.packs: LoadResult = context.load_packs()
        self.scheduler = Scheduler(self.settings.desired_retention, fuzz=fuzz)

    def on_mount(self) -> None:
        from studyapp.tui.screens.home import HomeScreen

        self.apply_settings(self.settings)
        self.push_screen(HomeScreen())
        if self.packs.errors:
            self.notify(
                f"{len(self.packs.errors)} pack problem(s): some questions were skipped. Press p on the home screen to see them.",
                severity="warning",
                timeout=8,
            )

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            self.theme = settings.theme
        except Exception:  # an unknown theme name in a hand-edited file
            self.theme = "textual-dark"
        self.scheduler = Scheduler(settings.desired_retention, fuzz=self.fuzz)
        if settings.keys:
            self.set_keymap(settings.keys)

    def save_settings(self, settings: Settings) -> None:
        save_settings(self.context.paths.settings_file, settings)
        self.apply_settings(settings)

    # --- actions shared by screens --------------------------------------------

    def reload_packs(self) -> None:
        self.packs = self.context.load_packs()
        total = sum(len(p.questions) for p in self.packs.packs)
        problems = f", {len(self.packs.errors)} problem(s)" if self.packs.errors else ""
        self.notify(f"Reloaded {len(self.packs.packs)} pack(s), {total} question(s){problems}.")

    def start_session(self, packs: Sequence[Pack] | None = None, questions: Iterable[Question] | None = None, mode: str = "study") -> None:
        """Open the study screen on some packs (or an explicit list of questions)."""
        from studyapp.tui.screens.study import StudyScreen

        if questions is None:
            chosen = list(packs if packs is not None else self.packs.packs)
            questions = [q for pack in chosen for q in pack.study_questions]
        try:
            session = StudySession(
                self.store,
                self.scheduler,
                list(questions),
                self.clock(),
                new_limit=self.settings.new_per_day,
                mode=mode,
                seed=self.seed,
            )
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        if session.remaining == 0:
            self.store.end_session(session.session_id, self.clock())
            self.notify("Nothing due and no new questions left for today in that selection.", timeout=5)
            return
        self.push_screen(StudyScreen(session))

    def action_help(self) -> None:
        from studyapp.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Study everything due", "Due reviews and new questions from every pack", lambda: self.start_session())
        yield SystemCommand("Reload packs", "Pick up packs added or edited on disk", self.reload_packs)
        yield SystemCommand("Settings", "Daily new limit, retention, theme, keys", self.open_settings)
        yield SystemCommand("Keys", "Every key of every screen", self.action_help)

    def open_settings(self) -> None:
        from studyapp.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def on_unmount(self) -> None:
        self.store.close()

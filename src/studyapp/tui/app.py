"""The Textual application: owns the store, the loaded packs and the clock."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from studyapp.config import Settings, save_settings
from studyapp.context import Context
from studyapp.packs import LoadResult, Pack, PackChanged, Question, StudyQuestions
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.siblings import near_map
from studyapp.store import Store, StoreError


FIRST_QUESTION_ENV = "STUDYAPP_BENCH_FIRST_QUESTION"
"""Measurement hook for bench/run.py: when set, the app opens a session on every
pack, writes "<unix time> <peak RSS KiB> <CPU seconds> <pack/question>" to the
file it names once the first question has been drawn on screen, and exits."""


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _stop_line(signum: int) -> str:
    from studyapp.cli import STOP_REASONS

    return f"studyapp: {STOP_REASONS.get(signum, 'stopped')}; every answer given so far is saved."


class ExamsPlanned(Message):
    """Sent to the screen on top once the exams' final reserves are chosen (``StudyApp.exams_planning``):
    a screen that showed "planning…" shows the real figures now (``on_exams_planned``)."""


PLANNING_GROUP = "exam-reserve"


class LaunchScreen(Screen):
    """The bottom of the screen stack, never seen for long: the home screen goes on top of
    it at start, or, after a session opened from the command line, when that session ends."""

    def on_screen_resume(self) -> None:
        if self.app.screen is self:
            self.app._launch_screen_resumed()


class StudyApp(App):
    """studyapp's TUI. ``clock`` and ``seed`` exist so tests can control time and shuffling."""

    CSS_PATH = "app.tcss"
    exit_line = ""
    """Printed once the app has left the screen: why it stopped, in one line (not Textual's
    exit message, which Rich wraps at the terminal's width)."""
    backup_delay = 1.5
    """Seconds after start-up before the day's automatic backup begins (in a thread)."""
    TITLE = "studyapp"
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),  # in help and the palette: the key bar keeps its room
    ]

    def __init__(
        self,
        context: Context,
        *,
        clock: Callable[[], datetime] = utc_now,
        seed: int | None = None,
        fuzz: bool = True,
        start: Sequence[str] | None = None,
        packs: LoadResult | None = None,
        collect_after_start: bool = False,
    ) -> None:
        """``start``: pack ids to open a session on at once ([] = every pack), the
        home screen following it; None opens the home screen. ``packs``: already loaded.
        ``collect_after_start``: the caller paused the cyclic collector for the start-up
        (``commands.study``); it resumes once the first screen is drawn."""
        super().__init__()
        self.context = context
        self.start = None if start is None else list(start)
        self._home_after_session = False
        self.clock = clock
        self.seed = seed
        self.fuzz = fuzz
        self.settings: Settings = context.settings
        self.store: Store = context.open_store()
        self.store.defer_checkpoints()  # the study screen runs them while feedback is read
        # The packs live as long as the app: the cyclic GC need not walk 100,000 questions
        # again and again (a 5 ms pause every few answers at that size). No cycles in them.
        # Frozen before the collector runs at all: its first passes after loading walked
        # every new question (three of them, 0.2 s, before the first question at 100,000).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.packs: LoadResult = packs if packs is not None else context.load_packs()
            gc.freeze()
        finally:
            if collecting:
                gc.enable()
        self.scheduler = Scheduler(self.settings.desired_retention, fuzz=fuzz, parameters=self.store.fitted_parameters())
        self._collect_after_start = collect_after_start
        self._planning: Worker | None = None
        self._planning_tried: set[int] = set()
        self._after_planning: Callable[[], None] | None = None

    def get_default_screen(self) -> Screen:
        return LaunchScreen()

    def on_mount(self) -> None:
        self.apply_settings(self.settings)
        if self.start is None or not self._start_session_at_launch():
            self.go_home()
        if self._collect_after_start:
            self.screen.call_after_refresh(self._resume_collector)
        self._stop_on_signals()
        # Off the start-up path: a thread with its own connection, at most once a day,
        # started once the first screen is up so it does not compete with drawing it.
        self.set_timer(self.backup_delay, lambda: self.run_worker(self._auto_backup, thread=True, group="backup", exit_on_error=False))
        if self.packs.errors:
            self.notify(
                f"{len(self.packs.errors)} pack problem(s): some questions were skipped. Press p on the home screen to see them.",
                severity="warning",
                timeout=8,
            )
        if os.environ.get(FIRST_QUESTION_ENV):
            self._report_first_question(Path(os.environ[FIRST_QUESTION_ENV]))

    def _resume_collector(self) -> None:
        """The first screen is drawn: the cyclic collector runs again. What the start-up made
        is frozen first, as the packs are: it lives as long as the app (about a thousand
        objects of garbage among it stay), and the collector's passes need not walk it."""
        gc.freeze()
        gc.enable()

    def _start_session_at_launch(self) -> bool:
        """``studyapp study --all`` / ``studyapp study PACK``: the session first, composed
        alone (the home screen is built when the session ends), so the question shows sooner."""
        wanted = set(self.start or ())
        chosen = [pack for pack in self.packs.packs if not wanted or pack.id in wanted]
        self.start_session(chosen)
        if not isinstance(self.screen, LaunchScreen):
            self._home_after_session = True
            return True
        return False

    def go_home(self) -> None:
        from studyapp.tui.screens.home import HomeScreen

        self.push_screen(HomeScreen())

    def _launch_screen_resumed(self) -> None:
        if self._home_after_session:
            self._home_after_session = False
            self.go_home()

    def _report_first_question(self, report: Path) -> None:
        """bench/run.py's cold-start probe: note when the first question is on screen, then exit.

        Started as plain ``studyapp``, it first opens a session on every pack from the
        home screen (the way a user does it with ``a``); with ``study --all`` the session is open already.
        """
        if self.start is None:
            self.start_session()
        self.screen.call_after_refresh(self._first_question_shown, self.screen, report)

    def _first_question_shown(self, screen: Screen, report: Path) -> None:
        import contextlib
        import resource
        import time

        question = getattr(screen, "question", None)
        shown = f"{question.pack_id}/{question.id}" if question is not None else "none"
        usage = resource.getrusage(resource.RUSAGE_SELF)
        peak = usage.ru_maxrss  # on Linux it counts the parent's size at fork: the map's own mark is better
        with contextlib.suppress(OSError, StopIteration, ValueError), open("/proc/self/status") as status:
            peak = int(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
        report.write_text(f"{time.time():.6f} {peak} {usage.ru_utime + usage.ru_stime:.3f} {shown}\n")
        self.exit(return_code=0 if question is not None else 1)

    def _auto_backup(self) -> None:
        from studyapp.backup import auto_backup

        try:
            auto_backup(self.context.paths.database, self.context.paths.backups, self.clock())
        except Exception as exc:  # noqa: BLE001 - a failed backup must never stop studying
            self.call_from_thread(self.notify, f"Automatic backup failed: {exc}", severity="warning", timeout=8)

    def refit_memory_model(self) -> None:
        """At the end of a session, in a thread with its own connection: refit the FSRS
        parameters once 1,000 new reviews exist since the last fit (studyapp.optimize)."""
        self.run_worker(self._refit, thread=True, group="optimize", exclusive=True, exit_on_error=False)

    def _refit(self) -> None:
        from studyapp.optimize import auto

        fit = auto(self.context.paths.database, self.clock())
        if fit is not None and fit.used:
            self.call_from_thread(self._use_fitted_parameters, fit)

    def _use_fitted_parameters(self, fit) -> None:
        self.scheduler = Scheduler(self.settings.desired_retention, fuzz=self.fuzz, parameters=fit.parameters)
        self.notify(
            f"Memory model fitted to your {fit.reviews:,} reviews: log loss {fit.before.log_loss:.3f} → {fit.after.log_loss:.3f}.",
            timeout=6,
        )

    def exams_planning(self) -> bool:
        """Whether an exam is being planned in a thread (its final reserve chosen, ~1 s:
        studyapp.exam.choose_reserves); starts that when an upcoming exam has no reserve yet.

        While True, screens say "planning…" instead of calling the planner (which would
        choose it on this thread and freeze the screen); :class:`ExamsPlanned` follows.
        An exam is tried once per change: if the choice cannot be stored, planning
        chooses it again on the spot, as before.
        """
        if self._planning is not None:
            return True
        try:
            if not self.store.has_exams():
                return False  # nothing to plan: studyapp.exam stays unimported at start
        except StoreError:
            return False
        from studyapp.exam import choose_reserves, upcoming_exams

        now = self.clock()
        try:
            pending = {e.id for e in upcoming_exams(self.store, now) if e.final_reserve is None} - self._planning_tried
        except StoreError:
            return False
        if not pending:
            return False
        self._planning_tried |= pending
        questions = [q for pack in self.packs.packs for q in pack.study_questions]
        database, parameters, new_per_day = self.context.paths.database, self.scheduler.parameters, self.settings.new_per_day

        def work() -> dict[int, float]:
            from textual.worker import get_current_worker

            worker = get_current_worker()
            return choose_reserves(database, parameters, questions, now, new_per_day=new_per_day, stop=lambda: worker.is_cancelled)

        self._planning = self.run_worker(work, thread=True, group=PLANNING_GROUP, exit_on_error=False)
        return True

    def replan_exams(self) -> None:
        """An exam was set or changed: its reserve is chosen again (a choice under way for the old shape is dropped)."""
        if self._planning is not None:
            self._planning.cancel()
            self._planning = None
        self._planning_tried.clear()
        self._after_planning = None  # a session asked for before the change is not opened behind the learner's back

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._planning or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            return
        self._planning = None
        then, self._after_planning = self._after_planning, None
        if then is not None:
            then()
        self.screen.post_message(ExamsPlanned())

    def get_driver_class(self):
        """Textual's driver, except that a terminal that has gone away ends the app (see tui.lifeline)."""
        from textual import constants

        from studyapp.tui import lifeline

        if constants.DRIVER is None and os.name == "posix":
            return lifeline.driver_class()
        return super().get_driver_class()

    def run(self, *args, headless: bool = False, **kwargs):
        """Run until quit; SIGHUP, SIGTERM, SIGINT or the terminal going away end it within a second."""
        from studyapp.tui import lifeline

        if headless or not lifeline.supported():
            self._watched = False
            result = super().run(*args, headless=headless, **kwargs)
        else:
            with lifeline.Lifeline(self) as watch:
                result = super().run(*args, headless=headless, **kwargs)
            if watch.signum is not None:
                self._return_code = 128 + watch.signum
                self.exit_line = self.exit_line or _stop_line(watch.signum)
        if self.exit_line:
            try:
                print(self.exit_line, file=sys.stderr)  # plain print: one line, however narrow the terminal
            except OSError:
                pass  # the terminal is gone
        return result

    _watched = True
    """tui.lifeline takes the stop signals (Linux); elsewhere they are handled on the event loop."""

    def _stop_on_signals(self) -> None:
        """Where tui.lifeline cannot run (no sigtimedwait: macOS), SIGHUP, SIGTERM and SIGINT
        are handled on the event loop: they end the app unless that loop is stuck."""
        import asyncio
        import signal

        if self.is_headless or self._watched:
            return
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(signum, self.stop_for_signal, signum)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # not a Unix loop, or not the main thread

    def stop_for_signal(self, signum: int) -> None:
        """Called on the event loop by tui.lifeline: exit cleanly, answers are already saved."""
        self.exit_line = _stop_line(signum)
        self.exit(return_code=128 + signum)

    def _handle_exception(self, error: Exception) -> None:
        """A damaged database (met at start or mid-session) or a bad file ends the app with
        the same one line the commands print, not a traceback (STUDYAPP_DEBUG=1 shows it)."""
        from studyapp.cli import error_line

        if self.exit_line and not os.environ.get("STUDYAPP_DEBUG"):
            return  # already leaving for a reason given: what fails now is widgets torn down mid-mount
        line = None if os.environ.get("STUDYAPP_DEBUG") else error_line(error, self.context.paths.database)
        if line is None:
            super()._handle_exception(error)
            return
        self.exit_line = f"studyapp: {line}"
        self.exit(return_code=1)

    async def on_event(self, event: events.Event) -> None:
        """The study screen takes each key as it arrives, in order (StudyScreen.take_key):
        queued for a widget, keys typed after an Enter could land in the answer just sent."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            take = getattr(self.screen, "take_key", None)
            if take is not None and take(event):
                return
        await super().on_event(event)

    def action_help_quit(self) -> None:
        """Ctrl+C: say how to quit, in plain words (Textual's own hint carries markup)."""
        self.notify("Press Ctrl+Q to quit studyapp (every answer is already saved).", title="Do you want to quit?")

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None, markup: bool = True) -> None:
        """Notifications carry exam names, file paths and error text: always shown literally."""
        from studyapp.tui.text import clean

        super().notify(clean(message), title=clean(title), severity=severity, timeout=timeout, markup=False)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            self.theme = settings.theme
        except Exception:  # an unknown theme name in a hand-edited file
            self.theme = "textual-dark"
        self.scheduler = Scheduler(settings.desired_retention, fuzz=self.fuzz, parameters=self.store.fitted_parameters())
        if settings.keys:
            self.set_keymap(settings.keys)

    def save_settings(self, settings: Settings) -> None:
        save_settings(self.context.paths.settings_file, settings)
        self.apply_settings(settings)

    # --- actions shared by screens --------------------------------------------

    def reload_packs(self) -> None:
        self.packs = self.context.load_packs()
        gc.freeze()
        total = sum(len(p.ids) for p in self.packs.packs)
        problems = f", {len(self.packs.errors)} problem(s)" if self.packs.errors else ""
        self.notify(f"Reloaded {len(self.packs.packs)} pack(s), {total} question(s){problems}.")

    def start_session(
        self, packs: Sequence[Pack] | None = None, questions: Iterable[Question] | None = None, mode: str = "study", what: str = "that selection"
    ) -> None:
        """Open the study screen on some packs (or an explicit list of questions); ``what``
        names them when nothing is due."""
        from studyapp.tui.screens.study import StudyScreen

        if mode != "mock" and self.exams_planning():
            # the plan needs the exam's final reserve, chosen in a thread: open once it is there
            screen = self.screen
            self._after_planning = lambda: (self.screen is screen or isinstance(screen, LaunchScreen)) and self.start_session(packs, questions, mode, what)
            self.notify("Planning the exam: the session opens in a moment.", timeout=3)
            return
        if questions is None:  # whole packs: the session builds the questions of its queue only
            questions = StudyQuestions(packs if packs is not None else self.packs.packs)
        try:
            session = StudySession(
                self.store,
                self.scheduler,
                questions if isinstance(questions, StudyQuestions) else list(questions),
                self.clock(),
                new_limit=self.settings.new_per_day,
                mode=mode,
                seed=self.seed,
                date_order=self.settings.date_order,
                near=near_map(self.packs.packs),
                open_later=True,  # the study screen writes the session's row once its first question is drawn
            )
        except (StoreError, PackChanged) as exc:  # PackChanged: a plan reads every question of its packs
            self.notify(str(exc), severity="error", timeout=10)
            return
        if session.remaining == 0:  # nothing asked: no row written, so no 0/0 session in the history
            self.notify(f"Nothing due and no new questions left for today in {what}.", timeout=6)
            return
        self.push_screen(StudyScreen(session))

    def action_help(self) -> None:
        from studyapp.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own "Keys" (a side panel) would sit beside ours (the help screen): one is enough.
        yield from (command for command in super().get_system_commands(screen) if command.title != "Keys")
        yield SystemCommand("Study everything due", "Due reviews and new questions from every pack", lambda: self.start_session())
        yield SystemCommand("Reload packs", "Pick up packs added or edited on disk", self.reload_packs)
        yield SystemCommand("Settings", "Daily new limit, retention, theme, keys", self.open_settings)
        yield SystemCommand("Progress", "Streaks, heatmap, forecast, retention, weak spots, sessions", self.open_progress)
        yield SystemCommand("Set exam", "Exam date, packs and daily budget: the plan aims at that day", self.open_exam)
        yield SystemCommand("Mock exam", "N questions across the exam's packs, optionally timed; report at the end", lambda: self.open_mock())
        yield SystemCommand("Keys", "Every key of every screen", self.action_help)
        yield SystemCommand("Import a deck", "Anki package, Anki/Quizlet text or a CSV sheet: preview, then write a pack", self.open_import)

    def open_import(self) -> None:
        from studyapp.tui.screens.import_deck import ImportScreen

        self.push_screen(ImportScreen())

    def open_settings(self) -> None:
        from studyapp.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def open_progress(self) -> None:
        """The Progress screen is built once and kept: later visits only recompute the figures."""
        from studyapp.tui.screens.progress import ProgressScreen

        if isinstance(self.screen, ProgressScreen):
            return
        if not self.is_screen_installed("progress"):
            self.install_screen(ProgressScreen(), "progress")
        self.push_screen("progress")

    def open_exam(self) -> None:
        from studyapp.tui.screens.exam import ExamScreen

        if not isinstance(self.screen, ExamScreen):
            self.push_screen(ExamScreen())

    def open_mock(self, packs: Sequence[Pack] | None = None) -> None:
        """Mock exam setup: on the given packs, else the nearest upcoming exam's, else every pack."""
        from studyapp.exam import upcoming_exams
        from studyapp.tui.screens.mock import MockSetupScreen

        exam = None
        if packs is None:
            upcoming = upcoming_exams(self.store, self.clock())
            exam = upcoming[0] if upcoming else None
        chosen = list(packs if packs is not None else self.packs.packs)
        pool = [q for pack in chosen for q in pack.study_questions if exam is None or exam.covers(q)]
        if not pool:
            self.notify("No questions to draw a mock exam from.", severity="warning", timeout=5)
            return
        if exam is not None:
            source = f"Exam {exam.name} ({exam.date.isoformat()}): {exam.scope}"
        else:
            source = "Packs: " + ", ".join(p.title for p in chosen)
        self.push_screen(MockSetupScreen(pool, exam, source))

    def on_unmount(self) -> None:
        if self._planning is not None:
            self._planning.cancel()  # the thread stops at its next forecast: quitting does not wait ~1 s
        self.store.close()

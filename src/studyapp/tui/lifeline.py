"""The app leaves when its terminal goes away or it is told to stop, whatever the event loop is doing.

Why this exists (issue 19, item 10: processes left asleep after ``tmux kill``):

* Textual writes the screen from a thread through a queue of 30 writes. Once
  the terminal is closed, a write fails (EIO), that thread dies silently, and
  the 31st frame (a blinking cursor makes two a second) blocks the event loop
  on the full queue for good.
* The stop signals were handled on that event loop, so from then on SIGHUP
  and SIGTERM did nothing: the process slept forever, "ignoring SIGTERM".
* Nothing but SIGHUP told the app that its terminal was gone, and a process
  that is not the terminal's controlling process (started from a shell that
  exits without passing the hang-up on, for one) never gets it; Textual's
  input thread then spins on end-of-file.

So: writes to a terminal that is gone are dropped and count as a hang-up
(:class:`TerminalOutput`, through :func:`driver_class`), and a thread of
our own (:class:`Lifeline`) takes SIGHUP, SIGTERM and SIGINT with
``sigtimedwait`` (they are blocked in every other thread) and checks ten
times a second that the terminal is still there. It asks the app to exit; if
the app has not finished within :data:`GRACE` seconds it waits for a commit
in progress, then ends the process. Every answer is committed before its
feedback shows, so nothing given is lost either way.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import termios
import threading
import time
from collections.abc import Callable

STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM, signal.SIGINT)
POLL = 0.1
"""Seconds between checks that the terminal is still there."""
GRACE = 0.5
"""Seconds the app gets to exit cleanly before the process ends anyway."""
COMMIT_WAIT = 0.3
"""Then at most this long for a commit in progress to finish."""


class TerminalOutput:
    """The terminal as Textual's writer thread sees it: writes to a terminal that is gone are
    dropped (the thread lives on, so its queue never fills) and ``gone`` is called once."""

    def __init__(self, file, gone: Callable[[], None]) -> None:
        self._file = file
        self._gone = gone
        self.lost = False

    def write(self, text: str) -> int:
        if not self.lost:
            try:
                return self._file.write(text)
            except (OSError, ValueError):
                self._lose()
        return len(text)

    def flush(self) -> None:
        if not self.lost:
            try:
                self._file.flush()
            except (OSError, ValueError):
                self._lose()

    def fileno(self) -> int:
        return self._file.fileno()

    def isatty(self) -> bool:
        return True

    def _lose(self) -> None:
        self.lost = True
        self._gone()


def hang_up() -> None:
    """Treat a failed write as the terminal closing: the same path as a real SIGHUP."""
    os.kill(os.getpid(), signal.SIGHUP)


def driver_class():
    """Textual's Linux driver, writing through :class:`TerminalOutput`."""
    from textual.drivers.linux_driver import LinuxDriver

    class Driver(LinuxDriver):
        def __init__(self, app, **kwargs) -> None:
            super().__init__(app, **kwargs)
            self._file = TerminalOutput(self._file, hang_up)

    return Driver


def supported() -> bool:
    return hasattr(signal, "sigtimedwait") and hasattr(signal, "pthread_sigmask")


class Lifeline:
    """Watch for stop signals and the terminal going away while ``app`` runs (``with Lifeline(app):``)."""

    def __init__(self, app, terminal_fd: int | None = None) -> None:
        self.app = app
        self.terminal_fd = sys.__stdin__.fileno() if terminal_fd is None and sys.__stdin__ else terminal_fd
        self.signum: int | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "Lifeline":
        # Blocked before Textual starts its threads, which inherit the mask: only
        # sigtimedwait below takes these signals, whatever the other threads are doing.
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        self._thread = threading.Thread(target=self._watch, name="studyapp-lifeline", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        if self._thread is not None:
            if self._thread.is_alive():
                try:  # wake it from sigtimedwait now rather than at its next poll: quitting stays instant
                    signal.pthread_kill(self._thread.ident, signal.SIGHUP)
                except (ProcessLookupError, OSError):
                    pass  # it has just finished
            self._thread.join()
        # A signal that came after the app finished is delivered now, to the
        # handlers of studyapp.cli (one line, the same exit status).
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)

    def _watch(self) -> None:
        # Every other signal goes to the other threads: one delivered here (a resize's SIGWINCH)
        # interrupts sigtimedwait, and CPython 3.11 then returns a siginfo it never filled in
        # once the 0.1 s has run out meanwhile (a loaded machine): a random "signal" ended the
        # app with a random exit status (176, 96, 192 in test_lifeline).
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        while not self._done.is_set():
            info = signal.sigtimedwait(STOP_SIGNALS, POLL)
            if self._done.is_set():
                return  # the app has finished (and this was the wake-up from __exit__)
            if info is not None and info.si_signo in STOP_SIGNALS:  # not after a stop and SIGCONT, the same garbage
                self._stop(info.si_signo)
                return
            if not self._terminal_alive():
                self._stop(int(signal.SIGHUP))
                return

    def _terminal_alive(self) -> bool:
        if self.terminal_fd is None:
            return True
        try:
            termios.tcgetattr(self.terminal_fd)
        except termios.error as exc:
            return exc.args[0] not in (errno.EIO, errno.EBADF)  # hung up, closed
        return True

    def _stop(self, signum: int) -> None:
        self.signum = signum
        loop = getattr(self.app, "_loop", None)
        if loop is not None:
            try:
                loop.call_soon_threadsafe(self.app.stop_for_signal, signum)
            except RuntimeError:
                pass  # the loop has closed: the app is finishing anyway
        if self._done.wait(GRACE):
            return
        # The app is stuck (a blocked write, a slow query): end the process, but not in
        # the middle of a commit.
        store = getattr(self.app, "store", None)
        deadline = time.monotonic() + COMMIT_WAIT
        while store is not None and _in_transaction(store) and time.monotonic() < deadline:
            time.sleep(0.01)
        _restore_terminal(self.app)
        from studyapp.cli import STOP_REASONS

        _write_line(f"studyapp: {STOP_REASONS.get(signum, 'stopped')}; every answer given so far is saved.\n")
        os._exit(128 + signum)


def _in_transaction(store) -> bool:
    try:
        return store.connection.in_transaction
    except Exception:  # noqa: BLE001 - closed: nothing in progress
        return False


def _restore_terminal(app) -> None:
    """Best effort, without blocking: leave the alternate screen and give the cursor back."""
    driver = getattr(app, "_driver", None)
    attrs = getattr(driver, "attrs_before", None)
    fd = getattr(driver, "fileno", None)
    if attrs is not None and fd is not None:
        try:
            termios.tcsetattr(fd, termios.TCSANOW, attrs)
        except (termios.error, OSError):
            pass
    _write_line("\x1b[?1049l\x1b[?25h")


def _write_line(text: str) -> None:
    """Write to stderr; a terminal nobody reads must not hold the exit up."""
    try:
        fd = sys.__stderr__.fileno()
        if os.isatty(fd):  # a new open file of the terminal: non-blocking for us alone, not for the shell
            tty = os.open(os.ttyname(fd), os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
            try:
                os.write(tty, text.encode())
            finally:
                os.close(tty)
        else:
            os.write(fd, text.encode())
    except (OSError, ValueError, AttributeError):
        pass

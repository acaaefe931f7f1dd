"""The TUI ends within a second when its terminal goes away or it is told to stop, answers saved.

Issue 19, item 10: after ``tmux kill`` a study process sometimes stayed alive,
asleep, for good, and ignored SIGTERM. The cause: once the terminal was gone,
Textual's writer thread died on EIO, the 31st frame blocked the event loop on
its full queue, and the stop signals were handled on that loop; and a process
that is not the terminal's controlling process never got SIGHUP at all (see
``studyapp.tui.lifeline``). Here the real ``studyapp`` runs on a
pseudo-terminal that is its stdin, stdout *and* stderr, as in a terminal window.
"""

from __future__ import annotations

import fcntl
import os
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time

import pytest
import yaml

from crashkit import studyapp_command, verify

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals and /proc"),
    pytest.mark.xdist_group("terminal"),  # timed to the second: one app-on-a-terminal test at a time (pyproject.toml)
]
LIMIT = 1.0
"""Seconds from the terminal closing (or the signal) to the process being gone."""


class Terminal:
    """A terminal window: the real TUI on a pty; ``controlling`` makes it the pty's controlling process."""

    def __init__(self, data, controlling: bool, keep_slave: bool = False) -> None:
        self.data = data
        packs = _short_pack(data.parent / f"{data.name}-packs")
        self.master, slave = os.openpty()
        self.slave = os.dup(slave) if keep_slave else None  # to read the terminal's modes afterwards
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", STUDYAPP_DATA_DIR=str(data), STUDYAPP_CONFIG_DIR=str(data))
        self.proc = subprocess.Popen(
            [*studyapp_command(), "study", "short", "--packs", str(packs)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
            preexec_fn=(lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0)) if controlling else None,
            env=env,
        )
        os.close(slave)
        os.set_blocking(self.master, False)  # a terminal the app does not read yet never blocks the test
        self.screen = b""

    @property
    def ready(self) -> bool:
        """The study screen is up (its key bar is drawn)."""
        return b"End session" in self.screen

    def drain(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if ready:
                try:
                    self.screen = (self.screen + os.read(self.master, 65536))[-20000:]
                except BlockingIOError:
                    pass
                except OSError:
                    return

    def answer(self, count: int) -> int:
        """Answer until ``count`` answers are saved, whatever the question types; returns how many are."""
        end = time.monotonic() + 60
        while _reviews(self.data) < count and time.monotonic() < end:
            for key in (b"x", b"\r", b"\r"):
                try:
                    os.write(self.master, key)
                except BlockingIOError:
                    pass
                self.drain(0.05)
        self.drain(0.3)  # the feedback of the last one is on screen
        seen, settle = _reviews(self.data), time.monotonic() + 10
        while time.monotonic() < settle:  # a key still queued in the terminal on a loaded machine may save one more
            self.drain(0.3)
            if (now := _reviews(self.data)) == seen:
                break
            seen = now
        return seen

    def gone_within(self, limit: float) -> tuple[float, int]:
        began = time.monotonic()
        try:
            status = self.proc.wait(timeout=limit * 10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"still running {limit * 10:.0f} s later") from None
        return time.monotonic() - began, status

    def close(self) -> None:
        for fd in (self.master, self.slave):
            try:
                if fd is not None:
                    os.close(fd)
            except OSError:
                pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _short_pack(folder):
    """Typed questions only: "x" and Enter answer any of them, Enter goes on."""
    folder.mkdir(parents=True)
    questions = [
        {"id": f"q{i}", "type": "short", "category": "concept", "prompt": f"Word number {i}?", "answer": f"w{i}", "explanation": "e"} for i in range(12)
    ]
    (folder / "short.yaml").write_text(yaml.safe_dump({"id": "short", "title": "Short", "questions": questions}))
    return folder


def _reviews(data) -> int:
    try:
        conn = sqlite3.connect(data / "progress.sqlite3", timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM reviews WHERE kind != 'undo' AND undone = 0").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _stop_by(how: str, term: Terminal) -> None:
    if how in ("closed, no SIGHUP", "closed, SIGHUP"):
        os.close(term.master)  # the window closes
    elif how == "SIGHUP":
        term.proc.send_signal(signal.SIGHUP)
    elif how == "SIGTERM":
        term.proc.send_signal(signal.SIGTERM)
    elif how == "SIGTERM, terminal not read":
        # Nobody reads the terminal any more (a stalled SSH link, a frozen tmux): redraws
        # fill it, Textual's writer blocks, then its queue, then the event loop.
        for n in range(60):
            fcntl.ioctl(term.master, termios.TIOCSWINSZ, struct.pack("HHHH", 24 + n % 2, 80 + n % 3, 0, 0))
            term.proc.send_signal(signal.SIGWINCH)
            time.sleep(0.01)
        time.sleep(0.5)
        term.proc.send_signal(signal.SIGTERM)


WAYS = {
    "closed, no SIGHUP": 129,  # not the controlling process: only the dead terminal tells
    "closed, SIGHUP": 129,
    "SIGHUP": 129,
    "SIGTERM": 143,
    "SIGTERM, terminal not read": 143,
}


def test_the_app_ends_within_a_second_whatever_ends_it_and_keeps_every_answer(tmp_path):
    terms = {how: Terminal(tmp_path / f"data{n}", controlling=how != "closed, no SIGHUP") for n, how in enumerate(WAYS)}
    try:
        end = time.monotonic() + 60
        while not all(term.ready for term in terms.values()) and time.monotonic() < end:
            for term in terms.values():  # start-ups overlap
                term.drain(0.05)
        timings = {}
        for how, term in terms.items():
            assert term.ready, (how, term.screen[-2000:])
            answered = term.answer(2)
            assert answered >= 2, term.screen[-2000:]
            _stop_by(how, term)
            elapsed, status = term.gone_within(LIMIT)
            timings[how] = elapsed
            assert status == WAYS[how], (how, status)
            assert _reviews(term.data) == answered and verify(term.data, []) == [], how
            if how.startswith("SIGTERM"):
                term.drain(0.2)
                assert "Traceback" not in term.screen.decode(errors="replace"), how
        print("exit times:", {how: round(t, 3) for how, t in timings.items()})
        slow = {how: round(t, 2) for how, t in timings.items() if t > LIMIT}
        assert not slow, f"took longer than {LIMIT} s: {slow} (all: {timings})"
    finally:
        for term in terms.values():
            term.close()


def test_a_sigterm_says_so_and_gives_the_terminal_back(tmp_path):
    term = Terminal(tmp_path / "data", controlling=True, keep_slave=True)
    try:
        end = time.monotonic() + 60
        while not term.ready and time.monotonic() < end:
            term.drain(0.05)
        term.answer(1)
        term.proc.send_signal(signal.SIGTERM)
        term.gone_within(LIMIT)
        term.drain(0.3)
        text = term.screen.decode(errors="replace")
        assert "studyapp: stopped; every answer given so far is saved." in text
        assert text.rfind("\x1b[?1049l") > text.rfind("\x1b[?1049h")  # left the alternate screen
        attrs = termios.tcgetattr(term.slave)
        assert attrs[3] & termios.ICANON  # line editing back on: the shell works again
    finally:
        term.close()


_RESIZES_WHILE_LOADED = """
import signal, sys, time
from studyapp.tui import lifeline

class App:
    def stop_for_signal(self, signum):
        print("stopped by", signum)

signal.signal(signal.SIGWINCH, lambda *a: None)  # handled, as Textual does: it interrupts a wait
with lifeline.Lifeline(App(), terminal_fd=None) as watch:
    time.sleep(0.05)
    sys.setswitchinterval(0.3)  # the watcher waits this long for the GIL after a wake-up: its 0.1 s runs out
    for _ in range(3):
        signal.pthread_kill(watch._thread.ident, signal.SIGWINCH)
        end = time.monotonic() + 0.25
        while time.monotonic() < end:
            pass
    sys.setswitchinterval(0.005)
    time.sleep(0.2)
print("signum", watch.signum)
"""


def test_resizes_on_a_loaded_machine_never_stop_the_app():
    """A SIGWINCH that interrupted the watcher's sigtimedwait once its 0.1 s had run out made
    CPython return an unfilled siginfo: the app stopped with a random exit status (176, 96)."""
    done = subprocess.run([sys.executable, "-c", _RESIZES_WHILE_LOADED], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "signum None\n"), done.stderr


def test_the_watcher_ignores_a_siginfo_that_names_no_stop_signal(monkeypatch):
    """After a stop and SIGCONT, sigtimedwait can return the same unfilled siginfo: it is no signal."""
    from types import SimpleNamespace

    from studyapp.tui import lifeline

    results = iter([SimpleNamespace(si_signo=1219927152), None])
    stops = []
    loop = SimpleNamespace(call_soon_threadsafe=lambda call, signum: call(signum))
    app = SimpleNamespace(_loop=loop, stop_for_signal=lambda signum: stops.append(signum) or watch._done.set())
    watch = lifeline.Lifeline(app, terminal_fd=None)
    monkeypatch.setattr(lifeline.signal, "pthread_sigmask", lambda *a: None)
    monkeypatch.setattr(lifeline.signal, "sigtimedwait", lambda *a: next(results, None) or watch._done.set())
    watch._watch()
    assert (stops, watch.signum) == ([], None)

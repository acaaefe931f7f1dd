"""Ctrl-C, a closed terminal (SIGHUP), SIGTERM and a full disk: one clear line, nothing saved lost.

The full disk is real where the machine allows it: a 1 MiB tmpfs mounted
in a private mount namespace (``unshare``), filled up, so SQLite's write gets
ENOSPC. A second test works everywhere: ``RLIMIT_FSIZE`` makes a write past a
size fail (EFBIG), the way a quota does. Both run the real ``studyapp``.
"""

from __future__ import annotations

import fcntl
import os
import resource
import select
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time

import pytest

from crashkit import EXAMPLE_PACKS, SAVED, drill_args, studyapp_command, verify

pytestmark = pytest.mark.xdist_group("terminal")  # real apps on pseudo-terminals, signalled: one at a time (pyproject.toml)

STOPPED = {
    signal.SIGINT: "studyapp: interrupted; every answer given so far is saved.",
    signal.SIGHUP: "studyapp: the terminal was closed; every answer given so far is saved.",
    signal.SIGTERM: "studyapp: stopped; every answer given so far is saved.",
}


def _wait_for(predicate, timeout: float = 30.0, what: str = "") -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _ctrl_c_as_at_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it. A suite started in the background by a non-interactive shell (`make test &`)
    inherits SIGINT ignored, and so would the child: Python then installs no KeyboardInterrupt handler and the drill
    runs to its end. The two earlier time-outs of this test were that, not a lost signal in studyapp."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _saved(path) -> list[int]:
    text = path.read_text() if path.exists() else ""
    return [int(m.group(1)) for m in SAVED.finditer(text[: text.rfind("\n") + 1])]


def test_ctrl_c_hangup_and_term_during_answers_say_so_and_keep_every_saved_answer(tmp_path):
    runs = []
    for signum in STOPPED:
        data = tmp_path / signum.name
        out, err = tmp_path / f"{signum.name}.out", tmp_path / f"{signum.name}.err"
        with out.open("wb") as o, err.open("wb") as e:
            proc = subprocess.Popen(
                studyapp_command() + drill_args(data, seed=3, generation=0), stdout=o, stderr=e, stdin=subprocess.DEVNULL,
                preexec_fn=_ctrl_c_as_at_a_terminal,
            )  # fmt: skip
        runs.append((signum, proc, data, out, err))
    for signum, proc, data, out, err in runs:
        _wait_for(lambda: len(_saved(out)) >= 5, what=f"answers before {signum.name}")
        proc.send_signal(signum)
    for signum, proc, data, out, err in runs:
        assert proc.wait(timeout=30) == 128 + signum
        assert err.read_text().strip().splitlines() == [STOPPED[signum]]
        assert verify(data, _saved(out)) == []


def test_interrupt_in_the_middle_of_a_commit_rolls_back_and_the_store_stays_usable(store, clock, example_pack, monkeypatch):
    from studyapp.scheduling import Scheduler
    from studyapp.session import StudySession
    from studyapp.store import Store

    session = StudySession.for_packs(store, Scheduler(fuzz=False), [example_pack], clock())
    first = session.next_question(clock())
    session.answer(first, "Ottawa", clock())
    second = session.next_question(clock())
    real = Store._new_card

    def interrupted(*args, **kwargs):  # Ctrl-C lands after the review row is written, before the card
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_new_card", staticmethod(interrupted))  # the card a first answer makes
    with pytest.raises(KeyboardInterrupt):
        session.answer(second, ["UNIFIER"], clock.advance(minutes=1))
    monkeypatch.setattr(Store, "_new_card", staticmethod(real))
    assert not store.connection.in_transaction
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1
    assert store.card(*second.key) is None
    session.answer(second, ["UNIFIER"], clock.advance(minutes=1))  # the same answer again, now saved
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2


def _open_tui(data, extra_env=None):
    """The real TUI on a pseudo-terminal that is its controlling terminal."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", STUDYAPP_DATA_DIR=str(data), **(extra_env or {}))
    err = (data.parent / f"{data.name}.tty-err").open("wb")
    proc = subprocess.Popen(
        [*studyapp_command(), "--packs", str(EXAMPLE_PACKS)],
        stdin=slave,
        stdout=slave,
        stderr=err,  # Textual draws on stderr: kept in a file to read the last line after the terminal is gone
        start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        env=env,
    )
    os.close(slave)
    return proc, master, err


def _drain(master, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.02)
        if ready:
            try:
                os.read(master, 65536)
            except OSError:
                return


def _reviews(data) -> int:
    try:
        conn = sqlite3.connect(data / "progress.sqlite3", timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM reviews WHERE kind != 'undo'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_closing_the_terminal_of_the_tui_says_so_and_keeps_the_answers(tmp_path):
    data = tmp_path / "data"
    proc, master, err = _open_tui(data)
    try:
        _drain(master, 1.0)
        _wait_for(lambda: (data / "progress.sqlite3").exists(), what="the app to start")
        _drain(master, 1.0)
        os.write(master, b"\r")  # study everything due
        end = time.monotonic() + 40
        while _reviews(data) < 2 and time.monotonic() < end:
            # Whatever the question type: pick options / type, submit, go on.
            for key in (b"1", b"2", b"3", b"4", b"5", b"6", b"x", b"\r", b"\r"):
                os.write(master, key)
                _drain(master, 0.05)
        answered, settle = _reviews(data), time.monotonic() + 10
        while time.monotonic() < settle:  # a key still queued in the terminal on a loaded machine may save one more
            _drain(master, 0.3)
            if (now := _reviews(data)) == answered:
                break
            answered = now
        assert answered >= 2
    finally:
        os.close(master)  # the terminal window closes: the kernel sends SIGHUP
    assert proc.wait(timeout=30) == 128 + signal.SIGHUP
    err.close()
    text = (tmp_path / "data.tty-err").read_bytes().decode(errors="replace")
    assert text.rstrip().endswith(STOPPED[signal.SIGHUP]) and "Traceback" not in text
    assert _reviews(data) == answered
    assert verify(data, []) == []


# --- a full disk ---------------------------------------------------------------


def _unshare_available() -> bool:
    """Whether this machine lets us mount a small tmpfs in a private mount namespace."""
    import tempfile

    if shutil.which("unshare") is None:
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {folder}"],
            capture_output=True,
        )
    return probe.returncode == 0


FULL_DISK = "the disk is full; your earlier answers are safe, this one was not saved"


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _unshare_available(), reason="needs unshare (user and mount namespaces)")
def test_a_full_disk_during_answers_says_so_and_loses_nothing_saved(tmp_path):
    data, copy = tmp_path / "data", tmp_path / "copy"
    data.mkdir()
    copy.mkdir()
    app = " ".join(studyapp_command())
    drill = lambda seed, count: " ".join(drill_args(data, seed=seed, generation=0, count=count))  # noqa: E731
    script = f"""
        set -u
        mount -t tmpfs -o size=1m tmpfs {data}
        {app} {drill(1, 3)} > {tmp_path}/out0 2> {tmp_path}/err0; echo $? > {tmp_path}/rc0
        # Fill the disk, then free 160 KiB: room for a few answers only.
        dd if=/dev/zero of={data}/filler bs=4k 2> /dev/null
        truncate -s -160K {data}/filler
        {app} {drill(2, 100000)} > {tmp_path}/out1 2> {tmp_path}/err1; echo $? > {tmp_path}/rc1
        rm {data}/filler
        {app} {drill(3, 5)} > {tmp_path}/out2 2> {tmp_path}/err2; echo $? > {tmp_path}/rc2
        cp {data}/progress.sqlite3* {copy}/
    """
    subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script], check=True, timeout=120)
    rc = [int((tmp_path / f"rc{i}").read_text()) for i in range(3)]
    assert rc[0] == 0 and rc[2] == 0, [(tmp_path / f"err{i}").read_text() for i in range(3)]
    assert rc[1] == 1
    assert (tmp_path / "err1").read_text().strip().splitlines() == [f"studyapp: {data / 'progress.sqlite3'}: {FULL_DISK}"]
    saved = [i for n in range(3) for i in _saved(tmp_path / f"out{n}")]
    assert len(_saved(tmp_path / "out1")) >= 1  # it did answer until the disk was full
    assert verify(copy, saved) == []


def test_a_write_refused_by_a_file_size_limit_says_so_and_loses_nothing_saved(tmp_path):
    data = tmp_path / "data"
    first = subprocess.run(studyapp_command() + drill_args(data, seed=1, generation=0, count=3), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    limit = (data / "progress.sqlite3").stat().st_size + 24 * 1024

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    blocked = subprocess.run(studyapp_command() + drill_args(data, seed=2, generation=0), capture_output=True, text=True, preexec_fn=cap, timeout=120)
    assert blocked.returncode == 1
    lines = blocked.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"studyapp: {data / 'progress.sqlite3'}: ") and "Traceback" not in blocked.stderr
    assert "your earlier answers are safe, this one was not saved" in lines[0]
    saved = [int(m.group(1)) for m in SAVED.finditer(first.stdout + blocked.stdout)]
    assert len(saved) > 3
    assert verify(data, saved) == []
    again = subprocess.run(studyapp_command() + drill_args(data, seed=3, generation=1, count=5), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr


async def test_a_full_disk_in_the_study_screen_says_so_keeps_the_question_and_saves_on_retry(clock, isolated_dirs):
    from test_tui import SIZE, make_app, screen_text

    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        study = app.screen
        conn = app.store.connection
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
        conn.execute("PRAGMA cache_size = 0")
        filler = "x" * 100_000  # a long answer needs new pages
        study.query_one("#answer-0").value = filler
        await pilot.press("enter")
        await pilot.pause()
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "Not saved:" in messages and "the disk is full; your earlier answers are safe, this one was not saved" in messages
        assert study.phase == "question" and study.question.id == "capital"
        assert conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0 and not conn.in_transaction
        conn.execute("PRAGMA max_page_count = 1073741823")  # room again
        await pilot.press("enter")
        await pilot.pause()
        assert study.phase == "feedback" and "Your answer:" in screen_text(app)
        assert conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1

"""Recovery from a damaged, empty, missing or unwritable progress database (issue 18, items 1, 3 and 6).

The printed way out must work from any state of the current file: ``restore``
and ``check --fix`` move a damaged file aside (kept, never deleted) instead of
trying to back it up. A 0-byte database is never taken for a new one. Every
command and the TUI give one line naming the file, never a traceback.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys

import pytest

from conftest import EXAMPLE_PACKS
from crashkit import drill_args, studyapp_command, verify
from test_backup import cli  # noqa: F401 - the fixture: commands run in this process

CORRUPTIONS = ("first 140 bytes", "truncated half", "20 KB in the middle", "0 bytes", "missing")


def _studied(data, cli) -> str:
    """Four answers, a backup of them, then three more: returns the backup's path."""
    first = cli(*_drill(data, seed=1, generation=0, count=4), data_dir=data)
    assert first.returncode == 0, first.stderr
    made = cli("backup", data_dir=data)
    assert made.returncode == 0, made.stderr
    assert cli(*_drill(data, seed=2, generation=1, count=3), data_dir=data).returncode == 0
    return made.stdout.split(" to ")[-1].strip()


def _drill(data, **kwargs) -> list[str]:
    args = drill_args(data, **kwargs)
    return [args[0], *args[3:]]  # without --data-dir: the cli fixture adds it


def corrupt(database, how: str) -> bytes | None:
    """Damage the database the way a bad disk, a bad copy or a stray write would; returns what is left."""
    rng = random.Random(how)
    raw = bytearray(database.read_bytes())
    if how == "first 140 bytes":
        raw[:140] = rng.randbytes(140)
    elif how == "truncated half":
        del raw[len(raw) // 2 :]
    elif how == "20 KB in the middle":
        middle = len(raw) // 2 - 10 * 1024
        raw[middle : middle + 20 * 1024] = rng.randbytes(20 * 1024)
    elif how == "an index page":  # the schema reads: the damage shows only once a query needs that page
        conn = sqlite3.connect(database)
        (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cards_introduced'").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        raw[(page - 1) * size : page * size] = rng.randbytes(size)
    elif how == "0 bytes":
        raw = bytearray()
    elif how == "missing":
        database.unlink()
        return None
    database.write_bytes(bytes(raw))
    return bytes(raw)


def _reviews(database) -> int:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT COUNT(*) FROM reviews WHERE kind != 'undo' AND undone = 0").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("how", CORRUPTIONS)
@pytest.mark.parametrize("way", ["restore", "check --fix"])
def test_the_printed_way_out_works_from_any_state_of_the_database(tmp_path, cli, how, way):
    data = tmp_path / "data"
    backup = _studied(data, cli)
    database = data / "progress.sqlite3"
    left = corrupt(database, how)
    checked = cli("check", data_dir=data)
    if how == "missing":
        assert checked.returncode == 0 and "no database yet" in checked.stdout
    else:
        assert checked.returncode == 1 and "Traceback" not in checked.stderr
        assert f"studyapp restore {backup}" in checked.stderr and "studyapp check --fix" in checked.stderr
        assert database.exists() and database.read_bytes() == left  # pointed at the backup, changed nothing
    if way == "restore" or how == "missing":
        done = cli("restore", backup, data_dir=data)
    else:
        done = cli("check", "--fix", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "restored 4 review(s)" in done.stdout
    assert _reviews(database) == 4
    kept = sorted((data / "backups").glob("damaged-*.sqlite3"))
    if how == "missing":
        assert kept == []
    else:
        # The damaged file is kept, byte for byte, never deleted.
        assert len(kept) == 1 and kept[0].read_bytes() == left
        assert f"moved the damaged database to {kept[0]}" in done.stdout
    # Studying goes on from the restored answers, and the next check is clean.
    again = cli(*_drill(data, seed=3, generation=2, count=3), data_dir=data)
    assert again.returncode == 0, again.stderr
    assert _reviews(database) == 7 and verify(data, []) == []
    assert cli("check", "--packs", str(EXAMPLE_PACKS), data_dir=data).returncode == 0


def test_a_damaged_database_and_its_wal_are_moved_aside_together(tmp_path, clock, example_pack):
    from studyapp.backup import backup_now, restore
    from studyapp.store import Store
    from test_backup import studied

    database, folder = tmp_path / "progress.sqlite3", tmp_path / "backups"
    store = Store.open(database)
    studied(store, clock, example_pack, 2)
    copy = backup_now(database, folder, clock())
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")
    studied(store, clock, example_pack, 2)  # these answers are only in the WAL
    wal = database.with_name(database.name + "-wal").read_bytes()
    corrupt(database, "first 140 bytes")
    snapshot, kept = restore(database, copy, folder, clock())
    store.close()
    assert snapshot.reviews == 2 and kept.name.startswith("damaged-")
    assert kept.with_name(kept.name + "-wal").read_bytes() == wal  # the newest answers go along, for a rescue


def test_no_backup_to_restore_says_so_and_changes_nothing(tmp_path, cli):
    data = tmp_path / "data"
    assert cli(*_drill(data, seed=1, generation=0, count=2), data_dir=data).returncode == 0
    database = data / "progress.sqlite3"
    left = corrupt(database, "20 KB in the middle" if database.stat().st_size > 60_000 else "first 140 bytes")
    fixed = cli("check", "--fix", data_dir=data)
    assert fixed.returncode == 1 and "there is no sound backup" in fixed.stderr
    assert database.read_bytes() == left


def test_an_empty_database_is_never_taken_for_a_new_one(tmp_path, cli):
    data = tmp_path / "data"
    backup = _studied(data, cli)
    database = data / "progress.sqlite3"
    database.write_bytes(b"")
    for args in (_drill(data, seed=4, generation=0, count=2), ("stats",)):
        result = cli(*args, data_dir=data)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"studyapp: {database}: the file is empty (0 bytes)")
        assert f"studyapp restore {backup}" in lines[0]
    status, last = _tui_last_line(data)
    assert status == 1 and last.startswith(f"studyapp: {database}: the file is empty (0 bytes)") and "studyapp restore" in last
    assert database.stat().st_size == 0  # left as it was, not made into a new database


# --- one line, not a traceback: the real command ------------------------------------


def _run(args, data, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, STUDYAPP_DATA_DIR=str(data), STUDYAPP_CONFIG_DIR=str(data))
    env.pop("STUDYAPP_DEBUG", None)
    return subprocess.run([*studyapp_command(), *args], capture_output=True, text=True, timeout=60, env=env, **kwargs)


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text and "unexpected error" not in text, text
    return lines[0]


def _tui_last_line(data) -> tuple[int, str]:
    """Start the real TUI on a pseudo-terminal; its exit status and the last line it printed."""
    from test_signals import _drain, _open_tui

    proc, master, err = _open_tui(data, {"STUDYAPP_CONFIG_DIR": str(data)})
    try:
        end = 0
        while proc.poll() is None and end < 150:
            _drain(master, 0.1)
            end += 1
        status = proc.wait(timeout=5)
    finally:
        os.close(master)
        err.close()
    text = (data.parent / f"{data.name}.tty-err").read_bytes().decode(errors="replace")
    assert "Traceback" not in text and "never awaited" not in text and "unexpected error" not in text, text[-2000:]
    shown = re.sub(r"\x1b\[[0-9;?<>=$]*[A-Za-z~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)", "", text)  # the screen's own drawing
    return status, shown.rstrip().splitlines()[-1]


@pytest.mark.parametrize("how", ["first 140 bytes", "20 KB in the middle", "an index page"])
def test_the_tui_and_drill_on_a_damaged_database_say_so_in_one_line(tmp_path, how):
    data = tmp_path / "data"
    made = _run(drill_args(data, seed=1, generation=0, count=30), data)
    assert made.returncode == 0, made.stderr
    database = data / "progress.sqlite3"
    corrupt(database, how)
    drill = _run(drill_args(data, seed=2, generation=1, count=5), data)
    assert drill.returncode == 1
    assert _one_line(drill.stderr).startswith(f"studyapp: {database}: the file is damaged or not a studyapp database")
    status, last = _tui_last_line(data)
    assert status == 1
    assert last.startswith(f"studyapp: {database}: the file is damaged or not a studyapp database"), last


async def test_a_database_damaged_mid_session_ends_the_app_with_one_line(clock, isolated_dirs, monkeypatch):
    from test_tui import SIZE, make_app

    from studyapp.store import Store

    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "StudyScreen"

        def damaged(*args, **kwargs):
            raise sqlite3.DatabaseError("database disk image is malformed")

        monkeypatch.setattr(Store, "record_answer", damaged)
        app.screen.query_one("#answer-0").value = "Ottawa"
        app.simulate_key("enter")  # not pilot.press: it would wait for screens of an app that has left
        for _ in range(200):
            if app.return_code is not None:
                break
            await asyncio.sleep(0.01)
    assert app.return_code == 1 and not app._exit_renderables  # no traceback
    assert app.exit_line == (
        f"studyapp: {isolated_dirs / 'progress.sqlite3'}: the file is damaged or not a studyapp database"
        " (database disk image is malformed); see `studyapp check`"
    )


BAD_SETTINGS = {
    'new_per_day = 1e400\n': "new_per_day must be a whole number from 0 to 1000, not inf",
    '[keys]\n"study.end" = 5\n': "keys: 'study.end' = 5: a key must be text in quotes",
    'desired_retention = "high"\n': "desired_retention must be a number from 0.7 to 0.99, not 'high'",
    "keys = [1, 2]\n": "keys must be a table",
    "theme = 3\n": "theme must be a theme name in quotes",
    "new_per_day = \n": "Invalid value (at line 1, column 15)",
}


@pytest.mark.parametrize("text", BAD_SETTINGS)
def test_each_bad_setting_gives_one_line_naming_the_file(tmp_path, text):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text(text)
    result = _run(drill_args(data, seed=1, generation=0, count=2), data)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert line.startswith(f"studyapp: {data / 'settings.toml'}: ") and BAD_SETTINGS[text] in line, line


@pytest.mark.parametrize("text", list(BAD_SETTINGS)[:2])
def test_the_tui_with_a_bad_setting_says_so_in_one_line(tmp_path, text):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text(text)
    status, last = _tui_last_line(data)
    assert status == 1 and last.startswith(f"studyapp: {data / 'settings.toml'}: ") and BAD_SETTINGS[text] in last


def test_a_clock_at_the_end_of_time_is_refused_in_one_line(tmp_path):
    args = drill_args(tmp_path / "data", seed=1, generation=0, count=3)
    args[args.index("--clock") + 1] = "9999-12-30"
    result = _run(args, tmp_path / "data")
    assert result.returncode == 1
    assert "--clock '9999-12-30' is out of range" in _one_line(result.stderr)


# --- a read-only data folder ------------------------------------------------------


def _unshare_available() -> bool:
    from test_signals import _unshare_available as available

    return available()


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _unshare_available(), reason="needs unshare (user and mount namespaces)")
def test_a_read_only_data_folder_is_called_read_only_not_damaged(tmp_path):
    data = tmp_path / "data"
    made = _run(drill_args(data, seed=1, generation=0, count=4), data)
    assert made.returncode == 0, made.stderr
    backup = _run(["backup"], data)
    assert backup.returncode == 0, backup.stderr
    copy = backup.stdout.split(" to ")[-1].strip()
    before = hashlib.sha256((data / "progress.sqlite3").read_bytes()).hexdigest()
    app = " ".join(studyapp_command())
    script = f"""
        mount --bind {data} {data} && mount -o remount,bind,ro {data} || exit 99
        {app} check > {tmp_path}/check.out 2> {tmp_path}/check.err; echo $? > {tmp_path}/check.rc
        {app} restore {copy} > {tmp_path}/restore.out 2> {tmp_path}/restore.err; echo $? > {tmp_path}/restore.rc
        {app} {" ".join(drill_args(data, seed=2, generation=1, count=2))} > /dev/null 2> {tmp_path}/drill.err; echo $? > {tmp_path}/drill.rc
    """
    env = dict(os.environ, STUDYAPP_DATA_DIR=str(data))
    subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script], check=True, timeout=120, env=env)
    read = lambda name: (tmp_path / name).read_text()  # noqa: E731
    assert int(read("check.rc")) == 1
    assert "integrity: ok" in read("check.out") and "FAILED" not in read("check.err")
    assert _one_line(read("check.err")) == f"{data}: the data folder is read-only; studyapp cannot save answers there (make it writable)"
    assert int(read("restore.rc")) == 1
    assert _one_line(read("restore.err")) == f"studyapp: {data}: the data folder is read-only; nothing was restored (make it writable first)"
    assert int(read("drill.rc")) == 1
    assert "read-only" in _one_line(read("drill.err"))
    assert hashlib.sha256((data / "progress.sqlite3").read_bytes()).hexdigest() == before


def test_a_duplicate_key_in_a_pack_is_reported_with_its_file_and_line(tmp_path):
    from studyapp.packs import load_packs

    folder = tmp_path / "packs"
    folder.mkdir()
    text = "id: dup\ntitle: Dup\nquestions:\n  - id: q1\n    type: short\n    category: concept\n    prompt: First?\n    answer: a\n    answer: b\n"
    (folder / "dup.yaml").write_text(text)
    result = load_packs([folder])
    assert not result.packs
    (problem,) = result.errors
    assert str(problem).endswith("dup.yaml:9: YAML error: duplicate key 'answer' (first at line 8); one of the two values would be lost")

"""Backups (automatic once a day, by hand), restore (the current database saved first) and check."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import pytest

from conftest import EXAMPLE_PACKS, FIXTURES
from crashkit import drill_args, studyapp_command
from studyapp.backup import KEEP_AUTO, BackupError, auto_backup, auto_backups, backup_now, inspect, restore
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.store import SCHEMA_VERSION, Store


def studied(store, clock, pack, count=3):
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock())
    from studyapp.commands.drill import right_response

    for _ in range(count):
        question = session.next_question(clock())
        session.answer(question, right_response(question), clock.advance(seconds=20))
    return session


def reviews(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    finally:
        conn.close()


def drill(data, **kwargs) -> list[str]:
    """``studyapp drill ...`` arguments without --data-dir (``cli`` adds it)."""
    args = drill_args(data, **kwargs)
    return [args[0], *args[3:]]


@pytest.fixture
def cli(capsys):
    """``studyapp ARGS`` in this process (the commands, not process robustness, are under test here)."""
    import signal
    import types

    from studyapp.cli import main

    def run(*args, data_dir):
        saved = {s: signal.getsignal(s) for s in (signal.SIGHUP, signal.SIGTERM)}
        try:
            code = main([*map(str, args), "--data-dir", str(data_dir)])
        finally:
            for signum, handler in saved.items():
                signal.signal(signum, handler)
        out, err = capsys.readouterr()
        return types.SimpleNamespace(returncode=code, stdout=out, stderr=err)

    return run


def test_the_automatic_backup_runs_once_a_day_and_keeps_the_last_seven(tmp_path, clock, example_pack):
    database, folder = tmp_path / "progress.sqlite3", tmp_path / "backups"
    store = Store.open(database)
    assert auto_backup(database, folder, clock()) is None  # nothing answered yet: nothing worth a file
    studied(store, clock, example_pack, 1)
    made = []
    for day in range(10):
        first = auto_backup(database, folder, clock())
        assert first is not None and first.name == f"auto-{clock().date().isoformat()}.sqlite3"
        assert auto_backup(database, folder, clock.advance(hours=3)) is None  # same day: no second copy
        made.append(first)
        clock.advance(days=1, hours=-3)
    assert auto_backups(folder) == made[-KEEP_AUTO:]
    assert inspect(made[-1]).reviews == 1
    assert not list(folder.glob(".*.part"))
    store.close()


def test_a_backup_is_consistent_while_another_connection_writes(tmp_path, clock, example_pack):
    database = tmp_path / "progress.sqlite3"
    store = Store.open(database)
    session = studied(store, clock, example_pack, 2)
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM reviews")  # uncommitted: must not be in the backup
    copy = backup_now(database, tmp_path / "backups", clock())
    writer.execute("ROLLBACK")
    writer.close()
    snapshot = inspect(copy)
    assert snapshot.reviews == 2 and snapshot.schema_version == SCHEMA_VERSION
    assert not (copy.parent / (copy.name + "-wal")).exists()  # a single file
    session.finish(clock())
    store.close()


def test_restore_brings_a_backup_back_and_saves_the_current_database_first(tmp_path, clock, example_pack):
    database, folder = tmp_path / "progress.sqlite3", tmp_path / "backups"
    store = Store.open(database)
    studied(store, clock, example_pack, 2)
    copy = backup_now(database, folder, clock())
    clock.advance(days=1)
    studied(store, clock, example_pack, 3)
    assert reviews(database) == 5
    snapshot, safety = restore(database, copy, folder, clock.advance(minutes=1))
    assert snapshot.reviews == 2 and reviews(database) == 2
    assert safety is not None and inspect(safety).reviews == 5
    # The store that was open sees the restored data (the file was not swapped under it).
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2
    store.close()


def test_restoring_a_v1_backup_migrates_it(tmp_path, clock):
    database, folder = tmp_path / "progress.sqlite3", tmp_path / "backups"
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", old)
    snapshot, safety = restore(database, old, folder, clock())
    assert snapshot.schema_version == 1 and safety is None
    store = Store.open(database)
    assert store.schema_version == SCHEMA_VERSION
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == snapshot.reviews
    store.close()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"not a database at all" * 100, "not a studyapp database"),
        (None, "no such file"),
        ("plain-sqlite", "not a studyapp database (no review log in it)"),
        ("newer", "made by a newer studyapp"),
        ("damaged", "damaged"),
    ],
)
def test_restoring_a_bad_file_changes_nothing_and_says_why(tmp_path, clock, example_pack, content, message):
    database, folder = tmp_path / "progress.sqlite3", tmp_path / "backups"
    store = Store.open(database)
    studied(store, clock, example_pack, 2)
    store.close()
    bad = tmp_path / "bad.sqlite3"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    elif content == "plain-sqlite":
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.close()
    elif content == "newer":
        shutil.copyfile(database, bad)
        sqlite3.connect(bad).execute("PRAGMA user_version = 999").connection.close()
    elif content == "damaged":
        shutil.copyfile(FIXTURES / "schema_v1.sqlite3", bad)
        data = bytearray(bad.read_bytes())
        data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
        bad.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=re.escape(message)):
        restore(database, bad, folder, clock())
    assert reviews(database) == 2
    assert not folder.exists() or not list(folder.iterdir())  # nothing backed up: nothing was about to change


def test_backup_restore_and_check_commands(tmp_path, cli):
    data = tmp_path / "data"
    first = subprocess.run(studyapp_command() + drill_args(data, seed=1, generation=0, count=4), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    made = cli("backup", data_dir=data)
    assert made.returncode == 0 and made.stdout.startswith("backed up 4 review(s)")
    copy = made.stdout.split(" to ")[-1].strip()
    assert cli(*drill(data, seed=2, generation=1, count=3), data_dir=data).returncode == 0
    back = cli("restore", copy, data_dir=data)
    assert back.returncode == 0, back.stderr
    assert "the database as it was is saved in" in back.stdout and "restored 4 review(s)" in back.stdout
    checked = cli("check", "--packs", str(EXAMPLE_PACKS), data_dir=data)
    assert checked.returncode == 0, checked.stderr
    assert "integrity: ok" in checked.stdout
    missing = cli("restore", str(tmp_path / "nope.sqlite3"), data_dir=data)
    assert missing.returncode == 1 and missing.stderr.strip() == f"studyapp: {tmp_path / 'nope.sqlite3'}: no such file"


def test_check_reports_orphaned_cards_and_fix_retires_them_keeping_history(tmp_path, clock, example_pack):
    from studyapp.backup import check, fix

    store = Store.open(tmp_path / "progress.sqlite3")
    studied(store, clock, example_pack, 3)
    store.connection.execute(
        "INSERT INTO cards (pack_id, question_id, state, due, introduced_at) VALUES ('gone', 'q1', 2, 0, 0), ('example', 'removed', 2, 0, 0)"
    )
    loaded = {q.key for q in example_pack.questions}
    report = check(store, loaded, ["example"])
    assert report.sound and report.orphans == [("example", "removed"), ("gone", "q1")]
    # A pack file that failed to load: its cards are left alone, not called orphans.
    careful = check(store, loaded, ["example"], some_files_failed=True)
    assert careful.orphans == [("example", "removed")] and careful.unsure == [("gone", "q1")]
    # A question skipped for a validation error is not an orphan either.
    assert check(store, loaded, ["example"], broken_questions=[("example", "removed")]).orphans == [("gone", "q1")]
    history = store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    assert fix(store, report) == (2, 0)
    assert ("gone", "q1") not in store.cards() and check(store, loaded, ["example"]).orphans == []
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == history
    # The question comes back: check says so, and --fix brings its card back with its state.
    report = check(store, loaded | {("example", "removed")}, ["example"])
    assert report.returned == [("example", "removed")]
    fix(store, report)
    assert ("example", "removed") in store.cards()
    store.close()


def test_check_command_on_a_damaged_database_points_at_the_latest_backup(tmp_path, cli):
    data = tmp_path / "data"
    assert cli(*drill(data, seed=1, generation=0, count=3), data_dir=data).returncode == 0
    made = cli("backup", data_dir=data)
    assert made.returncode == 0
    database = data / "progress.sqlite3"
    raw = bytearray(database.read_bytes())
    raw[4096 * 2 : 4096 * 2 + 300] = b"\xee" * 300
    database.write_bytes(bytes(raw))
    checked = cli("check", data_dir=data)
    assert checked.returncode == 1
    assert "integrity check FAILED" in checked.stderr and "studyapp restore " in checked.stderr
    assert "Traceback" not in checked.stderr


async def test_the_app_makes_the_daily_backup_on_start_off_the_main_thread(clock, isolated_dirs, example_pack):
    from test_tui import SIZE, make_app

    store = Store.open(isolated_dirs / "progress.sqlite3")
    studied(store, clock, example_pack, 2)
    store.close()
    app = make_app(clock)
    app.backup_delay = 0.05  # 1.5 s in use: after the first screen is drawn
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
    backups = auto_backups(isolated_dirs / "backups")
    assert [b.name for b in backups] == [f"auto-{clock().date().isoformat()}.sqlite3"]
    assert inspect(backups[0]).reviews == 2

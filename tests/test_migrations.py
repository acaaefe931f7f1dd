"""Upgrades: a database made by the first released schema migrates with every row intact.

``fixtures/schema_v1.sqlite3`` was made by the studyapp of commit 0fdeb17
(schema v1) studying for three weeks; ``fixtures/make_schema_v1.py`` rebuilds
it from git.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import FIXTURES, FakeClock
from studyapp import store as store_module
from studyapp.commands.drill import right_response
from studyapp.scheduling import Scheduler, from_timestamp
from studyapp.session import StudySession
from studyapp.store import SCHEMA_VERSION, Store, StoreError

V1 = FIXTURES / "schema_v1.sqlite3"
V1_TABLES = ("cards", "sessions", "reviews")


@pytest.fixture(params=["delete", "wal"])
def v1_copy(tmp_path, request):
    """A copy of the fixture, in either journal mode (a real v1 file is in WAL mode)."""
    path = tmp_path / "progress.sqlite3"
    shutil.copyfile(V1, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {request.param}")
    conn.close()
    return path


def rows(path, table: str, columns: list[str] | None = None) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        names = columns or [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        order = ", ".join(str(i + 1) for i in range(min(2, len(names))))  # the keys come first
        return conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}").fetchall()
    finally:
        conn.close()


def columns(path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return [row[1:] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_the_fixture_is_a_v1_database_with_three_weeks_of_study():
    conn = sqlite3.connect(f"file:{V1}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] > 100
    assert conn.execute("SELECT COUNT(DISTINCT pack_id) FROM cards").fetchone()[0] == 2
    assert {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} == set(V1_TABLES)
    conn.close()


def test_a_v1_database_migrates_to_the_current_schema_with_every_row_intact(v1_copy, tmp_path):
    before = {table: (columns(v1_copy, table), rows(v1_copy, table)) for table in V1_TABLES}
    store = Store.open(v1_copy)
    assert store.schema_version == SCHEMA_VERSION
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
    for table, (old_columns, old_rows) in before.items():
        names = [c[0] for c in old_columns]
        assert rows(v1_copy, table, names) == old_rows, table
    # The schema is the one a new database gets, column for column.
    fresh = tmp_path / "fresh.sqlite3"
    Store.open(fresh).close()
    conn_fresh, conn_migrated = sqlite3.connect(fresh), sqlite3.connect(v1_copy)
    tables = [r[0] for r in conn_fresh.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    assert tables == [r[0] for r in conn_migrated.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    assert conn_fresh.execute(indexes).fetchall() == conn_migrated.execute(indexes).fetchall()
    conn_fresh.close()
    conn_migrated.close()
    for table in tables:
        assert columns(v1_copy, table) == columns(fresh, table), table
    # Columns added later take their defaults on old rows.
    assert {row[0] for row in rows(v1_copy, "reviews", ["undone"])} == {0}


def test_a_migrated_database_studies_reviews_and_undoes_like_a_new_one(v1_copy, example_pack):
    store = Store.open(v1_copy)
    last = store.connection.execute("SELECT MAX(reviewed_at) FROM reviews").fetchone()[0]
    clock = FakeClock(from_timestamp(last))
    clock.advance(days=60)
    before = store.cards(["example"])
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [example_pack], clock())
    question = session.next_question(clock())
    assert question is not None and question.key in before  # a due review from the v1 history
    row_before = store.connection.execute("SELECT * FROM cards WHERE pack_id = ? AND question_id = ?", question.key).fetchone()
    outcome = session.answer(question, right_response(question), clock.advance(seconds=20))
    assert outcome.state_before == before[question.key]
    session.undo(clock.advance(seconds=5))
    assert store.connection.execute("SELECT * FROM cards WHERE pack_id = ? AND question_id = ?", question.key).fetchone() == row_before
    store.close()


def test_a_failed_migration_leaves_the_v1_database_as_it_was(v1_copy, monkeypatch):
    before = {table: rows(v1_copy, table) for table in V1_TABLES}
    broken = (*store_module.MIGRATIONS, "CREATE TABLE half_done (x INTEGER); CREATE TABLE (")
    monkeypatch.setattr(store_module, "MIGRATIONS", broken)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", len(broken))
    with pytest.raises(StoreError):
        Store.open(v1_copy)
    conn = sqlite3.connect(v1_copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name IN ('exams', 'half_done')").fetchone()
    conn.close()
    assert {table: rows(v1_copy, table) for table in V1_TABLES} == before
    monkeypatch.undo()
    Store.open(v1_copy).close()  # and the real migration still works afterwards


def test_a_database_from_a_newer_studyapp_is_refused_with_a_clear_message(v1_copy):
    conn = sqlite3.connect(v1_copy)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match=rf"made by a newer studyapp \(schema 99 > {SCHEMA_VERSION}\); please upgrade"):
        Store.open(v1_copy)

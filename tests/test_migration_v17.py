"""Schema 17: one index by time over every review, where an answer wrote three (issue 17, twentieth round).

reviews_time (every review), reviews_live_time (the live ones) and reviews_live_learned (answers from
review) each took a page of every answer's WAL commit. The new reviews_time holds what the live queries
read; the figures and the queries' plans must be what they were, and an upgraded database must answer.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta, timezone

from test_stats import NOW, REVIEW, UTC, database_at, review, utc

from studyapp import stats
from studyapp.store import SCHEMA_VERSION, Store

ODD = timezone(timedelta(minutes=20))  # midnight off the quarter-hour: read from the log


def _indexes(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reviews' AND sql IS NOT NULL"))


def _figures(conn: sqlite3.Connection) -> tuple:
    days = [date(2026, 3, 8) + timedelta(days=i) for i in range(3)]
    return (
        [(d.day, d.reviews, d.correct) for d in stats.heatmap(conn, NOW, UTC) if d.reviews],
        [(r.reviews, r.correct) for r in stats.retention(conn, NOW, UTC)],
        [(d.reviews, d.correct) for d in stats.count_days(conn, days, ODD)],
        stats.span_counts(conn, [(utc(2026, 3, 8, 0, 20).timestamp(), utc(2026, 3, 11, 0, 20).timestamp())], learned=True),
        stats.active_days(conn, UTC),
        stats.recent_misses(conn, NOW - timedelta(days=5)),
    )


def _version_16(path) -> sqlite3.Connection:
    conn = database_at(path, 16)
    review(conn, utc(2026, 3, 8, 9), before=REVIEW)
    review(conn, utc(2026, 3, 9, 9), before=REVIEW, correct=False)
    review(conn, utc(2026, 3, 9, 10), qid="a2", correct=False)
    review(conn, utc(2026, 3, 9, 11), undone=1)
    review(conn, utc(2026, 3, 9, 11, 30), kind="undo")
    review(conn, utc(2026, 3, 10, 9), before=REVIEW)
    return conn


def test_the_upgrade_leaves_one_index_by_time_and_every_figure_as_it_was(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = _version_16(path)
    assert {"reviews_time", "reviews_live_time", "reviews_live_learned"} <= set(_indexes(conn))
    before = _figures(conn)
    conn.close()
    upgraded = Store.open(path)
    try:
        conn = upgraded.connection
        assert upgraded.schema_version == SCHEMA_VERSION >= 17
        indexes = _indexes(conn)
        assert "reviews_live_time" not in indexes and "reviews_live_learned" not in indexes
        assert "(reviewed_at, correct, undone, kind)" in indexes["reviews_time"]
        assert _figures(conn) == before
        assert before[0] and before[2] and before[3][0][0] == 3  # the log held something to count
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        upgraded.close()


def test_a_fresh_database_and_an_upgraded_one_have_the_same_indexes(tmp_path):
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    _version_16(tmp_path / "old.sqlite3").close()
    upgraded = Store.open(tmp_path / "old.sqlite3")
    try:
        assert _indexes(fresh.connection) == _indexes(upgraded.connection)
    finally:
        fresh.close()
        upgraded.close()


def test_an_answer_writes_one_entry_by_time(store):
    """Every live review is in reviews_time once, and nothing else indexes the log by time."""
    review(store.connection, utc(2026, 3, 9, 9), before=REVIEW)
    names = [row[1] for row in store.connection.execute("PRAGMA index_list(reviews)")]
    by_time = [name for name in names if "reviewed_at" in {col[2] for col in store.connection.execute(f"PRAGMA index_info({name})")}]
    assert by_time == ["reviews_time"]

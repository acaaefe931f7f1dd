"""Schemas 11 and 12: the review log without its index by question, review_totals without its insert trigger.

``fixtures/schema_v10.sqlite3`` was made by the studyapp of schema 10 (commit 6a35f6c,
``fixtures/make_schema_v10.py``): the v1 fixture's three weeks, then five days with ratings
changed, "I was right" and answers taken back; ``schema_v10.expect.json`` holds what that
version computed from it. Opened now, every row stays, each card learns its latest standing
review, and the figures, the cards, undo and re-rating come out as they did.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from conftest import FIXTURES, FakeClock
from studyapp import stats
from studyapp.commands.drill import right_response
from studyapp.packs import load_packs
from studyapp.records import ReviewRecord
from studyapp.scheduling import Rating, Scheduler, from_timestamp
from studyapp.session import StudySession
from studyapp.store import SCHEMA_VERSION, Store, StoreError

V10 = FIXTURES / "schema_v10.sqlite3"
EXPECT = json.loads((FIXTURES / "schema_v10.expect.json").read_text())
TABLES = ("cards", "reviews", "sessions", "review_totals", "accepted_answers", "exams")


@pytest.fixture
def v10_copy(tmp_path):
    path = tmp_path / "progress.sqlite3"
    shutil.copyfile(V10, path)
    return path


@pytest.fixture
def packs():
    result = load_packs([FIXTURES / "packs"])
    assert not result.errors
    return result.packs


def table(path, name: str, columns: list[str] | None = None) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        names = columns or [row[1] for row in conn.execute(f"PRAGMA table_info({name})")]
        return conn.execute(f"SELECT {', '.join(names)} FROM {name} ORDER BY {', '.join(names[:2])}").fetchall()
    finally:
        conn.close()


def names(path, name: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({name})")]
    finally:
        conn.close()


def test_the_fixture_is_a_schema_10_log_with_undo_rerating_and_overruled_answers():
    conn = sqlite3.connect(f"file:{V10}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
    kinds = dict(((k, u, o), n) for k, u, o, n in conn.execute("SELECT kind, undone, overruled, COUNT(*) FROM reviews GROUP BY 1, 2, 3"))
    assert kinds[("undo", 0, 0)] >= 4 and kinds[("study", 1, 0)] >= 4 and kinds[("study", 0, 1)] >= 1
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews_card'").fetchone()
    conn.close()


def test_every_row_stays_and_each_card_holds_its_latest_standing_review(v10_copy):
    before = {name: (names(v10_copy, name), table(v10_copy, name)) for name in TABLES}
    store = Store.open(v10_copy)
    assert store.schema_version == SCHEMA_VERSION >= 11
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
    for name, (columns, rows) in before.items():
        assert table(v10_copy, name, columns) == rows, name
    conn = sqlite3.connect(v10_copy)
    latest = dict(
        ((p, q), i)
        for p, q, i in conn.execute("SELECT pack_id, question_id, MAX(id) FROM reviews WHERE kind != 'undo' AND undone = 0 GROUP BY 1, 2")
    )
    cards = {(p, q): i for p, q, i in conn.execute("SELECT pack_id, question_id, last_review_id FROM cards")}
    assert cards == {key: latest.get(key, 0) for key in cards} and set(latest) <= set(cards)
    assert {row[0] for row in conn.execute("SELECT prev_id FROM reviews")} == {None}  # not recorded before schema 11
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews_card'").fetchone()
    conn.close()


def test_the_figures_pack_counts_and_cards_are_those_schema_10_computed(v10_copy, packs):
    store = Store.open(v10_copy)
    now = datetime.fromisoformat(EXPECT["now"])
    figures = stats.to_json(stats.compute(store.connection, packs, now, timezone.utc))
    figures.pop("timings", None)
    assert json.loads(json.dumps(figures, sort_keys=True)) == EXPECT["stats"]
    counts = {k: [v.seen, v.due, v.reviews, v.correct] for k, v in store.pack_counts(now).items()}
    assert counts == EXPECT["pack_counts"]
    assert {f"{p}/{q}": s.to_dict() for (p, q), s in store.cards().items()} == EXPECT["cards"]
    store.close()


def test_an_answer_logged_before_the_migration_is_undone_exactly_and_an_earlier_one_is_refused(v10_copy):
    store = Store.open(v10_copy)
    conn = store.connection
    # The latest standing answer of a card answered at least twice, all logged by schema 10.
    review_id, pack_id, question_id = conn.execute(
        "SELECT MAX(id), pack_id, question_id FROM reviews WHERE kind != 'undo' AND undone = 0 GROUP BY 2, 3"
        " HAVING COUNT(*) >= 2 ORDER BY 1 DESC LIMIT 1"
    ).fetchone()
    earlier = conn.execute(
        "SELECT MAX(id) FROM reviews WHERE pack_id = ? AND question_id = ? AND id < ? AND kind != 'undo' AND undone = 0",
        (pack_id, question_id, review_id),
    ).fetchone()[0]
    earlier_after = conn.execute("SELECT state_after FROM reviews WHERE id = ?", (earlier,)).fetchone()[0]
    with pytest.raises(StoreError, match="answered again"):
        store.amend_rating(earlier, 4, Scheduler(fuzz=False).review(None, Rating.EASY, datetime.now(timezone.utc)))
    when = from_timestamp(conn.execute("SELECT MAX(reviewed_at) FROM reviews").fetchone()[0]) + timedelta(minutes=1)
    store.undo_review(review_id, when)
    card = conn.execute(
        "SELECT state, step, stability, difficulty, due, last_review, reps, lapses, last_review_id FROM cards WHERE pack_id = ? AND question_id = ?",
        (pack_id, question_id),
    ).fetchone()
    expected = json.loads(earlier_after)
    assert card[:8] == tuple(expected[k] for k in ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses"))
    assert card[8] == earlier
    store.close()


def test_a_migrated_database_answers_and_takes_back_two_answers_to_the_row_it_had(v10_copy, packs):
    store = Store.open(v10_copy)
    clock = FakeClock(datetime.fromisoformat(EXPECT["now"]))
    session = StudySession.for_packs(store, Scheduler(fuzz=False), packs, clock())
    question = session.next_question(clock())
    assert question is not None
    row = "SELECT * FROM cards WHERE pack_id = ? AND question_id = ?"
    before = store.connection.execute(row, question.key).fetchone()
    latest = store.connection.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", question.key).fetchone()
    first = session.answer(question, "no idea", clock.advance(seconds=20))
    assert store.connection.execute("SELECT prev_id FROM reviews WHERE id = ?", (first.review_id,)).fetchone()[0] == (latest[0] if latest else 0)
    again = session.next_question(clock.advance(minutes=15))
    if again is not None and again.key == question.key:
        session.answer(again, right_response(again), clock.advance(seconds=20))
        session.undo(clock.advance(seconds=5))
    session.undo(clock.advance(seconds=5))
    assert store.connection.execute(row, question.key).fetchone() == before
    store.close()


def test_a_new_card_answered_twice_then_taken_back_twice_is_gone_and_its_log_replays(store, clock):
    scheduler = Scheduler(fuzz=False)
    first = scheduler.review(None, Rating.AGAIN, clock())
    one = store.record_review(ReviewRecord("p", "q", "", clock(), "x", False, "wrong", 1, 900, None, first))
    second = scheduler.review(first, Rating.GOOD, clock.advance(minutes=10))
    two, _ = store.record_answer(ReviewRecord("p", "q", "", clock(), "a", True, "exact", 3, 900, first, second), lambda c: second)
    prev = dict(store.connection.execute("SELECT id, prev_id FROM reviews"))
    assert prev == {one: 0, two: one}
    assert store.connection.execute("SELECT last_review_id FROM cards").fetchone()[0] == two
    with pytest.raises(StoreError, match="answered again"):
        store.undo_review(one, clock())
    store.undo_review(two, clock.advance(seconds=5))
    assert store.card("p", "q") == first
    assert store.connection.execute("SELECT last_review_id FROM cards").fetchone()[0] == one
    store.undo_review(one, clock.advance(seconds=5))
    assert store.card("p", "q") is None


def recount(conn) -> tuple[dict, dict]:
    groups = {(p, c): (n, k) for p, c, n, k in conn.execute(
        f"SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews WHERE {stats.LIVE} GROUP BY 1, 2")}  # fmt: skip
    packs: dict[str, list[int]] = {}
    for (p, _), (n, k) in groups.items():
        pair = packs.setdefault(p, [0, 0])
        pair[0], pair[1] = pair[0] + n, pair[1] + k
    return groups, {p: tuple(v) for p, v in packs.items()}


def test_the_totals_hold_the_log_up_to_their_mark_and_readers_add_the_rest(v10_copy):
    """Schema 12: answers leave review_totals alone; folds, undo, corrections, raw edits and
    deletions (the marked review's too, whose id SQLite may give again) keep every reader exact."""
    import random

    store = Store.open(v10_copy)
    conn = store.connection
    assert conn.execute("SELECT last_id FROM review_totals_mark").fetchone()[0] == conn.execute("SELECT MAX(id) FROM reviews").fetchone()[0]
    scheduler = Scheduler(fuzz=False)
    rng = random.Random(12)
    clock = FakeClock(datetime.fromisoformat(EXPECT["now"]))
    for step in range(400):
        action = rng.random()
        key = ("alpha" if rng.random() < 0.5 else "beta", f"q{rng.randint(1, 6)}")
        if action < 0.45:
            before = store.card(*key)
            after = scheduler.review(before, Rating(rng.randint(1, 4)), clock.advance(minutes=3))
            review = ReviewRecord(*key, rng.choice(["date", "figure"]), clock(), "x", rng.random() < 0.6, "exact", 3, 900, before, after)
            store.record_answer(review, lambda current: scheduler.review(current, Rating.GOOD, clock()))
        elif action < 0.55:
            store.fold_totals()
        elif action < 0.65:
            latest = conn.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", key).fetchone()
            if latest and latest[0]:
                try:
                    store.undo_review(latest[0], clock.advance(seconds=5))
                except StoreError:
                    pass  # deleted by hand below, or its card moved: refused, as it should be
        elif action < 0.75:
            latest = conn.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", key).fetchone()
            if latest and latest[0]:
                try:
                    store.amend_rating(latest[0], rng.randint(1, 4), scheduler.review(None, Rating.GOOD, clock()))
                except StoreError:
                    pass
        elif action < 0.85:
            ids = [row[0] for row in conn.execute("SELECT id FROM reviews ORDER BY id DESC LIMIT 30")]
            conn.execute("UPDATE reviews SET correct = 1 - correct, category = ? WHERE id = ?", (rng.choice(["date", "place"]), rng.choice(ids)))
        elif action < 0.95:
            conn.execute("DELETE FROM reviews WHERE id = (SELECT MAX(id) FROM reviews)")  # the marked one, at times
        else:
            ids = [row[0] for row in conn.execute("SELECT id FROM reviews ORDER BY id DESC LIMIT 30")]
            conn.execute("UPDATE reviews SET undone = 1 - undone WHERE id = ?", (rng.choice(ids),))
        groups, packs = recount(conn)
        assert stats.accuracy_by_group(conn) == groups, step
        counted = {p: (c.reviews, c.correct) for p, c in store.pack_counts(clock()).items() if c.reviews}
        assert counted == packs, step
    store.fold_totals()
    assert conn.execute("SELECT COUNT(*) FROM reviews WHERE id > (SELECT last_id FROM review_totals_mark)").fetchone()[0] == 0
    groups, _ = recount(conn)
    assert {(p, c): (n, k) for p, c, n, k in conn.execute("SELECT * FROM review_totals WHERE reviews > 0")} == groups
    store.close()


def test_an_answer_writes_nothing_to_the_totals_and_a_checkpoint_folds_it_in(store, clock):
    scheduler = Scheduler(fuzz=False)
    store.defer_checkpoints()
    after = scheduler.review(None, Rating.GOOD, clock())
    store.record_review(ReviewRecord("p", "q", "c", clock(), "a", True, "exact", 3, 900, None, after))
    assert store.connection.execute("SELECT COUNT(*) FROM review_totals").fetchone()[0] == 0
    assert stats.accuracy_by_group(store.connection) == {("p", "c"): (1, 1)}
    store._commits += 40  # as after 40 answers
    assert store.checkpoint_if_due()
    assert store.connection.execute("SELECT pack_id, category, reviews, correct FROM review_totals").fetchall() == [("p", "c", 1, 1)]
    assert stats.accuracy_by_group(store.connection) == {("p", "c"): (1, 1)}


def test_mock_sittings_have_an_index_of_their_own_and_the_planners_reads_by_kind_sort_nothing(store, clock):
    """Schema 13: reviews_kind_time, written by every answer, is gone; a mock sitting's answers
    are found by their own partial index, and the latest answers by id, not by sorting the log."""
    conn = store.connection
    indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reviews'")}
    assert "reviews_kind_time" not in indexes and "reviews_mock" in indexes
    scheduler = Scheduler(fuzz=False)
    for i in range(300):
        after = scheduler.review(None, Rating.GOOD, clock())
        kind = "mock" if i % 10 == 0 else "study"
        store.record_review(ReviewRecord("p", f"q{i}", "", clock.advance(minutes=1), "a", True, "exact", 3, 900, None, after, session_id=1 + i % 3, kind=kind))
    conn.execute("ANALYZE")

    def plan(sql: str, params: tuple = ()) -> str:
        return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))

    mock = plan("SELECT DISTINCT pack_id, question_id FROM reviews WHERE session_id = ? AND kind = 'mock'", (1,))
    assert "reviews_mock" in mock, mock
    latest = plan("SELECT response_ms FROM reviews WHERE kind IN ('study', 'mock') AND undone = 0 AND response_ms > 0 ORDER BY id DESC LIMIT 200")
    assert "TEMP B-TREE" not in latest, latest
    assert conn.execute("SELECT COUNT(*) FROM reviews INDEXED BY reviews_mock WHERE kind = 'mock'").fetchone()[0] == 30

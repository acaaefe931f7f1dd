"""Schema 14: the due index holds each card's due time as of the last fold (filed_due).

An answer leaves cards_filed_due alone; readers take the due time of the cards answered
after review_totals' mark from the cards themselves, and the fold (with the WAL checkpoint,
while the feedback is read) files them. Every reader must stay equal to a count made from
``cards.due`` itself, whatever happens between folds.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from conftest import FIXTURES, FakeClock
from studyapp.records import ReviewRecord
from studyapp.scheduling import Rating, Scheduler, from_timestamp
from studyapp.store import SCHEMA_VERSION, Store, StoreError

V10 = FIXTURES / "schema_v10.sqlite3"


def truth(conn: sqlite3.Connection, now: datetime, packs: list[str] | None = None) -> dict[tuple[str, str], float]:
    """Due cards at ``now`` counted from cards.due, not through any index."""
    rows = conn.execute("SELECT pack_id, question_id, due FROM cards NOT INDEXED WHERE retired = 0 AND due <= ?", (now.timestamp(),))
    return {(p, q): d for p, q, d in rows if packs is None or p in packs}


def upcoming(conn: sqlite3.Connection, after: datetime, limit: int) -> list[tuple[str, str, datetime]]:
    rows = conn.execute(
        "SELECT pack_id, question_id, due FROM cards NOT INDEXED WHERE retired = 0 AND due > ? ORDER BY due, pack_id, question_id LIMIT ?",
        (after.timestamp(), limit),
    )
    return [(p, q, from_timestamp(d)) for p, q, d in rows]


def check_readers(store: Store, now: datetime, step: object = None) -> None:
    conn = store.connection
    for when in (now, now + timedelta(days=2), now + timedelta(days=30)):
        expected = truth(conn, when)
        assert store.card_states().due_at(when) == expected, step
        assert store.card_states(["alpha"]).due_at(when) == truth(conn, when, ["alpha"]), step
        assert store.due_keys(when) == sorted(((p, q, d) for (p, q), d in expected.items()), key=lambda r: (r[2], r[0], r[1])), step
        assert store.due_count(when) == conn.execute("SELECT COUNT(*) FROM cards NOT INDEXED WHERE retired = 0 AND due < ?", (when.timestamp(),)).fetchone()[0], step
        assert store.due_count(when, ["beta"]) == sum(1 for p, _, d in conn.execute("SELECT pack_id, question_id, due FROM cards WHERE retired = 0") if p == "beta" and d < when.timestamp()), step
        assert store.next_due(when, limit=3) == upcoming(conn, when, 3), step


def test_the_migration_files_every_card_at_its_due_time(tmp_path):
    path = tmp_path / "progress.sqlite3"
    shutil.copyfile(V10, path)
    store = Store.open(path)
    conn = store.connection
    assert store.schema_version == SCHEMA_VERSION >= 14
    indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cards'")}
    assert "cards_due_live" not in indexes and "cards_filed_due" in indexes
    assert conn.execute("SELECT COUNT(*) FROM cards WHERE filed_due IS NOT due").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0] > 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_an_answer_leaves_the_due_index_and_the_fold_files_its_card(store, clock):
    scheduler = Scheduler(fuzz=False)
    first = scheduler.review(None, Rating.GOOD, clock())
    store.record_review(ReviewRecord("p", "q", "", clock(), "a", True, "exact", 3, 900, None, first))
    conn = store.connection
    row = "SELECT due, filed_due FROM cards WHERE pack_id = 'p' AND question_id = 'q'"
    assert conn.execute(row).fetchone() == (first.due.timestamp(),) * 2  # a new card is filed as it is made
    store.fold_totals()
    later = clock.advance(days=3)
    second = scheduler.review(first, Rating.GOOD, later)
    store.record_answer(ReviewRecord("p", "q", "", later, "a", True, "exact", 3, 900, first, second), lambda current: second)
    assert conn.execute(row).fetchone() == (second.due.timestamp(), first.due.timestamp())  # not filed yet
    assert store.card_states().due_at(later) == {}  # yet read as it stands
    assert store.next_due(later) == [("p", "q", second.due)]
    store.defer_checkpoints()
    store._commits += 40  # as after 40 answers: the checkpoint folds the log and files the card
    assert store.checkpoint_if_due()
    assert conn.execute(row).fetchone() == (second.due.timestamp(),) * 2


def test_every_due_reader_equals_a_count_from_the_cards_through_answers_folds_undo_and_hand_edits(tmp_path):
    """Answers, folds, undo, re-rating, retiring and bringing back, reviews after the mark
    deleted by hand, cards written by other means: after each, every reader equals a count
    made from cards.due itself."""
    path = tmp_path / "progress.sqlite3"
    shutil.copyfile(V10, path)
    store = Store.open(path)
    conn = store.connection
    scheduler = Scheduler(fuzz=False)
    rng = random.Random(14)
    clock = FakeClock(datetime(2026, 3, 28, 9, tzinfo=timezone.utc))
    check_readers(store, clock(), "start")
    for step in range(400):
        action = rng.random()
        key = ("alpha" if rng.random() < 0.5 else "beta", f"q{rng.randint(1, 9)}")
        if action < 0.45:
            before = store.card(*key)
            rating = Rating(rng.randint(1, 4))
            after = scheduler.review(before, rating, clock.advance(hours=rng.choice([0, 1, 30])))
            review = ReviewRecord(*key, "date", clock(), "x", rating > 1, "exact", int(rating), 900, before, after)
            store.record_answer(review, lambda current: scheduler.review(current, rating, clock()))
        elif action < 0.55:
            store.fold_totals()
        elif action < 0.65:
            latest = conn.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", key).fetchone()
            if latest and latest[0]:
                try:
                    store.undo_review(latest[0], clock.advance(seconds=5))
                except StoreError:
                    pass  # its card moved or its review is gone: refused, as it should be
        elif action < 0.72:
            latest = conn.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", key).fetchone()
            if latest and latest[0]:
                try:
                    store.amend_rating(latest[0], rng.randint(1, 4), scheduler.review(None, Rating(rng.randint(1, 4)), clock()))
                except StoreError:
                    pass
        elif action < 0.8:
            conn.execute("UPDATE cards SET retired = 1 - retired WHERE pack_id = ? AND question_id = ?", key)  # as `studyapp check` does
        elif action < 0.87:
            conn.execute("DELETE FROM reviews WHERE id = (SELECT MAX(id) FROM reviews)")  # after the mark, or the marked one
        elif action < 0.93:
            conn.execute(  # a card written by other means (an old studyapp, a script): no filed_due
                "INSERT OR IGNORE INTO cards (pack_id, question_id, state, stability, difficulty, due, last_review, introduced_at)"
                " VALUES (?, ?, 2, 2.5, 5.0, ?, ?, 0)",
                (*key, (clock() + timedelta(hours=rng.randint(-50, 50))).timestamp(), (clock() - timedelta(days=3)).timestamp()),
            )
        else:
            conn.execute("UPDATE cards SET due = ? WHERE pack_id = ? AND question_id = ?", ((clock() + timedelta(hours=rng.randint(-50, 50))).timestamp(), *key))
        check_readers(store, clock(), step)
    store.fold_totals()
    assert conn.execute("SELECT COUNT(*) FROM cards WHERE filed_due IS NOT due").fetchone()[0] == 0
    store.close()


def test_another_terminals_answer_is_read_before_its_fold(tmp_path, clock):
    """Two stores on one file: what one answers (not folded yet) the other reads as it stands."""
    path = tmp_path / "progress.sqlite3"
    one, two = Store.open(path), Store.open(path)
    try:
        scheduler = Scheduler(fuzz=False)
        first = scheduler.review(None, Rating.GOOD, clock())
        one.record_review(ReviewRecord("p", "q", "", clock(), "a", True, "exact", 3, 900, None, first))
        one.fold_totals()
        later = clock.advance(days=30)
        assert two.card_states().due_at(later) == {("p", "q"): first.due.timestamp()}
        second = scheduler.review(first, Rating.GOOD, later)
        one.record_answer(ReviewRecord("p", "q", "", later, "a", True, "exact", 3, 900, first, second), lambda current: second)
        assert two.card_states().due_at(later) == {}
        assert two.due_count(later) == 0 and two.next_due(later) == [("p", "q", second.due)]
    finally:
        one.close()
        two.close()


@pytest.mark.parametrize("retired", [False, True])
def test_a_retired_card_answered_again_is_back_in_the_index(store, clock, retired):
    scheduler = Scheduler(fuzz=False)
    first = scheduler.review(None, Rating.GOOD, clock())
    store.record_review(ReviewRecord("p", "q", "", clock(), "a", True, "exact", 3, 900, None, first))
    store.fold_totals()
    if retired:
        store.connection.execute("UPDATE cards SET retired = 1")
    later = clock.advance(days=30)
    assumed = None if retired else first
    second = scheduler.review(assumed, Rating.AGAIN, later)
    store.record_answer(ReviewRecord("p", "q", "", later, "x", False, "wrong", 1, 900, assumed, second), lambda current: second)
    store.fold_totals()
    assert store.card_states().due_at(later + timedelta(hours=1)) == {("p", "q"): second.due.timestamp()}
    assert store.connection.execute("SELECT COUNT(*) FROM cards INDEXED BY cards_filed_due WHERE retired = 0 AND filed_due <= ?",
                                    ((later + timedelta(hours=1)).timestamp(),)).fetchone()[0] == 1

"""Durable progress in one SQLite file.

Card state per (pack, question) and an append-only review log. Every write is
one short ``BEGIN IMMEDIATE`` transaction, so an answer is on disk before the
next question shows, a crash or kill leaves the database consistent, and two
processes on the same file take turns instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import replace
from datetime import datetime
from itertools import islice
from math import isfinite
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from studyapp.scheduling import CardState, from_timestamp, new_card_state

if TYPE_CHECKING:
    from studyapp.records import PackCounts, ReviewRecord

BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")
CHECKPOINT_EVERY = 40
"""Commits between WAL checkpoints when the app runs them (Store.defer_checkpoints):
about SQLite's own 1,000 pages, at some 25 pages an answer."""

# Each entry migrates from version i to i+1. Never edit a released entry: add one.
MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE cards (
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due REAL NOT NULL,
        last_review REAL,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        introduced_at REAL NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (pack_id, question_id)
    ) WITHOUT ROWID;
    CREATE INDEX cards_due ON cards (due);
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started_at REAL NOT NULL,
        ended_at REAL,
        packs TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL DEFAULT 'study',
        answered INTEGER NOT NULL DEFAULT 0,
        correct INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        reviewed_at REAL NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        correct INTEGER NOT NULL,
        reason TEXT NOT NULL,
        rating INTEGER NOT NULL,
        response_ms INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT 'study',
        session_id INTEGER REFERENCES sessions (id),
        state_before TEXT,
        state_after TEXT NOT NULL
    );
    CREATE INDEX reviews_card ON reviews (pack_id, question_id);
    CREATE INDEX reviews_time ON reviews (reviewed_at);
    """,
    # 2: exams (a date that drives the schedule), mock sessions tied to an exam,
    # undo recorded as an event, and an index for statistics by kind and time.
    """
    CREATE TABLE exams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        exam_date TEXT NOT NULL,
        packs TEXT NOT NULL DEFAULT '[]',
        tags TEXT NOT NULL DEFAULT '[]',
        daily_reviews INTEGER,
        daily_minutes INTEGER,
        created_at REAL NOT NULL
    );
    ALTER TABLE sessions ADD COLUMN exam_id INTEGER REFERENCES exams (id);
    ALTER TABLE reviews ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX reviews_kind_time ON reviews (kind, reviewed_at);
    """,
    # 3: statistics (studyapp.stats). Partial indexes over the reviews that count
    # (not undone, not undo events), so a million-review log is aggregated from
    # indexes, not the table: their WHERE clauses must match studyapp.stats.LIVE and
    # LEARNED word for word (undone and kind are repeated as columns so that SQLite
    # 3.40 reads reviews_live_time alone). review_totals keeps reviews and right
    # answers per (pack, category), kept exact by triggers on every insert, update
    # and delete of the log, so accuracy by pack and category costs no scan at all.
    # A migration that rebuilds the reviews table must recreate these triggers.
    """
    CREATE INDEX reviews_live_time ON reviews (reviewed_at, correct, undone, kind) WHERE undone = 0 AND kind != 'undo';
    CREATE INDEX reviews_live_learned ON reviews (reviewed_at, correct) WHERE undone = 0 AND kind != 'undo'
        AND CASE WHEN json_valid(state_before) THEN json_extract(state_before, '$.state') END = 2;
    CREATE TABLE review_totals (
        pack_id TEXT NOT NULL,
        category TEXT NOT NULL,
        reviews INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        PRIMARY KEY (pack_id, category)
    ) WITHOUT ROWID;
    INSERT INTO review_totals (pack_id, category, reviews, correct)
        SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews WHERE undone = 0 AND kind != 'undo' GROUP BY pack_id, category;
    CREATE TRIGGER review_totals_insert AFTER INSERT ON reviews WHEN NEW.undone = 0 AND NEW.kind != 'undo' BEGIN
        INSERT INTO review_totals (pack_id, category, reviews, correct) VALUES (NEW.pack_id, NEW.category, 1, NEW.correct)
            ON CONFLICT (pack_id, category) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct;
    END;
    CREATE TRIGGER review_totals_update_old AFTER UPDATE OF pack_id, category, correct, undone, kind ON reviews
        WHEN OLD.undone = 0 AND OLD.kind != 'undo' BEGIN
        UPDATE review_totals SET reviews = reviews - 1, correct = correct - OLD.correct
            WHERE pack_id = OLD.pack_id AND category = OLD.category;
    END;
    CREATE TRIGGER review_totals_update_new AFTER UPDATE OF pack_id, category, correct, undone, kind ON reviews
        WHEN NEW.undone = 0 AND NEW.kind != 'undo' BEGIN
        INSERT INTO review_totals (pack_id, category, reviews, correct) VALUES (NEW.pack_id, NEW.category, 1, NEW.correct)
            ON CONFLICT (pack_id, category) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct;
    END;
    CREATE TRIGGER review_totals_delete AFTER DELETE ON reviews WHEN OLD.undone = 0 AND OLD.kind != 'undo' BEGIN
        UPDATE review_totals SET reviews = reviews - 1, correct = correct - OLD.correct
            WHERE pack_id = OLD.pack_id AND category = OLD.category;
    END;
    """,
    # 4: a mock exam's size (studyapp.mock): questions left unanswered when time
    # runs out still count against its score, so the score needs the total.
    """
    ALTER TABLE sessions ADD COLUMN planned INTEGER;
    """,
    # 5: starting a session: the questions introduced today (the daily new limit)
    # and the cards due now, from indexes alone (cards_due_live covers the query
    # because every index of a WITHOUT ROWID table holds the primary key). Without
    # them, 15 ms of the 50 ms that building the queue may take at 100,000 questions.
    """
    CREATE INDEX cards_introduced ON cards (introduced_at);
    CREATE INDEX cards_due_live ON cards (due) WHERE retired = 0;
    """,
    # 6: "I was right": a review the learner overruled keeps its row, marked, and
    # the response is remembered as an accepted answer for that question on this
    # machine (until `studyapp overrides write` folds it into the pack, or undo).
    """
    ALTER TABLE reviews ADD COLUMN overruled INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE accepted_answers (
        pack_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        accepted_at REAL NOT NULL,
        review_id INTEGER,
        PRIMARY KEY (pack_id, question_id, answer)
    ) WITHOUT ROWID;
    CREATE INDEX reviews_overruled ON reviews (undone) WHERE overruled = 1;
    """,
    # 7: FSRS parameters fitted to this learner's own log (studyapp.optimize), one
    # row per fit; the latest row decides (parameters NULL or used = 0: the defaults).
    """
    CREATE TABLE memory_fits (
        id INTEGER PRIMARY KEY,
        fitted_at REAL NOT NULL,
        last_review_id INTEGER NOT NULL,
        reviews INTEGER NOT NULL,
        parameters TEXT,
        log_loss_before REAL,
        rmse_before REAL,
        log_loss_after REAL,
        rmse_after REAL,
        used INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 8: exam marking (studyapp.marking): an exam's scheme ("upsc", "plain" or
    # "+2,-0.667"; NULL: plain), the scheme a mock sitting was scored with, and
    # the answers the learner marked as guesses during a mock.
    """
    ALTER TABLE exams ADD COLUMN marking TEXT;
    ALTER TABLE sessions ADD COLUMN marking TEXT;
    ALTER TABLE reviews ADD COLUMN guess INTEGER NOT NULL DEFAULT 0;
    """,
    # 9: the answer's write path (issue 17): cards_due is read by no query (every
    # one asks for live cards, and cards_due_live answers those), yet every answer
    # moved the card in it: two of the 17 pages an answer wrote to the WAL.
    """
    DROP INDEX IF EXISTS cards_due;
    """,
    # 10: the exam planner's final reserve (planner.choose_reserve), chosen once from
    # the exam's shape when it is first planned; NULL: not chosen yet (set or changed).
    """
    ALTER TABLE exams ADD COLUMN final_reserve REAL;
    """,
    # 11: the answer's write path (issue 17): reviews_card, the log's index by (pack, question),
    # took 3 of the 15 pages an answer wrote (a leaf of text keys, split at nearly every insert)
    # for what only undo, re-rating and "I was right" ask: whether a later answer to the
    # question stands, and which answer stood before. The card now holds its latest standing
    # review (last_review_id; 0: none) and each review the card's standing review before it
    # (prev_id; 0: none; NULL: logged before schema 11, looked up in the log by id instead).
    """
    ALTER TABLE cards ADD COLUMN last_review_id INTEGER;
    ALTER TABLE reviews ADD COLUMN prev_id INTEGER;
    UPDATE cards SET last_review_id = COALESCE((SELECT MAX(r.id) FROM reviews r WHERE r.pack_id = cards.pack_id
        AND r.question_id = cards.question_id AND r.kind != 'undo' AND r.undone = 0), 0);
    DROP INDEX IF EXISTS reviews_card;
    """,
    # 12: review_totals without its insert trigger (issue 17): counting each answer in it
    # cost the answer an upsert and a page of its commit. The totals now hold the log up to
    # review_totals_mark.last_id; the reviews after it are counted from the log when read
    # (TOTALS_TAIL, a search by id) and folded in while the learner reads the feedback
    # (Store.fold_totals), in its own transaction. Corrections and deletions of reviews up
    # to the mark still reach the totals through triggers; a deletion of the marked review
    # itself moves the mark down, so that an id used again is counted from the log.
    """
    CREATE TABLE review_totals_mark (id INTEGER PRIMARY KEY CHECK (id = 1), last_id INTEGER NOT NULL);
    INSERT INTO review_totals_mark (id, last_id) VALUES (1, COALESCE((SELECT MAX(id) FROM reviews), 0));
    DROP TRIGGER IF EXISTS review_totals_insert;
    DROP TRIGGER IF EXISTS review_totals_update_old;
    DROP TRIGGER IF EXISTS review_totals_update_new;
    DROP TRIGGER IF EXISTS review_totals_delete;
    CREATE TRIGGER review_totals_update_old AFTER UPDATE OF pack_id, category, correct, undone, kind ON reviews
        WHEN OLD.undone = 0 AND OLD.kind != 'undo' AND OLD.id <= (SELECT last_id FROM review_totals_mark) BEGIN
        UPDATE review_totals SET reviews = reviews - 1, correct = correct - OLD.correct
            WHERE pack_id = OLD.pack_id AND category = OLD.category;
    END;
    CREATE TRIGGER review_totals_update_new AFTER UPDATE OF pack_id, category, correct, undone, kind ON reviews
        WHEN NEW.undone = 0 AND NEW.kind != 'undo' AND NEW.id <= (SELECT last_id FROM review_totals_mark) BEGIN
        INSERT INTO review_totals (pack_id, category, reviews, correct) VALUES (NEW.pack_id, NEW.category, 1, NEW.correct)
            ON CONFLICT (pack_id, category) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct;
    END;
    CREATE TRIGGER review_totals_delete AFTER DELETE ON reviews WHEN OLD.id <= (SELECT last_id FROM review_totals_mark) BEGIN
        UPDATE review_totals SET reviews = reviews - 1, correct = correct - OLD.correct
            WHERE pack_id = OLD.pack_id AND category = OLD.category AND OLD.undone = 0 AND OLD.kind != 'undo';
        UPDATE review_totals_mark SET last_id = OLD.id - 1 WHERE last_id = OLD.id;
    END;
    """,
    # 13: reviews_kind_time, (kind, time), was written by every answer for queries that read
    # most of the log by kind (the optimiser; the planner's latest answers, which it made sort
    # every study answer: 0.6-2 s at 1,000,000 reviews, 0.1-2 ms by id without it) or one mock
    # sitting's answers. Those have an index of their own, over mock answers only.
    """
    DROP INDEX IF EXISTS reviews_kind_time;
    CREATE INDEX reviews_mock ON reviews (session_id) WHERE kind = 'mock';
    """,
    # 14: the due index filed with the totals (issue 17): every answer moved its card in
    # cards_due_live, two leaves apart (the day's due cards and a random one weeks ahead), 2.6
    # of the 9.5 pages it wrote. The index now holds filed_due, the card's due time as of the
    # last fold of the log (Store.fold_totals, while the feedback is read): an answer leaves it,
    # and readers take the due time of the cards answered after review_totals' mark from the
    # cards themselves (TAIL_CARDS). Every other writer keeps filed_due equal to due: the
    # store's own, and these triggers for rows written by other means (a card inserted without
    # it, due changed without an answer, a review after the mark deleted).
    """
    ALTER TABLE cards ADD COLUMN filed_due REAL;
    UPDATE cards SET filed_due = due;
    DROP INDEX IF EXISTS cards_due_live;
    CREATE INDEX cards_filed_due ON cards (filed_due) WHERE retired = 0;
    CREATE TRIGGER cards_filed_due_insert AFTER INSERT ON cards WHEN NEW.filed_due IS NULL BEGIN
        UPDATE cards SET filed_due = NEW.due WHERE pack_id = NEW.pack_id AND question_id = NEW.question_id;
    END;
    CREATE TRIGGER cards_filed_due_update AFTER UPDATE OF due ON cards
        WHEN NEW.last_review_id IS OLD.last_review_id AND NEW.filed_due IS NOT NEW.due BEGIN
        UPDATE cards SET filed_due = NEW.due WHERE pack_id = NEW.pack_id AND question_id = NEW.question_id;
    END;
    CREATE TRIGGER reviews_tail_delete AFTER DELETE ON reviews WHEN OLD.id > (SELECT last_id FROM review_totals_mark) BEGIN
        UPDATE cards SET filed_due = due WHERE pack_id = OLD.pack_id AND question_id = OLD.question_id AND filed_due IS NOT due;
    END;
    """,
    # 15: cards_filed_due answers the due queries alone (issue 17). They name `retired`, which
    # the partial index implies but did not hold, so SQLite 3.40 looked up every entry's card
    # as well: 3,500 look-ups in a cold page cache, 15-30 ms of every start at 100,000
    # questions (the day's queue), against 3-4 ms with `retired` as the index's last column.
    # The same entries (retired cards stay out), the same order; an answer still leaves it.
    """
    DROP INDEX IF EXISTS cards_filed_due;
    CREATE INDEX cards_filed_due ON cards (filed_due, retired) WHERE retired = 0;
    """,    # 16: the log's figures kept by the quarter-hour (issue 17): the heatmap and true retention
    # read a year of the log's indexes for every Progress screen and `studyapp stats` (1,000,000
    # and 930,000 entries at 1,000,000 reviews: 250-350 ms of CPU). review_quarters holds the
    # live reviews up to review_totals' mark by quarter-hour of time (quarter = floor(reviewed_at
    # / 900), exact for any REAL): their number and right answers, and the same for reviews of
    # learned questions (studyapp.stats.LEARNED). Every time zone's midnight falls on a quarter
    # hour, so a local day is a range of quarters. Kept as review_totals is: folded with it
    # (_fold_totals), corrected by triggers for the reviews up to the mark (the delete trigger is
    # review_totals' own, made again with one statement more, before it moves the mark); readers
    # add the reviews after the mark from the log (studyapp.stats).
    """
    CREATE TABLE review_quarters (
        quarter INTEGER PRIMARY KEY,
        reviews INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        learned INTEGER NOT NULL,
        learned_correct INTEGER NOT NULL
    );
    INSERT INTO review_quarters (quarter, reviews, correct, learned, learned_correct)
        SELECT CAST(reviewed_at AS INTEGER) / 900 - (reviewed_at < CAST(reviewed_at AS INTEGER) / 900 * 900), COUNT(*), SUM(correct),
            SUM(CASE WHEN CASE WHEN json_valid(state_before) THEN json_extract(state_before, '$.state') END = 2 THEN 1 ELSE 0 END),
            SUM(CASE WHEN CASE WHEN json_valid(state_before) THEN json_extract(state_before, '$.state') END = 2 THEN correct ELSE 0 END)
        FROM reviews WHERE id <= (SELECT last_id FROM review_totals_mark) AND undone = 0 AND kind != 'undo' GROUP BY 1;
    CREATE TRIGGER review_quarters_update_old AFTER UPDATE OF reviewed_at, correct, undone, kind, state_before ON reviews
        WHEN OLD.undone = 0 AND OLD.kind != 'undo' AND OLD.id <= (SELECT last_id FROM review_totals_mark) BEGIN
        UPDATE review_quarters SET reviews = reviews - 1, correct = correct - OLD.correct,
            learned = learned - (CASE WHEN CASE WHEN json_valid(OLD.state_before) THEN json_extract(OLD.state_before, '$.state') END = 2 THEN 1 ELSE 0 END),
            learned_correct = learned_correct - (CASE WHEN CASE WHEN json_valid(OLD.state_before) THEN json_extract(OLD.state_before, '$.state') END = 2 THEN OLD.correct ELSE 0 END)
            WHERE quarter = CAST(OLD.reviewed_at AS INTEGER) / 900 - (OLD.reviewed_at < CAST(OLD.reviewed_at AS INTEGER) / 900 * 900);
    END;
    CREATE TRIGGER review_quarters_update_new AFTER UPDATE OF reviewed_at, correct, undone, kind, state_before ON reviews
        WHEN NEW.undone = 0 AND NEW.kind != 'undo' AND NEW.id <= (SELECT last_id FROM review_totals_mark) BEGIN
        INSERT INTO review_quarters (quarter, reviews, correct, learned, learned_correct)
            VALUES (CAST(NEW.reviewed_at AS INTEGER) / 900 - (NEW.reviewed_at < CAST(NEW.reviewed_at AS INTEGER) / 900 * 900), 1, NEW.correct,
                CASE WHEN CASE WHEN json_valid(NEW.state_before) THEN json_extract(NEW.state_before, '$.state') END = 2 THEN 1 ELSE 0 END,
                CASE WHEN CASE WHEN json_valid(NEW.state_before) THEN json_extract(NEW.state_before, '$.state') END = 2 THEN NEW.correct ELSE 0 END)
            ON CONFLICT (quarter) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct,
                learned = learned + excluded.learned, learned_correct = learned_correct + excluded.learned_correct;
    END;
    DROP TRIGGER IF EXISTS review_totals_delete;
    CREATE TRIGGER review_totals_delete AFTER DELETE ON reviews WHEN OLD.id <= (SELECT last_id FROM review_totals_mark) BEGIN
        UPDATE review_totals SET reviews = reviews - 1, correct = correct - OLD.correct
            WHERE pack_id = OLD.pack_id AND category = OLD.category AND OLD.undone = 0 AND OLD.kind != 'undo';
        UPDATE review_quarters SET reviews = reviews - 1, correct = correct - OLD.correct,
            learned = learned - (CASE WHEN CASE WHEN json_valid(OLD.state_before) THEN json_extract(OLD.state_before, '$.state') END = 2 THEN 1 ELSE 0 END),
            learned_correct = learned_correct - (CASE WHEN CASE WHEN json_valid(OLD.state_before) THEN json_extract(OLD.state_before, '$.state') END = 2 THEN OLD.correct ELSE 0 END)
            WHERE quarter = CAST(OLD.reviewed_at AS INTEGER) / 900 - (OLD.reviewed_at < CAST(OLD.reviewed_at AS INTEGER) / 900 * 900) AND OLD.undone = 0 AND OLD.kind != 'undo';
        UPDATE review_totals_mark SET last_id = OLD.id - 1 WHERE last_id = OLD.id;
    END;
    """,
    # 17: the answer's write path (issue 17, twentieth round): every answer wrote three entries
    # by time, each on its own page of the WAL (4 KB, checksummed and written apart): reviews_time
    # (every review), reviews_live_time (the live ones) and, answered from review, reviews_live_learned
    # (its WHERE reading the review's state_before as JSON on every insert). Since schema 16 the
    # heatmap and true retention read review_quarters, and reviews_live_learned only served a day
    # off the quarter-hour (a zone such as +0:20). One index by time over every review now holds
    # what the live queries read (correct, undone and kind as columns: still covering, with the
    # few undone or undo rows of a range skipped), under reviews_time's name: one entry an answer.
    """
    DROP INDEX IF EXISTS reviews_live_learned;
    DROP INDEX IF EXISTS reviews_live_time;
    DROP INDEX IF EXISTS reviews_time;
    CREATE INDEX reviews_time ON reviews (reviewed_at, correct, undone, kind);
    """,
    # 18: the session's count left out of the answer (issue 17): every answer updated its session's
    # row (answered, correct, ended_at), one statement and a page of its commit. The row now holds
    # the session as of review_totals' mark, folded with the totals (_fold_totals); readers add the
    # answers after the mark from the log (SESSION_TAIL). The tail a schema-17 studyapp left had
    # been counted in the sessions by its answers: it is folded here into the totals and quarters
    # only, so that no fold counts it in a session again. A schema-17 studyapp, which would count
    # its answers in the row and leave them after the mark, refuses this file.
    """
    INSERT INTO review_totals (pack_id, category, reviews, correct)
        SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews
        WHERE id > (SELECT last_id FROM review_totals_mark) AND undone = 0 AND kind != 'undo' GROUP BY pack_id, category
        ON CONFLICT (pack_id, category) DO UPDATE SET reviews = reviews + excluded.reviews, correct = correct + excluded.correct;
    INSERT INTO review_quarters (quarter, reviews, correct, learned, learned_correct)
        SELECT CAST(reviewed_at AS INTEGER) / 900 - (reviewed_at < CAST(reviewed_at AS INTEGER) / 900 * 900), COUNT(*), SUM(correct),
            SUM(CASE WHEN CASE WHEN json_valid(state_before) THEN json_extract(state_before, '$.state') END = 2 THEN 1 ELSE 0 END),
            SUM(CASE WHEN CASE WHEN json_valid(state_before) THEN json_extract(state_before, '$.state') END = 2 THEN correct ELSE 0 END)
        FROM reviews WHERE id > (SELECT last_id FROM review_totals_mark) AND undone = 0 AND kind != 'undo' GROUP BY 1
        ON CONFLICT (quarter) DO UPDATE SET reviews = reviews + excluded.reviews, correct = correct + excluded.correct,
            learned = learned + excluded.learned, learned_correct = learned_correct + excluded.learned_correct;
    UPDATE cards SET filed_due = due WHERE (pack_id, question_id) IN
        (SELECT pack_id, question_id FROM reviews WHERE id > (SELECT last_id FROM review_totals_mark)) AND filed_due IS NOT due;
    UPDATE review_totals_mark SET last_id = (SELECT MAX(id) FROM reviews) WHERE (SELECT MAX(id) FROM reviews) > last_id;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
TOTALS_TAIL = (
    "SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews"
    " WHERE id > (SELECT last_id FROM review_totals_mark) AND undone = 0 AND kind != 'undo' GROUP BY pack_id, category"
)
"""What review_totals does not hold yet (schema 12): the live reviews after its mark, by (pack, category)."""
QUARTER = 900
"""review_quarters' unit of time (schema 16): a quarter of an hour, in seconds."""
QUARTER_OF = "CAST(reviewed_at AS INTEGER) / 900 - (reviewed_at < CAST(reviewed_at AS INTEGER) / 900 * 900)"
"""A review's quarter, floor(reviewed_at / 900), exact for any REAL (integer division truncates)."""
LEARNED = "CASE WHEN json_valid(state_before) THEN json_extract(state_before, '$.state') END = 2"
"""The question had graduated (FSRS Review state, 2) before this answer: what true retention counts (studyapp.stats)."""
TAIL_KEYS = "(pack_id, question_id) IN (SELECT pack_id, question_id FROM reviews WHERE id > (SELECT last_id FROM review_totals_mark))"
"""The cards answered after review_totals' mark (schema 14): their filed_due may lag behind due."""
SESSION_TAIL = (
    "SELECT session_id, SUM(undone = 0) AS answered, SUM(CASE WHEN undone = 0 THEN correct ELSE 0 END) AS correct,"
    " MAX(id) AS last_id, reviewed_at AS ended_at FROM reviews"
    " WHERE id > (SELECT last_id FROM review_totals_mark) AND kind != 'undo' AND session_id IS NOT NULL GROUP BY session_id"
)
"""What the sessions' rows do not hold yet (schema 18), by session: the answers after review_totals' mark
(answered, correct) and the time of the last of them (``reviewed_at`` of the row with ``MAX(id)``: SQLite
takes a bare column from the row of a query's one max), which is the session's ``ended_at``, as an answer
wrote it. Undo events are no answers; an answer undone after the mark is none, and it still ended the session
at its time (undo folds first, so only other writers leave one there)."""
SESSIONS_LIVE = (
    "(SELECT s.id, s.started_at, COALESCE(t.ended_at, s.ended_at) AS ended_at, s.packs, s.mode,"
    " s.answered + COALESCE(t.answered, 0) AS answered, s.correct + COALESCE(t.correct, 0) AS correct,"
    " s.exam_id, s.planned, s.marking"
    f" FROM sessions s LEFT JOIN ({SESSION_TAIL}) AS t"
    " ON t.session_id = s.id)"
)
"""The sessions as their readers see them (schema 18): each row with its tail (SESSION_TAIL) added; use as a table."""
FOLD_TAIL_AT_OPEN = 10_000
"""A tail this long is folded when the store opens (a log written by other means than an answer)."""

sqlite3.register_adapter(type(None), {}.get)
"""``None`` bound as NULL, as before, without the error ``sqlite3`` raised and dropped for each: it adapts every
parameter that is not exactly an int, float, str or bytearray, and its look-up of ``__adapt__`` on the protocol type
formatted an ``AttributeError`` every time (0.35 us a ``None``; a new card's review binds one, a graduated card two).
An adapter registered for ``NoneType`` is found first; ``{}.get`` returns ``None`` from C, and ``None`` binds as NULL."""


class StoreError(Exception):
    """A storage problem worth one clear line to the user."""


class DamagedDatabase(StoreError):
    """The progress file is there but holds no usable progress (empty, damaged, not a
    database): it is never replaced silently; the user is pointed at the backups."""


def _describe(exc: sqlite3.Error, path: Path) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path}: the database is busy (another studyapp is writing); try again in a moment"
    if "disk" in text and "full" in text:
        return f"{path}: the disk is full; your earlier answers are safe, this one was not saved"
    if "I/O" in text:
        return f"{path}: could not write to the disk (full or failing?); your earlier answers are safe, this one was not saved"
    if ("readonly" in text or "read-only" in text or "unable to open" in text) and not _writable(path.parent):
        return f"{path.parent}: the data folder is read-only; studyapp must write there to save answers (make it writable)"
    if "readonly" in text or "read-only" in text:
        return f"{path}: the database is read-only"
    if "not a database" in text or "malformed" in text:
        return f"{path}: the file is damaged or not a studyapp database ({text}); see `studyapp check`"
    return f"{path}: {text}"


def _writable(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)


def _readable(path: Path) -> bool:
    import os

    return os.access(path, os.R_OK | os.W_OK) or not _writable(path.parent)  # a read-only folder has its own message


def describe_error(exc: sqlite3.Error, path: Path) -> str:
    """One line for an SQLite error met on the progress database at ``path``."""
    return _describe(exc, path)


def _create(path: Path) -> None:
    """Make a new, fully migrated database at ``path`` in one step (built under another
    name, then linked into place): no other process ever sees it empty, so an empty
    progress file always means something went wrong and is never taken for a new one."""
    import os

    part = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        conn = sqlite3.connect(part, isolation_level=None)
        try:
            Store(conn, part)._migrate()
        finally:
            conn.close()
        try:
            os.link(part, path)
        except FileExistsError:
            pass  # another studyapp made it first: use theirs
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
        part.with_name(part.name + "-journal").unlink(missing_ok=True)


class Store:
    """The progress database. Open with :meth:`open`; close when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._writer = conn.cursor()
        """One cursor for the answer's statements and every transaction's BEGIN and COMMIT: ``conn.execute``
        makes a cursor each call (an object for the collector, and its weak reference filed on the connection),
        five an answer."""
        self.path = path
        self._commits = 0
        self._checkpointed_at: int | None = None  # None: SQLite checkpoints by itself

    @classmethod
    def open(cls, path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> "Store":
        path = Path(path)
        conn = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                _create(path)
            elif path.stat().st_size == 0:
                raise DamagedDatabase(f"{path}: the file is empty (0 bytes), so the progress it held is gone; it was left as it is")
            elif not _readable(path):
                raise StoreError(f"{path}: studyapp may not read or write this file (its owner or mode); it was left as it is")
            conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a commit survives the process being killed;
            # only an OS crash or power cut can roll back the last commits.
            conn.execute("PRAGMA synchronous = NORMAL")
            store = cls(conn, path)
            store._migrate()
            store._fold_long_tail()
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            text = _describe(exc, path)
            raise (DamagedDatabase if "damaged" in text else StoreError)(text) from None
        except OSError as exc:
            if conn is not None:
                conn.close()
            if not _writable(path.parent) and path.parent.is_dir():
                raise StoreError(f"{path.parent}: the data folder is read-only; studyapp must write there to save answers (make it writable)") from None
            raise StoreError(f"{path}: {exc.strerror or exc}") from None
        return store

    def close(self) -> None:
        self._conn.close()

    def defer_checkpoints(self) -> None:
        """Checkpoint the WAL only in :meth:`checkpoint_if_due`, which the app calls while
        the learner reads the feedback. SQLite's own checkpoint lands in a commit now and
        then: on disk its fsync made every 50th answer take 6 to 10 ms. Committed answers
        are as safe in the WAL as after a checkpoint."""
        self._conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._checkpointed_at = self._commits

    def compile_answer_statements(self) -> None:
        """Compile the statements an answer runs, without running them, while the first question is
        read (``StudySession.prepare``): the review's INSERT is compiled with the reviews table's
        indexes and triggers, about 0.4 ms that fell on the session's first answer, its slowest.
        ``sqlite3`` keeps a statement it compiled in the connection's cache, where the answer's
        ``execute`` of the same text finds it, even when the parameters are refused: each is given
        none, so nothing runs, no lock is taken and no transaction opened."""
        for sql in _ANSWER_STATEMENTS:
            try:
                self._conn.execute(sql)
            except sqlite3.ProgrammingError:
                pass  # "Incorrect number of bindings supplied": compiled and cached, not run
            except sqlite3.Error:
                return  # a damaged or busy database: the answer compiles what it needs and says what is wrong

    def checkpoint_if_due(self) -> bool:
        """Copy the WAL into the database if CHECKPOINT_EVERY commits were made since the last time."""
        if self._checkpointed_at is None or self._commits - self._checkpointed_at < CHECKPOINT_EVERY:
            return False
        self._checkpointed_at = self._commits
        try:
            self.fold_totals()  # the answers since the last time, into review_totals (schema 12)
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except (sqlite3.Error, StoreError):
            return False  # busy: the next call tries again, nothing is lost meanwhile
        return True

    def fold_totals(self) -> None:
        """Count the live reviews after review_totals' mark into it and move the mark to the last
        review, in one transaction (schema 12): answers leave review_totals alone, so their
        commits write one page fewer; a reader adds what is after the mark (TOTALS_TAIL). The
        sessions' rows are brought up to the mark in the same transaction (schema 18; SESSION_TAIL)."""
        with self.transaction() as conn:
            _fold_totals(conn)

    def _fold_long_tail(self) -> None:
        try:
            mark = self._conn.execute("SELECT last_id FROM review_totals_mark").fetchone()[0]
            top = self._conn.execute("SELECT MAX(id) FROM reviews").fetchone()[0] or 0
            if top - mark >= FOLD_TAIL_AT_OPEN:
                self.fold_totals()
        except (sqlite3.Error, StoreError):
            pass  # read-only or busy: readers count the tail from the log meanwhile

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    def transaction(self) -> _Transaction:
        """One short write transaction, taken with the write lock up front.

        A class, not a generator: a stop signal that lands just after BEGIN, before the
        ``with`` body starts, leaves nothing for the collector to finalise later (a suspended
        generator's cleanup ran at exit against a closed connection and printed a traceback);
        the open transaction is rolled back when the connection closes."""
        return _Transaction(self)

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer studyapp (schema {version} > {SCHEMA_VERSION}); please upgrade")
        if version == SCHEMA_VERSION:
            return
        with self.transaction() as conn:
            # Re-read inside the lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for index in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[index]):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # --- cards -------------------------------------------------------------

    def card(self, pack_id: str, question_id: str) -> CardState | None:
        row = self._conn.execute(
            "SELECT state, step, stability, difficulty, due, last_review, reps, lapses FROM cards WHERE pack_id = ? AND question_id = ?",
            (pack_id, question_id),
        ).fetchone()
        return _card_from_row(row) if row else None

    def cards(self, pack_ids: Iterable[str] | None = None) -> dict[tuple[str, str], CardState]:
        """Card states keyed by (pack id, question id)."""
        sql = "SELECT pack_id, question_id, state, step, stability, difficulty, due, last_review, reps, lapses FROM cards WHERE retired = 0"
        params: list[str] = []
        if pack_ids is not None:
            params = list(pack_ids)
            sql += f" AND pack_id IN ({','.join('?' * len(params))})"
        return {(row[0], row[1]): _card_from_row(row[2:]) for row in self._conn.execute(sql, params)}

    def due_keys(self, now: datetime, pack_ids: Iterable[str] | None = None) -> list[tuple[str, str, float]]:
        """(pack, question, due) of cards due at ``now``, earliest first."""
        due = self.due_by_key(now, pack_ids)
        return sorted(((p, q, d) for (p, q), d in due.items()), key=lambda row: (row[2], row[0], row[1]))

    def due_by_key(self, now: datetime, pack_ids: Iterable[str] | None = None) -> dict[tuple[str, str], float]:
        """(pack, question) -> due time of the cards due at ``now``, in no order."""
        stamp = now.timestamp()
        return self._filed_dues("filed_due <= ?", [stamp], lambda d: d <= stamp, pack_ids)

    def _filed_dues(
        self, where: str, params: list, keep: Callable[[float], bool], pack_ids: Iterable[str] | None = None, first: int | None = None
    ) -> dict[tuple[str, str], float]:
        """Due times of the cards whose filed_due meets ``where`` (searched in cards_filed_due; only the
        ``first`` by filed_due if given), corrected by the cards answered after the mark (schema 14):
        those are taken with their due time as it stands, if it passes ``keep``. One statement, so
        one snapshot of both."""
        packs = ""
        ids: list = []
        if pack_ids is not None:
            ids = list(pack_ids)
            packs = f" AND pack_id IN ({','.join('?' * len(ids))})"
        limit: list = []
        if first is not None:  # as many more as cards may have moved since the mark: each may leave the first ones
            packs_limit = f"{packs} ORDER BY filed_due LIMIT ? + (SELECT COUNT(*) FROM reviews WHERE id > (SELECT last_id FROM review_totals_mark))"
            limit = [first]
        else:
            packs_limit = packs
        sql = (
            f"SELECT * FROM (SELECT pack_id, question_id, filed_due, 0 FROM cards WHERE retired = 0 AND {where}{packs_limit})"
            f" UNION ALL SELECT pack_id, question_id, CASE WHEN retired = 0 THEN due END, 1 FROM cards WHERE {TAIL_KEYS}{packs}"
        )
        found: dict[tuple[str, str], float] = {}
        tail: list[tuple[str, str, float | None]] = []
        for p, q, due, late in self._conn.execute(sql, [*params, *ids, *limit, *ids]):
            if late:
                tail.append((p, q, due))
            else:
                found[p, q] = due
        for p, q, due in tail:
            if due is not None and keep(due):
                found[p, q] = due
            else:
                found.pop((p, q), None)
        return found

    def card_states(self, pack_ids: Iterable[str] | None = None) -> CardStates:
        """Like :meth:`cards`, but each state is read when first asked for (see CardStates)."""
        return CardStates(self, pack_ids)

    def seen_among(self, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of ``keys`` (pack, question) have a card that is not retired."""
        found: set[tuple[str, str]] = set()
        for start in range(0, len(keys), 1000):  # 2,000 parameters: SQLite takes 32,766
            chunk = keys[start : start + 1000]
            found.update(
                self._conn.execute(
                    f"WITH k(p, q) AS (VALUES {','.join(['(?,?)'] * len(chunk))})"
                    " SELECT k.p, k.q FROM k JOIN cards c ON c.pack_id = k.p AND c.question_id = k.q WHERE c.retired = 0",
                    [part for key in chunk for part in key],
                )
            )
        return found

    def due_times(self, pack_ids: Iterable[str] | None = None) -> Iterator[tuple[str, str, float]]:
        """(pack, question, due as a Unix time) of every card in key order, streamed: no CardState, no dict of them all."""
        sql, params = _in_packs("SELECT pack_id, question_id, due FROM cards WHERE retired = 0", [], pack_ids)
        return iter(self._conn.execute(sql + " ORDER BY pack_id, question_id", params))

    def due_count(self, before: datetime, pack_ids: Iterable[str] | None = None) -> int:
        """How many cards fall due before ``before``: counted in cards_filed_due, then corrected by
        the cards answered after the mark (schema 14), in one statement."""
        stamp = before.timestamp()
        filed, params = _in_packs("SELECT COUNT(*) FROM cards WHERE retired = 0 AND filed_due < ?", [stamp], pack_ids)
        late, late_params = _in_packs(
            f"SELECT TOTAL((due < ?) - COALESCE(filed_due < ?, 0)) FROM cards WHERE retired = 0 AND {TAIL_KEYS}", [stamp, stamp], pack_ids
        )
        return int(self._conn.execute(f"SELECT ({filed}) + ({late})", [*params, *late_params]).fetchone()[0])

    def introduced_since(self, since: datetime) -> int:
        """How many questions were seen for the first time since ``since``."""
        return self._conn.execute("SELECT COUNT(*) FROM cards WHERE introduced_at >= ?", (since.timestamp(),)).fetchone()[0]

    def next_due(self, after: datetime, pack_ids: Iterable[str] | None = None, limit: int = 5) -> list[tuple[str, str, datetime]]:
        stamp = after.timestamp()
        due = self._filed_dues("filed_due > ?", [stamp], lambda d: d > stamp, pack_ids, first=limit)
        rows = sorted(((p, q, d) for (p, q), d in due.items()), key=lambda row: (row[2], row[0], row[1]))[:limit]
        return [(p, q, from_timestamp(d)) for p, q, d in rows]

    def pack_counts(self, now: datetime) -> dict[str, PackCounts]:
        """Per pack: cards seen, due now, reviews and correct reviews."""
        counts: dict[str, list[int]] = {}
        for pack_id, seen, due in self._conn.execute(
            "SELECT pack_id, COUNT(*), SUM(due <= ?) FROM cards WHERE retired = 0 GROUP BY pack_id", (now.timestamp(),)
        ):
            counts[pack_id] = [seen, due or 0, 0, 0]
        for pack_id, (reviews, correct) in self.pack_reviews().items():
            counts.setdefault(pack_id, [0, 0, 0, 0])[2:] = [reviews, correct]
        from studyapp.records import PackCounts  # not at start: see studyapp.records

        return {k: PackCounts(*v) for k, v in counts.items()}

    def pack_reviews(self) -> dict[str, tuple[int, int]]:
        """Per pack with reviews: how many, and how many right (the home screen's accuracy).

        review_totals (schema v3) holds these sums up to its mark (schema 12), the rest is
        read from the log after the mark: no scan of the log, nor of the cards (the seen and
        due counts of :meth:`pack_counts` walk every card: 40 ms at 100,000 questions)."""
        sums: dict[str, list[int]] = {}
        for pack_id, _, reviews, correct in (
            *self._conn.execute("SELECT pack_id, category, reviews, correct FROM review_totals"),
            *self._conn.execute(TOTALS_TAIL),
        ):
            pair = sums.setdefault(pack_id, [0, 0])
            pair[0] += reviews
            pair[1] += correct or 0
        return {pack_id: (reviews, correct) for pack_id, (reviews, correct) in sums.items() if reviews > 0}

    # --- answers -----------------------------------------------------------

    def record_review(self, review: ReviewRecord) -> int:
        """Append a review and move the card to its new state, atomically."""
        with self.transaction() as conn:
            row = conn.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", (review.pack_id, review.question_id)).fetchone()
            return self._append_review(conn, review, row[0] if row else 0, row is not None)

    def record_answer(self, review: ReviewRecord, schedule: Callable[[CardState | None], CardState]) -> tuple[int, ReviewRecord]:
        """Append an answer scheduled from the card's state as it stands inside the write transaction.

        Another terminal may have answered the same question since the caller read
        the card: ``review.state_before`` is the state the caller assumed, and when
        the card holds another, ``schedule(current)`` gives the state after this
        answer instead. So any number of processes give the schedule one process
        would, answering in the same order. Returns the review id and the review
        as recorded (the states the feedback must show).
        """
        try:
            with self.transaction():
                return self._append_as_assumed(self._writer, review), review
        except _NotAsAssumed:
            pass  # rolled back: the card is read and the answer scheduled from it, below
        with self.transaction() as conn:
            row = conn.execute(_ANSWER_CARD, (review.pack_id, review.question_id)).fetchone()
            assumed = review.state_before
            if row is None:
                current, previous = None, 0  # no card: no answer stands (undo deletes the card with its last one)
            elif row[8]:
                current, previous = None, row[9]  # retired: answered as new
            elif assumed is not None and row[:8] == _card_values(assumed):
                current, previous = assumed, row[9]  # as the caller read it (equal numbers are equal states), not rebuilt
            else:
                current, previous = _card_from_row(row[:8]), row[9]
            if current != assumed:
                review = replace(review, state_before=current, state_after=schedule(current))
            return self._append_review(conn, review, previous, row is not None, row is not None and bool(row[8])), review

    def _append_as_assumed(self, conn: sqlite3.Connection | sqlite3.Cursor, review: ReviewRecord) -> int:
        """The answer written without reading the card first, inside the caller's transaction: what
        :meth:`_append_review` writes when the card holds ``review.state_before`` (the common case: no
        other terminal answered it meanwhile), with that checked by the writes themselves. A card
        assumed new is inserted only if it has no row; a card assumed seen is moved only if it is live
        and holds exactly the assumed values, which the card read compared (``_ANSWER_MOVE_CARD_IF``),
        and the review's ``prev_id`` is the card's ``last_review_id``, read by the INSERT itself.
        Raises :class:`_NotAsAssumed` otherwise, for the caller to roll back: one statement fewer
        an answer than reading the card (6-17 us, the statement's round trip from Python)."""
        before, after = review.state_before, review.state_after
        at = review.reviewed_at.timestamp()
        key = (review.pack_id, review.question_id)
        values = _card_values(after)
        parameters = _review_row(review, at, values)
        if before is None:
            review_id = conn.execute(_ANSWER_REVIEW, (*parameters, 0)).lastrowid
            if not self._new_card(conn, key, review.category, values, at, review_id):
                raise _NotAsAssumed  # a row already: retired, or answered meanwhile
        else:
            review_id = conn.execute(_ANSWER_REVIEW_AFTER_CARD, (*parameters, *key)).lastrowid
            if conn.execute(_ANSWER_MOVE_CARD_IF, (review.category, *values, review_id, *key, *_read_values(before))).rowcount != 1:
                raise _NotAsAssumed  # retired, gone, or moved by another answer
        return review_id

    @staticmethod
    def _new_card(conn: sqlite3.Connection | sqlite3.Cursor, key: tuple[str, str], category: str, values: tuple, at: float, review_id: int) -> bool:
        """Make the card of a first answer, unless it has a row (then False, and nothing written)."""
        return conn.execute(_ANSWER_NEW_CARD, (*key, category, *values, at, review_id, values[4])).rowcount == 1

    def _append_review(self, conn: sqlite3.Connection, review: ReviewRecord, previous: int | None, exists: bool, retired: bool = True) -> int:
        """Insert the review and move the card (inside the caller's transaction); its session counts it at the next fold (schema 18).
        ``previous``: the card's standing review before this one (0: none; None: not known); ``exists``:
        whether the card has a row (read in this transaction), so it is updated or inserted, not upserted;
        ``retired``: whether that row is retired (or not known to be live), so it is brought back."""
        after = review.state_after
        cursor = conn.execute(_ANSWER_REVIEW, (*_review_row(review), previous))
        review_id = cursor.lastrowid
        if exists and not retired:  # what _write_card's upsert does to a card it finds, without first trying an insert
            # filed_due is left as it was (schema 14): the review, after the mark, tells readers to
            # take this card's due from the row, and the next fold files it. Nor is retired set (to
            # the 0 it holds): either would move the card in cards_filed_due.
            conn.execute(_ANSWER_MOVE_CARD, (review.category, *_card_values(after), review_id, review.pack_id, review.question_id))
        else:
            self._write_card(conn, review.pack_id, review.question_id, review.category, after, review.reviewed_at, review_id)
        return review_id

    def amend_rating(self, review_id: int, rating: int, state_after: CardState) -> None:
        """Change the rating the learner chose for a review just recorded.

        Refused once the question has been answered again (in another terminal):
        that answer was scheduled from this one's result, so changing it now would
        leave a log that no longer leads to the cards, as undo is refused then.
        """
        with self.transaction() as conn:
            _fold_totals(conn)  # review_totals whole first, so that the correction's triggers reach it
            row = conn.execute("SELECT pack_id, question_id, kind, undone FROM reviews WHERE id = ?", (review_id,)).fetchone()
            if row is None:
                raise StoreError(f"review {review_id} does not exist")
            pack_id, question_id, kind, undone = row
            if kind == "undo" or undone:
                raise StoreError(f"review {review_id} was undone; answer the question again instead")
            if _answered_again(conn, pack_id, question_id, review_id):
                raise StoreError(f"question '{question_id}' was answered again (in another window) after review {review_id}; its rating stays")
            conn.execute(
                "UPDATE reviews SET rating = ?, state_after = ? WHERE id = ?",
                (rating, state_json(state_after), review_id),
            )
            self._write_card_state(conn, pack_id, question_id, state_after)

    def overrule_review(self, review_id: int, rating: int, state_after: CardState, when: datetime) -> None:
        """"I was right": the review becomes a right answer with a new rating, and its
        response is remembered as accepted for that question, in one transaction."""
        with self.transaction() as conn:
            _fold_totals(conn)  # review_totals whole first, so that the correction's triggers reach it
            row = conn.execute(
                "SELECT pack_id, question_id, answer, correct, kind, undone, session_id FROM reviews WHERE id = ?", (review_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"review {review_id} does not exist")
            pack_id, question_id, answer, correct, kind, undone, session_id = row
            if kind == "undo" or undone:
                raise StoreError(f"review {review_id} was undone; answer the question again instead")
            if correct:
                raise StoreError(f"review {review_id} is already marked right")
            if _answered_again(conn, pack_id, question_id, review_id):  # the log must still replay to the card: as re-rating and undo, refuse
                raise StoreError(f"question '{question_id}' was answered again after this answer; it can no longer be marked right")
            conn.execute(
                "UPDATE reviews SET correct = 1, reason = 'overruled', overruled = 1, rating = ?, state_after = ? WHERE id = ?",
                (rating, state_json(state_after), review_id),
            )
            if session_id is not None:
                conn.execute("UPDATE sessions SET correct = correct + 1 WHERE id = ?", (session_id,))
            if answer.strip():
                conn.execute(
                    "INSERT INTO accepted_answers (pack_id, question_id, answer, accepted_at, review_id) VALUES (?,?,?,?,?)"
                    " ON CONFLICT (pack_id, question_id, answer) DO UPDATE SET accepted_at = excluded.accepted_at,"
                    " review_id = excluded.review_id",
                    (pack_id, question_id, answer, when.timestamp(), review_id),
                )
            self._write_card_state(conn, pack_id, question_id, state_after)

    def accepted_answers(self, pack_ids: Iterable[str] | None = None) -> dict[tuple[str, str], list[str]]:
        """Responses the learner overruled as right, per question: graded right next time."""
        sql, params = _in_packs("SELECT pack_id, question_id, answer FROM accepted_answers WHERE 1", [], pack_ids)
        found: dict[tuple[str, str], list[str]] = {}
        for pack_id, question_id, answer in self._conn.execute(sql + " ORDER BY accepted_at", params):
            found.setdefault((pack_id, question_id), []).append(answer)
        return found

    def fitted_parameters(self) -> tuple[float, ...] | None:
        """The FSRS parameters of the latest fit in use (studyapp.optimize), or None for FSRS's
        defaults: one indexed query, read here so that a start need not import the optimiser."""
        row = self._conn.execute("SELECT parameters, used FROM memory_fits ORDER BY id DESC LIMIT 1").fetchone()
        if row is None or not row[1] or not row[0]:
            return None
        import json

        try:
            parameters = tuple(float(w) for w in json.loads(row[0]))
        except (ValueError, TypeError):
            return None  # a damaged row: the defaults, rather than no scheduling at all
        return parameters if len(parameters) == 21 else None

    def has_exams(self) -> bool:
        """Whether any exam is set (studyapp.exam): with none, a session plans nothing from
        one, and a start need not import the planner to find that out."""
        return self._conn.execute("SELECT EXISTS (SELECT 1 FROM exams)").fetchone()[0] == 1

    def overrides(self) -> list[tuple[str, str, str, float, int | None]]:
        """Every remembered answer: (pack, question, answer, accepted_at, review id), oldest first."""
        return self._conn.execute(
            "SELECT pack_id, question_id, answer, accepted_at, review_id FROM accepted_answers ORDER BY accepted_at"
        ).fetchall()

    def forget_accepted(self, pack_id: str, question_id: str, answer: str | None = None) -> int:
        """Drop remembered answers (one, or all of a question's); returns how many went."""
        with self.transaction() as conn:
            if answer is None:
                cursor = conn.execute("DELETE FROM accepted_answers WHERE pack_id = ? AND question_id = ?", (pack_id, question_id))
            else:
                cursor = conn.execute(
                    "DELETE FROM accepted_answers WHERE pack_id = ? AND question_id = ? AND answer = ?", (pack_id, question_id, answer)
                )
            return cursor.rowcount

    def undo_review(self, review_id: int, when: datetime) -> int:
        """Take back an answer: the card gets its state from before it back, exactly.

        Nothing is deleted from the log: the review is marked ``undone`` and an
        event of kind ``'undo'`` is appended (its ``answer`` is the id of the
        review taken back; its states are the card's before and after the undo).
        Returns the id of that event.
        """
        with self.transaction() as conn:
            _fold_totals(conn)  # review_totals whole first, so that the correction's triggers reach it
            row = conn.execute(
                "SELECT pack_id, question_id, category, kind, undone, rating, session_id, correct, state_before, state_after, prev_id"
                " FROM reviews WHERE id = ?",
                (review_id,),
            ).fetchone()
            if row is None:
                raise StoreError(f"review {review_id} does not exist")
            pack_id, question_id, category, kind, undone, rating, session_id, correct, before, after, previous = row
            if kind == "undo" or undone:
                raise StoreError(f"review {review_id} is already undone")
            if _answered_again(conn, pack_id, question_id, review_id):
                raise StoreError(f"question '{question_id}' was answered again after review {review_id}; undo that answer first")
            # What the card held just before this review: the state after the
            # answer before it that still stands (another terminal may have
            # given it), else the state this answer started from.
            prior = _standing_before(conn, pack_id, question_id, review_id, previous)
            restored = prior[1] if prior else before
            conn.execute("UPDATE reviews SET undone = 1 WHERE id = ?", (review_id,))
            conn.execute("DELETE FROM accepted_answers WHERE review_id = ?", (review_id,))  # undoing "I was right" too
            cursor = conn.execute(
                "INSERT INTO reviews (pack_id, question_id, category, reviewed_at, answer, correct, reason, rating, kind,"
                " session_id, state_before, state_after) VALUES (?,?,?,?,?,0,'undo',?,'undo',?,?,?)",
                (pack_id, question_id, category, when.timestamp(), str(review_id), rating, session_id, after, restored or "null"),
            )
            if restored is None:
                conn.execute("DELETE FROM cards WHERE pack_id = ? AND question_id = ?", (pack_id, question_id))
            else:
                import json  # json is not imported at start (about 1 ms): an undo is rare

                # The logged numbers themselves, not a round trip through datetimes: exact.
                d = json.loads(restored)
                conn.execute(
                    "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?,"
                    " lapses = ?, last_review_id = ?, filed_due = ? WHERE pack_id = ? AND question_id = ?",
                    (d["state"], d["step"], d["stability"], d["difficulty"], d["due"], d["last_review"], d.get("reps", 0),
                     d.get("lapses", 0), prior[0] if prior else 0, d["due"], pack_id, question_id),
                )
            if session_id is not None:
                conn.execute(
                    "UPDATE sessions SET answered = MAX(answered - 1, 0), correct = MAX(correct - ?, 0) WHERE id = ?",
                    (int(correct), session_id),
                )
            return cursor.lastrowid

    @staticmethod
    def _write_card(
        conn: sqlite3.Connection, pack_id: str, question_id: str, category: str, state: CardState, when: datetime, review_id: int | None = None
    ) -> None:
        """Move the card to ``state`` after its review ``review_id`` (None: not known), making it if new."""
        values = _card_values(state)
        conn.execute(
            _ANSWER_WRITE_CARD,
            (pack_id, question_id, category, *values, when.timestamp(), review_id, values[4]),
        )

    @staticmethod
    def _write_card_state(conn: sqlite3.Connection, pack_id: str, question_id: str, state: CardState) -> None:
        values = _card_values(state)
        conn.execute(
            "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?,"
            " filed_due = ? WHERE pack_id = ? AND question_id = ?",
            (*values, values[4], pack_id, question_id),
        )

    def reviews_of(self, pack_id: str, question_id: str) -> list[sqlite3.Row]:
        conn = self._conn
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(
                "SELECT * FROM reviews WHERE pack_id = ? AND question_id = ? ORDER BY id", (pack_id, question_id)
            ).fetchall()
        finally:
            conn.row_factory = None

    # --- sessions ----------------------------------------------------------

    def start_session(self, started_at: datetime, packs: Iterable[str], mode: str = "study") -> int:
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (started_at, packs, mode) VALUES (?, ?, ?)",
                (started_at.timestamp(), ",".join(packs), mode),
            )
            return cursor.lastrowid

    def end_session(self, session_id: int, ended_at: datetime) -> None:
        with self.transaction() as conn:
            _fold_totals(conn)  # first: the fold sets ended_at to the session's last answer, and the end comes after it
            conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (ended_at.timestamp(), session_id))

    def discard_session(self, session_id: int) -> bool:
        """Forget a session opened and left without an answer (no 0/0 row in the history).

        A session whose log holds anything (even an answer taken back) is kept. True if removed.
        """
        with self.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM sessions WHERE id = ? AND NOT EXISTS (SELECT 1 FROM reviews WHERE session_id = ?)",
                (session_id, session_id),
            )
            return cursor.rowcount > 0

    def session(self, session_id: int) -> tuple | None:
        """(id, started_at, ended_at, packs, mode, answered, correct): the row with its answers after the mark (schema 18)."""
        return self._conn.execute(
            f"SELECT id, started_at, ended_at, packs, mode, answered, correct FROM {SESSIONS_LIVE} WHERE id = ?", (session_id,)
        ).fetchone()


def _fold_totals(conn: sqlite3.Connection) -> None:
    """Store.fold_totals inside the caller's write transaction."""
    mark = conn.execute("SELECT last_id FROM review_totals_mark").fetchone()[0]
    top = conn.execute("SELECT MAX(id) FROM reviews").fetchone()[0] or 0
    if top <= mark:
        return
    conn.execute(
        "INSERT INTO review_totals (pack_id, category, reviews, correct)"
        " SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews WHERE id > ? AND id <= ? AND undone = 0 AND kind != 'undo'"
        " GROUP BY pack_id, category"
        " ON CONFLICT (pack_id, category) DO UPDATE SET reviews = reviews + excluded.reviews, correct = correct + excluded.correct",
        (mark, top),
    )
    # ... and by quarter-hour (schema 16)
    conn.execute(
        "INSERT INTO review_quarters (quarter, reviews, correct, learned, learned_correct)"
        f" SELECT {QUARTER_OF}, COUNT(*), SUM(correct), SUM(CASE WHEN {LEARNED} THEN 1 ELSE 0 END), SUM(CASE WHEN {LEARNED} THEN correct ELSE 0 END)"
        " FROM reviews WHERE id > ? AND id <= ? AND undone = 0 AND kind != 'undo' GROUP BY 1"
        " ON CONFLICT (quarter) DO UPDATE SET reviews = reviews + excluded.reviews, correct = correct + excluded.correct,"
        " learned = learned + excluded.learned, learned_correct = learned_correct + excluded.learned_correct",
        (mark, top),
    )
    # ... and by session (schema 18): what each answer wrote to its session's row before, at once.
    tail = conn.execute(
        "SELECT session_id, SUM(undone = 0), SUM(CASE WHEN undone = 0 THEN correct ELSE 0 END), MAX(id), reviewed_at FROM reviews"
        " WHERE id > ? AND id <= ? AND kind != 'undo' AND session_id IS NOT NULL GROUP BY session_id",
        (mark, top),
    ).fetchall()
    for session_id, answered, correct, _, ended_at in tail:
        conn.execute(
            "UPDATE sessions SET answered = answered + ?, correct = correct + ?, ended_at = ? WHERE id = ?", (answered, correct, ended_at, session_id)
        )
    # The cards answered meanwhile take their place in cards_filed_due (schema 14).
    conn.execute(
        "UPDATE cards SET filed_due = due WHERE (pack_id, question_id) IN (SELECT pack_id, question_id FROM reviews WHERE id > ? AND id <= ?)"
        " AND filed_due IS NOT due",
        (mark, top),
    )
    conn.execute("UPDATE review_totals_mark SET last_id = ?", (top,))


def _answered_again(conn: sqlite3.Connection, pack_id: str, question_id: str, review_id: int) -> bool:
    """Whether a later answer to the question stands (another terminal's, say): then the
    card belongs to it, and re-rating, undo or "I was right" would break the log's replay.

    The card holds its latest standing review (schema 11); a card without one known is
    looked up in the log after ``review_id``, by id (no index by question: read forward)."""
    row = conn.execute("SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?", (pack_id, question_id)).fetchone()
    if row is not None and row[0] is not None:
        return row[0] > review_id
    return conn.execute(
        "SELECT 1 FROM reviews WHERE id > ? AND pack_id = ? AND question_id = ? AND kind != 'undo' AND undone = 0 LIMIT 1",
        (review_id, pack_id, question_id),
    ).fetchone() is not None


def _standing_before(conn: sqlite3.Connection, pack_id: str, question_id: str, review_id: int, previous: int | None) -> tuple[int, str] | None:
    """(id, state_after) of the question's answer that stood before ``review_id``, or None.

    ``previous`` is the review's own record of it (prev_id: 0 none, None not recorded, for
    reviews logged before schema 11); it is checked, and the log searched back by id
    when it is missing or no longer stands."""
    if previous == 0:
        return None
    if previous is not None:
        row = conn.execute(
            "SELECT id, state_after FROM reviews WHERE id = ? AND pack_id = ? AND question_id = ? AND kind != 'undo' AND undone = 0",
            (previous, pack_id, question_id),
        ).fetchone()
        if row is not None:
            return row
    return conn.execute(
        "SELECT id, state_after FROM reviews WHERE id < ? AND pack_id = ? AND question_id = ? AND kind != 'undo' AND undone = 0"
        " ORDER BY id DESC LIMIT 1",
        (review_id, pack_id, question_id),
    ).fetchone()


def _in_packs(sql: str, params: list, pack_ids: Iterable[str] | None) -> tuple[str, list]:
    if pack_ids is None:
        return sql, params
    ids = list(pack_ids)
    return f"{sql} AND pack_id IN ({','.join('?' * len(ids))})", [*params, *ids]


class CardStates(MutableMapping):
    """Card states by (pack, question), read from the store when first asked for.

    A session may cover 100,000 questions but touches a few hundred: reading
    every state up front took half a second at that size. Only iterating reads
    them all. Changes made here stay here (the session writes the store
    itself); they win over what is read later.
    """

    def __init__(self, store: Store, pack_ids: Iterable[str] | None = None) -> None:
        self._store = store
        self.pack_ids = None if pack_ids is None else sorted(set(pack_ids))
        self._packs = None if pack_ids is None else frozenset(self.pack_ids)
        self._known: dict[tuple[str, str], CardState | None] = {}
        self._complete = False

    def _load(self, key: tuple[str, str]) -> CardState | None:
        if key in self._known:
            return self._known[key]
        if self._complete or (self._packs is not None and key[0] not in self._packs):
            return None
        row = self._store.connection.execute(
            "SELECT state, step, stability, difficulty, due, last_review, reps, lapses FROM cards"
            " WHERE pack_id = ? AND question_id = ? AND retired = 0",
            key,
        ).fetchone()
        state = self._known[key] = _card_from_row(row) if row else None
        if state is not None:
            if len(_ROW_MEMO) > 64:
                _ROW_MEMO.clear()
            _ROW_MEMO[id(state)] = (state, row)
        return state

    def _read_all(self) -> None:
        for key, state in self._store.cards(self.pack_ids).items():
            self._known.setdefault(key, state)
        self._complete = True

    def due_at(self, now: datetime) -> dict[tuple[str, str], float]:
        """Cards due at ``now``: key -> due time, from one indexed query."""
        if self._complete:
            stamp = now.timestamp()
            return {key: state.due.timestamp() for key, state in self._known.items() if state is not None and state.due.timestamp() <= stamp}
        rows = self._store.due_by_key(now)
        packs = self._packs  # filtered here: with "pack_id IN (...)" SQLite leaves the due index
        due = rows if packs is None else {key: d for key, d in rows.items() if key[0] in packs}
        for key, state in self._known.items():  # changes made here win
            due.pop(key, None)
            if state is not None and state.due <= now:
                due[key] = state.due.timestamp()
        return due

    def first_unseen(self, items: Iterable[T], limit: int, key: Callable[[T], tuple[str, str]]) -> list[T]:
        """The first ``limit`` of ``items`` whose ``key`` has no card, asking the store a few hundred at a time."""
        found: list[T] = []
        items = iter(items)
        while len(found) < limit:
            size = min(1000, max(100, 3 * (limit - len(found))))  # most are new, or about a third
            chunk = [(key(item), item) for item in islice(items, size)]
            if not chunk:
                break
            unknown = [k for k, _ in chunk if k not in self._known]
            if unknown and not self._complete:
                seen = self._store.seen_among(unknown)
                for k in unknown:
                    if k not in seen:
                        self._known[k] = None
            for k, item in chunk:
                if self._known.get(k, 0) is None or (k not in self._known and self._complete):
                    found.append(item)
        return found[:limit]

    def __getitem__(self, key: tuple[str, str]) -> CardState:
        state = self._load(key)
        if state is None:
            raise KeyError(key)
        return state

    def get(self, key: tuple[str, str], default=None):
        state = self._load(key)
        return default if state is None else state

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and self._load(key) is not None  # type: ignore[arg-type]

    def __setitem__(self, key: tuple[str, str], state: CardState) -> None:
        self._known[key] = state

    def __delitem__(self, key: tuple[str, str]) -> None:
        if self._load(key) is None:
            raise KeyError(key)
        self._known[key] = None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        self._read_all()
        return iter([key for key, state in self._known.items() if state is not None])

    def __len__(self) -> int:
        self._read_all()
        return sum(1 for state in self._known.values() if state is not None)


def _statements(script: str) -> list[str]:
    """The statements of a migration; a trigger's body keeps its own semicolons."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().rstrip(";").strip())
    return statements


_ANSWER_CARD = (
    "SELECT state, step, stability, difficulty, due, last_review, reps, lapses, retired, last_review_id FROM cards"
    " WHERE pack_id = ? AND question_id = ?"
)
_ANSWER_REVIEW = (
    "INSERT INTO reviews (pack_id, question_id, category, reviewed_at, answer, correct, reason, rating,"
    " response_ms, kind, session_id, state_before, state_after, prev_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_ANSWER_MOVE_CARD = (
    "UPDATE cards SET category = ?, state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?,"
    " lapses = ?, last_review_id = ? WHERE pack_id = ? AND question_id = ?"
)
_ANSWER_WRITE_CARD = (
    "INSERT INTO cards (pack_id, question_id, category, state, step, stability, difficulty, due, last_review,"
    " reps, lapses, introduced_at, last_review_id, filed_due) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    " ON CONFLICT (pack_id, question_id) DO UPDATE SET category = excluded.category, state = excluded.state,"
    " step = excluded.step, stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
    " last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses, retired = 0,"
    " last_review_id = excluded.last_review_id, filed_due = excluded.filed_due"
)
_ANSWER_REVIEW_AFTER_CARD = _ANSWER_REVIEW.replace(
    "?)", "(SELECT last_review_id FROM cards WHERE pack_id = ? AND question_id = ?))"
)  # the review's prev_id read by the INSERT itself, as the card read gave it (row[9])
_ANSWER_MOVE_CARD_IF = (
    f"{_ANSWER_MOVE_CARD} AND retired = 0 AND state IS ? AND step IS ? AND stability IS ? AND difficulty IS ? AND due IS ?"
    " AND last_review IS ? AND reps IS ? AND lapses IS ?"
)  # moved only if live and as the caller read it: the card read's test (row[:8] == _card_values(assumed))
_ANSWER_NEW_CARD = _ANSWER_WRITE_CARD.split(" ON CONFLICT")[0].replace("INSERT INTO", "INSERT OR IGNORE INTO")
"""A card assumed new: made only if it has no row (a retired or another terminal's row is read first)."""
_ANSWER_STATEMENTS = (
    _ANSWER_CARD, _ANSWER_REVIEW, _ANSWER_MOVE_CARD, _ANSWER_WRITE_CARD,
    _ANSWER_REVIEW_AFTER_CARD, _ANSWER_MOVE_CARD_IF, _ANSWER_NEW_CARD,
)  # fmt: skip
"""What :meth:`Store.record_answer` runs, each with parameters (:meth:`Store.compile_answer_statements`)."""


class _NotAsAssumed(Exception):
    """The card is not as the answer assumed (``Store._append_as_assumed``): roll back and read it."""


class _Transaction:
    __slots__ = ("_store",)

    def __init__(self, store: Store) -> None:
        self._store = store

    def __enter__(self) -> sqlite3.Connection:
        conn = self._store._conn
        try:
            self._store._writer.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self._store.path)) from None
        return conn

    def __exit__(self, kind, exc, tb) -> bool:
        conn = self._store._conn
        if kind is None:
            try:
                self._store._writer.execute("COMMIT")
            except BaseException as error:
                self._rollback(conn)
                if isinstance(error, sqlite3.Error):
                    raise StoreError(_describe(error, self._store.path)) from None
                raise
            self._store._commits += 1
            return False
        self._rollback(conn)
        if isinstance(exc, sqlite3.Error):
            raise StoreError(_describe(exc, self._store.path)) from None
        return False

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.ProgrammingError:
            pass  # the connection is closed: SQLite rolled the transaction back then


def state_json(state: CardState, values: tuple | None = None) -> str:
    """``json.dumps(state.to_dict())``, the same text, written out: twice an answer,
    and json.dumps of the dict took 8-13 us of it (a test holds the two equal). The text of a
    state handed to :func:`prepare_json` is taken from there, and so is the head (state, step,
    stability, difficulty) of a state built from a planned outcome's very objects: writing
    out a float takes about 1 us. ``values``: the state's ``_card_values``, if the caller has
    them, whose times are taken rather than read again (``timestamp`` is 0.6 us a call)."""
    known = _JSON_MEMO.get(id(state))
    if known is not None and known[0] is state:
        return known[1]
    try:
        last = state.last_review
        due, last_at = (state.due.timestamp(), None if last is None else last.timestamp()) if values is None else values[4:6]
        return (
            f'{_json_head(state.state, state.step, state.stability, state.difficulty)}'
            f' "due": {float.__repr__(due)}, "last_review": {"null" if last is None else float.__repr__(last_at)},'
            f' "reps": {int.__repr__(state.reps)}, "lapses": {int.__repr__(state.lapses)}}}'
        )
    except TypeError:  # an int stability, say: what json.dumps writes
        import json

        return json.dumps(state.to_dict())


_JSON_MEMO: dict[int, tuple[CardState, str]] = {}
"""prepare_json's texts by the id of their state, the state kept with its text (so the id stays its)."""
_JSON_HEADS: dict[int, tuple[object, object, object, object, str]] = {}
"""The heads of planned outcomes by the id of their stability: (state, step, stability, difficulty, head)."""


def _json_head(kind, step, stability, difficulty) -> str:
    """'{"state": ..., "step": ..., "stability": ..., "difficulty": ...,' as json.dumps writes them."""
    known = _JSON_HEADS.get(id(stability))
    if known is not None and known[0] is kind and known[1] is step and known[2] is stability and known[3] is difficulty:
        return known[4]
    if (stability is not None and not isfinite(stability)) or (difficulty is not None and not isfinite(difficulty)):
        raise TypeError  # JSON writes Infinity and NaN, repr does not
    return (
        f'{{"state": {int.__repr__(kind)}, "step": {"null" if step is None else int.__repr__(step)},'
        f' "stability": {"null" if stability is None else float.__repr__(stability)},'
        f' "difficulty": {"null" if difficulty is None else float.__repr__(difficulty)},'
    )


def prepare_json(state: CardState | None, outcomes: Iterable[tuple] = ()) -> None:
    """What an answer to a card in ``state`` writes to the log, worked out while its question is read
    (``StudySession.prepare``): the state's own text, and the head of each planned outcome
    ((state, step, stability, difficulty, interval), ``Scheduler.plan``'s); the answer's time,
    which sets the rest, is written out by the answer. Texts are found again by identity only,
    so nothing made from other objects can take them."""
    if len(_JSON_MEMO) > 16:
        _JSON_MEMO.clear()
    if len(_JSON_HEADS) > 64:
        _JSON_HEADS.clear()
    try:
        if state is not None:
            _JSON_MEMO[id(state)] = (state, state_json(state))
        for kind, step, stability, difficulty, _ in outcomes:
            if stability is not None:
                _JSON_HEADS[id(stability)] = (kind, step, stability, difficulty, _json_head(kind, step, stability, difficulty))
    except (TypeError, ValueError):
        pass  # written out by the answer, as before


def _review_row(review: ReviewRecord, at: float | None = None, after: tuple | None = None) -> tuple:
    """A review's columns as ``_ANSWER_REVIEW`` takes them, before its ``prev_id`` (both ways of writing an answer).
    ``at``: the review's time as a timestamp and ``after`` the state after's ``_card_values``, if the caller has them."""
    before = review.state_before
    return (
        review.pack_id, review.question_id, review.category, review.reviewed_at.timestamp() if at is None else at, review.answer,
        int(review.correct), review.reason, review.rating, review.response_ms, review.kind, review.session_id,
        state_json(before) if before else None, state_json(review.state_after, after),
    )


def _card_values(state: CardState) -> tuple:
    return (
        state.state,
        state.step,
        state.stability,
        state.difficulty,
        state.due.timestamp(),
        state.last_review.timestamp() if state.last_review else None,
        state.reps,
        state.lapses,
    )


_ROW_MEMO: dict[int, tuple[CardState, tuple]] = {}
"""The values a card state was read from (``CardStates._load``: the card the learner is shown), by the
id of the state, kept with them so that the id stays its: a time written by another program may not
come back from its datetime as the same float, and the answer's write compares the very values read."""


def _read_values(state: CardState) -> tuple:
    """The card's values as ``state`` was read from them, else as it writes them (``_card_values``)."""
    known = _ROW_MEMO.get(id(state))
    if known is not None and known[0] is state:
        return known[1]
    return _card_values(state)


def _card_from_row(row: tuple) -> CardState:
    state, step, stability, difficulty, due, last_review, reps, lapses = row
    return new_card_state(state, step, stability, difficulty, from_timestamp(due), from_timestamp(last_review) if last_review is not None else None, reps, lapses)


"""Durable progress in one SQLite file.

Card state per (pack, question) and an append-only review log. Every write is
one short ``BEGIN IMMEDIATE`` transaction, so an answer is on disk before the
next question shows, a crash or kill leaves the database consistent, and two
processes on the same file take turns instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studyapp.scheduling import CardState, from_timestamp

BUSY_TIMEOUT_MS = 5000

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
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A storage problem worth one clear line to the user."""


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    pack_id: str
    question_id: str
    category: str
    reviewed_at: datetime
    answer: str
    correct: bool
    reason: str
    rating: int
    response_ms: int
    state_before: CardState | None
    state_after: CardState
    session_id: int | None = None
    kind: str = "study"


@dataclass(frozen=True, slots=True)
class PackCounts:
    seen: int
    due: int
    reviews: int
    correct: int


def _describe(exc: sqlite3.Error, path: Path) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path}: the database is busy (another studyapp is writing); try again in a moment"
    if "disk" in text and ("full" in text or "I/O" in text):
        return f"{path}: the disk is full; your earlier answers are safe, this one was not saved"
    if "readonly" in text or "read-only" in text:
        return f"{path}: the database is read-only"
    if "not a database" in text or "malformed" in text:
        return f"{path}: the file is not a valid studyapp database ({text}); see `studyapp check`"
    return f"{path}: {text}"


class Store:
    """The progress database. Open with :meth:`open`; close when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path) -> "Store":
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a commit survives the process being killed;
            # only an OS crash or power cut can roll back the last commits.
            conn.execute("PRAGMA synchronous = NORMAL")
            store = cls(conn, path)
            store._migrate()
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, path)) from None
        except OSError as exc:
            raise StoreError(f"{path}: {exc.strerror or exc}") from None
        return store

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, taken with the write lock up front."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(_describe(exc, self.path)) from None
            raise

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
        sql = "SELECT pack_id, question_id, due FROM cards WHERE retired = 0 AND due <= ?"
        params: list = [now.timestamp()]
        if pack_ids is not None:
            ids = list(pack_ids)
            sql += f" AND pack_id IN ({','.join('?' * len(ids))})"
            params.extend(ids)
        return self._conn.execute(sql + " ORDER BY due", params).fetchall()

    def introduced_since(self, since: datetime) -> int:
        """How many questions were seen for the first time since ``since``."""
        return self._conn.execute("SELECT COUNT(*) FROM cards WHERE introduced_at >= ?", (since.timestamp(),)).fetchone()[0]

    def next_due(self, after: datetime, pack_ids: Iterable[str] | None = None, limit: int = 5) -> list[tuple[str, str, datetime]]:
        sql = "SELECT pack_id, question_id, due FROM cards WHERE retired = 0 AND due > ?"
        params: list = [after.timestamp()]
        if pack_ids is not None:
            ids = list(pack_ids)
            sql += f" AND pack_id IN ({','.join('?' * len(ids))})"
            params.extend(ids)
        rows = self._conn.execute(sql + " ORDER BY due LIMIT ?", [*params, limit]).fetchall()
        return [(p, q, from_timestamp(d)) for p, q, d in rows]

    def pack_counts(self, now: datetime) -> dict[str, PackCounts]:
        """Per pack: cards seen, due now, reviews and correct reviews."""
        counts: dict[str, list[int]] = {}
        for pack_id, seen, due in self._conn.execute(
            "SELECT pack_id, COUNT(*), SUM(due <= ?) FROM cards WHERE retired = 0 GROUP BY pack_id", (now.timestamp(),)
        ):
            counts[pack_id] = [seen, due or 0, 0, 0]
        for pack_id, reviews, correct in self._conn.execute(
            "SELECT pack_id, COUNT(*), SUM(correct) FROM reviews WHERE kind != 'undo' GROUP BY pack_id"
        ):
            counts.setdefault(pack_id, [0, 0, 0, 0])[2:] = [reviews, correct or 0]
        return {k: PackCounts(*v) for k, v in counts.items()}

    # --- answers -----------------------------------------------------------

    def record_review(self, review: ReviewRecord) -> int:
        """Append a review and move the card to its new state, atomically."""
        after = review.state_after
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO reviews (pack_id, question_id, category, reviewed_at, answer, correct, reason, rating,"
                " response_ms, kind, session_id, state_before, state_after) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    review.pack_id,
                    review.question_id,
                    review.category,
                    review.reviewed_at.timestamp(),
                    review.answer,
                    int(review.correct),
                    review.reason,
                    review.rating,
                    review.response_ms,
                    review.kind,
                    review.session_id,
                    json.dumps(review.state_before.to_dict()) if review.state_before else None,
                    json.dumps(after.to_dict()),
                ),
            )
            self._write_card(conn, review.pack_id, review.question_id, review.category, after, review.reviewed_at)
            if review.session_id is not None:
                conn.execute(
                    "UPDATE sessions SET answered = answered + 1, correct = correct + ?, ended_at = ? WHERE id = ?",
                    (int(review.correct), review.reviewed_at.timestamp(), review.session_id),
                )
            return cursor.lastrowid

    def amend_rating(self, review_id: int, rating: int, state_after: CardState) -> None:
        """Change the rating the learner chose for a review just recorded."""
        with self.transaction() as conn:
            row = conn.execute("SELECT pack_id, question_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
            if row is None:
                raise StoreError(f"review {review_id} does not exist")
            conn.execute(
                "UPDATE reviews SET rating = ?, state_after = ? WHERE id = ?",
                (rating, json.dumps(state_after.to_dict()), review_id),
            )
            self._write_card_state(conn, row[0], row[1], state_after)

    @staticmethod
    def _write_card(conn: sqlite3.Connection, pack_id: str, question_id: str, category: str, state: CardState, when: datetime) -> None:
        conn.execute(
            "INSERT INTO cards (pack_id, question_id, category, state, step, stability, difficulty, due, last_review,"
            " reps, lapses, introduced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (pack_id, question_id) DO UPDATE SET category = excluded.category, state = excluded.state,"
            " step = excluded.step, stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
            " last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses, retired = 0",
            (pack_id, question_id, category, *_card_values(state), when.timestamp()),
        )

    @staticmethod
    def _write_card_state(conn: sqlite3.Connection, pack_id: str, question_id: str, state: CardState) -> None:
        conn.execute(
            "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?"
            " WHERE pack_id = ? AND question_id = ?",
            (*_card_values(state), pack_id, question_id),
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
            conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (ended_at.timestamp(), session_id))

    def session(self, session_id: int) -> tuple | None:
        return self._conn.execute(
            "SELECT id, started_at, ended_at, packs, mode, answered, correct FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


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


def _card_from_row(row: tuple) -> CardState:
    state, step, stability, difficulty, due, last_review, reps, lapses = row
    return CardState(
        state=state,
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_timestamp(due),
        last_review=from_timestamp(last_review) if last_review is not None else None,
        reps=reps,
        lapses=lapses,
    )


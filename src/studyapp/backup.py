"""Backups, restore and repair of the progress database.

Copies go through SQLite's online backup API, so they are consistent even
while another studyapp is answering, and are written under a temporary name
then renamed, so a crash never leaves half a backup that looks whole. The
automatic backup runs at most once per local day and keeps the last
:data:`KEEP_AUTO`; backups made by hand or before a restore are never pruned.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studyapp.store import SCHEMA_VERSION, Store, StoreError

KEEP_AUTO = 7
AUTO_PREFIX = "auto-"
SUFFIX = ".sqlite3"
BUSY_MS = 5000


class BackupError(StoreError):
    """A backup or restore that cannot go ahead, in one line."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a database file holds, checked before it is trusted."""

    path: Path
    schema_version: int
    reviews: int
    """Answers that stand (not undone, not undo events)."""
    cards: int


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_MS / 1000, isolation_level=None)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    return conn


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` at ``target`` (a single self-contained file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    src = _connect(source)
    try:
        dst = sqlite3.connect(part, isolation_level=None)
        try:
            src.backup(dst)
            # A backup is one file: no -wal beside it to lose when it is copied around.
            dst.execute("PRAGMA journal_mode = DELETE")
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"{target}: the copy failed its integrity check")
        finally:
            dst.close()
        os.replace(part, target)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot back up {source} to {target}: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot back up {source} to {target}: {exc.strerror or exc}") from None
    finally:
        src.close()
        part.unlink(missing_ok=True)
    return target


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate


def backup_now(database: Path, folder: Path, now: datetime, prefix: str = "backup-") -> Path:
    """A backup by hand (or before a restore), named for the local time."""
    if not database.exists():
        raise BackupError(f"{database}: no database yet, nothing to back up")
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    return copy_database(database, _free_name(folder, f"{prefix}{stamp}"))


def auto_backups(folder: Path) -> list[Path]:
    """Automatic backups, oldest first (their names sort by day)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{AUTO_PREFIX}*{SUFFIX}") if p.is_file())


def auto_backup(database: Path, folder: Path, now: datetime, keep: int = KEEP_AUTO) -> Path | None:
    """Back up once per local day, keeping the last ``keep``; None when nothing was needed.

    A database with no answers yet is not worth a file.
    """
    if not database.exists():
        return None
    target = folder / f"{AUTO_PREFIX}{now.astimezone().date().isoformat()}{SUFFIX}"
    if target.exists():
        return None
    conn = _connect(database)
    try:
        has_reviews = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews'").fetchone() and conn.execute(
            "SELECT 1 FROM reviews LIMIT 1"
        ).fetchone()
    except sqlite3.Error as exc:
        raise BackupError(f"{database}: {exc}") from None
    finally:
        conn.close()
    if not has_reviews:
        return None
    copy_database(database, target)
    prune(folder, keep)
    return target


def prune(folder: Path, keep: int = KEEP_AUTO, stale_after: float = 3600.0) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``, and parts left by a crash."""
    removed = []
    for old in auto_backups(folder)[:-keep] if keep > 0 else auto_backups(folder):
        old.unlink(missing_ok=True)
        removed.append(old)
    for part in folder.glob(".*.part"):
        try:
            if time.time() - part.stat().st_mtime > stale_after:
                part.unlink(missing_ok=True)
                removed.append(part)
        except OSError:
            pass
    return removed


def inspect(path: Path) -> Snapshot:
    """Check that ``path`` is a sound studyapp database before anyone relies on it."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: cannot open: {exc}") from None
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise BackupError(f"{path}: the file is damaged ({result[0][0]})")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"cards", "reviews", "sessions"} <= tables:
            raise BackupError(f"{path}: not a studyapp database (no review log in it)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise BackupError(f"{path}: made by a newer studyapp (schema {version} > {SCHEMA_VERSION}); please upgrade")
        columns = {row[1] for row in conn.execute("PRAGMA table_info(reviews)")}
        standing = " WHERE kind != 'undo' AND undone = 0" if "undone" in columns else ""  # v1 had no undo
        reviews = conn.execute(f"SELECT COUNT(*) FROM reviews{standing}").fetchone()[0]
        cards = conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        what = "the file is damaged" if "malformed" in str(exc) else "not a studyapp database"
        raise BackupError(f"{path}: {what} ({exc})") from None
    finally:
        conn.close()
    return Snapshot(path, version, reviews, cards)


DAMAGED_PREFIX = "damaged-"
"""A database that could not be backed up (damaged, empty, not a database) is moved
into the backups folder under this name before a restore: kept, never deleted."""


def damage(database: Path) -> str | None:
    """What is wrong with the progress file, in a few words; None when it is sound or absent."""
    try:
        if not database.exists():
            return None
        if database.stat().st_size == 0:
            return "the file is empty (0 bytes)"
    except OSError as exc:
        return f"cannot read it ({exc.strerror or exc})"
    try:
        inspect(database)
    except BackupError as exc:
        if "made by a newer studyapp" in str(exc):
            return None  # sound, only newer: it is backed up like any other
        return str(exc).removeprefix(f"{database}: ")
    return None


def move_aside(database: Path, folder: Path, now: datetime) -> Path:
    """Move a damaged database (and its -wal and -shm) into ``folder``, renamed, not deleted."""
    if not os.access(database.parent, os.W_OK):
        raise BackupError(f"{database.parent}: the data folder is read-only; nothing was changed (make it writable first)")
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"{DAMAGED_PREFIX}{stamp}")
        for suffix in ("-wal", "-shm"):  # the WAL may hold the newest answers: it goes along
            side = database.with_name(database.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        os.replace(database, target)
    except OSError as exc:
        raise BackupError(f"cannot move {database} aside to {folder}: {exc.strerror or exc}; nothing was deleted") from None
    return target


def restore(database: Path, source: Path, folder: Path, now: datetime) -> tuple[Snapshot, Path | None]:
    """Replace the database's content with ``source``'s, keeping the current one first.

    A sound database is backed up (``before-restore-…``) and the copy goes into
    the live file through the backup API (never by replacing the file), so a
    studyapp that has it open sees the restored data rather than a deleted
    file. A damaged, empty or unreadable one cannot be backed up: it is moved
    aside (``damaged-…``, with its WAL), and the backup is copied in as a new
    file. Returns what was restored and where the old database now is.
    """
    snapshot = inspect(source)
    if database.exists() and database.resolve() == source.resolve():
        raise BackupError(f"{source}: that is the database itself")
    if not database.parent.is_dir():
        database.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(database.parent, os.W_OK):
        raise BackupError(f"{database.parent}: the data folder is read-only; nothing was restored (make it writable first)")
    problem = damage(database)
    if problem is not None:
        kept = move_aside(database, folder, now)
        try:
            copy_database(source, database)
        except BackupError as exc:
            raise BackupError(f"{exc}; the old database is kept in {kept}") from None
    else:
        kept = backup_now(database, folder, now, prefix="before-restore-") if database.exists() else None
        if kept is None:
            copy_database(source, database)
        else:
            _copy_into(source, database, kept)
    Store.open(database).close()  # migrate an older backup to the current schema now
    return snapshot, kept


def _copy_into(source: Path, database: Path, safety: Path) -> None:
    try:
        src = _connect(source, readonly=True)
        try:
            dst = _connect(database)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"cannot restore {source}: {exc}; the database is unchanged (safety copy: {safety})") from None


def latest_sound_backup(folder: Path) -> Path | None:
    """The newest backup that passes :func:`inspect` (damaged copies moved aside never count)."""
    if not folder.is_dir():
        return None
    candidates = [p for p in folder.glob(f"*{SUFFIX}") if p.is_file() and not p.name.startswith(DAMAGED_PREFIX)]
    for path in sorted(candidates, key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            inspect(path)
        except BackupError:
            continue
        return path
    return None


def restore_hint(folder: Path) -> str:
    """Where to go from a database that holds no usable progress."""
    latest = latest_sound_backup(folder)
    if latest is not None:
        return f"restore the latest backup with `studyapp restore {latest}` or `studyapp check --fix` (the file is kept, moved aside)"
    return f"there is no backup in {folder}; move the file away to start afresh"


# --- check and repair -----------------------------------------------------------


@dataclass(slots=True)
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    schema_version: int = 0
    reviews: int = 0
    cards: int = 0
    orphans: list[tuple[str, str]] = field(default_factory=list)
    """Cards of questions gone from a pack that still loads: safe to retire."""
    unsure: list[tuple[str, str]] = field(default_factory=list)
    """Cards of packs not loaded while some pack file failed to load: left alone."""
    returned: list[tuple[str, str]] = field(default_factory=list)
    """Retired cards whose question is back in a pack."""

    @property
    def sound(self) -> bool:
        return self.integrity == ["ok"]


def integrity(database: Path, readonly: bool = False) -> list[str]:
    """``PRAGMA integrity_check`` on the file itself, without migrating it.

    ``readonly``: for a folder that cannot be written, where SQLite cannot open
    a WAL database the usual way; the file is read as it is on disk.
    """
    try:
        if readonly:
            conn = sqlite3.connect(f"{database.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
        else:
            conn = _connect(database)
        try:
            return [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def check(
    store: Store,
    questions: Iterable[tuple[str, str]],
    loaded_packs: Iterable[str],
    broken_questions: Iterable[tuple[str, str]] = (),
    some_files_failed: bool = False,
) -> CheckReport:
    """Compare the cards with the questions the packs now hold.

    A card is orphaned when its question is in no pack. When a pack file
    failed to load, the cards of packs that did not load are only reported as
    unsure: the file may just need fixing, and retiring them would hide
    progress. Questions skipped for a validation error are never orphans.
    """
    known = set(questions) | set(broken_questions)
    loaded = set(loaded_packs)
    conn = store.connection
    report = CheckReport(
        integrity=[row[0] for row in conn.execute("PRAGMA integrity_check")],
        schema_version=store.schema_version,
        reviews=conn.execute("SELECT COUNT(*) FROM reviews WHERE kind != 'undo' AND undone = 0").fetchone()[0],
        cards=conn.execute("SELECT COUNT(*) FROM cards WHERE retired = 0").fetchone()[0],
    )
    for pack_id, question_id, retired in conn.execute("SELECT pack_id, question_id, retired FROM cards ORDER BY pack_id, question_id"):
        key = (pack_id, question_id)
        if retired:
            if key in known:
                report.returned.append(key)
        elif key not in known:
            if pack_id not in loaded and some_files_failed:
                report.unsure.append(key)
            else:
                report.orphans.append(key)
    return report


def fix(store: Store, report: CheckReport) -> tuple[int, int]:
    """Retire orphaned cards and bring back returned ones; history is never deleted."""
    with store.transaction() as conn:
        conn.executemany("UPDATE cards SET retired = 1 WHERE pack_id = ? AND question_id = ?", report.orphans)
        conn.executemany("UPDATE cards SET retired = 0 WHERE pack_id = ? AND question_id = ?", report.returned)
    return len(report.orphans), len(report.returned)

"""check the progress database: integrity, and cards of questions no longer in any pack."""

from __future__ import annotations

import sys

LISTED = 20


def add_arguments(parser) -> None:
    parser.add_argument(
        "--fix",
        action="store_true",
        help="retire orphaned cards (their history is kept) and bring back returned ones; a damaged or empty database:"
        " move it aside (kept) and restore the latest sound backup",
    )


def run(args, context) -> int:
    import os

    from studyapp.backup import check, fix, integrity
    from studyapp.packs import display_path, find_pack_files

    database = context.paths.database
    if not database.exists():
        print(f"{database}: no database yet (nothing studied); nothing to check")
        return 0
    if not os.access(database.parent, os.W_OK):
        return _read_only(database, integrity(database, readonly=True))
    if database.stat().st_size == 0:
        return _unusable(args, context, "the file is empty (0 bytes): the progress it held is gone", [])
    problems = integrity(database)
    if problems != ["ok"]:
        return _unusable(args, context, "integrity check FAILED:", problems)

    result = context.load_packs()
    loaded_files = {p.path.resolve() for p in result.packs}
    failed = [f for f in find_pack_files(context.pack_folders) if f.resolve() not in loaded_files]
    pack_paths = {display_path(p.path): p.id for p in result.packs}
    broken = [(pack_paths[p.path], p.question_id) for p in result.errors if p.question_id and p.path in pack_paths]
    store = context.open_store()
    try:
        report = check(store, result.questions(), (p.id for p in result.packs), broken, bool(failed))
        print(f"database: {database} (schema {report.schema_version}, {report.reviews} review(s), {report.cards} card(s))")
        print("integrity: ok")
        _list("orphaned card(s): question no longer in any pack", report.orphans)
        _list("card(s) of packs that did not load (left alone; fix the pack files first)", report.unsure)
        for file in failed[:LISTED]:
            print(f"  not loaded: {display_path(file)} (see `studyapp validate`)")
        _list("retired card(s) whose question is back", report.returned)
        if args.fix and (report.orphans or report.returned):
            retired, restored = fix(store, report)
            print(f"fixed: retired {retired} card(s), brought back {restored}; no review history was deleted")
        elif report.orphans or report.returned:
            print("run `studyapp check --fix` to retire orphaned cards (their history is kept)")
        elif not report.unsure:
            print("no orphaned cards")
    finally:
        store.close()
    return 0


def _read_only(database, problems: list[str]) -> int:
    if problems == ["ok"]:
        print(f"{database}: integrity: ok (read as it is on disk)")
    else:
        print(f"{database}: integrity check FAILED:", file=sys.stderr)
        for line in problems[:LISTED]:
            print(f"  {line}", file=sys.stderr)
    print(f"{database.parent}: the data folder is read-only; studyapp cannot save answers there (make it writable)", file=sys.stderr)
    return 1


def _unusable(args, context, what: str, problems: list[str]) -> int:
    """A database that holds no usable progress: say so, point at the backups; with --fix, restore the latest."""
    from datetime import datetime, timezone

    from studyapp.backup import BackupError, latest_sound_backup, restore

    database, backups = context.paths.database, context.paths.backups
    print(f"{database}: {what}", file=sys.stderr)
    for line in problems[:LISTED]:
        print(f"  {line}", file=sys.stderr)
    latest = latest_sound_backup(backups)
    if latest is None:
        print(f"there is no sound backup in {backups}; move the file away to start afresh (nothing was changed)", file=sys.stderr)
        return 1
    if not args.fix:
        print(f"restore the latest backup with: studyapp restore {latest}", file=sys.stderr)
        print("or run `studyapp check --fix` to do it (the damaged file is moved aside, never deleted)", file=sys.stderr)
        return 1
    try:
        snapshot, kept = restore(database, latest, backups, datetime.now(timezone.utc))
    except BackupError as exc:
        print(f"studyapp: {exc}", file=sys.stderr)
        return 1
    print(f"moved the damaged database to {kept} (kept, not deleted)")
    print(f"restored {snapshot.reviews} review(s) and {snapshot.cards} card(s) from {latest}")
    return 0


def _list(title: str, keys) -> None:
    if not keys:
        return
    print(f"{len(keys)} {title}:")
    for pack_id, question_id in keys[:LISTED]:
        print(f"  {pack_id}/{question_id}")
    if len(keys) > LISTED:
        print(f"  … and {len(keys) - LISTED} more")

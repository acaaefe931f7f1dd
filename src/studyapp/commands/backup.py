"""back up the progress database now (to the backups folder or FILE)."""

from __future__ import annotations

from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("file", nargs="?", type=Path, help="where to write the copy (default: a dated file in the backups folder)")


def run(args, context) -> int:
    from datetime import datetime, timezone

    from studyapp.backup import BackupError, backup_now, copy_database, inspect

    paths = context.paths
    if args.file is None:
        target = backup_now(paths.database, paths.backups, datetime.now(timezone.utc))
    else:
        if not paths.database.exists():
            raise BackupError(f"{paths.database}: no database yet, nothing to back up")
        if args.file.exists():
            raise BackupError(f"{args.file}: already exists; choose another name")
        target = copy_database(paths.database, args.file)
    snapshot = inspect(target)
    print(f"backed up {snapshot.reviews} review(s) and {snapshot.cards} card(s) to {target}")
    return 0

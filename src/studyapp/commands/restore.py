"""replace your progress with a backup FILE (the current database is backed up first, or moved aside if damaged)."""

from __future__ import annotations

from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, help="a backup made by studyapp (see the backups folder: `studyapp paths`)")


def run(args, context) -> int:
    from datetime import datetime, timezone

    from studyapp.backup import DAMAGED_PREFIX, restore

    paths = context.paths
    snapshot, safety = restore(paths.database, args.file, paths.backups, datetime.now(timezone.utc))
    if safety is not None and safety.name.startswith(DAMAGED_PREFIX):
        print(f"moved the damaged database to {safety} (kept, not deleted)")
    elif safety is not None:
        print(f"the database as it was is saved in {safety}")
    print(f"restored {snapshot.reviews} review(s) and {snapshot.cards} card(s) from {args.file}")
    print("close any other studyapp window now open: it still shows the progress from before the restore")
    return 0

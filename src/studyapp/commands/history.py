"""list or export the review log (--csv writes every review as CSV)."""

from __future__ import annotations

import sys

COLUMNS = (
    "id",
    "reviewed_at",
    "pack_id",
    "question_id",
    "category",
    "kind",
    "correct",
    "rating",
    "reason",
    "response_ms",
    "answer",
    "session_id",
    "undone",
)


def add_arguments(parser) -> None:
    parser.add_argument("--csv", action="store_true", help="write the log as CSV (to stdout, or --output)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--all", action="store_true", help="include answers taken back by undo, and the undo events")
    parser.add_argument("--since", metavar="DATE", help="only reviews on or after this local date (YYYY-MM-DD)")
    parser.add_argument("--tz", metavar="ZONE", help="write times in this IANA time zone (default: the system's)")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="without --csv: how many of the latest reviews to list (default 20)")


def run(args, context) -> int:
    from datetime import date

    from studyapp import stats

    try:
        tz = stats.parse_zone(args.tz) if args.tz else stats.local_zone()
    except ValueError as exc:
        print(f"studyapp: --tz: {exc}", file=sys.stderr)
        return 2
    try:
        since = stats.day_start(date.fromisoformat(args.since), tz) if args.since else float("-inf")
    except ValueError:
        print(f"studyapp: --since: {args.since!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    where = "reviewed_at >= ?" + ("" if args.all else f" AND {stats.LIVE}")
    store = context.open_store()
    try:
        conn = store.connection
        if not args.csv:
            rows = conn.execute(
                f"SELECT {', '.join(COLUMNS)} FROM reviews WHERE {where} ORDER BY reviewed_at DESC, id DESC LIMIT ?", (since, max(0, args.limit))
            ).fetchall()
            print_table(rows[::-1], tz)
            return 0
        cursor = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM reviews WHERE {where} ORDER BY reviewed_at, id", (since,))
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = write_csv(cursor, out, tz)
            print(f"{count} review(s) written to {args.output}", file=sys.stderr)
        else:
            try:
                write_csv(cursor, sys.stdout, tz)
                sys.stdout.flush()
            except BrokenPipeError:
                # `studyapp history --csv | head`: the reader has what it wanted.
                import os

                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        store.close()
    return 0


def write_csv(rows, out, tz) -> int:
    """Stream rows as CSV (one at a time: the log may hold millions). Times are
    ISO 8601 in ``tz`` with their offset, so they are both local and exact."""
    import csv
    from datetime import datetime

    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        row = list(row)
        row[1] = datetime.fromtimestamp(row[1], tz).isoformat(timespec="seconds")
        writer.writerow(row)
        count += 1
    return count


def print_table(rows, tz) -> None:
    from datetime import datetime

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"The latest {len(rows)} review(s)", title_justify="left")
    for column in ("When", "Pack", "Question", "Answer", "Right", "Rating", "Kind"):
        table.add_column(column)
    for row in rows:
        values = dict(zip(COLUMNS, row))
        kind = values["kind"] + (" (undone)" if values["undone"] else "")
        table.add_row(
            f"{datetime.fromtimestamp(values['reviewed_at'], tz):%Y-%m-%d %H:%M}",
            Text(values["pack_id"]),
            Text(values["question_id"]),
            Text(str(values["answer"])[:30]),
            "yes" if values["correct"] else "no",
            str(values["rating"]),
            kind,
        )
    Console(highlight=False).print(table)

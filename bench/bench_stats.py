"""Time every statistics figure on the benchmark database.

    .venv/bin/python bench/make_stats_db.py --out /tmp/stats-bench
    .venv/bin/python bench/bench_stats.py --data /tmp/stats-bench

Prints the time of each part of ``studyapp.stats.compute`` on a fresh
connection (cold: pages come from the OS cache) and the median of repeated
runs (warm), then the wall time of ``studyapp stats --json`` as a process.
``--before`` runs the same on a copy without what schema v3 adds for
statistics (its two partial indexes, and review_totals: accuracy by pack and
category is then a scan of the log), to show what they buy. The process
timing is skipped with ``--before``: the command always uses the schema.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from studyapp import stats  # noqa: E402
from studyapp.packs import load_packs  # noqa: E402
from studyapp.scheduling import Scheduler  # noqa: E402
from studyapp.store import Store  # noqa: E402

STATS_INDEXES = ("reviews_time",)  # the index by time the figures read (schema 17; before it reviews_live_time and reviews_live_learned)


def scan_accuracy(conn):
    """Accuracy by (pack, category) the way it is done without review_totals: a scan of the log."""
    sql = f"SELECT pack_id, category, COUNT(*), TOTAL(correct) FROM reviews WHERE {stats.LIVE} GROUP BY pack_id, category"
    return {(p, c): (n, int(k)) for p, c, n, k in conn.execute(sql)}


def run_once(database: Path, packs, now, tz, parameters) -> dict[str, float]:
    store = Store.open(database)
    try:
        started = time.perf_counter()
        result = stats.compute(store.connection, packs, now, tz, parameters)
        wall = (time.perf_counter() - started) * 1000
    finally:
        store.close()
    return {**result.timings, "wall": wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/stats-bench"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--tz", default="Europe/Paris")
    parser.add_argument("--before", action="store_true", help="drop the statistics indexes (on a copy) first")
    parser.add_argument("--no-cli", action="store_true", help="skip timing the `studyapp stats --json` process")
    args = parser.parse_args()

    meta = json.loads((args.data / "bench-meta.json").read_text())
    now = datetime.fromisoformat(meta["now"])
    tz = stats.parse_zone(args.tz)
    database = args.data / "progress.sqlite3"
    scratch = None
    if args.before:
        scratch = Path(tempfile.mkdtemp(prefix="stats-before-"))
        copy = scratch / "progress.sqlite3"
        source = sqlite3.connect(database)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        for name in STATS_INDEXES:
            target.execute(f"DROP INDEX IF EXISTS {name}")
        target.close()
        database = copy
        stats.accuracy_by_group = scan_accuracy

    started = time.perf_counter()
    packs = load_packs([args.data / "packs"]).packs
    load_ms = (time.perf_counter() - started) * 1000
    questions = sum(len(p.questions) for p in packs)
    reviews = sqlite3.connect(database).execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    print(f"{database}: {questions} questions in {len(packs)} packs, {reviews} reviews; now = {now.isoformat()}, tz = {args.tz}")
    print(f"loading the packs (YAML, not part of the figures): {load_ms:.0f} ms")
    parameters = Scheduler(fuzz=False).parameters

    runs = [run_once(database, packs, now, tz, parameters) for _ in range(args.repeat)]
    parts = list(runs[0])
    print(f"{'part':<12}{'first (ms)':>12}{'median (ms)':>13}")
    for part in parts:
        print(f"{part:<12}{runs[0][part]:>12.1f}{statistics.median(r[part] for r in runs[1:] or runs):>13.1f}")

    if not args.no_cli and not args.before:
        env = {**os.environ, "STUDYAPP_DATA_DIR": str(args.data), "TZ": args.tz}
        times = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "studyapp", "stats", "--json"], env=env, check=True, stdout=subprocess.DEVNULL)
            times.append((time.perf_counter() - started) * 1000)
        print(f"`studyapp stats --json` as a process (Python start-up, imports, {questions} questions loaded through the pack cache, figures, JSON): median {statistics.median(times):.0f} ms")
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

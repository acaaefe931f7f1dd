"""Cold start to the first question, several trees in turn with Textual alone (issue 17).

`studyapp study --all` (and with `--home`, plain `studyapp`) from spawn to the first
question drawn, headless, as `bench/run.py` times it (the app writes the time when
`STUDYAPP_BENCH_FIRST_QUESTION` is set), for each tree given and for Textual alone,
their runs taken in turn so that a busier moment of the machine falls on all alike;
medians with min-max and p99 (the suite reports median and p99), the CPU time used by then (median, min-max),
and each tree beyond Textual alone.

    .venv/bin/python bench/cold_start.py --questions 10000 --runs 11 \
        --tree before=/tmp/before/src --tree after=src

A tree is a folder holding the `studyapp` package (put first on `PYTHONPATH`); without
`--tree` the installed one is timed. The collection (packs and a history, as the suite
makes it) is generated into `--work` once and reused, with a copy of its data folder for each tree
(each its own pack cache); remove the copies after changing a tree. The day's backup is made
by this process before the copies, with the studyapp it imports: when the trees' database
schemas differ, run it with the oldest tree first on `PYTHONPATH` (a newer studyapp migrates
the collection as it backs it up, and an older tree then refuses its copy).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import TEXTUAL_FLOOR, _backup_today, app_env, child, cold_starts, studyapp_script  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH", help="a source folder to time (repeatable)")
    parser.add_argument("--home", action="store_true", help="also time plain `studyapp` (the home screen first)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "studyapp-cold-start")
    args = parser.parse_args(argv)

    size_dir = args.work / str(args.questions)
    data_dir = size_dir / "data"
    if not (data_dir / "progress.sqlite3").exists():
        made = child("generate", {"data_dir": str(data_dir), "questions": args.questions, "plan": str(size_dir / "plan.json")})
        print(f"generated {args.questions} questions in {made['packs']} packs, {made['reviews']} reviews -> {data_dir}", file=sys.stderr)
    _backup_today(data_dir)  # the day's backup made beforehand: the runs are ordinary starts
    env = app_env(data_dir)
    script = studyapp_script()
    trees = [tuple(t.split("=", 1)) for t in args.tree] or [("installed", "")]
    floor = size_dir / "textual_floor.py"
    floor.write_text(TEXTUAL_FLOOR)
    report = size_dir / "first-question.txt"
    variants: dict[str, list[str]] = {}
    for index, (name, path) in enumerate(trees):
        # Each tree its own copy of the data folder: the pack cache's key holds the
        # validator's files, so trees sharing one cache would parse every pack each start.
        own = data_dir
        if len(trees) > 1:
            own = size_dir / f"data-{index}"
            if not own.exists():
                shutil.copytree(data_dir, own)
        prefix = ["env", f"STUDYAPP_DATA_DIR={own}", f"STUDYAPP_CONFIG_DIR={own / 'config'}"]
        if path:
            prefix.append(f"PYTHONPATH={Path(path).resolve()}")
        variants[name] = [*prefix, script, "study", "--all"]
        if args.home:
            variants[f"{name} (home)"] = [*prefix, script]
    variants["Textual alone"] = [sys.executable, str(floor), str(report)]
    results = cold_starts(variants, env, args.runs, report)
    base = results["Textual alone"]
    print(f"{args.questions} questions, {args.runs} runs each in turn")
    for name, found in results.items():
        line = (
            f"{name}: {found['median_ms']:.1f} ms ({found['min_ms']:.1f}-{found['max_ms']:.1f}, p99 {found['p99_ms']:.1f}),"
            f" CPU {found['cpu_median_ms']:.1f} ms ({found['cpu_min_ms']:.1f}-{found['cpu_max_ms']:.1f}), peak {found['peak_rss_kib'] / 1024:.0f} MB"
        )
        if name != "Textual alone":
            line += f"; beyond Textual {found['median_ms'] - base['median_ms']:.1f} ms (CPU {found['cpu_median_ms'] - base['cpu_median_ms']:.1f})"
        print(line)
    print(json.dumps(results), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

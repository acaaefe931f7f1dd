"""The uncached load beside Anki's CSV import, with before/after trees in turn (issue 17).

`studyapp validate -q --no-cache` (every pack parsed and checked, a whole process)
for each tree given, and `anki_side.py --import-only` (the same questions from the
CSV into a fresh collection), alternated round by round with the order turned each
round, as `bench/run.py` times it; medians with min-max, the ratio to Anki's import
call round by round, CPU time and peak memory (`ru_maxrss`) of each side.

    .venv/bin/python bench/uncached_load.py --questions 100000 --rounds 5 \
        --tree before=/tmp/before/src --tree after=src

A tree is a folder holding the `studyapp` package (put first on `PYTHONPATH`); without
`--tree` the installed one is timed. The collection (packs and CSV only, no history)
is generated into `--work` once and reused. About 15 s a round at 100,000 questions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import timed_process  # noqa: E402


def spread(values: list[float], scale: float = 1.0) -> str:
    values = [v * scale for v in values]
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH", help="a source folder to time (repeatable)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "studyapp-uncached")
    parser.add_argument("--no-anki", action="store_true", help="time the trees only")
    args = parser.parse_args(argv)

    collection = args.work / str(args.questions)
    if not (collection / "questions.csv").exists():
        import generate

        made = generate.write_collection(collection, args.questions, 8)
        print(f"generated {made.questions} questions in {made.packs} packs -> {collection}", file=sys.stderr)
    trees = [tuple(t.split("=", 1)) for t in args.tree] or [("installed", "")]
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    base.update({"STUDYAPP_DATA_DIR": str(collection), "STUDYAPP_CONFIG_DIR": str(collection / "config")})
    sides = [name for name, _ in trees] + ([] if args.no_anki else ["anki"])
    wall: dict[str, list[float]] = {side: [] for side in sides}
    cpu: dict[str, list[float]] = {side: [] for side in sides}
    peak: dict[str, list[int]] = {side: [] for side in sides}
    anki_call: list[float] = []
    outputs: dict[str, str] = {}
    for turn in range(args.rounds):
        order = sides[turn % len(sides) :] + sides[: turn % len(sides)]
        if turn % 2:
            order.reverse()
        for side in order:
            before = os.times()
            if side == "anki":
                work = args.work / "anki-import"
                argv_ = [sys.executable, str(BENCH / "anki_side.py"), "--work", str(work), "--csv", str(collection / "questions.csv"), "--import-only"]
                elapsed, rss, code, out, err = timed_process(argv_, base)
                if code != 0:
                    raise SystemExit(f"anki_side.py failed ({code}):\n{err[-2000:]}")
                anki_call.append(json.loads(out.strip().splitlines()[-1])["seconds"])
            else:
                env = dict(base)
                path = dict(trees)[side]
                if path:
                    env["PYTHONPATH"] = str(Path(path).resolve())
                elapsed, rss, code, out, err = timed_process([sys.executable, "-m", "studyapp", "validate", "-q", "--no-cache"], env)
                if code not in (0, 1):
                    raise SystemExit(f"{side}: validate failed ({code}):\n{err[-2000:]}")
                outputs.setdefault(side, out + err)
                if outputs[side] != out + err:
                    raise SystemExit(f"{side}: validate printed something else in round {turn + 1}")
            after = os.times()
            wall[side].append(elapsed)
            cpu[side].append((after.children_user - before.children_user) + (after.children_system - before.children_system))
            peak[side].append(rss)
            print(f"round {turn + 1} {side}: {elapsed:.2f} s", file=sys.stderr)
        time.sleep(0.5)
    names = [name for name, _ in trees]
    if len({outputs[name] for name in names}) > 1:
        print("NOTE: the trees printed different problems", file=sys.stderr)
    print(f"{args.questions} questions, {args.rounds} rounds; medians (min-max)")
    for side in sides:
        line = f"{side}: wall {spread(wall[side])} s, CPU {spread(cpu[side])} s, peak {max(peak[side]) / 1024:.0f} MB"
        if side == "anki":
            line += f"; the import call {spread(anki_call)} s"
        elif anki_call:
            ratios = [ours / call for ours, call in zip(wall[side], anki_call)]
            line += f"; ratio to Anki's import call {spread(ratios)}, within 3x in {sum(r <= 3 for r in ratios)} of {len(ratios)} rounds"
            line += f" (round by round: {', '.join(f'{r:.2f}' for r in ratios)})"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

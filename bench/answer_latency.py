"""Answer latency beside Anki's engine, alternating the sides run by run (issue 17).

    python bench/answer_latency.py --sizes 1000,10000,100000 --reviews 1000000 --rounds 5 --work /tmp/answers
    python bench/answer_latency.py ... --reuse     # the collections made by an earlier call

For each size: one collection (``generate.py``) with a history of ``--reviews``
reviews, the same questions and history mirrored into an Anki collection
(``anki_side.py``), both kept pristine. Then ``--rounds`` rounds; in each, every
side answers the same ``--answers`` cards with the same ratings from a fresh
copy of its pristine database, on disk and on tmpfs, the order of the sides
turned round every round, so a busier minute of the (shared) machine falls on
each alike. The sides:

- ``studyapp`` as shipped: WAL, ``synchronous=NORMAL`` (an answer survives the
  process being killed; an OS crash or power cut may lose the last ones);
- ``studyapp FULL``: WAL, ``synchronous=FULL`` (fsync on every commit: an
  answer also survives an OS crash or power cut, as Anki's does);
- ``Anki``: its Rust backend, rollback journal with ``synchronous=FULL``.

Every round's median and p99 per side, then the median over rounds with the
min-max spread, and whether the ratio to Anki stays on one side of 1 in every
round (else a tie). Writes ``WORK/answer_latency.json``. About 10 minutes for
the three sizes and 5 rounds, most of it copying the 100,000 collection.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import _anki, child  # noqa: E402

SIDES = ("studyapp", "studyapp FULL", "anki")


def prepare(n: int, reviews: int, folder: Path, answers: int) -> dict:
    """The pristine collection of one size, on both sides."""
    from generate import rating_plan, write_collection, write_history

    shutil.rmtree(folder, ignore_errors=True)
    data = folder / "data"
    collection = write_collection(data, n)
    history = write_history(data / "progress.sqlite3", collection.keys, reviews)
    plan = folder / "plan.json"
    plan.write_text(json.dumps(rating_plan(collection.keys)))
    pristine = folder / "progress.pristine"
    shutil.copyfile(data / "progress.sqlite3", pristine)
    queue = child("queue", {"data_dir": str(data), "repeat": 1, "new_limit": answers})  # writes the pack cache too
    for suffix in ("-wal", "-shm"):  # the queue run opened a session: back to the history alone
        Path(str(data / "progress.sqlite3") + suffix).unlink(missing_ok=True)
    os.replace(pristine, data / "progress.sqlite3")
    new_order = folder / "new-order.json"
    new_order.write_text(json.dumps(queue["new_order"]))
    _anki(["--work", str(folder / "anki"), "--csv", str(collection.csv_path), "--studyapp-db", str(data / "progress.sqlite3"),
           "--plan", str(plan), "--prepare", "--new-order", str(new_order)])  # fmt: skip
    meta = {"questions": n, "reviews": history.reviews, "seen": history.seen, "due": history.due, "queue": queue["queue_length"]}
    (folder / "meta.json").write_text(json.dumps(meta))
    return meta


def _fresh(source: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target / source.name) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target / source.name)
    return target


def run_side(side: str, folder: Path, medium_dir: Path, answers: int, trees: dict[str, str] | None = None) -> dict:
    """One run of one side on a fresh copy; returns median, p99 and what was answered.

    A studyapp side named ``... @NAME`` runs the tree ``trees[NAME]`` (a folder holding
    a ``studyapp`` package, put first on PYTHONPATH): before and after a change, in turn."""
    if side == "anki":
        work = _fresh(folder / "anki" / "collection.anki2", medium_dir / "anki")
        os.sync()
        out = _anki(["--work", str(work), "--plan", str(folder / "plan.json"), "--answers", str(answers), "--new-limit", str(answers), "--repeat", "1"])
        return {**out["answers"], "samples_ms": None}
    data = _fresh(folder / "data" / "progress.sqlite3", medium_dir / "studyapp")
    os.sync()
    args = {"plan": str(folder / "plan.json"), "packs_from": str(folder / "data"), "answers": answers, "new_limit": answers, "data_dir": str(data)}
    if side.split(" @")[0] == "studyapp FULL":
        args["synchronous"] = "FULL"
    env = None
    if " @" in side:
        name = side.split(" @")[1]
        env = {**os.environ, "PYTHONPATH": (trees or {})[name]}
        # Each tree its own pack cache: the cache key holds the code's files, so two
        # trees sharing one would parse every pack again on every run.
        own = folder / f"packs-from-{name}"
        own.mkdir(exist_ok=True)
        if not (own / "packs").exists():
            (own / "packs").symlink_to(folder / "data" / "packs")
        args["packs_from"] = str(own)
    out = child("answer", args, env=env)
    out.pop("samples_ms", None)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--reviews", type=int, default=1_000_000, help="reviews in the history, at every size")
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, default=BENCH / "out" / "answers")
    parser.add_argument("--reuse", action="store_true", help="keep the collections of an earlier call")
    parser.add_argument("--media", default="disk,tmpfs")
    parser.add_argument("--sides", default=",".join(SIDES))
    parser.add_argument("--label", default="", help="a name for this run in the output")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                        help="run each studyapp side once per tree (its package folder first on PYTHONPATH), as 'SIDE @NAME'")
    opts = parser.parse_args(argv)
    trees = dict(item.split("=", 1) for item in opts.tree)
    sides = [f"{side} @{name}" if trees and side != "anki" else side for side in opts.sides.split(",") for name in (trees or [""])]
    sides = list(dict.fromkeys(sides))
    media = {"disk": opts.work / "run"}
    if "tmpfs" in opts.media.split(",") and Path("/dev/shm").is_dir():
        media["tmpfs"] = Path("/dev/shm") / f"studyapp-answers-{os.getpid()}"
    media = {k: v for k, v in media.items() if k in opts.media.split(",")}
    results: dict = {"label": opts.label, "load_average_at_start": os.getloadavg(), "sizes": {}}
    try:
        for n in (int(x) for x in opts.sizes.split(",")):
            folder = opts.work / str(n)
            if opts.reuse and (folder / "meta.json").exists():
                meta = json.loads((folder / "meta.json").read_text())
            else:
                started = time.perf_counter()
                meta = prepare(n, opts.reviews, folder, opts.answers)
                print(f"{n:,}: prepared in {time.perf_counter() - started:.0f} s: {meta}", flush=True)
            answers = min(opts.answers, meta["queue"])
            rounds: dict = {f"{side} {medium}": [] for medium in media for side in sides}
            for r in range(opts.rounds):
                order = sides if r % 2 == 0 else sides[::-1]
                for medium, where in media.items():
                    for side in order:
                        out = run_side(side, folder, where, answers, trees)
                        rounds[f"{side} {medium}"].append(out)
                        print(f"{n:,} round {r + 1} {side:22} {medium:5}: median {out['median_ms']:.3f} ms, p99 {out['p99_ms']:.3f} ms", flush=True)
                shutil.rmtree(opts.work / "run", ignore_errors=True)
            summary = {}
            for name, runs in rounds.items():
                medians = [x["median_ms"] for x in runs]
                p99s = [x["p99_ms"] for x in runs]
                summary[name] = {"median_ms": statistics.median(medians), "median_spread": [min(medians), max(medians)],
                                 "p99_ms": statistics.median(p99s), "p99_spread": [min(p99s), max(p99s)], "runs": len(runs),
                                 "medians": medians, "p99s": p99s}  # fmt: skip
            for medium in media:
                anki = rounds.get(f"anki {medium}")
                for side in sides:
                    if side == "anki" or not anki:
                        continue
                    ours = rounds[f"{side} {medium}"]
                    for stat in ("median_ms", "p99_ms"):
                        ratios = [a[stat] / b[stat] for a, b in zip(ours, anki)]
                        verdict = "faster" if all(x < 1 for x in ratios) else "slower" if all(x > 1 for x in ratios) else "tie"
                        summary[f"{side} {medium}"][f"ratio_{stat}"] = {"median": statistics.median(ratios), "min": min(ratios), "max": max(ratios), "verdict": verdict}
            same = all(x["keys"] == rounds[next(iter(rounds))][0]["keys"] for runs in rounds.values() for x in runs)
            results["sizes"][str(n)] = {**meta, "answers": answers, "same_cards_everywhere": same, "summary": summary}
            for name, s in summary.items():
                ratio = "".join(f", {k[6:]} ratio {v['median']:.2f} ({v['min']:.2f}-{v['max']:.2f}, {v['verdict']})" for k, v in s.items() if k.startswith("ratio_"))
                print(f"{n:,} {name:30}: median {s['median_ms']:.3f} ({s['median_spread'][0]:.3f}-{s['median_spread'][1]:.3f}),"
                      f" p99 {s['p99_ms']:.3f} ({s['p99_spread'][0]:.3f}-{s['p99_spread'][1]:.3f}){ratio}", flush=True)  # fmt: skip
    finally:
        if "tmpfs" in media:
            shutil.rmtree(media["tmpfs"], ignore_errors=True)
    results["load_average_at_end"] = os.getloadavg()
    out = opts.work / (f"answer_latency{'-' + opts.label if opts.label else ''}.json")
    out.write_text(json.dumps(results, indent=2))
    print(f"-> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

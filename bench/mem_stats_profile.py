"""Where the memory of `studyapp stats --json` goes, with tracemalloc.

    .venv/bin/python bench/mem_stats_profile.py --data /tmp/mem100k

Runs what the command runs, in this process and in its order (load the packs
through the pack cache, open the store, ``stats.compute``, ``stats.to_json``
and ``json.dump`` to /dev/null), and prints for each step the memory it leaves
allocated and its own peak above what was allocated before it (tracemalloc
counts Python's allocations, not SQLite's page cache nor the interpreter).
``--top N`` also prints the N biggest allocation sites alive at the peak of
the cards pass (a snapshot taken as ``card_figures`` returns, while its locals,
everything it built, are still referenced).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def mb(n: int) -> str:
    return f"{n / 1e6:7.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/mem100k"))
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()

    tracemalloc.start(5)
    from datetime import datetime, timezone

    from studyapp import stats
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.scheduling import Scheduler

    steps: list[tuple[str, int, int]] = []
    base = tracemalloc.get_traced_memory()[0]

    def step(name: str) -> None:
        nonlocal base
        current, peak = tracemalloc.get_traced_memory()
        steps.append((name, current - base, peak - base))
        base = current
        tracemalloc.reset_peak()

    step("imports")
    context = Context(resolve_paths(args.data, args.data / "config"))
    loaded = context.load_packs()
    step("load packs")
    store = context.open_store()
    scheduler = Scheduler(context.settings.desired_retention, fuzz=False)
    step("store, scheduler")

    snapshot = None

    def on_return(frame, event, arg):
        # the frame's locals (everything the pass built) are still alive on its return event
        nonlocal snapshot
        if event == "return" and frame.f_code is stats.card_figures.__code__ and args.top:
            snapshot = tracemalloc.take_snapshot()

    sys.setprofile(on_return)
    figures = stats.compute(store.connection, loaded.packs, datetime.now(timezone.utc), stats.local_zone(), scheduler.parameters)
    sys.setprofile(None)
    store.close()
    step("stats.compute")
    data = stats.to_json(figures)
    step("to_json")
    with open(os.devnull, "w") as null:
        json.dump(data, null, indent=2)
    step("json.dump")

    print(f"{'step':<18}{'left allocated':>16}{'own peak':>14}")
    for name, kept, peak in steps:
        print(f"{name:<18}{mb(kept):>16}{mb(peak):>14}")
    print(f"cards pass: {figures.timings['cards']:.0f} ms")
    if snapshot is not None:
        print(f"\nbiggest allocation sites alive as card_figures returns (top {args.top}):")
        for stat in snapshot.statistics("lineno")[: args.top]:
            frame = stat.traceback[0]
            print(f"{mb(stat.size)} {stat.count:>9} blocks  {Path(frame.filename).name}:{frame.lineno}")


if __name__ == "__main__":
    main()

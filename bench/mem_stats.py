"""Peak memory and wall time of `studyapp stats --json` as a whole process.

    .venv/bin/python bench/generate.py --questions 100000 --out /tmp/mem100k
    .venv/bin/python bench/mem_stats.py --data /tmp/mem100k --runs 5

Measured exactly as bench/run.py's ``whole_command`` does it: the real entry
point (.venv/bin/studyapp) with STUDYAPP_DATA_DIR / STUDYAPP_CONFIG_DIR set to
the collection, one untimed warm-up run first (it writes the pack cache the
first time), then ``--runs`` runs; the peak is ``ru_maxrss`` from ``wait4``.
This script imports only the standard library and stays small, because Linux's
ru_maxrss of a child also counts the parent's size at the fork.

``--dump FILE`` instead computes the figures in this process at a fixed
instant (``--now``) and writes ``stats.to_json`` of them, to compare the
results of two versions of the code (``cmp`` the two files).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def studyapp_script() -> str:
    script = Path(sys.executable).with_name("studyapp")
    return str(script) if script.exists() else shutil.which("studyapp") or "studyapp"


def app_env(data_dir: Path) -> dict:
    env = dict(os.environ)
    env.update({"STUDYAPP_DATA_DIR": str(data_dir), "STUDYAPP_CONFIG_DIR": str(data_dir / "config"), "TERM": "xterm-256color"})
    env.pop("STUDYAPP_BENCH_FIRST_QUESTION", None)
    return env


def timed_process(argv: list[str], env: dict) -> tuple[float, int, int, bytes]:
    """Wall time, peak RSS (KiB, wait4's ru_maxrss), exit code and stdout of one process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(argv)} failed ({code}): {err.read().decode(errors='replace')[-2000:]}")
        out.seek(0)
        return elapsed, usage.ru_maxrss, code, out.read()


def measure(data_dir: Path, runs: int, argv: list[str]) -> None:
    env = app_env(data_dir)
    command = [studyapp_script(), *argv]
    elapsed, peak, _, _ = timed_process(command, env)
    print(f"warm-up: {elapsed * 1000:.0f} ms, {peak / 1024:.1f} MB", flush=True)
    times, peaks = [], []
    for i in range(runs):
        elapsed, peak, _, out = timed_process(command, env)
        times.append(elapsed)
        peaks.append(peak)
        print(f"run {i + 1}: {elapsed * 1000:.0f} ms, {peak / 1024:.1f} MB ({len(out)} bytes out)", flush=True)
    print(
        f"{' '.join(argv)}: median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
        f"peak RSS max {max(peaks) / 1024:.1f} MB, median {statistics.median(peaks) / 1024:.1f} MB over {runs} runs"
    )


def dump(data_dir: Path, now_text: str | None, tz_name: str, weak: int, out: Path) -> None:
    """The figures of the collection at a fixed instant, as `stats --json` prints them."""
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import datetime, timezone

    from studyapp import stats
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.scheduling import Scheduler

    context = Context(resolve_paths(data_dir, data_dir / "config"))
    packs = context.load_packs().packs
    store = context.open_store()
    try:
        scheduler = Scheduler(context.settings.desired_retention, fuzz=False)
        if now_text:
            now = datetime.fromisoformat(now_text)
        else:  # an hour after the last review of the collection: the same instant every time
            now = datetime.fromtimestamp(store.connection.execute("SELECT MAX(reviewed_at) FROM reviews").fetchone()[0] + 3600, timezone.utc)
        figures = stats.compute(store.connection, packs, now, stats.parse_zone(tz_name), scheduler.parameters, weak_limit=weak)
        print(f"compute: {figures.timings['total']:.0f} ms ({', '.join(f'{k} {v:.0f}' for k, v in figures.timings.items())})")
    finally:
        store.close()
    out.write_text(json.dumps(stats.to_json(figures), indent=1, sort_keys=True))
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/mem100k"), help="a collection made by bench/generate.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--command", default="stats --json", help="the studyapp arguments to measure (default: %(default)s)")
    parser.add_argument("--dump", type=Path, help="write the figures at --now to this file instead of measuring")
    parser.add_argument("--now", help="ISO instant for --dump (default: an hour after the last review)")
    parser.add_argument("--weak", type=int, default=50, help="weak spots in --dump (default: %(default)s)")
    parser.add_argument("--tz", default="Europe/Paris")
    args = parser.parse_args()
    if args.dump:
        dump(args.data, args.now, args.tz, args.weak, args.dump)
    else:
        measure(args.data, args.runs, args.command.split())


if __name__ == "__main__":
    main()

"""The long crash and concurrency run behind docs/reliability.md.

    .venv/bin/python bench/kill_soak.py                      # 2,000 + 100 kills, 20 concurrent rounds
    .venv/bin/python bench/kill_soak.py --kills 10000 --seed 7

Three parts, all real studyapp processes running ``studyapp drill``:

1. ``--kills`` SIGKILLs of forked ``studyapp.cli.main`` runs (a zygote that
   imported studyapp once: see tests/crashkit.py), each after a random amount
   of CPU time in ``--window-ms``, spread over ``--folders`` data folders;
2. ``--exec-kills`` SIGKILLs of the installed ``studyapp`` entry point at a
   random wall-clock moment (start-up included);
3. ``--rounds`` rounds of 2 to 4 processes answering ``--answers`` questions
   each, at the same time, on one data folder.

After every kill: ``PRAGMA integrity_check``, every answer reported saved is
in the log, every card agrees with its last standing review, session counters
add up; after the last kill in a folder a new run must finish. Prints a JSON
summary, and the Markdown rows of the table in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from crashkit import SAVED, Report, Run, Zygote, drill_args, exec_batch, studyapp_command, verify  # noqa: E402

import yaml  # noqa: E402


def kill_phase(work: Path, kills: int, folders: int, window: tuple[float, float], rng: random.Random, start, label: str) -> Report:
    report = Report()
    dirs = [work / f"{label}{i}" for i in range(folders)]
    generation = 0
    began = time.monotonic()
    while report.kills < kills:
        runs = [Run(d, work / f"{d.name}.out", work / f"{d.name}.err", rng.uniform(*window)) for d in dirs]
        start(runs, [drill_args(r.data_dir, seed=rng.randrange(10**6), generation=generation) for r in runs])
        for run in runs:
            report.add(run, verify(run.data_dir, run.saved(), run.stderr()))
        generation += 1
        if generation % 10 == 0:
            print(f"  {label}: {report.kills} kills, {report.saved} answers saved, {len(report.problems)} problems, {time.monotonic() - began:.0f} s", file=sys.stderr)
    final = [Run(d, work / f"{d.name}.final.out", work / f"{d.name}.final.err", None) for d in dirs]
    start(final, [drill_args(r.data_dir, seed=1, generation=generation, count=5) for r in final])
    for run in final:
        problems = verify(run.data_dir, run.saved(), run.stderr())
        if run.status != 0:
            problems.append(f"the start after the last kill failed (status {run.status}): {run.stderr()[-300:]}")
        report.add(run, problems)
    return report


def concurrent_phase(work: Path, rounds: int, answers: int, rng: random.Random) -> dict:
    packs = work / "big-pack"
    packs.mkdir(exist_ok=True)
    questions = [{"id": f"q{i}", "type": "short", "category": "concept", "prompt": f"Word {i}?", "answer": f"w{i}"} for i in range(500)]
    (packs / "big.yaml").write_text(yaml.safe_dump({"id": "big", "title": "Big", "questions": questions}))
    totals = {"rounds": 0, "processes": 0, "saved": 0, "in_log": 0, "lost": 0, "errors": 0, "interleaved_rounds": 0}
    for index in range(rounds):
        data = work / f"concurrent{index}"
        base = [*studyapp_command(), "drill", "--data-dir", str(data), "--no-bundled", "--packs", str(packs), "--new", "1000"]
        subprocess.run([*base, "--auto", "1"], check=True, capture_output=True)
        count = rng.randint(2, 4)
        procs = [
            subprocess.Popen([*base, "--clock", "2026-03-02T09:00Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(count)
        ]
        for proc in procs:
            proc.stdout.readline()  # ready
        script = "".join(rng.choice(["right"] * 6 + ["wrong", "undo", "rate 2"]) + "\n" for _ in range(answers))
        for proc in procs:
            proc.stdin.write(script)
            proc.stdin.flush()
        saved_sets = []
        for proc in procs:
            proc.stdin.close()
            out, err = proc.stdout.read(), proc.stderr.read()
            proc.wait()
            totals["errors"] += proc.returncode != 0 or bool(err)
            saved_sets.append({int(m.group(1)) for m in SAVED.finditer(out)})
        saved = set().union(*saved_sets)
        conn = sqlite3.connect(data / "progress.sqlite3")
        in_log = {row[0] for row in conn.execute("SELECT id FROM reviews WHERE kind != 'undo'")} - {1}
        conn.close()
        problems = verify(data, sorted(saved))
        totals["rounds"] += 1
        totals["processes"] += count
        totals["saved"] += len(saved)
        totals["in_log"] += len(in_log)
        totals["lost"] += len(saved - in_log) + len(problems)
        ranges = sorted((min(s), max(s)) for s in saved_sets if s)
        totals["interleaved_rounds"] += all(a[1] > b[0] for a, b in zip(ranges, ranges[1:]))
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--exec-kills", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--answers", type=int, default=500, help="answers per process in a concurrent round")
    parser.add_argument("--folders", type=int, default=16)
    parser.add_argument("--window-ms", type=float, default=60.0, help="kill after up to this much CPU time (fork kills)")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        with Zygote() as zygote:
            forked = kill_phase(work, args.kills, args.folders, (0.0, args.window_ms / 1000), rng, zygote.batch, "fork")

        def start(runs, argvs):
            exec_batch(runs, lambda index, run: argvs[index])

        executed = kill_phase(work, args.exec_kills, 8, (0.05, 2.0), rng, start, "exec") if args.exec_kills else Report()
        concurrent = concurrent_phase(work, args.rounds, args.answers, rng) if args.rounds else {}
    summary = {
        "seed": seed,
        "seconds": round(time.monotonic() - began, 1),
        "fork_kills": forked.kills,
        "fork_answers_saved": forked.saved,
        "fork_kill_phases": forked.phases,
        "exec_kills": executed.kills,
        "exec_answers_saved": executed.saved,
        "exec_kill_phases": executed.phases,
        "problems": (forked.problems + executed.problems)[:50],
        "concurrent": concurrent,
    }
    print(json.dumps(summary, indent=2))
    kills = forked.kills + executed.kills
    print(
        f"\n| SIGKILLs survived (`bench/kill_soak.py --seed {seed}`) | {kills:,} ({forked.kills:,} forked + {executed.kills:,} whole processes);"
        f" {forked.saved + executed.saved:,} answers reported saved, {len(summary['problems'])} lost or inconsistent |"
    )
    if concurrent:
        print(
            f"| Concurrent answers, none lost | {concurrent['saved']:,} answers from {concurrent['processes']} processes in"
            f" {concurrent['rounds']} rounds; {concurrent['lost']} lost, {concurrent['errors']} errors |"
        )
    return 1 if summary["problems"] or concurrent.get("lost") or concurrent.get("errors") else 0


if __name__ == "__main__":
    sys.exit(main())

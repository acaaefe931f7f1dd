"""Real studyapp processes killed with SIGKILL at random moments lose nothing they said was saved.

After every kill: ``PRAGMA integrity_check`` is ok, every answer the process
printed as saved is in the review log, every card agrees with its last
review, and the next process started on the same folder works. The long run
is ``bench/kill_soak.py``; set ``STUDYAPP_CRASH_SEED`` to replay a run.
"""

from __future__ import annotations

import os
import random

from crashkit import Report, Run, Zygote, drill_args, exec_batch, verify

SEED = int(os.environ.get("STUDYAPP_CRASH_SEED", random.randrange(1 << 30)))


def _kill_rounds(tmp_path, folders: int, rounds: int, window: tuple[float, float], start) -> Report:
    rng = random.Random(SEED)
    report = Report()
    dirs = [tmp_path / f"data{i}" for i in range(folders)]
    for generation in range(rounds):
        runs = [Run(d, tmp_path / f"{d.name}.{generation}.out", tmp_path / f"{d.name}.{generation}.err", rng.uniform(*window)) for d in dirs]
        start(runs, [drill_args(r.data_dir, seed=rng.randrange(1000), generation=generation) for r in runs])
        for run in runs:
            report.add(run, verify(run.data_dir, run.saved(), run.stderr()))
    # The next start works: one more run per folder, to its end.
    final = [Run(d, tmp_path / f"{d.name}.final.out", tmp_path / f"{d.name}.final.err", None) for d in dirs]
    start(final, [drill_args(r.data_dir, seed=1, generation=rounds, count=2) for r in final])
    for run in final:
        problems = verify(run.data_dir, run.saved(), run.stderr())
        if run.status != 0 or "finished answered=2" not in run.out.read_text():
            problems.append(f"the start after the last kill failed: status {run.status}: {run.stderr()[-300:]}")
        report.add(run, problems)
    return report


def test_two_hundred_sigkills_at_random_moments_lose_no_saved_answer(tmp_path):
    with Zygote() as zygote:
        report = _kill_rounds(tmp_path, folders=16, rounds=13, window=(0.0, 0.025), start=zygote.batch)
    assert not report.problems, f"seed {SEED}: " + "\n".join(report.problems[:20])
    assert report.kills >= 200, report
    assert report.phases.get("answering", 0) > 0 and report.saved > 0, report


def test_the_installed_entry_point_killed_during_start_up_or_answers(tmp_path):
    from crashkit import studyapp_command

    def start(runs, argvs):
        exec_batch(runs, lambda index, run: argvs[index])

    assert studyapp_command()
    report = _kill_rounds(tmp_path, folders=3, rounds=2, window=(0.05, 0.6), start=start)
    assert not report.problems, f"seed {SEED}: " + "\n".join(report.problems[:20])
    assert report.kills >= 4, report

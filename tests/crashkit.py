"""Kill real studyapp processes at random moments and check what they leave behind.

Used by ``tests/test_crash.py`` (sized for the normal suite) and
``bench/kill_soak.py`` (the long run). Two ways to start a process:

* ``exec``: the installed ``studyapp`` entry point, a whole new interpreter;
  it pays the full start-up, so the kill can land anywhere from import to
  commit.
* ``fork``: a *zygote* (``python crashkit.py zygote``) imports studyapp once,
  then forks a child per run that calls ``studyapp.cli.main(["drill", ...])``:
  the same code from argument parsing on, minus the imports, so hundreds of
  kills fit in a few seconds. The zygote kills its own children (never
  anything else) with SIGKILL once each has used the CPU time asked (read
  from ``/proc/PID/schedstat``), so where kills land does not depend on how
  busy the machine is, and reaps them.

Every run is ``studyapp drill --auto``, which prints ``saved <review id>``
once an answer is committed; after each kill :func:`verify` holds the data
folder to what was printed.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE_PACKS = HERE / "fixtures" / "packs"
SAVED = re.compile(r"^saved (\d+) (\S+)/(\S+) ", re.M)
BASE_DAY = 1772442000  # 2026-03-02T09:00Z


def drill_args(data_dir: Path, seed: int, generation: int, count: int = 100_000, packs: Path = EXAMPLE_PACKS) -> list[str]:
    start = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(BASE_DAY + generation * 40 * 86400))
    return [
        "drill", "--data-dir", str(data_dir), "--no-bundled", "--packs", str(packs), "--auto", str(count),
        "--seed", str(seed), "--clock", start, "--step", "3600", "--new", "1000",
    ]  # fmt: skip


def studyapp_command() -> list[str]:
    """The installed entry point, else ``python -m studyapp``."""
    script = Path(sys.executable).with_name("studyapp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "studyapp"]


@dataclass
class Run:
    data_dir: Path
    out: Path
    err: Path
    kill_after: float | None
    killed: bool = False
    status: int | None = None

    def saved(self) -> list[int]:
        """Review ids the process reported as saved (complete lines only)."""
        text = self.out.read_text(errors="replace") if self.out.exists() else ""
        complete = text[: text.rfind("\n") + 1]
        return [int(m.group(1)) for m in SAVED.finditer(complete)]

    def phase(self) -> str:
        """Where the kill landed, from what the process had printed."""
        text = self.out.read_text(errors="replace") if self.out.exists() else ""
        if not text:
            return "start-up"
        if "saved " not in text:
            return "first session"
        return "answering"

    def stderr(self) -> str:
        return self.err.read_text(errors="replace") if self.err.exists() else ""


@dataclass
class Report:
    kills: int = 0
    runs: int = 0
    saved: int = 0
    phases: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, run: Run, problems: list[str]) -> None:
        self.runs += 1
        self.kills += run.killed
        self.saved += len(run.saved())
        if run.killed:
            phase = run.phase()
            self.phases[phase] = self.phases.get(phase, 0) + 1
        self.problems.extend(f"{run.data_dir.name} (kill after {run.kill_after}s): {p}" for p in problems)


def verify(data_dir: Path, saved: list[int], stderr: str = "") -> list[str]:
    """What a killed run may not leave behind; an empty list when all is well."""
    problems = []
    if "Traceback" in stderr:
        problems.append(f"traceback on stderr: {stderr[-500:]}")
    database = data_dir / "progress.sqlite3"
    if not database.exists():
        return problems + ([f"{len(saved)} answers reported saved but no database"] if saved else [])
    conn = sqlite3.connect(database, timeout=10)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            return problems + [f"integrity_check: {check[:3]}"]
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews'").fetchone():
            return problems + ([f"{len(saved)} answers reported saved but no review table"] if saved else [])
        present = {row[0] for row in conn.execute("SELECT id FROM reviews WHERE kind != 'undo'")}
        lost = [i for i in saved if i not in present]
        if lost:
            problems.append(f"reported saved but not in the review log: {lost[:10]}")
        problems.extend(consistency(conn))
    finally:
        conn.close()
    return problems


def consistency(conn: sqlite3.Connection) -> list[str]:
    """Each card is the state after its latest standing review; session counters add up.

    Both are written in the same transaction as the review, so a half-written
    answer would show here.
    """
    problems = []
    latest = {}
    for pack, question, state_after in conn.execute(
        "SELECT pack_id, question_id, state_after FROM reviews WHERE kind != 'undo' AND undone = 0 ORDER BY id"
    ):
        latest[(pack, question)] = json.loads(state_after)
    cards = {
        (row[0], row[1]): row[2:]
        for row in conn.execute("SELECT pack_id, question_id, state, step, stability, difficulty, due, last_review, reps, lapses FROM cards")
    }
    for key in sorted(set(latest) | set(cards)):
        if key not in cards:
            problems.append(f"{key}: reviewed but no card")
        elif key not in latest:
            problems.append(f"{key}: a card with no standing review")
        else:
            d = latest[key]
            expected = (d["state"], d["step"], d["stability"], d["difficulty"], d["due"], d["last_review"], d["reps"], d["lapses"])
            if tuple(cards[key]) != expected:
                problems.append(f"{key}: card {cards[key]} is not the state after its last review {expected}")
    standing = dict(
        conn.execute("SELECT session_id, COUNT(*) FROM reviews WHERE kind != 'undo' AND undone = 0 AND session_id IS NOT NULL GROUP BY session_id")
    )
    from studyapp.store import SESSIONS_LIVE  # the rows with their answers after the mark (schema 18), as every reader sees them

    for session_id, answered in conn.execute(f"SELECT id, answered FROM {SESSIONS_LIVE}"):
        if answered != standing.get(session_id, 0):
            problems.append(f"session {session_id}: answered={answered} but {standing.get(session_id, 0)} standing reviews")
    return problems


def replay(conn: sqlite3.Connection, scheduler=None) -> list[str]:
    """Replay the standing answers of the log in order, as one process would have given them.

    Each answer must have been scheduled from the state the answers before it
    left (its ``state_before``), give its ``state_after``, and every card must be
    where the replay ends. Holds whatever number of processes wrote the log
    (``Store.record_answer`` reads the card inside the write transaction). The
    scheduler must be the one the answers used, without fuzz (drill's default).
    """
    from studyapp.scheduling import CardState, Rating, Scheduler, from_timestamp

    scheduler = scheduler or Scheduler(fuzz=False)
    problems: list[str] = []
    states: dict[tuple[str, str], CardState] = {}
    for review_id, pack, question, rating, at, before, after in conn.execute(
        "SELECT id, pack_id, question_id, rating, reviewed_at, state_before, state_after FROM reviews"
        " WHERE kind != 'undo' AND undone = 0 ORDER BY id"
    ):
        key = (pack, question)
        prior = states.get(key)
        logged_before = CardState.from_dict(json.loads(before)) if before else None
        if logged_before != prior:
            problems.append(f"review {review_id} of {key}: scheduled from {logged_before}, but the answers before it left {prior}")
        state = CardState.from_dict(scheduler.review(prior, Rating(rating), from_timestamp(at)).to_dict())  # as stored
        if CardState.from_dict(json.loads(after)) != state:
            problems.append(f"review {review_id} of {key}: logged {json.loads(after)}, replay gives {state.to_dict()}")
        states[key] = state
    cards = {
        (row[0], row[1]): CardState.from_dict(dict(zip(("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses"), row[2:])))
        for row in conn.execute("SELECT pack_id, question_id, state, step, stability, difficulty, due, last_review, reps, lapses FROM cards")
    }
    for key in sorted(set(states) | set(cards)):
        if cards.get(key) != states.get(key):
            problems.append(f"{key}: card {cards.get(key)} but the replay of its answers gives {states.get(key)}")
    return problems


# --- exec: whole new processes ----------------------------------------------------


def exec_batch(runs: list[Run], argv_for, env: dict | None = None) -> None:
    """Start each run as a new ``studyapp`` process, SIGKILL it at its moment, reap it."""
    started = []
    for index, run in enumerate(runs):
        with run.out.open("wb") as out, run.err.open("wb") as err:
            proc = subprocess.Popen(studyapp_command() + argv_for(index, run), stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        started.append((time.monotonic(), proc, run))
    for began, proc, run in started:
        if run.kill_after is not None:
            delay = began + run.kill_after - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                run.killed = True
        run.status = proc.wait(timeout=60)


# --- fork: a zygote that has imported studyapp once -----------------------------


class Zygote:
    """A helper process that forks ``studyapp.cli.main`` runs and kills them on request."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout.readline().strip() == "ready"

    def batch(self, runs: list[Run], argvs: list[list[str]]) -> None:
        jobs = [{"argv": argv, "out": str(r.out), "err": str(r.err), "kill_after": r.kill_after} for r, argv in zip(runs, argvs)]
        self.proc.stdin.write(json.dumps(jobs) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the zygote died")
        for run, result in zip(runs, json.loads(line)):
            run.killed, run.status = result["killed"], result["status"]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def __enter__(self) -> "Zygote":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _cpu_seconds(pid: int, since: float) -> float:
    """Time the child has spent on a CPU (so the moment does not depend on how busy the machine is)."""
    try:
        with open(f"/proc/{pid}/schedstat") as stat:
            return int(stat.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        return time.monotonic() - since  # no schedstat: wall time


def _zygote() -> None:
    import functools

    import studyapp.cli as cli

    # Children call cli.main() as is; only the argparse tree is built once, here.
    cli.build_parser = functools.cache(cli.build_parser)
    import contextlib
    import io
    import tempfile

    # One run here imports every module the real path needs (lazily imported
    # ones too); its connection is closed before any fork.
    with tempfile.TemporaryDirectory() as warm, contextlib.redirect_stdout(io.StringIO()):
        cli.main(drill_args(Path(warm), seed=0, generation=0, count=3))
    import gc

    gc.freeze()  # fewer copy-on-write page faults in the children
    print("ready", flush=True)
    for line in sys.stdin:
        jobs = json.loads(line)
        gate_read, gate_write = os.pipe()
        targets = {}
        for job in jobs:
            pid = os.fork()
            if pid == 0:
                os.close(gate_write)
                os.nice(5)  # the zygote comes first, so each kill lands on time
                os.read(gate_read, 1)  # wait until every child exists: all start together
                os.close(gate_read)
                _child(job)
            targets[pid] = job["kill_after"]
        os.close(gate_read)
        os.write(gate_write, b"g" * len(jobs))
        os.close(gate_write)
        began = time.monotonic()
        order = list(targets)
        killed, statuses = set(), {}
        alive = dict(targets)
        while alive:
            nearest = 0.05
            for pid, target in list(alive.items()):
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:  # it ended on its own
                    statuses[pid] = status
                    del alive[pid]
                    continue
                if target is None:
                    continue
                left = target - _cpu_seconds(pid, began)
                if left <= 0:
                    os.kill(pid, signal.SIGKILL)  # still ours: not reaped yet
                    killed.add(pid)
                    del alive[pid]
                else:
                    nearest = min(nearest, left)
            # CPU time cannot pass faster than wall time: no need to look sooner.
            time.sleep(max(nearest, 0.0003))
        results = []
        for pid in order:
            if pid not in statuses:
                statuses[pid] = os.waitpid(pid, 0)[1]
            results.append({"killed": pid in killed, "status": os.waitstatus_to_exitcode(statuses[pid])})
        print(json.dumps(results), flush=True)


def _child(job: dict) -> None:
    code = 70
    try:
        out = os.open(job["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err = os.open(job["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdin = open(0, closefd=False)
        sys.stdout = open(1, "w", closefd=False)
        sys.stderr = open(2, "w", closefd=False)
        from studyapp.cli import main

        code = main(job["argv"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


if __name__ == "__main__" and sys.argv[1:] == ["zygote"]:
    sys.path.insert(0, str(HERE.parent / "src"))
    _zygote()

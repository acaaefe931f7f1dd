"""Kill the tmux sessions of real study TUIs and time how long each process outlives its terminal.

Issue 19, item 10: after ``tmux kill`` a study process sometimes stayed alive,
asleep, for good. ``--wrapper nohup`` starts the app through a shell that
ignores the hang-up (``trap "" HUP``), so SIGHUP never reaches the app and
only the dead terminal tells it (see ``studyapp.tui.lifeline``); ``plain``
execs it directly, so the kernel's SIGHUP does. Each app answers two
questions first; afterwards the answers must all be in its database.

    .venv/bin/python bench/tmux_hangup.py --count 12 --wrapper nohup
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

STUDYAPP = Path(sys.executable).with_name("studyapp")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def reviews(data: Path) -> int:
    try:
        conn = sqlite3.connect(data / "progress.sqlite3", timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM reviews WHERE kind != 'undo' AND undone = 0").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for tmux to reap it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--wrapper", choices=["plain", "nohup"], default="nohup")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("needs tmux", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="studyapp-hangup-"))
    packs = root / "packs"
    packs.mkdir()
    questions = [{"id": f"q{i}", "type": "short", "category": "concept", "prompt": f"Word {i}?", "answer": f"w{i}", "explanation": "e"} for i in range(12)]
    (packs / "short.yaml").write_text(yaml.safe_dump({"id": "short", "title": "Short", "questions": questions}))
    runs = []
    for n in range(args.count):
        data, name = root / f"data{n}", f"studyapp-hangup-{root.name}-{n}"
        env = f"STUDYAPP_DATA_DIR={shlex.quote(str(data))} STUDYAPP_CONFIG_DIR={shlex.quote(str(data))}"
        app = f"{env} {shlex.quote(str(STUDYAPP))} study short --packs {shlex.quote(str(packs))}"
        command = f"exec env {app}" if args.wrapper == "plain" else f'trap "" HUP; env {app}; true'
        tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command)
        runs.append({"name": name, "data": data})
    for run in runs:
        if not wait_for(lambda: "End session" in tmux("capture-pane", "-p", "-t", run["name"]), 60):
            print(f"{run['name']}: the study screen never showed", file=sys.stderr)
            return 1
        for keys, saved in ((["x", "Enter"], 1), (["Enter", "x", "Enter"], 2)):
            tmux("send-keys", "-t", run["name"], *keys)
            wait_for(lambda: reviews(run["data"]) >= saved, 20)
        run["answers"] = reviews(run["data"])
        pane = int(tmux("list-panes", "-t", run["name"], "-F", "#{pane_pid}").split()[0])
        child = subprocess.run(["pgrep", "-P", str(pane)], capture_output=True, text=True).stdout.split()
        run["pid"] = pane if args.wrapper == "plain" else int(child[-1])
    times, left = [], 0
    for run in runs:
        began = time.monotonic()
        tmux("kill-session", "-t", run["name"])
        if wait_for(lambda: not alive(run["pid"]), 5):
            times.append(time.monotonic() - began)
        else:
            left += 1
            subprocess.run(["kill", "-9", str(run["pid"])], check=False)
    kept = sum(reviews(run["data"]) for run in runs)
    answered = sum(run["answers"] for run in runs)
    shutil.rmtree(root, ignore_errors=True)
    spread = f"{min(times):.2f}-{max(times):.2f} s (median {statistics.median(times):.2f})" if times else "-"
    print(f"| tmux kill-session, {args.wrapper} | {args.count} killed | still running 5 s later: {left} | exit times {spread} | answers kept {kept} / {answered} |")
    return 1 if left or kept != answered else 0


if __name__ == "__main__":
    sys.exit(main())

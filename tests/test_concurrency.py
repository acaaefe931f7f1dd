"""Two studyapp processes on one data folder (two terminals) answering at the same time."""

from __future__ import annotations

import sqlite3
import subprocess

import yaml

from crashkit import SAVED, replay, studyapp_command, verify

ANSWERS = 300


def _big_pack(folder, count: int = 400):
    folder.mkdir()
    questions = [
        {"id": f"q{i}", "type": "short", "category": "concept", "prompt": f"Word number {i}?", "answer": f"w{i}", "explanation": "e"}
        for i in range(count)
    ]
    (folder / "big.yaml").write_text(yaml.safe_dump({"id": "big", "title": "Big", "questions": questions}))
    return folder


def _drill(data, packs, *extra) -> list[str]:
    return [*studyapp_command(), "drill", "--data-dir", str(data), "--no-bundled", "--packs", str(packs), "--new", "1000", *extra]


def test_two_processes_answering_the_same_questions_at_once_lose_no_review(tmp_path):
    packs = _big_pack(tmp_path / "packs")
    data = tmp_path / "data"
    subprocess.run(_drill(data, packs, "--auto", "1"), check=True, capture_output=True)  # the database exists
    procs = [
        subprocess.Popen(_drill(data, packs, "--clock", "2026-03-02T09:00Z"), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:  # both started and idle: the answers then arrive at once
        assert proc.stdout.readline().startswith("ready")
    script = "".join("wrong\n" if i % 5 == 0 else "undo\n" if i % 17 == 0 else "right\n" for i in range(ANSWERS))
    results = []
    for proc in procs:
        proc.stdin.write(script)
        proc.stdin.flush()
    for proc in procs:
        proc.stdin.close()
        results.append((proc.stdout.read(), proc.stderr.read()))
        proc.wait(timeout=120)
    saved = []
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0 and err == "", err
        assert out.rstrip().splitlines()[-1].startswith("finished answered=")
        saved.append([int(m.group(1)) for m in SAVED.finditer(out)])
    first, second = (set(s) for s in saved)
    assert len(first) > ANSWERS * 0.8 and len(second) > ANSWERS * 0.8
    # Both were writing at the same time: their review ids interleave.
    assert min(second) < max(first) and min(first) < max(second)
    assert not first & second
    conn = sqlite3.connect(data / "progress.sqlite3")
    in_log = {row[0] for row in conn.execute("SELECT id FROM reviews WHERE kind != 'undo'")}
    # The two schedules are the one a single process gives answering in the log's order.
    replayed = replay(conn)
    conn.close()
    assert replayed == []
    assert first | second == in_log - {1}  # every review either process saved, and nothing else (1: the first run)
    # Each card holds the state after its newest standing answer, whichever process gave it.
    assert verify(data, sorted(first | second)) == []


def test_a_lock_held_too_long_gives_one_clear_line_not_a_traceback(tmp_path):
    packs = _big_pack(tmp_path / "packs", count=5)
    data = tmp_path / "data"
    first = subprocess.run(_drill(data, packs, "--auto", "2"), capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    holder = sqlite3.connect(data / "progress.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another studyapp in the middle of a very long write
    try:
        blocked = subprocess.run(_drill(data, packs, "--auto", "2", "--busy-timeout", "300"), capture_output=True, text=True, timeout=60)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert blocked.returncode == 1
    assert "Traceback" not in blocked.stderr and "database is locked" not in blocked.stderr
    assert blocked.stderr.strip().splitlines() == [
        f"studyapp: {data / 'progress.sqlite3'}: the database is busy (another studyapp is writing); try again in a moment"
    ]
    again = subprocess.run(_drill(data, packs, "--auto", "2"), capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    saved = [int(m.group(1)) for m in SAVED.finditer(first.stdout + again.stdout)]
    assert len(saved) == 4 and verify(data, saved) == []


def test_three_first_starts_on_an_empty_folder_all_create_the_database_cleanly(tmp_path):
    packs = _big_pack(tmp_path / "packs", count=20)
    data = tmp_path / "data"
    procs = [subprocess.Popen(_drill(data, packs, "--auto", "5"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [proc.communicate(timeout=60) for proc in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0 and err == "", err
    saved = [int(m.group(1)) for out, _ in outputs for m in SAVED.finditer(out)]
    assert len(saved) == 15
    assert verify(data, saved) == []

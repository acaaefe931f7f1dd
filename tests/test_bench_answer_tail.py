"""bench/answer_tail.py, the per-answer log of the suite's answering loop (issue 17), still runs: every answer
logged with its times, the response's kind, the question's type, the collector's passes and checkpoints; a
grader cache can be rebound with another bound for the run. No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_answer_log_runs_on_a_tiny_collection(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        from generate import write_collection, write_history
    finally:
        sys.path.remove(str(BENCH))
    data = tmp_path / "data"
    collection = write_collection(data, 40)
    write_history(data / "progress.sqlite3", collection.keys, 400)
    pristine = (data / "progress.sqlite3").read_bytes()
    out = tmp_path / "tail.json"
    argv = [sys.executable, str(BENCH / "answer_tail.py"), str(data), "--answers", "12", "--json", str(out), "--caches", "--max", "phrases.context=8"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "phrases.context" in result.stdout and "/8 " in result.stdout  # the rebound cache is the one answering used
    log = json.loads(out.read_text())
    assert log["peak_rss_kib"] > 0 and len(log["rows"]) == 12
    for row in log["rows"]:
        assert row["response"] in (1, 2, 3) and row["type"] in ("short", "choice", "truefalse", "numeric", "cloze", "order")
        assert row["cpu_ms"] >= 0 and row["ms"] > 0 and row["gc_passes"] >= 0 and row["checkpoint"] in (True, False)
    assert (data / "progress.sqlite3").read_bytes() == pristine  # answered on a copy

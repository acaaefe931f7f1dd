"""Opening the app does no work that can wait: cold start is a target (issue 8)."""

from __future__ import annotations

import subprocess
import sys

from conftest import EXAMPLE_PACKS


def test_plain_studyapp_does_not_import_every_command_first(tmp_path):
    code = (
        "import sys\n"
        "from studyapp.cli import main\n"
        "rc = main([])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('studyapp.commands.'))\n"
        "print(rc, loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.stdout.strip() == "2 ['studyapp.commands.study']"  # no terminal: the usual refusal
    assert "needs a terminal" in result.stderr


def test_the_cold_start_probe_reports_the_first_question_and_exits(tmp_path):
    import os

    report = tmp_path / "first.txt"
    env = {**os.environ, "STUDYAPP_BENCH_FIRST_QUESTION": str(report)}
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--packs", str(EXAMPLE_PACKS)], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shown_at, peak_kib, cpu_seconds, question = report.read_text().split()
    assert float(shown_at) > 0 and int(peak_kib) > 0 and float(cpu_seconds) > 0
    pack_id, question_id = question.split("/")  # drawn on the study screen ("none" if no session opened)
    assert pack_id and question_id

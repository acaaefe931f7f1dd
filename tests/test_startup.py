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


def test_a_start_imports_no_grader_yet_the_packs_names_reach_it_before_the_first_verdict(tmp_path):
    """The grader (about 20 ms of imports) and tomllib are left out until needed; the loaded
    packs' answers wait for the grader and guard its first verdict: another pack's answer
    ("Operation Kestrila") is a real name, so it is no typo of this one's ("Operation Kestrela")."""
    import os
    import time

    packs = tmp_path / "packs"
    packs.mkdir()
    for pack_id, answer in (("alpha", "Operation Kestrila"), ("beta", "Operation Kestrela")):
        (packs / f"{pack_id}.yaml").write_text(
            f"id: {pack_id}\ntitle: {pack_id}\nquestions:\n  - id: q1\n    type: short\n    category: operation\n"
            f"    prompt: Which operation, in the {pack_id} file?\n    answer: {answer}\n",
            encoding="utf-8",
        )
        os.utime(packs / f"{pack_id}.yaml", (time.time() - 3600,) * 2)  # settled: the pack cache keeps it
    from studyapp.context import Context
    from studyapp.paths import resolve_paths

    Context(resolve_paths(), extra_packs=[packs], bundled=False).load_packs()  # parsed once, as a first start does
    code = f"""
import sys
from datetime import datetime, timezone
from pathlib import Path
from studyapp.context import Context
from studyapp.paths import resolve_paths
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
import studyapp.tui.app, studyapp.tui.screens.study

context = Context(resolve_paths(), extra_packs=[Path({str(packs)!r})], bundled=False)
loaded = context.load_packs()
settings = context.settings
print("before", "studyapp.grading" in sys.modules, "tomllib" in sys.modules)
store = context.open_store()
beta = next(p for p in loaded.packs if p.id == "beta")
session = StudySession(store, Scheduler(fuzz=False), list(beta.questions), datetime.now(timezone.utc), seed=1)
question = session.next_question(datetime.now(timezone.utc))
outcome = session.answer(question, "Operation Kestrila", datetime.now(timezone.utc))
print("verdict", outcome.grade.correct, outcome.grade.reason)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:2] == ["before False False", "verdict False wrong"], result.stdout


def test_a_start_to_the_first_question_leaves_out_what_it_does_not_need(tmp_path):
    """The exam planner (no exam is set), the optimiser and the records an answer makes are
    imported when first used, not by a start (issue 17, tenth round); and the cyclic
    collector, paused for the start, runs again once the question is drawn."""
    last = _first_question_run(tmp_path, ["study", "--all"], "gc.isenabled(), ", ("studyapp.exam", "studyapp.optimize", "studyapp.records"))
    assert last == "0 True []"


def test_a_start_through_the_home_screen_imports_no_exam_planner_when_no_exam_is_set(tmp_path):
    """The home screen's exam panel asks the store whether any exam is set (one query)
    before importing the planner: with none, `studyapp` to its first question through the
    home screen leaves studyapp.exam out (issue 17, sixteenth round)."""
    assert _first_question_run(tmp_path, [], "", ("studyapp.exam", "studyapp.planner")) == "0 []"  # the home screen, then a question


def test_a_start_through_the_home_screen_leaves_its_counts_and_rich_markup_for_later(tmp_path):
    """The probe's session covers the home screen before it is drawn: its counts (and the records
    they make) are read when it shows, and its table's cells are plain text, so nothing on the way
    reads Rich markup, whose first use loads the emoji table (2.5 ms; issue 17, twenty-first round)."""
    assert _first_question_run(tmp_path, [], "", ("rich._emoji_codes", "studyapp.records")) == "0 []"


def _first_question_run(tmp_path, argv: list[str], also: str, modules: tuple[str, ...]) -> str:
    """`studyapp ARGV` on the example packs in a fresh process to its first question drawn; the last line it prints:
    the exit code, then ``also`` (an expression, with its ", "), then which of ``modules`` were imported by then."""
    import os

    report = tmp_path / "first.txt"
    code = (
        "import gc, sys\n"
        "from studyapp.cli import main\n"
        f"rc = main({[*argv, '--packs', str(EXAMPLE_PACKS)]!r})\n"
        f"print(rc, {also}sorted(m for m in {modules!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "STUDYAPP_BENCH_FIRST_QUESTION": str(report)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert report.read_text().split()[3] != "none"  # a question was drawn
    return result.stdout.strip().splitlines()[-1]

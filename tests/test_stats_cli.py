"""`studyapp stats` and `studyapp history` as the learner runs them: real processes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from conftest import EXAMPLE_PACKS
from studyapp.store import Store
from test_stats import card, review


def today_start() -> datetime:
    now = datetime.now(timezone.utc)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


@pytest.fixture
def data_dir(isolated_dirs):
    """The example pack in the user's pack folder and a small log around today (UTC)."""
    (isolated_dirs / "packs").mkdir(parents=True)
    shutil.copy(EXAMPLE_PACKS / "example.yaml", isolated_dirs / "packs" / "example.yaml")
    t = today_start()
    store = Store.open(isolated_dirs / "progress.sqlite3")
    conn = store.connection
    review(conn, t + timedelta(seconds=1), "example", "capital", True, category="place")  # today
    review(conn, t + timedelta(seconds=2), "example", "capital", True, category="place", undone=1)  # taken back
    review(conn, t - timedelta(hours=12), "example", "capital", True, before=2, category="place")  # yesterday
    review(conn, t - timedelta(hours=11), "example", "operation", False, before=2, category="operation")  # yesterday
    review(conn, t - timedelta(days=3), "example", "operation", True, category="operation")  # alone: no streak
    card(conn, "example", "capital", stability=10, last_review=t + timedelta(seconds=1), lapses=1, category="place")
    card(conn, "example", "operation", stability=3, last_review=t - timedelta(hours=11), lapses=2, category="operation")
    store.close()
    return isolated_dirs


def studyapp(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", *args], capture_output=True, text=True, env=os.environ.copy(), timeout=60
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_stats_json_gives_every_figure_for_scripts(data_dir):
    data = json.loads(studyapp("stats", "--json", "--tz", "UTC").stdout)
    assert data["timezone"] == "UTC" and data["today"] == today_start().date().isoformat()
    summary = data["summary"]
    assert (summary["seen"], summary["reviews_today"]) == (2, 1)  # the undone answer does not count
    assert (summary["current_streak"], summary["longest_streak"]) == (2, 2)  # yesterday and today
    assert "studied_this_week" not in summary and isinstance(summary["studied_this_week_minutes"], float)  # units in the key
    assert summary["due_now"] <= summary["due_today"]
    assert data["heatmap"][-1]["reviews"] == 1 and data["heatmap"][-2] == {
        "date": (today_start() - timedelta(days=1)).date().isoformat(),
        "reviews": 2,
        "correct": 1,
        "accuracy": 0.5,
    }
    assert data["retention"][0] == {"days": 7, "reviews": 2, "correct": 1, "rate": 0.5}
    example = next(p for p in data["packs"] if p["key"] == "example")
    assert (example["questions"], example["seen"], example["reviews"], example["correct"]) == (6, 2, 4, 3)
    assert [(w["question_id"], w["lapses"]) for w in data["weak_spots"]] == [("operation", 2), ("capital", 1)]
    assert len(data["forecast"]) == 30 and sum(d["due"] for d in data["forecast"]) == 2


def test_stats_from_the_pack_cache_gives_the_figures_of_the_parsed_packs(data_dir):
    """Once the packs are cached, `studyapp stats` reads their outlines (ids, categories,
    tags) and rebuilds no question: the figures must be those of the run that parsed them."""
    settled = time.time() - 60  # files this old are cached
    os.utime(data_dir / "packs" / "example.yaml", (settled, settled))
    first = json.loads(studyapp("stats", "--json", "--tz", "UTC").stdout)
    assert any((data_dir / "cache" / "packs").iterdir())
    second = json.loads(studyapp("stats", "--json", "--tz", "UTC").stdout)
    first.pop("generated_at"), second.pop("generated_at")
    assert second == first and second["weak_spots"][0]["prompt"]


def test_stats_prints_tables_without_importing_textual(data_dir):
    code = (
        "import sys\n"
        "from studyapp.cli import main\n"
        "rc = main(['stats', '--tz', 'UTC'])\n"
        "assert 'textual' not in sys.modules, 'studyapp stats imported textual'\n"
        "assert 'fsrs' not in sys.modules and 'studyapp.optimize' not in sys.modules, 'no fit: neither is needed'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Where you stand" in out and "Streak 2 day(s) (longest 2)" in out
    for heading in ("Reviews per day", "Due in the next 30 days", "True retention", "By pack", "By category", "Weak spots", "Sessions"):
        assert heading in out
    assert "Example pack" in out


def test_statistics_modules_are_headless():
    code = "import sys, studyapp.stats, studyapp.commands.stats, studyapp.commands.history; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_history_csv_exports_the_log_with_local_times(data_dir):
    rows = list(csv.DictReader(io.StringIO(studyapp("history", "--csv", "--tz", "Asia/Kolkata").stdout)))
    assert len(rows) == 4  # the undone answer is left out
    assert [r["question_id"] for r in rows] == ["operation", "capital", "operation", "capital"]  # oldest first
    first = datetime.fromisoformat(rows[0]["reviewed_at"])
    assert first.utcoffset() == timedelta(hours=5, minutes=30)
    assert first == today_start() - timedelta(days=3)
    assert rows[-1]["correct"] == "1" and rows[-1]["kind"] == "study" and rows[-1]["undone"] == "0"

    everything = list(csv.DictReader(io.StringIO(studyapp("history", "--csv", "--all").stdout)))
    assert len(everything) == 5 and sum(r["undone"] == "1" for r in everything) == 1

    since = (today_start() - timedelta(days=1)).date().isoformat()
    recent = list(csv.DictReader(io.StringIO(studyapp("history", "--csv", "--since", since, "--tz", "UTC").stdout)))
    assert len(recent) == 3


def test_history_writes_a_file_and_lists_the_latest(data_dir, tmp_path):
    target = tmp_path / "log.csv"
    result = studyapp("history", "--csv", "-o", str(target))
    assert "4 review(s) written" in result.stderr
    assert target.read_text().splitlines()[0].startswith("id,reviewed_at,pack_id,question_id")
    listing = studyapp("history", "--limit", "2", "--tz", "UTC").stdout
    assert "The latest 2 review(s)" in listing and "capital" in listing


@pytest.mark.parametrize(
    "args, message",
    [
        (("stats", "--tz", "Mars/Olympus"), "unknown time zone 'Mars/Olympus'"),
        (("history", "--csv", "--since", "2026-02-30"), "'2026-02-30' is not a date"),
    ],
)
def test_bad_options_get_one_clear_line(data_dir, args, message):
    result = studyapp(*args, check=False)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1

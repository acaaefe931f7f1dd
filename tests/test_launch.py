"""Starting straight into a session (`studyapp study --all`, `studyapp study PACK`), the
key bar at the bottom of every screen, and what start-up leaves unimported (issue 8)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import EXAMPLE_PACKS
from studyapp.context import Context
from studyapp.paths import resolve_paths

SIZE = (80, 24)


def make_app(clock, start=None, packs=(EXAMPLE_PACKS,)):
    from studyapp.tui.app import StudyApp

    context = Context(resolve_paths(None), list(packs), bundled=False)
    return StudyApp(context, clock=clock, seed=7, fuzz=False, start=start)


def stack(app) -> list[str]:
    return [type(screen).__name__ for screen in app.screen_stack]


async def test_study_all_opens_the_session_first_and_home_follows_it(clock):
    app = make_app(clock, start=[])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert stack(app) == ["LaunchScreen", "StudyScreen"]  # the home screen is not built yet
        assert app.screen.question is not None
        await pilot.press(*"Ottawa", "enter")
        await pilot.pause()
        await pilot.press("escape")  # end the session: the summary
        await pilot.pause()
        assert stack(app) == ["LaunchScreen", "SummaryScreen"]
        await pilot.press("enter")
        await pilot.pause()
        assert stack(app) == ["LaunchScreen", "HomeScreen"]
        # and from home, a session and back work as usual
        await pilot.press("a")
        await pilot.pause()
        assert stack(app) == ["LaunchScreen", "HomeScreen", "StudyScreen"]
        await pilot.press("escape")  # nothing answered: no summary (and no 0/0 session saved)
        await pilot.pause()
        assert stack(app) == ["LaunchScreen", "HomeScreen"]


async def test_study_pack_ids_draws_only_from_those_packs(clock, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "other.yaml").write_text(
        "id: other\ntitle: Other\nquestions:\n"
        "  - id: o1\n    type: short\n    category: place\n    prompt: Capital of France?\n    answer: Paris\n"
    )
    app = make_app(clock, start=["other"], packs=(EXAMPLE_PACKS, other))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.question.pack_id == "other"
        assert app.screen.session.remaining == 0  # the only question of "other" is on screen


async def test_nothing_to_study_at_launch_lands_on_home_with_a_note(clock, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "e.yaml").write_text("id: e\ntitle: E\nquestions:\n  - id: q\n    type: short\n    category: place\n    prompt: P?\n    answer: A\n    draft: true\n")
    app = make_app(clock, start=["e"], packs=(empty,))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert stack(app) == ["LaunchScreen", "HomeScreen"]
        assert any("Nothing due" in str(n.message) for n in app._notifications)


async def test_the_key_bar_shows_each_screens_keys_and_a_click_presses_one(clock):
    from studyapp.tui.widgets.keybar import KeyBar

    app = make_app(clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home_keys = dict(app.screen.query_one(KeyBar).shown)
        assert home_keys["a"] == "All due" and home_keys["g"] == "Progress" and home_keys["^p"] == "palette"
        await pilot.press("a")
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        study_keys = dict(bar.shown)
        assert study_keys["esc"] == "End session" and "a" not in study_keys
        # the bar is one line at the bottom of the screen
        assert bar.region.height == 1 and bar.region.bottom == SIZE[1]
        # a click on "esc End session" ends the session, as the key would
        column = next(start for start, _end, key, _enabled in bar._spans if key == "escape")
        await pilot.click(KeyBar, offset=(column + 1, 0))
        await pilot.pause()
        assert stack(app)[-1] == "HomeScreen"  # nothing was answered: straight home, no 0/0 summary


def run_cli(args, tmp_path):
    env = {**os.environ, "STUDYAPP_DATA_DIR": str(tmp_path / "data"), "STUDYAPP_CONFIG_DIR": str(tmp_path / "config")}
    return subprocess.run([sys.executable, "-m", "studyapp", *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60)


def test_an_unknown_pack_id_is_one_line_listing_the_known_ones(tmp_path):
    result = run_cli(["study", "--packs", str(EXAMPLE_PACKS), "nope"], tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "no pack with id 'nope'" in result.stderr and "example" in result.stderr


def test_the_cold_start_probe_with_study_all(tmp_path):
    report = tmp_path / "first.txt"
    env_args = ["study", "--all", "--packs", str(EXAMPLE_PACKS)]
    env = {**os.environ, "STUDYAPP_BENCH_FIRST_QUESTION": str(report), "STUDYAPP_DATA_DIR": str(tmp_path / "data"), "STUDYAPP_CONFIG_DIR": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "studyapp", *env_args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    pack_id, question_id = report.read_text().split()[3].split("/")
    assert pack_id and question_id


def test_a_start_from_the_pack_cache_imports_neither_yaml_nor_fsrs_nor_rapidfuzz(tmp_path):
    """PyYAML is needed only to parse a changed pack, FSRS and rapidfuzz only for the first
    answer (the study screen loads them while the first question is read)."""
    env = {**os.environ, "STUDYAPP_DATA_DIR": str(tmp_path / "data"), "STUDYAPP_CONFIG_DIR": str(tmp_path / "config")}
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from studyapp.context import Context\n"
        "from studyapp.paths import resolve_paths\n"
        "from studyapp.session import StudySession\n"
        "from studyapp.scheduling import Scheduler\n"
        f"context = Context(resolve_paths(None), [Path({str(EXAMPLE_PACKS)!r})], bundled=False)\n"
        "result = context.load_packs()\n"
        "import studyapp.tui.app\n"
        "print(sorted(m for m in ('yaml', 'fsrs', 'rapidfuzz') if m in sys.modules), len(result.packs))\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.stdout.split("]")[0] == "['yaml'"  # the first run parses the packs
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout.split()[0] == "[]", again.stdout

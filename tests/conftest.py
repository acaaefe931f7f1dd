"""Shared fixtures: a temporary data folder, a fake clock, the example pack."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE_PACKS = FIXTURES / "packs"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


class FakeClock:
    """A clock the tests move by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def pytest_configure(config):
    """Pilot's press and pause wait until the app looks idle: until a sleep of SLEEP_GRANULARITY (20 ms) passes with
    the process almost idle, twice a key. Those sleeps were most of the TUI tests' time (29 of 44 s in three files);
    10 ms windows, with the same idle ratio, halve it."""
    import textual._wait

    textual._wait.SLEEP_GRANULARITY = 0.01
    textual._wait.SLEEP_IDLE = textual._wait.SLEEP_GRANULARITY / 20


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Never touch the real data or config folders."""
    data = tmp_path / "data"
    monkeypatch.setenv("STUDYAPP_DATA_DIR", str(data))
    monkeypatch.setenv("STUDYAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TZ", "UTC")
    return data


@pytest.fixture(autouse=True)
def no_pack_names_from_other_tests():
    """The grader's set of real names (the loaded packs' answers) is process-wide: a
    test that loads packs must not change how the next test's answers are judged."""
    yield
    from studyapp.grading.names import forget_names
    from studyapp.session import forget_waiting_answers

    forget_names()
    forget_waiting_answers()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path):
    from studyapp.store import Store

    s = Store.open(tmp_path / "progress.sqlite3")
    yield s
    s.close()


@pytest.fixture
def example_pack():
    from studyapp.packs import load_packs

    result = load_packs([EXAMPLE_PACKS])
    assert not result.errors, result.errors
    return result.packs[0]

"""Clock changes: a clock moved back, a time-zone change between sessions, DST.

No crash, no negative interval, and days (the new-question limit, streaks)
are the learner's local days in the zone in force at the time.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from conftest import T0, FakeClock
from studyapp.commands.drill import right_response
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession, local_day_start, overview

UTC = timezone.utc


@pytest.fixture
def zone(monkeypatch):
    """Switch the process's local time zone, as the learner's computer would."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def answer_all(session, clock, wrong=()) -> list:
    """Answer until the session is done; a question in ``wrong`` is missed the first time only."""
    outcomes = []
    missed = set()
    while (question := session.next_question(clock())) is not None:
        miss = question.id in wrong and question.id not in missed and question.type == "short"
        missed.add(question.id)
        outcomes.append(session.answer(question, "no" if miss else right_response(question), clock.advance(seconds=30)))
        assert len(outcomes) < 50
    return outcomes


def assert_sane(scheduler, state, now) -> None:
    for rating, interval in scheduler.preview(state, now).items():
        assert interval >= timedelta(0), (rating, interval)
    assert 0.0 <= scheduler.retrievability(state, now) <= 1.0
    if state is not None and state.last_review is not None:
        assert state.due >= state.last_review


def test_a_review_dated_in_the_future_then_the_clock_moved_back(store, example_pack):
    scheduler = Scheduler(fuzz=False)
    clock = FakeClock(T0 + timedelta(days=30))  # the clock was a month ahead
    answer_all(StudySession.for_packs(store, scheduler, [example_pack], clock()), clock)
    clock.now = T0  # now set right: every review is "in the future"
    for state in store.cards(["example"]).values():
        assert_sane(scheduler, state, clock())
    session = StudySession.for_packs(store, scheduler, [example_pack], clock())
    assert session.next_question(clock()) is None  # nothing due yet, no crash
    question = example_pack.questions[0]
    before = store.card(*question.key)
    outcome = session.answer(question, right_response(question), clock())  # answered anyway (e.g. a mock exam)
    assert outcome.state_after.last_review >= before.last_review  # never "before" the last review
    assert outcome.state_after.due > clock()
    assert all(interval >= timedelta(0) for interval in outcome.intervals.values())
    assert_sane(scheduler, outcome.state_after, clock())
    session.undo(clock())
    assert store.card(*question.key) == before
    rows = overview(store, [example_pack], clock())
    assert rows[0].due == 0 and rows[0].new == 0


def test_the_clock_moving_back_during_a_session_gives_no_negative_time(store, clock, example_pack):
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [example_pack], clock())
    question = session.next_question(clock())
    session.answer(question, right_response(question), clock.advance(minutes=5))
    clock.advance(hours=-3)
    second = session.next_question(clock())
    outcome = session.answer(second, right_response(second), clock())
    assert all(interval >= timedelta(0) for interval in outcome.intervals.values())
    summary = session.finish(clock())
    assert summary.duration == timedelta(0) and summary.answered == 2


def new_in_queue(session, store) -> int:
    return sum(1 for q in session._queue if store.card(*q.key) is None)


def test_the_daily_new_limit_follows_the_local_day_across_a_time_zone_change(store, example_pack, zone):
    scheduler = Scheduler(fuzz=False)
    zone("America/Los_Angeles")
    clock = FakeClock(datetime(2026, 3, 3, 7, 0, tzinfo=UTC))  # 23:00 on the 2nd in Los Angeles
    first = StudySession.for_packs(store, scheduler, [example_pack], clock(), new_limit=2)
    assert new_in_queue(first, store) == 2
    answer_all(first, clock)
    first.finish(clock())
    # Two hours later it is a new local day (the UTC date has not changed): two more.
    clock.advance(hours=2)
    assert local_day_start(clock()) == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    second = StudySession.for_packs(store, scheduler, [example_pack], clock(), new_limit=2)
    assert new_in_queue(second, store) == 2
    answer_all(second, clock)
    second.finish(clock())
    # Flown to Tokyo: 18:30 on the 3rd there. That local day holds all four, so none is left.
    zone("Asia/Tokyo")
    clock.advance(minutes=30)
    assert local_day_start(clock()) == datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    third = StudySession.for_packs(store, scheduler, [example_pack], clock(), new_limit=2)
    assert new_in_queue(third, store) == 0
    # The next Tokyo day starts at its own midnight.
    clock.now = datetime(2026, 3, 3, 15, 1, tzinfo=UTC)
    fourth = StudySession.for_packs(store, scheduler, [example_pack], clock(), new_limit=2)
    assert new_in_queue(fourth, store) == 2


@pytest.mark.parametrize(
    "name, now, midnight",
    [
        ("America/New_York", datetime(2026, 3, 8, 15, 0, tzinfo=UTC), datetime(2026, 3, 8, 5, 0, tzinfo=UTC)),  # spring forward
        ("America/New_York", datetime(2026, 11, 1, 15, 0, tzinfo=UTC), datetime(2026, 11, 1, 4, 0, tzinfo=UTC)),  # fall back
        ("Europe/Paris", datetime(2026, 3, 29, 12, 0, tzinfo=UTC), datetime(2026, 3, 28, 23, 0, tzinfo=UTC)),
        ("Australia/Lord_Howe", datetime(2026, 10, 4, 2, 0, tzinfo=UTC), datetime(2026, 10, 3, 13, 30, tzinfo=UTC)),  # a 30-minute shift
    ],
)
def test_the_local_day_starts_at_the_real_midnight_on_dst_days(zone, name, now, midnight):
    zone(name)
    start = local_day_start(now)
    assert start.astimezone(UTC) == midnight
    assert start <= now < start + timedelta(hours=25)


@pytest.mark.parametrize("name", ["America/Santiago", "Asia/Beirut", "America/Havana", "Pacific/Apia"])
def test_a_day_whose_midnight_is_skipped_or_repeated_still_has_a_start(zone, name):
    zone(name)
    tz = ZoneInfo(name)
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    for _ in range(2 * 366):  # every local day of two years, through each DST change
        start = local_day_start(now)
        assert start <= now and now - start < timedelta(hours=26)
        assert start.astimezone(tz).date() in (now.astimezone(tz).date(), now.astimezone(tz).date() - timedelta(days=1))
        now += timedelta(hours=12)


def test_reviews_across_a_dst_change_never_get_a_negative_interval(store, example_pack, zone):
    zone("America/New_York")
    scheduler = Scheduler(fuzz=False)
    clock = FakeClock(datetime(2026, 3, 7, 23, 0, tzinfo=UTC))  # the evening before spring forward
    for _ in range(6):
        session = StudySession.for_packs(store, scheduler, [example_pack], clock())
        for outcome in answer_all(session, clock, wrong={"capital"}):
            assert all(interval >= timedelta(0) for interval in outcome.intervals.values())
            assert outcome.state_after.due >= outcome.answered_at
        session.finish(clock())
        clock.advance(hours=7)  # through 2 a.m. local, the hour that does not exist
    for state in store.cards().values():
        assert_sane(scheduler, state, clock())


def test_streaks_count_local_days_through_zone_changes_and_dst(store, example_pack, zone):
    stats = pytest.importorskip("studyapp.stats")
    scheduler = Scheduler(fuzz=False)
    tz = ZoneInfo("America/New_York")
    zone("America/New_York")
    # 23:30 and 00:30 local on either side of the spring-forward night: two days, same UTC date for one pair.
    times = [datetime(2026, 3, 7, 23, 30, tzinfo=tz), datetime(2026, 3, 8, 0, 30, tzinfo=tz), datetime(2026, 3, 9, 23, 59, tzinfo=tz)]
    for when in times:
        clock = FakeClock(when.astimezone(UTC))
        session = StudySession(store, scheduler, [example_pack.questions[0]], clock())
        session.answer(example_pack.questions[0], "Ottawa", clock())
    extra = StudySession(store, scheduler, [example_pack.questions[1]], clock())
    taken_back = extra.answer(example_pack.questions[1], right_response(example_pack.questions[1]), datetime(2026, 3, 11, 12, tzinfo=UTC))
    extra.undo(datetime(2026, 3, 11, 12, 1, tzinfo=UTC))
    assert taken_back.review_id
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert stats.streaks(store.connection, now, tz) == (3, 3)
    # The same log seen from Tokyo: 23:30 and 00:30 New York are 13:30 and 14:30 on the 8th
    # there, and 23:59 on the 9th is the 10th: two days with a gap, so no run longer than one.
    assert stats.streaks(store.connection, now, ZoneInfo("Asia/Tokyo")) == (1, 1)
    # A clock moved back before the last review: the future review does not break anything.
    assert stats.streaks(store.connection, datetime(2026, 3, 8, 12, 0, tzinfo=UTC), tz) == (2, 2)

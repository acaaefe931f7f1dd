"""Every figure of studyapp.stats against small review logs worked out by hand."""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from studyapp import stats
from studyapp.packs import Pack, Question
from studyapp.scheduling import REVIEW, CardState, Scheduler

UTC = timezone.utc
NEW_YORK = ZoneInfo("America/New_York")  # EST (-5) until 2026-03-08 02:00, then EDT (-4)
KOLKATA = ZoneInfo("Asia/Kolkata")  # +5:30, no DST
PARIS = ZoneInfo("Europe/Paris")  # CET (+1) until 2026-03-29 02:00, then CEST (+2)

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)  # a Tuesday
W = 0.1542  # FSRS-6 default decay parameter w20
F = 0.9 ** (-1 / W) - 1  # chosen so that recall is exactly 90% after S days


def R(days: int, stability: float) -> float:
    """FSRS-6 recall after whole ``days`` for a memory of ``stability`` days."""
    return (1 + F * days / stability) ** -W


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def database_at(path, version: int):
    """A database as schema ``version`` left it, without the later migrations: the upgrade tests' starting point."""
    from studyapp.store import MIGRATIONS, _statements

    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def review(conn, when, pack="alpha", qid="a1", correct=True, *, before=None, category="date", kind="study", undone=0):
    """One row of the log; ``before`` is the FSRS state before the answer (None: first answer)."""
    state_before = json.dumps({"state": before, "stability": 3.0}) if isinstance(before, int) else before
    conn.execute(
        "INSERT INTO reviews (pack_id, question_id, category, reviewed_at, correct, reason, rating, kind, state_before, state_after, undone)"
        " VALUES (?, ?, ?, ?, ?, 'x', 3, ?, ?, '{}', ?)",
        (pack, qid, category, when.timestamp(), int(correct), kind, state_before, undone),
    )


def card(conn, pack, qid, *, stability, last_review, due=None, lapses=0, reps=1, category="date", retired=0):
    due = due or (last_review + timedelta(days=stability))
    conn.execute(
        "INSERT INTO cards (pack_id, question_id, category, state, step, stability, difficulty, due, last_review, reps, lapses, introduced_at, retired)"
        " VALUES (?, ?, ?, 2, NULL, ?, 5.0, ?, ?, ?, ?, ?, ?)",
        (pack, qid, category, stability, due.timestamp(), last_review.timestamp(), reps, lapses, last_review.timestamp(), retired),
    )


def question(pack, qid, category="date", tags=(), draft=False) -> Question:
    return Question(pack_id=pack, id=qid, type="short", category=category, prompt=f"{qid}?", answer="x", tags=tuple(tags), draft=draft)


def pack(pack_id, title, *questions) -> Pack:
    return Pack(id=pack_id, title=title, path=Path(f"{pack_id}.yaml"), questions=tuple(questions))


# --- streaks: local days, midnight and time zones ---------------------------------------------


@pytest.fixture
def streak_log(store):
    conn = store.connection
    review(conn, utc(2026, 3, 5, 4, 30))  # New York: Wed 4th 23:30 EST
    review(conn, utc(2026, 3, 5, 5, 30))  # New York: Thu 5th 00:30, an hour later but another day
    review(conn, utc(2026, 3, 6, 15, 0))  # New York: Fri 6th 10:00
    review(conn, utc(2026, 3, 7, 15, 0), undone=1)  # taken back: Saturday stays empty
    review(conn, utc(2026, 3, 7, 15, 1), kind="undo")  # the undo event itself is no review
    review(conn, utc(2026, 3, 8, 6, 30))  # New York: Sun 8th 01:30 EST, before the clocks go forward
    review(conn, utc(2026, 3, 9, 3, 30))  # New York: Sun 8th 23:30 EDT, the same short day
    review(conn, utc(2026, 3, 10, 3, 59))  # New York: Mon 9th 23:59
    return conn


def test_streaks_count_local_days_across_midnight_and_dst(streak_log):
    # New York days: 4, 5, 6 | 8, 9 (7th only has an undone answer). Today, Tue 10th 08:00, has
    # nothing yet, so the current run is the one that ended yesterday.
    assert stats.active_days(streak_log, NEW_YORK) == [date(2026, 3, d) for d in (4, 5, 6, 8, 9)]
    assert stats.streaks(streak_log, NOW, NEW_YORK) == (2, 3)


def test_the_same_log_in_utc_gives_other_days(streak_log):
    # UTC days: 5 (two reviews), 6 | 8, 9, 10: the current run includes today.
    assert stats.active_days(streak_log, UTC) == [date(2026, 3, d) for d in (5, 6, 8, 9, 10)]
    assert stats.streaks(streak_log, NOW, UTC) == (3, 3)


def test_a_half_hour_zone_moves_an_evening_review_to_the_next_day(store):
    conn = store.connection
    review(conn, utc(2026, 3, 9, 10, 0))  # Kolkata 15:30 on the 9th
    review(conn, utc(2026, 3, 9, 19, 0))  # Kolkata 00:30 on the 10th; still the 9th in UTC
    assert stats.streaks(conn, NOW, KOLKATA) == (2, 2)
    assert stats.streaks(conn, NOW, UTC) == (1, 1)


def test_a_streak_ends_after_a_whole_day_without_reviews(store):
    review(store.connection, utc(2026, 3, 8, 12, 0))
    assert stats.streaks(store.connection, NOW, UTC) == (0, 1)  # nothing on the 9th or the 10th


# --- heatmap and weekly accuracy -----------------------------------------------------------------


def test_heatmap_counts_reviews_and_right_answers_per_local_day(streak_log):
    days = stats.heatmap(streak_log, NOW, NEW_YORK)
    assert len(days) == 365 and days[-1].day == date(2026, 3, 10) and days[0].day == date(2025, 3, 11)
    by_day = {d.day: (d.reviews, d.correct) for d in days if d.reviews}
    assert by_day == {
        date(2026, 3, 4): (1, 1),
        date(2026, 3, 5): (1, 1),
        date(2026, 3, 6): (1, 1),
        date(2026, 3, 8): (2, 2),
        date(2026, 3, 9): (1, 1),
    }


def test_heatmap_day_of_a_dst_change_has_23_hours(store):
    conn = store.connection
    review(conn, utc(2026, 3, 28, 23, 30))  # Paris 00:30 on the 29th (CET)
    review(conn, utc(2026, 3, 29, 21, 30), correct=False)  # Paris 23:30 on the 29th (CEST)
    review(conn, utc(2026, 3, 29, 22, 30))  # Paris 00:30 on the 30th: a fixed +1 offset would say the 29th
    days = stats.count_days(conn, [date(2026, 3, 29), date(2026, 3, 30)], PARIS)
    assert [(d.reviews, d.correct) for d in days] == [(2, 1), (1, 1)]
    assert days[0].accuracy == 0.5


def test_weekly_accuracy_folds_days_into_monday_weeks(store):
    conn = store.connection
    review(conn, utc(2026, 3, 2, 9))  # Monday
    review(conn, utc(2026, 3, 8, 20), correct=False)  # Sunday: same week
    review(conn, utc(2026, 3, 9, 9), correct=False)  # Monday: next week
    weeks = [w for w in stats.weekly(stats.heatmap(conn, NOW, UTC)) if w.reviews]
    assert [(w.day, w.reviews, w.correct) for w in weeks] == [(date(2026, 3, 2), 2, 1), (date(2026, 3, 9), 1, 0)]
    assert weeks[0].accuracy == 0.5


def test_heat_levels_grow_with_the_count():
    assert [stats.heat_level(n, 8) for n in (0, 1, 2, 3, 4, 6, 8)] == [0, 1, 1, 2, 2, 3, 4]
    assert stats.heat_level(5, 0) == 0


# --- true retention ------------------------------------------------------------------------------


def test_true_retention_counts_only_reviews_of_learned_questions(store):
    conn = store.connection
    review(conn, utc(2026, 3, 8, 9), before=REVIEW)  # 7d: right
    review(conn, utc(2026, 3, 8, 10), before=REVIEW, correct=False)  # 7d: wrong
    review(conn, utc(2026, 3, 9, 9), before=None)  # first answer: not learned yet
    review(conn, utc(2026, 3, 9, 10), before=1)  # learning step: not counted
    review(conn, utc(2026, 3, 9, 11), before=3, correct=False)  # relearning: not counted
    review(conn, utc(2026, 3, 9, 12), before="not json")  # a damaged row is skipped, not an error
    review(conn, utc(2026, 3, 10, 10), before=REVIEW, undone=1)  # taken back
    review(conn, utc(2026, 3, 10, 10, 1), before=REVIEW, kind="undo")  # the undo event
    review(conn, utc(2026, 3, 4, 9), before=REVIEW)  # 6 days ago: inside the last 7 days (4th..10th)
    review(conn, utc(2026, 3, 3, 23), before=REVIEW, correct=False)  # 7 days ago: 30d only
    review(conn, utc(2026, 2, 15, 9), before=REVIEW, kind="mock")  # a mock answer counts: 30d
    review(conn, utc(2025, 12, 1, 9), before=REVIEW)  # 365d
    review(conn, utc(2025, 3, 11, 0, 30), before=REVIEW, correct=False)  # first day of the 365
    review(conn, utc(2025, 3, 10, 23, 30), before=REVIEW)  # the day before: outside
    result = {r.days: (r.reviews, r.correct) for r in stats.retention(conn, NOW, UTC)}
    assert result == {7: (3, 2), 30: (5, 3), 365: (7, 4)}
    assert stats.retention(conn, NOW, UTC, windows=(7,))[0].rate == pytest.approx(2 / 3)


def test_no_reviews_means_no_retention_rate_rather_than_zero(store):
    assert [r.rate for r in stats.retention(store.connection, NOW, UTC)] == [None, None, None]


# --- forecast ----------------------------------------------------------------------------------------


def test_forecast_buckets_due_dates_into_local_days(store):
    conn = store.connection
    last = utc(2026, 2, 1)
    card(conn, "alpha", "c1", stability=1, last_review=last, due=utc(2026, 3, 1))  # overdue: today
    card(conn, "alpha", "c2", stability=1, last_review=last, due=utc(2026, 3, 10, 23))  # 19:00 today
    card(conn, "alpha", "c3", stability=1, last_review=last, due=utc(2026, 3, 11, 3, 30))  # 23:30 today in New York
    card(conn, "alpha", "c4", stability=1, last_review=last, due=utc(2026, 3, 11, 4, 30))  # 00:30 tomorrow
    card(conn, "alpha", "c5", stability=1, last_review=last, due=utc(2026, 4, 8, 12))  # the 30th day
    card(conn, "alpha", "c6", stability=1, last_review=last, due=utc(2026, 4, 9, 12))  # beyond
    card(conn, "alpha", "c7", stability=1, last_review=last, due=utc(2026, 3, 10), retired=1)  # retired
    card(conn, "alpha", "gone", stability=1, last_review=last, due=utc(2026, 3, 10))  # not in the pack any more
    card(conn, "gamma", "c8", stability=1, last_review=last, due=utc(2026, 3, 10))  # pack not loaded
    packs = [pack("alpha", "Alpha", *(question("alpha", f"c{i}") for i in range(1, 8)))]
    recall = stats.Recall(Scheduler(fuzz=False).parameters)
    forecast = stats.card_figures(conn, packs, NOW, NEW_YORK, recall).forecast
    assert len(forecast) == 30 and forecast[0][0] == date(2026, 3, 10) and forecast[29][0] == date(2026, 4, 8)
    assert {d: n for d, n in forecast if n} == {date(2026, 3, 10): 3, date(2026, 3, 11): 1, date(2026, 4, 8): 1}
    assert stats.card_figures(conn, packs, NOW, UTC, recall).forecast[0][1] == 2  # in UTC, c3 falls due tomorrow
    assert stats.compute(conn, packs, NOW, NEW_YORK).summary.due_today == 3


# --- recall, mastery, tables, exams, weak spots (the cards) ------------------------------------------


def test_recall_is_the_schedulers_retrievability():
    scheduler = Scheduler(fuzz=False)
    recall = stats.Recall(scheduler.parameters)
    for stability, hours in ((9, 3), (2.5, 48), (1, 100), (30, 24 * 40), (0.5, 23)):
        last = NOW - timedelta(hours=hours)
        state = CardState(state=REVIEW, step=None, stability=stability, difficulty=5, due=NOW, last_review=last)
        assert recall(stability, last.timestamp(), NOW.timestamp()) == pytest.approx(scheduler.retrievability(state, NOW), abs=1e-12)
    assert R(10, 10) == pytest.approx(0.9)
    assert recall(None, None, NOW.timestamp()) == 0.0


@pytest.fixture
def card_log(store):
    """Two packs, two exams; see the comments for each question's recall."""
    conn = store.connection
    card(conn, "alpha", "a1", stability=9, last_review=utc(2026, 3, 10, 9), reps=3)  # 0 days: R 1.0
    card(conn, "alpha", "a2", stability=2.5, last_review=utc(2026, 3, 8, 12), lapses=2, reps=6)  # 2 days
    card(conn, "alpha", "a3", stability=1, last_review=utc(2026, 3, 6, 12), lapses=2, reps=5)  # 4 days
    card(conn, "alpha", "a4", stability=5, last_review=utc(2026, 3, 1), retired=1)  # retired: unseen
    card(conn, "alpha", "gone", stability=5, last_review=utc(2026, 3, 1), lapses=9)  # no longer in the pack
    card(conn, "beta", "b1", stability=30, last_review=utc(2026, 3, 10, 11), lapses=1, reps=4)  # 0 days
    card(conn, "beta", "b2", stability=0.5, last_review=utc(2026, 3, 9, 12), category="operation")  # 1 day
    # accuracy: alpha/date 3 reviews 2 right, alpha/figure 2 reviews 1 right, beta/date 1 right,
    # beta/operation 1 wrong; the undone answer, the undo event and pack gamma do not count.
    for qid, correct in (("a1", True), ("a1", False), ("a3", True)):
        review(conn, utc(2026, 3, 5), "alpha", qid, correct)
    review(conn, utc(2026, 3, 5), "alpha", "a3", True, undone=1)
    review(conn, utc(2026, 3, 5), "alpha", "a3", False, kind="undo")
    for correct in (True, False):
        review(conn, utc(2026, 3, 6), "alpha", "a2", correct, category="figure")
    review(conn, utc(2026, 3, 7), "beta", "b1", True)
    review(conn, utc(2026, 3, 7), "beta", "b2", False, category="operation")
    for _ in range(5):
        review(conn, utc(2026, 3, 7), "gamma", "g1", True)
    conn.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('finals', '2026-03-20', '[\"alpha\"]', '[]', 0)")
    conn.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('quiz', '2026-03-15', '[]', '[\"core\"]', 0)")
    conn.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('old', '2026-03-01', '[]', '[]', 0)")
    packs = [
        pack(
            "alpha",
            "Alpha",
            question("alpha", "a1", tags=["core"]),  # both exams cover it: the quiz is nearer
            question("alpha", "a2", "figure"),
            question("alpha", "a3"),
            question("alpha", "a4", "person"),
            question("alpha", "a5", draft=True),  # drafts are not studied, not counted
        ),
        pack("beta", "Beta", question("beta", "b1", tags=["core"]), question("beta", "b2", "operation")),
    ]
    return conn, packs


def test_card_figures_recall_today_and_on_exam_day(card_log):
    conn, packs = card_log
    recall = stats.Recall(Scheduler(fuzz=False).parameters)
    exams = stats.upcoming_exams(conn, date(2026, 3, 10))
    assert [e.name for e in exams] == ["quiz", "finals"]  # 'old' is past
    figures = stats.card_figures(conn, packs, NOW, UTC, recall, exams, stats.accuracy_by_group(conn))

    a2, a3, b2 = R(2, 2.5), R(4, 1), R(1, 0.5)
    # exam day starts at midnight: quiz 15th, finals 20th
    a1_exam = R(4, 9)  # 10th 09:00 -> 15th 00:00: 4.6 days, 4 whole
    a2_exam = R(11, 2.5)  # 8th 12:00 -> 20th 00:00: 11.5 days
    a3_exam = R(13, 1)  # 6th 12:00 -> 20th 00:00: 13.5 days
    b1_exam = R(4, 30)  # 10th 11:00 -> 15th 00:00

    assert figures.seen == 5  # a1 a2 a3 b1 b2
    assert a2 > 0.9 > a3 and b2 < 0.9
    assert figures.mastered == 1  # b1: the only stability of 21 days or more (recall today says nothing of it)

    alpha, beta = figures.packs
    assert (alpha.key, alpha.questions, alpha.seen, alpha.reviews, alpha.correct) == ("alpha", 4, 3, 5, 3)
    assert alpha.recall_today == pytest.approx((1 + a2 + a3 + 0) / 4)
    assert alpha.recall_exam == pytest.approx((a1_exam + a2_exam + a3_exam + 0) / 4)
    assert (beta.questions, beta.seen, beta.reviews, beta.correct) == (2, 2, 2, 1)
    assert beta.recall_today == pytest.approx((1 + b2) / 2)
    assert beta.recall_exam == pytest.approx(b1_exam)  # b2 is in no exam

    categories = {c.key: c for c in figures.categories}
    assert list(categories) == ["date", "figure", "operation", "person"]
    assert (categories["date"].questions, categories["date"].seen, categories["date"].reviews, categories["date"].correct) == (3, 3, 4, 3)
    assert categories["date"].recall_today == pytest.approx((1 + a3 + 1) / 3)
    assert categories["operation"].recall_exam is None
    assert categories["person"].recall_today == 0.0 and categories["person"].accuracy is None

    quiz, finals = figures.exams
    assert (quiz.name, quiz.days_left, quiz.questions) == ("quiz", 5, 2)
    assert quiz.recall_today == pytest.approx(1.0)
    assert quiz.recall_exam == pytest.approx((a1_exam + b1_exam) / 2)
    assert (finals.days_left, finals.questions) == (10, 3)  # a2 a3 a4
    assert finals.recall_today == pytest.approx((a2 + a3) / 3)
    assert finals.recall_exam == pytest.approx((a2_exam + a3_exam) / 3)


def test_weak_spots_rank_lapses_first_then_lowest_recall(card_log):
    conn, packs = card_log
    recall = stats.Recall(Scheduler(fuzz=False).parameters)
    figures = stats.card_figures(conn, packs, NOW, UTC, recall)
    # a3 and a2 lapsed twice (a3 recalls less), b1 once, then b2 (R 0.5 days) before a1 (R 1.0)
    # a1 (never lapsed, recall 1.0, nothing wrong lately) is no weak spot at all
    assert [(w.question_id, w.lapses) for w in figures.weak_spots] == [("a3", 2), ("a2", 2), ("b1", 1), ("b2", 0)]
    assert figures.weak_spots[0].recall == pytest.approx(R(4, 1))
    assert [w.question_id for w in stats.card_figures(conn, packs, NOW, UTC, recall, weak_limit=2).weak_spots] == ["a3", "a2"]


def test_an_exam_on_the_day_itself_uses_the_recall_of_now(card_log):
    conn, packs = card_log
    conn.execute("UPDATE exams SET exam_date = '2026-03-10' WHERE name = 'finals'")
    figures = stats.card_figures(conn, packs, NOW, UTC, stats.Recall(Scheduler(fuzz=False).parameters), stats.upcoming_exams(conn, date(2026, 3, 10)))
    finals = next(e for e in figures.exams if e.name == "finals")
    assert finals.days_left == 0 and finals.recall_exam == pytest.approx(finals.recall_today)


# --- the cards pass holds one pack at a time: the same figures as a dict of every card -------------


def reference_card_figures(conn, packs, now, tz, recall, exams, accuracy, weak_limit):
    """The figures worked out the plain way, as card_figures first did them: every card in
    one dict, every seen question in one list, sorted in full. Packs and questions are
    visited in the same order, so the sums must agree to the last bit."""
    at = now.timestamp()
    today = now.astimezone(tz).date()
    loaded = [p.id for p in packs]
    cards = {
        (p, q): row
        for p, q, *row in conn.execute("SELECT pack_id, question_id, stability, last_review, lapses, reps, due FROM cards WHERE retired = 0")
        if p in loaded
    }
    exam_at = [max(stats.day_start(e.exam_date, tz), at) for e in exams]

    def r(stability, last_review, when):
        return (1 + recall.factor * max(0.0, (when - last_review) // 86400) / stability) ** recall.decay if stability and last_review is not None else 0.0

    groups: dict[tuple, list] = {}
    seen = mastered = due_now = 0
    candidates, dues = [], []
    for p in packs:
        groups.setdefault(("pack", p.id), [0, 0, 0.0, 0, 0.0])
        for q in p.study_questions:
            exam = next((i for i, e in enumerate(exams) if e.covers(q)), None)
            card = cards.get((p.id, q.id))
            today_r = exam_r = 0.0
            if card is not None:
                stability, last_review, lapses, reps, due = card
                seen += 1
                dues.append(due)
                due_now += due <= at
                today_r = r(stability, last_review, at)
                exam_r = r(stability, last_review, exam_at[exam]) if exam is not None else 0.0
                mastered += (stability or 0) >= stats.MASTERED_DAYS
                if lapses or today_r < stats.MASTERED:
                    candidates.append(((-lapses, today_r, p.id, q.id), stats.WeakSpot(p.id, q.id, q.category, q.prompt, lapses, reps, today_r)))
            keys = [("pack", p.id), ("category", q.category)] + ([("exam", exam)] if exam is not None else [])
            for key in keys:
                t = groups.setdefault(key, [0, 0, 0.0, 0, 0.0])
                t[0] += 1
                t[1] += card is not None
                t[2] += today_r
                if exam is not None:
                    t[3] += 1
                    t[4] += exam_r

    def row(key, title, kind, match):
        questions, seen_, r_today, covered, r_exam = groups[(kind, key)]
        n = sum(v[0] for g, v in accuracy.items() if match(g))
        k = sum(v[1] for g, v in accuracy.items() if match(g))
        return stats.GroupRow(key, title, questions, seen_, n, k, r_today / questions, r_exam / covered if covered else None)

    categories = sorted(k for kind, k in groups if kind == "category")
    outlooks = [
        stats.ExamOutlook(e.name, e.exam_date, (e.exam_date - today).days, t[0], t[2] / t[0], t[4] / t[0])
        for i, e in enumerate(exams)
        if (t := groups.get(("exam", i)))
    ]
    return stats.CardFigures(
        seen,
        mastered,
        [row(p.id, p.title, "pack", lambda g, i=p.id: g[0] == i) for p in packs],
        [row(c, c, "category", lambda g, c=c: g[1] == c and g[0] in loaded) for c in categories],
        outlooks,
        [spot for _, spot in sorted(candidates, key=lambda c: c[0])][: max(0, weak_limit)],
        stats.forecast(dues, now, tz),
        due_now,
        sum(len(stats.study_rows(p)) for p in packs),
    )


@pytest.fixture
def many_cards(store):
    """Four packs, listed out of alphabetical order, with question ids that sort otherwise
    than they are listed (q10 before q2), cards sharing lapses and recall across packs
    (ties the pack and question ids must break), retired cards, cards of questions no
    longer in their pack or of packs not loaded, unseen questions, drafts, and exams by
    pack, by tag and over everything."""
    import random

    conn = store.connection
    rng = random.Random(8)
    reviewed = [utc(2026, 3, d, h) for d in (1, 5, 9) for h in (8, 20)]
    packs = []
    for pack_id, title, size in (("zulu", "Zulu", 40), ("alpha", "Alpha", 35), ("mike", "Mike", 50), ("bravo", "Bravo", 25)):
        questions = []
        for n in rng.sample(range(1, 200), size):
            qid = f"q{n}"
            questions.append(question(pack_id, qid, rng.choice(["date", "figure", "place"]), tags=rng.choice([(), ("core",), ("extra", "core"), ("side",)]), draft=rng.random() < 0.05))
            if rng.random() < 0.75:
                card(conn, pack_id, qid, stability=rng.choice([0.5, 2.0, 7.0]), last_review=rng.choice(reviewed), lapses=rng.choice([0, 0, 1, 2]),
                     reps=rng.randint(1, 9), due=utc(2026, 3, 10) + timedelta(hours=rng.randint(-200, 900)), retired=int(rng.random() < 0.05))
        card(conn, pack_id, "gone", stability=1, last_review=utc(2026, 3, 1), lapses=9)  # no longer in the pack
        packs.append(pack(pack_id, title, *questions))
    card(conn, "yankee", "q1", stability=1, last_review=utc(2026, 3, 1), lapses=9)  # pack not loaded
    for qid, pack_id, category, correct in (("q1", "zulu", "date", True), ("q2", "alpha", "figure", False), ("q3", "yankee", "date", True), ("q4", "mike", "place", True)):
        review(conn, utc(2026, 3, 5), pack_id, qid, correct, category=category)
    for name, day, pack_ids, tags in (("side quiz", "2026-03-12", [], ["side"]), ("mike final", "2026-03-20", ["mike"], []), ("core", "2026-03-25", [], ["core"]), ("all", "2026-04-30", [], [])):
        conn.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES (?, ?, ?, ?, 0)", (name, day, json.dumps(pack_ids), json.dumps(tags)))
    return conn, packs


@pytest.mark.parametrize("with_exams", [True, False])
@pytest.mark.parametrize("batch", [3, 7, 1024])
@pytest.mark.parametrize("weak_limit", [0, 1, 2, 5, 13, 60, 10_000])
def test_card_figures_streamed_by_pack_equal_the_plain_pass(many_cards, monkeypatch, batch, weak_limit, with_exams):
    """Without an exam SQLite works out the whole days since each last review (with one,
    Python does, as for the exam day): the same figures either way."""
    conn, packs = many_cards
    monkeypatch.setattr(stats, "WEAK_BATCH", batch)  # cut the weak spots back many times over, mid-pack too
    recall = stats.Recall(Scheduler(fuzz=False).parameters)
    exams = stats.upcoming_exams(conn, NOW.date()) if with_exams else []
    accuracy = stats.accuracy_by_group(conn)
    assert len(exams) == (4 if with_exams else 0)
    for tz in (UTC, NEW_YORK):
        got = stats.card_figures(conn, packs, NOW, tz, recall, exams, accuracy, weak_limit)
        want = reference_card_figures(conn, packs, NOW, tz, recall, exams, accuracy, weak_limit)
        assert got == want  # exact: the same sums in the same order
    with_reason = len(reference_card_figures(conn, packs, NOW, tz, recall, exams, accuracy, 10**6).weak_spots)  # lapsed or recall < 0.9
    assert got.seen > 80 > with_reason > 50 and len(got.exams) == len(exams) and len(got.weak_spots) == min(weak_limit, with_reason)
    if weak_limit >= 60:
        ranks = [(w.lapses, w.recall) for w in got.weak_spots]
        assert len(set(ranks)) < len(ranks)  # there were ties to break


@pytest.mark.parametrize("with_exam", [True, False])
def test_recall_counts_whole_days_at_their_edges(store, with_exam):
    """Whole days since the last review at a day's edge, a hair either side of it, in the
    future (none) and far back, and a card due at each forecast day's end: as the plain pass."""
    conn = store.connection
    at = NOW.timestamp()
    lasts = [at - 86400, math.nextafter(at - 86400, math.inf), math.nextafter(at - 86400, 0), at, at + 3600, at - 86400 * 400.5, at - 1e-6]
    questions = []
    for n, last in enumerate(lasts):
        qid = f"e{n}"
        questions.append(question("edge", qid))
        card(conn, "edge", qid, stability=3.0, last_review=datetime.fromtimestamp(last, UTC), lapses=n % 2, due=NOW + timedelta(days=n))
    dues = stats.DueCounter(NOW, UTC)
    for n, end in enumerate(dues.ends[:5]):
        qid = f"d{n}"
        questions.append(question("edge", qid))
        card(conn, "edge", qid, stability=30.0, last_review=NOW - timedelta(days=2), due=datetime.fromtimestamp(end if n % 2 else math.nextafter(end, 0), UTC))
    for qid, (last,) in zip([f"e{n}" for n in range(len(lasts))], [(x,) for x in lasts]):  # the exact floats, not through datetime
        conn.execute("UPDATE cards SET last_review = ? WHERE pack_id = 'edge' AND question_id = ?", (last, qid))
    if with_exam:
        conn.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('edge', '2026-03-20', '[]', '[]', 0)")
    packs = [pack("edge", "Edge", *questions)]
    recall = stats.Recall(Scheduler(fuzz=False).parameters)
    exams = stats.upcoming_exams(conn, NOW.date())
    assert len(exams) == int(with_exam)
    got = stats.card_figures(conn, packs, NOW, UTC, recall, exams, {}, 20)
    assert got == reference_card_figures(conn, packs, NOW, UTC, recall, exams, {}, 20)
    assert got.seen == 12 and sum(n for _, n in got.forecast[:6]) >= 5


def test_weak_spot_ties_break_by_pack_then_question_id_whatever_the_order_packs_come_in(store, monkeypatch):
    conn = store.connection
    monkeypatch.setattr(stats, "WEAK_BATCH", 2)
    last = utc(2026, 3, 8, 12)
    for pack_id, qid in (("beta", "q2"), ("beta", "q10"), ("alpha", "q2"), ("alpha", "q10"), ("alpha", "q1")):
        card(conn, pack_id, qid, stability=2.5, last_review=last, lapses=1)  # all tied on lapses and recall
    card(conn, "beta", "q3", stability=2.5, last_review=utc(2026, 3, 7, 12), lapses=1)  # same lapses, a day more: weaker
    card(conn, "beta", "q4", stability=2.5, last_review=last, lapses=3)  # more lapses: first
    packs = [pack("beta", "Beta", *(question("beta", q) for q in ("q2", "q10", "q3", "q4"))), pack("alpha", "Alpha", *(question("alpha", q) for q in ("q2", "q1", "q10")))]
    recall = stats.Recall(Scheduler(fuzz=False).parameters)

    def order(limit):
        return [(w.pack_id, w.question_id) for w in stats.card_figures(conn, packs, NOW, UTC, recall, weak_limit=limit).weak_spots]

    everything = [("beta", "q4"), ("beta", "q3"), ("alpha", "q1"), ("alpha", "q10"), ("alpha", "q2"), ("beta", "q10"), ("beta", "q2")]
    assert order(10) == everything
    for limit in range(len(everything) + 1):
        assert order(limit) == everything[:limit]
    assert order(-1) == []
    packs.reverse()
    assert order(10) == everything


def test_the_cards_pass_never_holds_every_card(store):
    """20,000 cards in 8 packs: a dict of them all and a list of every seen question took
    9.3 MB at the pass's peak; one pack's cards at a time and the weak spots cut back
    to a batch, 1.3 MB (Python's allocations, as tracemalloc counts them)."""
    import tracemalloc

    conn = store.connection
    packs = []
    for p in range(8):
        pack_id = f"p{p}"
        conn.executemany(
            "INSERT INTO cards (pack_id, question_id, category, state, step, stability, difficulty, due, last_review, reps, lapses, introduced_at, retired)"
            " VALUES (?, ?, 'date', 2, NULL, 3.0, 5.0, ?, ?, 2, ?, 0, 0)",
            [(pack_id, f"q{i}", NOW.timestamp() + i * 600, NOW.timestamp() - i * 60, i % 3) for i in range(2500)],
        )
        packs.append(pack(pack_id, pack_id, *(question(pack_id, f"q{i}") for i in range(2500))))
    recall = stats.Recall(Scheduler(fuzz=False).parameters)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        figures = stats.card_figures(conn, packs, NOW, UTC, recall, weak_limit=10)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert figures.seen == 20_000 and len(figures.weak_spots) == 10
    assert peak < 2_000_000, f"the cards pass peaked at {peak / 1e6:.1f} MB"


def test_forecast_of_a_list_of_dues_matches_the_counter():
    dues = [utc(2026, 3, 1).timestamp(), utc(2026, 3, 11, 3, 30).timestamp(), utc(2026, 3, 11, 4, 30).timestamp(), utc(2026, 5, 1).timestamp()]
    days = stats.forecast(dues, NOW, NEW_YORK, days=3)
    assert days == [(date(2026, 3, 10), 2), (date(2026, 3, 11), 1), (date(2026, 3, 12), 0)]


# --- sessions, the summary, everything at once -------------------------------------------------------


def add_session(conn, start, end, answered, correct, packs="alpha", mode="study"):
    conn.execute(
        "INSERT INTO sessions (started_at, ended_at, packs, mode, answered, correct) VALUES (?, ?, ?, ?, ?, ?)",
        (start.timestamp(), end.timestamp() if end else None, packs, mode, answered, correct),
    )


def test_compute_puts_every_figure_together(card_log):
    conn, packs = card_log
    add_session(conn, utc(2026, 3, 8, 20), utc(2026, 3, 8, 20, 30), 10, 8)  # last week (Sunday)
    add_session(conn, utc(2026, 3, 9, 9), utc(2026, 3, 9, 9, 25), 5, 4, packs="alpha,beta")  # this week: 25 min
    add_session(conn, utc(2026, 3, 10, 8), None, 0, 0)  # opened, nothing answered
    review(conn, utc(2026, 3, 10, 9), "alpha", "a1", True)  # today
    result = stats.compute(conn, packs, NOW, UTC, Scheduler(fuzz=False).parameters)

    s = result.summary
    assert (s.questions, s.seen, s.mastered, s.reviews_today) == (6, 5, 1, 1)  # mastered: b1, stable 30 days
    assert s.due_today == 2  # a3 (overdue since the 7th) and b2 (10th 00:00); a2 falls due at midnight, tomorrow
    assert (s.current_streak, s.longest_streak) == (1, 3)  # reviews on the 5th, 6th, 7th, then today
    assert s.studied_this_week == 25 * 60
    assert [(h.answered, h.correct, h.packs) for h in result.sessions] == [(5, 4, ("alpha", "beta")), (10, 8, ("alpha",))]
    assert result.sessions[0].duration == timedelta(minutes=25) and result.sessions[0].accuracy == 0.8
    assert [e.name for e in result.exams] == ["quiz", "finals"] and len(result.weak_spots) == 5
    assert set(result.timings) >= {"heatmap", "streaks", "retention", "accuracy", "cards", "sessions", "total"}

    data = json.loads(json.dumps(stats.to_json(result)))  # plain JSON all the way down
    assert data["summary"]["seen"] == 5 and data["today"] == "2026-03-10" and data["timezone"] == "UTC"
    assert data["packs"][0]["accuracy"] == pytest.approx(4 / 6)  # the 5 reviews of card_log and today's
    assert data["retention"][0] == {"days": 7, "reviews": 0, "correct": 0, "rate": None}
    assert data["sessions"][0]["duration_seconds"] == 1500.0
    assert data["exams"][0]["exam_date"] == "2026-03-15"


def test_the_logs_figures_read_in_a_thread_equal_those_read_in_turn(card_log, monkeypatch):
    conn, _ = card_log
    review(conn, utc(2026, 3, 10, 9), "alpha", "a1", True)  # committed: the second connection sees it
    for tz in (UTC, NEW_YORK):
        apart = stats.LogFigures(conn, NOW, tz)
        assert apart._thread is not None  # a database file: read on a connection of its own
        days, runs, kept, timings = apart.result()
        assert days == stats.heatmap(conn, NOW, tz) and runs == stats.streaks(conn, NOW, tz) and kept == stats.retention(conn, NOW, tz)
        assert days[-1].reviews == 1 and set(timings) == {"heatmap", "streaks", "retention"}

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(stats.sqlite3, "connect", refuse)  # the thread cannot open it: read on the caller's connection
    assert stats.LogFigures(conn, NOW, UTC).result()[:3] == (stats.heatmap(conn, NOW, UTC), stats.streaks(conn, NOW, UTC), stats.retention(conn, NOW, UTC))


def test_retention_windows_read_in_parts_equal_each_window_read_whole(store):
    conn = store.connection
    for hours in range(0, 24 * 400, 17):  # learned and not, right and wrong, over 400 days
        review(conn, NOW - timedelta(hours=hours), "alpha", f"a{hours % 7}", hours % 3 > 0, before=2 if hours % 5 else None)
    for tz in (UTC, NEW_YORK):
        alone = [stats.retention(conn, NOW, tz, (n,))[0] for n in (30, 7, 1, 365)]
        assert stats.retention(conn, NOW, tz, (30, 7, 1, 365)) == alone and alone[0].reviews > alone[1].reviews > 0


def test_outlines_from_the_pack_cache_give_the_figures_of_the_packs(store, tmp_path):
    """`studyapp stats` works out its figures from outlines (ids, categories and tags read
    from the pack cache); every figure, the weak spots' prompts included, must be the
    packs' own, in every zone."""
    from conftest import EXAMPLE_PACKS

    from studyapp.pack_cache import PackCache
    from studyapp.packs import load_packs
    from studyapp.paths import BUNDLED_PACKS

    folders = [BUNDLED_PACKS, EXAMPLE_PACKS]
    loaded = load_packs(folders, cache=PackCache(tmp_path / "cache"))
    outlines = load_packs(folders, cache=PackCache(tmp_path / "cache").outlines())
    conn = store.connection
    for n, q in enumerate(q for p in loaded.packs for q in p.study_questions):
        if n % 3:
            card(conn, q.pack_id, q.id, stability=0.5 + n % 40, last_review=utc(2026, 3, 1 + n % 9), lapses=n % 4, category=q.category)
            review(conn, utc(2026, 3, 1 + n % 9), q.pack_id, q.id, n % 5 > 0, category=q.category)
    conn.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('soon', '2026-03-20', ?, '[]', 0)", (json.dumps([loaded.packs[0].id]),))
    for tz in (UTC, NEW_YORK):
        want = stats.compute(conn, loaded.packs, NOW, tz, weak_limit=40)
        got = stats.compute(conn, outlines.packs, NOW, tz, weak_limit=40)
        assert stats.to_json(got) == stats.to_json(want)
        assert len(got.weak_spots) == 40 and sum(bool(w.prompt) for w in got.weak_spots) > 30 and got.exams  # (a cloze has no prompt)


def test_an_empty_database_gives_zeros_not_errors(store):
    result = stats.compute(store.connection, [pack("alpha", "Alpha", question("alpha", "a1"))], NOW, UTC)
    s = result.summary
    assert (s.questions, s.seen, s.mastered, s.due_today, s.current_streak, s.longest_streak, s.studied_this_week) == (1, 0, 0, 0, 0, 0, 0)
    assert result.packs[0].accuracy is None and result.packs[0].recall_today == 0.0
    assert result.weak_spots == [] and result.sessions == [] and result.exams == []
    assert stats.compute(store.connection, [], NOW, UTC).summary.questions == 0


def test_a_broken_exam_row_is_skipped(store):
    store.connection.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('x', 'someday', '[]', '[]', 0)")
    store.connection.execute("INSERT INTO exams (name, exam_date, packs, tags, created_at) VALUES ('y', '2026-04-01', 'not json', '[]', 0)")
    assert stats.upcoming_exams(store.connection, date(2026, 3, 10)) == []


# --- the indexes that keep it fast -----------------------------------------------------------------


def plan(conn, sql: str, params=()) -> str:
    return " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_log_queries_read_the_statistics_indexes_not_the_table(store):
    conn = store.connection
    per_day = plan(conn, f"SELECT COUNT(*), TOTAL(correct) FROM reviews WHERE {stats.LIVE} AND reviewed_at >= ? AND reviewed_at < ?", (0, 1))
    assert "COVERING INDEX reviews_time" in per_day
    skip = plan(conn, f"SELECT MIN(reviewed_at) FROM reviews WHERE {stats.LIVE} AND reviewed_at >= ?", (0,))
    assert "COVERING INDEX reviews_time" in skip
    learned = plan(  # a day off the quarter-hour only (review_quarters holds the rest): the range, then its rows
        conn, f"SELECT COUNT(*), TOTAL(correct) FROM reviews WHERE {stats.LIVE} AND {stats.LEARNED} AND reviewed_at >= ? AND reviewed_at < ?", (0, 1)
    )
    assert "SEARCH reviews USING INDEX reviews_time" in learned


def test_recent_misses_search_the_time_range_not_the_whole_log(store):
    """Grouping by (pack, question) tempted SQLite into walking reviews_card end to end
    (1.7 s at 1,000,000 reviews, most of `studyapp stats`); the range search is 15 ms."""
    conn = store.connection
    review(conn, NOW - timedelta(days=1), "alpha", "q", False)
    review(conn, NOW - timedelta(days=40), "alpha", "q", False)
    executed: list[str] = []
    conn.set_trace_callback(executed.append)
    try:
        assert stats.recent_misses(conn, NOW - timedelta(days=7)) == {("alpha", "q"): 1}
    finally:
        conn.set_trace_callback(None)
    sql = next(s for s in executed if "GROUP BY" in s)
    used = plan(conn, sql)
    assert "SEARCH reviews USING" in used and "reviewed_at>" in used, used


def test_local_zone_follows_tz(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert stats.zone_name(stats.local_zone()) == "Asia/Kolkata"
    with pytest.raises(ValueError, match="unknown time zone 'Nowhere/Atlantis'"):
        stats.parse_zone("Nowhere/Atlantis")


def recount(conn) -> dict:
    sql = f"SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews WHERE {stats.LIVE} GROUP BY pack_id, category"
    return {(p, c): (n, k) for p, c, n, k in conn.execute(sql)}


def test_accuracy_totals_stay_equal_to_a_recount_of_the_log(store):
    """review_totals is kept by triggers: answers, undo, corrections and deletions all reach it."""
    import random

    conn = store.connection
    rng = random.Random(5)
    for step in range(300):
        action = rng.random()
        ids = [row[0] for row in conn.execute("SELECT id FROM reviews")]
        if action < 0.5 or not ids:
            review(conn, NOW - timedelta(minutes=step), rng.choice(["alpha", "beta"]), "q", rng.random() < 0.7,
                   category=rng.choice(["date", "figure"]), kind=rng.choice(["study", "study", "mock", "undo"]), undone=int(rng.random() < 0.1))
        elif action < 0.7:
            conn.execute("UPDATE reviews SET undone = 1 - undone WHERE id = ?", (rng.choice(ids),))
        elif action < 0.8:
            conn.execute("UPDATE reviews SET correct = 1 - correct, category = ? WHERE id = ?", (rng.choice(["date", "place"]), rng.choice(ids)))
        elif action < 0.9:
            conn.execute("UPDATE reviews SET rating = 4 WHERE id = ?", (rng.choice(ids),))  # what amend_rating touches: no change
        else:
            conn.execute("DELETE FROM reviews WHERE id = ?", (rng.choice(ids),))
        if step % 50 == 49:
            assert stats.accuracy_by_group(conn) == recount(conn)
    assert stats.accuracy_by_group(conn) == recount(conn) != {}


def raw_days(conn, spans, learned=False) -> list[tuple[int, int]]:
    """The log's own count of each span, as the figures were read before schema 16."""
    where = f"{stats.LIVE} AND {stats.LEARNED}" if learned else stats.LIVE
    sql = f"SELECT COUNT(*), TOTAL(correct) FROM reviews WHERE {where} AND reviewed_at >= ? AND reviewed_at < ?"
    return [(n, int(k)) for n, k in (conn.execute(sql, span).fetchone() for span in spans)]


KATHMANDU = ZoneInfo("Asia/Kathmandu")  # +5:45


def test_the_quarter_hour_counts_stay_equal_to_the_log(store):
    """review_quarters (schema 16) with the tail after the mark gives every day and window
    exactly what the log gives, through answers, folds, undo, corrections and deletions
    (the marked review's own included), in zones whose midnight is on the hour, half and
    three-quarter hour."""
    import random

    conn = store.connection
    rng = random.Random(16)
    states = [None, REVIEW, REVIEW, 1, 3, "not json"]
    for step in range(400):
        action = rng.random()
        ids = [row[0] for row in conn.execute("SELECT id FROM reviews")]
        if action < 0.5 or not ids:
            when = NOW - timedelta(minutes=rng.randrange(0, 60 * 24 * 40), seconds=rng.random() * 60)
            review(conn, when, "alpha", "q", rng.random() < 0.7, before=rng.choice(states),
                   kind=rng.choice(["study", "study", "mock", "undo"]), undone=int(rng.random() < 0.1))
        elif action < 0.65:
            conn.execute("UPDATE reviews SET undone = 1 - undone WHERE id = ?", (rng.choice(ids),))
        elif action < 0.75:
            conn.execute("UPDATE reviews SET correct = 1 - correct WHERE id = ?", (rng.choice(ids),))
        elif action < 0.8:
            conn.execute("UPDATE reviews SET state_before = ?, reviewed_at = reviewed_at - 3600 WHERE id = ?",
                         (json.dumps({"state": rng.choice([1, 2])}), rng.choice(ids)))
        elif action < 0.85:
            conn.execute("DELETE FROM reviews WHERE id = ?", (max(ids),))  # the marked review, if folded
        elif action < 0.9:
            conn.execute("DELETE FROM reviews WHERE id = ?", (rng.choice(ids),))
        else:
            store.fold_totals()
        if step % 40 == 39:
            for tz in (UTC, NEW_YORK, KOLKATA, KATHMANDU):
                days = stats.heatmap(conn, NOW, tz, days=45)
                spans = [(stats.day_start(d.day, tz), stats.day_start(d.day + timedelta(days=1), tz)) for d in days]
                assert [(d.reviews, d.correct) for d in days] == raw_days(conn, spans)
                today = NOW.astimezone(tz).date()
                end = stats.day_start(today + timedelta(days=1), tz)
                for kept in stats.retention(conn, NOW, tz):
                    span = (stats.day_start(today - timedelta(days=kept.days - 1), tz), end)
                    assert (kept.reviews, kept.correct) == raw_days(conn, [span], learned=True)[0]
    folded = conn.execute("SELECT COUNT(*) FROM reviews WHERE id <= (SELECT last_id FROM review_totals_mark)").fetchone()[0]
    assert folded > 50 and conn.execute("SELECT COUNT(*) FROM review_quarters").fetchone()[0] > 10


def test_a_review_falls_in_its_exact_quarter_hour(store):
    """floor(reviewed_at / 900) without floating-point rounding: a review a hair before a
    quarter-hour counts in the one before, and so before 1970."""
    from fractions import Fraction

    from studyapp.store import QUARTER_OF

    conn = store.connection
    edge = 1_773_000_000.0  # a quarter-hour (1,970,000 quarters)
    times = [edge, math.nextafter(edge, 0), math.nextafter(edge, math.inf), edge + 899.999, 0.0, -0.5, -900.0, math.nextafter(-900.0, 0), -901.0]
    for at in times:
        conn.execute("INSERT INTO reviews (pack_id, question_id, reviewed_at, correct, reason, rating, state_after) VALUES ('p', 'q', ?, 1, 'x', 3, '{}')", (at,))
    found = [q for (q,) in conn.execute(f"SELECT {QUARTER_OF} FROM reviews ORDER BY id")]
    assert found == [math.floor(Fraction(at) / 900) for at in times]
    store.fold_totals()
    spans = [(edge - 900, edge), (edge, edge + 900)]
    assert stats.span_counts(conn, spans) == [(1, 1.0), (3, 3.0)] == [(n, float(k)) for n, k in raw_days(conn, spans)]


def test_a_day_off_the_quarter_hour_is_read_from_the_log(store):
    """A zone whose midnight is not on a quarter-hour (a fixed +0:20 offset) reads the log."""
    conn = store.connection
    odd = timezone(timedelta(minutes=20))
    review(conn, datetime(2026, 3, 9, 0, 10, tzinfo=odd))
    review(conn, datetime(2026, 3, 9, 23, 59, tzinfo=odd), correct=False)
    review(conn, datetime(2026, 3, 10, 0, 0, tzinfo=odd))
    store.fold_totals()
    days = stats.count_days(conn, [date(2026, 3, 9), date(2026, 3, 10)], odd)
    assert [(d.reviews, d.correct) for d in days] == [(2, 1), (1, 1)]


def test_a_database_from_before_the_quarter_hours_gets_them_on_upgrade(tmp_path):
    """Opening a version 15 database counts its folded log into review_quarters."""
    from studyapp.store import Store

    path = tmp_path / "old.sqlite3"
    conn = database_at(path, 15)
    review(conn, utc(2026, 3, 9, 9), before=REVIEW)
    review(conn, utc(2026, 3, 9, 10), correct=False)
    review(conn, utc(2026, 3, 9, 11), undone=1)
    conn.execute("UPDATE review_totals_mark SET last_id = 2")
    review(conn, utc(2026, 3, 10, 9), before=REVIEW)  # after the mark: read from the log
    conn.close()
    upgraded = Store.open(path)
    conn = upgraded.connection
    quarters = conn.execute("SELECT TOTAL(reviews), TOTAL(correct), TOTAL(learned), TOTAL(learned_correct) FROM review_quarters").fetchone()
    assert quarters == (3, 2, 2, 2)  # the log up to the mark (schema 16), and the review after it (folded by schema 18)
    by_day = {d.day: (d.reviews, d.correct) for d in stats.heatmap(conn, NOW, UTC) if d.reviews}
    assert by_day == {date(2026, 3, 9): (2, 1), date(2026, 3, 10): (1, 1)}
    assert [(r.reviews, r.correct) for r in stats.retention(conn, NOW, UTC)] == [(2, 2)] * 3
    upgraded.close()


def test_a_database_from_before_statistics_gets_its_totals_on_upgrade(tmp_path):
    """Opening a version 2 database fills review_totals from the log it already has."""
    from studyapp.store import Store

    path = tmp_path / "old.sqlite3"
    conn = database_at(path, 2)
    review(conn, NOW, "alpha", "a1", True)
    review(conn, NOW, "alpha", "a1", False)
    review(conn, NOW, "alpha", "a1", True, undone=1)
    conn.close()
    upgraded = Store.open(path)
    assert stats.accuracy_by_group(upgraded.connection) == {("alpha", "date"): (2, 1)}
    upgraded.close()


def test_migration_statements_keep_trigger_bodies_whole():
    from studyapp.store import _statements

    script = "CREATE TABLE t (x TEXT DEFAULT ';');\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 'a;b';\n  DELETE FROM t WHERE 0;\nEND;\n"
    assert _statements(script) == [
        "CREATE TABLE t (x TEXT DEFAULT ';')",
        "CREATE TRIGGER g AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 'a;b';\n  DELETE FROM t WHERE 0;\nEND",
    ]

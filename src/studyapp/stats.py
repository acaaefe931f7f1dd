"""Where the learner stands: every figure of the Progress screen and `studyapp stats`.

Headless (no Textual) and read-only. The review log is never loaded into
Python: activity figures are SQL aggregates over the covering index by time
(reviews_time, schema 17), run once per local day where a day matters, so a million
reviews cost a few index range scans. Predicted recall needs the FSRS
formula, so the figures of the cards (recall today and on exam day,
mastery, weak spots, the due forecast) come from one pass over the card
rows of the loaded questions (one row per question seen), never the log,
read one pack at a time so that memory does not grow with the collection.
The log's figures (heatmap and retention from review_quarters, schema 16, and
streaks) run in a thread on a second connection meanwhile (``LogFigures``), and ``studyapp stats`` hands in
the packs' outlines from the pack cache instead of the questions themselves.

Days are the learner's local days in the zone passed in (``tz``), with its
daylight-saving rules: a review at 23:30 and one at 00:30 are two days of a
streak even when they fall on the same UTC date.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import field, fields
from datetime import date, datetime, time as dtime, timedelta, tzinfo
from operator import attrgetter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from studyapp.lean import lean_dataclass
from studyapp.packs import Pack, Question
from studyapp.scheduling import Scheduler, from_timestamp, require_aware
from studyapp.store import LEARNED, QUARTER, SESSIONS_LIVE  # what true retention counts, review_quarters' unit, the sessions with their tail

LIVE = "undone = 0 AND kind != 'undo'"
"""Reviews that count: not taken back by undo, and not the undo events themselves.
Its columns are in the index by time (schema 17), so the planner reads a range of it alone."""

MASTERED = 0.9
"""Predicted recall today below this makes a seen question a weak-spot candidate."""
MASTERED_DAYS = 21.0
"""A question is mastered when its FSRS stability is at least this many days: a 90%
chance of recall still three weeks after the last review (Anki calls such cards
mature). Recall today cannot say it: right after a review it is 100% for anything."""
MISSES_DAYS = 7
"""Wrong answers this recent make a question a weak spot, whatever its lapses."""
WEAK_BATCH = 1024
"""Weak-spot candidates held before they are cut back to the weakest (see card_figures)."""
HEATMAP_DAYS = 365
FORECAST_DAYS = 30
WEEKS = 52
RETENTION_WINDOWS = (7, 30, 365)


# --- time zones and local days ----------------------------------------------


def local_zone() -> tzinfo:
    """The learner's zone with its DST rules (``TZ``, else /etc/localtime, else the C library's)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    target = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in target:
        try:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
        except (ZoneInfoNotFoundError, ValueError):
            pass
    from dateutil.tz import tzlocal

    return tzlocal()


def zone_name(tz: tzinfo) -> str:
    return getattr(tz, "key", None) or datetime.now(tz).tzname() or "local"


def parse_zone(name: str) -> tzinfo:
    """An IANA zone by name; ValueError with a clear message otherwise."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Europe/Paris)") from None


def day_start(day: date, tz: tzinfo) -> float:
    """The instant (a timestamp) local ``day`` begins in ``tz``."""
    return datetime.combine(day, dtime(0), tzinfo=tz).timestamp()


def local_date(timestamp: float, tz: tzinfo) -> date:
    return datetime.fromtimestamp(timestamp, tz).date()


# --- what the figures are ---------------------------------------------------


@lean_dataclass(frozen=True, slots=True)
class Summary:
    questions: int
    seen: int
    mastered: int
    due_today: int
    reviews_today: int
    current_streak: int
    longest_streak: int
    studied_this_week: float
    """Seconds spent in sessions started since Monday (local)."""
    due_now: int = 0
    """Seen questions due at this moment: the home screen's "due now", counted the same way."""
    overruled: int = 0
    """Verdicts the learner overruled ("I was right"), all time: how often the grader was unfair."""


@lean_dataclass(frozen=True, slots=True)
class Day:
    day: date
    reviews: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.reviews if self.reviews else None


@lean_dataclass(frozen=True, slots=True)
class Retention:
    days: int
    reviews: int
    correct: int

    @property
    def rate(self) -> float | None:
        return self.correct / self.reviews if self.reviews else None


@lean_dataclass(frozen=True, slots=True)
class GroupRow:
    """One line of the table by pack or by category."""

    key: str
    title: str
    questions: int
    seen: int
    reviews: int
    correct: int
    recall_today: float
    """Mean predicted recall now over the row's questions; unseen ones count as 0."""
    recall_exam: float | None
    """The same on exam day, over the row's questions an upcoming exam covers (None: no exam)."""

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.reviews if self.reviews else None


@lean_dataclass(frozen=True, slots=True)
class ExamOutlook:
    name: str
    exam_date: date
    days_left: int
    questions: int
    recall_today: float
    recall_exam: float
    """Exam-day recall if you stop now (after ``with_plans``: the exam planner's own figure)."""
    recall_plan: float | None = None
    """Exam-day recall if you follow the plan (``with_plans``; None until then)."""


def with_plans(figures: "Stats", plans) -> "Stats":
    """The exam outlooks taken from the exam planner's plans (``studyapp.exam.plans_for``
    with ``predict=True``), so Progress and ``studyapp stats`` say exactly what
    ``studyapp exam show`` and the home screen say: the same questions, and the
    exam-day recall if you follow the plan and if you stop now."""
    from dataclasses import replace

    by_name = {plan.exam.name: plan for plan in plans}
    exams = []
    for outlook in figures.exams:
        plan = by_name.get(outlook.name)
        if plan is not None and plan.predicted is not None:
            outlook = replace(outlook, questions=len(plan.questions), recall_exam=plan.predicted_now, recall_plan=plan.predicted)
        exams.append(outlook)
    predicted = [plan for plan in plans if plan.predicted is not None]
    packs = _rows_from_plans(figures.packs, [plan.now_by_pack for plan in predicted])
    categories = _rows_from_plans(figures.categories, [plan.now_by_category for plan in predicted])
    return replace(figures, exams=exams, packs=packs, categories=categories)


def _rows_from_plans(rows: list["GroupRow"], sums: list[dict[str, tuple[float, int]]]) -> list["GroupRow"]:
    """Each row's "if you stop now" from the planners' own figures (their calibrated memory model),
    so the rows add up to the exam's headline; a row no plan covers keeps the plain estimate."""
    from dataclasses import replace

    out = []
    for row in rows:
        total = count = 0
        for by_key in sums:
            value, n = by_key.get(row.key, (0.0, 0))
            total += value
            count += n
        if count and row.recall_exam is not None:
            row = replace(row, recall_exam=total / count)
        out.append(row)
    return out


@lean_dataclass(frozen=True, slots=True)
class WeakSpot:
    pack_id: str
    question_id: str
    category: str
    prompt: str
    lapses: int
    reps: int
    recall: float
    misses: int = 0
    """Wrong answers in the last MISSES_DAYS days."""


@lean_dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    started_at: datetime
    ended_at: datetime | None
    packs: tuple[str, ...]
    mode: str
    answered: int
    correct: int

    @property
    def duration(self) -> timedelta:
        return (self.ended_at - self.started_at) if self.ended_at else timedelta(0)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None


@lean_dataclass(slots=True)
class Stats:
    now: datetime
    tz: tzinfo
    summary: Summary
    heatmap: list[Day]
    forecast: list[tuple[date, int]]
    weekly: list[Day]
    """Per local week (``day`` is its Monday), oldest first."""
    retention: list[Retention]
    packs: list[GroupRow]
    categories: list[GroupRow]
    exams: list[ExamOutlook]
    weak_spots: list[WeakSpot]
    sessions: list[SessionRow]
    timings: dict[str, float] = field(default_factory=dict)
    """Milliseconds per part, for the benchmark."""

    @property
    def today(self) -> date:
        return self.now.astimezone(self.tz).date()


# --- the review log (SQL only) -------------------------------------------------


def count_days(conn: sqlite3.Connection, days: Sequence[date], tz: tzinfo) -> list[Day]:
    """Reviews and right answers on each local day (see :func:`span_counts`)."""
    spans = [(day_start(day, tz), day_start(day + timedelta(days=1), tz)) for day in days]
    return [Day(day, count, int(correct)) for day, (count, correct) in zip(days, span_counts(conn, spans))]


def span_counts(conn: sqlite3.Connection, spans: Sequence[tuple[float, float]], learned: bool = False) -> list[tuple[int, float]]:
    """(live reviews, right answers) with ``start <= reviewed_at < end`` for each
    (start, end) of ``spans`` (apart from each other); ``learned``: of learned
    questions only (true retention).

    Read from review_quarters (schema 16: the log up to review_totals' mark, by
    quarter-hour), a few rows a day, plus the reviews after the mark from the log, in
    one read transaction so that a fold between the two neither counts a review twice
    nor misses it. A bound off the quarter-hour (a zone with an offset such as +0:20,
    or a store without the table) is read from the log: one index range per span."""
    ordered = sorted(spans)
    if all(start % QUARTER == 0 and end % QUARTER == 0 for start, end in spans) and all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:])):
        try:
            with _snapshot(conn):
                return _quarter_counts(conn, spans, learned)
        except sqlite3.OperationalError:
            pass  # no review_quarters (a store from before schema 16 that was never migrated)
    where = f"{LIVE} AND {LEARNED}" if learned else LIVE
    sql = f"SELECT COUNT(*), TOTAL(correct) FROM reviews WHERE {where} AND reviewed_at >= ? AND reviewed_at < ?"
    return [conn.execute(sql, span).fetchone() for span in spans]


def _quarter_counts(conn: sqlite3.Connection, spans: Sequence[tuple[float, float]], learned: bool) -> list[tuple[int, float]]:
    count, right = ("learned", "learned_correct") if learned else ("reviews", "correct")
    sql = f"SELECT TOTAL({count}), TOTAL({right}) FROM review_quarters WHERE quarter >= ? AND quarter < ?"
    totals = [list(conn.execute(sql, (int(start) // QUARTER, int(end) // QUARTER)).fetchone()) for start, end in spans]
    where = f"{LIVE} AND {LEARNED}" if learned else LIVE
    tail = conn.execute(f"SELECT reviewed_at, correct FROM reviews WHERE id > (SELECT last_id FROM review_totals_mark) AND {where}").fetchall()
    if tail:
        order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        starts = [spans[i][0] for i in order]
        for at, correct in tail:
            slot = bisect.bisect_right(starts, at) - 1
            if slot >= 0 and at < spans[order[slot]][1]:
                entry = totals[order[slot]]
                entry[0] += 1
                entry[1] += correct
    return [(int(count), correct) for count, correct in totals]


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction, unless the caller has one open already (then it is that one)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def heatmap(conn: sqlite3.Connection, now: datetime, tz: tzinfo, days: int = HEATMAP_DAYS) -> list[Day]:
    """Every local day of the last ``days`` (today included), oldest first."""
    today = require_aware(now).astimezone(tz).date()
    return count_days(conn, [today - timedelta(days=i) for i in range(days - 1, -1, -1)], tz)


def active_days(conn: sqlite3.Connection, tz: tzinfo, until: datetime | None = None) -> list[date]:
    """Local days with at least one review, oldest first.

    A skip scan: one index seek per active day (jump to the first review at or
    after the next local midnight), so it costs days, not reviews.
    """
    sql = f"SELECT MIN(reviewed_at) FROM reviews WHERE {LIVE} AND reviewed_at >= ?"
    limit = until.timestamp() if until else float("inf")
    days: list[date] = []
    cursor = float("-inf")
    while True:
        first = conn.execute(sql, (cursor,)).fetchone()[0]
        if first is None or first >= limit:
            return days
        day = local_date(first, tz)
        days.append(day)
        cursor = day_start(day + timedelta(days=1), tz)


def streaks(conn: sqlite3.Connection, now: datetime, tz: tzinfo) -> tuple[int, int]:
    """(current, longest) runs of consecutive local days with reviews.

    The current streak still counts yesterday's run when nothing has been
    reviewed yet today: the day is not over.
    """
    now = require_aware(now)
    today = now.astimezone(tz).date()
    days = active_days(conn, tz, until=datetime.combine(today + timedelta(days=1), dtime(0), tzinfo=tz))
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and (today - previous).days <= 1 else 0
    return current, longest


def heat_level(reviews: int, peak: int, levels: int = 4) -> int:
    """0 for a day off, else 1..levels in proportion to the busiest day."""
    if reviews <= 0 or peak <= 0:
        return 0
    return max(1, min(levels, -(-reviews * levels // peak)))


def weekly(days: Sequence[Day], weeks: int = WEEKS) -> list[Day]:
    """Daily counts folded into local weeks (Monday first), the last ``weeks`` of them."""
    totals: dict[date, list[int]] = {}
    for day in days:
        monday = day.day - timedelta(days=day.day.weekday())
        entry = totals.setdefault(monday, [0, 0])
        entry[0] += day.reviews
        entry[1] += day.correct
    return [Day(monday, *totals[monday]) for monday in sorted(totals)][-weeks:]


def retention(conn: sqlite3.Connection, now: datetime, tz: tzinfo, windows: Iterable[int] = RETENTION_WINDOWS) -> list[Retention]:
    """True retention over the last N local days (today included): right answers
    among reviews of questions already learned (FSRS Review state before the answer)."""
    now = require_aware(now)
    today = now.astimezone(tz).date()
    end = day_start(today + timedelta(days=1), tz)
    # The windows nest (7 days lie inside 30): each review is read once, in the part of
    # the nearest window it falls in, and the wider windows add up the parts.
    sizes = sorted(set(windows))
    spans = []
    upto = end
    for n in sizes:
        start = min(upto, day_start(today - timedelta(days=n - 1), tz))
        spans.append((start, upto))
        upto = start
    totals: dict[int, tuple[int, int]] = {}
    count = correct = 0
    for n, (part, right) in zip(sizes, span_counts(conn, spans, learned=True)):
        count, correct = count + part, correct + int(right)
        totals[n] = (count, correct)
    return [Retention(n, *totals[n]) for n in windows]


def accuracy_by_group(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[int, int]]:
    """(pack, category) -> (reviews, right answers) over the whole log.

    Read from ``review_totals``, which holds
    ``SELECT pack_id, category, COUNT(*), SUM(correct) FROM reviews WHERE LIVE GROUP BY 1, 2``
    over the log up to its mark, plus the reviews after the mark read from the log
    (``store.TOTALS_TAIL``, a search by id); that scan took 70-150 ms over a million
    reviews, this well under one.
    """
    from studyapp.store import TOTALS_TAIL

    found: dict[tuple[str, str], list[int]] = {}
    for p, c, n, k in (*conn.execute("SELECT pack_id, category, reviews, correct FROM review_totals"), *conn.execute(TOTALS_TAIL)):
        pair = found.setdefault((p, c), [0, 0])
        pair[0] += n
        pair[1] += k or 0
    return {key: (n, k) for key, (n, k) in found.items() if n > 0}


def studied_since(conn: sqlite3.Connection, since: datetime) -> float:
    """Seconds spent in sessions started at or after ``since``."""
    row = conn.execute(
        f"SELECT TOTAL(MAX(0, COALESCE(ended_at, started_at) - started_at)) FROM {SESSIONS_LIVE} WHERE started_at >= ?",
        (since.timestamp(),),
    ).fetchone()
    return row[0]


def overruled_count(conn: sqlite3.Connection) -> int:
    """Answers marked right by the learner after a wrong verdict (partial index reviews_overruled)."""
    return conn.execute("SELECT COUNT(*) FROM reviews WHERE overruled = 1 AND undone = 0").fetchone()[0]


def recent_misses(conn: sqlite3.Connection, since: datetime) -> dict[tuple[str, str], int]:
    """Wrong answers per question since ``since`` (a range of the live reviews' time index).

    ``GROUP BY +pack_id``: without it SQLite walks the whole (pack, question) index to
    skip the sort, a million rows at 1,000,000 reviews (1.7 s instead of 15 ms)."""
    rows = conn.execute(
        f"SELECT pack_id, question_id, COUNT(*) FROM reviews WHERE {LIVE} AND reviewed_at >= ? AND correct = 0 GROUP BY +pack_id, +question_id",
        (since.timestamp(),),
    )
    return {(p, q): n for p, q, n in rows}


def session_history(conn: sqlite3.Connection, limit: int = 50) -> list[SessionRow]:
    """The latest sessions in which something was answered, newest first (each with its answers after the mark: schema 18)."""
    rows = conn.execute(
        f"SELECT id, started_at, ended_at, packs, mode, answered, correct FROM {SESSIONS_LIVE} WHERE answered > 0 ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        SessionRow(i, from_timestamp(s), from_timestamp(e) if e is not None else None, tuple(p for p in packs.split(",") if p), mode, a, c)
        for i, s, e, packs, mode, a, c in rows
    ]


# --- the cards (one row per question seen) -------------------------------------


class DueCounter:
    """Counts due times (timestamps) into the next ``days`` local days as they come, so
    the cards pass keeps no list of them; today also counts the overdue."""

    __slots__ = ("today", "ends", "counts")

    def __init__(self, now: datetime, tz: tzinfo, days: int = FORECAST_DAYS) -> None:
        self.today = require_aware(now).astimezone(tz).date()
        self.ends = [day_start(self.today + timedelta(days=i + 1), tz) for i in range(days)]
        """When each day ends: a due time falls on the first day ending after it."""
        self.counts = [0] * days

    def add(self, due: float) -> None:
        index = bisect.bisect_right(self.ends, due)
        if index < len(self.counts):
            self.counts[index] += 1

    def days(self) -> list[tuple[date, int]]:
        return [(self.today + timedelta(days=i), n) for i, n in enumerate(self.counts)]


def forecast(dues: Iterable[float], now: datetime, tz: tzinfo, days: int = FORECAST_DAYS) -> list[tuple[date, int]]:
    """How many of ``dues`` (timestamps) fall on each of the next ``days`` local days;
    today also counts the overdue."""
    counter = DueCounter(now, tz, days)
    for due in dues:
        counter.add(due)
    return counter.days()


class Recall:
    """FSRS-6 retrievability over plain numbers, exactly as ``Scheduler.retrievability``
    computes it (whole days elapsed, as the fsrs package counts them)."""

    def __init__(self, parameters: Sequence[float]) -> None:
        self.decay = -parameters[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def __call__(self, stability: float | None, last_review: float | None, at: float) -> float:
        if stability is None or last_review is None:
            return 0.0
        elapsed = max(0.0, (at - last_review) // 86400)
        return (1 + self.factor * elapsed / stability) ** self.decay


@lean_dataclass(frozen=True, slots=True)
class Exam:
    name: str
    exam_date: date
    packs: frozenset[str]
    tags: frozenset[str]

    def covers(self, question: Question) -> bool:
        """An exam with neither packs nor tags covers everything."""
        if not self.packs and not self.tags:
            return True
        return question.pack_id in self.packs or not self.tags.isdisjoint(question.tags)


def upcoming_exams(conn: sqlite3.Connection, today: date) -> list[Exam]:
    """Exams on or after ``today``, nearest first (rows that do not parse are skipped)."""
    exams = []
    for name, exam_date, packs, tags in conn.execute("SELECT name, exam_date, packs, tags FROM exams"):
        try:
            when = date.fromisoformat(exam_date)
            exam = Exam(name, when, frozenset(json.loads(packs or "[]")), frozenset(json.loads(tags or "[]")))
        except (ValueError, TypeError):
            continue
        if when >= today:
            exams.append(exam)
    return sorted(exams, key=lambda e: (e.exam_date, e.name))


@lean_dataclass(frozen=True, slots=True)
class CardFigures:
    seen: int
    mastered: int
    packs: list[GroupRow]
    categories: list[GroupRow]
    exams: list[ExamOutlook]
    weak_spots: list[WeakSpot]
    forecast: list[tuple[date, int]]
    due_now: int = 0
    questions: int = 0
    """The study questions of the packs passed (what the summary counts)."""


def study_rows(pack) -> Sequence[tuple[str, str, tuple[str, ...]]]:
    """(question id, category, tags) of each of a pack's study questions, in order: read
    from a loaded :class:`Pack`, or kept ready by an outline (``studyapp.pack_cache``),
    which the figures of ``studyapp stats`` use instead of the questions themselves."""
    rows = getattr(pack, "study_rows", None)
    return rows if rows is not None else tuple(map(_STUDY_ROW, pack.study_questions))


_STUDY_ROW = attrgetter("id", "category", "tags")


def study_question(pack, index: int) -> Question | None:
    """The ``index``-th study question itself (an outline loads its pack for it; None if
    the file lost the question since the outline was read: the weak spot shows no prompt)."""
    get = getattr(pack, "study_question", None)
    return get(index) if get is not None else pack.study_questions[index]


def card_figures(
    conn: sqlite3.Connection,
    packs: Sequence[Pack],
    now: datetime,
    tz: tzinfo,
    recall: Recall,
    exams: Sequence[Exam] = (),
    accuracy: dict[tuple[str, str], tuple[int, int]] | None = None,
    weak_limit: int = 10,
    misses: dict[tuple[str, str], int] | None = None,
) -> CardFigures:
    """Recall today and on exam day, mastery, weak spots and the due forecast for
    every question of ``packs`` (an unseen one recalls 0), in one pass.

    ``packs`` are loaded packs or their outlines (see :func:`study_rows`). Each
    question counts towards the nearest upcoming exam that covers it; on exam day
    means the start of that local day (or now, when it is today).

    Memory stays flat whatever the collection's size: the card rows are read
    one pack at a time (a range of the cards' primary key), never a dict of
    every card (25 MB at 100,000 questions), and the weak-spot candidates are
    cut back to the ``weak_limit`` weakest whenever they reach ``WEAK_BATCH``
    (a list of every seen question was 8 MB more). The packs and their
    questions are visited in the given order, as before, so the sums, and so
    the figures, are the same to the last bit (an unseen question adds 0.0,
    which changes no sum: it is only counted).
    """
    now = require_aware(now)
    at = now.timestamp()
    today = now.astimezone(tz).date()
    accuracy = accuracy or {}
    exam_at = [max(day_start(e.exam_date, tz), at) for e in exams]
    decay, factor = recall.decay, recall.factor
    dues = DueCounter(now, tz)
    ends, due_counts, n_days = dues.ends, dues.counts, len(dues.counts)
    # A card as four values, SQLite doing what it does exactly: the day of the forecast it falls
    # on (bisect_right over the days' ends; n_days: later), whether it is due now and its lapses
    # packed in one small integer, and the whole days since its last review ((at - last_review)
    # // 86400 as Python floors it, none before it) or, with an exam, the last review itself.
    # Python's sqlite3 lets go of the GIL and takes it back around every row and every column's
    # type (3.11): six columns, two floats of them, cost half the pass at 100,000 questions.
    # A weak spot's reps are read for the few listed.
    shift = (2 * n_days + 1).bit_length()  # lapses above the day and the due-now bit
    day_mask = (1 << (shift - 1)) - 1
    since = "last_review" if exams else "MAX(CAST(? - last_review AS INTEGER) / 86400, 0)"
    days = " + ".join(["(due >= ?)"] * n_days) or "0"
    pack_cards = (
        f"SELECT question_id, stability, {since}, lapses * {1 << shift}"
        f" + (CASE WHEN due >= ? THEN {n_days} WHEN due < ? THEN 0 ELSE {days} END) * 2 + (due <= ?)"
        " FROM cards WHERE retired = 0 AND pack_id = ?"
    )
    bounds = ([] if exams else [at]) + ([ends[-1], ends[0], *ends] if ends else [float("inf"), float("-inf")]) + [at]

    # per pack, category and exam: [questions, seen, recall today, covered by an exam, recall on exam day]
    by_pack: dict[str, list] = {}
    by_category: dict[str, list] = {}
    n_exams = len(exams)
    by_exam = [[0, 0, 0.0, 0, 0.0] for _ in exams]
    weak: list[tuple] = []
    weak_batch = max(WEAK_BATCH, 2 * weak_limit)
    bar_rank, bar_recall = float("inf"), float("inf")  # the last weak spot kept at the latest cut
    mastered_days, weak_below = MASTERED_DAYS, MASTERED  # locals: read 70,000 times
    seen = mastered = due_now = questions = 0
    pack_misses: dict[str, dict[str, int]] = {}  # by pack, so a card's look-up builds no key
    for (pack_id, question_id), n in (misses or {}).items():
        pack_misses.setdefault(pack_id, {})[question_id] = n
    tagged = [(i, e.tags) for i, e in enumerate(exams) if e.tags]
    with _snapshot(conn):  # every pack's cards as of one moment, and the weak spots' reps
        for pack in packs:
            pack_id = pack.id
            tally = by_pack.setdefault(pack_id, [0, 0, 0.0, 0, 0.0])
            p_questions, p_seen, p_today, p_covered, p_exam = tally
            cards = {row[0]: row for row in conn.execute(pack_cards, (*bounds, pack_id))}
            missed_in = pack_misses.get(pack_id)
            # the nearest exam covering the whole pack; a tagged exam before it may cover single questions
            pack_exam = next((i for i, e in enumerate(exams) if (not e.packs and not e.tags) or pack_id in e.packs), n_exams)
            earlier_tags = [(i, tags) for i, tags in tagged if i < pack_exam]
            rows = study_rows(pack)  # a cached pack unmarshals them at every call: once here
            p_questions += len(rows)
            questions += len(rows)
            for index, (question_id, category_name, tags) in enumerate(rows):
                exam_index = pack_exam
                if earlier_tags and tags:
                    exam_index = next((i for i, exam_tags in earlier_tags if not exam_tags.isdisjoint(tags)), pack_exam)
                category = by_category.get(category_name)
                if category is None:
                    category = by_category[category_name] = [0, 0, 0.0, 0, 0.0]
                category[0] += 1
                card = cards.get(question_id)
                if card is None:  # unseen: recalls 0, so it is only counted
                    if exam_index < n_exams:
                        exam = by_exam[exam_index]
                        exam[0] += 1
                        exam[3] += 1
                        category[3] += 1
                        p_covered += 1
                    continue
                _, stability, last, packed = card
                seen += 1
                day = packed >> 1 & day_mask
                if day < n_days:
                    due_counts[day] += 1
                due_now += packed & 1
                lapses = packed >> shift
                r_today = r_exam = 0.0
                if stability and last is not None:
                    if not n_exams:  # last: whole days since the last review
                        r_today = (1 + factor * last / stability) ** decay
                    else:  # last: the last review
                        elapsed = (at - last) // 86400  # whole days, none before the last review
                        r_today = (1 + factor * (elapsed if elapsed > 0.0 else 0.0) / stability) ** decay
                        if exam_index < n_exams:
                            elapsed = (exam_at[exam_index] - last) // 86400
                            r_exam = (1 + factor * (elapsed if elapsed > 0.0 else 0.0) / stability) ** decay
                mastered += (stability or 0.0) >= mastered_days
                missed = missed_in.get(question_id, 0) if missed_in else 0
                # a weak spot has a reason to be one: lapses, recent wrong answers, or low recall
                if weak_limit > 0 and (lapses or missed or r_today < weak_below):
                    rank = -(lapses + missed)
                    # once cut back, a candidate after the last one kept on both keys is after all the
                    # weak_limit kept: it can never be listed (most candidates at 100,000: 47,000 lapsed)
                    if rank < bar_rank or (rank == bar_rank and not r_today > bar_recall):
                        weak.append((rank, r_today, pack_id, question_id, pack, index, category_name, lapses, missed))
                        if len(weak) >= weak_batch:
                            # nsmallest is stable, so cutting back early keeps the final order, ties included
                            weak = heapq.nsmallest(weak_limit, weak)
                            bar_rank, bar_recall = weak[-1][0], weak[-1][1]
                category[1] += 1
                category[2] += r_today
                p_seen += 1
                p_today += r_today
                if exam_index < n_exams:
                    exam = by_exam[exam_index]
                    exam[0] += 1
                    exam[1] += 1
                    exam[2] += r_today
                    exam[3] += 1
                    exam[4] += r_exam
                    category[3] += 1
                    category[4] += r_exam
                    p_covered += 1
                    p_exam += r_exam
            tally[:] = p_questions, p_seen, p_today, p_covered, p_exam

        listed = heapq.nsmallest(weak_limit, weak)
        reps_sql = "SELECT reps FROM cards WHERE pack_id = ? AND question_id = ?"
        reps_of = {(p, q): conn.execute(reps_sql, (p, q)).fetchone()[0] for _, _, p, q, *_ in listed}

    # accuracy by pack, and by category over the loaded packs: one pass over the (pack, category) totals
    loaded = {p.id for p in packs}
    pack_totals: dict[str, list[int]] = {}
    category_totals: dict[str, list[int]] = {}
    for (pack_id, category_name), (reviews, correct) in accuracy.items():
        totals = pack_totals.setdefault(pack_id, [0, 0])
        totals[0] += reviews
        totals[1] += correct
        if pack_id in loaded:
            totals = category_totals.setdefault(category_name, [0, 0])
            totals[0] += reviews
            totals[1] += correct

    def row(key: str, title: str, t: list, totals: list[int] | None) -> GroupRow:
        questions, seen, today, covered, exam = t
        reviews, correct = totals or (0, 0)
        return GroupRow(key, title, questions, seen, reviews, correct, today / questions if questions else 0.0, exam / covered if covered else None)

    pack_rows = [row(p.id, p.title, by_pack[p.id], pack_totals.get(p.id)) for p in packs]
    category_rows = [row(c, c, by_category[c], category_totals.get(c)) for c in sorted(by_category)]
    outlooks = [
        ExamOutlook(e.name, e.exam_date, (e.exam_date - today).days, t[0], t[2] / t[0], t[4] / t[0])
        for e, t in zip(exams, by_exam)
        if t[0]
    ]
    # (pack, question) is unique, so the tuples never compare further than the first four items
    spots = []
    for _, r, p, q, pack, index, category_name, lapses, missed in listed:
        question = study_question(pack, index)
        prompt = "" if question is None else question.prompt or " ".join(question.stem.split())
        spots.append(WeakSpot(p, q, category_name, prompt, lapses, reps_of.get((p, q), 0), r, missed))
    return CardFigures(seen, mastered, pack_rows, category_rows, outlooks, spots, dues.days(), due_now, questions)


# --- everything at once --------------------------------------------------------------


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The pass over the cards allocates a few small tuples per card (rows, weak-spot
    candidates), and in the TUI each collection they trigger walks the app's 100,000
    objects too: 130 ms instead of 40 measured with 10,000 cards (when the pass still
    held them all). Nothing here makes reference cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class LogFigures:
    """The figures of the review log alone, as of ``now``: the heatmap, the streaks and
    true retention. They need no packs, so they are read on a second, read-only
    connection in a thread, while the caller loads packs or works out the card figures
    in Python. (They were year-long index scans, about 0.2 s at 1,000,000 reviews; since
    schema 16 they read review_quarters, a few milliseconds, and the thread is a tie.)

    The second connection sees what is committed, as the caller's does (every answer
    is committed before the next question shows). Without a database file (``:memory:``),
    or when the thread cannot open or read it, the same queries run on the caller's
    connection when :meth:`result` is asked, so a failure reads as it always did."""

    def __init__(self, conn: sqlite3.Connection, now: datetime, tz: tzinfo) -> None:
        self.conn, self.now, self.tz = conn, require_aware(now), tz
        self._result: tuple | None = None
        self._thread = None
        path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
        if path:
            import threading

            self._thread = threading.Thread(target=self._read_apart, args=(path,), name="stats-log", daemon=True)
            self._thread.start()

    def _read_apart(self, path: str) -> None:
        from pathlib import Path

        try:
            conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, timeout=5.0)
            try:
                self._result = self._read(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # read again on the caller's connection, where a real problem shows as before

    def _read(self, conn: sqlite3.Connection) -> tuple:
        timings: dict[str, float] = {}
        clock = time.perf_counter()
        kept = retention(conn, self.now, self.tz)  # first: three long scans overlap best
        timings["retention"] = (time.perf_counter() - clock) * 1000
        clock = time.perf_counter()
        days = heatmap(conn, self.now, self.tz)
        timings["heatmap"] = (time.perf_counter() - clock) * 1000
        clock = time.perf_counter()
        runs = streaks(conn, self.now, self.tz)
        timings["streaks"] = (time.perf_counter() - clock) * 1000
        return days, runs, kept, timings

    def result(self) -> tuple[list[Day], tuple[int, int], list[Retention], dict[str, float]]:
        """(heatmap, (current, longest) streak, retention, milliseconds per part)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._result is None:
            self._result = self._read(self.conn)
        return self._result  # type: ignore[return-value]


def compute(
    conn: sqlite3.Connection,
    packs: Sequence[Pack],
    now: datetime,
    tz: tzinfo,
    parameters: Sequence[float] | None = None,
    *,
    weak_limit: int = 10,
    session_limit: int = 50,
    log: LogFigures | None = None,
) -> Stats:
    """Every figure for ``packs`` (the loaded ones, or their outlines) as of ``now``;
    activity figures cover the whole log. ``log``: the log's figures, if already started
    (``studyapp stats`` starts them before it loads the packs)."""
    now = require_aware(now)
    started = time.perf_counter()
    if log is None:
        log = LogFigures(conn, now, tz)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        t = time.perf_counter()
        timings[name] = (t - clock) * 1000
        clock = t

    today = now.astimezone(tz).date()
    accuracy = accuracy_by_group(conn)
    lap("accuracy")
    recall = Recall(parameters if parameters is not None else Scheduler(fuzz=False).parameters)
    with no_cyclic_gc():
        misses = recent_misses(conn, now - timedelta(days=MISSES_DAYS))
        cards = card_figures(conn, packs, now, tz, recall, upcoming_exams(conn, today), accuracy, weak_limit, misses)
    lap("cards")
    monday = today - timedelta(days=today.weekday())
    studied = studied_since(conn, datetime.combine(monday, dtime(0), tzinfo=tz))
    history = session_history(conn, session_limit)
    lap("sessions")
    days, (current, longest), kept, log_timings = log.result()
    lap("log wait")
    timings.update(log_timings)
    summary = Summary(
        questions=cards.questions,
        seen=cards.seen,
        mastered=cards.mastered,
        due_today=cards.forecast[0][1] if cards.forecast else 0,
        reviews_today=days[-1].reviews if days else 0,
        current_streak=current,
        longest_streak=longest,
        studied_this_week=studied,
        due_now=cards.due_now,
        overruled=overruled_count(conn),
    )
    timings["total"] = (time.perf_counter() - started) * 1000
    return Stats(now, tz, summary, days, cards.forecast, weekly(days), kept, cards.packs, cards.categories, cards.exams, cards.weak_spots, history, timings)


# --- plain data for --json ---------------------------------------------------------------


_NAMES: dict[type, tuple[str, ...]] = {}


def _fields(figure) -> dict:
    """A figure's fields as a dict, as ``dataclasses.asdict`` gives them for these flat classes
    (no field holds a dataclass or a container), without its deep copy of every value."""
    names = _NAMES.get(type(figure))
    if names is None:
        names = _NAMES[type(figure)] = tuple(f.name for f in fields(figure))
    return {name: getattr(figure, name) for name in names}


def summary_json(summary: Summary) -> dict:
    """The summary with its units in the key names: seconds become studied_this_week_minutes."""
    values = _fields(summary)
    values["studied_this_week_minutes"] = round(values.pop("studied_this_week") / 60, 1)
    return values


def to_json(stats: Stats) -> dict:
    """Everything as JSON-ready data: dates ISO, rates 0..1 or null."""

    def day(d: Day) -> dict:
        return {"date": d.day.isoformat(), "reviews": d.reviews, "correct": d.correct, "accuracy": d.accuracy}

    def group(g: GroupRow) -> dict:
        return {**_fields(g), "accuracy": g.accuracy}

    return {
        "generated_at": stats.now.isoformat(),
        "timezone": zone_name(stats.tz),
        "today": stats.today.isoformat(),
        "summary": summary_json(stats.summary),
        "heatmap": [day(d) for d in stats.heatmap],
        "forecast": [{"date": d.isoformat(), "due": n} for d, n in stats.forecast],
        "weekly_accuracy": [{"week": w.day.isoformat(), "reviews": w.reviews, "correct": w.correct, "accuracy": w.accuracy} for w in stats.weekly],
        "retention": [{"days": r.days, "reviews": r.reviews, "correct": r.correct, "rate": r.rate} for r in stats.retention],
        "packs": [group(g) for g in stats.packs],
        "categories": [group(g) for g in stats.categories],
        "exams": [{**_fields(e), "exam_date": e.exam_date.isoformat()} for e in stats.exams],
        "weak_spots": [_fields(w) for w in stats.weak_spots],
        "sessions": [
            {
                "id": s.id,
                "started_at": s.started_at.isoformat(),
                "ended_at": s.ended_at.isoformat() if s.ended_at else None,
                "packs": list(s.packs),
                "mode": s.mode,
                "answered": s.answered,
                "correct": s.correct,
                "duration_seconds": s.duration.total_seconds(),
            }
            for s in stats.sessions
        ],
    }

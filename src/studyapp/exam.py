"""Exams: a date, the packs or tags it covers, and a daily budget.

An exam changes what a study session shows: for the questions it covers,
today's reviews and new questions come from the planner (``studyapp.planner``)
instead of plain FSRS due dates. A question belongs to the nearest upcoming
exam that covers it. The card states stay ordinary FSRS states throughout, so
after the exam scheduling simply carries on from them: nothing is lost.

The exam is taken to be at ``EXAM_HOUR`` local time on its date; until then
it is "upcoming".
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from studyapp.packs import Question
from studyapp.scheduling import REVIEW, CardState, Scheduler
from studyapp.store import Store

EXAM_HOUR = 9
"""Exams are assumed to start at 9:00 local time on their date."""
DEFAULT_BUDGET = 200
"""Questions a day the plan assumes when the exam sets no budget."""
DEFAULT_SECONDS_PER_QUESTION = 20.0
"""Used to turn a budget in minutes into questions until the log says better."""
NAME_MAX = 60


class ExamError(ValueError):
    """Bad exam input, worth one clear line."""


@dataclass(frozen=True, slots=True)
class Exam:
    id: int
    name: str
    date: date
    packs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    daily_reviews: int | None = None
    daily_minutes: int | None = None
    marking: str | None = None
    """The mock exams' marking scheme as typed (studyapp.marking); None: plain, one mark a right answer."""
    final_reserve: float | None = None
    """The planner's final reserve for this exam (planner.choose_reserve); None: chosen when first planned."""

    @property
    def moment(self) -> datetime:
        """When the exam starts, as aware UTC."""
        local = datetime.combine(self.date, time(EXAM_HOUR)).astimezone()
        return local.astimezone(timezone.utc)

    def upcoming(self, now: datetime) -> bool:
        return now < self.moment

    def days_to(self, now: datetime) -> float:
        """Days (fractional) from ``now`` to the start of the exam."""
        return max(0.0, (self.moment - now).total_seconds() / 86400)

    def days_left(self, now: datetime) -> int:
        """Calendar days from the learner's today to the exam date."""
        return (self.date - now.astimezone().date()).days

    def covers(self, question: Question) -> bool:
        """Whether the exam asks this question: its pack or one of its tags is named (nothing named: everything)."""
        if not self.packs and not self.tags:
            return True
        return question.pack_id in self.packs or bool(set(question.tags) & set(self.tags))

    @property
    def scope(self) -> str:
        parts = []
        if self.packs:
            parts.append("packs " + ", ".join(self.packs))
        if self.tags:
            parts.append("tags " + ", ".join(self.tags))
        return "; ".join(parts) or "every pack"

    @property
    def budget_text(self) -> str:
        parts = []
        if self.daily_reviews:
            parts.append(f"{self.daily_reviews} questions")
        if self.daily_minutes:
            parts.append(f"{self.daily_minutes} min")
        return " or ".join(parts) + " a day" if parts else f"no budget (up to {DEFAULT_BUDGET} a day)"


# --- input -------------------------------------------------------------------


def parse_date(text: str, today: date, date_order: str = "dmy") -> date:
    """The exam's day, never in the past: ``+30`` or ``30 days`` (from today), ``2027-06-12``,
    ``12 June 2027``, ``June 12, 2027``, or all numbers (``12/06/2027``) read in ``date_order``."""
    text = " ".join(text.strip().split())
    if not text:
        raise ExamError("exam date: give the day, e.g. 2027-06-12, 12 June 2027 or +30 (30 days from today)")
    match = re.fullmatch(r"(?:\+|in )?(\d{1,4}) ?(?:d|days?)?", text, re.IGNORECASE)
    if match and (text.startswith(("+", "in ")) or not text.isdigit()):
        value = today + timedelta(days=int(match.group(1)))
    else:
        from studyapp.grading.dates import parse_date as read_day

        reading = read_day(text, date_order)
        if reading is None or reading[1] != "day":
            raise ExamError(f"exam date {text!r}: use YYYY-MM-DD, 12 June 2027, 12/06/2027 or +30 (days from today)")
        value = reading[0]
    if value < today:
        raise ExamError(f"exam date {value.isoformat()} is in the past")
    return value


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ExamError("an exam needs a name")
    if len(name) > NAME_MAX or any(ord(c) < 32 for c in name):
        raise ExamError(f"exam name {name[:NAME_MAX]!r}…: at most {NAME_MAX} printable characters")
    return name


def _check_budget(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0 or value > 100_000:
        raise ExamError(f"{what} must be a whole number above 0")
    return value


# --- storage -----------------------------------------------------------------


def _from_row(row: tuple) -> Exam:
    id_, name, exam_date, packs, tags, reviews, minutes, marking, reserve = row
    return Exam(id_, name, date.fromisoformat(exam_date), tuple(json.loads(packs)), tuple(json.loads(tags)), reviews, minutes, marking, reserve)


_COLUMNS = "id, name, exam_date, packs, tags, daily_reviews, daily_minutes, marking, final_reserve"


def set_exam(
    store: Store,
    name: str,
    exam_date: date,
    now: datetime,
    *,
    packs: Iterable[str] = (),
    tags: Iterable[str] = (),
    daily_reviews: int | None = None,
    daily_minutes: int | None = None,
    known_packs: Iterable[str] | None = None,
    marking: str | None = None,
) -> Exam:
    """Create the exam, or replace the one with the same name."""
    name = _check_name(name)
    packs = tuple(dict.fromkeys(p.strip() for p in packs if p.strip()))
    tags = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
    if known_packs is not None:
        known = set(known_packs)
        unknown = [p for p in packs if p not in known]
        if unknown:
            raise ExamError(f"no pack with id {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known)) or 'none'})")
    daily_reviews = _check_budget(daily_reviews, "the daily number of questions")
    daily_minutes = _check_budget(daily_minutes, "the daily minutes")
    if marking is not None:
        from studyapp.marking import MarkingError, parse_marking

        try:
            marking = parse_marking(marking).text
        except MarkingError as exc:
            raise ExamError(str(exc)) from None
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO exams (name, exam_date, packs, tags, daily_reviews, daily_minutes, created_at, marking) VALUES (?,?,?,?,?,?,?,?)"
            " ON CONFLICT (name) DO UPDATE SET exam_date = excluded.exam_date, packs = excluded.packs, tags = excluded.tags,"
            " daily_reviews = excluded.daily_reviews, daily_minutes = excluded.daily_minutes, marking = excluded.marking,"
            " final_reserve = NULL",  # a changed exam is a new shape: its reserve is chosen again
            (name, exam_date.isoformat(), json.dumps(packs), json.dumps(tags), daily_reviews, daily_minutes, now.timestamp(), marking),
        )
        row = conn.execute(f"SELECT {_COLUMNS} FROM exams WHERE name = ?", (name,)).fetchone()
    return _from_row(row)


def list_exams(store: Store) -> list[Exam]:
    """Every exam, the soonest first."""
    rows = store.connection.execute(f"SELECT {_COLUMNS} FROM exams ORDER BY exam_date, name").fetchall()
    return [_from_row(r) for r in rows]


def get_exam(store: Store, name: str) -> Exam | None:
    row = store.connection.execute(f"SELECT {_COLUMNS} FROM exams WHERE name = ?", (name.strip(),)).fetchone()
    return _from_row(row) if row else None


def clear_exam(store: Store, name: str) -> None:
    """Delete an exam; its mock sessions keep their scores but lose the link."""
    exam = get_exam(store, name)
    if exam is None:
        raise ExamError(f"no exam named {name!r}")
    with store.transaction() as conn:
        conn.execute("UPDATE sessions SET exam_id = NULL WHERE exam_id = ?", (exam.id,))
        conn.execute("DELETE FROM exams WHERE id = ?", (exam.id,))


def upcoming_exams(store: Store, now: datetime) -> list[Exam]:
    return [e for e in list_exams(store) if e.upcoming(now)]


def exam_for(question: Question, exams: Sequence[Exam], now: datetime) -> Exam | None:
    """The nearest upcoming exam that covers the question."""
    best = None
    for exam in exams:
        if exam.upcoming(now) and exam.covers(question) and (best is None or exam.moment < best.moment):
            best = exam
    return best


def assign(questions: Iterable[Question], exams: Sequence[Exam], now: datetime) -> tuple[dict[int, list[Question]], list[Question]]:
    """Questions grouped by the exam they belong to, and those no exam covers."""
    upcoming = sorted((e for e in exams if e.upcoming(now)), key=lambda e: e.moment)
    groups: dict[int, list[Question]] = {}
    free: list[Question] = []
    for question in questions:
        exam = next((e for e in upcoming if e.covers(question)), None)
        if exam is None:
            free.append(question)
        else:
            groups.setdefault(exam.id, []).append(question)
    return groups, free


def shared_questions(exam: Exam, exams: Sequence[Exam], questions: Iterable[Question], now: datetime) -> list[str]:
    """What setting ``exam`` did to the other upcoming exams' questions, one line each.

    A question counts for the nearest upcoming exam that covers it, so an
    exam that comes sooner takes covered questions from a later one (until
    it is over), and a later one leaves them with the sooner one. Said when
    the exam is set, never silently.
    """
    from collections import Counter

    questions = [q for q in questions if not q.draft]
    others = [e for e in exams if e.id != exam.id and e.upcoming(now)]
    if not others or not exam.upcoming(now):
        return []
    before, _ = assign(questions, others, now)
    after, _ = assign(questions, [*others, exam], now)
    owner_before = {q.key: exam_id for exam_id, group in before.items() for q in group}
    owner_after = {q.key: exam_id for exam_id, group in after.items() for q in group}
    by_id = {e.id: e for e in others}
    lines = []
    taken = Counter(owner_before[q.key] for q in after.get(exam.id, []) if q.key in owner_before)
    for exam_id, count in sorted(taken.items()):
        other = by_id[exam_id]
        lines.append(
            f"{exam.name!r} comes sooner: {count} question{'s' if count != 1 else ''} of {other.name!r} count for it until then"
            f" ({other.name!r}: {len(before[exam_id])} → {len(before[exam_id]) - count} questions)"
        )
    left = Counter(owner_after[q.key] for q in questions if exam.covers(q) and owner_after.get(q.key, exam.id) != exam.id)
    for exam_id, count in sorted(left.items()):
        lines.append(
            f"{count} question{'s' if count != 1 else ''} {exam.name!r} covers count for {by_id[exam_id].name!r} first, which comes sooner"
        )
    return lines


# --- what the log tells the planner -------------------------------------------


def seconds_per_question(store: Store) -> float:
    """The median answer time of the last 200 answers (a default before there are 20)."""
    rows = store.connection.execute(
        "SELECT response_ms FROM reviews WHERE kind IN ('study', 'mock') AND undone = 0 AND response_ms > 0 ORDER BY id DESC LIMIT 200"
    ).fetchall()
    if len(rows) < 20:
        return DEFAULT_SECONDS_PER_QUESTION
    times = sorted(r[0] for r in rows)
    return max(3.0, times[len(times) // 2] / 1000)


def daily_budget(exam: Exam, store: Store) -> int:
    """Questions a day: the exam's count, its minutes at this learner's pace, or the default."""
    limits = []
    if exam.daily_reviews:
        limits.append(exam.daily_reviews)
    if exam.daily_minutes:
        limits.append(max(1, int(exam.daily_minutes * 60 / seconds_per_question(store))))
    return min(limits) if limits else DEFAULT_BUDGET


def review_history(store: Store, limit: int = 3000):
    """(days since the previous review, stability then, answered right) of recent spaced reviews."""
    import numpy as np

    rows = store.connection.execute(
        "SELECT reviewed_at, state_before, correct FROM reviews"
        " WHERE state_before IS NOT NULL AND kind IN ('study', 'mock') AND undone = 0 ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    elapsed, stability, recalled = [], [], []
    for reviewed_at, before, correct in rows:
        state = json.loads(before)
        if state.get("state") != REVIEW or not state.get("stability") or state.get("last_review") is None:
            continue
        days = (reviewed_at - state["last_review"]) / 86400
        if days >= 1:
            elapsed.append(days)
            stability.append(state["stability"])
            recalled.append(bool(correct))
    return np.array(elapsed, dtype=float), np.array(stability, dtype=float), np.array(recalled, dtype=bool)


# --- today's plan ---------------------------------------------------------------


@dataclass
class ExamPlan:
    """One exam's plan for today and what following it should give on exam day."""

    exam: Exam
    questions: list[Question]
    reviews: list[Question]
    """Today's planned reviews, the most valuable first."""
    learning: list[Question]
    """Cards in a learning step that are due: part of an answer, always shown."""
    new: list[Question]
    budget: int
    done_today: int
    days_left: int
    predicted: float | None = None
    """Mean predicted exam-day recall if the plan is followed."""
    predicted_now: float | None = None
    """Mean predicted exam-day recall if nothing more is studied."""
    by_pack: dict[str, float] = field(default_factory=dict)
    by_category: dict[str, float] = field(default_factory=dict)
    now_by_pack: dict[str, tuple[float, int]] = field(default_factory=dict)
    """(sum, count) of exam-day recall if nothing more is studied, per pack: what Progress adds up."""
    now_by_category: dict[str, tuple[float, int]] = field(default_factory=dict)
    calibration: float = 1.0

    @property
    def today(self) -> int:
        return len(self.reviews) + len(self.learning) + len(self.new)


def _local_midnight(now: datetime) -> datetime:
    return now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


def plan_exam(
    store: Store,
    scheduler: Scheduler,
    exam: Exam,
    questions: Sequence[Question],
    states: dict[tuple[str, str], CardState],
    now: datetime,
    *,
    new_per_day: int,
    predict: bool = True,
) -> ExamPlan:
    """Today's reviews and new questions for one exam's questions, from the planner."""
    import numpy as np

    from studyapp.planner import Memory, PlannerConfig, calibrate, forecast, plan_day, required_pace

    questions = [q for q in questions if not q.draft]
    memory = Memory(scheduler.parameters)
    # parameters fitted to this learner already match its forgetting: no scale on top
    scale = 1.0 if getattr(scheduler, "fitted", False) else calibrate(memory, *review_history(store))
    day_start = _local_midnight(now).timestamp()
    keys = {q.key for q in questions}
    reviewed: dict[tuple[str, str], str] = {}
    for pack_id, question_id, kind in store.connection.execute(
        "SELECT pack_id, question_id, kind FROM reviews WHERE reviewed_at >= ? AND kind IN ('study', 'mock') AND undone = 0",
        (day_start,),
    ):
        key = (pack_id, question_id)
        if key in keys and reviewed.get(key) != "study":
            reviewed[key] = kind
    introduced_today = sum(
        1
        for pack_id, question_id in store.connection.execute(
            "SELECT pack_id, question_id FROM cards WHERE introduced_at >= ?", (day_start,)
        )
        if (pack_id, question_id) in keys
    )
    budget = daily_budget(exam, store)
    done_today = sum(1 for kind in reviewed.values() if kind == "study")
    left = max(0, budget - done_today)

    seen = [q for q in questions if q.key in states]
    unseen = [q for q in questions if q.key not in states]
    learning = [q for q in seen if states[q.key].state != REVIEW and states[q.key].due <= now]
    planned = [q for q in seen if states[q.key].state == REVIEW and states[q.key].stability]
    stability = np.array([states[q.key].stability for q in planned], dtype=float) * scale
    difficulty = np.array([states[q.key].difficulty or 5.0 for q in planned], dtype=float)
    last = np.array([states[q.key].last_review.timestamp() if states[q.key].last_review else now.timestamp() for q in planned])
    elapsed = np.maximum(0.0, (now.timestamp() - last) / 86400)
    blocked = np.array([q.key in reviewed for q in planned], dtype=bool)
    days = exam.days_to(now)
    pace = required_pace(len(unseen) + introduced_today, days) - introduced_today
    new_limit = max(0, max(new_per_day - store.introduced_since(_local_midnight(now)), pace))
    left_after_learning = max(0, left - len(learning))
    # a budget the learner set is spent while reviews still add something; the default one only caps
    config = PlannerConfig(fill_budget=bool(exam.daily_reviews or exam.daily_minutes))
    if exam.final_reserve is None:
        exam = _choose_reserve(store, memory, exam, len(questions), now, new_per_day) or exam
    config = replace(config, final_reserve=exam.final_reserve)
    plan = plan_day(
        memory, stability, difficulty, elapsed, days,
        budget=left_after_learning, new_available=len(unseen), new_limit=new_limit, reviewed_today=blocked, config=config,
    )
    order = plan.review[np.argsort(-plan.gain, kind="stable")]
    result = ExamPlan(
        exam=exam,
        questions=questions,
        reviews=[planned[i] for i in order],
        learning=learning,
        new=unseen[: plan.new],
        budget=budget,
        done_today=done_today,
        days_left=exam.days_left(now),
        calibration=scale,
    )
    if predict and questions:
        # cards in a learning step count as just reviewed with their current stability
        in_plan = {q.key for q in planned}
        extra = [q for q in seen if q.key not in in_plan]
        cards = planned + extra
        s_all = np.concatenate([stability, np.array([(states[q.key].stability or 0.1) * scale for q in extra])])
        d_all = np.concatenate([difficulty, np.array([states[q.key].difficulty or 5.0 for q in extra])])
        e_all = np.concatenate([elapsed, np.zeros(len(extra))])
        b_all = np.concatenate([blocked, np.ones(len(extra), dtype=bool)])
        outlook = forecast(
            memory, s_all, d_all, e_all, days,
            budget=budget, budget_today=left, new_available=len(unseen), new_limit=max(new_limit, new_per_day),
            reviewed_today=b_all, config=config,
        )
        ordered = cards + unseen
        result.predicted = float(outlook.recall.mean())
        result.predicted_now = float(outlook.now.mean())
        result.by_pack = _mean_by(ordered, outlook.recall, lambda q: q.pack_id)
        result.by_category = _mean_by(ordered, outlook.recall, lambda q: q.category)
        result.now_by_pack = _sum_by(ordered, outlook.now, lambda q: q.pack_id)
        result.now_by_category = _sum_by(ordered, outlook.now, lambda q: q.category)
    return result


def _choose_reserve(store: Store, memory, exam: Exam, questions: int, now: datetime, new_per_day: int, stop=None) -> Exam | None:
    """Choose the exam's final reserve from its shape (days left, questions, daily budget, the
    new limit its plan uses), once (set or changed: again), and store it.

    It costs ~1-2 s of forecasts (planner.choose_reserve), so it is made when the
    exam is first planned and kept, never per session or answer; the benchmark
    (studyapp.sim) chooses it the same way on the exam's first day. The TUI makes
    it in a thread (:func:`choose_reserves`) before it plans. None: ``stop`` said stop.
    """
    import sqlite3

    from studyapp.planner import PlannerConfig, choose_reserve, required_pace
    from studyapp.store import StoreError

    days = exam.days_to(now)
    config = PlannerConfig(fill_budget=bool(exam.daily_reviews or exam.daily_minutes))
    new_limit = max(new_per_day, required_pace(questions, days))
    reserve = choose_reserve(memory, days, questions, daily_budget(exam, store), new_limit, config, stop=stop)
    if reserve is None or (stop is not None and stop()):
        return None
    try:
        with store.transaction() as conn:
            conn.execute("UPDATE exams SET final_reserve = ? WHERE id = ?", (reserve, exam.id))
    except (sqlite3.Error, StoreError):
        pass  # a store busy or read-only: plan with it today, choose it again next time
    return replace(exam, final_reserve=reserve)


def choose_reserves(
    database: Path,
    parameters: Sequence[float],
    questions: Sequence[Question],
    now: datetime,
    *,
    new_per_day: int,
    stop: Callable[[], bool] | None = None,
) -> dict[int, float]:
    """Choose and store the final reserve of every upcoming exam that has none, for the
    exam's shape exactly as :func:`plan_exam` would (its questions after :func:`assign`),
    on a connection of its own: the TUI runs it in a thread, so the ~1 s it takes does
    not freeze the screen, and plans once it is done. ``stop`` ends it early (nothing stored).

    Returns the reserves chosen, by exam id.
    """
    from studyapp.planner import Memory

    store = Store.open(database)
    try:
        exams = upcoming_exams(store, now)
        if all(exam.final_reserve is not None for exam in exams):
            return {}
        groups, _ = assign(questions, exams, now)
        memory = Memory(parameters)
        chosen: dict[int, float] = {}
        for exam in exams:
            group = [q for q in groups.get(exam.id, ()) if not q.draft]
            if exam.final_reserve is not None or not group:
                continue  # plan_exam plans only exams with questions
            done = _choose_reserve(store, memory, exam, len(group), now, new_per_day, stop=stop)
            if done is None:
                break
            chosen[exam.id] = done.final_reserve
        return chosen
    finally:
        store.close()


def _sum_by(questions: Sequence[Question], values, key) -> dict[str, tuple[float, int]]:
    sums: dict[str, list] = {}
    for question, value in zip(questions, values):
        entry = sums.setdefault(key(question), [0.0, 0])
        entry[0] += float(value)
        entry[1] += 1
    return {k: (v[0], v[1]) for k, v in sums.items()}


def _mean_by(questions: Sequence[Question], values, key) -> dict[str, float]:
    sums: dict[str, list[float]] = {}
    for question, value in zip(questions, values):
        entry = sums.setdefault(key(question), [0.0, 0])
        entry[0] += float(value)
        entry[1] += 1
    return {k: v[0] / v[1] for k, v in sorted(sums.items())}


def plans_for(
    store: Store,
    scheduler: Scheduler,
    questions: Sequence[Question],
    states: dict[tuple[str, str], CardState],
    now: datetime,
    *,
    new_per_day: int,
    predict: bool = False,
    exams: Sequence[Exam] | None = None,
) -> tuple[list[ExamPlan], list[Question]]:
    """Plans for every upcoming exam covering some of ``questions``, and the questions no exam covers."""
    exams = list(exams) if exams is not None else upcoming_exams(store, now)
    if not exams:
        return [], list(questions)
    groups, free = assign(questions, exams, now)
    by_id = {e.id: e for e in exams}
    plans = [
        plan_exam(store, scheduler, by_id[exam_id], group, states, now, new_per_day=new_per_day, predict=predict)
        for exam_id, group in sorted(groups.items(), key=lambda item: by_id[item[0]].moment)
    ]
    return plans, free


def percent(value: float | None) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.0%}"


FOLLOW = "if you follow the plan"
STOP = "if you stop now"


def predicted(value: float | None) -> str:
    """A predicted recall, rounded down to a whole percent and never 100%: a
    prediction is never a certainty (a question never studied least of all)."""
    if value is None or math.isnan(value):
        return "–"
    return f"{min(99, math.floor(value * 100 + 1e-9))}%"


def outlook(follow: float | None, stop: float | None) -> str:
    """The one wording of the exam-day recall every screen uses (``follow`` None: not planned)."""
    if follow is None:
        return f"{predicted(stop)} {STOP}"
    return f"{predicted(follow)} {FOLLOW}, {predicted(stop)} {STOP}"


"""Mock exams: a fixed set of questions, optionally timed, no feedback until the end.

The sample is stratified by (pack, category), so a 40-question mock looks
like the exam: every part in proportion. Each answer is graded and recorded
as a review of kind ``'mock'`` (retrieval practice counts for scheduling),
and the sitting is a session of mode ``'mock'`` tied to its exam, so past
scores form a trend.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from studyapp.exam import Exam
from studyapp.grading import Reason
from studyapp.packs import Question
from studyapp.scheduling import CardState, Scheduler, require_aware
from studyapp.session import commit_answer, shuffle_unsolved
from studyapp.store import Store

DEFAULT_QUESTIONS = 40
SPARKS = "▁▂▃▄▅▆▇█"


class MockError(ValueError):
    """A mock exam that cannot be set up (no questions, bad size)."""


def sample(questions: Sequence[Question], count: int, rng: random.Random) -> list[Question]:
    """``count`` questions, each (pack, category) stratum in proportion to its size, in random order.

    Largest remainders settle the rounding, so the shares are as close to the
    pool's as whole numbers allow; within a stratum the pick is random.
    """
    pool = [q for q in questions if not q.draft]
    if count <= 0:
        raise MockError("a mock exam needs at least one question")
    if not pool:
        raise MockError("no questions to ask: the exam covers no loaded pack")
    count = min(count, len(pool))
    strata: dict[tuple[str, str], list[Question]] = {}
    for question in pool:
        strata.setdefault((question.pack_id, question.category), []).append(question)
    keys = sorted(strata)
    quotas = {k: count * len(strata[k]) / len(pool) for k in keys}
    taken = {k: int(quotas[k]) for k in keys}
    leftover = count - sum(taken.values())
    tiebreak = {k: rng.random() for k in keys}
    for k in sorted(keys, key=lambda k: (-(quotas[k] - taken[k]), tiebreak[k]))[:leftover]:
        taken[k] += 1
    chosen = [q for k in keys for q in rng.sample(strata[k], taken[k])]
    rng.shuffle(chosen)
    return chosen


@dataclass(frozen=True, slots=True)
class MockAnswer:
    question: Question
    response: str
    correct: bool
    reason: str
    expected: str
    seconds: float
    review_id: int


@dataclass(frozen=True, slots=True)
class Tally:
    correct: int
    total: int

    @property
    def share(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class MockReport:
    """The end of a mock: score, breakdowns, time, and what was missed."""

    session_id: int
    exam: str
    total: int
    answers: tuple[MockAnswer, ...]
    unanswered: tuple[Question, ...]
    duration: timedelta
    time_limit: timedelta | None
    timed_out: bool
    by_pack: dict[str, Tally]
    by_category: dict[str, Tally]

    @property
    def correct(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def score(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def missed(self) -> list[MockAnswer]:
        return [a for a in self.answers if not a.correct]

    @property
    def seconds_per_question(self) -> float:
        return sum(a.seconds for a in self.answers) / len(self.answers) if self.answers else 0.0


class MockExam:
    """One sitting. Ask ``current``, pass the response to ``answer``; ``finish`` gives the report."""

    def __init__(
        self,
        store: Store,
        scheduler: Scheduler,
        questions: Sequence[Question],
        now: datetime,
        *,
        count: int = DEFAULT_QUESTIONS,
        time_limit: timedelta | None = None,
        exam: Exam | None = None,
        seed: int | None = None,
    ) -> None:
        if time_limit is not None and time_limit <= timedelta(0):
            raise MockError("the time limit must be above zero")
        self.store = store
        self.scheduler = scheduler
        self.exam = exam
        self.time_limit = time_limit
        self.started_at = require_aware(now)
        self._rng = random.Random(seed)
        self.questions = sample(questions, count, self._rng)
        self.answers: list[MockAnswer] = []
        self._states: dict[tuple[str, str], CardState] = store.cards(sorted({q.pack_id for q in self.questions}))
        self.session_id = store.start_session(self.started_at, sorted({q.pack_id for q in self.questions}), "mock")
        with store.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET planned = ?, exam_id = ? WHERE id = ?",
                (len(self.questions), exam.id if exam else None, self.session_id),
            )
        self.finished: MockReport | None = None

    @property
    def index(self) -> int:
        return len(self.answers)

    @property
    def current(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) and self.finished is None else None

    def deadline(self) -> datetime | None:
        return self.started_at + self.time_limit if self.time_limit else None

    def time_left(self, now: datetime) -> timedelta | None:
        deadline = self.deadline()
        return None if deadline is None else max(timedelta(0), deadline - now)

    def expired(self, now: datetime) -> bool:
        deadline = self.deadline()
        return deadline is not None and now >= deadline

    def shuffled(self, items: Sequence[str]) -> list[str]:
        return shuffle_unsolved(items, self._rng)

    def answer(self, response: object, now: datetime, seconds: float) -> bool:
        """Grade and record the current question's answer. False (nothing recorded) once time is up."""
        question = self.current
        if question is None:
            raise MockError("the mock exam is over")
        now = require_aware(now)
        if self.expired(now):
            return False
        committed = commit_answer(
            self.store, self.scheduler, question, response, self._states.get(question.key), now,
            int(max(0.0, seconds) * 1000), self.session_id, "mock",
        )  # fmt: skip
        result, after, review_id, text = committed.grade, committed.after, committed.review_id, committed.text
        self._states[question.key] = after
        self.answers.append(
            MockAnswer(question, text, result.correct, str(result.reason), result.expected or question.display_answer, max(0.0, seconds), review_id)
        )
        return True

    def finish(self, now: datetime) -> MockReport:
        """End the sitting (early, on time-out or when all are answered) and build the report."""
        if self.finished is not None:
            return self.finished
        now = require_aware(now)
        self.store.end_session(self.session_id, now)
        unanswered = tuple(self.questions[self.index :])
        by_pack: dict[str, list[int]] = {}
        by_category: dict[str, list[int]] = {}
        outcomes = [(a.question, a.correct) for a in self.answers] + [(q, False) for q in unanswered]
        for question, correct in outcomes:
            for table, key in ((by_pack, question.pack_id), (by_category, question.category)):
                entry = table.setdefault(key, [0, 0])
                entry[0] += int(correct)
                entry[1] += 1
        duration = max(timedelta(0), now - self.started_at)
        if self.time_limit is not None:
            duration = min(duration, self.time_limit)
        self.finished = MockReport(
            session_id=self.session_id,
            exam=self.exam.name if self.exam else "",
            total=len(self.questions),
            answers=tuple(self.answers),
            unanswered=unanswered,
            duration=duration,
            time_limit=self.time_limit,
            timed_out=self.expired(now) and bool(unanswered),
            by_pack={k: Tally(*v) for k, v in sorted(by_pack.items())},
            by_category={k: Tally(*v) for k, v in sorted(by_category.items())},
        )
        return self.finished


@dataclass(frozen=True, slots=True)
class PastMock:
    session_id: int
    when: datetime
    correct: int
    total: int
    exam: str

    @property
    def score(self) -> float:
        return self.correct / self.total if self.total else 0.0


def history(store: Store, exam: Exam | None = None, limit: int = 20) -> list[PastMock]:
    """Finished mock exams, oldest first (the last ``limit``), for one exam or all."""
    from studyapp.scheduling import from_timestamp

    sql = (
        "SELECT s.id, s.started_at, s.correct, COALESCE(s.planned, s.answered), COALESCE(e.name, '') FROM sessions s"
        " LEFT JOIN exams e ON e.id = s.exam_id WHERE s.mode = 'mock' AND s.ended_at IS NOT NULL"
    )
    params: list = []
    if exam is not None:
        sql += " AND s.exam_id = ?"
        params.append(exam.id)
    rows = store.connection.execute(sql + " ORDER BY s.started_at DESC, s.id DESC LIMIT ?", [*params, limit]).fetchall()
    return [PastMock(i, from_timestamp(t), c, n, name) for i, t, c, n, name in reversed(rows) if n]


def trend(past: Sequence[PastMock]) -> str:
    """Scores as a sparkline and the last few as numbers: ``▃▅▇ 55% → 70% → 85%``."""
    if not past:
        return "no mock exams yet"
    sparks = "".join(SPARKS[min(len(SPARKS) - 1, int(p.score * len(SPARKS)))] for p in past)
    numbers = " → ".join(f"{p.score:.0%}" for p in past[-5:])
    return f"{sparks} {numbers}"


def describe_reason(reason: str) -> str:
    texts = {
        Reason.EXACT: "correct",
        Reason.ALTERNATIVE: "correct (accepted alternative)",
        Reason.TYPO: "correct, with a typo",
        Reason.NUMERIC: "correct (same number)",
        Reason.DATE: "correct (same date)",
        Reason.PARTIAL: "partly right: counts as wrong",
        Reason.WRONG: "wrong",
    }
    return texts.get(reason, str(reason))

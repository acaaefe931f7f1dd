"""Mock exams: a fixed set of questions, optionally timed, no feedback until the end.

The sample is stratified by (pack, category), so a 40-question mock looks
like the exam: every part in proportion. Each answer is graded and recorded
as a review of kind ``'mock'`` (retrieval practice counts for scheduling),
and the sitting is a session of mode ``'mock'`` tied to its exam, so past
scores form a trend.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from studyapp.exam import Exam
from studyapp.grading import Reason
from studyapp.marking import PLAIN, MarkedSitting, Marking, mark, parse_marking
from studyapp.packs import Question
from studyapp.scheduling import CardState, Scheduler, require_aware
from studyapp.session import commit_answer, shuffle_unsolved
from studyapp.store import SESSIONS_LIVE, Store

DEFAULT_QUESTIONS = 40
SPARKS = "▁▂▃▄▅▆▇█"


class MockError(ValueError):
    """A mock exam that cannot be set up (no questions, bad size)."""


def sample(
    questions: Sequence[Question],
    count: int,
    rng: random.Random,
    near: Mapping[tuple[str, str], frozenset[tuple[str, str]]] | None = None,
) -> list[Question]:
    """``count`` questions, each (pack, category) stratum in proportion to its size, in random order.

    Largest remainders settle the rounding, so the shares are as close to the
    pool's as whole numbers allow; within a stratum the pick is random. No two
    siblings are asked (the same ``fact:`` key, or probable siblings in ``near``,
    see studyapp.siblings): a sibling drawn after another is passed over for the
    next question of its stratum, or of any stratum when its own runs out, and
    when the pool has too few questions that are not siblings, the mock is shorter.
    Self-graded ("reveal and rate") questions are left out: a mock measures what
    is answered under exam conditions, and saying "I knew it" is no answer.
    """
    pool = [q for q in questions if not q.draft and q.type != "reveal"]
    if count <= 0:
        raise MockError("a mock exam needs at least one question")
    if not pool:
        if any(q.type == "reveal" for q in questions):
            raise MockError("no questions to ask: self-graded (reveal and rate) questions are not asked in mock exams")
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
    near = near or {}
    blocked: set[tuple[str, str]] = set()
    facts: set[str] = set()
    chosen: list[Question] = []

    def take(question: Question) -> bool:
        if question.key in blocked or (question.fact and question.fact in facts):
            return False
        chosen.append(question)
        blocked.update(near.get(question.key, ()))
        if question.fact:
            facts.add(question.fact)
        return True

    short: dict[tuple[str, str], int] = {}
    for k in keys:  # with no siblings in the pool, the same draws as a plain stratified sample
        for question in rng.sample(strata[k], taken[k]):
            if not take(question):
                short[k] = short.get(k, 0) + 1
    if short:  # siblings passed over: others of the same stratum, then of any
        asked = {q.key for q in chosen}
        for k in [k for k in keys if k in short] + keys:
            rest = [q for q in strata[k] if q.key not in asked]
            rng.shuffle(rest)
            for question in rest:
                if len(chosen) == count or (k in short and short[k] == 0):
                    break
                if take(question):
                    asked.add(question.key)
                    if k in short:
                        short[k] -= 1
            short.pop(k, None)
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
    guess: bool = False
    """The learner marked it as a guess (key g) before answering."""


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
    marking: Marking = PLAIN

    @property
    def marked(self) -> MarkedSitting:
        """The net score under the exam's marking scheme (blanks zero), with what the guesses cost or gained."""
        return mark(self.marking, ((a.correct, a.guess) for a in self.answers), len(self.unanswered))

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
        date_order: str = "dmy",
        near: Mapping[tuple[str, str], frozenset[tuple[str, str]]] | None = None,
        marking: Marking | None = None,
    ) -> None:
        if time_limit is not None and time_limit <= timedelta(0):
            raise MockError("the time limit must be above zero")
        self.store = store
        self.scheduler = scheduler
        self.exam = exam
        self.marking = marking or parse_marking(exam.marking if exam else None)
        self.time_limit = time_limit
        self.started_at = require_aware(now)
        self._rng = random.Random(seed)
        self.questions = sample(questions, count, self._rng, near)
        self.answers: list[MockAnswer] = []
        self._states: dict[tuple[str, str], CardState] = store.cards(sorted({q.pack_id for q in self.questions}))
        self.session_id = store.start_session(self.started_at, sorted({q.pack_id for q in self.questions}), "mock")
        with store.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET planned = ?, exam_id = ?, marking = ? WHERE id = ?",
                (len(self.questions), exam.id if exam else None, self.marking.text, self.session_id),
            )
        self.finished: MockReport | None = None
        self.date_order = date_order
        self._accepted = store.accepted_answers(sorted({q.pack_id for q in self.questions}))

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

    def answer(self, response: object, now: datetime, seconds: float, guess: bool = False) -> bool:
        """Grade and record the current question's answer. False (nothing recorded) once time is up.

        ``guess``: the learner marked the answer as a guess; the report scores guesses apart."""
        question = self.current
        if question is None:
            raise MockError("the mock exam is over")
        now = require_aware(now)
        if self.expired(now):
            return False
        committed = commit_answer(
            self.store, self.scheduler, question, response, self._states.get(question.key), now,
            int(max(0.0, seconds) * 1000), self.session_id, "mock",
            accepted=self._accepted.get(question.key, ()), date_order=self.date_order,
        )  # fmt: skip
        result, after, review_id, text = committed.grade, committed.after, committed.review_id, committed.text
        self._states[question.key] = after
        if guess:
            with self.store.transaction() as conn:
                conn.execute("UPDATE reviews SET guess = 1 WHERE id = ?", (review_id,))
        self.answers.append(
            MockAnswer(question, text, result.correct, str(result.reason), result.expected or question.display_answer, max(0.0, seconds), review_id, guess)
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
            marking=self.marking,
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


def history(store: Store, exam: Exam | None = None, limit: int = 20, questions: Iterable[Question] = ()) -> list[PastMock]:
    """Finished mock exams, oldest first (the last ``limit``), for one exam or all.

    A mock counts for every exam that covers all the questions it asked, not
    only the one it was sat for. ``questions`` (the loaded ones) give the tags
    an exam by tag needs; without them only packs are checked.
    """
    from studyapp.scheduling import from_timestamp

    sql = (  # the sessions with their answers after the mark (schema 18)
        f"SELECT s.id, s.started_at, s.correct, COALESCE(s.planned, s.answered), COALESCE(e.name, ''), s.exam_id FROM {SESSIONS_LIVE} s"
        " LEFT JOIN exams e ON e.id = s.exam_id WHERE s.mode = 'mock' AND s.ended_at IS NOT NULL"
    )
    rows = store.connection.execute(sql + " ORDER BY s.started_at DESC, s.id DESC").fetchall()
    if exam is not None:
        by_key = {q.key: q for q in questions}

        def covered(session_id: int) -> bool:
            asked = store.connection.execute(
                "SELECT DISTINCT pack_id, question_id FROM reviews WHERE session_id = ? AND kind = 'mock'", (session_id,)
            ).fetchall()
            if not asked:
                return False
            for pack_id, question_id in asked:
                question = by_key.get((pack_id, question_id))
                if question is not None and not exam.covers(question):
                    return False
                if question is None and (exam.packs or exam.tags) and pack_id not in exam.packs:
                    return False  # not loaded: only its pack can say
            return True

        rows = [r for r in rows if r[5] == exam.id or covered(r[0])]
    rows = rows[:limit]
    return [PastMock(i, from_timestamp(t), c, n, name) for i, t, c, n, name, _ in reversed(rows) if n]


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


def marking_lines(report: MockReport) -> list[str]:
    """The report's marking part: net score, what guessing cost or gained, accuracy sure versus guessed."""
    m = report.marked

    def num(value: float) -> str:
        return f"{round(value, 3):g}"

    if m.marking.right == 1 and not m.marking.wrong and not m.guesses:
        return []  # plain marking: the net score is the score above
    lines = [f"Net score: {num(m.net)} of {num(m.maximum)} marks ({m.marking.label}; {m.right} right, {m.wrong} wrong, {m.blank} blank)"]
    if m.guesses:
        verb = "gained" if m.guess_net > 0 else ("cost" if m.guess_net < 0 else "neither gained nor cost")
        amount = f" {num(abs(m.guess_net))} marks" if round(m.guess_net, 3) else " anything"
        lines.append(f"Guessing {verb}{amount}: {m.guesses_right} of {m.guesses} guesses right; without them the net would be {num(m.net - m.guess_net)}")
        sure = f"{m.sure_right} of {m.sure} ({m.sure_right / m.sure:.0%})" if m.sure else "none"
        lines.append(f"Accuracy: sure {sure} · guessed {m.guesses_right} of {m.guesses} ({m.guesses_right / m.guesses:.0%})")
    elif m.marking.wrong:
        lines.append("No answer was marked as a guess (g during a mock in the app; a ? after the number in studyapp mock).")
    return lines

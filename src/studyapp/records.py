"""The plain records an answer, a session's end and the home screen hand back.

Kept out of the modules a start imports (``session``, ``store``): making a dataclass
compiles its methods, 0.4-0.8 ms each, and showing the first question needs none of
these. They are imported where they are made (an answer, the summary, the home
screen's counts), and in the thread that warms the answer path up while the first
question is read (``session.warm_answer_path``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime, timedelta

    from studyapp.grading import Grade
    from studyapp.packs import Pack, Question
    from studyapp.scheduling import CardState, Rating


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One row of the review log, as written (``Store.record_answer``)."""

    pack_id: str
    question_id: str
    category: str
    reviewed_at: datetime
    answer: str
    correct: bool
    reason: str
    rating: int
    response_ms: int
    state_before: CardState | None
    state_after: CardState
    session_id: int | None = None
    kind: str = "study"


@dataclass(frozen=True, slots=True)
class PackCounts:
    """A pack's cards seen and due and its reviews and right answers (``Store.pack_counts``)."""

    seen: int
    due: int
    reviews: int
    correct: int


@dataclass(frozen=True, slots=True)
class Committed:
    """One answer as it now stands in the review log (``session.commit_answer``)."""

    grade: Grade
    rating: Rating
    after: CardState
    review_id: int
    text: str
    before: CardState | None
    """The card's state this answer was scheduled from: read inside the write transaction."""


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """An answer as the study screen shows it back: the verdict, the rating and the intervals offered."""

    question: Question
    response: str
    grade: Grade
    rating: Rating
    suggested: Rating
    review_id: int
    state_before: CardState | None
    state_after: CardState
    intervals: dict[Rating, timedelta]
    answered_at: datetime


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What the summary screen shows when a session ends."""

    answered: int
    correct: int
    by_category: dict[str, tuple[int, int]]
    """category -> (correct, answered)"""
    duration: timedelta
    next_due: list[tuple[str, str, datetime]]
    due_tomorrow: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class PackOverview:
    """One row of the home screen (``session.overview``)."""

    pack: Pack
    total: int
    new: int
    due: int
    accuracy: float | None


# The records every answer makes, built without their frozen __init__ (studyapp.frozen):
# 7 us of an answer's 9 in these constructors. This module is imported off the answer's
# path (session.warm_answer_path), so the twins are made there too.
from studyapp.frozen import fast_constructor  # noqa: E402

new_review_record = fast_constructor(ReviewRecord)
new_committed = fast_constructor(Committed)
new_answer_outcome = fast_constructor(AnswerOutcome)

"""Spaced repetition with FSRS-6 (the ``fsrs`` package).

Plain data in, plain data out: a :class:`CardState` and a rating go in with
the time of the review, a new state comes out. The clock is always passed
in, so tests and simulations can fast-forward days.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from functools import cached_property, lru_cache


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


LEARNING, REVIEW, RELEARNING = 1, 2, 3
"""``fsrs.State``'s values (a test holds them equal): written out so that importing
this module does not import ``fsrs``, which only the first review needs."""

LEARNING_STEPS = (timedelta(minutes=10),)
"""One short step: a right first answer graduates at once (typed answers are
evidence enough), a wrong one comes back once within the session."""
RELEARNING_STEPS = (timedelta(minutes=10),)


@dataclass(frozen=True, slots=True)
class CardState:
    """What the scheduler knows about one question. Times are aware UTC."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0

    def to_dict(self) -> dict:
        return {
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.timestamp(),
            "last_review": self.last_review.timestamp() if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "CardState":
        return cls(
            state=data["state"],
            step=data["step"],
            stability=data["stability"],
            difficulty=data["difficulty"],
            due=from_timestamp(data["due"]),
            last_review=from_timestamp(data["last_review"]) if data.get("last_review") is not None else None,
            reps=data.get("reps", 0),
            lapses=data.get("lapses", 0),
        )


def from_timestamp(value: float) -> datetime:
    return datetime.fromtimestamp(value, tz=timezone.utc)


def require_aware(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return now.astimezone(timezone.utc)


class Scheduler:
    """FSRS-6 with our card state; one instance per desired retention.

    The ``fsrs`` engine is built on first use, not here: the app makes a
    Scheduler at start-up and need not import ``fsrs`` before the first answer
    (the study screen warms it while the first question is read).
    """

    def __init__(self, desired_retention: float = 0.9, *, fuzz: bool = True, parameters: tuple[float, ...] | None = None) -> None:
        self._options = {
            "desired_retention": desired_retention,
            "enable_fuzzing": fuzz,
            "learning_steps": LEARNING_STEPS,
            "relearning_steps": RELEARNING_STEPS,
        }
        if parameters is not None:
            self._options["parameters"] = tuple(parameters)
        self.desired_retention = desired_retention
        self.fitted = parameters is not None
        """Parameters fitted to this learner (``studyapp.optimize``) rather than FSRS's defaults."""

    @cached_property
    def _fsrs(self):
        from fsrs import Scheduler as FsrsScheduler

        return FsrsScheduler(**self._options)

    @property
    def parameters(self) -> tuple[float, ...]:
        return tuple(self._fsrs.parameters)

    def review(self, state: CardState | None, rating: Rating, now: datetime) -> CardState:
        """The card's state after a review with ``rating`` at ``now``."""
        now = require_aware(now)
        card = self._to_card(state, now)
        # Review logic must tolerate a clock moved back: never review "before" the last review.
        if card.last_review is not None and now < card.last_review:
            now = card.last_review
        new_card, _ = self._fsrs.review_card(card, _fsrs_api().Rating(int(rating)), review_datetime=now)
        reps = (state.reps if state else 0) + 1
        lapses = (state.lapses if state else 0) + (1 if rating == Rating.AGAIN and state is not None and state.state == REVIEW else 0)
        return CardState(
            state=int(new_card.state),
            step=new_card.step,
            stability=new_card.stability,
            difficulty=new_card.difficulty,
            due=new_card.due,
            last_review=new_card.last_review,
            reps=reps,
            lapses=lapses,
        )

    def preview(self, state: CardState | None, now: datetime, given: tuple[Rating, CardState] | None = None) -> dict[Rating, timedelta]:
        """The interval each rating would give, as Anki shows above its buttons.

        ``given`` is a review already made from ``state`` at ``now`` (its rating and
        result): reused, it saves an FSRS call and shows the interval scheduled.
        """
        now = require_aware(now)
        return {rating: (given[1] if given is not None and given[0] == rating else self.review(state, rating, now)).due - now for rating in Rating}

    def retrievability(self, state: CardState | None, now: datetime) -> float:
        """Predicted probability of recall at ``now`` (0 for a question never seen)."""
        if state is None or state.stability is None:
            return 0.0
        return self._fsrs.get_card_retrievability(self._to_card(state, require_aware(now)), now)

    def reschedule(self, state: CardState) -> CardState:
        """The same card with its due date recomputed for this scheduler's retention."""
        if state.stability is None or state.last_review is None or state.state != REVIEW:
            return state
        interval = self._fsrs._next_interval(stability=state.stability)
        return replace(state, due=state.last_review + timedelta(days=interval))

    @staticmethod
    def _to_card(state: CardState | None, now: datetime):
        api = _fsrs_api()
        if state is None:
            return api.Card(card_id=0, state=api.State.Learning, step=0, due=now)
        return api.Card(
            card_id=0,
            state=api.State(state.state),
            step=state.step,
            stability=state.stability,
            difficulty=state.difficulty,
            due=state.due,
            last_review=state.last_review,
        )


@lru_cache(maxsize=None)
def _fsrs_api():
    """The ``fsrs`` module, imported once on first use (see Scheduler)."""
    import fsrs

    return fsrs


def format_interval(delta: timedelta) -> str:
    """A short human interval: 45s, 10m, 3h, 4d, 2.5mo, 1.2y."""
    seconds = max(0.0, delta.total_seconds())
    if seconds < 60:
        return f"{int(seconds)}s"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"

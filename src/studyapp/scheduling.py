"""Spaced repetition with FSRS-6 (the ``fsrs`` package).

Plain data in, plain data out: a :class:`CardState` and a rating go in with
the time of the review, a new state comes out. The clock is always passed
in, so tests and simulations can fast-forward days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from functools import cached_property, lru_cache

from studyapp.lean import lean_dataclass


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


RATINGS: tuple[Rating, ...] = tuple(Rating)
"""The four ratings in order: iterating the enum itself builds them again each time (6 us in Python 3.11)."""


LEARNING, REVIEW, RELEARNING = 1, 2, 3
"""``fsrs.State``'s values (a test holds them equal): written out so that importing
this module does not import ``fsrs``, which only the first review needs."""

LEARNING_STEPS = (timedelta(minutes=10),)
"""One short step: a right first answer graduates at once (typed answers are
evidence enough), a wrong one comes back once within the session."""
RELEARNING_STEPS = (timedelta(minutes=10),)

DEFAULT_PARAMETERS = (
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)  # fmt: skip
"""FSRS-6's default parameters, as the ``fsrs`` release in use has them (a test holds them
equal to ``fsrs.scheduler.DEFAULT_PARAMETERS``): what :attr:`Scheduler.parameters` gives
with no fitted ones, without importing ``fsrs`` (10-15 ms of `studyapp stats`)."""


@lean_dataclass(frozen=True, slots=True)
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


_fast_card_state = None
"""``CardState(...)`` without its frozen __init__ (studyapp.frozen), made by Scheduler.warm_up:
not at import, which every start pays."""


def new_card_state(*args, **kwargs) -> CardState:
    """``CardState(*args, **kwargs)``: through its unfrozen twin once the answer path is warm."""
    build = _fast_card_state
    return CardState(*args, **kwargs) if build is None else build(*args, **kwargs)


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
        if "parameters" not in self._options and "_fsrs" not in self.__dict__:
            return DEFAULT_PARAMETERS  # what fsrs.Scheduler() holds: no need to build it for them
        return tuple(self._fsrs.parameters)

    @property
    def ready(self) -> bool:
        """Whether the FSRS engine is built and checked (:meth:`warm_up`): until then, work
        done ahead of an answer would import it on the spot."""
        return "_exact" in self.__dict__

    def warm_up(self) -> None:
        """Build the FSRS engine and check our use of its formulas (see ``_exact``): about
        2 ms, done by the study screen in a thread while the first question is read.
        The card states an answer makes are built quickly from here on (new_card_state)."""
        global _fast_card_state
        self._exact  # noqa: B018
        if _fast_card_state is None:
            from studyapp.frozen import fast_constructor

            _fast_card_state = fast_constructor(CardState)

    def plan(self, state: CardState | None, now: datetime) -> Plan | None:
        """What each rating would make of ``state`` if answered on the day of ``now``: worked out
        while the question is read (``StudySession.prepare``), so the answer, its feedback's
        four intervals and a changed rating take their states from here, as Anki's answer takes
        the four it worked out when it fetched the card. None where this fsrs release's own
        ``review_card`` must be called. Fuzz is drawn here, once per rating."""
        if not self._exact:
            return None
        at, days = self._review_time(state, require_aware(now))
        fs = self._fsrs
        recall: list[float] = []
        return Plan(state, days, tuple(self._next(fs, state, days, recall, rating, with_difficulty=True) for rating in RATINGS))

    def review(self, state: CardState | None, rating: Rating, now: datetime, plan: Plan | None = None) -> CardState:
        """The card's state after a review with ``rating`` at ``now``.

        FSRS's own formulas (``fsrs.Scheduler``'s), applied as its ``review_card``
        applies them, step for step, without building its Card and ReviewLog objects
        (a third of the time, on every answer): tests hold both equal, field for field.
        ``plan``, from :meth:`plan` for this state, is used when the review falls on its day.
        """
        now = require_aware(now)
        at, days = self._review_time(state, now)
        if plan is not None and plan.fits(state, days):
            kind, step, stability, difficulty, interval = plan.outcomes[rating - 1]
        elif self._exact:
            kind, step, stability, difficulty, interval = self._next(self._fsrs, state, days, [], rating, with_difficulty=True)
        else:  # an fsrs release whose inner formulas we do not follow: its own review_card
            card, _ = self._fsrs.review_card(self._to_card(state, at), _fsrs_api().Rating(int(rating)), review_datetime=at)
            kind, step, stability, difficulty, interval = int(card.state), card.step, card.stability, card.difficulty, card.due - at
        reps = (state.reps if state else 0) + 1
        lapses = (state.lapses if state else 0) + (1 if rating == Rating.AGAIN and state is not None and state.state == REVIEW else 0)
        return new_card_state(kind, step, stability, difficulty, at + interval, at, reps, lapses)

    def preview(
        self, state: CardState | None, now: datetime, given: tuple[Rating, CardState] | None = None, plan: Plan | None = None
    ) -> dict[Rating, timedelta]:
        """The interval each rating would give, as Anki shows above its buttons.

        ``given`` is a review already made from ``state`` at ``now`` (its rating and
        result): reused, it shows the interval scheduled. The others come from ``plan``
        when it fits, else from one pass over the ratings, the elapsed days and recall
        probability worked out once; fuzz is drawn in the order ``review`` would draw it.
        """
        now = require_aware(now)
        fs = self._fsrs
        at, days = self._review_time(state, now)
        planned = plan.outcomes if plan is not None and plan.fits(state, days) else None
        recall: list[float] = []  # the recall probability, worked out on first need
        intervals = {}
        for rating in RATINGS:
            if given is not None and given[0] == rating:
                intervals[rating] = given[1].due - now
            elif planned is not None:  # at is now unless the clock moved back: (now + interval) - now is the interval, exactly
                intervals[rating] = planned[rating - 1][4] if at is now else at + planned[rating - 1][4] - now
            elif self._exact:
                intervals[rating] = at + self._next(fs, state, days, recall, rating)[4] - now
            else:
                intervals[rating] = self.review(state, rating, now).due - now
        return intervals

    @cached_property
    def _exact(self) -> bool:
        """Whether :meth:`_next` gives what this fsrs release's ``review_card`` gives, checked
        once on a few cards of every kind (fuzz off): it calls fsrs's inner formulas, which a
        release may rename or change. If not, every review goes through ``review_card``."""
        from fsrs import Scheduler as FsrsScheduler

        plain = FsrsScheduler(**{**self._options, "enable_fuzzing": False})
        t0 = datetime(2026, 1, 5, 9, tzinfo=timezone.utc)
        def fsrs_review(state: CardState | None, rating: Rating, at: datetime) -> CardState:
            card, _ = plain.review_card(self._to_card(state, at), _fsrs_api().Rating(int(rating)), review_datetime=at)
            return CardState(int(card.state), card.step, card.stability, card.difficulty, card.due, card.last_review)

        try:
            firsts = [fsrs_review(None, rating, t0) for rating in Rating]  # learning steps, graduated
            seconds = [fsrs_review(state, Rating.AGAIN, t0 + timedelta(days=3)) for state in firsts]  # relearning too
            for state in [None, *firsts, *seconds]:
                for gap in (timedelta(minutes=10), timedelta(days=4)):  # the same day, and days later
                    at = t0 if state is None else state.last_review + gap
                    days = None if state is None else (at - state.last_review).days
                    for rating in Rating:
                        want = fsrs_review(state, rating, at)
                        got = self._next(plain, state, days, [], rating, with_difficulty=True)
                        if got != (want.state, want.step, want.stability, want.difficulty, want.due - at):
                            return False
        except (AttributeError, TypeError, ValueError):
            return False
        return True

    @staticmethod
    def _review_time(state: CardState | None, now: datetime) -> tuple[datetime, int | None]:
        """When the review counts as made (never before the last one: the clock may move back) and whole days since the last."""
        if state is None or state.last_review is None:
            return now, None
        at = now if now >= state.last_review else state.last_review
        return at, (at - state.last_review).days

    @staticmethod
    def _next(fs, state: CardState | None, days: int | None, recall: list[float], rating: Rating, with_difficulty: bool = False):
        """(state, step, stability, difficulty, interval) after ``rating``: ``fs.review_card``'s
        rules over ``fs``'s formulas (difficulty None unless asked for)."""
        fsrs_rating = _fsrs_api().Rating(int(rating))
        new = state is None or state.stability is None or state.difficulty is None
        if new:
            stability = fs._initial_stability(rating=fsrs_rating)
        elif days is not None and days < 1:
            stability = fs._short_term_stability(stability=state.stability, rating=fsrs_rating)
        else:
            if not recall:
                recall.append(0 if state.last_review is None else (1 + fs._FACTOR * max(0, days) / state.stability) ** fs._DECAY)
            stability = fs._next_stability(difficulty=state.difficulty, stability=state.stability, retrievability=recall[0], rating=fsrs_rating)
        difficulty = None
        if with_difficulty:
            if new and (state is None or state.state == LEARNING):
                difficulty = fs._initial_difficulty(rating=fsrs_rating, clamp=True)
            else:
                difficulty = fs._next_difficulty(difficulty=state.difficulty, rating=fsrs_rating)
        kind = LEARNING if state is None else state.state
        if kind == REVIEW:
            if rating == Rating.AGAIN and fs.relearning_steps:
                return RELEARNING, 0, stability, difficulty, fs.relearning_steps[0]
            kind, step, interval = REVIEW, state.step, timedelta(days=fs._next_interval(stability=stability))
        else:
            step = 0 if state is None else state.step
            steps = fs.learning_steps if kind == LEARNING else fs.relearning_steps
            if not steps or (step >= len(steps) and rating != Rating.AGAIN):
                kind, step, interval = REVIEW, None, timedelta(days=fs._next_interval(stability=stability))
            elif rating == Rating.AGAIN:
                return kind, 0, stability, difficulty, steps[0]
            elif rating == Rating.HARD:
                if step == 0:
                    return kind, step, stability, difficulty, (steps[0] * 1.5 if len(steps) == 1 else (steps[0] + steps[1]) / 2.0)
                return kind, step, stability, difficulty, steps[step]
            elif rating == Rating.GOOD and step + 1 < len(steps):
                return kind, step + 1, stability, difficulty, steps[step + 1]
            else:
                kind, step, interval = REVIEW, None, timedelta(days=fs._next_interval(stability=stability))
        return kind, step, stability, difficulty, (fs._get_fuzzed_interval(interval=interval) if fs.enable_fuzzing else interval)

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


@lean_dataclass(frozen=True, slots=True)
class Plan:
    """The four outcomes of answering a card from ``state``, ``days`` whole days after its
    last review: (state, step, stability, difficulty, interval) for Again, Hard, Good, Easy."""

    state: CardState | None
    days: int | None
    outcomes: tuple[tuple, ...]

    def fits(self, state: CardState | None, days: int | None) -> bool:
        """Whether this plan is for ``state`` answered ``days`` after its last review (the
        outcomes depend on nothing else: the review's own time only sets the due date)."""
        return days == self.days and (state is self.state or state == self.state)


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

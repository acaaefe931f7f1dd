"""The exam-day planner: which reviews today, and how many new questions.

Plain FSRS keeps every card near one retention forever and ignores the date.
With an exam on a known day, the goal is different: the expected share of the
exam's questions recalled *on that day*, under a daily budget. For every card
the planner predicts, with the FSRS-6 memory model, its recall on exam day
without a review today and with one (both outcomes, weighted by today's recall
probability), and spends the day's budget where that gain is largest.

Five rules on top of the greedy gain keep it efficient and safe:

* spacing: before the final period a card is only a candidate once its recall
  has fallen to ``spacing_retention`` (a review of a fresh card teaches little),
  and such a review is valued by what it adds *given* the final review to
  come (``consolidation_gain``), so early reviews are not over-counted; that
  final review is taken halfway through the final period (``final_lead``),
  where the final period puts it on average, not on the eve;
* a final period sized to the budget: every card whose predicted exam-day
  recall is below ``goal`` gets one review as close to the exam as the budget
  allows; each day's go to the cards that would lose most by waiting for a
  later day of it (``final_advantage``, a small assignment of cards to days,
  which counts part of a repeat after a failed final review, ``final_repeat``,
  so the cards likely to fail come while a failure can still be repaired),
  except in the last ``value_days`` days, where the ones worth most today go
  first (a card that just failed comes back while there is time); it starts
  early enough to leave a
  reserve (``final_reserve``) for repeating final reviews that fail, its size
  chosen once per exam by the planner's own forecast of the exam's shape
  (``choose_reserve``);
* new questions come at an even pace over the days before the final period
  (faster when the budget has room): introducing them all at once where the
  budget binds would leave no room to consolidate them, and an unseen
  question still counts (as 0) on exam day;
* stabilities are scaled by ``calibrate`` (fitted to the learner's own
  answers), so a learner who forgets faster than the defaults gets more
  (only while the parameters are the defaults: parameters fitted to the
  learner's log, ``studyapp.optimize``, already say how fast they forget);
* a budget the learner set is spent (``fill_budget``): slots the rules above
  leave free go to the reviews worth most on exam day, failed cards included,
  as long as one still adds ``fill_gain``. Without it the one-line greedy that
  ranks every card by that gain stays a few tenths ahead wherever the budget
  has room (it spends it all); with it, the planner is at or above it.

Everything here is pure numpy on arrays of card states, so planning a day for
thousands of cards is a few milliseconds and the simulator (``studyapp.sim``)
runs the very same code.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from fsrs.scheduler import DEFAULT_PARAMETERS

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4

STABILITY_MIN = 0.001

BINDING = 0.8
"""Spare slots go to early final reviews once the reviews still needed exceed this share of the budget left."""


class Memory:
    """FSRS-6, vectorised: the same formulas as ``fsrs.Scheduler``, on arrays.

    A review that fails is followed, the same day, by the relearning step
    answered right (as the study session does), so "review then outcome" maps
    to one new (stability, difficulty) pair.
    """

    def __init__(self, parameters: Sequence[float] = DEFAULT_PARAMETERS) -> None:
        self.w = np.asarray(parameters, dtype=float)
        if self.w.shape != (21,):
            raise ValueError(f"FSRS-6 needs 21 parameters, got {self.w.shape[0]}")
        self.decay = -float(self.w[20])
        self.factor = 0.9 ** (1 / self.decay) - 1

    @property
    def parameters(self) -> tuple[float, ...]:
        return tuple(float(x) for x in self.w)

    # --- the forgetting curve ------------------------------------------------

    def retrievability(self, elapsed, stability):
        """Recall probability ``elapsed`` days after the last review."""
        elapsed = np.maximum(np.asarray(elapsed, dtype=float), 0.0)
        return (1 + self.factor * elapsed / stability) ** self.decay

    def interval(self, stability, retention: float):
        """Days until recall falls to ``retention`` (FSRS's next interval, unrounded)."""
        return stability / self.factor * (retention ** (1 / self.decay) - 1)

    # --- state transitions ---------------------------------------------------

    def initial_stability(self, rating):
        return np.maximum(self.w[np.asarray(rating) - 1], STABILITY_MIN)

    def initial_difficulty(self, rating, clamp: bool = True):
        d = self.w[4] - np.exp(self.w[5] * (np.asarray(rating, dtype=float) - 1)) + 1
        return np.clip(d, 1.0, 10.0) if clamp else d

    def next_difficulty(self, difficulty, rating):
        w = self.w
        delta = -(w[6] * (np.asarray(rating, dtype=float) - 3))
        damped = difficulty + (10.0 - difficulty) * delta / 9.0
        target = self.initial_difficulty(EASY, clamp=False)
        return np.clip(w[7] * target + (1 - w[7]) * damped, 1.0, 10.0)

    def short_term_stability(self, stability, rating):
        w = self.w
        rating = np.asarray(rating, dtype=float)
        increase = np.exp(w[17] * (rating - 3 + w[18])) * stability ** -w[19]
        increase = np.where(rating >= HARD, np.maximum(increase, 1.0), increase)
        return np.maximum(stability * increase, STABILITY_MIN)

    def recall_stability(self, difficulty, stability, retrievability, rating=GOOD):
        w = self.w
        rating = np.asarray(rating)
        hard = np.where(rating == HARD, w[15], 1.0)
        easy = np.where(rating == EASY, w[16], 1.0)
        growth = np.exp(w[8]) * (11 - difficulty) * stability ** -w[9] * (np.exp((1 - retrievability) * w[10]) - 1)
        return np.maximum(stability * (1 + growth * hard * easy), STABILITY_MIN)

    def forget_stability(self, difficulty, stability, retrievability):
        w = self.w
        long_term = w[11] * difficulty ** -w[12] * ((stability + 1) ** w[13] - 1) * np.exp((1 - retrievability) * w[14])
        short_term = stability / math.exp(w[17] * w[18])
        return np.maximum(np.minimum(long_term, short_term), STABILITY_MIN)

    def outcomes(self, stability, difficulty, elapsed, with_difficulty: bool = True):
        """Both outcomes of a review ``elapsed`` days after the last, and today's recall chance.

        Returns (recall probability, stability if recalled, stability if
        forgotten, difficulty if recalled, difficulty if forgotten). Forgotten
        means Again followed by the same-day relearning step answered Good.
        Reviews less than a day apart use FSRS's short-term rule.
        """
        elapsed = np.asarray(elapsed, dtype=float)
        r = self.retrievability(np.floor(elapsed), stability)
        s_ok = self.recall_stability(difficulty, stability, r, GOOD)
        s_fail = self.forget_stability(difficulty, stability, r)
        same_day = elapsed < 1
        if np.any(same_day):
            s_ok = np.where(same_day, self.short_term_stability(stability, GOOD), s_ok)
            s_fail = np.where(same_day, self.short_term_stability(stability, AGAIN), s_fail)
        s_fail = self.short_term_stability(s_fail, GOOD)
        if not with_difficulty:
            return r, s_ok, s_fail, None, None
        d_ok = self.next_difficulty(difficulty, GOOD)
        d_fail = self.next_difficulty(self.next_difficulty(difficulty, AGAIN), GOOD)
        return r, s_ok, s_fail, d_ok, d_fail

    def after_review(self, stability, difficulty, elapsed, recalled):
        """(stability, difficulty) after a review with the given outcome (see :meth:`outcomes`)."""
        recalled = np.asarray(recalled, dtype=bool)
        _, s_ok, s_fail, d_ok, d_fail = self.outcomes(stability, difficulty, elapsed)
        return np.where(recalled, s_ok, s_fail), np.where(recalled, d_ok, d_fail)

    def first_review(self, rating):
        """(stability, difficulty) of a new card after its first answer that day.

        Again or Hard leave it in the learning step, answered Good minutes later.
        """
        rating = np.asarray(rating)
        s = self.initial_stability(rating)
        d = self.initial_difficulty(rating)
        again = rating <= HARD
        s = np.where(again, self.short_term_stability(s, GOOD), s)
        d = np.where(again, self.next_difficulty(d, GOOD), d)
        return s, d


DEFAULT_MEMORY = Memory()

FIRST_RATING_PRIOR = np.array([0.3, 0.0, 0.7, 0.0])
"""What the planner assumes about a question never seen: wrong 30% of the time."""


@dataclass(frozen=True, slots=True)
class PlannerConfig:
    """The planner's few knobs; the defaults are what the app and the benchmark use."""

    spacing_retention: float = 0.9
    """Before the final period, a card becomes a candidate when its recall falls this low."""
    goal: float = 0.99
    """Cards predicted below this on exam day get a review in the final period."""
    min_gain: float = 0.001
    """A review must raise expected exam-day recall by at least this much (of one question)."""
    intro_fraction: float = 0.6
    """The app raises the daily new limit so every question is seen within this share of the days left."""
    fill_budget: bool = True
    """Slots the plan leaves free go to the reviews worth most on exam day (at least ``fill_gain``):
    a budget the learner set is spent when a review still adds something. Off when no budget was set."""
    fill_gain: float = 0.0001
    """The least exam-day gain of a review that fills a free slot."""
    value_days: int = 2
    """In the last this many study days, early final reviews go to the cards worth most today
    (5 before the seventh round of issue 14, when the other days took the most stable first)."""
    final_prices: bool = True
    """Before the last ``value_days`` days, the final period's reviews of the day go to the cards that
    lose most by waiting for a later day (:func:`final_advantage`); off: the most stable first (before
    the seventh round of issue 14; with ``value_days=5`` that is the earlier planner)."""
    final_reserve: float = 0.1
    """The final period is sized for this share more reviews than cards needing one: room to bring
    back the final reviews that fail (about one in five does) instead of sending them to the exam.
    The app and the simulator use the one :func:`choose_reserve` picks for the exam."""
    final_lead: float = 0.5
    """A spaced review is valued (:func:`consolidation_gain`) as if the final review came this share of the
    final period's length (final reviews wanted over the daily budget) before the exam, at least on its
    eve: the final period spreads the final reviews over its days. 0: on the eve (before the eighth round
    of issue 14). No budget set: the eve."""
    final_repeat: float = 0.3
    """:func:`final_advantage` counts this share of what repeating a failed final review on a later day adds
    (net of that day's price): a final review early in the final period leaves time to repair a failure.
    0: not at all (before the ninth round of issue 14); 0.5 / 1.0 measured no better (docs/benchmarks.md)."""


@dataclass(frozen=True, slots=True)
class DayPlan:
    """Today's plan: indices (into the arrays given) of cards to review, and how many new."""

    review: np.ndarray
    new: int
    gain: np.ndarray = field(repr=False)
    """Expected exam-day gain of each chosen review, same order as ``review``."""
    final: int = 0
    """How many of the reviews are final-period reviews."""

    @property
    def total(self) -> int:
        return int(self.review.size) + self.new


def exam_gain(memory: Memory, stability, difficulty, elapsed, days_to_exam):
    """(recall on exam day without a review today, expected gain from one review now)."""
    stability = np.asarray(stability, dtype=float)
    without = memory.retrievability(elapsed + days_to_exam, stability)
    r_now, s_ok, s_fail, _, _ = memory.outcomes(stability, difficulty, elapsed, with_difficulty=False)
    with_review = r_now * memory.retrievability(days_to_exam, s_ok) + (1 - r_now) * memory.retrievability(days_to_exam, s_fail)
    return without, with_review - without


def consolidation_gain(memory: Memory, stability, difficulty, elapsed, days_to_exam, lead: float = 1.0):
    """Expected exam-day gain of a review now, for a card that will get its final review anyway.

    The final review comes ``lead`` days before the exam (1: on its eve); what a
    review now adds is the chance that the final one succeeds, and the stability it leaves.
    """
    last = max(days_to_exam - max(lead, 1.0), 0.0)  # the final review, days from now
    gap = days_to_exam - last

    def with_final(s, d, e):
        r, s_ok, s_fail, _, _ = memory.outcomes(s, d, e + last, with_difficulty=False)
        return r * memory.retrievability(gap, s_ok) + (1 - r) * memory.retrievability(gap, s_fail)

    r_now, s_ok, s_fail, d_ok, d_fail = memory.outcomes(stability, difficulty, elapsed)
    after = r_now * with_final(s_ok, d_ok, 0.0) + (1 - r_now) * with_final(s_fail, d_fail, 0.0)
    return after - with_final(stability, difficulty, elapsed)


FINAL_DAYS_EXACT = 7
""":func:`final_advantage` weighs the last this many days before the exam one by one, earlier ones in a few blocks."""
FINAL_BLOCKS = 4
""":func:`final_advantage`'s blocks of earlier days (at most)."""
FINAL_PRICE_SAMPLE = 300
""":func:`final_advantage` finds the days' prices on at most this many of the cards (an even sample)."""
FINAL_SHORTLIST = 3
"""The final period weighs what waiting costs for at most this many times the day's count (plus the sample) of cards."""
FINAL_REPEAT_CARDS = 1000
""":func:`final_advantage` counts a repeat of a failed final review only where it weighs at most this many cards:
its cost grows with cards x days squared, and where the final period holds thousands it measured nothing."""


def final_advantage(
    memory: Memory,
    stability,
    difficulty,
    elapsed,
    days_to_exam: float,
    study_days: int,
    capacity: float,
    today: int,
    iterations: int = 60,
    wanted=None,
    repeat: float = 0.0,
) -> np.ndarray:
    """What each card loses if its final review is not today but on its best later day, at that day's price.

    The final period as a small assignment problem: every card gets one final
    review on one of the ``study_days`` days left (or none), worth its expected
    exam-day recall then (both outcomes) over none; today has room for
    ``today`` of them, every later day for ``capacity``. Prices per day, found
    by a few dozen vectorised auction steps, stand for that room; a card's
    advantage is its gain today minus its best priced gain later (0 if none is
    worth its price). Ranking by it sends today the cards a later slot would
    serve worst (unlike "most stable first", it weighs what waiting costs each
    card against what the later days can hold).

    To keep a long final period over thousands of cards to a few milliseconds:
    days more than :data:`FINAL_DAYS_EXACT` before the exam are taken in a few
    blocks (a block's room is its days' room, its value its first day's); the
    prices come from an even sample of at most :data:`FINAL_PRICE_SAMPLE`
    cards, the room scaled alike; and ``wanted`` (indices) limits the answer,
    and the work, to those cards (default: all).

    ``repeat`` (0 to 1): a final review that fails on one day can be taken
    again on a later one; its value then also counts this share of what the
    best such repeat adds, net of that day's price, weighted by the chance of
    failing. An early final review leaves time to repair a failure, a late one
    does not; the prices stand for room meant for first final reviews, so the
    repeat is counted only in part (:attr:`PlannerConfig.final_repeat`), and
    only where at most :data:`FINAL_REPEAT_CARDS` cards are weighed.
    """
    stability = np.asarray(stability, dtype=float)
    difficulty = np.asarray(difficulty, dtype=float)
    elapsed = np.asarray(elapsed, dtype=float)
    n = stability.size
    every = wanted is None
    wanted = np.arange(n) if every else np.asarray(wanted, dtype=np.int64)
    if n == 0 or wanted.size == 0:
        return np.zeros(wanted.size)
    exact = max(0, study_days - FINAL_DAYS_EXACT)
    starts = set(range(min(3, study_days))) | set(range(exact, study_days))
    if exact > 3:
        starts |= {int(t) for t in np.round(np.geomspace(3, exact, FINAL_BLOCKS))}
    start = np.array(sorted(t for t in starts if t < study_days), dtype=float)
    width = np.diff(np.append(start, study_days))
    sample = np.arange(n) if n <= FINAL_PRICE_SAMPLE else np.linspace(0, n - 1, FINAL_PRICE_SAMPLE).astype(np.int64)
    rows = wanted if every else np.concatenate([sample, wanted])
    s, d, e = stability[rows], difficulty[rows], elapsed[rows]
    when = e[:, None] + start[None, :]
    repeats = repeat > 0 and start.size > 1 and wanted.size <= FINAL_REPEAT_CARDS
    r, s_ok, s_fail, _, d_fail = memory.outcomes(
        np.broadcast_to(s[:, None], when.shape), np.broadcast_to(d[:, None], when.shape), when, with_difficulty=repeats
    )  # a failed review's difficulty only where a repeat is counted
    left = days_to_exam - start[None, :]
    value = r * memory.retrievability(left, s_ok) + (1 - r) * memory.retrievability(left, s_fail)
    value -= memory.retrievability(e + days_to_exam, s)[:, None]
    priced, value = (value[sample], value) if every else (value[: sample.size], value[sample.size :])
    room = np.maximum(1.0, float(capacity)) * width
    room[0] = today
    room = room * (sample.size / n)
    price = np.zeros(start.size)
    cards = np.arange(sample.size)
    for _ in range(iterations):
        net = priced - price
        best = net.argmax(axis=1)
        load = np.bincount(best[net[cards, best] > 0], minlength=start.size)
        price = np.maximum(0.0, price + 0.02 * (load - room) / np.maximum(room, 1.0) * max(price.mean(), 0.01))
    if repeats:
        mine = slice(None) if every else slice(sample.size, None)
        value = value + repeat * _repeat_value(memory, r[mine], s_fail[mine], d_fail[mine], start, days_to_exam, price)
    later = np.maximum(0.0, (value - price)[:, 1:].max(axis=1)) if start.size > 1 else np.zeros(wanted.size)
    return value[:, 0] - later


def _repeat_value(memory: Memory, r, s_fail, d_fail, start, days_to_exam: float, price) -> np.ndarray:
    """Per card and start day j: the chance a final review on j fails times the most a repeat on a later day adds, net of its price."""
    first, then = np.triu_indices(start.size, 1)  # every (failed on j, repeated on k > j), grouped by j
    gap = np.broadcast_to(start[then] - start[first], (r.shape[0], first.size))
    s, d = s_fail[:, first], d_fail[:, first]
    r2, s_ok, s_bad, _, _ = memory.outcomes(s, d, gap, with_difficulty=False)
    left = days_to_exam - start[then]
    added = r2 * memory.retrievability(left, s_ok) + (1 - r2) * memory.retrievability(left, s_bad)
    added -= memory.retrievability(days_to_exam - start[first], s) + price[then]
    best = np.maximum.reduceat(added, np.flatnonzero(np.diff(first, prepend=-1)), axis=1)
    extra = np.zeros(r.shape)
    extra[:, :-1] = (1 - r[:, :-1]) * np.maximum(0.0, best)
    return extra


def new_card_recall(memory: Memory, days_to_exam) -> float:
    """Expected exam-day recall of a question first seen now (under the planner's prior)."""
    ratings = np.arange(1, 5)
    s, _ = memory.first_review(ratings)
    return float(np.sum(FIRST_RATING_PRIOR * memory.retrievability(days_to_exam, s)))


def plan_day(
    memory: Memory,
    stability,
    difficulty,
    elapsed,
    days_to_exam: float,
    *,
    budget: int | None,
    new_available: int,
    new_limit: int,
    reviewed_today=None,
    config: PlannerConfig = PlannerConfig(),
) -> DayPlan:
    """Plan one day for the cards already seen (arrays) and ``new_available`` unseen ones.

    ``elapsed`` is days since each card's last review, ``days_to_exam`` the
    days from now to the exam; ``budget`` caps reviews plus new questions
    (None: no cap, the gain threshold alone decides). Cards in
    ``reviewed_today`` (a boolean mask) are not planned again today.
    """
    stability = np.asarray(stability, dtype=float)
    difficulty = np.asarray(difficulty, dtype=float)
    elapsed = np.asarray(elapsed, dtype=float)
    n = stability.size
    cap = np.iinfo(np.int64).max if budget is None else max(0, int(budget))
    days = max(float(days_to_exam), 0.0)
    study_days = max(1, math.ceil(days))  # today included

    without, gain = exam_gain(memory, stability, difficulty, elapsed, days) if n else (np.zeros(0), np.zeros(0))
    blocked = np.zeros(n, dtype=bool) if reviewed_today is None else np.asarray(reviewed_today, dtype=bool)
    gain = np.where(blocked, 0.0, gain)

    # New questions: at least an even pace before the final period (see
    # _new_due), more when the budget has room after the spaced reviews.
    new_cap = min(max(0, int(new_limit)), max(0, int(new_available)), cap)
    new_gain = new_card_recall(memory, days)
    later_new = max(0, int(new_available) - new_cap)

    # Final period: cards below the goal get one review, packed as late as the
    # budget allows once the new questions still to come are seen. Those new
    # questions will want a final review too, so where the budget cannot
    # cover every first showing and every final review after today, the
    # final period starts now (rather than leaving them without one).
    needy = (without < config.goal) & (gain >= config.min_gain) & ~blocked
    n_needy = int(needy.sum())
    # final reviews (and a reserve to repeat the ones that fail), and first showings of the new ones still to come
    finals_wanted = int(round(n_needy * (1 + config.final_reserve)))
    demand = finals_wanted + 2 * later_new
    if budget is None:
        must_today = n_needy if study_days == 1 else 0
    else:
        must_today = max(0, demand - cap * (study_days - 1))
        must_today = min(must_today, n_needy)
    final = np.zeros(n, dtype=bool)
    if must_today:
        idx = np.flatnonzero(needy)
        if study_days <= config.value_days:
            # in the last few days, the ones worth most today, so that a card just
            # failed or just introduced comes back while there is time
            key = -gain[idx]
        elif config.final_prices:
            # the cards that lose most by waiting for a later day of the final period,
            # looked for among those that lose least by not waiting for the eve
            # (a cheap first cut: a few times today's count, where there are many)
            wanted = None
            if idx.size > FINAL_SHORTLIST * must_today + FINAL_PRICE_SAMPLE:
                _, eve = exam_gain(memory, stability[idx], difficulty[idx], elapsed[idx] + days - 1, 1.0)
                wanted = np.argsort(eve - gain[idx], kind="stable")[: FINAL_SHORTLIST * must_today + FINAL_PRICE_SAMPLE]
            advantage = final_advantage(
                memory, stability[idx], difficulty[idx], elapsed[idx], days, study_days, cap / (1 + config.final_reserve), must_today, wanted=wanted,
                repeat=config.final_repeat,
            )
            idx = idx if wanted is None else idx[wanted]
            key = -advantage
        else:
            # the most stable first: they lose least by being reviewed early
            key = -stability[idx]
        final[idx[np.argsort(key, kind="stable")[:must_today]]] = True

    # Spaced reviews before the final period: recall down to spacing_retention.
    r_now = memory.retrievability(np.floor(elapsed), stability) if n else np.zeros(0)
    lead = 1.0
    if config.final_lead and budget is not None and cap > 0:
        lead = min(days, max(1.0, config.final_lead * finals_wanted / cap))
    cgain = consolidation_gain(memory, stability, difficulty, elapsed, days, lead) if n else np.zeros(0)
    spaced = (r_now <= config.spacing_retention) & (cgain >= config.min_gain) & ~blocked & ~final

    # Greedy by expected exam-day gain: reviews worth more than a new question,
    # then the new questions that cannot wait, then the final reviews that
    # cannot wait, then spaced reviews, then more new questions, until the
    # budget is spent.
    candidates = np.flatnonzero(final | spaced)
    candidates = candidates[np.argsort(-gain[candidates], kind="stable")]
    first = candidates[gain[candidates] > new_gain][:cap]
    room = cap - first.size
    new = min(new_cap, room, _new_due(cap, study_days, int(new_available), int(new_limit), max(0, finals_wanted - must_today))) if budget is not None else min(new_cap, room)
    room -= new
    rest = candidates[first.size :] if first.size < cap else candidates[:0]
    finals = rest[final[rest]][: max(room, 0)]
    room -= finals.size
    later = rest[~final[rest]]
    later = later[np.argsort(-cgain[later], kind="stable")][: max(room, 0)]
    room -= later.size
    new += min(new_cap - new, max(room, 0))
    review = np.concatenate([first, finals, later]).astype(np.int64)
    room = cap - review.size - new
    if budget is not None and room > 0 and later_new > 0 and demand > BINDING * cap * (study_days - 1):
        # The budget binds over the days left: a slot left empty today is lost
        # for good, so it goes to the final review worth most today.
        taken = np.zeros(n, dtype=bool)
        taken[review] = True
        extra = np.flatnonzero(needy & ~taken)
        extra = extra[np.argsort(-gain[extra], kind="stable")][:room]
        final[extra] = True
        review = np.concatenate([review, extra]).astype(np.int64)
    room = cap - review.size - new
    if config.fill_budget and budget is not None and room > 0:
        # What is left of the learner's budget: the reviews worth most on exam
        # day, failed or not (the one-line greedy rival, which the rules above
        # otherwise leave ahead wherever the budget has room).
        taken = np.zeros(n, dtype=bool)
        taken[review] = True
        extra = np.flatnonzero((gain >= config.fill_gain) & ~blocked & ~taken)
        extra = extra[np.argsort(-gain[extra], kind="stable")][:room]
        final[extra] = True
        review = np.concatenate([review, extra]).astype(np.int64)
    chosen = int(final[review].sum()) if review.size else 0
    return DayPlan(review=review, new=int(new), gain=gain[review], final=chosen)


def _new_due(cap: int, study_days: int, new_available: int, new_limit: int, needy: int) -> int:
    """New questions that must come today so that all are seen in time.

    In time means: at an even pace over the days before the final period
    (each new question then has room for a spaced review before it), within
    the daily limit, and leaving the remaining budget enough for every
    question's first showing and final review.
    """
    if new_available <= 0 or cap <= 0:
        return 0
    final_days = math.ceil((needy + new_available) / cap)
    intro_days = max(1, study_days - final_days)
    pace = math.ceil(new_available / intro_days)
    by_limit = new_available - new_limit * max(0, intro_days - 1)
    by_budget = 2 * new_available + needy - cap * (study_days - 1)
    return max(0, pace, by_limit, by_budget)


def required_pace(new_available: int, days_to_exam: float, config: PlannerConfig = PlannerConfig()) -> int:
    """New questions per day needed to have seen them all within ``intro_fraction`` of the days left."""
    if new_available <= 0:
        return 0
    intro_days = max(1, math.floor(max(1, math.ceil(days_to_exam)) * config.intro_fraction))
    return math.ceil(new_available / intro_days)


RESERVES = (0.05, 0.1, 0.15)
"""The final reserves :func:`choose_reserve` picks from (docs/benchmarks.md, "Fifth round" and "Sixth round")."""
RESERVE_FORECAST_DAYS = 270
"""Simulated days :func:`choose_reserve` may spend per candidate: 8 forecasts at 30 days, 3 at 90, at least 2."""
RESERVE_DECK_MAX = 2000
"""Larger exams are forecast at this size, budget and new limit scaled alike (the reserve is a share)."""


def choose_reserve(
    memory: Memory,
    days_to_exam: float,
    questions: int,
    budget: int,
    new_limit: int,
    config: PlannerConfig = PlannerConfig(),
    *,
    stop: Callable[[], bool] | None = None,
) -> float | None:
    """The ``final_reserve`` for an exam of this shape: the one of :data:`RESERVES` its own forecast says is best.

    A larger reserve helps where the final period comes after the introductions
    (it brings back failed final reviews) and costs where it overlaps them; the
    planner's model, following itself on a fresh deck of the exam's shape (seeded
    runs shared by every candidate), ranks the reserves as simulated learners do.
    Chosen once per exam (studyapp.exam stores it), never per answer: ~1-2 s, so the
    TUI runs it in a thread; ``stop`` (asked between forecasts) returning True ends it
    early with None, so quitting meanwhile does not wait for it.
    """
    days = max(1.0, float(days_to_exam))
    if questions <= 0 or budget <= 0:
        return config.final_reserve
    scale = min(1.0, RESERVE_DECK_MAX / questions)
    deck = max(1, round(questions * scale))
    budget = max(1, round(budget * scale))
    new_limit = max(1, round(new_limit * scale))
    runs = max(2, min(8, RESERVE_FORECAST_DAYS // math.ceil(days)))
    empty = np.zeros(0)
    scores = []
    for reserve in RESERVES:
        candidate = replace(config, final_reserve=reserve)
        recall = []
        for seed in range(runs):
            if stop is not None and stop():
                return None
            recall.append(forecast(memory, empty, empty, empty, days, budget=budget, new_available=deck, new_limit=new_limit, config=candidate, seed=seed).recall.mean())
        scores.append(float(np.mean(recall)))
    return RESERVES[int(np.argmax(scores))]


def calibrate(memory: Memory, elapsed, stability, recalled, prior: float = 50.0) -> float:
    """A stability scale that makes the model's predictions match this learner's answers.

    Given past reviews (days since the previous review, the stability the
    model had then, and whether the answer was right), find k so that the
    predicted recall with stabilities ``k * S`` matches the share answered
    right. ``prior`` pseudo-reviews answered exactly as the model predicts
    keep k near 1 until there is evidence. The planner multiplies
    stabilities by k, so a learner who forgets faster than the default
    parameters say gets more reviews, and predictions stay honest.
    """
    elapsed = np.asarray(elapsed, dtype=float)
    stability = np.asarray(stability, dtype=float)
    recalled = np.asarray(recalled, dtype=float)
    if elapsed.size == 0:
        return 1.0
    base = memory.retrievability(elapsed, stability)
    target = recalled.sum() + prior * base.mean()

    def predicted(k: float) -> float:
        r = memory.retrievability(elapsed, k * stability)
        return r.sum() + prior * r.mean()

    lo, hi = -3.0, 3.0  # log k: a factor of 20 either way
    if predicted(math.exp(lo)) >= target:
        return math.exp(lo)
    if predicted(math.exp(hi)) <= target:
        return math.exp(hi)
    for _ in range(40):
        mid = (lo + hi) / 2
        if predicted(math.exp(mid)) < target:
            lo = mid
        else:
            hi = mid
    return math.exp((lo + hi) / 2)


@dataclass(frozen=True, slots=True)
class Forecast:
    """What following the plan until the exam should give."""

    recall: np.ndarray
    """Predicted exam-day recall per card: the seen ones, then the new ones in order."""
    now: np.ndarray
    """Exam-day recall per card if nothing more were studied (0 for unseen)."""
    today: DayPlan
    reviews: int
    """Reviews and new questions the plan spends until the exam."""


def forecast(
    memory: Memory,
    stability,
    difficulty,
    elapsed,
    days_to_exam: float,
    *,
    budget: int | None,
    new_available: int,
    new_limit: int,
    budget_today: int | None = None,
    reviewed_today=None,
    config: PlannerConfig = PlannerConfig(),
    seed: int = 0,
) -> Forecast:
    """Follow the plan day by day until the exam, answers drawn from the model (seeded).

    ``budget_today`` is what is left of today's budget (default: all of it).
    """
    rng = np.random.default_rng(seed)
    s = np.asarray(stability, dtype=float).copy()
    d = np.asarray(difficulty, dtype=float).copy()
    e = np.asarray(elapsed, dtype=float).copy()
    n_seen, days = s.size, max(float(days_to_exam), 0.0)
    total = n_seen + max(0, int(new_available))
    s = np.concatenate([s, np.ones(total - n_seen)])
    d = np.concatenate([d, np.ones(total - n_seen)])
    e = np.concatenate([e, np.zeros(total - n_seen)])
    seen = np.arange(total) < n_seen
    now = np.zeros(total)
    now[:n_seen] = memory.retrievability(e[:n_seen] + days, s[:n_seen])
    blocked = np.zeros(total, dtype=bool)
    if reviewed_today is not None:
        blocked[:n_seen] = np.asarray(reviewed_today, dtype=bool)
    today: DayPlan | None = None
    spent = 0
    while True:
        idx = np.flatnonzero(seen)
        plan = plan_day(
            memory, s[idx], d[idx], e[idx], days,
            budget=budget if today is not None or budget_today is None else budget_today,
            new_available=int(total - seen.sum()), new_limit=new_limit,
            reviewed_today=blocked[idx], config=config,
        )
        if today is None:
            today = plan
        chosen = idx[plan.review]
        if chosen.size:
            r = memory.retrievability(np.floor(e[chosen]), s[chosen])
            ok = rng.random(chosen.size) < r
            s[chosen], d[chosen] = memory.after_review(s[chosen], d[chosen], e[chosen], ok)
            e[chosen] = 0.0
        if plan.new:
            fresh = np.flatnonzero(~seen)[: plan.new]
            rating = rng.choice(np.arange(1, 5), size=fresh.size, p=FIRST_RATING_PRIOR)
            s[fresh], d[fresh] = memory.first_review(rating)
            e[fresh] = 0.0
            seen[fresh] = True
        spent += plan.total
        if days <= 1:
            break
        # the next study day, at the same hour tomorrow
        e += 1.0
        days -= 1.0
        blocked[:] = False
    recall = np.where(seen, memory.retrievability(e + days, s), 0.0)
    return Forecast(recall=recall, now=now, today=today, reviews=spent)

"""Simulated learners, to compare scheduling policies before an exam.

A learner's memory follows FSRS-6 (``planner.Memory``) with its *own* true
parameters and a random difficulty per card; every answer is drawn from the
true recall probability. A policy sees only what an app sees (the answers,
and its own FSRS estimate of each card) and picks, day by day, which cards to
review and how many new ones to introduce, within a daily budget that counts
every question shown (new or review). On exam day (the morning after the
last study day) we report the mean *true* recall over the whole deck and the
reviews spent.

Fair comparison: every policy meets the same learners, and the k-th review
of a card uses the same random number under every policy (common random
numbers), so differences come from the policies, not from luck. Everything
is seeded; the same arguments give the same numbers.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from fsrs.scheduler import DEFAULT_PARAMETERS

from studyapp.planner import AGAIN, EASY, DayPlan, Memory, PlannerConfig, calibrate, choose_reserve, exam_gain, plan_day

FIRST_RATINGS = np.array([0.24, 0.094, 0.495, 0.171])
"""First-answer rating shares (Again, Hard, Good, Easy), as in FSRS's own simulator."""
DIFFICULTY_SPREAD = 1.5
"""Standard deviation of a card's true difficulty around FSRS's initial value."""


def _weaker_learner() -> tuple[float, ...]:
    """A learner the default parameters flatter: half the initial stability,
    slower growth, harsher lapses and a steeper forgetting curve."""
    w = list(DEFAULT_PARAMETERS)
    for i in range(4):
        w[i] *= 0.5
    w[8] = 1.5
    w[11] = 1.0
    w[20] = 0.35
    return tuple(w)


def _stronger_learner() -> tuple[float, ...]:
    """A learner the defaults underrate: longer first memories, faster growth, a flatter curve."""
    w = list(DEFAULT_PARAMETERS)
    for i in range(4):
        w[i] *= 2.0
    w[8] = 2.2
    w[20] = 0.12
    return tuple(w)


def _perturbed_learner(seed: int = 14, spread: float = 0.3) -> tuple[float, ...]:
    """Every default weight off by up to ``spread`` (30%) either way, drawn once (seeded)."""
    rng = np.random.default_rng(seed)
    return tuple(float(w * f) for w, f in zip(DEFAULT_PARAMETERS, rng.uniform(1 - spread, 1 + spread, len(DEFAULT_PARAMETERS))))


LEARNERS: dict[str, tuple[float, ...]] = {
    "default": tuple(DEFAULT_PARAMETERS),
    "weaker": _weaker_learner(),
    "stronger": _stronger_learner(),
    "perturbed": _perturbed_learner(),
    "forgetful": tuple(DEFAULT_PARAMETERS),
    "varied": tuple(DEFAULT_PARAMETERS),
}
"""True FSRS-6 parameters of each kind of learner."""


@dataclass(frozen=True, slots=True)
class Traits:
    """What no FSRS parameter set describes: the model is wrong, not just its weights."""

    difficulty_spread: float = 1.5
    """Standard deviation of a card's hidden true difficulty around FSRS's initial value."""
    pace: float = 1.0
    """Time runs this much faster for the learner's memory than the model believes (forgetting)."""
    pace_spread: float = 0.0
    """Per card, a hidden extra pace exp(|N(0, spread)|): some cards are simply forgotten faster."""


TRAITS: dict[str, Traits] = {
    "forgetful": Traits(pace=1.5),
    "varied": Traits(difficulty_spread=3.0, pace_spread=0.5),
}


@dataclass(frozen=True, slots=True)
class Scenario:
    horizon: int
    """Study days; the exam is on the morning of day ``horizon``."""
    deck: int
    budget: int
    """Questions shown per day, new and review together."""
    learner: str = "default"
    new_limit: int | None = None
    """New questions per day; default max(20, enough to see the deck in 80% of the horizon)."""

    @property
    def daily_new(self) -> int:
        if self.new_limit is not None:
            return self.new_limit
        return max(20, math.ceil(self.deck / (0.8 * self.horizon)))

    @property
    def label(self) -> str:
        return f"{self.horizon}d · {self.deck} cards · {self.budget}/day · {self.learner}"


@dataclass
class Learner:
    """One simulated learner on one deck: true memory and every random draw, fixed by the seed."""

    memory: Memory
    first_rating: np.ndarray
    difficulty_offset: np.ndarray
    draws: np.ndarray
    """draws[i, k]: the uniform number deciding the k-th review of card i."""
    pace: np.ndarray | None = None
    """Per card, how much faster than real time it is forgotten (None: 1, the model's own clock)."""

    @classmethod
    def make(
        cls, deck: int, horizon: int, seed: int, parameters: Sequence[float] = DEFAULT_PARAMETERS, traits: Traits = Traits()
    ) -> "Learner":
        rng = np.random.default_rng(seed)
        learner = cls(
            memory=Memory(parameters),
            first_rating=rng.choice(np.arange(AGAIN, EASY + 1), size=deck, p=FIRST_RATINGS),
            difficulty_offset=rng.normal(0.0, traits.difficulty_spread, size=deck),
            draws=rng.random((deck, horizon + 1)),
        )
        if traits.pace != 1.0 or traits.pace_spread:
            extra = np.exp(np.abs(rng.normal(0.0, traits.pace_spread, size=deck))) if traits.pace_spread else 1.0
            learner.pace = traits.pace * np.ones(deck) * extra
        return learner

    @classmethod
    def of(cls, scenario: "Scenario", seed: int) -> "Learner":
        """The scenario's kind of learner, number ``seed``."""
        name = scenario.learner
        return cls.make(scenario.deck, scenario.horizon, seed, LEARNERS[name], TRAITS.get(name, Traits()))

    def clock(self, cards: np.ndarray, elapsed) -> np.ndarray:
        """Days as these cards' memories feel them (a pace of 1.5: 2 days forget like 3)."""
        elapsed = np.asarray(elapsed, dtype=float)
        return elapsed if self.pace is None else elapsed * self.pace[cards]


@dataclass
class View:
    """What a policy may see on a given day: its own estimate of every card."""

    day: int
    horizon: int
    stability: np.ndarray
    difficulty: np.ndarray
    last: np.ndarray
    """Day of the last review; -1 for cards not yet introduced."""
    memory: Memory
    history: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=list)
    """Past reviews, one entry per day: (elapsed days, stability the policy had, recalled)."""

    def reviews(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if not self.history:
            return np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool)
        return tuple(np.concatenate(part) for part in zip(*self.history))  # type: ignore[return-value]

    @property
    def seen(self) -> np.ndarray:
        return self.last >= 0

    @property
    def new_available(self) -> int:
        return int(np.sum(self.last < 0))


Choice = tuple[np.ndarray, int]
"""(indices of cards to review today, how many new cards to introduce)."""


class Policy:
    name = "policy"

    def choose(self, view: View, budget: int, new_limit: int) -> Choice:
        raise NotImplementedError


class FsrsPolicy(Policy):
    """Plain FSRS at one desired retention: due cards oldest first, then new ones."""

    def __init__(self, retention: float, cap_before_exam: bool = False) -> None:
        self.retention = retention
        self.cap = cap_before_exam
        self.name = f"FSRS {retention:.2f}" + (" capped" if cap_before_exam else "")

    def due(self, view: View) -> np.ndarray:
        interval = np.maximum(1, np.rint(view.memory.interval(view.stability, self.retention)))
        if self.cap:
            # the usual workaround: no interval may run past the day before the exam
            room = view.horizon - 1 - view.last
            interval = np.where(room >= 1, np.minimum(interval, np.maximum(room, 1)), interval)
        return view.last + interval

    def choose(self, view: View, budget: int, new_limit: int) -> Choice:
        seen = np.flatnonzero(view.seen)
        due = self.due(view)[seen]
        ready = seen[due <= view.day]
        ready = ready[np.argsort(due[due <= view.day], kind="stable")][:budget]
        return ready, min(new_limit, budget - ready.size, view.new_available)


class FinalPeriodPolicy(FsrsPolicy):
    """RemNote-like: FSRS 0.9, and every card once more in the last ``fraction`` of the horizon."""

    def __init__(self, retention: float = 0.9, fraction: float = 0.2) -> None:
        super().__init__(retention)
        self.fraction = fraction
        self.name = f"final {int(fraction * 100)}%"

    def choose(self, view: View, budget: int, new_limit: int) -> Choice:
        start = view.horizon - max(1, math.ceil(self.fraction * view.horizon))
        ready, new = super().choose(view, budget, new_limit)
        if view.day < start:
            return ready, new
        # cards not yet shown in the final period, the least recalled first, spread evenly
        pending = np.flatnonzero(view.seen & (view.last < start))
        pending = np.setdiff1d(pending, ready, assume_unique=True)
        r = view.memory.retrievability(view.day - view.last[pending], view.stability[pending])
        pending = pending[np.argsort(r, kind="stable")]
        quota = math.ceil(pending.size / (view.horizon - view.day))
        extra = pending[: max(0, min(quota, budget - ready.size))]
        ready = np.concatenate([ready, extra])
        return ready, min(new, budget - ready.size)


class GreedyPolicy(Policy):
    """The one-line rival: each day every seen card, failed or not, ranked by the
    expected exam-day gain of a review today; new questions take the daily limit
    (a first showing is worth more than any review), the top reviews the rest.

    ``min_gain`` is the least gain a review must bring: 0.001 spends nearly the
    whole budget whenever it has room; a larger one ("frugal") spends less.
    """

    def __init__(self, min_gain: float = 0.001) -> None:
        self.min_gain = min_gain
        self.name = "greedy" if min_gain == 0.001 else f"greedy ≥{min_gain:g}"

    def choose(self, view: View, budget: int, new_limit: int) -> Choice:
        seen = np.flatnonzero(view.seen)
        days = view.horizon - view.day
        _, gain = exam_gain(view.memory, view.stability[seen], view.difficulty[seen], view.day - view.last[seen], days)
        order = np.argsort(-gain, kind="stable")
        worth = order[gain[order] >= self.min_gain]
        new = min(new_limit, view.new_available, budget)
        return seen[worth[: budget - new]], new


class WeakestFirstPolicy(Policy):
    """Another simple rule: new questions at the daily limit, then the cards with
    the lowest predicted exam-day recall (if not reviewed again) first."""

    name = "weakest first"

    def choose(self, view: View, budget: int, new_limit: int) -> Choice:
        seen = np.flatnonzero(view.seen)
        days = view.horizon - view.day
        elapsed = view.day - view.last[seen]
        recall = view.memory.retrievability(elapsed + days, view.stability[seen])
        candidates = np.flatnonzero(elapsed >= 1)  # one showing a day
        candidates = candidates[np.argsort(recall[candidates], kind="stable")]
        new = min(new_limit, view.new_available, budget)
        return seen[candidates[: budget - new]], new


class PlannerPolicy(Policy):
    """studyapp's exam planner (``planner.plan_day``), exactly as the app runs it."""

    name = "studyapp exam"

    def __init__(self, config: PlannerConfig = PlannerConfig(), calibrated: bool = True, tune_reserve: bool = True) -> None:
        self.config = config
        self.calibrated = calibrated
        self.tune_reserve = tune_reserve
        if not calibrated:
            self.name = "studyapp exam (uncalibrated)"

    def choose(self, view: View, budget: int, new_limit: int) -> Choice:
        seen = np.flatnonzero(view.seen)
        scale = calibrate(view.memory, *view.reviews()) if self.calibrated else 1.0
        config = self.config
        if self.tune_reserve:
            # as the app does: chosen once, from the exam's shape when it is set (day 0)
            reserve = chosen_reserve(view.memory.parameters, float(view.horizon), view.stability.size, budget, new_limit, self.config)
            config = replace(self.config, final_reserve=reserve)
        plan: DayPlan = plan_day(
            view.memory,
            view.stability[seen] * scale,
            view.difficulty[seen],
            view.day - view.last[seen],
            view.horizon - view.day,
            budget=budget,
            new_available=view.new_available,
            new_limit=new_limit,
            config=config,
        )
        return seen[plan.review], plan.new


@functools.lru_cache(maxsize=None)
def chosen_reserve(parameters: tuple[float, ...], days: float, deck: int, budget: int, new_limit: int, config: PlannerConfig) -> float:
    """``planner.choose_reserve``, once per exam shape (every learner of a scenario shares it)."""
    return choose_reserve(Memory(parameters), days, deck, budget, new_limit, config)


def baselines() -> list[Policy]:
    return [
        *(FsrsPolicy(r) for r in (0.80, 0.85, 0.90, 0.95, 0.97)),
        FsrsPolicy(0.90, cap_before_exam=True),
        FinalPeriodPolicy(),
        GreedyPolicy(),
        GreedyPolicy(min_gain=0.01),
        WeakestFirstPolicy(),
    ]


def policies() -> list[Policy]:
    return [*baselines(), PlannerPolicy()]


@dataclass(frozen=True, slots=True)
class Result:
    policy: str
    recall: float
    """Mean true recall probability over the deck on exam morning."""
    reviews: int
    """Questions shown in total (new and review)."""
    max_day: int
    """The most questions shown on any day."""
    introduced: int
    last_review: np.ndarray = field(default=None, repr=False, compare=False)  # type: ignore[assignment]
    """Day of each card's last review (-1: never seen)."""
    failed_last: np.ndarray = field(default=None, repr=False, compare=False)  # type: ignore[assignment]
    """Per card: its last review was forgotten (it goes into the exam on a relearnt lapse)."""


def simulate(policy: Policy, scenario: Scenario, learner: Learner, scheduler: Memory | None = None, oracle: bool = False) -> Result:
    """Run ``policy`` for the scenario's horizon against one learner.

    ``oracle``: the policy sees every card's true state (true parameters, hidden difficulty)
    instead of its own estimate: no app can, it measures what that knowledge is worth.
    """
    if oracle and (learner.pace is not None or scheduler is not None):
        raise ValueError("an oracle view needs a learner of the FSRS family and its own parameters")
    scheduler = learner.memory if oracle else (scheduler or Memory())
    n, horizon = scenario.deck, scenario.horizon
    true_s = np.ones(n)
    true_d = np.ones(n)
    view = View(0, horizon, np.ones(n), np.ones(n), np.full(n, -1, dtype=np.int64), scheduler)
    count = np.zeros(n, dtype=np.int64)
    failed = np.zeros(n, dtype=bool)
    next_new = 0
    total = max_day = 0
    truth = learner.memory
    for day in range(horizon):
        view.day = day
        review, new = policy.choose(view, scenario.budget, scenario.daily_new)
        review = np.asarray(review, dtype=np.int64)
        new = max(0, min(int(new), n - next_new))
        shown = review.size + new
        if shown > scenario.budget or np.unique(review).size != review.size or np.any(view.last[review] < 0):
            raise AssertionError(f"{policy.name} broke the rules on day {day}: {review.size} reviews + {new} new")
        if review.size:
            elapsed = day - view.last[review]
            felt = learner.clock(review, elapsed)
            recalled = learner.draws[review, count[review]] < truth.retrievability(felt, true_s[review])
            view.history.append((elapsed.astype(float), view.stability[review].copy(), recalled))
            failed[review] = ~recalled
            true_s[review], true_d[review] = truth.after_review(true_s[review], true_d[review], felt, recalled)
            view.stability[review], view.difficulty[review] = scheduler.after_review(
                view.stability[review], view.difficulty[review], elapsed, recalled
            )
            view.last[review] = day
            count[review] += 1
        if new:
            cards = np.arange(next_new, next_new + new)
            rating = learner.first_rating[cards]
            s, d = truth.first_review(rating)
            true_s[cards] = s
            true_d[cards] = np.clip(d + learner.difficulty_offset[cards], 1.0, 10.0)
            view.stability[cards], view.difficulty[cards] = scheduler.first_review(rating)
            view.last[cards] = day
            count[cards] += 1
            next_new += new
        if oracle:
            view.stability[:], view.difficulty[:] = true_s, true_d
        total += shown
        max_day = max(max_day, shown)
    seen = view.last >= 0
    recall = np.zeros(n)
    cards = np.flatnonzero(seen)
    recall[seen] = truth.retrievability(learner.clock(cards, horizon - view.last[seen]), true_s[seen])
    return Result(policy.name, float(recall.mean()), total, max_day, int(seen.sum()), view.last.copy(), failed)


def review_log(learner: Learner, days: int, retention: float = 0.9, seed: int = 0) -> list[list[tuple[int, int]]]:
    """A review log as an app would record it: every card of ``learner`` studied
    from day 0 under plain FSRS (default parameters) at ``retention``, each review
    a little late or early (x0.7-1.6), for ``days`` days.

    Per card: (rating, whole days since the previous review), ratings Again or
    Good after the first (a wrong answer's same-day relearning step is logged
    as Good 0 days later), the format of ``studyapp.optimize``. For fitting
    parameters to a learner whose true ones are known.
    """
    rng = np.random.default_rng(seed)
    belief, truth = Memory(), learner.memory
    log: list[list[tuple[int, int]]] = []
    for card, first in enumerate(learner.first_rating):
        s, d = truth.first_review(first)
        d = float(np.clip(d + learner.difficulty_offset[card], 1.0, 10.0))
        bs, bd = belief.first_review(first)
        entries = [(int(first), 0)] + ([(3, 0)] if first <= 2 else [])
        day = 0
        while True:
            gap = max(1, int(round(float(belief.interval(bs, retention)) * rng.uniform(0.7, 1.6))))
            if day + gap >= days:
                break
            day += gap
            felt = float(gap if learner.pace is None else gap * learner.pace[card])
            recalled = rng.random() < float(truth.retrievability(felt, s))
            s, d = truth.after_review(s, d, felt, recalled)
            bs, bd = belief.after_review(bs, bd, gap, recalled)
            entries.append((3 if recalled else 1, gap))
            if not recalled:
                entries.append((3, 0))
        log.append(entries)
    return log


@dataclass(frozen=True, slots=True)
class Row:
    policy: str
    recall: float
    reviews: float
    max_day: int
    introduced: float
    runs: tuple[float, ...] = ()
    """Exam-day recall with each learner (seed), for the run-to-run noise."""


def compare(scenario: Scenario, seeds: Iterable[int] = range(3), candidates: Sequence[Policy] | None = None) -> list[Row]:
    """Every policy on the same learners (one per seed); means over the seeds."""
    candidates = list(candidates) if candidates is not None else policies()
    results: dict[str, list[Result]] = {p.name: [] for p in candidates}
    for seed in seeds:
        learner = Learner.of(scenario, seed)
        for policy in candidates:
            results[policy.name].append(simulate(policy, scenario, learner))
    rows = []
    for name, runs in results.items():
        rows.append(
            Row(
                name,
                float(np.mean([r.recall for r in runs])),
                float(np.mean([r.reviews for r in runs])),
                max(r.max_day for r in runs),
                float(np.mean([r.introduced for r in runs])),
                tuple(r.recall for r in runs),
            )
        )
    return rows


NOISE_SE = 2.0
"""Differences within this many standard errors count as a tie."""
NOISE_FLOOR = 0.0005
"""...and so do differences under 0.05 points, which the table (to 0.1%) cannot show."""


def noise(a: Row, b: Row) -> float:
    """Run-to-run noise of ``a.recall - b.recall``: NOISE_SE standard errors of the
    paired difference over the learners (the same learners meet both; 0 with one)."""
    diff = np.asarray(a.runs) - np.asarray(b.runs)
    if diff.size < 2:
        return NOISE_FLOOR
    return max(NOISE_FLOOR, NOISE_SE * float(diff.std(ddof=1)) / math.sqrt(diff.size))


@dataclass(frozen=True, slots=True)
class Verdict:
    """How ours fares against every baseline."""

    ours: Row
    best: Row
    """The best baseline by recall, whatever it spent."""
    losses: list[Row]
    """Baselines above ours by more than the noise."""
    within_budget: bool

    @property
    def beats_all(self) -> bool:
        return not self.losses

    @property
    def margin(self) -> float:
        """Ours minus the best baseline, in recall (0-1)."""
        return self.ours.recall - self.best.recall

    @property
    def noise(self) -> float:
        return noise(self.ours, self.best)


def judge(rows: Sequence[Row], scenario: Scenario, ours: str = PlannerPolicy.name) -> Verdict:
    mine = next(r for r in rows if r.policy == ours)
    others = [r for r in rows if r.policy != ours]
    best = max(others, key=lambda r: r.recall)
    losses = [r for r in others if r.recall - mine.recall > noise(mine, r)]
    return Verdict(mine, best, losses, mine.max_day <= scenario.budget)


@dataclass(frozen=True, slots=True)
class Matched:
    """Ours again at the best baseline's spend, where ours spent more (:func:`at_matched_spend`)."""

    best: Row
    ours: Row
    """Ours with the daily budget cut to ``budget``, on the same learners."""
    budget: int
    losses: list[Row]
    """Baselines (at their own, full-budget spend) above ours at the cut budget by more than the noise."""


def at_matched_spend(scenario: Scenario, rows: Sequence[Row], seeds: Iterable[int], ours: Policy | None = None) -> Matched | None:
    """Ours with no more questions than the best baseline spent, where it spent more (else None).

    A budget the learner set is spent (``PlannerConfig.fill_budget``), so where the best baseline is a
    frugal one ours spends more than it. "At equal or lower spend" is then checked directly: ours runs
    again with the daily budget the baseline's total allows (its questions over the days, rounded down;
    the same learners and new-question limit), so it can spend no more, and is judged against every
    baseline as they ran.
    """
    verdict = judge(rows, scenario)
    if verdict.ours.reviews <= verdict.best.reviews * 1.001:
        return None
    budget = max(1, math.floor(verdict.best.reviews / scenario.horizon))
    cut = Scenario(scenario.horizon, scenario.deck, budget, scenario.learner, new_limit=scenario.daily_new)
    policy = ours if ours is not None else PlannerPolicy()
    runs = [simulate(policy, cut, Learner.of(scenario, seed)) for seed in seeds]
    mine = Row(
        f"{verdict.ours.policy} at {budget} a day",
        float(np.mean([r.recall for r in runs])),
        float(np.mean([r.reviews for r in runs])),
        max(r.max_day for r in runs),
        float(np.mean([r.introduced for r in runs])),
        tuple(r.recall for r in runs),
    )
    others = [r for r in rows if r.policy != verdict.ours.policy]
    return Matched(verdict.best, mine, budget, [r for r in others if r.recall - mine.recall > noise(mine, r)])


def matched_summary(results: Sequence[tuple[Scenario, list[Row]]], seeds: Iterable[int]) -> str:
    """The scenarios where ours spent more than the best baseline, run again at that baseline's spend."""
    seeds = list(seeds)
    matched = [(s, m) for s, rows in results if (m := at_matched_spend(s, rows, seeds)) is not None]
    held = [m for _, m in matched if not m.losses and m.ours.reviews <= m.best.reviews]
    lines = [f"where ours spent more, ours at the best baseline's spend at or above every baseline (within the noise): {len(held)}/{len(matched)}"]
    for s, m in matched:
        lines.append(
            f"  {s.label}: ours at {m.budget} a day {m.ours.recall:.2%} with {m.ours.reviews:,.0f},"
            f" {m.best.policy} {m.best.recall:.2%} with {m.best.reviews:,.0f}"
            f" ({(m.ours.recall - m.best.recall) * 100:+.2f} ± {noise(m.ours, m.best) * 100:.2f} pp)"
            + ("" if not m.losses else "  not met: " + ", ".join(r.policy for r in m.losses))
        )
    return "\n".join(lines)


def grid(learners: Sequence[str] = ("default", "weaker")) -> list[Scenario]:
    """The benchmark's scenarios: horizons 7/30/90, decks 200/2,000, budgets 20/60/150."""
    return [
        Scenario(h, d, b, learner)
        for learner in learners
        for h in (7, 30, 90)
        for d in (200, 2000)
        for b in (20, 60, 150)
    ]


def budget_bound(rows: Sequence[Row], scenario: Scenario) -> bool:
    """The budget cannot cover the load: plain FSRS 0.90 uses (nearly) all of it."""
    anki = next((r for r in rows if r.policy == "FSRS 0.90"), None)
    return anki is not None and anki.reviews >= 0.95 * scenario.budget * scenario.horizon


def table(results: Sequence[tuple[Scenario, list[Row]]]) -> str:
    """A Markdown table, one line per scenario: each policy's exam-day recall and reviews spent."""
    names = [r.policy for r in results[0][1]] if results else [p.name for p in policies()]
    head = ["days", "deck", "budget", "learner", *names, "ours − best baseline¹", "reviews, ours / best's²"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * 3 + "---|" + "---:|" * (len(names) + 2)]
    for scenario, rows in results:
        verdict = judge(rows, scenario)
        cells = [str(scenario.horizon), f"{scenario.deck:,}", str(scenario.budget), scenario.learner]
        for row in rows:
            cell = f"{row.recall:.1%} · {row.reviews:,.0f}"
            cells.append(f"**{cell}**" if row is verdict.ours else cell)
        mark = "" if verdict.beats_all else " ✗"
        bound = " (bound)" if budget_bound(rows, scenario) else ""
        cells.append(f"{verdict.margin * 100:+.2f} ± {verdict.noise * 100:.2f} pp vs {verdict.best.policy}{mark}{bound}")
        cells.append(f"{verdict.ours.reviews / max(verdict.best.reviews, 1):.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def summary(results: Sequence[tuple[Scenario, list[Row]]]) -> str:
    """The targets, checked: at or above every baseline (within the noise), spend, within budget."""
    lines = []
    verdicts = [(s, judge(r, s)) for s, r in results]
    fails = [(s, v) for s, v in verdicts if not v.beats_all]
    lines.append(f"ours at or above every baseline, the greedy included (within the noise): {len(verdicts) - len(fails)}/{len(verdicts)} scenarios")
    for s, v in fails:
        for rival in v.losses:
            lines.append(
                f"  not met: {s.label}: ours {v.ours.recall:.2%} with {v.ours.reviews:,.0f} reviews,"
                f" {rival.policy} {rival.recall:.2%} with {rival.reviews:,.0f} (noise ± {noise(v.ours, rival) * 100:.2f} pp)"
            )
    thrifty = [s for s, v in verdicts if v.ours.reviews <= v.best.reviews * 1.001]
    lines.append(f"ours spending no more than the best baseline: {len(thrifty)}/{len(verdicts)} scenarios")
    ahead = [v for s, v in verdicts if v.margin > 0]
    lines.append(f"ours strictly above the best baseline: {len(ahead)}/{len(verdicts)} scenarios")
    over = [s for s, v in verdicts if not v.within_budget]
    lines.append(f"ours within the daily budget every day: {len(verdicts) - len(over)}/{len(verdicts)} scenarios")
    return "\n".join(lines)

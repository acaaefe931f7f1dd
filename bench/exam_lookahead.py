"""The planner's daily reviews chosen by a per-card look-ahead, against the app's planner (eighth round).

    .venv/bin/python bench/exam_lookahead.py                 # the bound's three scenarios, learners 0-4 (~20 s)
    .venv/bin/python bench/exam_lookahead.py --seeds 20      # learners 0-19
    .venv/bin/python bench/exam_lookahead.py --oracle        # true parameters, true states, the bound's own prices
    .venv/bin/python bench/exam_lookahead.py --scale 10      # deck, budget and new limit ten times larger (minutes)
    .venv/bin/python bench/exam_lookahead.py --grid 300,0.1 --nearest   # a finer grid, states rounded to the nearest point

The look-ahead is the relaxation of ``bench/exam_ceiling.py`` made day by day:
each card's value over the days left (a small dynamic programme on a coarse
grid of the planner's own belief: default parameters, the planner's prior on
first answers) with a price per review on each day, the prices found by a quick
solve of that relaxation for a fresh deck of the exam's shape (one per shape,
as the final reserve is chosen). A card's look-ahead advantage today is the
value of reviewing it today minus the best of waiting (a later review, net of
that day's price, or none). The grid rounds stability up and difficulty down,
as the bound must; ``--nearest`` rounds to the nearest point instead (a rule
need not be optimistic). Two day-by-day rules use it, both with the app's
planner deciding the new questions:

* ``top``: as many reviews as the planner takes, the cards with the largest advantage;
* ``priced``: every card whose advantage covers today's price, within the budget.

Neither beats the app's planner beyond the noise, and neither is in the app (docs/benchmarks.md, "Eighth round").
"""

from __future__ import annotations

import argparse
import functools
import math
import time

import numpy as np

from benchmods import load

from studyapp import sim
from studyapp.planner import AGAIN, FIRST_RATING_PRIOR, GOOD, Memory, calibrate

SCENARIOS = [sim.Scenario(30, 200, 20, "default"), sim.Scenario(30, 200, 20, "stronger"), sim.Scenario(30, 2000, 150, "stronger")]
BLIND_BOUND = [0.9622, 0.9789, 0.9400]
"""The tightest blind bounds of ``bench/exam_ceiling.py`` (learners 0-4), docs/benchmarks.md."""
GRID = (150, 0.25)
"""Stabilities and difficulty step of the look-ahead's grid (coarse: ~3 s per exam shape)."""


def _ceiling():
    return load("exam_ceiling")


def _minimise_prices(ec, model, deck, budget: int, new_limit: int):
    """The blind relaxation's budget prices (first showings spread exactly when the new limit is below the budget)."""
    H, n = model.horizon, deck.count.sum()
    fill = new_limit < budget
    zero = np.zeros(H)

    def exact(lam):
        return ec.dual(model, deck, budget, new_limit, lam, zero, 0.0, grad=False, blind=True, fill=fill)[0] / n

    lo, hi = 0.0, 0.5  # a flat price first (golden section), as exam_ceiling.solve
    for _ in range(25):
        a, b = lo + 0.382 * (hi - lo), lo + 0.618 * (hi - lo)
        lo, hi = (lo, b) if exact(np.full(H, a)) <= exact(np.full(H, b)) else (a, hi)
        if hi - lo < 1e-4:
            break
    x = np.full(H, (lo + hi) / 2)
    candidates = [x]
    for temp in (1e-3, 3e-4):

        def smooth(lam, temp=temp):
            value, g, _, _ = ec.dual(model, deck, budget, new_limit, lam, zero, temp, blind=True, fill=fill)
            return value / n, g[:H] / n

        x, _ = ec.minimise(smooth, x, 30)
        candidates.append(x)
    return min(candidates, key=exact)


@functools.lru_cache(maxsize=None)
def believed_prices(horizon: int, deck: int, budget: int, new_limit: int):
    """(grid model, prices, values W[day, state]) for the planner's belief of a fresh deck of this shape."""
    ec = _ceiling()
    memory = Memory()
    model = ec.build(memory, horizon, *GRID)
    ratings = np.array([AGAIN, GOOD])
    s, d = memory.first_review(ratings)
    start, inverse = np.unique(model.index(s, d), return_inverse=True)
    count = np.bincount(inverse, weights=FIRST_RATING_PRIOR[ratings - 1] * deck)
    lam = _minimise_prices(ec, model, ec.Cards(start, count, 1, deck), budget, new_limit)
    return model, lam, ec.backward(model, lam)


@functools.lru_cache(maxsize=None)
def true_prices(scenario: sim.Scenario, seeds: tuple[int, ...]):
    """The same for the true learner and its decks (the blind bound's relaxation on the coarse grid): an oracle."""
    ec = _ceiling()
    model = ec.build(Memory(sim.LEARNERS[scenario.learner]), scenario.horizon, *GRID)
    found = ec.solve(model, scenario, seeds, temps=(1e-3, 3e-4), iters=30, blind=True, fill=scenario.daily_new < scenario.budget)
    return model, found.lam, ec.backward(model, found.lam)


def _nearest(model, s, d) -> np.ndarray:
    """Grid state nearest to (stability, difficulty): log-stability and difficulty rounded, not up and down."""
    s = np.asarray(s, dtype=float)
    logs = np.log(model.s_grid[:-1])
    si = np.rint(np.interp(np.log(np.maximum(s, 1e-9)), logs, np.arange(logs.size))).astype(int)
    si = np.where(s >= _ceiling().TOP, model.s_grid.size - 1, si)
    di = np.clip(np.rint((np.asarray(d, dtype=float) - 1.0) / (model.d_grid[1] - model.d_grid[0])), 0, model.d_grid.size - 1).astype(int)
    return (di * model.s_grid.size + si).astype(np.int32)


def advantage(model, lam, W, stability, difficulty, elapsed, day: int) -> np.ndarray:
    """Per card: the value of a review today minus the best of waiting (no review, or a later one net of its price)."""
    H = model.horizon
    x = model.index(np.minimum(stability, 1e11), difficulty)
    last = day - np.asarray(elapsed, dtype=int)
    wait = model.term[np.clip(last, 0, H - 1), x]
    today = np.zeros(x.size)
    for tau in range(day, H):
        k = np.clip(tau - last, 1, H - 1)
        p = model.p[k, x]
        q = p * W[tau][model.ok[k, x]] + (1 - p) * W[tau][model.fail[k, x]]
        if tau == day:
            today = q
        else:
            wait = np.maximum(wait, q - lam[tau])
    return today - wait


class LookaheadPolicy(sim.PlannerPolicy):
    """The app's planner for the new questions; its reviews replaced by the look-ahead's choice."""

    def __init__(self, rule: str, oracle: bool = False, scenario: sim.Scenario | None = None, seeds=()) -> None:
        super().__init__(calibrated=not oracle)
        self.rule, self.oracle, self.scenario, self.seeds = rule, oracle, scenario, tuple(seeds)
        self.name = f"look-ahead, {rule}"

    def choose(self, view: sim.View, budget: int, new_limit: int) -> sim.Choice:
        review, new = super().choose(view, budget, new_limit)
        seen = np.flatnonzero(view.seen)
        if seen.size == 0:
            return review, new
        if self.oracle:
            model, lam, W = true_prices(self.scenario, self.seeds)
            scale = 1.0
        else:
            model, lam, W = believed_prices(view.horizon, view.stability.size, budget, new_limit)
            scale = calibrate(view.memory, *view.reviews())
        worth = advantage(model, lam, W, view.stability[seen] * scale, view.difficulty[seen], view.day - view.last[seen], view.day)
        order = np.argsort(-worth, kind="stable")
        if self.rule == "top":
            return seen[order[: review.size]], new
        return seen[order[worth[order] >= lam[view.day]][: budget - new]], new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--oracle", action="store_true", help="true parameters and states, the true learner's prices")
    parser.add_argument("--scale", type=int, default=1, help="deck, budget and new limit times this")
    parser.add_argument("--grid", default="150,0.25", help="stabilities,difficulty step of the look-ahead's grid")
    parser.add_argument("--nearest", action="store_true", help="round states to the nearest grid point (default: stability up, difficulty down)")
    args = parser.parse_args()
    if args.nearest:
        _ceiling().Model.index = _nearest  # this process only: the look-ahead's grid, not a bound
    global GRID
    points, step = args.grid.split(",")
    GRID = (int(points), float(step))
    seeds = range(args.seeds)
    started = time.perf_counter()
    print(f"learners 0-{args.seeds - 1}{', oracle' if args.oracle else ''}{f', x{args.scale}' if args.scale > 1 else ''}; bounds are for learners 0-4 at x1")
    for base, bound in zip(SCENARIOS, BLIND_BOUND):
        k = args.scale
        scenario = sim.Scenario(base.horizon, base.deck * k, base.budget * k, base.learner, new_limit=base.daily_new * k)
        ours = [sim.simulate(sim.PlannerPolicy(calibrated=not args.oracle), scenario, sim.Learner.of(scenario, s), oracle=args.oracle).recall for s in seeds]
        line = f"{scenario.label}: ours {np.mean(ours):.2%} ({(np.mean(ours) - bound) * 100:+.2f} pp to the bound)"
        for rule in ("top", "priced"):
            policy = LookaheadPolicy(rule, args.oracle, scenario, seeds)
            runs = [sim.simulate(policy, scenario, sim.Learner.of(scenario, s), oracle=args.oracle).recall for s in seeds]
            d = (np.asarray(runs) - np.asarray(ours)) * 100
            noise = 2 * float(d.std(ddof=1)) / math.sqrt(d.size) if d.size > 1 else 0.0
            line += f"; {rule} {np.mean(runs):.2%} ({d.mean():+.2f} ± {noise:.2f})"
        print(line, flush=True)
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()

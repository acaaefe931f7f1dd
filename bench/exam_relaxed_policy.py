"""The blind relaxation's own rule as a feasible schedule, beside ours and the bound (issue 14, thirteenth round).

    .venv/bin/python bench/exam_relaxed_policy.py                  # 30 d · 2,000 · 150/day · stronger, learners 0-4
    .venv/bin/python bench/exam_relaxed_policy.py --first-seed 5   # learners 5-9, their own pooled decks' prices
    .venv/bin/python bench/exam_relaxed_policy.py --grid coarse    # prices and values on the coarse grid only (faster)

``bench/exam_ceiling.py``'s tightest blind bound (first showings spread
exactly) prices each day's budget slot and lets the budget hold only on
average. Its per-card rule at those prices reviews a card on the day that
maximises its value net of the prices. This script follows that rule in the
simulator with the **real** daily budget, on the bound's own information
(true parameters and every card's true state once shown: ``oracle=True``):

* new questions on the days the relaxation's first-showing schedule puts
  them (its ``fill_days``, per learner, rounded cumulatively), never more
  than the new-question limit or the budget;
* reviews ranked by the card's advantage in the relaxation's values: a
  review today minus the best of waiting (no review, or a later one net of
  that day's price), the lookahead of ``bench/exam_lookahead.py``;
  ``priced`` takes those whose advantage covers today's price (the
  relaxation's own rule), ``fill`` spends the whole budget left on the
  largest advantages, whether or not they cover it;
* the prices are solved once per learner set (the pooled decks, as the
  bound), then reused every day (no re-solve: the relaxation's values are
  a function of (day of the last showing, state), so a card's rule does not
  change while the prices do not).

If such a schedule beat ours, the gap to the bound would partly be a
schedule ours does not find; if it does not, the gap is mostly the bound's
own slack (docs/benchmarks.md, "Thirteenth round (issue 14)").
"""

from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass

import numpy as np

from benchmods import load as _bench

from studyapp import sim
from studyapp.planner import Memory, calibrate

SCENARIO = sim.Scenario(30, 2000, 150, "stronger")
GRIDS = {"coarse": (150, 0.1), "mid": (300, 0.05)}
"""(stabilities, difficulty step) of the grid the rule's values live on; the prices are searched coarse, then mid."""


@dataclass
class Relaxation:
    """The blind relaxation (first showings spread exactly) of one scenario for one learner set, at its prices."""

    model: object
    lam: np.ndarray
    """Budget price per day."""
    W: np.ndarray
    """W[l, x]: a card's best value just after a showing on day l in grid state x, prices paid."""
    firsts: np.ndarray
    """New questions per day and learner the relaxation shows (fractional, sums to the deck)."""
    bound: float
    """The dual at these prices on this grid (a valid upper bound, looser than the fine grid's)."""
    shows: float
    """Showings per learner the relaxation's rule plans at these prices."""
    seconds: float


def relax(scenario: sim.Scenario, seeds, grid: str = "mid", iters: int = 40) -> Relaxation:
    ec = _bench("exam_ceiling")
    started = time.perf_counter()
    seeds = list(seeds)
    memory = Memory(sim.LEARNERS[scenario.learner])
    H = scenario.horizon
    model = ec.build(memory, H, *GRIDS["coarse"])
    found = ec.solve(model, scenario, seeds, temps=(1e-3, 3e-4), iters=iters, blind=True, fill=True)
    if grid == "mid":
        model = ec.build(memory, H, *GRIDS["mid"])
        found = ec.solve(model, scenario, seeds, temps=(3e-4, 1e-4), iters=max(1, iters * 5 // 8), start=found.lam, blind=True, fill=True)
    deck = ec.cards(model, scenario, seeds)
    B, N = scenario.budget, min(scenario.daily_new, scenario.budget)
    value, _, shows, (firsts, _) = ec.dual(model, deck, B, N, found.lam, np.zeros(H), 0.0, blind=True, fill=True)
    n = deck.count.sum()
    W = ec.backward(model, np.maximum(found.lam, 0.0))
    return Relaxation(
        model, np.maximum(found.lam, 0.0), W, firsts / len(seeds), value / n, float(shows.sum()) / len(seeds), time.perf_counter() - started
    )


class RelaxedPolicy(sim.Policy):
    """The relaxation's per-card rule with the daily budget enforced; needs ``sim.simulate(..., oracle=True)``."""

    def __init__(self, relaxation: Relaxation, rule: str = "priced", believed: bool = False) -> None:
        if rule not in ("priced", "fill"):
            raise ValueError(f"unknown rule {rule!r}")
        self.relaxation, self.rule, self.believed = relaxation, rule, believed
        self.name = f"relaxation's rule, {rule}" + (", believed states" if believed else "")
        self.introduced = 0
        self.shown: list[int] = []

    def new_today(self, view: sim.View, budget: int, new_limit: int) -> int:
        """New questions today: where the relaxation's first-showing schedule puts them (rounded cumulatively)."""
        return int(round(float(self.relaxation.firsts[: view.day + 1].sum()))) - self.introduced

    def choose(self, view: sim.View, budget: int, new_limit: int) -> sim.Choice:
        r = self.relaxation
        if view.day == 0:
            self.introduced, self.shown = 0, []
        new = max(0, min(self.new_today(view, budget, new_limit), new_limit, budget, view.new_available))
        seen = np.flatnonzero(view.seen)
        review = seen[:0]
        if seen.size:
            lookahead = _bench("exam_lookahead")
            worth = lookahead.advantage(r.model, r.lam, r.W, self.states(view)[seen], view.difficulty[seen], view.day - view.last[seen], view.day)
            order = np.argsort(-worth, kind="stable")
            if self.rule == "priced":
                order = order[worth[order] >= r.lam[view.day]]
            review = seen[order[: budget - new]]
        self.introduced += new
        self.shown.append(review.size + new)
        return review, new


def resolve(model, lam: np.ndarray, day: int, x: np.ndarray, last: np.ndarray, unseen: int, pool, budget: int, new_limit: int,
            temp: float = 1e-3, iters: int = 12) -> np.ndarray:
    """The relaxation re-solved from today for one learner's actual cards: budget prices for days ``day`` on.

    Seen cards start from their true grid state ``x`` and day of the last showing ``last`` and may be
    shown next on any day from today; the ``unseen`` cards are first shown on the days the prices make
    worth most (``fill_days``, their first state drawn from ``pool`` = (states, weights)); the daily
    budget holds on average from today. The smoothed dual is minimised from ``lam`` (warm start).
    """
    ec = _bench("exam_ceiling")
    H = model.horizon
    keys, inverse = np.unique(np.stack([last, x]), axis=1, return_inverse=True)
    weight = np.bincount(inverse.ravel(), minlength=keys.shape[1]).astype(float)
    g_last, g_x = keys[0], keys[1]
    start, share = pool

    def f(tail):
        price = np.concatenate([np.zeros(day), np.maximum(tail, 0.0)])
        W = np.zeros((H, model.states))
        buf = np.empty((H, model.states))
        for t in range(H - 1, day - 1, -1):
            W[t], _ = ec._softmax_stack(ec._q(model, W, price, t, out=buf), temp)
        # seen cards: stop, or the next showing on day tau >= day
        options = [model.term[g_last, g_x]]
        for tau in range(day, H):
            k = tau - g_last
            p = model.p[k, g_x]
            options.append(p * W[tau][model.ok[k, g_x]] + (1 - p) * W[tau][model.fail[k, g_x]] - price[tau])
        v, w = ec._softmax_stack(np.stack(options), temp)
        worth = W[day:, start] @ share - price[day:]
        firsts = np.concatenate([np.zeros(day), ec.fill_days(worth, new_limit, unseen)])
        value = float(price[day:].sum() * budget + np.dot(weight, v) + np.dot(firsts[day:], worth))
        shows = firsts.copy()
        mass = np.zeros((H, model.states))
        mass[:, start] += firsts[:, None] * share[None, :]
        for j, tau in enumerate(range(day, H), start=1):
            flow = w[j] * weight
            shows[tau] += flow.sum()
            k = tau - g_last
            p = model.p[k, g_x]
            mass[tau] += np.bincount(model.ok[k, g_x], weights=flow * p, minlength=model.states)
            mass[tau] += np.bincount(model.fail[k, g_x], weights=flow * (1 - p), minlength=model.states)
        for t in range(day, H):
            live = np.flatnonzero(mass[t] > 1e-12)
            if live.size == 0:
                continue
            _, wt = ec._softmax_stack(ec._q(model, W, price, t, live), temp)
            ec.spread(model, mass, shows, t, live, wt, mass[t, live])
        return value, budget - shows[day:]

    tail, _ = ec.minimise(f, np.maximum(lam[day:], 0.0), iters)
    return np.concatenate([lam[:day], tail])


def _states(self, view: sim.View) -> np.ndarray:
    """The stabilities the rule sees: the true ones (oracle view), or the believed ones scaled by the planner's calibration."""
    if not self.believed:
        return view.stability
    if getattr(self, "_scale_day", None) != view.day:
        self._scale_day, self._scale = view.day, calibrate(view.memory, *view.reviews())
    return view.stability * self._scale


RelaxedPolicy.states = _states


class ResolvingPolicy(RelaxedPolicy):
    """The same rule with the prices re-solved each day from the learner's actual cards (``resolve``)."""

    def __init__(self, relaxation: Relaxation, rule: str = "fill", pool=None, temp: float = 1e-3, iters: int = 12, believed: bool = False) -> None:
        super().__init__(relaxation, rule, believed)
        self.pool, self.temp, self.iters = pool, temp, iters
        self.name = f"relaxation's rule, {rule}, prices re-solved daily" + (", believed states" if believed else "")

    def choose(self, view: sim.View, budget: int, new_limit: int) -> sim.Choice:
        r = self.relaxation
        if view.day == 0:
            self.lam = r.lam.copy()
        seen = np.flatnonzero(view.seen)
        if seen.size and view.day < view.horizon - 1:
            x = r.model.index(np.minimum(self.states(view)[seen], 1e11), view.difficulty[seen])
            self.lam = resolve(r.model, self.lam, view.day, x, view.last[seen], view.new_available, self.pool, budget,
                               new_limit, self.temp, self.iters)
        ec = _bench("exam_ceiling")
        W = ec.backward(r.model, np.maximum(self.lam, 0.0))
        saved, self.relaxation = r, Relaxation(r.model, np.maximum(self.lam, 0.0), W, r.firsts, r.bound, r.shows, r.seconds)
        try:
            return super().choose(view, budget, new_limit)
        finally:
            self.relaxation = saved


def paired(a, b) -> tuple[float, float]:
    """Mean of a − b in points and two standard errors."""
    d = (np.asarray(a) - np.asarray(b)) * 100
    return float(d.mean()), (2 * float(d.std(ddof=1)) / math.sqrt(d.size) if d.size > 1 else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--grid", choices=sorted(GRIDS), default="mid")
    parser.add_argument("--resolve", action="store_true", help="also the rule with the prices re-solved each day per learner (minutes)")
    parser.add_argument("--only-resolve", action="store_true", help="the re-solving rule only (with ours)")
    parser.add_argument(
        "--believed",
        action="store_true",
        help="what an app could run: prices and values for a learner with the default parameters, the planner's own "
        "calibrated estimates of the states (no oracle)",
    )
    parser.add_argument("--nearest", action="store_true", help="the rule rounds states to the nearest grid point (the bound rounds up)")
    args = parser.parse_args()
    gap = _bench("exam_gap")
    seeds = list(range(args.first_seed, args.first_seed + args.seeds))
    scenario = SCENARIO
    bound = gap.BLIND_BOUNDS.get(args.first_seed, {}).get(scenario)
    started = time.perf_counter()
    belief = sim.Scenario(scenario.horizon, scenario.deck, scenario.budget, "default") if args.believed else scenario
    relaxation = relax(belief, seeds, args.grid)
    if args.nearest:
        _bench("exam_ceiling").Model.index = _bench("exam_lookahead")._nearest  # this process only: the rule's rounding
    print(
        f"{scenario.label}, learners {seeds[0]}-{seeds[-1]}: relaxation on the {args.grid} grid {relaxation.bound:.2%} "
        f"(its rule plans {relaxation.shows:,.0f} showings a learner, {scenario.budget * scenario.horizon:,} slots; "
        f"prices day 1 / 9 / 22 / eve {relaxation.lam[1]:.3f} / {relaxation.lam[9]:.3f} / {relaxation.lam[22]:.3f} / {relaxation.lam[-1]:.3f}; "
        f"{relaxation.seconds:.0f} s)",
        flush=True,
    )
    learners = [sim.Learner.of(scenario, s) for s in seeds]
    ours = [sim.simulate(sim.PlannerPolicy(), scenario, lr) for lr in learners]
    oracle = [sim.simulate(sim.PlannerPolicy(calibrated=False), scenario, lr, oracle=True) for lr in learners]
    base = [r.recall for r in ours]
    rows = [("ours (the app's planner)", ours), ("ours seeing every true state", oracle)]
    policies = [] if args.only_resolve else [RelaxedPolicy(relaxation, rule, args.believed) for rule in ("priced", "fill")]
    if args.resolve or args.only_resolve:
        ec = _bench("exam_ceiling")
        deck = ec.cards(relaxation.model, belief, seeds)
        pool = (deck.start, deck.count / deck.count.sum())
        policies += [ResolvingPolicy(relaxation, rule, pool, believed=args.believed) for rule in ("fill", "priced")]
    for policy in policies:
        runs = []
        for lr in learners:
            runs.append(sim.simulate(policy, scenario, lr, oracle=not args.believed))
            assert max(policy.shown) <= scenario.budget
        rows.append((policy.name, runs))
        print(f"  ({policy.name}: {time.perf_counter() - started:.0f} s)", flush=True)
    for name, runs in rows:
        recall = [r.recall for r in runs]
        d, noise = paired(recall, base)
        to_bound = f", {(np.mean(recall) - bound) * 100:+.2f} to the bound {bound:.2%}" if bound else ""
        failed = np.mean([int(np.sum(r.failed_last & (r.last_review >= 0))) for r in runs])
        print(
            f"  {name}: {np.mean(recall):.2%} ({d:+.2f} ± {noise:.2f} against ours{to_bound}); "
            f"{np.mean([r.reviews for r in runs]):,.0f} showings a learner, {failed:.0f} cards on a failed last review; "
            f"per learner {' / '.join(f'{x:.2%}' for x in recall)}",
            flush=True,
        )
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
